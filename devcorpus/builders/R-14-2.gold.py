"""Gold analysis of R-14 article 2 (Youm7, 2017-12-27): the ICRC starts medical evacuations from the opposition-held
Eastern Ghouta enclave; the UN's Jan Egeland on at least 16 people who died waiting for evacuation.

Judgement calls:
- Body = headline (its second occurrence, after the site header and crawl date) and text.
- «ولم تذكر اللجنة أى تفاصيل» reports an absence of speech: no statement.
- «وقال للصحفيين فى جنيف» has no explicit subject: it continues Egeland (source = his earlier mention, as «وأضاف»).
- «والخميس الماضى» = Thursday 21 Dec 2017 (the UN announcement).
- Medical evacuation is `displacement` (people moved); «جيب خاضع للمعارضة» gives an opposition `control` claim in the
  ICRC statement; «المحاصرة» a `siege` claim in the UN's.
- The two counts of 16 dead agree (UN "at least 16", Egeland "16, maybe more"): no contradiction. The child's death
  on 14 Dec is folded into the same casualties proposition; Egeland's fear of more deaths is a separate casualties
  proposition with modality possible. The failed Geneva round is an `agreement` with modality failed."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-14-2", "outlet": "اليوم السابع", "published": "2017-12-27", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
EG = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
ICRC = dict(canonical="International Committee of the Red Cross", actor="ICRC", party=None, role="other")
UN = dict(canonical="United Nations", actor="UN", party=None, role="other")
GENEVA = dict(canonical="Geneva", place={"geonames_id": 2660646, "name": "Geneva", "lat": 46.20222, "lon": 6.14569, "country": "CH", "admin1": "Geneva"})

g.ent("لصليب الأحمر", "ORG", 1, **ICRC)  # للصليب: ل + الصليب
e_eg0 = g.ent("الغوطة الشرقية", "LOC", 1, **EG)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_icrc = g.ent("اللجنة الدولية للصليب الأحمر", "ORG", **ICRC)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("تويتر", "ORG", canonical="Twitter")
e_opp = g.ent("لمعارضة السورية المسلحة", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
e_eg1 = g.ent("الغوطة الشرقية", "LOC", 2, **EG)
g.ent("اللجنة", "ORG", 1, after="ولم تذكر", nominal=True, **ICRC)
e_un = g.ent("الأمم المتحدة", "ORG", 1, **UN)
e_eg2 = g.ent("منطقة الغوطة الشرقية", "LOC", **EG)
g.ent("دمشق", "GPE", canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})
e_eg = g.ent("يان ايجلاند", "PER", canonical="Jan Egeland", actor="UN", party=None, role="other")
g.ent("مجموعة العمل الإنسانى التابعة للأمم المتحدة", "ORG", canonical="UN humanitarian task force for Syria", actor="UN", party=None, role="other")
g.ent("سوريا", "GPE", 3, **SYRIA)
g.ent("جنيف", "GPE", 1, **GENEVA)
e_gen2 = g.ent("جنيف", "GPE", 2, **GENEVA)

t_thu = g.time("الخميس الماضى", "2017-12-21", "day", "at")
g.time("قبل عدة أشهر", None, "vague", "before")
t_nov = g.time("منذ إعادة تقديمها فى نوفمبر", "2017-11", "month", "since")
t_14 = g.time("فى 14 ديسمبر", "2017-12-14", "day", "at")
t_xmas = g.time("خلال فترة أعياد الميلاد هذه", "2017-12-25", "week", "at")
q16a = g.qty("16 شخصا على الأقل", 16, "people", "killed")
g.qty("نحو 500 شخص", 500, "people")
q16b = g.qty("16 شخصا", 16, "people", "killed", 2)

s_icrc = g.stmt(("اللجنة الدولية للصليب الأحمر", 1, None, e_icrc), ("قالت", 1), "assert",
                ("تم البدء فى عمليات إجلاء طبى من جيب خاضع للمعارضة السورية المسلحة فى الغوطة الشرقية", 1),
                medium=("حسابها على تويتر", 1))
s_un = g.stmt(("الأمم المتحدة", 1, None, e_un), ("أعلنت", 1), "assert",
              ("16 شخصا على الأقل قضوا أثناء انتظارهم عمليات إخلاء طبى من منطقة الغوطة الشرقية المحاصرة قرب دمشق", 1))
E = ("يان ايجلاند", 1, None, e_eg)
s_list = g.stmt(E, ("قال", 1, "وقال يان"), "assert",
                ("لائحة وضعت قبل عدة أشهر تتضمن نحو 500 شخص بحاجة ماسة لإجلاء , يتقلص عددها بسرعة", 1))
s_die = g.stmt(E, ("قال", 1, "وقال للصحفيين"), "assert",
               ("الرقم ينخفض , ليس لأننا نقوم بإخلاء الناس بل لأنهم يموتون", 1), medium=("للصحفيين فى جنيف", 1), direct=True)
s_16 = g.stmt(E, ("مضيف ا", 1), "assert",
              ("لدينا تأكيدات بوفاة 16 شخصا من تلك اللوائح منذ إعادة تقديمها فى نوفمبر , وربما يكون العدد أعلى", 1), direct=True)
s_child = g.stmt(E, ("مسلطا الضوء على", 1), "assert",
                 ("وفاة طفل فى 14 ديسمبر وسط فشل الجولة الأخيرة من محادثات جنيف", 1))
s_fear = g.stmt(E, ("تابع", 1, "وتابع"), "estimate",
                ("أخشى أن يكون هناك المزيد , خلال فترة أعياد الميلاد هذه , سيكون هناك المزيد من الوفيات ما لم نبدأ عمليات الاخلاء", 1),
                direct=True)

p_evac = g.prop("displacement", [("agent", e_icrc, None)], ("إجلاء", 1), place=e_eg0, time=None)
p_ctrl = g.prop("control", [("agent", e_opp, "SYR.OPP")], ("خاضع", 1), place=e_eg1)
p_dead = g.prop("casualties", [], ("قضوا", 1), place=e_eg2, time=t_nov, quantities=[q16a, q16b])
p_siege = g.prop("siege", [], ("المحاصرة", 1), place=e_eg2)
p_geneva = g.prop("agreement", [], ("فشل", 1), place=e_gen2, time=t_14)
p_more = g.prop("casualties", [], ("الوفيات", 1), place=e_eg2, time=t_xmas)

g.claim(p_evac, "author")
g.claim(p_evac, s_icrc)
g.claim(p_ctrl, s_icrc)
g.claim(p_dead, s_un)
g.claim(p_dead, s_die)
g.claim(p_dead, s_16)
g.claim(p_dead, s_child)
g.claim(p_siege, s_un)
g.claim(p_geneva, s_child, "affirm", "failed")
g.claim(p_more, s_fear, "affirm", "possible")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
