"""Gold analysis of V-252 article 7 (Sky News Arabia; undated, estimated 2016-10-17, the Monday Abadi
announced the Mosul offensive; the coalition's «صباح الأحد» bombardment is then 2016-10-16): Abadi
announces the start of the operation to retake Mosul from ISIS; Blinken and McGurk welcome it.
Judgement calls: Iraq, conflict news. The body starts at the second copy of the headline. The headline
«يعلن» is Abadi's statement. The offensive launch is one `attack` proposition; the retaking of Mosul a
`capture` with modality planned; ISIS holding Mosul a `control` state. Blinken's «رحب بانطلاق» is a
statement that affirms the launch (stance assert). Abadi's «سنقتص ... ونطلب تعاونكم» is one direct
statement with stance promise. The reporter («مراسلنا») is Sky News's own, so no via. The four axes
are planned attacks (s10); «لمنع تسلل عناصر داعش إلى سوريا» is an intended `other` (blocking). ISIS
mentions are annotated as «داعش» (the «تنظيم» before it left out, consistently)."""
import sys
from annot import Gold

def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
C = {"SY": gn(163843, "Syria", 35.0, 38.0, "SY"), "IQ": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
     "RU": gn(2017370, "Russia", 60.0, 100.0, "RU"), "TR": gn(298795, "Turkey", 39.0, 35.0, "TR"),
     "IR": gn(130758, "Iran", 32.0, 53.0, "IR"), "US": gn(6252001, "United States", 39.76, -98.5, "US"),
     "QA": gn(289688, "Qatar", 25.5, 51.25, "QA"), "IL": gn(294640, "Israel", 31.5, 34.75, "IL"),
     "JO": gn(248816, "Jordan", 31.0, 36.0, "JO"), "LB": gn(272103, "Lebanon", 33.83, 35.83, "LB"),
     "SA": gn(102358, "Saudi Arabia", 25.0, 45.0, "SA"), "FR": gn(3017382, "France", 46.0, 2.0, "FR"),
     "GB": gn(2635167, "United Kingdom", 54.75, -2.7, "GB"), "DE": gn(2921044, "Germany", 51.5, 10.5, "DE")}
