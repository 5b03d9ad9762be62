"""Gold analysis of R-376 article 0 (Al Arabiya Net, 2017-11-17): a car bomb among displaced people near
al-Jafra, Deir ez-Zor (SOHR: at least 26 killed, 12 children); the fight for the last ISIS areas; Russian
long-range bombers strike ISIS near Albukamal.

Judgement calls:
- The crawl lacks the headline and first paragraph; the body is what is there, starting "وأضافت".
  The speaker of "وأضافت" is not in the text (the URL suggests regime media): source null.
- "نسبت إلى تنظيم داعش": a second bombing proposition with ISIS as agent, claimed by SOHR's sentence
  with modality possible (attributed, not claimed); the bombing itself has no agent.
- "قوات مدعومة من الميليشيات الإيرانية وتحت غطاء جوي روسي" (regime forces, unnamed): the Iranian militias
  and Russian air cover are support propositions; "لانتزاع آخر المناطق" is capture/intended, and ISIS
  still holding them is control (author). "لسيطرة" lacks its noun in the crawl.
- Russian MoD via "وكالات أنباء روسية", in a statement ("بيان"); cue "قوله إن".
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
g = Gold(text, {"id": "R-376-0", "outlet": "العربية نت", "published": "2017-11-17", "url": None, "title": None})
DZG = gov("Deir ez-Zor Governorate", "Deir ez-Zor")
e_jafra = g.ent("الجفرة", "GPE", canonical="Al-Jafra", place=named("Al-Jafra", "SY", "Deir ez-Zor"))
e_reg1 = g.ent("النظام السوري", "ORG", **SYRGOV)
e_sohr = g.ent("المرصد السوري لحقوق الإنسان", "ORG", canonical="Syrian Observatory for Human Rights")
e_dz1 = g.ent("محافظة دير الزور", "GPE", 1, **DZG)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_isis1 = g.ent("تنظيم داعش", "ORG", **ISIS)
e_irm = g.ent("الميليشيات الإيرانية", "ORG", actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iran-backed militias")
e_dz2 = g.ent("محافظة دير الزور", "GPE", 2, **DZG)
e_regf = g.ent("قوات النظام", "ORG", **SYRMIL)
e_isis2 = g.ent("داعش", "ORG", 2, **ISIS)
e_dzc = g.ent("دير الزور", "GPE", 3, **DEIR)
g.ent("نهر الفرات", "LOC", canonical="Euphrates", place=named("Euphrates River"))
g.ent("سوريا", "GPE", 2, **SYRIA)
e_rna = g.ent("وكالات أنباء روسية", "ORG", nominal=True, **media("RUS.MED", "Russian news agencies", "RUS"))
e_mod = g.ent("وزارة الدفاع", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian Ministry of Defence")
e_isis3 = g.ent("داعش", "ORG", 3, **ISIS)
e_abu = g.ent("البوكمال", "GPE", canonical="Abu Kamal", place=gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"))
g.ent("محافظة دير الزور", "GPE", 3, **DZG)

t_later = g.time("في وقت لاحق", None, "vague", "after")
t_fri = g.time("الجمعة", "2017-11-17", "day", "at", 1)
t_early = g.time("مطلع الشهر الجاري", "2017-11", "month", "at")
t_today = g.time("اليوم الجمعة", "2017-11-17", "day", "at")
q26 = g.qty("26 شخصا على الأقل", 26, "people", "killed")
q12 = g.qty("12 طفلا", 12, "people", "killed")
q6 = g.qty("ست قاذفات", 6, "aircraft")

s1 = g.stmt(None, ("أضافت", 1), "assert", ("التفجير وقع قرب الجفرة التي تقع جنوبي المدينة ويسيطر عليها النظام السوري", 1))
s2 = g.stmt(("المرصد السوري لحقوق الإنسان", 1, None, e_sohr), ("أعلن", 1), "assert",
            ("26 شخصا على الأقل قتلوا , الجمعة , في محافظة دير الزور شرق سوريا في انفجار سيارة مفخخة نسبت إلى تنظيم داعش", 1))
s3 = g.stmt(("قوات النظام", 1, None, e_regf), ("أعلنت", 1, "وكانت قوات"), "assert",
            ("النصر على داعش في مدينة دير الزور", 1))
s4 = g.stmt(("وزارة الدفاع", 1, None, e_mod), ("قوله إن", 1), "assert",
            ("ست قاذفات روسية بعيدة المدى ضربت أهدافا لداعش قرب بلدة البوكمال في محافظة دير الزور", 1),
            via=[("وكالات أنباء روسية", 1, None, e_rna)], medium=("بيان", 1))

p_bomb = g.prop("bombing", [], ("التفجير", 1), place=e_jafra, time=t_fri, quantities=[q26, q12])
p_cas = g.prop("casualties", [], ("قتلوا", 1), place=e_dz1, time=t_fri, quantities=[q26, q12])
p_jafra = g.prop("control", [("agent", e_reg1, "SYR")], ("يسيطر", 1), place=e_jafra, time=t_fri)
p_fight = g.prop("capture", [("agent", None, "SYR")], ("لانتزاع", 1), place=e_dz2)
p_isisctrl = g.prop("control", [("agent", None, "ISIS")], ("خاضعة", 1), place=e_dz2)
p_irm = g.prop("support", [("agent", e_irm, "IRN"), ("partner", None, "SYR")], ("مدعومة", 1), place=e_dz2)
p_rusair = g.prop("support", [("agent", None, "RUS"), ("partner", None, "SYR")], ("غطاء جوي روسي", 1), place=e_dz2)
p_victory = g.prop("capture", [("agent", e_regf, "SYR"), ("target", e_isis2, "ISIS")], ("النصر", 1), place=e_dzc, time=t_early)
p_bombers = g.prop("airstrike", [("agent", e_mod, "RUS"), ("target", e_isis3, "ISIS")], ("ضربت", 1), place=e_abu, time=t_today, quantities=[q6])

g.claim(p_bomb, s1)
g.claim(p_bomb, s2)
g.claim(p_bomb, "author")
p_bisis = g.prop("bombing", [("agent", e_isis1, "ISIS")], ("نسبت", 1), place=e_dz1, time=t_fri)
g.claim(p_bisis, s2, "affirm", "possible")
g.claim(p_cas, s2)
g.claim(p_cas, "author")
g.claim(p_jafra, s1)
g.claim(p_fight, "author", "affirm", "intended")
g.claim(p_isisctrl, "author")
g.claim(p_irm, "author")
g.claim(p_rusair, "author")
g.claim(p_victory, s3)
g.claim(p_bombers, s4)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
