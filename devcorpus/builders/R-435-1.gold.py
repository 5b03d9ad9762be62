"""Gold analysis of R-435 article 1 (Al Jazeera Net, 2017-11-01): a Russian submarine fires three Kalibr missiles
at ISIS targets in Deir ez-Zor, per the Russian defence ministry; the September strike on Idlib recalled.

Judgement calls:
- Body: headline, date line and photo caption through the last sentence.
- Missile strikes from a submarine = shelling (EVENTS: rockets, missiles), agent RUS.
- The lede calls the missiles «بالستية», the ministry's statement «عابرة من نوع كاليبر»; that is the
  outlet's wording, not two accounts of a different event, and not a number clash: no contradiction.
- The caption's «روسيا أعلنت» and paragraph 4's ministry announcement report the same September Idlib
  strike: two statements on one proposition. The submarine's name is not tagged (no vessel type).
- Headline is author voice; «وأضافت الوزارة» continues the ministry.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, adm=None):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": adm}
PL = {
 "Syria": gn(163843, "Syria", 35.0, 38.0, "SY"), "Iraq": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
 "Russia": gn(2017370, "Russia", 60.0, 100.0, "RU"), "Turkey": gn(298795, "Turkey", 39.0, 35.0, "TR"),
 "United States": gn(6252001, "United States", 39.76, -98.5, "US"), "Iran": gn(130758, "Iran", 32.0, 53.0, "IR"),
 "Israel": gn(294640, "Israel", 31.5, 34.75, "IL"), "Lebanon": gn(272103, "Lebanon", 33.83333, 35.83333, "LB"),
 "Jordan": gn(248816, "Jordan", 31.0, 36.0, "JO"),
 "Aleppo": gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"),
 "Damascus": gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"),
 "Idlib": gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"),
 "Homs": gn(169577, "Homs", 34.72405, 36.72559, "SY", "Homs"),
 "Hama": gn(170017, "Ḩamāh", 35.13179, 36.75783, "SY", "Hama"),
 "Raqqa": gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"),
 "Deir ez-Zor": gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"),
 "Abu Kamal": gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"),
 "Al Mayadin": gn(173480, "Al Mayādīn", 35.01982, 40.45154, "SY", "Deir ez-Zor"),
 "Palmyra": gn(163808, "Tadmur", 34.5624, 38.28402, "SY", "Homs"),
 "Manbij": gn(167357, "Manbij", 36.52815, 37.95495, "SY", "Aleppo"),
 "Al Bab": gn(174018, "Al Bāb", 36.37051, 37.5157, "SY", "Aleppo"),
 "Afrin": gn(174186, "‘Afrīn", 36.51194, 36.86954, "SY", "Aleppo"),
 "Kobani": gn(172256, "‘Ayn al ‘Arab", 36.89095, 38.35347, "SY", "Aleppo"),
 "Daraa": gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"),
 "Douma": gn(170592, "Dūmā", 33.57175, 36.4027, "SY", "Rif Dimashq"),
 "Latakia": gn(173576, "Latakia", 35.53125, 35.79088, "SY", "Latakia"),
 "Hasakah": gn(173811, "Al Ḩasakah", 36.50237, 40.74772, "SY", "Al-Hasakah"),
 "Qamishli": gn(173377, "Al Qāmishlī", 37.05215, 41.23142, "SY", "Al-Hasakah"),
 "Tabqa": gn(172374, "Al-Tabqa", 35.83758, 38.54828, "SY", "Raqqa"),
 "Khan Shaykhun": gn(168325, "Khān Shaykhūn", 35.44208, 36.65095, "SY", "Idlib"),
 "Jarabulus": gn(169179, "Jarābulus", 36.8175, 38.01111, "SY", "Aleppo"),
 "Azaz": gn(172082, "I‘zāz", 36.58662, 37.04628, "SY", "Aleppo"),
 "Moscow": gn(524901, "Moscow", 55.75204, 37.61781, "RU"), "Ankara": gn(323786, "Ankara", 39.91987, 32.85427, "TR"),
 "Tehran": gn(112931, "Tehran", 35.69439, 51.42151, "IR"), "Beirut": gn(276781, "Beirut", 33.89332, 35.50157, "LB"),
 "Baghdad": gn(98182, "Baghdad", 33.34058, 44.40088, "IQ"), "Astana": gn(1526273, "Astana", 51.1801, 71.44598, "KZ"),
 "Geneva": gn(2660646, "Geneva", 46.20222, 6.14569, "CH"), "Sochi": gn(491422, "Sochi", 43.59699, 39.72477, "RU"),
 "Amman": gn(250441, "Amman", 31.95522, 35.94503, "JO"), "Istanbul": gn(745044, "Istanbul", 41.01384, 28.94966, "TR"),
}
def P(key, canonical=None, **kw):
    """entity kwargs for a known place"""
    d = dict(canonical=canonical or key, place=PL[key])
    d.update(kw)
    return d
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hayat Tahrir al-Sham / Jabhat Fateh al-Sham (al-Nusra)")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
SOHR = dict(actor="SOHR", party=None, role="other", canonical="Syrian Observatory for Human Rights")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian armed forces")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish armed forces")
HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")

def every(g, s, typ, **kw):
    """every whole-word occurrence of s not overlapping an entity already listed"""
    ids, n = [], 0
    while True:
        n += 1
        try:
            sp = g.span(s, n)
        except AssertionError:
            break
        if any(sp[0] < e["span"][1] and e["span"][0] < sp[1] for e in g.out["entities"]):
            continue
        ids.append(g.ent(s, typ, n, **kw))
    return ids

def eid(g, s, nth=1, after=None):
    """id of the entity listed at that mention"""
    sp = g.span(s, nth, after)
    for e in g.out["entities"]:
        if e["span"] == sp:
            return e["id"]
    raise AssertionError(f"no entity at {s} {nth} {after}")
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-435-1", "outlet": "الجزيرة نت", "published": "2017-11-01", "url": None, "title": None})
MOD = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Ministry of Defence")
DEZ = P("Deir ez-Zor")
MED = dict(canonical="Mediterranean Sea", place=named("Mediterranean Sea"))
e_dez0 = g.ent("دير الزور", "GPE", 1, **DEZ)
t_pub = g.time("1 / 11 / 2017", "2017-11-01", "day", "at")
e_rus = g.ent("روسيا", "GPE", 1, **P("Russia", actor="RUS", party="RUS", role="government"))
t_sep1 = g.time("سبتمبر / أيلول الماضي", "2017-09", "month", "at")
e_idl0 = g.ent("إدلب", "GPE", 1, **P("Idlib"))
g.ent("البحر الأبيض", "LOC", 1, **MED)
g.ent("غيتي", "ORG", 1, actor="GETTY", party=None, role="media", canonical="Getty Images")
e_army = g.ent("الجيش الروسي", "ORG", 1, **dict(RUSMIL))
q3a = g.qty("ثلاثة صواريخ", 3, "missiles", nth=1)
g.ent("البحر الأبيض المتوسط", "LOC", 1, **MED)
e_isis1 = g.ent("تنظيم الدولة الإسلامية", "ORG", 1, **ISIS)
e_dez1 = g.ent("منطقة دير الزور", "GPE", 1, **DEZ)
g.ent("سوريا", "GPE", 1, **P("Syria"))
e_mod1 = g.ent("وزارة الدفاع الروسية", "ORG", 1, **MOD)
t_tue = g.time("الثلاثاء", "2017-10-31", "day", "at")
q3b = g.qty("ثلاثة صواريخ", 3, "missiles", nth=2)
g.ent("البحر المتوسط", "LOC", 1, **MED)
g.ent("تنظيم الدولة", "ORG", 1, after="أهداف مهمة ل", **ISIS)
g.ent("منطقة دير الزور", "GPE", 2, **DEZ)
e_min = g.ent("الوزارة", "ORG", 1, after="وأضافت", nominal=True, **MOD)
e_mod2 = g.ent("وزارة الدفاع الروسية", "ORG", 2, **MOD)
t_sep2 = g.time("سبتمبر / أيلول الما ضي", "2017-09", "month", "at")
e_idlgov = g.ent("محافظة إدلب", "GPE", 1, canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
g.ent("البحر الأبيض المتوسط", "LOC", 2, **MED)
e_jfs = g.ent("جبهة فتح الشام", "ORG", 1, **HTS)
g.ent("النصرة", "ORG", 1, **HTS)
g.ent("إدلب", "GPE", 1, after="النصرة سابقا ) في", **P("Idlib"))

s_cap = g.stmt(("روسيا", 1, None, e_rus), ("أعلنت", 1), "assert",
               ("قصفت مواقع في إدلب بصواريخ \" كاليبر \" أ طلقت من غواصة روسية بالبحر الأبيض", 1))
s_army = g.stmt(("الجيش الروسي", 1, None, e_army), ("أعلن", 1), "assert",
                ("غواصة روسية أطلقت ثلاثة صواريخ بالستية من البحر الأبيض المتوسط على أهداف لتنظيم الدولة الإسلامية في منطقة دير الزور ( شرقي سوريا )", 1))
s_mod = g.stmt(("وزارة الدفاع الروسية", 1, None, e_mod1), ("قالت", 1), "assert",
               ("الغواصة \" فيليكي نوفغوغراد \" أطلقت الثلاثاء ثلاثة صواريخ عابرة من نوع كاليبر من مياه شرقي البحر المتوسط على أهداف مهمة لتنظيم الدولة في منطقة دير الزور , مستهدفة \" مراكز قيادة وتجمعا للمقاتلين وآليات ومخزنا للذخيرة \"", 1),
               medium=("بيان لها", 1))
s_mod2 = g.stmt(("الوزارة", 1, "وأضافت", e_min), ("أضافت", 1), "assert",
                ("تدمير هذه الأهداف تأكد من \" المعلومات التي قدمتها مراكز استطلاع \"", 1))
s_mod3 = g.stmt(("وزارة الدفاع الروسية", 2, None, e_mod2), ("أعلنت", 1, "وكانت"), "assert",
                ("قصفت مواقع في محافظة إدلب بصواريخ مجنحة من نوع كاليبر أ طلقت من غواصة روسية بالبحر الأبيض المتوسط , مستهدفة مواقع لجبهة فتح الشام ( النصرة سابقا ) في إدلب", 1))

p_dez = g.prop("shelling", [("agent", e_army, "RUS"), ("target", e_isis1, "ISIS")], ("تقصف", 1), place=e_dez1, time=t_tue, quantities=[q3a, q3b])
p_idl = g.prop("shelling", [("agent", e_mod2, "RUS"), ("target", e_jfs, "HTS")], ("قصفت", 1, "وكانت"), place=e_idlgov, time=t_sep2)
g.claim(p_dez, "author")
g.claim(p_dez, s_army)
g.claim(p_dez, s_mod)
g.claim(p_dez, s_mod2)
g.claim(p_idl, s_cap)
g.claim(p_idl, s_mod3)
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
