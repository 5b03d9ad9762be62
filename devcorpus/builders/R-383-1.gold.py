"""Gold analysis of R-383 article 1 (24.ae, published about 2017-11-12, estimated): Erdogan's spokesman says Russia
postponed its Syria peace congress planned for 18 November and the main Syrian Kurdish faction will not be
invited; the Russian foreign ministry spokeswoman says dates and participants are being worked out.

Judgement calls:
- Published is an estimate: the page date (21 January 2018) is the crawl date; «اليوم الأحد» before a
  congress «كان من المقرر أن يبدأ يوم 18 نوفمبر» is Sunday 2017-11-12; «يوم الخميس» = 2017-11-09.
- Outlet: the site calls itself «موقع 24 الإخباري»; outlet name given as «24».
- Body: third headline copy with the photo caption through the last sentence.
- The headline «تركيا : ...» is a statement by Turkey («:» as cue). The spokeswoman «أشارت إلى إفادتها
  ... التي قالت فيها»: one statement, cue «قالت», medium her weekly briefing.
- Postponement = 'other' (agent Russia). «لن توجه الدعوة إلى الفصيل الكردي» = deny, planned, on the
  Kurds' participation. Russia's «تعمل على تحديد المواعيد» does not deny the postponement: no contradiction.
- The Kurdish faction: party SDF (the caption shows SDF fighters).
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
g = Gold(text, {"id": "R-383-1", "outlet": "24", "published": "2017-11-12", "published_estimated": True, "url": None, "title": None})
TUR = P("Turkey", actor="TUR", party="TUR", role="government")
RUS = P("Russia", actor="RUS", party="RUS", role="government")
e_tur = g.ent("تركيا", "GPE", 1, **TUR)
e_sdf = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
e_ru = every(g, "روسيا", "GPE", **RUS)
e_sy = every(g, "سوريا", "GPE", **P("Syria"))
e_kurds = g.ent("الأكراد", "ORG", 1, nominal=True, **dict(SDF, canonical="Syrian Kurds (PYD/SDF)"))
e_spk = g.ent("متحدث باسم الرئيس التركي", "PER", 1, nominal=True, actor="TUR.GOV", party="TUR", role="government", canonical="Turkish presidential spokesman")
g.ent("رجب طيب أردوغان", "PER", 1, actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
e_kf = g.ent("الفصيل الكردي السوري الرئيسي", "ORG", 1, nominal=True, **dict(SDF, canonical="Syrian Kurds (PYD/SDF)"))
g.ent("أنقرة", "GPE", 1, canonical="Ankara", actor="TUR", party="TUR", role="government", place=PL["Ankara"])
e_rsp = g.ent("متحدثة باسم وزارة الخارجية الروسية", "PER", 1, nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Russian foreign ministry spokeswoman")
e_mos = g.ent("موسكو", "GPE", 1, canonical="Moscow", actor="RUS", party="RUS", role="government", place=PL["Moscow"])
t_sun = g.time("اليوم الأحد", "2017-11-12", "day", "at")
t_18 = g.time("يوم 18 نوفمبر ( تشرين الثاني )", "2017-11-18", "day", "at")
g.time("في وقت لاحق", None, "vague", "after")
t_thu = g.time("يوم الخميس", "2017-11-09", "day", "at")

s_head = g.stmt(("تركيا", 1, None, e_tur), (":", 1), "assert",
                ("روسيا أرجأت مؤتمرا للسلام في سوريا . . ولن يشارك فيه الأكراد", 1))
s_spk = g.stmt(("متحدث باسم الرئيس التركي", 1, None, e_spk), ("قال", 1), "assert",
               ("مؤتمرا للسلام في سوريا برعاية روسيا , كان من المقرر أن يبدأ يوم 18 نوفمبر ( تشرين الثاني ) , تأجل , وإنه لن توجه الدعوة إلى الفصيل الكردي السوري الرئيسي إذا ما جرى عقد المؤتمر في وقت لاحق", 1))
s_ru = g.stmt(("متحدثة باسم وزارة الخارجية الروسية", 1, None, e_rsp), ("قالت", 1), "assert",
              ("موسكو تعمل على تحديد \" المواعيد والمكان والمشاركين", 1), medium=("إفادتها الصحفية الأسبوعية", 1))

p_post = g.prop("other", [("agent", e_ru[0], "RUS")], ("أرجأت", 1), place=e_sy[0], time=t_18)
p_kurd = g.prop("other", [("agent", e_kurds, "SDF")], ("يشارك", 1))
p_plan = g.prop("other", [("agent", e_mos, "RUS")], ("تحديد", 1), time=t_thu)
g.claim(p_post, s_head)
g.claim(p_post, s_spk)
g.claim(p_kurd, s_head, "deny", "planned")
g.claim(p_kurd, s_spk, "deny", "planned")
g.claim(p_plan, s_ru)
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
