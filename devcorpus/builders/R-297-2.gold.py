"""Gold analysis of unifiedfc R-297 article 2 (Elaph, Thursday 2017-05-18): PMF take the Sahl Sinjar military
airport west of Mosul; Peshmerga repel an ISIS attack on Tuz Khurmatu; Iraqi air strikes in west Mosul;
Federal Police figures; Mosul background.

Judgement calls:
- Body starts at the lede, after the repeated headline, byline ("د أسامة مهدي") and photo captions.
- The lede's second and third clauses (Tuz attack, F-16 strike) and "وجاء تحرير المطار", "كما تم
  تحرير قريتي ...", "يذكر أن ..." are the author's voice.
- "وأشار إلى أن" after the PMF confirmation has no named subject: attributed to the PMF (same
  entity as the preceding sentence).
- "وأشارالمقدم فاروق أحمد" is fused in the crawl; the cue cannot be spanned as "أشار", so "إلى أن"
  is used as the cue and "فاروق أحمد" as the source. Rudaw is the via.
- The lede's "15 killed and wounded" Peshmerga equals 2 killed + 13 wounded given later: no value
  contradiction; the combined figure has of=None.
- Each struck place is its own airstrike proposition (al-Shifa, Tal Afar IED factory, 17 Tammuz, Tal
  Faris). Kurdish parties: KRG; PMF: IRQ.PGM (as in the worked example); Iraqi army/police/air: IRQ.
- The PMF statement's seizure of a car bomb in al-Hassan mosque is "other".
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
g = Gold(text, {"id": "R-297-2", "outlet": "إيلاف", "published": "2017-05-18", "url": None, "title": None})
MOSUL = dict(canonical="Mosul", place=gn(99072, "Mosul", 36.335, 43.11889, "IQ", "Nineveh"))
QAYR = dict(canonical="al-Qayrawan", place=named("al-Qayrawan", "IQ", "Nineveh"))
AIRP = dict(canonical="Sahl Sinjar military airport", place=named("Sahl Sinjar airbase", "IQ", "Nineveh"))
PMF = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
PESH = dict(actor="KRG.MIL", party="KRG", role="military", canonical="Peshmerga")
IQM = dict(actor="IRQ.MIL", party="IRQ", role="military")
TUZ = dict(canonical="Tuz Khurmatu", place=named("Tuz Khurmatu", "IQ", "Salah ad-Din"))
KIRKUK = dict(canonical="Kirkuk", place=gn(94787, "Kirkuk", 35.46806, 44.39222, "IQ", "Kirkuk"))
TALAFAR = dict(canonical="Tal Afar District", place=named("Tal Afar District", "IQ", "Nineveh"))
AINF = dict(canonical="Ain Fathi", place=named("Ain Fathi", "IQ", "Nineveh"))
SHIFA = dict(canonical="al-Shifa (Mosul)", place=named("al-Shifa", "IQ", "Nineveh"))
T17 = dict(canonical="17 Tammuz (Mosul)", place=named("17 Tammuz", "IQ", "Nineveh"))
FP = dict(canonical="Iraqi Federal Police", **IQM)
JAWDAT = dict(canonical="Raed Shaker Jawdat", **IQM)

# lede
e_iqf = g.ent("القوات العراقية", "ORG", 1, canonical="Iraqi forces", **IQM)
e_ap1 = g.ent("مطار سهل سنجار العسكري", "FAC", 1, **AIRP)
e_isis1 = g.ent("تنظيم داعش", "ORG", 1, **ISIS)
e_q1 = g.ent("ناحية القيروان", "GPE", 1, **QAYR)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_pesh1 = g.ent("قوات البيشمركة", "ORG", 1, **PESH)
e_isis_l = g.ent("لتنظيم", "ORG", 1, after="هجوم ا", nominal=True, **ISIS)  # للتنظيم
e_tuz0 = g.ent("بلدة طوزخرماتو", "GPE", **TUZ)
g.ent("كركوك", "GPE", 1, **KIRKUK)
e_f16a = g.ent("طائرات أف 16", "ORG", nominal=True, canonical="Iraqi Air Force F-16s", **IQM)
g.ent("داعش", "ORG", 2, **ISIS)
e_mos1 = g.ent("الموصل", "GPE", 1, **MOSUL)
# PMF paragraphs
e_pmf1 = g.ent("قوات الحشد الشعبي", "ORG", 1, **PMF)
e_ap2 = g.ent("مطار سهل سنجار العسكري", "FAC", 2, **AIRP)
g.ent("القيروان", "GPE", 2, **QAYR)
g.ent("الموصل", "GPE", 2, **MOSUL)
g.ent("سوريا", "GPE", 2, **SYRIA)
e_b1314 = g.ent("اللواءين 13 , و 14 في الحشد", "ORG", **{**PMF, "canonical": "PMF brigades 13 and 14"})
g.ent("مطار سهل سنجار العسكري", "FAC", 3, **AIRP)
g.ent("القيروان", "GPE", 3, **QAYR)
e_pmf3 = g.ent("قوات الحشد", "ORG", 1, after="بعد ساعات من اقتحام", **PMF)
e_isis3 = g.ent("داعش", "ORG", 3, **ISIS)
e_ap4 = g.ent("مطار سهل سنجار العسكري", "FAC", 4, **AIRP)
g.ent("الموصل", "GPE", 3, **MOSUL)
e_pmf4 = g.ent("الحشد", "ORG", 4, **PMF)
g.ent("إيلاف", "ORG", actor="ELAPH", party=None, role="media", canonical="Elaph")
e_pmf5 = g.ent("قوات الحشد الشعبي", "ORG", 2, **PMF)
e_aav1 = g.ent("طيران الجيش", "ORG", 1, canonical="Iraqi Army Aviation", **IQM)
e_q4 = g.ent("ناحية القيروان", "GPE", 1, after="تواصل تقدمها جنوب", **QAYR)
e_b10 = g.ent("اللواء العاشر للحشد", "ORG", **{**PMF, "canonical": "PMF 10th brigade"})
e_mosq = g.ent("جامع الحسن", "FAC", canonical="al-Hassan mosque", place=named("al-Hassan mosque", "IQ", "Nineveh"))
e_ain1 = g.ent("قرية عين فتحي", "GPE", 1, **AINF)
g.ent("القيروان", "GPE", 5, **QAYR)
g.ent("تنظيم داعش", "ORG", 2, **ISIS)
e_ain2 = g.ent("قرية عين فتحي", "GPE", 2, **AINF)
g.ent("القيروان", "GPE", 6, **QAYR)
e_akh = g.ent("اخميسية", "GPE", canonical="Akhmisiya", place=named("Akhmisiya", "IQ", "Nineveh"))
g.ent("القيروان", "GPE", 7, **QAYR)
g.ent("عين فتحي", "GPE", 1, after="اخميسية", **AINF)
g.ent("القيروان", "GPE", 8, **QAYR)
e_b13 = g.ent("اللواء 13 في الحشد الشعبي", "ORG", **{**PMF, "canonical": "PMF 13th brigade"})
e_karka = g.ent("قرية \" كركة \"", "GPE", canonical="Karka", place=named("Karka", "IQ", "Nineveh"))
g.ent("القيروان", "GPE", 9, **QAYR)
e_cmd = g.ent("قيادتا العمليات العسكرية", "ORG", canonical="Iraqi military operations command", **IQM)
e_pmf7 = g.ent("قوات الحشد الشعبي", "ORG", 3, **PMF)
e_q10 = g.ent("ناحية القيروان", "GPE", 1, after="لتحرير", **QAYR)
e_isis5 = g.ent("تنظيم داعش", "ORG", 3, **ISIS)
g.ent("الحدود السورية", "LOC", canonical="Iraq-Syria border", place=named("Iraq-Syria border"))
g.ent("قضاء تلعفر", "GPE", 1, **TALAFAR)
g.ent("محافظة نينوى", "GPE", canonical="Nineveh Governorate", place=named("Nineveh Governorate", "IQ", "Nineveh"))
g.ent("بغداد", "GPE", canonical="Baghdad", place=gn(98182, "Baghdad", 33.34058, 44.40088, "IQ", "Baghdad"))
g.ent("لحشد الشعبي", "ORG", 1, after="القائد الميداني", **PMF)  # للحشد
g.ent("العراق", "GPE", 1, after="القائد الميداني", **IRAQ)
e_amiri = g.ent("هادي العامري", "PER", actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Hadi al-Amiri")
e_isis6 = g.ent("تنظيم داعش", "ORG", 4, **ISIS)
e_pmf8 = g.ent("قوات الحشد", "ORG", 1, after="لأسلحة حرارية ضد", **PMF)
e_q11 = g.ent("ناحية القيروان", "GPE", 1, after="المهاجمة لتحرير", **QAYR)
g.ent("الموصل", "GPE", 4, **MOSUL)
g.ent("الاراضي السورية", "LOC", canonical="Syria", place=SYRIA["place"])
# Tuz
e_pesh2 = g.ent("قوات البيشمركة الكردية", "ORG", **PESH)
e_isis7 = g.ent("تنظيم داعش", "ORG", 5, **ISIS)
e_tuz = g.ent("قضاء طوزخورماتو", "GPE", **TUZ)
g.ent("كركوك", "GPE", 2, **KIRKUK)
e_far = g.ent("فاروق أحمد", "PER", canonical="Farouk Ahmed", actor="KRG.MIL", party="KRG", role="military")
g.ent("قوات البيشمركة", "ORG", 3, **PESH)
e_rudaw = g.ent("شبكة رووداو الكردية", "ORG", actor="KRG.MED", party="KRG", role="media", canonical="Rudaw")
g.ent("تنظيم داعش", "ORG", 6, **ISIS)
e_zarka = g.ent("جسر الزركة", "FAC", canonical="al-Zarka bridge", place=named("al-Zarka bridge", "IQ", "Salah ad-Din"))
g.ent("قوات البيشمركة", "ORG", 4, **PESH)
g.ent("داعش", "ORG", 9, **ISIS)
g.ent("التنظيم", "ORG", 1, after="افشال خطط", nominal=True, **ISIS)
e_anw = g.ent("انور فتاح", "PER", canonical="Anwar Fattah", actor="KRG.MIL", party="KRG", role="military")
g.ent("قوات البيشمركة", "ORG", 5, **PESH)
g.ent("طوزخورماتو", "GPE", 2, **TUZ)
g.ent("قوات البيشمركة", "ORG", 6, **PESH)
g.ent("داعش", "ORG", 10, **ISIS)
# air strikes
e_isis11 = g.ent("داعش", "ORG", 11, **ISIS)
e_shifa1 = g.ent("حي الشفاء", "LOC", 1, **SHIFA)
g.ent("الموصل", "GPE", 5, **MOSUL)
e_cell = g.ent("خلية الإعلام الحربي", "ORG", canonical="Iraqi War Media Cell", **IQM)
g.ent("خلية استخبارات عمليات \" قادمون يانينوى \"", "ORG", canonical="'We Are Coming, Nineveh' operations intelligence cell", **IQM)
e_f16b = g.ent("طائرات F16 العراقية", "ORG", nominal=True, canonical="Iraqi Air Force F-16s", **IQM)
g.ent("تنظيم داعش", "ORG", 7, **ISIS)
g.ent("حي الشفاء", "LOC", 2, **SHIFA)
g.ent("لموصل", "GPE", 1, **MOSUL)
g.ent("لتنظيم", "ORG", 1, after="مقرين تابعين", nominal=True, **ISIS)
e_taf2 = g.ent("قضاء تلعفر", "GPE", 2, **TALAFAR)
g.ent("الموصل", "GPE", 6, **MOSUL)
e_aav2 = g.ent("طيران الجيش", "ORG", 2, canonical="Iraqi Army Aviation", **IQM)
g.ent("داعش", "ORG", 13, **ISIS)
e_t17a = g.ent("حي 17 تموز", "LOC", 1, **T17)
g.ent("الموصل", "GPE", 7, **MOSUL)
e_tf = g.ent("تل فارس", "GPE", canonical="Tal Faris", place=named("Tal Faris", "IQ", "Nineveh"))
g.ent("قضاء تلعفر", "GPE", 3, **TALAFAR)
g.ent("الشرطة الاتحادية", "ORG", 1, **FP)
e_jaw = g.ent("الفريق رائد شاكر جودت", "PER", **JAWDAT)
g.ent("تنظيم داعش", "ORG", 8, **ISIS)
e_mos8 = g.ent("الموصل", "GPE", 8, **MOSUL)
e_jaw2 = g.ent("جودت", "PER", 1, after="وقال جودت", **JAWDAT)
e_fp2 = g.ent("الشرطة الاتحادية", "ORG", 2, **FP)
e_t17b = g.ent("حي 17 تموز", "LOC", 2, **T17)
e_fp3 = g.ent("الشرطة الاتحادية", "ORG", 3, **FP)
e_mos_w = g.ent("لموصل", "GPE", 2, **MOSUL)
e_jf = g.ent("القوات العراقية المشتركة", "ORG", canonical="Iraqi joint forces", **IQM)
e_mos9 = g.ent("الموصل", "GPE", 9, **MOSUL)
e_isis_m = g.ent("تنظيم داعش", "ORG", 9, **ISIS)

# times
t_today = g.time("اليوم", "2017-05-18", "day", "at", 1)
g.time("اليوم", "2017-05-18", "day", "at", 2)
g.time("بعد ساعات", None, "vague", "after")
g.time("في اليوم السابع على التوالي", "2017-05-18", "day", "at")
t_fri = g.time("الجمعة الماضي", "2017-05-12", "day", "at")
t_yday = g.time("امس", "2017-05-17", "day", "at")
t_dawn = g.time("في الساعات الأولى من فجر اليوم الخميس", "2017-05-18", "part_of_day", "at")
g.time("في حوالي الساعة 3 : 20 من فجر هذا اليوم", "2017-05-18T03:20", "part_of_day", "at")
t_today6 = g.time("اليوم", "2017-05-18", "day", "at", 6)
g.time("اليوم", "2017-05-18", "day", "at", 7)
t_feb = g.time("في 19 فبراير الماضي", "2017-02-19", "day", "since")
t_jan = g.time("في 24 من يناير الماضي", "2017-01-24", "day", "at")
t_feb2 = g.time("في 19 فبراير", "2017-02-19", "day", "at", 1, after="فيما اطلقت")
g.time("حالي ا", "2017-05-18", "day", "at")

# quantities
q15 = g.qty("15 من عناصرها", 15, "people", None)
q10 = g.qty("10 عناصر", 10, "people", "killed")
g.qty("400 كم", 400, "km")
q2a = g.qty("عنصرين", 2, "people", "killed")
q13a = g.qty("13 آخرين", 13, "people", "wounded")
q2b = g.qty("مقاتلان", 2, "people", "killed")
q13b = g.qty("13 آخرون", 13, "people", "wounded")
q_dz = g.qty("العشرات من عناصره", None, "people", "killed")
q13c = g.qty("13 عنصرا", 13, "people", "killed")
q13d = g.qty("13 داعشي ا", 13, "people", "killed")
g.qty("3 عجلات مفخخة", 3, "vehicles")
q291 = g.qty("291 كيلومتر ا مربع ا", 291, "km2")
q270 = g.qty("270 الف مدني", 270000, "people", "displaced")

# statements
s_iqf = g.stmt(("القوات العراقية", 1, None, e_iqf), ("أعلنت", 1), "assert",
               ("تحرير مطار سهل سنجار العسكري الاستراتيجي من قبضة تنظيم داعش , والسيطرة على ثلاث قرى في محيط ناحية القيروان قرب الحدود مع سوريا", 1))
s_pmf1 = g.stmt(("قوات الحشد الشعبي", 1, None, e_pmf1), ("أكدت", 1), "confirm",
                ("تحرير مطار سهل سنجار العسكري جنوب القيروان غرب الموصل قرب الحدود مع سوريا", 1))
s_pmf2 = g.stmt(("قوات الحشد الشعبي", 1, None, e_pmf1), ("أشار إلى أن", 1), "assert",
                ("اللواءين 13 , و 14 في الحشد حررا مطار سهل سنجار العسكري جنوب القيروان , الذي يعد من المطارات المهمة لوجستيا واستراتيجيا", 1))
s_pmf3 = g.stmt(("الحشد", 4, None, e_pmf4), ("قال", 1, "وقال الحشد"), "assert",
                ("قوات الحشد الشعبي وبمساندة طيران الجيش تواصل تقدمها جنوب ناحية القيروان فيما سيطر اللواء العاشر للحشد على سيارة مفخخة ومواد معدة للتفجير بداخل جامع الحسن في قرية عين فتحي شمال القيروان", 1),
                medium=("بيان اطلعت على نصه \" إيلاف \"", 1))
s_pmf4 = g.stmt(("الحشد", 4, None, e_pmf4), ("أشار إلى", 1, "شمال القيروان ."), "assert",
                ("قتل 10 عناصر من تنظيم داعش خلال عملية تطهير قرية عين فتحي شمال القيروان", 1))
s_ann = g.stmt(("قيادتا العمليات العسكرية وقوات الحشد الشعبي", 1, None, e_cmd), ("أعلنتا", 1), "assert",
               ("انطلاق عملية عسكرية لتحرير ناحية القيروان من سيطرة تنظيم داعش باتجاه الحدود السورية اقصى غرب قضاء تلعفر التابع لمحافظة نينوى", 1))
s_am1 = g.stmt(("هادي العامري", 1, None, e_amiri), ("كشف", 1), "assert",
               ("استخدام تنظيم داعش لأسلحة حرارية ضد قوات الحشد المهاجمة لتحرير ناحية القيروان غرب الموصل قرب الاراضي السورية", 1))
s_am2 = g.stmt(("هادي العامري", 1, None, e_amiri), ("معلن ا", 1), "assert", ("استخدام تكتيكات جديدة لمواجهة هذا التطور", 1))
s_far1 = g.stmt(("فاروق أحمد", 1, None, e_far), ("إلى أن", 1, "فاروق أحمد"), "assert",
                ("في حوالي الساعة 3 : 20 من فجر هذا اليوم هاجم عدد كبير من عناصر تنظيم داعش , من جهة جسر الزركة , المواقع التي تتمركز بها قوات البيشمركة , وقد استمرت المواجهات لأكثر من ساعتين", 1),
                via=[("شبكة رووداو الكردية", 1, None, e_rudaw)], direct=True)
s_far2 = g.stmt(("فاروق أحمد", 1, None, e_far), ("أكد قائلا", 1), "confirm",
                ("تمكنا من احراق إحدى الآليات , \" حفارة \" تابعة لداعش , والتي جاء بها لفتح الطريق أمام عناصره , وتم قتل واصابة عدد منهم , حيث تمكنت القوات من افشال خطط التنظيم بالكامل والتصدي له", 1),
                via=[("شبكة رووداو الكردية", 1, None, e_rudaw)], direct=True)
s_anw = g.stmt(("انور فتاح", 1, None, e_anw), ("قال", 1, "من جانبه ,"), "assert",
               ("استشهد مقاتلان من قوات البيشمركة في هذه الاشتباكات واصيب 13 آخرون , وتم قتل واصابة عدد كبير من عناصر داعش", 1), direct=True)
s_cell1 = g.stmt(("خلية الإعلام الحربي", 1, None, e_cell), ("أشارت", 1, "وأشارت خلية"), "assert",
                 ("استنادا الى معلومات خلية استخبارات عمليات \" قادمون يانينوى \" , وجهت طائرات F16 العراقية ضربات جوية اسفرت عن تدمير معمل لتفخيخ العجلات ومضافة لتنظيم داعش , وقتل مجموعة من عناصره كانوا بداخلها , وتدمير جميع الأسلحة ومواد التفجير بداخل المعمل في حي الشفاء ضمن الساحل الأيمن للموصل , كما دمرت مقرين تابعين للتنظيم , إحدهما يستخدم للاتصالات وقتل جميع الارهابيين الذين كانوا بداخلهما , وتدمير معمل لتصنيع العبوات الناسفة في قضاء تلعفر غرب الموصل", 1))
s_cell2 = g.stmt(("خلية الإعلام الحربي", 1, None, e_cell), ("أضافت", 1, "غرب الموصل .\nوأضافت"), "assert",
                 ("طيران الجيش وجه عدة ضربات جوية اسفرت عن تدمير أربعة اوكار ومضافتين لداعش وتدمير عجلتين ودراجتين ناريتين , وقتل العشرات من عناصره في حي 17 تموز بالموصل , كما دمرت ثلاثة اوكار ودراجة نارية مفخخة وقتل العديد من الارهابيين في تل فارس شمال شرق قضاء تلعفر", 1))
s_jaw1 = g.stmt(("الفريق رائد شاكر جودت", 1, None, e_jaw), ("أعلن", 1, "ومن جهته"), "assert",
                ("مقتل 13 عنصرا لتنظيم داعش في المحور الشمالي من الساحل الايمن من الموصل", 1))
s_jaw2 = g.stmt(("جودت", 1, "وقال جودت", e_jaw2), ("قال", 1, "وقال جودت"), "assert",
                ("قطعات الشرطة الاتحادية في المحور الشمالي تمكنت من قتل 13 داعشي ا وتدمير 3 عجلات مفخخة ومفرزة للهاون ومضافتين خلال تطهير الحافات النهائية من حي 17 تموز", 1),
                medium=("في بيان", 1, "وقال جودت"), direct=True)
s_jaw3 = g.stmt(("جودت", 1, "وقال جودت", e_jaw2), ("أوضح", 1, "حي 17 تموز \" ."), "assert",
                ("قطعات الشرطة الاتحادية تمكنت من فرض سيطرتها على مساحة تبلغ 291 كيلومتر ا مربع ا من اراضي الجانب الايمن للموصل , واجلاء 270 الف مدني منذ انطلاق المعركة هناك في 19 فبراير الماضي", 1))

# propositions and claims
A = "author"
def ev(typ, actors, trig, place=None, time=None, qs=(), by=(A,), mod="actual"):
    p = g.prop(typ, actors, trig, place=place, time=time, quantities=qs)
    for b in by:
        g.claim(p, b, "affirm", mod)
    return p
ev("capture", [("agent", e_b1314, "IRQ.PGM"), ("agent", e_iqf, "IRQ"), ("target", e_isis1, "ISIS")], ("تحرير", 1), e_ap1, t_today,
   by=(s_iqf, s_pmf1, s_pmf2, A))
ev("capture", [("agent", e_iqf, "IRQ"), ("target", e_isis1, "ISIS")], ("السيطرة", 1), e_q1, t_today, by=(s_iqf,))
ev("attack", [("agent", e_isis7, "ISIS"), ("target", e_pesh2, "KRG")], ("هجوم ا", 1), e_tuz, t_dawn, by=(A, s_far1))
ev("casualties", [("target", e_pesh2, "KRG"), ("target", e_isis7, "ISIS")], ("قتل واصيب", 1), e_tuz, t_dawn,
   qs=[q15, q2a, q13a, q2b, q13b], by=(A, s_anw, s_far2))
ev("airstrike", [("agent", e_f16a, "IRQ"), ("target", e_isis11, "ISIS")], ("دمرت", 1), e_shifa1, t_today6, by=(A, s_cell1))
ev("attack", [("agent", e_pmf3, "IRQ.PGM"), ("target", e_isis3, "ISIS")], ("اقتحام", 1), e_ap4)
ev("advance", [("agent", e_pmf5, "IRQ.PGM")], ("تقدمها", 1), e_q4, by=(s_pmf3,))
ev("support", [("agent", e_aav1, "IRQ"), ("partner", e_pmf5, "IRQ.PGM")], ("بمساندة", 1), e_q4, by=(s_pmf3,))
ev("other", [("agent", e_b10, "IRQ.PGM")], ("سيطر", 1, "فيما سيطر"), e_mosq, by=(s_pmf3,))
ev("casualties", [("target", e_isis5, "ISIS")], ("قتل", 1, "وأشار إلى قتل"), e_ain2, qs=[q10], by=(s_pmf4,))
ev("capture", [("agent", None, "IRQ.PGM")], ("تحرير", 1, "كما تم"), e_akh)
ev("capture", [("agent", e_b13, "IRQ.PGM")], ("اقتحام", 1, "وعين فتحي شمال القيروان"), e_karka)
ev("attack", [("agent", e_cmd, "IRQ"), ("agent", e_pmf7, "IRQ.PGM"), ("target", e_isis5, "ISIS")], ("عملية عسكرية", 1), e_q10, t_fri, by=(s_ann,))
ev("control", [("agent", e_isis5, "ISIS")], ("سيطرة", 1, "ناحية القيروان من"), e_q10, by=(s_ann,))
ev("attack", [("agent", e_isis6, "ISIS"), ("target", e_pmf8, "IRQ.PGM")], ("لأسلحة حرارية", 1), e_q11, by=(s_am1,))
ev("airstrike", [("agent", e_f16b, "IRQ"), ("target", None, "ISIS")], ("تدمير معمل لتصنيع العبوات الناسفة", 1), e_taf2, by=(s_cell1,))
ev("airstrike", [("agent", e_aav2, "IRQ"), ("target", None, "ISIS")], ("ضربات جوية", 1, "طيران الجيش وجه عدة"), e_t17a, qs=[q_dz], by=(s_cell2,))
ev("airstrike", [("agent", e_aav2, "IRQ"), ("target", None, "ISIS")], ("دمرت", 1, "بالموصل , كما"), e_tf, by=(s_cell2,))
ev("casualties", [("agent", e_fp2, "IRQ"), ("target", None, "ISIS")], ("مقتل", 1, "ومن جهته"), e_t17b, qs=[q13c, q13d], by=(s_jaw1, s_jaw2))
ev("control", [("agent", e_fp3, "IRQ")], ("فرض سيطرتها", 1), e_mos_w, by=(s_jaw3,))
ev("displacement", [("agent", e_fp3, "IRQ")], ("اجلاء", 1), e_mos_w, t_feb, qs=[q270], by=(s_jaw3,))
ev("attack", [("agent", e_jf, "IRQ"), ("target", e_isis_m, "ISIS")], ("عمليات عسكرية واسعة النطاق", 1), e_mos9)
ev("capture", [("agent", e_jf, "IRQ"), ("target", e_isis_m, "ISIS")], ("تحرير", 1, "تمكنت في 24"), e_mos9, t_jan)
ev("attack", [("agent", e_jf, "IRQ"), ("target", e_isis_m, "ISIS")], ("اطلقت", 1, "فيما"), e_mos9, t_feb2)
ev("capture", [("agent", e_jf, "IRQ")], ("تحرر معظمه", 1), e_mos9)
ev("control", [("agent", e_isis_m, "ISIS")], ("لم تتبق", 1), e_mos9)
ev("advance", [("agent", e_jf, "IRQ")], ("تتقدم", 1), e_mos9)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
