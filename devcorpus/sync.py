#!/usr/bin/env python3
"""Bring finished annotations from the annotators' workspace into the project (run by the
maintainer; annotators never see isnad). Copies builders and meta (never corpus text), records
rejected pages and which reserve replaced each, and writes `corpus.tsv`: the final article list
with its split.

    python3 devcorpus/sync.py [/work/annot]

Replacement rule (fixed before annotation, see draw.py): each annotator had a list of primaries
and a list of reserves; the k-th primary they rejected as not conflict news is replaced by the
k-th reserve they annotated, which takes its split; a slot left when an annotator ran out of
reserves is filled by another annotator's spare annotated reserve, in draw order."""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    ws = argv[1] if len(argv) > 1 else "/work/annot"
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "articles.tsv"), encoding="utf-8")][1:]
    info = {r[1]: r for r in rows}
    for sub in ("builders", "meta", "second/builders", "second/meta", "rejected"):
        os.makedirs(os.path.join(HERE, sub), exist_ok=True)
    done = lambda base, a: os.path.exists(f"{ws}/{base}gold/{a}.json") and os.path.exists(f"{ws}/{base}builders/{a}.gold.py")
    final, problems, open_slots, spare = [], [], [], []
    for k in range(1, 8):
        lines = [l.split("\t")[0] for l in open(f"{ws}/assign/A{k}.txt", encoding="utf-8") if not l.startswith("#")]
        prim = [a for a in lines if info[a][7] == "primary"]
        res = [a for a in lines if info[a][7] == "reserve"]
        skipped = [a for a in prim if os.path.exists(f"{ws}/skip/{a}.txt") and not done("", a)]
        used = [a for a in res if done("", a)]
        for a in prim:
            if a in skipped:
                shutil.copy(f"{ws}/skip/{a}.txt", os.path.join(HERE, "rejected", f"{a}.txt"))
            elif done("", a):
                final.append((a, info[a][6], ""))
            else:
                problems.append(f"A{k}: {a} not annotated yet")
        for s, r in zip(skipped, used):
            final.append((r, info[s][6], s))
        open_slots += skipped[len(used):]
        spare += used[len(skipped):]
    # An annotator who ran out of reserves leaves a slot; another's spare annotated reserve fills
    # it (in draw order), taking the slot's split.
    spare.sort(key=lambda a: int(info[a][0]))
    for s, r in zip(open_slots, spare):
        final.append((r, info[s][6], s))
    if len(open_slots) != len(spare):
        problems.append(f"{len(open_slots)} rejected pages left, {len(spare)} spare reserves")
    for a, _, _ in final:
        shutil.copy(f"{ws}/builders/{a}.gold.py", os.path.join(HERE, "builders", f"{a}.gold.py"))
        shutil.copy(f"{ws}/meta/{a}.meta.json", os.path.join(HERE, "meta", f"{a}.meta.json"))
    second = sorted(f[:-5] for f in os.listdir(f"{ws}/second/gold") if f.endswith(".json")) if os.path.isdir(f"{ws}/second/gold") else []
    for a in second:
        shutil.copy(f"{ws}/second/builders/{a}.gold.py", os.path.join(HERE, "second/builders", f"{a}.gold.py"))
        shutil.copy(f"{ws}/second/meta/{a}.meta.json", os.path.join(HERE, "second/meta", f"{a}.meta.json"))
    with open(os.path.join(HERE, "corpus.tsv"), "w", encoding="utf-8") as f:
        f.write("id\toutlet\tsplit\treplaces\n")
        for a, split, rep in sorted(final, key=lambda x: int(info[x[0]][0])):
            f.write(f"{a}\t{info[a][4]}\t{split}\t{rep}\n")
    splits = {}
    for _, s, _ in final:
        splits[s] = splits.get(s, 0) + 1
    print(f"{len(final)} articles {splits}; {len(second)} second annotations")
    for p in problems:
        print("  ", p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
