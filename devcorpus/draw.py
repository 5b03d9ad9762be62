#!/usr/bin/env python3
"""Draw the development corpus from ../shared/data/unifiedfc (folds 1-4) with a fixed seed.

    python3 devcorpus/draw.py [../shared/data/unifiedfc] > devcorpus/articles.tsv

Rules (issue 11): 150 articles plus reserves, conflict news of 800-6,000 characters, at most 8 per
outlet (URL host) counting reserves too, so any reserve that replaces a rejected article keeps the
cap; exact duplicate texts drawn once; the three articles of ../shared/spec/dev left out. The split
is drawn here, once: 100 `tune`, 50 `check`; a reserve takes the split of the article it replaces
(`replaces` is filled by hand in articles.tsv when an annotator rejects a page as not news).

The conflict filter is deliberately crude (a few words of war reporting must occur); annotators
reject the pages it lets through that are not news about the conflict. Standard library only."""
import hashlib
import json
import os
import random
import sys
from urllib.parse import urlparse

SEED = 20261207
N_PRIMARY, N_CHECK, N_RESERVE = 150, 50, 40
PER_OUTLET = 8
MIN_CHARS, MAX_CHARS = 800, 6000
EXCLUDE = {"R-128-2", "R-595-4", "V-33-6"}  # ../shared/spec/dev
WAR_WORDS = ("قوات", "الجيش", "قتل", "غارة", "غارات", "المعارضة", "فصائل", "مسلح", "قصف", "معارك",
             "النظام", "داعش", "تنظيم", "هجوم", "الأسد", "سوريا", "سورية")


def conflict_news(text):
    return sum(text.count(w) for w in WAR_WORDS) >= 5


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), "../../shared/data/unifiedfc")
    ds = os.path.join(root, "dataset")
    pool, seen = [], set()
    for name in sorted(os.listdir(ds)):
        d = json.load(open(os.path.join(ds, name), encoding="utf-8"))
        for i, (text, url) in enumerate(zip(d["article"], d["url"])):
            aid = f"{d['id']}-{i}"
            h = hashlib.sha1(text.strip().encode()).hexdigest()
            if aid in EXCLUDE or h in seen or not (MIN_CHARS <= len(text) <= MAX_CHARS):
                continue
            seen.add(h)
            if conflict_news(text):
                pool.append((aid, d["id"], i, urlparse(url).netloc if url else "", len(text)))
    rng = random.Random(SEED)
    rng.shuffle(pool)
    per, chosen = {}, []
    for a in pool:
        if per.get(a[3], 0) >= PER_OUTLET:
            continue
        per[a[3]] = per.get(a[3], 0) + 1
        chosen.append(a)
        if len(chosen) == N_PRIMARY + N_RESERVE:
            break
    splits = ["check"] * N_CHECK + ["tune"] * (N_PRIMARY - N_CHECK)
    rng.shuffle(splits)
    print("order\tid\tclaim\tidx\toutlet\tchars\tsplit\trole")
    for k, (aid, claim, i, host, n) in enumerate(chosen):
        split, role = (splits[k], "primary") if k < N_PRIMARY else ("", "reserve")
        print(f"{k + 1}\t{aid}\t{claim}\t{i}\t{host}\t{n}\t{split}\t{role}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
