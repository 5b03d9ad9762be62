"""Gold analysis of R-672 article 1 (Al-Dostor, 2018-01-02, a Tuesday; Reuters copy): Israeli chief of staff
Gadi Eisenkot says Iran spends hundreds of millions a year on allies, plans a Shiite axis, and keeps
about 2,000 advisers in Syria with 10,000 foreign Shiite fighters and 8,000 Hezbollah fighters.
Judgement calls: the body starts at the second copy of the headline, so the tag «جنرال جادي أيزنكوت»
and the byline «منار أحمد» fall inside it (annotated as PER mentions, the byline without actor). The
headline «مسئول إسرائيلي :» is a statement. «نقلت وكالة رويترز عن» makes Reuters the via, not a
source. The «700 ألف دولار ومليار دولار» range and the officials' 800 million estimate overlap, so no
value contradiction. Money amounts are not quantities in this schema; advisers and fighters are. The
Iranian protests are an author claim (`protest`). Eisenkot's spoken words at Herzliya have no quote
marks, so direct is false."""
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
g = Gold(text, {"id": "R-672-1", "outlet": "الدستور", "published": "2018-01-02", "url": None, "title": None})
EIS = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Gadi Eisenkot")
IRAN = STATE("IRN", "IR", "Iran")
HZB = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
ME = dict(canonical="Middle East", place=named("Middle East", None))

e_isoff = g.ent("مسئول إسرائيلي", "PER", nominal=True, **EIS)
IR = every(g, "إيران", "GPE", **IRAN)
g.ent("الشرق الأوسط", "LOC", 1, **ME)
EI = [g.ent("جادي أيزنكوت", "PER", 1, **EIS)]
g.ent("منار أحمد", "PER", canonical="Manar Ahmed")
e_reu = g.ent("وكالة الأنباء العالمية \" رويترز \"", "ORG", **MEDIA("REUTERS", "Reuters"))
EI.append(g.ent("جادي أيزنكوت", "PER", 2, **EIS))
g.ent("القوات المسلحة الإسرائيلية", "ORG", actor="ISR.MIL", party="ISR", role="military", canonical="Israel Defense Forces")
g.ent("الشرق الأوسط", "LOC", 2, **ME)
e_mull = g.ent("نظام الملالي", "ORG", actor="IRN.GOV", party="IRN", role="government", canonical="Iranian government")
EI.append(g.ent("أيزنكوت", "PER", 3, **EIS))
g.ent("العراق", "GPE", **STATE("IRQ", "IQ", "Iraq"))
SY = every(g, "سوريا", "GPE", **SYRIA)
g.ent("لبنان", "GPE", canonical="Lebanon", place=C["LB"])
g.ent("اليمن", "GPE", canonical="Yemen", place=named("Yemen", "YE"))
g.ent("البحرين", "GPE", canonical="Bahrain", place=named("Bahrain", "BH"))
g.ent("غزة", "GPE", canonical="Gaza", place=named("Gaza Strip", "PS"))
g.ent("جامعة \" هرتزليا \"", "ORG", canonical="Interdisciplinary Center Herzliya")
HZ = every(g, "حزب الله", "ORG", **HZB)
e_isdef = g.ent("مسئولي دفاع إسرائيليين", "PER", nominal=True, actor="ISR.MIL", party="ISR", role="military", canonical="Israeli defence officials")
EI.append(g.ent("أيزنكوت", "PER", 4, **EIS))
e_teh = g.ent("طهران", "GPE", canonical="Tehran", actor="IRN", party="IRN", role="government", place=gn(112931, "Tehran", 35.69439, 51.42151, "IR", "Tehran"))

