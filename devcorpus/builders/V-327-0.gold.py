"""Gold analysis of V-327-0 (ترك برس, estimated 2017-11-22): SDF defector Talal Silo tells Anadolu the US gave
the PYD no guarantees over Afrin (McGurk's answers, the Russian channel via Hussein al-Assad); Turkish
statements on clearing Afrin and a third observation point in Idlib.

Judgement calls:
- Published: no date in URL or text; estimated from Silo's defection (Nov 2017) and the interview «بعد أيام
  من انشقاقه».
- Body starts at the second copy of the headline; the site name «ترك برس» between headline and lede is kept
  (contiguous body).
- Silo's interview: Anadolu («وكالة الأنباء التركية») is `via`. After «وقال سلو :» the first-person
  narrative runs to «في العديد من القضايا»; it is one statement whose content covers the whole narrative,
  and McGurk's answers («أجاب ... قائلا إن», «وأضاف», «قال :») and Silo's own «وقلت له» are embedded in it.
- «وكان قال مؤخرا إن بحاجة إلى تطهير عفرين» has no named speaker (Erdogan is dropped in the text): source null.
- «التي تسيطر عليها وحدات حماية الشعب الكردية» after Canikli's words is read as the author's description
  (YPG control of Afrin, author claim).
- US guarantees/support for Afrin is one `support` proposition denied by Silo (headline, lede, quote) and,
  as a future refusal (modality planned), by McGurk.
- No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-327-0", "outlet": "ترك برس", "published": "2017-11-22", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
AFRIN = dict(canonical="Afrin", place={"geonames_id": 174186, "name": "‘Afrīn", "lat": 36.51194, "lon": 36.86954, "country": "SY", "admin1": "Aleppo"})
USA = dict(canonical="United States", actor="USA", party="USA", role="government", place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
SILO = dict(actor="SILO", party=None, role="other", canonical="Talal Silo")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
PYD = dict(actor="SDF.PYD", party="SDF", role="armed_group", canonical="PYD")
MCG = dict(actor="USA.GOV", party="USA", role="government", canonical="Brett McGurk")
HASSAD = dict(actor="SYR.GOV", party="SYR", role="other", canonical="Hussein al-Assad")
RUSSIDE = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian military")
ALEPPO = dict(canonical="Aleppo Governorate", place=named("Aleppo Governorate", "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
CANIKLI = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Nurettin Canikli")

# headline
e_silo0 = g.ent("طلال سلو", "PER", 1, **SILO)
e_us0 = g.ent("أمريكا", "GPE", **USA)
e_pyd0 = g.ent("PYD / PKK", "ORG", **PYD)
e_afr0 = g.ent("عفرين", "GPE", 1, **AFRIN)
g.ent("ترك برس", "ORG", canonical="Turk Press", actor="TURKPRESS", party=None, role="media")
# lede
e_silo1 = g.ent("طلال سلو", "PER", 2, **SILO)
g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
g.ent("قسد", "ORG", 1, **SDF)
e_us1 = g.ent("الولايات المتحدة الأمريكية", "GPE", **USA)
e_kmil = g.ent("لميليشيات الكردية", "ORG", nominal=True, **PYD)  # للميليشيات: ل + الميليشيات
e_afr1 = g.ent("عفرين", "GPE", 2, **AFRIN)
g.ent("حلب", "GPE", 1, **ALEPPO)
# paragraph 2-3
e_aa = g.ent("وكالة الأنباء التركية", "ORG", canonical="Anadolu Agency", actor="TUR.MED", party="TUR", role="media")
e_sdf2 = g.ent("قسد", "ORG", 2, **SDF)
g.ent("حزب الاتحاد الديمقراطي", "ORG", **PYD)
g.ent("بي واي دي", "ORG", 1, **PYD)
e_opp = g.ent("المعارضة السورية", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition")
e_trborder = g.ent("الحدود التركية", "LOC", canonical="Syria-Turkey border", place=named("Syria-Turkey border"))
g.ent("بي واي دي", "ORG", 2, **PYD)
# Silo's account
e_silo2 = g.ent("سلو", "PER", 1, after="وقال", **SILO)
g.ent("الولايات المتحدة", "GPE", 1, after="وقال سلو", **USA)
g.ent("عفرين", "GPE", 1, after="وقال سلو", **AFRIN)
e_mcg1 = g.ent("بريت ماكغورك", "PER", **MCG)
g.ent("تحالف محاربة تنظيم داعش الإرهابي", "ORG", actor="COALITION", party="USA", role="military", canonical="US-led coalition")
g.ent("عفرين", "GPE", 1, after="اتصال جغرافي", **AFRIN)
e_mcg2 = g.ent("ماكغورك", "PER", 1, after="أجاب", **MCG)
e_usadm = g.ent("الإدارة الأميركية", "ORG", actor="USA.GOV", party="USA", role="government", canonical="US administration")
e_afr_m = g.ent("عفرين", "GPE", 1, after="الإدارة الأميركية لن تدعم", **AFRIN)
g.ent("عفرين", "GPE", 1, after="إذا كانت", **AFRIN)
e_hass1 = g.ent("حسين الأسد", "PER", 1, **HASSAD)
g.ent("بشار الأسد", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
e_russ1 = g.ent("الجانب الروسي", "ORG", 1, nominal=True, **RUSSIDE)
g.ent("قاعدة حميميم", "FAC", canonical="Hmeimim Air Base", place=named("Hmeimim Air Base", "SY", "Latakia"))
e_sdf3 = g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
g.ent("الولايات المتحدة", "GPE", 1, after="سيزعج", **USA)
g.ent("سيبان حمو", "PER", actor="SDF.PYD", party="SDF", role="military", canonical="Sipan Hemo")
g.ent("بي واي دي", "ORG", 3, **PYD)
g.ent("الروس", "ORG", 1, after="التواصل مع", nominal=True, **RUSSIDE)
g.ent("حسين الأسد", "PER", 2, **HASSAD)
g.ent("الجانب الروسي", "ORG", 2, nominal=True, **RUSSIDE)
g.ent("التنظيم", "ORG", 1, after="وكان", nominal=True, **PYD)
g.ent("روسيا", "GPE", 1, canonical="Russia", actor="RUS", party="RUS", role="government", place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
# Turkish statements
e_afr_t = g.ent("عفرين", "GPE", 1, after="تطهير", **AFRIN)
e_pyd_t = g.ent("بي واي دي", "ORG", 1, after="تطهير", **PYD)
e_jar = g.ent("جرابلس", "GPE", canonical="Jarabulus", place={"geonames_id": 169179, "name": "Jarābulus", "lat": 36.8175, "lon": 38.01111, "country": "SY", "admin1": "Aleppo"})
g.ent("حلب", "GPE", 1, after="جرابلس بريف", **ALEPPO)
g.ent("محافظة إدلب", "GPE", 1, **IDLIB)
e_can = g.ent("نور الدين جانيكلي", "PER", **CANIKLI)
e_afr_c = g.ent("منطقة عفرين", "GPE", **AFRIN)
e_ypg = g.ent("وحدات حماية الشعب الكردية", "ORG", actor="SDF.YPG", party="SDF", role="armed_group", canonical="YPG")
g.ent("سوريا", "GPE", 1, after="الشمالية الغربية", canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
g.ent("تركيا", "GPE", 1, canonical="Turkey", actor="TUR", party="TUR", role="government", place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
e_min = g.ent("الوزير", "PER", 1, after="وأضاف", nominal=True, **CANIKLI)
e_taf = g.ent("القوات المسلحة التركية", "ORG", actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
e_idl2 = g.ent("محافظة إدلب", "GPE", 2, **IDLIB)
g.ent("عفرين", "GPE", 1, after="مؤكدا أن الخطر في", **AFRIN)
g.ent("إدلب", "GPE", 1, after="وليس في", **IDLIB)

t_days = g.time("بعد أيام", None, "vague", "after")
t_first = g.time("لأول مرة", None, "vague", "before")
t_then = g.time("في ذلك الوقت", None, "vague", "at")
t_recent = g.time("مؤخر ا", None, "vague", "before")

s_h = g.stmt(("طلال سلو", 1, None, e_silo0), (":", 1), "assert",
             ("أمريكا لم تقد م أي ضمانات ل - \" PYD / PKK \" بشأن \" عفرين \"", 1))
s1 = g.stmt(("طلال سلو", 2, None, e_silo1), ("كشف", 1), "assert",
            ("الولايات المتحدة الأمريكية لم تقد م أي ضمانات للميليشيات الكردية بشأن حماية مدينة \" عفرين \" بريف حلب من أي عملية تركية محتملة", 1),
            via=[("وكالة الأنباء التركية", 1, None, e_aa)])
s2 = g.stmt(("سلو", 1, "وقال", e_silo2), ("قال", 1, "وقال سلو"), "assert",
            ("الولايات المتحدة لم تقد م أي ضمانات بشأن عفرين .\nحتى أنني سألت بريت ماكغورك ( المبعوث الأميركي الخاص إلى تحالف محاربة تنظيم داعش الإرهابي ) عندما التقيت به لأول مرة .\nفي ذلك الوقت لم يكن هناك أي اتصال جغرافي أو تواصل بين عفرين والمناطق الشرقية .\nأجاب ماكغورك قائل ا إن الإدارة الأميركية لن تدعم عفرين .\nوأضاف \" إذا كانت عفرين تريد داعم ا آخر , فلتجد لنفسها داعم ا \" .\nقال : \" ليس هناك أي مانع من قبلنا \" .\nثم اتصل بي حسين الأسد , ابن عم بشار الأسد .\nأراد مني إنشاء خط اتصال بين الجانب الروسي في قاعدة حميميم وقوات سوريا الديمقراطية .\nوقلت له أن مثل هذا الخط سيزعج الولايات المتحدة .\nلكن سيبان حمو ( ما يسمى بالقائد العام لتنظيم \" بي واي دي \" ) أراد التواصل مع الروس .\nوأنا نقلت الوضع إلى حسين الأسد .\nبعدها جرى فتح قناة اتصال مع الجانب الروسي .\nوكان التنظيم يلجأ إلى روسيا في العديد من القضايا", 1),
            via=[("وكالة الأنباء التركية", 1, None, e_aa)])
s3 = g.stmt(("ماكغورك", 1, "أجاب", e_mcg2), ("أجاب", 1), "assert", ("الإدارة الأميركية لن تدعم عفرين", 1), embedded_in=s2)
s4 = g.stmt(("ماكغورك", 1, "أجاب", e_mcg2), ("أضاف", 1, "وأضاف \" إذا"), "assert",
            ("إذا كانت عفرين تريد داعم ا آخر , فلتجد لنفسها داعم ا", 1), direct=True, embedded_in=s2)
s5 = g.stmt(("ماكغورك", 1, "أجاب", e_mcg2), ("قال", 1, "داعم ا \" .\nقال"), "assert",
            ("ليس هناك أي مانع من قبلنا", 1), direct=True, embedded_in=s2)
s6 = g.stmt(None, ("قلت", 1, "وقلت له"), "assert", ("مثل هذا الخط سيزعج الولايات المتحدة", 1), embedded_in=s2)
s7 = g.stmt(None, ("قال", 1, "وكان قال"), "assert",
            ("بحاجة إلى \" تطهير عفرين \" من ميليشيات \" بي واي دي )", 1))
s8 = g.stmt(None, ("مضيفا أن", 1), "assert",
            ("بلاده على استعداد لتوسيع عملياتها العسكرية في منطقتي جرابلس بريف حلب الشرقي ومحافظة إدلب , وملاحقة \" الإرهابيين \" أينما كانوا", 1))
s9 = g.stmt(("نور الدين جانيكلي", 1, None, e_can), ("قال", 1, "وقال وزير الدفاع"), "assert",
            ("يوجد \" خطر حقيقي \" في منطقة عفرين", 1))
s10 = g.stmt(("الوزير", 1, "وأضاف", e_min), ("أضاف", 1, "وأضاف الوزير"), "assert",
             ("القوات المسلحة التركية استكملت إقامة ثالث نقطة مراقبة لها في محافظة إدلب", 1))
s11 = g.stmt(("الوزير", 1, "وأضاف", e_min), ("مؤكدا أن", 1), "confirm",
             ("الخطر في عفرين وليس في إدلب , وأنه يجب إزالة ذلك الخطر", 1))

p_guar = g.prop("support", [("agent", e_us0, "USA"), ("partner", e_pyd0, "SDF")], ("ضمانات", 1), place=e_afr0)
p_defect = g.prop("other", [("agent", e_silo1, None)], ("انشقاقه", 1))
p_oppctrl = g.prop("control", [("agent", e_opp, "SYR.OPP")], ("سيطرة", 1), place=e_trborder)
p_channel = g.prop("other", [("agent", e_russ1, "RUS"), ("partner", e_sdf3, "SDF")], ("فتح قناة اتصال", 1))
p_clear = g.prop("attack", [("agent", None, "TUR"), ("target", e_pyd_t, "SDF")], ("تطهير", 1), place=e_afr_t, time=t_recent)
p_expand = g.prop("attack", [("agent", None, "TUR")], ("لتوسيع", 1), place=e_jar)
p_ypgctrl = g.prop("control", [("agent", e_ypg, "SDF")], ("تسيطر", 1), place=e_afr_c)
p_danger = g.prop("other", [("agent", e_ypg, "SDF")], ("خطر حقيقي", 1), place=e_afr_c)
p_obs = g.prop("deployment", [("agent", e_taf, "TUR")], ("إقامة", 1), place=e_idl2)

g.claim(p_guar, s_h, "deny")
g.claim(p_guar, s1, "deny")
g.claim(p_guar, s2, "deny")
g.claim(p_guar, s3, "deny", "planned")
g.claim(p_defect, "author")
g.claim(p_oppctrl, "author")
g.claim(p_channel, s2)
g.claim(p_clear, s7, "affirm", "intended")
g.claim(p_expand, s8, "affirm", "intended")
g.claim(p_ypgctrl, "author")
g.claim(p_danger, s9)
g.claim(p_danger, s11)
g.claim(p_obs, s10)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
