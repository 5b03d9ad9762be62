"""Gold analysis of V-453 article 2 (Al-Hayat, about 2015-08-04, estimated): a Syrian warplane crashes on a
market in rebel-held Ariha (Idlib) while bombing it; SOHR tolls (12, then 23, then at least 31 killed, over
60 wounded); fighting near Latakia and in al-Ghab; gunfire on Atmeh camp; Nusra executions.

Judgement calls:
- published: the Ariha crash was on 3 Aug 2015; Al-Hayat's report is dated the next day (estimated).
- Body from the second headline copy; the "اسم المرسل" form label inside it is junk left in place.
- The crash is 'other' (a technical fault, not a shootdown); the bombing run is an airstrike.
- The rising SOHR tolls (12 -> 23 -> 31) are explicit updates of one source and the "70 killed or
  wounded" lines are consistent with them: no value contradiction.
- Abdel Rahman spoke to AFP ("لوكالة فرانس برس"); AFP is the via of his continued remarks too. His toll
  "نقلا عن مصادر طبية وسكان الحي" is also a statement of those sources (via AFP and him).
- "وسط انباء عن استعادة مقاتلي المعارضة مناطق في سهل الغاب": author claim, modality possible.
- "لم يتمكن المرصد من تحديد ..." is no statement of content; "بتهمة ..." charges are left in the
  execution propositions (author), not made statements.
- "حصيلة اولية للمرصد" (ل + المرصد) quoted as "لمرصد".
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
g = Gold(text, {"id": "V-453-2", "outlet": "الحياة", "published": "2015-08-04", "url": None, "title": None})
ARIHA = dict(canonical="Ariha", place=named("Ariha", "SY", "Idlib"))
SOHR = dict(canonical="Syrian Observatory for Human Rights")
RAMI = dict(canonical="Rami Abdel Rahman")
AFP = media("AFP", "Agence France-Presse")
e_ariha1 = g.ent("أريحا", "GPE", 1, **ARIHA)
e_opp1 = g.ent("فصائل المعارضة", "ORG", 1, **OPP)
g.ent("سورية", "GPE", 3, **SYRIA)
e_reg1 = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
e_oppf1 = g.ent("مقاتلي المعارضة", "ORG", 1, **OPP)
e_idr = g.ent("ريف ادلب", "GPE", **gov("Idlib Governorate", "Idlib"))
g.ent("اللاذقية", "GPE", canonical="Latakia", place=gn(173576, "Latakia", 35.53125, 35.79088, "SY", "Latakia"))
g.ent("النظام", "ORG", 1, after="اللاذقية معقل", **SYRGOV)
e_oppf2 = g.ent("مقاتلي المعارضة", "ORG", 2, **OPP)
e_ghab = g.ent("سهل الغاب", "LOC", canonical="Al-Ghab Plain", place=named("Al-Ghab Plain", "SY", "Hama"))
g.ent("ريف حماة", "GPE", **gov("Hama Governorate", "Hama"))
e_sohr1 = g.ent("المرصد السوري لحقوق الانسان", "ORG", **SOHR)
e_rami1 = g.ent("رامي عبدالرحمن", "PER", **RAMI)
e_afp = g.ent("وكالة \" فرانس برس \"", "ORG", **AFP)
e_ariha2 = g.ent("أريحا", "GPE", 2, **ARIHA)
g.ent("محافظة ادلب", "GPE", **gov("Idlib Governorate", "Idlib"))
e_opp2 = g.ent("فصائل المعارضة", "ORG", 2, **OPP)
e_rami2 = g.ent("عبدالرحمن", "PER", 2, **RAMI)
e_med = g.ent("مصادر طبية وسكان الحي", "PER", nominal=True)
e_sohr2 = g.ent("لمرصد", "ORG", 1, after="حصيلة اولية", **SOHR)
e_sohr3 = g.ent("المرصد", "ORG", 2, **SOHR)
g.ent("المرصد", "ORG", 3, **SOHR)
e_sohr5 = g.ent("المرصد", "ORG", 4, **SOHR)
e_res = g.ent("سكان محليين", "PER", nominal=True)
e_rami3 = g.ent("عبدالرحمن", "PER", 3, **RAMI)
e_act = g.ent("نشطاء محليون", "PER", nominal=True)
g.ent("سورية", "GPE", 4, **SYRIA)
e_reg3 = g.ent("قوات النظام", "ORG", 2, **SYRMIL)
g.ent("مقاتلي المعارضة", "ORG", 3, **OPP)
e_opp3 = g.ent("فصائل المعارضة", "ORG", 3, **OPP)
e_gun = g.ent("مسلحون مجهولون", "ORG", nominal=True)
e_atmeh = g.ent("مخيم أطمة", "FAC", canonical="Atmeh camp", place=named("Atmeh camp", "SY", "Idlib"))
g.ent("الحدود السورية - التركية", "LOC", canonical="Syria-Turkey border", place=named("Syria-Turkey border"))
e_nus = g.ent("جبهة النصرة", "ORG", actor="HTS", party="HTS", role="armed_group", canonical="Jabhat al-Nusra")
e_zaw = g.ent("جبل الزاوية", "LOC", canonical="Jabal al-Zawiya", place=named("Jabal al-Zawiya", "SY", "Idlib"))
e_ks = g.ent("خان شيخون", "GPE", canonical="Khan Shaykhun", place=gn(168325, "Khān Shaykhūn", 35.44208, 36.65095, "SY", "Idlib"))
g.ent("ريف إدلب الجنوبي", "LOC", canonical="Southern Idlib countryside", place=named("Southern Idlib countryside", "SY", "Idlib"))
g.ent("قوات النظام", "ORG", 3, **SYRMIL)

t_may = g.time("منذ 28 أيار ( مايو ) الماضي", "2015-05-28", "day", "since")
t_4y = g.time("منذ اكثر من اربع سنوات", "2011", "year", "since")
t_night = g.time("بعد منتصف ليل أمس", "2015-08-04", "part_of_day", "at")
q70 = g.qty("70 مدنيا", 70, "people")
q31 = g.qty("31 شخصا على الاقل", 31, "people", "killed")
q2 = g.qty("طفلان", 2, "people", "killed")
q12 = g.qty("12 شخصا", 12, "people", "killed")
q23 = g.qty("23", 23, "people", "killed")
q60 = g.qty("اكثر من ستين شخصا", 60, "people", "wounded")
q70b = g.qty("70 شخصا", 70, "people")

AFPV = [("وكالة \" فرانس برس \"", 1, None, e_afp)]
s1 = g.stmt(("رامي عبدالرحمن", 1, None, e_rami1), ("قال", 1, "وقال مدير"), "assert",
            ("تحطمت طائرة حربية أثناء قصفها حيا في وسط مدينة أريحا", 1), via=AFPV, direct=True)
s2 = g.stmt(("رامي عبدالرحمن", 1, None, e_rami1), ("أوضح", 1), "assert",
            ("الطائرة كانت تحلق على ارتفاع منخفض عندما تعرضت لخلل تقني", 1), via=AFPV, direct=True)
s3 = g.stmt(("عبدالرحمن", 2, None, e_rami2), ("أشار", 1, "وأشار عبدالرحمن"), "assert",
            ("ارتفاع حصيلة القتلى الى \" 31 شخصا على الاقل بينهم طفلان", 1), via=AFPV)
s3b = g.stmt(("مصادر طبية وسكان الحي", 1, None, e_med), ("نقلا عن", 1), "assert",
             ("ارتفاع حصيلة القتلى الى \" 31 شخصا على الاقل بينهم طفلان", 1),
             via=AFPV + [("عبدالرحمن", 2, None, e_rami2)])
s4 = g.stmt(("عبدالرحمن", 2, None, e_rami2), ("مضيفا انه", 1), "assert",
            ("لم يتم التعرف الى هوية خمسة منهم", 1), via=AFPV, direct=True)
s5 = g.stmt(("لمرصد", 1, "حصيلة اولية", e_sohr2), ("افادت", 1), "assert",
            ("مقتل 12 شخصا من سكان الحي , ثم ارتفعت الى 23", 1))
s6 = g.stmt(("المرصد", 2, None, e_sohr3), ("وفق", 1, "مجهولا"), "assert",
            ("لا يزال مصير من كان على متن الطائرة الحربية مجهولا", 1))
s7 = g.stmt(("سكان محليين", 1, None, e_res), ("نقل", 1, "ونقل \" المرصد"), "assert",
            ("سقوط الطائرة قرب سوق للخضار تسبب ب - \" انفجار ضخم \" في المنطقة", 1),
            via=[("المرصد", 4, None, e_sohr5)])
s8 = g.stmt(("عبدالرحمن", 3, None, e_rami3), ("قال", 1, "وقال عبدالرحمن"), "assert",
            ("تحطم الطائرة \" تسبب باصابة اكثر من ستين شخصا بجروح", 1))
s9 = g.stmt(("نشطاء محليون", 1, None, e_act), ("بث", 1, "وبث نشطاء"), "assert",
            ("قائمة بأسماء 70 شخصا قتلوا أو جرحوا في التفجير", 1))

p_crash = g.prop("other", [("agent", None, "SYR")], ("سقوط", 1, "لدى"), place=e_ariha1)
p_raid = g.prop("airstrike", [("agent", None, "SYR"), ("target", e_opp1, "SYR.OPP")], ("قصفها", 1), place=e_ariha1)
p_cas = g.prop("casualties", [], ("ق تل وج رح", 1), place=e_ariha1, quantities=[q70, q31, q2, q12, q23, q60, q70b])
p_ctrl = g.prop("control", [("agent", e_opp2, "SYR.OPP")], ("تسيطر", 1, "والتي"), place=e_ariha2, time=t_may)
p_clash = g.prop("clash", [("agent", e_reg1, "SYR"), ("agent", e_oppf1, "SYR.OPP")], ("معارك", 1), place=e_idr)
p_ghab = g.prop("capture", [("agent", e_oppf2, "SYR.OPP")], ("استعادة", 1), place=e_ghab)
p_planes = g.prop("airstrike", [("agent", e_reg3, "SYR")], ("الطائرات الحربية", 1), time=t_4y)
p_down = g.prop("shootdown", [("agent", e_opp3, "SYR.OPP")], ("اسقاط", 1))
p_atmeh = g.prop("attack", [("agent", e_gun, None)], ("النار", 1, "واطلق"), place=e_atmeh, time=t_night)
p_atmeh_w = g.prop("casualties", [], ("جرحى", 1), place=e_atmeh, time=t_night)
p_ex1 = g.prop("casualties", [("agent", e_nus, "HTS")], ("أعدمت", 1), place=e_zaw)
p_ex2 = g.prop("casualties", [("agent", e_nus, "HTS")], ("إعدامها", 1), place=e_ks)

for s in ("author", s1, s2, s7, s8):
    g.claim(p_crash, s)
g.claim(p_raid, "author")
g.claim(p_raid, s1)
for s in ("author", s3, s3b, s5, s8, s9):
    g.claim(p_cas, s)
g.claim(p_ctrl, "author")
g.claim(p_clash, "author")
g.claim(p_ghab, "author", "affirm", "possible")
g.claim(p_planes, "author")
g.claim(p_down, "author")
g.claim(p_atmeh, "author")
g.claim(p_atmeh_w, "author")
g.claim(p_ex1, "author")
g.claim(p_ex2, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
