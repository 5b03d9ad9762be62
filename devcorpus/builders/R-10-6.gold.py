"""Gold analysis of R-10 article 6 (France 24 Arabic, 2017-12-27): Erdogan calls Assad a "terrorist"; background
on the war, the coalition's count of remaining ISIS fighters, Russia declaring the main battle over.

Judgement calls:
- Body: first line through the Lavrov sentence; the login-widget debris after it is left out.
- Line 7 is garbled in the source: «وقال لمحاربة تنظيم "الدولة الإسلامية" بقيادة الولايات المتحدة إنه ...» has
  lost "التحالف الدولي"; the statement is kept with that phrase as source text and no entity link; the
  following "most were killed or captured" sentence has no cue and is taken as author voice.
- Line 4 continues Erdogan's quote from line 3 (closing mark only): a second statement under the same cue.
- «واصفا إياه بالإرهابي» is the speech act of the lede (the verb «هاجم» is verbal, not an armed attack).
- The joint Turkey-Iran-Russia invitation (for the end of January, the Sochi congress) is an author-asserted
  'other' event, not a statement (its content is not given). «تصر دمشق» is stance confirm.
- «للتنظيم» (ل + التنظيم) tagged as «لتنظيم». No contradictions (positions on Assad's fate are not events)."""
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
g = Gold(text, {"id": "R-10-6", "outlet": "فرانس 24", "published": "2017-12-27", "url": None, "title": None})
ERD = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition")
SYRIA = country("SY"); IRAQ = country("IQ"); USA = country("US", "USA")
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "نظيره السوري بشار الأسد", "PER", **ASSAD)
every(g, "بشار الأسد", "PER", **ASSAD)
every(g, "الأسد", "PER", **ASSAD)
g.ent("لأسد", "PER", 1, after="الحليف الرئيسي", **ASSAD)  # للأسد
every(g, "الرئيس التركي", "PER", nominal=True, **ERD)
every(g, "أردوغان", "PER", **ERD)
every(g, "الرئيس التونسي", "PER", nominal=True, actor="TUN.GOV", party="TUN", role="government", canonical="Beji Caid Essebsi")
every(g, "المعارضة السورية", "ORG", **OPP)
every(g, "فصائل المعارضة", "ORG", **OPP)
every(g, "المعارضة", "ORG", nominal=True, **OPP)
every(g, "النظام", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
every(g, "دمشق", "GPE", canonical="Damascus (Syrian government)", actor="SYR.GOV", party="SYR", role="government",
      place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Dimashq"))
every(g, "الجيش السوري", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
every(g, "الطيران الروسي", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian Air Force")
every(g, "تنظيم \" الدولة الإسلامية \"", "ORG", **ISIS)
every(g, "التنظيم", "ORG", nominal=True, **ISIS)
g.ent("لتنظيم", "ORG", 1, after="ضربات جوية", nominal=True, **ISIS)  # للتنظيم
every(g, "تحالفا دوليا", "ORG", nominal=True, actor="COALITION", party="USA", role="military", canonical="US-led coalition")
every(g, "القوات الأمريكية", "ORG", actor="USA.MIL", party="USA", role="military", canonical="US forces")
every(g, "قوات الحكومة العراقية", "ORG", actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi government forces")
every(g, "فصائل كردية وعربية", "ORG", nominal=True, actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
every(g, "وزير الخارجية", "PER", nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
every(g, "جبهة النصرة", "ORG", actor="HTS", party="HTS", role="armed_group", canonical="Nusra Front (HTS)")
every(g, "الولايات المتحدة", "GPE", **USA)
every(g, "تركيا", "GPE", **country("TR", "TUR"))
every(g, "إيران", "GPE", **country("IR", "IRN"))
every(g, "روسيا", "GPE", **country("RU", "RUS"))
g.ent("العراق", "GPE", 1, after="وكان", **dict(IRAQ, actor="IRQ.GOV", party="IRQ", role="government"))
g.ent("سوريا", "GPE", 1, after="وكان العراق", **dict(SYRIA, actor="SYR.GOV", party="SYR", role="government"))
every(g, "سوريا", "GPE", **SYRIA)
every(g, "سورية", "GPE", **SYRIA)
every(g, "العراق", "GPE", **IRAQ)

t_days = g.time("بعد أيام", None, "vague", "after")
t_jan = g.time("آخر كانون الثاني / يناير", "2018-01", "month", "at")
t_6y = g.time("بعد ست سنوات", "2011", "year", "since")
t_3w = g.time("قبل ثلاثة أسابيع", "2017-12-06", "week", "at")
t_3y = g.time("خلال السنوات الثلاث الأخيرة", "2015", "year", "since")
t_weeks = g.time("في الأسابيع الأخيرة", None, "vague", "before")
t_year = g.time("بعد عام", "2017", "year", "at")
t_2014 = g.time("منذ عام 2014", "2014", "year", "since")
t_wed = g.time("الأربعاء", "2017-12-27", "day", "at")
t_now = g.time("الآن", "2017-12-27", "day", "at")
q_k = g.qty("340 ألف قتيل", 340000, "people", "killed")
q_d = g.qty("ملايين النازحين", None, "people", "displaced")
q_f = g.qty("أقل من ألف من مقاتلي التنظيم", 1000, "fighters")

e_erd1 = E("الرئيس التركي", 1)
s1 = g.stmt(("الرئيس التركي", 1, None, e_erd1), ("واصفا", 1), "assert", ("الإرهابي", 1))
s2 = g.stmt(("الرئيس التركي", 1, None, e_erd1), ("قال", 1), "assert", ("من المستحيل مواصلة مساعي السلام السورية في وجوده", 1))
e_erd3 = E("أردوغان", 1)
s3 = g.stmt(("أردوغان", 1, None, e_erd3), ("قال", 1, "وقال أردوغان"), "assert",
            ("من المستحيل إحراز أي تقدم في سوريا مع وجود الأسد", 1), medium=("مؤتمر صحفي مشترك مع الرئيس التونسي", 1), direct=True)
s4 = g.stmt(("أردوغان", 1, None, e_erd3), ("قال", 1, "وقال أردوغان"), "assert",
            (between(text, "بشار الأسد إرهابي", "حاكما لسورية"), 1), direct=True)
s5 = g.stmt(("الرئيس التركي", 2, None, E("الرئيس التركي", 2)), ("جدد", 1), "confirm", ("موقفه", 1))
s6 = g.stmt(("المعارضة", 1, "إذ تطالب", E("المعارضة", 1, "إذ تطالب")), ("تطالب", 1), "demand", ("رحيله مع بدء المرحلة الانتقالية", 1))
s7 = g.stmt(("دمشق", 1, None, E("دمشق")), ("تصر", 1), "confirm", ("المسألة غير مطروحة للنقاش", 1))
s8 = g.stmt(("لمحاربة تنظيم \" الدولة الإسلامية \" بقيادة الولايات المتحدة", 1), ("قال", 1, "فصائل المعارضة و"), "assert",
            ("لم يتبق في العراق وسوريا سوى أقل من ألف من مقاتلي التنظيم أي ثلث العدد التقديري لهم قبل ثلاثة أسابيع فحسب", 1))
s9 = g.stmt(("العراق وسوريا", 1, "وكان", E("العراق", 1, "وكان")), ("أعلنا", 1), "assert", ("النصر على التنظيم", 1))
s10 = g.stmt(("روسيا الحليف الرئيسي للأسد", 1, None, E("روسيا", 1, "وأعلنت")), ("أعلنت", 1), "assert",
             ("المعركة الرئيسية مع التنظيم في سوريا انتهت", 1))
s11 = g.stmt(("وزير الخارجية", 1, None, E("وزير الخارجية")), ("قال", 1, "وقال وزير"), "assert",
             ("المهمة الرئيسية في سوريا الآن أصبحت القضاء على جماعة إسلامية أخرى هي \" جبهة النصرة", 1))

e_tur5, e_irn5, e_rus5 = E("تركيا"), E("إيران"), E("روسيا")
e_isis7 = E("تنظيم \" الدولة الإسلامية \"")
p_terror = g.prop("other", [("agent", E("بشار الأسد", 1, "وجود الأسد"), "SYR")], ("إرهاب الدولة", 1))
p_invite = g.prop("other", [("agent", e_tur5, "TUR"), ("agent", e_irn5, "IRN"), ("agent", e_rus5, "RUS")], ("دعوة", 1), time=t_jan)
p_tsup = g.prop("support", [("agent", e_tur5, "TUR"), ("partner", E("المعارضة السورية"), "SYR.OPP")], ("تدعم", 1))
p_isup = g.prop("support", [("agent", e_irn5, "IRN"), ("agent", e_rus5, "RUS"), ("partner", E("النظام"), "SYR")], ("تدعمان", 1))
p_cas = g.prop("casualties", [], ("قتيل", 1), time=t_6y, quantities=[q_k])
p_disp = g.prop("displacement", [], ("النازحين", 1), time=t_6y, quantities=[q_d])
e_army = E("الجيش السوري")
p_adv = g.prop("advance", [("agent", e_army, "SYR"), ("partner", E("الطيران الروسي"), "RUS"), ("target", E("فصائل المعارضة"), "SYR.OPP")],
               ("تقدما ميدانيا", 1))
p_rusair = g.prop("support", [("agent", E("الطيران الروسي"), "RUS"), ("partner", e_army, "SYR")], ("مدعوما", 1))
p_remain = g.prop("other", [("agent", E("التنظيم", 1, "مقاتلي"), "ISIS")], ("يتبق", 1), time=t_wed, quantities=[q_f])
p_loss = g.prop("casualties", [("target", E("التنظيم", 1, "مقاتلي"), "ISIS")], ("سقطوا قتلى", 1), time=t_3y)
p_vict = g.prop("other", [("agent", E("العراق", 1, "وكان"), "IRQ"), ("agent", E("سوريا", 1, "وكان العراق"), "SYR"),
                          ("target", E("التنظيم", 1, "النصر على"), "ISIS")], ("النصر", 1), time=t_weeks)
p_expel = g.prop("capture", [("agent", E("العراق", 1, "وكان"), "IRQ"), ("agent", E("سوريا", 1, "وكان العراق"), "SYR"),
                             ("target", E("التنظيم", 1, "النصر على"), "ISIS")], ("إخراج", 1), time=t_year)
p_coal = g.prop("airstrike", [("agent", E("تحالفا دوليا"), "USA"), ("target", E("لتنظيم"), "ISIS")], ("ضربات جوية", 1), time=t_2014)
p_isis14 = g.prop("capture", [("agent", E("لتنظيم"), "ISIS")], ("اجتاح", 1), place=E("العراق", 1, "ثلث مساحة"), time=t_2014)
p_adv_us = g.prop("support", [("agent", E("القوات الأمريكية"), "USA"), ("partner", E("قوات الحكومة العراقية"), "IRQ"),
                              ("partner", E("فصائل كردية وعربية"), "SDF")], ("المستشارين", 1))
p_over = g.prop("other", [("target", E("التنظيم", 1, "المعركة الرئيسية"), "ISIS")], ("انتهت", 1), place=E("سوريا", 1, "المعركة الرئيسية"), time=t_wed)
p_nusra = g.prop("attack", [("agent", E("روسيا", 1, "وأعلنت"), "RUS"), ("target", E("جبهة النصرة"), "HTS")], ("القضاء", 1), time=t_now)
g.claim(p_terror, s4)
g.claim(p_invite, "author")
g.claim(p_tsup, "author"); g.claim(p_isup, "author")
g.claim(p_cas, "author"); g.claim(p_disp, "author")
g.claim(p_adv, "author"); g.claim(p_rusair, "author")
g.claim(p_remain, s8)
g.claim(p_loss, "author")
g.claim(p_vict, s9)
g.claim(p_expel, "author")
g.claim(p_coal, "author"); g.claim(p_isis14, "author"); g.claim(p_adv_us, "author")
g.claim(p_over, s10)
g.claim(p_nusra, s11, "affirm", "intended")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
