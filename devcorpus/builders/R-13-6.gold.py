"""Gold analysis of R-13 article 6 (sdarabia.com, published estimated 2017-12-28, the day after the 27 Dec Reuters
report it relays): Russia's chief of general staff Gerasimov accuses the US of training former ISIS fighters at
al-Tanf; US rebuttals.

Judgement calls:
- outlet: the site names itself nowhere in the crawl; «ستراتيجيك ديفينس عربية» is a transliteration of sdarabia.
- The headline is followed by the photo caption and a view counter («عدد المشاهدات : 268»); the body starts at the text.
- Gerasimov's first accusation: via Reuters. His interview answers «قال لصحيفة ( كومسومولسكايا برافدا )»: medium the
  newspaper. «وقال "..."», «مضيفا أنه», «وقال إنه», «وتابع "..."» continue him. «وتركزت اتهامات ...» only describes
  the accusations' focus and is not a separate statement.
- The quote after «وتابع» spans a line break; its content keeps it.
- US training of former ISIS fighters at al-Tanf (`support`) is affirmed by Gerasimov (s1, s8, s10, s13) and denied by
  the US («رفضت اتهامات روسية مماثلة»): an inter_party negation, although the US denial is of "similar accusations
  in the past" (the article itself sets them against each other with «غير أن»).
- The US "base used to train partner forces" is a separate support proposition (training partners), plus a
  deployment (the base). «خسر تنظيم الدولة ... معظم الأراضي» is an ISIS `withdrawal` in the author's voice.
- «الجيش السوري الجديد» (New Syrian Army, US-backed opposition) is SYR.OPP."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-13-6", "outlet": "ستراتيجيك ديفينس عربية", "published": "2017-12-28", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
IRAQ = dict(canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
USA = dict(canonical="United States", actor="USA", party="USA", role="government",
           place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government",
              place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
GER = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Valery Gerasimov")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
TANF = dict(canonical="Al-Tanf base", place=named("Al-Tanf", "SY", "Homs"))

e_ger0 = g.ent("رئيس هيئة الأركان الروسية العامة", "PER", nominal=True, **GER)
e_us1 = g.ent("الولايات المتحدة", "GPE", 1, **USA)
e_isis1 = g.ent("تنظيم الدولة الإسلامية", "ORG", 1, **ISIS)
e_syr1 = g.ent("سوريا", "GPE", 1, **SYRIA)
e_reu = g.ent("وكالة رويترز", "ORG", actor="REUTERS", party=None, role="media", canonical="Reuters")
e_ger = g.ent("الجنرال فاليري جيراسيموف", "PER", **GER)
e_tanf = g.ent("معبر التنف", "FAC", canonical="Al-Tanf border crossing", place=named("Al-Tanf", "SY", "Homs"))
g.ent("العراق", "GPE", 1, **IRAQ)
e_rus3 = g.ent("روسيا", "GPE", 1, **RUSSIA)
e_base3 = g.ent("القاعدة الأميركية", "FAC", 1, nominal=True, **TANF)
e_isis4 = g.ent("تنظيم الدولة الإسلامية", "ORG", 2, **ISIS)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("العراق", "GPE", 2, **IRAQ)
e_ria = g.ent("وكالة الإعلام الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="RIA Novosti")
e_lav = g.ent("سيرجي لافروف", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
g.ent("الدولة الإسلامية", "ORG", 1, after="المعركة مع", **ISIS)
e_syr5 = g.ent("سوريا", "GPE", 3, **SYRIA)
e_us6 = g.ent("الولايات المتحدة", "GPE", 2, **USA)
e_tanfb = g.ent("قاعدة التنف", "FAC", **TANF)
g.ent("التنظيم", "ORG", 1, after="في الحرب على", nominal=True, **ISIS)
e_wash = g.ent("واشنطن", "GPE", canonical="Washington", actor="USA", party="USA", role="government", place=named("Washington, D.C.", "US"))
e_isis7 = g.ent("التنظيم", "ORG", 1, after="بقتل أعضاء", nominal=True, **ISIS)
e_ger8 = g.ent("جيراسيموف", "PER", 1, after="غير أن", **GER)
g.ent("كومسومولسكايا برافدا", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="Komsomolskaya Pravda")
e_us8 = g.ent("الولايات المتحدة", "GPE", 3, **USA)
e_isis8 = g.ent("تنظيم الدولة الإسلامية", "ORG", 3, **ISIS)
e_nsa = g.ent("الجيش السوري الجديد", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="New Syrian Army")
g.ent("القاعدة الأميركية", "FAC", 2, nominal=True, **TANF)
e_shad = g.ent("الشدادي", "GPE", canonical="Al-Shaddadi", place=named("Al-Shaddadi", "SY", "Al-Hasakah"))
g.ent("التنظيم", "ORG", 1, after="ومقاتلي", nominal=True, **ISIS)
g.ent("الدولة الإسلامية", "ORG", 1, after="من الناحية الفعلية هم من", **ISIS)
e_rus13 = g.ent("روسيا", "GPE", 1, after="وقد سحبت", **RUSSIA)
e_syr13 = g.ent("سوريا", "GPE", 1, after="بعض قواتها من", **SYRIA)
e_ger13 = g.ent("جيراسيموف", "PER", 1, after="لكن", **GER)
e_mos = g.ent("موسكو", "GPE", canonical="Moscow", actor="RUS", party="RUS", role="government",
              place={"geonames_id": 524901, "name": "Moscow", "lat": 55.75204, "lon": 37.61781, "country": "RU", "admin1": "Moscow"})

t_27 = g.time("في 27 كانون الأول / ديسمبر", "2017-12-27", "day", "at", 1)
t_27b = g.time("في 27 كانون الأول / ديسمبر", "2017-12-27", "day", "at", 2)
t_year = g.time("هذا العام", "2017", "year", "at")
t_past = g.time("في الماضي", None, "vague", "before")
t_now = g.time("الآن", "2017-12-27", "day", "at")

s_acc = g.stmt(("رئيس هيئة الأركان الروسية العامة", 1, None, e_ger0), ("اتهم", 1), "assert",
               ("الولايات المتحدة بتدريب مقاتلين سابقين لتنظيم الدولة الإسلامية في سوريا لمحاولة زعزعة استقرار البلاد", 1),
               via=[("وكالة رويترز", 1, None, e_reu)])
s_rus = g.stmt(("روسيا", 1, None, e_rus3), ("تقول", 1, "وتقول روسيا"), "assert",
               ("القاعدة الأميركية غير قانونية وإنها أصبحت هي والمنطقة المحيطة بها \" ثقبا أسود \" يعمل فيه المتشددون بلا أي عائق", 1))
s_lav = g.stmt(("سيرجي لافروف", 1, None, e_lav), ("قوله", 1), "assert",
               ("الجزء الرئيس من المعركة مع الدولة الإسلامية في سوريا انتهى", 1), via=[("وكالة الإعلام الروسية", 1, None, e_ria)])
s_us = g.stmt(("الولايات المتحدة", 2, None, e_us6), ("تقول", 1, "وتقول الولايات"), "assert",
              ("قاعدة التنف مؤقتة وتستخدم في تدريب القوات الشريكة في الحرب على التنظيم", 1))
s_rej = g.stmt(("الولايات المتحدة", 2, None, e_us6), ("رفضت", 1), "deny", ("اتهامات روسية مماثلة في الماضي", 1))
s_kill = g.stmt(("الولايات المتحدة", 2, None, e_us6), ("قالت", 1, "وقالت إن واشنطن"), "assert",
                ("واشنطن لا تزال ملتزمة بقتل أعضاء التنظيم وحرمانهم من الملاذات الآمنة", 1))
G = ("جيراسيموف", 1, "غير أن", e_ger8)
KP = ("صحيفة ( كومسومولسكايا برافدا )", 1)
s_tr = g.stmt(G, ("قال", 1, "غير أن جيراسيموف"), "assert",
              ("الولايات المتحدة تدرب مقاتلين كانوا في السابق من أفراد تنظيم الدولة الإسلامية لكنهم يسمون أنفسهم الآن الجيش السوري الجديد أو يستخدمون أسماء أخرى", 1),
              medium=KP)
s_sat = g.stmt(G, ("أضاف", 1, "وأضاف أن أقمارا"), "assert",
               ("أقمارا اصطناعية وطائرات بدون طيار روسية رصدت كتائب المتشددين بالقاعدة الأميركية", 1), medium=KP)
s_there = g.stmt(G, ("قال", 1, "وقال \" هم"), "assert", ("هم في واقع الأمر يتدربون هناك", 1), medium=KP, direct=True)
s_shad = g.stmt(G, ("مضيفا أنه", 1), "assert",
                ("يوجد أيضا عدد كبير من المتشددين ومقاتلي التنظيم السابقين في الشدادي", 1), medium=KP)
s_shbase = g.stmt(G, ("قال إنه", 1, "في الشدادي وقال"), "assert", ("توجد قاعدة أميركية فيها أيضا", 1), medium=KP)
s_isisnow = g.stmt(G, ("تابع", 1, "وتابع"), "assert",
                   ("من الناحية الفعلية هم من الدولة الإسلامية .\nلكن بعد التعامل معهم يتغيرون ويتخذون إسما آخر", 1), medium=KP, direct=True)
s_bases = g.stmt(("جيراسيموف", 1, "لكن", e_ger13), ("قال إن", 1, "لكن جيراسيموف"), "assert",
                 ("احتفاظ موسكو بقاعدة جوية وقاعدة بحرية هناك يتيح لها التعامل مع جيوب عدم الاستقرار عندما تظهر", 1))

p_train = g.prop("support", [("agent", e_us1, "USA"), ("partner", e_nsa, "SYR.OPP")], ("بتدريب", 1), place=e_tanf, time=t_27)
p_illegal = g.prop("other", [("agent", e_us1, "USA")], ("غير قانونية", 1), place=e_base3)
p_isisloss = g.prop("withdrawal", [("agent", e_isis4, "ISIS")], ("خسر", 1), place=e_syr5, time=t_year)
p_over = g.prop("other", [("target", e_isis4, "ISIS")], ("انتهى", 1), place=e_syr5)
p_partners = g.prop("support", [("agent", e_us6, "USA")], ("تدريب القوات الشريكة", 1), place=e_tanfb)
p_base = g.prop("deployment", [("agent", e_us6, "USA")], ("قاعدة التنف", 1), place=e_tanfb)
p_kill = g.prop("attack", [("agent", e_wash, "USA"), ("target", e_isis7, "ISIS")], ("بقتل", 1))
p_sat = g.prop("other", [("agent", e_ger8, "RUS")], ("رصدت", 1), place=e_tanfb)
p_shad = g.prop("deployment", [("agent", e_us8, "USA")], ("توجد قاعدة أميركية", 1), place=e_shad)
p_rwd = g.prop("withdrawal", [("agent", e_rus13, "RUS")], ("سحبت", 1), place=e_syr13)
p_rbase = g.prop("deployment", [("agent", e_mos, "RUS")], ("احتفاظ", 1), place=e_syr13)

c_acc = g.claim(p_train, s_acc)
c_tr = g.claim(p_train, s_tr)
g.claim(p_train, s_there)
g.claim(p_train, s_isisnow)
c_rej = g.claim(p_train, s_rej, "deny")
g.claim(p_illegal, s_rus)
g.claim(p_isisloss, "author")
g.claim(p_over, s_lav)
g.claim(p_partners, s_us)
g.claim(p_base, s_us)
g.claim(p_kill, s_kill, "affirm", "intended")
g.claim(p_sat, s_sat)
g.claim(p_shad, s_shbase)
g.claim(p_rwd, "author")
g.claim(p_rbase, s_bases)

g.contra(c_acc, c_rej, "inter_party", None, "negation",
         "Gerasimov (via Reuters) accuses the US of training former ISIS fighters at al-Tanf; the US has rejected such Russian accusations.",
         headline=True)
g.contra(c_tr, c_rej, "inter_party", None, "negation",
         "Gerasimov tells Komsomolskaya Pravda the US trains ex-ISIS fighters renamed New Syrian Army; the US rejects the accusation.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
