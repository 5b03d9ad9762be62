"""Gold analysis of V-169 article 0 (SMART News Agency, photo caption uploaded 2016-08-29): Jund al-Islam
fighters in al-Rai after rebels retook it from ISIS.

Judgement calls:
- A photo page, but its caption reports the retaking of al-Rai: conflict news. Body: the headline
  copy that runs into the caption, through the end of the first caption copy (the metadata block and
  the repeated caption are left out). Published = upload date 2016-08-29; the photo is from 25 August.
- All in author voice; no statements. Jund al-Islam, the Hawar Kilis operations room and the Levant
  Front: SYR.OPP. ISIS control of al-Rai is past («كانت خاضعة»), no contradiction with the capture.
- «ليلا» has no date: vague.
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
g = Gold(text, {"id": "V-169-0", "outlet": "وكالة سمارت للأنباء", "published": "2016-08-29", "url": None, "title": None})
RAI = dict(canonical="Al-Rai", place=named("Al-Rai", "SY", "Aleppo"))
JUND = dict(OPP, canonical="Jund al-Islam brigade")
g.ent("جند الاسلام", "ORG", 1, **JUND)
g.ent("بلدة الراعي", "GPE", 1, **RAI)
g.ent("حلب", "GPE", 1, **P("Aleppo"))
g.ent("سوريا", "GPE", 1, **P("Syria"))
g.ent("الراعي", "GPE", 1, after="سوريا , ", **RAI)
e_jund = g.ent("لواء \" جند الإسلام \"", "ORG", 1, **JUND)
g.ent("مكتب \" الزكاة والصدقات \"", "FAC", 1, canonical="Zakat and Alms office", place=named("Zakat office, al-Rai", "SY", "Aleppo"))
e_rai = g.ent("بلدة الراعي", "GPE", 2, **RAI)
g.ent("ريف حلب", "LOC", 1, canonical="Aleppo countryside", place=named("Aleppo countryside", "SY", "Aleppo"))
e_isis = g.ent("تنظيم \" الدولة الإسلامية \"", "ORG", 1, **ISIS)
e_hk = g.ent("غرفة عمليات \" حوار كلس \"", "ORG", 1, **dict(OPP, canonical="Hawar Kilis operations room"))
e_lf = g.ent("الجبهة الشامية", "ORG", 1, **dict(OPP, canonical="Levant Front"))
e_isis2 = g.ent("تنظيم \" الدولة \"", "ORG", 1, **ISIS)
t_d = g.time("يوم 25 آب 2016", "2016-08-25", "day", "at")
t_n = g.time("ليلا", None, "vague", "at")
q3 = g.qty("ثلاثة عناصر", 3, "people", "killed")
p_ctrl = g.prop("control", [("agent", e_isis, "ISIS")], ("خاضعة", 1), place=e_rai)
p_cap = g.prop("capture", [("agent", e_hk, "SYR.OPP"), ("agent", e_lf, "SYR.OPP"), ("target", e_isis2, "ISIS")], ("السيطرة", 1, "وأعاد"), place=e_rai, time=t_n)
p_kill = g.prop("casualties", [("agent", e_hk, "SYR.OPP"), ("target", e_isis2, "ISIS")], ("قتلوا", 1), place=e_rai, quantities=[q3])
g.claim(p_ctrl, "author")
g.claim(p_cap, "author")
g.claim(p_kill, "author")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
