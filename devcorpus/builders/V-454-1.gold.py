"""Gold analysis of V-454 article 1 (DW Arabic, 2017-01-26): six opposition factions join Ahrar al-Sham amid
fighting with Jabhat Fateh al-Sham; SOHR says an ISIS attack cut the Aleppo supply road, a Syrian army
source denies it.

Judgement calls:
- Body: headline + text up to the last news sentence; the Manbij photo gallery and footer are left out.
  The stray boilerplate word «مختارات» inside the text could not be cut and is simply not annotated.
- Jabhat Fateh al-Sham / al-Nusra -> party HTS (its successor); FSA, Ahrar al-Sham and the joining
  brigades -> SYR.OPP. SOHR and its director -> party None, so SOHR vs army-source pairs are unaffiliated.
- Headline/lede «تتوحد» / «انضمت» are author voice for the joining; «أعلنت ستة فصائل» is a statement.
- Rami Abdulrahman «ربط ... بمعلومات لدى جبهة فتح الشام أن ...»: reported speech; the informing of the
  coalition is only JFS's belief as he relays it, so his claim has modality possible.
- JFS's accusation (Astana statement = agreement to fight JFS) and Nahhas's «رفض ... اتهام الفصائل
  بالتواطؤ» are one agreement proposition, affirmed vs denied: inter_party HTS vs SYR.OPP. The
  accusation of «العمالة والردة» inside Nahhas's tweet is an embedded HTS statement on the same proposition.
- Supply line cut (type other) and the ISIS attack are separate propositions: the army source denies
  «ذلك» (the cut) twice and then says no ISIS attack took place; SOHR's clash report is a third one.
- Ahrar's conditional threat (any attack = declaration of war) is not a proposition; its statement on
  «سلسلة من الاعتداءات» is an attack claim with no named agent.
- The quoted JFS accusation starts outside the quote marks; content covers the whole accusation, direct=False.
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
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-454-1", "outlet": "دويتشه فيله", "published": "2017-01-26",
                "url": "http://www.dw.com/ar/a-37291183", "title": None})
AHRAR = dict(OPP, canonical="Ahrar al-Sham")
FSA = dict(OPP, canonical="Free Syrian Army")
# headline + lede
e_fs0 = g.ent("فتح الشام", "ORG", 1, **HTS)
e_jfs1 = g.ent("جبهة فتح الشام", "ORG", 1, **HTS)
g.ent("النصرة", "ORG", 1, **HTS)
e_fsa = g.ent("لجيش السوري الحر", "ORG", 1, **FSA)  # للجيش: ل + الجيش
e_six1 = g.ent("ستة فصائل معارضة", "ORG", 1, nominal=True, **OPP)
e_ahrar1 = g.ent("حركة أحرار الشام", "ORG", 1, **AHRAR)
e_sohr1 = g.ent("المرصد السوري", "ORG", 1, **SOHR)
e_isis1 = g.ent("تنظيم \" داعش \"", "ORG", 1, **ISIS)
e_army1 = g.ent("لجيش السوري", "ORG", 1, after="كما قال", **SYRMIL)  # للجيش
# p1
e_six2 = g.ent("ستة فصائل سورية معارضة", "ORG", 1, nominal=True, **OPP)
g.ent("حركة أحرار الشام", "ORG", 2, **AHRAR)
e_syria_n = g.ent("سوريا", "GPE", 1, **P("Syria"))
g.ent("جبهة فتح الشام", "ORG", 2, **HTS)
g.ent("النصرة", "ORG", 2, **HTS)
# p2
e_ast1 = g.ent("أستانا", "GPE", 1, **P("Astana"))
g.ent("سوريا", "GPE", 2, **P("Syria"))
e_idlib = g.ent("محافظة إدلب", "GPE", 1, canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
e_wal = g.ent("ريف حلب الغربي", "LOC", 1, canonical="Western Aleppo countryside", place=named("Western Aleppo countryside", "SY", "Aleppo"))
# p3-5
e_ahrar3 = g.ent("حركة أحرار الشام", "ORG", 3, **AHRAR)
g.ent("سوريا", "GPE", 3, **P("Syria"))
e_mov4 = g.ent("الحركة", "ORG", 1, after="ومن هذا المنطلق", nominal=True, **AHRAR)
g.ent("ألوية صقور الشام", "ORG", 1, **dict(OPP, canonical="Suqour al-Sham"))
g.ent("جيش الإسلام - قطاع إدلب", "ORG", 1, **dict(OPP, canonical="Jaysh al-Islam (Idlib sector)"))
g.ent("كتائب ثوار الشام", "ORG", 1, **dict(OPP, canonical="Kataib Thuwar al-Sham"))
g.ent("الجبهة الشامية - قطاع حلب الغربي", "ORG", 1, **dict(OPP, canonical="Levant Front (western Aleppo sector)"))
g.ent("جيش المجاهدين", "ORG", 1, **dict(OPP, canonical="Jaysh al-Mujahideen"))
g.ent("تجمع فاستقم كما أمرت", "ORG", 1, **dict(OPP, canonical="Fastaqim Kama Umirt"))
e_mov5 = g.ent("الحركة", "ORG", 1, after="وأكدت", nominal=True, **AHRAR)
g.ent("حركة أحرار الشام", "ORG", 4, **AHRAR)
# p6
e_jfs6 = g.ent("جبهة فتح الشام", "ORG", 3, **HTS)
e_jm = g.ent("جيش المجاهدين", "ORG", 2, **dict(OPP, canonical="Jaysh al-Mujahideen"))
g.ent("حركة أحرار الشام", "ORG", 5, **AHRAR)
g.ent("الجبهة الشامية", "ORG", 1, after="بينها حركة", **dict(OPP, canonical="Levant Front"))
g.ent("صقور الشام", "ORG", 1, after="و \" الجبهة الشامية", **dict(OPP, canonical="Suqour al-Sham"))
# p7
g.ent("المرصد السوري لحقوق الإنسان", "ORG", 1, **SOHR)
e_rami = g.ent("رامي عبد الرحمن", "PER", 1, **dict(SOHR, canonical="Rami Abdulrahman"))
g.ent("جبهة فتح الشام", "ORG", 4, **HTS)
e_coal = g.ent("التحالف الدولي", "ORG", 1, **COAL)
g.ent("واشنطن", "GPE", 1, canonical="Washington", actor="USA", party="USA", role="government", place=named("Washington, D.C.", "US"))
# p8-11
e_jfs8 = g.ent("جبهة فتح الشام", "ORG", 5, **HTS)
g.ent("أستانا", "GPE", 2, **P("Astana"))
g.ent("جبهة فتح الشام", "ORG", 6, **HTS)
g.ent("أحرار الشام", "ORG", 1, after="السياسية ل", **AHRAR)
e_nahhas = g.ent("لبيب النحاس", "PER", 1, **dict(OPP, role="armed_group", canonical="Labib al-Nahhas"))
g.ent("تويتر", "ORG", 1, canonical="Twitter")
e_fs10 = g.ent("فتح الشام", "ORG", 1, after="التي تتهمها", **HTS)
e_nahhas11 = g.ent("النحاس", "PER", 1, after="واعتبر", **dict(OPP, canonical="Labib al-Nahhas"))
g.ent("جبهة فتح الشام", "ORG", 1, after="واعتبر النحاس", **HTS)
g.ent("داعش", "ORG", 1, after="تكون", **ISIS)
# subheading + p12-16
g.ent("لجيش السوري", "ORG", 1, after="تضارب أنباء", **SYRMIL)  # للجيش
e_sohr12 = g.ent("المرصد السوري لحقوق الإنسان", "ORG", 2, **SOHR)
e_isis12 = g.ent("تنظيم \" الدولة الإسلامية \"", "ORG", 1, **ISIS)
g.ent("داعش", "ORG", 1, after="الدولة الإسلامية \" (", **ISIS)
e_aleppo = g.ent("حلب", "GPE", 1, after="خط إمداد يربط", **P("Aleppo"))
g.ent("الحكومة", "ORG", 1, after="التي تسيطر عليها", nominal=True, **SYRGOV)
g.ent("سوريا", "GPE", 1, after="تسيطر عليها الحكومة في", **P("Syria"))
e_armysrc1 = g.ent("مصدرا بالجيش السوري", "PER", 1, nominal=True, **SYRMIL)
e_sohr14 = g.ent("المرصد", "ORG", 1, after="وقال المرصد", nominal=True, **SOHR)
e_regime = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
e_pgm = g.ent("المسلحين الموالين لها", "ORG", 1, nominal=True, **PGM)
e_isis14 = g.ent("تنظيم الدولة الإسلامية", "ORG", 1, after="وقال المرصد", **ISIS)
e_hammam = g.ent("منطقة الحمام", "LOC", 1, canonical="al-Hammam area", place=named("al-Hammam", "SY", "Aleppo"))
e_road = g.ent("طريق حلب - خناصر - أثريا", "LOC", 1, canonical="Aleppo-Khanasir-Athriya road", place=named("Aleppo-Khanasir-Athriya road", "SY", "Aleppo"))
g.ent("محافظة حلب", "GPE", 1, canonical="Aleppo Governorate", place=named("Aleppo Governorate", "SY", "Aleppo"))
g.ent("قوات النظام", "ORG", 2, **SYRMIL)
e_armysrc2 = g.ent("مصدرا عسكريا سوريا", "PER", 1, nominal=True, **SYRMIL)
g.ent("تنظيم \" الدولة الإسلامية \"", "ORG", 2, **ISIS)

# times and quantities
t_2d = g.time("بعد يومين", "2017-01-26", "day", "after")
t_thu = g.time("الخميس ( 26 كانون الثاني / يناير 2017 )", "2017-01-26", "day", "at")
t_tue = g.time("منذ الثلاثاء", "2017-01-24", "day", "since")
t_thu2 = g.time("الخميس", "2017-01-26", "day", "at", 1, after="في بيان")
g.time("خلال الساعات الماضية", None, "vague", "before")
t_tue2 = g.time("الثلاثاء", "2017-01-24", "day", "at", 1, after="الاشتباكات اندلعت")
g.time("لاحقا", None, "vague", "after")
t_thu3 = g.time("الخميس", "2017-01-26", "day", "at", 1, after="في سوريا")
q6a = g.qty("ستة فصائل", 6, "factions", nth=1)
q6b = g.qty("ستة فصائل", 6, "factions", nth=1, after="انضمت")

# statements
s_join = g.stmt(("ستة فصائل معارضة", 1, None, e_six1), ("أعلنت", 1), "assert", ("انضمامها إلى حركة أحرار الشام", 1))
s_sohr0 = g.stmt(("المرصد السوري", 1, None, e_sohr1), ("قال", 1), "assert",
                 ("هجوما لتنظيم \" داعش \" قطع خط إمداد للجيش السوري", 1))
s_ah1 = g.stmt(("حركة أحرار الشام", 3, None, e_ahrar3), ("أعلنت", 1, "وأعلنت حركة"), "assert",
               ("شهدت ثورتنا المباركة خلال الساعات الماضية سلسلة من الاعتداءات التي كادت أن تنزلق بالثورة إلى هاوية الاحتراب الشامل", 1),
               medium=("بيان", 1, "وأعلنت حركة"), direct=True)
s_ah2 = g.stmt(("الحركة", 1, "ومن هذا المنطلق", e_mov4), ("أضافت", 1), "assert",
               ("تقبل انضمام إخوانها في ألوية صقور الشام وجيش الإسلام - قطاع إدلب وكتائب ثوار الشام والجبهة الشامية - قطاع حلب الغربي وجيش المجاهدين وتجمع فاستقم كما أمرت وغيرهم من الكتائب والسرايا", 1),
               direct=True)
s_ah3 = g.stmt(("الحركة", 1, "وأكدت", e_mov5), ("أكدت", 1), "confirm",
               ("أي اعتداء على أحد أبناء الحركة المنضمين لها أو مقراتها هو بمثابة إعلان قتال لن تتوانى حركة أحرار الشام في التصدي له وإيقافه مهما تطلب من قوة", 1),
               direct=True)
s_rami = g.stmt(("رامي عبد الرحمن", 1, None, e_rami), ("ربط", 1), "assert",
                ("معلومات لدى جبهة فتح الشام أن هناك فصائل على الأرض تبلغ التحالف الدولي بقيادة واشنطن بتحركات مقاتليها وقيادييها على الأرض", 1),
                direct=True)
s_jfs = g.stmt(("جبهة فتح الشام", 5, None, e_jfs8), ("اتهمت", 1), "assert",
               ("الفصائل المعارضة التي شاركت في محادثات أستانا \" بتمرير ذلك المؤتمر الذي نص بيانه ( . . . ) على اتفاق مشترك لقتال جبهة فتح الشام وعزلها", 1))
s_rej = g.stmt(("لبيب النحاس", 1, None, e_nahhas), ("رفض", 1), "deny", ("اتهام الفصائل بالتواطؤ", 1))
s_tweet = g.stmt(("لبيب النحاس", 1, None, e_nahhas), ("قال", 1, "بالتواطؤ"), "assert",
                 ("الفصائل الثورية التي تتهمها فتح الشام بالعمالة والردة وتبغى عليها هي من دافعت عنها في المحافل الدولية واللقاءات المغلقة", 1),
                 medium=("تغريدة على موقع \" تويتر \"", 1), direct=True)
s_treason = g.stmt(("فتح الشام", 1, "التي تتهمها", e_fs10), ("تتهمها", 1), "assert", ("بالعمالة والردة", 1), embedded_in=s_tweet)
s_cross = g.stmt(("النحاس", 1, "واعتبر", e_nahhas11), ("اعتبر", 1), "assert",
                 ("جبهة فتح الشام أمام مفترق طرق : إما أن تنضم بشكل نهائي للثورة أو تكون داعش جديدة", 1), direct=True)
s_sohr1 = g.stmt(("المرصد السوري لحقوق الإنسان", 2, None, e_sohr12), ("قال", 1, "ميدانيا أيضا"), "assert",
                 ("هجوما عنيفا لتنظيم \" الدولة الإسلامية \" ( داعش ) قطع خط إمداد يربط حلب ببقية الأراضي التي تسيطر عليها الحكومة في سوريا الخميس", 1))
s_army1 = g.stmt(("مصدرا بالجيش السوري", 1, None, e_armysrc1), ("نفى", 1), "deny", ("ذلك", 1, "مصدرا بالجيش السوري"))
s_sohr2 = g.stmt(("المرصد", 1, "وقال المرصد", e_sohr14), ("قال", 1, "وقال المرصد"), "assert",
                 ("اشتباكات عنيفة تدور بين قوات النظام والمسلحين الموالين لها من جهة وتنظيم الدولة الإسلامية من جهة أخرى في منطقة الحمام المحاذية لطريق حلب - خناصر - أثريا والذي يعد المنفذ الرئيسي لمحافظة حلب مع بقية مناطق سيطرة قوات النظام في المحافظات السورية", 1),
                 direct=True)
s_sohr3 = g.stmt(("المرصد", 1, "وقال المرصد", e_sohr14), ("أضاف", 1, "وأضاف أن"), "assert",
                 ("الطريق وحركة المرور عليه انقطع", 1), direct=True)
s_army2 = g.stmt(("مصدرا عسكريا سوريا", 1, None, e_armysrc2), ("نفى", 1, "مصدرا عسكريا"), "deny", ("ذلك", 1, "مصدرا عسكريا"))
s_army3 = g.stmt(("مصدرا عسكريا سوريا", 1, None, e_armysrc2), ("قال", 1, "مصدرا عسكريا"), "assert",
                 ("لم يقع هجوم لتنظيم \" الدولة الإسلامية \" في المنطقة", 1))

# propositions
p_join = g.prop("other", [("agent", e_six2, "SYR.OPP"), ("partner", e_ahrar1, "SYR.OPP")], ("انضمت", 1),
                time=t_thu, quantities=[q6a, q6b])
p_clash = g.prop("clash", [("agent", e_jfs1, "HTS"), ("agent", e_fsa, "SYR.OPP")], ("اشتباكات عنيفة", 1),
                 place=e_idlib, time=t_tue)
p_talks = g.prop("other", [], ("انتهاء", 1), place=e_ast1, time=t_tue)
p_aggr = g.prop("attack", [("target", e_ahrar3, "SYR.OPP")], ("الاعتداءات", 1))
p_hts_att = g.prop("attack", [("agent", e_jfs6, "HTS"), ("target", e_jm, "SYR.OPP")], ("بهجوم", 1), time=t_tue2)
p_inform = g.prop("support", [("agent", None, "SYR.OPP"), ("partner", e_coal, "USA")], ("تبلغ", 1))
p_agree = g.prop("agreement", [("agent", None, "SYR.OPP"), ("target", e_jfs8, "HTS")], ("اتفاق", 1), place=e_ast1)
p_defend = g.prop("support", [("agent", None, "SYR.OPP"), ("partner", e_fs10, "HTS")], ("دافعت", 1))
p_isis_att = g.prop("attack", [("agent", e_isis12, "ISIS"), ("target", e_army1, "SYR")], ("هجوما عنيفا", 1),
                    place=e_hammam, time=t_thu3)
p_cut = g.prop("other", [("agent", e_isis12, "ISIS"), ("target", e_army1, "SYR")], ("قطع", 1, "ميدانيا أيضا"),
               place=e_road, time=t_thu3)
p_clash2 = g.prop("clash", [("agent", e_regime, "SYR"), ("agent", e_pgm, "SYR"), ("agent", e_isis14, "ISIS")],
                  ("اشتباكات عنيفة", 1, "وقال المرصد"), place=e_hammam, time=t_thu3)

# claims
g.claim(p_join, "author")
g.claim(p_join, s_join)
g.claim(p_join, s_ah2)
g.claim(p_clash, "author")
g.claim(p_talks, "author")
g.claim(p_aggr, s_ah1)
g.claim(p_hts_att, "author")
g.claim(p_inform, s_rami, "affirm", "possible")
c_jfs = g.claim(p_agree, s_jfs)
c_rej = g.claim(p_agree, s_rej, "deny")
c_treason = g.claim(p_agree, s_treason)
g.claim(p_defend, s_tweet)
c_att0 = g.claim(p_isis_att, s_sohr0)
c_cut0 = g.claim(p_cut, s_sohr0)
c_att1 = g.claim(p_isis_att, s_sohr1)
c_cut1 = g.claim(p_cut, s_sohr1)
c_army1 = g.claim(p_cut, s_army1, "deny")
g.claim(p_clash2, s_sohr2)
c_cut3 = g.claim(p_cut, s_sohr3)
c_army2 = g.claim(p_cut, s_army2, "deny")
c_army3 = g.claim(p_isis_att, s_army3, "deny")

# contradictions
g.contra(c_cut1, c_army1, "unaffiliated", None, "negation",
         "SOHR says an ISIS attack cut the Aleppo supply road on Thursday; a Syrian army source denies it.", headline=True)
g.contra(c_cut3, c_army2, "unaffiliated", None, "negation",
         "SOHR says the road and traffic on it were cut; a Syrian military source denies that.")
g.contra(c_att1, c_army3, "unaffiliated", None, "negation",
         "SOHR reports a violent ISIS attack near al-Hammam; the Syrian military source says no ISIS attack happened in the area.")
g.contra(c_jfs, c_rej, "inter_party", None, "negation",
         "Jabhat Fateh al-Sham accuses the Astana factions of agreeing to fight it; Ahrar al-Sham's Labib al-Nahhas rejects the accusation of collusion.")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
