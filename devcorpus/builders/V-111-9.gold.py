"""Gold analysis of V-111 article 9 (Al Jazeera Net, 2017-10-05, a Thursday): Russian raids kill civilians in
Deir ez-Zor countryside; Kalibr missiles; the Russian army says it destroyed an HTS ammunition depot and
that HTS leader al-Jolani is critically wounded; HTS denies.
Judgement calls: the body is headline, date, the «حجم الخط» crumb (unavoidable), caption and text; the
other headline above it («وسائل إعلام تركية ...») is a related item and is left out. The crawl dropped
the name in «التي يسيطر عليها -» (ISIS): no control proposition without an actor. «لمن وصفتهم بمتشددين»
is a label inside the author's report of the missile launch, not taken as a separate statement. «قصف»
by the government, Russia and the coalition is typed airstrike. The «سوريا» in «دمر سوريا في» (garbled
word order) is still a Syria mention. «بعد يوم» dates the Russian confirmation to 2017-10-04. HTS's
«نفت ما أعلنته موسكو» and «أكدت أنه بصحة جيدة» both deny the Jolani injury: two inter-party negations."""
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
g = Gold(text, {"id": "V-111-9", "outlet": "الجزيرة نت", "published": "2017-10-05", "url": None, "title": None})
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
RUSMOD = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Ministry of Defence")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
JOL = dict(actor="HTS", party="HTS", role="armed_group", canonical="Abu Mohammad al-Jolani")

e_dz1 = g.ent("دير الزور", "GPE", 1, **DEIR)
e_dz2 = g.ent("دير الزور", "GPE", 2, **DEIR)
e_rus1 = g.ent("روسيا", "GPE", 1, **STATE("RUS", "RU", "Russia"))
e_reg1 = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
g.ent("غيتي", "ORG", **MEDIA("GETTY", "Getty Images"))
g.ent("الفرنسية", "ORG", **MEDIA("AFP", "Agence France-Presse"))
e_suk = g.ent("السكرية", "GPE", canonical="Al-Sukkariyah", place=named("Al-Sukkariyah", "SY", "Deir ez-Zor"))
g.ent("ريف البوكمال", "LOC", canonical="Abu Kamal countryside", place=named("Abu Kamal countryside", "SY", "Deir ez-Zor"))
g.ent("دير الزور", "GPE", 3, **DEIR)
e_local = g.ent("مصادر محلية", "PER", nominal=True)
e_may = g.ent("الميادين", "GPE", canonical="Al Mayadin", place=gn(173480, "Al Mayādīn", 35.01982, 40.45154, "SY", "Deir ez-Zor"))
g.ent("البوليل", "GPE", canonical="Al-Bulayl", place=named("Al-Bulayl", "SY", "Deir ez-Zor"))
g.ent("الطوب", "GPE", canonical="Al-Tub", place=named("Al-Tub", "SY", "Deir ez-Zor"))
e_subs = g.ent("غواصتين روسيتين", "ORG", nominal=True, **{**RUSMIL, "canonical": "Russian Navy"})
e_dzgov = g.ent("محافظة دير الزور", "GPE", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
e_rusag = g.ent("وكالات أنباء روسية", "ORG", nominal=True, **MEDIA("RUS.MED", "Russian news agencies", "RUS"))
e_mod = g.ent("وزارة الدفاع", "ORG", **RUSMOD)
g.ent("موسكو", "GPE", 1, canonical="Moscow", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))
e_saa = g.ent("لجيش النظامي السوري", "ORG", **SYRMIL)  # للجيش: ل + الجيش
e_edz = g.ent("ريف دير الزور الشرقي", "LOC", canonical="Eastern Deir ez-Zor countryside", place=named("Eastern Deir ez-Zor countryside", "SY", "Deir ez-Zor"))
e_reg2 = g.ent("قوات النظام", "ORG", 2, **SYRMIL)
e_rus2 = g.ent("روسيا", "GPE", 2, **STATE("RUS", "RU", "Russia"))
e_coal = g.ent("التحالف الدولي", "ORG", **COAL)
g.ent("محافظة إدلب", "GPE", canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
g.ent("سوريا", "GPE", 1, **SYRIA)
e_ra1 = g.ent("الجيش الروسي", "ORG", 1, **RUSMIL)
g.ent("سوريا", "GPE", 2, **SYRIA)
e_hts1 = g.ent("هيئة تحرير الشام", "ORG", 1, **HTS)
e_abud = g.ent("أبو الظهور", "GPE", canonical="Abu al-Duhur", place=named("Abu al-Duhur", "SY", "Idlib"))
e_src = g.ent("المصدر", "ORG", 1, after="وأضاف", nominal=True, **RUSMIL)
e_ra2 = g.ent("الجيش الروسي", "ORG", 2, **RUSMIL)
g.ent("القائد العام", "PER", nominal=True, **JOL)
g.ent("هيئة تحرير الشام", "ORG", 2, **HTS)
e_jol = g.ent("أبو محمد الجولاني", "PER", **JOL)
e_hts_h = g.ent("الهيئة", "ORG", 1, after="12 قياديا", nominal=True, **HTS)
e_hts3 = g.ent("هيئة تحرير الشام", "ORG", 3, **HTS)
e_mos2 = g.ent("موسكو", "GPE", 2, canonical="Moscow", actor="RUS", party="RUS", role="government",
               place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))

