"""Gold analysis of unifiedfc R-270 article 9 (Al-Liwaa, Beirut; published estimated 2017-11-18: the US-draft
veto was "the day before yesterday" (16 Nov) and the Japanese draft was still pending): government air
strikes on Eastern Ghouta kill 19; car bomb on displaced people in Deir ez-Zor; Russia and the JIM at the UN.

Judgement calls:
- Body starts at the second copy of the headline, which runs into the subtitle ("روسيا تعارض تمديد
  ..."); both are the author's voice. The "( ا . ف . ب - رويترز )" credit is left out.
- The headline attributes the Deir ez-Zor car bomb to ISIS ("تفجير لداعش"); the body names no
  perpetrator. The bombing proposition has agent ISIS from the headline (author).
- The 19 Ghouta dead = 13 in Douma + 6 elsewhere (SOHR): consistent, no value contradiction; subsets
  (children, aid workers) are recorded as quantities on the same propositions.
- The opposition shelling of Damascus ("امس" in the author's sentence, "الجمعة" in SOHR's) is one
  proposition, 3 killed, both 17 November.
- "رامي عبد" is the crawl's truncation of Rami Abdel Rahman.
- The JIM's sarin finding (relative clause "والذي خلص إلى") is recorded as a statement by the JIM.
- Russia's veto of the US draft and opposition to the Japanese draft are "other" propositions; Russia's
  military and diplomatic cover for the government a support proposition (author).
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, a1):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": a1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY", None))
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place=gn(2017370, "Russia", 60.0, 100.0, "RU", None))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ", None))
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place=gn(298795, "Turkey", 39.0, 35.0, "TR", None))
USA_ = dict(canonical="United States", actor="USA", party="USA", role="government", place=gn(6252001, "United States", 39.76, -98.5, "US", None))
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place=gn(130758, "Iran", 32.0, 53.0, "IR", None))
MOSCOW = dict(canonical="Moscow", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))
SOCHI = dict(canonical="Sochi", place=gn(491422, "Sochi", 43.59699, 39.72477, "RU", "Krasnodar Krai"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
ABU = dict(canonical="Abu Kamal", place=gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
KREMLIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-270-9", "outlet": "اللواء", "published": "2017-11-18", "url": None, "title": None})
GHOUTA = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
SOHR = dict(actor="SOHR", party=None, role="media", canonical="Syrian Observatory for Human Rights")
RAMI = dict(actor="SOHR", party=None, role="media", canonical="Rami Abdel Rahman")
FAC = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Rebel factions")
UNSC = dict(actor="UNSC", party=None, role="other", canonical="UN Security Council")
JIM = dict(actor="JIM", party=None, role="other", canonical="OPCW-UN Joint Investigative Mechanism")
UKC = dict(canonical="United Kingdom", actor="GBR", party="GBR", role="government", place=gn(2635167, "United Kingdom", 54.75844, -2.69531, "GB", None))
JOHNSON = dict(actor="GBR.GOV", party="GBR", role="government", canonical="Boris Johnson")

e_reg0 = g.ent("لنظام", "ORG", 1, **SYRGOV)  # للنظام
e_gh0 = g.ent("الغوطة", "LOC", 1, **GHOUTA)
e_isis0 = g.ent("داعش", "ORG", 1, **ISIS)
e_rus1 = g.ent("روسيا", "GPE", 1, **RUSSIA)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_rus2 = g.ent("روسيا", "GPE", 2, **RUSSIA)
e_reg2 = g.ent("لنظام السوري", "ORG", 1, **SYRGOV)
g.ent("مجلس الامن", "ORG", 1, **UNSC)
g.ent("النظام", "ORG", 1, **SYRGOV)
e_saf = g.ent("الطيران السوري", "ORG", canonical="Syrian Air Force", actor="SYR.MIL", party="SYR", role="military")
e_gh1 = g.ent("منطقة الغوطة الشرقية", "LOC", **GHOUTA)
e_fac1 = g.ent("الفصائل المقاتلة", "ORG", 1, nominal=True, **FAC)
g.ent("دمشق", "GPE", 1, **DAMASCUS)
e_sohr1 = g.ent("المرصد السوري لحقوق الانسان", "ORG", **SOHR)
e_reg3 = g.ent("النظام السوري", "ORG", 1, **SYRGOV)
e_fac2 = g.ent("الفصائل المقاتلة", "ORG", 2, nominal=True, **FAC)
e_opp = g.ent("لمعارضة", "ORG", 1, nominal=True, **OPP)  # للمعارضة
e_dam2 = g.ent("دمشق", "GPE", 2, **DAMASCUS)
e_sohr2 = g.ent("المرصد", "ORG", 2, **SOHR)
e_gh3 = g.ent("الغوطة الشرقية", "LOC", 2, **GHOUTA)
g.ent("المرصد", "ORG", 3, **SOHR)
e_rami = g.ent("رامي عبد", "PER", **RAMI)
g.ent("لنظام", "ORG", 3, **SYRGOV)
e_douma = g.ent("دوما", "GPE", canonical="Douma", place=gn(170592, "Dūmā", 33.57175, 36.4027, "SY", "Rif Dimashq"))
g.ent("الغوطة الشرقية", "LOC", 3, **GHOUTA)
e_gh5 = g.ent("الغوطة", "LOC", 5, **GHOUTA)
g.ent("لنظام", "ORG", 4, **SYRGOV)
e_sohr4 = g.ent("المرصد", "ORG", 4, **SOHR)
g.ent("الغوطة", "LOC", 6, **GHOUTA)
e_arm = g.ent("المسلحون", "ORG", 1, nominal=True, **FAC)
e_dam3 = g.ent("دمشق", "GPE", 3, **DAMASCUS)
e_src = g.ent("المصدر", "ORG", 1, after="بحسب", nominal=True, **SOHR)
e_dz = g.ent("محافظة دير الزور", "GPE", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
g.ent("سوريا", "GPE", 2, **SYRIA)
e_sohr5 = g.ent("المرصد السوري لحقوق الإنسان", "ORG", **SOHR)
e_has = g.ent("محافظة الحسكة", "GPE", canonical="Al-Hasakah Governorate", place=named("Al-Hasakah Governorate", "SY", "Al-Hasakah"))
g.ent("سوريا", "GPE", 3, **SYRIA)
g.ent("دير الزور", "GPE", 1, after="النازحين من", canonical="Deir ez-Zor", place=DEIR["place"])
g.ent("نيويورك", "GPE", canonical="New York", place=gn(5128581, "New York City", 40.71427, -74.00597, "US", "New York"))
e_dip = g.ent("دبلوماسيون", "PER", nominal=True, canonical="Security Council diplomats")
g.ent("مجلس الأمن الدولي", "ORG", 1, **UNSC)
e_rus3 = g.ent("روسيا", "GPE", 3, **RUSSIA)
e_jp = g.ent("اليابان", "GPE", canonical="Japan", actor="JPN", party="JPN", role="government", place=gn(1861060, "Japan", 35.68536, 139.75309, "JP", None))
g.ent("سوريا", "GPE", 4, **SYRIA)
e_dip2 = g.ent("الدبلوماسيون", "PER", 1, nominal=True, canonical="Security Council diplomats")
e_rus4 = g.ent("روسيا", "GPE", 4, **RUSSIA)
g.ent("مجلس الأمن", "ORG", 2, **UNSC)
g.ent("الولايات المتحدة", "GPE", 1, **USA_)
g.ent("روسيا", "GPE", 5, **RUSSIA)
g.ent("الصين", "GPE", canonical="China", actor="CHN", party="CHN", role="government", place=gn(1814991, "China", 35.0, 105.0, "CN", None))
g.ent("بريطانيا", "GPE", 1, **UKC)
g.ent("فرنسا", "GPE", canonical="France", actor="FRA", party="FRA", role="government", place=gn(3017382, "France", 46.0, 2.0, "FR", None))
e_rus6 = g.ent("روسيا", "GPE", 6, **RUSSIA)
g.ent("الولايات المتحدة", "GPE", 2, **USA_)
e_jim = g.ent("لجنة تحقيق مشتركة من الأمم المتحدة ومنظمة حظر الأسلحة الكيميائية", "ORG", **JIM)
e_sg = g.ent("الحكومة السورية", "ORG", **SYRGOV)
g.ent("بريطانيا", "GPE", 2, **UKC)
e_bj = g.ent("بوريس جونسون", "PER", **JOHNSON)
g.ent("روسيا", "GPE", 7, **RUSSIA)
g.ent("سوريا", "GPE", 5, **SYRIA)
e_bj2 = g.ent("جونسون", "PER", 1, after="وأضاف جونسون", **JOHNSON)
g.ent("آلية التحقيق المشتركة", "ORG", 1, **JIM)
g.ent("لأمم المتحدة", "ORG", 1, after="آلية التحقيق المشتركة التابعة", canonical="United Nations", actor="UN", party=None, role="other")
g.ent("المملكة المتحدة", "GPE", **UKC)
g.ent("آلية التحقيق المشتركة", "ORG", 2, **JIM)

t_y1 = g.time("امس", "2017-11-17", "day", "at", 1)
t_y2 = g.time("امس", "2017-11-17", "day", "at", 2)
t_tue = g.time("منذ الثلاثاء", "2017-11-14", "day", "since")
t_fri = g.time("الجمعة", "2017-11-17", "day", "at", 1)
t_y3 = g.time("امس", "2017-11-17", "day", "at", 3)
t_dby = g.time("امس الاول", "2017-11-16", "day", "at")
t_apr = g.time("في الرابع من ابريل نيسان", "2017-04-04", "day", "at")
g.time("امس", "2017-11-17", "day", "at", 5)

q19h = g.qty("19 قتيلا", 19, "people", "killed")
q19 = g.qty("19 شخصا", 19, "people", "killed")
q6c = g.qty("ستة اطفال", 6, "people", "killed")
q3a = g.qty("ثلاثة مدنيين", 3, "people", "killed", 1)
q52 = g.qty("52 مدنيا", 52, "people", "killed")
q13 = g.qty("13 شخصا", 13, "people", "killed")
q5c = g.qty("خمسة اطفال", 5, "people", "killed")
q3w = g.qty("ثلاثة عاملين", 3, "people", "killed")
q6 = g.qty("ستة آخرون", 6, "people", "killed")
q3b = g.qty("ثلاثة مدنيين", 3, "people", "killed", 2)
q26 = g.qty("26 شخصا على الأقل", 26, "people", "killed")
q12 = g.qty("12 طفلا", 12, "people", "killed")

s1 = g.stmt(("المرصد السوري لحقوق الانسان", 1, None, e_sohr1), ("افاد", 1), "assert",
            ("يستمر النظام بقصف المدنيين , حيث قتل 19 شخصا بينهم ستة اطفال جراء غارات مكثفة شنها الطيران السوري امس على منطقة الغوطة الشرقية الخاضعة لسيطرة الفصائل المقاتلة قرب دمشق", 1))
s2 = g.stmt(("المرصد", 2, None, e_sohr2), ("احصى", 1), "assert",
            ("مقتل 52 مدنيا منذ الثلاثاء لدى الطرفين , غالبيتهم من الغوطة الشرقية", 1))
s3 = g.stmt(("رامي عبد", 1, None, e_rami), ("قال", 1, "وقال مدير"), "assert",
            ("13 شخصا بينهم خمسة اطفال وثلاثة عاملين في مجال الاغاثة قتلوا في قصف للنظام وغارات جوية استهدفت دوما البلدة الرئيسية في الغوطة الشرقية", 1))
s4 = g.stmt(("المرصد", 4, None, e_sohr4), ("بحسب", 1), "assert",
            ("قتل ستة آخرون في مواقع اخرى في الغوطة في غارات للنظام", 1))
s5 = g.stmt(("المصدر", 1, "بحسب", e_src), ("بحسب", 2), "assert",
            ("اطلق المسلحون الصواريخ باتجاه دمشق الجمعة , ما ادى الى مقتل ثلاثة مدنيين", 1))
s6 = g.stmt(("المرصد السوري لحقوق الإنسان", 1, None, e_sohr5), ("أفاد", 1), "assert",
            ("الضحايا كانوا في طريقهم إلى محافظة الحسكة المجاورة في شمال شرق سوريا حيث أقيمت مخيمات لإيواء النازحين من دير الزور", 1))
s7 = g.stmt(("دبلوماسيون", 1, None, e_dip), ("قال", 1, "في نيويورك"), "assert",
            ("روسيا تعارض مشروع قرار أعدته اليابان في المجلس يتضمن تجديدا لمدة شهر للتحقيق الدولي في هجمات بأسلحة كيماوية في سوريا", 1))
s8 = g.stmt(("الدبلوماسيون", 1, None, e_dip2), ("أضاف", 1, "وأضاف الدبلوماسيون"), "assert",
            ("في حين كانت المفاوضات تجري خلف أبواب مغلقة بشأن مشروع القرار أبلغت روسيا شركاءها بالمجلس المؤلف من 15 دولة بأنها لا تستطيع قبول المشروع وأنها لا تريد أن يعطي مجلس الأمن صورة زائفة للوحدة ولا تريد أن تضيع وقت الجميع", 1))
s8a = g.stmt(("روسيا", 4, None, e_rus4), ("أبلغت", 1), "assert",
             ("لا تستطيع قبول المشروع وأنها لا تريد أن يعطي مجلس الأمن صورة زائفة للوحدة ولا تريد أن تضيع وقت الجميع", 1), embedded_in=s8)
s9 = g.stmt(("لجنة تحقيق مشتركة من الأمم المتحدة ومنظمة حظر الأسلحة الكيميائية", 1, None, e_jim), ("خلص إلى", 1), "assert",
            ("الحكومة السورية استخدمت غاز السارين المحظور في هجوم وقع في الرابع من ابريل نيسان", 1))
s10 = g.stmt(("بوريس جونسون", 1, None, e_bj), ("وصف", 1), "assert", ("الفيتو الروسي بالمريع", 1))
s11 = g.stmt(("بوريس جونسون", 1, None, e_bj), ("قال", 1, "بالمريع"), "assert",
             ("عرقلة روسيا لمشروع قرار أميركي لتجديد تفويض تحقيق دولي في هجمات كيماوية بسوريا أمر مريع", 1))
s12 = g.stmt(("جونسون", 1, "وأضاف جونسون", e_bj2), ("أضاف", 1, "مريع \" ."), "assert",
             ("من المريع إنهاء عمل آلية التحقيق المشتركة التابعة للأمم المتحدة", 1), medium=("في بيان", 1, "وأضاف جونسون"), direct=True)
s13 = g.stmt(("جونسون", 1, "وأضاف جونسون", e_bj2), ("مؤكدا", 1), "confirm",
             ("المملكة المتحدة لن تسمح بأن يؤدي انتهاء آلية التحقيق المشتركة إلى وقف التعاون بين الشركاء الدوليين من أجل تحديد المسؤولين عن استخدام الأسلحة الكيماوية ومحاسبتهم", 1))

A = "author"
def ev(typ, actors, trig, place=None, time=None, qs=(), by=(A,), mod="actual", pol="affirm"):
    p = g.prop(typ, actors, trig, place=place, time=time, quantities=qs)
    for b in by:
        g.claim(p, b, pol, mod)
    return p
ev("airstrike", [("agent", e_saf, "SYR"), ("target", e_fac1, "SYR.OPP")], ("غارات", 1), e_gh1, t_y1, [q19h, q19, q6c], by=(A, s1))
ev("airstrike", [("agent", None, "SYR")], ("غارات جوية", 1, "قصف للنظام و"), e_douma, t_y1, [q13, q5c, q3w], by=(s3,))
ev("airstrike", [("agent", None, "SYR")], ("غارات", 1, "في مواقع اخرى في الغوطة في"), e_gh5, t_y1, [q6], by=(s4,))
ev("casualties", [], ("مقتل", 1, "واحصى المرصد"), e_gh3, t_tue, [q52], by=(s2,))
ev("support", [("agent", e_rus2, "RUS"), ("partner", e_reg2, "SYR")], ("بالدعم العسكري والدبلوماسي", 1), by=(A,))
ev("clash", [("agent", e_reg3, "SYR"), ("agent", e_fac2, "SYR.OPP")], ("اعمال العنف", 1), e_gh3)
ev("control", [("agent", e_fac1, "SYR.OPP")], ("الخاضعة لسيطرة", 1), e_gh1, by=(A, s1))
ev("siege", [("agent", e_reg3, "SYR")], ("المحاصر", 1), e_gh3)
ev("shelling", [("agent", e_opp, "SYR.OPP")], ("قصف", 1, "وأدى"), e_dam2, t_y2, [q3a, q3b], by=(A, s5))
ev("bombing", [("agent", e_isis0, "ISIS")], ("تفجير", 1), e_dz, t_y3, [q26, q12])
ev("displacement", [], ("النازحين", 1, "لإيواء"), e_has, by=(s6,))
ev("other", [("agent", e_rus3, "RUS")], ("تعارض", 1, "إن روسيا"), by=(s7, A))
ev("other", [("agent", e_rus6, "RUS")], ("حق النقض", 1, "واستخدمت روسيا"), time=t_dby, by=(A, s10, s11))
ev("attack", [("agent", e_sg, "SYR")], ("هجوم", 1, "غاز السارين المحظور في"), time=t_apr, by=(s9,))

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
