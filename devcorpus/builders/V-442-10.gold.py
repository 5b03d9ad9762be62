"""Gold analysis of V-442 article 10 (Adar Press, 2017-12-15): a France 24 video report from Turkish-backed
Jarablus (Turkish flags, language, post office); the 2016 Euphrates Shield operation; plans for a trade
crossing with regime areas.

Judgement calls:
- Body from the headline; the site name "| آدار برس | Adar Press" after it stays inside (annotated as the
  outlet, ORG).
- "نشرت قناة فرانس 24 ... تقريرا مصورا" has no reported content of its own; the statement is "يظهر مقطع
  الفيديو" (source the video, via France 24).
- "درع الفرات" names the Turkish-backed factions (ORG, SYR.OPP), not only the operation.
- "فسرها مراقبون بعملية تسليم": observers' interpretation; agreement ISIS-Turkey, modality possible.
- The author's "بحجة طرد تنظيم داعش , الحجة التي لم تنطلي على كثيرين": Turkey's real aim (confronting the
  SDF, isolating Afrin) is 'other'/intended in the author's voice.
- "لم تشهد أي عمليات عسكرية مع قوات النظام" is a denied clash (author).
- In "الفصائل الم مولة من " انقرة "" and "المجلي المحلي في " جرابلس "" the ORG and the place are listed
  separately where both are names; unnamed factions are not listed.
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
g = Gold(text, {"id": "V-442-10", "outlet": "آدار برس", "published": "2017-12-15", "url": None, "title": None})
JAR = dict(canonical="Jarabulus", place=gn(169179, "Jarābulus", 36.8175, 38.01111, "SY", "Aleppo"))
TUR = country(TURKEY, "TUR")
ES = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Euphrates Shield factions")
ERD = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
e_jar1 = g.ent("جرابلس", "GPE", 1, **JAR)
g.ent("تركيا", "GPE", 1, **TUR)
g.ent("آدار برس", "ORG", **media("ADARPRESS", "Adar Press"))
g.ent("Adar Press", "ORG", **media("ADARPRESS", "Adar Press"))
e_f24 = g.ent("فرانس 24", "ORG", **media("FRANCE24", "France 24"))
e_jar2 = g.ent("جرابلس", "GPE", 2, **JAR)
g.ent("حلب", "GPE", 1, **ALEPPO)
e_es1 = g.ent("درع الفرات", "ORG", 1, **ES)
e_tr2 = g.ent("تركيا", "GPE", 2, **TUR)
e_isis1 = g.ent("داعش", "ORG", 1, **ISIS)
e_tr3 = g.ent("تركيا", "GPE", 3, **TUR)
e_sdf = g.ent("قوات سوريا الديمقراطية", "ORG", **SDF)
g.ent("الشمال السوري", "LOC", canonical="Northern Syria", place=named("Northern Syria", "SY"))
e_afrin = g.ent("عفرين", "GPE", canonical="Afrin", place=gn(174186, "‘Afrīn", 36.51194, 36.86954, "SY", "Aleppo"))
g.ent("فيدرالية شمال سوريا", "GPE", canonical="Democratic Federation of Northern Syria", place=named("Democratic Federation of Northern Syria", "SY"))
g.ent("تركيا", "GPE", 4, **TUR)
e_es2 = g.ent("درع الفرات", "ORG", 2, **ES)
e_teacher = g.ent("أحد مدرسي المادة", "PER", nominal=True)
e_tr5 = g.ent("تركيا", "GPE", 5, **TUR)
e_isam = g.ent("عصام جمعة", "PER", canonical="Isam Juma")
g.ent("المجلي المحلي", "ORG", canonical="Jarabulus Local Council")
g.ent("جرابلس", "GPE", 3, **JAR)
g.ent("الرئيس التركي", "PER", nominal=True, **ERD)
g.ent("رجب طيب اردوغان", "PER", **ERD)
e_cit = g.ent("أحد المواطنين", "PER", nominal=True)
g.ent("اردوغان", "PER", 2, **ERD)
g.ent("كلس", "GPE", canonical="Kilis", place=named("Kilis", "TR"))
g.ent("غازي عنتاب", "GPE", canonical="Gaziantep", place=named("Gaziantep", "TR"))
g.ent("الاسكندرون", "LOC", canonical="Iskenderun (Hatay)", place=named("Hatay", "TR"))
g.ent("قبرص", "GPE", canonical="Cyprus", place=named("Cyprus", "CY"))
e_tf = g.ent("القوات التركية", "ORG", **TURMIL)
e_isf = g.ent("فصائل إسلامية معارضة", "ORG", nominal=True, **OPP)
e_jar4 = g.ent("جرابلس", "GPE", 4, **JAR)
e_isis2 = g.ent("داعش", "ORG", 2, **ISIS)
e_obs = g.ent("مراقبون", "PER", nominal=True)
e_isis3 = g.ent("التنظيم الم تشدد", "ORG", nominal=True, **ISIS)
e_trside = g.ent("الجانب التركي", "ORG", nominal=True, **TURGOV)
e_es3 = g.ent("درع الفرات", "ORG", 3, **ES)
g.ent("حلب", "GPE", 2, **ALEPPO)
e_reg1 = g.ent("النظام السوري", "ORG", 1, **SYRGOV)
g.ent("المعارضة", "ORG", 1, after="توجه", **OPP)
g.ent("النظام", "ORG", 2, **SYRGOV)
g.ent("انقرة", "GPE", canonical="Ankara", actor="TUR", party="TUR", role="government", place=named("Ankara", "TR"))
e_regf = g.ent("قوات النظام السوري", "ORG", **SYRMIL)
e_tadef = g.ent("تادف", "GPE", canonical="Tadef", place=gn(163811, "Tādif", 36.34814, 37.5309, "SY", "Aleppo"))
e_es4 = g.ent("درع الفرات", "ORG", 4, **ES)

t_fri = g.time("اليوم الجمعة", "2017-12-15", "day", "at")
t_ly = g.time("العام الماضي", "2016", "year", "at")
g.time("قريبا", None, "vague", "after")
t_aug = g.time("في الرابع والعشرين من أغسطس \\ آب للعام 2016", "2016-08-24", "day", "at")
t_hrs = g.time("خلال ساعات", None, "vague", "after")
t_feb = g.time("نهاية فبراير \\ شباط للعام الجاري", "2017-02", "month", "since")

s_vid = g.stmt(("مقطع الفيديو", 1), ("يظهر", 1), "assert",
               ("أعلام تركيا وهي م نتشرة في كل مكان خاصة فوق الأبنية العامة , والتي تحمل كتابات باللغة التركية", 1),
               via=[("فرانس 24", 1, None, e_f24)])
s_teach = g.stmt(("أحد مدرسي المادة", 1, None, e_teacher), ("يشير", 1), "assert", ("قد الغوا مادة اللغة الفرنسية", 1),
                 via=[("فرانس 24", 1, None, e_f24)])
s_isam = g.stmt(("عصام جمعة", 1, None, e_isam), ("يقول", 1, "باللغة التركية"), "assert",
                ("أتمنى ألا يغادر الأتراك , على الأقل يجب أن يبقوا مزيدا من الوقت , وإلا فإن الأمور سوف تتعقد", 1),
                via=[("فرانس 24", 1, None, e_f24)], direct=True)
s_cit = g.stmt(("أحد المواطنين", 1, None, e_cit), ("يقول", 1, "حيث"), "assert",
               ("اردوغان أفضل من غيره , وأن الدول العربية والخليجية لم تقدم شيء لهم", 1), via=[("فرانس 24", 1, None, e_f24)])
s_obs = g.stmt(("مراقبون", 1, None, e_obs), ("فسرها", 1), "assert",
               ("بعملية تسليم للمدينة عبر التنسيق بين التنظيم الم تشدد والجانب التركي", 1))

p_cap = g.prop("capture", [("agent", e_es1, "SYR.OPP"), ("target", e_isis1, "ISIS")], ("سيطرت", 1), place=e_jar2, time=t_ly)
p_fund = g.prop("support", [("agent", e_tr2, "TUR"), ("partner", e_es1, "SYR.OPP")], ("الم مولة", 1))
p_aim = g.prop("other", [("agent", e_tr3, "TUR"), ("target", e_sdf, "SDF")], ("بمواجهة", 1), place=e_afrin)
p_flags = g.prop("other", [("agent", None, "TUR")], ("أعلام تركيا", 1), place=e_jar2)
p_turkmen = g.prop("other", [("agent", e_tr5, "TUR")], ("تنصيبهم", 1), place=e_jar2)
p_op = g.prop("attack", [("agent", e_tf, "TUR"), ("partner", e_isf, "SYR.OPP"), ("target", e_isis2, "ISIS")], ("عملية عسكرية", 1), place=e_jar4, time=t_aug)
p_wd = g.prop("withdrawal", [("agent", e_isis2, "ISIS")], ("بالانسحاب", 1), place=e_jar4, time=t_hrs)
p_hand = g.prop("agreement", [("agent", e_isis3, "ISIS"), ("agent", e_trside, "TUR")], ("تسليم", 1), place=e_jar4, time=t_aug)
p_cross = g.prop("other", [("agent", e_es3, "SYR.OPP"), ("partner", e_reg1, "SYR")], ("افتتاح", 1))
p_noclash = g.prop("clash", [("agent", None, "SYR.OPP"), ("agent", e_regf, "SYR")], ("عمليات عسكرية", 1), place=e_tadef, time=t_feb)
p_ctrl = g.prop("control", [("agent", e_es4, "SYR.OPP")], ("سيطرة", 1, "منذ"), time=t_feb)

g.claim(p_cap, "author")
g.claim(p_fund, "author")
g.claim(p_aim, "author", "affirm", "intended")
g.claim(p_flags, s_vid)
g.claim(p_turkmen, "author")
g.claim(p_op, "author")
g.claim(p_wd, "author")
g.claim(p_hand, s_obs, "affirm", "possible")
g.claim(p_cross, "author", "affirm", "intended")
g.claim(p_noclash, "author", "deny")
g.claim(p_ctrl, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
