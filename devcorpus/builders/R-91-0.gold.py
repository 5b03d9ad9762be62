"""Gold analysis of R-91 article 0 (Al-Arab, London, about 2017-12-11, estimated): the SDF and the Iraqi army
set up a joint coordination centre for the border near Deir ez-Zor; experts see a US initiative and Russian
acquiescence; the SDF's first admission of Russian support; Iraq declares the end of the war on ISIS.

Judgement calls:
- published: the header shows the crawl date (21 Jan 2018). The SDF-Iraqi meeting and Iraq's declaration
  were on Sunday, Iraq's last border areas taken "السبت الماضي" (9 Dec 2017), the SDF's victory "الأسبوع
  الماضي" (3 Dec): estimated Monday 2017-12-11; الأحد = 2017-12-10.
- Body from the second headline copy with its sub-headline; the section heading "ضمان أمن الحدود" and
  the dateline "دمشق -" stay inside.
- "فواشنطن تدعم كلا الجانبين ..." follows the experts' estimate without a cue: author voice.
- "وكانت تلك المرة الأولى التي تعلن فيها عن وجود تعاون مع موسكو ... حيث سبق وأن نفت قبل أشهر هذا الأمر":
  an SDF denial (source not repeated; quoted as "نفت") of Russian support in the Deir ez-Zor campaign,
  against the SDF's new statement crediting Russian-American support. The article itself presents this
  as a reversal, and the denial "months ago" falls within the campaign (from September 2017), so it is
  recorded as an intra_party (SDF) negation.
- "وذكرت القوات" / "البيان" are the SDF (source texts "القوات", "البيان").
- "قادة قوات سوريا الديمقراطية" / "قادة الجيش العراقي": only the organisations are listed.
- "فالدولتان تعتبران ..." (Turkey and Iran) is recorded as a statement of their view.
- Iraqi Peshmerga get party IRQ.KRG; the Iraqi army and police IRQ.
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
g = Gold(text, {"id": "R-91-0", "outlet": "العرب", "published": "2017-12-11", "url": None, "title": None})
IQA = dict(actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi Army")
DZG = gov("Deir ez-Zor Governorate", "Deir ez-Zor")
IRQ_P = dict(IRAQ, actor="IRQ", party="IRQ", role="government")
USAG = dict(USA_P, actor="USA", party="USA", role="government")
SDFS = "قوات سوريا الديمقراطية"
EUPH = dict(canonical="Euphrates", place=named("Euphrates River"))
def A(s, typ, after, **kw):
    return g.ent(s, typ, 1, after=after, **kw)
e_sdf = {n: g.ent(SDFS, "ORG", n, **SDF) for n in (1, 2, 3, 4, 5, 6, 7, 9, 10)}
e_iqa = {n: g.ent("الجيش العراقي", "ORG", n, **IQA) for n in (1, 2, 3, 4, 5, 6)}
g.ent("الولايات المتحدة", "GPE", 1, **USAG)
g.ent("الطرف العراقي", "ORG", nominal=True, **IQA)
e_dz1 = g.ent("دير الزور", "GPE", 1, after="المتاخمة", **DZG)
g.ent("دمشق", "GPE", 1, **DAMASCUS)
g.ent("الولايات المتحدة", "GPE", 2, **USAG)
e_isis1 = g.ent("تنظيم الدولة الإسلامية", "ORG", 1, **ISIS)
g.ent("وحدات حماية الشعب الكردي", "ORG", actor="SDF.YPG", party="SDF", role="armed_group", canonical="People's Protection Units (YPG)")
e_bayan = None
A("العراق", "GPE", "حماية أمن الحدود بين", **IRQ_P)
A("سوريا", "GPE", "حماية أمن الحدود بين العراق و", **SYRIA)
e_dz2 = g.ent("دير الزور", "GPE", 2, **DZG)
g.ent("داعش", "ORG", 1, **ISIS)
e_exp = g.ent("خبراء", "PER", 1, nominal=True)
e_wash = g.ent("واشنطن", "GPE", canonical="Washington", actor="USA", party="USA", role="government", place=named("Washington, D.C.", "US"))
g.ent("داعش", "ORG", 2, **ISIS)
e_irm = g.ent("الميليشيات الإيرانية", "ORG", actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iran-backed militias")
A("سوريا", "GPE", "بالمنطقة الحدودية بين", **SYRIA)
A("العراق", "GPE", "بالمنطقة الحدودية بين سوريا و", **IRQ_P)
e_these = g.ent("هؤلاء", "PER", 1, after="ويشير", nominal=True)
e_rus1 = g.ent("روسيا", "GPE", 1, **country(RUSSIA, "RUS"))
g.ent("إيران", "GPE", 1, **country(IRAN, "IRN"))
A("سوريا", "GPE", "حليفتها إيران في", **SYRIA)
e_eeuph = g.ent("شرق الفرات", "LOC", canonical="East of the Euphrates", place=named("East of the Euphrates", "SY"))
e_isis3 = g.ent("تنظيم داعش", "ORG", 1, **ISIS)
e_isis4 = g.ent("تنظيم الدولة الإسلامية", "ORG", 2, **ISIS)
e_dz3 = g.ent("محافظة دير الزور", "GPE", **DZG)
A("العراق", "GPE", "على الحدود مع", **IRQ_P)
g.ent("نهر الفرات", "LOC", 1, **EUPH)
e_q = g.ent("القوات", "ORG", 1, after="وذكرت", nominal=True, **SDF)
e_mos = g.ent("موسكو", "GPE", canonical="Moscow", actor="RUS", party="RUS", role="government", place=named("Moscow", "RU"))
e_sdf8 = g.ent("تحالف قوات سوريا الديمقراطية", "ORG", 1, **SDF)
e_coal = g.ent("التحالف الذي تقوده الولايات المتحدة", "ORG", **COAL)
g.ent("تنظيم الدولة الإسلامية", "ORG", 3, **ISIS)
e_raqqa = g.ent("محافظة الرقة", "GPE", **gov("Raqqa Governorate", "Raqqa"))
g.ent("تنظيم داعش", "ORG", 2, **ISIS)
g.ent("دير الزور", "GPE", 4, **DZG)
e_sgf = g.ent("قوات الحكومة السورية", "ORG", **SYRMIL)
e_irn_allies = g.ent("حلفاؤها الإيرانيون", "ORG", nominal=True, actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iranian allies")
e_raf = g.ent("القوة الجوية الروسية", "ORG", **RUSMIL)
e_dz5 = g.ent("دير الزور", "GPE", 5, **DZG)
g.ent("نهر الفرات", "LOC", 2, **EUPH)
e_rus2 = g.ent("روسيا", "GPE", 2, **country(RUSSIA, "RUS"))
e_us4 = g.ent("الولايات المتحدة", "GPE", 4, **USAG)
g.ent("داعش", "ORG", 5, **ISIS)
g.ent("دير الزور", "GPE", 6, **DZG)
e_iqf = g.ent("القوات العراقية", "ORG", 1, **IQA)
e_isis6 = g.ent("تنظيم الدولة الإسلامية", "ORG", 4, **ISIS)
e_syr_b = A("سوريا", "GPE", "على امتداد الحدود مع", **SYRIA)
e_wdes = g.ent("الصحراء الغربية", "LOC", canonical="Western Desert (Iraq)", place=named("Western Desert (Iraq)", "IQ"))
e_iraq_d = A("العراق", "GPE", "وأعلن الأحد", **IRQ_P)
e_isis7 = g.ent("تنظيم الدولة الإسلامية", "ORG", 5, **ISIS)
e_iraq_t = A("العراق", "GPE", "نحو ثلث أراضي", **IRQ_P)
g.ent("التنظيم المتشدد", "ORG", nominal=True, **ISIS)
g.ent("القوات الجوية", "ORG", 1, actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi Air Force")
g.ent("الشرطة الاتحادية", "ORG", actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi Federal Police")
g.ent("الشرطة المحلية", "ORG", nominal=True, actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi local police")
g.ent("قوات خاصة لمكافحة الإرهاب", "ORG", actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi Counter-Terrorism Service")
g.ent("قوات البيشمركة الكردية", "ORG", actor="IRQ.KRG", party="IRQ.KRG", role="military", canonical="Peshmerga")
e_fighters = g.ent("القوات التي تقاتل تنظيم الدولة الإسلامية في العراق وسوريا", "ORG", nominal=True)
e_dillon = g.ent("ريان ديلون", "PER", actor="COALITION", party="USA", role="military", canonical="Ryan Dillon")
g.ent("التحالف", "ORG", 2, **COAL)
e_iqf2 = g.ent("القوات العراقية", "ORG", 2, **IQA)
e_dillon2 = g.ent("ديلون", "PER", 2, actor="COALITION", party="USA", role="military", canonical="Ryan Dillon")
g.ent("تويتر", "ORG", canonical="Twitter")
g.ent("حركة داعش", "ORG", **ISIS)
g.ent("تركيا", "GPE", 1, **country(TURKEY, "TUR"))
g.ent("إيران", "GPE", 2, **country(IRAN, "IRN"))
e_both = g.ent("الدولتان", "GPE", nominal=True)
g.ent("تحالف سوريا الديمقراطية", "ORG", 1, **SDF)

t_sun = g.time("الأحد", "2017-12-10", "day", "at", 1)
t_lastweek = g.time("الأسبوع الماضي", "2017-12-04/2017-12-10", "week", "at")
t_months = g.time("قبل أشهر", None, "vague", "before")
t_2014 = g.time("منذ العام 2014", "2014", "year", "since")
t_pastm = g.time("خلال الأشهر الماضية", None, "vague", "before")
t_recent = g.time("في الفترة الأخيرة", None, "vague", "before")
t_sat = g.time("السبت الماضي", "2017-12-09", "day", "at")
t_sun2 = g.time("الأحد", "2017-12-10", "day", "at", 2)
t_3y = g.time("بعد ثلاث سنوات", "2014", "year", "since")
t_sun3 = g.time("الأحد", "2017-12-10", "day", "at", 3)

s_rev = g.stmt((SDFS, 2, None, e_sdf[2]), ("كشفت", 1), "assert",
               ("إقامة مركز للتنسيق المشترك مع الجيش العراقي لحماية الحدود المشتركة بعد طرد تنظيم الدولة الإسلامية منها", 1))
s_stm = g.stmt((SDFS, 4, None, e_sdf[4]), ("قالت", 1, "وقالت قوات"), "assert",
               ("ناقش الطرفان موضوع حماية أمن الحدود بين العراق وسوريا في المنطقة المتاخمة لمحافظة دير الزور , وكيفية القضاء على مرتزقة داعش بشكل نهائي في تلك المنطقة", 1),
               medium=("بيان", 1, "وقالت قوات"), direct=True)
s_stm2 = g.stmt(("البيان", 1, "وأضاف"), ("أضاف", 1, "وأضاف البيان"), "assert",
                ("قرر الجانبان تشكيل مركز للتنسيق المشترك لضمان أمن الحدود", 1), direct=True)
s_exp = g.stmt(("خبراء", 1, None, e_exp), ("يرجح", 1), "estimate",
               ("تكون مبادرة التنسيق المشترك بين قوات سوريا الديمقراطية والجيش العراقي أميركية", 1))
s_exp2 = g.stmt(("هؤلاء", 1, "ويشير", e_these), ("يشير", 1, "ويشير هؤلاء"), "assert",
                ("روسيا لن تمانع بإقامة غرفة تنسيق مشترك بين الطرفين لجهة أنها أيضا ترغب في كبح جماح حليفتها إيران في سوريا , فضلا عن أنها لا ترى في قوات سوريا الديمقراطية خصما لها , حيث سبق وأن تعاونت معها في تطهير شرق الفرات من عناصر تنظيم داعش", 1))
s_vic = g.stmt((SDFS, 7, None, e_sdf[7]), ("أعلنت", 1, "داعش . وأعلنت"), "assert",
               ("النصر في هجومها على مقاتلي تنظيم الدولة الإسلامية في محافظة دير الزور", 1))
s_sup = g.stmt(("القوات", 1, "وذكرت", e_q), ("ذكرت", 1, "وذكرت القوات"), "assert",
               ("هذه العملية ما كانت لتنجح لولا الإسناد الروسي الأميركي", 1))
s_den = g.stmt(("القوات", 1, "وذكرت", e_q), ("نفت", 1), "deny", ("هذا الأمر", 1, "نفت قبل أشهر"))
s_iraq = g.stmt(("العراق", 1, "وأعلن الأحد", e_iraq_d), ("أعلن", 1, "وأعلن الأحد"), "assert",
                ("نهاية الحرب على تنظيم الدولة الإسلامية", 1))
s_guer = g.stmt(("القوات التي تقاتل تنظيم الدولة الإسلامية في العراق وسوريا", 1, None, e_fighters), ("تتوقع", 1), "estimate",
                ("مرحلة جديدة من حرب العصابات", 1))
s_dil = g.stmt(("ريان ديلون", 1, None, e_dillon), ("أكد", 1, "وأكد الكولونيل"), "confirm",
               ("القوات العراقية وقوات سوريا الديمقراطية أقامتا صلة بمنطقة الحدود المشتركة بينهما الأحد", 1))
s_dil2 = g.stmt(("ديلون", 2, None, e_dillon2), ("أضاف", 1, "وأضاف ديلون"), "assert",
                ("يحمي تأمين الحدود الدولية العراقيين والسوريين من دخول فلول حركة داعش إلى المنطقة وعبورها أثناء محاولة المقاتلين أو القادة الإرهابيين الفرار من أرض المعركة", 1),
                medium=("تغريدة على تويتر", 1), direct=True)
s_tr = g.stmt(("الدولتان", 1, None, e_both), ("تعتبران", 1), "assert",
              ("تحالف سوريا الديمقراطية يشكل تهديدا لمصالحهما", 1))

p_coord = g.prop("agreement", [("agent", e_sdf[1], "SDF"), ("agent", e_iqa[1], "IRQ")], ("تنسق", 1), place=e_dz1, time=t_sun)
p_meet = g.prop("other", [("agent", e_sdf[3], "SDF"), ("agent", e_iqa[3], "IRQ")], ("اجتمعوا", 1), time=t_sun)
p_expel = g.prop("capture", [("agent", e_sdf[2], "SDF"), ("target", e_isis1, "ISIS")], ("طرد", 1), place=e_dz1)
p_usinit = g.prop("support", [("agent", e_wash, "USA"), ("partner", e_sdf[5], "SDF"), ("partner", e_iqa[4], "IRQ")], ("مبادرة", 1))
p_ussup = g.prop("support", [("agent", e_wash, "USA"), ("partner", e_sdf[5], "SDF"), ("partner", e_iqa[4], "IRQ")], ("تدعم", 1))
p_russdf = g.prop("support", [("agent", e_rus1, "RUS"), ("partner", e_sdf[6], "SDF")], ("تعاونت", 1), place=e_eeuph)
p_vic = g.prop("capture", [("agent", e_sdf[7], "SDF"), ("target", e_isis4, "ISIS")], ("النصر", 1), place=e_dz3, time=t_lastweek)
p_ussdf = g.prop("support", [("agent", e_coal, "USA"), ("partner", e_sdf8, "SDF")], ("بمساعدة", 1), time=t_2014)
p_raqqa = g.prop("control", [("agent", e_sdf8, "SDF")], ("بسط نفوذه", 1), place=e_raqqa, time=t_pastm)
p_gov = g.prop("capture", [("agent", e_sgf, "SYR"), ("agent", e_irn_allies, "IRN"), ("partner", e_raf, "RUS")], ("استعادت", 1), place=e_dz5)
p_chan = g.prop("agreement", [("agent", e_rus2, "RUS"), ("agent", e_us4, "USA")], ("قناة اتصال", 1))
p_iqb = g.prop("capture", [("agent", e_iqf, "IRQ"), ("partner", None, "USA"), ("target", e_isis6, "ISIS")], ("استعادت", 2), place=e_syr_b, time=t_sat)
p_end = g.prop("other", [("agent", e_iraq_d, "IRQ"), ("target", e_isis7, "ISIS")], ("نهاية الحرب", 1), time=t_sun2)
p_isisiq = g.prop("control", [("agent", e_isis7, "ISIS")], ("سيطرته", 1, "بعد ثلاث سنوات"), place=e_iraq_t, time=t_3y)
p_guer = g.prop("other", [], ("حرب العصابات", 1))
p_link = g.prop("other", [("agent", e_iqf2, "IRQ"), ("agent", e_sdf[9], "SDF")], ("أقامتا صلة", 1), time=t_sun3)

g.claim(p_coord, "author")
g.claim(p_coord, s_rev)
g.claim(p_coord, s_stm2)
g.claim(p_meet, "author")
g.claim(p_meet, s_stm)
g.claim(p_expel, s_rev)
g.claim(p_usinit, s_exp, "affirm", "possible")
g.claim(p_ussup, "author")
c_exp = g.claim(p_russdf, s_exp2)
c_sup = g.claim(p_russdf, s_sup)
c_den = g.claim(p_russdf, s_den, "deny")
g.claim(p_ussdf, s_sup)
g.claim(p_ussdf, "author")
g.claim(p_vic, s_vic)
g.claim(p_vic, "author")
g.claim(p_raqqa, "author")
g.claim(p_gov, "author")
g.claim(p_chan, "author")
g.claim(p_iqb, "author")
g.claim(p_end, s_iraq)
g.claim(p_isisiq, "author")
g.claim(p_guer, s_guer, "affirm", "possible")
g.claim(p_link, s_dil)
g.contra(c_sup, c_den, "intra_party", "SDF", "negation",
         "The SDF now credits Russian(-American) support for its Deir ez-Zor victory; months earlier it had denied cooperating with Moscow.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
