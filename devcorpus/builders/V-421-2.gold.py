"""Gold analysis of V-421 article 2 (Asharq Al-Awsat, 2017-10-09): Hayat Tahrir al-Sham isolated by
defections before an expected Turkish-backed offensive on Idlib; analysts' views; Moscow's claim that its
strikes wounded al-Jolani, denied by HTS.

Judgement calls:
- Body: third copy of the headline (with the date line and photo caption) through the last paragraph.
- HTS, Jabhat al-Nusra, Jabhat Fateh al-Sham and al-Jolani: party HTS; «الهيئة» is a nominal HTS mention.
  Ahrar al-Sham, Zenki, Jaysh al-Ahrar: SYR.OPP. Analysts (Abazeid, Heller, Lister) have no party.
- «ناشط معارض ... لوكالة الصحافة الفرنسية», Heller and Lister «للوكالة»: AFP is in via (the outlet
  relays AFP's interviews).
- Moscow's claim (strikes killed HTS leaders and wounded al-Jolani) vs HTS «نفت ذلك»: one airstrike and
  one casualties proposition; HTS's denial is on the casualties: inter_party negation.
- The headline's «هجوم وشيك» is an author claim of a planned offensive (agent Turkey, as the lede says
  Turkey would back it); analysts' «قرار تدخل تركيا مطروح» is possible.
- «لا يستبعد» (Heller) and «يتوقع» (Lister) = estimate. «سيقاتلون حتى الموت» (HTS) = promise; a clash
  proposition with modality intended. «أدرجها محللون في سياق» counted as analysts' statement.
- The article dates Nusra's break with al-Qaeda to summer 2015 (really 2016); annotated as written.
- Abu Dali (caption): capture by HTS «أمس» = 2017-10-08 as the caption says.
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
g = Gold(text, {"id": "V-421-2", "outlet": "الشرق الأوسط", "published": "2017-10-09", "url": None, "title": None})
AFP = dict(actor="AFP", party=None, role="media", canonical="Agence France-Presse")
IDLIB = P("Idlib")
IDGOV = dict(canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
TUR = P("Turkey", actor="TUR", party="TUR", role="government")
RUS = P("Russia", actor="RUS", party="RUS", role="government")
IRN = P("Iran", actor="IRN", party="IRN", role="government")
JOL = dict(HTS, canonical="Abu Mohammad al-Jolani")
ABAZ = dict(actor="ANALYST", party=None, role="other", canonical="Ahmad Abazeid")
LIST = dict(actor="ANALYST", party=None, role="other", canonical="Charles Lister")
AHRAR = dict(OPP, canonical="Ahrar al-Sham")
# long names first, then every occurrence of the short ones
e_abudali = g.ent("أبو دالي", "GPE", 1, canonical="Abu Dali", place=named("Abu Dali", "SY", "Hama"))
e_ridlib = g.ent("ريف إدلب", "LOC", 1, canonical="Idlib countryside", place=named("Idlib countryside", "SY", "Idlib"))
g.ent("أ . ب", "ORG", 1, actor="AP", party=None, role="media", canonical="Associated Press")
g.ent("لندن", "GPE", 1, canonical="London", place=gn(2643743, "London", 51.50853, -0.12574, "GB"))
g.ent("الشرق الأوسط", "ORG", 1, actor="ASHARQ", party=None, role="media", canonical="Asharq Al-Awsat")
e_analysts = g.ent("محللون", "PER", 1, nominal=True, actor="ANALYST", party=None, role="other")
e_aq = g.ent("تنظيم القاعدة", "ORG", 1, actor="AQ", party="AQ", role="armed_group", canonical="Al-Qaeda")
e_isis = g.ent("تنظيم \" داعش \"", "ORG", 1, **ISIS)
e_syrgov = g.ent("النظام السوري", "ORG", 1, **SYRGOV)
e_activist = g.ent("ناشط معارض", "PER", 1, nominal=True, actor="SYR.OPP", party="SYR.OPP", role="civilian", canonical="Opposition activist")
e_turmil = g.ent("الجيش التركي", "ORG", 1, **TURMIL)
e_abaz1 = g.ent("أحمد أبا زيد", "PER", 1, **ABAZ)
g.ent("مركز \" طوران \"", "ORG", 1, canonical="Turan Center")
g.ent("إسطنبول", "GPE", 1, **P("Istanbul"))
e_jol_full = g.ent("أبو محمد الجولاني", "PER", 1, **JOL)
g.ent("حركة نور الدين الزنكي", "ORG", 1, **dict(OPP, canonical="Nour al-Din al-Zenki Movement"))
g.ent("عبد الله المحيسني", "PER", 1, canonical="Abdullah al-Muhaysini")
e_ja = g.ent("جيش الأحرار", "ORG", 1, **dict(OPP, canonical="Jaysh al-Ahrar"))
g.ent("مؤسسة \" سنتشوري \"", "ORG", 1, canonical="The Century Foundation")
e_heller = g.ent("سام هيلر", "PER", 1, actor="ANALYST", party=None, role="other", canonical="Sam Heller")
g.ent("معهد الشرق الأوسط", "ORG", 1, canonical="Middle East Institute")
e_lister = g.ent("تشارلز ليستر", "PER", 1, **LIST)
e_sahl = g.ent("سهل الغاب", "LOC", 1, canonical="Al-Ghab Plain", place=named("Al-Ghab Plain", "SY", "Hama"))
g.ent("محافظة حماة", "GPE", 1, canonical="Hama Governorate", place=named("Hama Governorate", "SY", "Hama"))
g.ent("التيار القاعدي", "ORG", 1, nominal=True, **dict(HTS, canonical="Al-Qaeda current within HTS"))
e_hts = every(g, "هيئة تحرير الشام", "ORG", **HTS)
e_nusra = every(g, "جبهة النصرة", "ORG", **HTS)
e_jfs = every(g, "جبهة فتح الشام", "ORG", **HTS)
e_ahrarm = every(g, "حركة أحرار الشام", "ORG", **AHRAR)
e_ahrar = every(g, "أحرار الشام", "ORG", **AHRAR)
e_nus = every(g, "النصرة", "ORG", **HTS)
e_hay = every(g, "الهيئة", "ORG", nominal=True, **HTS)
e_jol = every(g, "الجولاني", "PER", **JOL)
e_idgov = every(g, "محافظة إدلب", "GPE", **IDGOV)
e_idlib = every(g, "إدلب", "GPE", **IDLIB)
e_tur = every(g, "تركيا", "GPE", **TUR)
e_rus = every(g, "روسيا", "GPE", **RUS)
e_irn = every(g, "إيران", "GPE", **IRN)
e_mos = every(g, "موسكو", "GPE", canonical="Moscow", actor="RUS", party="RUS", role="government", place=PL["Moscow"])
e_ast = every(g, "آستانة", "GPE", **P("Astana"))
e_regf = every(g, "قوات النظام", "ORG", **SYRMIL)
e_afp = every(g, "وكالة الصحافة الفرنسية", "ORG", **AFP)
e_abaz = every(g, "أبا زيد", "PER", **ABAZ)
e_list = every(g, "ليستر", "PER", **LIST)
e_afp2 = g.ent("لوكالة", "ORG", 1, after="تشارلز ليستر , ", nominal=True, **AFP)  # للوكالة

t_pub = g.time("الاثنين - 19 محرم 1439 ه - - 09 أكتوبر 2017 م", "2017-10-09", "day", "at")
t_yest = g.time("أمس", "2017-10-08", "day", "at")
g.time("مؤخرا", None, "vague", "before")
t_may = g.time("مايو ( أيار ) الماضي", "2017-05", "month", "at")
t_s15 = g.time("صيف عام 2015", "2015", "year", "at", 1)
t_early17 = g.time("مطلع العام الحالي", "2017-01", "month", "at")
g.time("خلال السنوات الماضية", None, "vague", "before")
g.time("في فترات سابقة", None, "vague", "before")
g.time("منذ زمن", None, "vague", "since")
g.time("في الآونة الأخيرة", None, "vague", "before")
t_oct = g.time("مطلع الشهر الحالي", "2017-10", "month", "at")
t_thu = g.time("الخميس", "2017-10-05", "day", "at")
t_jul = g.time("منتصف يوليو ( تموز ) الماضي", "2017-07", "month", "at")
g.time("آنذاك", "2017-07", "month", "at")
t_s15b = g.time("صيف عام 2015", "2015", "year", "at", 2)
t_sep = g.time("نهاية سبتمبر ( أيلول ) الماضي", "2017-09", "month", "at")
g.time("في المرحلة المقبلة", None, "vague", "after", 1)
g.time("في المرحلة المقبلة", None, "vague", "after", 2)
g.qty("4 مناطق", 4, "zones")

AFPV = ("وكالة الصحافة الفرنسية", 1, None, e_afp[0])
s_an = g.stmt(("محللون", 1, None, e_analysts), ("أدرجها", 1), "assert",
              ("مساع قادتها تركيا خصوصا لعزل هذه المجموعة قبل أن تعلن دعمها هجوما لطرد \" الهيئة \" من معقلها في إدلب السورية", 1))
s_nus = g.stmt(("جبهة النصرة", 1, "ويستثني", e_nusra[1]), ("إعلانها", 1), "assert",
               ("فك ارتباطها بتنظيم القاعدة وتبديل اسمها إلى \" جبهة فتح الشام \"", 1))
s_act = g.stmt(("ناشط معارض", 1, None, e_activist), ("يقول", 1), "assert",
               ("بعدما كان الناس يعشقون ( النصرة ) في فترات سابقة , باتوا اليوم يتمنون دخول الجيش التركي للتخلص منها", 1),
               via=[AFPV], medium=("الإنترنت", 1), direct=True)
s_ab1 = g.stmt(("أحمد أبا زيد", 1, None, e_abaz1), ("يقول", 1, "ويقول الباحث"), "assert",
               ("قرار تدخل تركيا مطروح منذ زمن \" , وهي عملت في الآونة الأخيرة \" على فصل مزيد من مكونات ( هيئة تحرير الشام ) تمهيدا لعزل المجموعة المرتبطة بالجولاني", 1),
               direct=True)
s_ab2 = g.stmt(("أبا زيد", 1, "وبحسب", e_abaz[0]), ("بحسب", 1, "وبحسب أبا"), "assert",
               ("اندماج الفصائل تحت اسم ( هيئة تحرير الشام ) , أساسا كان صوريا ; إذ بقي القرار والقيادة بيد مجموعة ( جبهة النصرة ) بقيادة الجولاني", 1),
               direct=True)
s_mos = g.stmt(("موسكو", 1, None, e_mos[0]), ("أعلنت", 1, "وأعلنت موسكو"), "assert",
               ("ضرباتها الجوية تسببت بمقتل قياديين بارزين في \" الهيئة \" وإصابة الجولاني ب - \" جروح خطيرة \"", 1))
s_hden = g.stmt(("الهيئة", 1, "لكن \""), ("نفت", 1), "deny", ("ذلك", 1, "نفت"), medium=("بيان مقتضب", 1))
s_ja = g.stmt(("جيش الأحرار", 1, None, e_ja), ("أعلن", 1, "وفي نهاية"), "assert", ("انفصاله عن \" الهيئة \" أيضا", 1))
s_ja2 = g.stmt(("جيش الأحرار", 1, None, e_ja), ("برر", 1), "assert", ("تكرر أحداث مؤلمة على الساحة الداخلية", 1), direct=True)
s_hel1 = g.stmt(("سام هيلر", 1, None, e_heller), ("يوضح", 1, "وحذا حذوه"), "assert",
                ("مع الانشقاقات الأخيرة , \" تكون ( الهيئة ) قد تقل صت واقتصرت تقريبا على لب ها الأساسي , أي ( جبهة النصرة )", 1),
                via=[("وكالة الصحافة الفرنسية", 2, None, e_afp[1])], direct=True)
s_hel2 = g.stmt(("سام هيلر", 1, None, e_heller), ("لا يستبعد", 1), "estimate",
                ("يكون انشقاق الفصائل مرتبطا أيضا بنوع \" من الانتهازية ترقبا للتدخل التركي في إدلب", 1),
                via=[("وكالة الصحافة الفرنسية", 2, None, e_afp[1])])
s_ab3 = g.stmt(("أبا زيد", 1, "ويربط", eid(g, "أبا زيد", 1, "ويربط")), ("يربط", 1), "assert",
               ("الانشقاقات ورغبة هذه الفصائل في أن \" تكون شريكة في المرحلة المقبلة", 1))
s_lis1 = g.stmt(("تشارلز ليستر", 1, None, e_lister), ("يوضح", 1, "ويوضح الخبير"), "assert",
                ("الارتباط بأي شكل مع ( هيئة تحرير الشام ) بات خيارا تترتب عليه خطورة متزايدة", 1),
                via=[("لوكالة", 1, "تشارلز ليستر , ", e_afp2)], direct=True)
s_lis2 = g.stmt(("ليستر", 1, "ويتوقع", eid(g, "ليستر", 1, "ويتوقع")), ("يتوقع", 1), "estimate",
                ("تكون المواجهة في المرحلة المقبلة شرسة للغاية", 1))
s_vow = g.stmt(("الهيئة", 1, "بعد إعلان \""), ("إعلان", 1, "خصوصا بعد"), "promise",
               ("سيقاتلون حتى الموت ضد أي تدخل خارجي", 1), direct=True)
s_ab4 = g.stmt(("أبا زيد", 1, "ويشير", eid(g, "أبا زيد", 1, "ويشير")), ("يشير", 1), "assert",
               ("الجولاني يواجه انقسامات داخلية ; بين طرف يرى من الواجب التحاور مع تركيا ودول أخرى لرفع التصنيف ( عن قوائم الإرهاب ) واكتساب شرعية وتجنب القتال . . . وطرف ثان يجسده ( التيار القاعدي ) \" داخل \" الهيئة", 1),
               direct=True)
s_ab5 = g.stmt(("أبا زيد", 1, "ويشير", eid(g, "أبا زيد", 1, "ويشير")), ("يقول", 1, "ويقول إن الأخير"), "assert",
               ("الأخير يريد \" مواجهة تركيا والقضاء على ما تبقى من الفصائل . . . باعتبار أن خطاب الاعتدال لم يؤد إلى أي نتائج", 1))

H1 = e_hts[2]
idl1 = eid(g, "إدلب", 1, "من معقلها في")
p_abudali = g.prop("capture", [("agent", e_hts[1], "HTS"), ("target", e_regf[0], "SYR")], ("استولوا", 1), place=e_abudali, time=t_yest)
p_defect = g.prop("other", [("agent", None, "SYR.OPP"), ("target", H1, "HTS")], ("انشقاق", 1), quantities=[])
p_isolate = g.prop("other", [("agent", e_tur[0], "TUR"), ("target", H1, "HTS")], ("لعزل", 1))
p_off = g.prop("attack", [("agent", e_tur[0], "TUR"), ("target", H1, "HTS")], ("هجوم", 1), place=idl1)
p_deesc = g.prop("agreement", [("agent", e_rus[0], "RUS"), ("agent", e_irn[0], "IRN"), ("agent", e_tur[1], "TUR")],
                 ("اتفاق", 1), place=e_idgov[0], time=t_may)
p_aq = g.prop("other", [("agent", e_nusra[1], "HTS"), ("target", e_aq, "AQ")], ("فك", 1), time=t_s15)
p_merge = g.prop("other", [("agent", e_jfs[1], "HTS")], ("اندماج", 1), time=t_early17)
p_infight = g.prop("clash", [("agent", None, "HTS")], ("مواجهات مسلحة", 1))
p_nuscontrol = g.prop("control", [("agent", e_nusra[2], "HTS")], ("بالسيطرة", 1), place=e_idgov[1])
p_strike = g.prop("airstrike", [("agent", e_mos[0], "RUS"), ("target", eid(g, "الهيئة", 1, "بمقتل قياديين بارزين في \""), "HTS")],
                  ("ضرباتها الجوية", 1), time=t_thu)
p_jolwound = g.prop("casualties", [("agent", e_mos[0], "RUS"), ("target", eid(g, "الجولاني", 1, "وإصابة"), "HTS")],
                    ("بمقتل", 1), time=t_thu)
p_ahclash = g.prop("clash", [("agent", eid(g, "هيئة تحرير الشام", 1, "وخاضت"), "HTS"), ("agent", e_ahrarm[0], "SYR.OPP")],
                   ("مواجهات عنيفة", 1), time=t_jul)
p_expel15 = g.prop("capture", [("agent", eid(g, "هيئة تحرير الشام", 1, "وخاضت"), "HTS"), ("agent", e_ahrarm[0], "SYR.OPP"),
                               ("target", eid(g, "قوات النظام", 1, "صيف عام 2015 من طرد"), "SYR")],
                   ("طرد", 1, "صيف عام 2015"), place=eid(g, "محافظة إدلب", 1, "من كامل"), time=t_s15b)
p_ahwd = g.prop("withdrawal", [("agent", eid(g, "أحرار الشام", 1, "وانسحب مقاتلو"), "SYR.OPP")], ("انسحب", 1), place=e_sahl, time=t_jul)
p_zenki = g.prop("other", [("agent", eid(g, "حركة نور الدين الزنكي"), "SYR.OPP"), ("target", None, "HTS")], ("انفصلت", 1))
p_ja = g.prop("other", [("agent", e_ja, "SYR.OPP"), ("target", None, "HTS")], ("انفصاله", 1), time=t_sep)
p_rusair = g.prop("airstrike", [("agent", None, "RUS"), ("target", None, "HTS"), ("target", None, "SYR.OPP")],
                  ("الغارات الروسية", 1), place=eid(g, "إدلب", 1, "ورغم ذلك , فإن"))
p_monitors = g.prop("deployment", [("agent", None, "TUR"), ("agent", None, "RUS"), ("agent", None, "IRN")], ("نشر", 1),
                    place=e_idgov[0])
p_fight = g.prop("clash", [("agent", eid(g, "الهيئة", 1, "بعد إعلان \""), "HTS")], ("سيقاتلون", 1))

g.claim(p_abudali, "author")
g.claim(p_defect, "author")
g.claim(p_isolate, s_an)
g.claim(p_isolate, s_ab1)
g.claim(p_off, "author", "affirm", "planned")
g.claim(p_off, s_an, "affirm", "planned")
g.claim(p_off, s_ab1, "affirm", "possible")
g.claim(p_deesc, "author")
g.claim(p_aq, "author")
g.claim(p_aq, s_nus)
g.claim(p_merge, "author")
g.claim(p_infight, "author")
g.claim(p_nuscontrol, "author")
g.claim(p_strike, s_mos)
c_mos = g.claim(p_jolwound, s_mos)
c_hden = g.claim(p_jolwound, s_hden, "deny")
g.claim(p_ahclash, "author")
g.claim(p_expel15, "author")
g.claim(p_ahwd, "author")
g.claim(p_zenki, "author")
g.claim(p_ja, "author")
g.claim(p_ja, s_ja)
g.claim(p_rusair, "author")
g.claim(p_monitors, "author", "affirm", "planned")
g.claim(p_fight, s_vow, "affirm", "intended")
g.contra(c_mos, c_hden, "inter_party", None, "negation",
         "Moscow says its strikes killed senior HTS leaders and badly wounded al-Jolani; HTS denies it in a brief statement.")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
