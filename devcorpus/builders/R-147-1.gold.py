"""Gold analysis of R-147 article 1 (Al Jazeera Net, 2017-03-06): the SDF take six villages in the Raqqa and
Deir ez-Zor countryside and cut the road between the two cities.

Judgement calls:
- The crawl dropped hyperlinked names (e.g. «ما تسمى [قوات سوريا الديمقراطية] ... ريفي [الرقة] و[دير الزور]»,
  «معارك مع [تنظيم الدولة]», «طائرات [التحالف]», «بقيادة [واشنطن]», «وحليفتها [تركيا]»); only names present in
  the text are annotated, and the statement contents are quoted as they stand.
- Body = headline, date line, photo caption with its credit «( ناشطون )» (as in the Al Jazeera dev article),
  and text. «ناشطون» in the caption credit is a nominal PER, not a statement.
- Cutting the Raqqa-Deir ez-Zor road and "all land routes out of Raqqa are now cut" are one `siege`
  proposition (SDF isolating Raqqa); the campaign's aim to take Raqqa is a `capture` with modality intended.
- «معارك مع» with the enemy name missing: a clash with the SDF as only named actor.
- Coalition air support (in SDF's statement and in the author's voice) is one `support` proposition; ground
  support from coalition special forces another.
- ISIS control of Raqqa and Deir ez-Zor since 2014: author control claim (place: Raqqa).
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-147-1", "outlet": "الجزيرة نت", "published": "2017-03-06", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
RAQQA = dict(canonical="Raqqa", place={"geonames_id": 172955, "name": "Ar Raqqah", "lat": 35.95283, "lon": 39.00788, "country": "SY", "admin1": "Raqqa"})
DEZ = dict(canonical="Deir ez-Zor", place={"geonames_id": 170794, "name": "Deir ez-Zor", "lat": 35.33588, "lon": 40.14084, "country": "SY", "admin1": "Deir ez-Zor"})
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
YPG = dict(actor="SDF.YPG", party="SDF", role="armed_group", canonical="People's Protection Units (YPG)")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")

e_sdf0 = g.ent("سوريا الديمقراطية", "ORG", 1, **SDF)
e_raq0 = g.ent("الرقة", "GPE", 1, **RAQQA)
g.ent("دير الزور", "GPE", 1, **DEZ)
t_pub = g.time("6 / 3 / 2017", "2017-03-06", "day", "at")
e_sdfc = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
g.ent("الرقة", "GPE", 2, **RAQQA)
g.ent("دير الزور", "GPE", 2, **DEZ)
g.ent("ناشطون", "PER", nominal=True)
e_src = g.ent("مصادر", "PER", 1, nominal=True)
e_sdf2 = g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
e_sdf3 = g.ent("قوات سوريا الديمقراطية", "ORG", 3, **SDF)
e_isis3 = g.ent("التنظيم", "ORG", 1, nominal=True, **ISIS)
e_raq3 = g.ent("مدينة الرقة", "GPE", **RAQQA)
g.ent("سوريا", "GPE", 1, after="( شمال", canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
e_kurd = g.ent("مصدر عسكري كردي", "PER", nominal=True, actor="SDF", party="SDF", role="military")
g.ent("قوات سوريا الديمقراطية", "ORG", 4, **SDF)
g.ent("الرقة", "GPE", 1, after="للخروج من", **RAQQA)
g.ent("نهر الفرات", "LOC", canonical="Euphrates", place=named("Euphrates River", None))
e_sdf5 = g.ent("قوات سوريا الديمقراطية", "ORG", 5, **SDF)
g.ent("وحدات حماية الشعب الكردية", "ORG", **YPG)
e_coal = g.ent("قوات التحالف الدولي", "ORG", **COAL)
e_sf = g.ent("قوات خاصة تابعة للتحالف", "ORG", nominal=True, **COAL)
g.ent("وحدات حماية الشعب", "ORG", 1, after="ومشاركة", **YPG)
g.ent("الرقة", "GPE", 1, after="من أجل السيطرة على", **RAQQA)
g.ent("الولايات المتحدة", "GPE", canonical="United States", actor="USA", party="USA", role="government",
      place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
e_isis7 = g.ent("تنظيم الدولة", "ORG", 1, **ISIS)
e_raq7 = g.ent("الرقة", "GPE", 1, after="منذ عام 2014 على", **RAQQA)
g.ent("محافظة دير الزور", "GPE", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
g.ent("المطار العسكري", "FAC", nominal=True, canonical="Deir ez-Zor Military Airport", place=named("Deir ez-Zor Military Airport", "SY", "Deir ez-Zor"))

t_nov = g.time("منذ نوفمبر / تشرين الثاني", "2016-11", "month", "since")
t_now = g.time("الآن", "2017-03-06", "day", "at")
t_2014 = g.time("منذ عام 2014", "2014", "year", "since")
q6a = g.qty("ست قرى", 6, "villages", nth=1)
q6b = g.qty("ست قرى", 6, "villages", nth=2)

s_src = g.stmt(("مصادر", 1, None, e_src), ("أفادت", 1), "assert",
               ("ما تسمى سيطرت على ست قرى في ريفي و , وقطعت الطريق الواصل بين المدينتين", 1))
s_sdf = g.stmt(("قوات سوريا الديمقراطية", 2, None, e_sdf2), ("قالت", 1, "وقالت"), "assert",
               ("سيطرتها على هذه القرى بعد معارك مع وبدعم من طائرات", 1),
               medium=("موقعها الرسمي على الإنترنت", 1))
s_kurd = g.stmt(("مصدر عسكري كردي", 1, None, e_kurd), ("قال", 1, "وقال مصدر"), "assert",
                ("تقدم قوات سوريا الديمقراطية يعني أن كل الطرق البرية للخروج من الرقة أصبحت الآن مقطوعة , وأن الطريق الوحيد المتبقي يقع عبر نهر الفرات جنوبا", 1))
s_kurd2 = g.stmt(("مصدر عسكري كردي", 1, None, e_kurd), ("أضاف", 1, "وأضاف"), "assert",
                 ("هذا انتصار كبير , لكن لا يزال هناك الكثير لتحقيقه", 1), direct=True)

p_cap = g.prop("capture", [("agent", e_sdfc, "SDF")], ("سيطرت", 1), place=e_raq0, time=t_pub, quantities=[q6a, q6b])
p_cut = g.prop("siege", [("agent", e_sdf0, "SDF"), ("target", e_isis3, "ISIS")], ("تقطع", 1), place=e_raq0, time=t_now)
p_clash = g.prop("clash", [("agent", e_sdf2, "SDF")], ("معارك", 1), time=t_pub)
p_air = g.prop("support", [("agent", e_coal, "USA"), ("partner", e_sdf5, "SDF")], ("دعما جويا", 1))
p_ground = g.prop("support", [("agent", e_sf, "USA"), ("partner", e_sdf5, "SDF")], ("دعما على الأرض", 1))
p_raqqa = g.prop("capture", [("agent", e_sdf3, "SDF"), ("target", e_isis3, "ISIS")], ("السيطرة", 1, "لتطويق"), place=e_raq3, time=t_nov)
p_isis = g.prop("control", [("agent", e_isis7, "ISIS")], ("يسيطر", 1, "ويسيطر"), place=e_raq7, time=t_2014)

g.claim(p_cap, "author")
g.claim(p_cap, s_src)
g.claim(p_cap, s_sdf)
g.claim(p_cut, "author")
g.claim(p_cut, s_src)
g.claim(p_cut, s_kurd)
g.claim(p_clash, s_sdf)
g.claim(p_air, s_sdf)
g.claim(p_air, "author")
g.claim(p_ground, "author")
g.claim(p_raqqa, "author", "affirm", "intended")
g.claim(p_isis, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
