"""Gold analysis of V-7 article 9 (Raqqa is Being Slaughtered Silently; date estimated 2017-07-14 from the
«14 يوليو» just before the headline, consistent with the Raqqa offensive and «since the start of Ramadan»):
young men of Raqqa caught between SDF conscription raids and ISIS recruitment and abductions.
Judgement calls: the crawl splits words at shadda / ta marbuta («الرق ة», «قو ات», «أك د»); spans follow
the text as it stands. The outlet calls the SDF «ميليشيا قسد»; all SDF and YPG mentions are party SDF.
Arrest campaigns for conscription are `arrest` (and the forced enlistment an `other` proposition);
ISIS taking young men during withdrawals is `arrest` (abduction). The «القصف المتواصل» on Raqqa has no
named agent (airstrike, agent null). «اليوم» in «ولكن واليوم» / «فالتنظيم اليوم» means «nowadays»
(vague). The families who fled («بعض العائلات التي نزحت») are the source of a statement; their
displacement is an author claim. The article is an opinionated report: generalisations about ISIS
recruitment (salaries, children as suicide bombers) are author claims of type `other`."""
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
g = Gold(text, {"id": "V-7-9", "outlet": "الرقة تذبح بصمت", "published": "2017-07-14", "url": None, "title": None})
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")

g.ent("الرقة", "GPE", 1, **RAQQA)
QSD = every(g, "قسد", "ORG", **SDF)
ISD = every(g, "داعش", "ORG", **ISIS)
TNZ = every(g, "التنظيم", "ORG", nominal=True, **ISIS)
RQ = every(g, "الرق ة", "GPE", skip=(2,), **RAQQA)
e_sdf1 = g.ent("قو ات سوريا الديمقراطي ة", "ORG", **SDF)
g.ent("الوحدات الكردي ة", "ORG", actor="SDF", party="SDF", role="armed_group", canonical="People's Protection Units (YPG)")
e_civ = g.ent("بعض المدنيين", "PER", nominal=True)
e_nraq = g.ent("ريف الرق ة الشمالي", "LOC", canonical="Northern Raqqa countryside", place=named("Northern Raqqa countryside", "SY", "Raqqa"))
TA = every(g, "تل أبيض", "GPE", canonical="Tell Abyad", place=named("Tell Abyad", "SY", "Raqqa"))
g.ent("سلوك", "GPE", canonical="Suluk", place=named("Suluk", "SY", "Raqqa"))
g.ent("عين عيسى", "GPE", canonical="Ayn Issa", place=named("Ayn Issa", "SY", "Raqqa"))
e_huw = g.ent("الحويجة", "GPE", canonical="Al-Huwayjah", place=named("Al-Huwayjah", "SY", "Raqqa"))
e_fam = g.ent("بعض العائلات", "PER", nominal=True)
e_coal = g.ent("طيران التحالف", "ORG", actor="COALITION", party="USA", role="military", canonical="US-led coalition")
e_ratla = g.ent("رطلة", "GPE", canonical="Ratla", place=named("Ratla", "SY", "Raqqa"))
e_act = g.ent("ناشطون", "PER", nominal=True)
BORD = every(g, "الحدود التركي ة", "LOC", canonical="Syria-Turkey border", place=named("Syria-Turkey border", None))
TA_ = every(g, "الجيش التركي", "ORG", **TURMIL)
g.ent("أوروبا", "LOC", canonical="Europe", place=named("Europe", None))

t_2d = g.time("في اليومين الفائتين", "2017-07-12/2017-07-13", "day", "at")
t_ram = g.time("منذ بداية شهر رمضان", "2017-05-27", "day", "since")
t_now1 = g.time("اليوم", None, "vague", "at", 1)
t_now2 = g.time("اليوم", None, "vague", "at", 2)
t_days = g.time("قبل عد ة أيام", None, "vague", "before")
q_k = g.qty("شاب", 1, "people", "killed", 1, after="قتل")
q_w = g.qty("آخر", 1, "people", "wounded", 1, after="وإصابة")
q_dz = g.qty("العشرات من شباب", None, "people", "captured")

