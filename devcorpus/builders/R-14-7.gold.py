"""Gold analysis of R-14 article 7 (Al Jadeed, 2017-12-27): the ICRC announces the start of medical evacuations
from Eastern Ghouta to Damascus under a detainee-exchange deal between the government and Jaysh al-Islam.

Judgement calls:
- Published from the URL (27122017) and the date line «07 : 0627 كانون الأول» (07:06, 27 December; the
  crawl glued the time to the day, so the whole string is one time mention).
- Body: second headline copy with the date line and photo caption to the end of the article.
- Evacuation = displacement proposition (people moved), affirmed by the ICRC (headline, lede, Twitter),
  SAMS via Reuters (four moved) and Kattoub (five approved); the author's «لم يتضح لماذا لم يغادر سوى
  أربعة فقط من الخمسة» explains the 4 vs 5: approved vs moved, not a value contradiction.
- «رفضت متحدثة ... إعطاء مزيد من التفاصيل» is a refusal to comment: a deny-stance statement with no claim.
- ICRC, SARC and SAMS: no party (humanitarian). Jaysh al-Islam and «المعارضة السورية المسلحة»: SYR.OPP.
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
g = Gold(text, {"id": "R-14-7", "outlet": "الجديد", "published": "2017-12-27", "url": "https://www.aljadeed.tv/arabic/news/arab-world/27122017", "title": None})
ICRC = dict(actor="ICRC", party=None, role="other", canonical="International Committee of the Red Cross")
SARC = dict(actor="SARC", party=None, role="other", canonical="Syrian Arab Red Crescent")
SAMS = dict(actor="SAMS", party=None, role="other", canonical="Syrian American Medical Society")
EG = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
e_icrc0 = g.ent("الصليب الأحمر", "ORG", 1, **ICRC)
t_pub = g.time("07 : 0627 كانون الأول", "2017-12-27", "day", "at")
g.ent("لجنة الدولية للصليب الأحمر", "ORG", 1, after="قافلة سيارات تابعة ل", **ICRC)  # للجنة
e_mission = g.ent("بعثة الصليب الأحمر في سوريا", "ORG", 1, **ICRC)
e_spk = g.ent("متحدثة باسم اللجنة الدولية للصليب الأحمر", "PER", 1, nominal=True, **dict(ICRC, canonical="ICRC spokeswoman"))
e_icrc = every(g, "اللجنة الدولية للصليب الأحمر", "ORG", **ICRC)
e_eg = every(g, "الغوطة الشرقية", "LOC", **EG)
e_sy = every(g, "سوريا", "GPE", **P("Syria"))
e_opp = g.ent("لمعارضة السورية المسلحة", "ORG", 1, **OPP)  # للمعارضة
g.ent("تويتر", "ORG", 1, canonical="Twitter")
g.ent("تويتر", "ORG", 2, canonical="Twitter")
e_sarc = g.ent("الهلال الأحمر السوري", "ORG", 1, **SARC)
e_sarc2 = g.ent("الهلال الأحمر العربي السوري", "ORG", 1, **SARC)
e_dam = every(g, "دمشق", "GPE", **P("Damascus"))
e_sams = every(g, "الجمعية الطبية السورية الأميركية", "ORG", **SAMS)
e_reu = g.ent("وكالة \" رويترز \"", "ORG", 1, actor="REUTERS", party=None, role="media", canonical="Reuters")
e_kat = g.ent("محمد قطوب", "PER", 1, **dict(SAMS, canonical="Mohamad Katoub"))
e_gov = g.ent("الحكومة السورية", "ORG", 1, **SYRGOV)
e_jai = g.ent("جيش الإسلام", "ORG", 1, **dict(OPP, canonical="Jaysh al-Islam"))

t_early = g.time("في ساعة مبكرة اليوم", "2017-12-27", "part_of_day", "at")
t_night = g.time("الليلة", "2017-12-27", "part_of_day", "at")
g.time("خلال الأيام القادمة", None, "vague", "after")
q4 = g.qty("أربعة مرضى", 4, "people")
q29 = g.qty("29 حالة حرجة", 29, "people")
q5 = g.qty("خمسة أشخاص", 5, "people")

s_head = g.stmt(("الصليب الأحمر", 1, None, e_icrc0), ("يعلن", 1), "assert", ("بدء عملية إجلاء طبي من الغوطة الشرقية", 1))
s1 = g.stmt(("اللجنة الدولية للصليب الأحمر", 1, None, e_icrc[0]), ("أعلنت", 1), "assert",
            ("تم البدء في عمليات إجلاء طبي من جيب خاضع للمعارضة السورية المسلحة في الغوطة الشرقية", 1))
s2 = g.stmt(("بعثة الصليب الأحمر في سوريا", 1, None, e_mission), ("ذكرت", 1), "assert",
            ("الهلال الأحمر السوري وفريق اللجنة الدولية للصليب الأحمر شرعا الليلة بإجلاء مصابين بجروح خطرة من الغوطة الشرقية إلى دمشق", 1),
            medium=("حسابها على موقع \" تويتر \"", 1), direct=True)
s3 = g.stmt(("الجمعية الطبية السورية الأميركية", 1, None, e_sams[0]), ("قالت", 1), "assert",
            ("تم نقل أربعة مرضى إلى مستشفيات في دمشق وهم بمثابة الدفعة الأولى من 29 حالة حرجة جرت الموافقة على إجلائها للعلاج على أن يتم إجلاء الباقين خلال الأيام القادمة", 1),
            via=[("وكالة \" رويترز \"", 1, None, e_reu)])
s4 = g.stmt(("محمد قطوب", 1, None, e_kat), ("قال", 1, "القادمة ."), "assert",
            ("تمت الموافقة على إجلاء خمسة أشخاص كدفعة أولى في إطار اتفاق لتبادل المحتجزين بين الحكومة السورية وجماعة جيش الإسلام المسلحة", 1),
            medium=("تغريدة على تويتر", 1))
s5 = g.stmt(("الهلال الأحمر العربي السوري", 1, None, e_sarc2), ("قال", 1, "الخمسة ."), "assert",
            ("عمليات الإجلاء جاءت بعد \" مفاوضات طويلة", 1))
s6 = g.stmt(("متحدثة باسم اللجنة الدولية للصليب الأحمر", 1, None, e_spk), ("رفضت", 1), "deny",
            ("إعطاء مزيد من التفاصيل بسبب حساسية العملية", 1))

p_evac = g.prop("displacement", [("agent", e_icrc[0], None), ("agent", e_sarc, None)], ("إجلاء", 1), place=e_eg[0], time=t_early,
                quantities=[q4, q29, q5])
p_ctrl = g.prop("control", [("agent", e_opp, "SYR.OPP")], ("خاضع", 1), place=e_eg[1])
p_deal = g.prop("agreement", [("agent", e_gov, "SYR"), ("agent", e_jai, "SYR.OPP")], ("اتفاق", 1))
for s in (s_head, s1, s2, s3, s4, s5):
    g.claim(p_evac, s)
g.claim(p_evac, "author")
g.claim(p_ctrl, s1)
g.claim(p_deal, s4)
g.claim(p_deal, s5)
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
