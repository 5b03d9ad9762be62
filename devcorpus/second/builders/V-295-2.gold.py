"""Second annotation (A8) of V-295-2 (Revolutionary Forces of Syria media office, 2017-10-16): regime security
forces and shabbiha try to storm Homs central prison; water, power and food cut; fears of a Tadmur-style massacre.

Judgement calls:
- Body starts at the article text: the headline copy is followed by the byline (وليد الحمصي - ...), so the
  headline is left out (the first copy is the page title with the outlet name).
- Storming the prison: capture (of a place) with modality intended ("تحاول ... اقتحام", "لاقتحام",
  "يحاولون اقتحام"); the earlier attempts "بعد فشل عدة محاولات سابقة" a separate capture, failed.
  The tear gas and batons (and the "حملة شرسة") an attack on the detainees.
- Cutting water, power and food, "تضييق الخناق": siege of the prison.
- The director's threat "هدد ... باقتحام السجن" is an embedded statement (stance promise) inside the
  detainee's words; "يشار إلى أن" is the author's own voice, not a statement.
- Feared executions / massacre: casualties with modality possible.
- The Tadmur prison massacre (over 500 detainees) is a past event asserted by the reporter.
- The outlet's own reporter and media office are annotated as media (party SYR.OPP).
- Security services: actor SYR.SEC, role military; shabbiha SYR.PGM.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-295-2", "outlet": "المكتب الإعلامي لقوى الثورة السورية", "published": "2017-10-16", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SEC = dict(actor="SYR.SEC", party="SYR", role="military", canonical="Syrian security services")
SHAB = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Shabbiha")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PRISON = dict(canonical="Homs Central Prison", place=named("Homs Central Prison", "SY", "Homs"))
TADPR = dict(canonical="Tadmur prison", place=named("Tadmur prison", "SY", "Homs"))
RFS = dict(actor="RFS.MED", party="SYR.OPP", role="media", canonical="Revolutionary Forces of Syria media office")
OMAR = dict(canonical="Muhammad al-Omar", actor="CIV", party=None, role="civilian")

# paragraph 1
e_sec = g.ent("أجهزة الأمن التابعة لنظام الأسد", "ORG", **SEC)
e_shab1 = g.ent("الشبيحة", "ORG", 1, **SHAB)
e_pr1 = g.ent("سجن حمص المركزي", "FAC", 1, **PRISON)
# paragraph 2
e_omar = g.ent("المعتقل محمد العمر", "PER", **OMAR)
g.ent("لمكتب الاعلامي لقوى الثورة", "ORG", **RFS)  # للمكتب
e_af1 = g.ent("قوات الأسد", "ORG", 1, **SYRMIL)
# paragraph 3
e_dir = g.ent("بلال سليمان محمود", "PER", canonical="Bilal Suleiman Mahmoud (prison director)", actor="SYR.GOV", party="SYR", role="government")
# paragraph 4
e_omar4 = g.ent("العمر", "PER", 1, after="وأضاف", **OMAR)
e_af2 = g.ent("قوات الأسد", "ORG", 2, **SYRMIL)
# paragraph 5
e_omar5 = g.ent("العمر", "PER", 1, after="وناشد", **OMAR)
g.ent("المنظمات الحقوقية والدولية", "ORG", nominal=True, canonical="Human rights and international organisations")
g.ent("الجهات الثورية", "ORG", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="other", canonical="Revolutionary bodies")
e_reg5 = g.ent("نظام الأسد", "ORG", 1, after="عدم السماح ل", **SYRGOV)
# paragraph 6
e_rep = g.ent("مراسل المكتب الإعلامي لقوى الثورة في حمص", "PER", nominal=True, **RFS)
g.ent("نظام الأسد", "ORG", 1, after="500 عنصر تابعين ل", **SYRGOV)
e_sf6 = g.ent("قوات الأمن", "ORG", **SEC)
g.ent("الشبيحة", "ORG", 2, **SHAB)
g.ent("سجن حمص المركزي", "FAC", 2, **PRISON)
e_reg6 = g.ent("النظام", "ORG", 1, after="من ارتكاب", **SYRGOV)
# paragraph 7
e_rep7 = g.ent("المراسل", "PER", 1, after="وأضاف", nominal=True, **RFS)
e_tad1 = g.ent("سجن تدمر", "FAC", 1, **TADPR)
e_af3 = g.ent("قوات الأسد", "ORG", 3, **SYRMIL)
g.ent("سجن تدمر", "FAC", 2, **TADPR)
# paragraph 8
e_reg8 = g.ent("نظام الأسد", "ORG", 1, after="يشار إلى أن", **SYRGOV)
# paragraph 9
e_pr9 = g.ent("سجن حمص المركزي", "FAC", 3, **PRISON)
e_adm = g.ent("إدارة السجن", "ORG", nominal=True, **SYRGOV)

# times and quantities
t_mon = g.time("اليوم \" الأثنين \"", "2017-10-16", "day", "at")
t_morn = g.time("منذ الصباح", "2017-10-16", "part_of_day", "since")
t_lastwk = g.time("من الأسبوع الماضي", "2017-10-09/2017-10-15", "week", "since")
t_wk = g.time("منذ ما يقارب الأسبوع", "2017-10-09", "week", "since")
q500a = g.qty("أكثر من 500 عنصر", 500, "fighters")
q500k = g.qty("إكثر من 500 معتقل", 500, "people", "killed")
q4 = g.qty("أربعة معتقلين", 4, "people", "captured")

# statements
s_camp = g.stmt(("المعتقل محمد العمر", 1, None, e_omar), ("قال", 1, "وقال المعتقل"), "assert",
                ("حملة شرسة تشنها قوات الأسد لاقتحام السجن وسط قطع الكهرباء والماء عليهم منذ الصباح", 1))
s_dir = g.stmt(("المعتقل محمد العمر", 1, None, e_omar), ("لافتا إلى أن", 1), "assert",
               ("مدير السجن \" بلال سليمان محمود كان قد هدد من الأسبوع الماضي باقتحام السجن وتحويلهم إلى الأفرع الأمنية", 1))
s_threat = g.stmt(("بلال سليمان محمود", 1, None, e_dir), ("هدد", 1), "promise",
                  ("باقتحام السجن وتحويلهم إلى الأفرع الأمنية", 1), embedded_in=s_dir)
s_gas = g.stmt(("العمر", 1, "وأضاف", e_omar4), ("أضاف", 1, "وأضاف العمر"), "assert",
               ("قوات الأسد تستخدم الغازات المسيلة للدموع والهروانات , لإرغامهم على الاستسلام , ونقلهم إلى الأفرع الأمنية الأخرى", 1))
s_appeal = g.stmt(("العمر", 1, "وناشد", e_omar5), ("ناشد", 1, "وناشد العمر"), "demand",
                  ("جميع المنظمات الحقوقية والدولية والجهات الثورية للتدخل وعدم السماح لنظام الأسد بنقلهم إلى الأفرع الأمنية", 1))
s_exec = g.stmt(("العمر", 1, "وناشد", e_omar5), ("مشيرا إلى", 1), "assert",
                ("احتمال اعدامهم في حال تفريق المساجين", 1))
s_rep500 = g.stmt(("مراسل المكتب الإعلامي لقوى الثورة في حمص", 1, None, e_rep), ("قال", 1, "وبدوره قال"), "assert",
                  ("أكثر من 500 عنصر تابعين لنظام الأسد من قوات الأمن والشبيحة يحاولون اقتحام سجن حمص المركزي بالتزامن مع قطع الماء والطعام والكهرباء عن المساجين", 1))
s_repfear = g.stmt(("مراسل المكتب الإعلامي لقوى الثورة في حمص", 1, None, e_rep), ("لافتا إلى أن", 2), "assert",
                   ("مخاوف كبيرة من ارتكاب النظام مجزرة بحقهم بعد فشل عدة محاولات سابقة من اقتحامه", 1))
s_reptad = g.stmt(("المراسل", 1, "وأضاف", e_rep7), ("أضاف", 1, "وأضاف المراسل"), "assert",
                  ("حالة من الذعر والخوف تنتاب جميع المعتقلين داخل السجن من تكرار مجزرة سجن تدمر والذي راح ضحيتها إكثر من 500 معتقل اثناء اقتحام قوات الأسد لسجن تدمر", 1))

# propositions
p_storm = g.prop("capture", [("agent", e_sec, "SYR"), ("agent", e_shab1, "SYR")], ("اقتحام", 1), place=e_pr1, time=t_mon,
                 quantities=[q500a])
p_attack = g.prop("attack", [("agent", e_af2, "SYR")], ("تستخدم الغازات المسيلة للدموع", 1), place=e_pr1, time=t_mon)
p_siege = g.prop("siege", [("agent", e_af1, "SYR")], ("قطع الكهرباء والماء", 1), place=e_pr1, time=t_morn)
p_transfer = g.prop("other", [("agent", e_dir, "SYR")], ("وتحويلهم", 1))
p_exec = g.prop("casualties", [("agent", e_reg5, "SYR")], ("اعدامهم", 1), place=e_pr1)
p_massacre = g.prop("casualties", [("agent", e_reg6, "SYR")], ("مجزرة", 1), place=e_pr1)
p_failed = g.prop("capture", [("agent", e_reg6, "SYR")], ("محاولات سابقة", 1), place=e_pr1)
p_tadmur = g.prop("casualties", [("agent", e_af3, "SYR")], ("مجزرة", 2), place=e_tad1, quantities=[q500k])
p_protest = g.prop("protest", [], ("اعتصامات", 1), place=e_pr9)
p_disapp = g.prop("arrest", [("agent", e_adm, "SYR")], ("اخفاء", 1), place=e_pr9, quantities=[q4])

# claims
g.claim(p_storm, "author", "affirm", "intended")
g.claim(p_storm, s_camp, "affirm", "intended")
g.claim(p_storm, s_threat, "affirm", "planned")
g.claim(p_storm, s_rep500, "affirm", "intended")
g.claim(p_attack, s_camp)
g.claim(p_attack, s_gas)
g.claim(p_siege, "author")
g.claim(p_siege, s_camp)
g.claim(p_siege, s_rep500)
g.claim(p_transfer, s_threat, "affirm", "planned")
g.claim(p_exec, s_exec, "affirm", "possible")
g.claim(p_massacre, s_repfear, "affirm", "possible")
g.claim(p_failed, s_repfear, "affirm", "failed")
g.claim(p_tadmur, s_reptad)
g.claim(p_protest, "author")
g.claim(p_disapp, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
