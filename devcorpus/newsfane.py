#!/usr/bin/env python3
"""Entity F1 of isnad on NewsFANE Gold (Alotaibi & Lee 2014, CC BY-SA 3.0), on coarse types.

    python3 devcorpus/newsfane.py [--isnad PATH] [--json]

NewsFANE is one clitic-segmented token a line with fine-grained BIO tags. The tokens are joined
with spaces into sentences (one a line, 40 sentences a document), isnad extracts entities from
that text, and each isnad entity is aligned to the tokens its span covers. Fine types map to the
coarse ones isnad has: person (PER), organisation (ORG) and place (GPE, LOC, FAC); weapons,
vehicles, works and products are not entities for isnad and are left out of both sides.
A mention counts when its token span and coarse type match exactly (strict), and separately when
the spans overlap and the types match (lenient). Skips cleanly when ../shared is absent."""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("ISNAD_SHARED", os.path.join(ROOT, "..", "shared"))
DATA = os.path.join(SHARED, "data", "newsfane-gold", "NewsFANE_Gold_2014_170K.txt")

PER = {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Police",
       "Businessperson", "Lawyer", "Engineer", "Group"}
ORG = {"Non-Governmental", "Sports", "Media", "Government", "Commercial", "Educational",
       "Medical-Science", "Entertainment", "Religious_ORG"}
PLACE = {"Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "Continent",
         "County-or-District", "Water-Body", "Land-Region-Natural", "Building-Grounds", "Path",
         "Airport", "Subarea-Facility", "Celestial", "Plant"}


def coarse(fine):
    return "PER" if fine in PER else "ORG" if fine in ORG else "PLACE" if fine in PLACE else None


def read_sentences():
    sents, cur = [], []
    for raw in open(DATA, encoding="utf-8-sig"):
        line = raw.rstrip("\r\n").replace("\u200e", "")
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        tok, _, tag = line.partition("\t")
        tok = tok.strip()
        if tok:
            cur.append((tok, tag.strip()))
    if cur:
        sents.append(cur)
    return sents


def gold_mentions(sent):
    out, start, typ = [], None, None
    for i, (_, tag) in enumerate(sent + [("", "O")]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == typ):
            c = coarse(typ)
            if c:
                out.append((start, i, c))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, typ = i, tag[2:]
    return out


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn}


def main(argv):
    if not os.path.exists(DATA):
        print(f"newsfane: {DATA} not found, skipping")
        return 0
    isnad = argv[argv.index("--isnad") + 1] if "--isnad" in argv else os.path.join(ROOT, "target", "release", "isnad")
    if "--isnad" not in argv:
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "isnad-cli"], cwd=ROOT, check=True)
    sents = read_sentences()
    docs = []  # (doc id, [(sentence index, char offset of each token)])
    lines = []
    for d in range(0, len(sents), 40):
        text, index = "", []
        for si in range(d, min(d + 40, len(sents))):
            offs = []
            for tok, _ in sents[si]:
                offs.append(len(text))
                text += tok + " "
            text = text[:-1] + "\n"
            index.append((si, offs))
        docs.append(index)
        lines.append(json.dumps({"id": str(len(docs) - 1), "text": text}, ensure_ascii=False))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    out = subprocess.run([isnad, "extract", "--jsonl", f.name], capture_output=True, text=True)
    os.unlink(f.name)
    types = {"PER": "PER", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
    pred = {}
    for line in out.stdout.splitlines():
        a = json.loads(line)
        index = docs[int(a["doc"]["id"])]
        for e in a["entities"]:
            t = types.get(e["type"])
            if not t:
                continue
            s, en = e["span"]
            for si, offs in index:
                toks = [k for k, o in enumerate(offs) if o < en and o + len(sents[si][k][0]) > s]
                if toks:
                    pred.setdefault(si, set()).add((toks[0], toks[-1] + 1, t))
                    break
    strict = {k: [0, 0, 0] for k in ("PER", "ORG", "PLACE", "all")}
    lenient = [0, 0, 0]
    for si, sent in enumerate(sents):
        g, p = set(gold_mentions(sent)), pred.get(si, set())
        for m in p:
            strict["all"][0 if m in g else 1] += 1
            strict[m[2]][0 if m in g else 1] += 1
        for m in g - p:
            strict["all"][2] += 1
            strict[m[2]][2] += 1
        hit = lambda a, b: a[2] == b[2] and a[0] < b[1] and b[0] < a[1]
        lenient[0] += sum(1 for m in p if any(hit(m, x) for x in g))
        lenient[1] += sum(1 for m in p if not any(hit(m, x) for x in g))
        lenient[2] += sum(1 for m in g if not any(hit(m, x) for x in p))
    res = {k: prf(*v) for k, v in strict.items()}
    res["lenient"] = prf(*lenient)
    if "--json" in argv:
        print(json.dumps(res))
        return 0
    print(f"== NewsFANE Gold ({len(sents)} sentences), coarse types")
    for k, r in res.items():
        print(f"{k:8} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}   {r['tp']}/{r['fp']}/{r['fn']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
