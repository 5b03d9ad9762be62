"""Gold analysis of unifiedfc R-136 article 10 (Al Bawaba, 2017-12-05): Israeli strike on a weapons depot
area at Jamraya near Damascus on the night of Monday to Tuesday; Syria says it intercepted three missiles.

Judgement calls:
- The body starts at the third copy of the headline, which runs straight into the article text; the
  headline's "غارة إسرائيلية جديدة" is the author's claim, "ودمشق تقول إنها اعترضت 3 صواريخ" a
  statement by Damascus.
- The lede is attributed to SOHR ("وفق ما أفاد مدير المرصد ... رامي عبد الرحمن"): a statement, not the
  author's voice. "للمرة الثانية خلال 72 ساعة" asserts an earlier Israeli strike (separate proposition,
  no date beyond the 72 hours).
- The Israeli army spokeswoman's "no comment on foreign reports" is a statement without a claim, not a
  denial: no contradiction.
- Reuters' three explosions and smoke: an "other" proposition (what was heard), not attributed.
- "ليل الاثنين الثلاثاء" = night of 2017-12-04/05.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
DAM = dict(canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Damascus"})
JAM = dict(canonical="Jamraya", place=named("Jamraya", "SY", "Rif Dimashq"))
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
RAMI = dict(actor="SOHR", party=None, role="media", canonical="Rami Abdel Rahman")
ISRMIL = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israeli army")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-136-10", "outlet": "البوابة", "published": "2017-12-05", "url": None, "title": None})

e_dam1 = g.ent("دمشق", "GPE", 1, actor="SYR.GOV", party="SYR", role="government", **DAM)
e_jets = g.ent("طائرات حربية إسرائيلية", "ORG", nominal=True, **{**ISRMIL, "canonical": "Israeli Air Force"})
e_syrf = g.ent("قوات النظام السوري", "ORG", **SYRMIL)
e_dam2 = g.ent("دمشق", "GPE", 2, **DAM)
g.ent("المرصد السوري لحقوق الإنسان", "ORG", actor="SOHR", party=None, role="media", canonical="Syrian Observatory for Human Rights")
e_rami = g.ent("رامي عبد الرحمن", "PER", **RAMI)
e_rami2 = g.ent("عبد الرحمن", "PER", 2, **RAMI)
g.ent("قوات النظام", "ORG", 1, after="ومستودعات أسلحة ل", **SYRMIL)
e_jam1 = g.ent("جمرايا", "GPE", 1, **JAM)
e_tv = g.ent("التلفزيون الرسمي السوري", "ORG", actor="SYR.MED", party="SYR", role="media", canonical="Syrian state television")
e_isr = g.ent("إسرائيل", "GPE", canonical="Israel", actor="ISR", party="ISR", role="government",
              place={"geonames_id": 294640, "name": "Israel", "lat": 31.5, "lon": 34.75, "country": "IL", "admin1": None})
g.ent("ريف دمشق", "GPE", canonical="Rif Dimashq", place=named("Rif Dimashq Governorate", "SY", "Rif Dimashq"))
e_ad = g.ent("الدفاع الجوي السوري", "ORG", **{**SYRMIL, "canonical": "Syrian air defence"})
e_reut = g.ent("وكالة أنباء رويترز", "ORG", actor="REUTERS", party=None, role="media", canonical="Reuters")
e_jam2 = g.ent("جمرايا", "GPE", 2, **JAM)
g.ent("دمشق", "GPE", 4, **DAM)
e_spk = g.ent("متحدثة", "PER", 1, nominal=True, **{**ISRMIL, "canonical": "Israeli army spokeswoman"})
g.ent("الجيش الإسرائيلي", "ORG", **ISRMIL)

t_night = g.time("ليل الاثنين الثلاثاء", "2017-12-04/2017-12-05", "part_of_day", "at")
g.time("خلال 72 ساعة", "2017-12-02/2017-12-05", "day", "at")
q3h = g.qty("3 صواريخ", 3, "missiles")
q3t = g.qty("ثلاثة من الصواريخ", 3, "missiles")
q_sev = g.qty("عدة صواريخ", None, "missiles")

s_dam = g.stmt(("دمشق", 1, None, e_dam1), ("تقول", 1), "assert", ("اعترضت 3 صواريخ", 1))
s_sohr = g.stmt(("رامي عبد الرحمن", 1, None, e_rami), ("أفاد", 1), "assert",
                ("استهدفت طائرات حربية إسرائيلية ليل الاثنين الثلاثاء , للمرة الثانية خلال 72 ساعة , منطقة تضم مستودعات أسلحة تابعة لقوات النظام السوري قرب دمشق", 1))
s_sohr2 = g.stmt(("عبد الرحمن", 2, None, e_rami2), ("قال", 1, "وقال عبد الرحمن"), "assert",
                 ("الغارات الإسرائيلية استهدفت منطقة تضم مركزا للبحوث العلمية ومستودعات أسلحة لقوات النظام وحلفائه في جمرايا", 1),
                 direct=True)
s_tv1 = g.stmt(("التلفزيون الرسمي السوري", 1, None, e_tv), ("أكد", 1, "وأكد التلفزيون"), "confirm", ("نبأ حدوث الغارة", 1))
s_tv2 = g.stmt(("التلفزيون الرسمي السوري", 1, None, e_tv), ("قال", 1, "نبأ حدوث الغارة"), "assert",
               ("إسرائيل أطلقت عدة صواريخ على منشأة عسكرية في ريف دمشق , وأن الدفاع الجوي السوري اعترض ثلاثة من الصواريخ", 1))
s_reut1 = g.stmt(("وكالة أنباء رويترز", 1, None, e_reut), ("حسب", 1), "assert",
                 ("دوي ثلاثة انفجارات قوية سمع من اتجاه جمرايا إلى الغرب من دمشق", 1))
s_reut2 = g.stmt(("وكالة أنباء رويترز", 1, None, e_reut), ("أضافت", 1, "وأضافت"), "assert",
                 ("دخانا كثيفا يتصاعد فوق المنطقة", 1))
s_idf = g.stmt(("متحدثة باسم الجيش الإسرائيلي", 1, None, e_spk), ("قالت", 1, "وقالت متحدثة"), "assert",
               ("لا يعلقون على تقارير أجنبية", 1))

p_strike = g.prop("airstrike", [("agent", e_jets, "ISR"), ("target", e_syrf, "SYR")], ("غارة", 1), place=e_jam1, time=t_night,
                  quantities=[q_sev])
for b in ("author", s_sohr, s_sohr2, s_tv1, s_tv2):
    g.claim(p_strike, b)
p_int = g.prop("shootdown", [("agent", e_ad, "SYR"), ("target", e_isr, "ISR")], ("اعترضت", 1), place=e_jam1, time=t_night,
               quantities=[q3h, q3t])
g.claim(p_int, s_dam)
g.claim(p_int, s_tv2)
p_prev = g.prop("airstrike", [("agent", e_jets, "ISR")], ("للمرة الثانية", 1))
g.claim(p_prev, s_sohr)
p_boom = g.prop("other", [], ("انفجارات", 1), place=e_jam2, time=t_night)
g.claim(p_boom, s_reut1)
g.claim(p_boom, s_reut2)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
