"""Gold analysis of V-177 article 0 (Enab Baladi, 2017-08-14, a Monday): Syrian refugees in Turkey must book
online to cross Bab al-Salama into Syria for Eid al-Adha. Judgement calls: refugee crossings are treated as
conflict news (as V-177-5). The body starts at the second copy of the headline and keeps the photo
caption. The crossing administration («إدارة المعبر», and «المعبر» when it speaks) is an ORG without a
party (the text does not say who runs it); «المعبر» as a place is FAC. «طلبت» and «تمنت» are demands.
Holiday visits and returns are `other` propositions (planned where announced for the future). Eid
al-Adha 2017 fell on 1 September (four days); Eid al-Fitr on 25 June."""
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
g = Gold(text, {"id": "V-177-0", "outlet": "عنب بلدي", "published": "2017-08-14", "url": None, "title": None})
BAB = dict(canonical="Bab al-Salama border crossing", place=named("Bab al-Salama border crossing", "SY", "Aleppo"))
ADM = dict(canonical="Bab al-Salama crossing administration")
TURKEY = STATE("TUR", "TR", "Turkey")

BS = [g.ent("معبر باب السلامة", "FAC", 1, **BAB)]
SY = every(g, "سوريا", "GPE", **SYRIA)
e_nal = g.ent("ريف حلب الشمالي", "LOC", canonical="Northern Aleppo countryside", place=named("Northern Aleppo countryside", "SY", "Aleppo"))
TR = every(g, "تركيا", "GPE", **TURKEY)
g.ent("حلب", "GPE", 1, after="زيارتهم شمال", **ALEPPO)
BS.append(g.ent("معبر باب السلامة", "FAC", 2, **BAB))
g.ent("عنب بلدي", "ORG", 1, **MEDIA("ENABBALADI", "Enab Baladi"))
e_tgov = g.ent("الحكومة التركية", "ORG", actor="TUR.GOV", party="TUR", role="government", canonical="Turkish government")
BS.append(g.ent("معبر \" باب السلامة \"", "FAC", **BAB))
ADMS = every(g, "إدارة المعبر", "ORG", **ADM)
g.ent("فيس بوك", "ORG", canonical="Facebook")
e_adm3 = g.ent("المعبر", "ORG", 3, nominal=True, **ADM)
e_adm4 = g.ent("المعبر", "ORG", 4, nominal=True, **ADM)
BS.append(g.ent("معبر باب السلامة", "FAC", 3, **BAB))
g.ent("ريف حلب", "LOC", 1, after="التي تربط", canonical="Aleppo countryside", place=named("Aleppo countryside", "SY", "Aleppo"))
g.ent("كلس", "GPE", canonical="Kilis", place=gn(307864, "Kilis", 36.71611, 37.115, "TR", "Kilis"))
g.ent("غازي عنتاب", "GPE", canonical="Gaziantep", place=gn(314830, "Gaziantep", 37.05944, 37.3825, "TR", "Gaziantep"))
g.ent("اعزاز", "GPE", canonical="Azaz", place=gn(172082, "I‘zāz", 36.58662, 37.04628, "SY", "Aleppo"))

t_jun13 = g.time("13 حزيران 2017", "2017-06-13", "day", "at")
t_adha1 = g.time("خلال عيد الأضحى", "2017-09-01/2017-09-04", "day", "at", 1)
t_mon = g.time("اليوم , الاثنين 14 آب", "2017-08-14", "day", "at")
t_lastwk = g.time("الأسبوع الماضي", "2017-08-07/2017-08-13", "week", "at")
t_adha2 = g.time("خلال عيد الأضحى", "2017-09-01/2017-09-04", "day", "at", 2)
t_15 = g.time("قبل 15 يوم ا من عيد الأضحى", "2017-08-17", "day", "at")
t_nov = g.time("في تشرين الثاني المقبل", "2017-11", "month", "at")
t_fitr = g.time("خلال عيد الفطر الماضي", "2017-06-25", "day", "at")
g.time("في مدة استمرت ثلاثة أسابيع تقريب ا", None, "vague", "at")
q3k = g.qty("ثلاثة آلاف زائر", 3000, "people")
q5 = g.qty("خمسة كيلومترات", 5, "km")

s_book = g.stmt(("إدارة المعبر", 1, None, ADMS[0]), ("طلبت", 1), "demand",
                ("من السوريين المقيمين في تركيا والراغبين بزيارة أهلهم في سوريا , الحجز عن طريق ( )", 1),
                medium=("صفحتها في \" فيس بوك \"", 1))
s_pers = g.stmt(("إدارة المعبر", 2, None, ADMS[1]), ("تمنت", 1), "demand", ("يكون الحجز بشكل شخصي لتفادي الإشكالات", 1))
s_open = g.stmt(("المعبر", 3, None, e_adm3), ("أعلن", 1), "assert",
                ("فتح أبوابه خلال عيد الأضحى أمام اللاجئين السوريين لزيارة العيد قبل 15 يوم ا من عيد الأضحى", 1))
s_mech = g.stmt(("المعبر", 3, None, e_adm3), ("أشار", 1), "assert",
                ("الدخول سيكون وفق آلية جديدة , تتمثل بحجز موعد الدخول والخروج إلى سوريا عن طريق الإنترنت في كل الولايات التركية", 1))
s_ret = g.stmt(("المعبر", 4, None, e_adm4), ("أوضح", 1), "assert", ("ستبدأ في تشرين الثاني المقبل", 1))

p_visit = g.prop("other", [], ("زيارتهم", 1), place=BS[1], time=t_jun13)
p_site = g.prop("other", [("agent", e_tgov, "TUR")], ("أنشأت", 1), place=BS[2], time=t_adha1)
p_open = g.prop("other", [], ("فتح", 1), place=BS[2], time=t_adha2, quantities=[q3k])
p_ret = g.prop("other", [], ("العودة", 1), time=t_nov)
p_fitr = g.prop("other", [("agent", ADMS[2], None)], ("سمحت", 1), place=BS[3], time=t_fitr)

g.claim(p_visit, "author")
g.claim(p_site, "author")
g.claim(p_open, s_open, "affirm", "planned")
g.claim(p_open, s_mech, "affirm", "planned")
g.claim(p_open, "author", "affirm", "planned")
g.claim(p_ret, s_ret, "affirm", "planned")
g.claim(p_fitr, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
