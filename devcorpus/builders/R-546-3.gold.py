"""Gold analysis of R-546 article 3 (Euronews Arabic, 2017-10-15, a Sunday; Reuters copy): Iraqi Kurdish
leaders reject Baghdad's demand to annul the independence vote; the PMF ultimatum to the Peshmerga near
Kirkuk; Soleimani in the Kurdistan Region.
Judgement calls: Iraq, not Syria, but conflict news, so annotated. Parties: the Kurdistan Regional
Government, its leaders and the Peshmerga are «KRG» (a non-state party not in the schema's list); the
Popular Mobilisation Forces and the «جماعات مسلحة عراقية» are IRQ.PGM (as the albukamal example codes Iraqi
militias); Soleimani and the IRGC are IRN; the Iraqi government and army are IRQ. The body starts at the
third copy of the headline (the one followed by the text); the inline sub-headline «الأكراد يمنعون ...»
stays in. Refusals («رفض مطالب», «رفض ما وصفوه») are statements with stance assert (a refusal is not a
denial of fact); the demand to annul and the two ultimatums («إنذارا», «أمهلت») are demand statements
embedded where they are reported inside another speaker's words, with no claims of their own. Peshmerga
refusing to withdraw is a withdrawal with polarity deny. «لم ترد أنباء عن وقوع اشتباكات» is the author
denying a clash. «ليس من المتوقع حصول تمديد» denies an extension (possible). «المسؤول» in «وقال المسؤول
إنه وصل» is the Kurdish security official who spoke to Reuters, so via Reuters. The garbled paragraph 12
(«الموقع الكردي ... أحد الحقول») is read as Kurdish control of the position near Bai Hassan. Population
(«أكثر من مليون نسمة») is not a quantity in this schema. No contradictions: the Kurds speak of threats,
Abadi denies plans to attack; these are different propositions."""
import sys
from annot import Gold

def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
C = {"SY": gn(163843, "Syria", 35.0, 38.0, "SY"), "IQ": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
     "RU": gn(2017370, "Russia", 60.0, 100.0, "RU"), "TR": gn(298795, "Turkey", 39.0, 35.0, "TR"),
     "IR": gn(130758, "Iran", 32.0, 53.0, "IR"), "US": gn(6252001, "United States", 39.76, -98.5, "US"),
     "QA": gn(289688, "Qatar", 25.5, 51.25, "QA"), "IL": gn(294640, "Israel", 31.5, 34.75, "IL"),
     "JO": gn(248816, "Jordan", 31.0, 36.0, "JO"), "LB": gn(272103, "Lebanon", 33.83, 35.83, "LB"),
     "SA": gn(102358, "Saudi Arabia", 25.0, 45.0, "SA"), "FR": gn(3017382, "France", 46.0, 2.0, "FR"),
     "GB": gn(2635167, "United Kingdom", 54.75, -2.7, "GB"), "DE": gn(2921044, "Germany", 51.5, 10.5, "DE")}
