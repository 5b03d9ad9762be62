"""Gold analysis of R-147 article 7 (Al Arabiya, 2017-05-17): SDF take villages north and east of Raqqa;
ISIS still holds the south of the city and its road to al-Sukhnah. The crawl dropped several place names
(«ريف الشرقي», «محافظة التي», «مدينة التي», «بلدة الواقعة»): those gaps get no entity; the events they
belong to keep a null place.
Judgement calls: the body starts mid-article (the crawl's first line). «هذه القوات» is a nominal SDF
mention. The SDF standing 40 km from Raqqa is typed `other` (a position, not a movement). «هذا التقدم»
refers back to the village captures and is not a new proposition. «حركة ... ممكنة» is an `other`
proposition with modality possible. All claims are the author's (no reported speech)."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-147-7", "outlet": "العربية", "published": "2017-05-17", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
RAQQA = dict(canonical="Raqqa", place={"geonames_id": 172955, "name": "Ar Raqqah", "lat": 35.95283, "lon": 39.00788, "country": "SY", "admin1": "Raqqa"})
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")

e_sdf0 = g.ent("هذه القوات", "ORG", nominal=True, **SDF)
e_rash = g.ent("الرشيد", "GPE", canonical="Al-Rashid", place=named("Al-Rashid", "SY", "Raqqa"))
e_abuq = g.ent("أبو قبرة", "GPE", canonical="Abu Qubra", place=named("Abu Qubra", "SY", "Raqqa"))
g.ent("الرقة", "GPE", 1, **RAQQA)
e_sdf2 = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
e_raq2 = g.ent("الرقة", "GPE", 2, **RAQQA)
e_isis2 = g.ent("التنظيم", "ORG", 1, nominal=True, **ISIS)
e_raq3 = g.ent("الرقة", "GPE", 3, **RAQQA)
e_isis3 = g.ent("داعش", "ORG", 1, **ISIS)
e_sukh = g.ent("السخنة", "GPE", canonical="Al-Sukhnah", place=named("Al-Sukhnah", "SY", "Homs"))
e_sdf5 = g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
e_wraq = g.ent("ريف الرقة الغربي", "LOC", canonical="Western Raqqa countryside", place=named("Western Raqqa countryside", "SY", "Raqqa"))
g.ent("الرقة", "GPE", 1, after="تبعد 35", **RAQQA)

t_24 = g.time("في الساعات ال - 24 الماضية", "2017-05-16/2017-05-17", "day", "at")
t_rec = g.time("مؤخرا", None, "vague", "before")
q40 = g.qty("40 كيلومترا", 40, "km")
q35 = g.qty("35 كيلومترا", 35, "km")

p_rash = g.prop("capture", [("agent", e_sdf0, "SDF")], ("سيطرت", 1), place=e_rash, time=t_24)
p_abuq = g.prop("capture", [("agent", e_sdf0, "SDF")], ("سيطرت", 1), place=e_abuq, time=t_24)
p_pos = g.prop("other", [("agent", e_sdf2, "SDF")], ("على بعد", 1), place=e_raq2, quantities=[q40])
p_south = g.prop("control", [("agent", e_isis2, "ISIS")], ("يسيطر", 1), place=e_raq3)
p_move = g.prop("other", [("agent", e_isis3, "ISIS")], ("حركة", 1), place=e_raq3)
p_sukh = g.prop("control", [("agent", e_isis3, "ISIS")], ("معقلهم", 1), place=e_sukh)
p_gov = g.prop("control", [("agent", e_isis3, "ISIS")], ("يسيطرون", 1))
p_plan = g.prop("advance", [("agent", e_sdf5, "SDF")], ("للتقدم", 1), place=e_wraq, quantities=[q35])
p_city = g.prop("capture", [("agent", e_sdf5, "SDF")], ("سيطرت", 1, "مدينة التي"), time=t_rec)

for p in (p_rash, p_abuq, p_pos, p_south, p_sukh, p_gov, p_city):
    g.claim(p, "author")
g.claim(p_move, "author", "affirm", "possible")
g.claim(p_plan, "author", "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
