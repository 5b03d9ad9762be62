"""Second annotation (A8) of R-147-7 (Al Arabiya, 2017-05-17): SDF take villages north and east of Raqqa;
SDF still 40 km west of the city; ISIS holds the south; SDF plan to advance from (Tabqa) westwards.

Judgement calls:
- The crawl starts mid-article (no headline) and has lost linked place names ("ريف الشرقي",
  "محافظة التي", "مدينة التي", "بلدة الواقعة"); these holes are not annotated as entities, and the
  propositions they belong to carry no place.
- "هذه القوات" is a nominal SDF mention.
- All of it is the author's voice: no statements.
- "لا تزال ... على بعد 40 كيلومترا" is annotated as an advance (the SDF's standing distance), with the 40 km.
- The planned advance towards the unnamed town carries the 35 km distance of that town from Raqqa.
- The Rashid/Abu Qubra capture is one proposition (one trigger), place the first village.
- "حركة عناصر داعش ممكنة" (movement still possible) is an inference, not annotated as a proposition.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-147-7", "outlet": "العربية", "published": "2017-05-17", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
RAQQA = dict(canonical="Raqqa", place={"geonames_id": 172955, "name": "Ar Raqqah", "lat": 35.95283, "lon": 39.00788, "country": "SY", "admin1": "Ar-Raqqah"})

e_sdf0 = g.ent("هذه القوات", "ORG", nominal=True, **SDF)
e_rash = g.ent("الرشيد", "GPE", canonical="Al-Rashid", place=named("Al-Rashid", "SY", "Ar-Raqqah"))
g.ent("أبو قبرة", "GPE", canonical="Abu Qubra", place=named("Abu Qubra", "SY", "Ar-Raqqah"))
g.ent("الرقة", "GPE", 1, **RAQQA)
e_sdf1 = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
e_raq2 = g.ent("الرقة", "GPE", 2, **RAQQA)
e_isis1 = g.ent("التنظيم", "ORG", 1, nominal=True, **ISIS)
e_raq3 = g.ent("الرقة", "GPE", 3, **RAQQA)
g.ent("داعش", "ORG", **ISIS)
e_sukh = g.ent("السخنة", "GPE", canonical="Al-Sukhnah", place=named("Al-Sukhnah", "SY", "Homs"))
e_sdf2 = g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
e_wraq = g.ent("ريف الرقة الغربي", "LOC", canonical="Western Raqqa countryside", place=named("Western Raqqa countryside", "SY", "Ar-Raqqah"))
g.ent("الرقة", "GPE", 1, after="35 كيلومترا", **RAQQA)

t24 = g.time("في الساعات ال - 24 الماضية", "2017-05-16/2017-05-17", "day", "at")
t_recent = g.time("مؤخرا", None, "vague", "before")
q40 = g.qty("40 كيلومترا", 40, "km")
q35 = g.qty("35 كيلومترا", 35, "km")

p_take = g.prop("capture", [("agent", e_sdf0, "SDF")], ("سيطرت", 1), place=e_rash, time=t24)
p_dist = g.prop("advance", [("agent", e_sdf1, "SDF")], ("على بعد", 1), place=e_raq2, quantities=[q40])
p_isisctrl = g.prop("control", [("agent", e_isis1, "ISIS")], ("يسيطر", 1), place=e_raq3)
p_sukh = g.prop("control", [("agent", None, "ISIS")], ("معقلهم", 1), place=e_sukh)
p_plan = g.prop("advance", [("agent", e_sdf2, "SDF")], ("للتقدم", 1), place=e_wraq, quantities=[q35])
p_tabqa = g.prop("capture", [("agent", e_sdf2, "SDF")], ("سيطرت", 1, "التي سيطرت"), time=t_recent)

g.claim(p_take, "author")
g.claim(p_dist, "author")
g.claim(p_isisctrl, "author")
g.claim(p_sukh, "author")
g.claim(p_plan, "author", "affirm", "planned")
g.claim(p_tabqa, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