SYRIA = dict(canonical="Syria", place=C["SY"])
def STATE(iso3, cc, name):
    return dict(canonical=name, actor=iso3, party=iso3, role="government", place=C[cc])
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
def MEDIA(aid, canonical, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canonical)
def every(g, s, typ, skip=(), **kw):
    """Every whole-word occurrence of s as an entity (skip: occurrence numbers covered by a longer mention)."""
    ids, n = [], 1
    while True:
        try:
            g.span(s, n)
        except AssertionError:
            return ids
        if n not in skip:
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-546-3", "outlet": "يورونيوز", "published": "2017-10-15", "url": None, "title": None})
KURDS = dict(actor="KRG", party="KRG", role="government", canonical="Kurdistan Regional Government")
PESH = dict(actor="KRG.MIL", party="KRG", role="military", canonical="Peshmerga")
PMF = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
IRQGOV = dict(actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi government")
IRQMIL = dict(actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi Security Forces")
BAGH = dict(canonical="Baghdad", actor="IRQ", party="IRQ", role="government", place=gn(98182, "Baghdad", 33.34058, 44.40088, "IQ", "Baghdad"))
KRI = dict(canonical="Kurdistan Region", place=named("Kurdistan Region", "IQ"))
KIRKUK = dict(canonical="Kirkuk", place=gn(94787, "Kirkuk", 35.46806, 44.39222, "IQ", "Kirkuk"))
REUT = MEDIA("REUTERS", "Reuters")
SOLE = dict(actor="IRN.MIL", party="IRN", role="military", canonical="Qasem Soleimani")

# paragraph 1
e_kur0 = g.ent("الأكراد", "ORG", 1, nominal=True, **KURDS)
g.ent("بغداد", "GPE", 1, **BAGH)
e_leaders = g.ent("قادة أكراد العراق", "PER", nominal=True, **KURDS)
e_gov1 = g.ent("الحكومة العراقية", "ORG", 1, **IRQGOV)
# paragraph 2
e_haw = g.ent("هيمن هورامي", "PER", actor="KRG", party="KRG", role="government", canonical="Hemin Hawrami")
g.ent("إقليم كردستان العراق", "GPE", 1, **KRI)
g.ent("مسعود برزاني", "PER", actor="KRG", party="KRG", role="government", canonical="Masoud Barzani")
g.ent("تويتر", "ORG", canonical="Twitter")
g.ent("القادة الأكراد", "PER", nominal=True, **KURDS)
e_dukan = g.ent("دوكان", "GPE", canonical="Dukan", place=named("Dukan", "IQ", "Sulaymaniyah"))
g.ent("بغداد", "GPE", 2, **BAGH)
# paragraph 3
g.ent("برزاني", "PER", 2, actor="KRG", party="KRG", role="government", canonical="Masoud Barzani")
g.ent("فؤاد معصوم", "PER", actor="IRQ.GOV", party="IRQ", role="government", canonical="Fuad Masum")
g.ent("هيرو طالباني", "PER", actor="KRG", party="KRG", role="other", canonical="Hero Talabani")
e_jt = g.ent("جلال طالباني", "PER", canonical="Jalal Talabani")
# paragraph 4
e_part = g.ent("المشاركون في الاجتماع", "PER", nominal=True, **KURDS)
e_iqf1 = g.ent("القوات العراقية", "ORG", 1, **IRQMIL)
e_pesh1 = g.ent("البشمركة", "ORG", 1, **PESH)
e_kur4 = g.ent("الأكراد", "ORG", 4, nominal=True, **KURDS)
# sub-headline and paragraph 5
e_kur5 = g.ent("الأكراد", "ORG", 5, nominal=True, **KURDS)
e_iqf = g.ent("قوات عراقية", "ORG", nominal=True, **IRQMIL)
e_kk1 = g.ent("كركوك", "GPE", 1, **KIRKUK)
e_ksec = g.ent("مسؤول أمني كردي", "PER", nominal=True, **KURDS)
e_reu1 = g.ent("رويترز", "ORG", 1, **REUT)
e_pesh2 = g.ent("البشمركة", "ORG", 2, **PESH)
e_iqarmed = g.ent("جماعات مسلحة عراقية", "ORG", nominal=True, **PMF)
e_kk2 = g.ent("كركوك", "GPE", 2, **KIRKUK)
# paragraphs 6-8
e_sol = g.ent("قاسم سليماني", "PER", **SOLE)
e_kri2 = g.ent("إقليم كردستان العراق", "GPE", 2, **KRI)
g.ent("السلطات الكردية", "ORG", 1, **KURDS)
g.ent("الحكومة العراقية", "ORG", 2, **IRQGOV)
g.ent("سليماني", "PER", 2, **SOLE)
e_irgc = g.ent("الحرس الثوري الإيراني", "ORG", actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
g.ent("بغداد", "GPE", 3, **BAGH)
e_pmf1 = g.ent("الحشد الشعبي", "ORG", 1, **PMF)
e_off2 = g.ent("المسؤول", "PER", 1, nominal=True, **KURDS)
# paragraph 9
e_secoff = g.ent("مسؤول", "PER", 1, after="وقال مسؤول من", nominal=True, **KURDS)
g.ent("مجلس الأمن التابع لحكومة إقليم كردستان العراق", "ORG", actor="KRG", party="KRG", role="government", canonical="Kurdistan Region Security Council")
e_pmf2 = g.ent("قوات الحشد الشعبي", "ORG", 1, **PMF)
e_pesh3 = g.ent("البشمركة", "ORG", 3, **PESH)
e_mk = g.ent("مكتب خالد", "LOC", canonical="Maktab Khalid junction", place=named("Maktab Khalid", "IQ", "Kirkuk"))
# paragraphs 10-12
e_hus = g.ent("علي الحسيني", "PER", **{**PMF, "canonical": "Ali al-Husseini"})
g.ent("قوات الحشد الشعبي", "ORG", 2, **PMF)
e_reu2 = g.ent("رويترز", "ORG", 2, **REUT)
e_off3 = g.ent("المسؤول", "PER", 2, nominal=True, **KURDS)
g.ent("حكومة إقليم كردستان", "ORG", 2, **KURDS)
e_bh = g.ent("حقل باي حسن النفطي", "FAC", canonical="Bai Hassan oil field", place=named("Bai Hassan oil field", "IQ", "Kirkuk"))
# paragraphs 13-14
e_kur6 = g.ent("الأكراد", "ORG", 6, nominal=True, **KURDS)
e_res = g.ent("أحد السكان", "PER", nominal=True)
e_kk3 = g.ent("كركوك", "GPE", 3, **KIRKUK)
# paragraphs 15-17
e_krg = g.ent("حكومة إقليم كردستان العراق", "ORG", 2, **KURDS)
g.ent("الحكومة المركزية", "ORG", **IRQGOV)
g.ent("بغداد", "GPE", 4, **BAGH)
g.ent("كردستان", "GPE", 1, after="استقلال كردستان", **KRI)
e_ka2 = g.ent("السلطات الكردية", "ORG", 2, **KURDS)
e_kk4 = g.ent("كركوك", "GPE", 4, **KIRKUK)
g.ent("رئيس الوزراء العراقي", "PER", nominal=True, **{**IRQGOV, "canonical": "Haider al-Abadi"})
e_abadi = g.ent("حيدر العبادي", "PER", **{**IRQGOV, "canonical": "Haider al-Abadi"})
e_kur8 = g.ent("الأكراد", "ORG", 8, nominal=True, **KURDS)
# paragraphs 18-21
e_pmf3 = g.ent("قوات الحشد الشعبي", "ORG", 3, **PMF)
e_kk5 = g.ent("كركوك", "GPE", 5, **KIRKUK)
e_iqa = g.ent("الجيش العراقي", "ORG", **IRQMIL)
e_kk6 = g.ent("كركوك", "GPE", 6, **KIRKUK)
g.ent("إقليم كردستان", "GPE", 6, **KRI)
e_pesh4 = g.ent("البشمركة", "ORG", 4, **PESH)
e_iqf2 = g.ent("القوات العراقية", "ORG", 2, **IRQMIL)
e_is = g.ent("تنظيم الدولة الإسلامية", "ORG", **ISIS)
e_pesh5 = g.ent("البشمركة", "ORG", 5, **PESH)
e_kk7 = g.ent("كركوك", "GPE", 7, **KIRKUK)
e_mil = g.ent("المتشددين", "ORG", 1, after="في قبضة", nominal=True, **ISIS)
e_gov3 = g.ent("الحكومة العراقية", "ORG", 3, **IRQGOV)
e_kri7 = g.ent("إقليم كردستان", "GPE", 7, **KRI)

t_sun = g.time("يوم الأحد", "2017-10-15", "day", "at", 1)
t_month = g.time("هذا الشهر", "2017-10", "month", "at")
g.time("يوم الأحد", "2017-10-15", "day", "at", 2)
t_sat = g.time("يوم السبت", "2017-10-14", "day", "at", 1)
t_mid = g.time("حتى منتصف الليل بالتوقيت المحلي ( 2100 بتوقيت جرينتش ) يوم السبت", "2017-10-14T21:00Z", "part_of_day", "until")
t_ref = g.time("يوم 25 سبتمبر أيلول", "2017-09-25", "day", "at")
t_fri = g.time("يوم الجمعة", "2017-10-13", "day", "at")
t_2014 = g.time("منذ عام 2014", "2014", "year", "since")
g.time("مرارا", None, "vague", "before")

q_youth = g.qty("عشرات من الشباب", None, "fighters")
q_thou = g.qty("آلاف القوات الإضافية", None, "fighters")

# ---- statements ----
s_rej = g.stmt(("قادة أكراد العراق", 1, None, e_leaders), ("رفض", 1), "assert",
               ("مطالب الحكومة العراقية بإلغاء نتيجة التصويت على الاستقلال كشرط مسبق لإجراء محادثات لحل النزاع", 1))
s_bag = g.stmt(("الحكومة العراقية", 1, None, e_gov1), ("مطالب", 1, "رفض قادة"), "demand",
               ("إلغاء نتيجة التصويت على الاستقلال كشرط مسبق لإجراء محادثات لحل النزاع", 1, "رفض قادة"), embedded_in=s_rej)
s_haw = g.stmt(("هيمن هورامي", 1, None, e_haw), ("قال", 1), "assert",
               ("القادة الأكراد الذين اجتمعوا لبحث الأزمة في بلدة دوكان الكردية جددوا عرضهم بحل الأزمة مع بغداد \" سلميا \"", 1),
               medium=("تويتر", 1))
s_threat = g.stmt(("المشاركون في الاجتماع", 1, None, e_part), ("رفض", 1, "ورفض المشاركون"), "assert",
                  ("ما وصفوه \" بالتهديدات العسكرية \" من القوات العراقية لمقاتلي البشمركة الأكراد", 1))
s_def = g.stmt(("المشاركون في الاجتماع", 1, None, e_part), ("تعهدوا", 1), "promise",
               ("الدفاع عن الأراضي الخاضعة لسيطرة الأكراد في حال وقوع أي هجوم", 1))
s_sec = g.stmt(("مسؤول أمني كردي", 1, None, e_ksec), ("قال", 1, "وارتباطا"), "assert",
               ("مقاتلي البشمركة الكردية رفضوا إنذارا من جماعات مسلحة عراقية للانسحاب من تقاطع استراتيجي جنوبي كركوك يتحكم في الوصول لبعض حقول النفط الرئيسية في المنطقة", 1),
               via=[("رويترز", 1, None, e_reu1)])
s_ult1 = g.stmt(("جماعات مسلحة عراقية", 1, None, e_iqarmed), ("إنذارا", 1), "demand",
                ("لانسحاب من تقاطع استراتيجي جنوبي كركوك", 1), embedded_in=s_sec)
s_sol = g.stmt(("المسؤول", 1, None, e_off2), ("قال", 1, "وقال المسؤول إنه"), "assert", ("وصل إلى الإقليم يوم السبت", 1),
               via=[("رويترز", 1, None, e_reu1)])
s_krsc = g.stmt(("مسؤول", 1, "وقال مسؤول من", e_secoff), ("قال", 1, "وصل إلى الإقليم يوم السبت"), "assert",
                ("قوات الحشد الشعبي أمهلت مقاتلي البشمركة مهلة حتى منتصف الليل بالتوقيت المحلي ( 2100 بتوقيت جرينتش ) يوم السبت للانسحاب من موقع شمالي تقاطع مكتب خالد", 1))
s_ult2 = g.stmt(("قوات الحشد الشعبي", 1, None, e_pmf2), ("أمهلت", 1), "demand",
                ("لانسحاب من موقع شمالي تقاطع مكتب خالد", 1), embedded_in=s_krsc)
s_hus1 = g.stmt(("علي الحسيني", 1, None, e_hus), ("قال", 1, "وقال علي"), "assert", ("المهلة انقضت", 1),
                via=[("رويترز", 2, None, e_reu2)])
s_hus2 = g.stmt(("علي الحسيني", 1, None, e_hus), ("أضاف", 1, "خطوتهم المقبلة"), "assert",
                ("نحن ننتظر أوامر جديدة . . . ليس من المتوقع حصول تمديد", 1), via=[("رويترز", 2, None, e_reu2)], direct=True)
s_site = g.stmt(("المسؤول", 2, None, e_off3), ("قال", 1, "وقال المسؤول في"), "assert",
                ("الموقع الكردي الواقع شمالي التقاطع الذي يصل إلى قاعدة جوية مهمة وحقل باي حسن النفطي أحد الحقول الرئيسية في الإقليم", 1))
s_res = g.stmt(("أحد السكان", 1, None, e_res), ("قال", 1, "لكن أحد السكان"), "assert",
               ("عشرات من الشباب الأكراد حملوا أسلحة وانتشروا في شوارع كركوك بعد انتشار نبأ الإنذار", 1))
s_reinf = g.stmt(("السلطات الكردية", 2, None, e_ka2), ("قالت", 1, "كبيرة استقلال"), "assert",
                 ("أرسلت آلاف القوات الإضافية إلى كركوك لمواجهة \" التهديدات \" العراقية", 1))
s_abadi = g.stmt(("حيدر العبادي", 1, None, e_abadi), ("نفى", 1), "deny", ("وجود أي خطط لمهاجمة الأكراد", 1))

# ---- propositions ----
p_rej = g.prop("other", [("agent", e_leaders, "KRG"), ("target", e_gov1, "IRQ")], ("رفض", 1), time=t_sun)
p_meet = g.prop("other", [("agent", e_leaders, "KRG")], ("اجتمعوا", 1), place=e_dukan, time=t_sun)
p_peace = g.prop("agreement", [("agent", e_leaders, "KRG"), ("partner", None, "IRQ")], ("حل الأزمة", 1))
p_death = g.prop("other", [("target", e_jt, None)], ("توفي", 1), time=t_month)
p_threat = g.prop("other", [("agent", e_iqf1, "IRQ"), ("target", e_pesh1, "KRG")], ("بالتهديدات العسكرية", 1))
p_defend = g.prop("other", [("agent", e_part, "KRG")], ("الدفاع", 1))
p_kctrl = g.prop("control", [("agent", e_kur4, "KRG")], ("لسيطرة", 1))
p_block = g.prop("other", [("agent", e_kur5, "KRG"), ("target", e_iqf, "IRQ")], ("يمنعون", 1), place=e_kk1)
p_nowd = g.prop("withdrawal", [("agent", e_pesh2, "KRG")], ("رفضوا", 1), place=e_kk2, time=t_sun)
p_sol = g.prop("other", [("agent", e_sol, "IRN")], ("وصل", 1), place=e_kri2, time=t_sat)
p_irgc = g.prop("support", [("agent", e_irgc, "IRN"), ("partner", e_pmf1, "IRQ.PGM")], ("يوفر التدريب والسلاح", 1))
p_ult = g.prop("other", [("agent", e_pmf2, "IRQ.PGM"), ("target", e_pesh3, "KRG")], ("أمهلت", 1), place=e_mk, time=t_mid)
p_ext = g.prop("other", [("agent", None, "IRQ.PGM")], ("تمديد", 1))
p_site = g.prop("control", [("agent", None, "KRG")], ("الموقع الكردي", 1), place=e_bh)
p_city = g.prop("control", [("agent", e_kur6, "KRG")], ("يسيطر", 1, "ويسيطر"), place=e_kk3)
p_noclash = g.prop("clash", [], ("اشتباكات", 1))
p_youth = g.prop("deployment", [], ("انتشروا", 1), place=e_kk3, quantities=[q_youth])
p_ref = g.prop("other", [("agent", e_krg, "KRG")], ("الاستفتاء", 1, "منذ"), time=t_ref)
p_reinf = g.prop("deployment", [("agent", e_ka2, "KRG")], ("أرسلت", 1), place=e_kk4, time=t_fri, quantities=[q_thou])
p_plan = g.prop("attack", [("agent", None, "IRQ"), ("target", e_kur8, "KRG")], ("لمهاجمة", 1))
p_pmfdep = g.prop("deployment", [("agent", e_pmf3, "IRQ.PGM"), ("partner", e_iqa, "IRQ")], ("تنتشر", 1), place=e_kk5)
p_peshdep = g.prop("deployment", [("agent", e_pesh4, "KRG")], ("متمركزة", 1), place=e_kk6, time=t_2014)
p_iqcoll = g.prop("withdrawal", [("agent", e_iqf2, "IRQ")], ("انهيار", 1), place=e_kk6, time=t_2014)
p_isatt = g.prop("attack", [("agent", e_is, "ISIS"), ("target", e_iqf2, "IRQ")], ("هجوم", 1, "في مواجهة"), time=t_2014)
p_nofall = g.prop("capture", [("agent", e_mil, "ISIS")], ("سقوط", 1), place=e_kk7)
p_isol = g.prop("siege", [("agent", e_gov3, "IRQ"), ("target", e_kri7, "KRG")], ("لعزل", 1), place=e_kri7)

g.claim(p_rej, "author")
g.claim(p_rej, s_rej)
g.claim(p_meet, "author")
g.claim(p_meet, s_haw)
g.claim(p_peace, s_haw, "affirm", "intended")
g.claim(p_death, "author")
g.claim(p_threat, s_threat)
g.claim(p_defend, s_def, "affirm", "planned")
g.claim(p_kctrl, s_def)
g.claim(p_block, "author")
g.claim(p_nowd, s_sec, "deny")
g.claim(p_sol, "author")
g.claim(p_sol, s_sol)
g.claim(p_irgc, "author")
g.claim(p_ult, s_krsc)
g.claim(p_ult, s_hus1)
g.claim(p_ext, s_hus2, "deny", "possible")
g.claim(p_site, s_site)
g.claim(p_city, "author")
g.claim(p_noclash, "author", "deny")
g.claim(p_youth, s_res)
g.claim(p_ref, "author")
g.claim(p_reinf, s_reinf)
g.claim(p_plan, s_abadi, "deny", "planned")
g.claim(p_pmfdep, "author")
g.claim(p_peshdep, "author")
g.claim(p_iqcoll, "author")
g.claim(p_isatt, "author")
g.claim(p_nofall, "author", "deny")
g.claim(p_isol, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
