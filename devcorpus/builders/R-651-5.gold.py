"""Gold analysis of R-651 article 5 (Monte Carlo Doualiya, 2015-02-26): the Washington Post names ISIS's
«Jihadi John» as Mohammed Emwazi; his past in Kuwait and London.

Judgement calls:
- About an ISIS executioner in Syria: conflict news. Body from the headline (after the byline) to the
  end of the article; the «آخر تحديث» date line is before the body, so no publication time is tagged.
- «بحسب صحيفة واشنطن بوست» = the identification statement; the author adds it is unconfirmed
  («لم تؤكدها أي مصادر رسمية»), so no author claim on the identity.
- «اتهموا ... بالانضواء» is passive with no named accuser: no statement; Emwazi's «اتهامات نفاها»
  is a deny statement and «متهما عناصر جهاز الأمن الداخلي البريطاني» an assert statement.
- The friend's «قال إن» content ends at «فتوجه إلى سوريا»; joining ISIS after that is author voice.
- British authorities: party GBR. The beheadings are an author 'attack' claim (ISIS on hostages).
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
g = Gold(text, {"id": "R-651-5", "outlet": "مونت كارلو الدولية", "published": "2015-02-26", "url": None, "title": None})
JJ = dict(ISIS, canonical="Mohammed Emwazi (Jihadi John)")
KUW = dict(canonical="Kuwait", place=named("Kuwait", "KW"))
LON = dict(canonical="London", place=gn(2643743, "London", 51.50853, -0.12574, "GB"))
e_isis0 = g.ent("تنظيم \" داعش \"", "ORG", 1, **ISIS)
e_jj = every(g, "الجهادي جون", "PER", **JJ)
e_em = g.ent("محمد امزاوي", "PER", 1, **JJ)
e_em2 = g.ent("امزاوي", "PER", 1, after="سوريا قبل ثلاثة أعوام .", **JJ)
e_em3 = every(g, "إمزاوي", "PER", **JJ)
e_isis = every(g, "تنظيم الدولة الإسلامية", "ORG", **ISIS)
e_wp = g.ent("صحيفة \" واشنطن بوست \"", "ORG", 1, actor="WAPO", party=None, role="media", canonical="The Washington Post")
e_kw = every(g, "الكويت", "GPE", **KUW)
e_lon = every(g, "لندن", "GPE", **LON)
e_sy = every(g, "سوريا", "GPE", **P("Syria"))
e_gbauth = g.ent("لسلطات البريطانية", "ORG", 1, actor="GBR.GOV", party="GBR", role="government", canonical="British authorities")
g.ent("السلطات", "ORG", 1, after="إيقافه من قبل", nominal=True, actor="GBR.GOV", party="GBR", role="government", canonical="British authorities")
e_tz = g.ent("تنزانيا", "GPE", 1, canonical="Tanzania", place=named("Tanzania", "TZ"))
e_shab = g.ent("حركة الشباب الصومالية", "ORG", 1, actor="SHABAAB", party="SHABAAB", role="armed_group", canonical="Al-Shabaab")
g.ent("مقديشو", "GPE", 1, canonical="Mogadishu", place=named("Mogadishu", "SO"))
g.ent("دار السلام", "GPE", 1, canonical="Dar es Salaam", place=named("Dar es Salaam", "TZ"))
e_mi5 = g.ent("جهاز الأمن الداخلي البريطاني", "ORG", 1, actor="GBR.GOV", party="GBR", role="government", canonical="MI5")
e_friend = g.ent("صديق مقرب له", "PER", 1, nominal=True)
g.ent("السعودية", "GPE", 1, canonical="Saudi Arabia", place=named("Saudi Arabia", "SA"))

t_now = g.time("حتى الآن", "2015-02-26", "day", "until")
t_3y = g.time("قبل ثلاثة أعوام", "2012", "year", "before")
g.time("ائنذاك", None, "vague", "at")
g.time("بعد فترة وجيزة", None, "vague", "after")
t_2012 = g.time("في العام 2012", "2012", "year", "at")

s_wp = g.stmt(("صحيفة \" واشنطن بوست \"", 1, None, e_wp), ("بحسب", 1), "assert",
              ("الجهادي جون \" سفاح تنظيم الدولة الإسلامية واسمه الحقيقي محمد امزاوي", 1))
s_den = g.stmt(("الجهادي جون", 2, None, e_jj[1]), ("نفاها", 1), "deny", ("اتهامات", 1))
s_acc = g.stmt(("الجهادي جون", 2, None, e_jj[1]), ("متهما", 1), "assert",
               ("عناصر جهاز الأمن الداخلي البريطاني بمحاولة الضغط عليه لتجنيده", 1))
s_fr = g.stmt(("صديق مقرب له", 1, None, e_friend), ("قال", 1), "assert",
              ("إمزاوي كان ينوي التوجه إلى السعودية لتدريس اللغة الانجليزية في العام 2012 لكنه وبعد ان فشل في هذا المسعى أراد بدء حياته في مكان آخر فتوجه إلى سوريا", 1))

p_id = g.prop("other", [("agent", e_jj[0], "ISIS")], ("هوية", 1))
p_behead = g.prop("attack", [("agent", e_jj[0], "ISIS")], ("بذبحها", 1))
p_syria = g.prop("other", [("agent", e_em2, "ISIS")], ("التوجه", 1), place=e_sy[0], time=t_3y)
p_arrest = g.prop("arrest", [("agent", e_gbauth, "GBR"), ("target", e_em2, "ISIS")], ("إيقافه", 1), place=e_tz)
p_shab = g.prop("other", [("agent", e_em2, "ISIS"), ("partner", e_shab, "SHABAAB")], ("بالانضواء", 1))
p_mi5 = g.prop("other", [("agent", e_mi5, "GBR"), ("target", e_jj[1], "ISIS")], ("الضغط", 1))
p_join = g.prop("other", [("agent", e_em3[-1], "ISIS"), ("partner", e_isis[-1], "ISIS")], ("لينضم", 1), place=e_sy[-1])
g.claim(p_id, s_wp)
g.claim(p_behead, "author")
g.claim(p_syria, "author")
g.claim(p_syria, s_fr)
g.claim(p_arrest, "author")
g.claim(p_shab, s_den, "deny")
g.claim(p_mi5, s_acc)
g.claim(p_join, "author")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