SYRIA = dict(canonical="Syria", place=C["SY"])
def STATE(iso3, cc, name):
    return dict(canonical=name, actor=iso3, party=iso3, role="government", place=C[cc])
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
def MEDIA(aid, canonical, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canonical)
def every(g, s, typ, skip=(), **kw):
    """Every whole-word occurrence of s as an entity (skip: occurrence numbers covered by a longer mention)."""
    ids, n = [], 1
    while True:
        try:
            g.span(s, n)
        except AssertionError:
            return ids
        if n not in skip:
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-252-7", "outlet": "سكاي نيوز عربية", "published": "2016-10-17", "url": None, "title": None})
ABADI = dict(actor="IRQ.GOV", party="IRQ", role="government", canonical="Haider al-Abadi")
IRQMIL = dict(actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi Security Forces")
MOSUL = dict(canonical="Mosul", place=gn(99072, "Mosul", 36.335, 43.11889, "IQ", "Nineveh"))
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
PESH = dict(actor="KRG.MIL", party="KRG", role="military", canonical="Peshmerga")

MOS = every(g, "الموصل", "GPE", **MOSUL)
ISD = every(g, "داعش", "ORG", **ISIS)
ABS = [g.ent("حيدر العبادي", "PER", 1, **ABADI), g.ent("حيدر العبادي", "PER", 2, **ABADI),
       g.ent("العبادي", "PER", 3, **ABADI), g.ent("العبادي", "PER", 4, **ABADI)]
g.ent("رئيس الحكومة العراقية", "PER", nominal=True, **ABADI)
e_tv = g.ent("التلفزيون الرسمي", "ORG", nominal=True, **MEDIA("IRQ.MED", "Iraqi state television", "IRQ"))
g.ent("كبار قادة القوات المسلحة", "PER", nominal=True, **IRQMIL)
g.ent("محافظة نينوى", "GPE", canonical="Nineveh Governorate", place=named("Nineveh Governorate", "IQ", "Nineveh"))
g.ent("المتشددين", "ORG", 1, nominal=True, **ISIS)
e_secf = g.ent("القوات الأمنية", "ORG", nominal=True, **IRQMIL)
e_anbar = g.ent("الأنبار", "GPE", canonical="Anbar Governorate", place=named("Anbar Governorate", "IQ", "Anbar"))
g.ent("واشنطن", "GPE", canonical="Washington", place=named("Washington, D.C.", "US"))
g.ent("نائب وزير الخارجية الأميركي", "PER", nominal=True, actor="USA.GOV", party="USA", role="government", canonical="Antony Blinken")
e_blink = g.ent("أنتوني بلينكن", "PER", actor="USA.GOV", party="USA", role="government", canonical="Antony Blinken")
e_mcg = g.ent("بريت ماكغورك", "PER", actor="USA.GOV", party="USA", role="government", canonical="Brett McGurk")
g.ent("ممثل الرئيس الأميركي", "PER", nominal=True, actor="USA.GOV", party="USA", role="government", canonical="Brett McGurk")
g.ent("التحالف الدولي", "ORG", 1, **COAL)
g.ent("تويتر", "ORG", canonical="Twitter")
e_rep = g.ent("مراسلنا", "PER", nominal=True, **MEDIA("SKYNEWSARABIA", "Sky News Arabia"))
e_coalp = g.ent("طائرات التحالف", "ORG", **COAL)
e_pesh1 = g.ent("قوات البشمركة", "ORG", **PESH)
e_coal2 = g.ent("التحالف الدولي", "ORG", 2, **COAL)
e_pol = g.ent("قوات الشرطة العراقية", "ORG", **{**IRQMIL, "canonical": "Iraqi police"})
e_qbase = g.ent("قاعدة القيارة", "FAC", canonical="Qayyarah Airfield West", place=named("Qayyarah Airfield West", "IQ", "Nineveh"))
e_iqa = g.ent("الجيش العراقي", "ORG", **IRQMIL)
e_khazir = g.ent("محور الخازر", "LOC", canonical="Khazir front", place=named("Khazir", "IQ", "Nineveh"))
e_src = g.ent("مصادر عسكرية مطلعة", "PER", nominal=True)
e_src2 = g.ent("تلك المصادر", "PER", nominal=True)
e_taf = g.ent("تلعفر", "GPE", canonical="Tal Afar", place=named("Tal Afar", "IQ", "Nineveh"))
g.ent("سهل نينوى", "LOC", canonical="Nineveh Plains", place=named("Nineveh Plains", "IQ", "Nineveh"))
e_pesh2 = g.ent("قوات البيشمركة", "ORG", **PESH)
e_qay = g.ent("القيارة", "GPE", 2, canonical="Qayyarah", place=named("Qayyarah", "IQ", "Nineveh"))
e_joint = g.ent("لقوات المشتركة", "ORG", nominal=True, **IRQMIL)  # للقوات
g.ent("سوريا", "GPE", 1, **SYRIA)
e_iqf = g.ent("القوات العراقية", "ORG", **IRQMIL)

t_today = g.time("اليوم", "2016-10-17", "day", "at", 1)
t_year = g.time("هذا العام", "2016", "year", "at")
t_sun = g.time("صباح الأحد", "2016-10-16", "part_of_day", "at")
t_hours = g.time("بعد ساعات", None, "vague", "after")
q60k = g.qty("ستين ألفا", 60000, "fighters")
q_leaf = g.qty("عشرات الآلاف من المنشورات", None, "leaflets")

s_head = g.stmt(("حيدر العبادي", 1, None, ABS[0]), ("يعلن", 1), "assert", ("بدء عملية استعادة الموصل", 1))
s_ann = g.stmt(("حيدر العبادي", 2, None, ABS[1]), ("أعلن", 1), "assert",
               ("انطلاق معركة الموصل لاستعادتها من قبضة تنظيم داعش الإرهابي", 1))
s_tv = g.stmt(("العبادي", 3, None, ABS[2]), ("قال", 1), "assert",
              ("ياأبناء شعبنا العزيز ياأبناء محافظة نينوى الأحبة لقد دقت ساعة الانتصار وبدأت عمليات تحرير الموصل", 1),
              medium=("كلمة في التلفزيون الرسمي", 1), direct=True)
s_add = g.stmt(("العبادي", 3, None, ABS[2]), ("أضاف", 1), "assert",
               ("أعلن اليوم ابتداء هذه العمليات البطلة لتحريركم من بطش وإرهاب داعش", 1), direct=True)
s_delay = g.stmt(("العبادي", 3, None, ABS[2]), ("قال", 1, "وقال متوجها"), "assert",
                 ("كانت هناك محاولة ( . . . ) لتأخير عملية التحرير ولكننا وأدناها .\nهذا العام كما وعدناكم سيكون عام الخلاص من داعش ونحن سنفي بوعدنا", 1),
                 direct=True)
s_pun = g.stmt(("العبادي", 4, None, ABS[3]), ("أردف", 1), "promise",
               ("سنقتص من المجرمين , والقوات التي تحرركم من داعش جائت لتخليصكم , ونطلب تعاونكم أيها المواطنون .\nنطلب منكم التعاون مع القوات الأمنية المشاركة بعمليات التحرير كما فعل أهالي الأنبار وباقي المحافظات التي كانت تحت سيطرة داعش", 1),
               direct=True)
s_blink = g.stmt(("أنتوني بلينكن", 1, None, e_blink), ("رحب", 1), "assert",
                 ("انطلاق عملية استعادة الموصل من قبضة تنظيم داعش الإرهابي", 1))
s_mcg = g.stmt(("بريت ماكغورك", 1, None, e_mcg), ("قال", 1, "وقال بريت"), "assert",
               ("إننا فخورون أن نقف معكم في هذه العملية التاريخية", 1), medium=("تغريدة على تويتر", 1), direct=True)
s_rep = g.stmt(("مراسلنا", 1, None, e_rep), ("أفاد", 1), "assert",
               ("طائرات التحالف بدأت بشن غارات جوية تمهيدا لبدء معركة استعادة الموصل , في الوقت الذي تقصف قوات البشمركة بعض المناطق في محيط الموصل التي يشتبه في وجود تحركات لعناصر تنظيم داعش فيها", 1))
s_src = g.stmt(("مصادر عسكرية مطلعة", 1, None, e_src), ("بحسب", 1), "assert",
               ("عدد القوات التي ستشارك في عملية الموصل يبلغ ستين ألفا", 1))
s_axes = g.stmt(("تلك المصادر", 1, None, e_src2), ("وفقا", 1), "assert",
                ("محاور الهجوم هي أربعة , محوران شماليان عبر تلعفر وسهل نينوى , وستوكل المهمة في هذا الجانب لقوات البيشمركة , ومحور جنوبي عبر القيارة للقوات المشتركة من جيش وشرطة اتحادية , على أن يكون المحور الرابع غربي مدينة الموصل لمنع تسلل عناصر داعش إلى سوريا", 1))

p_op = g.prop("attack", [("agent", None, "IRQ"), ("target", ISD[0], "ISIS")], ("انطلاق", 1), place=MOS[1], time=t_today)
p_retake = g.prop("capture", [("agent", None, "IRQ"), ("target", ISD[0], "ISIS")], ("استعادة", 1), place=MOS[0])
p_isctl = g.prop("control", [("agent", ISD[0], "ISIS")], ("قبضة", 1), place=MOS[1])
p_delay = g.prop("other", [], ("لتأخير", 1))
p_anbar = g.prop("control", [("agent", ISD[4], "ISIS")], ("تحت سيطرة", 1), place=e_anbar)
p_ussup = g.prop("support", [("agent", e_mcg, "USA"), ("partner", None, "IRQ")], ("نقف معكم", 1), place=MOS[5])
p_coal = g.prop("airstrike", [("agent", e_coalp, "USA"), ("target", ISD[7], "ISIS")], ("غارات جوية", 1), place=MOS[8], time=t_sun)
p_pesh = g.prop("shelling", [("agent", e_pesh1, "KRG"), ("target", ISD[7], "ISIS")], ("تقصف", 1), place=MOS[7])
p_pol = g.prop("deployment", [("agent", e_pol, "IRQ")], ("تمركز", 1), place=e_qbase, time=t_sun)
p_army = g.prop("deployment", [("agent", e_iqa, "IRQ")], ("انطلاق", 1, "القيارة ,"), place=e_khazir, time=t_sun)
p_60k = g.prop("deployment", [("agent", None, "IRQ")], ("ستشارك", 1), place=MOS[10], quantities=[q60k])
p_axp = g.prop("attack", [("agent", e_pesh2, "KRG"), ("target", None, "ISIS")], ("محوران", 1), place=e_taf)
p_axs = g.prop("attack", [("agent", e_joint, "IRQ"), ("target", None, "ISIS")], ("محور جنوبي", 1), place=e_qay)
p_block = g.prop("other", [("agent", None, "IRQ"), ("target", ISD[8], "ISIS")], ("لمنع", 1), place=MOS[11])
p_leaf = g.prop("other", [("agent", e_iqf, "IRQ")], ("إسقاط", 1), place=MOS[12], time=t_hours, quantities=[q_leaf])

for s in (s_head, s_ann, s_tv, s_add, s_blink):
    g.claim(p_op, s)
g.claim(p_op, "author")
g.claim(p_retake, s_head, "affirm", "planned")
g.claim(p_retake, s_ann, "affirm", "planned")
g.claim(p_isctl, s_ann)
g.claim(p_isctl, "author")
g.claim(p_delay, s_delay, "affirm", "failed")
g.claim(p_anbar, s_pun)
g.claim(p_ussup, s_mcg)
g.claim(p_coal, s_rep)
g.claim(p_coal, "author")
g.claim(p_pesh, s_rep)
g.claim(p_pol, "author")
g.claim(p_army, "author")
g.claim(p_60k, s_src, "affirm", "planned")
g.claim(p_axp, s_axes, "affirm", "planned")
g.claim(p_axs, s_axes, "affirm", "planned")
g.claim(p_block, s_axes, "affirm", "intended")
g.claim(p_leaf, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
