"""Gold analysis of R-425 article 2 (Al Jazeera Net, 2017-04-27): strikes "probably Israeli" on a
Hezbollah-run arms depot near Damascus airport; Sputnik (five raids), Reuters' intelligence source,
pro-regime sites, Al-Manar, opposition sources; Katz and Lieberman; an earlier Israeli strike in Quneitra.

Judgement calls:
- Body from the headline (login/font widgets before it left out); the photo caption and the date stamp
  after the headline stay inside. Some words are missing in the crawl (e.g. "المنار التابع", "يزور
  حاليا"); spans follow the text as it is.
- The article's own voice says the raid is "يرجح أنها إسرائيلية": author claim affirm/possible on the
  Israeli airstrike. (The caption says "الغارة الإسرائيلية" outright; I keep a single author claim.)
- Al-Manar "رجح" is an estimate: claim modality possible; its "no human losses" denies casualties.
- Katz "يتلاءم والسياسة الإسرائيلية" and "اعتراف ضمني": affirm/possible on the strike by Katz.
- Subheading «ليبرمان في : لن نعدل ...» is a Lieberman statement (cue ":").
- The Quneitra shelling five days earlier (3 soldiers killed) and the tank incursion "يوم أمس" are author
  claims on other dates: no contradiction with anything.
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
g = Gold(text, {"id": "R-425-2", "outlet": "الجزيرة نت", "published": "2017-04-27", "url": None, "title": None})
AIRPORT = dict(canonical="Damascus International Airport", place=named("Damascus International Airport", "SY", "Rif Dimashq"))
ISR = dict(ISRAEL, actor="ISR", party="ISR", role="government")
KATZ = dict(actor="ISR.GOV", party="ISR", role="government", canonical="Israel Katz")
LIEB = dict(actor="ISR.GOV", party="ISR", role="government", canonical="Avigdor Lieberman")
QUN = gov("Quneitra Governorate", "Quneitra")
e_ap1 = g.ent("مطار دمشق", "FAC", 1, **AIRPORT)
g.ent("الجزيرة", "ORG", 1, **media("ALJAZEERA", "Al Jazeera"))
e_hez1 = g.ent("حزب الله اللبناني", "ORG", **HEZ)
e_sput = g.ent("وكالة سبوتنيك الروسية", "ORG", **media("RUS.MED", "Sputnik", "RUS"))
e_iaf = g.ent("الطيران الإسرائيلي", "ORG", actor="ISR.MIL", party="ISR", role="military", canonical="Israeli Air Force")
e_intel = g.ent("مصدر استخباري", "PER", nominal=True)
e_reut = g.ent("رويترز", "ORG", 1, **media("REUTERS", "Reuters"))
e_prosites = g.ent("مواقع موالية للنظام السوري", "ORG", nominal=True, actor="SYR.MED", party="SYR", role="media", canonical="Pro-government media")
e_ap2 = g.ent("مطار دمشق الدولي", "FAC", **AIRPORT)
e_manar = g.ent("تلفزيون المنار", "ORG", **media("HEZBOLLAH.MED", "Al-Manar TV", "HEZBOLLAH"))
e_opp = g.ent("مصدران بالمعارضة", "PER", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group")
e_lieb1 = g.ent("ليبرمان", "PER", 1, **LIEB)
g.ent("إيران", "GPE", 1, **country(IRAN, "IRN"))
g.ent("حزب الله", "ORG", 2, **HEZ)
e_ch2 = g.ent("القناة الثانية في التلفزيون الإسرائيلي", "ORG", **media("ISR.MED", "Channel 2 (Israel)", "ISR"))
g.ent("وزير المواصلات وشؤون الاستخبارات", "PER", nominal=True, **KATZ)
e_katz1 = g.ent("يسرائيل كاتس", "PER", **KATZ)
e_ap3 = g.ent("مطار دمشق", "FAC", 3, **AIRPORT)
e_katz2 = g.ent("كاتس", "PER", 2, **KATZ)
e_hez3 = g.ent("حزب الله", "ORG", 3, **HEZ)
g.ent("الحدود اللبنانية", "LOC", canonical="Lebanon-Syria border", place=named("Lebanon-Syria border"))
e_imed = g.ent("وسائل الإعلام الإسرائيلية", "ORG", nominal=True, **media("ISR.MED", "Israeli media", "ISR"))
g.ent("وزير الدفاع", "PER", 1, nominal=True, **LIEB)
e_lieb2 = g.ent("أفيغدور ليبرمان", "PER", **LIEB)
g.ent("موسكو", "GPE", canonical="Moscow", place=named("Moscow", "RU"))
e_isr8 = g.ent("إسرائيل", "GPE", 1, **ISR)
e_hez4 = g.ent("حزب الله", "ORG", 4, **HEZ)
g.ent("إيران", "GPE", 2, **country(IRAN, "IRN"))
e_syr8 = g.ent("سوريا", "GPE", 1, **SYRIA)
e_idf = g.ent("الجيش الإسرائيلي", "ORG", 1, **ISRMIL)
e_regf = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
e_qun1 = g.ent("ريف القنيطرة", "GPE", 1, **QUN)
e_qun2 = g.ent("ريف القنيطرة", "GPE", 2, **QUN)

g.time("27 / 4 / 2017", "2017-04-27", "day", "at")
t_dawn = g.time("فجر اليوم", "2017-04-27", "part_of_day", "at")
g.time("حاليا", "2017-04-27", "day", "at", 1)
g.time("حاليا", "2017-04-27", "day", "at", 2)
t_5d = g.time("قبل خمسة أيام", "2017-04-22", "day", "at")
t_yest = g.time("يوم أمس", "2017-04-26", "day", "at")
q5 = g.qty("خمس غارات", 5, "strikes")
q3 = g.qty("ثلاثة جنود", 3, "people", "killed")

s_sput = g.stmt(("وكالة سبوتنيك الروسية", 1, None, e_sput), ("قالت", 1), "assert", ("الطيران الإسرائيلي استهدف المطار بخمس غارات", 1))
s_intel = g.stmt(("مصدر استخباري", 1, None, e_intel), ("قال", 1, "وقال مصدر"), "assert",
                 ("المستودع المستهدف يتعامل مع كميات كبيرة من الأسلحة والإمدادات التي ترسلها جوا بانتظام على متن طائرات تجارية وطائرات شحن عسكرية", 1),
                 via=[("رويترز", 1, None, e_reut)])
s_pro = g.stmt(("مواقع موالية للنظام السوري", 1, None, e_prosites), ("قالت", 1, "قد قالت"), "assert",
               ("انفجارات ضخمة وقعت بالقرب من مطار دمشق الدولي", 1))
s_man1 = g.stmt(("تلفزيون المنار", 1, None, e_manar), ("رجح", 1), "estimate",
                ("تكون الانفجارات ناتجة عن ضربة جوية إسرائيلية", 1))
s_man2 = g.stmt(("تلفزيون المنار", 1, None, e_manar), ("مضيفا أن", 1), "assert",
                ("الضربة \" خلفت خسائر مادية فقط ولا خسائر بشرية", 1))
s_opp = g.stmt(("مصدران بالمعارضة", 1, None, e_opp), ("قال", 1, "وقال مصدران"), "assert",
               ("الهجوم سبب حريقا وبدا أن اللهب كان يتصاعد من منطقة عسكرية مغلقة بالمجمع المترامي الأطراف", 1))
s_lh = g.stmt(("ليبرمان", 1, None, e_lieb1), (":", 1, "ليبرمان في"), "assert", ("لن نعدل عن سياستنا تجاه إيران وحزب الله", 1))
s_k1 = g.stmt(("يسرائيل كاتس", 1, None, e_katz1), ("نقلت", 1), "assert",
              ("ذلك يتلاءم والسياسة الإسرائيلية المتبعة", 1), via=[("القناة الثانية في التلفزيون الإسرائيلي", 1, None, e_ch2)])
s_k2 = g.stmt(("كاتس", 2, None, e_katz2), ("التأكيد على تعهد", 1), "promise",
              ("بشن ضربات جوية بين الحين والآخر في ضد مقاتلي حزب الله \" الذين ينقلون صواريخ أو أسلحة أخرى صوب الحدود اللبنانية \"", 1))
s_l2 = g.stmt(("أفيغدور ليبرمان", 1, None, e_lieb2), ("قوله", 1), "assert",
              ("إسرائيل لن تعدل عن سياستها لمنع تمدد حزب الله وإيران في سوريا", 1),
              via=[("وسائل الإعلام الإسرائيلية", 1, None, e_imed)], direct=True)

p_air = g.prop("airstrike", [("agent", e_iaf, "ISR"), ("target", e_hez1, "HEZBOLLAH")], ("غارات", 1), place=e_ap1, time=t_dawn, quantities=[q5])
p_expl = g.prop("other", [], ("انفجارات", 1), place=e_ap2, time=t_dawn)
p_cas = g.prop("casualties", [], ("خسائر بشرية", 1), place=e_ap2, time=t_dawn)
p_supply = g.prop("support", [("partner", e_hez1, "HEZBOLLAH")], ("ترسلها", 1), place=e_ap1)
p_future = g.prop("airstrike", [("agent", None, "ISR"), ("target", e_hez3, "HEZBOLLAH")], ("ضربات جوية", 1))
p_policy = g.prop("other", [("agent", e_isr8, "ISR"), ("target", e_hez4, "HEZBOLLAH"), ("target", None, "IRN")], ("لمنع", 1), place=e_syr8)
p_qun = g.prop("shelling", [("agent", e_idf, "ISR"), ("target", e_regf, "SYR")], ("قصف", 1, "وكان الجيش"), place=e_qun1, time=t_5d, quantities=[q3])
p_qcas = g.prop("casualties", [("agent", e_idf, "ISR"), ("target", e_regf, "SYR")], ("مقتل", 1), place=e_qun1, time=t_5d, quantities=[q3])
p_tanks = g.prop("advance", [("agent", None, "ISR")], ("توغلت", 1), place=e_qun2, time=t_yest)

g.claim(p_air, "author", "affirm", "possible")
g.claim(p_air, s_sput)
g.claim(p_air, s_man1, "affirm", "possible")
g.claim(p_air, s_opp)
g.claim(p_air, s_k1, "affirm", "possible")
g.claim(p_expl, s_pro)
g.claim(p_expl, "author")
g.claim(p_cas, s_man2, "deny")
g.claim(p_supply, s_intel)
g.claim(p_future, s_k2, "affirm", "planned")
g.claim(p_policy, s_lh, "affirm", "intended")
g.claim(p_policy, s_l2, "affirm", "intended")
g.claim(p_qun, "author")
g.claim(p_qcas, "author")
g.claim(p_tanks, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
