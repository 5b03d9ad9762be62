"""Gold analysis of V-641 article 5 (Syrian Human Rights Committee home page, crawled about 2018-01-20,
estimated): teasers of the daily casualty reports of 19 and 18 January 2018, two news items (YPG shelling
of Azaz hospitals; Syrian refugees frozen near al-Sawira, Lebanon) and the 2017 overview (government
retakes the centre and east from ISIS; SDF takes Raqqa).

Judgement calls:
- The page is a home page of truncated teasers (each cut at "[ . . . ]"), repeated further down. It is
  about the war, so it is annotated: the body is the first, non-repeated run of teasers, from the site
  name (needed as a unique anchor) to "على الرقة ." Later duplicates are left out.
- published: the newest report is dated 20 Jan 2018; estimated 2018-01-20.
- The SHRC's own counts ("استطعنا توثيقهم") are author claims; only "أفادت مصادر محلية" is a statement.
  "قدرت الإصابات الأولية ب - 12 إصابة" continues that item without a named source: author.
- "القصف الروسي والحربي": Russian and (regime) warplanes, an airstrike with agents RUS and SYR.
- "حس الحدود التركي" (a typo for حرس) is the Turkish border guard, ORG.
- Counts in parentheses "( 4 )" etc. are quantities of killed people.
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
g = Gold(text, {"id": "V-641-5", "outlet": "اللجنة السورية لحقوق الإنسان", "published": "2018-01-20", "url": "http://www.shrc.org/", "title": None})
IDG = gov("Idlib Governorate", "Idlib")
SARAQIB = dict(canonical="Saraqib", place=gn(164816, "Saraqib", 35.86447, 36.80591, "SY", "Idlib"))
YPG = dict(actor="SDF.YPG", party="SDF", role="armed_group", canonical="People's Protection Units (YPG)")
g.ent("اللجنة السورية لحقوق الإنسان", "ORG", canonical="Syrian Human Rights Committee")
e_syr1 = g.ent("سوريا", "GPE", 1, **SYRIA)
e_idl1 = g.ent("محافظة إدلب", "GPE", 1, **IDG)
e_saraq1 = g.ent("سراقب", "GPE", 1, **SARAQIB)
g.ent("معرحطاط", "GPE", canonical="Maar Hattat", place=named("Maar Hattat", "SY", "Idlib"))
g.ent("ريف إدلب الجنوبي", "LOC", canonical="Southern Idlib countryside", place=named("Southern Idlib countryside", "SY", "Idlib"))
e_dam = g.ent("دمشق", "GPE", 1, **DAMASCUS)
e_jobar = g.ent("حي جوبر", "GPE", canonical="Jobar", place=named("Jobar", "SY", "Damascus"))
e_loc = g.ent("مصادر محلية", "PER", nominal=True)
g.ent("ريف حلب الشمالي", "LOC", canonical="Northern Aleppo countryside", place=named("Northern Aleppo countryside", "SY", "Aleppo"))
e_ypg = g.ent("وحدات حماية الشعب الكردي", "ORG", **YPG)
g.ent("عفرين", "GPE", canonical="Afrin", place=gn(174186, "‘Afrīn", 36.51194, 36.86954, "SY", "Aleppo"))
g.ent("ريف حلب", "GPE", 2, **gov("Aleppo Governorate", "Aleppo"))
e_azaz = g.ent("أعزاز", "GPE", canonical="Azaz", place=gn(172082, "I‘zāz", 36.58662, 37.04628, "SY", "Aleppo"))
e_saw = g.ent("الصويرة", "GPE", canonical="Al-Sawira", place=named("Al-Sawira", "LB", "Beqaa"))
e_leb = g.ent("لبنان", "GPE", 1, **LEBANON)
g.ent("سوريا", "GPE", 2, **SYRIA)
e_idl2 = g.ent("محافظة إدلب", "GPE", 2, **IDG)
g.ent("سراقب", "GPE", 2, **SARAQIB)
e_maarra = g.ent("معرة النعمان", "GPE", canonical="Maarat al-Numan", place=named("Maarat al-Numan", "SY", "Idlib"))
e_tbg = g.ent("حس الحدود التركي", "ORG", actor="TUR.MIL", party="TUR", role="military", canonical="Turkish border guard")
e_dz = g.ent("محافظة ديرالزور", "GPE", **gov("Deir ez-Zor Governorate", "Deir ez-Zor"))
e_isis1 = g.ent("تنظيم \" الدولة الإسلامية \" المتطرف", "ORG", **ISIS)
g.ent("داعش", "ORG", 1, **ISIS)
e_syr3 = g.ent("سوريا", "GPE", 3, **SYRIA)
e_sgov = g.ent("الحكومة السورية", "ORG", **SYRGOV)
e_rus = g.ent("روسيا", "GPE", 1, **country(RUSSIA, "RUS"))
e_irn = g.ent("إيران", "GPE", 1, **country(IRAN, "IRN"))
e_hez = g.ent("حزب الله", "ORG", 1, **HEZ)
e_syr4 = g.ent("سوريا", "GPE", 4, **SYRIA)
e_isis2 = g.ent("داعش", "ORG", 2, **ISIS)
e_sdf = g.ent("قوات سوريا الديمقراطية", "ORG", **SDF)
e_raqqa = g.ent("الرقة", "GPE", 1, **RAQQA)

t_fri = g.time("يوم الجمعة 19 - 1 - 2018", "2018-01-19", "day", "at")
t_thu = g.time("يوم الخميس 18 - 1 - 2018", "2018-01-18", "day", "at")
g.time("عام 2017", "2017", "year", "at", 1)
t_2017 = g.time("خلال عام 2017", "2017", "year", "at")
q10 = g.qty("( 10 ) أشخاص", 10, "people", "killed")
q3 = g.qty("( 3 ) أطفال", 3, "people", "killed")
q1 = g.qty("( 1 ) تحت التعذيب", 1, "people", "killed")
q4a = g.qty("( 4 ) أشخاص", 4, "people", "killed")
q2a = g.qty("( 2 )", 2, "people", "killed", 1)
q12 = g.qty("12 إصابة", 12, "people", "wounded")
q10b = g.qty("عشرة جثث", 10, "people", "killed")
q9 = g.qty("( 9 ) أشخاص", 9, "people", "killed")
q4b = g.qty("( 4 ) أطفال", 4, "people", "killed")
q6 = g.qty("( 6 ) أشخاص", 6, "people", "killed")
q4c = g.qty("( 4 )", 4, "people", "killed", 3)
q2b = g.qty("( 2 )", 2, "people", "killed", 2)
q2c = g.qty("( 2 )", 2, "people", "killed", 3)

s_loc = g.stmt(("مصادر محلية", 1, None, e_loc), ("أفادت", 1), "assert",
               ("وحدات حماية الشعب الكردي في مدينة عفرين بريف حلب , قصفت بالمدفعية مستشفى للأمراض العقلية وأخرى للتوليد في مدينة أعزاز مما تسبب بإصابات مباشرة للمرضى المقيمين في المستشفيين ومنهم من يعاني من مشاكل عقلية ونفسية", 1))

p_cas19 = g.prop("casualties", [], ("الضحايا", 1), place=e_syr1, time=t_fri, quantities=[q10, q3, q1])
p_idl19 = g.prop("airstrike", [("agent", None, "RUS"), ("agent", None, "SYR")], ("القصف", 1), place=e_saraq1, time=t_fri, quantities=[q4a])
p_jobar = g.prop("shelling", [], ("القصف", 2), place=e_jobar, time=t_fri, quantities=[q2a])
p_azaz = g.prop("shelling", [("agent", e_ypg, "SDF")], ("قصفت", 1), place=e_azaz, quantities=[q12])
p_frozen = g.prop("casualties", [], ("تجمدوا", 1), place=e_saw, quantities=[q10b])
p_tents = g.prop("other", [], ("تطايرت", 1), place=e_leb)
p_cas18 = g.prop("casualties", [], ("الضحايا", 2), place=e_syr1, time=t_thu, quantities=[q9, q4b])
p_idl18 = g.prop("airstrike", [("agent", None, "RUS")], ("القصف", 3), place=e_maarra, time=t_thu, quantities=[q4c])
p_border = g.prop("attack", [("agent", e_tbg, "TUR")], ("برصاص", 1), place=e_idl2, time=t_thu, quantities=[q2b])
p_mines = g.prop("bombing", [], ("انفجار", 1), place=e_dz, time=t_thu, quantities=[q2c])
p_camp = g.prop("attack", [("target", e_isis1, "ISIS")], ("الحملة", 1), place=e_syr3, time=t_2017)
p_retake = g.prop("capture", [("agent", e_sgov, "SYR"), ("partner", e_rus, "RUS"), ("partner", e_irn, "IRN"), ("partner", e_hez, "HEZBOLLAH"), ("target", e_isis2, "ISIS")], ("استعادت", 1), place=e_syr4, time=t_2017)
p_help = g.prop("support", [("agent", e_rus, "RUS"), ("agent", e_irn, "IRN"), ("agent", e_hez, "HEZBOLLAH"), ("partner", e_sgov, "SYR")], ("بمساعدة", 1), place=e_syr4, time=t_2017)
p_raqqa = g.prop("capture", [("agent", e_sdf, "SDF"), ("partner", None, "USA")], ("سيطرت", 1), place=e_raqqa, time=t_2017)
p_ussdf = g.prop("support", [("agent", None, "USA"), ("partner", e_sdf, "SDF")], ("المدعومة", 1), time=t_2017)
for p in (p_cas19, p_idl19, p_jobar, p_azaz, p_frozen, p_tents, p_cas18, p_idl18, p_border, p_mines, p_camp, p_retake, p_help, p_raqqa, p_ussdf):
    g.claim(p, "author")
g.claim(p_azaz, s_loc)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
