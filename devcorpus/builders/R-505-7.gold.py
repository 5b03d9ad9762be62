"""Gold analysis of R-505 article 7 (Al Arabiya, 2017-10-20): after ISIS's defeat in Raqqa, an SDF speaker says Raqqa
will be part of a federal Syria; SDF spokesman Talal Silo on security handover, reconstruction, return of the
displaced, and redeployment towards Deir ez-Zor.

Judgement calls:
- The crawl starts mid-article: the first speaker («وأضاف خلال كلمة له من قلب [الرقة]») is not named in the body, so
  his statements (s1-s3) have no source span (source null); medium is the speech.
- The quoted pledge is split into two acts: «نتعهد» (promise, cue «قال») and «ونؤكد» (confirm), both direct.
- The garbled «خلال م الأخيرة» (SOHR toll) is not a time expression.
- Silo's plans (security handover, council reconstruction, return of the displaced, redeployment) are claims with
  modality planned; "the defeat of ISIS in its former stronghold Raqqa" is an actual capture presupposed by s9.
- SOHR's 1172 civilians "fell" read as killed.
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-505-7", "outlet": "العربية نت", "published": "2017-10-20", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
RAQQA = dict(canonical="Raqqa", place={"geonames_id": 172955, "name": "Ar Raqqah", "lat": 35.95283, "lon": 39.00788, "country": "SY", "admin1": "Raqqa"})
RAQQAG = dict(canonical="Raqqa Governorate", place=named("Raqqa Governorate", "SY", "Raqqa"))
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
SILO = dict(actor="SDF", party="SDF", role="military", canonical="Talal Silo")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")

e_rg1 = g.ent("محافظة الرقة", "GPE", 1, **RAQQAG)
g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("محافظة الرقة", "GPE", 2, **RAQQAG)
g.ent("سوريا", "GPE", 2, **SYRIA)
e_silo = g.ent("طلال سلو", "PER", **SILO)
e_sdf3 = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
e_isf = g.ent("قوات الأمن الداخلي", "ORG", actor="SDF.ASAYISH", party="SDF", role="other", canonical="Internal Security Forces")
g.ent("كافة المنظمات", "ORG", nominal=True)
g.ent("الرقة", "GPE", 1, after="بإعادة إعمار", **RAQQA)
e_council = g.ent("مجلس مدينة الرقة المدني", "ORG", actor="SDF.RCC", party="SDF", role="government", canonical="Raqqa Civil Council")
e_silo5 = g.ent("سلو", "PER", 1, after="فأكد", **SILO)
e_raq6 = g.ent("الرقة", "GPE", 1, after="مدني غادروا", **RAQQA)
e_sdf6 = g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
e_isis6 = g.ent("داعش", "ORG", 1, **ISIS)
e_sohr = g.ent("المرصد السوري لحقوق الانسان", "ORG", actor="SOHR", party=None, role="other", canonical="Syrian Observatory for Human Rights")
e_silo8 = g.ent("سلو", "PER", 1, after="وكان", **SILO)
e_sdf8 = g.ent("قوات سوريا الدمقراطية", "ORG", **SDF)
e_us = g.ent("الولايات المتحدة", "GPE", canonical="United States", actor="USA", party="USA", role="government",
             place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
e_isis8 = g.ent("تنظيم \" داعش \"", "ORG", **ISIS)
e_esy = g.ent("سوريا", "GPE", 1, after="في شرق", **SYRIA)
g.ent("التنظيم", "ORG", 1, after="بعد هزيمة", nominal=True, **ISIS)
e_raq8 = g.ent("الرقة", "GPE", 1, after="معقله السابق ب", **RAQQA)
e_sdf9 = g.ent("قوات سوريا الديمقراطية", "ORG", 3, **SDF)
g.ent("الرقة", "GPE", 1, after="لينتقلوا من", **RAQQA)
g.ent("التنظيم", "ORG", 1, after="جبهات القتال مع", nominal=True, **ISIS)
e_dzg = g.ent("محافظة دير الزور", "GPE", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))

t_week = g.time("خلال الأسبوع الماضي", "2017-10-13/2017-10-20", "week", "at")
t_wed = g.time("الأربعاء", "2017-10-18", "day", "at")
q3500 = g.qty("حوالي 3500 مدني", 3500, "people", "displaced")
q1172 = g.qty("1172 مدنيا", 1172, "people", "killed")

MED = ("كلمة له من قلب", 1)
s_fed = g.stmt(None, ("أضاف", 1), "assert",
               ("محافظة الرقة , بما فيها المدينة وريفها , ستكون جزءا من سوريا \" لا مركزية اتحادية", 1), medium=MED)
s_prot = g.stmt(None, ("قال", 1, "وقال \""), "promise", ("نتعهد بحماية حدود المحافظة ضد جميع التهديدات الخارجية", 1), medium=MED, direct=True)
s_fut = g.stmt(None, ("نؤكد", 1), "confirm",
               ("مستقبل محافظة الرقة سيحدده أهلها ضمن إطار سوريا ديمقراطية لا مركزية اتحادية يقوم فيها أهالي المحافظة بإدارة شؤونهم بأنفسهم", 1),
               medium=MED, direct=True)
S = ("طلال سلو", 1, None, e_silo)
s_sec = g.stmt(S, ("أوضح أن", 1), "assert", ("ستسلم الأمن داخل المدينة إلى قوات الأمن الداخلي", 1))
s_call = g.stmt(S, ("دعا", 1), "demand", ("كافة المنظمات إلى المشاركة بإعادة إعمار الرقة", 1))
s_rcc = g.stmt(S, ("موضحا أن", 1), "assert", ("مجلس مدينة الرقة المدني سيتولى ملف إعادة إعمار المدينة", 1))
s_ret = g.stmt(("سلو", 1, "فأكد", e_silo5), ("أكد", 1, "فأكد"), "confirm",
               ("فور تطهير المدينة من الألغام , وتطهيرها بالكامل وتأمينها , سيفتح المجال لعودة النازحين إلى مساكنهم", 1))
s_sohr = g.stmt(("المرصد السوري لحقوق الانسان", 1, None, e_sohr), ("أفاد", 1), "assert", ("1172 مدنيا سوريا سقطوا خلال م الأخيرة", 1))
S8 = ("سلو", 1, "وكان", e_silo8)
s_acc = g.stmt(S8, ("قال", 1, "وكان سلو"), "assert",
               ("حملة قوات سوريا الدمقراطية المدعومة من الولايات المتحدة على تنظيم \" داعش \" في شرق سوريا ستتسارع بعد هزيمة التنظيم في معقله السابق بالرقة", 1))
s_redep = g.stmt(S8, ("أضاف", 1, "وأضاف أن قوات"), "assert",
                 ("قوات سوريا الديمقراطية ستعيد نشر مقاتليها لينتقلوا من الرقة إلى جبهات القتال مع التنظيم بمحافظة دير الزور في شرق البلاد", 1))

p_fed = g.prop("other", [], ("جزءا", 1), place=e_rg1)
p_prot = g.prop("other", [], ("بحماية", 1), place=e_rg1)
p_sec = g.prop("other", [("agent", e_sdf3, "SDF"), ("partner", e_isf, "SDF")], ("ستسلم", 1), place=e_raq6)
p_rcc = g.prop("other", [("agent", e_council, "SDF")], ("سيتولى", 1), place=e_raq6)
p_return = g.prop("displacement", [], ("لعودة", 1), place=e_raq6)
p_left = g.prop("displacement", [], ("غادروا", 1), place=e_raq6, time=t_week, quantities=[q3500])
p_battle = g.prop("attack", [("agent", e_sdf6, "SDF"), ("target", e_isis6, "ISIS")], ("المعركة", 1, "المرحلة الأخيرة من"), place=e_raq6, time=t_week)
p_civ = g.prop("casualties", [], ("سقطوا", 1), quantities=[q1172])
p_defeat = g.prop("capture", [("agent", e_sdf8, "SDF"), ("target", e_isis8, "ISIS")], ("هزيمة", 1), place=e_raq8, time=t_wed)
p_us = g.prop("support", [("agent", e_us, "USA"), ("partner", e_sdf8, "SDF")], ("المدعومة", 1))
p_camp = g.prop("attack", [("agent", e_sdf8, "SDF"), ("target", e_isis8, "ISIS")], ("ستتسارع", 1), place=e_esy)
p_redep = g.prop("deployment", [("agent", e_sdf9, "SDF")], ("ستعيد نشر", 1), place=e_dzg)

g.claim(p_fed, s_fed, "affirm", "planned")
g.claim(p_prot, s_prot, "affirm", "planned")
g.claim(p_sec, s_sec, "affirm", "planned")
g.claim(p_rcc, s_rcc, "affirm", "planned")
g.claim(p_return, s_ret, "affirm", "planned")
g.claim(p_left, "author")
g.claim(p_battle, "author")
g.claim(p_civ, s_sohr)
g.claim(p_defeat, s_acc)
g.claim(p_us, s_acc)
g.claim(p_camp, s_acc, "affirm", "planned")
g.claim(p_redep, s_redep, "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
