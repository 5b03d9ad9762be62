"""Gold analysis of R-338 article 5 (Al-Masry Al-Youm; published date estimated 2017-11-21: the Kremlin's
announcement "on Tuesday" of the Monday 20 Nov Putin-Assad meeting). Via Sky News Arabia.

Judgement calls:
- Body from «أعلن الكرملين» (the headline copies are followed by a photo-caption line) to the last sentence;
  the "أخبار متعلقة" debris inside paragraph 2 cannot be cut out of a contiguous body and is left untagged.
- «بحسب موقع سكاي نيوز عربية» makes Sky News Arabia the via of the Kremlin announcement; the other Kremlin
  statements are not marked via (the article does not repeat the attribution).
- «مضيفا أن سوريا بصدد...» is Putin speaking inside the Kremlin's account (embedded); «الأسد شكر بوتن» is Assad's
  speech act inside the Kremlin's second statement (embedded).
- «الرئيس الروسي , فلاديمير بوتن» (comma apposition): two mentions, the title nominal. No contradictions."""
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
g = Gold(text, {"id": "R-338-5", "outlet": "المصري اليوم", "published": "2017-11-21", "url": None, "title": None})
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
KREM = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "نظيره السوري بشار الأسد", "PER", **ASSAD)
every(g, "فلاديمير بوتن", "PER", **PUTIN)
every(g, "الرئيس الروسي", "PER", nominal=True, **PUTIN)
every(g, "نظيره السوري", "PER", nominal=True, **ASSAD)
every(g, "بوتن", "PER", **PUTIN)
every(g, "الأسد", "PER", **ASSAD)
every(g, "الكرملين", "ORG", **KREM)
g.ent("لكرملين", "ORG", 1, after="ووفقا", **KREM)  # للكرملين
every(g, "سكاي نيوز عربية", "ORG", actor="SKYNEWSARABIA", party=None, role="media", canonical="Sky News Arabia")
every(g, "روسيا", "GPE", **country("RU", "RUS"))
every(g, "سوريا", "GPE", **country("SY"))
every(g, "تركيا", "GPE", **country("TR", "TUR"))
every(g, "إيران", "GPE", **country("IR", "IRN"))

t_tue = g.time("الثلاثاء", "2017-11-21", "day", "at")
t_mon = g.time("الاثنين", "2017-11-20", "day", "at")
t_week = g.time("هذا الأسبوع", "2017-11-20/2017-11-26", "week", "at")
t_oct = g.time("أكتوبر 2015", "2015-10", "month", "at")

e_k1 = E("الكرملين", 1)
s1 = g.stmt(("الكرملين", 1, None, e_k1), ("أعلن", 1), "assert",
            ("الرئيس الروسي , فلاديمير بوتن , أجرى محادثات مع نظيره السوري بشار الأسد في روسيا , الاثنين", 1),
            via=[("موقع \" سكاي نيوز عربية \"", 1, None, E("سكاي نيوز عربية"))])
e_k2 = E("لكرملين")
s2 = g.stmt(("لكرملين", 1, None, e_k2), ("وفقا", 1), "assert",
            ("هنأ الرئيس الروسي نظيره السوري على \" إنجازاته في محاربة الإرهاب \" في سوريا", 1))
e_pu2 = E("الرئيس الروسي", 1, "هنأ")
s3 = g.stmt(("الرئيس الروسي", 1, "هنأ", e_pu2), ("مضيفا", 1), "assert", ("سوريا بصدد \" الانتهاء من الحرب على الإرهاب", 1), embedded_in=s2)
e_k3 = E("الكرملين", 1, "وقال")
s4 = g.stmt(("الكرملين", 1, "وقال", e_k3), ("قال", 1), "assert",
            ("الأسد شكر بوتن على دعمه العسكري والسياسي , وبحثا بحثا عقد مؤتمر بشأن سوريا", 1))
s5 = g.stmt(("الأسد", 1, "وقال الكرملين", E("الأسد", 1, "وقال الكرملين")), ("شكر", 1), "assert", ("دعمه العسكري والسياسي", 1), embedded_in=s4)
e_pu3 = E("بوتن", 1, "وأبلغ")
s6 = g.stmt(("بوتن", 1, "وأبلغ", e_pu3), ("أبلغ", 1), "assert",
            ("اجتماعهما يأتي قبل زيارة لرئيسي تركيا وإيران إلى روسيا هذا الأسبوع لإجراء مباحثات في القضية السورية", 1))
s7 = g.stmt(("بوتن", 1, "وأبلغ", e_pu3), ("أكد", 1), "confirm",
            ("التسوية السياسية السلمية في سوريا هي قضية رئيسية بعد انتهاء الحرب على الإرهاب", 1))

p_meet = g.prop("other", [("agent", E("فلاديمير بوتن"), "RUS"), ("partner", E("نظيره السوري بشار الأسد"), "SYR")], ("محادثات", 1),
                place=E("روسيا", 1), time=t_mon)
p_end = g.prop("other", [], ("الانتهاء", 1), place=E("سوريا", 1, "مضيفا أن"))
p_sup = g.prop("support", [("agent", E("بوتن", 1, "الأسد شكر"), "RUS"), ("partner", E("الأسد", 1, "وقال الكرملين"), "SYR")], ("دعمه", 1))
p_conf = g.prop("other", [], ("مؤتمر", 1))
p_trir = g.prop("other", [("agent", E("تركيا"), "TUR"), ("agent", E("إيران"), "IRN")], ("زيارة", 1, "يأتي قبل"),
                place=E("روسيا", 1, "وإيران إلى"), time=t_week)
p_2015 = g.prop("other", [("agent", E("الأسد", 1, "يزور فيها"), "SYR")], ("زيارة سابقة", 1), place=E("روسيا", 1, "يزور فيها الأسد"), time=t_oct)
g.claim(p_meet, s1); g.claim(p_meet, "author")
g.claim(p_end, s3, "affirm", "possible")
g.claim(p_sup, s4); g.claim(p_sup, s5)
g.claim(p_conf, s4, "affirm", "planned")
g.claim(p_trir, s6, "affirm", "planned")
g.claim(p_2015, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
