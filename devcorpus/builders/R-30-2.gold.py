"""Gold analysis of R-30 article 2 (elnadanews.com, from agencies, 2017-12-22): Shoigu's figures for Russia's
operation in Syria (48,000 troops, 60,318 "terrorists" killed, demining, naval strikes, sorties).

Judgement calls:
- The page repeats the article twice; the body is the second, complete copy (a unique anchor only exists
  with the preceding line break), so it begins with the untagged debris "أخبار متعلقة".
- Outlet name rendered as «الندى نيوز» from the domain (the page does not name itself).
- «وأضح» (typo for أوضح) and «مشير ا» / «مضيف ا» (split letters) are the cues as printed.
- «ركلة» / «صربية» are machine-translation errors for strikes / sorties: quantities of strikes. The range
  «500 - 15000 كيلومتر» is one distance quantity with its upper value. Hectares, buildings, IEDs and
  settlements cleared are not counted quantities in the guide's sense; the 1,410 km of roads is a distance.
- Demining is an 'other' event; naval missile strikes are shelling; sorties and the 8,000 armoured
  vehicles destroyed are airstrikes. The two 60,318 figures agree: no contradictions."""
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
g = Gold(text, {"id": "R-30-2", "outlet": "الندى نيوز", "published": "2017-12-22", "url": None, "title": None})
SHOIGU = dict(actor="RUS.MIL", party="RUS", role="government", canonical="Sergei Shoigu")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "وزير الدفاع الروسي", "PER", nominal=True, **SHOIGU)
every(g, "سيرجي شويجو", "PER", **SHOIGU)
every(g, "شويجو", "PER", **SHOIGU)
every(g, "وكالة \" سبوتنيك \" الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="Sputnik")
every(g, "خبراء الألغام الروس", "ORG", nominal=True, **RUSMIL)
every(g, "السفن والغواصات الروسية", "ORG", nominal=True, **dict(RUSMIL, canonical="Russian Navy"))
every(g, "القوات الجوية الفضائية الروسية", "ORG", **dict(RUSMIL, canonical="Russian Aerospace Forces"))
every(g, "سوريا", "GPE", **country("SY"))
every(g, "روسيا", "GPE", **country("RU"))

q48k = g.qty("48 ألف جندي روسي", 48000, "fighters")
q60a = g.qty("60 ألفا و 318 إرهابيا", 60318, "people", "killed")
q28 = g.qty("2 . 8 ألف مسلح", 2800, "people", "killed")
q1410 = g.qty("1410 كيلومترا", 1410, "km")
q100a = g.qty("100 ركلة", 100, "strikes", None, 1)
q100b = g.qty("100 ركلة", 100, "strikes", None, 2)
q66k = g.qty("66 ألف صربية", 66000, "strikes")
qrng = g.qty("500 - 15000 كيلومتر", 15000, "km")
q8k = g.qty("8 آلاف مدرعة", 8000, "vehicles")
q60b = g.qty("60 ألف و 318 إرهابيا", 60318, "people", "killed")

e_min = E("وزير الدفاع الروسي")
s1 = g.stmt(("وزير الدفاع الروسي , سيرجي شويجو", 1, None, e_min), ("أعلن", 1), "assert",
            ("48 ألف جندي روسي شاركوا في العمليات بسوريا", 1))
s2 = g.stmt(("وزير الدفاع الروسي , سيرجي شويجو", 1, None, e_min), ("مشير ا إلى", 1), "assert",
            ("تم تصفية 60 ألفا و 318 إرهابيا , خلال العملية العسكرية الروسية في سوريا , من بينهم 2 . 8 ألف مسلح جاؤوا من روسيا", 1))
e_sh = E("شويجو", 1, "وأكد")
s3 = g.stmt(("شويجو", 1, "وأكد", e_sh), ("أكد", 1), "confirm",
            (between(text, "خبراء الألغام الروس", "خلال العملية العسكرية"), 1),
            via=[("وكالة \" سبوتنيك \" الروسية", 1, None, E("وكالة \" سبوتنيك \" الروسية"))], medium=("تصريحات له", 1))
s4 = g.stmt(("شويجو", 1, "وأكد", e_sh), ("أضح", 1), "assert",
            ("السفن والغواصات الروسية , خلال العملية العسكرية في سوريا نفذت 100 ركلة ضد مواقع الإرهابيين", 1))
s5 = g.stmt(("شويجو", 1, "وأكد", e_sh), ("مضيف ا", 1), "assert",
            ("السفن والغواصات نفذت 100 ركلة , والطائرات الاستراتيجية - 66 ألف صربية ضمن نطاق 500 - 15000 كيلومتر", 1), direct=True)
s6 = g.stmt(("شويجو", 1, "وأكد", e_sh), ("أعلن", 1, "كيلومتر"), "assert",
            ("القوات الجوية الفضائية الروسية دمرت 8 آلاف مدرعة للإرهابيين خلال العملية في سوريا", 1))
s7 = g.stmt(("شويجو", 1, "وأكد", e_sh), ("تابع", 1), "assert",
            ("خلال العملية العسكرية في سوريا تم تصفية 60 ألف و 318 إرهابيا", 1), direct=True)

e_syr1 = E("سوريا", 1)
p_dep = g.prop("deployment", [("agent", e_min, "RUS")], ("شاركوا", 1), place=e_syr1, quantities=[q48k])
p_kill = g.prop("casualties", [("agent", e_min, "RUS")], ("تصفية", 1), place=E("سوريا", 2), quantities=[q60a, q28, q60b])
p_mine = g.prop("other", [("agent", E("خبراء الألغام الروس"), "RUS")], ("طهروا", 1), quantities=[q1410])
p_naval = g.prop("shelling", [("agent", E("السفن والغواصات الروسية"), "RUS")], ("نفذت", 1), place=E("سوريا", 1, "وأضح"), quantities=[q100a, q100b])
p_air = g.prop("airstrike", [("agent", None, "RUS")], ("الطائرات الاستراتيجية", 1), quantities=[q66k, qrng])
p_armor = g.prop("airstrike", [("agent", E("القوات الجوية الفضائية الروسية"), "RUS")], ("دمرت", 1), place=E("سوريا", 1, "مدرعة"), quantities=[q8k])
g.claim(p_dep, s1)
g.claim(p_kill, s2); g.claim(p_kill, s7)
g.claim(p_mine, s3)
g.claim(p_naval, s4); g.claim(p_naval, s5)
g.claim(p_air, s5)
g.claim(p_armor, s6)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
