"""Gold analysis of R-24 article 5 (Orient News, published about 2017-12-24, estimated): Erdogan says Turkey
works with Russia to evacuate about 500 people from besieged Eastern Ghouta; the "Karim" campaign in Turkey.

Judgement calls:
- published: not in the page; Erdogan spoke on Sunday before leaving for Sudan (24 Dec 2017), so the
  Sunday is 2017-12-24 and the publication date is estimated as that day.
- Body from the headline; the photo caption and the "تاريخ النشر : حجم الخط" junk that follows sit inside it.
- "الرئيس التركي رجب طيب أردوغان": the title and the name are separate flat mentions (title nominal).
- The child Karim is a named civilian (PER, no actor); every mention is listed, hashtag included.
- "وتريد أنقرة نقل من يحتاجون للمساعدة إلى تركيا" is the author's own voice: evacuation, intended.
- "للسودان" (ل + السودان) is quoted as "لسودان", as the worked example does for للقوات.
- The headline question makes no claim. No contradictions.
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
g = Gold(text, {"id": "R-24-5", "outlet": "أورينت نت", "published": "2017-12-24", "url": None, "title": None})
GHOUTA = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
TUR = country(TURKEY, "TUR")
RUS = country(RUSSIA, "RUS")
ERD = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
KARIM = dict(canonical="Karim (child from Eastern Ghouta)")
TRC = dict(actor="TUR.TRC", party="TUR", role="other", canonical="Turkish Red Crescent")
for n in (1, 2, 5, 9, 12):
    g.ent("الغوطة", "LOC", n, **GHOUTA)
e_gs = [g.ent("الغوطة الشرقية", "LOC", n, **GHOUTA) for n in range(1, 8)]
e_tr = [g.ent("تركيا", "GPE", n, **TUR) for n in range(1, 9)]
e_ru = [g.ent("روسيا", "GPE", n, **RUS) for n in range(1, 4)]
e_karim = [g.ent("كريم", "PER", n, **KARIM) for n in range(1, 10)]
g.ent("دمشق", "GPE", 1, **DAMASCUS)
e_assad = g.ent("نظام الأسد", "ORG", **SYRGOV)
g.ent("أردوغان", "PER", 1, **ERD)
g.ent("الرئيس التركي", "PER", 1, nominal=True, **ERD)
e_erd2 = g.ent("رجب طيب أردوغان", "PER", 1, **ERD)
e_erd3 = g.ent("الرئيس التركي", "PER", 2, nominal=True, **ERD)
g.ent("لسودان", "GPE", canonical="Sudan", place=named("Sudan", "SD"))
e_putin = g.ent("فلاديمير بوتين", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
e_ankara = g.ent("أنقرة", "GPE", canonical="Ankara", actor="TUR", party="TUR", role="government", place=named("Ankara", "TR"))
e_erd6 = g.ent("أردوغان", "PER", 1, after="وقال أردوغان", **ERD)
e_chiefs = g.ent("رئيسي أركان الجيش", "PER", nominal=True)
g.ent("الهلال الأحمر التركي", "ORG", 1, **TRC)
g.ent("إدارة الكوارث والطوارئ التركية", "ORG", actor="TUR.GOV", party="TUR", role="government", canonical="AFAD")
g.ent("وكالة الأناضول", "ORG", **media("TUR.MED", "Anadolu Agency", "TUR"))
g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("وكالة الإغاثة التركية", "ORG", canonical="IHH Humanitarian Relief Foundation")
g.ent("IHH", "ORG", canonical="IHH Humanitarian Relief Foundation")
g.ent("الهلال الأحمر التركي", "ORG", 2, **TRC)
g.ent("الرئيس التركي", "PER", 3, nominal=True, **ERD)
g.ent("رجب طيب أردوغان", "PER", 2, **ERD)
e_reg11 = g.ent("النظام", "ORG", 1, after="لإجبار", **SYRGOV)

t_soon = g.time("قريبا", None, "vague", "after")
t_4y = g.time("نحو 4 أعوام", "2013", "year", "since")
t_sun = g.time("الأحد", "2017-12-24", "day", "at")
q500a = g.qty("نحو 500 شخص", 500, "people", None, 1)
q500b = g.qty("نحو 500 شخص", 500, "people", None, 2)
q170 = g.qty("170 من الأطفال والنساء", 170, "people")
q5m = g.qty("نحو 5 ملايين شخص", 5000000, "people")

s1 = g.stmt(("رجب طيب أردوغان", 1, None, e_erd2), ("قال", 1, "وقال الرئيس التركي"), "assert",
            ("بلاده تعمل مع روسيا في سبيل إجلاء نحو 500 شخص من ضاحية الغوطة الشرقية المحاصرة", 1))
s2 = g.stmt(("الرئيس التركي", 2, None, e_erd3), ("أضاف", 1, "وأضاف الرئيس"), "assert",
            ("هناك نحو 500 شخص بينهم 170 من الأطفال والنساء بحاجة إلى مساعدات إنسانية عاجلة", 1), direct=True)
s3 = g.stmt(("الرئيس التركي", 2, None, e_erd3), ("أشار إلى", 1), "assert",
            ("ناقش الموضوع مع نظيره الروسي فلاديمير بوتين", 1))
s4 = g.stmt(("أردوغان", 1, "وقال أردوغان", e_erd6), ("قال", 1, "وقال أردوغان"), "assert",
            ("رئيسي أركان الجيش في روسيا وتركيا سيناقشان الخطوات اللازمة في العمليات التي سيشارك فيها أيضا الهلال الأحمر التركي وإدارة الكوارث والطوارئ التركية", 1))

p_siege = g.prop("siege", [("agent", e_assad, "SYR")], ("حصار", 1, "نحو 4 أعوام"), place=e_gs[0], time=t_4y)
p_evac = g.prop("displacement", [("agent", e_erd2, "TUR"), ("partner", e_ru[0], "RUS")], ("إجلاء", 1), place=e_gs[3], quantities=[q500a])
p_talk = g.prop("other", [("agent", e_erd3, "TUR"), ("partner", e_putin, "RUS")], ("ناقش", 1))
p_chiefs = g.prop("other", [("agent", e_chiefs, "TUR"), ("partner", e_chiefs, "RUS")], ("سيناقشان", 1))
p_aid = g.prop("support", [("agent", e_tr[0], "TUR"), ("partner", e_karim[0], None)], ("مساعدات", 1), place=e_gs[0])
p_eye = g.prop("casualties", [("target", e_karim[3], None)], ("فقد", 1, "الذي"))
p_camp = g.prop("other", [], ("حملة", 1, "أطلقت"), quantities=[q5m])

g.claim(p_siege, "author")
g.claim(p_siege, s1)
g.claim(p_evac, s1, "affirm", "planned")
g.claim(p_evac, "author", "affirm", "intended")
g.claim(p_talk, s3)
g.claim(p_chiefs, s4, "affirm", "planned")
g.claim(p_aid, "author")
g.claim(p_eye, "author")
g.claim(p_camp, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
