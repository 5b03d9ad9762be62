"""Gold analysis of R-108 article 9 (Echorouk Online, 2017-12-07): the Russian army says it has completed its
mission and defeated ISIS in Syria (Gen. Sergei Rudskoy on Rossiya 24).

Judgement calls:
- Published: Rudskoy's statement was on Thursday 7 December 2017 («الخميس»); the URL has no date.
- The body runs the lede, then the crawled headline «أنجزنا المهمة وهزمنا داعش في سوريا» (a quote with no
  named speaker, not made a separate statement), then the text.
- «لم تعد هناك مناطق تحت سيطرة التنظيم» = deny claim on ISIS control of territory in Syria; the defeat
  itself is an 'other' proposition. «وأضاف» / «وقال» / «وأشار» continue Rudskoy.
- The 14 long-range bomber sorties over the past month: airstrike with quantity 14 sorties.
- No contradictions.
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
g = Gold(text, {"id": "R-108-9", "outlet": "الشروق أونلاين", "published": "2017-12-07", "url": "https://www.echoroukonline.com/ara/articles/542147.html", "title": None})
RUD = dict(RUSMIL, canonical="Sergei Rudskoy")
e_army = g.ent("الجيش الروسي", "ORG", 1, **RUSMIL)
t_thu = g.time("الخميس", "2017-12-07", "day", "at")
e_isis1 = g.ent("تنظيم الدولة الإسلامية", "ORG", 1, **ISIS)
e_daesh = every(g, "داعش", "ORG", **ISIS)
e_sy = every(g, "سوريا", "GPE", **P("Syria"))
e_tanz = g.ent("التنظيم", "ORG", 1, nominal=True, **ISIS)
e_rud = g.ent("سيرغي رودسكوي", "PER", 1, **RUD)
g.ent("القيادة العامة", "ORG", 1, **dict(RUSMIL, canonical="Russian General Staff"))
g.ent("لجيش الروسي", "ORG", 1, **RUSMIL)  # للجيش
e_r24 = g.ent("محطة روسيا 24 التلفزيونية", "ORG", 1, actor="RUS.MED", party="RUS", role="media", canonical="Rossiya 24")
e_rusaf = g.ent("القوات المسلحة للاتحاد الروسي", "ORG", 1, **RUSMIL)
e_syr = g.ent("قوات الحكومة السورية", "ORG", 1, **SYRMIL)
g.ent("لتنظيم المتشدد", "ORG", 1, nominal=True, **ISIS)  # للتنظيم
e_vvs = g.ent("لسلاح الجو الروسي", "ORG", 1, **dict(RUSMIL, canonical="Russian Aerospace Forces"))
g.ent("روسيا", "GPE", 1, after="طويلة المدى من", **P("Russia"))
e_rusf = g.ent("القوات الروسية", "ORG", 1, **RUSMIL)

t_now1 = g.time("حاليا", "2017-12-07", "day", "at")
t_month = g.time("على مدى الشهر الماضي", "2017-11", "month", "at")
t_now2 = g.time("الآن", "2017-12-07", "day", "at")
q14 = g.qty("14 طلعة", 14, "sorties")

s1 = g.stmt(("الجيش الروسي", 1, None, e_army), ("أعلن", 1), "assert",
            ("أنجز مهمته وهزم تنظيم الدولة الإسلامية ( داعش ) في سوريا ولم تعد هناك مناطق تحت سيطرة التنظيم في البلاد", 1))
s2 = g.stmt(("سيرغي رودسكوي", 1, None, e_rud), ("يقول", 1), "assert",
            ("مهمة هزيمة عناصر داعش الإرهابية على الأراضي السورية التي نفذتها القوات المسلحة للاتحاد الروسي تمت", 1),
            medium=("لقطات على محطة روسيا 24 التلفزيونية", 1), direct=True)
s3 = g.stmt(("سيرغي رودسكوي", 1, None, e_rud), ("أضاف", 1), "assert",
            ("قوات الحكومة السورية تمشط حاليا المناطق التي كانت معاقل للتنظيم المتشدد وتطهرها من الألغام", 1))
s4 = g.stmt(("سيرغي رودسكوي", 1, None, e_rud), ("قال", 1, "الألغام و"), "assert",
            ("كانت المرحلة الأخيرة من دحر الإرهابيين مصحوبة بنشر غير مسبوق لسلاح الجو الروسي", 1), direct=True)
s5 = g.stmt(("سيرغي رودسكوي", 1, None, e_rud), ("أشار", 1), "assert",
            ("الضربات الجوية تضمنت 14 طلعة لمجموعات من قاذفات القنابل طويلة المدى من روسيا نفذت على مدى الشهر الماضي", 1))
s6 = g.stmt(("سيرغي رودسكوي", 1, None, e_rud), ("أضاف", 2), "assert",
            ("القوات الروسية المنتشرة في سوريا الآن تركز على الحفاظ على اتفاقات وقف إطلاق النار واستئناف مظاهر العيش في سلام", 1))

p_def = g.prop("other", [("agent", e_army, "RUS"), ("target", e_isis1, "ISIS")], ("هزم", 1), place=e_sy[0], time=t_thu)
p_ctrl = g.prop("control", [("agent", e_tanz, "ISIS")], ("سيطرة", 1), place=e_sy[0], time=t_thu)
p_demine = g.prop("other", [("agent", e_syr, "SYR")], ("تمشط", 1), time=t_now1)
p_vvs = g.prop("deployment", [("agent", e_vvs, "RUS")], ("بنشر", 1))
p_air = g.prop("airstrike", [("agent", None, "RUS"), ("target", None, "ISIS")], ("الضربات الجوية", 1), time=t_month, quantities=[q14])
p_dep = g.prop("deployment", [("agent", e_rusf, "RUS")], ("المنتشرة", 1), place=e_sy[-1], time=t_now2)
p_cf = g.prop("agreement", [("agent", e_rusf, "RUS")], ("وقف إطلاق النار", 1), place=e_sy[-1])
g.claim(p_def, s1)
g.claim(p_def, s2)
g.claim(p_ctrl, s1, "deny")
g.claim(p_demine, s3)
g.claim(p_vvs, s4)
g.claim(p_air, s5)
g.claim(p_dep, s6)
g.claim(p_cf, s6)
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
