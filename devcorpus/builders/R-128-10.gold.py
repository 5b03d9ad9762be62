"""Gold analysis of R-128 article 10 (Al-Diplomasy, about 2017-11-17, estimated): six Russian long-range
bombers strike ISIS near Albukamal on Friday, per the Russian defence ministry via Russian agencies and TASS.

Judgement calls:
- published: no date in the crawl; the strike was Friday 17 Nov 2017 and the text says "يوم الجمعة":
  estimated that day.
- Body from the headline; the byline "- الدبلوماسي وكالات -" stays inside (outlet and agencies as ORG).
- The headline, without a cue, is the author's claim. The agencies' "وأضافت" (bomber type, route over
  Iran and Iraq) is their own statement, a claim on the same strike.
- "الأقمار الصناعية وطائرات مراقبة بدون طيار أكدت" inside the ministry's words is evidence, not a speaker.
- "للدولة الإسلامية" (ل + الدولة) quoted as "لدولة الإسلامية".
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
g = Gold(text, {"id": "R-128-10", "outlet": "الدبلوماسي", "published": "2017-11-17", "url": "http://www.aldiplomasy.com/?p=54952", "title": None})
MOD = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Ministry of Defence")
RMED = media("RUS.MED", "Russian news agencies", "RUS")
e_isis0 = g.ent("داعش", "ORG", 1, **ISIS)
e_syr0 = g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("الدبلوماسي", "ORG", 1, **media("ALDIPLOMASY", "Al-Diplomasy"))
g.ent("وكالات", "ORG", 1, nominal=True)
e_rna = g.ent("وكالات أنباء روسية", "ORG", nominal=True, **RMED)
e_mod = g.ent("وزارة الدفاع", "ORG", **MOD)
e_isis1 = g.ent("تنظيم الدولة الإسلامية", "ORG", **ISIS)
e_abu = g.ent("البوكمال", "GPE", canonical="Abu Kamal", place=gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"))
g.ent("محافظة دير الزور", "GPE", **gov("Deir ez-Zor Governorate", "Deir ez-Zor"))
g.ent("سوريا", "GPE", 2, **SYRIA)
e_rna2 = g.ent("وكالات الأنباء", "ORG", nominal=True, **RMED)
g.ent("روسيا", "GPE", 1, **country(RUSSIA, "RUS"))
g.ent("إيران", "GPE", 1, **IRAN)
g.ent("العراق", "GPE", 1, **IRAQ)
e_tass = g.ent("وكالة تاس", "ORG", **media("RUS.MED", "TASS", "RUS"))
e_min = g.ent("الوزارة", "ORG", 1, nominal=True, **MOD)
g.ent("لدولة الإسلامية", "ORG", 1, **ISIS)

t_fri = g.time("يوم الجمعة", "2017-11-17", "day", "at")
q6 = g.qty("ست قاذفات", 6, "aircraft")

s1 = g.stmt(("وزارة الدفاع", 1, None, e_mod), ("قوله إن", 1), "assert",
            ("ست قاذفات روسية بعيدة المدى ضربت أهدافا لتنظيم الدولة الإسلامية قرب بلدة البوكمال في محافظة دير الزور في سوريا يوم الجمعة", 1),
            via=[("وكالات أنباء روسية", 1, None, e_rna)], medium=("بيان", 1))
s2 = g.stmt(("وكالات الأنباء", 1, None, e_rna2), ("أضافت", 1), "assert",
            ("القاذفات من الطراز توبوليف ( تي . يو - 22 إم 3 ) أقلعت من قواعد في روسيا وحلقت فوق إيران والعراق قبل تنفيذ غاراتها", 1))
s3 = g.stmt(("الوزارة", 1, None, e_min), ("قولها إن", 1), "assert",
            ("الطائرات قصفت مواقع حصينة للدولة الإسلامية واستهدفت مسلحين وعربات مدرعة وإن الأقمار الصناعية وطائرات مراقبة بدون طيار أكدت تدمير الأهداف التي تم تحديدها", 1),
            via=[("وكالة تاس", 1, None, e_tass)])
p = g.prop("airstrike", [("agent", e_mod, "RUS"), ("target", e_isis1, "ISIS")], ("تضرب", 1), place=e_abu, time=t_fri, quantities=[q6])
for s in ("author", s1, s2, s3):
    g.claim(p, s)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
