"""Gold analysis of R-93 article 9 (Youm7, 2017-11-21): Assad's surprise visit to Putin in Sochi; Putin says
the military operation is ending and it is time for a political process; Assad ready for dialogue.

Judgement calls:
- Body starts at the second copy of the headline (the first is followed by the crawl-time page header).
- Headline and subheadings of the form «X : …» are statements (cue the colon, direct).
- Title + name appositions («الرئيس الروسى فلاديمير بوتين», «المتحدث باسم الكرملين ديمترى بيسكوف») are one PER
  mention; a title on its own («الرئيس السورى», «نظيره الروسى») is a nominal PER.
- «ورأى أنه يجب الانتقال إلى العملية السياسية» is Putin's view reported inside the Kremlin's statement
  (embedded, source Putin). The Kremlin and Peskov say the leaders agreed: an agreement proposition.
- Russia's intervention since Oct 2015 (author, lines 1 and 15; Assad's "operation") is a deployment;
  Assad's thanks for Russia's "help" is support. "Final defeat of the terrorists is near" is 'other',
  modality possible. No contradictions."""
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
g = Gold(text, {"id": "R-93-9", "outlet": "اليوم السابع", "published": "2017-11-21", "url": None, "title": None})
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
KREM = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
RUS = country("RU", "RUS"); SYRIA = country("SY")
MOSCOW = dict(canonical="Moscow", actor="RUS.GOV", party="RUS", role="government", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))
SOCHI = dict(canonical="Sochi", place=gn(491422, "Sochi", 43.59699, 39.72477, "RU", "Krasnodar"))

