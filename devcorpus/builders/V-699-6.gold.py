"""Gold analysis of V-699 article 6 (Al-Kalima Online; undated, estimated 2017-12-04 from the «Night Tiger»
reports of early December 2017 and Bouthaina Shaaban's talks with China the week before): media report
that a Chinese counter-terrorism unit, «Night Tiger», arrived in Tartus.
Judgement calls: the body starts at the second copy of the headline, so the share crumb «شارك هذا
الخبر» is inside it. The headline asserts Chinese forces in Syria in the author's voice. «أفادت وسائل
إعلام عن مصادر في سوريا» is a chain: the sources speak, the media are the via. «معلومات صحافية» is a
nominal media source. The discussed participation of Chinese special forces is a possible `support`;
the Turkistan Islamic Party (TIP, its own party code) being in Rif Dimashq is a `deployment` claimed by
the press information."""
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
g = Gold(text, {"id": "V-699-6", "outlet": "الكلمة أونلاين", "published": "2017-12-04", "url": None, "title": None})
CHNMIL = dict(actor="CHN.MIL", party="CHN", role="military", canonical="People's Liberation Army")
TIGER = dict(actor="CHN.MIL", party="CHN", role="military", canonical="Night Tiger special unit")

e_tig0 = g.ent("نمر الليل المظلم", "ORG", 1, **TIGER)
e_cf = g.ent("قوات صينية", "ORG", nominal=True, **CHNMIL)
SY = every(g, "سوريا", "GPE", **SYRIA)
e_media = g.ent("وسائل إعلام", "ORG", nominal=True, role=None, canonical="Media")
e_src = g.ent("مصادر", "PER", 1, nominal=True)
g.ent("وحدة خاصة لمكافحة الإرهاب", "ORG", nominal=True, **TIGER)
g.ent("لقوات المسلحة الصينية", "ORG", **CHNMIL)  # للقوات
g.ent("نمر الليل المظلم", "ORG", 2, **TIGER)
e_tart = g.ent("طرطوس", "GPE", canonical="Tartus", place=gn(163345, "Ţarţūs", 34.88902, 35.88659, "SY", "Tartus"))
e_press = g.ent("معلومات صحافية", "ORG", nominal=True, role=None, canonical="Press reports")
g.ent("رئيس النظام السوري", "PER", nominal=True, actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
g.ent("بشار الاسد", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
e_shaaban = g.ent("بثينة شعبان", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bouthaina Shaaban")
e_chnoff = g.ent("مسؤولين عسكريين صينيين", "PER", nominal=True, **CHNMIL)
e_csf = g.ent("قوات خاصة صينية", "ORG", nominal=True, **CHNMIL)
e_tip = g.ent("حركة تركستان الشرقية الإسلامية", "ORG", actor="TIP", party="TIP", role="armed_group", canonical="Turkistan Islamic Party")
e_syrf = g.ent("القوات السورية", "ORG", **SYRMIL)
e_rd = g.ent("ريف دمشق", "GPE", canonical="Rif Dimashq Governorate", place=named("Rif Dimashq Governorate", "SY", "Rif Dimashq"))

t_wk = g.time("الأسبوع الماضي", "2017-11-27/2017-12-03", "week", "at")

s_src = g.stmt(("مصادر", 1, None, e_src), ("أفادت", 1), "assert",
               ("وصول وحدة خاصة لمكافحة الإرهاب تابعة للقوات المسلحة الصينية \" نمر الليل المظلم \" إلى طرطوس السورية", 1),
               via=[("وسائل إعلام", 1, None, e_media)])
s_press = g.stmt(("معلومات صحافية", 1, None, e_press), ("قالت", 1), "assert",
                 ("مستشارة رئيس النظام السوري بشار الاسد بثينة شعبان بحثت مع مسؤولين عسكريين صينيين مشاركة قوات خاصة صينية في محاربة الإرهابيين من \" حركة تركستان الشرقية الإسلامية \" الذين رصدت القوات السورية وجودهم في ريف دمشق", 1))

p_dep = g.prop("deployment", [("agent", e_tig0, "CHN")], ("وصول", 1), place=e_tart)
p_talks = g.prop("other", [("agent", e_shaaban, "SYR"), ("partner", e_chnoff, "CHN")], ("مباحثات", 1), time=t_wk)
p_part = g.prop("support", [("agent", e_csf, "CHN"), ("partner", None, "SYR"), ("target", e_tip, "TIP")], ("مشاركة", 1))
p_tip = g.prop("deployment", [("agent", e_tip, "TIP")], ("وجودهم", 1), place=e_rd)

g.claim(p_dep, "author")
g.claim(p_dep, s_src)
g.claim(p_talks, "author")
g.claim(p_talks, s_press)
g.claim(p_part, s_press, "affirm", "possible")
g.claim(p_tip, s_press)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
