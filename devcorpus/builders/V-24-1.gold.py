"""Gold analysis of V-24 article 1 (Al Arab, London). Published date estimated 2017-05-10: the page header
shows 21 Jan 2018 (the crawl-day site header, repeated in the "yesterday" list), but the text speaks of
"8 May of the current month" (a Monday, the day D-Press says parliament approved the new ID card).
Rumour that the Syrian government will strip citizenship from Syrians who do not renew their ID inside Syria.

Judgement calls:
- Kept as conflict news (war politics: displaced Syrians, alleged demographic change, Iranians/Iraqi
  fighters). Body: second copy of the headline (with subtitle) through the last tweet.
- The subheading «شائعة أصدرها النظام ونفاها النظام» gives two statements by the regime (issued: assert;
  denied: deny) on the same content «شائعة»; their pair is the headline contradiction (intra_party SYR).
- Tweets are statements of nominal sources («مغرد», «آخر», «معلق»), direct=True (verbatim after a colon);
  the handles are tagged as PER too. The civil-affairs director's denial quoted in a tweet is embedded in
  that tweet, via «يوميات», cue the colon after it.
- The author's check of the parliament's site ("the last decree it approved was no. 128 on universities,
  8 May") is read as the author denying that parliament approved the ID change: contradiction with D-Press
  (kind unaffiliated, as the guide lists kinds; the author has no party).
- Citizenship withdrawal is 'other' with modality planned; D-Press (pro-government, SYR) affirms, the
  director (SYR) denies: intra_party."""
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
g = Gold(text, {"id": "V-24-1", "outlet": "العرب", "published": "2017-05-10", "url": None, "title": None})
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
DPRESS = dict(actor="SYR.MED", party="SYR", role="media", canonical="D-Press")
PARL = dict(actor="SYR.GOV", party="SYR", role="government", canonical="People's Assembly of Syria")
SYRIA = country("SY")
FB = dict(canonical="Facebook")

