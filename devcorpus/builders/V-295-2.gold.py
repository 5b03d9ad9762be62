"""Gold analysis of V-295-2 (المكتب الإعلامي لقوى الثورة السورية, 2017-10-16): Assad security forces and
shabiha try to storm Homs Central Prison; detainee Muhammad al-Omar and the office's correspondent report.

Judgement calls:
- Body starts at the article text: the headline is followed by a byline (وليد الحمصي - ...), so it does
  not stand cleanly at the top and is left out.
- The storming of the prison is one `attack` (agent the security services), affirmed by the author and
  by both speakers; the tear gas (s4) is read as part of that attack. The prison director's threat
  (هدد) is an embedded statement (stance promise) whose content is the same storming, modality intended.
- Cutting water/electricity (since the morning) and blocking food (for about a week) are two `siege`
  propositions at different times.
- «يشار إلى أن» is the author's own voice, not a statement.
- Fears of a massacre / execution are claims with modality possible; the earlier failed attempts to
  storm are a `capture` with modality failed. The Tadmur prison massacre (500+ killed) is a past
  `casualties` proposition. No contradictions.
- Addressees of the appeal (المنظمات الحقوقية والدولية، الجهات الثورية) are not annotated as entities.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-295-2", "outlet": "المكتب الإعلامي لقوى الثورة السورية", "published": "2017-10-16", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
HOMS = {"geonames_id": 169577, "name": "Homs", "lat": 34.72405, "lon": 36.72559, "country": "SY", "admin1": "Homs"}
HPRISON = dict(canonical="Homs Central Prison", place=named("Homs Central Prison", "SY", "Homs"))
TPRISON = dict(canonical="Tadmur Prison", place=named("Tadmur Prison", "SY", "Homs"))
SEC = dict(actor="SYR.SEC", party="SYR", role="military", canonical="Syrian security services")
SHAB = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Shabiha")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
RFS = dict(actor="RFS.MED", party="SYR.OPP", role="media", canonical="Revolutionary Forces of Syria Media Office")
OMAR = dict(actor="CIV", party=None, role="civilian", canonical="Muhammad al-Omar")

e_sec1 = g.ent("أجهزة الأمن التابعة لنظام الأسد", "ORG", **SEC)
e_shab1 = g.ent("عناصر الشبيحة", "ORG", **SHAB)
e_hp1 = g.ent("سجن حمص المركزي", "FAC", 1, **HPRISON)
e_omar = g.ent("محمد العمر", "PER", **OMAR)
g.ent("لمكتب الاعلامي لقوى الثورة", "ORG", **RFS)  # للمكتب: ل + المكتب
e_asf1 = g.ent("قوات الأسد", "ORG", 1, **SYRMIL)
e_dir = g.ent("بلال سليمان محمود", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bilal Suleiman Mahmoud")
e_omar2 = g.ent("العمر", "PER", 1, after="وأضاف", **OMAR)
e_asf2 = g.ent("قوات الأسد", "ORG", 2, **SYRMIL)
e_omar3 = g.ent("العمر", "PER", 1, after="وناشد", **OMAR)
g.ent("نظام الأسد", "ORG", 1, after="عدم السماح", **SYRGOV)
e_corr = g.ent("مراسل المكتب الإعلامي لقوى الثورة", "PER", nominal=True, **RFS)
g.ent("حمص", "GPE", 1, after="لقوى الثورة في", canonical="Homs", place=HOMS)
e_reg5 = g.ent("نظام الأسد", "ORG", 1, after="500 عنصر تابعين", **SYRGOV)
e_sec2 = g.ent("قوات الأمن", "ORG", 1, **SEC)
e_shab2 = g.ent("الشبيحة", "ORG", 1, after="قوات الأمن و", **SHAB)
e_hp2 = g.ent("سجن حمص المركزي", "FAC", 2, **HPRISON)
e_reg6 = g.ent("النظام", "ORG", 1, after="ارتكاب", nominal=True, **SYRGOV)
e_corr2 = g.ent("المراسل", "PER", 1, after="وأضاف", nominal=True, **RFS)
e_tp1 = g.ent("سجن تدمر", "FAC", 1, **TPRISON)
e_asf3 = g.ent("قوات الأسد", "ORG", 3, **SYRMIL)
g.ent("سجن تدمر", "FAC", 2, **TPRISON)
e_reg8 = g.ent("نظام الأسد", "ORG", 1, after="يشار إلى أن", **SYRGOV)
e_hp3 = g.ent("سجن حمص المركزي", "FAC", 3, **HPRISON)
e_adm = g.ent("إدارة السجن", "ORG", nominal=True, actor="SYR.GOV", party="SYR", role="government", canonical="Homs Central Prison administration")

t_mon = g.time("اليوم \" الأثنين \"", "2017-10-16", "day", "at")
t_morn = g.time("منذ الصباح", "2017-10-16", "part_of_day", "since")
t_lastwk = g.time("من الأسبوع الماضي", "2017-10-09/2017-10-15", "week", "since")
t_wk = g.time("منذ ما يقارب الأسبوع", "2017-10-09", "week", "since")

q500f = g.qty("أكثر من 500 عنصر", 500, "fighters")
q500k = g.qty("إكثر من 500 معتقل", 500, "people", "killed")
q4 = g.qty("أربعة معتقلين", 4, "people", "captured")

s1 = g.stmt(("محمد العمر", 1, None, e_omar), ("قال", 1, "وقال المعتقل"), "assert",
            ("حملة شرسة تشنها قوات الأسد لاقتحام السجن وسط قطع الكهرباء والماء عليهم منذ الصباح", 1))
s2 = g.stmt(("محمد العمر", 1, None, e_omar), ("لافتا إلى أن", 1), "assert",
            ("مدير السجن \" بلال سليمان محمود كان قد هدد من الأسبوع الماضي باقتحام السجن وتحويلهم إلى الأفرع الأمنية", 1))
s3 = g.stmt(("بلال سليمان محمود", 1, None, e_dir), ("هدد", 1), "promise",
            ("باقتحام السجن وتحويلهم إلى الأفرع الأمنية", 1), embedded_in=s2)
s4 = g.stmt(("العمر", 1, "وأضاف", e_omar2), ("أضاف", 1, "وأضاف العمر"), "assert",
            ("قوات الأسد تستخدم الغازات المسيلة للدموع والهروانات , لإرغامهم على الاستسلام , ونقلهم إلى الأفرع الأمنية الأخرى", 1))
s5 = g.stmt(("العمر", 1, "وناشد", e_omar3), ("ناشد", 1), "demand",
            ("جميع المنظمات الحقوقية والدولية والجهات الثورية للتدخل وعدم السماح لنظام الأسد بنقلهم إلى الأفرع الأمنية", 1))
s6 = g.stmt(("العمر", 1, "وناشد", e_omar3), ("مشيرا إلى", 1), "assert",
            ("احتمال اعدامهم في حال تفريق المساجين", 1))
s7 = g.stmt(("مراسل المكتب الإعلامي لقوى الثورة", 1, None, e_corr), ("قال", 1, "وبدوره"), "assert",
            ("أكثر من 500 عنصر تابعين لنظام الأسد من قوات الأمن والشبيحة يحاولون اقتحام سجن حمص المركزي بالتزامن مع قطع الماء والطعام والكهرباء عن المساجين", 1))
s8 = g.stmt(("مراسل المكتب الإعلامي لقوى الثورة", 1, None, e_corr), ("لافتا إلى أن", 2), "assert",
            ("مخاوف كبيرة من ارتكاب النظام مجزرة بحقهم بعد فشل عدة محاولات سابقة من اقتحامه", 1))
s9 = g.stmt(("المراسل", 1, "وأضاف", e_corr2), ("أضاف", 1, "وأضاف المراسل"), "assert",
            ("حالة من الذعر والخوف تنتاب جميع المعتقلين داخل السجن من تكرار مجزرة سجن تدمر والذي راح ضحيتها إكثر من 500 معتقل اثناء اقتحام قوات الأسد لسجن تدمر", 1))

p_storm = g.prop("attack", [("agent", e_sec1, "SYR"), ("agent", e_shab1, "SYR")], ("اقتحام", 1), place=e_hp1, time=t_mon, quantities=[q500f])
p_threat = g.prop("other", [("agent", e_dir, "SYR")], ("هدد", 1), place=e_hp1, time=t_lastwk)
p_cut = g.prop("siege", [("agent", e_asf1, "SYR")], ("قطع", 1), place=e_hp1, time=t_morn)
p_transfer = g.prop("other", [("agent", e_asf2, "SYR")], ("نقلهم", 1), place=e_hp1)
p_exec = g.prop("casualties", [("agent", e_asf2, "SYR")], ("اعدامهم", 1), place=e_hp1)
p_massacre = g.prop("casualties", [("agent", e_reg6, "SYR")], ("مجزرة", 1, "ارتكاب النظام"), place=e_hp2)
p_prev = g.prop("capture", [("agent", e_reg6, "SYR")], ("فشل", 1), place=e_hp2)
p_tadmur = g.prop("casualties", [("agent", e_asf3, "SYR")], ("مجزرة", 1, "تكرار مجزرة سجن تدمر"), place=e_tp1, quantities=[q500k])
p_food = g.prop("siege", [("agent", e_reg8, "SYR")], ("بمنع", 1), place=e_hp3, time=t_wk)
p_execthreat = g.prop("other", [("agent", e_reg8, "SYR")], ("تهديدهم", 1), place=e_hp3)
p_sitin = g.prop("protest", [], ("اعتصامات", 1), place=e_hp3)
p_disapp = g.prop("arrest", [("agent", e_adm, "SYR")], ("اخفاء", 1), place=e_hp3, quantities=[q4])

g.claim(p_storm, "author")
g.claim(p_cut, "author")
g.claim(p_storm, s1)
g.claim(p_cut, s1)
g.claim(p_threat, s2)
g.claim(p_storm, s3, "affirm", "intended")
g.claim(p_transfer, s3, "affirm", "intended")
g.claim(p_storm, s4)
g.claim(p_transfer, s4, "affirm", "intended")
g.claim(p_exec, s6, "affirm", "possible")
g.claim(p_storm, s7)
g.claim(p_cut, s7)
g.claim(p_massacre, s8, "affirm", "possible")
g.claim(p_prev, s8, "affirm", "failed")
g.claim(p_tadmur, s9)
g.claim(p_food, "author")
g.claim(p_execthreat, "author")
g.claim(p_sitin, "author")
g.claim(p_disapp, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
