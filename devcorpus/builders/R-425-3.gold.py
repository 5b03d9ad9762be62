"""Gold analysis of R-425 article 3 (Alhurra, 2017-04-27): a large explosion near Damascus airport at dawn
on Thursday; a Syrian military source blames Israeli missiles, Reuters' sources speak of strikes on a
Hezbollah/Iran arms depot; Israel's Katz neither confirms nor denies; the Kremlin calls for restraint.

Judgement calls:
- published: the Damascus airport strike was Thursday 2017-04-27; the article is from that day.
- Body from the second headline copy (menus left out); the YouTube video line stays inside.
- The Syrian source's version (missiles fired from inside Israel: shelling) and Reuters' intelligence
  source (an Israeli air raid) are kept as two propositions of different type; the opposition sources
  ("unclear whether missile or air strike") get 'possible' claims on both. Not a contradiction: the
  sources disagree on the means, and EVENTS.md compares same-type propositions.
- "لم يؤكد ... كاتس وقوع الغارة" is recorded as a statement (stance assert) with no claim; his
  "هذا الحادث منسجم تماما مع هذه السياسة" is an affirm/possible claim on the Israeli strike.
- "رفض الجيش الإسرائيلي التعليق" is a refusal, not a reported speech act: no statement.
- SOHR's "الانفجار لم يحدث داخل المطار نفسه" is a denied 'other' proposition (explosion inside the
  airport); I do not pair it with the opposition's "أصابت مجمع المطار" (the complex is wider than the
  airport proper).
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
g = Gold(text, {"id": "R-425-3", "outlet": "الحرة", "published": "2017-04-27", "url": "https://www.alhurra.com/a/Damascus-aeroport-explosion/359992.html", "title": None})
AIRPORT = dict(canonical="Damascus International Airport", place=named("Damascus International Airport", "SY", "Rif Dimashq"))
ISR = dict(ISRAEL, actor="ISR", party="ISR", role="government")
REUT = media("REUTERS", "Reuters")
KATZ = dict(actor="ISR.GOV", party="ISR", role="government", canonical="Israel Katz")
SRC = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian military source")
e_ap0 = g.ent("مطار دمشق", "FAC", 1, **AIRPORT)
e_ap1 = g.ent("مطار دمشق الدولي", "FAC", 1, **AIRPORT)
e_src1 = g.ent("مصدر عسكري سوري", "PER", 1, nominal=True, **SRC)
e_isr1 = g.ent("إسرائيل", "GPE", 1, **ISR)
e_sohr = g.ent("المرصد السوري لحقوق الإنسان", "ORG", canonical="Syrian Observatory for Human Rights")
e_rami = g.ent("رامي عبد الرحمن", "PER", canonical="Rami Abdel Rahman")
g.ent("دمشق", "GPE", 3, **DAMASCUS)
e_rami2 = g.ent("عبد الرحمن", "PER", 1, after="وأضاف", canonical="Rami Abdel Rahman")
e_src4 = g.ent("مصدر عسكري سوري", "PER", 2, nominal=True, **SRC)
e_sana = g.ent("وكالة سانا السورية الرسمية", "ORG", **media("SYR.MED", "SANA", "SYR"))
e_ap4 = g.ent("مطار دمشق الدولي", "FAC", 2, **AIRPORT)
e_isr4 = g.ent("إسرائيل", "GPE", 2, **ISR)
e_reut1 = g.ent("وكالة رويترز", "ORG", 1, **REUT)
e_intel = g.ent("مصدر استخباراتي إقليمي", "PER", nominal=True)
e_hez1 = g.ent("حزب الله", "ORG", 1, **HEZ)
e_irn1 = g.ent("إيران", "GPE", 1, **country(IRAN, "IRN"))
g.ent("سورية", "GPE", 1, **SYRIA)
g.ent("يوتيوب", "ORG", canonical="YouTube")
e_radio = g.ent("إذاعة الجيش الإسرائيلي", "ORG", **media("ISR.MED", "Army Radio (Galei Tzahal)", "ISR"))
g.ent("وزير الاستخبارات الإسرائيلي", "PER", nominal=True, **KATZ)
e_katz1 = g.ent("يسرائيل كاتس", "PER", **KATZ)
g.ent("الجيش الإسرائيلي", "ORG", 2, **ISRMIL)
e_katz2 = g.ent("كاتس", "PER", 2, **KATZ)
g.ent("إيران", "GPE", 2, **country(IRAN, "IRN"))
g.ent("سورية", "GPE", 2, **SYRIA)
g.ent("حزب الله", "ORG", 2, **HEZ)
g.ent("لبنان", "GPE", 1, **LEBANON)
g.ent("حزب الله", "ORG", 3, **HEZ)
g.ent("روسيا", "GPE", 1, **country(RUSSIA, "RUS"))
g.ent("الكرملين", "ORG", **RUSGOV)
e_peskov = g.ent("ديمتري بيسكوف", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Peskov")
g.ent("سورية", "GPE", 3, **SYRIA)
e_reut2 = g.ent("وكالة رويترز", "ORG", 2, **REUT)
e_opp = g.ent("مصدرين كبيرين في المعارضة السورية المسلحة", "PER", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition sources")
g.ent("دمشق", "GPE", 5, **DAMASCUS)
e_ap13 = g.ent("مطار دمشق", "FAC", 4, **AIRPORT)
e_irnf = g.ent("قوات تدعمها إيران", "ORG", nominal=True, actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iran-backed forces")
g.ent("مراقبين تابعين لهما", "PER", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group")
g.ent("المعارضة المسلحة", "ORG", 1, after="حيث تتمركز", **OPP)
e_teh = g.ent("طهران", "GPE", canonical="Tehran", actor="IRN", party="IRN", role="government", place=named("Tehran", "IR"))
e_groups = g.ent("جماعات مسلحة تدعمها", "ORG", nominal=True, actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iran-backed militias")
g.ent("الجيش السوري", "ORG", **SYRMIL)
e_two = g.ent("المصدران", "PER", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group")

t_morn = g.time("في وقت مبكر من صباح الخميس", "2017-04-27", "part_of_day", "at")
t_dawn = g.time("فجر الخميس", "2017-04-27", "part_of_day", "at")
t_thu = g.time("الخميس", "2017-04-27", "day", "at", 3)
t_f1 = g.time("فجرا", "2017-04-27", "part_of_day", "at", 1)
t_f2 = g.time("فجرا", "2017-04-27", "part_of_day", "at", 2)
q25 = g.qty("25 كلم", 25, "km")
q5 = g.qty("خمس ضربات", 5, "strikes")

s_acc = g.stmt(("مصدر عسكري سوري", 1, None, e_src1), ("اتهم", 1), "assert", ("إسرائيل بقصف موقع عسكري جنوب غرب المطار", 1))
s_r1 = g.stmt(("رامي عبد الرحمن", 1, None, e_rami), ("قال", 1, "وقال مدير"), "assert", ("الانفجار ضخم وسمع صداه في دمشق", 1), direct=True)
s_r2 = g.stmt(("رامي عبد الرحمن", 1, None, e_rami), ("مضيفا أن", 1), "assert", ("النيران شوهدت في المكان", 1), direct=True)
s_r3 = g.stmt(("عبد الرحمن", 1, "وأضاف", e_rami2), ("أضاف", 1, "وأضاف عبد"), "assert", ("تأكد من أن الانفجار لم يحدث داخل المطار نفسه", 1))
s_sana = g.stmt(("مصدر عسكري سوري", 2, None, e_src4), ("أفاد", 1), "assert",
                ("تعرض أحد المواقع العسكرية جنوب غرب مطار دمشق الدولي فجر الخميس لما وصفه ب - \" عدوان إسرائيلي \" بعدة صواريخ أطلقت من داخل إسرائيل \" ما أدى إلى حدوث انفجارات في المكان نتج عنها بعض الخسائر المادية", 1),
                via=[("وكالة سانا السورية الرسمية", 1, None, e_sana)])
s_intel = g.stmt(("مصدر استخباراتي إقليمي", 1, None, e_intel), ("أشارت", 1), "assert",
                 ("الانفجارات ناجمة عن غارة إسرائيلية على مستودع سلاح تابع لحزب الله وتستخدمه إيران لإمداد حلفائها في سورية بالسلاح", 1),
                 via=[("وكالة رويترز", 1, None, e_reut1)])
s_k0 = g.stmt(("يسرائيل كاتس", 1, None, e_katz1), ("لم يؤكد", 1), "assert", ("وقوع الغارة", 1),
              medium=("إذاعة الجيش الإسرائيلي", 1))
s_k1 = g.stmt(("كاتس", 2, None, e_katz2), ("قال", 1, "لكن كاتس"), "assert",
              ("نعمل على تفادي نقل أسلحة متطورة من إيران عبر سورية إلى حزب الله في لبنان", 1), direct=True)
s_k2 = g.stmt(("كاتس", 2, None, e_katz2), ("تابع", 1, "وتابع \""), "assert",
              ("عندما نتبلغ معلومات خطيرة حول مشروع نقل أسلحة إلى حزب الله , سنتدخل .\nهذا الحادث منسجم تماما مع هذه السياسة", 1), direct=True)
s_pes = g.stmt(("ديمتري بيسكوف", 1, None, e_peskov), ("دعت", 1), "demand",
               ("كل الدول إلى \" ضبط النفس لتجنب تصاعد التوتر في منطقة مضطربة أساسا \" إلى جانب \" احترام سيادة سورية \"", 1))
s_o1 = g.stmt(("مصدرين كبيرين في المعارضة السورية المسلحة", 1, None, e_opp), ("نقلت", 1, "وكانت وكالة رويترز"), "assert",
              ("عدة ضربات أصابت فجرا مستودعا للذخيرة قرب مطار دمشق تستخدمه قوات تدعمها إيران", 1),
              via=[("وكالة رويترز", 2, None, e_reut2)])
s_o2 = g.stmt(("مصدرين كبيرين في المعارضة السورية المسلحة", 1, None, e_opp), ("أضافا", 1), "assert",
              ("مراقبين تابعين لهما يعملون في الضواحي الريفية الشرقية للعاصمة , حيث تتمركز المعارضة المسلحة , رصدوا خمس ضربات على الأقل أصابت مجمع المطار فجرا", 1),
              via=[("وكالة رويترز", 2, None, e_reut2)])
s_o3 = g.stmt(("مصدرين كبيرين في المعارضة السورية المسلحة", 1, None, e_opp), ("قالا", 1), "assert",
              ("الهجوم سبب حريقا وإنه بدا أن اللهب كان يتصاعد من منطقة عسكرية مغلقة بالمجمع المترامي الأطراف الذي تستخدمه طهران , كما قالا , لتوريد السلاح جوا لجماعات مسلحة تدعمها وتقاتل إلى جانب الجيش السوري", 1),
              via=[("وكالة رويترز", 2, None, e_reut2)])
s_o4 = g.stmt(("المصدران", 1, None, e_two), ("ذكر", 1, "وذكر المصدران"), "assert",
              ("من غير الواضح ما إذا كان الهجوم ضربة صاروخية أو ضربة جوية", 1), via=[("وكالة رويترز", 2, None, e_reut2)])

p_expl = g.prop("other", [], ("انفجار", 1), place=e_ap0, time=t_morn)
p_inside = g.prop("other", [], ("يحدث", 1, "الانفجار لم"), place=e_ap1, time=t_morn)
p_shell = g.prop("shelling", [("agent", e_isr1, "ISR")], ("بقصف", 1), place=e_ap1, time=t_dawn)
p_air = g.prop("airstrike", [("agent", None, "ISR"), ("target", e_hez1, "HEZBOLLAH")], ("غارة", 1, "ناجمة عن"), place=e_ap13, time=t_f1, quantities=[q5])
p_supply = g.prop("support", [("agent", e_irn1, "IRN"), ("partner", e_groups, "IRN")], ("لإمداد", 1), place=e_ap13)

g.claim(p_expl, "author")
g.claim(p_expl, s_r1)
g.claim(p_inside, s_r3, "deny")
g.claim(p_shell, s_acc)
g.claim(p_shell, s_sana)
g.claim(p_shell, s_o4, "affirm", "possible")
g.claim(p_air, s_intel)
g.claim(p_air, s_o1)
g.claim(p_air, s_o2)
g.claim(p_air, s_o3)
g.claim(p_air, s_o4, "affirm", "possible")
g.claim(p_air, s_k2, "affirm", "possible")
g.claim(p_supply, s_intel)
g.claim(p_supply, s_o3)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
