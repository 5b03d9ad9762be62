"""Gold analysis of R-524 article 3 (Al-Ahram Al-Arabi, AFP timeline, 2017-07-09): ISIS defeats in Iraq, Syria
and Libya after the fall of Mosul.

Judgement calls:
- Body from the first sentence (after the AFP initials "أ . ب") to the Benghazi item; the headline line is
  joined to the site header and a date, so it is left out.
- A timeline in the author's voice: each dated capture/loss is an author claim; explicit «اعلن/اعلنت»
  announcements are statements (al-Abadi, Iraqi forces/army for Tikrit, Fallujah, Shirqat; the rebels for
  al-Bab; the Libyan GNA head for Sirte, with his warning; Haftar's forces for Benghazi).
- Para 3 has lost the city name (Raqqa) in the crawl: the breach is read as the SDF's advance into Raqqa.
- Relative dates resolved against 2017-07-09: «في 16 اكتوبر» → 2016-10-16 (Dabiq), «في فبراير» → 2017-02
  (al-Bab), «الرابع من يوليو ... فجر الثلاثاء» → 2017-07-04. Dates are kept as printed even where the record
  differs (Tabqa "10 March").
- «الجهاديين/الجهاديون» are nominal ISIS mentions except the Benghazi jihadists (no party).
- «للتحالف» / «للجهاديين» (ل + ال fused) tagged as «لتحالف» / «لجهاديين».
- Palmyra lost, retaken, lost and retaken again: successive captures at different times, no contradiction.
  The Kurdish forces at Sinjar are Peshmerga (party KRG); at Kobani the YPG (party SDF)."""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}

def _free(g, sp):
    return all(sp[1] <= e["span"][0] or sp[0] >= e["span"][1] for e in g.out["entities"])

def every(g, s, typ, **kw):
    """Tag every whole-word occurrence of s that does not overlap a mention already tagged (flat layer)."""
    ids, n = [], 1
    while True:
        try:
            sp = g.span(s, n)
        except AssertionError:
            assert ids, f"every(): no free mention of {s!r}"
            return ids
        if _free(g, sp):
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

def eid(g, s, nth=1, after=None):
    """The id of the entity tagged exactly at this quoted mention."""
    sp = g.span(s, nth, after)
    for e in g.out["entities"]:
        if e["span"] == sp:
            return e["id"]
    raise AssertionError(f"no entity at {s!r} {nth} {after!r}")
_C = {"SY": (163843, "Syria"), "RU": (2017370, "Russia"), "US": (6252001, "United States"), "TR": (298795, "Turkey"),
      "IR": (130758, "Iran"), "IQ": (99237, "Iraq"), "IL": (294640, "Israel"), "LB": (272103, "Lebanon"),
      "JO": (248816, "Jordan"), "EG": (357994, "Egypt"), "SA": (102358, "Saudi Arabia"), "QA": (289688, "Qatar"),
      "DE": (2921044, "Germany"), "BE": (2802361, "Belgium"), "KP": (1873107, "North Korea"), "FR": (3017382, "France"),
      "GB": (2635167, "United Kingdom"), "KZ": (1522867, "Kazakhstan"), "UA": (690791, "Ukraine"), "AE": (290557, "United Arab Emirates")}
def country(iso, actor=None):
    gid, name = _C[iso]
    d = dict(canonical=name, place={"geonames_id": gid, "name": name, "lat": None, "lon": None, "country": iso, "admin1": None})
    if actor:
        d.update(actor=actor, party=actor, role="government")
    return d

