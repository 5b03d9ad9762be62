"""Gold analysis of V-431-1 (الجزيرة نت, 2015-07-20): the FSA Supreme Military Council restructures itself in
Reyhanli with the Revolution Command Council; the National Coalition disowns it and tasks Ahmad Berri with
forming another council.

Judgement calls:
- Body starts at the headline; the page furniture «حجم الخط» and the photo caption after it stay inside
  (contiguous); the caption «جلسة مشاورات على هامش المؤتمر» in mid-text likewise.
- The headline («... والائتلاف يرفض») is the author's voice, not a «X: ...» headline statement.
- Nominal «المجلس / الائتلاف» mentions are annotated where they speak or act; bare back-references to the
  council as an object are not.
- «تنصل فيه من المجلس المحدث» is a Coalition statement, stance deny; «وكان مجلس الثلاثين رفض قرار
  الائتلاف» is a statement with stance deny (content the decision).
- Closing sentence: the council announced its split from the Coalition (statement by the council), and
  «وفق قول أسامة جنيدي» is a second statement (Junaidi) for the quoted reason.
- The restructuring, the Coalition's rejection, the Berri committee and the end of the old council are
  `other` propositions; the committee's accord with the factions is an `agreement`.
- The dispute over legitimacy is not a contradiction: no two claims make incompatible factual assertions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-431-1", "outlet": "الجزيرة نت", "published": "2015-07-20", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
FSA = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Free Syrian Army")
SNC = dict(actor="SYR.OPP.SNC", party="SYR.OPP", role="government", canonical="National Coalition for Syrian Revolutionary and Opposition Forces")
SMC = dict(actor="SYR.OPP.SMC", party="SYR.OPP", role="military", canonical="Supreme Military Council")
RCC = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Revolution Command Council")
IG = dict(actor="SYR.OPP.IG", party="SYR.OPP", role="government", canonical="Syrian Interim Government")
AJ = dict(actor="ALJAZEERA", party=None, role="media", canonical="Al Jazeera Net")
def opp(name, role="military"):
    return dict(actor="SYR.OPP", party="SYR.OPP", role=role, canonical=name)
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")

e_fsa0 = g.ent("لجيش الحر", "ORG", 1, **FSA)  # للجيش
e_snc0 = g.ent("الائتلاف", "ORG", 1, **SNC)
g.ent("الائتلاف الوطني", "ORG", 1, **SNC)
g.ent("الحكومة المؤقتة", "ORG", **IG)
g.ent("الجزيرة نت", "ORG", 1, **AJ)
e_smc1 = g.ent("مجلس القيادة العسكرية العليا", "ORG", 1, **SMC)
e_rcc1 = g.ent("مجلس قيادة الثورة", "ORG", 1, **RCC)
e_rey = g.ent("الريحانية", "GPE", canonical="Reyhanli", place={"geonames_id": 302355, "name": "Reyhanlı", "lat": 36.26791, "lon": 36.56747, "country": "TR", "admin1": "Hatay"})
g.ent("إقليم هاتاي", "GPE", canonical="Hatay Province", place=named("Hatay Province", "TR", "Hatay"))
g.ent("مجلس قيادة الثورة", "ORG", 2, **RCC)
g.ent("لائتلاف الوطني السوري لقوى الثورة والمعارضة", "ORG", **SNC)  # للائتلاف
g.ent("الحكومة السورية المؤقتة", "ORG", **IG)
e_ahmad = g.ent("عبد الكريم الأحمد", "PER", **opp("Abdul Karim al-Ahmad"))
e_ahmad2 = g.ent("الأحمد", "PER", 1, after="أشار", **opp("Abdul Karim al-Ahmad"))
g.ent("المجلس العسكري", "ORG", 1, after="تسمية الممثلين", nominal=True, **SMC)
e_thirty1 = g.ent("مجلس الثلاثين", "ORG", 1, **SMC)
g.ent("لجزيرة نت", "ORG", 1, after="سؤال", **AJ)  # للجزيرة
e_afeisi = g.ent("هيثم عفيسي", "PER", **opp("Haitham Afeisi"))
e_afeisi2 = g.ent("عفيسي", "PER", 1, after="وأكد", **opp("Haitham Afeisi"))
e_newc = g.ent("المجلس العسكري الجديد", "ORG", nominal=True, **SMC)
e_reg1 = g.ent("النظام", "ORG", 1, after="تقاتل", nominal=True, **SYRGOV)
g.ent("النظام", "ORG", 1, after="إسقاط", nominal=True, **SYRGOV)
e_snc6 = g.ent("الائتلاف الوطني", "ORG", 2, **SNC)
e_berri = g.ent("أحمد بري", "PER", **opp("Ahmad Berri"))
g.ent("الائتلاف", "ORG", 1, after="باجتماع", **SNC)
e_snc7 = g.ent("الائتلاف", "ORG", 1, after="ووصف بيان", **SNC)
g.ent("الائتلاف", "ORG", 1, after="الجهود التي يقوم بها", **SNC)
e_thirty2 = g.ent("مجلس الثلاثين", "ORG", 2, **SMC)
g.ent("الائتلاف", "ORG", 1, after="رفض قرار", **SNC)
g.ent("مجلس قيادة الثورة", "ORG", 3, **RCC)
g.ent("النظام", "ORG", 1, after="على الجبهات في مواجهة", nominal=True, **SYRGOV)
e_wawi = g.ent("عمار الواوي", "PER", **opp("Ammar al-Wawi"))
g.ent("الجيش الحر", "ORG", 1, after="القيادي ب", **FSA)
g.ent("لجزيرة نت", "ORG", 1, after="في حديث", **AJ)
g.ent("الائتلاف", "ORG", 1, after="حيث سيبادر", **SNC)
e_officer = g.ent("ضابط", "PER", 1, after="حيث قال", nominal=True, **opp("FSA officer"))
g.ent("مجلس القيادة العسكرية العليا", "ORG", 2, **SMC)
g.ent("مؤسسات المعارضة", "ORG", nominal=True, **opp("Opposition institutions", "government"))
g.ent("الائتلاف الوطني", "ORG", 3, **SNC)
g.ent("المجلس العسكري", "ORG", 1, after="بعض ممثلي", nominal=True, **SMC)
g.ent("الائتلاف", "ORG", 1, after="ممثلي المجلس العسكري ب", **SNC)
e_council13 = g.ent("المجلس", "ORG", 1, after="العسكري بالائتلاف .\nوكان", nominal=True, **SMC)
g.ent("الائتلاف", "ORG", 1, after="فك ارتباطه ب", **SNC)
g.ent("الائتلاف", "ORG", 1, after="تقصير", **SNC)
e_jun = g.ent("أسامة جنيدي", "PER", **opp("Osama Junaidi"))

t_pub = g.time("20 / 7 / 2015", "2015-07-20", "day", "at")
t_sun = g.time("أمس الأحد", "2015-07-19", "day", "at")
t_eve = g.time("مساء اليوم ذاته", "2015-07-19", "part_of_day", "at")
t_lm1 = g.time("الشهر الماضي", "2015-06", "month", "at", 1)
t_lm2 = g.time("الشهر الماضي", "2015-06", "month", "at", 2)
g.time("قريبا", None, "vague", "after")
t_3 = g.time("الثالث من الشهر الماضي", "2015-06-03", "day", "at")

s1 = g.stmt(("مجلس القيادة العسكرية العليا", 1, None, e_smc1), ("أعلن", 1, "( الجزيرة نت )"), "assert",
            ("إعادة هيكلة نفسه بالتعاون مع مجلس قيادة الثورة", 1), medium=("مؤتمر صحفي", 1))
s2 = g.stmt(("عبد الكريم الأحمد", 1, None, e_ahmad), ("أعلن", 1, "وأعلن رئيس"), "assert", ("إعادة الهيكلة الجديدة", 1))
s3 = g.stmt(("عبد الكريم الأحمد", 1, None, e_ahmad), ("قال", 1, "الجديدة , وقال"), "assert",
            ("تضم ثلاثين شخصية عسكرية ومدنية تمثل الجبهات السورية الخمس , وحصة كل منها ستة أشخاص", 1), direct=True)
s4 = g.stmt(("الأحمد", 1, "أشار", e_ahmad2), ("أشار", 1, "التشكيل الجديد , أشار"), "assert",
            ("لجنة من القيادات العسكرية والمدنية التقت بممثلين عن أغلب الفصائل العسكرية المقاتلة على الأرض , حيث توافقت مع هذه الفصائل على تسمية الممثلين الجدد بالمجلس العسكري المعروف باسم مجلس الثلاثين", 1))
s5 = g.stmt(("هيثم عفيسي", 1, None, e_afeisi), ("قال", 1, "عن التشكيل الجديد , قال"), "assert",
            ("بعض الفصائل لم تلب دعوتنا , ونحن عزفنا عن دعوة البعض , ولكن أغلب الفصائل ممثلة في المجلس باعتباره يعتمد التوزيع المناطقي", 1), direct=True)
s6 = g.stmt(("عفيسي", 1, "وأكد", e_afeisi2), ("أكد", 1, "وأكد عفيسي"), "confirm",
            ("المجلس العسكري الجديد منفتح على كافة الفصائل التي تقاتل النظام", 1))
s7 = g.stmt(("عفيسي", 1, "وأكد", e_afeisi2), ("أشار إلى أن", 1, "وأكد عفيسي"), "assert",
            ("المجلس يتسع لكل \" مخلص \" للثورة هدفه إسقاط النظام", 1))
s8 = g.stmt(("الائتلاف الوطني", 2, None, e_snc6), ("تنصل", 1), "deny", ("من المجلس المحدث", 1), medium=("بيانا", 1, "مساء اليوم ذاته"))
s9 = g.stmt(("الائتلاف الوطني", 2, None, e_snc6), ("أشار إلى أنه", 1), "assert",
            ("قد كلف العميد أحمد بري واصفا إياه برئيس الأركان على رأس لجنة لتشكيل مجلس عسكري جديد عوضا عن السابق الذي تم إنهاء عمله باجتماع الائتلاف الشهر الماضي", 1),
            medium=("بيانا", 1, "مساء اليوم ذاته"))
s10 = g.stmt(("بيان الائتلاف", 1, None, e_snc7), ("وصف", 1, "ووصف بيان"), "assert",
             ("ليس سوى محاولة لتضليل الرأي العام من قبل بعض أعضاء المجلس المنحل في ظل الجهود التي يقوم بها الائتلاف مع الفصائل المقاتلة لتشكيل قيادة موحدة , ضمن إطار وطني جامع", 1), direct=True)
s11 = g.stmt(("مجلس الثلاثين", 2, None, e_thirty2), ("رفض", 1, "وكان مجلس الثلاثين"), "deny", ("قرار الائتلاف بإنهاء عمله", 1))
s12 = g.stmt(("عمار الواوي", 1, None, e_wawi), ("قال", 1, "وقال النقيب"), "assert",
             ("سنكون أمام مجلسين عسكريين قريبا , حيث سيبادر الائتلاف إلى تشكيل مجلس آخر , وقد كلف لجنة لهذه الغاية , وسنكون أمام خلاف قادم حول شرعية كل من المجلسين", 1), direct=True)
s13 = g.stmt(("ضابط عامل على إحدى جبهات", 1, None, e_officer), ("قال", 1, "حيث قال"), "assert",
             ("التمثيل بالتشكيل الجديد اعتمد على \" المافيات والتكتلات والمحسوبيات , وبإشراف مباشر من حزب قوي وفاعل في القضية السورية \"", 1))
s14 = g.stmt(("ضابط عامل على إحدى جبهات", 1, None, e_officer), ("أضاف أن", 1, "وأضاف أن هذا التشكيل"), "assert",
             ("هذا التشكيل لا يمكن أن يقدم شيئا للثورة , بل قد يضرها في حال توظيفه لتمرير قرارات الدول ذات العلاقة بالثورة السورية", 1))
s15 = g.stmt(("المجلس", 1, "العسكري بالائتلاف .\nوكان", e_council13), ("أعلن", 1, "وكان المجلس قد"), "assert",
             ("فك ارتباطه بالائتلاف", 1))
s16 = g.stmt(("أسامة جنيدي", 1, None, e_jun), ("وفق قول", 1), "assert",
             ("بناء على تقصير الائتلاف وتسجيل الكثير من الملاحظات على أدائه", 1), direct=True)

p_restr = g.prop("other", [("agent", e_smc1, "SYR.OPP"), ("partner", e_rcc1, "SYR.OPP")], ("إعادة هيكلة", 1), place=e_rey, time=t_sun)
p_reject = g.prop("other", [("agent", e_snc0, "SYR.OPP"), ("target", e_newc, "SYR.OPP")], ("يرفض", 1), time=t_eve)
p_accord = g.prop("agreement", [("agent", e_smc1, "SYR.OPP")], ("توافقت", 1))
p_berri = g.prop("other", [("agent", e_snc6, "SYR.OPP"), ("partner", e_berri, "SYR.OPP")], ("كلف", 1), time=t_eve)
p_end = g.prop("other", [("agent", e_snc6, "SYR.OPP"), ("target", e_thirty2, "SYR.OPP")], ("إنهاء عمله", 1), time=t_lm1)
p_split = g.prop("other", [("agent", e_council13, "SYR.OPP"), ("target", e_snc0, "SYR.OPP")], ("فك ارتباطه", 1), time=t_3)

g.claim(p_restr, "author")
g.claim(p_restr, s1)
g.claim(p_restr, s2)
g.claim(p_restr, s3)
g.claim(p_reject, "author")
g.claim(p_reject, s8)
g.claim(p_reject, s10)
g.claim(p_accord, s4)
g.claim(p_berri, s9)
g.claim(p_berri, s12)
g.claim(p_end, s9)
g.claim(p_end, "author")
g.claim(p_split, s15)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
