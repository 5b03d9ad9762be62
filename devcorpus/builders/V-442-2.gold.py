"""Gold analysis of V-442 article 2 (SMART News Agency, 2016-12-31). The crawl holds only the headline
(Turkey kills 23 ISIS members by shelling their positions in al-Bab), a long photo caption (FSA takes al-Ajami
and Duwayra in the Euphrates Shield campaign, 25 Nov 2016) and one sentence (the Hawar Kilis operations room
announces the capture of Kandarliya).

Judgement calls:
- Body from the first headline copy; it keeps the second copy (whose last word is fused with "تم النشر":
  "البابتم", so that al-Bab mention cannot be quoted and is left out) and the publication stamp.
- The caption is the author's voice (no cue): capture, clash, road cut, 5 ISIS members captured.
- "بقصف" (Turkey, unspecified means) typed shelling. The headline killing: casualties, 23 killed.
- Cutting the Manbij-al-Bab road is typed siege (a blockade of ISIS's route); seizing an ammunition
  vehicle is 'other'.
- "الأسبوع الماضي" is resolved against the publication date (week before 31 Dec 2016).
- "للجيش السوري الحر" quoted as "لجيش السوري الحر" (ل + الجيش fused).
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY"))
IRAN = dict(canonical="Iran", place=gn(130758, "Iran", 32.0, 53.0, "IR"))
ISRAEL = dict(canonical="Israel", place=gn(294640, "Israel", 31.5, 34.75, "IL"))
RUSSIA = dict(canonical="Russia", place=gn(2017370, "Russia", 60.0, 100.0, "RU"))
USA_P = dict(canonical="United States", place=gn(6252001, "United States", 39.76, -98.5, "US"))
TURKEY = dict(canonical="Turkey", place=gn(298795, "Turkey", 39.0, 35.0, "TR"))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ"))
LEBANON = dict(canonical="Lebanon", place=gn(272103, "Lebanon", 33.83, 35.83, "LB"))
JORDAN = dict(canonical="Jordan", place=gn(248816, "Jordan", 31.0, 36.0, "JO"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
HOMS = dict(canonical="Homs", place=gn(169577, "Homs", 34.72405, 36.72559, "SY", "Homs"))
HAMA = dict(canonical="Hama", place=gn(170017, "Ḩamāh", 35.13179, 36.75783, "SY", "Hama"))
DARAA = dict(canonical="Daraa", place=gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"))
def gov(name, adm):
    return dict(canonical=name, place=named(name, "SY", adm))
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
RUSGOV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Russian government")
IRGC = dict(actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
IRNGOV = dict(actor="IRN.GOV", party="IRN", role="government", canonical="Iranian government")
USGOV = dict(actor="USA.GOV", party="USA", role="government", canonical="United States government")
USMIL = dict(actor="USA.MIL", party="USA", role="military", canonical="United States Armed Forces")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
ISRGOV = dict(actor="ISR.GOV", party="ISR", role="government", canonical="Israeli government")
ISRMIL = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israel Defense Forces")
TURGOV = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Turkish government")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
def media(aid, canon, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canon)
def country(c, party, role="government"):
    return dict(c, actor=party, party=party, role=role)
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-442-2", "outlet": "وكالة سمارت للأنباء", "published": "2016-12-31", "url": None, "title": None})
FSA = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Free Syrian Army")
BAB = dict(canonical="Al-Bab", place=gn(174018, "Al Bāb", 36.37051, 37.5157, "SY", "Aleppo"))
AJAMI = dict(canonical="Al-Ajami", place=named("Al-Ajami", "SY", "Aleppo"))
TUR = country(TURKEY, "TUR")
ISISQ = 'تنظيم " الدولة "'
ISISF = 'تنظيم " الدولة الإسلامية "'
e_tr1 = g.ent("تركيا", "GPE", 1, **TUR)
e_is1 = g.ent(ISISQ, "ORG", 1, **ISIS)
e_bab1 = g.ent("الباب", "GPE", 1, **BAB)
g.ent("تركيا", "GPE", 2, **TUR)
g.ent(ISISQ, "ORG", 2, **ISIS)
g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("العجمي", "GPE", 1, **AJAMI)
g.ent("أحرار الشرقية", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Ahrar al-Sharqiya")
g.ent("لجيش السوري الحر", "ORG", **FSA)
g.ent("الباب", "GPE", 2, **BAB)
g.ent("ريف حلب", "GPE", 1, **gov("Aleppo Governorate", "Aleppo"))
e_fsa1 = g.ent("قوات الجيش الحر", "ORG", **FSA)
e_aj2 = g.ent("العجمي", "GPE", 2, **AJAMI)
e_duw = g.ent("دويرى", "GPE", canonical="Duwayra", place=named("Duwayra", "SY", "Aleppo"))
e_is3 = g.ent(ISISF, "ORG", 1, **ISIS)
e_fac = g.ent("الفصائل", "ORG", 1, nominal=True, **FSA)
e_manbij = g.ent("منبج", "GPE", canonical="Manbij", place=gn(167357, "Manbij", 36.52815, 37.95495, "SY", "Aleppo"))
g.ent("الباب", "GPE", 3, **BAB)
e_is4 = g.ent(ISISQ, "ORG", 3, **ISIS)
e_room = g.ent("غرفة عمليات حوار كلس", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Hawar Kilis Operations Room")
e_fsa2 = g.ent("فصائل الجيش الحر", "ORG", **FSA)
e_kand = g.ent("كندرلية", "GPE", canonical="Kandarliya", place=named("Kandarliya", "SY", "Aleppo"))
g.ent("الباب", "GPE", 4, **BAB)
g.ent("ريف حلب", "GPE", 2, **gov("Aleppo Governorate", "Aleppo"))
e_is5 = g.ent(ISISF, "ORG", 2, **ISIS)

g.time("31 كانون الأول , 2016", "2016-12-31", "day", "at")
t_nov = g.time("يوم 25 تشرين الثاني 2016", "2016-11-25", "day", "at")
t_week = g.time("الأسبوع الماضي", "2016-12-19/2016-12-25", "week", "at")
q23a = g.qty("23 عنصرا", 23, "people", "killed", 1)
g.qty("23 عنصرا", 23, "people", "killed", 2)
q5 = g.qty("خمسة عناصر", 5, "people", "captured")

s_room = g.stmt(("غرفة عمليات حوار كلس", 1, None, e_room), ("أعلنت", 1), "assert",
                ("سيطرة فصائل الجيش الحر على قرية كندرلية شمال شرقي مدينة الباب بريف حلب , بعد اشتباكات مع تنظيم \" الدولة الإسلامية \"", 1))

p_shell = g.prop("shelling", [("agent", e_tr1, "TUR"), ("target", e_is1, "ISIS")], ("بقصف", 1), place=e_bab1, quantities=[q23a])
p_kill = g.prop("casualties", [("agent", e_tr1, "TUR"), ("target", e_is1, "ISIS")], ("تقتل", 1), place=e_bab1, quantities=[q23a])
p_cap = g.prop("capture", [("agent", e_fsa1, "SYR.OPP")], ("سيطرت", 1), place=e_aj2, time=t_nov)
p_clash = g.prop("clash", [("agent", e_fsa1, "SYR.OPP"), ("agent", e_is3, "ISIS")], ("مواجهات", 1), place=e_aj2, time=t_nov)
p_road = g.prop("siege", [("agent", e_fac, "SYR.OPP"), ("target", e_is3, "ISIS")], ("قطعت", 1), place=e_manbij, time=t_nov)
p_pris = g.prop("casualties", [("agent", e_fac, "SYR.OPP"), ("target", e_is4, "ISIS")], ("أسرت", 1), time=t_nov, quantities=[q5])
p_kand = g.prop("capture", [("agent", e_fsa2, "SYR.OPP")], ("سيطرة", 1, "أعلنت"), place=e_kand, time=t_week)
p_kclash = g.prop("clash", [("agent", e_fsa2, "SYR.OPP"), ("agent", e_is5, "ISIS")], ("اشتباكات", 1), place=e_kand, time=t_week)
p_veh = g.prop("other", [("agent", e_fac, "SYR.OPP")], ("استولت", 1), time=t_nov)
g.claim(p_veh, "author")
g.claim(p_shell, "author")
g.claim(p_kill, "author")
g.claim(p_cap, "author")
g.claim(p_clash, "author")
g.claim(p_road, "author")
g.claim(p_pris, "author")
g.claim(p_kand, s_room)
g.claim(p_kclash, s_room)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
