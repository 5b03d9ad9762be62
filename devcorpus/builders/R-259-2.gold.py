"""Gold analysis of R-259 article 2 (Al-Quds Al-Arabi, from agencies, 2017-11-21): the Kremlin on Putin's Monday
meeting with Assad in Sochi; Putin's calls to Trump, the Emir of Qatar and King Salman.

Judgement calls:
- Body starts at the second headline copy (the first is the page title) and ends with Peskov's quote.
- Headline «الكرملين : …» is a Kremlin statement (cue the colon). The dateline «القدس العربي - ( وكالات )» is
  tagged (outlet, nominal agencies) but not used as via.
- «ورأى انه يجب الانتقال» is Putin inside the Kremlin's statement (embedded). In paragraph 12 the Kremlin
  statement reports Putin's words («بوتين قال ... انه ينوي»): Putin's statement is embedded, and his «واضاف»
  (calls with the Emir of Qatar and Trump) is embedded in the same Kremlin statement.
- «حسب اعلان الكرملين» makes the Kremlin the via of Putin's "time for the political process" quote.
- Paragraph 10 (talks, leaders agreed) and the subheadings are author voice. No contradictions."""
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
g = Gold(text, {"id": "R-259-2", "outlet": "القدس العربي", "published": "2017-11-21", "url": None, "title": None})
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
TRUMP = dict(actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
SALMAN = dict(actor="SAU.GOV", party="SAU", role="government", canonical="King Salman")
KREM = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
SOCHI = dict(canonical="Sochi", place=gn(491422, "Sochi", 43.59699, 39.72477, "RU", "Krasnodar"))
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "الرئيس الروسي فلاديمير بوتين", "PER", **PUTIN)
every(g, "نظيره السوري بشار الأسد", "PER", **ASSAD)
every(g, "الرئيس السوري بشار الأسد", "PER", **ASSAD)
every(g, "المتحدث باسم الكرملين ديمتري بيسكوف", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Peskov")
every(g, "نظيره الأمريكي دونالد ترامب", "PER", **TRUMP)
every(g, "رئيس الولايات المتحدة دونالد ترامب", "PER", **TRUMP)
every(g, "العاهل السعودي الملك سلمان", "PER", **SALMAN)
every(g, "الرئيس الأسد", "PER", **ASSAD)
every(g, "فلاديمير بوتين", "PER", **PUTIN)
every(g, "بوتين", "PER", **PUTIN)
every(g, "الأسد", "PER", **ASSAD)
every(g, "ترامب", "PER", **TRUMP)
every(g, "الرئيس الروسي", "PER", nominal=True, **PUTIN)
every(g, "نظيره الروسي", "PER", nominal=True, **PUTIN)
every(g, "الرئيس السوري", "PER", nominal=True, **ASSAD)
every(g, "العاهل السعودي", "PER", nominal=True, **SALMAN)
every(g, "أمير قطر", "PER", nominal=True, actor="QAT.GOV", party="QAT", role="government", canonical="Tamim bin Hamad Al Thani")
every(g, "الكرملين", "ORG", **KREM)
every(g, "القدس العربي", "ORG", actor="QUDS", party=None, role="media", canonical="Al-Quds Al-Arabi")
every(g, "وكالات", "ORG", nominal=True, canonical="News agencies")
every(g, "وكالة الإعلام الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="RIA Novosti")
every(g, "سوتشي", "GPE", **SOCHI)
every(g, "روسيا", "GPE", **country("RU", "RUS"))
every(g, "إيران", "GPE", **country("IR", "IRN"))
every(g, "تركيا", "GPE", **country("TR", "TUR"))
every(g, "سوريا", "GPE", **country("SY"))

t_tue1 = g.time("الثلاثاء", "2017-11-21", "day", "at", 1)
t_mon1 = g.time("مساء الاثنين", "2017-11-20", "part_of_day", "at", 1)
t_2d = g.time("قبل يومين", "2017-11-22", "day", "at")
t_tue2 = g.time("الثلاثاء", "2017-11-21", "day", "at", 1, after="بيسكوف قوله")
t_now = g.time("الآن", "2017-11-21", "day", "at")
t_tue3 = g.time("الثلاثاء", "2017-11-21", "day", "at", 1, after="مع ترامب")
t_tue4 = g.time("الثلاثاء", "2017-11-21", "day", "at", 1, after="سيجري محادثات")
t_eve = g.time("عشية قمة سوتشي", "2017-11-21", "day", "at")
t_tue5 = g.time("الثلاثاء", "2017-11-21", "day", "at", 1, after="في بيان نشره")
t_mon2 = g.time("مساء الاثنين", "2017-11-20", "part_of_day", "at", 2)
t_from = g.time("اعتبارا من اليوم ( الاثنين )", "2017-11-20", "day", "since")
t_tmrw = g.time("غدا ( الثلاثاء )", "2017-11-21", "day", "at")
t_tue6 = g.time("الثلاثاء", "2017-11-21", "day", "at", 1, after="الملك سلمان")
t_today = g.time("اليوم", "2017-11-21", "day", "at", 1, after="مؤتمر صحفي")
t_yday = g.time("الأمس", "2017-11-20", "day", "at")

k = lambda n=1, after=None: ("الكرملين", n, after, E("الكرملين", n, after))
h1 = g.stmt(k(1), (":", 1), "assert", ("بوتين التقى الأسد في سوتشي في زيارة استغرقت أربع ساعات", 1), direct=True)
s1 = g.stmt(k(1, "أعلن الكرملين الثلاثاء"), ("أعلن", 1), "assert",
            ("الرئيس الروسي فلاديمير بوتين التقى مساء الاثنين نظيره السوري بشار الأسد في سوتشي بجنوب غرب روسيا قبل يومين من قمة ثلاثية بين روسيا وإيران وتركيا", 1))
s2 = g.stmt(k(1, "وقال الكرملين في بيان إن \""), ("قال", 1), "assert",
            ("فلاديمير بوتين اجرى محادثات مع الرئيس السوري بشار الأسد الذي توجه إلى روسيا في زيارة عمل", 1),
            medium=("بيان", 1), direct=True)
s3 = g.stmt(k(1, "وقال الكرملين في بيان إن \""), ("اضاف", 1), "assert",
            ("الرئيس الروسي \" هنأ \" الرئيس الأسد على النتائج التي حققها في مكافحة الارهاب القريب من هزيمة \" نهائية", 1))
e_pu3 = E("الرئيس الروسي", 1, "واضاف أن")
s4 = g.stmt(("الرئيس الروسي", 1, "واضاف أن", e_pu3), ("رأى", 1), "assert", ("يجب \" الانتقال إلى العملية السياسية", 1), embedded_in=s3)
e_pu5 = E("بوتين", 1, "وقال بوتين")
s5 = g.stmt(("بوتين", 1, "وقال بوتين", e_pu5), ("قال", 1, "وقال بوتين"), "assert",
            ("اريد أن اهنئكم على النتائج التي تحققت في سوريا في مجال مكافحة الارهاب", 1), direct=True)
s6 = g.stmt(("بوتين", 1, "وقال بوتين", e_pu5), ("مؤكدا", 1), "confirm", ("\" هزيمة نهائية وحتمية للارهابيين \" باتت قريبة في سوريا", 1))
s7 = g.stmt(("بوتين", 1, "وقال بوتين", e_pu5), ("اضاف", 1, "باتت قريبة"), "assert", ("حان الوقت للانتقال إلى العملية السياسية", 1),
            via=[k(1, "حسب اعلان")], direct=True)
e_pu7 = E("الرئيس الروسي", 1, "وتابع")
s8 = g.stmt(("الرئيس الروسي", 1, "وتابع", e_pu7), ("تابع", 1), "assert",
            ("اللقاء يهدف إلى مناقشة \" التسوية السياسية والسلمية على الامد الطويل \" في سوريا التي يفترض أن تلي هزيمة الارهاب", 1))
e_as8 = E("الرئيس السوري", 1, "من جهته")
s9 = g.stmt(("الرئيس السوري", 1, "من جهته", e_as8), ("عبر", 1), "assert",
            ("امتنان الشعب السوري \" للمساعدة التي قدمتها روسيا في الدفاع عن \" وحدة واستقلال \" سوريا", 1),
            medium=("تصريحات ترجمت إلى الروسية", 1))
PES = "المتحدث باسم الكرملين ديمتري بيسكوف"
s10 = g.stmt((PES, 1, None, E(PES, 1)), ("قوله", 1), "assert", ("زيارة الرئيس السوري لروسيا استغرقت أربع ساعات", 1),
             via=[("وكالة الإعلام الروسية", 1, None, E("وكالة الإعلام الروسية"))])
s11 = g.stmt(k(1, "الثلاثاء أعلن الكرملين"), ("أعلن", 1, "مع ترامب الثلاثاء"), "assert",
             ("الرئيس الروسي فلاديمير بوتين سيجري محادثات الثلاثاء مع نظيره الأمريكي دونالد ترامب حول تسوية النزاع السوري عشية قمة سوتشي", 1))
s12 = g.stmt(k(1, "وقال الكرملين في بيان نشره"), ("قال", 1, "وقال الكرملين في بيان نشره"), "assert",
             ("بوتين قال خلال لقائه الرئيس السوري بشار الأسد مساء الاثنين انه ينوي اجراء سلسلة \" مشاورات \" مع عدد من رؤساء الدول", 1),
             medium=("بيان نشره الثلاثاء", 1))
e_pu12 = E("بوتين", 1, "في بيان نشره")
s13 = g.stmt(("بوتين", 1, "في بيان نشره", e_pu12), ("قال", 1, "إن بوتين"), "assert",
             ("ينوي اجراء سلسلة \" مشاورات \" مع عدد من رؤساء الدول", 1), embedded_in=s12)
s14 = g.stmt(("بوتين", 1, "في بيان نشره", e_pu12), ("اضاف", 1, "رؤساء الدول"), "assert",
             ("اعتبارا من اليوم ( الاثنين ) من المقرر إجراء اتصال مع أمير قطر وغدا ( الثلاثاء ) مع رئيس الولايات المتحدة دونالد ترامب", 1),
             direct=True, embedded_in=s12)
s15 = g.stmt(k(1, "على اجتماعه مع الأسد"), ("قال", 1, "على اجتماعه مع الأسد"), "assert",
             ("الرئيس الروسي فلاديمير بوتين سيجري مكالمة هاتفية مع العاهل السعودي الملك سلمان الثلاثاء لإطلاعه على اجتماعه مع الرئيس السوري بشار الأسد", 1))
s16 = g.stmt((PES, 2, None, E(PES, 2)), ("قال", 1, "وقال المتحدث"), "assert",
             (between(text, "اليوم ستكون هناك", "على اجتماع الأمس"), 1), medium=("مؤتمر صحفي", 1), direct=True)

e_sochi1 = E("سوتشي", 1)
p_meet = g.prop("other", [("agent", E("بوتين", 1), "RUS"), ("partner", E("الأسد", 1), "SYR")], ("التقى", 1), place=e_sochi1, time=t_mon1)
p_summit = g.prop("other", [("agent", E("روسيا", 2), "RUS"), ("agent", E("إيران", 1), "IRN"), ("agent", E("تركيا", 1), "TUR")],
                  ("قمة ثلاثية", 1), time=t_2d)
p_defeat = g.prop("other", [], ("هزيمة", 1, "واضاف أن"), place=E("سوريا", 1, "باتت قريبة"))
p_help = g.prop("support", [("agent", E("روسيا", 1, "قدمتها"), "RUS"), ("partner", e_as8, "SYR")], ("للمساعدة", 1))
p_agree = g.prop("agreement", [("agent", E("بوتين", 1, "وأجرى"), "RUS"), ("agent", E("الأسد", 1, "وأجرى بوتين"), "SYR")], ("اتفق", 1), time=t_mon1)
p_trump = g.prop("other", [("agent", E("الرئيس الروسي فلاديمير بوتين", 1, "مع ترامب الثلاثاء"), "RUS"),
                           ("partner", E("نظيره الأمريكي دونالد ترامب"), "USA")], ("محادثات", 1, "سيجري"), time=t_tue4)
p_consult = g.prop("other", [("agent", e_pu12, "RUS")], ("مشاورات", 1, "في بيان نشره"))
p_qatar = g.prop("other", [("agent", e_pu12, "RUS"), ("partner", E("أمير قطر"), "QAT")], ("اتصال", 1), time=t_from)
p_salman = g.prop("other", [("agent", E("الرئيس الروسي فلاديمير بوتين", 1, "على اجتماعه مع الأسد"), "RUS"),
                            ("partner", E("العاهل السعودي الملك سلمان"), "SAU")], ("مكالمة هاتفية", 1), time=t_tue6)
for s in (h1, s1, s2, s10, s12):
    g.claim(p_meet, s)
g.claim(p_meet, "author")
g.claim(p_summit, "author", "affirm", "planned"); g.claim(p_summit, s1, "affirm", "planned")
g.claim(p_defeat, s3, "affirm", "possible"); g.claim(p_defeat, s6, "affirm", "possible")
g.claim(p_help, s9)
g.claim(p_agree, "author")
g.claim(p_trump, s11, "affirm", "planned"); g.claim(p_trump, s14, "affirm", "planned")
g.claim(p_consult, s13, "affirm", "intended")
g.claim(p_qatar, s14, "affirm", "planned")
g.claim(p_salman, s15, "affirm", "planned"); g.claim(p_salman, s16, "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
