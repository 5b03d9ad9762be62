"""Gold analysis of R-33-3 (Belgium 24 network; the URL is a "world" category page of teasers). The body is the
one teaser about the Syrian war: Turkey's foreign ministry condemns US plans to build a PYD/PKK "army" (the
coalition's SDF border force) in northern Syria. Published date estimated 2018-01-15 (the coalition's border
force announcement of 13-14 Jan 2018; the page's other teasers are from 16-20 Jan 2018).

Judgement calls:
- The other teasers (Sphinx, US shutdown, UN harassment, etc.) are not conflict news and not this article;
  the body is the last teaser, truncated by the site («مع " ب . . .»).
- «أدانت» (condemned) is a speech act with stance assert. The coalition's announcement is reported in the
  author's frame («تعليقا على إعلان التحالف الدولي»), so it is a separate statement, not embedded.
- The border force is a deployment (coalition + SDF, planned; Turkey: US "efforts", intended); the US-SDF
  cooperation is support. PYD/PKK and SDF share party SDF here. No contradictions."""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}

def _free(g, sp):
    return all(sp[1] <= e["span"][0] or sp[0] >= e["span"][1] for e in g.out["entities"])

def every(g, s, typ, **kw):
    """Tag every whole-word occurrence of s that does not overlap a mention already tagged (flat layer)."""
    ids, n = [], 1
    while True:
        try:
            sp = g.span(s, n)
        except AssertionError:
            assert ids, f"every(): no free mention of {s!r}"
            return ids
        if _free(g, sp):
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

def eid(g, s, nth=1, after=None):
    """The id of the entity tagged exactly at this quoted mention."""
    sp = g.span(s, nth, after)
    for e in g.out["entities"]:
        if e["span"] == sp:
            return e["id"]
    raise AssertionError(f"no entity at {s!r} {nth} {after!r}")
_C = {"SY": (163843, "Syria"), "RU": (2017370, "Russia"), "US": (6252001, "United States"), "TR": (298795, "Turkey"),
      "IR": (130758, "Iran"), "IQ": (99237, "Iraq"), "IL": (294640, "Israel"), "LB": (272103, "Lebanon"),
      "JO": (248816, "Jordan"), "EG": (357994, "Egypt"), "SA": (102358, "Saudi Arabia"), "QA": (289688, "Qatar"),
      "DE": (2921044, "Germany"), "BE": (2802361, "Belgium"), "KP": (1873107, "North Korea"), "FR": (3017382, "France"),
      "GB": (2635167, "United Kingdom"), "KZ": (1522867, "Kazakhstan"), "UA": (690791, "Ukraine"), "AE": (290557, "United Arab Emirates")}
def country(iso, actor=None):
    gid, name = _C[iso]
    d = dict(canonical=name, place={"geonames_id": gid, "name": name, "lat": None, "lon": None, "country": iso, "admin1": None})
    if actor:
        d.update(actor=actor, party=actor, role="government")
    return d

def between(text, start, end, after=None):
    """The exact text from the first occurrence of start (after an anchor) through the next occurrence of end."""
    a = text.find(start, text.find(after) if after else 0)
    assert a >= 0, start
    b = text.find(end, a)
    assert b >= 0, end
    return text[a:b + len(end)]

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-33-3", "outlet": "بلجيكا 24", "published": "2018-01-15", "url": None, "title": None})
TURMFA = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Turkish Ministry of Foreign Affairs")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
PYD = dict(actor="SDF.PYD", party="SDF", role="armed_group", canonical="PYD/YPG")
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "الخارجية التركية", "ORG", **TURMFA)
every(g, "ب ي د / بي كا كا", "ORG", **dict(PYD, canonical="PYD/PKK"))
every(g, "ب ي د", "ORG", **PYD)
every(g, "سوريا", "GPE", **country("SY"))
every(g, "التحالف الدولي", "ORG", actor="COALITION", party="USA", role="military", canonical="US-led coalition")
every(g, "قسد", "ORG", **SDF)
every(g, "الولايات المتحدة", "GPE", **country("US", "USA"))

e_m1 = E("الخارجية التركية", 1); e_m2 = E("الخارجية التركية", 2)
s1 = g.stmt(("الخارجية التركية", 1, None, e_m1), ("أدانت", 1), "assert",
            ("الجهود الأمريكية الرامية لتأسيس جيش من تنظيم \" ب ي د / بي كا كا \" في شمال سوريا", 1), direct=True)
e_coal = E("التحالف الدولي")
s3 = g.stmt(("التحالف الدولي", 1, None, e_coal), ("إعلان", 1), "assert",
            ("تعاونه مع \" قسد \" التي يشكل \" ب ي د \" عمودها الفقري , لتشكيل قوة حدودية شمالي سوريا", 1))
s2 = g.stmt(("الخارجية التركية", 2, None, e_m2), ("قالت", 1), "assert",
            ("تدين إصرار الولايات المتحدة على موقفها الخاطئ بشأن الاستمرار في التعاون مع", 1), medium=("بيان", 1))

p_force = g.prop("deployment", [("agent", e_coal, "USA"), ("agent", E("قسد"), "SDF")], ("قوة حدودية", 1), place=E("سوريا", 2))
p_coop = g.prop("support", [("agent", E("الولايات المتحدة"), "USA"), ("partner", E("قسد"), "SDF")], ("التعاون", 1))
g.claim(p_force, s1, "affirm", "intended")
g.claim(p_force, s3, "affirm", "planned")
g.claim(p_coop, s3)
g.claim(p_coop, s2)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
