"""Gold analysis of V-362 article 4 (Aks Alser, 2017-09-11; an analysis taken from Asharq al-Awsat, based on
Stratfor): after the government breaks the ISIS siege of Deir ez-Zor (5 September), Israel's largest
drill since 1998 prepares for a possible war with Hezbollah.
Judgement calls: the body runs from the third copy of the headline to the closing attribution
(«صحيفة الشرق الأوسط . . استنادا إلى تحليل من مركز ستاتفور»), which is kept: it makes Stratfor the
source of the analysis. That attribution is one statement (cue «استنادا إلى», via Asharq al-Awsat) whose
content is taken to be the headline thesis; everything else is claimed by the author, with modality
possible for the analyst's forecasts («ربما», «قد», «على الأرجح», «ينبغي أن»), intended for aims
(«تطمح», «يفكر في حتمية الانتقام»). Breaking the siege is modelled as the siege (ISIS on Deir ez-Zor,
affirmed until 5 September) plus the government's advance into the city. The drill is `other`.
«ليس وشيكا» but «أكثر تأكيدا من أي وقت مضى»: reaching the Iraqi border is an advance with modality
possible. «مقاتلي العشائر العربية من قوات سوريا الديمقراطية» is SDF."""
import sys
from annot import Gold

def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
C = {"SY": gn(163843, "Syria", 35.0, 38.0, "SY"), "IQ": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
     "RU": gn(2017370, "Russia", 60.0, 100.0, "RU"), "TR": gn(298795, "Turkey", 39.0, 35.0, "TR"),
     "IR": gn(130758, "Iran", 32.0, 53.0, "IR"), "US": gn(6252001, "United States", 39.76, -98.5, "US"),
     "QA": gn(289688, "Qatar", 25.5, 51.25, "QA"), "IL": gn(294640, "Israel", 31.5, 34.75, "IL"),
     "JO": gn(248816, "Jordan", 31.0, 36.0, "JO"), "LB": gn(272103, "Lebanon", 33.83, 35.83, "LB"),
     "SA": gn(102358, "Saudi Arabia", 25.0, 45.0, "SA"), "FR": gn(3017382, "France", 46.0, 2.0, "FR"),
     "GB": gn(2635167, "United Kingdom", 54.75, -2.7, "GB"), "DE": gn(2921044, "Germany", 51.5, 10.5, "DE")}
SYRIA = dict(canonical="Syria", place=C["SY"])
def STATE(iso3, cc, name):
    return dict(canonical=name, actor=iso3, party=iso3, role="government", place=C[cc])
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
def MEDIA(aid, canonical, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canonical)
def every(g, s, typ, skip=(), **kw):
    """Every whole-word occurrence of s as an entity (skip: occurrence numbers covered by a longer mention)."""
    ids, n = [], 1
    while True:
        try:
            g.span(s, n)
        except AssertionError:
            return ids
        if n not in skip:
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-362-4", "outlet": "عكس السير", "published": "2017-09-11", "url": None, "title": None})
ISRAEL = STATE("ISR", "IL", "Israel")
HZB = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
ISRMIL = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israel Defense Forces")
IQB = dict(canonical="Iraq-Syria border", place=named("Iraq-Syria border", None))
EUPH = dict(canonical="Euphrates", place=named("Euphrates River", None))
DZGOV = dict(canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))

