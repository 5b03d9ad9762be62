#!/usr/bin/env python3
"""Exports the entities of the development corpus's `tune` split for training isnad-ner.

    python3 crates/isnad-ner/tools/tune_gold.py OUT.jsonl

One article a line: {"id", "text": body, "entities": [[start, end, type], ...]} with code-point
spans into the body and isnad types (PER, ORG, GPE, LOC, FAC); nominal mentions (مصادر محلية،
المسؤول) are left out. Only rows whose split is `tune` are read: `check` is never touched.
The gold is rebuilt with devcorpus/eval.py's own build_gold (body text from ../shared/data/unifiedfc
through devcorpus/meta). Write OUT outside the repository: the bodies are UnifiedFC text.
Standard library only; skips cleanly (exit 0) when ../shared is absent."""
import json
import os
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "devcorpus"))
import eval as dev  # noqa: E402  (devcorpus/eval.py)


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    if not os.path.isdir(dev.CORPUS):
        print(f"tune_gold: {dev.CORPUS} not found, skipping")
        return 0
    rows = [r for r in dev.corpus_rows() if r["split"] == "tune"]
    assert all(r["split"] == "tune" for r in rows)
    work = tempfile.mkdtemp(prefix="isnad-ner-tune-")
    n_ent = 0
    with open(argv[1], "w", encoding="utf-8") as out:
        for r in rows:
            _, body, gold = dev.build_gold(r["id"], dev.HERE, work)
            g = json.load(open(gold, encoding="utf-8"))
            ents = []
            for e in g["entities"]:
                if e.get("nominal"):
                    continue
                s, t = e["span"]
                assert body[s:t] == e["text"], (r["id"], e)
                ents.append([s, t, e["type"]])
            n_ent += len(ents)
            out.write(json.dumps({"id": r["id"], "text": body, "entities": ents}, ensure_ascii=False) + "\n")
    print(f"tune: {len(rows)} articles, {n_ent} named entities -> {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
