"""Gold analysis of V-605-9 (جيرون, 2017-11-28): Yildirim and Boris Johnson discuss Syria (Turkish PM's office
sources via Anadolu); Turkish defence minister Canikli says an Afrin operation may be near; observation
posts; Erdogan on extending the Idlib operation to Afrin.

Judgement calls:
- Body starts at the article text: the headline is followed by site furniture and a misleading 2018
  update stamp.
- The lede's «قال فيه وزير الدفاع التركي : إن ...» is a statement by the (nominal) minister; his later
  statements name him (نور الدين جانيكلي, الوزير التركي).
- Paragraph 1-2: «قالت مصادر في رئاسة الوزراء التركية ... وفق وكالة الأناضول» → via Anadolu; Yildirim's
  «أكد» quote is embedded in the sources' «وأضافت»; «وفق المصادر» carries the list of topics.
- The Afrin operation is one `attack` proposition: modality possible (Canikli) and planned (Erdogan's
  «ستكمل عملية إدلب إلى عفرين», «سنتخذ الخطوات ذاتها في عفرين»); not contradictory.
- Observation posts: three established (deployment, actual), twelve planned (separate proposition).
- «غد ا» inside Canikli's quote is resolved against the day he spoke (2017-11-27) → 2017-11-28.
- No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-605-9", "outlet": "جيرون", "published": "2017-11-28", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
YIL = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Binali Yildirim")
JOHN = dict(actor="GBR.GOV", party="GBR", role="government", canonical="Boris Johnson")
CAN = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Nurettin Canikli")
PYD = dict(actor="SDF.PYD", party="SDF", role="armed_group", canonical="PYD")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
AFRIN = dict(canonical="Afrin", place={"geonames_id": 174186, "name": "‘Afrīn", "lat": 36.51194, "lon": 36.86954, "country": "SY", "admin1": "Aleppo"})
TUR = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
IDLIB = dict(canonical="Idlib", place={"geonames_id": 169389, "name": "Idlib", "lat": 35.93062, "lon": 36.63393, "country": "SY", "admin1": "Idlib"})
ASTANA = dict(canonical="Astana", place=named("Astana", "KZ"))

e_yil1 = g.ent("بن علي يلدريم", "PER", **YIL)
g.ent("سورية", "GPE", 1, **SYRIA)
e_john = g.ent("بوريس جونسون", "PER", **JOHN)
e_min0 = g.ent("وزير الدفاع التركي", "PER", 1, nominal=True, **CAN)
e_pyd1 = g.ent("حزب الاتحاد الديمقراطي", "ORG", 1, **PYD)
e_afr1 = g.ent("عفرين", "GPE", 1, **AFRIN)
e_src = g.ent("مصادر في رئاسة الوزراء التركية", "PER", nominal=True, actor="TUR.GOV", party="TUR", role="government", canonical="Turkish PM's office sources")
e_yil2 = g.ent("يلدريم", "PER", 2, **YIL)
g.ent("جونسون", "PER", 2, **JOHN)
g.ent("سورية", "GPE", 2, **SYRIA)
e_aa = g.ent("الأناضول", "ORG", canonical="Anadolu Agency", actor="TUR.MED", party="TUR", role="media")
e_yil3 = g.ent("يلدريم", "PER", 3, **YIL)
g.ent("تركيا", "GPE", 1, **TUR)
g.ent("سورية", "GPE", 3, **SYRIA)
g.ent("حزب الاتحاد الديمقراطي", "ORG", 2, **PYD)
g.ent("وحدات حماية الشعب", "ORG", actor="SDF.YPG", party="SDF", role="armed_group", canonical="YPG")
e_src2 = g.ent("المصادر", "PER", 1, after="وفق", nominal=True, actor="TUR.GOV", party="TUR", role="government", canonical="Turkish PM's office sources")
g.ent("تنظيم ( داعش )", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
g.ent("الخليج العربي", "LOC", canonical="Persian Gulf", place=named("Persian Gulf"))
e_can = g.ent("نور الدين جانيكلي", "PER", **CAN)
g.ent("حزب الاتحاد الديمقراطي", "ORG", 3, **PYD)
g.ent("عفرين", "GPE", 2, **AFRIN)
e_min2 = g.ent("الوزير التركي", "PER", 1, nominal=True, **CAN)
g.ent("لندن", "GPE", canonical="London", place={"geonames_id": 2643743, "name": "London", "lat": 51.50853, "lon": -0.12574, "country": "GB", "admin1": "England"})
e_sy4 = g.ent("سورية", "GPE", 4, **SYRIA)
g.ent("أستانا", "GPE", 1, **ASTANA)
g.ent("أستانا", "GPE", 2, **ASTANA)
g.ent("جنيف", "GPE", canonical="Geneva", place={"geonames_id": 2660646, "name": "Geneva", "lat": 46.20222, "lon": 6.14569, "country": "CH", "admin1": "Geneva"})
g.ent("الأمم المتحدة", "ORG", actor="UN", party=None, role="other", canonical="United Nations")
e_erd = g.ent("رجب طيب أردوغان", "PER", actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
g.ent("تركيا", "GPE", 2, **TUR)
e_idl1 = g.ent("إدلب", "GPE", 1, **IDLIB)
g.ent("عفرين", "GPE", 3, **AFRIN)
e_idl2 = g.ent("إدلب", "GPE", 2, **IDLIB)
g.ent("عفرين", "GPE", 4, **AFRIN)

t_mon = g.time("أمس الإثنين", "2017-11-27", "day", "at", 1)
t_mon2 = g.time("أمس الإثنين", "2017-11-27", "day", "at", 2)
t_tom = g.time("غد ا", "2017-11-28", "day", "at")
t_fut = g.time("في الفترة المقبلة", None, "vague", "after")
g.time("في وقت سابق", None, "vague", "before")
g.time("الآن", None, "vague", "at", 1, after="والآن")
q3 = g.qty("ثلاثة مراكز مراقبة", 3, "observation posts")
q12 = g.qty("12 مركز ا", 12, "observation posts")

AA = [("الأناضول", 1, None, e_aa)]
s1 = g.stmt(("وزير الدفاع التركي", 1, None, e_min0), ("قال", 1, "في وقت قال"), "assert",
            ("عملية ضد ( حزب الاتحاد الديمقراطي ) الكردي في مدينة عفرين , رب ما تكون قريبة", 1))
s2 = g.stmt(("مصادر في رئاسة الوزراء التركية", 1, None, e_src), ("قالت", 1), "assert",
            ("يلدريم بحث مع جونسون , أمس الإثنين , \" التطورات الأخيرة في سورية , وسبل إحلال السلام والاستقرار فيها \"", 1), via=AA)
s3 = g.stmt(("مصادر في رئاسة الوزراء التركية", 1, None, e_src), ("أضافت", 1, "وأضافت"), "assert",
            ("يلدريم أكد أن \" تركيا ليس لديها مشكلات مع الأكراد في سورية , وإنما اعتراضاتها حيال المنظمات الإرهابية , مثل ( حزب الاتحاد الديمقراطي , وحدات حماية الشعب ) \"", 1), via=AA)
s4 = g.stmt(("يلدريم", 3, None, e_yil3), ("أكد", 1, "وأضافت أن يلدريم"), "confirm",
            ("تركيا ليس لديها مشكلات مع الأكراد في سورية , وإنما اعتراضاتها حيال المنظمات الإرهابية , مثل ( حزب الاتحاد الديمقراطي , وحدات حماية الشعب )", 1),
            direct=True, embedded_in=s3)
s5 = g.stmt(("المصادر", 1, "وفق", e_src2), ("وفق", 1, "الجانبان ,"), "assert",
            ("التطورات بخصوص بمكافحة تنظيم ( داعش ) , إضافة إلى المستجدات في منطقة الخليج العربي , وقضايا اللاجئين والنازحين السوريين , ومسائل متعلقة بالهيئات غير الحكومية الساعية لحل مشكلاتهم", 1),
            via=AA, direct=True)
s6 = g.stmt(("نور الدين جانيكلي", 1, None, e_can), ("قال", 1, "في سياق متصل"), "assert",
            ("عملية عسكرية محتملة لبلاده ضد ( حزب الاتحاد الديمقراطي ) الكردي , في عفرين السورية , ربما تكون قريبة", 1))
s7 = g.stmt(("الوزير التركي", 1, None, e_min2), ("أضاف", 1, "أضاف الوزير"), "assert",
            ("العملية \" ربما ( تكون ) غد ا , أو قبله \"", 1), medium=("تصريحات له من لندن", 1))
s8 = g.stmt(("الوزير التركي", 1, None, e_min2), ("موضح ا أن", 1), "assert",
            ("بلاده \" أسست ثلاثة مراكز مراقبة في سورية , بموجب مباحثات أستانا , وسيرتفع العدد في الفترة المقبلة إلى 12 مركز ا \"", 1))
s9 = g.stmt(("الوزير التركي", 1, None, e_min2), ("تابع", 1, "وتابع"), "assert",
            ("مباحثات أستانا لا تعد بديل ا عن مفاوضات جنيف التي تقودها الأمم المتحدة , وإنما هي بمنزلة دعم لها", 1), direct=True)
s10 = g.stmt(("رجب طيب أردوغان", 1, None, e_erd), ("قال", 1, "رجب طيب أردوغان"), "assert",
             ("تركيا ستكمل عملية إدلب إلى عفرين", 1))
s11 = g.stmt(("رجب طيب أردوغان", 1, None, e_erd), ("أضاف", 1, "إلى عفرين , وأضاف"), "assert",
             ("كل شيء كان واضح ا في عملية ( درع الفرات ) , والآن نتخذ خطوات مماثلة في إدلب , وسنتخذ الخطوات ذاتها في عفرين", 1), direct=True)

p_op = g.prop("attack", [("agent", None, "TUR"), ("target", e_pyd1, "SDF")], ("عملية", 1), place=e_afr1, time=t_tom)
p_talk = g.prop("other", [("agent", e_yil1, "TUR"), ("partner", e_john, "GBR")], ("بحث", 1), time=t_mon)
p_obs = g.prop("deployment", [("agent", None, "TUR")], ("أسست", 1), place=e_sy4, quantities=[q3])
p_obs12 = g.prop("deployment", [("agent", None, "TUR")], ("سيرتفع", 1), place=e_sy4, time=t_fut, quantities=[q12])
p_idlib = g.prop("deployment", [("agent", None, "TUR")], ("نتخذ", 1), place=e_idl2)

g.claim(p_op, s1, "affirm", "possible")
g.claim(p_op, s6, "affirm", "possible")
g.claim(p_op, s7, "affirm", "possible")
g.claim(p_op, s10, "affirm", "planned")
g.claim(p_op, s11, "affirm", "planned")
g.claim(p_talk, "author")
g.claim(p_talk, s2)
g.claim(p_talk, s5)
g.claim(p_obs, s8)
g.claim(p_obs12, s8, "affirm", "planned")
g.claim(p_idlib, s11)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
