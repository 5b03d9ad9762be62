"""Gold analysis of R-475 article 0 (Al Jazeera Net, 2017-10-25): Iraqi PM Haider al-Abadi pledges to disarm
Shiite factions that refuse state control; his reply to Tillerson's call on Iranian militias to leave Iraq.

Judgement calls:
- Iraqi conflict politics, not Syria; annotated as conflict news (armed factions, ISIS).
- Body: headline, date line and photo caption through the last sentence.
- The headline, the lede and the WSJ paragraph report the same pledge three times: three promise
  statements, all on one planned 'other' (disarmament) proposition. The WSJ interview is via + medium.
- «دافع ... عن الحشد الشعبي» (caption and paragraph 3) counted as reported speech (assert), its
  content the PMF; «وأضاف» continues it.
- «وذكر مصدر مقرب من العبادي أنه أبدى استغرابه ... وأنه "..."»: Abadi's words reached the outlet via the
  close source: one statement, source Abadi, via the close source.
- Tillerson's call for Iranian militias / foreign fighters to go home: demand, claim on a withdrawal
  proposition with modality planned (no modality fits a demand better).
- «لن تسمح لأي مجموعة بامتلاك السلاح» is a policy, not an event: statements only, no proposition.
- PMF and Shiite factions: actor IRQ.PGM (as in the worked example); Iranian militias: party IRN.
- No contradictions.
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
g = Gold(text, {"id": "R-475-0", "outlet": "الجزيرة نت", "published": "2017-10-25", "url": None, "title": None})
ABADI = dict(actor="IRQ.GOV", party="IRQ", role="government", canonical="Haider al-Abadi")
TILL = dict(actor="USA.GOV", party="USA", role="government", canonical="Rex Tillerson")
PMF = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
SHIA = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Iraqi Shiite armed factions")
e_ab0 = g.ent("العبادي", "PER", 1, **ABADI)
t_pub = g.time("25 / 10 / 2017", "2017-10-25", "day", "at")
e_ab_cap = g.ent("العبادي", "PER", 2, **ABADI)
t_days = g.time("قبل أيام", None, "vague", "before")
g.ent("تيلرسون", "PER", 1, **TILL)
e_pmf0 = g.ent("الحشد الشعبي", "ORG", 1, **PMF)
g.ent("الأوروبية", "ORG", 1, actor="EPA", party=None, role="media", canonical="European Pressphoto Agency")
e_iraq1 = g.ent("العراق", "GPE", 1, **P("Iraq"))
e_ab1 = g.ent("حيدر العبادي", "PER", 1, **ABADI)
e_shia1 = g.ent("الفصائل الشيعية المسلحة", "ORG", 1, nominal=True, **SHIA)
e_ank1 = g.ent("أنقرة", "GPE", 1, **P("Ankara"))
e_wsj = g.ent("صحيفة وول ستريت جورنال", "ORG", 1, actor="WSJ", party="USA", role="media", canonical="The Wall Street Journal")
t_wed = g.time("الأربعاء", "2017-10-25", "day", "at")
e_ab2 = g.ent("العبادي", "PER", 1, after="الأربعاء , تعهد", **ABADI)
e_shia2 = g.ent("الفصائل الشيعية المسلحة", "ORG", 2, nominal=True, **SHIA)
e_isis1 = g.ent("تنظيم الدولة الإسلامية", "ORG", 1, **ISIS)
e_ab3 = g.ent("العبادي", "PER", 1, after="وكان", **ABADI)
e_till = g.ent("ريكس تيلرسون", "PER", 1, **TILL)
e_bag = g.ent("بغداد", "GPE", 1, **P("Baghdad"))
t_mon = g.time("الاثنين", "2017-10-23", "day", "at")
e_pmf = g.ent("الحشد الشعبي", "ORG", 2, **PMF)
g.ent("الحشد", "ORG", 1, after="وأضاف أن", **PMF)
g.ent("الحشد", "ORG", 1, after="تشجيع مقاتلي", **PMF)
g.ent("العبادي", "PER", 1, after="وجاء حديث", **ABADI)
e_till4 = g.ent("تيلرسون", "PER", 1, after="ردا على تصريحات", **TILL)
t_sun = g.time("الأحد", "2017-10-22", "day", "at")
e_irmil = g.ent("المليشيات الإيرانية", "ORG", 1, nominal=True, actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iranian-backed militias")
e_iraq4 = g.ent("العراق", "GPE", 1, after="المليشيات الإيرانية \"", **P("Iraq"))
g.ent("تنظيم الدولة", "ORG", 1, after="انتهاء المعارك مع", **ISIS)
e_close = g.ent("مصدر مقرب من العبادي", "PER", 1, nominal=True, **dict(ABADI, canonical="Source close to al-Abadi"))
e_pm6 = g.ent("رئيس الوزراء العراقي", "PER", 1, nominal=True, **ABADI)
e_erd = g.ent("رجب طيب أردوغان", "PER", 1, actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
e_ank2 = g.ent("أنقرة", "GPE", 2, **P("Ankara"))
e_krd = g.ent("إقليم كردستان", "GPE", 1, canonical="Kurdistan Region", place=named("Kurdistan Region", "IQ"))

s_head = g.stmt(("العبادي", 1, None, e_ab0), ("يتعهد", 1), "promise", ("نزع سلاح أي فصائل شيعية ترفض الطاعة", 1))
s_cap = g.stmt(("العبادي", 2, None, e_ab_cap), ("دافع", 1), "assert", ("الحشد الشعبي", 1))
s_lede = g.stmt(("حيدر العبادي", 1, None, e_ab1), ("تعهد", 1), "promise",
                ("نزع سلاح الفصائل الشيعية المسلحة التي ترفض الدخول تحت سيطرته", 1), medium=("مقابلة صحفية", 1))
s_lede2 = g.stmt(("حيدر العبادي", 1, None, e_ab1), ("أكد", 1), "confirm",
                 ("بلاده لن تسمح لأي مجموعة بامتلاك السلاح دون تصريح أو القيام بأنشطة على أراضيها", 1))
s_wsj = g.stmt(("العبادي", 1, "الأربعاء , تعهد", e_ab2), ("تعهد", 1, "الأربعاء"), "promise",
               ("نزع سلاح الفصائل الشيعية المسلحة التي ترفض الدخول تحت سيطرته بعد هزيمة تنظيم الدولة الإسلامية", 1),
               via=[("صحيفة وول ستريت جورنال", 1, None, e_wsj)], medium=("مقابلة", 1, "وفي مقابلة"))
s_def = g.stmt(("العبادي", 1, "وكان", e_ab3), ("دافع", 1, "وكان"), "assert", ("فصائل الحشد الشعبي", 1))
s_add = g.stmt(("العبادي", 1, "وكان", e_ab3), ("أضاف", 1, "وأضاف أن"), "assert",
               ("الحشد \" مؤسسة رسمية ضمن مؤسسات الدولة , وأن الدستور العراقي لا يسمح بوجود جماعات مسلحة خارج إطار الدولة , وأن علينا تشجيع مقاتلي الحشد لأنهم سيكونون أملا للبلد وللمنطقة", 1),
               direct=True)
s_till = g.stmt(("تيلرسون", 1, "ردا على تصريحات", e_till4), ("دعا", 1, "الأحد"), "demand",
                ("جميع المقاتلين الأجانب والمليشيات الإيرانية \" في العراق للعودة إلى بلادهم بعد انتهاء المعارك مع تنظيم الدولة", 1))
s_surp = g.stmt(("العبادي", 1, "مصدر مقرب من", e_ab3), ("أبدى استغرابه", 1), "assert",
                ("لا يحق لأي جهة التدخل في الشأن العراقي", 1), via=[("مصدر مقرب من العبادي", 1, None, e_close)], direct=True)
s_ank = g.stmt(("رئيس الوزراء العراقي", 1, None, e_pm6), ("أكد", 1, "وفي سياق متصل"), "confirm",
               ("بلاده لن تسمح لأي مجموعة بامتلاك السلاح دون تصريح أو القيام بأنشطة على أراضيها", 1, "وفي سياق متصل"),
               medium=("تصريحات صحفية", 1, "وفي سياق متصل"))
s_ref = g.stmt(("رئيس الوزراء العراقي", 1, None, e_pm6), ("مضيفا", 1, "وفي سياق متصل"), "assert",
               ("للأسف أراد البعض عبر الاستفتاء تقسيم أراضينا , وإعادة ترسيم حدودنا , مستخدما القوة لتحقيق ذلك", 1), direct=True)

p_disarm = g.prop("other", [("agent", e_ab1, "IRQ"), ("target", e_shia1, "IRQ.PGM")], ("نزع", 1), place=e_iraq1)
p_meet = g.prop("other", [("agent", e_ab3, "IRQ"), ("partner", e_till, "USA")], ("اجتماعه", 1, "وكان"), place=e_bag, time=t_mon)
p_pmf = g.prop("other", [("agent", e_pmf, "IRQ.PGM")], ("مؤسسة رسمية", 1))
p_leave = g.prop("withdrawal", [("agent", e_irmil, "IRN")], ("للعودة", 1), place=e_iraq4)
p_erd = g.prop("other", [("agent", e_pm6, "IRQ"), ("partner", e_erd, "TUR")], ("لقائه", 1), place=e_ank2)
p_ref = g.prop("other", [], ("استفتاء", 1), place=e_krd)
for s in (s_head, s_lede, s_wsj):
    g.claim(p_disarm, s, "affirm", "planned")
g.claim(p_meet, "author")
g.claim(p_pmf, s_add)
g.claim(p_leave, s_till, "affirm", "planned")
g.claim(p_erd, "author")
g.claim(p_ref, "author")
g.claim(p_ref, s_ref)
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
