"""Second annotation (A8) of R-583-2 (Orient Net): ISIS car bombs kill about 100 displaced people at the Abu Fas
camp in Hasakah; the regime health directorate moves the wounded to Qamishli; aid groups on civilian deaths.

Judgement calls:
- published: the Abu Fas car bombing was on Thursday 2017-10-12 and the text says "أمس", so 2017-10-13,
  estimated (the page's publication date field is empty).
- Body starts at the article text: the headline is followed by a photo caption and page furniture
  ("تاريخ النشر : حجم الخط كلمات مفتاحية"), so it does not stand cleanly.
- The bombing carries the 100-killed count itself (no separate casualties proposition), as in V-33-6.
- Paragraphs 3 and 5 are the author's voice; the victims being evacuated makes the author affirm the bombing.
- "كما وجهت نداء استغاثة" is a demand by the health directorate (source carried over from paragraph 3).
- Asayish: party SDF (Kurdish-led security in Hasakah).
- "مشفى مدينة القامشلي" annotated as the GPE القامشلي only (the hospital is not named).
- "حذرت" (warned) is stance assert.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-583-2", "outlet": "أورينت نت", "published": "2017-10-13", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HASG = dict(canonical="Al-Hasakah Governorate", place=named("Al-Hasakah Governorate", "SY", "Al-Hasakah"))
HASC = dict(canonical="Al-Hasakah", place=named("Al-Hasakah", "SY", "Al-Hasakah"))
DEZ = dict(canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})

e_act = g.ent("ناشطون سوريون", "PER", nominal=True)
e_isis1 = g.ent("تنظيم داعش", "ORG", **ISIS)
e_has1 = g.ent("محافظة الحسكة", "GPE", **HASG)
e_camp = g.ent("مخيم أبو فاس", "FAC", canonical="Abu Fas camp", place=named("Abu Fas camp", "SY", "Al-Hasakah"))
g.ent("دير الزور", "GPE", 1, **DEZ)
g.ent("الحسكة", "GPE", 1, after="دير الزور و", **HASG)
g.ent("دير الزور", "GPE", 2, **DEZ)
g.ent("قوة الأمن الكردية", "ORG", actor="SDF.SEC", party="SDF", role="military", canonical="Asayish")
g.ent("الأسايش", "ORG", actor="SDF.SEC", party="SDF", role="military", canonical="Asayish")
e_dir = g.ent("مديرية الصحة التابعة لنظام الأسد", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Hasakah health directorate (government)")
g.ent("الحسكة", "GPE", 1, after="لنظام الأسد ب", **HASC)
g.ent("القامشلي", "GPE", canonical="Qamishli", place=named("Al-Qamishli", "SY", "Al-Hasakah"))
g.ent("الحسكة", "GPE", 1, after="مشافي", **HASC)
e_isis2 = g.ent("تنظيم الدولة", "ORG", **ISIS)
e_ngo = g.ent("منظمات إغاثة دولية", "ORG", nominal=True, canonical="International aid organisations")
e_syr = g.ent("سوريا", "GPE", **SYRIA)

t_yday = g.time("أمس", "2017-10-12", "day", "at")
t_year = g.time("هذا العام", "2017", "year", "at")
q100 = g.qty("قرابة ال - 100 شخص على الأقل", 100, "people", "killed")

s_kill = g.stmt(("ناشطون سوريون", 1, None, e_act), ("قال", 1), "assert",
                ("مهاجمين من تنظيم داعش , قتلوا قرابة ال - 100 شخص على الأقل في هجوم بسيارات ملغومة أمس استهدف مجموعة من النازحين في محافظة الحسكة", 1))
s_where = g.stmt(("ناشطون سوريون", 1, None, e_act), ("أوضحوا أن", 1), "assert",
                 ("الهجوم وقع في مخيم أبو فاس قرب الحدود بين محافظتي دير الزور والحسكة , وأن من بين الشهداء نازحين من دير الزور , بالإضافة إلى أعضاء بقوة الأمن الكردية المعروفة باسم ميليشيا \" الأسايش", 1))
s_blood = g.stmt(("مديرية الصحة التابعة لنظام الأسد", 1, None, e_dir), ("وجهت نداء استغاثة", 1), "demand",
                 ("للجميع من أجل التبرع بالدم", 1))
s_warn = g.stmt(("منظمات إغاثة دولية", 1, None, e_ngo), ("حذرت من أن", 1), "assert",
                ("القتال في شرق سوريا هو الأسوأ من نوعه في البلاد هذا العام", 1))
s_air = g.stmt(("منظمات إغاثة دولية", 1, None, e_ngo), ("مشيرة إلى أن", 1), "assert",
               ("الغارات الجوية تسببت في مقتل مئات المدنيين", 1))

p_bomb = g.prop("bombing", [("agent", e_isis1, "ISIS")], ("هجوم بسيارات ملغومة", 1), place=e_camp, time=t_yday, quantities=[q100])
p_mines = g.prop("bombing", [], ("الألغام", 1))
p_flee = g.prop("displacement", [], ("هروبهم", 1))
p_isisctrl = g.prop("control", [("agent", e_isis2, "ISIS")], ("سيطرة", 1))
p_fight = g.prop("clash", [], ("القتال", 1), place=e_syr, time=t_year)
p_air = g.prop("airstrike", [], ("الغارات الجوية", 1), place=e_syr, time=t_year)

g.claim(p_bomb, s_kill)
g.claim(p_bomb, s_where)
g.claim(p_bomb, "author")
g.claim(p_mines, "author")
g.claim(p_flee, "author")
g.claim(p_isisctrl, "author")
g.claim(p_fight, s_warn)
g.claim(p_air, s_air)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
