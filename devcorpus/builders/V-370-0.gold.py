"""Gold analysis of V-370 article 0 (Sputnik Arabic, 2016-05-26): the Syrian army and the popular defence
groups find a mass grave of 31 ISIS victims near Palmyra airport (SANA). Judgement calls: the headline is
not clean at the top (fused with the site name and the date line), so the body is the article text from
«عثرت وحدة» to the end; the photo credit «Mikhail Voskresenskiy» inside it is annotated as a PER
without actor. The popular defence groups («مجموعات الدفاع الشعبية», NDF) are SYR.PGM. Finding a grave
is an `other` proposition; the killings behind it a `casualties` proposition by ISIS; «عشرات القتلى»
(author) and 31 (source) are compatible, so no value contradiction. Torture and beheading are an
`attack` on civilians claimed by the SANA source."""
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
g = Gold(text, {"id": "V-370-0", "outlet": "سبوتنيك عربي", "published": "2016-05-26", "url": None, "title": None})
PALM = dict(canonical="Palmyra", place=gn(163808, "Tadmur", 34.5624, 38.28402, "SY", "Homs"))
PAIR = dict(canonical="Palmyra Airport", place=named("Palmyra Airport", "SY", "Homs"))
NDF = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="National Defence Forces")
SANA = MEDIA("SYR.MED", "SANA", "SYR")

e_saa = g.ent("الجيش السوري", "ORG", **SYRMIL)
NDFS = every(g, "مجموعات الدفاع الشعبية", "ORG", **NDF)
PA = every(g, "تدمر", "GPE", skip=(2, 4), **PALM)
AIR = every(g, "مطار تدمر", "FAC", **PAIR)
ISD = every(g, "داعش", "ORG", **ISIS)
e_sana = g.ent("وكالة \" سانا \" السورية للأنباء", "ORG", **SANA)
e_src = g.ent("مصدر ميداني", "PER", nominal=True)
e_src2 = g.ent("المصدر", "PER", 1, after="ولفت", nominal=True)
g.ent("Mikhail Voskresenskiy", "PER", 1, canonical="Mikhail Voskresenskiy")
e_jah = g.ent("حي مساكن الجاهزية", "LOC", canonical="Masaken al-Jahiziya, Palmyra", place=named("Masaken al-Jahiziya, Palmyra", "SY", "Homs"))
e_army = g.ent("الجيش", "ORG", 1, after="وأحكمت وحدات من", **SYRMIL)

t_apr1 = g.time("في الأول من أبريل / نيسان الماضي", "2016-04-01", "day", "at")
t_mar27 = g.time("في 27 مارس / آذار الماضي", "2016-03-27", "day", "at")
q_doz = g.qty("عشرات القتلى", None, "people", "killed")
q31 = g.qty("31 قتيلا", 31, "people", "killed")
q40 = g.qty("40 ضحية", 40, "people", "killed")

s_src = g.stmt(("مصدر ميداني", 1, None, e_src), ("قوله إنه", 1), "assert",
               ("خلال متابعة عمليات تمشيط محيط مطار تدمر , تم العثور على مقبرة جماعية جنوب غرب المطار تضم جثامين 31 قتيلا بينهم جثمانا طفل وامرأة", 1),
               via=[("وكالة \" سانا \" السورية للأنباء", 1, None, e_sana)])
s_tort = g.stmt(("المصدر", 1, "ولفت", e_src2), ("لفت", 1), "assert",
                ("جثامين القتلى ظهرت عليها آثار التعذيب والتنكيل التي تعرضوا لها على أيدي إرهابيي \" داعش \" الذين عمدوا إلى فصل رؤوس بعضها عن أجسادها", 1),
                via=[("وكالة \" سانا \" السورية للأنباء", 1, None, e_sana)])

p_grave = g.prop("other", [("agent", e_saa, "SYR"), ("agent", NDFS[0], "SYR")], ("عثرت", 1), place=AIR[0])
p_kill = g.prop("casualties", [("agent", ISD[0], "ISIS")], ("قضوا", 1), place=AIR[0], quantities=[q_doz, q31])
p_tort = g.prop("attack", [("agent", ISD[1], "ISIS")], ("التعذيب", 1), place=AIR[1])
p_grave2 = g.prop("other", [("agent", NDFS[1], "SYR")], ("عثرت", 1, "وكانت"), place=e_jah, time=t_apr1, quantities=[q40])
p_palm = g.prop("capture", [("agent", e_army, "SYR"), ("agent", NDFS[2], "SYR"), ("target", ISD[2], "ISIS")], ("السيطرة", 1), place=PA[3], time=t_mar27)
p_loss = g.prop("casualties", [("agent", e_army, "SYR"), ("target", ISD[2], "ISIS")], ("خسائر", 1), place=PA[3], time=t_mar27)

g.claim(p_grave, "author")
g.claim(p_grave, s_src)
g.claim(p_kill, "author")
g.claim(p_kill, s_src)
g.claim(p_tort, s_tort)
g.claim(p_grave2, "author")
g.claim(p_palm, "author")
g.claim(p_loss, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
