"""Gold analysis of R-10 article 1 (DW Arabic, 2017-12-27): the US-led coalition says fewer than 1,000 ISIS
fighters remain in Iraq and Syria (a third of its estimate three weeks earlier); Iraq's victory; Russia
says the main battle in Syria is over; Lavrov names Nusra as the next target.

Judgement calls:
- Body from the headline to Lavrov's sentence; the byline and the Kobani photo gallery after it are left
  out. The "مختارات" widget word inside paragraph 6 stays.
- The coalition's "fewer than 1,000" (today) and "fewer than 3,000" (5 December) are different dates,
  and the text itself relates them: no value contradiction.
- Flat entities: "التحالف الدولي لمحاربة " داعش "" and "... بقيادة الولايات المتحدة" are one ORG mention
  each (ISIS / USA inside not listed); "حكومة الرئيس بشار الأسد" is one ORG mention.
- "ولم يرد التحالف على سؤال" is not a statement; "قال إنه لن يخوض في تكهنات عامة" and "أضاف أنه يعمل
  من أجل الحيلولة دون حدوث ذلك" are (the latter an intended prevention of fighters' escape).
- Russia "المعركة الرئيسية مع التنظيم في سوريا انتهت": an 'other' proposition (end of the main battle).
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY"))
IRAN = dict(canonical="Iran", place=gn(130758, "Iran", 32.0, 53.0, "IR"))
ISRAEL = dict(canonical="Israel", place=gn(294640, "Israel", 31.5, 34.75, "IL"))
RUSSIA = dict(canonical="Russia", place=gn(2017370, "Russia", 60.0, 100.0, "RU"))
USA_P = dict(canonical="United States", place=gn(6252001, "United States", 39.76, -98.5, "US"))
TURKEY = dict(canonical="Turkey", place=gn(298795, "Turkey", 39.0, 35.0, "TR"))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ"))
LEBANON = dict(canonical="Lebanon", place=gn(272103, "Lebanon", 33.83, 35.83, "LB"))
JORDAN = dict(canonical="Jordan", place=gn(248816, "Jordan", 31.0, 36.0, "JO"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
HOMS = dict(canonical="Homs", place=gn(169577, "Homs", 34.72405, 36.72559, "SY", "Homs"))
HAMA = dict(canonical="Hama", place=gn(170017, "Ḩamāh", 35.13179, 36.75783, "SY", "Hama"))
DARAA = dict(canonical="Daraa", place=gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"))
def gov(name, adm):
    return dict(canonical=name, place=named(name, "SY", adm))
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
RUSGOV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Russian government")
IRGC = dict(actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
IRNGOV = dict(actor="IRN.GOV", party="IRN", role="government", canonical="Iranian government")
USGOV = dict(actor="USA.GOV", party="USA", role="government", canonical="United States government")
USMIL = dict(actor="USA.MIL", party="USA", role="military", canonical="United States Armed Forces")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
ISRGOV = dict(actor="ISR.GOV", party="ISR", role="government", canonical="Israeli government")
ISRMIL = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israel Defense Forces")
TURGOV = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Turkish government")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
def media(aid, canon, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canon)
def country(c, party, role="government"):
    return dict(c, actor=party, party=party, role=role)
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-10-1", "outlet": "دويتشه فيله", "published": "2017-12-27", "url": None, "title": None})
IRQ_P = dict(IRAQ, actor="IRQ", party="IRQ", role="government")
e_c = {n: g.ent("التحالف", "ORG", n, **COAL) for n in (1, 7, 8)}
g.ent("داعش", "ORG", 1, **ISIS)
g.ent("العراق", "GPE", 1, **IRAQ)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_c2 = g.ent("التحالف الدولي لمحاربة \" داعش \"", "ORG", **COAL)
e_isis_n = g.ent("التنظيم", "ORG", 1, nominal=True, **ISIS)
e_esyr = g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("العراق", "GPE", 2, **IRAQ)
e_c3 = g.ent("التحالف الدولي لمحاربة تنظيم \" داعش \" بقيادة الولايات المتحدة", "ORG", **COAL)
g.ent("العراق", "GPE", 3, **IRAQ)
g.ent("سوريا", "GPE", 3, **SYRIA)
g.ent("التنظيم", "ORG", 2, nominal=True, **ISIS)
e_c4 = g.ent("التحالف", "ORG", 4, **COAL)
e_reut = g.ent("رويترز", "ORG", 1, **media("REUTERS", "Reuters"))
g.ent("التحالف", "ORG", 5, **COAL)
g.ent("العراق", "GPE", 4, **IRAQ)
g.ent("سوريا", "GPE", 4, **SYRIA)
e_isis4 = g.ent("تنظيم الدولة الإسلامية", "ORG", 1, **ISIS)
g.ent("سوريا", "GPE", 5, **SYRIA)
g.ent("العراق", "GPE", 5, **IRAQ)
e_wsyr = g.ent("سوريا", "GPE", 6, **SYRIA)
e_gov = g.ent("حكومة الرئيس بشار الأسد", "ORG", **SYRGOV)
e_c6 = g.ent("التحالف الذي تقوده الولايات المتحدة", "ORG", **COAL)
g.ent("سوريا", "GPE", 7, **SYRIA)
g.ent("العراق", "GPE", 6, **IRAQ)
e_iraq7 = g.ent("العراق", "GPE", 7, **IRQ_P)
e_isis7 = g.ent("التنظيم", "ORG", 3, nominal=True, **ISIS)
g.ent("التنظيم", "ORG", 4, nominal=True, **ISIS)
e_isis10 = g.ent("تنظيم الدولة الإسلامية", "ORG", 2, **ISIS)
e_rus = g.ent("روسيا", "GPE", 1, **country(RUSSIA, "RUS"))
g.ent("لأسد", "PER", 1, after="الحليف الرئيسي", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
e_isis11 = g.ent("التنظيم", "ORG", 5, nominal=True, **ISIS)
e_syr11 = g.ent("سوريا", "GPE", 8, **SYRIA)
g.ent("وزير الخارجية", "PER", 1, nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
e_lav = g.ent("سيرجي لافروف", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
e_syr12 = g.ent("سوريا", "GPE", 9, **SYRIA)
e_nus = g.ent("جبهة النصرة", "ORG", actor="HTS", party="HTS", role="armed_group", canonical="Jabhat al-Nusra")

t_wed = g.time("اليوم الأربعاء ( 27 كانون الأول / ديسمبر 2017 )", "2017-12-27", "day", "at")
t_3w = g.time("قبل ثلاثة أسابيع", "2017-12-06", "week", "at")
t_dec5 = g.time("في الخامس من كانون الأول / ديسمبر", "2017-12-05", "day", "at")
t_dec9 = g.time("في التاسع من كانون الأول / ديسمبر", "2017-12-09", "day", "at")
t_wed2 = g.time("اليوم الأربعاء", "2017-12-27", "day", "at", 2)
t_3y = g.time("خلال السنوات الثلاث الأخيرة", "2015/2017", "year", "at")
t_wed3 = g.time("اليوم الأربعاء", "2017-12-27", "day", "at", 3)
g.time("الآن", "2017-12-27", "day", "at")
q1k_h = g.qty("أقل من ألف مقاتل", 1000, "fighters")
q1k_a = g.qty("أقل من ألف إرهابي", 1000, "fighters")
q1k_b = g.qty("أقل من ألف من مقاتلي التنظيم", 1000, "fighters")
q1k_c = g.qty("ما يقل عن ألف إرهابي", 1000, "fighters")
q3k = g.qty("أقل من 3000 مقاتل", 3000, "fighters")

s_h = g.stmt(("التحالف", 1, None, e_c[1]), (":", 1), "assert", ("أقل من ألف مقاتل لداعش ينتشرون في العراق وسوريا", 1))
s1 = g.stmt(("التحالف الدولي لمحاربة \" داعش \"", 1, None, e_c2), ("ذكر", 1), "assert",
            ("التنظيم المتطرف فقد أغلب أعضائه ولم يتبق له سوى \" أقل من ألف إرهابي ت جرى مطاردتهم في المناطق الصحراوية في شرق سوريا وغرب العراق \"", 1))
s2 = g.stmt(("التحالف الدولي لمحاربة تنظيم \" داعش \" بقيادة الولايات المتحدة", 1, None, e_c3), ("قال", 1), "assert",
            ("لم يتبق في العراق وسوريا سوى أقل من ألف من مقاتلي التنظيم أي ثلث العدد التقديري لهم قبل ثلاثة أسابيع فحسب", 1))
s3 = g.stmt(("التحالف", 4, None, e_c4), ("قال", 1, "وقال التحالف لرويترز"), "assert",
            ("بسبب التزام التحالف والكفاءة التي أثبتها شركاؤنا في العراق وسوريا يقدر أن هناك ما يقل عن ألف إرهابي من تنظيم الدولة الإسلامية في منطقة عملياتنا المشتركة ت جرى مطاردتهم في المناطق الصحراوية في شرق سوريا وغرب العراق", 1),
            via=[("رويترز", 1, None, e_reut)], medium=("بيان عن طريق البريد الإلكتروني", 1), direct=True)
s4 = g.stmt(("التحالف الذي تقوده الولايات المتحدة", 1, None, e_c6), ("قال", 1, "وكان التحالف"), "assert",
            ("أقل من 3000 مقاتل مازالوا في سوريا والعراق", 1))
s5 = g.stmt(("العراق", 7, None, e_iraq7), ("أعلن", 1, "وأعلن العراق"), "assert", ("تحقيق النصر النهائي على التنظيم", 1))
s6 = g.stmt(("التحالف", 7, None, e_c[7]), ("قال", 1, "وقال التحالف اليوم"), "assert",
            ("أغلب مقاتلي التنظيم إما سقطوا قتلى أو وقعوا في الأسر خلال السنوات الثلاث الأخيرة", 1))
s7 = g.stmt(("التحالف", 8, None, e_c[8]), ("قال", 1, "ولم يرد"), "assert", ("لن يخوض في \" تكهنات عامة \"", 1))
s8 = g.stmt(("التحالف", 8, None, e_c[8]), ("أضاف", 1, "لكنه"), "assert", ("يعمل من أجل الحيلولة دون حدوث ذلك", 1))
s9 = g.stmt(("التحالف", 8, None, e_c[8]), ("أضاف", 1, "ذلك .\nوأضاف"), "assert",
            ("يمكننا إبلاغكم أننا نعمل مع شركائنا لقتل الإرهابيين الباقين من تنظيم الدولة الإسلامية أو أسرهم وتدمير شبكتهم ومنع عودتهم للظهور وكذلك لمنعهم من الهرب إلى الدول المجاورة", 1), direct=True)
s10 = g.stmt(("روسيا", 1, None, e_rus), ("قالت", 1, "على صعيد متصل"), "assert",
             ("المعركة الرئيسية مع التنظيم في سوريا انتهت", 1))
s11 = g.stmt(("سيرجي لافروف", 1, None, e_lav), ("قال", 1, "وقال وزير الخارجية"), "assert",
             ("المهمة الرئيسية في سوريا الآن أصبحت القضاء على جماعة إسلامية أخرى هي جبهة النصرة", 1))

p_rem = g.prop("deployment", [("agent", e_isis_n, "ISIS")], ("ينتشرون", 1), place=e_esyr, time=t_wed, quantities=[q1k_h, q1k_a, q1k_b, q1k_c])
p_rem_old = g.prop("deployment", [("agent", None, "ISIS")], ("مازالوا", 1), time=t_dec5, quantities=[q3k])
p_hunt = g.prop("attack", [("agent", e_c2, "USA"), ("target", e_isis_n, "ISIS")], ("مطاردتهم", 1), place=e_esyr, time=t_wed)
p_gov = g.prop("control", [("agent", e_gov, "SYR")], ("سيطرة", 1, "غرب سوريا"), place=e_wsyr)
p_iqv = g.prop("other", [("agent", e_iraq7, "IRQ"), ("target", e_isis7, "ISIS")], ("النصر النهائي", 1), time=t_dec9)
p_cas = g.prop("casualties", [("target", None, "ISIS")], ("سقطوا قتلى", 1), time=t_3y)
p_escape = g.prop("other", [("agent", e_c[8], "USA")], ("الحيلولة", 1))
p_plan = g.prop("attack", [("agent", e_c[8], "USA"), ("target", e_isis10, "ISIS")], ("لقتل", 1))
p_end = g.prop("other", [("target", e_isis11, "ISIS")], ("انتهت", 1), place=e_syr11, time=t_wed3)
p_nus = g.prop("attack", [("agent", None, "RUS"), ("target", e_nus, "HTS")], ("القضاء", 1), place=e_syr12)

for s in (s_h, s1, s2, s3):
    g.claim(p_rem, s)
g.claim(p_rem_old, s4)
g.claim(p_hunt, s1)
g.claim(p_hunt, s3)
g.claim(p_gov, "author")
g.claim(p_iqv, s5)
g.claim(p_cas, s6)
g.claim(p_escape, s8, "affirm", "intended")
g.claim(p_plan, s9, "affirm", "intended")
g.claim(p_end, s10)
g.claim(p_nus, s11, "affirm", "intended")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
