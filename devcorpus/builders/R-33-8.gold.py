"""Gold analysis of unifiedfc R-33 article 8 (Map News, Friday 2017-12-22): Australia ends its air
operations against ISIS in Iraq and Syria and brings its six Super Hornets home.

Judgement calls:
- The crawl dropped hashtagged words ("# الأسترالية", "# الدولي", "# و # العراق"); spans follow the
  text as it stands. The headline sits among timestamp junk; the body starts at the first sentence.
- The first statement's source is only the garbled "# الأسترالية" (the Australian government); the
  source span is that adjective, with no entity link.
- Withdrawal of the Australian jets: announced as done by the government ("انتهاء المهام", actual) and
  as planned by the defence minister (ستنهي / سنعيد, planned): not a contradiction.
- "إعلان العراق النصر على داعش" is an embedded statement inside Payne's explanation; Iraq's victory
  over ISIS is an "other" proposition.
- "يذكر أن أستراليا تشارك ..." is the author's voice (support within the US-led coalition since 2014).
- Quantities: six aircraft, 80 personnel.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
IRAQ = dict(canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
AUS = dict(canonical="Australia", actor="AUS", party="AUS", role="government",
           place={"geonames_id": 2077456, "name": "Australia", "lat": -25.0, "lon": 135.0, "country": "AU", "admin1": None})
USA_ = dict(canonical="United States", actor="USA", party="USA", role="government",
            place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
ME = dict(canonical="Middle East", place=named("Middle East"))
PAYNE = dict(actor="AUS.GOV", party="AUS", role="government", canonical="Marise Payne")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-33-8", "outlet": "ماب نيوز", "published": "2017-12-22", "url": None, "title": None})

e_isis1 = g.ent("داعش", "ORG", 1, **ISIS)
e_iq1 = g.ent("العراق", "GPE", 1, **IRAQ)
g.ent("وزيرة الدفاع الاسترالية", "PER", nominal=True, **PAYNE)
e_payne = g.ent("ماريز باين", "PER", **PAYNE)
e_isis2 = g.ent("تنظيم داعش", "ORG", **ISIS)
e_iq2 = g.ent("العراق", "GPE", 2, **IRAQ)
g.ent("سوريا", "GPE", canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
e_coal1 = g.ent("التحالف", "ORG", 1, nominal=True, **COAL)
g.ent("الولايات المتحدة", "GPE", 1, **USA_)
g.ent("الشرق الأوسط", "LOC", 1, **ME)
e_off = g.ent("المسؤولة الأسترالية", "PER", nominal=True, **PAYNE)
e_iq3 = g.ent("العراق", "GPE", 3, actor="IRQ.GOV", party="IRQ", role="government", **IRAQ)
e_isis3 = g.ent("داعش", "ORG", 3, **ISIS)
g.ent("العراق", "GPE", 4, actor="IRQ.GOV", party="IRQ", role="government", **IRAQ)
g.ent("التحالف الدولي", "ORG", **COAL)
g.ent("الشرق الأوسط", "LOC", 2, **ME)
e_aus1 = g.ent("أستراليا", "GPE", 1, **AUS)
e_iq5 = g.ent("العراق", "GPE", 5, **IRAQ)
e_sf = g.ent("قوات خاصة استرالية", "ORG", nominal=True, actor="AUS.MIL", party="AUS", role="military", canonical="Australian special forces")
e_aus2 = g.ent("أستراليا", "GPE", 2, **AUS)
g.ent("الولايات المتحدة", "GPE", 2, **USA_)
g.ent("داعش", "ORG", 4, **ISIS)

t_fri = g.time("اليوم الجمعة", "2017-12-22", "day", "at")
t_2014 = g.time("منذ عام 2014", "2014", "year", "since")
q6 = g.qty("طائراتنا الست", 6, "aircraft")
q80 = g.qty("80 فردا", 80, "personnel")

s_gov = g.stmt(("الأسترالية", 1), ("أعلنت", 1), "assert",
               ("انتهاء المهام الموكلة ل - # قواتها العسكرية المشاركة ضمن # الدولي لمحاربة داعش , في # و # العراق , بعد تحقيق النصر على # المتطرف", 1))
s_end = g.stmt(("ماريز باين", 1, None, e_payne), ("أكدت", 1), "confirm",
               ("بلادها ستنهي # الجوية ضد تنظيم داعش في العراق وسوريا وتعيد طائراتها من طراز # هورنيت بعد مشاركتها لمدة ثلاث سنوات في التحالف الذي تقوده الولايات المتحدة في الشرق الأوسط", 1))
s_why = g.stmt(("المسؤولة الأسترالية", 1, None, e_off), ("أوضحت", 1), "assert",
               ("القرار ات خذ بعد إعلان العراق النصر على داعش", 1), medium=("في # صحفي", 1))
s_iraq = g.stmt(("العراق", 3, None, e_iq3), ("إعلان", 1), "assert", ("النصر على داعش", 1, "إعلان العراق"), embedded_in=s_why)
s_jets = g.stmt(("المسؤولة الأسترالية", 1, None, e_off), ("مضيفة", 1), "assert",
                ("بعد مناقشات مع العراق ومع الدول أعضاء التحالف الدولي قررت # الأسترالية أننا سنعيد من الشرق الأوسط إلى الوطن طائراتنا الست من طراز سوبر هورنيت", 1),
                direct=True)
s_long = g.stmt(("المسؤولة الأسترالية", 1, None, e_off), ("أردفت", 1), "assert",
                ("المهمة كانت طويلة وشاقة , قدم كل أفرادنا # استثنائية", 1), direct=True)
s_stay = g.stmt(("المسؤولة الأسترالية", 1, None, e_off), ("مشيرة", 1), "assert",
                ("عمليات أستراليا في المنطقة ستستمر وأن 80 فردا يشاركون في مجموعة العمليات الخاصة بالعراق ويشمل ذلك قوات خاصة استرالية سيواصلون مهمتهم", 1))

p_wd = g.prop("withdrawal", [("agent", e_aus1, "AUS")], ("انتهاء المهام", 1), place=e_iq1, time=t_fri, quantities=[q6])
g.claim(p_wd, s_gov)
g.claim(p_wd, s_end, "affirm", "planned")
g.claim(p_wd, s_jets, "affirm", "planned")
p_air = g.prop("airstrike", [("agent", e_aus1, "AUS"), ("target", e_isis2, "ISIS")], ("الجوية", 1), place=e_iq2)
g.claim(p_air, s_end)
p_sup = g.prop("support", [("agent", e_aus2, "AUS"), ("partner", e_coal1, "USA")], ("تشارك", 1), time=t_2014)
g.claim(p_sup, "author")
p_vic = g.prop("other", [("agent", e_iq3, "IRQ"), ("target", e_isis3, "ISIS")], ("النصر", 1, "إعلان العراق"), place=e_iq3)
g.claim(p_vic, s_iraq)
g.claim(p_vic, s_gov)
p_stay = g.prop("deployment", [("agent", e_sf, "AUS")], ("سيواصلون", 1), place=e_iq5, quantities=[q80])
g.claim(p_stay, s_stay)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
