"""Gold analysis of V-534 article 1 (Al Arabiya Net, 2016-04-11): Syrian opposition broadcaster (Halab Today)
Mohammed al-Sharqat shot in Gaziantep; suspicion of ISIS or regime agents; earlier killings of Syrian
journalists in Turkey.

Judgement calls:
- Body is the whole article text (no headline in the crawl); footer left out.
- The gunman "من يعتقدون بأنه داعشي": the attack gets an ISIS-agent proposition with 'possible' claims
  (tweeters, author's "يعتقدون"), and a regime-agent one (tweeters: "أو أذرع النظام"), besides the attack
  with no agent that the author asserts.
- Halab Today "رددت ... بأنه نجا": a statement; its medium is its site and social accounts.
- Hurriyet "أوردت ... وفق ما نقلت عن محققين": two statements, Hurriyet's and the investigators' (via Hurriyet).
- Sadiq al-Mahmoudi spoke to ARA News: via ARA News. "من دون استبعاده لوجود أذرع خفية للنظام" is a
  'possible' claim of regime agents deployed in Turkey.
- "للنظام" (ل + النظام) quoted as "لنظام". "التنظيم " الداعشي " المتطرف" is one ISIS mention.
- "فاخر بإعلان مسؤوليته عن قتله" is an ISIS statement claiming the killing of Naji al-Jarf.
- The Sharqat's past fighting with the Abu Bakr battalion is a clash with the regime, author's voice.
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
g = Gold(text, {"id": "V-534-1", "outlet": "العربية نت", "published": "2016-04-11", "url": None, "title": None})
SHQ = dict(canonical="Mohammed Zahir al-Sharqat")
HALAB = media("SYR.OPP.MED", "Halab Today TV", "SYR.OPP")
ARB = media("ALARABIYA", "Al Arabiya")
GAZ = dict(canonical="Gaziantep", place=named("Gaziantep", "TR"))
URFA = dict(canonical="Sanliurfa", place=named("Sanliurfa", "TR"))
BAB = dict(canonical="Al-Bab", place=gn(174018, "Al Bāb", 36.37051, 37.5157, "SY", "Aleppo"))
e_s = [None] + [g.ent("الشرقاط", "PER", n, **SHQ) for n in range(1, 10)]
g.ent("شرقاط", "PER", 1, after="باسم", **SHQ)
e_gmp = g.ent("غازي مختار باشا", "LOC", canonical="Gazi Muhtar Pasa (Gaziantep)", place=named("Gazi Muhtar Pasa", "TR"))
g.ent("ريف حلب", "GPE", **gov("Aleppo Governorate", "Aleppo"))
g.ent("الباب", "GPE", 1, **BAB)
e_halab1 = g.ent("قناة \" حلب اليوم \" التلفزيونية المعارضة", "ORG", **HALAB)
g.ent("العربية . نت", "ORG", 1, **ARB)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_abubakr = g.ent("كتيبة أبو بكر", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Abu Bakr Battalion")
e_reg1 = g.ent("لنظام", "ORG", 1, after="المعارضة بالسلاح", **SYRGOV)
g.ent("halab Today Tv", "ORG", **HALAB)
g.ent("النظام", "ORG", 1, **SYRGOV)
e_isis2 = g.ent("داعش", "ORG", 1, **ISIS)
g.ent("الباب", "GPE", 2, **BAB)
e_dogan = g.ent("وكالة \" دوغان \"", "ORG", **media("TUR.MED", "Dogan News Agency", "TUR"))
g.ent("DHA", "ORG", **media("TUR.MED", "Dogan News Agency", "TUR"))
g.ent("العربية . نت", "ORG", 2, **ARB)
g.ent("الوكالة", "ORG", 1, nominal=True, **media("TUR.MED", "Dogan News Agency", "TUR"))
e_halab2 = g.ent("حلب اليوم", "ORG", 2, **HALAB)
e_tw = g.ent("معظم المغردين", "PER", nominal=True)
e_isis3 = g.ent("التنظيم \" الداعشي \" المتطرف", "ORG", **ISIS)
e_reg3 = g.ent("النظام", "ORG", 2, **SYRGOV)
e_mah = g.ent("صديق المحمودي", "PER", canonical="Sadiq al-Mahmoudi")
e_ara = g.ent("ARA News", "ORG", **media("ARANEWS", "ARA News"))
e_nusra = g.ent("جبهة النصرة", "ORG", actor="HTS", party="HTS", role="armed_group", canonical="Jabhat al-Nusra")
e_ant = g.ent("عنتاب", "GPE", 1, **GAZ)
g.ent("أورفا", "GPE", 1, **URFA)
e_reg4 = g.ent("لنظام السوري", "ORG", 1, **SYRGOV)
e_hur = g.ent("صحيفة \" حرييت \" التركية", "ORG", **media("TUR.MED", "Hurriyet", "TUR"))
g.ent("الإعلامي السوري", "PER", nominal=True, **SHQ)
g.ent("سوريا", "GPE", 2, **SYRIA)
e_inv = g.ent("محققين", "PER", nominal=True, actor="TUR.GOV", party="TUR", role="government", canonical="Turkish investigators")
e_tr6 = g.ent("تركيا", "GPE", 1, **country(TURKEY, "TUR"))
e_isis6 = g.ent("داعش", "ORG", 2, **ISIS)
e_urfa6 = g.ent("أورفا", "GPE", 2, **URFA)
e_ibr = g.ent("إبراهيم عبدالقادر", "PER", canonical="Ibrahim Abdel Qader")
e_far = g.ent("فارس حمادي", "PER", canonical="Fares Hammadi")
g.ent("الرقة تذبح بصمت", "ORG", canonical="Raqqa is Being Slaughtered Silently")
g.ent("التنظيم \" الداعشي \"", "ORG", 2, **ISIS)
g.ent("محافظة الرقة", "GPE", **gov("Raqqa Governorate", "Raqqa"))
e_naji = g.ent("ناجي الجرف", "PER", canonical="Naji al-Jarf")
e_gaz6 = g.ent("غازي عنتاب", "GPE", **GAZ)
e_isis6b = g.ent("التنظيم الإرهابي", "ORG", nominal=True, **ISIS)

t_36 = g.time("قبل 36 سنة", "1980", "year", "at")
t_10m = g.time("منذ 10 أشهر", "2015-06", "month", "since")
t_past = g.time("في الماضي", None, "vague", "before")
t_yest = g.time("أمس", "2016-04-10", "day", "at")
t_today = g.time("اليوم", "2016-04-11", "day", "at", 1, after="بطبعتها الإنجليزية")
t_oct = g.time("أكتوبر الماضي", "2015-10", "month", "at")
t_2m = g.time("بعد شهرين", "2015-12", "month", "after")
q96 = g.qty("96 كيلومترا", 96, "km")

s_halab = g.stmt(("قناة \" حلب اليوم \" التلفزيونية المعارضة", 1, None, e_halab1), ("رددت", 1), "assert",
                 ("نجا وتتم معالجته في قسم للعناية الفائقة بأحد المستشفيات", 1),
                 medium=("بموقعها , كما في حسابات عدة لها بمواقع التواصل", 1))
s_hash = g.stmt(("حلب اليوم", 2, None, e_halab2), ("طلبت", 1), "demand",
                ("من الراغبين بالتعرف إلى الشرقاط , أو المالكين لمعلومات عن استهدافه , الاطلاع على ما يرد في \" هاشتاغ \" أطلقته باسم شرقاط في حسابها \" التويتري \"", 1))
s_tw = g.stmt(("معظم المغردين", 1, None, e_tw), ("يتهمون", 1), "assert",
              ("التنظيم \" الداعشي \" المتطرف بمحاولة الاغتيال , أو أذرع النظام", 1))
s_mah = g.stmt(("صديق المحمودي", 1, None, e_mah), ("تحدث", 1, "حين"), "assert",
               ("وجود \" خلايا داعشية نائمة \" ومثلها لتنظيم \" جبهة النصرة \" ناشطة في المدن التركية \" خاصة عنتاب وأورفا \" من دون استبعاده لوجود \" أذرع خفية \" للنظام السوري الأمني , مهمتها مراقبة نشطاء الثورة وبالتحديد الإعلاميين", 1),
               via=[("ARA News", 1, None, e_ara)])
s_mah2 = g.stmt(("صديق المحمودي", 1, None, e_mah), ("مضيفا أن", 1), "assert",
                ("لا يأتي من عبث , وتم التخطيط له , فليس بالسهولة أن تطلق النار في وسط مدينة يقطنها أكثر من ميلوني شخص", 1),
                via=[("ARA News", 1, None, e_ara)], direct=True)
HURC = "محاول قتل الشرقاط كان ملثما , وأن الإعلامي السوري , المتزوج والأب لأولاد \" كان يحمل معه خرائط لبعض المواقع بسوريا حين استهدافه"
s_hur = g.stmt(("صحيفة \" حرييت \" التركية", 1, None, e_hur), ("أوردت", 1), "assert", (HURC, 1))
s_inv = g.stmt(("محققين", 1, None, e_inv), ("نقلت", 1, "وفق ما"), "assert", (HURC, 1),
               via=[("صحيفة \" حرييت \" التركية", 1, None, e_hur)])
s_isis = g.stmt(("التنظيم الإرهابي", 1, None, e_isis6b), ("فاخر بإعلان مسؤوليته", 1), "assert", ("مسؤوليته عن قتله", 1))

p_att = g.prop("attack", [("target", e_s[1], None)], ("استهدفه", 1), place=e_gmp)
p_att_isis = g.prop("attack", [("agent", e_isis3, "ISIS"), ("target", e_s[1], None)], ("بمحاولة الاغتيال", 1), place=e_gmp)
p_att_reg = g.prop("attack", [("agent", e_reg3, "SYR"), ("target", e_s[1], None)], ("أذرع النظام", 1), place=e_gmp)
p_wound = g.prop("casualties", [("target", e_s[1], None)], ("نجا", 1), place=e_gmp)
p_fight = g.prop("clash", [("agent", e_abubakr, "SYR.OPP"), ("target", e_reg1, "SYR")], ("قتاله", 1))
p_cells = g.prop("deployment", [("agent", None, "ISIS"), ("agent", e_nusra, "HTS")], ("خلايا", 1), place=e_ant)
p_arms = g.prop("deployment", [("agent", e_reg4, "SYR")], ("أذرع خفية", 1), place=e_ant)
p_urfa = g.prop("attack", [("agent", e_isis6, "ISIS"), ("target", e_ibr, None), ("target", e_far, None)], ("قتل", 1, "ففي أكتوبر"), place=e_urfa6, time=t_oct)
p_naji = g.prop("attack", [("agent", e_isis6b, "ISIS"), ("target", e_naji, None)], ("اغتيال", 1, "بعد شهرين"), place=e_gaz6, time=t_2m)

g.claim(p_att, "author")
g.claim(p_att, s_mah2)
g.claim(p_att, s_hur)
g.claim(p_att, s_inv)
g.claim(p_att_isis, "author", "affirm", "possible")
g.claim(p_att_isis, s_tw, "affirm", "possible")
g.claim(p_att_reg, s_tw, "affirm", "possible")
g.claim(p_wound, "author")
g.claim(p_wound, s_halab)
g.claim(p_fight, "author")
g.claim(p_cells, s_mah)
g.claim(p_arms, s_mah, "affirm", "possible")
g.claim(p_urfa, "author")
g.claim(p_naji, "author")
g.claim(p_naji, s_isis)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
