"""Gold analysis of V-177 article 5 (SMART News Agency, 2017-06-02, a Friday): about 1,400 Syrians living in
Turkey entered Syria through the Bab al-Hawa crossing in two days for the Eid al-Fitr holiday.
Judgement calls: the body starts at the second copy of the headline, which the crawl fuses with the photo
caption («يومينسوريا»; neither that «سوريا» nor the headline's «خلال يومين» is a whole-word span, so they get no entity or time); the caption is kept as
article text. The holiday entry of refugees is typed `other` (a temporary visit, not flight or forced
movement); the refugee stock in Turkey is `displacement` (counts as displaced). The crossing officials'
party is not given (left without actor). «المعبر» used alone is a nominal FAC and not listed. The
employee «أبو الشيخ» speaks with «وأضاف» but is a new speaker, so his statement has its own source."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-177-5", "outlet": "وكالة سمارت للأنباء", "published": "2017-06-02", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government",
              place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
BAB = dict(canonical="Bab al-Hawa border crossing", place=named("Bab al-Hawa border crossing", "SY", "Idlib"))
IDLIB = dict(canonical="Idlib", place={"geonames_id": 169389, "name": "Idlib", "lat": 35.93062, "lon": 36.63393, "country": "SY", "admin1": "Idlib"})
SMART = dict(actor="SMART", party=None, role="media", canonical="SMART News Agency")

g.ent("تركيا", "GPE", 1, **TURKEY)
e_bab1 = g.ent("معبر باب الهوى", "FAC", 1, **BAB)
g.ent("إدلب", "GPE", 1, **IDLIB)
g.ent("تركيا", "GPE", 2, **TURKEY)
g.ent("معبر باب الهوى", "FAC", 2, **BAB)
g.ent("إدلب", "GPE", 2, **IDLIB)
g.ent("الحدود السورية التركية", "LOC", canonical="Syria-Turkey border", place=named("Syria-Turkey border", None))
g.ent("سوريا", "GPE", 1, after="إجازة عيد الفطر", **SYRIA)
e_tur3 = g.ent("تركيا", "GPE", 3, **TURKEY)
e_dgmm = g.ent("مديرية الهجرة التابعة لوزارة الداخلية", "ORG", actor="TUR.GOV", party="TUR", role="government",
               canonical="Turkish Directorate General of Migration Management")
g.ent("مدير قسم الهجرة والجوازات في المعبر", "PER", nominal=True)
e_qasim = g.ent("قاسم قاسم", "PER", canonical="Qasim Qasim")
g.ent("سمارت", "ORG", 1, after="قاسم قاسم", **SMART)
e_emp = g.ent("أحد الموظفين في قسم الهجرة", "PER", nominal=True)
g.ent("أبو الشيخ", "PER", canonical="Abu al-Sheikh")
g.ent("تركيا", "GPE", 4, **TURKEY)
e_medoff = g.ent("المسؤول الإعلامي", "PER", nominal=True)
g.ent("معبر باب الهوى", "FAC", 3, **BAB)
g.ent("سوريا", "GPE", 1, after="من الأراضي التركية", **SYRIA)
g.ent("إدلب", "GPE", 1, after="المعبر الواقع شمال", **IDLIB)

t_j1 = g.time("يوم 1 حزيران 2017", "2017-06-01", "day", "at")
t_j24 = g.time("حتى 24 حزيران", "2017-06-24", "day", "until")
t_jul3 = g.time("من 3 تموز 2017", "2017-07-03", "day", "since")
t_sep30 = g.time("حتى 30 أيلول 2017", "2017-09-30", "day", "until")
t_first = g.time("في اليوم الأول", "2017-06-01", "day", "at")
g.time("من الثامنة صابحا وحتى ال 12 ظهرا", "2017-06-01T08:00/2017-06-01T12:00", "part_of_day", "at")
g.time("مؤخرا", None, "vague", "before")
t_fri = g.time("اليوم الجمعة", "2017-06-02", "day", "at")
t_first2 = g.time("أول يومين من حزيران الجاري", "2017-06-01/2017-06-02", "day", "at")

q1400a = g.qty("1400 سوري", 1400, "people", nth=1)
q500 = g.qty("500 شخص", 500, "people")
q_ref = g.qty("مليونين و 749 ألف و 140 لاجئا", 2749140, "people", "displaced")
q_camp = g.qty("270 ألف و 380", 270380, "people", "displaced")
q_out = g.qty("مليونين و 478 ألف و 760", 2478760, "people", "displaced")
q1400b = g.qty("نحو 1400 سوري", 1400, "people")

s_dgmm = g.stmt(("مديرية الهجرة التابعة لوزارة الداخلية", 1, None, e_dgmm), ("بحسب", 1), "assert",
                ("عدد اللاجئين السوريين الخاضعين لقانون \" الحماية المؤقتة \" في تركيا , مليونين و 749 ألف و 140 لاجئا , يعيش 270 ألف و 380 منهم ضمن مخيمات اللجوء , فيما ينتشر مليونين و 478 ألف و 760 في العديد من الولايات التركية", 1))
s_qasim = g.stmt(("قاسم قاسم", 1, None, e_qasim), ("قال", 1, "بدوره"), "assert",
                 ("القرار يسمح بدخول من يحملون بطاقة حماية مؤقتة ( كيمليك ) أو إقامة تركية سارية المفعول أو جواز سفر مختوم مؤخرا من الجانب التركي", 1))
s_emp = g.stmt(("أحد الموظفين في قسم الهجرة", 1, None, e_emp), ("أضاف", 1), "assert",
               ("يسجلون حركة المسافرين القادمين لقضاء عطلة العيد , ثم تقلهم الباصات إلى كراج المعبر , حيث يحدد كل مسافر , اليوم الذي يختاره للعودة إلى تركيا", 1))
s_med = g.stmt(("المسؤول الإعلامي", 1, None, e_medoff), ("قال", 1, "للعودة إلى تركيا"), "assert",
               ("نحو 1400 سوري دخلوا من الأراضي التركية إلى سوريا , عبر المعبر الواقع شمال إدلب , أول يومين من حزيران الجاري , لقضاء عطلة عيد الفطر", 1))

p_entry = g.prop("other", [], ("دخول", 1), place=e_bab1, time=t_first2, quantities=[q1400a, q1400b])
p_first = g.prop("other", [], ("دخول", 1, "وتم تسجيل"), place=e_bab1, time=t_first, quantities=[q500])
p_return = g.prop("other", [], ("العودة", 1), time=t_jul3)
p_ref = g.prop("displacement", [], ("اللاجئين", 1), place=e_tur3, quantities=[q_ref, q_camp, q_out])
p_rule = g.prop("other", [], ("يسمح", 1))
p_reg = g.prop("other", [], ("يسجلون", 1))

g.claim(p_entry, "author")
g.claim(p_entry, s_med)
g.claim(p_first, "author")
g.claim(p_return, "author", "affirm", "planned")
g.claim(p_ref, s_dgmm)
g.claim(p_rule, s_qasim)
g.claim(p_reg, s_emp)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
