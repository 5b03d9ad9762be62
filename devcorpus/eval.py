#!/usr/bin/env python3
"""Score isnad on the development corpus (issue 11): rebuild the gold from ../shared, run
`isnad extract` on the same article bodies, print ../shared/tools/score.py per layer.

    python3 devcorpus/eval.py [tune|check|all] [--by-outlet] [--json] [--isnad PATH] [--keep DIR]
    python3 devcorpus/eval.py agreement          # second annotation vs first, 15+ articles

`tune` is the split whose errors you read and write rules against; `check` is scored only as a
whole, a few times a session, never read error by error (a rule that raises tune and not check
is fitted, not general). Not part of `cargo test`. Skips cleanly (exit 0) when ../shared is absent.
Standard library only."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("ISNAD_SHARED", os.path.join(ROOT, "..", "shared"))
CORPUS = os.path.join(SHARED, "data", "unifiedfc", "dataset")
TOOLS = os.path.join(SHARED, "tools")


def corpus_rows():
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "corpus.tsv"), encoding="utf-8")]
    return [dict(zip(rows[0], r)) for r in rows[1:]]


_claims = {}


def corpus_text(meta):
    cid = meta["claim_id"]
    if cid not in _claims:
        _claims[cid] = json.load(open(os.path.join(CORPUS, f"{cid}.json"), encoding="utf-8"))
    return _claims[cid]["article"][meta["article_idx"]]


def build_gold(aid, base, out_dir):
    """Runs one builder on its body; returns (meta, body text, gold path)."""
    meta = json.load(open(os.path.join(base, "meta", f"{aid}.meta.json"), encoding="utf-8"))
    body = corpus_text(meta)[meta["body_start"]:meta["body_end"]]
    txt = os.path.join(out_dir, f"{aid}.txt")
    open(txt, "w", encoding="utf-8").write(body)
    gold = os.path.join(out_dir, f"{aid}.json")
    env = dict(os.environ, PYTHONPATH=TOOLS)
    r = subprocess.run([sys.executable, os.path.join(base, "builders", f"{aid}.gold.py"), txt, gold],
                       env=env, capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"builder {aid} failed:\n{r.stdout}{r.stderr}")
    return meta, body, gold


def isnad_bin(argv):
    if "--isnad" in argv:
        return argv[argv.index("--isnad") + 1]
    b = os.path.join(ROOT, "target", "release", "isnad")
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "isnad-cli"], cwd=ROOT, check=True)
    return b


def score(gold_dir, sys_dir):
    r = subprocess.run([sys.executable, os.path.join(TOOLS, "score.py"), gold_dir, sys_dir, "--json"],
                       capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def evaluate(split, argv):
    rows = [r for r in corpus_rows() if split == "all" or r["split"] == split]
    keep = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    tmp = keep or tempfile.mkdtemp(prefix="isnad-devcorpus-")
    gdir, sdir, bdir = (os.path.join(tmp, d) for d in ("gold", "system", "body"))
    for d in (gdir, sdir, bdir):
        os.makedirs(d, exist_ok=True)
    lines = []
    for r in rows:
        meta, body, gold = build_gold(r["id"], HERE, bdir)
        os.replace(gold, os.path.join(gdir, f"{r['id']}.json"))
        lines.append(json.dumps({"id": r["id"], "text": body, "published": meta.get("published"),
                                 "outlet": meta.get("outlet"), "url": meta.get("url")}, ensure_ascii=False))
    jl = os.path.join(tmp, "bodies.jsonl")
    open(jl, "w", encoding="utf-8").write("\n".join(lines) + "\n")
    out = subprocess.run([isnad_bin(argv), "extract", "--jsonl", jl], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit(f"isnad extract failed: {out.stderr}")
    for line in out.stdout.splitlines():
        a = json.loads(line)
        json.dump(a, open(os.path.join(sdir, f"{a['doc']['id']}.json"), "w", encoding="utf-8"), ensure_ascii=False)
    res = score(gdir, sdir)
    report(f"{split} ({len(rows)} articles)", res, "--json" in argv)
    if "--by-outlet" in argv:
        by = {}
        for r in rows:
            by.setdefault(r["outlet"], []).append(r["id"])
        print(f"\n{'outlet':32} {'n':>3} {'ent':>6} {'stmt':>6} {'claim':>6} {'contra':>6}")
        for outlet, ids in sorted(by.items(), key=lambda x: -len(x[1])):
            g1, s1 = tempfile.mkdtemp(), tempfile.mkdtemp()
            for i in ids:
                os.symlink(os.path.join(gdir, f"{i}.json"), os.path.join(g1, f"{i}.json"))
                if os.path.exists(os.path.join(sdir, f"{i}.json")):
                    os.symlink(os.path.join(sdir, f"{i}.json"), os.path.join(s1, f"{i}.json"))
            x = score(g1, s1)
            f = lambda k: f"{x[k]['f1']:.3f}"
            print(f"{outlet:32} {len(ids):3} {f('entities'):>6} {f('statements'):>6} {f('claims'):>6} {f('contradictions'):>6}")
    if keep:
        print(f"\nkept in {tmp}")
    return 0


def report(title, res, as_json):
    if as_json:
        print(json.dumps({"set": title, **res}, ensure_ascii=False))
        return
    print(f"== {title}")
    for k in ["entities", "entities_exact", "times", "quantities", "statements", "claims", "contradictions"]:
        r = res[k]
        print(f"{k:24} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}   {r['tp']}/{r['fp']}/{r['fn']}")
    for k in ["actor_party", "geocode", "statement_source", "statement_stance", "statement_via", "headline_contradiction"]:
        r = res[k]
        print(f"{k:24} accuracy {'n/a' if r['acc'] is None else format(r['acc'], '.3f')} over {r['n']}")


def shift(x, d):
    if isinstance(x, dict):
        for k, v in x.items():
            if k == "span" and isinstance(v, list) and len(v) == 2:
                x[k] = [v[0] + d, v[1] + d]
            else:
                shift(v, d)
    elif isinstance(x, list):
        for v in x:
            shift(v, d)


def restrict(a, lo, hi):
    """Keeps the items of an analysis (in page coordinates) that lie in [lo, hi)."""
    inside = lambda sp: lo <= sp[0] and sp[1] <= hi
    for k in ("entities", "times", "quantities"):
        a[k] = [x for x in a[k] if inside(x["span"])]
    a["statements"] = [s for s in a["statements"] if inside(s["cue"]["span"])]
    a["propositions"] = [p for p in a["propositions"] if inside(p["trigger"]["span"])]
    sids, pids = {s["id"] for s in a["statements"]}, {p["id"] for p in a["propositions"]}
    a["claims"] = [c for c in a["claims"] if c["proposition"] in pids and (c["by"] == "author" or c["by"] in sids)]
    cids = {c["id"] for c in a["claims"]}
    a["contradictions"] = [x for x in a["contradictions"] if all(c in cids for c in x["claims"])]


def agreement(argv):
    """Second annotation against the first, on the text both chose as body (page coordinates)."""
    second = sorted(f[:-8] for f in os.listdir(os.path.join(HERE, "second", "builders")) if f.endswith(".gold.py"))
    first = {r["id"] for r in corpus_rows()}
    ids = [a for a in second if a in first]
    tmp = tempfile.mkdtemp(prefix="isnad-agreement-")
    da, db, work = (os.path.join(tmp, d) for d in ("a", "b", "work"))
    for d in (da, db, work):
        os.makedirs(d)
    for aid in ids:
        ma, _, ga = build_gold(aid, HERE, work)
        ga_json = json.load(open(ga, encoding="utf-8"))
        mb, _, gb = build_gold(aid, os.path.join(HERE, "second"), work)
        gb_json = json.load(open(gb, encoding="utf-8"))
        lo, hi = max(ma["body_start"], mb["body_start"]), min(ma["body_end"], mb["body_end"])
        for g, m, d in ((ga_json, ma, da), (gb_json, mb, db)):
            shift(g, m["body_start"])
            restrict(g, lo, hi)
            json.dump(g, open(os.path.join(d, f"{aid}.json"), "w", encoding="utf-8"), ensure_ascii=False)
    res = score(da, db)
    report(f"agreement: second annotation scored against the first ({len(ids)} articles)", res, "--json" in argv)
    return 0


def main(argv):
    if not os.path.isdir(CORPUS):
        print(f"devcorpus: {CORPUS} not found, skipping")
        return 0
    what = next((a for a in argv[1:] if not a.startswith("--") and a in ("tune", "check", "all", "agreement")), "tune")
    if what == "agreement":
        return agreement(argv)
    return evaluate(what, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
