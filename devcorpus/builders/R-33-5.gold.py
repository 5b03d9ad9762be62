"""Gold analysis of R-33-5 (مباشر, estimated 2017-12-22): Australia says it will end its air strikes in Iraq
and Syria after three years in the US-led coalition; defence minister Marise Payne via WAM.

Judgement calls:
- Published: no date in URL or text; «اليوم الجمعة» and Iraq's victory declaration place it on Friday
  2017-12-22 (Payne's announcement) — estimated.
- Body starts at the headline (second copy, clean), includes the sub-heading and the dateline.
- Ending the strikes and bringing the Super Hornets home is one `withdrawal` (agent Australia),
  modality planned; the three years of strikes are an `airstrike` affirmed by the author.
- «بحسب وكالة الأنباء الإماراتية وام» is `via` for Payne's first statement only (it is attached there);
  her later «وأضافت / وأشارت / موضحة» statements are not given a via.
- Iraq's «إعلان النصر» is a statement embedded in Payne's; the 80 special-operations personnel are a
  `deployment` (planned to continue / actual).
- «لمدة 3 سنوات» (three occurrences) annotated as times with an interval value 2014/2017.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-33-5", "outlet": "مباشر", "published": "2017-12-22", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
AUS = dict(canonical="Australia", actor="AUS", party="AUS", role="government", place=named("Australia", "AU"))
IRAQ = dict(canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
IRAQG = dict(IRAQ, actor="IRQ", party="IRQ", role="government")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
PAYNE = dict(actor="AUS.GOV", party="AUS", role="government", canonical="Marise Payne")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")

e_aus0 = g.ent("أستراليا", "GPE", 1, **AUS)
e_iq0 = g.ent("العراق", "GPE", 1, **IRAQ)
e_sy0 = g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("أستراليا", "GPE", 2, **AUS)
g.ent("العراق", "GPE", 2, **IRAQ)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("بغداد", "GPE", canonical="Baghdad", place={"geonames_id": 98182, "name": "Baghdad", "lat": 33.34058, "lon": 44.40088, "country": "IQ", "admin1": "Baghdad"})
g.ent("مباشر", "ORG", canonical="Mubasher", actor="MUBASHER", party=None, role="media")
e_aus1 = g.ent("أستراليا", "GPE", 3, **AUS)
g.ent("العراق", "GPE", 3, **IRAQ)
g.ent("سوريا", "GPE", 3, **SYRIA)
e_isis1 = g.ent("تنظيم داعش", "ORG", 1, **ISIS)
e_payne1 = g.ent("ماريز باين", "PER", 1, **PAYNE)
g.ent("تنظيم داعش الإرهابي", "ORG", **ISIS)
g.ent("العراق", "GPE", 4, **IRAQ)
g.ent("سوريا", "GPE", 4, **SYRIA)
e_coal = g.ent("التحالف العسكري", "ORG", nominal=True, **COAL)
g.ent("الولايات المتحدة", "GPE", canonical="United States", actor="USA", party="USA", role="government", place=named("United States", "US"))
e_wam = g.ent("وكالة الأنباء الإماراتية \" وام \"", "ORG", canonical="Emirates News Agency (WAM)", actor="ARE.MED", party="ARE", role="media")
e_payne2 = g.ent("ماريز باين", "PER", 2, **PAYNE)
e_iq5 = g.ent("العراق", "GPE", 5, **IRAQG)
g.ent("تنظيم \" داعش \"", "ORG", **ISIS)
g.ent("العراق", "GPE", 6, **IRAQG)
g.ent("التحالف الدولي", "ORG", **COAL)
g.ent("أستراليا", "GPE", 4, **AUS)
e_iq7 = g.ent("العراق", "GPE", 7, **IRAQ)

t_3y1 = g.time("لمدة 3 سنوات", "2014/2017", "year", "vague", 1)
g.time("لمدة 3 سنوات", "2014/2017", "year", "vague", 2)
g.time("لمدة 3 سنوات", "2014/2017", "year", "vague", 3)
t_fri = g.time("اليوم الجمعة", "2017-12-22", "day", "at")
q80 = g.qty("80 فردا", 80, "fighters")

s1 = g.stmt(("أستراليا", 3, None, e_aus1), ("أكدت", 1), "confirm", ("ستوقف الضربات الجوية في العراق سوريا", 1))
s2 = g.stmt(("ماريز باين", 1, None, e_payne1), ("قال", 1, "وقال وزيرة"), "assert",
            ("بلادها ستنهي الضربات الجوية ضد تنظيم داعش الإرهابي في العراق وسوريا , وتعيد طائراتها من طراز \" سوبر هورنيت \" بعد مشاركتها لمدة 3 سنوات في التحالف العسكري , الذي تقوده الولايات المتحدة", 1),
            via=[("وكالة الأنباء الإماراتية \" وام \"", 1, None, e_wam)])
s3 = g.stmt(("ماريز باين", 2, None, e_payne2), ("أضافت", 1, "وأضافت"), "assert",
            ("القرار اتخذ بعد إعلان العراق النصر على تنظيم \" داعش \" , وعقب مناقشات بهذا الخصوص مع العراق ومع أعضاء التحالف الدولي", 1))
s4 = g.stmt(("العراق", 5, None, e_iq5), ("إعلان", 1), "assert", ("النصر على تنظيم \" داعش \"", 1), embedded_in=s3)
s5 = g.stmt(("ماريز باين", 2, None, e_payne2), ("أشارت إلى أن", 1), "assert", ("عمليات أستراليا في المنطقة ستستمر", 1))
s6 = g.stmt(("ماريز باين", 2, None, e_payne2), ("موضحة أن", 1), "assert",
            ("80 فردا يشاركون في مجموعة العمليات الخاصة بالعراق , ويشمل ذلك قوات خاصة سيواصلون مهمتهم", 1))

p_strikes = g.prop("airstrike", [("agent", e_aus0, "AUS"), ("target", e_isis1, "ISIS"), ("partner", e_coal, "USA")],
                   ("الضربات الجوية", 1), place=e_iq0, time=t_3y1)
p_end = g.prop("withdrawal", [("agent", e_aus0, "AUS")], ("ستوقف", 1), place=e_iq0, time=t_fri)
p_victory = g.prop("other", [("agent", e_iq5, "IRQ"), ("target", None, "ISIS")], ("النصر", 1))
p_ops = g.prop("deployment", [("agent", e_aus1, "AUS")], ("يشاركون", 1), place=e_iq7, quantities=[q80])

g.claim(p_strikes, "author")
g.claim(p_end, "author", "affirm", "planned")
g.claim(p_end, s1, "affirm", "planned")
g.claim(p_end, s2, "affirm", "planned")
g.claim(p_strikes, s2)
g.claim(p_victory, s3)
g.claim(p_victory, s4)
g.claim(p_ops, s5, "affirm", "planned")
g.claim(p_ops, s6)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