s_civ = g.stmt(("بعض المدنيين", 1, None, e_civ), ("أك د", 1), "confirm",
               ("قو ات \" قسد \" تقوم بين الفينة والأخرى بحملة اعتقالات عشوائي ة تطال الشباب , تاركين الأطفال مادون ال 15 عام ا , أم ا البقي ة فيتم سوقهم ضمن صفوف ميليشيا \" قسد \" , والزج بهم على جبهات القتال مع تنظيم داعش , وتقديمهم على أن هم متطوعين", 1))
s_fam = g.stmt(("بعض العائلات", 1, None, e_fam), ("أشارت", 1), "assert",
               ("بمجر د وصولهم تقوم قو ات \" قسد \" بالاستفسار عن إذ ما كان معهم شباب , وذلك من أجل سوقهم إلى الخدمة في صفوفهم", 1))
s_act = g.stmt(("ناشطون", 1, None, e_act), ("يرج ح", 1), "estimate",
               ("يتم اقتيادهم إلى جبهات القتال , من أجل سد الثغور في مناطق تعاني من نقص عناصره", 1))

p_adv = g.prop("advance", [("agent", e_sdf1, "SDF")], ("تقد مها", 1), place=RQ[0])
p_arr = g.prop("arrest", [("agent", e_sdf1, "SDF")], ("الاعتقالات", 1), place=RQ[0])
p_cons = g.prop("other", [("agent", QSD[1], "SDF")], ("سوقهم", 1), place=e_nraq)
p_arr3 = g.prop("arrest", [("agent", QSD[3], "SDF")], ("حملة اعتقالات", 1, "هذا وقد"), place=TA[0], time=t_2d)
p_kill = g.prop("casualties", [("agent", QSD[3], "SDF")], ("قتل", 1), place=e_huw, time=t_2d, quantities=[q_k, q_w])
p_disp = g.prop("displacement", [], ("نزحت", 1), place=RQ[2])
p_bomb = g.prop("airstrike", [], ("القصف", 1), place=RQ[2], time=t_ram)
p_isctl = g.prop("control", [("agent", TNZ[0], "ISIS")], ("سيطرته", 1), place=RQ[4])
p_isrec = g.prop("other", [("agent", TNZ[0], "ISIS")], ("بإجبار", 1), place=RQ[4])
p_coal = g.prop("airstrike", [("agent", e_coal, "USA"), ("target", TNZ[2], "ISIS")], ("قصف", 1, "ما يتلقاه من"), time=t_now1)
p_sdfatt = g.prop("attack", [("agent", QSD[6], "SDF"), ("target", TNZ[2], "ISIS")], ("استهداف", 1), time=t_now1)
p_wd = g.prop("withdrawal", [("agent", TNZ[4], "ISIS")], ("انسحابه", 1), time=t_now2)
p_abd = g.prop("arrest", [("agent", TNZ[4], "ISIS")], ("اختطاف", 1), place=e_ratla, time=t_days, quantities=[q_dz])
p_front = g.prop("other", [("agent", TNZ[4], "ISIS")], ("اقتيادهم", 3))
p_loss = g.prop("casualties", [("target", TNZ[5], "ISIS")], ("فصد", 1), place=RQ[5])
p_kids = g.prop("other", [("agent", ISD[5], "ISIS")], ("يستغلهم", 1))
p_flee = g.prop("displacement", [], ("الفرار", 1), place=BORD[0])
p_tfire = g.prop("attack", [("agent", TA_[0], "TUR")], ("بنيران", 1), place=BORD[0])
p_eur = g.prop("displacement", [], ("الهجرة", 1))

for p in (p_adv, p_arr, p_cons, p_arr3, p_kill, p_disp, p_bomb, p_isctl, p_isrec, p_coal, p_sdfatt, p_wd, p_abd,
          p_loss, p_kids, p_flee, p_tfire, p_eur):
    g.claim(p, "author")
g.claim(p_arr, s_civ)
g.claim(p_cons, s_civ)
g.claim(p_cons, s_fam)
g.claim(p_front, s_act, "affirm", "possible")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
