"""Gold analysis of R-651 article 1 (Sputnik Arabic, 2017-05-23): ISIS executes two Iraqis in Albukamal (22 May), per a
local Iraqi source; earlier executions in al-Qaim (20 May) and Albukamal (last week).

Judgement calls:
- The headline is followed by a photo credit and time stamps; the body starts at the text.
- Sources told Sputnik's own correspondent: no via for s1-s3, s5-s6. «وكشفت مراسلة " سبوتنيك " نقلا عن مصدر محلي في
  العراق» (s4): source the local source, via the correspondent (the outlet's own reporter relaying).
- Each execution is one `casualties` proposition with ISIS as agent (Albukamal 22 May: 2; al-Qaim 20 May: 4;
  Albukamal last week: 4). Counts within each event agree.
- «مناطق سيطرته داخل الأراضي السورية» (s1) gives an ISIS control claim; the last paragraphs give author claims
  (Iraqi recapture of Anbar with coalition support; ISIS holding only Ana, Rawa and al-Qaim; human shields).
- «الأراضي السورية» is LOC (Syrian territory); «الدواعش» a nominal ISIS mention.
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-651-1", "outlet": "سبوتنيك عربي", "published": "2017-05-23", "url": None, "title": None})
def named(name, country="IQ", admin1="Anbar"):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
SPUT = dict(actor="RUS.MED", party="RUS", role="media", canonical="Sputnik")
IRAQ = dict(canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
ABU = dict(canonical="Abu Kamal", place={"geonames_id": 174448, "name": "Ālbū Kamāl", "lat": 34.45226, "lon": 40.91854, "country": "SY", "admin1": "Deir ez-Zor"})
ANBAR = dict(canonical="Anbar Governorate", place=named("Anbar Governorate"))
QAIM = dict(canonical="Al-Qaim", place=named("Al-Qaim"))
SYRT = dict(canonical="Syria", place=named("Syrian territory", "SY", None))
IQSEC = dict(actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi security services")
IQMIL = dict(actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi forces")

e_src1 = g.ent("مصدر محلي عراقي", "PER", nominal=True)
g.ent("سبوتنيك", "ORG", 1, **SPUT)
e_isis1 = g.ent("تنظيم \" داعش \"", "ORG", 1, **ISIS)
e_syt = g.ent("الأراضي السورية", "LOC", 1, **SYRT)
e_src2 = g.ent("المصدر", "PER", 1, nominal=True)
g.ent("تنظيم \" داعش \"", "ORG", 2, **ISIS)
g.ent("الأنبار", "GPE", 1, **ANBAR)
g.ent("العراق", "GPE", 1, **IRAQ)
e_abu1 = g.ent("مدينة البوكمال", "GPE", 1, **ABU)
g.ent("محافظة دير الزور", "GPE", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
g.ent("سوريا", "GPE", 1, **SYRIA)
e_src3 = g.ent("المصدر", "PER", 1, after="ولفت", nominal=True)
e_corr = g.ent("سبوتنيك", "ORG", 2, **SPUT)
e_src4 = g.ent("مصدر محلي في العراق", "PER", nominal=True)
e_isis4 = g.ent("تنظيم \" داعش \" الإرهابي", "ORG", 1, **ISIS)
g.ent("سوريا", "GPE", 1, after="الجارة", **SYRIA)
e_src5 = g.ent("المصدر", "PER", 1, after="وحسب المصدر الذي تحفظ على", nominal=True)
e_isis5 = g.ent("داعش", "ORG", 1, after="4 مدنيين عراقيين أعدمهم \"", **ISIS)
g.ent("الأنبار", "GPE", 1, after="رميا بالرصاص في غربي", **ANBAR)
g.ent("العراق", "GPE", 1, after="رميا بالرصاص في غربي الأنبار غرب", **IRAQ)
e_qaim5 = g.ent("قضاء القائم", "GPE", **QAIM)
g.ent("سوريا", "GPE", 1, after="الحدودي مع", **SYRIA)
e_src6 = g.ent("المصدر", "PER", 1, after="وأوضح", nominal=True)
g.ent("القائم", "GPE", 1, after="تهريب العوائل من", **QAIM)
g.ent("التنظيم", "ORG", 1, after="ومحررة من سيطرة", nominal=True, **ISIS)
g.ent("محافظة الأنبار", "GPE", 1, **ANBAR)
g.ent("الأجهزة الأمنية العراقية", "ORG", 1, **IQSEC)
g.ent("الدواعش", "ORG", nominal=True, **ISIS)
e_isis7 = g.ent("تنظيم \" داعش \"", "ORG", 1, after="وفي وقت سابق", **ISIS)
e_abu7 = g.ent("مدينة البوكمال", "GPE", 2, **ABU)
g.ent("الأجهزة الأمنية العراقية", "ORG", 2, **IQSEC)
e_isis8 = g.ent("تنظيم \" داعش \"", "ORG", 1, after="وارتكب", **ISIS)
e_iq8 = g.ent("العراق", "GPE", 1, after="شمال وغرب", **IRAQ)
e_iqf8 = g.ent("القوات العراقية", "ORG", 1, **IQMIL)
e_isis9 = g.ent("تنظيم \" داعش \" الإرهابي", "ORG", 1, after="يشار إلى أن", **ISIS)
e_anb9 = g.ent("محافظة الأنبار", "GPE", 2, **ANBAR)
e_iqf9 = g.ent("القوات العراقية", "ORG", 2, **IQMIL)
e_coal = g.ent("التحالف الدولي ضد الإرهاب", "ORG", actor="COALITION", party="USA", role="military", canonical="US-led coalition")
g.ent("لأراضي السورية", "LOC", 1, **SYRT)  # للأراضي
g.ent("عانة", "GPE", canonical="Anah", place={"geonames_id": 6765385, "name": "‘Anah", "lat": 34.36857, "lon": 41.98194, "country": "IQ", "admin1": "Anbar"})
g.ent("راوة", "GPE", canonical="Rawa", place=named("Rawa"))
e_qaim9 = g.ent("القائم", "GPE", 1, after="عانة وراوة و", **QAIM)

t_tue = g.time("اليوم الثلاثاء 23 مايو / أيار", "2017-05-23", "day", "at")
t_mon = g.time("يوم أمس الاثنين 22 أيار / مايو", "2017-05-22", "day", "at")
g.time("الأحد الماضي 21 أيار / مايو", "2017-05-21", "day", "at")
t_sat = g.time("يوم أول أمس السبت 20 أيار / مايو", "2017-05-20", "day", "at")
t_lw = g.time("في وقت سابق من الأسبوع الماضي", "2017-05-15/2017-05-21", "week", "at")
q2a = g.qty("عراقيين اثنين", 2, "people", "killed")
q2b = g.qty("مواطنين عراقيين اثنين", 2, "people", "killed")
q4a = g.qty("4 مدنيين عراقيين", 4, "people", "killed")
q4b = g.qty("المدنيين الأربعة", 4, "people", "killed")
q4c = g.qty("أربعة مدنيين عراقيين", 4, "people", "killed")

s1 = g.stmt(("مصدر محلي عراقي", 1, None, e_src1), ("أفاد", 1), "assert",
            ("بإعدام عراقيين اثنين من قبل تنظيم \" داعش \" , في إحدى مناطق سيطرته داخل الأراضي السورية", 1))
s2 = g.stmt(("المصدر", 1, None, e_src2), ("حسب", 1, "وحسب المصدر الذي تحفظ الكشف"), "assert",
            ("تنظيم \" داعش \" أقدم على إعدام مواطنين عراقيين اثنين من مناطق غربي الأنبار , غرب العراق , في مدينة البوكمال التابعة لمحافظة دير الزور , شرقي سوريا , يوم أمس الاثنين 22 أيار / مايو", 1))
s3 = g.stmt(("المصدر", 1, "ولفت", e_src3), ("لفت", 1, "ولفت"), "assert",
            ("الإعدام نفذ أمام المدنيين , رميا بالرصاص , بتهمة تهريب العائلات من مناطق سيطرته إلى بر الأمان", 1))
s4 = g.stmt(("مصدر محلي في العراق", 1, None, e_src4), ("كشفت", 1), "assert",
            ("عملية إعدام جديدة أضافها تنظيم \" داعش \" الإرهابي لسجله الإجرامي بحق المدنيين العراقيين في أحد آخر معاقله بالمحاذاة مع الجارة سوريا", 1),
            via=[("مراسلة \" سبوتنيك \"", 2)])
s5 = g.stmt(("المصدر", 1, "وحسب المصدر الذي تحفظ على", e_src5), ("حسب", 1, "وحسب المصدر الذي تحفظ على"), "assert",
            ("4 مدنيين عراقيين أعدمهم \" داعش \" الإرهابي , رميا بالرصاص في غربي الأنبار غرب العراق , تحديدا في قضاء القائم الحدودي مع سوريا , بتهمتين كيديتين", 1))
s6 = g.stmt(("المصدر", 1, "وأوضح", e_src6), ("أوضح", 1, "وأوضح"), "assert",
            ("المدنيين الأربعة نفذ الإعدام بهم , يوم أول أمس السبت 20 أيار / مايو , أحدهم بتهمة تهريب العوائل من القائم إلى مناطق بعيدة ومحررة من سيطرة التنظيم بمحافظة الأنبار , والثلاثة الآخرين عن التعاون مع الأجهزة الأمنية العراقية وتزويدها بمعلومات عن تجمعات الدواعش ومقارهم وتحركاتهم في القضاء", 1))

p_ex1 = g.prop("casualties", [("agent", e_isis1, "ISIS")], ("بإعدام", 1), place=e_abu1, time=t_mon, quantities=[q2a, q2b])
p_ctrl = g.prop("control", [("agent", e_isis1, "ISIS")], ("سيطرته", 1), place=e_syt, time=t_tue)
p_ex2 = g.prop("casualties", [("agent", e_isis5, "ISIS")], ("أعدمهم", 1), place=e_qaim5, time=t_sat, quantities=[q4a, q4b])
p_ex3 = g.prop("casualties", [("agent", e_isis7, "ISIS")], ("أعدم", 1, "وفي وقت سابق"), place=e_abu7, time=t_lw, quantities=[q4c])
p_crimes = g.prop("attack", [("agent", e_isis8, "ISIS")], ("مجازر", 1), place=e_iq8)
p_shields = g.prop("other", [("agent", e_isis8, "ISIS")], ("دروعا بشرية", 1), place=e_iq8)
p_recap = g.prop("capture", [("agent", e_iqf8, "IRQ"), ("target", e_isis8, "ISIS")], ("تستعيد", 1), place=e_iq8)
p_lost = g.prop("capture", [("agent", e_iqf9, "IRQ"), ("partner", e_coal, "USA"), ("target", e_isis9, "ISIS")], ("بتقدم", 1), place=e_anb9)
p_sup = g.prop("support", [("agent", e_coal, "USA"), ("partner", e_iqf9, "IRQ")], ("بدعم", 1, "بتقدم القوات العراقية"), place=e_anb9)
p_rem = g.prop("control", [("agent", e_isis9, "ISIS")], ("سيطرة", 1, "وما تبقى له من"), place=e_qaim9)

for s in (s1, s2, s3):
    g.claim(p_ex1, s)
g.claim(p_ctrl, s1)
for s in (s4, s5, s6):
    g.claim(p_ex2, s)
for p in (p_ex3, p_crimes, p_shields, p_recap, p_lost, p_sup, p_rem):
    g.claim(p, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