IL = every(g, "إسرائيل", "GPE", **ISRAEL)
HZ = every(g, "حزب الله", "ORG", **HZB)
HZN = every(g, "الحزب", "ORG", nominal=True, **HZB)
e_reg1 = g.ent("قوات النظام السوري", "ORG", **SYRMIL)
RG = every(g, "قوات النظام", "ORG", skip=(1,), **SYRMIL)   # RG[k] is occurrence k+2
SY = every(g, "سوريا", "GPE", skip=(4, 5), **SYRIA)
IR = every(g, "إيران", "GPE", skip=(1,), **STATE("IRN", "IR", "Iran"))
LB = every(g, "لبنان", "GPE", canonical="Lebanon", place=C["LB"])
IQ = every(g, "العراق", "GPE", **STATE("IRQ", "IQ", "Iraq"))
IQB_ = every(g, "الحدود العراقية", "LOC", **IQB)
EU = every(g, "نهر الفرات", "LOC", **EUPH)
ISD = every(g, "داعش", "ORG", **ISIS)
e_rusf = g.ent("قوات روسية", "ORG", nominal=True, actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
e_irm = g.ent("ميلشيات إيران", "ORG", actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iranian-backed militias")
e_dz1 = g.ent("محافظة دير الزور", "GPE", 1, **DZGOV)
e_relief = g.ent("قوات الإغاثة", "ORG", nominal=True, **SYRMIL)
e_al = g.ent("حلب", "GPE", **ALEPPO)
g.ent("هذه القوات", "ORG", 1, nominal=True, **SYRMIL)
g.ent("محافظة دير الزور", "GPE", 2, **DZGOV)
e_idf = g.ent("الجيش الإسرائيلي", "ORG", **ISRMIL)
e_nb = g.ent("الحدود الشمالية", "LOC", canonical="Israel-Lebanon border", place=named("Israel-Lebanon border", None))
e_idf2 = g.ent("القوات العسكرية الإسرائيلية", "ORG", **ISRMIL)
g.ent("القوات الإيرانية", "ORG", actor="IRN.MIL", party="IRN", role="military", canonical="Iranian forces")
e_garr = g.ent("قوات حامية دير الزور", "ORG", **{**SYRMIL, "canonical": "Deir ez-Zor garrison"})
e_dz4 = g.ent("دير الزور", "GPE", 4, **DEIR)
e_tribes = g.ent("مقاتلي العشائر العربية", "ORG", nominal=True, **SDF)
SDFS = every(g, "قوات سوريا الديمقراطية", "ORG", **SDF)
e_shad = g.ent("الشدادي", "GPE", canonical="Al-Shaddadi", place=named("Al-Shaddadi", "SY", "Al-Hasakah"))
e_pgf1 = g.ent("القوات الموالية", "ORG", 1, nominal=True, **SYRMIL)
e_pgf0 = g.ent("لقوات الموالية", "ORG", 1, after="هذا التقدم", nominal=True, **SYRMIL)  # للقوات
g.ent("الولايات المتحدة", "GPE", **STATE("USA", "US", "United States"))
g.ent("روسيا", "GPE", **STATE("RUS", "RU", "Russia"))
e_abu = g.ent("البوكمال", "GPE", canonical="Abu Kamal", place=gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"))
g.ent("القادة الإسرائيليين", "PER", nominal=True, actor="ISR.GOV", party="ISR", role="government", canonical="Israeli leaders")
e_aw = g.ent("صحيفة الشرق الأوسط", "ORG", **MEDIA("ASHARQ", "Asharq al-Awsat"))
e_strat = g.ent("مركز \" ستاتفور \" الاستخباراتي", "ORG", canonical="Stratfor")

t_sep5 = g.time("في الخامس من سبتمبر ( أيلول )", "2017-09-05", "day", "at")
t_year = g.time("منذ عام مضى", "2016", "year", "since")
t_same = g.time("في اليوم نفسه", "2017-09-05", "day", "at")
t_1998 = g.time("منذ عام 1998", "1998", "year", "since")
g.time("لمدة 10 أيام", "2017-09-05/2017-09-14", "day", "at")
g.time("قبل أكثر من عام كامل", None, "vague", "before")
t_lastyr = g.time("خلال العام المنقضي", None, "vague", "at")
g.time("في الفترة المقبلة", None, "vague", "after")
g.time("خلال عشرين عاما الماضية", None, "vague", "at")
t_months = g.time("في الشهور المقبلة", None, "vague", "after")
q_idf = g.qty("عشرات الآلاف من القوات", None, "fighters")
q100 = g.qty("100 كيلومتر", 100, "km")
q62 = g.qty("62 ميلا", 62, "mi")
q_sdf = g.qty("بضعة آلاف من القوات", None, "fighters")

s_strat = g.stmt(("مركز \" ستاتفور \" الاستخباراتي", 1, None, e_strat), ("استنادا إلى", 1), "assert",
                 ("إسرائيل تستعد لمعارك أخرى بعد انتهاء الحرب السورية", 1), via=[("صحيفة الشرق الأوسط", 1, None, e_aw)])

p_prep = g.prop("other", [("agent", IL[0], "ISR"), ("target", None, "HEZBOLLAH")], ("تستعد", 1))
p_siege = g.prop("siege", [("agent", ISD[0], "ISIS")], ("حصار", 1), place=e_dz1, time=t_sep5)
p_break = g.prop("advance", [("agent", e_reg1, "SYR"), ("partner", e_rusf, "RUS"), ("partner", e_irm, "IRN")], ("كسرت", 1), place=e_dz1, time=t_sep5)
p_alep = g.prop("capture", [("agent", RG[0], "SYR")], ("استيلاء", 1), place=e_al, time=t_year)
p_drill = g.prop("other", [("agent", IL[1], "ISR")], ("مناورة", 1), time=t_same, quantities=[q_idf])
p_ctl = g.prop("control", [("agent", RG[3], "SYR")], ("سيطرتها", 1))
p_rusir = g.prop("support", [("agent", None, "IRN"), ("agent", None, "RUS"), ("partner", RG[2], "SYR")], ("المدعومة", 1), time=t_lastyr)
p_redep = g.prop("deployment", [("agent", HZ[2], "HEZBOLLAH")], ("إعادة نشر", 1), place=LB[0])
p_sup = g.prop("support", [("agent", None, "SYR"), ("agent", IR[0], "IRN"), ("partner", HZ[2], "HEZBOLLAH")], ("الدعم", 1, "العتاد و"))
p_line = g.prop("support", [("agent", None, "IRN"), ("partner", HZ[3], "HEZBOLLAH")], ("خط الإمداد", 1))
p_border = g.prop("advance", [("agent", RG[4], "SYR")], ("وصول", 1, "ووصول قوات النظام حتى"), place=IQB_[0])
p_isc = g.prop("attack", [("agent", ISD[1], "ISIS"), ("target", None, "SYR")], ("الهجمات المضادة", 1), place=e_dz4)
p_sdfdep = g.prop("deployment", [("agent", e_tribes, "SDF")], ("المنتشرة", 1), place=e_shad, quantities=[q_sdf])
p_ussdf = g.prop("support", [("agent", None, "USA"), ("partner", e_tribes, "SDF")], ("المدعومة", 2))
p_sdfs = g.prop("advance", [("agent", e_tribes, "SDF")], ("التحرك", 1))
p_skir = g.prop("clash", [("agent", e_tribes, "SDF"), ("agent", e_pgf1, "SYR")], ("مناوشات", 1), place=IQB_[2])
p_energy = g.prop("capture", [("agent", RG[8], "SYR")], ("الاستيلاء", 1, "ينبغي أن"), place=IQB_[3])
p_road = g.prop("capture", [("agent", RG[9], "SYR")], ("الاستيلاء", 1, "خط الإمدادات"), place=e_abu)
p_policy = g.prop("other", [("agent", IL[7], "ISR"), ("target", HZ[6], "HEZBOLLAH")], ("سياسة", 1, "ستتبنى"), time=t_months)
p_convoy = g.prop("airstrike", [("agent", None, "ISR"), ("target", HZ[7], "HEZBOLLAH")], ("الضربات", 1))
p_preempt = g.prop("attack", [("agent", None, "ISR"), ("target", HZN[1], "HEZBOLLAH")], ("حرب استباقية", 1), place=LB[3])
p_instr = g.prop("airstrike", [("agent", IL[8], "ISR"), ("target", HZ[8], "HEZBOLLAH")], ("ضرباتها", 1), place=SY[4])
p_war = g.prop("clash", [("agent", IL[9], "ISR"), ("agent", HZ[9], "HEZBOLLAH")], ("صراع", 1, "احتمالات نشوب"))
p_revenge = g.prop("attack", [("agent", HZN[2], "HEZBOLLAH"), ("target", None, "ISR")], ("الانتقام", 1))

g.claim(p_prep, "author")
g.claim(p_prep, s_strat)
for p in (p_siege, p_break, p_alep, p_drill, p_ctl, p_rusir, p_sup, p_isc, p_sdfdep, p_ussdf, p_instr):
    g.claim(p, "author")
for p in (p_redep, p_line, p_border, p_skir, p_energy, p_road, p_policy, p_convoy, p_preempt, p_war):
    g.claim(p, "author", "affirm", "possible")
g.claim(p_sdfs, "author", "affirm", "intended")
g.claim(p_revenge, "author", "affirm", "intended")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
