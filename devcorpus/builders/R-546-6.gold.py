"""Gold analysis of unifiedfc R-546 article 6 (Al Eqtisadiah, dated Monday 2017-10-16 in the text; the URL
says 2017/10/15): the Kirkuk standoff after the Kurdish referendum, Peshmerga reject an ultimatum from
Iraqi armed groups; then the economics of Kirkuk's oil.

Judgement calls:
- Not the Syrian war, but armed-conflict news (Peshmerga vs Iraqi forces/militias); annotated.
- The headline is repeated three times and fused with the site menu and dateline; the body starts at
  the first sentence. Published = 2017-10-16 (the text's dateline), so "أمس" = 2017-10-15, which
  matches when the ultimatum expired.
- Kurdish actors get the non-state party "KRG" (Kurdistan Regional Government and Peshmerga); Iraqi
  armed groups IRQ.PGM as in the worked example. Nominal "الإقليم" mentions are kept as GPE (KRG).
- The refused ultimatum: an "other" proposition for the ultimatum and a withdrawal denied by the
  Kurdish official. Reuters: Kurdish control of Kirkuk affirmed, clashes denied ("no reports"),
  both sides mobilising (deployment).
- "بحسب بيانات المنظمة" (OPEC) and "بحسب بيانات بلومبيرج" are recorded as statements (data
  attributions) without propositions; the oil economics carry no war propositions except the 2014
  takeover of Kirkuk, the 2005 and 2016 revenue deals and ISIS's failed seizure of the fields.
- "طلب الحكومة العراقية بإلغاء نتيجة الاستفتاء" is recorded as a demand statement.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, a1):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": a1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY", None))
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place=gn(2017370, "Russia", 60.0, 100.0, "RU", None))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ", None))
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place=gn(298795, "Turkey", 39.0, 35.0, "TR", None))
USA_ = dict(canonical="United States", actor="USA", party="USA", role="government", place=gn(6252001, "United States", 39.76, -98.5, "US", None))
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place=gn(130758, "Iran", 32.0, 53.0, "IR", None))
MOSCOW = dict(canonical="Moscow", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))
SOCHI = dict(canonical="Sochi", place=gn(491422, "Sochi", 43.59699, 39.72477, "RU", "Krasnodar Krai"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
ABU = dict(canonical="Abu Kamal", place=gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
KREMLIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-546-6", "outlet": "الاقتصادية", "published": "2017-10-16", "url": None, "title": None})
KIRKUK = dict(canonical="Kirkuk", place=gn(94787, "Kirkuk", 35.46806, 44.39222, "IQ", "Kirkuk"))
KURDREG = dict(canonical="Kurdistan Region", place=named("Kurdistan Region", "IQ"))
KRGGOV = dict(actor="KRG", party="KRG", role="government", canonical="Kurdistan Regional Government")
PESH = dict(actor="KRG.MIL", party="KRG", role="military", canonical="Peshmerga")
IRQGOV = dict(actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi government")
BAGHDAD = dict(canonical="Baghdad", place=gn(98182, "Baghdad", 33.34058, 44.40088, "IQ", "Baghdad"))
OPEC = dict(canonical="OPEC")

e_off = g.ent("مسؤول أمني كردي", "PER", nominal=True, actor="KRG", party="KRG", role="military", canonical="Kurdish security official")
e_pesh1 = g.ent("مقاتلي البشمركة الكردية", "ORG", **PESH)
e_irqm = g.ent("جماعات مسلحة عراقية", "ORG", nominal=True, actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Iraqi armed groups")
e_kirk1 = g.ent("كركوك", "GPE", 1, **KIRKUK)
e_kl = g.ent("القيادة الكردية العليا", "ORG", **KRGGOV)
e_ig = g.ent("الحكومة العراقية", "ORG", **IRQGOV)
e_reut = g.ent("رويترز", "ORG", actor="REUTERS", party=None, role="media", canonical="Reuters")
e_kurds = g.ent("الأكراد", "ORG", 1, after="فإن", nominal=True, **KRGGOV)
g.ent("حكومة إقليم كردستان العراق", "ORG", **KRGGOV)
e_cg1 = g.ent("الحكومة المركزية", "ORG", 1, nominal=True, **IRQGOV)
g.ent("بغداد", "GPE", 1, **BAGHDAD)
e_reg1 = g.ent("الإقليم", "GPE", 1, nominal=True, **KURDREG)
g.ent("كردستان", "GPE", 2, **KURDREG)
e_kirk2 = g.ent("كركوك", "GPE", 2, **KIRKUK)
g.ent("إقليم كردستان", "GPE", 2, **KURDREG)
e_pesh2 = g.ent("قوات البشمركة", "ORG", **PESH)
g.ent("البشمركة", "ORG", 3, **PESH)
e_kirk3 = g.ent("كركوك", "GPE", 3, **KIRKUK)
e_isis1 = g.ent("داعش", "ORG", 1, **ISIS)
e_kauth = g.ent("سلطات إقليم كردستان", "ORG", **KRGGOV)
g.ent("العراق", "GPE", 2, **IRAQ)
g.ent("منظمة \" أوبك \"", "ORG", **OPEC)
e_opec2 = g.ent("المنظمة", "ORG", 1, after="بحسب بيانات", nominal=True, **OPEC)
e_kirk4 = g.ent("كركوك", "GPE", 4, **KIRKUK)
e_kgov = g.ent("حكومة كردستان", "ORG", **KRGGOV)
g.ent("العراق", "GPE", 3, **IRAQ)
e_bag2 = g.ent("بغداد", "GPE", 2, actor="IRQ.GOV", party="IRQ", role="government", **BAGHDAD)
g.ent("كركوك", "GPE", 5, **KIRKUK)
g.ent("الإقليم", "GPE", 2, nominal=True, **KURDREG)
g.ent("كركوك", "GPE", 6, **KIRKUK)
e_bloom = g.ent("بلومبيرج", "ORG", actor="BLOOMBERG", party=None, role="media", canonical="Bloomberg")
g.ent("أوبك", "ORG", 2, **OPEC)
g.ent("الإكوادور", "GPE", canonical="Ecuador", place=gn(3658394, "Ecuador", -1.25, -78.25, "EC", None))
g.ent("نيجيريا", "GPE", canonical="Nigeria", place=gn(2328926, "Nigeria", 10.0, 8.0, "NG", None))
g.ent("كركوك", "GPE", 7, **KIRKUK)
g.ent("كردستان", "GPE", 6, **KURDREG)
g.ent("بغداد", "GPE", 3, **BAGHDAD)
g.ent("كركوك", "GPE", 8, **KIRKUK)
g.ent("تنظيم \" داعش \"", "ORG", **ISIS)
e_cg2 = g.ent("الحكومة المركزية", "ORG", 2, nominal=True, **IRQGOV)
e_reg3 = g.ent("الإقليم", "GPE", 3, nominal=True, **KURDREG)
g.ent("إقليم كردستان", "GPE", 4, **KURDREG)
g.ent("ميناء جيهان التركي", "FAC", canonical="Ceyhan port", place=gn(318675, "Ceyhan", 37.02472, 35.8175, "TR", "Adana"))
g.ent("تركيا", "GPE", **TURKEY)
g.ent("الإقليم", "GPE", 4, nominal=True, **KURDREG)
g.ent("بغداد", "GPE", 4, **BAGHDAD)
g.ent("الإقليم", "GPE", 5, nominal=True, **KURDREG)
g.ent("كردستان", "GPE", 8, **KURDREG)
g.ent("الإقليم", "GPE", 6, nominal=True, **KURDREG)
g.ent("خط أنابيب \" كركوك - جيهان \"", "FAC", canonical="Kirkuk-Ceyhan pipeline", place=named("Kirkuk-Ceyhan pipeline"))
g.ent("كردستان", "GPE", 9, **KURDREG)
g.ent("البحر الأبيض المتوسط", "LOC", canonical="Mediterranean Sea", place=named("Mediterranean Sea"))
g.ent("حكومة إقليم كردستان", "ORG", 1, after="وكانت", **KRGGOV)
g.ent("إقليم كردستان", "GPE", 6, **KURDREG)
e_chev = g.ent("شيفرون", "ORG", canonical="Chevron")
g.ent("الإقليم", "GPE", 7, nominal=True, **KURDREG)
g.ent("إكسون موبيل", "ORG", canonical="ExxonMobil")
g.ent("كردستان", "GPE", 12, **KURDREG)
g.ent("كركوك", "GPE", 10, **KIRKUK)
g.ent("توتال", "ORG", canonical="Total")
g.ent("غازبروم", "ORG", canonical="Gazprom")

t_y1 = g.time("أمس", "2017-10-15", "day", "at", 1)
t_y2 = g.time("أمس", "2017-10-15", "day", "at", 2)
t_ref = g.time("يوم 25 أيلول ( سبتمبر )", "2017-09-25", "day", "at")
t_2014a = g.time("منذ عام 2014", "2014", "year", "since")
t_2014b = g.time("في 2014", "2014", "year", "at")
t_2005 = g.time("في 2005", "2005", "year", "at")
g.time("حاليا", "2017-10-16", "day", "at")
t_2016 = g.time("في العام الماضي", "2016", "year", "at")
t_chev = g.time("أسبوعا فقط قبل الاستفتاء", "2017-09-18", "week", "before")
g.time("الآن", "2017-10-16", "day", "at")

s_off = g.stmt(("مسؤول أمني كردي", 1, None, e_off), ("قال", 1), "assert",
               ("مقاتلي البشمركة الكردية رفضوا إنذارا من جماعات مسلحة عراقية للانسحاب من تقاطع استراتيجي جنوبي كركوك يتحكم في الوصول لبعض حقول النفط الرئيسة في المنطقة", 1))
s_demand = g.stmt(("الحكومة العراقية", 1, None, e_ig), ("طلب", 1), "demand",
                  ("إلغاء نتيجة الاستفتاء على الاستقلال كشرط مسبق لإجراء محادثات لحل الأزمة", 1))
s_reut = g.stmt(("رويترز", 1, None, e_reut), ("بحسب", 1), "assert",
                ("الأكراد يسيطرون على المدينة والقاعدة الجوية والمناطق المحيطة بما في ذلك حقول النفط , ولم ترد أنباء عن وقوع اشتباكات في الفترة التي أعقبت انقضاء المهلة لكن التوتر ما زال قائما فيما يقوم الجانبان بالتعبئة", 1))
s_opec = g.stmt(("المنظمة", 1, "بحسب بيانات", e_opec2), ("بحسب", 1, "برميل ,"), "assert",
                ("احتياطيات العراق ثاني منتج للنفط الخام في منظمة \" أوبك \" , التي تبلغ 142 . 5 مليار برميل", 1))
s_bloom = g.stmt(("بلومبيرج", 1, None, e_bloom), ("بحسب", 1, "الغنية ,"), "assert",
                 ("بات الإقليم ينتج ما يصل إلى 600 ألف برميل من النفط يوميا , قرابة الثلثين من حقول كركوك الغنية", 1))

p_ult = g.prop("other", [("agent", e_irqm, "IRQ.PGM"), ("target", e_pesh1, "KRG")], ("إنذارا", 1), place=e_kirk1, time=t_y1)
g.claim(p_ult, s_off)
p_wd = g.prop("withdrawal", [("agent", e_pesh1, "KRG")], ("للانسحاب", 1), place=e_kirk1, time=t_y1)
g.claim(p_wd, s_off, "deny")
p_meet = g.prop("other", [("agent", e_kl, "KRG")], ("اجتمعت", 1), time=t_y2)
g.claim(p_meet, "author")
p_ref = g.prop("other", [("agent", e_reg1, "KRG")], ("الاستفتاء", 1), time=t_ref)
g.claim(p_ref, "author")
p_ctrl = g.prop("control", [("agent", e_kurds, "KRG")], ("يسيطرون", 1), place=e_kirk1, time=t_y1)
g.claim(p_ctrl, s_reut)
p_clash = g.prop("clash", [("agent", e_kurds, "KRG"), ("agent", e_irqm, "IRQ.PGM")], ("اشتباكات", 1), place=e_kirk1, time=t_y1)
g.claim(p_clash, s_reut, "deny")
p_mob = g.prop("deployment", [("agent", e_kurds, "KRG"), ("agent", e_irqm, "IRQ.PGM")], ("بالتعبئة", 1), place=e_kirk1)
g.claim(p_mob, s_reut)
p_dep = g.prop("deployment", [("agent", e_pesh2, "KRG")], ("متمركزة", 1), place=e_kirk2, time=t_2014a)
g.claim(p_dep, "author")
p_isis = g.prop("capture", [("agent", e_isis1, "ISIS")], ("سقوط", 1), place=e_kirk3)
g.claim(p_isis, "author", "affirm", "failed")
p_kauth = g.prop("control", [("agent", e_kauth, "KRG")], ("تسيطر", 1, "وتسيطر سلطات"))
g.claim(p_kauth, "author")
p_annex = g.prop("capture", [("agent", e_kgov, "KRG")], ("ضم", 1), place=e_kirk4, time=t_2014b)
g.claim(p_annex, "author")
p_2005 = g.prop("agreement", [("agent", e_kgov, "KRG"), ("partner", e_bag2, "IRQ")], ("الاتفاق", 1), time=t_2005)
g.claim(p_2005, "author")
p_deal = g.prop("agreement", [("agent", e_cg2, "IRQ"), ("partner", e_reg3, "KRG")], ("الصفقة", 1), time=t_2016)
g.claim(p_deal, "author")
p_chev = g.prop("other", [("agent", e_chev, None)], ("استأنفت", 1), time=t_chev)
g.claim(p_chev, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
