"""Gold analysis of R-546 article 2 (DW Arabic, 2017-10-15): Iraqi Kurdish parties reject Baghdad's condition
(cancel the independence referendum) for talks; federal forces deploy around Kirkuk; Peshmerga reject
a PMF ultimatum; Qassem Soleimani in Iraqi Kurdistan.

Judgement calls:
- Iraq/Kurdistan, not Syria; conflict politics, annotated. Body: headline to the last news sentence; the
  «محطات في تاريخ الحركة الكردية» photo gallery and the agency credits are left out.
- Parties: KRG, KDP, PUK, Peshmerga, Kurdish officials = KRG; Baghdad/Abadi/federal forces = IRQ; PMF and
  «جماعات مسلحة عراقية» = IRQ.PGM; Soleimani and the IRGC = IRN.
- Headline «الاكراد يرفضون اي شروط» is a statement (deny). «جاء في البيان الختامي», «وفقا للبيان»
  and «اشار البيان» have the final statement as source; «المجتمعون طالب» and «الاجتماع اصر» (demand)
  are the meeting's words from the same statement.
- «كرر ... شرط حكومته بإلغاء الاستفتاء» = demand. Baghdad's condition and the Kurds' refusal are
  positions, not contradictory facts: no contradiction recorded.
- The armed groups' ultimatum («إنذارا ... للانسحاب») and the PMF's «أمهلت ... للانسحاب» are demand
  statements embedded in the Kurdish officials' words; withdrawal claims with modality planned; the
  Peshmerga «رفضوا» gives a deny claim on the same withdrawal.
- «دون وقوع مواجهات» = author deny on a clash; Abadi «لا يريد حربا» = deny, intended.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, adm=None):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": adm}
PL = {
 "Syria": gn(163843, "Syria", 35.0, 38.0, "SY"), "Iraq": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
 "Russia": gn(2017370, "Russia", 60.0, 100.0, "RU"), "Turkey": gn(298795, "Turkey", 39.0, 35.0, "TR"),
 "United States": gn(6252001, "United States", 39.76, -98.5, "US"), "Iran": gn(130758, "Iran", 32.0, 53.0, "IR"),
 "Israel": gn(294640, "Israel", 31.5, 34.75, "IL"), "Lebanon": gn(272103, "Lebanon", 33.83333, 35.83333, "LB"),
 "Jordan": gn(248816, "Jordan", 31.0, 36.0, "JO"),
 "Aleppo": gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"),
 "Damascus": gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"),
 "Idlib": gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"),
 "Homs": gn(169577, "Homs", 34.72405, 36.72559, "SY", "Homs"),
 "Hama": gn(170017, "Ḩamāh", 35.13179, 36.75783, "SY", "Hama"),
 "Raqqa": gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"),
 "Deir ez-Zor": gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"),
 "Abu Kamal": gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"),
 "Al Mayadin": gn(173480, "Al Mayādīn", 35.01982, 40.45154, "SY", "Deir ez-Zor"),
 "Palmyra": gn(163808, "Tadmur", 34.5624, 38.28402, "SY", "Homs"),
 "Manbij": gn(167357, "Manbij", 36.52815, 37.95495, "SY", "Aleppo"),
 "Al Bab": gn(174018, "Al Bāb", 36.37051, 37.5157, "SY", "Aleppo"),
 "Afrin": gn(174186, "‘Afrīn", 36.51194, 36.86954, "SY", "Aleppo"),
 "Kobani": gn(172256, "‘Ayn al ‘Arab", 36.89095, 38.35347, "SY", "Aleppo"),
 "Daraa": gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"),
 "Douma": gn(170592, "Dūmā", 33.57175, 36.4027, "SY", "Rif Dimashq"),
 "Latakia": gn(173576, "Latakia", 35.53125, 35.79088, "SY", "Latakia"),
 "Hasakah": gn(173811, "Al Ḩasakah", 36.50237, 40.74772, "SY", "Al-Hasakah"),
 "Qamishli": gn(173377, "Al Qāmishlī", 37.05215, 41.23142, "SY", "Al-Hasakah"),
 "Tabqa": gn(172374, "Al-Tabqa", 35.83758, 38.54828, "SY", "Raqqa"),
 "Khan Shaykhun": gn(168325, "Khān Shaykhūn", 35.44208, 36.65095, "SY", "Idlib"),
 "Jarabulus": gn(169179, "Jarābulus", 36.8175, 38.01111, "SY", "Aleppo"),
 "Azaz": gn(172082, "I‘zāz", 36.58662, 37.04628, "SY", "Aleppo"),
 "Moscow": gn(524901, "Moscow", 55.75204, 37.61781, "RU"), "Ankara": gn(323786, "Ankara", 39.91987, 32.85427, "TR"),
 "Tehran": gn(112931, "Tehran", 35.69439, 51.42151, "IR"), "Beirut": gn(276781, "Beirut", 33.89332, 35.50157, "LB"),
 "Baghdad": gn(98182, "Baghdad", 33.34058, 44.40088, "IQ"), "Astana": gn(1526273, "Astana", 51.1801, 71.44598, "KZ"),
 "Geneva": gn(2660646, "Geneva", 46.20222, 6.14569, "CH"), "Sochi": gn(491422, "Sochi", 43.59699, 39.72477, "RU"),
 "Amman": gn(250441, "Amman", 31.95522, 35.94503, "JO"), "Istanbul": gn(745044, "Istanbul", 41.01384, 28.94966, "TR"),
}
def P(key, canonical=None, **kw):
    """entity kwargs for a known place"""
    d = dict(canonical=canonical or key, place=PL[key])
    d.update(kw)
    return d
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hayat Tahrir al-Sham / Jabhat Fateh al-Sham (al-Nusra)")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
SOHR = dict(actor="SOHR", party=None, role="other", canonical="Syrian Observatory for Human Rights")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian armed forces")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish armed forces")
HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")

def every(g, s, typ, **kw):
    """every whole-word occurrence of s not overlapping an entity already listed"""
    ids, n = [], 0
    while True:
        n += 1
        try:
            sp = g.span(s, n)
        except AssertionError:
            break
        if any(sp[0] < e["span"][1] and e["span"][0] < sp[1] for e in g.out["entities"]):
            continue
        ids.append(g.ent(s, typ, n, **kw))
    return ids

def eid(g, s, nth=1, after=None):
    """id of the entity listed at that mention"""
    sp = g.span(s, nth, after)
    for e in g.out["entities"]:
        if e["span"] == sp:
            return e["id"]
    raise AssertionError(f"no entity at {s} {nth} {after}")
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-546-2", "outlet": "دويتشه فيله", "published": "2017-10-15", "url": "http://www.dw.com/ar/a-40960841", "title": None})
KRG = dict(actor="KRG", party="KRG", role="government", canonical="Kurdistan Regional Government")
PESH = dict(actor="KRG.MIL", party="KRG", role="military", canonical="Peshmerga")
IRQGOV = dict(actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi government")
ABADI = dict(IRQGOV, canonical="Haider al-Abadi")
PMF = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
KREG = dict(canonical="Kurdistan Region", place=named("Kurdistan Region", "IQ"))
BAGH = dict(canonical="Baghdad", actor="IRQ.GOV", party="IRQ", role="government", place=PL["Baghdad"])
ERB = dict(canonical="Erbil", actor="KRG", party="KRG", role="government", place=gn(95446, "Erbil", 36.19257, 44.01062, "IQ", "Erbil"))
KIRKUK = dict(canonical="Kirkuk", place=gn(94787, "Kirkuk", 35.46806, 44.39222, "IQ", "Kirkuk"))
e_kurds0 = g.ent("الاكراد", "ORG", 1, nominal=True, **dict(KRG, canonical="Iraqi Kurds"))
e_leaders = g.ent("قادة الحزبين الرئيسيين", "PER", 1, nominal=True, **dict(KRG, canonical="Leaders of the KDP and PUK"))
e_kreg1 = g.ent("اقليم كردستان", "GPE", 1, **KREG)
g.ent("العراق", "GPE", 1, **P("Iraq"))
e_bgov = g.ent("حكومة بغداد", "ORG", 1, **IRQGOV)
g.ent("الديمقراطي الكردستاني", "ORG", 1, **dict(KRG, canonical="Kurdistan Democratic Party"))
e_barz = g.ent("مسعود بارزاني", "PER", 1, **dict(KRG, canonical="Masoud Barzani"))
g.ent("الاتحاد الوطني الكردستاني", "ORG", 1, **dict(KRG, canonical="Patriotic Union of Kurdistan"))
e_dukan = g.ent("مصيف دوكان", "LOC", 1, canonical="Dukan", place=named("Dukan", "IQ", "Sulaymaniyah"))
g.ent("محافظة السليمانية", "GPE", 1, canonical="Sulaymaniyah Governorate", place=named("Sulaymaniyah Governorate", "IQ", "Sulaymaniyah"))
e_kforces = g.ent("القوى الكردستانية", "ORG", 1, nominal=True, **dict(KRG, canonical="Kurdish political forces"))
e_abadi = g.ent("حيدر العبادي", "PER", 1, **ABADI)
e_meeting = g.ent("المجتمعون", "PER", 1, nominal=True, **dict(KRG, canonical="Leaders of the KDP and PUK"))
g.ent("العراق", "GPE", 1, after="القوى السياسية في", **P("Iraq"))
g.ent("كردستان", "GPE", 1, after="في العراق و", **KREG)
e_fed = g.ent("قوات الحكومة المركزية", "ORG", 1, actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi federal forces")
e_kirkgov = g.ent("محافظة كركوك", "GPE", 1, canonical="Kirkuk Governorate", place=named("Kirkuk Governorate", "IQ", "Kirkuk"))
e_pesh1 = g.ent("قوات البشمركة الكردية", "ORG", 1, **PESH)
e_kreg2 = g.ent("إقليم كردستان", "GPE", 1, **KREG)
e_abadi2 = g.ent("العبادي", "PER", 1, after="ويؤكد رئيس الوزراء", **ABADI)
e_kurds2 = g.ent("الاكراد", "ORG", 1, after="حربا ضد", nominal=True, **dict(KRG, canonical="Iraqi Kurds"))
e_secoff = g.ent("مسؤول أمني كردي", "PER", 1, nominal=True, **dict(KRG, canonical="Kurdish security official"))
e_reu = g.ent("وكالة رويترز", "ORG", 1, actor="REUTERS", party=None, role="media", canonical="Reuters")
e_pesh2 = g.ent("البشمركة الكردية", "ORG", 1, after="إن مقاتلي", **PESH)
e_armgr = g.ent("جماعات مسلحة عراقية", "ORG", 1, nominal=True, **PMF)
e_junc = g.ent("تقاطع استراتيجي", "LOC", 1, nominal=True, canonical="Strategic junction south of Kirkuk", place=named("Maktab Khalid junction", "IQ", "Kirkuk"))
e_kirk = g.ent("كركوك", "GPE", 1, after="جنوبي", **KIRKUK)
e_sol = g.ent("قاسم سليماني", "PER", 1, actor="IRN.MIL", party="IRN", role="military", canonical="Qassem Soleimani")
e_kreg3 = g.ent("إقليم كردستان العراق", "GPE", 1, **KREG)
g.ent("السلطات الكردية", "ORG", 1, nominal=True, **KRG)
g.ent("الحكومة العراقية", "ORG", 1, **IRQGOV)
g.ent("سليماني", "PER", 2, actor="IRN.MIL", party="IRN", role="military", canonical="Qassem Soleimani")
e_irgc = g.ent("الحرس الثوري الإيراني", "ORG", 1, actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
e_pmf1 = g.ent("الحشد الشعبي", "ORG", 1, **PMF)
e_krgoff = g.ent("مسؤول من مجلس الأمن التابع لحكومة إقليم كردستان العراق", "PER", 1, nominal=True, **dict(KRG, canonical="KRG Security Council official"))
e_pmf2 = g.ent("قوات الحشد الشعبي", "ORG", 1, **PMF)
e_pesh3 = g.ent("البشمركة", "ORG", 1, after="أمهلت مقاتلي", **PESH)
e_mk = g.ent("تقاطع مكتب خالد", "LOC", 1, canonical="Maktab Khalid junction", place=named("Maktab Khalid junction", "IQ", "Kirkuk"))
e_bagh = every(g, "بغداد", "GPE", **BAGH)
e_erb = every(g, "اربيل", "GPE", **ERB)
e_reg = every(g, "الاقليم", "GPE", nominal=True, **KREG)

t_sun = g.time("اليوم الأحد ( 15 أكتوبر 2017 )", "2017-10-15", "day", "at")
t_ref = g.time("25 ايلول / سبتمبر", "2017-09-25", "day", "at")
t_sun2 = g.time("اليوم الأحد", "2017-10-15", "day", "at", 1, after="لوكالة رويترز")
t_same = g.time("في الوقت نفسه", "2017-10-15", "day", "at")
t_mid = g.time("حتى منتصف الليل أمس السبت", "2017-10-14", "part_of_day", "until")

s_head = g.stmt(("الاكراد", 1, None, e_kurds0), ("يرفضون", 1), "deny", ("اي شروط للتفاوض لمعالجة الازمة بين بغداد واربيل", 1))
s_lead = g.stmt(("قادة الحزبين الرئيسيين", 1, None, e_leaders), ("أعلن", 1), "assert",
                ("رفض الشرط الذي تضعه حكومة بغداد للتفاوض مع الاقليم لمعالجة الازمة بين الجانبين والمتمثل في إلغاء الاستفتاء الذي اجري بهدف استقلال الاقليم", 1))
s_final = g.stmt(("البيان الختامي", 1), ("جاء في", 1), "assert",
                 ("القوى الكردستانية لديها استعداد كامل للحوار بدون شرط على اساس المصالح بين بغداد واربيل ووفقا لمبادئ الدستور", 1), direct=True)
s_abadi = g.stmt(("حيدر العبادي", 1, None, e_abadi), ("كرر", 1), "demand",
                 ("شرط حكومته بإلغاء الاستفتاء الذي اجري بهدف استقلال الاقليم في 25 ايلول / سبتمبر , لفتح باب الحوار لمعالجة الازمة بين بغداد واربيل", 1))
s_insist = g.stmt(("الاجتماع", 1, "لكن \""), ("اصر", 1), "demand", ("معالجة جميع المشاكل بالحوار وبدون شرط", 1), direct=True)
s_demand = g.stmt(("المجتمعون", 1, None, e_meeting), ("طالب", 1), "demand",
                  ("من مصلحة الجميع والقوى السياسية في العراق وكردستان ان تكون المفاوضات بين الاقليم وبغداد بمشاركة جهات دولية لمراقبة عمليات المفاوضات", 1),
                  direct=True)
s_warn = g.stmt(("البيان", 1, "كما اشار"), ("اشار", 1), "assert",
                ("التدخلات العسكرية أو تحريك القوات او التهديد والوعيد تؤدي الى مزيد من الخوف على علاقات بين الاقليم وبغداد , وهذه التدخلات ستشكل تهديدا لأي جهد جدي لحل المشاكل بطرق سلمية", 1),
                direct=True)
s_nowar = g.stmt(("العبادي", 1, "ويؤكد رئيس الوزراء", e_abadi2), ("يؤكد", 1), "confirm", ("لا يريد حربا ضد الاكراد", 1))
s_sec = g.stmt(("مسؤول أمني كردي", 1, None, e_secoff), ("قال", 1, "هذا و"), "assert",
               ("مقاتلي البشمركة الكردية رفضوا إنذارا من جماعات مسلحة عراقية للانسحاب من تقاطع استراتيجي جنوبي كركوك يتحكم في الوصول لبعض حقول النفط الرئيسية في المنطقة", 1),
               via=[("وكالة رويترز", 1, None, e_reu)])
s_ult1 = g.stmt(("جماعات مسلحة عراقية", 1, None, e_armgr), ("إنذارا", 1), "demand",
                ("للانسحاب من تقاطع استراتيجي جنوبي كركوك", 1), embedded_in=s_sec)
s_krg = g.stmt(("مسؤول من مجلس الأمن التابع لحكومة إقليم كردستان العراق", 1, None, e_krgoff), ("قال", 1, "الحشد الشعبي ."), "assert",
               ("قوات الحشد الشعبي أمهلت مقاتلي البشمركة مهلة حتى منتصف الليل أمس السبت للانسحاب من موقع شمالي تقاطع مكتب خالد", 1))
s_ult2 = g.stmt(("قوات الحشد الشعبي", 1, None, e_pmf2), ("أمهلت", 1), "demand",
                ("مقاتلي البشمركة مهلة حتى منتصف الليل أمس السبت للانسحاب من موقع شمالي تقاطع مكتب خالد", 1), embedded_in=s_krg)

p_ref = g.prop("other", [("agent", e_reg[0] if e_reg else None, "KRG")], ("الاستفتاء", 1), place=e_kreg1, time=t_ref)
p_meet = g.prop("other", [("agent", e_leaders, "KRG")], ("اجتمع", 1), place=e_dukan, time=t_sun)
p_deploy = g.prop("deployment", [("agent", e_fed, "IRQ"), ("target", e_pesh1, "KRG")], ("الانتشار", 1), place=e_kirkgov, time=t_sun)
p_noclash = g.prop("clash", [("agent", e_fed, "IRQ"), ("agent", e_pesh1, "KRG")], ("مواجهات", 1, "دون وقوع"), place=e_kirkgov, time=t_sun)
p_war = g.prop("clash", [("agent", e_abadi2, "IRQ"), ("target", e_kurds2, "KRG")], ("حربا", 1))
p_wd1 = g.prop("withdrawal", [("agent", e_pesh2, "KRG")], ("للانسحاب", 1), place=e_junc, time=t_sun2)
p_wd2 = g.prop("withdrawal", [("agent", e_pesh3, "KRG")], ("للانسحاب", 1, "أمهلت"), place=e_mk, time=t_mid)
p_sol = g.prop("other", [("agent", e_sol, "IRN")], ("وصل", 1), place=e_kreg3, time=t_same)
p_irgc = g.prop("support", [("agent", e_irgc, "IRN"), ("partner", e_pmf1, "IRQ.PGM")], ("يوفر", 1))

g.claim(p_ref, "author")
g.claim(p_meet, "author")
g.claim(p_deploy, "author")
g.claim(p_noclash, "author", "deny")
g.claim(p_war, s_nowar, "deny", "intended")
g.claim(p_wd1, s_ult1, "affirm", "planned")
g.claim(p_wd1, s_sec, "deny")
g.claim(p_wd2, s_ult2, "affirm", "planned")
g.claim(p_sol, "author")
g.claim(p_irgc, "author")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
