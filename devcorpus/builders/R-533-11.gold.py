"""Gold analysis of R-533 article 11 (Samir Saliha's column, credited to Al-Modon; published about 2017-10-18,
estimated): the price of the "Kurdish betrayal" after Kirkuk; Peshmerga withdrawals, Baghdad's gains, Iran's
role, what it means for Erbil, Sulaymaniyah, the PKK/PYD and Ankara.

Judgement calls:
- An opinion column, but about conflict politics (Kirkuk, Peshmerga, PMF, PKK/PYD in Syria): annotated.
  Published is an estimate: the Khanaqin withdrawal and Sinjar takeover reported as news were on
  17 October 2017; no date in the page.
- Body from «انجزت» to the last question; the headline is glued to the byline («/ سمير صالحة») and is
  left out; the closing «المدن» credit is left out.
- Author claims only for what the column states as fact (withdrawals, advances, Sinjar, flags removed,
  80% oil loss, the 2000 accord, the 25 September referendum); the author's predictions and rhetorical
  questions (Iranian gains, a US plan, Kurdish armed groups in Syria and Turkey) are not propositions.
- Statements: Abadi «شكر» and «ما قاله»; Lahur Sheikh Jangi «يقول»; Barzani «قال» (Kirkuk pledge) and
  «يصف» (the withdrawal as a unilateral decision); Barzani «يتحدث/يحدثنا» about borders; Baghdad
  «تتحدث»; PUK voices and Iraqi voices «تدعو/تطالب» (demand); Ankara «تعلن استعدادها».
- Barzani's pledge to resist any forcible recovery of Kirkuk (clash, intended) and the withdrawal
  without resistance concern different times: no contradiction recorded.
- Parties: Peshmerga/KDP/PUK/Barzani/Talabanis = KRG; Iraqi federal forces/Abadi = IRQ; PMF and its
  Yazidi unit = IRQ.PGM; PKK = PKK; PYD = SDF; Soleimani/IRGC = IRN.
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
g = Gold(text, {"id": "R-533-11", "outlet": "المدن", "published": "2017-10-18", "published_estimated": True, "url": None, "title": None})
KRG = dict(actor="KRG", party="KRG", role="government", canonical="Kurdistan Regional Government")
PESH = dict(actor="KRG.MIL", party="KRG", role="military", canonical="Peshmerga")
BARZ = dict(KRG, canonical="Masoud Barzani")
ABADI = dict(actor="IRQ.GOV", party="IRQ", role="government", canonical="Haider al-Abadi")
IRQF = dict(actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi federal forces")
PMF = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
KIRKUK = dict(canonical="Kirkuk", place=gn(94787, "Kirkuk", 35.46806, 44.39222, "IQ", "Kirkuk"))
ERB = dict(canonical="Erbil", actor="KRG", party="KRG", role="government", place=gn(95446, "Erbil", 36.19257, 44.01062, "IQ", "Erbil"))
SUL = dict(canonical="Sulaymaniyah", place=named("Sulaymaniyah", "IQ", "Sulaymaniyah"))
BAGH = dict(canonical="Baghdad", actor="IRQ.GOV", party="IRQ", role="government", place=PL["Baghdad"])
IRAQ = P("Iraq")
KREG = dict(canonical="Kurdistan Region", place=named("Kurdistan Region", "IQ"))
IRN = P("Iran", actor="IRN", party="IRN", role="government")
TUR = P("Turkey", actor="TUR", party="TUR", role="government")
ANK = dict(canonical="Ankara", actor="TUR", party="TUR", role="government", place=PL["Ankara"])
WASH = dict(canonical="Washington", actor="USA", party="USA", role="government", place=named("Washington, D.C.", "US"))

e_pesh1 = g.ent("قوات البشمركة الكردية", "ORG", 1, **PESH)
e_khan = g.ent("قضاء خانقين", "GPE", 1, canonical="Khanaqin District", place=named("Khanaqin District", "IQ", "Diyala"))
e_fed = g.ent("القوات الاتحادية العراقية", "ORG", 1, **IRQF)
e_yaz = g.ent("مجموعة أيزيدية عراقية", "ORG", 1, nominal=True, **dict(PMF, canonical="Yazidi PMF unit"))
e_pmf = g.ent("قوات الحشد الشعبي", "ORG", 1, **PMF)
e_sinjar = g.ent("مدينة سنجار", "GPE", 1, canonical="Sinjar", place=named("Sinjar", "IQ", "Nineveh"))
e_iqf = g.ent("القوات العراقية النظامية", "ORG", 1, **IRQF)
e_krgflag = g.ent("الاقليم الكردستاني", "GPE", 1, **KREG)
e_kgroups = g.ent("المجموعات الكردية", "ORG", 1, nominal=True, **PESH)
e_abadi = g.ent("حيدر العبادي", "PER", 1, **ABADI)
e_pesh2 = g.ent("قوات البشمركة", "ORG", 1, after="شكر", **PESH)
e_abadi2 = g.ent("العبادي", "PER", 1, after="عند ما قاله", **ABADI)
e_kdp = g.ent("الحزب الديمقراطي الكردي", "ORG", 1, **dict(KRG, canonical="Kurdistan Democratic Party"))
e_barz0 = g.ent("مسعود البارزاني", "PER", 1, **BARZ)
e_puk = every(g, "حزب الاتحاد الديمقراطي الكردستاني", "ORG", **dict(KRG, canonical="Patriotic Union of Kurdistan"))
e_lahur = g.ent("لاهور شيخ جنكي", "PER", 1, **dict(KRG, role="military", canonical="Lahur Sheikh Jangi"))
g.ent("جهاز مكافحة الإرهاب", "ORG", 1, **dict(KRG, role="military", canonical="KRG Counter-Terrorism Service"))
g.ent("جلال طالباني", "PER", 1, **dict(KRG, canonical="Jalal Talabani"))
g.ent("بارزاني", "PER", 1, after="إذا كانت ل", **BARZ)
e_pesh3 = g.ent("قوات البيشمركة", "ORG", 1, **PESH)
e_pkk = g.ent("حزب العمال الكردستاني", "ORG", 1, actor="PKK", party="PKK", role="armed_group", canonical="Kurdistan Workers' Party")
g.ent("جبال قنديل", "LOC", 1, canonical="Qandil Mountains", place=named("Qandil Mountains", "IQ"))
e_pyd = g.ent("حزب الاتحاد الديمقراطي الكردي السوري", "ORG", 1, actor="PYD", party="SDF", role="armed_group", canonical="Democratic Union Party (PYD)")
g.ent("القامشلي", "GPE", 1, **P("Qamishli"))
g.ent("كوباني", "GPE", 1, **P("Kobani"))
e_kreg = every(g, "اقليم كردستان العراق", "GPE", **KREG)
g.ent("كردستان العراق", "GPE", 1, **KREG)
e_isis = g.ent("تنظيم داعش", "ORG", 1, **ISIS)
g.ent("الحليف الاميركي", "ORG", 1, nominal=True, actor="USA", party="USA", role="government", canonical="United States")
g.ent("اعوان ترامب", "PER", 1, nominal=True, actor="USA.GOV", party="USA", role="government", canonical="Trump administration")
g.ent("بافل الطالباني", "PER", 1, **dict(KRG, canonical="Bafel Talabani"))
g.ent("الاتحاد الوطني الكوردستاني", "ORG", 1, **dict(KRG, canonical="Patriotic Union of Kurdistan"))
g.ent("فيلق القدس", "ORG", 1, actor="IRN.MIL", party="IRN", role="military", canonical="Quds Force")
g.ent("الحرس الثوري الايراني", "ORG", 1, actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
g.ent("قاسم سليماني", "PER", 1, actor="IRN.MIL", party="IRN", role="military", canonical="Qassem Soleimani")
g.ent("اميركا", "GPE", 1, **P("United States", actor="USA", party="USA", role="government"))
g.ent("الادارة الاميركية", "ORG", 1, actor="USA.GOV", party="USA", role="government", canonical="US administration")
g.ent("نجل طالباني", "PER", 1, nominal=True, **dict(KRG, canonical="Bafel Talabani"))
g.ent("التركمان", "ORG", 1, nominal=True, canonical="Iraqi Turkmen")
g.ent("اليمن", "GPE", 1, canonical="Yemen", place=named("Yemen", "YE"))
g.ent("دمشق", "GPE", 1, canonical="Damascus", actor="SYR.GOV", party="SYR", role="government", place=PL["Damascus"])
g.ent("موسكو", "GPE", 1, canonical="Moscow", actor="RUS", party="RUS", role="government", place=PL["Moscow"])
g.ent("اوروبا", "LOC", 1, canonical="Europe", place=named("Europe"))
e_barz = every(g, "البارزاني", "PER", **BARZ)
g.ent("الطالباني", "PER", 1, **dict(KRG, canonical="Talabani family"))
e_kirk = every(g, "كركوك", "GPE", **KIRKUK)
e_erb = every(g, "اربيل", "GPE", **ERB)
every(g, "أربيل", "GPE", **ERB)
every(g, "السليمانية", "GPE", **SUL)
e_bagh = every(g, "بغداد", "GPE", **BAGH)
e_iraq = every(g, "العراق", "GPE", **IRAQ)
every(g, "ايران", "GPE", **IRN)
every(g, "إيران", "GPE", **IRN)
every(g, "طهران", "GPE", canonical="Tehran", actor="IRN", party="IRN", role="government", place=PL["Tehran"])
every(g, "تركيا", "GPE", **TUR)
e_ank = every(g, "انقرة", "GPE", **ANK)
every(g, "أنقرة", "GPE", **ANK)
every(g, "سوريا", "GPE", **P("Syria"))
every(g, "واشنطن", "GPE", **WASH)
e_krg_n = every(g, "الاقليم", "GPE", nominal=True, **KREG)
every(g, "الإقليم", "GPE", nominal=True, **KREG)
g.ent("كردستان", "GPE", 1, after="جهة سياسية داخلية في", **KREG)
g.ent("كردستان", "GPE", 1, after="سيواجهها كل شعب", **KREG)
e_kurds = g.ent("الاكراد", "ORG", 1, nominal=True, canonical="Iraqi Kurds")

t_ref = g.time("صباح 25 ايلول / سبتمبر الماضي", "2017-09-25", "part_of_day", "at")
g.time("في الايام الاخيرة", None, "vague", "before")
t_today = g.time("اليوم", "2017-10-18", "day", "at", 1, after="وها هو")
t_2000 = g.time("سنة 2000", "2000", "year", "at")
g.time("عام 2016", "2016", "year", "at")
g.time("عام 2005", "2005", "year", "at", 1)
g.time("عام 2003", "2003", "year", "at")
g.time("عام 2005", "2005", "year", "at", 2)
g.time("عاجلا أم اجلا", None, "vague", "after")
q80 = g.qty("80 في المائة", 80, "percent")

s_thank = g.stmt(("حيدر العبادي", 1, None, e_abadi), ("شكر", 1), "assert", ("قوات البشمركة التي تعاونت مع بغداد في انجاز المهمة", 1))
s_over = g.stmt(("العبادي", 1, "عند ما قاله", e_abadi2), ("قاله", 1), "assert", ("ان الاستفتاء انتهى واصبح من الماضي", 1), direct=True)
s_lahur = g.stmt(("لاهور شيخ جنكي", 1, None, e_lahur), ("يقول", 1), "assert",
                 ("إذا كانت لبارزاني ذرة غيرة لأعلن استقالته من رئاسة الإقليم فهو يحارب من أجل النفط ونحن من أجل الوطن", 1), direct=True)
s_b1 = g.stmt(("البارزاني", 3, None, e_barz[1]), ("قال", 1, "جلب الدب"), "assert",
              ("كركوك مدينة كردستانية , هويتها كردستانية وأي قوة تفكر في أن تستردها بالقوة سيواجهها كل شعب كردستان المستعد للموت إلى آخر شخص للدفاع عنها", 1),
              direct=True)
s_b2 = g.stmt(("البارزاني", 3, None, e_barz[1]), ("يصف", 1), "assert",
              ("ما حدث في كركوك بنتيجة لقرار انفرادي اتخذه بعض الأفراد التابعين لجهة سياسية داخلية في كردستان , انتهت إلى انسحاب قوات البيشمركة بالشكل والطريقة اللذين رآهما الجميع", 1))
s_puk = g.stmt(("قيادات حزب الاتحاد الديمقراطي الكردستاني", 1), ("تدعو", 1), "demand",
               ("للتخلي عن اتفاق سنة 2000 بشأن توحيد الإدارتين المدنيتين في السليمانية وأربيل , والعودة إلى صيغة الإدارتين المنفصلتين", 1))
s_b3 = g.stmt(("البارزاني", 1, "نقل مركز القيادة"), ("يتحدث", 1), "assert", ("حدود الدم", 1))
s_b4 = g.stmt(("البارزاني", 1, "نقل مركز القيادة"), ("يحدثنا", 1), "assert", ("تبني حدود عام 2016", 1))
s_bagh = g.stmt(("بغداد", 1, "الحقيقة هي غير ذلك كليا ."), ("تتحدث", 1), "assert", ("الحدود التي رسمت باللون الاخضر عام 2005", 1))
s_iqv = g.stmt(("اصواتا عراقية كثيرة", 1), ("تطالب", 1, "اصواتا عراقية"), "demand",
               ("بفتح ملف عودة الشرعية المركزية الى ما قبل حدود عام 2003 اي ما قبل حدود الدستور العراقي نفسه المعلنة عام 2005", 1))
s_ank = g.stmt(("انقرة", 1, "فهل اكتشفت"), ("تعلن", 1), "assert", ("استعدادها للانفتاح على واشنطن واوروبا دفعة واحدة", 1))

p_wd_kh = g.prop("withdrawal", [("agent", e_pesh1, "KRG")], ("انسحابها", 1), place=e_khan)
p_adv = g.prop("advance", [("agent", e_fed, "IRQ")], ("تقدم", 1), place=e_khan)
p_nores = g.prop("clash", [("agent", e_fed, "IRQ"), ("agent", e_pesh1, "KRG")], ("مقاومة مسلحة", 1), place=e_khan)
p_sinjar = g.prop("capture", [("agent", e_yaz, "IRQ.PGM"), ("partner", e_iqf, "IRQ")], ("سيطرتها الكاملة", 1), place=e_sinjar)
p_flags = g.prop("other", [("agent", e_iqf, "IRQ")], ("تطهير", 1), place=e_kirk[0])
p_wd_kirk = g.prop("withdrawal", [("agent", e_kgroups, "KRG")], ("انسحاب", 1, "اعلام الاقليم"), place=e_kirk[0])
p_coop = g.prop("support", [("agent", e_pesh2, "KRG"), ("partner", e_bagh[0], "IRQ")], ("تعاونت", 1))
p_ref = g.prop("other", [("agent", e_kurds, "KRG")], ("الاستفتاء", 1, "صناديق"), time=t_ref)
p_oil = g.prop("other", [("agent", e_barz[0], "KRG")], ("فقد", 1, "البارزاني الذي"), place=eid(g, "كركوك", 1, "بفقدان"), quantities=[q80])
p_defend = g.prop("clash", [("agent", None, "KRG")], ("سيواجهها", 1), place=eid(g, "كركوك", 1, "عندما قال \""))
p_isisb = g.prop("capture", [("agent", None, "KRG"), ("partner", None, "USA"), ("target", e_isis, "ISIS")], ("تحريرها", 1))
p_2000 = g.prop("agreement", [("agent", None, "KRG")], ("اتفاق", 1, "للتخلي عن"), time=t_2000)
g.claim(p_wd_kh, "author")
g.claim(p_adv, "author")
g.claim(p_nores, "author", "deny")
g.claim(p_sinjar, "author")
g.claim(p_flags, "author")
g.claim(p_wd_kirk, "author")
g.claim(p_wd_kirk, s_b2)
g.claim(p_coop, s_thank)
g.claim(p_ref, "author")
g.claim(p_oil, "author")
g.claim(p_defend, s_b1, "affirm", "intended")
g.claim(p_isisb, "author")
g.claim(p_2000, "author")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
