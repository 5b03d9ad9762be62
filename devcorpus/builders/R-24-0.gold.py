"""Gold analysis of R-24 article 0 (Al-Souria Net, from Reuters; published date estimated 2017-12-24: Erdogan
spoke "today" before leaving on his state visit to Sudan). Turkey works with Russia to evacuate ~500 people
from besieged Eastern Ghouta.

Judgement calls:
- Body from «صرح الرئيس التركي» (glued to the photo caption) to the end of paragraph 8; the Reuters credit
  lies outside the body, so statements carry no via.
- «الرئيس التركي " رجب طيب إردوغان "» (quote marks between): two mentions, the title nominal.
- The evacuation is a displacement proposition (people moved), modality intended (Erdogan: "working on";
  author: "Ankara wants").
- The relative clause «التي يحاصرها نظام الأسد» and paragraph 8 are author voice: siege (since 5+ years) and
  the tightening since April; the tunnel destruction is 'other'.
- Eastern Ghouta is a LOC (region); «للغوطة» tagged as «لغوطة». No contradictions."""
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
g = Gold(text, {"id": "R-24-0", "outlet": "السورية نت", "published": "2017-12-24", "url": None, "title": None})
ERD = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
REG = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
GHOUTA = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "رجب طيب إردوغان", "PER", **ERD)
every(g, "إردوغان", "PER", **ERD)
every(g, "الرئيس التركي", "PER", nominal=True, **ERD)
every(g, "فلاديمير بوتين", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
every(g, "نظيره الروسي", "PER", nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
every(g, "روسيا", "GPE", **country("RU", "RUS"))
every(g, "تركيا", "GPE", **country("TR", "TUR"))
every(g, "الغوطة الشرقية", "LOC", **GHOUTA)
g.ent("لغوطة", "LOC", 1, after="الطبية", **GHOUTA)  # للغوطة
every(g, "دمشق", "GPE", canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Dimashq"))
every(g, "نظام الأسد", "ORG", **REG)
g.ent("لسودان", "GPE", 1, canonical="Sudan", place=named("Sudan", "SD"))
every(g, "أنقرة", "GPE", canonical="Ankara (Turkish government)", actor="TUR.GOV", party="TUR", role="government",
      place=gn(323786, "Ankara", 39.91987, 32.85427, "TR", "Ankara"))
every(g, "رئيسي أركان الجيش", "PER", nominal=True, canonical="Russian and Turkish chiefs of general staff")
every(g, "الهلال الأحمر التركي", "ORG", canonical="Turkish Red Crescent")
every(g, "إدارة الكوارث والطوارئ التركية", "ORG", actor="TUR.GOV", party="TUR", role="government", canonical="AFAD")
every(g, "مستشار الأمم المتحدة للشؤون الإنسانية في سوريا", "PER", nominal=True, actor="UN", party=None, role="other",
      canonical="UN humanitarian adviser for Syria (Jan Egeland)")

t_today = g.time("اليوم", "2017-12-24", "day", "at")
t_nov = g.time("في نوفمبر / تشرين الثاني", "2017-11", "month", "at")
t_5y = g.time("منذ أكثر من خمس سنوات", "2012", "year", "since")
t_apr = g.time("منذ إبريل / نيسان الماضي", "2017-04", "month", "since")
q500a = g.qty("نحو 500 شخص", 500, "people")
q500b = g.qty("حوالي 500 شخص", 500, "people")
q170 = g.qty("170 من الأطفال والنساء", 170, "people")
q400k = g.qty("نحو 400 ألف مدني", 400000, "people")

e_e1 = E("الرئيس التركي", 1)
s1 = g.stmt(("الرئيس التركي \" رجب طيب إردوغان \"", 1, None, e_e1), ("صرح", 1), "assert",
            ("بلاده تعمل مع روسيا في سبيل إجلاء نحو 500 شخص من ضاحية الغوطة الشرقية المحاصرة في العاصمة السورية دمشق", 1))
e_e2 = E("إردوغان", 1, "وأضاف")
s2 = g.stmt(("إردوغان", 1, "وأضاف", e_e2), ("أضاف", 1), "assert",
            ("هناك حوالي 500 شخص بينهم 170 من الأطفال والنساء بحاجة إلى مساعدات إنسانية عاجلة", 1), direct=True)
e_e3 = E("الرئيس التركي", 2)
s3 = g.stmt(("الرئيس التركي", 2, None, e_e3), ("أضاف", 1, "عاجلة"), "assert", ("يعيش في الغوطة الشرقية نحو 400 ألف مدني", 1), direct=True)
s4 = g.stmt(("الرئيس التركي", 2, None, e_e3), ("أشار إلى", 1), "assert", ("ناقش الموضوع مع نظيره الروسي \" فلاديمير بوتين", 1))
e_e6 = E("إردوغان", 1, "وقال")
s6 = g.stmt(("إردوغان", 1, "وقال", e_e6), ("قال", 1), "assert",
            ("رئيسي أركان الجيش في روسيا وتركيا سيناقشان الخطوات اللازمة في العمليات التي سيشارك فيها أيضا الهلال الأحمر التركي وإدارة الكوارث والطوارئ التركية", 1))
UNA = "مستشار الأمم المتحدة للشؤون الإنسانية في سوريا"
s7 = g.stmt((UNA, 1, None, E(UNA)), ("وصف", 1), "assert", ("الوضع في الغوطة الشرقية بأنه حالة طوارئ إنسانية", 1))

e_g1 = E("الغوطة الشرقية", 1)
p_evac = g.prop("displacement", [("agent", E("روسيا", 1), "RUS"), ("agent", e_e1, "TUR")], ("إجلاء", 1),
                place=e_g1, quantities=[q500a])
p_siege = g.prop("siege", [("agent", E("نظام الأسد", 1), "SYR")], ("يحاصرها", 1), place=e_g1, time=t_5y)
p_tight = g.prop("siege", [("agent", E("نظام الأسد", 2), "SYR")], ("شدد", 1), place=E("الغوطة الشرقية", 1, "ويحاصر"), time=t_apr)
p_tunnel = g.prop("other", [("agent", E("نظام الأسد", 2), "SYR")], ("دمر", 1), place=E("لغوطة"))
p_discuss = g.prop("other", [("agent", e_e3, "TUR"), ("partner", E("فلاديمير بوتين"), "RUS")], ("ناقش", 1))
p_chiefs = g.prop("other", [("agent", E("رئيسي أركان الجيش"), None)], ("سيناقشان", 1))
p_sudan = g.prop("other", [("agent", e_e2, "TUR")], ("زيارة رسمية", 1), place=E("لسودان"), time=t_today)
g.claim(p_evac, s1, "affirm", "intended")
g.claim(p_evac, "author", "affirm", "intended")
g.claim(p_siege, "author"); g.claim(p_tight, "author"); g.claim(p_tunnel, "author")
g.claim(p_discuss, s4)
g.claim(p_chiefs, s6, "affirm", "planned")
g.claim(p_sudan, "author", "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
