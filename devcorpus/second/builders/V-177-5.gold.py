"""Second annotation (A9) of unifiedfc V-177 article 5 (SMART News Agency, Friday 2017-06-02): about 1400
Syrians living in Turkey entered Syria through the Bab al-Hawa crossing in two days to spend Eid al-Fitr.

Judgement calls:
- Body = the headline (second copy, fused with the photo caption "سوريا , إدلب : ...") + caption + text.
  Because the crawl glued "يومين" to "سوريا", the headline time and the dateline "سوريا" fail Gold's
  word-boundary check; they are added with raw spans (raw()).
- published: "اليوم الجمعة" with "أول يومين من حزيران الجاري" -> Friday 2017-06-02.
- War-related (refugees, border crossing), so annotated, not skipped. The temporary entries are type
  `other` (not flight, not forced movement); the refugee population in Turkey is a `displacement` state
  with the three counts, claimed only by the Turkish migration directorate (بحسب معطيات).
- The Bab al-Hawa crossing administration's party is not stated (opposition-held area in 2017): officials get
  no actor. Named speakers are one entity each (the name; the title is the statement's source context only).
- Eid al-Fitr mentions are times (2017-06-25, the 1438 Eid).
- No contradictions: 500 on the first day vs about 1400 in two days are different windows.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-177-5", "outlet": "وكالة سمارت للأنباء", "published": "2017-06-02", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def raw(s, nth=1):
    i = -1
    for _ in range(nth):
        i = text.find(s, i + 1)
        assert i >= 0
    return [i, i + len(s)]
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government",
              place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
BAB = dict(canonical="Bab al-Hawa border crossing", place=named("Bab al-Hawa border crossing", "SY", "Idlib"))
IDLIB = dict(canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))

# headline
e_tr1 = g.ent("تركيا", "GPE", 1, **TURKEY)
e_bab1 = g.ent("معبر باب الهوى", "FAC", 1, **BAB)
t_two = "t_two"
# caption (dateline "سوريا" fused to the headline: raw span)
sp = raw("سوريا", 1)
g.out["entities"].append({"id": g._id("e"), "text": "سوريا", "span": sp, "type": "GPE", "canonical": "Syria",
                          "actor": None, "place": SYRIA["place"]})
g.ent("إدلب", "GPE", 1, **IDLIB)
g.ent("تركيا", "GPE", 2, **TURKEY)
e_bab2 = g.ent("معبر باب الهوى", "FAC", 2, **BAB)
g.ent("إدلب", "GPE", 2, **IDLIB)
g.ent("الحدود السورية التركية", "LOC", canonical="Syria-Turkey border", place=named("Syria-Turkey border"))
e_syria2 = g.ent("سوريا", "GPE", 1, after="إجازة عيد الفطر", **SYRIA)
# paragraph 2
e_tr3 = g.ent("تركيا", "GPE", 3, **TURKEY)
e_dgmm = g.ent("مديرية الهجرة التابعة لوزارة الداخلية", "ORG", actor="TUR.GOV", party="TUR", role="government",
               canonical="Turkish Directorate General of Migration Management")
# paragraph 3
e_qasim = g.ent("قاسم قاسم", "PER", canonical="Qasim Qasim")
e_smart = g.ent("سمارت", "ORG", 1, after="قاسم قاسم", actor="SMART", party=None, role="media", canonical="SMART News Agency")
e_shaykh = g.ent("أبو الشيخ", "PER", canonical="Abu al-Shaykh")
g.ent("تركيا", "GPE", 4, **TURKEY)
e_off = g.ent("المسؤول الإعلامي", "PER", nominal=True)
e_bab3 = g.ent("معبر باب الهوى", "FAC", 3, **BAB)
e_syria3 = g.ent("سوريا", "GPE", 1, after="من الأراضي التركية إلى", **SYRIA)
g.ent("إدلب", "GPE", 3, **IDLIB)

# times
sp = raw("خلال يومين", 1)
g.out["times"].append({"id": g._id("t"), "text": "خلال يومين", "span": sp, "value": "2017-06-01/2017-06-02",
                       "granularity": "day", "relation": "at"})
t_two = g.out["times"][-1]["id"]
t_jun1 = g.time("يوم 1 حزيران 2017", "2017-06-01", "day", "at")
t_jun24 = g.time("حتى 24 حزيران", "2017-06-24", "day", "until")
g.time("عيد الفطر", "2017-06-25", "day", "at", 1)
t_jul3 = g.time("من 3 تموز 2017", "2017-07-03", "day", "since")
t_sep30 = g.time("حتى 30 أيلول 2017", "2017-09-30", "day", "until")
t_day1 = g.time("في اليوم الأول", "2017-06-01", "day", "at")
g.time("من الثامنة صابحا", "2017-06-01T08:00", "part_of_day", "since")
g.time("حتى ال 12 ظهرا", "2017-06-01T12:00", "part_of_day", "until")
g.time("مؤخرا", None, "vague", "before")
g.time("العيد", "2017-06-25", "day", "at", 1, after="عطلة")
g.time("اليوم الجمعة", "2017-06-02", "day", "at")
t_first2 = g.time("أول يومين من حزيران الجاري", "2017-06-01/2017-06-02", "day", "at")
g.time("عيد الفطر", "2017-06-25", "day", "at", 2)

# quantities
q1400a = g.qty("1400 سوري", 1400, "people", None, 1)
q500 = g.qty("500 شخص", 500, "people")
q_ref = g.qty("مليونين و 749 ألف و 140 لاجئا", 2749140, "people", "displaced")
q_camp = g.qty("270 ألف و 380", 270380, "people", "displaced")
q_out = g.qty("مليونين و 478 ألف و 760", 2478760, "people", "displaced")
q1400b = g.qty("نحو 1400 سوري", 1400, "people")

# statements
s_dgmm = g.stmt(("مديرية الهجرة التابعة لوزارة الداخلية", 1, None, e_dgmm), ("بحسب", 1), "assert",
                ("يبلغ عدد اللاجئين السوريين الخاضعين لقانون \" الحماية المؤقتة \" في تركيا , مليونين و 749 ألف و 140 لاجئا , يعيش 270 ألف و 380 منهم ضمن مخيمات اللجوء , فيما ينتشر مليونين و 478 ألف و 760 في العديد من الولايات التركية", 1))
s_qasim = g.stmt(("قاسم قاسم", 1, None, e_qasim), ("قال", 1, "بدوره"), "assert",
                 ("القرار يسمح بدخول من يحملون بطاقة حماية مؤقتة ( كيمليك ) أو إقامة تركية سارية المفعول أو جواز سفر مختوم مؤخرا من الجانب التركي", 1))
s_shaykh = g.stmt(("أحد الموظفين في قسم الهجرة", 1, None, e_shaykh), ("أضاف", 1), "assert",
                  ("يسجلون حركة المسافرين القادمين لقضاء عطلة العيد , ثم تقلهم الباصات إلى كراج المعبر , حيث يحدد كل مسافر , اليوم الذي يختاره للعودة إلى تركيا", 1))
s_off = g.stmt(("المسؤول الإعلامي في \" معبر باب الهوى \"", 1, None, e_off), ("قال", 1, ". . قال المسؤول"), "assert",
               ("نحو 1400 سوري دخلوا من الأراضي التركية إلى سوريا , عبر المعبر الواقع شمال إدلب , أول يومين من حزيران الجاري , لقضاء عطلة عيد الفطر", 1))

# propositions and claims
p_entry = g.prop("other", [], ("دخول", 1), place=e_bab1, time=t_two, quantities=[q1400a, q1400b])
p_day1 = g.prop("other", [], ("دخول", 1, "وتم تسجيل"), place=e_bab2, time=t_day1, quantities=[q500])
p_cont = g.prop("other", [], ("سيستمرون", 1), place=e_syria2, time=t_jun24)
p_return = g.prop("other", [], ("العودة", 1), place=e_tr1, time=t_jul3)
p_refugees = g.prop("displacement", [], ("اللاجئين", 1), place=e_tr3, quantities=[q_ref, q_camp, q_out])
p_rule = g.prop("other", [], ("يسمح", 1))
g.claim(p_entry, "author")
g.claim(p_entry, s_off)
g.claim(p_entry, s_shaykh)
g.claim(p_day1, "author")
g.claim(p_cont, "author", "affirm", "planned")
g.claim(p_return, "author", "affirm", "planned")
g.claim(p_refugees, s_dgmm)
g.claim(p_rule, s_qasim)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
