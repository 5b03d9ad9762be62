"""Gold analysis of R-117 article 0 (Al-Sharq, 2017-12-06): SOHR says Russian strikes killed 21 people in a village
east of the Euphrates in Deir ez-Zor, in support of the SDF.

Judgement calls:
- The headline is followed by section name, date, photo caption and tag label; the body starts at the text.
- SOHR: actor SOHR, no party. «التي يقودها الأكراد» is not an entity mention (ethnic group).
- ISIS "tried to attack the city earlier this week": attack with modality intended (the text does not say it failed).
- Russian strikes in support of the SDF (SOHR) and, in the author's voice, mainly in support of the government army:
  two `support` propositions, not a contradiction (both can hold).
- «متحالفين معه» is a nominal mention of pro-government allies (SYR.PGM)."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-117-0", "outlet": "الشرق", "published": "2017-12-06", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SOHR = dict(actor="SOHR", party=None, role="other", canonical="Syrian Observatory for Human Rights")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
EUPH = dict(canonical="Euphrates", place=named("Euphrates River", None))
DZG = dict(canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))

e_sohr = g.ent("المرصد السوري لحقوق الإنسان", "ORG", **SOHR)
e_euph = g.ent("نهر الفرات", "LOC", 1, **EUPH)
e_syr = g.ent("سوريا", "GPE", 1, canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
e_sohr2 = g.ent("المرصد", "ORG", 1, after="وأضاف", nominal=True, **SOHR)
e_dz2 = g.ent("محافظة دير الزور", "GPE", 1, **DZG)
e_sdf = g.ent("قوات سوريا الديمقراطية", "ORG", actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
e_isis2 = g.ent("تنظيم \" داعش \"", "ORG", 1, **ISIS)
e_rus = g.ent("روسيا", "GPE", canonical="Russia", actor="RUS", party="RUS", role="government",
              place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
e_dz3 = g.ent("محافظة دير الزور", "GPE", 2, **DZG)
e_army = g.ent("جيش النظام السوري", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
e_allies = g.ent("متحالفين معه", "ORG", nominal=True, actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
e_isis3 = g.ent("تنظيم \" داعش \"", "ORG", 2, **ISIS)
e_euph3 = g.ent("نهر الفرات", "LOC", 2, **EUPH)
e_dz4 = g.ent("دير الزور", "GPE", 1, after="الذي يقسم", canonical="Deir ez-Zor", place={"geonames_id": 170794, "name": "Deir ez-Zor", "lat": 35.33588, "lon": 40.14084, "country": "SY", "admin1": "Deir ez-Zor"})

t_wed = g.time("اليوم الأربعاء", "2017-12-06", "day", "at")
t_week = g.time("في وقت سابق هذا الأسبوع", "2017-12-04/2017-12-06", "week", "before")
q21 = g.qty("21 شخصا", 21, "people", "killed")

s1 = g.stmt(("المرصد السوري لحقوق الإنسان", 1, None, e_sohr), ("قال", 1), "assert",
            ("ضربات جوية روسية قتلت 21 شخصا في قرية على الجانب الشرقي من نهر الفرات في شرق سوريا", 1))
s2 = g.stmt(("المرصد", 1, "وأضاف", e_sohr2), ("أضاف", 1, "وأضاف"), "assert",
            ("الضربات في محافظة دير الزور جاءت لدعم قوات سوريا الديمقراطية التي يقودها الأكراد وتقاتل تنظيم \" داعش \" الذي حاول مهاجمة المدينة في وقت سابق هذا الأسبوع", 1))

p_air = g.prop("airstrike", [("agent", None, "RUS")], ("ضربات جوية روسية", 1), place=e_euph, time=t_wed)
p_cas = g.prop("casualties", [], ("قتلت", 1), place=e_euph, time=t_wed, quantities=[q21])
p_sup_sdf = g.prop("support", [("agent", None, "RUS"), ("partner", e_sdf, "SDF")], ("لدعم", 1), place=e_dz2, time=t_wed)
p_fight = g.prop("clash", [("agent", e_sdf, "SDF"), ("agent", e_isis2, "ISIS")], ("تقاتل", 1), place=e_dz2)
p_isis = g.prop("attack", [("agent", e_isis2, "ISIS")], ("مهاجمة", 1), time=t_week)
p_air2 = g.prop("airstrike", [("agent", e_rus, "RUS")], ("غارات جوية", 1), place=e_dz3)
p_sup_reg = g.prop("support", [("agent", e_rus, "RUS"), ("partner", e_army, "SYR")], ("لدعم", 2), place=e_dz3)
p_camp = g.prop("attack", [("agent", e_army, "SYR"), ("agent", e_allies, "SYR"), ("target", e_isis3, "ISIS")], ("حملة", 1), place=e_euph3)
p_adv = g.prop("advance", [("agent", e_army, "SYR"), ("agent", e_sdf, "SDF")], ("تقدم", 1, "وتقدم"), place=e_dz4)

g.claim(p_air, s1)
g.claim(p_cas, s1)
g.claim(p_sup_sdf, s2)
g.claim(p_fight, s2)
g.claim(p_isis, s2, "affirm", "intended")
g.claim(p_air2, "author")
g.claim(p_sup_reg, "author")
g.claim(p_camp, "author")
g.claim(p_adv, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
