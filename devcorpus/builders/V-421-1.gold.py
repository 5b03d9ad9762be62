"""Gold analysis of V-421 article 1 (Assakina, published about 2017-10-06, estimated): defections and a wave of
assassinations in Hayat Tahrir al-Sham's ranks in Idlib.

Judgement calls:
- Published is an estimate: the latest dated event is Wednesday 20 September (2017), followed by a
  killing about a week before the latest attack; the Balshoun blast is placed in early October 2017.
  Relative times are left vague accordingly.
- Body: headline (with the site-name junk after it, inseparable) to the end of the article text.
- Everything is author voice; the only reported-speech acts are the factions' «أعلنت انضمامها» and
  Zenki's «أعلن نفسه مستقلا».
- «9 أفراد ... في يوم واحد» is the sum of the 7 killed at Balshoun and the two killed in Idlib city:
  a separate casualties proposition, not a value contradiction with the 7.
- Unknown attackers («مجهولون», «ملثمين مجهولين») are not tagged as entities; the attacks have only a
  target. «بيوم واحد» after 20 September = 2017-09-21.
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
g = Gold(text, {"id": "V-421-1", "outlet": "السكينة", "published": "2017-10-06", "published_estimated": True,
                "url": "https://www.assakina.com/news/news2/107091.html", "title": None})
BAL = dict(canonical="Balshoun", place=named("Balshoun", "SY", "Idlib"))
SIDL = dict(canonical="Southern Idlib countryside", place=named("Southern Idlib countryside", "SY", "Idlib"))
SAL = dict(canonical="Salqin", place=gn(164898, "Salqīn", 36.13865, 36.45244, "SY", "Idlib"))
e_ayt = g.ent("أبو يحيى التونسي", "PER", 1, **dict(HTS, canonical="Abu Yahya al-Tunisi"))
e_asm = g.ent("أبو سلمان المغربي", "PER", 1, **dict(HTS, canonical="Abu Salman al-Maghribi"))
e_sur = g.ent("سراقة المكي", "PER", 1, **dict(HTS, canonical="Suraqa al-Makki"))
e_hij = g.ent("أبو محمد الحجازي", "PER", 1, **dict(HTS, canonical="Abu Mohammad al-Hijazi"))
e_nus_t = g.ent("أبو نسيبة التونسي", "PER", 1, **dict(HTS, canonical="Abu Nusaiba al-Tunisi"))
e_awq = g.ent("دار الأوقاف", "ORG", 1, **dict(HTS, role="government", canonical="HTS endowments office"))
e_sal1 = g.ent("سلقين", "GPE", 1, **SAL)
g.ent("سجن سلقين", "FAC", 1, canonical="Salqin prison", place=named("Salqin prison", "SY", "Idlib"))
g.ent("دار القضاء", "ORG", 1, **dict(HTS, role="government", canonical="HTS judiciary"))
g.ent("أبي محمد الجولاني", "PER", 1, **dict(HTS, canonical="Abu Mohammad al-Jolani"))
g.ent("القاعدة", "ORG", 1, actor="AQ", party="AQ", role="armed_group", canonical="Al-Qaeda")
e_zen = g.ent("حركة نور الدين الزنكي", "ORG", 1, **dict(OPP, canonical="Nour al-Din al-Zenki Movement"))
e_bal1 = g.ent("بلدة بلشون", "GPE", 1, **BAL)
e_bal2 = g.ent("بلشون", "GPE", 1, after="أطراف بلدة (", **BAL)
e_sidl = every(g, "ريف إدلب الجنوبي", "LOC", **SIDL)
e_idgov = g.ent("محافظة ادلب", "GPE", 1, canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
e_idc = every(g, "مدينة إدلب", "GPE", **P("Idlib"))
e_hts = every(g, "هيئة تحرير الشام", "ORG", **HTS)
e_nus = every(g, "النصرة", "ORG", **HTS)
e_hay = every(g, "الهيئة", "ORG", nominal=True, **HTS)
e_sy = every(g, "سوريا", "GPE", **P("Syria"))
g.ent("لنصرة", "ORG", 1, after="المقرات التابع ل", **HTS)  # للنصرة
g.ent("لهيئة", "ORG", 1, after="انضمامها ل", nominal=True, **HTS)  # للهيئة
e_fac = g.ent("الفصائل", "ORG", 1, after="انشق العشرات من", nominal=True, **OPP)

g.time("في يوم واحد", None, "vague", "at")
g.time("بعد ساعات", None, "vague", "after")
g.time("مؤخرا", None, "vague", "before", 1)
g.time("بنحو أسبوع", None, "vague", "before")
t_20 = g.time("يوم الأربعاء 20 سبتمبر", "2017-09-20", "day", "at")
t_21 = g.time("بيوم واحد", "2017-09-21", "day", "after")
g.time("بعد أيام", None, "vague", "after")
g.time("مؤخرا", None, "vague", "before", 2)
g.time("منذ أشهر قليلة", None, "vague", "since")
q7a = g.qty("سبعة مسلحين", 7, "people", "killed")
q9 = g.qty("9 أفراد", 9, "people", "killed")
q7b = g.qty("7 أفراد", 7, "people", "killed")

s_join = g.stmt(("الفصائل", 1, "انشق العشرات من", e_fac), ("أعلنت", 1), "assert", ("انضمامها للهيئة", 1))
s_zen = g.stmt(("حركة نور الدين الزنكي", 1, None, e_zen), ("أعلن", 1, "الزنكي"), "assert", ("نفسه مستقلا عن الهيئة", 1))

H = e_hts[1]
p_blast = g.prop("bombing", [("target", H, "HTS")], ("بانفجار", 1), place=e_bal1)
p_cas7 = g.prop("casualties", [("target", H, "HTS")], ("ق تل", 1), place=e_bal1, quantities=[q7a, q7b])
p_cas9 = g.prop("casualties", [("target", e_hts[2], "HTS")], ("تصفيتهم", 1), place=e_idgov, quantities=[q9])
p_ayt = g.prop("attack", [("target", e_ayt, "HTS"), ("target", e_asm, "HTS")], ("اغتيال", 1, "بعد ساعات من"), place=e_idc[0])
p_sur = g.prop("attack", [("target", e_sur, "HTS")], ("استهدفته", 1))
p_hij = g.prop("attack", [("target", e_hij, "HTS")], ("اغتال", 1), place=e_idc[1], time=t_20)
p_nt = g.prop("casualties", [("target", e_nus_t, "HTS")], ("قتل", 1, "تبعه بيوم واحد"), time=t_21)
p_sal = g.prop("attack", [("target", e_awq, "HTS")], ("عمليات اغتيال", 1, "بعد أيام من"), place=e_sal1)
p_split = g.prop("other", [("agent", e_nus[-1], "HTS")], ("انقسمت", 1))
p_def = g.prop("other", [("agent", e_fac, "SYR.OPP"), ("target", e_hay[-1], "HTS")], ("انشق", 1))
p_zen = g.prop("other", [("agent", e_zen, "SYR.OPP"), ("target", e_hay[-1], "HTS")], ("مستقلا", 1))
for p in (p_blast, p_cas7, p_cas9, p_ayt, p_sur, p_hij, p_nt, p_sal, p_split, p_def, p_zen):
    g.claim(p, "author")
g.claim(p_zen, s_zen)
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
