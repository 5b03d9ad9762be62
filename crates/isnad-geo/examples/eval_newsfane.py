#!/usr/bin/env python3
"""Place-mention detection of isnad-geo against NewsFANE Gold (CC BY-SA 3.0; token/BIO format).
Documents are rebuilt by joining tokens with spaces, 300 tokens at a time. A gold place is an
entity of a place class; a system mention is right when it overlaps one.

    python3 crates/isnad-geo/examples/eval_newsfane.py target/release/examples/geocode NewsFANE_Gold_2014_170K.txt
"""
import json
import os
import subprocess
import sys
import tempfile

PLACE = {"Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "Continent",
         "Water-Body", "County-or-District", "Land-Region-Natural", "Airport"}


def main():
    exe, path = sys.argv[1], sys.argv[2]
    toks = []
    for line in open(path, encoding="utf-8-sig"):
        p = line.rstrip("\n").split("\t")
        if len(p) == 2:
            toks.append((p[0].replace("\u200e", "").replace("\u200f", "").strip() or "_", p[1]))
    docs, golds = [], []
    for i in range(0, len(toks), 300):
        chunk = toks[i:i + 300]
        text, ents, pos = [], [], 0
        cur = None
        for t, tag in chunk:
            start = pos
            text.append(t)
            pos += len(t) + 1
            if tag.startswith("B-"):
                cur = [start, start + len(t), tag[2:]]
                ents.append(cur)
            elif tag.startswith("I-") and cur is not None:
                cur[1] = start + len(t)
            else:
                cur = None
        docs.append(" ".join(text))
        golds.append(ents)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(docs) + "\n")
        name = f.name
    out = subprocess.run([exe, "--lines", name], capture_output=True, text=True).stdout.splitlines()
    os.unlink(name)
    # Mentions come out in document order; each is assigned to the document whose text it matches.
    sysm = [json.loads(l) for l in out]
    k = 0
    tp = fp = 0
    found = set()
    wrong = {}
    n_gold = sum(1 for ents in golds for e in ents if e[2] in PLACE)
    for d, ents in enumerate(golds):
        # Mentions of document d: consume while their text matches the document at the span.
        doc = docs[d]
        mine = []
        while k < len(sysm):
            m = sysm[k]
            s, e = m["span"]
            if doc[s:e] != m["text"]:
                break
            if mine and s < mine[-1]["span"][0]:
                break
            mine.append(m)
            k += 1
        for m in mine:
            s, e = m["span"]
            hit = [j for j, g in enumerate(ents) if g[0] < e and s < g[1]]
            if any(ents[j][2] in PLACE for j in hit):
                tp += 1
                found.update((d, j) for j in hit if ents[j][2] in PLACE)
            else:
                fp += 1
                key = (m["text"], ents[hit[0]][2] if hit else "O")
                wrong[key] = wrong.get(key, 0) + 1
    missed = {}
    for d, ents in enumerate(golds):
        for j, g in enumerate(ents):
            if g[2] in PLACE and (d, j) not in found:
                t = docs[d][g[0]:g[1]]
                missed[t] = missed.get(t, 0) + 1
    p = tp / max(tp + fp, 1)
    r = len(found) / max(n_gold, 1)
    print(f"precision {p:.3f} ({tp}/{tp + fp}), recall {r:.3f} ({len(found)}/{n_gold}), "
          f"F1 {2 * p * r / max(p + r, 1e-9):.3f}")
    print("top false positives:", sorted(wrong.items(), key=lambda x: -x[1])[:40])
    print("top misses:", sorted(missed.items(), key=lambda x: -x[1])[:60])


if __name__ == "__main__":
    main()
