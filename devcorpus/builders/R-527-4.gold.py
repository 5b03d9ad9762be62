"""Gold analysis of R-527 article 4 (Al-Baath, Damascus; undated, estimated 2017-12-01 from the late-2017
context of ISIS losing its territory and the 2017 copyright): Russian Security Council secretary Patrushev
says ISIS fighters are leaving Syria and Iraq for other countries and entrenching in Afghanistan.
Judgement calls: the body starts at the second copy of the headline; the headline «باتروشيف :» is a
statement. The interview with Argumenty i Fakty is the channel, so the newspaper is the via of the
statements that follow «في حديث مع» (not of the lede «حذر», which does not name it). ISIS leaving Syria
and Iraq is a `withdrawal`; losing control of territory is `control` with polarity deny; entrenching in
Afghanistan a `deployment`; sleeper cells are `other`. «بمفرده قام وفقا لتقديرات مختلفة» stays inside the
quote (Patrushev cites estimates; not a separate statement)."""
import sys
from annot import Gold

def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
C = {"SY": gn(163843, "Syria", 35.0, 38.0, "SY"), "IQ": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
     "RU": gn(2017370, "Russia", 60.0, 100.0, "RU"), "TR": gn(298795, "Turkey", 39.0, 35.0, "TR"),
     "IR": gn(130758, "Iran", 32.0, 53.0, "IR"), "US": gn(6252001, "United States", 39.76, -98.5, "US"),
     "QA": gn(289688, "Qatar", 25.5, 51.25, "QA"), "IL": gn(294640, "Israel", 31.5, 34.75, "IL"),
     "JO": gn(248816, "Jordan", 31.0, 36.0, "JO"), "LB": gn(272103, "Lebanon", 33.83, 35.83, "LB"),
     "SA": gn(102358, "Saudi Arabia", 25.0, 45.0, "SA"), "FR": gn(3017382, "France", 46.0, 2.0, "FR"),
     "GB": gn(2635167, "United Kingdom", 54.75, -2.7, "GB"), "DE": gn(2921044, "Germany", 51.5, 10.5, "DE")}
SYRIA = dict(canonical="Syria", place=C["SY"])
def STATE(iso3, cc, name):
    return dict(canonical=name, actor=iso3, party=iso3, role="government", place=C[cc])
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
def MEDIA(aid, canonical, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canonical)
def every(g, s, typ, skip=(), **kw):
    """Every whole-word occurrence of s as an entity (skip: occurrence numbers covered by a longer mention)."""
    ids, n = [], 1
    while True:
        try:
            g.span(s, n)
        except AssertionError:
            return ids
        if n not in skip:
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-527-4", "outlet": "البعث", "published": "2017-12-01", "url": None, "title": None})
PAT = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Nikolai Patrushev")
SYRIA_ = dict(canonical="Syria", place=C["SY"])
IRAQ = dict(canonical="Iraq", place=C["IQ"])
AFG = dict(canonical="Afghanistan", place=named("Afghanistan", "AF"))

PT = [g.ent("باتروشيف", "PER", 1, **PAT)]
ISD = every(g, "داعش", "ORG", **ISIS)
SY = every(g, "سورية", "GPE", **SYRIA_)
IQ = every(g, "العراق", "GPE", **IRAQ)
g.ent("مجلس الأمن الروسي", "ORG", actor="RUS.GOV", party="RUS", role="government", canonical="Security Council of Russia")
PT.append(g.ent("نيكولاي باتروشيف", "PER", **PAT))
AF = every(g, "أفغانستان", "GPE", **AFG)
PT += [g.ent("باتروشيف", "PER", n, **PAT) for n in (3, 4, 5)]
e_aif = g.ent("صحيفة أرغومنتي إي فاكتي الروسية", "ORG", **MEDIA("RUS.MED", "Argumenty i Fakty", "RUS"))
e_tn = g.ent("هذا التنظيم", "ORG", nominal=True, **ISIS)
for w, c, cc in (("ليبيا", "Libya", "LY"), ("اليمن", "Yemen", "YE"), ("الفلبين", "Philippines", "PH"), ("اندونيسيا", "Indonesia", "ID"),
                 ("الصين", "China", "CN"), ("الهند", "India", "IN"), ("كندا", "Canada", "CA")):
    g.ent(w, "GPE", canonical=c, place=named(c, cc))
