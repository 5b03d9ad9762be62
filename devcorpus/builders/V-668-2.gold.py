"""Gold analysis of V-668 article 2 (Shehab News Agency, 2017-03-17): Israeli jets striking targets in Syria come
under Syrian anti-aircraft fire; one missile intercepted, debris falls in Irbid, Jordan.

Judgement calls:
- Body: the second headline copy with its date line to the last sentence (before «المصدر : شهاب»).
- The spokesman's «قال ... :» content runs to «إصابة الطائرات» (no new cue before it); «بحسب الجيش
  الإسرائيلي» and «بحسب الإعلام الإسرائيلي» are statements.
- «الصواريخ لم تتمكن من إصابة الطائرات» = deny claim on a shootdown (hit) proposition; the
  interception of a Syrian missile by an Arrow is a separate shootdown proposition (agent ISR).
- «سمع شاهدان من رويترز صوت انفجار» is perception, not reported speech: tagged entities only.
- «ليلا» = the night before publication (2017-03-17). «قبل 6 سنوات» = 2011. No contradictions.
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
g = Gold(text, {"id": "V-668-2", "outlet": "وكالة شهاب للأنباء", "published": "2017-03-17", "url": None, "title": None})
IAF = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israeli Air Force")
IDF = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israel Defense Forces")
SAD = dict(SYRMIL, canonical="Syrian air defences")
JOR = dict(canonical="Jordan", place=PL["Jordan"])
t_pub = g.time("الجمعة 17 مارس 2017 05 : 23 ص", "2017-03-17", "day", "at")
e_idf1 = g.ent("جيش الاحتلال الإسرائيلي", "ORG", 1, **IDF)
t_morn = g.time("صباح اليوم الجمعة", "2017-03-17", "part_of_day", "at")
e_spk = g.ent("المتحدث باسم الجيش", "PER", 1, nominal=True, **dict(IDF, canonical="IDF spokesman"))
t_night = g.time("ليلا", "2017-03-17", "part_of_day", "at")
e_iad = g.ent("جهاز الدفاع الجوي الاسرائيلي", "ORG", 1, **dict(IDF, canonical="Israeli air defence"))
e_iaf = every(g, "سلاح الجو الإسرائيلي", "ORG", **IAF)
e_iaf2 = every(g, "سلاح الجو", "ORG", **IAF)
e_sad = every(g, "الدفاعات الجوية السورية", "ORG", **SAD)
e_idf = every(g, "الجيش الإسرائيلي", "ORG", **IDF)
e_jer = g.ent("القدس", "GPE", 1, canonical="Jerusalem", place=gn(281184, "Jerusalem", 31.76904, 35.21633, "IL"))
e_jv = g.ent("غور الأردن", "LOC", 1, canonical="Jordan Valley", place=named("Jordan Valley"))
e_jor = every(g, "الأردن", "GPE", **JOR)
e_cit = g.ent("مواطنون اردنيون", "PER", 1, nominal=True, canonical="Jordanian citizens")
t_dawn = g.time("فجر اليوم", "2017-03-17", "part_of_day", "at")
e_irbid = g.ent("مدينة اربد", "GPE", 1, canonical="Irbid", place=gn(248946, "Irbid", 32.55556, 35.85, "JO", "Irbid"))
g.ent("أجهزة الأمن", "ORG", 1, nominal=True, actor="JOR.GOV", party="JOR", role="government", canonical="Jordanian security services")
g.ent("فلسطين المحتلة", "LOC", 1, canonical="Occupied Palestine", place=named("Occupied Palestine"))
e_haa = g.ent("صحيفة \" هآرتس \"", "ORG", 1, actor="HAARETZ", party=None, role="media", canonical="Haaretz")
e_isr = every(g, "إسرائيل", "GPE", **P("Israel", actor="ISR", party="ISR", role="government"))
t_6y = g.time("قبل 6 سنوات", "2011", "year", "before")
e_imed = g.ent("الإعلام الإسرائيلي", "ORG", 1, nominal=True, actor="ISR.MED", party="ISR", role="media", canonical="Israeli media")
g.ent("الضفة الغربية", "LOC", 1, canonical="West Bank", place=named("West Bank", "PS"))
g.ent("شاهدان", "PER", 1, nominal=True)
g.ent("رويترز", "ORG", 1, actor="REUTERS", party=None, role="media", canonical="Reuters")
g.time("بعد ذلك ببضع دقائق", None, "vague", "after")
e_sy = every(g, "سوريا", "GPE", **P("Syria"))

s_idf = g.stmt(("جيش الاحتلال الإسرائيلي", 1, None, e_idf1), ("أعلن", 1), "assert",
               ("تعرض طائرات تابعة له لصواريخ مضادة أثناء إغارتها على عدة أهداف في سوريا", 1))
s_spk = g.stmt(("المتحدث باسم الجيش", 1, None, e_spk), ("قال", 1), "assert",
               ("طائرات سلاح الجو أغارت ليلا على عدة اهداف بسوريا وخلال العملية تم اطلاق صواريخ مضادة صوبها تم اعتراض احد احدها عن طريق جهاز الدفاع الجوي الاسرائيلي وخلال عمليات القصف الإسرائيلية أطلقت الدفاعات الجوية السورية عدة صواريخ باتجاه طائرات سلاح الجو الإسرائيلي , بيد أن الصواريخ لم تتمكن من إصابة الطائرات", 1))
s_idf2 = g.stmt(("الجيش الإسرائيلي", 1, "وبحسب", eid(g, "الجيش الإسرائيلي", 1, "وبحسب")), ("بحسب", 1), "assert",
                ("أحد الصواريخ السورية تم اعتراضه شمال القدس , بواسطة صاروخ ' حيتس ' , وسقط حطامه في الأردن", 1))
s_cit = g.stmt(("مواطنون اردنيون", 1, None, e_cit), ("أفادوا", 1), "assert",
               ("سقوط جسم صاروخ في مدينة اربد الأردنية دون أن يتسبب بوقوع إصابات", 1))
s_haa = g.stmt(("صحيفة \" هآرتس \"", 1, None, e_haa), ("وصفت", 1), "assert",
               ("المواجهة بأخطر حادث بين إسرائيل وسوريا منذ اندلاع الحرب الأهلية السورية قبل 6 سنوات", 1))
s_imed = g.stmt(("الإعلام الإسرائيلي", 1, None, e_imed), ("بحسب", 1, "المرة الأولى ,"), "assert",
                ("التي تعترض فيها الدفاعات الجوية السورية سلاح الجو الإسرائيلي منذ بدء الحرب في سوريا", 1))

p_raid = g.prop("airstrike", [("agent", e_idf1, "ISR")], ("إغارتها", 1), place=e_sy[0], time=t_night)
p_fire = g.prop("attack", [("agent", e_sad[0], "SYR"), ("target", e_iaf[0], "ISR")], ("لصواريخ مضادة", 1), place=e_sy[0], time=t_night)
p_hit = g.prop("shootdown", [("agent", e_sad[0], "SYR"), ("target", e_iaf[0], "ISR")], ("إصابة", 1, "لم تتمكن من"), time=t_night)
p_int = g.prop("shootdown", [("agent", e_iad, "ISR"), ("target", e_sad[0], "SYR")], ("اعتراض", 1), place=e_jer, time=t_night)
p_deb = g.prop("other", [], ("سقوط", 1), place=e_irbid, time=t_dawn)
g.claim(p_raid, "author")
g.claim(p_raid, s_idf)
g.claim(p_raid, s_spk)
g.claim(p_fire, "author")
g.claim(p_fire, s_idf)
g.claim(p_fire, s_spk)
g.claim(p_fire, s_imed)
g.claim(p_hit, s_spk, "deny")
g.claim(p_int, s_spk)
g.claim(p_int, s_idf2)
g.claim(p_deb, "author")
g.claim(p_deb, s_idf2)
g.claim(p_deb, s_cit)
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
