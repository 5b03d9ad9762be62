"""Gold analysis of R-149 article 12 (Al Bawaba; published date estimated 2017-12-02, the Saturday of Nechirvan
Barzani's statement in Paris). Fragment of a report on Macron receiving Iraqi Kurdish leaders; Macron calls
for dismantling armed factions including the Iran-backed PMF.

Judgement calls:
- Kept as conflict news (Iraqi post-referendum crisis, disarming the PMF militias), though not Syrian.
- The crawled text starts mid-article («ورأى ان»): the speaker of the first two statements (Macron) is not
  named before them; their source is the later «الرئيس الفرنسي» mention.
- «فرنسا ستكون في تصرف الاطراف» is a pledge: stance promise (as the worked example's «سنقدم»). Macron's
  quoted «من الضروري تطبيق نزع سلاح» is stance demand. Demands get no claims (nothing asserted happened).
- The court's ruling on the September referendum is embedded in Nechirvan Barzani's statement.
- Kurdish actors get party KRG; the PMF IRQ.PGM. No contradictions."""
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
g = Gold(text, {"id": "R-149-12", "outlet": "البوابة", "published": "2017-12-02", "url": None, "title": None})
KRG = lambda name: dict(actor="KRG", party="KRG", role="government", canonical=name)
MACRON = dict(actor="FRA.GOV", party="FRA", role="government", canonical="Emmanuel Macron")
PMF = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
IRAQ = country("IQ")
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "نيجرفان بارزاني", "PER", **KRG("Nechirvan Barzani"))
every(g, "مسعود بارزاني", "PER", **KRG("Masoud Barzani"))
every(g, "قباد طالباني", "PER", **KRG("Qubad Talabani"))
every(g, "جلال طالباني", "PER", actor="IRQ.GOV", party="IRQ", role="government", canonical="Jalal Talabani")
every(g, "بارزاني", "PER", **KRG("Nechirvan Barzani"))
every(g, "برزاني", "PER", **KRG("Nechirvan Barzani"))
every(g, "فرنسا", "GPE", **country("FR", "FRA"))
every(g, "المحكمة الاتحادية العراقية", "ORG", actor="IRQ.GOV", party="IRQ", role="government", canonical="Federal Supreme Court of Iraq")
every(g, "الحكومة الاتحادية", "ORG", nominal=True, actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi federal government")
every(g, "بغداد", "GPE", canonical="Baghdad (Iraqi government)", actor="IRQ.GOV", party="IRQ", role="government",
      place=gn(98182, "Baghdad", 33.34058, 44.40088, "IQ", "Baghdad"))
every(g, "اوساط الاليزيه", "ORG", nominal=True, actor="FRA.GOV", party="FRA", role="government", canonical="Elysee Palace")
every(g, "العراق", "GPE", **IRAQ)
g.ent("لعراق", "GPE", 1, after="اطار موحد", **IRAQ)  # للعراق
every(g, "الرئيس الفرنسي", "PER", nominal=True, **MACRON)
every(g, "قوات الحشد الشعبي", "ORG", **PMF)
every(g, "إيران", "GPE", **country("IR", "IRN"))

t_oct = g.time("في تشرين الاول / اكتوبر", "2017-10", "month", "at")
t_sat = g.time("السبت", "2017-12-02", "day", "at")
t_sep = g.time("ايلول / سبتمبر", "2017-09", "month", "at")
t_years = g.time("في السنوات القليلة الماضية", None, "vague", "before")

e_mac = E("الرئيس الفرنسي")
MAC = ("الرئيس الفرنسي", 1, None, e_mac)
s1 = g.stmt(MAC, ("رأى", 1), "assert", (between(text, "الجيل الجديد من القادة", "يتحمل مسؤولية تاريخية"), 1))
s2 = g.stmt(MAC, ("اضاف", 1), "promise", ("فرنسا ستكون في تصرف الاطراف لانجاح هذا الحوار الوطني البناء", 1), direct=True)
e_nb = E("نيجرفان بارزاني", 1, "وكرر")
s3 = g.stmt(("نيجرفان بارزاني", 1, "وكرر", e_nb), ("كرر", 1), "assert",
            ("الاكراد \" يحترمون \" قرار المحكمة الاتحادية العراقية التي اعتبرت ان استفتاء ايلول / سبتمبر مناف للدستور", 1))
s4 = g.stmt(("المحكمة الاتحادية العراقية", 1, None, E("المحكمة الاتحادية العراقية")), ("اعتبرت", 1), "assert",
            ("استفتاء ايلول / سبتمبر مناف للدستور", 1), embedded_in=s3)
s5 = g.stmt(("نيجرفان بارزاني", 1, "وكرر", e_nb), ("نافيا", 1), "deny",
            ("وجود اي مشكلة مع الحكومة الاتحادية حول سيطرة ( بغداد ) على الحدود", 1), direct=True)
e_ely = E("اوساط الاليزيه")
s6 = g.stmt(("اوساط الاليزيه", 1, None, e_ely), ("تعتبر", 1), "assert", ("بارزاني \" يتبنى منطق ( ايجاد ) اطار موحد للعراق", 1))
s7 = g.stmt(("اوساط الاليزيه", 1, None, e_ely), ("مؤكدة", 1), "confirm", ("امر \" بناء", 1))
s8 = g.stmt(MAC, ("دعا", 1), "demand", ("تفكيك كل الفصائل المسلحة بما فيها قوات الحشد الشعبي المدعومة من إيران", 1))
s9 = g.stmt(MAC, ("قال", 1, "وقال في المؤتمر"), "demand",
            (between(text, "من الضروري تطبيق", "الفصائل المسلحة تدريجيا"), 1),
            medium=("المؤتمر الصحفي مشترك مع برزاني", 1), direct=True)

p_death = g.prop("other", [("target", E("جلال طالباني"), "IRQ")], ("توفي", 1), time=t_oct)
p_ref = g.prop("other", [], ("استفتاء", 1), time=t_sep)
p_ruling = g.prop("other", [("agent", E("المحكمة الاتحادية العراقية"), "IRQ")], ("قرار", 1))
p_border = g.prop("other", [("agent", E("بغداد"), "IRQ")], ("مشكلة", 1))
p_iransup = g.prop("support", [("agent", E("إيران"), "IRN"), ("partner", E("قوات الحشد الشعبي", 1), "IRQ.PGM")], ("المدعومة", 1))
p_entrench = g.prop("other", [("agent", E("قوات الحشد الشعبي", 2), "IRQ.PGM")], ("رسخت", 1), place=E("العراق", 1, "رسخت"), time=t_years)
g.claim(p_death, "author")
g.claim(p_ref, s4)
g.claim(p_ruling, s3)
g.claim(p_border, s5, "deny")
g.claim(p_iransup, "author")
g.claim(p_entrench, s9)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
