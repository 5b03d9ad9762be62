"""Gold analysis of R-583 article 2 (Orient Net, published date estimated 2017-10-13 from the event: the ISIS
car-bomb attack on displaced people at Abu Fas camp, Hasakah, reported "yesterday"). Activists say ISIS
killed about 100 displaced people and Asayish members.

Judgement calls:
- Body starts at the lede «قال ناشطون سوريون» (headline is followed by a photo caption and page debris);
  ends with the aid-agency paragraph, before the related-news block.
- Casualty count (100) attached to the bombing proposition, as in the worked builders.
- «محافظة الحسكة» / «محافظتي دير الزور والحسكة» and «نازحين من دير الزور» are governorates; «بالحسكة»,
  «مشافي الحسكة» the city. Only «القامشلي» is tagged in «مشفى مدينة القامشلي» (generic hospital).
- The health directorate's blood-donation appeal is a statement with stance demand.
- Para 5 (civilians killed by mines while fleeing ISIS areas) is author voice: bombing (mines),
  displacement and ISIS control. No contradictions (headline's "dozens" is outside the body)."""
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
g = Gold(text, {"id": "R-583-2", "outlet": "أورينت نت", "published": "2017-10-13", "url": None, "title": None})
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
ASAYISH = dict(actor="SDF.ASAYISH", party="SDF", role="armed_group", canonical="Asayish (Kurdish security forces)")
HASG = dict(canonical="Al-Hasakah Governorate", place=named("Al-Hasakah Governorate", "SY", "Al-Hasakah"))
HASC = dict(canonical="Al-Hasakah", place=gn(173811, "Al Ḩasakah", 36.50237, 40.74772, "SY", "Al-Hasakah"))
DZG = dict(canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
QAM = dict(canonical="Qamishli", place=gn(173377, "Al Qāmishlī", 37.05215, 41.23142, "SY", "Al-Hasakah"))
CAMP = dict(canonical="Abu Fas camp", place=named("Abu Fas camp", "SY", "Al-Hasakah"))

e_act = g.ent("ناشطون سوريون", "PER", nominal=True, canonical="Syrian activists")
e_isis1 = g.ent("تنظيم داعش", "ORG", **ISIS)
e_hasg = g.ent("محافظة الحسكة", "GPE", **HASG)
e_camp = g.ent("مخيم أبو فاس", "FAC", **CAMP)
g.ent("دير الزور", "GPE", 1, **DZG)
g.ent("الحسكة", "GPE", 1, after="محافظتي", **HASG)
g.ent("دير الزور", "GPE", 2, **DZG)
g.ent("قوة الأمن الكردية", "ORG", **ASAYISH)
g.ent("الأسايش", "ORG", **ASAYISH)
e_dir = g.ent("مديرية الصحة التابعة لنظام الأسد", "ORG", actor="SYR.GOV", party="SYR", role="government",
              canonical="Hasakah health directorate (Syrian government)")
g.ent("الحسكة", "GPE", 1, after="لنظام الأسد", **HASC)
e_qam = g.ent("القامشلي", "GPE", **QAM)
g.ent("الحسكة", "GPE", 1, after="مشافي", **HASC)
e_isis5 = g.ent("تنظيم الدولة", "ORG", **ISIS)
e_ngo = g.ent("منظمات إغاثة دولية", "ORG", nominal=True, canonical="International aid organisations")
e_syr = g.ent("سوريا", "GPE", **country("SY"))

t_yday = g.time("أمس", "2017-10-12", "day", "at")
t_year = g.time("هذا العام", "2017", "year", "at")
q100 = g.qty("قرابة ال - 100 شخص على الأقل", 100, "people", "killed")
q_mines = g.qty("عشرات المدنيين", None, "people", "killed")
q_air = g.qty("مئات المدنيين", None, "people", "killed")

s_act = g.stmt(("ناشطون سوريون", 1, None, e_act), ("قال", 1), "assert",
               ("مهاجمين من تنظيم داعش , قتلوا قرابة ال - 100 شخص على الأقل في هجوم بسيارات ملغومة أمس استهدف مجموعة من النازحين في محافظة الحسكة", 1))
s_where = g.stmt(("ناشطون سوريون", 1, None, e_act), ("أوضحوا", 1), "assert",
                 ("الهجوم وقع في مخيم أبو فاس قرب الحدود بين محافظتي دير الزور والحسكة , وأن من بين الشهداء نازحين من دير الزور , بالإضافة إلى أعضاء بقوة الأمن الكردية المعروفة باسم ميليشيا \" الأسايش", 1))
s_appeal = g.stmt(("مديرية الصحة التابعة لنظام الأسد", 1, None, e_dir), ("وجهت نداء استغاثة", 1), "demand",
                  ("للجميع من أجل التبرع بالدم", 1))
s_ngo = g.stmt(("منظمات إغاثة دولية", 1, None, e_ngo), ("حذرت", 1), "assert",
               ("القتال في شرق سوريا هو الأسوأ من نوعه في البلاد هذا العام", 1))
s_ngo2 = g.stmt(("منظمات إغاثة دولية", 1, None, e_ngo), ("مشيرة إلى", 1), "assert",
                ("الغارات الجوية تسببت في مقتل مئات المدنيين", 1))

p_bomb = g.prop("bombing", [("agent", e_isis1, "ISIS")], ("هجوم بسيارات ملغومة", 1), place=e_camp, time=t_yday, quantities=[q100])
p_move = g.prop("other", [("agent", e_dir, "SYR")], ("بنقل", 1), place=e_qam)
p_mines = g.prop("bombing", [], ("الألغام", 1), quantities=[q_mines])
p_flee = g.prop("displacement", [], ("هروبهم", 1))
p_ctrl = g.prop("control", [("agent", e_isis5, "ISIS")], ("سيطرة", 1))
p_fight = g.prop("clash", [], ("القتال", 1), place=e_syr, time=t_year)
p_air = g.prop("airstrike", [], ("الغارات الجوية", 1), place=e_syr, time=t_year, quantities=[q_air])
g.claim(p_bomb, s_act)
g.claim(p_bomb, s_where)
g.claim(p_move, "author")
g.claim(p_mines, "author")
g.claim(p_flee, "author")
g.claim(p_ctrl, "author")
g.claim(p_fight, s_ngo)
g.claim(p_air, s_ngo2)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
