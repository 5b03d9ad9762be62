"""Gold analysis of V-352 article 0 (Turk Press, Arabic translation of a Svobodnaya Pressa piece; published
date estimated 2017-09-20: Erdogan arrived in the US "days ago" for UNGA-72 and has not yet met Trump).
Opinion / interview on Turkey between the US, the EU and Russia; the Syrian war enters through Erdogan's
complaint about US arms to "terrorists" in Syria and the Pentagon's Kurdish partners.

Judgement calls:
- Kept as conflict news (war politics: US arms to Kurdish forces in Syria), though most is Turkey-EU.
- Body starts at the first sentence (the headline is followed by a byline); ends before the share line.
- The interview answers of Cengiz Yunlu carry no reporting verb; each answer is one statement sourced to
  him with cue «سنتحاور» (the article's frame for the interview). The newspaper's questions are not
  statements. The US/European displeasure at the Crimea annexation is embedded in his last answer.
- «للإرهابيين» (Erdogan's word for the US-backed Kurdish forces) is a nominal ORG with party SDF; PKK gets
  party PKK. The two "الرئيس التركي" and "نظيره الأمريكي" are nominal PER mentions.
- «تعدها الحكومة التركية فرعا لتنظيم بي كي كي» is a statement of the Turkish government (assert).
- Erdogan's "US gives weapons to terrorists" and the author's "Pentagon-Kurdish cooperation" are kept as
  two support propositions (different wording, different claimants); no contradictions."""
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
g = Gold(text, {"id": "V-352-0", "outlet": "ترك برس", "published": "2017-09-20", "url": None, "title": None})
USA = country("US", "USA"); TUR = country("TR", "TUR"); RUS = country("RU", "RUS"); IRN = country("IR", "IRN")
SYRIA = country("SY"); IRAQ = country("IQ"); KP = country("KP"); DE = country("DE")
ERD = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
TRUMP = dict(actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
EU = dict(canonical="European Union", actor="EU", party=None, role="government")
BRU = dict(canonical="Brussels (EU)", actor="EU", party=None, role="government", place=gn(2800866, "Brussels", 50.85045, 4.34878, "BE", "BRU"))
ANK = dict(canonical="Ankara (Turkish government)", actor="TUR.GOV", party="TUR", role="government", place=gn(323786, "Ankara", 39.91987, 32.85427, "TR", "68"))
WAS = dict(canonical="Washington (US government)", actor="USA.GOV", party="USA", role="government", place=gn(4140963, "Washington", 38.89511, -77.03637, "US", "DC"))
PAPER = dict(actor="SVPRESSA", party=None, role="media", canonical="Svobodnaya Pressa")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Kurdish forces (YPG/SDF)")
CRIMEA = dict(canonical="Crimea", place=named("Crimea", "UA"))
EUROPE = dict(canonical="Europe", place=named("Europe"))

# ---- entities (longest forms first; every() skips mentions inside a longer tagged one) ----
every(g, "الولايات المتحدة الأمريكية", "GPE", **USA)
every(g, "الجمعية العامة للأمم المتحدة", "ORG", canonical="UN General Assembly", actor="UN", party=None, role="other")
g.ent("لجمعية العامة للأمم المتحدة", "ORG", 1, canonical="UN General Assembly", actor="UN", party=None, role="other")  # للجمعية
every(g, "الأمن الشخصي للرئيس التركي", "ORG", actor="TUR.GOV", party="TUR", role="government", canonical="Erdogan's personal security")
every(g, "رجب طيب أردوغان", "PER", **ERD)
every(g, "فلاديمير بوتين", "PER", **PUTIN)
every(g, "دونالد ترامب", "PER", **TRUMP)
every(g, "الرئيس التركي", "PER", nominal=True, **ERD)
every(g, "نظيره الأمريكي", "PER", nominal=True, **TRUMP)
g.ent("لولايات المتحدة", "GPE", 1, **USA)  # للولايات: ل + الولايات
every(g, "الولايات المتحدة", "GPE", **USA)
every(g, "أردوغان", "PER", **ERD)
every(g, "ترامب", "PER", **TRUMP)
every(g, "بوتين", "PER", **PUTIN)
every(g, "الاتحاد الأوروبي", "ORG", **EU)
every(g, "واشنطن", "GPE", **WAS)
every(g, "ألمانيا", "GPE", **DE)
every(g, "تركيا", "GPE", **TUR)
every(g, "أنقرة", "GPE", **ANK)
every(g, "بروكسل", "GPE", **BRU)
every(g, "حلف شمال الأطلسي", "ORG", actor="NATO", party=None, role="military", canonical="NATO")
g.ent("لإرهابيين", "ORG", 1, nominal=True, **SDF)  # للإرهابيين: ل + الإرهابيين
every(g, "سوريا", "GPE", **SYRIA)
every(g, "البنتاغون", "ORG", actor="USA.MIL", party="USA", role="military", canonical="Pentagon")
every(g, "القوات الكردية", "ORG", **SDF)
every(g, "الحكومة التركية", "ORG", actor="TUR.GOV", party="TUR", role="government", canonical="Turkish government")
every(g, "بي كي كي", "ORG", actor="PKK", party="PKK", role="armed_group", canonical="PKK")
every(g, "تنظيم الدولة", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
every(g, "القيادة الأمريكية", "ORG", actor="USA.GOV", party="USA", role="government", canonical="US administration")
every(g, "المعارضة التركية", "ORG", nominal=True, canonical="Turkish opposition")
every(g, "حزب الشعب الجمهوري", "ORG", canonical="Republican People's Party (CHP)")
every(g, "جنكيز يونلو", "PER", canonical="Cengiz Yunlu")
every(g, "الصحيفة", "ORG", nominal=True, **PAPER)
every(g, "العراق", "GPE", **IRAQ)
every(g, "كوريا الشمالية", "GPE", **KP)
every(g, "غولن", "PER", canonical="Fethullah Gulen")
every(g, "إيران", "GPE", **IRN)
every(g, "روسيا", "GPE", **RUS)
every(g, "أوروبا", "LOC", **EUROPE)
every(g, "شبه جزيرة القرم", "LOC", **CRIMEA)

# ---- times ----
t_days = g.time("منذ أيام", None, "vague", "before")
t_earlier = g.time("في وقت سابق", None, "vague", "before")
t_may = g.time("خلال شهر أيار / مايو من هذه السنة", "2017-05", "month", "at")
t_soon = g.time("في أقرب وقت ممكن", None, "vague", "vague")
t_now = g.time("في الوقت الراهن", "2017-09-20", "day", "at")
t_before = g.time("سابقا", None, "vague", "before")

# ---- statements ----
e_erd11 = eid(g, "أردوغان", 1, "أكد ")
s_erd = g.stmt(("أردوغان", 1, "أكد ", e_erd11), ("أكد", 1), "confirm",
               ("بينما لا يمكننا شراء أسلحة من الولايات المتحدة , تعطيها للإرهابيين في سوريا مجانا", 1), direct=True)
s_tgov = g.stmt(("الحكومة التركية", 1, None, eid(g, "الحكومة التركية")), ("تعدها", 1), "assert", ("فرع ا لتنظيم بي كي كي", 1))
s_usacc = g.stmt(("القيادة الأمريكية", 1, None, eid(g, "القيادة الأمريكية")), ("اتهمت", 1), "assert",
                 ("الأمن الشخصي للرئيس التركي رجب طيب أردوغان بقيامه بانتهاكات وقمع لمسيرة مناهضة لزيارة أردوغان إلى الولايات المتحدة الأمريكية", 1))
YU = ("جنكيز يونلو", 1, None, eid(g, "جنكيز يونلو"))
CUE = ("سنتحاور", 1)
def answer(start, end, after=None):
    return g.stmt(YU, CUE, "assert", (between(text, start, end, after), 1))
s_a1 = answer("في الحقيقة , أظن", "كوريا الشمالية .")
s_a2 = answer("في الحقيقة , أعتقد", "في أقرب وقت ممكن .")
s_a3 = answer("في الحقيقة , لست متأكدا", "في حاجة إلى تركيا ?")
s_a4 = answer("بالطبع , لكن", "بعض القضايا الهامة .")
s_a5 = answer("أولا , يجب على تركيا", "تحقيق مساعيها .")
e_us37 = eid(g, "الولايات المتحدة الأمريكية", 1, "أعربت")
s_crimea = g.stmt(("الولايات المتحدة الأمريكية وبقية دول أوروبا", 1, None, e_us37), ("أعربت", 1), "assert",
                  ("عدم رضاها عن ضم روسيا لشبه جزيرة القرم", 1), embedded_in=s_a5)

# ---- propositions and claims ----
e_us2 = eid(g, "الولايات المتحدة الأمريكية", 1)
p_visit = g.prop("other", [("agent", eid(g, "الرئيس التركي", 1), "TUR")], ("وصل", 1), place=e_us2, time=t_days)
p_arms = g.prop("support", [("agent", eid(g, "الولايات المتحدة", 1, "أكد "), "USA"), ("partner", eid(g, "لإرهابيين"), "SDF")],
                ("تعطيها", 1), place=eid(g, "سوريا", 1, "أكد "))
p_coop = g.prop("support", [("agent", eid(g, "البنتاغون"), "USA"), ("partner", eid(g, "القوات الكردية"), "SDF")], ("التعاون", 1),
                place=eid(g, "سوريا", 1, "تنظيم الدولة في"))
p_fight = g.prop("clash", [("agent", eid(g, "القوات الكردية"), "SDF"), ("agent", eid(g, "تنظيم الدولة"), "ISIS")], ("تقاتل", 1),
                 place=eid(g, "سوريا", 1, "تنظيم الدولة في"))
p_crack = g.prop("other", [("agent", eid(g, "الأمن الشخصي للرئيس التركي"), "TUR")], ("قمع", 1),
                 place=eid(g, "الولايات المتحدة الأمريكية", 1, "مناهضة"), time=t_may)
p_march = g.prop("protest", [], ("مسيرة", 1), place=eid(g, "الولايات المتحدة الأمريكية", 1, "مناهضة"), time=t_may)
p_meet = g.prop("other", [("agent", eid(g, "أردوغان", 1, "أظن أن"), "TUR"), ("partner", eid(g, "ترامب", 1, "لقائه"), "USA")],
                ("سيتحدث", 1))
p_rusiran = g.prop("support", [("agent", eid(g, "روسيا", 1), "RUS"), ("partner", eid(g, "إيران", 1), "IRN")], ("تؤيد", 1))
p_contact = g.prop("other", [("agent", eid(g, "تركيا", 1, "يجب على"), "TUR"), ("partner", eid(g, "إيران", 2), "IRN"),
                             ("partner", eid(g, "روسيا", 3), "RUS")], ("اتصال دبلوماسي", 1), time=t_now)
e_crimea1 = eid(g, "شبه جزيرة القرم", 1)
p_annex = g.prop("capture", [("agent", eid(g, "روسيا", 1, "ضم"), "RUS")], ("ضم", 1), place=e_crimea1)
p_talk = g.prop("other", [("agent", eid(g, "أردوغان", 1, "تحدث"), "TUR"), ("partner", eid(g, "فلاديمير بوتين"), "RUS")],
                ("تحدث", 1, "الصدد"), time=t_before)
p_leave = g.prop("withdrawal", [("agent", eid(g, "بوتين", 1, "يقنع أردوغان"), "RUS")], ("مغادرة", 1), place=eid(g, "شبه جزيرة القرم", 2))
g.claim(p_visit, "author")
g.claim(p_arms, s_erd)
g.claim(p_coop, "author")
g.claim(p_fight, "author")
g.claim(p_crack, s_usacc)
g.claim(p_march, s_usacc)
g.claim(p_meet, s_a1, "affirm", "planned")
g.claim(p_rusiran, s_a5)
g.claim(p_contact, s_a5)
g.claim(p_annex, s_crimea)
g.claim(p_annex, s_a5)
g.claim(p_talk, s_a5)
g.claim(p_leave, s_a5, "affirm", "possible")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