every(g, "الرئيس الروسى فلاديمير بوتين", "PER", **PUTIN)
every(g, "الرئيس السورى بشار الأسد", "PER", **ASSAD)
every(g, "نظيره السورى بشار الأسد", "PER", **ASSAD)
every(g, "المتحدث باسم الكرملين ديمترى بيسكوف", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Peskov")
every(g, "نظيره الأمريكى دونالد ترامب", "PER", actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
every(g, "بشار", "PER", **ASSAD)
every(g, "بوتين", "PER", **PUTIN)
every(g, "الأسد", "PER", **ASSAD)
every(g, "الرئيس الروسى", "PER", nominal=True, **PUTIN)
every(g, "نظيره الروسى", "PER", nominal=True, **PUTIN)
every(g, "الرئيس السورى", "PER", nominal=True, **ASSAD)
every(g, "نظيره السورى", "PER", nominal=True, **ASSAD)
every(g, "روسيا", "GPE", **RUS)
every(g, "سوريا", "GPE", **SYRIA)
every(g, "سوتشى", "GPE", **SOCHI)
every(g, "إيران", "GPE", **country("IR", "IRN"))
every(g, "تركيا", "GPE", **country("TR", "TUR"))
every(g, "موسكو", "GPE", **MOSCOW)
every(g, "الكرملين", "ORG", **KREM)
every(g, "وكالة الإعلام الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="RIA Novosti")
every(g, "وزارة الدفاع", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian Ministry of Defence")
every(g, "الأركان العامة للقوات المسلحة الروسية", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian General Staff")
every(g, "تنظيم داعش", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")

t_2y = g.time("منذ عامين", "2015", "year", "since")
t_oct15 = g.time("منذ اكتوبر 2015", "2015-10", "month", "since")
t_wed1 = g.time("غدا الأربعاء", "2017-11-22", "day", "at", 1)
t_tue1 = g.time("اليوم الثلاثاء", "2017-11-21", "day", "at", 1)
t_mon = g.time("أمس الاثنين", "2017-11-20", "day", "at")
t_now1 = g.time("الآن", "2017-11-21", "day", "at", 1)
t_now2 = g.time("الآن", "2017-11-21", "day", "at", 2)
t_tue2 = g.time("اليوم الثلاثاء", "2017-11-21", "day", "at", 2)
t_2yw = g.time("بعد عامين وعدة أسابيع", None, "vague", "after")
t_before = g.time("فى وقت سابق", None, "vague", "before")
t_oct20 = g.time("20 أكتوبر 2015", "2015-10-20", "day", "at")
t_weeks = g.time("بعد أسابيع قليلة", None, "vague", "after")
t_wed2 = g.time("غدا الأربعاء", "2017-11-22", "day", "at", 2)

E = lambda s, n=1, after=None: eid(g, s, n, after)
h1 = g.stmt(("الأسد", 1, None, E("الأسد")), (":", 1, "الأسد"), "assert", ("مستعدون لحوار مع كل الراغبين فى حل سياسى", 1), direct=True)
h2 = g.stmt(("الرئيس الروسى", 1, None, E("الرئيس الروسى")), (":", 1, "الرئيس الروسى"), "assert", ("حان الوقت لحل الأزمة", 1), direct=True)
s_k1 = g.stmt(("الكرملين", 1, None, E("الكرملين")), ("أعلن", 1), "assert",
              ("الرئيس الروسى فلاديمير بوتين أجرى محادثات مع الرئيس السورى بشار الأسد الذى توجه إلى روسيا فى زيارة عمل", 1),
              medium=("بيان", 1, "أعلن الكرملين"))
PES = "المتحدث باسم الكرملين ديمترى بيسكوف"
s_pes = g.stmt((PES, 1, None, E(PES)), ("قوله", 1), "assert",
               ("زيارة الرئيس السورى أمس الاثنين , استغرقت أربع ساعات , واتفق الزعيمان خلال المباحثات على أن تركيز الصراع السورى يتحول الآن من العمليات العسكرية إلى البحث عن حل سياسى", 1),
               via=[("وكالة الإعلام الروسية", 1, None, E("وكالة الإعلام الروسية"))])
H3 = "بوتين : حان الوقت لحل سياسى"
h3 = g.stmt(("بوتين", 1, H3, E("بوتين", 1, H3)), (":", 1, H3), "assert", ("حان الوقت لحل سياسى فى سوريا", 1), direct=True)
s_k2 = g.stmt(("الكرملين", 1, "وأضاف الكرملين", E("الكرملين", 1, "وأضاف الكرملين")), ("أضاف", 1, "وأضاف الكرملين"), "assert",
              ("\" بوتين \" هنأ \" الأسد \" على النتائج التى حققها فى مكافحة الإرهاب القريب من هزيمة \" نهائية", 1))
s_k3 = g.stmt(("بوتين", 1, "وأضاف الكرملين", E("بوتين", 1, "وأضاف الكرملين")), ("رأى", 1), "assert",
              ("يجب \" الانتقال إلى العملية السياسية", 1), embedded_in=s_k2)
P5 = "وقال بوتين"
e_p5 = E("بوتين", 1, P5)
s_p1 = g.stmt(("بوتين", 1, P5, e_p5), ("قال", 1, P5), "assert",
              ("أريد أن أهنئكم على النتائج التى تحققت فى سوريا فى مجال مكافحة الإرهاب", 1), direct=True)
s_p2 = g.stmt(("بوتين", 1, P5, e_p5), ("مؤكدا", 1), "confirm", ("\" هزيمة نهائية وحتمية للإرهابيين \" باتت قريبة فى سوريا", 1))
s_p3 = g.stmt(("بوتين", 1, P5, e_p5), ("أضاف", 1, "باتت قريبة"), "assert", ("حان الوقت للانتقال إلى العملية السياسية", 1), direct=True)
s_p4 = g.stmt(("بوتين", 1, P5, e_p5), ("تابع", 1), "assert",
              (between(text, "ما زال أمامنا", "فى نهايتها بالفعل"), 1), direct=True)
s_p5 = g.stmt(("بوتين", 1, P5, e_p5), ("أضاف", 1, "فى نهايتها بالفعل"), "assert",
              ("أعتقد أن أهم شىء الآن بالطبع هو الانتقال إلى القضايا السياسية وألاحظ برضا استعدادكم للعمل مع كل من يريدون السلام والتوصل لحل", 1),
              direct=True)
s_p6 = g.stmt(("بوتين", 1, "أبلغ", E("بوتين", 1, "أبلغ")), ("أبلغ", 1), "assert",
              ("يعتزم إجراء سلسلة \" مشاورات \" مع عدد من رؤساء الدول , كما سيجرى محادثات اليوم الثلاثاء , مع نظيره الأمريكى دونالد ترامب حول تسوية النزاع السورى", 1))
H4 = "الرئيس السورى : مستعدون"
h4 = g.stmt(("الرئيس السورى", 1, H4, E("الرئيس السورى", 1, H4)), (":", 1, H4), "assert",
            ("مستعدون لحوار مع كل الراغبين فعلا فى حل سياسى", 1), direct=True)
e_a = E("الرئيس السورى", 1, "صرح")
s_a1 = g.stmt(("الرئيس السورى", 1, "صرح", e_a), ("صرح", 1), "assert",
              ("نحن مهتمون فى دفع العملية السياسية قدما لا نريد أن ننظر إلى الوراء ونحن مستعدون لحوار مع كل الراغبين فعلا فى حل سياسى", 1), direct=True)
e_b = E("الرئيس السورى", 1, "عبر")
s_a2 = g.stmt(("الرئيس السورى", 1, "عبر", e_b), ("عبر", 1, "حل سياسى \" ."), "assert",
              ("امتنان الشعب السورى \" للمساعدة التى قدمتها روسيا فى الدفاع عن \" وحدة واستقلال \" سوريا", 1))
s_a3 = g.stmt(("الرئيس السورى", 1, "عبر", e_b), ("قال", 1, "سوريا , وقال"), "assert",
              ("سعيد للقاء بكم بعد عامين وعدة أسابيع من بدء روسيا العملية التى تجرى بنجاح باهر", 1), direct=True)
s_a4 = g.stmt(("الرئيس السورى", 1, "عبر", e_b), ("أضاف", 1, "بنجاح باهر"), "assert",
              (between(text, "تحققت خلال تلك الفترة", "فى وقت سابق"), 1), direct=True)

e_sochi = E("سوتشى")
p_meet = g.prop("other", [("agent", E("بشار"), "SYR"), ("partner", E("بوتين"), "RUS")], ("يلتقى", 1), place=e_sochi, time=t_mon)
p_interv = g.prop("deployment", [("agent", E("روسيا", 1, "التدخل العسكرى"), "RUS")], ("التدخل العسكرى", 1),
                  place=E("سوريا", 1), time=t_oct15)
p_summit = g.prop("other", [("agent", E("بوتين", 1, "قبل لقاء"), "RUS"), ("partner", E("إيران"), "IRN"), ("partner", E("تركيا"), "TUR")],
                  ("لقاء", 1, "وذلك قبل"), time=t_wed1)
p_agree = g.prop("agreement", [("agent", E("بوتين", 1), "RUS"), ("agent", E("بشار"), "SYR")], ("اتفق", 1), time=t_mon)
p_defeat = g.prop("other", [], ("هزيمة", 1, "وأضاف الكرملين"), place=E("سوريا", 1, "باتت قريبة"))
p_opend = g.prop("other", [], ("فى نهايتها", 1), place=E("سوريا", 1, "على الأرض فى"), time=t_now2)
p_consult = g.prop("other", [("agent", e_p5, "RUS")], ("مشاورات", 1, "سلسلة"))
p_trump = g.prop("other", [("agent", e_p5, "RUS"), ("partner", E("نظيره الأمريكى دونالد ترامب"), "USA")], ("محادثات", 1, "كما سيجرى"), time=t_tue2)
p_help = g.prop("support", [("agent", E("روسيا", 1, "قدمتها"), "RUS"), ("partner", e_b, "SYR")], ("للمساعدة", 1), place=E("سوريا", 1, "وحدة واستقلال"))
p_lib = g.prop("capture", [], ("حررت", 1), place=E("سوريا", 1, "مناطق كثيرة من"))
p_disp = g.prop("displacement", [], ("مغادرتها", 1), time=t_before)
p_1015 = g.prop("other", [("agent", E("بوتين", 1, "وكان بوتين"), "RUS"), ("partner", E("الأسد", 1, "وكان بوتين"), "SYR")], ("التقى", 1),
                place=E("موسكو", 1, "20 أكتوبر"), time=t_oct20)
g.claim(p_meet, "author"); g.claim(p_meet, s_k1); g.claim(p_meet, s_pes)
g.claim(p_interv, "author"); g.claim(p_interv, s_a3)
g.claim(p_summit, "author", "affirm", "planned")
g.claim(p_agree, s_pes)
g.claim(p_defeat, s_k2, "affirm", "possible"); g.claim(p_defeat, s_p2, "affirm", "possible")
g.claim(p_opend, s_p4)
g.claim(p_consult, s_p6, "affirm", "intended")
g.claim(p_trump, s_p6, "affirm", "planned")
g.claim(p_help, s_a2)
g.claim(p_lib, s_a4)
g.claim(p_disp, s_a4)
g.claim(p_1015, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
