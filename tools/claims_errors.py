#!/usr/bin/env python3
"""Why claims fail to match on a kept evaluation (`devcorpus/eval.py tune --keep DIR`): each
unmatched gold claim (FN) and system claim (FP) gets the nearest reason, scorer's rules
(type family, matched statement, polarity, place). Read `tune` only.

    python3 tools/claims_errors.py DIR [--list REASON]"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "tools"))
import score  # noqa: E402


def load(p):
    return json.load(open(p, encoding="utf-8"))


def sigs(a, smap=None):
    props = {x["id"]: x for x in a.get("propositions", [])}
    out = []
    for c in a.get("claims", []):
        pr = props.get(c.get("proposition")) or {}
        by = c.get("by")
        if smap is not None and by != "author":
            by = smap.get(by, "?" + str(by))
        out.append(dict(fam=score.FAMILY.get(pr.get("type"), pr.get("type")), type=pr.get("type"), by=by,
                        pol=c.get("polarity"), place=score.place_refs(a, pr.get("place")),
                        pname=place_name(a, pr.get("place")), c=c, pr=pr))
    return out


def place_name(a, eid):
    e = next((x for x in a.get("entities", []) if x.get("id") == eid), None)
    return e and e.get("text")


def same_place(x, y):
    pa, pb = x["place"], y["place"]
    return (pa is None and pb is None) or (pa is not None and pb is not None and score.same_place(pa, pb))


def reason(x, others):
    k = lambda o: (o["fam"], o["by"], o["pol"])
    if any(k(o) == k(x) for o in others):
        o = next(o for o in others if k(o) == k(x))
        if (x["place"] is None) != (o["place"] is None):
            return "place:one-side-none"
        return "place:differs"
    if any((o["fam"], o["by"]) == (x["fam"], x["by"]) for o in others):
        return "polarity"
    if any(o["fam"] == x["fam"] for o in others):
        return "voice(by)"
    if any(o["by"] == x["by"] for o in others):
        return "family"
    return "absent"


def main(argv):
    d = argv[1]
    want = argv[argv.index("--list") + 1] if "--list" in argv else None
    fn, fp = collections.Counter(), collections.Counter()
    for f in sorted(os.listdir(os.path.join(d, "gold"))):
        g, p = load(os.path.join(d, "gold", f)), load(os.path.join(d, "system", f))
        gs, ps = g.get("statements", []), p.get("statements", [])
        same = lambda a, b: score.overlap(score.span(a.get("cue")), score.span(b.get("cue"))) and score.overlap(
            score.span(a.get("content")), score.span(b.get("content")))
        pairs, _ = score.match(gs, ps, same)
        smap = {b["id"]: a["id"] for a, b in pairs}
        matched_g = {a["id"] for a, _ in pairs}
        gc, pc = sigs(g), sigs(p, smap)
        key = lambda a, b: (a["fam"], a["by"], a["pol"]) == (b["fam"], b["by"], b["pol"]) and same_place(a, b)
        pr, _ = score.match(gc, pc, key)
        mg, mp = {id(a) for a, _ in pr}, {id(b) for _, b in pr}
        for x in gc:
            if id(x) in mg:
                continue
            r = reason(x, [o for o in pc if id(o) not in mp])
            if r in ("absent", "voice(by)") and x["by"] != "author" and x["by"] not in matched_g:
                r += "+stmt-missed"
            fn[r] += 1
            if want and r.startswith(want):
                print("FN", f, r, x["type"], x["by"], x["pol"], x["pname"], (x["c"].get("text") or "")[:60])
        for x in pc:
            if id(x) in mp:
                continue
            r = reason(x, [o for o in gc if id(o) not in mg])
            fp[r] += 1
            if want and r.startswith(want) and "--fp" in argv:
                print("FP", f, r, x["type"], x["by"], x["pol"], x["pname"])
    print("FN", sum(fn.values()), fn.most_common())
    print("FP", sum(fp.values()), fp.most_common())


if __name__ == "__main__" and "--aligned" not in sys.argv:
    main(sys.argv)


def aligned(d, want=None):
    """Each unmatched gold claim set against the system claim whose proposition's trigger overlaps its
    own: the first field that differs."""
    out = collections.Counter()
    for f in sorted(os.listdir(os.path.join(d, "gold"))):
        g, p = load(os.path.join(d, "gold", f)), load(os.path.join(d, "system", f))
        same = lambda a, b: score.overlap(score.span(a.get("cue")), score.span(b.get("cue"))) and score.overlap(
            score.span(a.get("content")), score.span(b.get("content")))
        pairs, _ = score.match(g.get("statements", []), p.get("statements", []), same)
        smap = {b["id"]: a["id"] for a, b in pairs}
        matched_g = {a["id"] for a, _ in pairs}
        gc, pc = sigs(g), sigs(p, smap)
        key = lambda a, b: (a["fam"], a["by"], a["pol"]) == (b["fam"], b["by"], b["pol"]) and same_place(a, b)
        pr, _ = score.match(gc, pc, key)
        mg = {id(a) for a, _ in pr}
        for x in gc:
            if id(x) in mg:
                continue
            ts = score.span(x["pr"].get("trigger"))
            cands = [o for o in pc if ts and score.overlap(ts, score.span(o["pr"].get("trigger")))]
            if not cands:
                r = "no-trigger"
            else:
                o = next((o for o in cands if o["by"] == x["by"]), cands[0])
                if o["fam"] != x["fam"]:
                    r = f"family:{x['fam']}<-{o['fam']}"
                elif o["by"] != x["by"]:
                    gb = "author" if x["by"] == "author" else ("stmt" if x["by"] in matched_g else "stmt-missed")
                    sb = "author" if o["by"] == "author" else ("stmt" if not str(o["by"]).startswith("?") else "stmt-unmatched")
                    r = f"voice:{gb}<-{sb}"
                elif o["pol"] != x["pol"]:
                    r = f"polarity:{x['pol']}<-{o['pol']}"
                elif (x["place"] is None) != (o["place"] is None):
                    r = "place:gold-none" if x["place"] is None else "place:sys-none"
                else:
                    r = "place:differs"
                if want and r.startswith(want):
                    print(f, r, x["type"], x["by"], o["by"], "gold:", x["pname"], "sys:", o["pname"], x["pr"]["trigger"]["text"], ts)
            out[r] += 1
    print(sum(out.values()), out.most_common())


if __name__ == "__main__" and "--aligned" in sys.argv:
    aligned(sys.argv[1], sys.argv[sys.argv.index("--aligned") + 1] if len(sys.argv) > sys.argv.index("--aligned") + 1 else None)
