#!/usr/bin/env python3
"""Measures isnad-geo against gold isnad/1 files: for every gold GPE/LOC/FAC entity, whether a
located mention overlaps it (recall) and, for those with a GeoNames id, whether the id matches
(geocoding accuracy, as score.py counts it). Also reports located mentions overlapping no gold
place entity (likely false positives).

    cargo build --release -p isnad-geo --example geocode
    python3 crates/isnad-geo/examples/eval_gold.py target/release/examples/geocode GOLD.json...
"""
import json
import subprocess
import sys


def main():
    exe, golds = sys.argv[1], sys.argv[2:]
    n_id = ok_id = n_ent = found = n_sys = fp = 0
    for g in golds:
        gold = json.load(open(g))
        txt = g.replace(".gold.json", ".txt")
        out = subprocess.run([exe, txt], capture_output=True, text=True).stdout
        sysm = [json.loads(l) for l in out.splitlines() if l.strip()]
        ents = [e for e in gold["entities"] if e["type"] in ("GPE", "LOC", "FAC")]
        ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
        for e in ents:
            hits = [m for m in sysm if ov(m["span"], e["span"])]
            n_ent += 1
            found += bool(hits)
            gid = (e.get("place") or {}).get("geonames_id")
            if gid:
                n_id += 1
                good = any(m["place"]["geonames_id"] == gid for m in hits)
                ok_id += good
                if not good:
                    print(f"  MISS id {g}: {e['text']} -> {[m['text'] for m in hits]}")
            elif not hits:
                print(f"  MISS {g}: {e['text']}")
        for m in sysm:
            n_sys += 1
            if not any(ov(m["span"], e["span"]) for e in ents):
                fp += 1
                print(f"  EXTRA {g}: {m['text']} -> {m['canonical']}")
    print(f"geocoding accuracy {ok_id}/{n_id} = {ok_id / max(n_id, 1):.3f}")
    print(f"place entity recall {found}/{n_ent} = {found / max(n_ent, 1):.3f}; "
          f"located mentions {n_sys}, overlapping no gold place {fp}")


if __name__ == "__main__":
    main()
