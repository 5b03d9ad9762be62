"""Gold analysis of V-483 article 1 (Turk Press; published date estimated 2017-05-22, just after the Riyadh summit
of 20-21 May 2017). A Turkish analyst (Mohammed Zahid Gul, via Al-Khaleej Online) on Iran's regional role,
its alliances, US policy on Assad and the war on ISIS.

Judgement calls:
- Body from «رأى خبير تركي» (the headline is a topic line followed by the site name) to the end of the quote.
- Split words in the crawl («غ ل», «فإير ان», «ميليشي اتها») are tagged as printed.
- «في تحليل نشره موقع الخليج أونلاين»: medium the analysis and via Al-Khaleej Online.
- The unquoted sentences of para 7 continue Gul's «وأشار» (one content span); Kerry's view that the US
  needs to keep Assad is embedded in it. The analyst's rhetorical questions (quoted) form one statement.
- Opinion claims about needs and motives are not propositions; asserted events are (Iran's killings,
  Iran's militias, alliances, prior US support for Iran, the US toppling Saddam, the war on ISIS).
- No contradictions."""
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
g = Gold(text, {"id": "V-483-1", "outlet": "ترك برس", "published": "2017-05-22", "url": None, "title": None})
GUL = dict(actor="TUR.ANALYST", party=None, role="other", canonical="Mohammed Zahid Gul")
IRN = country("IR", "IRN"); USA = country("US", "USA")
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "خبير تركي", "PER", nominal=True, **GUL)
every(g, "الخبير التركي", "PER", nominal=True, **GUL)
every(g, "محمد زاهد غ ل", "PER", **GUL)
every(g, "غ ل", "PER", **GUL)
every(g, "الخليج أونلاين", "ORG", actor="KHALEEJONLINE", party=None, role="media", canonical="Al-Khaleej Online")
every(g, "قوات حرسها الثوري", "ORG", actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
every(g, "ميليشي اتها الطائفية", "ORG", nominal=True, actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iran-backed militias")
every(g, "حزب الله اللبناني", "ORG", actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
every(g, "الميليشيات العراقية والأفغانية", "ORG", nominal=True, actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iraqi and Afghan militias")
every(g, "الرئيس السابق باراك أوباما", "PER", actor="USA.GOV", party="USA", role="government", canonical="Barack Obama")
every(g, "فلاديمير بوتين", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
every(g, "بنيامين نتنياهو", "PER", actor="ISR.GOV", party="ISR", role="government", canonical="Benjamin Netanyahu")
every(g, "الإدارة الأمريكية الجديدة", "ORG", actor="USA.GOV", party="USA", role="government", canonical="Trump administration")
every(g, "ترامب", "PER", actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
every(g, "صدام حسين", "PER", canonical="Saddam Hussein")
every(g, "وزير الخارجية الأمريكي السابق جون كيري", "PER", actor="USA.GOV", party="USA", role="government", canonical="John Kerry")
every(g, "بشار الأسد", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
every(g, "الأسد", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
every(g, "تنظيم داعش", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
every(g, "داعش", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
every(g, "إيران", "GPE", **IRN)
every(g, "إير ان", "GPE", **IRN)
every(g, "أمريكا", "GPE", **USA)
every(g, "روسيا", "GPE", **country("RU", "RUS"))
every(g, "إسرائيل", "GPE", **country("IL", "ISR"))
every(g, "العراق", "GPE", **country("IQ"))
every(g, "سوريا", "GPE", **country("SY"))

t_1979 = g.time("عام 1979", "1979", "year", "since")
t_today = g.time("اليوم", "2017-05-22", "day", "at")
q_mil = g.qty("الملايين", None, "people", "killed")

e_g1 = E("خبير تركي")
s1 = g.stmt(("خبير تركي", 1, None, e_g1), ("رأى", 1), "assert", (between(text, "الأهمية الكبرى", "دولهم ومجتمعاتهم"), 1))
e_g3 = E("محمد زاهد غ ل")
s2 = g.stmt(("محمد زاهد غ ل", 1, None, e_g3), ("قال", 1), "assert",
            (between(text, "عدوان إيران لم يتوقف", "مع الدول الكبرى"), 1),
            via=[("موقع الخليج أونلاين", 1, None, E("الخليج أونلاين"))], medium=("تحليل نشره موقع الخليج أونلاين", 1))
e_g4 = E("غ ل", 1, "وأوضح")
s3 = g.stmt(("غ ل", 1, "وأوضح", e_g4), ("أوضح", 1), "assert", (between(text, "إيران تحالفت مع أمريكا", "لعدة عقود من الزمن"), 1))
s4 = g.stmt(("غ ل", 1, "وأوضح", e_g4), ("أضاف", 1), "assert", (between(text, "فكان طبيعيا", "وتوسعها السياسي"), 1), direct=True)
e_g6 = E("غ ل", 1, "وأشار")
s5 = g.stmt(("غ ل", 1, "وأشار", e_g6), ("أشار", 1), "assert", (between(text, "أولى مطالب الدول", "والروسي معا ?"), 1))
KER = "وزير الخارجية الأمريكي السابق جون كيري"
s6 = g.stmt((KER, 1, None, E(KER)), ("عبر", 1, "كما عبر"), "assert", ("بحاجة إلى إبقاء بشار الأسد في الحكم", 1), embedded_in=s5)
e_g7 = E("الخبير التركي")
s7 = g.stmt(("الخبير التركي", 1, None, e_g7), ("تساءل", 1), "assert", (between(text, "أليس من حق عقلاء", "بحجة وجود تنظيم داعش ?"), 1), direct=True)

e_ir2 = E("إيران", 1)
p_kill = g.prop("casualties", [("agent", e_ir2, "IRN")], ("قتلت", 1), time=t_1979, quantities=[q_mil])
p_mil = g.prop("support", [("agent", E("إيران", 1, "وقال محمد"), "IRN"), ("partner", E("حزب الله اللبناني"), "HEZBOLLAH"),
                           ("partner", E("الميليشيات العراقية والأفغانية"), "IRN")], ("ميليشي اتها الطائفية", 1))
p_ally = g.prop("other", [("agent", E("إيران", 1, "وأوضح"), "IRN"), ("partner", E("أمريكا", 1), "USA"), ("partner", E("روسيا", 1), "RUS"),
                          ("partner", E("إسرائيل"), "ISR")], ("تحالفت", 1))
p_ussup = g.prop("support", [("agent", None, "USA"), ("partner", None, "IRN")],
                 ("الدعم الأمريكي", 1), place=E("سوريا", 1, "الدعم الأمريكي"))
p_saddam = g.prop("other", [("agent", E("أمريكا", 1, "فإذا كانت"), "USA"), ("target", E("صدام حسين"), None)], ("لإسقاط", 1),
                  place=E("العراق", 1, "صدام"))
p_war = g.prop("attack", [("agent", None, "USA"), ("target", E("داعش", 1, "مصداقية الحرب"), "ISIS")], ("الحرب", 1, "مصداقية"))
g.claim(p_kill, s1)
g.claim(p_mil, s2)
g.claim(p_ally, s3)
g.claim(p_ussup, s5)
g.claim(p_saddam, s5)
g.claim(p_war, s7)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
