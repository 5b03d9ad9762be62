"""Gold analysis of R-83 article 1 (Al-Manar, about 2017-10-30, estimated): Iran's chief of staff Mohammad
Bagheri: Iran will leave the nuclear deal if sanctions return; enemies created ISIS and Nusra; the Kurdish
secession referendum in northern Iraq was quelled.

Judgement calls:
- Regional war politics (ISIS, Nusra, the Kurdish referendum): annotated, not skipped.
- published: the page header is the crawl date (21 Jan 2018). The speech was "الاثنين" at the passive
  defence gathering, after the Kurdish referendum was put down; Monday 2017-10-30 (start of Iran's
  passive defence week) is estimated.
- Body from the headline (clock/prayer-times widget left out).
- Leaving the nuclear deal is 'other' (not territorial withdrawal), conditional: modality possible.
- "أكد اللواء باقري ضرورة الدفاع الشامل" is a demand (أكد ضرورة ~ شدد على ضرورة).
- The title "رئيس الأركان العامة للقوات المسلحة الايرانية" is a nominal PER (the nested ORG not listed).
- "قوات التعبئة الشعبية العراقية ( الحشد الشعبي )": two mentions of the PMF.
- Created ISIS: 'support' by unnamed "enemies" to ISIS and Nusra. No contradictions.
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
g = Gold(text, {"id": "R-83-1", "outlet": "المنار", "published": "2017-10-30", "url": "http://www.almanar.com.lb/2831068", "title": None})
BAG = dict(actor="IRN.MIL", party="IRN", role="military", canonical="Mohammad Bagheri")
IRN = country(IRAN, "IRN")
PMF = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
e_b1 = g.ent("اللواء باقري", "PER", 1, **BAG)
e_irn1 = g.ent("ايران", "GPE", 1, **IRN)
e_cos1 = g.ent("رئيس الأركان العامة للقوات المسلحة الايرانية", "PER", 1, nominal=True, **BAG)
e_b2 = g.ent("محمد باقري", "PER", **BAG)
e_irn2 = g.ent("ايران", "GPE", 2, **IRN)
g.ent("منظمة الدفاع المدني", "ORG", actor="IRN.GOV", party="IRN", role="government", canonical="Passive Defense Organization (Iran)")
g.ent("مؤسسة الاذاعة والتلفزيون الايرانية", "ORG", **media("IRN.MED", "IRIB", "IRN"))
e_b3 = g.ent("اللواء باقري", "PER", 2, **BAG)
e_cos2 = g.ent("رئيس الأركان العامة للقوات المسلحة الايرانية", "PER", 2, nominal=True, **BAG)
g.ent("ايران", "GPE", 3, **IRN)
e_b4 = g.ent("باقري", "PER", 1, after="قال باقري", **BAG)
e_isis1 = g.ent("داعش", "ORG", 1, **ISIS)
e_nusra = g.ent("جبهة النصرة", "ORG", actor="HTS", party="HTS", role="armed_group", canonical="Jabhat al-Nusra")
e_b5 = g.ent("باقري", "PER", 1, after="واضاف باقري", **BAG)
g.ent("داعش", "ORG", 2, **ISIS)
g.ent("محور المقاومة", "ORG", actor="IRN", party="IRN", role="other", canonical="Axis of Resistance")
e_b6 = g.ent("اللواء باقري", "PER", 3, **BAG)
e_niraq = g.ent("شمال العراق", "LOC", canonical="Iraqi Kurdistan", place=named("Iraqi Kurdistan", "IQ"))
e_marja = g.ent("المرجعية الموقرة", "ORG", canonical="Shia religious authority (Marja'iyya, Najaf)")
e_igov = g.ent("الحكومة", "ORG", 1, nominal=True, actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi government")
e_pmf = g.ent("قوات التعبئة الشعبية العراقية", "ORG", **PMF)
g.ent("الحشد الشعبي", "ORG", **PMF)

t_mon = g.time("الاثنين", "2017-10-30", "day", "at")
t_war = g.time("1980 - 1988", "1980/1988", "year", "at")
t_years = g.time("اعواما طويلة", None, "vague", "before")

s_head = g.stmt(("اللواء باقري", 1, None, e_b1), (":", 1), "assert",
                ("انسحاب ايران من الاتفاق النووي حتمي لو عاد الحظر تحت أي مسمى", 1))
s_deal = g.stmt(("محمد باقري", 1, None, e_b2), ("أكد", 1), "confirm",
                ("انسحاب ايران من الاتفاق النووي سيكون حتميا لو عاد الحظر تحت أي مسمى آخر", 1))
s_def = g.stmt(("اللواء باقري", 2, None, e_b3), ("أكد", 1, "المؤتمرات"), "demand",
               ("الدفاع الشامل مما يؤكد ضرورة الاهتمام بمسالة الدفاع المدني", 1),
               medium=("كلمة له خلال الملتقى الوطني لمنظمة الدفاع المدني", 1))
s_def2 = g.stmt(("اللواء باقري", 2, None, e_b3), ("اضاف", 1, "الدفاع المدني واضاف"), "assert",
                ("لا ينبغي ان ن باغ ت مثل مرحلة الدفاع المقدس ( 1980 - 1988 ) وعلينا اتخاذ القرار الصائب امام التهديدات في الوقت المناسب في ضوء الاداء والوعي القائم في البلاد", 1))
s_role = g.stmt(("رئيس الأركان العامة للقوات المسلحة الايرانية", 2, None, e_cos2), ("اكد", 1, "البلاد ."), "confirm",
                ("لا يمكن تجاهل دور ايران في المنطقة", 1), direct=True)
s_role2 = g.stmt(("رئيس الأركان العامة للقوات المسلحة الايرانية", 2, None, e_cos2), ("قائلا إن", 1), "assert",
                 ("الفضل في ذلك \" يعود لدماء الشهداء ووجود القائد الفذ والشعب الأبي", 1))
s_en = g.stmt(("باقري", 1, "قال باقري", e_b4), ("قال", 1, "التكفيري ,"), "assert",
              ("في الحقيقة إن الأعداء عملوا اعواما طويلة لتشويه أفكار قسم من الشباب وفكروا في انتهاج اساليب لإثارة الفوضى في المنطقة حتى اوجدوا داعش وجبهة النصرة", 1), direct=True)
s_isis = g.stmt(("باقري", 1, "واضاف باقري", e_b5), ("اضاف", 1, "واضاف باقري"), "assert",
                ("ايجاد \" داعش \" ليس قضية بسيطة اذ انهم يريدون تشويه صورة الاسلام وتدمير قدرات وامكانيات الدول الاسلامية ويسعون للقضاء على محور المقاومة وللاسف فقد حدث ذلك في حالة او حالتين الا اننا تمكنا من التصدي لذلك", 1), direct=True)
s_ref = g.stmt(("اللواء باقري", 3, None, e_b6), ("قال", 1, "وقال اللواء"), "assert",
               ("وقبل ان تنتهي هذه المشكلة اطلقوا قضية تقسيم الدول الاسلامية ووضعوا في جدول اعمالهم الاستفتاء لانفصال شمال العراق , لكننا نشكر الباري تعالى مرة اخرى اذ لم تسمح المرجعية الموقرة والحكومة وقوات التعبئة الشعبية العراقية ( الحشد الشعبي ) لنمو هذه المشكلة , إن الأعداء لا يريدون لهذه المنطقة ان ترى الاستقرار الا انه تم اخماد هذه المؤامرة في المهد ايضا", 1), direct=True)

p_deal = g.prop("other", [("agent", e_irn1, "IRN")], ("انسحاب", 1))
p_create = g.prop("support", [("agent", None, None), ("partner", e_isis1, "ISIS"), ("partner", e_nusra, "HTS")], ("اوجدوا", 1), time=t_years)
p_counter = g.prop("other", [("agent", None, "IRN")], ("التصدي", 1))
p_ref = g.prop("other", [], ("الاستفتاء", 1), place=e_niraq)
p_quell = g.prop("other", [("agent", e_igov, "IRQ"), ("agent", e_pmf, "IRQ.PGM")], ("اخماد", 1), place=e_niraq)
g.claim(p_deal, s_head, "affirm", "possible")
g.claim(p_deal, s_deal, "affirm", "possible")
g.claim(p_create, s_en)
g.claim(p_create, s_isis)
g.claim(p_counter, s_isis)
g.claim(p_ref, s_ref)
g.claim(p_quell, s_ref)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
