"""Gold analysis of V-111 article 3 (Baladi News, 2017-11-18): HTS repels a government advance in eastern Hama
countryside, killing 20; background on Murayjib al-Jamlan, Abu Miyal.

Judgement calls:
- Body from the lede (the headline copies are followed by the date and dateline) to the end of para 4.
- Para 2: the correspondent's report (cue «أفاد», source the correspondent Ahmad al-Ali) rests on the HTS
  commander's statement to the HTS agency Ibaa: the commander's statement is embedded, via Ibaa.
- The government advance is one 'advance' proposition with modality failed (author: «محاولة تقدم فاشلة»;
  correspondent: «تصدوا لمحاولة التقدم»); the repelling fight is a clash; the 20 dead a casualties
  proposition carrying both counts.
- Villages tagged as GPE with null ids; «ريف حماة (الشرقي)» as LOC. Tanks destroyed: quantity unit tanks.
- All of paragraphs 3-4 is author voice. No contradictions."""
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
g = Gold(text, {"id": "V-111-3", "outlet": "بلدي نيوز", "published": "2017-11-18", "url": None, "title": None})
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
OPP = lambda c: dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical=c)
EHAMA = dict(canonical="Eastern Hama countryside", place=named("Eastern Hama countryside", "SY", "Hama"))
HAMAC = dict(canonical="Hama countryside", place=named("Hama countryside", "SY", "Hama"))
V = lambda n: dict(canonical=n, place=named(n, "SY", "Hama"))
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "قوات النخبة", "ORG", nominal=True, **dict(HTS, canonical="HTS elite forces"))
every(g, "قوات النظام", "ORG", **SYRMIL)
every(g, "النظام", "ORG", **SYRMIL)
every(g, "ريف حماة الشرقي", "LOC", **EHAMA)
every(g, "ريف حماة", "LOC", **HAMAC)
every(g, "بلدي نيوز", "ORG", actor="BALADI", party=None, role="media", canonical="Baladi News")
every(g, "أحمد العلي", "PER", actor="BALADI", party=None, role="media", canonical="Ahmad al-Ali (Baladi correspondent)")
every(g, "أبو حذيفة الحمصي", "PER", actor="HTS", party="HTS", role="military", canonical="Abu Hudhayfa al-Homsi")
every(g, "هيئة تحرير الشام", "ORG", **HTS)
every(g, "الهيئة", "ORG", nominal=True, **HTS)
every(g, "وكالة إباء", "ORG", actor="HTS.MED", party="HTS", role="media", canonical="Ibaa News Agency")
every(g, "الجيش الحر", "ORG", **OPP("Free Syrian Army"))
every(g, "جيش العزة", "ORG", **OPP("Jaysh al-Izza"))
every(g, "جيش إدلب الحر", "ORG", **OPP("Jaysh Idlib al-Hurr"))
every(g, "عرفة", "GPE", **V("Arafa"))
every(g, "قصر علي", "GPE", **V("Qasr Ali"))
every(g, "البليل", "GPE", **V("Al-Bulayl"))
every(g, "مريجب الجملان", "GPE", **V("Murayjib al-Jamlan"))
every(g, "ربدة", "GPE", **V("Rabdah"))
every(g, "أبو ميال", "GPE", **V("Abu Miyal"))

t_sat = g.time("اليوم السبت", "2017-11-18", "day", "at")
t_fri = g.time("أمس الجمعة", "2017-11-17", "day", "at")
t_thu = g.time("أول أمس الخميس", "2017-11-16", "day", "at")
q20a = g.qty("20 عنصرا", 20, "people", "killed", 1)
q20b = g.qty("20 عنصرا", 20, "people", "killed", 2)
q4 = g.qty("أربع دبابات", 4, "tanks")
q18 = g.qty("18 عنصرا", 18, "people", "killed")

e_rep = E("أحمد العلي")
s1 = g.stmt(("مراسل بلدي نيوز بريف حماة ( أحمد العلي )", 1, None, e_rep), ("أفاد", 1), "assert",
            (between(text, "مقاتلي \" هيئة تحرير الشام \" تصدوا", "كما دمروا دبابة"), 1))
s2 = g.stmt(("القائد العسكري في \" هيئة تحرير الشام \" أبو حذيفة الحمصي", 1, None, E("أبو حذيفة الحمصي")), ("حسب تصريح", 1), "assert",
            (between(text, "مقاتلي \" هيئة تحرير الشام \" تصدوا", "كما دمروا دبابة"), 1),
            via=[("وكالة إباء", 1, None, E("وكالة إباء"))], embedded_in=s1)

e_mil1 = E("قوات النظام", 1)
e_hts2 = E("هيئة تحرير الشام", 1)
e_bul = E("البليل")
p_adv = g.prop("advance", [("agent", e_mil1, "SYR")], ("تقدم", 1), place=e_bul, time=t_sat)
p_repel = g.prop("clash", [("agent", e_hts2, "HTS"), ("agent", e_mil1, "SYR")], ("تصدوا", 1), place=e_bul, time=t_sat)
p_cas = g.prop("casualties", [("target", e_mil1, "SYR"), ("agent", e_hts2, "HTS")], ("قتل", 1), place=E("ريف حماة الشرقي", 1), time=t_sat,
               quantities=[q20a, q20b])
p_ctl = g.prop("control", [("agent", e_hts2, "HTS")], ("يسيطرون", 1), place=e_bul)
e_hts3 = E("هيئة تحرير الشام", 1, "وكانت")
e_mur = E("مريجب الجملان")
p_recap = g.prop("capture", [("agent", e_hts3, "HTS"), ("agent", E("الجيش الحر"), "SYR.OPP"), ("target", E("قوات النظام", 1, "مفخخة في"), "SYR")],
                 ("استعادوا", 1), place=e_mur, time=t_fri)
p_vbied = g.prop("bombing", [("agent", E("الهيئة", 1), "HTS"), ("target", E("قوات النظام", 1, "مفخخة في"), "SYR")], ("مفخخة", 1), place=e_mur, time=t_fri)
p_clash2 = g.prop("clash", [("agent", e_hts3, "HTS"), ("agent", E("قوات النظام", 1, "مفخخة في"), "SYR")], ("اشتباكات عنيفة", 1), place=e_mur, time=t_fri)
p_tanks = g.prop("attack", [("agent", E("هيئة تحرير الشام", 1, "كما دمرت"), "HTS"), ("agent", E("جيش العزة"), "SYR.OPP"),
                            ("agent", E("جيش إدلب الحر"), "SYR.OPP")], ("دمرت", 1), place=E("ربدة"), quantities=[q4])
p_infil = g.prop("attack", [("agent", E("قوات النخبة"), "HTS"), ("target", E("قوات النظام", 1, "قتلوا 18"), "SYR")], ("عملية تسلل", 1),
                 place=E("أبو ميال"), time=t_thu, quantities=[q18])
g.claim(p_adv, "author", "affirm", "failed"); g.claim(p_adv, s1, "affirm", "failed"); g.claim(p_adv, s2, "affirm", "failed")
g.claim(p_repel, s1); g.claim(p_repel, s2)
g.claim(p_cas, "author"); g.claim(p_cas, s1); g.claim(p_cas, s2)
g.claim(p_ctl, s1); g.claim(p_ctl, s2)
for p in (p_recap, p_vbied, p_clash2, p_tanks, p_infil):
    g.claim(p, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
