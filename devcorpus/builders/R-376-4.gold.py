"""Gold analysis of R-376-4 (عنب بلدي, 2017-12-03): an IED on a car carrying fighters kills four in Idlib city
(Ibaa agency, Civil Defence); background on assassinations of HTS figures and HTS's internal split.

Judgement calls:
- Body starts at the second headline copy; the photo caption («السيارة المستهدفة ... ( وكالة إباء )») and
  the font-size junk «ع ع ع» stay inside (contiguous).
- The blast is one `bombing` proposition (target: the fighters in the car; no agent named), affirmed by
  the author (headline, lede), Ibaa and the Civil Defence; all give four killed — no contradiction.
- «وسط الحديث عن تصفيات ...» and «في ظل حديث عن إمكانية انخراطها ...» are passive speech acts with null
  source; the second is a `agreement` with modality possible.
- The Civil Defence spoke «في حديث لعنب بلدي» : no via (the outlet heard it itself).
- Turkish intervention in Idlib is presupposed by the author (deployment, affirm).
- No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-376-4", "outlet": "عنب بلدي", "published": "2017-12-03", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
IDLIB = dict(canonical="Idlib", place={"geonames_id": 169389, "name": "Idlib", "lat": 35.93062, "lon": 36.63393, "country": "SY", "admin1": "Idlib"})
IDLIBG = dict(canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
IBAA = dict(actor="HTS.MED", party="HTS", role="media", canonical="Ibaa News Agency")
ENAB = dict(actor="ENABBALADI", party=None, role="media", canonical="Enab Baladi")

I = {n: g.ent("إدلب", "GPE", n, **IDLIB) for n in (1, 2, 3, 4)}
g.ent("ادلب", "GPE", 1, **IDLIB)
e_ibaa1 = g.ent("وكالة إباء", "ORG", **IBAA)
g.ent("سوريا", "GPE", canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
e_ibaa2 = g.ent("وكالة \" إباء \"", "ORG", **IBAA)
g.ent("هيئة تحرير الشام", "ORG", 1, **HTS)
e_ind = g.ent("المنطقة الصناعية", "LOC", canonical="Idlib industrial zone", place=named("Idlib industrial zone", "SY", "Idlib"))
g.ent("عنب بلدي", "ORG", 1, **ENAB)
e_cd = g.ent("الدفاع المدني", "ORG", actor="SCD", party=None, role="civilian", canonical="Syrian Civil Defence")
e_ig1 = g.ent("محافظة إدلب", "GPE", 1, **IDLIBG)
e_hts2 = g.ent("هيئة تحرير الشام", "ORG", 2, **HTS)
e_hts3 = g.ent("تحرير الشام", "ORG", 1, after="طالت قياديي", **HTS)
e_ig2 = g.ent("محافظة إدلب", "GPE", 2, **IDLIBG)
e_dug = g.ent("حسن الدغيم", "PER", canonical="Hassan al-Daghim", actor="DAGHIM", party=None, role="other")
g.ent("عنب بلدي", "ORG", 2, **ENAB)
g.ent("أفغانستان", "GPE", canonical="Afghanistan", place=named("Afghanistan", "AF"))
g.ent("العراق", "GPE", canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
e_hts4 = g.ent("الهيئة", "ORG", 1, after="وتعيش \"", nominal=True, **HTS)
e_salv = g.ent("حكومة \" الإنقاذ \"", "ORG", actor="HTS.GOV", party="HTS", role="government", canonical="Syrian Salvation Government")

t_cap = g.time("3 كانون الاول 2017", "2017-12-03", "day", "at")
t_today = g.time("اليوم 3 كانون الأول", "2017-12-03", "day", "at")
t_days = g.time("في الأيام الماضية", None, "vague", "before")
g.time("حديث ا", None, "vague", "before")
q1 = g.qty("أربعة قتلى", 4, "people", "killed")
q2 = g.qty("أربعة أشخاص", 4, "people", "killed", 1)
q3 = g.qty("أربعة أشخاص", 4, "people", "killed", 2)
q4 = g.qty("أربعة", 4, "people", "killed", 4)

s1 = g.stmt(("وكالة \" إباء \"", 1, None, e_ibaa2), ("افادت", 1), "assert",
            ("الحادث ناتج عن عبوة ناسفة انفجرت بإحدى السيارات التي كان يقلها مقاتلون , في محيط المنطقة الصناعية وسط مدينة إدلب , وأدى إلى مقتل أربعة أشخاص", 1))
s2 = g.stmt(("الدفاع المدني", 1, None, e_cd), ("أوضح", 1), "assert",
            ("عدد القتلى أربعة بينهم طفل , إضافة لإصابة امرأة كانت بجانب الانفجار وتم نقلها للمشفى", 1))
s3 = g.stmt(None, ("الحديث عن", 1), "assert",
            ("\" تصفيات \" لبارزين فيها اتخذوا موقف ا رافض ا للتدخل التركي في محافظة إدلب", 1))
s4 = g.stmt(("حسن الدغيم", 1, None, e_dug), ("قال", 1, "حسن الدغيم"), "assert",
            ("التنظيمات عادة تصفي بعضها البعض , وهو ما تمت ملاحظته في أفغانستان والعراق , لأنهم يستخدمون التكفير السياسي", 1), direct=True)
s5 = g.stmt(("حسن الدغيم", 1, None, e_dug), ("رأى", 1, "ورأى"), "assert",
            ("أي شخصية تخالف الأخرى في الرأي , تعتبرها قضية ولاء ومخالفة للإسلام , ويحكم عليها بالردة بعد أخذ وثيقة من أقرب شرعي في عملية التصفية", 1), direct=True)
s6 = g.stmt(None, ("حديث عن", 1, "في ظل"), "assert",
            ("إمكانية انخراطها تحت راية حكومة \" الإنقاذ \" المشكلة حديث ا", 1))

p_bomb = g.prop("bombing", [], ("انفجار", 1), place=I[1], time=t_today, quantities=[q1, q2, q3, q4])
p_assas = g.prop("bombing", [("target", e_hts2, "HTS")], ("عمليات اغتيال", 1), place=e_ig1)
p_purge = g.prop("attack", [("target", e_hts3, "HTS")], ("تصفيات", 1), place=e_ig2, time=t_days)
p_turk = g.prop("deployment", [("agent", None, "TUR")], ("للتدخل", 1), place=e_ig2)
p_join = g.prop("agreement", [("agent", e_hts4, "HTS"), ("partner", e_salv, "HTS")], ("انخراطها", 1))

g.claim(p_bomb, "author")
g.claim(p_bomb, s1)
g.claim(p_bomb, s2)
g.claim(p_assas, "author")
g.claim(p_purge, s3)
g.claim(p_turk, "author")
g.claim(p_join, s6, "affirm", "possible")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
