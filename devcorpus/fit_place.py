#!/usr/bin/env python3
"""Fit the place model (models/place.tsv) on the `tune` split: which of the places named around an
event is where it happened. Never reads `check`.

    python3 devcorpus/fit_place.py [--isnad PATH]   # dump candidates, fit, write models/place.tsv

isnad writes every candidate place of every event with its features (ISNAD_DUMP_PLACES, see
crates/isnad-claims/src/passes/place_model.rs); a candidate is positive when the gold
proposition with the same trigger has that place (overlapping span, or the same name). A
logistic regression with an L2 penalty, fitted by gradient descent, gives one weight a feature:
a table anybody can read. Standard library only."""
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import eval as ev  # noqa: E402


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main(argv):
    if not os.path.isdir(ev.CORPUS):
        print("fit_place: ../shared not found, skipping")
        return 0
    tmp = tempfile.mkdtemp(prefix="isnad-place-")
    model = os.path.join(ROOT, "models", "place.tsv")
    saved = open(model, encoding="utf-8").read()
    open(model, "w", encoding="utf-8").write("# empty while fitting\n")
    try:
        binary = ev.isnad_bin(argv)
        dump = os.path.join(tmp, "places.jsonl")
        env = dict(os.environ, ISNAD_DUMP_PLACES=dump)
        # Gold and bodies of tune only.
        rows = [r for r in ev.corpus_rows() if r["split"] == "tune"]
        lines, gold = [], {}
        for r in rows:
            meta, body, g = ev.build_gold(r["id"], HERE, tmp)
            gold[r["id"]] = json.load(open(g, encoding="utf-8"))
            lines.append(json.dumps({"id": r["id"], "text": body, "published": meta.get("published"),
                                     "outlet": meta.get("outlet")}, ensure_ascii=False))
        jl = os.path.join(tmp, "tune.jsonl")
        open(jl, "w", encoding="utf-8").write("\n".join(lines) + "\n")
        subprocess.run([binary, "extract", "-j", "1", "--jsonl", jl],
                       env=env, stdout=subprocess.DEVNULL, check=False)
    finally:
        open(model, "w", encoding="utf-8").write(saved)
    groups = {}
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        groups.setdefault((d["doc"], tuple(d["trigger"])), []).append(d)
    X, Y = [], []
    names = set()
    for (doc, trig), cands in groups.items():
        g = gold.get(doc)
        if not g:
            continue
        props = [p for p in g["propositions"] if overlap(p["trigger"]["span"], trig)]
        if not props:
            continue
        ents = {e["id"]: e for e in g["entities"]}
        places = [ents[p["place"]] for p in props if p.get("place") in ents]
        body = None
        for c in cands:
            pos = any(overlap(c["candidate"], e["span"]) for e in places)
            if not pos and places:
                body = body or open(os.path.join(tmp, f"{doc}.txt"), encoding="utf-8").read()
                text = body[c["candidate"][0]:c["candidate"][1]]
                pos = any(text == e["text"] for e in places)
            X.append(c["features"])
            Y.append(1.0 if pos else 0.0)
            names.update(c["features"])
    names = sorted(names)
    w = {k: 0.0 for k in names}
    b = 0.0
    lam, lr = 0.01, 0.5
    for epoch in range(400):
        gw = {k: 0.0 for k in names}
        gb = 0.0
        for x, y in zip(X, Y):
            z = b + sum(w[k] for k in x)
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            gb += p - y
            for k in x:
                gw[k] += p - y
        n = len(X)
        b -= lr * gb / n
        for k in names:
            w[k] -= lr * (gw[k] / n + lam * w[k])
    pos = sum(Y)
    with open(model, "w", encoding="utf-8") as f:
        f.write("# Place model (see crates/isnad-claims/src/passes/place_model.rs): feature<TAB>weight of a\n")
        f.write(f"# logistic regression fitted by devcorpus/fit_place.py on the tune split ({len(X)} candidates,\n")
        f.write(f"# {int(pos)} positive, {len(groups)} events). A candidate with a positive score can be the place.\n")
        # A place is named far more often than the gold keeps it as the event's place; a logit
        # above -1 (p > 0.27) was the best cut on tune (tried 0, -0.5, -1, -1.5).
        f.write("threshold\t-1.0\n")
        f.write(f"bias\t{b:.4f}\n")
        for k in names:
            f.write(f"{k}\t{w[k]:.4f}\n")
    print(open(model, encoding="utf-8").read())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
