"""Gold analysis of R-10 article 3 (European Centre for Counterterrorism and Intelligence Studies, republishing
DW, page dated 2017-12-28): the US-led coalition says fewer than 1,000 ISIS fighters remain in Iraq and Syria.

Judgement calls:
- Body runs from the lede «ذكر التحالف الدولي» (glued to the subheading) to the Lavrov paragraph; the
  second DW article appended after the agency initials (US welcomes Iraq's victory, 9 Dec) is a separate
  related article and is left out, as are the page headline copies and site debris.
- «وقال التحالف لرويترز في بيان عن طريق البريد الإلكتروني»: via Reuters, medium the e-mailed statement.
- Fewer than 3,000 fighters (5 Dec) and fewer than 1,000 (27 Dec) are different times: two propositions,
  no contradiction. Russia's "main battle over" is compatible with the coalition hunting the remnant.
- «ولم يرد التحالف على سؤال» is not a speech act; «لن يخوض في تكهنات عامة» is (no claim on escape).
- "Hunted in desert areas" is an attack by the coalition's partners on ISIS remnants."""
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
g = Gold(text, {"id": "R-10-3", "outlet": "المركز الأوروبي لدراسات مكافحة الإرهاب والاستخبارات", "published": "2017-12-28", "url": None, "title": None})
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
USA = country("US", "USA"); RUS = country("RU", "RUS"); SYRIA = country("SY"); IRAQ = country("IQ")
IRQGOV = dict(IRAQ, actor="IRQ.GOV", party="IRQ", role="government")

