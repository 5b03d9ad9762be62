"""Gold analysis of R-14-4 (اليوم السابع, 2017-12-27): the ICRC starts medical evacuations from opposition-held
Eastern Ghouta; the UN (Jan Egeland) says at least 16 people on the evacuation list have died waiting.

Judgement calls:
- Body starts at the second headline copy («صور . . عمليات إجلاء ...»), which stands cleanly before the lede.
- Medical evacuation is a `displacement` (people moved), affirmed by the headline (author) and the ICRC.
- The UN's «16 شخصا على الأقل قضوا» and Egeland's «تأكيدات بوفاة 16 شخصا» are one `casualties`
  proposition with the same number: no contradiction.
- «المحاصرة» (Ghouta besieged) inside the UN statement is a `siege` claim with no agent.
- «ولم تذكر اللجنة أى تفاصيل» is not a statement (no content). Egeland's «أخشى ... سيكون هناك المزيد من
  الوفيات» is stance estimate, casualties modality possible.
- The failed last Geneva round is an `agreement` with modality failed.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-14-4", "outlet": "اليوم السابع", "published": "2017-12-27", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ICRC = dict(actor="ICRC", party=None, role="other", canonical="International Committee of the Red Cross")
UN = dict(actor="UN", party=None, role="other", canonical="United Nations")
GHOUTA = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
GENEVA = dict(canonical="Geneva", place={"geonames_id": 2660646, "name": "Geneva", "lat": 46.20222, "lon": 6.14569, "country": "CH", "admin1": "Geneva"})
EGE = dict(actor="UN", party=None, role="other", canonical="Jan Egeland")

g.ent("لصليب الأحمر", "ORG", 1, **ICRC)  # للصليب
e_gh0 = g.ent("الغوطة الشرقية", "LOC", 1, **GHOUTA)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_icrc = g.ent("اللجنة الدولية للصليب الأحمر فى سوريا", "ORG", **ICRC)
g.ent("تويتر", "ORG", canonical="Twitter")
e_opp = g.ent("لمعارضة السورية المسلحة", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")  # للمعارضة
e_gh1 = g.ent("الغوطة الشرقية", "LOC", 2, **GHOUTA)
g.ent("اللجنة", "ORG", 1, after="ولم تذكر", nominal=True, **ICRC)
e_un = g.ent("الأمم المتحدة", "ORG", 1, **UN)
e_gh2 = g.ent("منطقة الغوطة الشرقية", "LOC", **GHOUTA)
g.ent("دمشق", "GPE", canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})
e_ege = g.ent("يان ايجلاند", "PER", **EGE)
g.ent("لأمم المتحدة", "ORG", 1, **UN)  # للأمم
g.ent("سوريا", "GPE", 1, after="التابعة للأمم المتحدة", **SYRIA)
g.ent("جنيف", "GPE", 1, **GENEVA)
e_gen2 = g.ent("جنيف", "GPE", 2, **GENEVA)

t_thu = g.time("الخميس الماضى", "2017-12-21", "day", "at")
g.time("قبل عدة أشهر", None, "vague", "before")
g.time("نوفمبر", "2017-11", "month", "at")
t_14 = g.time("14 ديسمبر", "2017-12-14", "day", "at")
t_xmas = g.time("فترة أعياد الميلاد هذه", "2017-12-24/2017-12-31", "week", "at")
q16a = g.qty("16 شخصا على الأقل", 16, "people", "killed")
g.qty("نحو 500 شخص", 500, "people")
q16b = g.qty("16 شخصا", 16, "people", "killed", 2)

s1 = g.stmt(("اللجنة الدولية للصليب الأحمر فى سوريا", 1, None, e_icrc), ("قالت", 1), "assert",
            ("تم البدء فى عمليات إجلاء طبى من جيب خاضع للمعارضة السورية المسلحة فى الغوطة الشرقية", 1),
            medium=("حسابها على تويتر", 1))
s2 = g.stmt(("الأمم المتحدة", 1, None, e_un), ("أعلنت", 1), "assert",
            ("16 شخصا على الأقل قضوا أثناء انتظارهم عمليات إخلاء طبى من منطقة الغوطة الشرقية المحاصرة قرب دمشق", 1))
s3 = g.stmt(("يان ايجلاند", 1, None, e_ege), ("قال", 1, "وقال يان"), "assert",
            ("لائحة وضعت قبل عدة أشهر تتضمن نحو 500 شخص بحاجة ماسة لإجلاء , يتقلص عددها بسرعة", 1))
s4 = g.stmt(("يان ايجلاند", 1, None, e_ege), ("قال", 1, "وقال للصحفيين"), "assert",
            ("الرقم ينخفض , ليس لأننا نقوم بإخلاء الناس بل لأنهم يموتون", 1), direct=True)
s5 = g.stmt(("يان ايجلاند", 1, None, e_ege), ("مضيف ا", 1), "assert",
            ("لدينا تأكيدات بوفاة 16 شخصا من تلك اللوائح منذ إعادة تقديمها فى نوفمبر , وربما يكون العدد أعلى", 1), direct=True)
s6 = g.stmt(("يان ايجلاند", 1, None, e_ege), ("مسلطا الضوء على", 1), "assert",
            ("وفاة طفل فى 14 ديسمبر وسط فشل الجولة الأخيرة من محادثات جنيف", 1))
s7 = g.stmt(("يان ايجلاند", 1, None, e_ege), ("تابع", 1, "وتابع"), "estimate",
            ("أخشى أن يكون هناك المزيد , خلال فترة أعياد الميلاد هذه , سيكون هناك المزيد من الوفيات ما لم نبدأ عمليات الاخلاء", 1), direct=True)

p_evac = g.prop("displacement", [("agent", e_icrc, None)], ("إجلاء", 1), place=e_gh0)
p_ctrl = g.prop("control", [("agent", e_opp, "SYR.OPP")], ("خاضع", 1), place=e_gh1)
p_dead = g.prop("casualties", [], ("قضوا", 1), place=e_gh2, time=t_thu, quantities=[q16a, q16b])
p_siege = g.prop("siege", [], ("المحاصرة", 1), place=e_gh2)
p_child = g.prop("casualties", [], ("وفاة", 1, "مسلطا"), time=t_14)
p_talks = g.prop("agreement", [], ("فشل", 1), place=e_gen2)
p_more = g.prop("casualties", [], ("الوفيات", 1), time=t_xmas)

g.claim(p_evac, "author")
g.claim(p_evac, s1)
g.claim(p_ctrl, s1)
g.claim(p_dead, s2)
g.claim(p_siege, s2)
g.claim(p_dead, s4)
g.claim(p_dead, s5)
g.claim(p_child, s6)
g.claim(p_talks, s6, "affirm", "failed")
g.claim(p_more, s7, "affirm", "possible")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
