"""Gold analysis of V-24 article 2 (Yekiti Media; undated, estimated 2018-01-15, a Monday: the page's poll
is about the US-backed border force of January 2018 and the copyright line says 2018): the government's
parliament approves new electronic ID cards; the interior ministry says those who do not renew lose
citizenship. Judgement calls: the body starts at the third copy of the headline, so the dateline
«يكيتي ميديا - Yekiti Media» is inside it (the Arabic name is annotated as the outlet). The parliament's
decision is an event, not speech. «أكدت ... على ضرورة» is a demand. The ID reform, the obligation to renew
and the loss of citizenship are `other` propositions (planned where the text uses the future)."""
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
g = Gold(text, {"id": "V-24-2", "outlet": "يكيتي ميديا", "published": "2018-01-15", "url": None, "title": None})
PARL = dict(actor="SYR.GOV", party="SYR", role="government", canonical="People's Assembly of Syria")
MOI = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian Ministry of Interior")

e_parl0 = g.ent("برلمان النظام", "ORG", 1, **PARL)
g.ent("يكيتي ميديا", "ORG", 1, **MEDIA("YEKITI", "Yekiti Media"))
e_parl1 = g.ent("برلمان النظام السوري", "ORG", **PARL)
e_dam = g.ent("دمشق", "GPE", **DAMASCUS)
e_syr = g.ent("سوريا", "GPE", 1, **SYRIA)
e_moi = g.ent("وزارة الداخلية", "ORG", **MOI)
e_moi2 = g.ent("الوزارة", "ORG", 1, nominal=True, **MOI)
e_moi3 = g.ent("الوزارة", "ORG", 2, nominal=True, **MOI)
e_moi4 = g.ent("الداخلية السورية", "ORG", **MOI)

t_mon = g.time("صباح الأثنين", "2018-01-15", "part_of_day", "at")
t_2007 = g.time("عام 2007", "2007", "year", "at")

s_need = g.stmt(("وزارة الداخلية", 1, None, e_moi), ("أكدت", 1), "demand",
                ("حضور كل السوريين لتجديد بطاقاتهم الشخصية القديمة , والحصول على بطاقات حديثة الكترونية تعتمد على البصمة", 1))
s_pers = g.stmt(("الوزارة", 1, None, e_moi2), ("أشارت", 1), "assert",
                ("يجب الحصول عليها شخصيا من داخل البلاد , ولا يتم منحها عن طريق السفارات خارجه , كمت أن الاستلام سيكون شخصيا مع تجديد دفتر العائلة لكل مواطن", 1))
s_strip = g.stmt(("الوزارة", 2, None, e_moi3), ("أوضحت", 1), "assert",
                 ("من لم يجدد هويته سيتم سحب الجنسية السورية منه", 1))

p_law = g.prop("other", [("agent", e_parl1, "SYR")], ("وافق", 1), place=e_dam, time=t_mon)
p_renew = g.prop("other", [("agent", e_moi, "SYR")], ("تجديد", 1), place=e_syr)
p_strip = g.prop("other", [("agent", e_moi, "SYR")], ("سحب", 1))
p_2007 = g.prop("other", [("agent", e_moi4, "SYR")], ("أصدرت", 1), time=t_2007)

g.claim(p_law, "author")
g.claim(p_renew, s_need, "affirm", "planned")
g.claim(p_renew, s_pers, "affirm", "planned")
g.claim(p_strip, "author", "affirm", "planned")
g.claim(p_strip, s_strip, "affirm", "planned")
g.claim(p_2007, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
