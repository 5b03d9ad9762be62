"""Gold analysis of R-30 article 10 (Saheh Khabarak, from Reuters; published date estimated 2017-12-26, the
Tuesday of Shoigu's remarks): Russia starts a permanent military presence at Tartus and Hmeimim.

Judgement calls:
- Body from «نقلت وكالة الإعلام الروسية» (headline copies and a photo caption precede it) to the end of the
  article; the Reuters credit is outside the body, so only RIA appears as via.
- «وذلك مع تصديق البرلمان…» and paragraphs 4, 6-8 are author voice. The signing (18 Jan), the ratification
  and the terms are one agreement proposition; Tartus expansion and the 11 warships are planned deployments.
- Bondarev spoke "to the agency" (للوكالة = ل + الوكالة, tagged «لوكالة»): via RIA.
- Tartus and Hmeimim as bases are FAC; «طرطوس» alone (the bases' location) is GPE. No contradictions."""
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
g = Gold(text, {"id": "R-30-10", "outlet": "صحح خبرك", "published": "2017-12-26", "url": None, "title": None})
RIA = dict(actor="RUS.MED", party="RUS", role="media", canonical="RIA Novosti")
SHOIGU = dict(actor="RUS.MIL", party="RUS", role="government", canonical="Sergei Shoigu")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
TARTUSF = dict(canonical="Tartus naval facility", place=named("Tartus naval facility", "SY", "Tartus"))
TARTUS = dict(canonical="Tartus", place=gn(163345, "Ţarţūs", 34.88902, 35.88659, "SY", "Tartus"))
HMEI = dict(canonical="Hmeimim Air Base", place=named("Hmeimim Air Base", "SY", "Latakia"))
RUS = country("RU", "RUS")
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "وكالة الإعلام الروسية", "ORG", **RIA)
g.ent("لوكالة", "ORG", 1, after="مجلس الاتحاد الروسي", nominal=True, **RIA)  # للوكالة
every(g, "الوكالة", "ORG", nominal=True, **RIA)
every(g, "وزير الدفاع سيرجي شويجو", "PER", **SHOIGU)
every(g, "شويجو", "PER", **SHOIGU)
every(g, "البرلمان", "ORG", nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Russian parliament")
every(g, "دمشق", "GPE", canonical="Damascus (Syrian government)", actor="SYR.GOV", party="SYR", role="government",
      place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Dimashq"))
every(g, "فيكتور بونداريف", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Viktor Bondarev")
every(g, "لجنة الأمن والدفاع في مجلس الاتحاد الروسي", "ORG", actor="RUS.GOV", party="RUS", role="government",
      canonical="Federation Council Defence and Security Committee")
every(g, "منشأة طرطوس البحرية", "FAC", **TARTUSF)
every(g, "البحر المتوسط", "LOC", canonical="Mediterranean Sea", place=named("Mediterranean Sea"))
g.ent("لسفن الحربية الروسية", "ORG", 1, nominal=True, actor="RUS.MIL", party="RUS", role="military", canonical="Russian Navy")
every(g, "القائد الأعلى", "PER", nominal=True, **PUTIN)
every(g, "الرئيس فلاديمير بوتين", "PER", **PUTIN)
g.ent("لرئيس السوري بشار الأسد", "PER", 1, actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
every(g, "قاعدة حميميم", "FAC", **HMEI)
every(g, "حميميم", "FAC", **HMEI)
every(g, "طرطوس", "GPE", **TARTUS)
every(g, "الاتحاد السوفيتي", "GPE", canonical="Soviet Union", place=named("Soviet Union"))
every(g, "روسيا", "GPE", **RUS)
every(g, "سوريا", "GPE", **country("SY"))

t_tue = g.time("يوم الثلاثاء", "2017-12-26", "day", "at")
t_jan = g.time("في 18 يناير كانون الثاني", "2017-01-18", "day", "at")
t_lw = g.time("الأسبوع الماضي", "2017-12-18/2017-12-24", "week", "at")
t_sov = g.time("أيام الاتحاد السوفيتي", None, "vague", "before")
q11 = g.qty("11 سفينة حربية", 11, "ships")

e_ria1 = E("وكالة الإعلام الروسية", 1)
e_sh1 = E("وزير الدفاع سيرجي شويجو")
s1 = g.stmt(("وزير الدفاع سيرجي شويجو", 1, None, e_sh1), ("قوله", 1), "assert",
            ("روسيا بدأت التأسيس لوجود عسكري دائم لها في قاعدتيها البحرية والجوية بسوريا", 1),
            via=[("وكالة الإعلام الروسية", 1, None, e_ria1)])
BON = "فيكتور بونداريف رئيس لجنة الأمن والدفاع في مجلس الاتحاد الروسي"
s2 = g.stmt((BON, 1, None, E("فيكتور بونداريف")), ("قال", 1, "وقال فيكتور"), "assert",
            (between(text, "الاتفاق الذي وقعه الطرفان", "والموانئ السورية"), 1), via=[("لوكالة", 1, "مجلس الاتحاد الروسي", E("لوكالة"))])
e_sh3 = E("شويجو", 1, "تقرير منفصل")
s3 = g.stmt(("شويجو", 1, "تقرير منفصل", e_sh3), ("قوله", 1, "تقرير منفصل"), "assert",
            ("اعتمد القائد الأعلى ( الرئيس فلاديمير بوتين ) الأسبوع الماضي هيكل القاعدتين في طرطوس وحميميم", 1),
            via=[("الوكالة", 1, "ونقلت", E("الوكالة", 1, "ونقلت"))], medium=("تقرير منفصل", 1), direct=True)
e_ria5 = E("وكالة الإعلام الروسية", 1, "وأوضح")
s4 = g.stmt(("تقرير وكالة الإعلام الروسية", 1, None, e_ria5), ("أوضح", 1), "assert",
            ("الاتفاق سيسمح لروسيا بالإبقاء على 11 سفينة حربية في طرطوس بما في ذلك السفن النووية", 1))

e_rus1 = E("روسيا", 1)
p_perm = g.prop("deployment", [("agent", e_rus1, "RUS")], ("التأسيس", 1), place=E("سوريا", 1), time=t_tue)
p_deal = g.prop("agreement", [("agent", e_rus1, "RUS"), ("partner", E("دمشق"), "SYR")], ("اتفاق", 1), time=t_jan)
p_expand = g.prop("deployment", [("agent", E("روسيا", 1, "يقضي بأن"), "RUS")], ("توسع", 1), place=E("منشأة طرطوس البحرية", 1))
p_struct = g.prop("other", [("agent", E("القائد الأعلى"), "RUS")], ("اعتمد", 1), place=E("حميميم", 1), time=t_lw)
p_ships = g.prop("deployment", [("agent", E("روسيا", 1, "سيسمح"), "RUS")], ("بالإبقاء", 1), place=E("طرطوس", 1, "سفينة حربية في"), quantities=[q11])
p_air = g.prop("airstrike", [("agent", E("روسيا", 1, "واستخدمت"), "RUS")], ("ضربات جوية", 1), place=E("قاعدة حميميم"))
p_sup = g.prop("support", [("agent", E("روسيا", 1, "واستخدمت"), "RUS"), ("partner", E("لرئيس السوري بشار الأسد"), "SYR")], ("دعما", 1))
g.claim(p_perm, s1)
g.claim(p_deal, "author"); g.claim(p_deal, s2); g.claim(p_deal, s4)
g.claim(p_expand, s2, "affirm", "planned")
g.claim(p_struct, s3)
g.claim(p_ships, s4, "affirm", "planned")
g.claim(p_air, "author"); g.claim(p_sup, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
