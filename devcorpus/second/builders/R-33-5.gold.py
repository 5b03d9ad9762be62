"""Second annotation (A8) of R-33-5 (Mubasher): Australia will end its air strikes in Iraq and Syria after
three years in the US-led coalition; Defence Minister Marise Payne, via WAM.

Judgement calls:
- published: no date in URL or text beyond "اليوم الجمعة"; Payne's announcement after Iraq declared
  victory over ISIS (9 Dec 2017) was on Friday 2017-12-22: estimated.
- Body: headline, subtitle and dateline ("بغداد - مباشر :") kept; the headline and subtitle are the
  author's voice.
- Ending the strikes: the airstrike proposition for the time ahead, denied with modality planned; the past
  three years of strikes a separate airstrike proposition, affirmed actual.
- "بحسب وكالة الأنباء الإماراتية وام" is put as via on all of Payne's statements (the «وأضافت»,
  «وأشارت», «موضحة» ones continue the same WAM report).
- Payne's title "وزيرة الدفاع الأسترالية" is not a separate mention; the name is the source.
- "إعلان العراق النصر" is an embedded statement by Iraq inside Payne's words; the victory an "other".
- The 80 personnel and continued operations: deployment (continuing: actual for the 80, planned for
  "ستستمر").
- "لمدة 3 سنوات" resolved as the interval 2014/2017.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-33-5", "outlet": "مباشر", "published": "2017-12-22", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
AUS = dict(canonical="Australia", actor="AUS", party="AUS", role="government",
           place={"geonames_id": 2077456, "name": "Australia", "lat": -25.0, "lon": 135.0, "country": "AU", "admin1": None})
IRAQ = dict(canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
IRAQA = dict(IRAQ, actor="IRQ", party="IRQ", role="government")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
PAYNE = dict(canonical="Marise Payne", actor="AUS.GOV", party="AUS", role="government")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")

# headline, subtitle, dateline, lede
e_aus1 = g.ent("أستراليا", "GPE", 1, **AUS)
e_iq1 = g.ent("العراق", "GPE", 1, **IRAQ)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_aus2 = g.ent("أستراليا", "GPE", 2, **AUS)
g.ent("العراق", "GPE", 2, **IRAQ)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("بغداد", "GPE", canonical="Baghdad", place={"geonames_id": 98182, "name": "Baghdad", "lat": 33.34058, "lon": 44.40088, "country": "IQ", "admin1": "Baghdad"})
g.ent("مباشر", "ORG", 1, after="بغداد", actor="MUBASHER", party=None, role="media", canonical="Mubasher")
e_aus3 = g.ent("أستراليا", "GPE", 3, **AUS)
g.ent("العراق", "GPE", 3, **IRAQ)
g.ent("سوريا", "GPE", 3, **SYRIA)
e_isis1 = g.ent("تنظيم داعش", "ORG", 1, **ISIS)
# paragraph 2
e_payne = g.ent("ماريز باين", "PER", 1, **PAYNE)
e_isis2 = g.ent("تنظيم داعش الإرهابي", "ORG", **ISIS)
e_iq4 = g.ent("العراق", "GPE", 4, **IRAQ)
g.ent("سوريا", "GPE", 4, **SYRIA)
e_coal = g.ent("التحالف العسكري", "ORG", **COAL)
g.ent("الولايات المتحدة", "GPE", canonical="United States", actor="USA", party="USA", role="government",
      place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
e_wam = g.ent("وكالة الأنباء الإماراتية \" وام \"", "ORG", actor="ARE.MED", party="ARE", role="media", canonical="Emirates News Agency (WAM)")
# paragraph 3
e_payne2 = g.ent("ماريز باين", "PER", 2, **PAYNE)
e_iq5 = g.ent("العراق", "GPE", 5, **IRAQA)
e_isis3 = g.ent("تنظيم \" داعش \"", "ORG", **ISIS)
g.ent("العراق", "GPE", 6, **IRAQA)
g.ent("التحالف الدولي", "ORG", **COAL)
# paragraph 4
e_aus4 = g.ent("أستراليا", "GPE", 4, **AUS)
e_sotg = g.ent("مجموعة العمليات الخاصة", "ORG", actor="AUS.MIL", party="AUS", role="military", canonical="Australian Special Operations Task Group")
g.ent("العراق", "GPE", 7, **IRAQ)
g.ent("قوات خاصة", "ORG", nominal=True, actor="AUS.MIL", party="AUS", role="military", canonical="Australian special forces")

# times and quantities
t_3y1 = g.time("لمدة 3 سنوات", "2014/2017", "year", "at", 1)
t_3y2 = g.time("لمدة 3 سنوات", "2014/2017", "year", "at", 2)
t_fri = g.time("اليوم الجمعة", "2017-12-22", "day", "at")
t_3y3 = g.time("لمدة 3 سنوات", "2014/2017", "year", "at", 3)
q80 = g.qty("80 فردا", 80, "fighters")

# statements
s_aus = g.stmt(("أستراليا", 3, None, e_aus3), ("أكدت", 1), "confirm",
               ("ستوقف الضربات الجوية في العراق سوريا عقب مشاركتها في الحرب على تنظيم داعش لمدة 3 سنوات", 1))
WAM = ("وكالة الأنباء الإماراتية \" وام \"", 1, None, e_wam)
s_end = g.stmt(("ماريز باين", 1, None, e_payne), ("قال", 1, "وقال وزيرة"), "assert",
               ("بلادها ستنهي الضربات الجوية ضد تنظيم داعش الإرهابي في العراق وسوريا , وتعيد طائراتها من طراز \" سوبر هورنيت \" بعد مشاركتها لمدة 3 سنوات في التحالف العسكري , الذي تقوده الولايات المتحدة", 1),
               via=[WAM])
s_why = g.stmt(("ماريز باين", 2, None, e_payne2), ("أضافت", 1, "وأضافت"), "assert",
               ("القرار اتخذ بعد إعلان العراق النصر على تنظيم \" داعش \" , وعقب مناقشات بهذا الخصوص مع العراق ومع أعضاء التحالف الدولي", 1),
               via=[WAM])
s_iraq = g.stmt(("العراق", 5, None, e_iq5), ("إعلان", 1), "assert", ("النصر على تنظيم \" داعش \"", 1), embedded_in=s_why)
s_cont = g.stmt(("ماريز باين", 2, None, e_payne2), ("أشارت إلى أن", 1), "assert",
                ("عمليات أستراليا في المنطقة ستستمر", 1), via=[WAM])
s_80 = g.stmt(("ماريز باين", 2, None, e_payne2), ("موضحة أن", 1), "assert",
              ("80 فردا يشاركون في مجموعة العمليات الخاصة بالعراق , ويشمل ذلك قوات خاصة سيواصلون مهمتهم", 1), via=[WAM])

# propositions
p_future = g.prop("airstrike", [("agent", e_aus1, "AUS"), ("target", e_isis2, "ISIS")], ("ستوقف", 1), place=e_iq1)
p_past = g.prop("airstrike", [("agent", e_aus2, "AUS"), ("partner", e_coal, "USA"), ("target", e_isis1, "ISIS")],
                ("الضربات الجوية", 1), place=e_iq1, time=t_3y1)
p_jets = g.prop("withdrawal", [("agent", None, "AUS")], ("تعيد طائراتها", 1), place=e_iq4)
p_victory = g.prop("other", [("agent", e_iq5, "IRQ"), ("target", e_isis3, "ISIS")], ("النصر", 1))
p_stay = g.prop("deployment", [("agent", e_sotg, "AUS")], ("ستستمر", 1), quantities=[q80])

# claims
g.claim(p_future, "author", "deny", "planned")
g.claim(p_future, s_aus, "deny", "planned")
g.claim(p_future, s_end, "deny", "planned")
g.claim(p_past, "author")
g.claim(p_past, s_aus)
g.claim(p_past, s_end)
g.claim(p_jets, s_end, "affirm", "planned")
g.claim(p_victory, s_iraq)
g.claim(p_stay, s_cont, "affirm", "planned")
g.claim(p_stay, s_80)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
