"""Gold analysis of V-370 article 2 (Baladi News daily report, 2017-12-06): Russian air strikes kill 26 civilians
in eastern Deir ez-Zor countryside (al-Jurdhi 20, al-Shaafa 6); SDF find mass graves near Manbij; Russia's
General Staff and Gerasimov declare ISIS eliminated in Syria; the same day ISIS takes villages in eastern
Hama and fights regime forces around Deir ez-Zor city; Idlib, Aleppo and Eastern Ghouta incidents.

Judgement calls:
- Body from the headline copy followed by the date line (so the anchor is unique) to the last Ghouta line.
- The headline "مجرزة روسية" is the author's own attribution of the Deir ez-Zor raids to Russia; the
  special sources' "يعتقد أنها روسية" is a 'possible' claim of Russian agency.
- Contradictions: Gerasimov (via Sputnik) says all ISIS militants in Syria were eliminated, and that Suhail's
  forces finished the remaining militants in Deir ez-Zor; the report's own voice says ISIS remnants took two
  Hama villages and fought regime forces around Deir ez-Zor city that day (author_vs_source,
  incompatible), and ISIS's own agency (called "مؤتة" in the text) reports the officers killed in battles
  with ISIS there (inter_party, ISIS vs RUS, incompatible). The Russian General Staff's wording ("in the
  eastern provinces") is also paired with the Deir ez-Zor fighting.
- "تضارب الأنباء" about the Hama villages names no claims; not annotated as statements.
- Counts: the 26 killed (lead and paragraph 18) = 20 + 6; no value contradiction.
- Flat entities: "رئيس هيئة الأركان الروسية" (nominal PER) and "فاليري غيراسيموف" are separate mentions; the
  Manbij-Hasakah highway is one LOC mention.
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
g = Gold(text, {"id": "V-370-2", "outlet": "بلدي نيوز", "published": "2017-12-06", "url": None, "title": None})
DZG = gov("Deir ez-Zor Governorate", "Deir ez-Zor")
EDZ = dict(canonical="Eastern Deir ez-Zor countryside", place=named("Eastern Deir ez-Zor countryside", "SY", "Deir ez-Zor"))
EAL = dict(canonical="Eastern Aleppo countryside", place=named("Eastern Aleppo countryside", "SY", "Aleppo"))
NID = dict(canonical="Northern Idlib countryside", place=named("Northern Idlib countryside", "SY", "Idlib"))
SID = dict(canonical="Southern Idlib countryside", place=named("Southern Idlib countryside", "SY", "Idlib"))
GHOUTA = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
BALADI = media("BALADINEWS", "Baladi News")
GER = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Valery Gerasimov")
def v(name, adm):
    return dict(canonical=name, place=named(name, "SY", adm))
ISQ = 'تنظيم " الدولة "'
e_dz0 = g.ent("دير الزور", "GPE", 1, **DZG)
g.ent("الدولة", "ORG", 1, **ISIS)
g.ent("دمشق", "GPE", 1, **DAMASCUS)
g.ent("بلدي نيوز", "ORG", 1, **BALADI)
e_loc1 = g.ent("مصادر محلية", "PER", 1, nominal=True)
e_rdz1 = g.ent("ريف دير الزور", "GPE", 1, **DZG)
e_syr1 = g.ent("سوريا", "GPE", 1, **SYRIA)
e_sdf1 = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
g.ent("قسد", "ORG", 1, **SDF)
e_isq = {n: g.ent(ISQ, "ORG", n, **ISIS) for n in range(1, 10)}
e_manbij1 = g.ent("منبج", "GPE", 1, canonical="Manbij", place=gn(167357, "Manbij", 36.52815, 37.95495, "SY", "Aleppo"))
g.ent("ريف حلب الشرقي", "LOC", 1, **EAL)
e_rus1 = g.ent("روسيا", "GPE", 1, **country(RUSSIA, "RUS"))
e_euph1 = g.ent("الفرات", "LOC", 1, canonical="Euphrates", place=named("Euphrates River"))
g.ent("حلب", "GPE", 2, **ALEPPO)
e_hts = {n: g.ent("هيئة تحرير الشام", "ORG", n, **HTS) for n in range(1, 5)}
e_rf = {n: g.ent("قوات النظام", "ORG", n, **SYRMIL) for n in range(1, 10)}
e_pgm = g.ent("الميليشيات الموالية له", "ORG", **PGM)
e_abr1 = g.ent("أبو رويل", "GPE", 1, **v("Abu Ruwayl", "Aleppo"))
g.ent("ريف حلب الجنوبي", "LOC", canonical="Southern Aleppo countryside", place=named("Southern Aleppo countryside", "SY", "Aleppo"))
e_mh = g.ent("محمد الحسين", "PER", canonical="Mohammed al-Hussein (activist)")
g.ent("بلدي نيوز", "ORG", 2, **BALADI)
g.ent("أبو رويل", "GPE", 2, **v("Abu Ruwayl", "Aleppo"))
g.ent("حلب", "GPE", 4, **ALEPPO)
e_fsa = g.ent("الجيش السوري الحر", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Free Syrian Army")
e_jar = g.ent("جرابلس", "GPE", canonical="Jarabulus", place=gn(169179, "Jarābulus", 36.8175, 38.01111, "SY", "Aleppo"))
g.ent("ريف حلب الشرقي", "LOC", 2, **EAL)
e_rm = g.ent("رامي مصطفى", "PER", canonical="Rami Mustafa (activist)")
g.ent("ريف حلب الشرقي", "LOC", 3, **EAL)
e_amir = g.ent("أبو مريم المغربي", "PER", actor="ISIS", party="ISIS", role="armed_group", canonical="Abu Maryam al-Maghribi")
g.ent("جهاز الحسبة", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="ISIS Hisba")
g.ent("العشارة", "GPE", **v("Al-Asharah", "Deir ez-Zor"))
g.ent("ريف دير الزور", "GPE", 2, **DZG)
e_sdf2 = g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
g.ent("قسد", "ORG", 2, **SDF)
e_qabr = g.ent("قبر ايمو", "GPE", **v("Qabr Imo", "Aleppo"))
g.ent("منبج", "GPE", 2, canonical="Manbij", place=gn(167357, "Manbij", 36.52815, 37.95495, "SY", "Aleppo"))
g.ent("ريف حلب الشرقي", "LOC", 4, **EAL)
g.ent("أوتستراد \" منبج - الحسكة \"", "LOC", canonical="Manbij-Hasakah highway", place=named("Manbij-Hasakah highway", "SY"))
g.ent("حلب", "GPE", 8, **ALEPPO)
g.ent("إدلب", "GPE", 1, after="حلب .\nفي", **IDLIB)
e_abd = g.ent("أبو الظهور", "GPE", **v("Abu al-Duhur", "Idlib"))
g.ent("ريف إدلب الشرقي", "LOC", canonical="Eastern Idlib countryside", place=named("Eastern Idlib countryside", "SY", "Idlib"))
e_rafr = g.ent("لطيران الحربي الروسي", "ORG", **RUSMIL)
e_hub = g.ent("الهبيط", "GPE", **v("Al-Hubait", "Idlib"))
g.ent("ريف إدلب الجنوبي", "LOC", 1, **SID)
e_abudali = g.ent("أبو دالي", "GPE", **v("Abu Dali", "Idlib"))
g.ent("الشطيب", "GPE", **v("Al-Shutayb", "Idlib"))
g.ent("تل خنزير", "GPE", **v("Tell Khanzir", "Idlib"))
g.ent("ريف إدلب الجنوبي الشرقي", "LOC", canonical="South-eastern Idlib countryside", place=named("South-eastern Idlib countryside", "SY", "Idlib"))
g.ent("ريف إدلب الشمالي", "LOC", 1, **NID)
e_jih = g.ent("جيش إدلب الحر", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Jaysh Idlib al-Hurr")
e_mm = g.ent("معرة مصرين", "GPE", canonical="Maarrat Misrin", place=gn(167605, "Ma‘arratmişrīn", 36.01152, 36.67183, "SY", "Idlib"))
g.ent("ريف إدلب الشمالي", "LOC", 2, **NID)
g.ent("حماة", "GPE", 1, after="بالانتقال إلى", **HAMA)
g.ent("عقيربات", "GPE", **v("Uqayribat", "Hama"))
e_muw = g.ent("مويلح بن هديب", "GPE", **v("Muwaylih bin Hudayb", "Hama"))
g.ent("أبوعجوة", "GPE", **v("Abu Ajwa", "Hama"))
g.ent("ناحية الحمرا", "GPE", **v("Al-Hamra subdistrict", "Hama"))
e_rasm = g.ent("رسم الأحمر", "GPE", **v("Rasm al-Ahmar", "Hama"))
g.ent("رسم أبو كراسي", "GPE", **v("Rasm Abu Karasi", "Hama"))
g.ent("عنبز", "GPE", **v("Anbaz", "Hama"))
g.ent("التنظيم", "ORG", 1, after="وعناصر", nominal=True, **ISIS)
e_gs = g.ent("هيئة الأركان الروسية", "ORG", 1, actor="RUS.MIL", party="RUS", role="military", canonical="Russian General Staff")
e_euph2 = g.ent("الفرات", "LOC", 2, canonical="Euphrates", place=named("Euphrates River"))
g.ent("سوريا", "GPE", 4, **SYRIA)
e_syr_e = g.ent("سوريا", "GPE", 5, **SYRIA)
e_sput = g.ent("وكالة \" سبوتنيك \" الروسية", "ORG", **media("RUS.MED", "Sputnik", "RUS"))
g.ent("رئيس هيئة الأركان الروسية", "PER", nominal=True, **GER)
e_ger1 = g.ent("فاليري غيراسيموف", "PER", **GER)
e_syr6 = g.ent("سوريا", "GPE", 6, **SYRIA)
g.ent("داعش", "ORG", 1, **ISIS)
e_tiger = g.ent("قوات العميد سهيل", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Tiger Forces (Suheil al-Hassan)")
e_dz4 = g.ent("دير الزور", "GPE", 4, **DZG)
e_sput2 = g.ent("الوكالة", "ORG", 1, after="وذكرت", nominal=True, **media("RUS.MED", "Sputnik", "RUS"))
e_ger2 = g.ent("غيراسيموف", "PER", 2, **GER)
g.ent("داعش", "ORG", 2, **ISIS)
e_syr7 = g.ent("سوريا", "GPE", 7, **SYRIA)
e_dzc = g.ent("دير الزور", "GPE", 5, **DEIR)
g.ent("سوريا", "GPE", 8, **SYRIA)
e_mutah = g.ent("وكالة \" مؤتة \"", "ORG", actor="ISIS.MED", party="ISIS", role="media", canonical="ISIS news agency (named Mutah in the text)")
g.ent("علاء محمود", "PER", actor="SYR.MIL", party="SYR", role="military", canonical="Alaa Mahmoud")
g.ent("زياد ملحم", "PER", actor="SYR.MIL", party="SYR", role="military", canonical="Ziad Melhem")
g.ent("دير الزور", "GPE", 6, **DEIR)
e_loc2 = g.ent("مصادر محلية", "PER", 2, nominal=True)
e_edz1 = g.ent("ريف دير الزور الشرقي", "LOC", 1, **EDZ)
e_spec = g.ent("مصادر خاصة", "PER", nominal=True)
g.ent("بلدي نيوز", "ORG", 3, **BALADI)
e_jurdhi = g.ent("الجرذي", "GPE", **v("Al-Jurdhi", "Deir ez-Zor"))
g.ent("ريف دير الزور الشرقي", "LOC", 2, **EDZ)
e_src2 = g.ent("المصادر", "PER", 1, nominal=True)
e_duwayr = g.ent("الدوير", "GPE", **v("Al-Duwayr", "Deir ez-Zor"))
e_reg20 = g.ent("النظام", "ORG", 6, **SYRGOV)
e_shaafa = g.ent("الشعفة", "GPE", **v("Al-Shaafa", "Deir ez-Zor"))
g.ent("نهر الفرات", "LOC", canonical="Euphrates", place=named("Euphrates River"))
e_src3 = g.ent("المصادر", "PER", 2, nominal=True)
g.ent("دمشق", "GPE", 2, **DAMASCUS)
e_gh1 = g.ent("الغوطة الشرقية", "LOC", 1, **GHOUTA)
g.ent("ريف دمشق", "GPE", 1, **gov("Rif Dimashq Governorate", "Rif Dimashq"))
g.ent("بلدي نيوز", "ORG", 4, **BALADI)
g.ent("دمشق", "GPE", 3, **DAMASCUS)
e_malik = g.ent("مالك الحرك", "PER", **media("BALADINEWS", "Malik al-Harak (Baladi News correspondent)"))
e_arbin = g.ent("عربين", "GPE", **v("Arbin", "Rif Dimashq"))
e_corr = g.ent("المراسل", "PER", 1, after="وأضاف", nominal=True, **media("BALADINEWS", "Malik al-Harak (Baladi News correspondent)"))
e_har = g.ent("حرستا", "GPE", canonical="Harasta", place=gn(169897, "Ḩarastā", 33.55869, 36.36515, "SY", "Rif Dimashq"))
e_fac = g.ent("الفصائل", "ORG", 1, after="اشتباكات بين", nominal=True, **OPP)
g.ent("إدارة المركبات", "FAC", canonical="Armoured Vehicles Administration (Harasta)", place=named("Armoured Vehicles Administration", "SY", "Rif Dimashq"))
e_gh2 = g.ent("الغوطة الشرقية", "LOC", 2, **GHOUTA)
g.ent("ريف دمشق", "GPE", 2, **gov("Rif Dimashq Governorate", "Rif Dimashq"))
e_raf = g.ent("طيران النظام", "ORG", **SYRMIL)

g.time("الأربعاء 6 كانون الأول 2017", "2017-12-06", "day", "at")
T = {n: g.time("اليوم الأربعاء", "2017-12-06", "day", "at", n) for n in range(1, 8)}
t_dawn = g.time("فجر اليوم", "2017-12-06", "part_of_day", "at")
t_morn = g.time("صباح اليوم", "2017-12-06", "part_of_day", "at")
t_today9 = g.time("اليوم", "2017-12-06", "day", "at", 1, after="الطيران الحربي")
t_before = g.time("في وقت سابق", None, "vague", "before", 1)
g.time("في وقت سابق", None, "vague", "before", 2)
t_today22 = g.time("اليوم", "2017-12-06", "day", "at", 1, after="وأصيب آخرون ,")
t_3w = g.time("منذ أكثر من ثلاثة أسابيع", "2017-11-15", "week", "since")
q26a = g.qty("26 مدنيا", 26, "people", "killed", 1)
q2k = g.qty("عنصرين", 2, "people", "killed")
q2w = g.qty("اثنين آخرين", 2, "people", "wounded")
q235 = g.qty("235 شخصا", 235, "people", "killed")
q3w = g.qty("ثلاثة مدنيين", 3, "people", "wounded")
q2off = g.qty("ضابطان", 2, "people", "killed")
q26b = g.qty("26 مدنيا", 26, "people", "killed", 2)
q20 = g.qty("20 مدنيا", 20, "people", "killed")
q17 = g.qty("17 فردا", 17, "people", "displaced")
q6 = g.qty("ستة مدنيين", 6, "people", "killed")
q2c = g.qty("طفلان", 2, "people", "killed")

s_loc1 = g.stmt(("مصادر محلية", 1, None, e_loc1), ("قالت", 1), "assert",
                ("26 مدنيا استشهدوا اليوم الأربعاء , بقصف جوي روسي على مناطق بريف دير الزور شرق سوريا", 1))
s_rus = g.stmt(("روسيا", 1, None, e_rus1), ("أعلنت", 1, "فيما أعلنت روسيا"), "assert", ("نهاية العمليات العسكرية على ضفتي الفرات", 1))
s_mh = g.stmt(("محمد الحسين", 1, None, e_mh), ("أفاد", 1, "وأفاد الناشط \" محمد"), "assert",
              ("مجموعة لقوات النظام حاولت التسلل فجر اليوم على جبهة قرية أبو رويل جنوبي حلب , بيد أن عناصر هيئة تحرير الشام نصبت كمينا للمجموعة المتسللة وحاصرتها لمدة ثلاثة ساعات , واستطاعت قتل عنصرين لقوات النظام وجرح اثنين آخرين فيما لاذ الباقون بالفرار", 1))
s_rm1 = g.stmt(("رامي مصطفى", 1, None, e_rm), ("أفاد", 1, "وأفاد الناشط \" رامي"), "assert",
               ("القيادي الذي ألقي القبض عليه يدعى \" أبو مريم المغربي \" وهو أحد أمراء تنظيم \" الدولة \"", 1))
s_rm2 = g.stmt(("رامي مصطفى", 1, None, e_rm), ("مشيرا إلى أنه", 1), "assert",
               ("مسؤول جهاز الحسبة ومسؤول السجن لدى تنظيم \" الدولة \" في مدينة العشارة الواقعة في ريف دير الزور", 1))
s_gs1 = g.stmt(("هيئة الأركان الروسية", 1, None, e_gs), ("أعلنت", 1, "وفي المنطقة الشرقية"), "assert",
               ("انتهاء العمليات العسكرية على ضفتي الفرات شرقي سوريا", 1))
s_gs2 = g.stmt(("هيئة الأركان الروسية", 1, None, e_gs), ("قالت إنه", 1), "assert",
               ("تم القضاء على تنظيم \" الدولة \" في المحافظات الشرقية من سوريا بشكل كامل", 1))
s_ger1 = g.stmt(("فاليري غيراسيموف", 1, None, e_ger1), ("أكد", 1), "confirm",
                ("\" تحرير \" سوريا بشكل كامل من تنظيم \" داعش \"", 1), via=[("وكالة \" سبوتنيك \" الروسية", 1, None, e_sput)])
s_ger2 = g.stmt(("فاليري غيراسيموف", 1, None, e_ger1), ("مشيرا إلى أن", 1), "assert",
                ("قوات العميد سهيل قضت على ما تبقى من مسلحين في دير الزور", 1), via=[("وكالة \" سبوتنيك \" الروسية", 1, None, e_sput)])
s_ger3 = g.stmt(("غيراسيموف", 2, None, e_ger2), ("قال", 1, "( غيراسيموف )"), "assert",
                ("جميع مسلحي \" داعش \" على أراضي سوريا تم القضاء عليهم , والمنطقة تم تحريرها", 1),
                via=[("الوكالة", 1, "وذكرت", e_sput2)], medium=("إحاطة أمام الملحقين العسكريين الأجانب", 1), direct=True)
s_mut1 = g.stmt(("وكالة \" مؤتة \"", 1, None, e_mutah), ("نشرت", 1), "assert",
                ("خبر مقتل الضابطين , وهما النقيب \" علاء محمود \" والملازم أول \" زياد ملحم \"", 1), medium=("منصاتها الإعلامية", 1))
s_mut2 = g.stmt(("وكالة \" مؤتة \"", 1, None, e_mutah), ("مشيرة إلى أنهما", 1), "assert",
                ("قتلا أثناء المعارك ضد التنظيم في محيط مدينة دير الزور شرق البلاد", 1))
s_loc2 = g.stmt(("مصادر محلية", 2, None, e_loc2), ("قالت", 1, "طائرات حربية -"), "assert", ("روسية", 1, "مصادر محلية إنها"))
s_sp1 = g.stmt(("مصادر خاصة", 1, None, e_spec), ("قالت", 1, "وفي تفاصيل الخبر"), "assert",
               ("طائرات حربية يعتقد أنها روسية , استهدفت بلدة ( الجرذي ) في ريف دير الزور الشرقي , اليوم الأربعاء , استشهد على إثر ذلك 20 مدنيا , جلهم من الأطفال والنساء , وأصيب العشرات إصابات بالغة الخطورة", 1))
s_sp2 = g.stmt(("المصادر", 1, None, e_src2), ("أضافت", 1, "وأضافت المصادر"), "assert",
               ("الطائرات الروسية , ركزت غاراتها على بعض المحلات , التي يتخذ منها بعض النازحين ملاذا لهم", 1))
s_sp3 = g.stmt(("المصادر", 1, None, e_src2), ("أشارت إلى", 1, "ملاذا لهم"), "assert",
               ("وجود 17 فردا هم من أهالي بلدة ( الدوير ) من ضمنهم عائلتان كاملتان , نزحوا عن بلدتهم في وقت سابق , قبل سيطرة النظام عليها", 1))
s_sp4 = g.stmt(("المصادر", 2, None, e_src3), ("أشارت", 1, "وأشارت المصادر"), "assert",
               ("استشهاد ستة مدنيين جراء هذه الغارات , وإصابة عدد آخر", 1))
s_mk1 = g.stmt(("مالك الحرك", 1, None, e_malik), ("أفاد", 1, "وأفاد مراسل"), "assert",
               ("طفلا وطفلة استشهدا , وأصيب آخرون , بقصف مدفعي لقوات النظام على مدينة عربين , ما تسبب أيضا بحدوث دمار واسع في المنطقة المستهدفة", 1))
s_mk2 = g.stmt(("المراسل", 1, "وأضاف", e_corr), ("أضاف", 1, "وأضاف المراسل"), "assert",
               ("قصفا مدفعيا لقوات النظام استهدف مدينة حرستا وأطرافها , بالتزامن مع اشتباكات بين الفصائل المشاركة بمعركة \" بأنهم ظلموا \" وقوات النظام على جبهة إدارة المركبات المحاذية للمدينة", 1))

p_dzair = g.prop("airstrike", [("agent", e_rus1, "RUS")], ("مجرزة", 1), place=e_edz1, time=T[1], quantities=[q26a, q26b])
p_dzcas = g.prop("casualties", [], ("استشهدوا", 1), place=e_rdz1, time=T[1], quantities=[q26a, q26b])
p_graves = g.prop("casualties", [("agent", e_isq[1], "ISIS")], ("مقابر جماعية", 1), place=e_qabr, time=t_before, quantities=[q235])
p_find = g.prop("other", [("agent", e_sdf2, "SDF")], ("عثرت", 2), place=e_qabr, time=T[4])
p_rusend = g.prop("other", [("agent", e_gs, "RUS")], ("انتهاء", 1, "أعلنت هيئة"), place=e_euph2, time=T[1])
p_infil = g.prop("attack", [("agent", e_rf[1], "SYR"), ("agent", e_pgm, "SYR"), ("target", e_hts[1], "HTS")], ("تسلل", 1), place=e_abr1, time=t_dawn)
p_ambush = g.prop("attack", [("agent", e_hts[2], "HTS"), ("target", e_rf[2], "SYR")], ("كمينا", 1), place=e_abr1, time=t_dawn, quantities=[q2k, q2w])
p_arrest = g.prop("arrest", [("agent", e_fsa, "SYR.OPP"), ("target", e_amir, "ISIS")], ("القبض", 1), place=e_jar, time=T[3])
p_abd = g.prop("airstrike", [("agent", e_rafr, "RUS")], ("بقصف", 1, "صباح اليوم"), place=e_abd, time=t_morn)
p_hub = g.prop("shelling", [("agent", e_rf[4], "SYR")], ("بقصف مدفعي", 1), place=e_hub, quantities=[q3w])
p_sidl = g.prop("airstrike", [], ("غاراته", 1), place=e_abudali, time=t_today9)
p_jih = g.prop("attack", [("target", e_jih, "SYR.OPP")], ("استهداف", 1, "إثر"), place=e_mm)
p_hcap = g.prop("capture", [("agent", e_isq[5], "ISIS")], ("سيطرت", 1, "بالانتقال"), place=e_muw, time=T[1])
p_htswd = g.prop("withdrawal", [("agent", e_hts[3], "HTS")], ("انسحاب", 1), place=e_muw)
p_htry = g.prop("capture", [("agent", e_isq[6], "ISIS")], ("السيطرة", 1, "ويحاول"), place=e_rasm, time=T[1])
p_hclash = g.prop("clash", [("agent", e_hts[4], "HTS"), ("agent", e_isq[6], "ISIS")], ("اشتباكات", 1, "حيث تدور"), place=e_rasm, time=T[1])
p_isis_syr = g.prop("control", [("agent", e_isq[7], "ISIS")], ("القضاء", 1, "وقالت إنه تم"), place=e_syr_e, time=T[1])
p_isis_dz = g.prop("control", [("agent", None, "ISIS")], ("قضت", 1), place=e_dz4, time=T[1])
p_off = g.prop("casualties", [("target", e_rf[5], "SYR")], ("قتل", 1, "هذا و"), place=e_dzc, time=T[5], quantities=[q2off])
p_dzclash = g.prop("clash", [("agent", e_rf[5], "SYR"), ("agent", e_isq[8], "ISIS")], ("المعارك", 1, "جراء"), place=e_dzc, time=T[5])
p_jur = g.prop("airstrike", [("agent", None, "RUS")], ("استهدفت", 1, "يعتقد أنها روسية"), place=e_jurdhi, time=T[7], quantities=[q20])
p_disp = g.prop("displacement", [], ("نزحوا", 1), place=e_duwayr, time=t_before, quantities=[q17])
p_regd = g.prop("capture", [("agent", e_reg20, "SYR")], ("سيطرة", 1, "قبل"), place=e_duwayr)
p_sha = g.prop("airstrike", [("agent", None, "RUS")], ("مجزرة", 1, "ذات الطائرات"), place=e_shaafa, time=T[6], quantities=[q6])
p_gsh = g.prop("shelling", [("agent", e_rf[6], "SYR")], ("بقصف مدفعي", 1, "استشهد طفلان"), place=e_gh1, time=t_today22, quantities=[q2c])
p_arb = g.prop("shelling", [("agent", e_rf[7], "SYR")], ("بقصف مدفعي", 1, "طفلا وطفلة"), place=e_arbin, time=t_today22)
p_harsh = g.prop("shelling", [("agent", e_rf[8], "SYR")], ("قصفا مدفعيا", 1), place=e_har, time=t_today22)
p_harcl = g.prop("clash", [("agent", e_fac, "SYR.OPP"), ("agent", e_rf[9], "SYR")], ("اشتباكات", 1, "بالتزامن"), place=e_har, time=t_today22)
p_siege = g.prop("siege", [("agent", None, "SYR")], ("المحاصرة", 1), place=e_gh1)
p_gair = g.prop("airstrike", [("agent", e_raf, "SYR")], ("لقصف مكثف", 1), place=e_gh2, time=t_3w)

c = g.claim
c(p_dzair, "author"); c(p_dzair, s_loc1); c(p_dzair, s_loc2); c(p_dzair, s_sp1, "affirm", "possible"); c(p_dzair, s_sp2)
c(p_dzcas, "author"); c(p_dzcas, s_loc1)
c(p_graves, "author"); c(p_find, "author")
c(p_rusend, s_rus); c(p_rusend, s_gs1)
c(p_infil, "author", "affirm", "failed"); c(p_infil, s_mh, "affirm", "failed")
c(p_ambush, s_mh)
c(p_arrest, "author"); c(p_arrest, s_rm1)
c(p_abd, "author"); c(p_hub, "author"); c(p_sidl, "author"); c(p_jih, "author")
c_hcap = c(p_hcap, "author")
c(p_htswd, "author")
c(p_htry, "author", "affirm", "intended")
c_hcl = c(p_hclash, "author")
c_gs2 = c(p_isis_syr, s_gs2, "deny")
c_g1 = c(p_isis_syr, s_ger1, "deny")
c_g3 = c(p_isis_syr, s_ger3, "deny")
c_g2 = c(p_isis_dz, s_ger2, "deny")
c(p_off, "author"); c(p_off, s_mut1); c(p_off, s_mut2)
c_dzcl = c(p_dzclash, "author")
c_mut = c(p_dzclash, s_mut2)
c(p_jur, s_sp1, "affirm", "possible"); c(p_jur, s_sp2)
c(p_disp, s_sp3); c(p_regd, s_sp3)
c(p_sha, "author"); c(p_sha, s_sp4)
c(p_gsh, "author"); c(p_arb, s_mk1); c(p_harsh, s_mk2); c(p_harcl, s_mk2)
c(p_siege, "author"); c(p_gair, "author")

g.contra(c_g3, c_hcap, "author_vs_source", None, "incompatible",
         "Gerasimov (via Sputnik) says all ISIS militants in Syria have been eliminated; the report says ISIS remnants captured two Hama villages the same day.")
g.contra(c_g1, c_hcl, "author_vs_source", None, "incompatible",
         "Gerasimov says Syria is fully liberated from ISIS; the report says HTS and ISIS were fighting over Hama villages that day.")
g.contra(c_g2, c_dzcl, "author_vs_source", None, "incompatible",
         "Gerasimov says Suhail's forces finished off the remaining militants in Deir ez-Zor; the report says regime forces and ISIS were fighting around Deir ez-Zor city that day.")
g.contra(c_g2, c_mut, "inter_party", None, "incompatible",
         "Gerasimov says no militants remain in Deir ez-Zor; ISIS's agency says two regime officers were killed fighting ISIS around the city.")
g.contra(c_gs2, c_dzcl, "author_vs_source", None, "incompatible",
         "The Russian General Staff says ISIS is completely eliminated in Syria's eastern provinces; the report has ISIS fighting regime forces around Deir ez-Zor city that day.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
