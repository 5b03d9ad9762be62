"""Gold analysis of V-605-5 (ترك برس, estimated 2017-11-14): what Erdogan and Putin discussed in Sochi, per
Russian and Turkish experts (Sergei Markov, Tugrul Ismail, Andrei Baklanov).

Judgement calls:
- Published: no date in URL or text; the Sochi meeting was 2017-11-13, so 2017-11-14, estimated.
- Body starts at the second headline copy, keeping «ترك برس» after it.
- The text is mostly expert forecasts: statements with stance estimate where the cue is يتوقع/توقع,
  assert otherwise. Markov's «وقال ... لموقع فستينك كفاكازا» has the site as `via`.
- «كما وعد بذلك الرئيس التركي» is a promise statement whose content is only «بذلك» (Nagorno-Karabakh on
  the agenda).
- Few asserted events: the Sochi meeting (author; Markov «ووفقا لماركوف», Ismail), the near end of the
  war on ISIS (Markov), Turkish forces deployed in northern Syria (presupposed by Markov's list).
- No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-605-5", "outlet": "ترك برس", "published": "2017-11-14", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ERD = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
PUT = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
MARK = dict(actor="MARKOV", party=None, role="other", canonical="Sergei Markov")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
SOCHI = dict(canonical="Sochi", place=named("Sochi", "RU"))
TUR = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
KAZAN = dict(canonical="Kazan", place=named("Kazan", "RU"))
BAK = dict(actor="BAKLANOV", party=None, role="other", canonical="Andrei Baklanov")
ISM = dict(actor="ISMAIL", party=None, role="other", canonical="Tugrul Ismail")

E = {n: g.ent("أردوغان", "PER", n, **ERD) for n in (1, 2, 3)}
P = {n: g.ent("بوتين", "PER", n, **PUT) for n in (1, 2, 3, 4)}
e_so1 = g.ent("سوتشي", "GPE", 1, **SOCHI)
g.ent("ترك برس", "ORG", canonical="Turk Press", actor="TURKPRESS", party=None, role="media")
g.ent("سوتشي", "GPE", 2, **SOCHI)
g.ent("معهد الدراسات السياسية", "ORG", canonical="Institute of Political Studies (Moscow)")
M = {1: g.ent("سيرغي ماركوف", "PER", **MARK)}
for n in (2, 3, 4):
    M[n] = g.ent("ماركوف", "PER", n, **MARK)
M[5] = g.ent("ماركوف", "PER", 5, **MARK)  # لماركوف
e_vk = g.ent("موقع فستينك كفاكازا الروسي", "ORG", canonical="Vestnik Kavkaza", actor="RUS.MED", party="RUS", role="media")
S = {n: g.ent("سوريا", "GPE", n, **SYRIA) for n in range(1, 6)}
g.ent("تنظيم داعش", "ORG", **ISIS)
e_tf = g.ent("القوات التركية", "ORG", actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
g.ent("الأكراد", "ORG", 1, nominal=True, actor="SDF", party="SDF", role="armed_group", canonical="Syrian Kurds")
e_expru = g.ent("الخبير الروسي", "PER", nominal=True, **MARK)
g.ent("أذربيجان", "GPE", canonical="Azerbaijan", place=named("Azerbaijan", "AZ"))
g.ent("أرمينيا", "GPE", canonical="Armenia", place=named("Armenia", "AM"))
g.ent("إقليم ناغورنو - كاراباخ", "LOC", canonical="Nagorno-Karabakh", place=named("Nagorno-Karabakh", "AZ"))
e_trpres = g.ent("الرئيس التركي", "PER", 1, nominal=True, **ERD)
g.ent("قازان", "GPE", **KAZAN)
g.ent("تركيا", "GPE", 1, **TUR)
g.ent("يريفان", "GPE", canonical="Yerevan", actor="ARM.GOV", party="ARM", role="government", place=named("Yerevan", "AM"))
g.ent("كازان", "GPE", **KAZAN)
g.ent("محطة أك كويو للطاقة النووية", "FAC", canonical="Akkuyu Nuclear Power Plant", place=named("Akkuyu Nuclear Power Plant", "TR"))
e_ism = g.ent("توغرول إسماعيل", "PER", **ISM)
g.ent("جامعة الاقتصاد والتكنولوجيا", "ORG", canonical="TOBB University of Economics and Technology")
g.ent("تركيا", "GPE", 2, **TUR)
g.ent("روسيا", "GPE", canonical="Russia", actor="RUS", party="RUS", role="government", place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
g.ent("حزب الاتحاد الديمقراطي", "ORG", actor="SDF.PYD", party="SDF", role="armed_group", canonical="PYD")
e_exptr = g.ent("الخبير التركي", "PER", nominal=True, **ISM)
g.ent("رابطة الدبلوماسيين الروس", "ORG", canonical="Association of Russian Diplomats")
e_bak = g.ent("أندريه باكلانوف", "PER", **BAK)
g.ent("داعش", "ORG", 2, **ISIS)
e_bak2 = g.ent("باكلانوف", "PER", 2, **BAK)  # لباكلانوف
g.ent("العراق", "GPE", canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
g.ent("السعودية", "GPE", 1, canonical="Saudi Arabia", place={"geonames_id": 102358, "name": "Saudi Arabia", "lat": 25.0, "lon": 45.0, "country": "SA", "admin1": None})
g.ent("قطر", "GPE", canonical="Qatar", place={"geonames_id": 289688, "name": "Qatar", "lat": 25.5, "lon": 51.25, "country": "QA", "admin1": None})
g.ent("المملكة العربية السعودية", "GPE", canonical="Saudi Arabia", place={"geonames_id": 102358, "name": "Saudi Arabia", "lat": 25.0, "lon": 45.0, "country": "SA", "admin1": None})
g.ent("إيران", "GPE", canonical="Iran", place={"geonames_id": 130758, "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IR", "admin1": None})
g.ent("البحر الأسود", "LOC", canonical="Black Sea", place=named("Black Sea"))
g.ent("بحر قزوين", "LOC", canonical="Caspian Sea", place=named("Caspian Sea"))

g.time("في الآونة الأخيرة", None, "vague", "before")
g.time("في المستقبل القريب", None, "vague", "after")
g.time("حتى الآن", "2017-11-14", "day", "until")

s1 = g.stmt(("سيرغي ماركوف", 1, None, M[1]), ("يتوقع", 1), "estimate",
            ("تكون القضية السورية الموضوع الأول لاجتماع الرئيسين", 1))
s2 = g.stmt(("ماركوف", 2, None, M[2]), ("قال", 1, "وقال ماركوف"), "assert",
            ("هناك مرحلة جديدة نوعيا في سوريا , فقد انتهت الحرب هناك على تنظيم داعش تقريبا , مما يعني أن العدو المشترك يختفي , ومن ثم هناك احتمالان لتحقيق السلام أو نشوب حرب جديدة في سوريا", 1),
            via=[("موقع فستينك كفاكازا الروسي", 1, None, e_vk)], direct=True)
s3 = g.stmt(("ماركوف", 3, None, M[3]), ("عدد", 1, "وعدد"), "assert",
            ("القضايا التي يبحثها أردوغان وبوتين في الشأن السوري , وهي هل يتم الاستمرار في عملية السلام , أو مواصلة القتال مع الجماعات الأخرى , وما مصير القوات التركية المنتشرة في شمال سوريا , وما هي درجة الحكم الذاتي التي سيتمتع بها الأكراد", 1))
s4 = g.stmt(("الخبير الروسي", 1, None, e_expru), ("توقع", 1, "وتوقع"), "estimate",
            ("يكون الصراع بين أذربيجان وأرمينيا حول إقليم ناغورنو - كاراباخ بالتأكيد على جدول أعمال اللقاء", 1))
s5 = g.stmt(("الرئيس التركي", 1, None, e_trpres), ("وعد", 1, "كما وعد"), "promise", ("بذلك", 1, "كما وعد"))
s6 = g.stmt(("ماركوف", 4, None, M[4]), ("أضاف", 1, "وأضاف ماركوف"), "assert",
            ("أعتقد أن الطرفين سيؤكدان استحالة استمرار الوضع الراهن في النزاع , وضرورة تكثيف عملية التفاوض .\nهناك الصيغة التفاوضية على غرار قمة قازان وعلى أساسها يمكن التوصل حل توفيقي مؤقت .\nولكن لا أعرف ما يمكن أن تقدمه تركيا في هذه القضية , لأن يريفان ترفض كل من عملية التفاوض وصيغة كازان", 1),
            direct=True)
s7 = g.stmt(("ماركوف", 5, None, M[5]), ("وفقا", 1, "ووفقا لماركوف"), "assert",
            ("لقاء الزعيمين تطرق إلى العلاقات الثنائية , وصفقة بيع , ومشروع السيل التركي ومحطة أك كويو للطاقة النووية , ودخول السلع التركية إلى الأسواق الروسية , والمشاكل السياحية , والإعفاء من التأشيرات بين البلدين", 1))
s8 = g.stmt(("توغرول إسماعيل", 1, None, e_ism), ("أكد", 1), "confirm",
            ("الزيارة ستكون ستكون جولة جديدة من تحسين العلاقات الثنائية , وأن اللقاء تناول أولا القضية السورية المهمة لكلا الجانبين , كما أن تركيا مهتمة بخطة روسيا لعقد اجتماع تدعو فيه حزب الاتحاد الديمقراطي ب - \" الإرهابي \" , علاوة على بحث مشروعات الطاقة والقضايا الاقتصادية", 1))
s9 = g.stmt(("الخبير التركي", 1, None, e_exptr), ("لفت", 1, "ولفت"), "assert",
            ("الاجتماعات بين بوتين وأردوغان بدأت تزداد في الآونة الأخيرة بعد تغيير النظام السياسي في", 1))
s10 = g.stmt(("أندريه باكلانوف", 1, None, e_bak), ("يرى", 1, "ويرى نائب"), "assert",
             ("الموضوع الأول على طاولة النقاش هو الوضع الجديد الذي سيتم تشكيله في سوريا في المستقبل القريب , وقد تم التركيز حتى الآن على تدمير داعش , وستكثف الجهود حتما على قضايا أخرى كانت في الظل , بما في ذلك القضية الكردية والوضع العام في شمال البلاد , ويشمل أيضا مسألة مصير مناطق التصعيد", 1),
             direct=True)
s11 = g.stmt(("باكلانوف", 2, None, e_bak2), ("وفقا", 1, "المسألة الثانية"), "assert",
             ("هي الوضع في المنطقة ككل , الذي أصبح مثقلا باحتمالات الصراع , فبالإضافة إلى سوريا والعراق , هناك قضايا صعبة أخرى تتعلق بالصراع بين السعودية وقطر , والعلاقات بين المملكة العربية السعودية و إيران , والموضوع الثالث هو الوضع في منطقة البحر الأسود وبحر قزوين , وآخر مجموعة من القضايا هي العلاقات الثنائية", 1))

p_meet = g.prop("other", [("agent", E[1], "TUR"), ("partner", P[1], "RUS")], ("بحث", 1), place=e_so1)
p_isis = g.prop("other", [("target", None, "ISIS")], ("انتهت", 1), place=S[1])
p_tf = g.prop("deployment", [("agent", e_tf, "TUR")], ("المنتشرة", 1), place=S[3])

g.claim(p_meet, "author")
g.claim(p_meet, s7)
g.claim(p_meet, s8)
g.claim(p_isis, s2)
g.claim(p_tf, s3)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