t_tue = g.time("اليوم , الثلاثاء", "2018-01-02", "day", "at")
t_mid17 = g.time("في منتصف 2017", "2017", "year", "at")
t_2012 = g.time("منذ 2012", "2012", "year", "since")
t_now = g.time("حالي ا", "2018-01-02", "day", "at")
q_adv = g.qty("نحو ألفي مستشار عسكري", 2000, "advisers")
q_shia = g.qty("عشرة آلاف مقاتل", 10000, "fighters")
q_hzb = g.qty("ثمانية آلاف مقاتل", 8000, "fighters")

s_head = g.stmt(("مسئول إسرائيلي", 1, None, e_isoff), (":", 1), "assert",
                ("\" إيران \" تنفق مئات الملايين من الدولارات لمساندة حلفائها في الشرق الأوسط", 1))
s_reu = g.stmt(("جادي أيزنكوت", 2, None, EI[1]), ("نقلت", 1), "assert",
               ("إيران تنفق مئات الملايين من الدولارات سنوي ا على مساعدة حلفاء لها يقاتلون في الشرق الأوسط , وأن هذا الإنفاق يزيد فيما يبدو", 1),
               via=[("وكالة الأنباء العالمية \" رويترز \"", 1, None, e_reu)])
s_shia = g.stmt(("أيزنكوت", 3, None, EI[2]), ("قال", 1), "assert",
                ("إيران تعتزم إنشاء نظام شيعي كبير , لنشر نفوذها عبر العراق وسوريا ولبنان واليمن والبحرين وغزة", 1))
s_herz = g.stmt(("أيزنكوت", 3, None, EI[2]), ("قال", 2), "assert",
                ("انظروا فقط إلى حجم الاستثمار الإيراني من أجل تحقيق الهيمنة الإقليمية , ستجدون أنه يصل إلى منح حزب الله ما بين 700 ألف دولار ومليار دولار كل عام", 1),
                medium=("كلمة ألقاها في جامعة \" هرتزليا \"", 1))
s_est = g.stmt(("مسئولي دفاع إسرائيليين", 1, None, e_isdef), ("أفادت", 1), "estimate",
               ("إيران تنفق 800 مليون دولار سنوي ا على حزب الله", 1))
s_syr = g.stmt(("أيزنكوت", 4, None, EI[3]), ("قال", 1, "وقال أيزنكوت إن إيران أنفقت"), "assert",
               ("إيران أنفقت أيض ا منذ 2012 مليارات الدولارات في سوريا", 1))
s_adv = g.stmt(("أيزنكوت", 4, None, EI[3]), ("قال", 2, "وقال أيزنكوت إن إيران أنفقت"), "assert",
               ("طهران لديها حالي ا نحو ألفي مستشار عسكري في سوريا منتشرين إلى جانب عشرة آلاف مقاتل شيعي أجنبي وثمانية آلاف مقاتل من حزب الله", 1))

p_spend = g.prop("support", [("agent", IR[0], "IRN")], ("تنفق", 1), time=t_tue)
p_prot = g.prop("protest", [("target", e_mull, "IRN")], ("احتجاجات", 1), time=t_tue)
p_axis = g.prop("other", [("agent", IR[2], "IRN")], ("إنشاء", 1))
p_hzb = g.prop("support", [("agent", IR[3], "IRN"), ("partner", HZ[0], "HEZBOLLAH")], ("منح", 1))
p_syr = g.prop("support", [("agent", IR[4], "IRN"), ("partner", None, "SYR")], ("أنفقت", 1), place=SY[1], time=t_2012)
p_adv = g.prop("deployment", [("agent", e_teh, "IRN"), ("partner", HZ[2], "HEZBOLLAH")], ("منتشرين", 1), place=SY[2], time=t_now,
               quantities=[q_adv, q_shia, q_hzb])

g.claim(p_spend, s_head)
g.claim(p_spend, s_reu)
g.claim(p_prot, "author")
g.claim(p_axis, s_shia, "affirm", "intended")
g.claim(p_hzb, s_herz)
g.claim(p_hzb, s_est)
g.claim(p_syr, s_syr)
g.claim(p_adv, s_adv)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
