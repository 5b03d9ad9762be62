"""Gold analysis of V-120 article 1 (Enab Baladi, 2017-09-18): the Syrian Interim Government forms a general
staff and names deputy defence ministers; Salim Idris denies being named chief of staff.

Judgement calls:
- Published: «اليوم , الاثنين 18 أيلول» in the text (2017-09-18, a Monday); the page's 2018 date is the
  crawl date. Body: second copy of the headline with the photo caption through the factions list.
- The Interim Government, its ministry, the colonels and the factions: party SYR.OPP (government role
  for the SIG, military for the officers).
- Headline «تسمي» and «شكلت/عينت» are author voice; «أعلنت ... في بيان» is the SIG statement.
- The rumours («انتشرت إشاعات») are a statement with a nominal source; Idris «نفى في بيان» denies his
  appointment: contradiction, unaffiliated (rumours have no party). The rumour that Mohammad Fares was
  named defence minister vs the author's report that Abu Hatab was named defence minister on 5 September:
  incompatible, kind author_vs_source.
- The Syrian Islamic Council's call (demand) for a single army: planned 'other'; factions' approval is an
  author-asserted agreement. The sector names inside the appointments are tagged as places.
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
g = Gold(text, {"id": "V-120-1", "outlet": "عنب بلدي", "published": "2017-09-18", "url": "https://www.enabbaladi.net/archives/173625", "title": None})
SIG = dict(actor="SYR.OPP.GOV", party="SYR.OPP", role="government", canonical="Syrian Interim Government")
def off(name):
    return dict(actor="SYR.OPP.MIL", party="SYR.OPP", role="military", canonical=name)
e_sig0 = g.ent("الحكومة السورية المؤقتة", "ORG", 1, **SIG)
e_staff0 = g.ent("هيئة الأركان", "ORG", 1, **off("SIG General Staff"))
e_ah1 = g.ent("جواد أبو حطب", "PER", 1, **dict(SIG, canonical="Jawad Abu Hatab"))
g.ent("الحكومة المؤقتة", "ORG", 1, **SIG)
e_sig1 = g.ent("الحكومة السورية المؤقتة", "ORG", 2, **SIG)
g.ent("هيئة الأركان", "ORG", 2, **off("SIG General Staff"))
e_gov2 = g.ent("الحكومة", "ORG", 1, after="وعينت", nominal=True, **SIG)
for n in ["عبد الجبار محمد عكيدي", "حسن مرعي حمادة"]:
    g.ent(n, "PER", 1, **off(n))
g.ent("هيئة الأركان", "ORG", 3, **off("SIG General Staff"))
for n in ["فضل الله الحجي", "هيثم العفيسى", "أحمد عثمان"]:
    g.ent(n, "PER", 1, **off(n))
ALEP = P("Aleppo")
g.ent("حلب", "GPE", 1, **ALEP)
g.ent("عماد كوكش", "PER", 1, **off("Imad Kokash"))
g.ent("حلب", "GPE", 2, **ALEP)
g.ent("محمود عواد", "PER", 1, **off("Mahmoud Awad"))
g.ent("الساحل", "LOC", 1, canonical="Syrian coast", place=named("Syrian coast", "SY"))
g.ent("مصطفى رحال", "PER", 1, **off("Mustafa Rahhal"))
g.ent("إدلب", "GPE", 1, **P("Idlib"))
g.ent("عبد السلام المرعي", "PER", 1, **off("Abdulsalam al-Mar'i"))
g.ent("حمص", "GPE", 1, **P("Homs"))
g.ent("عمار النمر", "PER", 1, **off("Ammar al-Nimr"))
g.ent("ريف دمشق", "GPE", 1, canonical="Rif Dimashq Governorate", place=named("Rif Dimashq Governorate", "SY", "Rif Dimashq"))
g.ent("موسى السالم", "PER", 1, **off("Musa al-Salem"))
g.ent("درعا", "GPE", 1, **P("Daraa"))
g.ent("ناصر العبد لله", "PER", 1, **off("Nasser al-Abdullah"))
g.ent("المنطقة الشرقية", "LOC", 1, canonical="Eastern region (Syria)", place=named("Eastern region", "SY"))
g.ent("معتصم الحموية", "PER", 1, **off("Mutasim al-Hamwiya"))
g.ent("حماة", "GPE", 1, **P("Hama"))
g.ent("يوسف الأطرش", "PER", 1, **off("Yusuf al-Atrash"))
g.ent("القنيطرة", "GPE", 1, canonical="Quneitra", place=named("Quneitra Governorate", "SY", "Quneitra"))
e_gov3 = g.ent("الحكومة", "ORG", 1, after="وكانت", nominal=True, **SIG)
e_mod = g.ent("وزارة دفاع للثورة", "ORG", 1, **dict(SIG, canonical="SIG Ministry of Defence"))
e_ah2 = g.ent("جواد أبو حطب", "PER", 2, **dict(SIG, canonical="Jawad Abu Hatab"))
e_gov4 = g.ent("الحكومة", "ORG", 1, after="إشاعات عن تسمية", nominal=True, **SIG)
e_fares = g.ent("محمد فارس", "PER", 1, **off("Mohammad Fares"))
e_idris1 = g.ent("سليم إدريس", "PER", 1, **off("Salim Idris"))
e_idris2 = g.ent("إدريس", "PER", 1, after="لكن", **off("Salim Idris"))
e_sic = g.ent("المجلس الإسلامي السوري", "ORG", 1, actor="SYR.OPP", party="SYR.OPP", role="other", canonical="Syrian Islamic Council")
g.ent("سوريا", "GPE", 1, **P("Syria"))
g.ent("سوريا", "GPE", 2, **P("Syria"))
FACT = [("أحرار الشام", "Ahrar al-Sham"), ("جيش الإسلام", "Jaysh al-Islam"), ("حركة نور الدين زنكي", "Nour al-Din al-Zenki Movement"),
        ("فيلق الشام", "Faylaq al-Sham"), ("جيش النصر", "Jaysh al-Nasr"), ("درع الفرات", "Euphrates Shield factions"),
        ("جيش أسود الشرقية", "Jaysh Usud al-Sharqiya"), ("قوات الشهيد أحمد العبدو", "Martyr Ahmad al-Abdo Forces")]
e_fact = [g.ent(a, "ORG", 1, **dict(OPP, canonical=b)) for a, b in FACT]

t_mon = g.time("اليوم , الاثنين 18 أيلول", "2017-09-18", "day", "at")
t_sep5 = g.time("في 5 أيلول الجاري", "2017-09-05", "day", "at")

s_sig = g.stmt(("الحكومة السورية المؤقتة", 2, None, e_sig1), ("أعلنت", 1), "assert",
               ("تشكيل هيئة الأركان إضافة إلى تسمية معاوني وزير الدفاع", 1), medium=("بيان لها", 1))
s_rum = g.stmt(("إشاعات", 1), ("انتشرت", 1), "assert",
               ("تسمية الحكومة اللواء محمد فارس لمنصب وزير الدفاع , واللواء سليم إدريس رئيس ا للأركان", 1))
s_idris = g.stmt(("إدريس", 1, "لكن", e_idris2), ("نفى", 1), "deny", ("تكليفه برئاسة أركان الجيش", 1), medium=("بيان له", 1))
s_idris2 = g.stmt(("إدريس", 1, "لكن", e_idris2), ("معلن ا", 1), "assert", ("استقالته المسبقة من أي منصب", 1))
s_sic = g.stmt(("المجلس الإسلامي السوري", 1, None, e_sic), ("دعوة", 1), "demand",
               ("تشكيل \" جيش ثوري واحد \" يشمل أرجاء سوريا \" المحررة", 1))

p_staff = g.prop("other", [("agent", e_sig1, "SYR.OPP")], ("تشكيل", 1), time=t_mon)
p_dep = g.prop("other", [("agent", e_gov2, "SYR.OPP")], ("عينت", 1), time=t_mon)
p_mod = g.prop("other", [("agent", e_gov3, "SYR.OPP")], ("شكلت", 1, "وكانت"), time=t_sep5)
p_fares = g.prop("other", [("agent", e_gov4, "SYR.OPP"), ("target", e_fares, "SYR.OPP")], ("تسمية", 1, "إشاعات عن"))
p_idris = g.prop("other", [("agent", e_gov4, "SYR.OPP"), ("target", e_idris1, "SYR.OPP")], ("تكليفه", 1))
p_army = g.prop("other", [("agent", e_sic, "SYR.OPP")], ("تشكيل", 1, "دعوة"))
p_agree = g.prop("agreement", [("agent", e_fact[0], "SYR.OPP"), ("partner", e_sic, "SYR.OPP")], ("وافقت", 1))

g.claim(p_staff, "author")
g.claim(p_staff, s_sig)
g.claim(p_dep, "author")
g.claim(p_dep, s_sig)
c_mod = g.claim(p_mod, "author")
c_rf = g.claim(p_fares, s_rum)
c_ri = g.claim(p_idris, s_rum)
c_id = g.claim(p_idris, s_idris, "deny")
g.claim(p_army, s_sic, "affirm", "planned")
g.claim(p_agree, "author")
g.contra(c_ri, c_id, "unaffiliated", None, "negation",
         "Rumours said the Interim Government named Salim Idris chief of staff; Idris denies being appointed.")
g.contra(c_mod, c_rf, "author_vs_source", None, "incompatible",
         "The article says Jawad Abu Hatab was named defence minister on 5 September; rumours said Mohammad Fares got the post.")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