g.ent("إيران", "GPE", **STATE("IRN", "IR", "Iran"))
g.ent("آسيا الوسطى", "LOC", canonical="Central Asia", place=named("Central Asia", None))
g.ent("روسيا", "GPE", **STATE("RUS", "RU", "Russia"))
e_aq = g.ent("تنظيم القاعدة", "ORG", actor="AQ", party="AQ", role="armed_group", canonical="Al-Qaeda")
g.ent("الولايات المتحدة", "GPE", **STATE("USA", "US", "United States"))

t_today = g.time("اليوم", "2017-12-01", "day", "at", 1)
t_recent = g.time("منذ وقت قريب", None, "vague", "since")
t_now = g.time("حاليا", "2017-12-01", "day", "at")
q80 = g.qty("أكثر من 80 بلدا", 80, "countries")

VIA = [("صحيفة أرغومنتي إي فاكتي الروسية", 1, None, e_aif)]
s_head = g.stmt(("باتروشيف", 1, None, PT[0]), (":", 1), "assert", ("إرهابيو ( داعش ) ينتقلون من سورية والعراق إلى دول أخرى", 1))
s_warn = g.stmt(("نيكولاي باتروشيف", 1, None, PT[1]), ("حذر", 1), "assert",
                ("إرهابيي تنظيم \" داعش \" ونتيجة الخسائر التي منيوا بها يفرون من سورية والعراق إلى بلدان أخرى وبدؤوا يتحصنون في أفغانستان", 1))
s_expl = g.stmt(("باتروشيف", 3, None, PT[2]), ("أوضح", 1), "assert",
                ("مع خسارة هذا التنظيم \" سيطرته على أراض في سورية والعراق وفقدان مصادر تمويله ينتقل مسلحوه تدريجيا إلى دول أخرى في العالم مثل ليبيا واليمن والفلبين واندونيسيا وغيرها", 1),
                via=VIA)
s_afg = g.stmt(("باتروشيف", 3, None, PT[2]), ("مشيرا إلى أن", 1), "assert",
               ("مسلحي داعش يتمركزون في أفغانستان حيث يمكنهم التسلل من بعدها إلى إيران والصين والهند وآسيا الوسطى وروسيا", 1),
               via=VIA, direct=True)
s_cells = g.stmt(("باتروشيف", 4, None, PT[3]), ("لفت", 1), "assert",
                 ("متزعمي الإرهابيين ونتيجة شعورهم بخطر القضاء عليهم في الأراضي التي كانوا ينتشرون فيها منذ وقت قريب يقومون حاليا بتغيير تكتيكاتهم بخلق \" خلايا نائمة في مختلف الدول يمكنها التحرك بشكل مستقل", 1),
                 via=VIA)
s_aq = g.stmt(("باتروشيف", 5, None, PT[4]), ("أكد", 1), "confirm",
              ("تنظيم القاعدة بمفرده قام وفقا لتقديرات مختلفة بخلق مثل هذه الخلايا في أكثر من 80 بلدا في جميع أنحاء العالم بما في ذلك في الولايات المتحدة وكندا", 1),
              via=VIA, direct=True)

p_leave = g.prop("withdrawal", [("agent", ISD[0], "ISIS")], ("ينتقلون", 1), place=SY[0], time=t_today)
p_lost = g.prop("control", [("agent", e_tn, "ISIS")], ("سيطرته", 1), place=SY[2])
p_afg = g.prop("deployment", [("agent", ISD[1], "ISIS")], ("يتحصنون", 1), place=AF[0])
p_infil = g.prop("other", [("agent", ISD[2], "ISIS")], ("التسلل", 1))
p_cells = g.prop("other", [], ("بخلق", 1), time=t_now)
p_aq = g.prop("other", [("agent", e_aq, "AQ")], ("بخلق", 2), quantities=[q80])

g.claim(p_leave, s_head)
g.claim(p_leave, s_warn)
g.claim(p_leave, s_expl)
g.claim(p_lost, s_expl, "deny")
g.claim(p_afg, s_warn)
g.claim(p_afg, s_afg)
g.claim(p_infil, s_afg, "affirm", "possible")
g.claim(p_cells, s_cells)
g.claim(p_aq, s_aq)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
