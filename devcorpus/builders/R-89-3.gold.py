"""Gold analysis of R-89 article 3 (DW Arabic, from AFP/dpa/Reuters, 2016-12-23): Putin says Russia, Iran, Turkey
and Assad will hold talks in Astana; army sweeps East Aleppo; Russian military police; ISIS attacks near
Palmyra kill 27 pro-government fighters.

Judgement calls:
- Body from the headline (after the breadcrumb) to the end of paragraph 15; the photo-gallery captions
  («معركة حلب . . ساعات أخيرة…») after the agency initials are a separate feature and are left out.
- Headline «بوتين : …» is a statement (cue the colon). The Kremlin's readout reports Putin's words to Assad:
  Putin's statement is embedded in the Kremlin's, medium the phone call.
- Rami Abdel Rahman spoke "to AFP" (لفرانس برس): via AFP for his quote and its continuations.
- SOHR's "27 killed near Palmyra" and Abdel Rahman's "27 killed near Jubb al-Jarrah, east Homs" are the same
  attack (same count): one proposition, no contradiction.
- «غداة سيطرته على كامل المدينة» resolved to 2016-12-23 (the sweep), the capture itself to the day before
  is implicit. «للأسد» tagged as «لأسد»."""
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
g = Gold(text, {"id": "R-89-3", "outlet": "دويتشه فيله", "published": "2016-12-23", "url": None, "title": None})
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition")
SOHR = dict(actor="SOHR", party=None, role="other", canonical="Syrian Observatory for Human Rights")
MP = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian military police")
ASTANA = dict(canonical="Astana", place=gn(1526273, "Astana", 51.1801, 71.44598, "KZ", "Astana"))
EALEPPO = dict(canonical="East Aleppo", place=named("East Aleppo", "SY", "Aleppo"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "الرئيس الروسي فلاديمير بوتين", "PER", **PUTIN)
every(g, "الرئيس فلاديمير بوتين", "PER", **PUTIN)
every(g, "فلاديمير بوتين", "PER", **PUTIN)
every(g, "بوتين", "PER", **PUTIN)
every(g, "نظيره السوري بشار الأسد", "PER", **ASSAD)
every(g, "الرئيس السوري بشار الأسد", "PER", **ASSAD)
every(g, "بشار الأسد", "PER", **ASSAD)
every(g, "الأسد", "PER", **ASSAD)
g.ent("لأسد", "PER", 1, after="بوتين قال", **ASSAD)  # للأسد
every(g, "الكرملين", "ORG", actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
every(g, "وزير الدفاع الروسي سيرجي شويجو", "PER", actor="RUS.MIL", party="RUS", role="government", canonical="Sergei Shoigu")
every(g, "الشرطة العسكرية", "ORG", **MP)
every(g, "الجيش السوري", "ORG", **SYRMIL)
every(g, "القوات الحكومية السورية", "ORG", **SYRMIL)
every(g, "قوات النظام", "ORG", **SYRMIL)
every(g, "القوات", "ORG", nominal=True, **SYRMIL)
every(g, "الحكومة السورية", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
every(g, "الميليشيات شبه العسكرية الموالية لها", "ORG", nominal=True, **PGM)
every(g, "المقاتلين الموالين للنظام السوري", "ORG", nominal=True, **PGM)
every(g, "مقاتلو المعارضة", "ORG", **OPP)
every(g, "مقاتلي المعارضة", "ORG", **OPP)
every(g, "المرصد السوري لحقوق الإنسان", "ORG", **SOHR)
every(g, "مدير المرصد رامي عبد الرحمن", "PER", **dict(SOHR, canonical="Rami Abdel Rahman"))
every(g, "المرصد", "ORG", nominal=True, **SOHR)
every(g, "فرانس برس", "ORG", actor="AFP", party=None, role="media", canonical="Agence France-Presse")
every(g, "تنظيم \" الدولة الإسلامية \"", "ORG", **ISIS)
every(g, "تنظيم الدولة الإسلامية", "ORG", **ISIS)
every(g, "الجهاديون", "ORG", nominal=True, **ISIS)
every(g, "الجهاديين", "ORG", nominal=True, **ISIS)
every(g, "حلب الشرقية", "LOC", **EALEPPO)
every(g, "مدينة حلب", "GPE", **ALEPPO)
every(g, "مدينة تدمر", "GPE", canonical="Palmyra", place=gn(163808, "Tadmur", 34.5624, 38.28402, "SY", "Homs"))
every(g, "جب الجراح", "GPE", canonical="Jubb al-Jarrah", place=named("Jubb al-Jarrah", "SY", "Homs"))
every(g, "محافظة حمص", "GPE", canonical="Homs Governorate", place=named("Homs Governorate", "SY", "Homs"))
every(g, "الأستانة", "GPE", **ASTANA)
every(g, "أستانة", "GPE", **ASTANA)
every(g, "كازاخستان", "GPE", **country("KZ"))
every(g, "موسكو", "GPE", canonical="Moscow", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))
every(g, "روسيا", "GPE", **country("RU", "RUS"))
every(g, "إيران", "GPE", **country("IR", "IRN"))
every(g, "تركيا", "GPE", **country("TR", "TUR"))
every(g, "سوريا", "GPE", **country("SY"))

t_morrow = g.time("غداة", "2016-12-23", "day", "at")
t_fri1 = g.time("اليوم الجمعة ( 23 ديسمبر / كانون الأول 2016 )", "2016-12-23", "day", "at")
t_now = g.time("الآن", "2016-12-23", "day", "at")
t_fri2 = g.time("اليوم الجمعة", "2016-12-23", "day", "at", 1, after="مؤتمر")
t_fri3 = g.time("اليوم الجمعة", "2016-12-23", "day", "at", 1, after="شويجو")
t_earlier = g.time("في وقت سابق اليوم", "2016-12-23", "day", "at")
t_thu1 = g.time("مساء أمس الخميس", "2016-12-22", "part_of_day", "at")
t_thu2 = g.time("منذ مساء الخميس", "2016-12-22", "part_of_day", "since")
t_fri4 = g.time("اليوم الجمعة", "2016-12-23", "day", "at", 1, after="منذ مساء الخميس")
t_dec11 = g.time("في 11 كانون الأول / ديسمبر", "2016-12-11", "day", "at")
t_mar = g.time("في آذار / مارس", "2016-03", "month", "at")
t_thu3 = g.time("مساء الخميس", "2016-12-22", "part_of_day", "since", 1, after="بدأت المواجهات")
q27a = g.qty("27 من المقاتلين الموالين", 27, "people", "killed")
q27b = g.qty("27 من قوات النظام", 27, "people", "killed")

e_pu0 = E("بوتين", 1)
h1 = g.stmt(("بوتين", 1, None, e_pu0), (":", 1), "assert", ("روسيا وإيران وتركيا والأسد سيجرون محادثات سلام في الأستانة", 1), direct=True)
e_pu3 = E("فلاديمير بوتين", 1)
s1 = g.stmt(("فلاديمير بوتين", 1, None, e_pu3), ("حث", 1), "demand", ("تحقيق السلام", 1), medium=("اتصال هاتفي", 1))
e_pu4 = E("الرئيس الروسي فلاديمير بوتين", 1)
s2 = g.stmt(("الرئيس الروسي فلاديمير بوتين", 1, None, e_pu4), ("دعا", 1), "demand",
            ("التوصل إلى اتفاق شامل بشأن حل النزاع السوري", 1))
e_kr = E("الكرملين")
s3 = g.stmt(("الكرملين", 1, None, e_kr), ("قال", 1), "assert",
            (between(text, "بوتين قال للأسد", "على عملية السلام"), 1))
e_pu5 = E("بوتين", 1, "الكرملين إن")
s4 = g.stmt(("بوتين", 1, "الكرملين إن", e_pu5), ("قال", 1, "الكرملين إن"), "assert",
            (between(text, "الآن وبعد أن تمكنت", "على عملية السلام"), 1), medium=("مكالمة هاتفية", 1), embedded_in=s3)
e_pu6 = E("الرئيس الروسي فلاديمير بوتين", 2)
s5 = g.stmt(("الرئيس الروسي فلاديمير بوتين", 2, None, e_pu6), ("قال", 1, "وفي هذا المضمار"), "assert",
            ("روسيا وإيران وتركيا والرئيس السوري بشار الأسد وافقوا على إجراء محادثات جديدة تهدف لحل الصراع في سوريا بمدينة أستانة عاصمة كازاخستان", 1),
            medium=("مؤتمر صحفي عقده بمناسبة نهاية العام", 1))
SH = "وزير الدفاع الروسي سيرجي شويجو"
s6 = g.stmt((SH, 1, None, E(SH)), ("قال", 1, "وقال وزير الدفاع"), "assert", ("هؤلاء الجنود سيحفظون النظام داخل المدينة السورية", 1))
e_so9 = E("المرصد السوري لحقوق الإنسان", 1)
s7 = g.stmt(("المرصد السوري لحقوق الإنسان", 1, None, e_so9), ("ذكر", 1), "assert",
            (between(text, "القوات الحكومية السورية والميليشيات", "من ذلك القطاع"), 1))
e_so10 = E("المرصد", 1, "وأضاف")
s8 = g.stmt(("المرصد", 1, "وأضاف", e_so10), ("أضاف", 1), "assert", (between(text, "القوات تقوم بإبطال", "مساء أمس الخميس"), 1))
e_so11 = E("المرصد السوري لحقوق الإنسان", 2)
s9 = g.stmt(("المرصد السوري لحقوق الإنسان", 2, None, e_so11), ("أفاد", 1), "assert",
            ("قتل 27 من المقاتلين الموالين للنظام السوري منذ مساء الخميس في هجمات لتنظيم \" الدولة الإسلامية \" قرب مدينة تدمر في وسط سوريا", 1))
RA = "مدير المرصد رامي عبد الرحمن"
e_ra = E(RA)
AFP = [("فرانس برس", 1, None, E("فرانس برس"))]
s10 = g.stmt((RA, 1, None, e_ra), ("قال", 1, "وقال مدير"), "assert",
             (between(text, "قتل 27 من قوات النظام", "في شرق محافظة حمص"), 1), via=AFP, direct=True)
s11 = g.stmt((RA, 1, None, e_ra), ("أوضح", 1), "assert", ("القرى والبلدات المستهدفة ذات غالبية علوية", 1), via=AFP)
s12 = g.stmt((RA, 1, None, e_ra), ("أضاف", 1, "غالبية علوية"), "assert", ("بدأت المواجهات مساء الخميس وهي متواصلة", 1), via=AFP, direct=True)
s13 = g.stmt((RA, 1, None, e_ra), ("لافتا إلى", 1), "assert",
             ("الجهاديين يسعون إلى \" أن يطوقوا بالكامل قاعدة عسكرية تقع في هذه المنطقة وقطع طريق إمدادها", 1), via=AFP)

e_army = E("الجيش السوري")
e_ea = E("حلب الشرقية", 1)
p_talks = g.prop("other", [("agent", E("روسيا", 1), "RUS"), ("agent", E("إيران", 1), "IRN"), ("agent", E("تركيا", 1), "TUR"),
                           ("agent", E("الأسد", 1), "SYR")], ("محادثات", 1), place=E("الأستانة"))
p_agree = g.prop("agreement", [("agent", E("روسيا", 1, "والرئيس"), "RUS"), ("agent", E("الرئيس السوري بشار الأسد"), "SYR")], ("وافقوا", 1),
                 time=t_fri2)
p_cap = g.prop("capture", [("agent", e_army, "SYR"), ("partner", None, "RUS")], ("سيطرته", 1), place=E("مدينة حلب", 1))
p_sweep = g.prop("other", [("agent", e_army, "SYR")], ("حملة تمشيط", 1), place=e_ea, time=t_morrow)
p_mp = g.prop("deployment", [("agent", E("روسيا", 2), "RUS")], ("أرسلت", 1), place=E("مدينة حلب", 2))
p_back = g.prop("support", [("agent", E("روسيا", 1, "المدعومة من"), "RUS"), ("partner", E("القوات الحكومية السورية", 1), "SYR")], ("المدعومة", 1))
p_evac = g.prop("displacement", [], ("الإجلاء الجماعي", 1), place=E("حلب الشرقية", 2), time=t_thu1)
p_isis = g.prop("attack", [("agent", E("تنظيم \" الدولة الإسلامية \""), "ISIS"), ("target", E("المقاتلين الموالين للنظام السوري"), "SYR")],
                ("هجمات", 1), place=E("مدينة تدمر"), time=t_thu2, quantities=[q27a, q27b])
p_clash = g.prop("clash", [("agent", E("تنظيم الدولة الإسلامية"), "ISIS"), ("agent", E("قوات النظام", 2), "SYR")], ("المواجهات", 1), time=t_thu3)
p_isispal = g.prop("capture", [("agent", E("الجهاديون"), "ISIS")], ("استعادوا", 1), place=E("مدينة تدمر"), time=t_dec11)
p_regpal = g.prop("capture", [("agent", E("قوات النظام", 1), "SYR"), ("target", E("الجهاديون"), "ISIS")], ("طردتهم", 1), time=t_mar)
p_rusair = g.prop("support", [("agent", None, "RUS"), ("partner", E("قوات النظام", 1), "SYR")], ("بإسناد روسي", 1), time=t_mar)
p_encircle = g.prop("siege", [("agent", E("الجهاديين"), "ISIS")], ("يطوقوا", 1))
g.claim(p_talks, h1, "affirm", "planned"); g.claim(p_talks, s5, "affirm", "planned")
g.claim(p_agree, s5)
g.claim(p_cap, "author"); g.claim(p_cap, s4)
g.claim(p_sweep, "author"); g.claim(p_sweep, s7); g.claim(p_sweep, s8)
g.claim(p_mp, "author"); g.claim(p_mp, s6, "affirm", "planned")
g.claim(p_back, s4)
g.claim(p_evac, s7); g.claim(p_evac, s8)
g.claim(p_isis, s9); g.claim(p_isis, s10)
g.claim(p_clash, s12)
g.claim(p_isispal, "author"); g.claim(p_regpal, "author"); g.claim(p_rusair, "author")
g.claim(p_encircle, s13, "affirm", "intended")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