def between(text, start, end, after=None):
    """The exact text from the first occurrence of start (after an anchor) through the next occurrence of end."""
    a = text.find(start, text.find(after) if after else 0)
    assert a >= 0, start
    b = text.find(end, a)
    assert b >= 0, end
    return text[a:b + len(end)]

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-524-3", "outlet": "الأهرام العربي", "published": "2017-07-09", "url": None, "title": None})
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
IRQMIL = dict(actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi security forces")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition factions")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
C = lambda gid, name, lat, lon, cc, a1, canon: dict(canonical=canon, place=gn(gid, name, lat, lon, cc, a1))
MOSUL = C(99072, "Mosul", 36.335, 43.11889, "IQ", "Nineveh", "Mosul")
TIKRIT = C(90150, "Tikrīt", 34.61581, 43.67861, "IQ", "Salah ad-Din", "Tikrit")
SINJAR = C(448149, "Sinjār", 36.3209, 41.87656, "IQ", "Nineveh", "Sinjar")
RAMADI = C(98717, "Ramadi", 33.42056, 43.30778, "IQ", "Anbar", "Ramadi")
FALL = C(99454, "Al Fallūjah", 33.34913, 43.78599, "IQ", "Anbar", "Fallujah")
SHIRQAT = C(91057, "Ash Sharqāt", 35.51722, 43.22806, "IQ", "Salah ad-Din", "Shirqat")
KOBANI = C(172256, "‘Ayn al ‘Arab", 36.89095, 38.35347, "SY", "Aleppo", "Kobani")
PALMYRA = C(163808, "Tadmur", 34.5624, 38.28402, "SY", "Homs", "Palmyra")
MANBIJ = C(167357, "Manbij", 36.52815, 37.95495, "SY", "Aleppo", "Manbij")
JARAB = C(169179, "Jarābulus", 36.8175, 38.01111, "SY", "Aleppo", "Jarabulus")
ALBAB = C(174018, "Al Bāb", 36.37051, 37.5157, "SY", "Aleppo", "Al-Bab")
RAQQA = C(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa", "Raqqa")
TABQA = C(172374, "Al-Tabqa", 35.83758, 38.54828, "SY", "Raqqa", "Tabqa")
SIRTE = C(2210554, "Sirte", 31.20892, 16.58866, "LY", "Sirte", "Sirte")
DERNA = C(87205, "Darnah", 32.76704, 22.63669, "LY", "Derna", "Derna")
BENG = C(88319, "Benghazi", 32.11486, 20.06859, "LY", "Benghazi", "Benghazi")
BAGH = C(98182, "Baghdad", 33.34058, 44.40088, "IQ", "Baghdad", "Baghdad")
E = lambda s, n=1, after=None: eid(g, s, n, after)

g.ent("الجهاديين", "ORG", 1, after="بنغازي ثاني", nominal=True, canonical="Benghazi jihadist groups")
every(g, "تنظيم الدولة الإسلامية", "ORG", **ISIS)
every(g, "تنظيم الدولة الاسلامية", "ORG", **ISIS)
every(g, "التنظيم الجهادي", "ORG", nominal=True, **ISIS)
every(g, "التنظيم المتطرف", "ORG", nominal=True, **ISIS)
every(g, "التنظيم", "ORG", nominal=True, **ISIS)
every(g, "الجهاديين", "ORG", nominal=True, **ISIS)
every(g, "الجهاديون", "ORG", nominal=True, **ISIS)
g.ent("لجهاديين", "ORG", 1, after="كان متبقيا", nominal=True, **ISIS)  # للجهاديين
every(g, "المتمردين الاسلاميين", "ORG", nominal=True, **ISIS)
every(g, "رئيس الوزراء حيدر العبادي", "PER", actor="IRQ.GOV", party="IRQ", role="government", canonical="Haider al-Abadi")
every(g, "قوات مدعومة اميركيا", "ORG", nominal=True, **SDF)
every(g, "القوات العراقية", "ORG", **IRQMIL)
every(g, "الجيش العراقي", "ORG", **IRQMIL)
every(g, "قوات الحشد الشعبي", "ORG", actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
every(g, "القوات الكردية", "ORG", actor="KRG.MIL", party="KRG", role="military", canonical="Peshmerga")
every(g, "قوات التحالف الدولي", "ORG", **COAL)
every(g, "التحالف الدولي", "ORG", **COAL)
g.ent("لتحالف الدولي", "ORG", 1, after="بعد غارات", **COAL)  # للتحالف
every(g, "المقاتلون الاكراد", "ORG", nominal=True, **dict(SDF, canonical="YPG"))
every(g, "المقاتلين الاكراد", "ORG", nominal=True, **dict(SDF, canonical="YPG"))
every(g, "قوات سوريا الديموقراطية", "ORG", **SDF)
every(g, "قوات سوريا الديمقراطية", "ORG", **SDF)
every(g, "التحالف الكردي العربي", "ORG", nominal=True, **SDF)
every(g, "منظمة الامم المتحدة للتربية والعلوم والثقافة", "ORG", actor="UN", party=None, role="other", canonical="UNESCO")
every(g, "يونيسكو", "ORG", actor="UN", party=None, role="other", canonical="UNESCO")
every(g, "معبدا بل وشمين", "FAC", canonical="Temples of Bel and Baalshamin", place=named("Temple of Bel", "SY", "Homs"))
every(g, "الطيران الحربي الروسي", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian Air Force")
every(g, "الجيش السوري", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
every(g, "القوات التركية", "ORG", **TURMIL)
every(g, "الفصائل المقاتلة السورية", "ORG", **OPP)
every(g, "فصائل سورية معارضة", "ORG", **OPP)
every(g, "الفصائل المعارضة", "ORG", **OPP)
every(g, "رئيس حكومة الوفاق الوطني الليبية", "PER", nominal=True, actor="LBY.GOV", party="LBY", role="government", canonical="Fayez al-Sarraj")
every(g, "القوات الموالية للقائد العسكري المشير خليفة حفتر", "ORG", actor="LBY.LNA", party="LBY.LNA", role="armed_group", canonical="Libyan National Army")
every(g, "مدينة الموصل", "GPE", **MOSUL)
every(g, "الموصل", "GPE", **MOSUL)
every(g, "تكريت", "GPE", **TIKRIT)
every(g, "بغداد", "GPE", **BAGH)
every(g, "واشنطن", "GPE", canonical="Washington (US government)", actor="USA.GOV", party="USA", role="government",
      place=gn(4140963, "Washington", 38.89511, -77.03637, "US", "DC"))
every(g, "طهران", "GPE", canonical="Tehran (Iranian government)", actor="IRN.GOV", party="IRN", role="government",
      place=gn(112931, "Tehran", 35.69439, 51.42151, "IR", "Tehran"))
every(g, "مدينة سنجار", "GPE", **SINJAR)
every(g, "سنجار", "GPE", **SINJAR)
every(g, "مدينة الرمادي", "GPE", **RAMADI)
every(g, "الفلوجة", "GPE", **FALL)
every(g, "القيارة", "GPE", canonical="Qayyarah", place=named("Qayyarah", "IQ", "Nineveh"))
every(g, "الشرقاط", "GPE", **SHIRQAT)
every(g, "محافظة صلاح الدين", "GPE", canonical="Salah ad-Din Governorate", place=named("Salah ad-Din Governorate", "IQ", "Salah ad-Din"))
every(g, "كوباني", "GPE", **KOBANI)
every(g, "تدمر", "GPE", **PALMYRA)
every(g, "دمشق", "GPE", canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Dimashq"))
every(g, "منبج", "GPE", **MANBIJ)
every(g, "محافظة حلب", "GPE", canonical="Aleppo Governorate", place=named("Aleppo Governorate", "SY", "Aleppo"))
every(g, "الرقة", "GPE", **RAQQA)
every(g, "الحدود التركية", "LOC", canonical="Syria-Turkey border", place=named("Syria-Turkey border"))
every(g, "جرابلس", "GPE", **JARAB)
every(g, "بلدة دابق", "GPE", canonical="Dabiq", place=named("Dabiq", "SY", "Aleppo"))
every(g, "بلدة صوران", "GPE", canonical="Suran", place=named("Suran", "SY", "Aleppo"))
every(g, "انقرة", "GPE", canonical="Ankara (Turkish government)", actor="TUR.GOV", party="TUR", role="government",
      place=gn(323786, "Ankara", 39.91987, 32.85427, "TR", "Ankara"))
every(g, "الباب", "GPE", **ALBAB)
every(g, "مدينة الطبقة", "GPE", **TABQA)
every(g, "سور الرافقة", "FAC", canonical="Rafiqa wall", place=named("Rafiqa wall", "SY", "Raqqa"))
every(g, "سرت", "GPE", **SIRTE)
every(g, "درنة", "GPE", **DERNA)
every(g, "بنغازي", "GPE", **BENG)
every(g, "ليبيا", "GPE", canonical="Libya", place=named("Libya", "LY"))
every(g, "الولايات المتحدة", "GPE", **country("US", "USA"))
every(g, "تركيا", "GPE", **country("TR", "TUR"))
every(g, "العراق", "GPE", **country("IQ"))
every(g, "سوريا", "GPE", **country("SY"))

T = lambda s, v, gr, rel="at", n=1, after=None: g.time(s, v, gr, rel, n, after)
t_2014a = T("عام 2014", "2014", "year")
t_now = T("حاليا", "2017-07-09", "day")
t_2y = T("خلال العامين الماضيين", "2015", "year", "since")
t_mar15 = T("مارس 2015", "2015-03", "month")
t_jun14 = T("حزيران / يونيو 2014", "2014-06", "month")
t_nov15 = T("في 13 نوفمبر 2015", "2015-11-13", "day")
t_aug14 = T("اغسطس 2014", "2014-08", "month")
t_feb16 = T("في 9 فبراير 2016", "2016-02-09", "day")
t_may15a = T("ايار / مايو 2015", "2015-05", "month")
t_early14 = T("مطلع العام 2014", "2014-01", "month")
t_jun16 = T("في 26 حزيران / يونيو 2016", "2016-06-26", "day")
t_jul16 = T("في 9 يوليو 2016", "2016-07-09", "day")
t_aug25 = T("في 25 اغسطس", "2016-08-25", "day")
t_sep16 = T("في 22 سبتمبر 2016", "2016-09-22", "day")
t_oct16 = T("في اكتوبر 2016", "2016-10", "month")
t_feb17a = T("في 19 فبراير 2017", "2017-02-19", "day")
t_jan15 = T("في كانون الثاني / يناير 2015", "2015-01", "month")
t_may15b = T("في مايو 2015", "2015-05", "month")
t_mar16 = T("في 27 مارس 2016", "2016-03-27", "day")
t_aug6 = T("في السادس من اغسطس 2016", "2016-08-06", "day")
t_since14 = T("منذ العام 2014", "2014", "year", "since")
t_aug24 = T("في 24 اغسطس 2016", "2016-08-24", "day")
t_oct16d = T("في 16 اكتوبر", "2016-10-16", "day")
t_feb17b = T("في فبراير", "2017-02", "month")
t_mar17 = T("في 10 مارس 2017", "2017-03-10", "day")
t_jul4 = T("وفي الرابع من يوليو", "2017-07-04", "day")
t_tue = T("فجر الثلاثاء", "2017-07-04", "part_of_day")
t_dec16 = T("في 17 ديسمبر 2016", "2016-12-17", "day")
t_jun15 = T("حزيران / يونيو 2015", "2015-06", "month")
t_jul7 = T("وفي السابع من يوليو", "2017-07-07", "day")
q160 = g.qty("160 كيلومترا", 160, "km")
q100 = g.qty("100 كلم", 100, "km")
q50 = g.qty("50 كلم", 50, "km")
qdisp = g.qty("عشرات الاف السكان", None, "people", "displaced")
q60 = g.qty("60 كلم", 60, "km")
q260 = g.qty("260 كلم", 260, "km")
q200 = g.qty("200 كم", 200, "km")
q2500 = g.qty("2500 متر", 2500, "m")

ABADI = "رئيس الوزراء حيدر العبادي"
s_abadi = g.stmt((ABADI, 1, None, E(ABADI)), ("إعلان", 1), "assert", ("تحقيق \" النصر الكبير \" في المدينة المحررة", 1))
s_tik = g.stmt(("القوات العراقية", 1, None, E("القوات العراقية", 1)), ("اعلنت", 1), "assert",
               ("استعادة المدينة الواقعة على بعد 160 كيلومترا شمال بغداد", 1))
s_fal = g.stmt(("الجيش العراقي", 1, None, E("الجيش العراقي")), ("اعلن", 1, "واعلن الجيش"), "assert",
               ("استعادة المدينة ( 50 كلم غرب بغداد ) , في 26 حزيران / يونيو 2016", 1))
e_iq12 = E("القوات العراقية", 1, "الشرقاط :")
s_shq = g.stmt(("القوات العراقية", 1, "الشرقاط :", e_iq12), ("اعلنت", 1, "الشرقاط :"), "assert",
               ("استعادة السيطرة على الشرقاط", 1))
e_opp24 = E("الفصائل المعارضة")
s_bab = g.stmt(("الفصائل المعارضة التي تدعمها المدفعية والطائرات التركية", 1, None, e_opp24), ("اعلنت", 1, "الباب :"), "assert",
               ("استعادة السيطرة الكاملة على هذه المدينة الواقعة شمال سوريا", 1))
GNA = "رئيس حكومة الوفاق الوطني الليبية"
e_gna = E(GNA)
s_sir = g.stmt((GNA, 1, None, e_gna), ("اعلن", 1, "سرت :"), "assert", ("تحرير سرت معقل تنظيم الدولة الاسلامية", 1))
s_warn = g.stmt((GNA, 1, None, e_gna), ("حذر", 1), "assert", ("المعركة ضد المتمردين الاسلاميين لم تنته بعد", 1))
LNA = "القوات الموالية للقائد العسكري المشير خليفة حفتر"
s_ben = g.stmt((LNA, 1, None, E(LNA)), ("اعلنت", 1, "وفي السابع"), "assert", ("تحرير \" بنغازي ثاني اكبر مدن ليبيا من الجهاديين", 1))

e_isis = E("تنظيم الدولة الإسلامية", 1)
A = lambda s, n=1, after=None, party="ISIS": ("agent", E(s, n, after), party)
Tg = lambda s, n=1, after=None, party="ISIS": ("target", E(s, n, after), party)
props = []
def P(typ, actors, trig, place=None, time=None, qs=(), by=("author",), mod="actual", pol="affirm"):
    p = g.prop(typ, actors, trig, place=place, time=time, quantities=list(qs))
    for b in by:
        g.claim(p, b, pol, mod)
    return p
iq5 = E("القوات العراقية", 1)
P("capture", [("agent", None, "IRQ"), ("target", e_isis, "ISIS")], ("هزيمة", 1),
  place=E("مدينة الموصل", 1), time=t_now, by=("author", s_abadi))
P("capture", [A("الجهاديين", 1)], ("استيلاء", 1), place=E("العراق", 1), time=t_2014a)
P("advance", [A("قوات مدعومة اميركيا", party="SDF")], ("اخترقت", 1), place=E("سوريا", 1, "معقله الرئيسي الثاني"))
P("clash", [A("قوات مدعومة اميركيا", party="SDF")], ("معارك", 1), time=t_now)
P("capture", [("agent", iq5, "IRQ"), Tg("الجهاديين", 1, "تكريت")], ("استعادة", 1, "تكريت"), place=E("تكريت"), time=t_mar15, qs=[q160],
  by=("author", s_tik))
P("support", [A("واشنطن", 1, party="USA"), A("طهران", party="IRN"), ("partner", iq5, "IRQ")], ("بمشاركة", 1))
P("attack", [A("الجهاديين", 1, "منذ هجوم")], ("هجوم", 1, "الاكبر منذ"), time=t_jun14)
P("capture", [A("القوات الكردية", party="KRG"), Tg("الجهاديين", 1, "مدينة سنجار من")], ("استعادت", 1), place=E("مدينة سنجار"), time=t_nov15)
P("airstrike", [A("قوات التحالف الدولي", 1, party="USA")], ("بغارات جوية", 1), place=E("مدينة سنجار"), time=t_nov15)
P("capture", [A("التنظيم", 1, "وكان التنظيم")], ("استولى", 1), place=E("سنجار", 1, "وكان التنظيم"), time=t_aug14)
P("attack", [A("التنظيم", 1, "وكان التنظيم")], ("فظائع", 1), place=E("سنجار", 1, "وكان التنظيم"), time=t_aug14)
P("capture", [Tg("تنظيم الدولة الاسلامية", 1)], ("استعادة", 1, "الرمادي :"), place=E("مدينة الرمادي"), time=t_feb16, qs=[q100])
P("capture", [A("تنظيم الدولة الاسلامية", 1)], ("سيطر", 1, "الرمادي :"), place=E("مدينة الرمادي"), time=t_may15a)
P("capture", [A("التنظيم الجهادي", 1)], ("سيطر", 1, "الفلوجة :"), place=E("الفلوجة"), time=t_early14)
P("capture", [A("الجيش العراقي", party="IRQ")], ("استعادة", 1, "واعلن الجيش"), place=E("الفلوجة"), time=t_jun16, qs=[q50], by=(s_fal,))
P("displacement", [], ("فر", 1), place=E("الفلوجة"), qs=[qdisp])
P("capture", [A("القوات العراقية", 1, "القيارة :", "IRQ"), ("partner", E("قوات التحالف الدولي", 2), "USA")], ("سيطرت", 1, "القيارة :"),
  place=E("القيارة", 1), time=t_jul16, qs=[q60])
P("capture", [A("القوات العراقية", 2, "القيارة :", "IRQ"), Tg("التنظيم المتطرف", 1)], ("طردت", 1), place=E("القيارة", 2), time=t_aug25)
P("capture", [("agent", e_iq12, "IRQ")], ("استعادة", 1, "الشرقاط :"), place=E("الشرقاط", 1, "السيطرة على"), time=t_sep16, qs=[q260],
  by=(s_shq,))
P("attack", [A("القوات العراقية", 1, "معركة استعادة الموصل", "IRQ")], ("هجوما كبيرا", 1), place=E("مدينة الموصل", 1, "معركة"), time=t_oct16)
P("capture", [A("القوات العراقية", 1, "معركة استعادة الموصل", "IRQ")], ("تمكنت", 1), place=E("مدينة الموصل", 1, "معركة"), time=t_feb17a)
P("capture", [A("المقاتلون الاكراد", party="SDF"), Tg("الجهاديين", 1, "في طرد")], ("طرد", 1), place=E("كوباني", 1), time=t_jan15)
P("support", [A("التحالف الدولي", 1, "بدعم للمرة", "USA"), ("partner", E("المقاتلون الاكراد"), "SDF")], ("بدعم", 1, "الجهاديين منها"))
P("capture", [A("التنظيم المتطرف", 1, "تدمر :")], ("سيطر", 1, "تدمر :"), place=E("تدمر", 1), time=t_may15b, qs=[q200])
P("other", [A("التنظيم المتطرف", 1, "تدمر :")], ("تدمير", 1, "وعمد الى"), place=E("تدمر", 1))
P("capture", [A("الجيش السوري", party="SYR")], ("استعادة", 1, "الجيش السوري من"), place=E("تدمر", 2), time=t_mar16)
P("support", [A("الطيران الحربي الروسي", party="RUS"), ("partner", E("الجيش السوري"), "SYR")], ("بدعم", 1, "عمد الى"))
P("capture", [A("الجهاديين", 1, "لسيطرة")], ("خضعت", 1, "لكن المدينة"), place=E("تدمر", 2))
P("capture", [A("الجيش السوري", party="SYR"), Tg("الجهاديين", 1, "لسيطرة")], ("طردهم", 1, "لكن المدينة"), place=E("تدمر", 2))
P("capture", [A("قوات سوريا الديموقراطية", party="SDF")], ("استعادتها", 1), place=E("منبج", 1), time=t_aug6)
P("control", [A("التنظيم الجهادي", 1, "منبج :")], ("خضعت", 1, "منبج :"), place=E("منبج", 1), time=t_since14)
P("capture", [A("القوات التركية", 1, party="TUR"), A("الفصائل المقاتلة السورية", party="SYR.OPP"), Tg("التنظيم المتطرف", 1, "جرابلس :")],
  ("طردت", 1, "جرابلس :"), place=E("جرابلس"), time=t_aug24)
P("attack", [A("القوات التركية", 2, party="TUR"), Tg("الجهاديين", 1, "درع الفرات"), Tg("المقاتلين الاكراد", 1, party="SDF")],
  ("تشنها", 1), time=t_aug24)
P("capture", [A("فصائل سورية معارضة", party="SYR.OPP")], ("سيطرت", 1, "دابق :"), place=E("بلدة دابق"), time=t_oct16d)
P("support", [A("انقرة", party="TUR"), ("partner", E("فصائل سورية معارضة"), "SYR.OPP")], ("مدعومة", 1, "دابق :"))
P("capture", [("agent", e_opp24, "SYR.OPP")], ("استعادة", 1, "الباب :"), place=E("الباب"), time=t_feb17b, by=(s_bab,))
P("support", [("agent", None, "TUR"), ("partner", e_opp24, "SYR.OPP")], ("تدعمها", 1), place=E("الباب"))
P("attack", [A("المقاتلين الاكراد", 1, "المعارك لاستعادة", "SDF"), ("partner", E("التحالف الدولي", 1, "المعارك لاستعادة"), "USA")],
  ("عملية", 1, "المعارك لاستعادة"), place=E("الرقة", 1, "لاستعادة الرقة"))
P("capture", [A("قوات سوريا الديمقراطية", 1, party="SDF")], ("استعادة", 1, "عاصمة الجهاديين"),
  place=E("مدينة الطبقة"), time=t_mar17)
P("capture", [A("قوات سوريا الديموقراطية", 2, party="SDF")], ("دخلت", 1), place=E("الرقة", 1, "المدينة القديمة في"), time=t_jul4)
P("airstrike", [A("لتحالف الدولي", 1, "بعد غارات", "USA")], ("غارات", 1, "في الرقة بعد"), place=E("سور الرافقة"), time=t_tue, qs=[q2500])
P("clash", [], ("المواجهات", 1), place=E("الرقة", 1, "المدينة القديمة في"), time=t_now)
P("capture", [("agent", e_gna, "LBY")], ("تحرير", 1, "سرت :"), place=E("سرت", 1), time=t_dec16, by=(s_sir,))
P("clash", [("agent", e_gna, "LBY")], ("المعركة", 1, "لكنه حذر"), by=(s_warn,))
P("capture", [A("تنظيم الدولة الاسلامية", 1, "واستولى")], ("استولى", 1, "واستولى"), place=E("سرت", 1, "واستولى"), time=t_jun15)
P("withdrawal", [A("تنظيم الدولة الاسلامية", 1, "واستولى")], ("طردهم", 1, "واستولى تنظيم"), place=E("درنة"))
P("capture", [("agent", E(LNA), "LBY.LNA")], ("تحرير", 1, "وفي السابع"), place=E("بنغازي"), time=t_jul7, by=(s_ben,))

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
