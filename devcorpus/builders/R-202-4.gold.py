"""Gold analysis of unifiedfc R-202 article 4 (Al Khaleej Online, 2017-02-13): ISIS attack on PMF positions
near Tal Afar (4 PMF and 13 ISIS killed); Iraqi airstrikes in Anbar; strikes on Mosul stadium; drone
attack on Mosul University; background on the Mosul offensive.

Judgement calls:
- The headline is repeated and followed by a related-links line; the body starts at the first
  sentence ("ق تل 4 ..."). Inline subheadings (غارات تستهدف داعش، قصف ملعب بالموصل، قصف جامعة) stay in
  the body; their named mentions are annotated, they get no statements or claims.
- "مساء الأحد" = Sunday 2017-02-12 (published Monday 13th).
- Statements given "ل - الأناضول" or "للتلفاز الرسمي" carry that outlet as via.
- The PMF (and Kata'ib Hezbollah, Hashd Tal Afar) get party IRQ.PGM as Iraqi militias in the worked
  example; Iraqi police, army and CTS get IRQ. Anadolu: party TUR (state agency).
- The ISIS attack near Tal Afar: attack + casualties (4 and 13 killed) by the author and Saad Hadi; the
  VBIEDs a bombing, the mortars a shelling.
- Air strikes: one proposition for the Iraqi air force strikes in Anbar (Iraqi sources, IQAF statement),
  a separate one for the strike on the ISIS meeting in al-Zalla (Rasul, with an unnumbered death toll),
  one for the stadium strikes (3 strikes, about 3 killed; the coalition attribution is hedged
  "من المرجح", kept as partner-less agent with the coalition entity). The drone attack on the university
  is one airstrike by ISIS (1 killed, 4 wounded) claimed by the CTS officer and al-Harithi.
- ISIS controlling western Mosul is asserted by al-Sheikh and by the author's background on the
  planned west-Mosul phase; no contradiction.
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
g = Gold(text, {"id": "R-202-4", "outlet": "الخليج أونلاين", "published": "2017-02-13", "url": None, "title": None})
MOSUL = dict(canonical="Mosul", place=gn(99072, "Mosul", 36.335, 43.11889, "IQ", "Nineveh"))
TALAFAR = dict(canonical="Tal Afar", place=named("Tal Afar", "IQ", "Nineveh"))
QAIM = dict(canonical="Al-Qaim District", place=named("Al-Qaim District", "IQ", "Anbar"))
PMF = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
IRQSEC = dict(actor="IRQ.MIL", party="IRQ", role="military")
AA = dict(actor="TUR.MED", party="TUR", role="media", canonical="Anadolu Agency")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")

e_pmf1 = g.ent("قوات الحشد الشعبي", "ORG", **PMF)
g.ent("لحكومة العراقية", "ORG", actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi government")  # للحكومة
e_isis1 = g.ent("تنظيم الدولة", "ORG", 1, **ISIS)
e_isis1b = g.ent("التنظيم", "ORG", 1, after="شنها", nominal=True, **ISIS)
e_pmf2 = g.ent("الحشد", "ORG", 2, **PMF)
e_taf1 = g.ent("قضاء تلعفر", "GPE", **TALAFAR)
g.ent("الموصل", "GPE", 1, **MOSUL)
g.ent("العراق", "GPE", 1, **IRAQ)
e_hadi = g.ent("سعد هادي", "PER", canonical="Saad Hadi", **IRQSEC)
g.ent("شرطة تلعفر", "ORG", canonical="Tal Afar police", **IRQSEC)
e_aa1 = g.ent("الأناضول", "ORG", 1, **AA)
e_isis2 = g.ent("داعش", "ORG", 1, **ISIS)
g.ent("كتائب حزب الله", "ORG", actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Kata'ib Hezbollah")
g.ent("حشد تلعفر", "ORG", actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Tal Afar Hashd")
g.ent("شرطة طوارئ تلعفر", "ORG", canonical="Tal Afar emergency police", **IRQSEC)
e_shar = g.ent("قرية الشرائع", "GPE", canonical="al-Sharai'", place=named("al-Sharai'", "IQ", "Nineveh"))
g.ent("تلعفر", "GPE", 5, **TALAFAR)
e_hadi2 = g.ent("هادي", "PER", 1, after="وأضاف", canonical="Saad Hadi", **IRQSEC)
g.ent("داعش", "ORG", 2, **ISIS)
g.ent("الحشد الشعبي", "ORG", 1, after="مفخختين و 4 من", **PMF)
e_src = g.ent("المصدر", "PER", 1, after="وأوضح", nominal=True, canonical="Saad Hadi", **IRQSEC)
g.ent("تنظيم داعش", "ORG", 1, **ISIS)
g.ent("داعش", "ORG", 4, **ISIS)
e_irqsrc = g.ent("مصادر عراقية", "PER", nominal=True, canonical="Iraqi sources")
e_isis3 = g.ent("تنظيم الدولة", "ORG", 2, **ISIS)
e_mos2 = g.ent("الموصل", "GPE", 2, **MOSUL)
e_anbar = g.ent("محافظة الأنبار", "GPE", canonical="Anbar Governorate", place=named("Anbar Governorate", "IQ", "Anbar"))
e_iqaf = g.ent("قيادة القوة الجوية العراقية", "ORG", actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi Air Force command")
e_karab = g.ent("منطقة الكرابلة", "GPE", canonical="Karabila", place=named("Karabila", "IQ", "Anbar"))
g.ent("قضاء القائم", "GPE", 1, **QAIM)
g.ent("الرمادي", "GPE", canonical="Ramadi", place=gn(98717, "Ramadi", 33.42056, 43.30778, "IQ", "Anbar"))
g.ent("الأنبار", "GPE", 1, after="عاصمة", canonical="Anbar Governorate", place=named("Anbar Governorate", "IQ", "Anbar"))
e_rasul = g.ent("العميد يحيى رسول", "PER", canonical="Yahya Rasul", **IRQSEC)
g.ent("قيادة العمليات المشتركة", "ORG", canonical="Joint Operations Command", **IRQSEC)
e_tv = g.ent("لتلفاز الرسمي", "ORG", nominal=True, actor="IRQ.MED", party="IRQ", role="media", canonical="Iraqi state television")  # للتلفاز
g.ent("داعش", "ORG", 5, **ISIS)
e_zalla = g.ent("منطقة الزلة", "GPE", canonical="al-Zalla", place=named("al-Zalla", "IQ", "Anbar"))
g.ent("قضاء القائم", "GPE", 2, **QAIM)
g.ent("الموصل", "GPE", 3, **MOSUL)
g.ent("الموصل", "GPE", 4, **MOSUL)
e_shk = g.ent("مظفر الشيخ", "PER", canonical="Muzaffar al-Sheikh", **IRQSEC)
g.ent("قوات جهاز الشرطة المحلية", "ORG", canonical="Local police", **IRQSEC)
e_aa2 = g.ent("الأناضول", "ORG", 2, **AA)
e_coal = g.ent("لتحالف الدولي", "ORG", **COAL)  # للتحالف
e_stad = g.ent("ملعب نادي الموصل", "FAC", canonical="Mosul Club stadium", place=named("Mosul Club stadium", "IQ", "Nineveh"))
g.ent("منطقة باب سنجار", "LOC", canonical="Bab Sinjar", place=named("Bab Sinjar", "IQ", "Nineveh"))
e_mos6 = g.ent("الموصل", "GPE", 6, **MOSUL)
e_isis6 = g.ent("داعش", "ORG", 6, **ISIS)
e_shk2 = g.ent("الشيخ", "PER", 1, after="وأوضح الشيخ", canonical="Muzaffar al-Sheikh", **IRQSEC)
g.ent("داعش", "ORG", 7, **ISIS)
e_cto = g.ent("ضابط", "PER", 1, after="كشف", nominal=True, canonical="Counter-Terrorism Service officer", **IRQSEC)
g.ent("قوات جهاز مكافحة الإرهاب", "ORG", canonical="Counter-Terrorism Service", **IRQSEC)
e_isis_u = g.ent("التنظيم", "ORG", 1, after="إثر هجوم شنه", nominal=True, **ISIS)
e_univ = g.ent("جامعة الموصل", "FAC", 1, canonical="University of Mosul", place=named("University of Mosul", "IQ", "Nineveh"))
e_har = g.ent("العميد يونس مقدام الحارثي", "PER", canonical="Younis Muqdam al-Harithi", **IRQSEC)
g.ent("جهاز مكافحة الإرهاب", "ORG", 1, after="وحدة المتابعة العسكرية في", canonical="Counter-Terrorism Service", **IRQSEC)
e_aa3 = g.ent("الأناضول", "ORG", 3, **AA)
g.ent("جامعة الموصل", "FAC", 2, canonical="University of Mosul", place=named("University of Mosul", "IQ", "Nineveh"))
e_iqf = g.ent("القوات العراقية", "ORG", actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi forces")
e_mos9 = g.ent("الموصل", "GPE", 9, **MOSUL)
g.ent("تنظيم الدولة", "ORG", 3, **ISIS)
e_coal2 = g.ent("التحالف الدولي", "ORG", 1, **COAL)
g.ent("الولايات المتحدة", "GPE", **USA_)
e_iraq = g.ent("العراق", "GPE", 1, after="وكان", actor="IRQ.GOV", party="IRQ", role="government", **IRAQ)

# times
t_sun = g.time("في وقت متأخر مساء الأحد", "2017-02-12", "part_of_day", "at")
t_now = g.time("إلى غاية الآن", "2017-02-13", "day", "until")
t_oct = g.time("منذ 17 أكتوبر / تشرين الأول الماضي", "2016-10-17", "day", "since")
t_jan = g.time("في 24 يناير / كانون الثاني الماضي", "2017-01-24", "day", "at")
# quantities
q4 = g.qty("4", 4, "people", "killed", 1)
q13 = g.qty("13", 13, "people", "killed", 1)
q13b = g.qty("13", 13, "people", "killed", 2)
q4b = g.qty("4", 4, "people", "killed", 2)
g.qty("دبابتين", 2, "tanks")
g.qty("مدفعين", 2, "guns")
g.qty("12 سيارة بيك آب", 12, "vehicles")
q380 = g.qty("نحو 380 كيلومترا", 380, "km")
q3s = g.qty("3 ضربات جوية", 3, "strikes")
q3k = g.qty("نحو 3 مسلحين", 3, "people", "killed")
qst1 = g.qty("طالب", 1, "people", "killed", 1)
qw1 = g.qty("4 آخرين", 4, "people", "wounded", 1)
qst2 = g.qty("طالب", 1, "people", "killed", 2)
qw2 = g.qty("4 آخرين", 4, "people", "wounded", 2)

# statements
s_h1 = g.stmt(("سعد هادي", 1, None, e_hadi), ("قال", 1, "وقال سعد"), "assert",
              ("داعش شن هجوما عنيفا وكبيرا على قواطع ( وحدات ) كتائب حزب الله وحشد تلعفر وشرطة طوارئ تلعفر في قرية الشرائع وقرى غربي تلعفر , في وقت متأخر مساء الأحد", 1),
              via=[("الأناضول", 1, None, e_aa1)], direct=True)
s_h2 = g.stmt(("هادي", 1, "وأضاف", e_hadi2), ("أضاف", 1, "وأضاف هادي"), "assert",
              ("13 من داعش بينهم انتحاريان يقودان سيارتين مفخختين و 4 من الحشد الشعبي ق تلوا جراء الهجوم", 1),
              via=[("الأناضول", 1, None, e_aa1)], direct=True)
s_h3 = g.stmt(("المصدر", 1, "وأوضح", e_src), ("أوضح", 1, "وأوضح المصدر"), "assert",
              ("تنظيم داعش استخدم في الهجوم سيارات مفخخة يقودها انتحاريون , وقذائف هاون ودبابتين روسيتي الصنع ومدفعين و 12 سيارة بيك آب تحمل مسلحين", 1),
              via=[("الأناضول", 1, None, e_aa1)], direct=True)
s_irq = g.stmt(("مصادر عراقية", 1, None, e_irqsrc), ("قالت", 1, "من جهة أخرى"), "assert",
               ("غارات جوية استهدفت معاقل تنظيم الدولة في الموصل ومحافظة الأنبار غربي البلاد", 1))
s_af1 = g.stmt(("قيادة القوة الجوية العراقية", 1, None, e_iqaf), ("ذكرت", 1), "assert",
               ("طائراتها المقاتلة نفذت عدة ضربات جوية ناجحة استندت إلى معلومات استخباراتية", 1),
               medium=("في بيان لها", 1), direct=True)
s_af2 = g.stmt(("قيادة القوة الجوية العراقية", 1, None, e_iqaf), ("أضافت", 1, "وأضافت :"), "assert",
               ("تمكنت المقاتلات من تدمير مخازن تحتوي على مواد متفجرة , ومعمل لتصنيع الصواريخ بمنطقة الكرابلة التابعة لقضاء القائم , على ب عد نحو 380 كيلومترا غربي الرمادي , عاصمة الأنبار", 1),
               direct=True)
s_ras = g.stmt(("العميد يحيى رسول", 1, None, e_rasul), ("قال", 1, "وقال العميد يحيى"), "assert",
               ("القصف الجوي استهدف أيضا اجتماعا لعناصر داعش , من بينهم انتحاريون , في منطقة الزلة بقضاء القائم , وأسفرت عن مقتل عدد منهم", 1),
               via=[("لتلفاز الرسمي", 1, None, e_tv)], direct=True)
s_sh1 = g.stmt(("مظفر الشيخ", 1, None, e_shk), ("قال", 1, "وفي الموصل ,"), "assert",
               ("طائرات حربية لم ت عرف هويتها إلى غاية الآن , من المرجح أن تكون تابعة للتحالف الدولي , شن ت 3 ضربات جوية على موقع ملعب نادي الموصل قرب منطقة باب سنجار , غربي الموصل في النصف الذي يسيطر عليه داعش", 1),
               via=[("الأناضول", 2, None, e_aa2)], direct=True)
s_sh2 = g.stmt(("الشيخ", 1, "وأوضح الشيخ", e_shk2), ("أوضح", 1, "وأوضح الشيخ"), "assert",
               ("الملعب اتخذته عناصر داعش مركزا لتدريب القناصين ورفع اللياقة البدنية لعناصره المقاتلين وتخزين السلاح والعتاد وضم الآليات القتالية المتطورة أسفل مدرجاته", 1),
               via=[("الأناضول", 2, None, e_aa2)], direct=True)
s_sh3 = g.stmt(("الشيخ", 1, "وأوضح الشيخ", e_shk2), ("بي ن", 1), "assert",
               ("الغارات التي استهدفت الملعب , أسفرت عن تدمير أجزاء واسعة منه وقتل نحو 3 مسلحين مسؤولين عن حماية هذا المقر", 1),
               via=[("الأناضول", 2, None, e_aa2)], direct=True)
s_cto = g.stmt(("ضابط في قوات جهاز مكافحة الإرهاب", 1, None, e_cto), ("كشف", 1), "assert",
               ("مقتل طالب جامعي وإصابة 4 آخرين بجراح إثر هجوم شنه التنظيم على مقر جامعة الموصل في الجانب الأيسر للمدينة", 1))
s_har1 = g.stmt(("العميد يونس مقدام الحارثي", 1, None, e_har), ("قال", 1, "وقال العميد يونس"), "assert",
                ("طائرة مسي رة ألقت صاروخا على بوابة رئاسة جامعة الموصل شمالي المدينة", 1),
                via=[("الأناضول", 3, None, e_aa3)], direct=True)
s_har2 = g.stmt(("العميد يونس مقدام الحارثي", 1, None, e_har), ("أضاف", 1, "شمالي المدينة"), "assert",
                ("أسفر الحادث عن مقتل طالب وإصابة 4 آخرين كانوا يقومون بأعمال تنظيف وصيانة في الموقع ; من أجل إعادته إلى الخدمة في أسرع وقت ممكن", 1),
                via=[("الأناضول", 3, None, e_aa3)], direct=True)
s_iraq = g.stmt(("العراق", 1, "وكان", e_iraq), ("أعلن", 1, "وكان العراق"), "assert",
                ("استعادة النصف الشرقي من المدينة كاملا", 1))

# propositions and claims
p_att = g.prop("attack", [("agent", e_isis1, "ISIS"), ("target", e_pmf1, "IRQ.PGM")], ("بهجمات", 1), place=e_taf1, time=t_sun)
g.claim(p_att, "author")
g.claim(p_att, s_h1)
p_cas = g.prop("casualties", [("target", e_pmf1, "IRQ.PGM"), ("target", e_isis1, "ISIS")], ("ق تل", 1), place=e_taf1, time=t_sun,
               quantities=[q4, q13, q13b, q4b])
g.claim(p_cas, "author")
g.claim(p_cas, s_h2)
p_vbied = g.prop("bombing", [("agent", e_isis2, "ISIS"), ("target", e_pmf1, "IRQ.PGM")], ("سيارات مفخخة", 1), place=e_taf1, time=t_sun)
g.claim(p_vbied, s_h2)
g.claim(p_vbied, s_h3)
p_mortar = g.prop("shelling", [("agent", e_isis2, "ISIS"), ("target", e_pmf1, "IRQ.PGM")], ("قذائف هاون", 1), place=e_taf1, time=t_sun)
g.claim(p_mortar, s_h3)
p_air = g.prop("airstrike", [("agent", e_iqaf, "IRQ"), ("target", e_isis3, "ISIS")], ("غارات جوية", 1), place=e_anbar)
g.claim(p_air, s_irq)
g.claim(p_air, s_af1)
g.claim(p_air, s_af2)
p_zalla = g.prop("airstrike", [("agent", None, "IRQ"), ("target", e_isis3, "ISIS")], ("القصف الجوي", 1), place=e_zalla)
g.claim(p_zalla, s_ras)
p_stad = g.prop("airstrike", [("agent", e_coal, "USA"), ("target", e_isis6, "ISIS")], ("ضربات جوية", 1, "شن ت 3"), place=e_stad,
                quantities=[q3s, q3k])
g.claim(p_stad, s_sh1)
g.claim(p_stad, s_sh3)
p_ctrl = g.prop("control", [("agent", e_isis6, "ISIS")], ("يسيطر", 1), place=e_mos6)
g.claim(p_ctrl, s_sh1)
p_base = g.prop("deployment", [("agent", e_isis6, "ISIS")], ("مركزا", 1), place=e_stad)
g.claim(p_base, s_sh2)
p_univ = g.prop("airstrike", [("agent", e_isis_u, "ISIS")], ("طائرة مسي رة", 1), place=e_univ, quantities=[qst1, qw1, qst2, qw2])
g.claim(p_univ, s_cto)
g.claim(p_univ, s_har1)
g.claim(p_univ, s_har2)
p_off = g.prop("attack", [("agent", e_iqf, "IRQ"), ("target", e_isis3, "ISIS"), ("partner", e_coal2, "USA")], ("هجوما", 1, "تشن القوات"),
               place=e_mos9, time=t_oct)
g.claim(p_off, "author")
p_sup = g.prop("support", [("agent", e_coal2, "USA"), ("partner", e_iqf, "IRQ")], ("يسانده", 1), place=e_mos9, time=t_oct)
g.claim(p_sup, "author")
p_east = g.prop("capture", [("agent", e_iraq, "IRQ")], ("استعادة", 1, "أعلن في"), place=e_mos9, time=t_jan)
g.claim(p_east, s_iraq)
p_west = g.prop("capture", [("agent", e_iqf, "IRQ"), ("target", e_isis3, "ISIS")], ("لاستعادة", 1, "مرحلة جديدة"), place=e_mos9)
g.claim(p_west, "author", "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
