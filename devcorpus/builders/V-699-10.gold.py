"""Gold analysis of V-699-10 (الوسط, estimated 2017-12-06): Sputnik reportedly says a Chinese special forces unit
has arrived in Syria; Wang Yi meets Bouthaina Shaaban; Beijing could send forces.

Judgement calls:
- Published: no date in URL; «الخميس السابق» (Shaaban-Wang Yi, 2017-11-30) and «الأسبوع السابق» put it in
  the first week of December 2017 — 2017-12-06, estimated.
- Body starts at the headline and keeps the aggregator sentence «حسبما ذكر التحرير الإخباري ينقل لكم موقع
  صحيفة الوسط محتوي خبر ...», which repeats the headline: both copies are annotated as statements by
  Sputnik (cue يؤكد), with Al-Tahrir as `via` on the first.
- The headline says the Chinese forces reached Damascus, the body (same source, Sputnik) says Tartus.
  Two `deployment` propositions with different places; not marked as a contradiction, since arriving
  through Tartus and reaching Damascus can both be true.
- «وأفادت معلومات صحفية» : nominal source «معلومات صحفية».
- No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-699-10", "outlet": "الوسط", "published": "2017-12-06", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SPUT = dict(actor="RUS.MED", party="RUS", role="media", canonical="Sputnik")
CHNMIL = dict(actor="CHN.MIL", party="CHN", role="military", canonical="Chinese armed forces")
DAM = dict(canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})
BEIJING = dict(canonical="Beijing", actor="CHN.GOV", party="CHN", role="government", place={"geonames_id": 1816670, "name": "Beijing", "lat": 39.9075, "lon": 116.39723, "country": "CN", "admin1": "Beijing"})
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
TIP = dict(actor="TIP", party=None, role="armed_group", canonical="Turkistan Islamic Party")
SHA = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bouthaina Shaaban")

e_sp1 = g.ent("سبوتنيك", "ORG", 1, **SPUT)
e_cf1 = g.ent("قوات صينية", "ORG", 1, nominal=True, **CHNMIL)
e_dam1 = g.ent("دمشق", "GPE", 1, **DAM)
e_tah = g.ent("التحرير الإخب - اري", "ORG", canonical="Al-Tahrir", actor="ALTAHRIR", party=None, role="media")
g.ent("صحيفة الوسط", "ORG", 1, canonical="Al-Wast", actor="ALWAST", party=None, role="media")
e_sp2 = g.ent("سبوتنيك", "ORG", 2, **SPUT)
g.ent("قوات صينية", "ORG", 2, nominal=True, **CHNMIL)
g.ent("دمشق", "GPE", 2, **DAM)
g.ent("صحيفة الوسط", "ORG", 2, canonical="Al-Wast", actor="ALWAST", party=None, role="media")
e_unit = g.ent("وحدة خاصة لمكافحة الإرهاب تابعة للقوات المسلحة الصينية \" نمر الليل المظلم \"", "ORG", **dict(CHNMIL, canonical="'Night Tiger' Chinese special forces unit"))
e_tar = g.ent("طرطوس", "GPE", canonical="Tartus", place={"geonames_id": 163345, "name": "Tartus", "lat": 34.88902, "lon": 35.88659, "country": "SY", "admin1": "Tartus"})
e_sp3 = g.ent("وكالة \" سبوتنيك \" الروسية", "ORG", **SPUT)
g.ent("بكين", "GPE", 1, **BEIJING)
e_wang = g.ent("وانغ يي", "PER", actor="CHN.GOV", party="CHN", role="government", canonical="Wang Yi")
e_sha = g.ent("بثينة شعبان", "PER", **SHA)
g.ent("بشار الأسد", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
e_tip1 = g.ent("تنظيم \" حركة تركستان الشرقية الإسلامية \"", "ORG", **TIP)
e_info = g.ent("معلومات صحفية", "ORG", nominal=True, canonical="Press reports")
e_sha2 = g.ent("مستشارة الرئيس السوري", "PER", nominal=True, **SHA)
g.ent("مسؤولين عسكريين صينيين", "PER", nominal=True, **CHNMIL)
g.ent("قوات خاصة صينية", "ORG", nominal=True, **CHNMIL)
e_tip2 = g.ent("حركة تركستان الشرقية الإسلامية", "ORG", 2, **TIP)
e_syrf = g.ent("القوات السورية", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
e_dam3 = g.ent("دمشق", "GPE", 1, after="ريف", canonical="Rif Dimashq", place=named("Rif Dimashq Governorate", "SY", "Rif Dimashq"))
e_bei2 = g.ent("بكين", "GPE", 2, **BEIJING)
e_sy1 = g.ent("سوريا", "GPE", 1, **SYRIA)
e_auth = g.ent("السلطات السورية", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
e_sy2 = g.ent("سوريا", "GPE", 2, **SYRIA)
e_in24 = g.ent("صحيفة in24", "ORG", canonical="i24news", actor="I24", party=None, role="media")

t_lw = g.time("الأسبوع السابق", "2017-11-27/2017-12-03", "week", "at")
t_thu = g.time("الخميس السابق", "2017-11-30", "day", "at")
t_2015 = g.time("في عام 2015", "2015", "year", "at")
q5k = g.qty("5 آلاف عسكري", 5000, "fighters")

s_h = g.stmt(("سبوتنيك", 1, None, e_sp1), ("يؤكد", 1), "confirm", ("قوات صينية تصل إلى دمشق", 1),
             via=[("التحرير الإخب - اري", 1, None, e_tah)])
s_h2 = g.stmt(("سبوتنيك", 2, None, e_sp2), ("يؤكد", 2), "confirm", ("قوات صينية تصل إلى دمشق", 2))
s1 = g.stmt(("وكالة \" سبوتنيك \" الروسية", 1, None, e_sp3), ("ذكرت", 1), "assert",
            ("وصلت وحدة خاصة لمكافحة الإرهاب تابعة للقوات المسلحة الصينية \" نمر الليل المظلم \" إلى طرطوس السورية", 1))
s2 = g.stmt(("وانغ يي", 1, None, e_wang), ("أشاد", 1, "وأشاد"), "assert",
            ("بالجهود السورية في محاربة المتطرفين من تنظيم \" حركة تركستان الشرقية الإسلامية \"", 1))
s3 = g.stmt(("معلومات صحفية", 1, None, e_info), ("أفادت", 1, "وأفادت"), "assert",
            ("مستشارة الرئيس السوري بحثت مع مسؤولين عسكريين صينيين , فعالية قوات خاصة صينية في محاربة المتطرفين من \" حركة تركستان الشرقية الإسلامية \" , الذين رصدت القوات السورية وجودهم في ريف دمشق", 1))
s4 = g.stmt(("بكين", 2, None, e_bei2), ("أعلنت", 1), "assert", ("لا مانع لديها من أن ترسل قواتها إلى سوريا", 1))
s5 = g.stmt(("صحيفة in24", 1, None, e_in24), ("حسب", 1, "سوريا , حسب"), "assert",
            ("كانت السلطات السورية سمحت في عام 2015 بدخول 5 آلاف عسكري صيني إلى أراضي سوريا", 1))

p_dam = g.prop("deployment", [("agent", e_cf1, "CHN")], ("تصل", 1), place=e_dam1)
p_tar = g.prop("deployment", [("agent", e_unit, "CHN")], ("وصلت", 1), place=e_tar)
p_talks = g.prop("other", [("agent", None, "SYR"), ("partner", None, "CHN")], ("مباحثات", 1), time=t_lw)
p_meet = g.prop("other", [("agent", e_wang, "CHN"), ("partner", e_sha, "SYR")], ("لقائه", 1), time=t_thu)
p_fight = g.prop("attack", [("agent", None, "SYR"), ("target", e_tip1, None)], ("محاربة", 1), )
p_presence = g.prop("other", [("agent", e_tip2, None)], ("وجودهم", 1), place=e_dam3)
p_send = g.prop("deployment", [("agent", e_bei2, "CHN")], ("ترسل", 1), place=e_sy1)
p_2015 = g.prop("deployment", [("agent", None, "CHN"), ("partner", e_auth, "SYR")], ("بدخول", 1), place=e_sy2, time=t_2015, quantities=[q5k])

g.claim(p_dam, s_h)
g.claim(p_dam, s_h2)
g.claim(p_tar, s1)
g.claim(p_talks, "author")
g.claim(p_meet, "author")
g.claim(p_fight, s2)
g.claim(p_presence, s3)
g.claim(p_send, s4, "affirm", "possible")
g.claim(p_2015, s5)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
