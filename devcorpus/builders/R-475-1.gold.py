"""Gold analysis of R-475-1 (الرأي, estimated 2017-10-26): the Kurdistan Regional Government offers to freeze the
independence referendum results and proposes a ceasefire; Baghdad's condition; last week's federal operation
in the disputed areas; parliament freezes Barzani's powers; Abadi's pledge (via the WSJ) to disarm militias.

Judgement calls:
- Annotated although the article is about Iraq and Kurdistan, not Syria: it is conflict news (a military
  operation, clashes with ~30 killed, a ceasefire proposal), which is the brief's test.
- Published: no date in URL or text; the KRG statement («ليل الثلاثاء الأربعاء», «امس») was issued
  24-25 October 2017, so 2017-10-26, estimated.
- Body starts at the article text; the photo caption before it is left out. The orphan sentence «وبقي في
  منصبه بعد انتهاء فترة التمديد» stays inside (contiguous body).
- «عارضة تجميد نتائج الاستفتاء» is a KRG statement with stance promise; «كما يقترح النص» is a second
  statement (source: the text of the statement, no entity), stance demand, ceasefire modality intended.
- «نفذت الاسبوع الماضي عملية عسكرية» has no expressed subject (Baghdad / Iraqi forces): agent party IRQ
  with no entity.
- Abadi's pledge: one statement with source Abadi, cue تعهد, via the Wall Street Journal, medium the
  interview.
- Party code KRG for the Kurdistan Regional Government and the Peshmerga. No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-475-1", "outlet": "الرأي", "published": "2017-10-26", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
KRG = dict(actor="KRG", party="KRG", role="government", canonical="Kurdistan Regional Government")
PESH = dict(actor="KRG.MIL", party="KRG", role="military", canonical="Peshmerga")
IRQGOV = dict(actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi federal government")
BAGH = dict(canonical="Baghdad", actor="IRQ.GOV", party="IRQ", role="government", place={"geonames_id": 98182, "name": "Baghdad", "lat": 33.34058, "lon": 44.40088, "country": "IQ", "admin1": "Baghdad"})
KURD = dict(canonical="Kurdistan Region", place=named("Kurdistan Region", "IQ"))
IRAQ = dict(canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
BARZ = dict(actor="KRG", party="KRG", role="government", canonical="Masoud Barzani")
PARL = dict(actor="KRG.PARL", party="KRG", role="government", canonical="Kurdistan Parliament")

e_krg = g.ent("حكومة إقليم كردستان", "ORG", **KRG)
g.ent("بغداد", "GPE", 1, **BAGH)
e_fed1 = g.ent("الحكومة الاتحادية", "ORG", 1, **IRQGOV)
e_bagh2 = g.ent("بغداد", "GPE", 2, **BAGH)
e_kr1 = g.ent("إقليم كردستان", "GPE", 1, after="متنازع عليها مع", **KURD)
e_pesh1 = g.ent("البشمركة", "ORG", 1, **PESH)
g.ent("الاكراد", "ORG", 1, nominal=True, actor="KRG", party="KRG", role="other", canonical="Kurds")
g.ent("الاقليم", "GPE", 1, nominal=True, **KURD)
g.ent("الاقليم", "GPE", 2, nominal=True, **KURD)
e_krg2 = g.ent("حكومة الإقليم", "ORG", **KRG)
g.ent("كردستان", "GPE", 1, after="أمام شعب", **KURD)
g.ent("العراق", "GPE", 1, **IRAQ)
g.ent("الحكومة الاتحادية", "ORG", 2, **IRQGOV)
e_kr2 = g.ent("إقليم كردستان", "GPE", 1, after="جميع العمليات العسكرية في", **KURD)
e_pesh2 = g.ent("قوات البشمركة", "ORG", **PESH)
e_iqf = g.ent("القوات العراقية", "ORG", actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi security forces")
e_kirk = g.ent("محافظة كركوك", "GPE", canonical="Kirkuk Governorate", place=named("Kirkuk Governorate", "IQ", "Kirkuk"))
e_parl = g.ent("برلمان كردستان", "ORG", **PARL)
e_barz = g.ent("بارزاني", "PER", 1, **BARZ)
g.ent("الاتحاد الوطني الكردستاني", "ORG", actor="PUK", party="KRG", role="other", canonical="Patriotic Union of Kurdistan")
g.ent("الحزب الديموقراطي الكردستاني", "ORG", actor="KDP", party="KRG", role="other", canonical="Kurdistan Democratic Party")
g.ent("بارزاني", "PER", 2, **BARZ)
g.ent("كتلة \" التغيير \"", "ORG", actor="GORRAN", party="KRG", role="other", canonical="Gorran Movement")
g.ent("غوران", "ORG", actor="GORRAN", party="KRG", role="other", canonical="Gorran Movement")
g.ent("الجماعة الاسلامية", "ORG", actor="KIG", party="KRG", role="other", canonical="Kurdistan Islamic Group")
g.ent("برلمان الاقليم", "ORG", **PARL)
e_wsj = g.ent("صحيفة وول ستريت جورنال", "ORG", actor="WSJ", party=None, role="media", canonical="The Wall Street Journal")
e_abadi = g.ent("حيدر العبادي", "PER", actor="IRQ.GOV", party="IRQ", role="government", canonical="Haider al-Abadi")
e_mil = g.ent("الفصائل الشيعية المسلحة", "ORG", actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Iraqi Shia militias")
g.ent("داعش", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")

t_yest = g.time("امس", "2017-10-25", "day", "at")
g.time("منذ نحو شهر", "2017-09-25", "month", "since")
t_lw = g.time("الاسبوع الماضي", "2017-10-16/2017-10-22", "week", "at")
t_night = g.time("ليل الثلاثاء الأربعاء", "2017-10-24/2017-10-25", "part_of_day", "at")
g.time("فورا", "2017-10-25", "day", "at")
t_tue = g.time("الثلاثاء", "2017-10-24", "day", "at", 1, after="برلمان كردستان")
q30 = g.qty("نحو 30 عنصرا", 30, "people", "killed")

s0 = g.stmt(("حكومة إقليم كردستان", 1, None, e_krg), ("عارضة", 1), "promise", ("تجميد نتائج الاستفتاء على الانفصال", 1))
s1 = g.stmt(("بغداد", 2, None, e_bagh2), ("تشترط", 1), "demand", ("إلغاء نتائج عملية التصويت هذه لبدء أي مفاوضات", 1))
s2 = g.stmt(("حكومة الإقليم", 1, None, e_krg2), ("قالت", 1), "promise",
            ("من منطلق المسؤولية أمام شعب كردستان والعراق نقترح للحكومة والشعب والرأي العام العراقي والعالمي ( . . . ) تجميد نتائج الاستفتاء ( . . . ) وبدء حوار مفتوح مع الحكومة الاتحادية وفق الدستور", 1),
            medium=("بيان", 1, "وفي بيان"), direct=True)
s3 = g.stmt(("النص المؤلف من ثلاث نقاط", 1), ("يقترح", 1), "demand",
            ("وقف اطلاق النار فورا ووقف جميع العمليات العسكرية في إقليم كردستان", 1), direct=True)
s4 = g.stmt(("حيدر العبادي", 1, None, e_abadi), ("تعهد", 1), "promise",
            ("بنزع سلاح الفصائل الشيعية المسلحة التي ترفض الدخول تحت سيطرته بعد هزيمة \" داعش \"", 1),
            via=[("صحيفة وول ستريت جورنال", 1, None, e_wsj)], medium=("مقابلة معها", 1))

p_freeze = g.prop("other", [("agent", e_krg, "KRG")], ("تجميد", 1), time=t_yest)
p_op = g.prop("capture", [("agent", None, "IRQ"), ("target", e_pesh1, "KRG")], ("سيطرت", 1), time=t_lw)
p_wd = g.prop("withdrawal", [("agent", e_pesh1, "KRG")], ("انسحب", 1), time=t_lw)
p_cease = g.prop("agreement", [("agent", e_krg2, "KRG")], ("وقف اطلاق النار", 1), place=e_kr2, time=t_night)
p_clash = g.prop("clash", [("agent", e_pesh2, "KRG"), ("agent", e_iqf, "IRQ")], ("اشتباكات", 1), place=e_kirk, quantities=[q30])
p_parl = g.prop("other", [("agent", e_parl, "KRG"), ("target", e_barz, "KRG")], ("تجميد", 1, "برلمان كردستان"), time=t_tue)
p_disarm = g.prop("other", [("agent", e_abadi, "IRQ"), ("target", e_mil, "IRQ.PGM")], ("بنزع سلاح", 1))

g.claim(p_freeze, "author", "affirm", "planned")
g.claim(p_freeze, s0, "affirm", "planned")
g.claim(p_freeze, s2, "affirm", "planned")
g.claim(p_op, "author")
g.claim(p_wd, "author")
g.claim(p_cease, s3, "affirm", "intended")
g.claim(p_clash, "author")
g.claim(p_parl, "author")
g.claim(p_disarm, s4, "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
