"""Gold analysis of V-454 article 3 (DW Arabic, from Reuters, 2017-10-09): ISIS seizes villages from Hay'at Tahrir
al-Sham in Hama province; HTS accuses the army of letting ISIS through; SOHR gives 15 villages, 5 retaken.

Judgement calls:
- Body from the headline (after the breadcrumb) to the end of paragraph 10, before the agency initials.
- ISIS says 12 villages (headline, para 5), SOHR says 15 (of which HTS retook 5): one capture proposition with
  both counts; ISIS's and SOHR's claims form a value contradiction (unaffiliated: SOHR has no party).
  Village counts are kept as quantities with unit "villages".
- The HTS accusations (collusion; letting ISIS cross government land) are a support proposition
  (army -> ISIS), not denied in the article.
- «ولم يسيطر تنظيم الدولة منذ العام الماضي على أراض متاخمة...» is an author claim of control, polarity deny.
- HTS, Nusra, Jabhat Fateh al-Sham all get party HTS; al-Qaeda gets AQ. SOHR party null.
- «مقاتلين شيعة» (backing the government) nominal ORG, party left null."""
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
g = Gold(text, {"id": "V-454-3", "outlet": "دويتشه فيله", "published": "2017-10-09", "url": None, "title": None})
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
NUSRA = dict(actor="HTS", party="HTS", role="armed_group", canonical="Nusra Front")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SOHR = dict(actor="SOHR", party=None, role="other", canonical="Syrian Observatory for Human Rights")
HAMAG = dict(canonical="Hama Governorate", place=named("Hama Governorate", "SY", "Hama"))
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "تنظيم \" الدولة الإسلامية \"", "ORG", **ISIS)
every(g, "داعش", "ORG", **ISIS)
every(g, "التنظيم الإرهابي", "ORG", nominal=True, **ISIS)
every(g, "التنظيم", "ORG", nominal=True, **ISIS)
every(g, "تحالف \" هيئة تحرير الشام \"", "ORG", **HTS)
every(g, "تحالف هيئة تحرير الشام", "ORG", **HTS)
every(g, "هيئة تحرير الشام", "ORG", **HTS)
every(g, "الهيئة", "ORG", nominal=True, **HTS)
every(g, "التحالف", "ORG", nominal=True, **HTS)
every(g, "جبهة النصرة", "ORG", **NUSRA)
every(g, "النصرة", "ORG", **NUSRA)
every(g, "جبهة فتح الشام", "ORG", **NUSRA)
every(g, "تنظيم القاعدة", "ORG", actor="AQ", party="AQ", role="armed_group", canonical="al-Qaeda")
every(g, "جيش النظام السوري", "ORG", **SYRMIL)
every(g, "الجيش السوري", "ORG", **SYRMIL)
every(g, "قوات النظام السوري", "ORG", **SYRMIL)
every(g, "الحكومة", "ORG", nominal=True, actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
every(g, "المرصد السوري لحقوق الإنسان", "ORG", **SOHR)
every(g, "المرصد المحسوب على المعارضة", "ORG", nominal=True, **SOHR)
every(g, "المعارضة", "ORG", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition")
every(g, "مقاتلون إسلاميون", "ORG", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Islamist rebels")
every(g, "جماعات معارضة أخرى", "ORG", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition")
every(g, "مقاتلين شيعة", "ORG", nominal=True, actor="PGM.SHIA", party=None, role="armed_group", canonical="Shia militias")
every(g, "قوات سوريا الديمقراطية", "ORG", actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
every(g, "محافظة حماة", "GPE", **HAMAG)
every(g, "حماة", "GPE", **HAMAG)
every(g, "سوريا", "GPE", **country("SY"))
every(g, "روسيا", "GPE", **country("RU", "RUS"))
every(g, "إيران", "GPE", **country("IR", "IRN"))
every(g, "الولايات المتحدة", "GPE", **country("US", "USA"))

t_mon = g.time("اليوم الاثنين ( التاسع من تشرين الأول / أكتوبر 2017 )", "2017-10-09", "day", "at")
t_ly = g.time("منذ العام الماضي", "2016", "year", "since")
t_since = g.time("منذ ذلك الحين", "2016", "year", "since")
q12a = g.qty("12 قرية", 12, "villages", None, 1)
q12b = g.qty("12 قرية", 12, "villages", None, 2)
q15 = g.qty("15 قرية", 15, "villages")
q5 = g.qty("خمسا", 5, "villages")

s_hts1 = g.stmt(("الهيئة", 1, None, E("الهيئة")), ("اتهمت", 1), "assert",
                ("التنظيم بالتواطؤ مع جيش النظام السوري في هجومه على هذه القرى", 1))
e_isis5 = E("التنظيم الإرهابي", 1)
s_isis = g.stmt(("التنظيم الإرهابي", 1, None, e_isis5), ("قال", 1), "assert",
                ("سيطر عليها اليوم الاثنين ( التاسع من تشرين الأول / أكتوبر 2017 )", 1))
e_hts6 = E("هيئة تحرير الشام", 1, "بدورها")
s_hts2 = g.stmt(("هيئة تحرير الشام", 1, "بدورها", e_hts6), ("قالت", 1), "assert",
                ("تنظيم \" الدولة الإسلامية \" اجتاح عدة قرى", 1), medium=("بيان أصدرته", 1))
s_hts3 = g.stmt(("هيئة تحرير الشام", 1, "بدورها", e_hts6), ("اتهمت", 2), "assert",
                ("الجيش السوري بالسماح لمقاتلي التنظيم بعبور أراض خاضعة لسيطرة الحكومة", 1))
e_sohr = E("المرصد السوري لحقوق الإنسان")
s_sohr1 = g.stmt(("المرصد السوري لحقوق الإنسان", 1, None, e_sohr), ("قال", 1, "وقال المرصد السوري"), "assert",
                 ("تنظيم \" الدولة الإسلامية \" انتزع السيطرة على 15 قرية من تحالف هيئة تحرير الشام لكن التحالف استعاد خمسا منها", 1))
e_sohr2 = E("المرصد المحسوب على المعارضة")
s_sohr2 = g.stmt(("المرصد المحسوب على المعارضة", 1, None, e_sohr2), ("قال", 1, "وقال المرصد المحسوب"), "assert",
                 ("تحالف \" هيئة تحرير الشام \" تواصل هجومها المضاد في حماة ضد \" داعش \" وأنها تستقدم المزيد من التعزيزات", 1))

e_isis1 = E("داعش", 1); e_hts1 = E("هيئة تحرير الشام", 1); e_hama1 = E("محافظة حماة", 1)
p_cap = g.prop("capture", [("agent", e_isis1, "ISIS"), ("target", E("النصرة", 1), "HTS")], ("يطرد", 1), place=e_hama1, time=t_mon,
               quantities=[q12a, q12b, q15])
p_coll = g.prop("support", [("agent", E("جيش النظام السوري"), "SYR"), ("partner", E("التنظيم", 1), "ISIS")], ("بالتواطؤ", 1))
p_htsctl = g.prop("control", [("agent", E("هيئة تحرير الشام", 1, "منطقة تسيطر"), "HTS")], ("تسيطر", 1))
p_govctl = g.prop("control", [("agent", E("الحكومة"), "SYR")], ("لسيطرة", 1))
p_retake = g.prop("capture", [("agent", E("التحالف", 1, "لكن"), "HTS"), ("target", E("تنظيم \" الدولة الإسلامية \"", 1, "وقال المرصد السوري"), "ISIS")],
                  ("استعاد", 1), quantities=[q5])
p_counter = g.prop("attack", [("agent", E("تحالف \" هيئة تحرير الشام \""), "HTS"), ("target", E("داعش", 1, "المضاد"), "ISIS")],
                   ("هجومها المضاد", 1), place=E("حماة", 1, "المضاد في"))
p_reinf = g.prop("deployment", [("agent", E("تحالف \" هيئة تحرير الشام \""), "HTS")], ("التعزيزات", 1), place=E("حماة", 1, "المضاد في"))
p_isisctl = g.prop("control", [("agent", E("تنظيم \" الدولة الإسلامية \"", 1, "ولم يسيطر"), "ISIS")], ("يسيطر", 1, "ولم"), time=t_ly)
p_oppctl = g.prop("control", [("agent", E("المعارضة", 1, "ذات أعلى"), "SYR.OPP")], ("تسيطر", 1, "ذات أعلى"), place=E("سوريا", 1, "شمال غرب"))
e_isis10 = E("التنظيم الإرهابي", 1, "وخسر")
e_syrmil10 = E("قوات النظام السوري")
p_loss = g.prop("capture", [("agent", e_syrmil10, "SYR"), ("target", e_isis10, "ISIS")], ("خسر", 1), time=t_since)
p_backgov = g.prop("support", [("agent", E("روسيا"), "RUS"), ("agent", E("إيران"), "IRN"), ("agent", E("مقاتلين شيعة"), None),
                               ("partner", e_syrmil10, "SYR")], ("المدعومة", 1))
e_sdf = E("قوات سوريا الديمقراطية")
p_sdf = g.prop("attack", [("agent", e_sdf, "SDF"), ("target", e_isis10, "ISIS")], ("حملة", 1), time=t_since)
p_backsdf = g.prop("support", [("agent", E("الولايات المتحدة"), "USA"), ("partner", e_sdf, "SDF")], ("المدعومة", 2))
g.claim(p_cap, "author")
c_isis = g.claim(p_cap, s_isis)
g.claim(p_cap, s_hts2)
c_sohr = g.claim(p_cap, s_sohr1)
g.claim(p_coll, s_hts1); g.claim(p_coll, s_hts3)
g.claim(p_htsctl, "author")
g.claim(p_govctl, s_hts3)
g.claim(p_retake, s_sohr1)
g.claim(p_counter, s_sohr2)
g.claim(p_reinf, s_sohr2)
g.claim(p_isisctl, "author", "deny")
g.claim(p_oppctl, "author")
g.claim(p_loss, "author"); g.claim(p_backgov, "author"); g.claim(p_sdf, "author"); g.claim(p_backsdf, "author")
g.contra(c_isis, c_sohr, "unaffiliated", None, "value",
         "ISIS says it took 12 villages in Hama; SOHR says it took 15 (five of them since retaken by HTS).")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
