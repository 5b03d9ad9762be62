"""Gold analysis of R-662 article 0 (Al-Ghad, 2017-10-02): seven Hezbollah fighters killed by an air strike of
an unidentified aircraft in eastern Syria (Homs province), per three sources to Reuters; Russian friendly
fire not ruled out; the US-led coalition says the site was outside its area of operations.

Judgement calls:
- Body from the headline; the published/edited stamps and the photo caption that follow stay inside.
- "لم تستبعد إمكانية ... نيران روسية صديقة": stance estimate; a Russian air strike, modality possible.
- "تقرير أفاد بأن طائرة أميركية بدون طيار شنت الضربة" is a statement (source "تقرير"); the coalition
  spokesman's "موقع الضربة خارج منطقة عمليات التحالف" denies, by implication, a US strike. The pair is
  recorded as a contradiction (unaffiliated report vs the coalition, USA).
- "ولم تذكر المصادر متى نفذت الضربة" is not a statement of content.
- "القوات السورية والروسية": only the Syrian forces are a mention; Russia is a partner party in the
  clash proposition.
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
g = Gold(text, {"id": "R-662-0", "outlet": "الغد", "published": "2017-10-02", "url": None, "title": None})
e_hez1 = g.ent("حزب الله اللبناني", "ORG", **HEZ)
e_syr1 = g.ent("سورية", "GPE", 1, **SYRIA)
g.ent("حزب الله", "ORG", 2, **HEZ)
g.ent("سورية", "GPE", 2, **SYRIA)
g.ent("بيروت", "GPE", canonical="Beirut", place=named("Beirut", "LB"))
e_src = g.ent("ثلاثة مصادر مطلعة", "PER", nominal=True)
e_reut = g.ent("رويترز", "ORG", 1, **media("REUTERS", "Reuters"))
e_hez3 = g.ent("جماعة حزب الله اللبنانية", "ORG", **HEZ)
e_syr3 = g.ent("سورية", "GPE", 3, **SYRIA)
e_src2 = g.ent("المصادر", "PER", 1, nominal=True)
g.ent("المصادر", "PER", 2, nominal=True)
e_hez4 = g.ent("حزب الله", "ORG", 4, **HEZ)
e_homs = g.ent("محافظة حمص", "GPE", **gov("Homs Governorate", "Homs"))
g.ent("سوريا", "GPE", 1, **SYRIA)
e_hez5 = g.ent("الجماعة اللبنانية", "ORG", nominal=True, **HEZ)
e_isis1 = g.ent("تنظيم داعش", "ORG", **ISIS)
e_syrf = g.ent("القوات السورية", "ORG", **SYRMIL)
e_spk = g.ent("المتحدث باسم التحالف بقيادة الولايات المتحدة", "PER", nominal=True, actor="COALITION", party="USA", role="military", canonical="US-led coalition spokesman")
g.ent("التحالف", "ORG", 2, **COAL)
e_coal3 = g.ent("التحالف", "ORG", 3, **COAL)
e_syr_b = g.ent("سوريا", "GPE", 2, **SYRIA)
e_isis2 = g.ent("داعش", "ORG", 2, **ISIS)
e_sdf = g.ent("تحالف قوات سورية الديمقراطية", "ORG", **SDF)

g.time("الاثنين 2 تشرين الأول / أكتوبر 2017", "2017-10-02", "day", "at", 1)
g.time("الاثنين 2 تشرين الأول / أكتوبر 2017", "2017-10-02", "day", "at", 2)
t_mon = g.time("يوم الاثنين", "2017-10-02", "day", "at")
q7 = g.qty("7", 7, "people", "killed")
q7b = g.qty("سبعة من مقاتلي", 7, "people", "killed")

s1 = g.stmt(("ثلاثة مصادر مطلعة", 1, None, e_src), ("قالت", 1), "assert",
            ("سبعة من مقاتلي جماعة حزب الله اللبنانية قتلوا في ضربة جوية نفذتها طائرة غير محددة الهوية بشرق سورية", 1),
            via=[("رويترز", 1, None, e_reut)])
s2 = g.stmt(("المصادر", 1, None, e_src2), ("لم تستبعد", 1), "estimate",
            ("إمكانية أن يكون السبب \" نيران روسية صديقة \"", 1), via=[("رويترز", 1, None, e_reut)])
s3 = g.stmt(("تقرير", 1), ("أفاد", 1), "assert", ("طائرة أميركية بدون طيار شنت الضربة", 1))
s4 = g.stmt(("المتحدث باسم التحالف بقيادة الولايات المتحدة", 1, None, e_spk), ("قال", 1, "شنت الضربة"), "assert",
            ("موقع الضربة خارج منطقة عمليات التحالف", 1))

p_strike = g.prop("airstrike", [("target", e_hez1, "HEZBOLLAH")], ("بضربة", 1), place=e_homs, quantities=[q7, q7b])
p_cas = g.prop("casualties", [("target", e_hez1, "HEZBOLLAH")], ("مقتل", 1), place=e_homs, quantities=[q7, q7b])
p_rus = g.prop("airstrike", [("agent", None, "RUS"), ("target", e_hez1, "HEZBOLLAH")], ("نيران روسية صديقة", 1), place=e_homs)
p_us = g.prop("airstrike", [("agent", None, "USA"), ("target", e_hez1, "HEZBOLLAH")], ("شنت", 1), place=e_homs)
p_fight = g.prop("clash", [("agent", e_hez5, "HEZBOLLAH"), ("agent", e_syrf, "SYR"), ("partner", None, "RUS"), ("target", e_isis1, "ISIS")], ("تقاتل", 1), place=e_homs)
p_coal = g.prop("airstrike", [("agent", e_coal3, "USA"), ("target", e_isis2, "ISIS")], ("ضربات جوية", 1), place=e_syr_b)
p_sdf = g.prop("support", [("agent", e_coal3, "USA"), ("partner", e_sdf, "SDF")], ("دعما", 1), place=e_syr_b)

g.claim(p_strike, "author")
g.claim(p_strike, s1)
g.claim(p_cas, "author")
g.claim(p_cas, s1)
g.claim(p_rus, s2, "affirm", "possible")
c_rep = g.claim(p_us, s3)
c_spk = g.claim(p_us, s4, "deny")
g.claim(p_fight, "author")
g.claim(p_coal, "author")
g.claim(p_sdf, "author")
g.contra(c_rep, c_spk, "unaffiliated", None, "negation",
         "A report said a US drone carried out the strike; the US-led coalition spokesman says the site was outside the coalition's area of operations.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
