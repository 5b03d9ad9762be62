"""Gold analysis of R-651 article 3 (Enab Baladi, 2017-12-05): the Syrian Center for Press Freedoms counts 19
violations against journalists inside Syria in October-November 2017, the regime first; SNHR records one
media worker killed in November; a Russian raid on al-Atarib; gas in Eastern Ghouta.

Judgement calls:
- published: "اليوم 5 كانون الأول" (the page header is the crawl date); 2017.
- Body from the second headline copy (caption and font buttons inside).
- Violations against journalists are 'other' propositions, one per perpetrator named in the report's
  breakdown (regime, youths in al-Atarib, Russian forces, Faylaq al-Rahman, ISIS, the Kurdish
  Autonomous Administration) plus the total (19 = 17 + 2).
- Line "وكان تشرين الأول الماضي شهد مقتل ثلاثة إعلاميين" has no cue: author voice.
- SNHR "اعتبرته" / "عللت" are statements; the Astana de-escalation deals are an agreement they assert.
- The toxic gas in Eastern Ghouta: attack by regime forces (the SCPF quote), casualties 9 / 4 wounded.
- No contradiction: SNHR's one killing by Assad forces (November) and the SCPF's Russian-raid killing in
  al-Atarib are not dated to the same month in the text.
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
g = Gold(text, {"id": "R-651-3", "outlet": "عنب بلدي", "published": "2017-12-05", "url": "https://www.enabbaladi.net/archives/189158", "title": None})
SNHR = dict(canonical="Syrian Network for Human Rights")
SCPF = dict(canonical="Syrian Center for Press Freedoms")
ATARIB = dict(canonical="Al-Atarib", place=named("Al-Atarib", "SY", "Aleppo"))
VIOL = 'violations'
e_reg0 = g.ent("النظام", "ORG", 1, **SYRGOV)
g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("الشبكة السورية لحقوق الانسان", "ORG", 1, **SNHR)
e_reg1 = g.ent("النظام السوري", "ORG", 1, **SYRGOV)
e_syr1 = g.ent("سوريا", "GPE", 2, **SYRIA)
e_scpf = g.ent("المركز السوري للحريات الصحفية", "ORG", **SCPF)
g.ent("عنب بلدي", "ORG", 1, **media("ENABBALADI", "Enab Baladi"))
g.ent("سوريا", "GPE", 3, **SYRIA)
e_reg4 = g.ent("النظام السوري", "ORG", 2, **SYRGOV)
e_at1 = g.ent("الأتارب", "GPE", 1, **ATARIB)
g.ent("ريف حلب", "GPE", 1, **gov("Aleppo Governorate", "Aleppo"))
e_rusf = g.ent("القوات الروسية", "ORG", **RUSMIL)
g.ent("المعارضة السورية", "ORG", **OPP)
e_faylaq = g.ent("فيلق الرحمن", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Faylaq al-Rahman")
e_isis1 = g.ent("تنظيم \" الدولة الإسلامية \"", "ORG", 1, **ISIS)
e_aa = g.ent("الإدارة الذاتية الكردية", "ORG", actor="SDF.AA", party="SDF", role="government", canonical="Autonomous Administration of North and East Syria")
e_snhr2 = g.ent("الشبكة السورية لحقوق الانسان", "ORG", 2, **SNHR)
e_syr6 = g.ent("سوريا", "GPE", 4, **SYRIA)
e_assad = g.ent("قوات الأسد", "ORG", **SYRMIL)
e_snhr3 = g.ent("الشبكة", "ORG", 3, nominal=True, **SNHR)
g.ent("أستانة", "GPE", canonical="Astana", place=named("Astana", "KZ"))
e_isis2 = g.ent("تنظيم \" الدولة الإسلامية \"", "ORG", 2, **ISIS)
e_scpf2 = g.ent("المركز السوري", "ORG", 2, **SCPF)
e_at2 = g.ent("الأتارب", "GPE", 2, **ATARIB)
g.ent("ريف حلب الغربي", "LOC", canonical="Western Aleppo countryside", place=named("Western Aleppo countryside", "SY", "Aleppo"))
e_raf = g.ent("الطيران الروسي", "ORG", **RUSMIL)
e_scpf3 = g.ent("المركز", "ORG", 3, nominal=True, **SCPF)
g.ent("ريف دمشق", "GPE", **gov("Rif Dimashq Governorate", "Rif Dimashq"))
e_regf = g.ent("قوات النظام", "ORG", **SYRMIL)
e_ghouta = g.ent("الغوطة الشرقية", "LOC", canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))

t_2m0 = g.time("في شهرين", "2017-10/2017-11", "month", "at")
t_2m1 = g.time("خلال الشهرين الماضيين ( تشرين الثاني وتشرين الأول )", "2017-10/2017-11", "month", "at")
g.time("اليوم 5 كانون الأول", "2017-12-05", "day", "at")
g.time("خلال الشهرين الماضيين", "2017-10/2017-11", "month", "at", 2)
t_nov = g.time("تشرين الثاني الماضي", "2017-11", "month", "at")
t_oct = g.time("شهر تشرين الأول الماضي", "2017-10", "month", "at")
g.time("قبل يومين", "2017-12-03", "day", "at")
t_lastm = g.time("خلال الشهر الماضي", "2017-11", "month", "at")
t_oct2 = g.time("تشرين الأول الماضي", "2017-10", "month", "at", 2)
q19 = g.qty("19 انتهاك ا", 19, VIOL)
q17 = g.qty("17 انتهاك ا", 17, VIOL)
q2a = g.qty("انتهاكين اثنين", 2, VIOL, None, 1)
q7 = g.qty("سبعة انتهاكات", 7, VIOL)
q5 = g.qty("خمسة انتهاكات", 5, VIOL)
q3 = g.qty("ثلاثة انتهاكات", 3, VIOL)
q2b = g.qty("انتهاكين اثنين", 2, VIOL, None, 2)
q2c = g.qty("انتهاكين اثنين", 2, VIOL, None, 3)
q1k = g.qty("إعلامي واحد", 1, "people", "killed")
q3k = g.qty("ثلاثة إعلاميين", 3, "people", "killed")
q2k = g.qty("اثنين منهما", 2, "people", "killed")
q9w = g.qty("تسع إصابات", 9, "people", "wounded")
q4w = g.qty("أربعة منهم", 4, "people", "wounded")

s1 = g.stmt(("المركز السوري للحريات الصحفية", 1, None, e_scpf), ("وثق", 1), "assert",
            ("19 انتهاك ا بحق الصحفيين السوريين داخل سوريا , خلال الشهرين الماضيين", 1), medium=("تقرير له", 1))
s2 = g.stmt(("التقرير", 1, "وأشار"), ("أشار", 1, "وأشار التقرير"), "assert",
            ("17 انتهاك ا حصلت في تشرين الثاني الماضي , وانتهاكين اثنين في شهر تشرين الأول الماضي", 1))
s3 = g.stmt(("التقرير", 1, "وبحسب"), ("بحسب", 1, "وبحسب التقرير"), "assert",
            ("توزعت الانتهاكات , على سبعة انتهاكات ارتكبها النظام السوري , وخمسة انتهاكات ارتكبها شباب سوريين بحق صحفيين في مدينة الأتارب بريف حلب .\nبينما كانت القوات الروسية مسؤولة عن ثلاثة انتهاكات , والمعارضة السورية ممثلة ب - \" فيلق الرحمن \" انتهاكين اثنين , كما ارتكب تنظيم \" الدولة الإسلامية \" و \" الإدارة الذاتية الكردية \" انتهاكين اثنين", 1))
s4 = g.stmt(("الشبكة السورية لحقوق الانسان", 2, None, e_snhr2), ("وثقت", 1), "assert",
            ("مقتل إعلامي واحد في سوريا على يد قوات الأسد خلال الشهر الماضي", 1))
s5 = g.stmt(("الشبكة السورية لحقوق الانسان", 2, None, e_snhr2), ("اعتبرته", 1), "assert",
            ("انخفاض ا \" غير مسبوق \" بالنسبة لأعداد الضحايا من الإعلاميين", 1))
s6 = g.stmt(("الشبكة", 3, None, e_snhr3), ("عللت", 1), "assert",
            ("هذا الانخفاض بالجولات السبع لمفاوضات \" أستانة \" وما تم التوصل إليه من اتفاقات \" تخفيف التوتر \" في مناطق مختلفة , أسهمت في تقليل معدل القتل", 1))
s7 = g.stmt(("المركز السوري", 2, None, e_scpf2), ("أشار", 1, "وأشار المركز"), "assert",
            ("مقتل ناشط إعلامي في مدينة الأتارب بريف حلب الغربي , جراء غارة شنها الطيران الروسي على المدينة", 1), medium=("تقريره", 1))
s8 = g.stmt(("المركز", 3, None, e_scpf3), ("سجل", 1, "وسجل المركز"), "assert",
            ("وقوع تسع إصابات لإعلاميين , معظمهم في ريف دمشق , أصيب أربعة منهم نتيجة استنشاق الغازات السامة التي أطلقتها قوات النظام في الغوطة الشرقية", 1), direct=True)

p_all = g.prop("other", [], ("انتهاك ا", 1), place=e_syr1, time=t_2m1, quantities=[q19, q17, q2a])
p_reg = g.prop("other", [("agent", e_reg1, "SYR")], ("الانتهاكات", 1), place=e_syr1, time=t_2m1, quantities=[q7])
p_youth = g.prop("other", [], ("خمسة انتهاكات", 1), place=e_at1, time=t_2m1, quantities=[q5])
p_rus = g.prop("other", [("agent", e_rusf, "RUS")], ("ثلاثة انتهاكات", 1), place=e_syr1, time=t_2m1, quantities=[q3])
p_fay = g.prop("other", [("agent", e_faylaq, "SYR.OPP")], ("انتهاكين اثنين", 2), place=e_syr1, time=t_2m1, quantities=[q2b])
p_isis = g.prop("other", [("agent", e_isis1, "ISIS"), ("agent", e_aa, "SDF")], ("ارتكب", 1, "كما"), place=e_syr1, time=t_2m1, quantities=[q2c])
p_nov = g.prop("casualties", [("agent", e_assad, "SYR")], ("مقتل", 1, "قبل يومين"), place=e_syr6, time=t_lastm, quantities=[q1k])
p_deesc = g.prop("agreement", [], ("اتفاقات", 1))
p_oct = g.prop("casualties", [("agent", e_isis2, "ISIS")], ("مقتل", 1, "وكان تشرين"), time=t_oct2, quantities=[q3k, q2k])
p_atair = g.prop("airstrike", [("agent", e_raf, "RUS")], ("غارة", 1), place=e_at2)
p_atcas = g.prop("casualties", [("agent", e_raf, "RUS")], ("مقتل", 1, "في تقريره"), place=e_at2)
p_gas = g.prop("attack", [("agent", e_regf, "SYR")], ("الغازات السامة", 1), place=e_ghouta, quantities=[q4w])
p_gascas = g.prop("casualties", [], ("إصابات", 1, "وقوع تسع"), quantities=[q9w, q4w])

g.claim(p_all, s1)
g.claim(p_all, s2)
g.claim(p_reg, "author")
g.claim(p_reg, s3)
g.claim(p_youth, s3)
g.claim(p_rus, s3)
g.claim(p_fay, s3)
g.claim(p_isis, s3)
g.claim(p_nov, s4)
g.claim(p_deesc, s6)
g.claim(p_oct, "author")
g.claim(p_atair, s7)
g.claim(p_atcas, s7)
g.claim(p_gas, s8)
g.claim(p_gascas, s8)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