t_pub = g.time("5 / 10 / 2017", "2017-10-05", "day", "at")
t_thu = g.time("الخميس", "2017-10-05", "day", "at")
t_prev = g.time("بعد يوم", "2017-10-04", "day", "at")

q_thou1 = g.qty("آلاف المدنيين", None, "people", "displaced", 1)
q6 = g.qty("ستة مدنيين", 6, "people", "killed")
q_subs = g.qty("غواصتين", 2, "submarines")
q10 = g.qty("عشرة صواريخ", 10, "missiles")
q_thou2 = g.qty("آلاف المدنيين", None, "people", "displaced", 2)
q_doz = g.qty("عشرات القتلى", None, "people", "killed")
q_ton = g.qty("أكثر من ألف طن", 1000, "tons")
q12 = g.qty("12 قياديا", 12, "people", "killed")

s_local = g.stmt(("مصادر محلية", 1, None, e_local), ("قالت", 1), "assert",
                 ("القصف الروسي استهدف كذلك بلدات الميادين والبوليل والطوب", 1))
s_mod = g.stmt(("وزارة الدفاع", 1, None, e_mod), ("قولها إن", 1), "assert",
               ("الضربة تهدف إلى دعم هجوم للجيش النظامي السوري", 1),
               via=[("وكالات أنباء روسية", 1, None, e_rusag)])
s_depot = g.stmt(("الجيش الروسي", 1, None, e_ra1), ("أعلن", 1), "assert",
                 ("دمر سوريا في \" أكبر مستودع للذخيرة \" لهيئة تحرير الشام بالقرب من أبو الظهور", 1))
s_depot2 = g.stmt(("المصدر", 1, "وأضاف", e_src), ("أضاف", 1), "assert",
                  ("المستودع الذي يقع في العمق كان يضم \" أكثر من ألف طن من الذخيرة \" خصوصا ذخيرة المدفعية", 1))
s_jol = g.stmt(("الجيش الروسي", 2, None, e_ra2), ("تأكيد", 1), "confirm",
               ("القائد العام لهيئة تحرير الشام أبو محمد الجولاني في \" حال حرجة \" , إثر إصابته بغارة روسية أسفرت عن مقتل 12 قياديا في الهيئة", 1))
s_deny = g.stmt(("هيئة تحرير الشام", 3, None, e_hts3), ("نفت", 1), "deny", ("ما أعلنته موسكو", 1))
s_well = g.stmt(("هيئة تحرير الشام", 3, None, e_hts3), ("أكدت", 1), "confirm",
                ("بصحة جيدة ويمارس مهامه الموكلة إليه بشكل كامل", 1), direct=True)

p_suk = g.prop("airstrike", [("agent", None, "RUS")], ("غارات", 1, "وجرح آخرون"), place=e_suk, time=t_thu, quantities=[q6])
p_may = g.prop("airstrike", [("agent", None, "RUS")], ("القصف", 1), place=e_may)
p_kal = g.prop("shelling", [("agent", e_subs, "RUS")], ("إطلاق", 1), place=e_dzgov, quantities=[q_subs, q10])
p_sup = g.prop("support", [("agent", e_mod, "RUS"), ("partner", e_saa, "SYR")], ("دعم", 1), place=e_dzgov)
p_disp = g.prop("displacement", [], ("نزوح", 1), place=e_edz, quantities=[q_thou1, q_thou2])
p_bomb = g.prop("airstrike", [("agent", e_reg2, "SYR"), ("agent", e_rus2, "RUS"), ("agent", e_coal, "USA")], ("قصف", 1, "بسبب"),
                place=e_edz, quantities=[q_doz])
p_depot = g.prop("airstrike", [("agent", e_ra1, "RUS"), ("target", e_hts1, "HTS")], ("دمر", 1, "الخميس"), place=e_abud, time=t_thu, quantities=[q_ton])
p_jol = g.prop("casualties", [("agent", None, "RUS"), ("target", e_jol, "HTS")], ("إصابته", 1), time=t_prev)
p_12 = g.prop("airstrike", [("agent", None, "RUS"), ("target", e_hts_h, "HTS")], ("غارة", 1, "إصابته"), time=t_prev, quantities=[q12])

g.claim(p_suk, "author")
g.claim(p_may, s_local)
g.claim(p_kal, "author")
g.claim(p_sup, s_mod, "affirm", "intended")
g.claim(p_disp, "author")
g.claim(p_bomb, "author")
g.claim(p_depot, s_depot)
g.claim(p_depot, s_depot2)
c_jol = g.claim(p_jol, s_jol)
g.claim(p_12, s_jol)
c_deny = g.claim(p_jol, s_deny, "deny")
c_well = g.claim(p_jol, s_well, "deny")

g.contra(c_jol, c_deny, "inter_party", None, "negation",
         "The Russian army says HTS leader al-Jolani is critically wounded by a Russian raid; HTS denies what Moscow announced.")
g.contra(c_jol, c_well, "inter_party", None, "negation",
         "The Russian army says al-Jolani is in critical condition; HTS says he is in good health and fully at work.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