e_coal1 = g.ent("التحالف الدولي لمحاربة \" داعش \"", "ORG", **COAL)
g.ent("التنظيم المتطرف", "ORG", nominal=True, **ISIS)
e_coal2 = g.ent("التحالف الدولي لمحاربة تنظيم \" داعش \"", "ORG", **COAL)
every(g, "الولايات المتحدة", "GPE", **USA)
e_coal3 = g.ent("التحالف", "ORG", 1, after="وقال التحالف لرويترز", nominal=True, **COAL)
e_reut = g.ent("رويترز", "ORG", actor="REUTERS", party=None, role="media", canonical="Reuters")
g.ent("التحالف", "ORG", 1, after="بسبب التزام", nominal=True, **COAL)
every(g, "تنظيم الدولة الإسلامية", "ORG", **ISIS)
g.ent("حكومة الرئيس بشار الأسد", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
e_coal5 = g.ent("التحالف", "ORG", 1, after="وكان التحالف", nominal=True, **COAL)
e_iraq4 = g.ent("العراق", "GPE", 1, after="وأعلن", **IRQGOV)
e_coal6 = g.ent("التحالف", "ORG", 1, after="وقال التحالف اليوم", nominal=True, **COAL)
e_coal7 = g.ent("التحالف", "ORG", 1, after="ولم يرد", nominal=True, **COAL)
e_rus = g.ent("روسيا", "GPE", **RUS)
g.ent("لأسد", "PER", 1, after="الحليف الرئيسي", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")  # للأسد
e_lav = g.ent("سيرجي لافروف", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
e_nusra = g.ent("جبهة النصرة", "ORG", actor="HTS", party="HTS", role="armed_group", canonical="Nusra Front (HTS)")
every(g, "التنظيم", "ORG", nominal=True, **ISIS)
every(g, "سوريا", "GPE", **SYRIA)
every(g, "العراق", "GPE", **IRAQ)

t_wed1 = g.time("اليوم الأربعاء ( 27 كانون الأول / ديسمبر 2017 )", "2017-12-27", "day", "at")
t_3w = g.time("قبل ثلاثة أسابيع", "2017-12-06", "week", "at")
t_dec5 = g.time("في الخامس من كانون الأول / ديسمبر", "2017-12-05", "day", "at")
t_dec9 = g.time("في التاسع من كانون الأول / ديسمبر", "2017-12-09", "day", "at")
t_wed2 = g.time("اليوم الأربعاء", "2017-12-27", "day", "at", 1, after="وقال التحالف اليوم")
t_3y = g.time("خلال السنوات الثلاث الأخيرة", "2015", "year", "since")
t_wed3 = g.time("اليوم الأربعاء", "2017-12-27", "day", "at", 1, after="الحليف الرئيسي")
t_now = g.time("الآن", "2017-12-27", "day", "at")
q1 = g.qty("أقل من ألف إرهابي", 1000, "fighters")
q2 = g.qty("أقل من ألف من مقاتلي التنظيم", 1000, "fighters")
q3 = g.qty("ما يقل عن ألف إرهابي", 1000, "fighters")
q4 = g.qty("أقل من 3000 مقاتل", 3000, "fighters")

s1 = g.stmt(("التحالف الدولي لمحاربة \" داعش \"", 1, None, e_coal1), ("ذكر", 1), "assert",
            ("التنظيم المتطرف فقد أغلب أعضائه ولم يتبق له سوى \" أقل من ألف إرهابي ت جرى مطاردتهم في المناطق الصحراوية في شرق سوريا وغرب العراق", 1))
s2 = g.stmt(("التحالف الدولي لمحاربة تنظيم \" داعش \" بقيادة الولايات المتحدة", 1, None, e_coal2), ("قال", 1), "assert",
            ("لم يتبق في العراق وسوريا سوى أقل من ألف من مقاتلي التنظيم أي ثلث العدد التقديري لهم قبل ثلاثة أسابيع فحسب", 1))
s3 = g.stmt(("التحالف", 1, "وقال التحالف لرويترز", e_coal3), ("قال", 1, "وقال التحالف لرويترز"), "assert",
            (between(text, "بسبب التزام التحالف", "وغرب العراق", "وقال التحالف لرويترز"), 1, "وقال التحالف لرويترز"),
            via=[("رويترز", 1, None, e_reut)], medium=("بيان عن طريق البريد الإلكتروني", 1), direct=True)
s4 = g.stmt(("التحالف الذي تقوده الولايات المتحدة", 1, None, e_coal5), ("قال", 1, "وكان التحالف"), "assert",
            ("أقل من 3000 مقاتل مازالوا في سوريا والعراق", 1))
s5 = g.stmt(("العراق", 1, "وأعلن", e_iraq4), ("أعلن", 1), "assert", ("تحقيق النصر النهائي على التنظيم", 1))
s6 = g.stmt(("التحالف", 1, "وقال التحالف اليوم", e_coal6), ("قال", 1, "وقال التحالف اليوم"), "assert",
            ("أغلب مقاتلي التنظيم إما سقطوا قتلى أو وقعوا في الأسر خلال السنوات الثلاث الأخيرة", 1))
s7 = g.stmt(("التحالف", 1, "ولم يرد", e_coal7), ("قال", 1, "ولم يرد"), "assert", ("لن يخوض في \" تكهنات عامة", 1))
s8 = g.stmt(("التحالف", 1, "ولم يرد", e_coal7), ("أضاف", 1, "ولم يرد"), "assert", ("يعمل من أجل الحيلولة دون حدوث ذلك", 1))
s9 = g.stmt(("التحالف", 1, "ولم يرد", e_coal7), ("أضاف", 1, "حدوث ذلك"), "assert",
            ("يمكننا إبلاغكم أننا نعمل مع شركائنا لقتل الإرهابيين الباقين من تنظيم الدولة الإسلامية أو أسرهم وتدمير شبكتهم ومنع عودتهم للظهور وكذلك لمنعهم من الهرب إلى الدول المجاورة", 1),
            direct=True)
s10 = g.stmt(("روسيا الحليف الرئيسي للأسد", 1, None, e_rus), ("قالت", 1), "assert", ("المعركة الرئيسية مع التنظيم في سوريا انتهت", 1))
s11 = g.stmt(("وزير الخارجية سيرجي لافروف", 1, None, e_lav), ("قال", 1, "وقال وزير"), "assert",
             ("المهمة الرئيسية في سوريا الآن أصبحت القضاء على جماعة إسلامية أخرى هي جبهة النصرة", 1))

e_isis_a = eid(g, "التنظيم المتطرف")
p_loss = g.prop("casualties", [("target", e_isis_a, "ISIS")], ("فقد", 1), time=t_3y)
p_1000 = g.prop("other", [("agent", e_isis_a, "ISIS")], ("يتبق", 1), time=t_wed1, quantities=[q1, q2, q3])
p_3000 = g.prop("other", [("agent", e_isis_a, "ISIS")], ("مازالوا", 1), time=t_dec5, quantities=[q4])
p_hunt = g.prop("attack", [("agent", e_coal1, "USA"), ("target", e_isis_a, "ISIS")], ("مطاردتهم", 1),
                place=eid(g, "سوريا", 1))
p_ctrl = g.prop("control", [("agent", eid(g, "حكومة الرئيس بشار الأسد"), "SYR")], ("سيطرة", 1), place=eid(g, "سوريا", 1, "مناطق في غرب"))
p_victory = g.prop("other", [("agent", e_iraq4, "IRQ"), ("target", eid(g, "التنظيم", 1, "النصر النهائي"), "ISIS")], ("النصر", 1), time=t_dec9)
p_kill = g.prop("attack", [("agent", e_coal7, "USA"), ("target", eid(g, "تنظيم الدولة الإسلامية", 1, "لقتل"), "ISIS")], ("لقتل", 1))
p_prevent = g.prop("other", [("agent", e_coal7, "USA")], ("الحيلولة", 1))
p_over = g.prop("other", [("target", eid(g, "التنظيم", 1, "المعركة الرئيسية"), "ISIS")], ("انتهت", 1),
                place=eid(g, "سوريا", 1, "المعركة الرئيسية"), time=t_wed3)
p_nusra = g.prop("attack", [("agent", e_rus, "RUS"), ("target", e_nusra, "HTS")], ("القضاء", 1), place=eid(g, "سوريا", 1, "المهمة الرئيسية"), time=t_now)
g.claim(p_loss, s1); g.claim(p_loss, s6)
g.claim(p_1000, s1); g.claim(p_1000, s2); g.claim(p_1000, s3)
g.claim(p_3000, s4)
g.claim(p_hunt, s1); g.claim(p_hunt, s3)
g.claim(p_ctrl, "author")
g.claim(p_victory, s5)
g.claim(p_kill, s9, "affirm", "intended")
g.claim(p_prevent, s8, "affirm", "intended"); g.claim(p_prevent, s9, "affirm", "intended")
g.claim(p_over, s10)
g.claim(p_nusra, s11, "affirm", "intended")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