e_syrians = g.ent("السوريين", "PER", 1, nominal=True, canonical="Syrians")
e_reg1 = g.ent("النظام", "ORG", 1, **SYRGOV)
e_reg2 = g.ent("النظام", "ORG", 2, **SYRGOV)
g.ent("دمشق", "GPE", canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Dimashq"))
e_reg3 = g.ent("النظام السوري", "ORG", 1, **SYRGOV)
e_dp = g.ent("دي برس", "ORG", **DPRESS)
g.ent("لنظام", "ORG", 1, after="دي برس", **SYRGOV)  # للنظام: ل + النظام
e_dp2 = g.ent("الموقع المقرب من دوائر المخابرات السورية", "ORG", nominal=True, **DPRESS)
e_parl1 = g.ent("مجلس الشعب", "ORG", 1, **PARL)
every(g, "سوريا", "GPE", **SYRIA)
every(g, "فيسبوك", "ORG", **FB)
g.ent("تويتر", "ORG", canonical="Twitter")
e_tw1 = g.ent("مغرد", "PER", 1, nominal=True, canonical="Twitter user")
g.ent("Sami-alris92", "PER", canonical="Sami-alris92")
e_pages = g.ent("العشرات من الصفحات", "ORG", nominal=True, canonical="Facebook pages")
e_reg4 = g.ent("النظام", "ORG", 1, after="على فيسبوك أن", **SYRGOV)
e_rumours = g.ent("الشائعات", "ORG", nominal=True, canonical="Rumours")
e_pages2 = g.ent("تلك الصفحات", "ORG", nominal=True, canonical="Facebook pages")
g.ent("مجلس الشعب", "ORG", 2, **PARL)
e_parl3 = g.ent("المجلس", "ORG", 1, after="آخر مرسوم أقره", nominal=True, **PARL)
e_tw2 = g.ent("مغرد", "PER", 1, after="وكتب", nominal=True, canonical="Twitter user")
g.ent("AboFahaid-sy", "PER", canonical="AboFahaid-sy")
e_tw3 = g.ent("مغرد", "PER", 1, after="ونفى", nominal=True, canonical="Twitter user")
g.ent("super95498874", "PER", canonical="super95498874")
e_dir = g.ent("مدير الأحوال المدنية", "PER", nominal=True, actor="SYR.GOV", party="SYR", role="government",
              canonical="Director of Civil Affairs (Syria)")
e_yaw = g.ent("يوميات", "ORG", role="media", actor="YAWMIYAT", party=None, canonical="Yawmiyat")
e_tw4 = g.ent("آخر", "PER", 1, after="وتحسر", nominal=True, canonical="Twitter user")
g.ent("DHasanma", "PER", canonical="DHasanma")
e_tw5 = g.ent("معلق", "PER", 1, after="وتفاعل", nominal=True, canonical="Twitter user")
g.ent("ks-cv", "PER", canonical="ks-cv")
e_iqf = g.ent("المقاتلين العراقيين", "ORG", nominal=True, actor="IRQ.PGM", party="IRQ.PGM", role="armed_group",
              canonical="Iraqi pro-government militias")

t_2018 = g.time("بحلول العام 2018", "2018", "year", "before")
t_mon = g.time("صباح الاثنين", "2017-05-08", "part_of_day", "at")
t_2017 = g.time("عام 2017", "2017", "year", "at")
t_may8 = g.time("بتاريخ 8 مايو الجاري", "2017-05-08", "day", "at")
t_soon = g.time("قريبا", None, "vague", "after")
q_mill = g.qty("الملايين من السوريين", None, "people", "displaced")

s_syr = g.stmt(("السوريين", 1, None, e_syrians), ("مؤكدين", 1), "confirm", ("سوريتهم لا تتعلق بمجرد ورقة رسمية", 1))
s_issued = g.stmt(("النظام", 1, None, e_reg1), ("أصدرها", 1), "assert", ("شائعة", 1))
s_denied = g.stmt(("النظام", 2, None, e_reg2), ("نفاها", 1), "deny", ("شائعة", 1))
s_dp = g.stmt(("موقع \" دي برس \" الموالي للنظام", 1, None, e_dp), ("نشر", 1), "assert",
              ("الشعب السوري يقر تبديل الهوية الشخصية . . من لا يجدد سيتم سحب الجنسية منه", 1), direct=True)
s_dp2 = g.stmt(("الموقع المقرب من دوائر المخابرات السورية", 1, None, e_dp2), ("قال", 1, "وقال الموقع"), "assert",
               ("مجلس الشعب وافق صباح الاثنين , على مشروع تغيير الهوية السورية , للمواطنين السوريين داخل سوريا", 1), direct=True)
s_tw1 = g.stmt(("مغرد", 1, None, e_tw1), ("تساءل", 1), "assert",
               ("ما حقيقة # سحب - الجنسية - السورية ? ما فائدة هذا الحديث ما دام الدم مهدور والشعب مغدور ?", 1), direct=True)
s_pages = g.stmt(("العشرات من الصفحات على فيسبوك", 1, None, e_pages), ("نقلت", 1), "assert",
                 ("النظام لن يسمح بمنح البطاقة الجديدة من خلال السفارات والبعثات الدبلوماسية , وإنما سيكون واجبا على المواطن أن يحصل على البطاقة من سوريا حصرا", 1),
                 direct=True)
s_rum = g.stmt(("الشائعات", 1, None, e_rumours), ("بحسب", 1), "assert", ("دفتر العائلة وكافة الوثائق الشخصية الأخرى", 1))
s_reason = g.stmt(("تلك الصفحات", 1, None, e_pages2), ("أرجعت", 1), "assert",
                  (between(text, "السبب للقيام", "لتجديد بطاقاتهم"), 1))
s_tw2 = g.stmt(("مغرد", 1, "وكتب", e_tw2), ("كتب", 1), "assert", (between(text, "أنت شو", "أنا بدون سوري"), 1), direct=True)
s_tw3 = g.stmt(("مغرد", 1, "ونفى", e_tw3), ("نفى", 1), "deny", ("مدير الأحوال المدنية ليوميات : لا صحة للأنباء التي تتحدث عن إسقاط الجنسية", 1),
               direct=True)
s_dir = g.stmt(("مدير الأحوال المدنية", 1, None, e_dir), (":", 1, "ليوميات"), "deny",
               ("لا صحة للأنباء التي تتحدث عن إسقاط الجنسية", 1), via=[("يوميات", 1, None, e_yaw)], embedded_in=s_tw3)
s_tw4 = g.stmt(("آخر", 1, "وتحسر", e_tw4), ("تحسر", 1), "assert",
               ("قريبا سيولد شعب ( روهنجي ) جديد في سوريا , عديم الجنسية ويقيم في مخيمات اللاجئين", 1), direct=True)
s_tw5 = g.stmt(("معلق", 1, "وتفاعل", e_tw5), ("تفاعل", 1), "assert",
               ("أغلب المقاتلين العراقيين سيحصلون على الجنسية السورية ومنهم قد حصلوا عليها فعلا وسيحصلون على شقق سكنية في أحياء العاصمة ضمن خطة الإعمار القادمة", 1),
               direct=True)

p_revoke = g.prop("other", [("agent", e_reg3, "SYR")], ("سحب", 1, "نية النظام السوري"), time=t_2018)
p_approve = g.prop("other", [("agent", e_parl1, "SYR")], ("وافق", 1), time=t_mon)
p_embassy = g.prop("other", [("agent", e_reg4, "SYR")], ("يسمح", 1))
p_settle = g.prop("other", [], ("بتوطين", 1), place=eid(g, "سوريا", 1, "الإيرانيين في"))
p_noreturn = g.prop("displacement", [], ("العودة", 1), quantities=[q_mill])
p_decree = g.prop("other", [("agent", e_parl3, "SYR")], ("أقره", 1), time=t_may8)
p_iraqi = g.prop("other", [("partner", e_iqf, "IRQ.PGM")], ("سيحصلون", 1))
c_issued = g.claim(p_revoke, s_issued, "affirm", "planned")
c_denied = g.claim(p_revoke, s_denied, "deny", "planned")
c_dp = g.claim(p_revoke, s_dp, "affirm", "planned")
c_dir = g.claim(p_revoke, s_dir, "deny", "planned")
g.claim(p_revoke, s_tw3, "deny", "planned")
c_dp2 = g.claim(p_approve, s_dp2)
c_auth = g.claim(p_approve, "author", "deny")
g.claim(p_embassy, s_pages, "deny", "planned")
g.claim(p_settle, s_reason, "affirm", "intended")
g.claim(p_noreturn, s_reason)
g.claim(p_decree, "author")
g.claim(p_iraqi, s_tw5)

g.contra(c_issued, c_denied, "intra_party", "SYR", "negation",
         "The Syrian government is said to have issued the rumour of stripping citizenship and then to have denied it.", headline=True)
g.contra(c_dp, c_dir, "intra_party", "SYR", "negation",
         "Pro-government D-Press says non-renewers will lose their citizenship; the civil-affairs director says the reports are untrue.")
g.contra(c_dp2, c_auth, "unaffiliated", None, "negation",
         "D-Press says parliament approved the ID change on Monday; the author finds the last decree it passed (8 May) was about universities.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
