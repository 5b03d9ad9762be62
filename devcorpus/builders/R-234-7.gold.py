"""Gold analysis of R-234 article 7 (Alyaum TV, published about 2017-12-21, estimated): the UN says at least 16
patients died in besieged Eastern Ghouta awaiting medical evacuation; Jan Egeland blames the blocked access.

Judgement calls:
- Published is an estimate: the text cites a WFP report of November 2017 and «بدء جولة محادثات جديدة في
  أستانا», the round of 21-22 December 2017, when Egeland gave this figure.
- Body: the last copy of the headline (running into the lede) through the WFP paragraph.
- «عبر عن خشيته» (UN official, Egeland) = estimate. Egeland's «أكد بدوره وفاة هؤلاء الأشخاص» = confirm on
  the same casualties proposition as the UN announcement (the headline's 16 is author voice).
- The regime's refusal/no approval for aid and evacuations: an 'other' proposition (UN and Egeland);
  the siege itself is author voice plus Egeland's «الحصار القاتل».
- Strikes «لمئات الغارات والقذائف» by regime forces: an airstrike and a shelling proposition, author.
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
g = Gold(text, {"id": "R-234-7", "outlet": "قناة اليوم", "published": "2017-12-21", "published_estimated": True,
                "url": "https://alyaumtv.net/?p=18793", "title": None})
UN = dict(actor="UN", party=None, role="other", canonical="United Nations")
EGE = dict(UN, canonical="Jan Egeland")
EG = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
q16a = g.qty("16 مريضا", 16, "people", "killed", 1)
e_un1 = g.ent("الأمم المتحدة", "ORG", 1, **UN)
q16b = g.qty("16 شخصا على الأقل", 16, "people", "killed")
e_eg1 = g.ent("منطقة الغوطة الشرقية", "LOC", 1, **EG)
g.ent("دمشق", "GPE", 1, **P("Damascus"))
e_reg1 = g.ent("النظام", "ORG", 1, after="مع رفض", nominal=True, **SYRGOV)
e_unoff = g.ent("مسؤول في الأمم المتحدة", "PER", 1, nominal=True, **dict(UN, canonical="UN official"))
g.ent("مجموعة العمل الإنساني", "ORG", 1, **dict(UN, canonical="UN humanitarian task force for Syria"))
g.ent("لأمم المتحدة", "ORG", 1, after="مجموعة العمل الإنساني التابعة ل", **UN)
g.ent("سوريا", "GPE", 1, **P("Syria"))
e_ege = g.ent("يان ايغلاند", "PER", 1, **EGE)
q500 = g.qty("نحو 500 شخص", 500, "people")
e_ege2 = g.ent("ايغلاند", "PER", 1, after="المذكورة \" , وأكد بدوره وفاة هؤلاء الأشخاص من تلك اللوائح التي قدمت في تشرين الثاني , وربما يكون العدد أعلى من ذلك , بحسب قوله .\n", **EGE)
e_regsy = g.ent("النظام السوري", "ORG", 1, **SYRGOV)
g.ent("يان ايغلاند", "PER", 2, **EGE)
e_ast1 = g.ent("أستانا", "GPE", 1, **P("Astana"))
g.ent("سوريا", "GPE", 2, **P("Syria"))
e_ru = g.ent("روسيا", "GPE", 1, **P("Russia", actor="RUS", party="RUS", role="government"))
e_ir = g.ent("إيران", "GPE", 1, **P("Iran", actor="IRN", party="IRN", role="government"))
e_tr = g.ent("تركيا", "GPE", 1, **P("Turkey", actor="TUR", party="TUR", role="government"))
e_ast2 = g.ent("أستانا", "GPE", 2, **P("Astana"))
e_eg2 = g.ent("الغوطة الشرقية", "LOC", 1, after="الاتفاق على وضع", **EG)
e_regf = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
e_wfp = g.ent("برنامج الأغذية العالمي", "ORG", 1, **dict(UN, canonical="World Food Programme"))
g.ent("لأمم المتحدة", "ORG", 1, after="برنامج الأغذية العالمي التابع ل", **UN)
e_gh = g.ent("الغوطة", "LOC", 1, after="إن سكان", **EG)

g.time("في وقت سابق", None, "vague", "before")
g.time("قبل عدة أشهر", None, "vague", "before")
t_nov = g.time("في تشرين الثاني", "2017-11", "month", "at")
t_may = g.time("في مايو / أيار الماضي", "2017-05", "month", "at")
t_nov2 = g.time("في نوفمبر / تشرين الثاني 2017", "2017-11", "month", "at")

s_un = g.stmt(("الأمم المتحدة", 1, None, e_un1), ("أعلنت", 1), "assert",
              ("16 شخصا على الأقل , فقدوا حياتهم , أثناء انتظارهم عمليات إجلاء طب ي من منطقة الغوطة الشرقية المحاصرة ق رب دمشق , مع رفض النظام إدخال المساعدات الإنسانية إليهم", 1))
s_off = g.stmt(("مسؤول في الأمم المتحدة", 1, None, e_unoff), ("عب ر", 1), "estimate",
               ("يكون هناك المزيد من الوفيات إذا لم تبدأ عمليات الإجلاء", 1))
s_eg1 = g.stmt(("يان ايغلاند", 1, None, e_ege), ("قال", 1), "assert",
               ("لائحة وضعت قبل عدة أشهر تتضمن نحو 500 شخص بحاجة ماسة للإجلاء , يتقلص عددها بسرعة , ليس بسبب الإجلاء لكنهم يموتون نتيجة الحصار القاتل للمنطقة المذكورة", 1),
               direct=True)
s_eg2 = g.stmt(("يان ايغلاند", 1, None, e_ege), ("أكد", 1), "confirm",
               ("وفاة هؤلاء الأشخاص من تلك اللوائح التي قدمت في تشرين الثاني , وربما يكون العدد أعلى من ذلك", 1))
s_eg3 = g.stmt(("ايغلاند", 1, "بحسب قوله .", e_ege2), ("عبر", 1, "بحسب قوله ."), "estimate",
               ("يكون هناك المزيد من الوفيات إذا لم تبدأ عمليات الإجلاء", 2))
s_eg4 = g.stmt(("ايغلاند", 1, "بحسب قوله .", e_ege2), ("مضيفا", 1), "assert",
               ("عمليات الإجلاء والجهود لإدخال المساعدات إلى المنطقة , متوقفة لعدم الحصول على موافقة من قبل النظام السوري", 1))
s_wfp = g.stmt(("برنامج الأغذية العالمي", 1, None, e_wfp), ("قال", 1, "الغارات والقذائف"), "assert",
               ("سكان الغوطة يعانون من نقص شديد في الغذاء لدرجة أنهم يأكلون القمامة ويفقدون الوعي بسبب الجوع ويجبرون أطفالهم على التناوب على تناول الطعام", 1),
               medium=("تقرير له", 1))

p_dead = g.prop("casualties", [], ("وفاة", 1), place=e_eg1, quantities=[q16a, q16b])
p_siege = g.prop("siege", [("agent", e_reg1, "SYR")], ("المحاصرة", 1), place=e_eg1)
p_aid = g.prop("other", [("agent", e_reg1, "SYR")], ("رفض", 1), place=e_eg1)
p_deesc = g.prop("agreement", [("agent", e_ru, "RUS"), ("agent", e_ir, "IRN"), ("agent", e_tr, "TUR")], ("الاتفاق", 1), place=e_eg2, time=t_may)
p_air = g.prop("airstrike", [("agent", e_regf, "SYR")], ("الغارات", 1), place=e_eg2)
p_shell = g.prop("shelling", [("agent", e_regf, "SYR")], ("القذائف", 1), place=e_eg2)
p_food = g.prop("other", [], ("نقص", 1), place=e_gh, time=t_nov2)
p_talks = g.prop("other", [("agent", e_ru, "RUS"), ("agent", e_ir, "IRN"), ("agent", e_tr, "TUR")], ("جولة محادثات", 1), place=e_ast1)
g.claim(p_dead, "author")
g.claim(p_dead, s_un)
g.claim(p_dead, s_eg2)
g.claim(p_siege, "author")
g.claim(p_siege, s_eg1)
g.claim(p_aid, s_un)
g.claim(p_aid, s_eg4)
g.claim(p_deesc, "author")
g.claim(p_air, "author")
g.claim(p_shell, "author")
g.claim(p_food, s_wfp)
g.claim(p_talks, "author")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
