"""Second annotation (A8) of R-147-1 (Al Jazeera Net, 2017-03-06): SDF take six villages in the Raqqa and Deir
ez-Zor countryside and cut the road between the two cities; a Kurdish military source says all land routes
out of Raqqa are cut; ISIS holds Raqqa and Deir ez-Zor.

Judgement calls:
- Body starts at the article text: the headline is followed by the date, a font-size widget and a
  photo caption.
- The crawl has lost the linked names (SDF in the lede, "ريفي [الرقة] و[دير الزور]", "معارك مع [تنظيم
  الدولة]", "طائرات [التحالف]", "[وحدات حماية الشعب] الكردية", "بقيادة [واشنطن]", "وحليفتها [تركيا]");
  the holes are not annotated and the propositions they belong to lack those actors/places.
- The SDF's capture is claimed by the sources, by the SDF website, and by the author ("يمثل ذلك إنجازا").
- Cutting the road / all land routes out of Raqqa: siege of Raqqa (actual, by the sources and the Kurdish
  source); the campaign's aim to encircle and take Raqqa: siege and capture, intended (author).
- Coalition air support is one support proposition (SDF website and author); coalition special forces a
  second one (author). The US-ally dispute is not annotated as an event.
- "ست قرى" is not a conflict quantity.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-147-1", "outlet": "الجزيرة نت", "published": "2017-03-06", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
YPG = dict(actor="SDF.YPG", party="SDF", role="armed_group", canonical="People's Protection Units (YPG)")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
RAQQA = dict(canonical="Raqqa", place={"geonames_id": 172955, "name": "Ar Raqqah", "lat": 35.95283, "lon": 39.00788, "country": "SY", "admin1": "Ar-Raqqah"})

e_src = g.ent("مصادر", "PER", 1, nominal=True)
e_sdf2 = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
e_sdf3 = g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
e_isis3 = g.ent("التنظيم", "ORG", 1, after="قاعدة عمليات", nominal=True, **ISIS)
e_raq3 = g.ent("الرقة", "GPE", 1, **RAQQA)
g.ent("سوريا", "GPE", 1, after="( شمال", canonical="Syria",
      place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
e_ksrc = g.ent("مصدر عسكري كردي", "PER", nominal=True, actor="SDF", party="SDF", role="military", canonical="Kurdish military source")
e_sdf4 = g.ent("قوات سوريا الديمقراطية", "ORG", 3, **SDF)
e_raq4 = g.ent("الرقة", "GPE", 2, **RAQQA)
g.ent("نهر الفرات", "LOC", canonical="Euphrates", place=named("Euphrates River", None))
e_sdf5 = g.ent("قوات سوريا الديمقراطية", "ORG", 4, **SDF)
g.ent("وحدات حماية الشعب الكردية", "ORG", **YPG)
e_coal = g.ent("قوات التحالف الدولي", "ORG", **COAL)
e_sf = g.ent("قوات خاصة تابعة للتحالف", "ORG", nominal=True, actor="COALITION", party="USA", role="military", canonical="Coalition special forces")
g.ent("وحدات حماية الشعب", "ORG", 1, after="ومشاركة", **YPG)
g.ent("الرقة", "GPE", 3, **RAQQA)
g.ent("الولايات المتحدة", "GPE", canonical="United States", actor="USA", party="USA", role="government",
      place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
e_isis7 = g.ent("تنظيم الدولة", "ORG", **ISIS)
e_raq7 = g.ent("الرقة", "GPE", 4, **RAQQA)
e_dz = g.ent("محافظة دير الزور", "GPE", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
g.ent("المطار العسكري", "FAC", canonical="Deir ez-Zor Military Airport", place=named("Deir ez-Zor Military Airport", "SY", "Deir ez-Zor"))

t_nov = g.time("منذ نوفمبر / تشرين الثاني", "2016-11", "month", "since")
t_now = g.time("الآن", "2017-03-06", "day", "at")
t_2014 = g.time("منذ عام 2014", "2014", "year", "since")

s_src = g.stmt(("مصادر", 1, None, e_src), ("أفادت", 1), "assert",
               ("ما تسمى سيطرت على ست قرى في ريفي و , وقطعت الطريق الواصل بين المدينتين", 1))
s_sdf = g.stmt(("قوات سوريا الديمقراطية", 1, None, e_sdf2), ("قالت", 1, "وقالت قوات"), "assert",
               ("سيطرتها على هذه القرى بعد معارك مع وبدعم من طائرات", 1), medium=("موقعها الرسمي على الإنترنت", 1))
s_kurd = g.stmt(("مصدر عسكري كردي", 1, None, e_ksrc), ("قال", 1, "وقال مصدر"), "assert",
                ("تقدم قوات سوريا الديمقراطية يعني أن كل الطرق البرية للخروج من الرقة أصبحت الآن مقطوعة , وأن الطريق الوحيد المتبقي يقع عبر نهر الفرات جنوبا", 1))
s_kurd2 = g.stmt(("مصدر عسكري كردي", 1, None, e_ksrc), ("أضاف", 1, "وأضاف \""), "assert",
                 ("هذا انتصار كبير , لكن لا يزال هناك الكثير لتحقيقه", 1), direct=True)

p_take = g.prop("capture", [("agent", e_sdf2, "SDF")], ("سيطرت", 1), time=t_now)
p_siege = g.prop("siege", [("agent", e_sdf4, "SDF"), ("target", e_isis3, "ISIS")], ("قطعت الطريق", 1), place=e_raq4, time=t_now)
p_clash = g.prop("clash", [("agent", e_sdf2, "SDF")], ("معارك", 1))
p_air = g.prop("support", [("agent", e_coal, "USA"), ("partner", e_sdf5, "SDF")], ("دعما جويا", 1))
p_sf = g.prop("support", [("agent", e_sf, "USA"), ("partner", e_sdf5, "SDF")], ("دعما على الأرض", 1))
p_capraqqa = g.prop("capture", [("agent", e_sdf3, "SDF"), ("target", e_isis3, "ISIS")], ("والسيطرة عليها", 1), place=e_raq3, time=t_nov)
p_isisraq = g.prop("control", [("agent", e_isis7, "ISIS")], ("يسيطر", 1, "ويسيطر تنظيم"), place=e_raq7, time=t_2014)
p_isisdz = g.prop("control", [("agent", e_isis7, "ISIS")], ("كامل محافظة دير الزور", 1), place=e_dz, time=t_2014)

g.claim(p_take, s_src)
g.claim(p_take, s_sdf)
g.claim(p_take, "author")
g.claim(p_siege, s_src)
g.claim(p_siege, s_kurd)
g.claim(p_siege, "author", "affirm", "intended")
g.claim(p_clash, s_sdf)
g.claim(p_air, s_sdf)
g.claim(p_air, "author")
g.claim(p_sf, "author")
g.claim(p_capraqqa, "author", "affirm", "intended")
g.claim(p_isisraq, "author")
g.claim(p_isisdz, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
