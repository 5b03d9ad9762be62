"""Gold analysis of V-300 article 0 (Al-Akhbar, 2017-08-12): last hurdles before Saraya Ahl al-Sham leave the
Arsal outskirts for eastern Qalamoun; Assad orders the deal eased; the Lebanese army's coming offensive on
ISIS in the Ras Baalbek and al-Qaa outskirts; Hezbollah's Naim Qassem on the battle.

Judgement calls:
- Published from the issue line «السبت 12 آب 2017»; «ليل أمس» / «أمس» = 2017-08-11.
- Body: second copy of the headline with the photo caption («قاسم : ...», a headline-style statement
  with «:» as cue) to the end of Qassem's quote; the inline subheading «المرحلة الثانية ...» is kept.
- «الأسد يوعز» (headline) and «أوعز إلى الجهات الرسمية» are orders: demand statements.
- Parties: Lebanese army / General Security / Abbas Ibrahim = LBN; Hezbollah and «المقاومة» = HEZBOLLAH;
  Saraya Ahl al-Sham and the Qalamoun rebels = SYR.OPP; «مصادر عسكرية» taken as Lebanese army sources.
- Forward-looking items (transfer of 350 fighters and 3124 civilians, 800 families to Assal al-Ward,
  the army offensive, the Syrian-side offensive, Hezbollah support, General Security escort) carry
  modality planned; «توقعت مصادر» = estimate.
- Qassem's «أنهم يريدون عرسال محررة» (Arsal people) and «يد عون أنهم يحمونهم» are statements embedded
  in his words. No contradictions in the article.
- Place names with crawl spacing («وادي حمي د») are quoted as they stand.
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
g = Gold(text, {"id": "V-300-0", "outlet": "الأخبار", "published": "2017-08-12", "url": "http://www.al-akhbar.com/node/281688", "title": None})
LBNMIL = dict(actor="LBN.MIL", party="LBN", role="military", canonical="Lebanese Armed Forces")
LBNGS = dict(actor="LBN.GOV", party="LBN", role="government", canonical="Lebanese General Security")
SARAYA = dict(OPP, canonical="Saraya Ahl al-Sham")
QASSEM = dict(HEZ, canonical="Naim Qassem")
AKH = dict(actor="ALAKHBAR", party=None, role="media", canonical="Al-Akhbar")
ARSAL = dict(canonical="Arsal", place=named("Arsal", "LB", "Baalbek-Hermel"))
JARSAL = dict(canonical="Arsal outskirts", place=named("Jurud Arsal", "LB", "Baalbek-Hermel"))
RAS = dict(canonical="Ras Baalbek", place=named("Ras Baalbek", "LB", "Baalbek-Hermel"))
QAA = dict(canonical="Al-Qaa", place=named("Al-Qaa", "LB", "Baalbek-Hermel"))
ASSAL = dict(canonical="Assal al-Ward", place=named("Assal al-Ward", "SY", "Rif Dimashq"))
EQAL = dict(canonical="Eastern Qalamoun", place=named("Eastern Qalamoun", "SY", "Rif Dimashq"))
# longer names first
ASSAD = dict(SYRGOV, canonical="Bashar al-Assad")
e_assad_full = g.ent("بشار الأسد", "PER", 1, **ASSAD)
e_qassem_full = g.ent("نعيم قاسم", "PER", 1, **QASSEM)
g.ent("مروان بوحيدر", "PER", 1, canonical="Marwan Bou Haidar")
e_jarsal_ne = g.ent("جرود عرسال الشمالية الشرقية", "LOC", 1, canonical="Northeastern Arsal outskirts", place=named("Jurud Arsal", "LB", "Baalbek-Hermel"))
e_jars = every(g, "جرود عرسال", "LOC", **JARSAL)
e_jras = every(g, "جرود رأس بعلبك", "LOC", canonical="Ras Baalbek outskirts", place=named("Jurud Ras Baalbek", "LB", "Baalbek-Hermel"))
e_eqal0 = g.ent("منطقة القلمون الشرقي", "LOC", 1, **EQAL)
e_ibr_full = g.ent("عباس إبراهيم", "PER", 1, **dict(LBNGS, canonical="Abbas Ibrahim"))
g.ent("عباس إبراهيم", "PER", 2, **dict(LBNGS, canonical="Abbas Ibrahim"))
g.ent("لأمن العام", "ORG", 1, **LBNGS)  # للأمن
e_gs = g.ent("الأمن العام اللبناني", "ORG", 1, **LBNGS)
e_srcneg = g.ent("مصادر معنية بالمفاوضات", "PER", 1, nominal=True)
e_src2 = g.ent("المصادر", "PER", 1, after="وأشارت", nominal=True)
e_fsrc = g.ent("مصادر ميدانية", "PER", 1, nominal=True)
e_msrc = g.ent("مصادر عسكرية", "PER", 1, nominal=True, **LBNMIL)
e_leb_side = g.ent("الجانب اللبناني", "ORG", 1, nominal=True, actor="LBN.GOV", party="LBN", role="government", canonical="Lebanese side")
e_sgov = every(g, "الدولة السورية", "ORG", **SYRGOV)
e_ruh = every(g, "مدينة الرحيبة", "GPE", canonical="Al-Ruhaybah", place=named("Al-Ruhaybah", "SY", "Rif Dimashq"))
e_wadi = g.ent("وادي حمي د", "LOC", 1, canonical="Wadi Hmayyed", place=named("Wadi Hmayyed", "LB", "Baalbek-Hermel"))
e_malahi = g.ent("منطقة الملاهي", "LOC", 1, canonical="al-Malahi area", place=named("al-Malahi", "LB", "Baalbek-Hermel"))
e_wqal = g.ent("القلمون الغربي", "LOC", 1, canonical="Western Qalamoun", place=named("Western Qalamoun", "SY", "Rif Dimashq"))
g.ent("أبو طه العسالي", "PER", 1, canonical="Abu Taha al-Assali")
e_sborder = g.ent("الحدود السورية", "LOC", 1, canonical="Lebanon-Syria border", place=named("Lebanon-Syria border"))
e_reuters = g.ent("رويترز", "ORG", 1, actor="REUTERS", party=None, role="media", canonical="Reuters")
e_yam = g.ent("اليمونة", "GPE", 1, canonical="Al-Yammouneh", place=named("Al-Yammouneh", "LB", "Baalbek-Hermel"))
g.ent("حسن علي شريف", "PER", 1, **dict(HEZ, canonical="Hassan Ali Sharif"))
g.ent("التيار الوطني الحر", "ORG", 1, canonical="Free Patriotic Movement")
g.ent("القوات اللبنانية", "ORG", 1, canonical="Lebanese Forces")
e_nusra_j = g.ent("جماعة النصرة", "ORG", 1, **HTS)
g.ent("لنصرة", "ORG", 1, after="تبرر ل", **HTS)  # للنصرة
e_lebarmy = every(g, "الجيش اللبناني", "ORG", **LBNMIL)
e_syrarmy = every(g, "الجيش السوري", "ORG", **SYRMIL)
e_saraya = every(g, "سرايا أهل الشام", "ORG", **SARAYA)
e_ahl = every(g, "أهل الشام", "ORG", **SARAYA)
g.ent("السرايا", "ORG", 1, nominal=True, **SARAYA)
e_eqal = every(g, "القلمون الشرقي", "LOC", **EQAL)
e_hez = every(g, "حزب الله", "ORG", **HEZ)
e_muq = every(g, "المقاومة", "ORG", nominal=True, **HEZ)
e_isis = every(g, "تنظيم \" داعش \"", "ORG", **ISIS)
e_isis2 = every(g, "داعش", "ORG", **ISIS)
e_ras = every(g, "رأس بعلبك", "GPE", **RAS)
e_qaa = every(g, "القاع", "GPE", **QAA)
e_assal = every(g, "عسال الورد", "GPE", **ASSAL)
e_arsal = every(g, "عرسال", "GPE", **ARSAL)
e_syria = every(g, "سوريا", "GPE", **P("Syria"))
e_leb = every(g, "لبنان", "GPE", canonical="Lebanon", place=PL["Lebanon"])
e_dam = every(g, "دمشق", "GPE", canonical="Damascus", actor="SYR.GOV", party="SYR", role="government", place=PL["Damascus"])
e_akh = every(g, "الأخبار", "ORG", **AKH)
e_assad = g.ent("الأسد", "PER", 1, **ASSAD)
e_q0 = g.ent("قاسم", "PER", 1, **QASSEM)
e_q1 = g.ent("قاسم", "PER", 1, after="وقال", **QASSEM)
e_q2 = g.ent("قاسم", "PER", 1, after="ووج ه", **QASSEM)
e_ibr = g.ent("إبراهيم", "PER", 1, after="وأك د", **dict(LBNGS, canonical="Abbas Ibrahim"))
e_army_n = g.ent("الجيش", "ORG", 1, after="وسيتزامن هجوم", nominal=True, **LBNMIL)
e_armylead = g.ent("قيادة الجيش", "ORG", 1, nominal=True, **LBNMIL)
g.ent("المؤسسة العسكرية", "ORG", 1, nominal=True, **LBNMIL)
g.ent("القيادة", "ORG", 1, after="وفي مقدور", nominal=True, **LBNMIL)
e_party = g.ent("الحزب", "ORG", 1, after="احتفال تأبيني أقامه", nominal=True, **HEZ)
g.ent("الجيش", "ORG", 1, after="مع المقاومة و", nominal=True, **LBNMIL)
g.ent("الجيش", "ORG", 1, after="ويكون انتصار", nominal=True, **LBNMIL)

t_last = g.time("حتى ساعة متأخرة من ليل أمس", "2017-08-11", "part_of_day", "until")
t_today = g.time("اليوم", "2017-08-12", "day", "at", 1, after="العقبة الأخيرة")
g.time("فورا", "2017-08-12", "day", "at")
t_yest = g.time("أمس", "2017-08-11", "day", "at", 1, after="رويترز")
t_nextwk = g.time("بدءا من مطلع الأسبوع المقبل", "2017-08-14", "week", "since")
q350 = g.qty("350 مسلحا", 350, "fighters", nth=1)
q3124 = g.qty("3124 مدنيا", 3124, "people", "displaced")
g.qty("350 مسلحا", 350, "fighters", nth=2)
q800a = g.qty("نحو 800 عائلة", 800, "families", nth=1)
q800b = g.qty("نحو 800 عائلة", 800, "families", nth=2)

s_head = g.stmt(("الأسد", 1, None, e_assad), ("يوعز", 1), "demand", ("تسهيل اتفاق \" سرايا أهل الشام", 1))
s_cap = g.stmt(("قاسم", 1, None, e_q0), (":", 1, "الجرود قاسم"), "assert", ("تحية إلى أهالي عرسال الشجعان الذين يجب أن نسمع أصواتهم", 1))
s_est = g.stmt(("مصادر معنية بالمفاوضات", 1, None, e_srcneg), ("توقعت", 1), "estimate",
               ("يتم تجاوز العقبة الأخيرة اليوم , ليبدأ تنفيذ الاتفاق فورا", 1))
s_src2 = g.stmt(("المصادر", 1, "وأشارت", e_src2), ("أشارت", 1), "assert",
                ("الدولة السورية قد مت كل التسهيلات الممكنة , بقبولها انتقال المسلحين إلى مدينة الرحيبة في القلمون الشرقي , رغم أن هذه المنطقة تشهد مفاوضات برعاية روسية , لعقد مصالحة ت نهي التمر د المسلح فيها", 1))
s_order = g.stmt(("بشار الأسد", 1, None, e_assad_full), ("أوعز", 1), "demand",
                 ("الموافقة على المقترحات التي يتقد م بها الجانب اللبناني , سواء عبر اللواء عباس إبراهيم أو عبر حزب الله", 1))
s_fsrc = g.stmt(("مصادر ميدانية", 1, None, e_fsrc), ("أك دت", 1), "confirm",
                ("الاتفاق يشمل أيضا أن يسل م مسل حو \" السرايا \" كل الأسلحة الثقيلة الموجودة في حوزتهم إلى الجيش اللبناني", 1))
s_ibr = g.stmt(("إبراهيم", 1, "وأك د", e_ibr), ("أك د", 1, "يقاتلون تنظيم"), "confirm",
               ("الأمن العام اللبناني سيرافق قوافل المغادرين حتى الحدود السورية", 1), via=[("رويترز", 1, None, e_reuters)])
s_ibr2 = g.stmt(("إبراهيم", 1, "وأك د", e_ibr), ("لافتا", 1), "assert",
                ("من سيعودون إلى بلدة عسال الورد \" سيستعملون سياراتهم الخاصة للعودة", 1), via=[("رويترز", 1, None, e_reuters)])
s_mil1 = g.stmt(("مصادر عسكرية", 1, None, e_msrc), ("أك دت", 1, "وفيما"), "confirm", ("تحديد الساعة الصفر بيد قيادة الجيش وحدها", 1))
s_mil2 = g.stmt(("مصادر عسكرية", 1, None, e_msrc), ("لفتت", 1), "assert",
                ("غالبية التحضيرات للمعركة أنج ز ت من قبل المؤسسة العسكرية , وفي مقدور القيادة منح الأمر للوحدات الميدانية بمباشرة الهجوم على \" داعش \" , بدءا من مطلع الأسبوع المقبل", 1))
s_q1 = g.stmt(("نعيم قاسم", 1, None, e_qassem_full), ("أعلن", 1, "من جهته"), "assert",
              ("قرار معركة جرود رأس بعلبك والقاع \" توقيتا وإدارة , هو بيد الجيش اللبناني", 1))
s_q2 = g.stmt(("نعيم قاسم", 1, None, e_qassem_full), ("أك د", 1, "هو بيد الجيش"), "confirm",
              ("المقاومة ستعمل , في المعركة , \" لمؤازرة الجيش اللبناني حيث يرى ذلك ضروريا ومناسبا , فله أن يقرر ما يشاء , لكننا لن ننام في بيوتنا , سنبقى على الزناد جاهزين لنؤدي دور المؤازرة حيث يجب أن نكون , وبناء على طلب الجيش اللبناني", 1))
s_q3 = g.stmt(("نعيم قاسم", 1, None, e_qassem_full), ("أك د", 1, "طلب الجيش اللبناني \""), "confirm",
              ("المقاومة ستخوض المعركة \" من الجهة السورية بالتعاون مع الجيش السوري لتعطيل الملاذ الآمن للمسلحين , ليتكامل التحرير ويكون انتصار الجيش في تنظيف الحدود كاملا", 1))
s_q4 = g.stmt(("قاسم", 1, "وقال", e_q1), ("قال", 1, "كاملا"), "assert",
              ("أنتم تعلمون أن شباب المنطقة من أهل رأس بعلبك والقاع وغيرهما من القرى كانوا يحرسونها برعاية الجيش اللبناني , وبدعم من المقاومة , هؤلاء الشباب من انتماءات مختلفة , منهم من التيار الوطني الحر , ومنهم من القوات اللبنانية , ومنهم من انتماءات أخرى , هؤلاء تركوا خياراتهم السياسية لمصلحة خيارهم السيادي , والتحموا على الأرض مع المقاومة والجيش , والقيادات المستنكرة تعرف هذه الحقيقة", 1),
              medium=("احتفال تأبيني", 1), direct=True)
s_q5 = g.stmt(("قاسم", 1, "ووج ه", e_q2), ("وج ه", 1), "assert",
              ("تحية خاصة \" إلى أهل عرسال الذين \" كانوا شجعانا خلال المعركة في أن يقولوا رأيهم بحرية أنهم يريدون عرسال محررة ويريدون جرود عرسال محررة ممن احتلها من جماعة النصرة وداعش", 1),
              direct=True)
s_arsal = g.stmt(("أهل عرسال", 1), ("يقولوا", 1), "assert",
                 ("يريدون عرسال محررة ويريدون جرود عرسال محررة ممن احتلها من جماعة النصرة وداعش", 1), embedded_in=s_q5)
s_q6 = g.stmt(("قاسم", 1, "ووج ه", e_q2), ("أضاف", 1, "وداعش"), "assert",
              ("هؤلاء هم الذين يجب أن نسمع أصواتهم .\nأما أولئك الذين يتباكون عليهم ويد عون أنهم يحمونهم , فمن قال إنهم يريدون منكم الحماية ? أنتم أدخلتموهم في مشاكل كثيرة .\nحمايتهم بتحرير الأرض , وليست ببعض التوجهات التي تحاول أن تبرر للنصرة موقفها", 1),
              direct=True)
s_claimprot = g.stmt(("أولئك الذين يتباكون عليهم", 1), ("يد عون", 1), "claim", ("يحمونهم", 1), embedded_in=s_q6)

JA = e_jars[0]
p_deal = g.prop("agreement", [("agent", e_saraya[0], "SYR.OPP"), ("partner", e_dam[0], "SYR"), ("partner", e_hez[0], "HEZBOLLAH")],
                ("اتفاق", 1, "تنفيذ"), place=JA, time=t_last)
p_move = g.prop("withdrawal", [("agent", e_saraya[1], "SYR.OPP")], ("خروج", 1), place=JA, quantities=[q350, q3124])
p_fac = g.prop("support", [("agent", e_sgov[0], "SYR"), ("partner", e_saraya[1], "SYR.OPP")], ("التسهيلات", 1))
p_qrec = g.prop("agreement", [("agent", None, "RUS")], ("مصالحة", 1), place=eid(g, "القلمون الشرقي", 1, "مدينة الرحيبة في"))
p_qctrl = g.prop("control", [("agent", None, "SYR.OPP")], ("يسيطرون", 1), place=eid(g, "القلمون الشرقي", 1, "مسلحو"))
p_weap = g.prop("other", [("agent", None, "SYR.OPP"), ("partner", e_lebarmy[0], "LBN")], ("يسل م", 1))
p_fam = g.prop("displacement", [], ("انتقال", 1, "المرحلة الثانية"), place=e_assal[0], quantities=[q800a, q800b])
p_sfight = g.prop("clash", [("agent", eid(g, "سرايا أهل الشام", 1, "صلة الوصل"), "SYR.OPP"), ("agent", eid(g, "تنظيم \" داعش \"", 1, "يقاتلون"), "ISIS")],
                  ("يقاتلون", 1))
p_escort = g.prop("support", [("agent", e_gs, "LBN")], ("سيرافق", 1), place=e_sborder)
p_leboff = g.prop("attack", [("agent", eid(g, "الجيش اللبناني", 1, "قبل بدء"), "LBN"), ("target", eid(g, "تنظيم \" داعش \"", 1, "التي يحتلها"), "ISIS")],
                  ("هجومه", 1), place=eid(g, "جرود عرسال الشمالية الشرقية"), time=t_nextwk)
p_isisctrl = g.prop("control", [("agent", eid(g, "تنظيم \" داعش \"", 1, "التي يحتلها"), "ISIS")], ("يحتلها", 1), place=e_jras[0])
p_syroff = g.prop("attack", [("agent", eid(g, "حزب الله", 1, "الأراضي السورية"), "HEZBOLLAH"), ("agent", e_syrarmy[0], "SYR")],
                  ("هجوم آخر", 1))
p_hezsup = g.prop("support", [("agent", eid(g, "المقاومة", 1, "وأك د أن"), "HEZBOLLAH"), ("partner", eid(g, "الجيش اللبناني", 1, "لمؤازرة"), "LBN")],
                  ("لمؤازرة", 1))
p_guard = g.prop("deployment", [], ("يحرسونها", 1), place=eid(g, "رأس بعلبك", 1, "من أهل"))
p_nusocc = g.prop("control", [("agent", e_nusra_j, "HTS"), ("agent", eid(g, "داعش", 1, "جماعة النصرة و"), "ISIS")], ("احتلها", 1),
                  place=eid(g, "جرود عرسال", 1, "ويريدون"))

g.claim(p_deal, "author")
g.claim(p_deal, s_fsrc)
g.claim(p_move, "author", "affirm", "planned")
g.claim(p_move, s_est, "affirm", "planned")
g.claim(p_fac, "author")
g.claim(p_fac, s_src2)
g.claim(p_qrec, s_src2, "affirm", "planned")
g.claim(p_qctrl, "author")
g.claim(p_weap, s_fsrc, "affirm", "planned")
g.claim(p_fam, "author", "affirm", "planned")
g.claim(p_sfight, "author")
g.claim(p_escort, s_ibr, "affirm", "planned")
g.claim(p_leboff, "author", "affirm", "planned")
g.claim(p_leboff, s_mil2, "affirm", "planned")
g.claim(p_leboff, s_q1, "affirm", "planned")
g.claim(p_isisctrl, "author")
g.claim(p_syroff, "author", "affirm", "planned")
g.claim(p_syroff, s_q3, "affirm", "planned")
g.claim(p_hezsup, s_q2, "affirm", "planned")
g.claim(p_guard, s_q4)
g.claim(p_nusocc, s_arsal)
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
