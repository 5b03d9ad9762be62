"""Gold analysis of V-689-1 (رأي اليوم, estimated 2017-09-22): Nasrallah (via Al-Akhbar) on convincing Khamenei
to back the Syrian army, a Saudi offer to Assad early in the war, and victory in Syria.

Judgement calls:
- Published: URL has no date; the remarks were made «عشية حلول شهر محرم» (Muharram 1439 began 2017-09-21)
  and reported by Al-Akhbar; estimated 2017-09-22. The sidebar (Jan 2018 headlines) is not the date.
- Body starts at the headline and keeps «| رأي اليوم بيروت - متابعات :» between headline and lede.
- The two headline clauses «نصر الله يكشف ...» / «ويكشف عن ...» are headline statements (cue يكشف).
- Paragraph 2 onwards comes via Al-Akhbar («ونقلت جريدة الأخبار عن نصر الله»): `via` on the statements
  from «روى» on; the lede's «كشف» statements have no via (the outlet reports them directly).
- Khamenei's words (القائد ... موافقا ; وقال إن) are embedded in Nasrallah's «وأضاف :» quote; the Saudi
  message to Assad («أرسلت السعودية ... أن أعلن») is embedded in «كما كشف», stance demand.
- «وشدد قائلا» quote and its continuation «و " مسار المشروع ..."» are one statement (stance assert: not
  «شدد على ضرورة»).
- No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-689-1", "outlet": "رأي اليوم", "published": "2017-09-22", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
NAS = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hassan Nasrallah")
HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
KHAM = dict(actor="IRN.GOV", party="IRN", role="government", canonical="Ali Khamenei")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place={"geonames_id": 130758, "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IR", "admin1": None})
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
TEHRAN = dict(canonical="Tehran", place={"geonames_id": 112931, "name": "Tehran", "lat": 35.69439, "lon": 51.42151, "country": "IR", "admin1": "Tehran"})
DAM = dict(canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})
SAUDI = dict(canonical="Saudi Arabia", actor="SAU", party="SAU", role="government", place={"geonames_id": 102358, "name": "Saudi Arabia", "lat": 25.0, "lon": 45.0, "country": "SA", "admin1": None})
def leb(name):
    return dict(canonical=name, place=named(name, "LB"))

e_nas0 = g.ent("نصر الله", "PER", 1, **NAS)
e_kh0 = g.ent("خامنئي", "PER", 1, **KHAM)
e_as0 = g.ent("لاسد", "PER", 1, **ASSAD)  # للاسد: ل + الاسد
g.ent("رأي اليوم", "ORG", canonical="Rai al-Youm", actor="RAIALYOUM", party=None, role="media")
g.ent("بيروت", "GPE", canonical="Beirut", place={"geonames_id": 276781, "name": "Beirut", "lat": 33.89332, "lon": 35.50157, "country": "LB", "admin1": "Beyrouth"})
g.ent("حزب الله", "ORG", 1, **HEZ)
e_nas1 = g.ent("حسن نصر الله", "PER", **NAS)
e_teh1 = g.ent("طهران", "GPE", 1, **TEHRAN)
e_kh1 = g.ent("علي خامنئي", "PER", 1, **KHAM)
e_sarmy = g.ent("الجيش السوري", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Arab Army")
e_riy = g.ent("الرياض", "GPE", canonical="Riyadh", actor="SAU.GOV", party="SAU", role="government", place={"geonames_id": 108410, "name": "Riyadh", "lat": 24.68773, "lon": 46.72185, "country": "SA", "admin1": "Riyadh"})
e_dam1 = g.ent("دمشق", "GPE", 1, actor="SYR.GOV", party="SYR", role="government", **DAM)
e_akh = g.ent("جريدة \" الأخبار \" اللبنانية", "ORG", actor="ALAKHBAR", party=None, role="media", canonical="Al-Akhbar (Lebanon)")
g.ent("نصر الله", "PER", 3, **NAS)
e_nas4 = g.ent("نصر الله", "PER", 4, **NAS)
e_ir1 = g.ent("إيران", "GPE", 1, **IRAN)
g.ent("علي خامنئي", "PER", 2, **KHAM)
g.ent("خامنئي", "PER", 4, **KHAM)  # لخامنئي
g.ent("حزب الله", "ORG", 2, **HEZ)
g.ent("دمشق", "GPE", 2, **DAM)
for n in ("الهرمل", "بعلبك", "الضاحية", "الغازية"):
    g.ent(n, "GPE", **leb(n))
g.ent("البقاع الغربي", "LOC", **leb("West Bekaa"))
g.ent("الجنوب", "LOC", 1, after="البقاع الغربي", **leb("South Lebanon"))
e_kh5 = g.ent("القائد", "PER", 1, after="فأكمل", nominal=True, **KHAM)
g.ent("كرمان", "GPE", canonical="Kerman", place=named("Kerman", "IR"))
g.ent("خوزستان", "GPE", canonical="Khuzestan", place=named("Khuzestan", "IR"))
g.ent("طهران", "GPE", 2, **TEHRAN)
g.ent("إيران", "GPE", 2, **IRAN)
g.ent("لبنان", "GPE", canonical="Lebanon", place={"geonames_id": 272103, "name": "Lebanon", "lat": 33.83333, "lon": 35.83333, "country": "LB", "admin1": None})
g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("بشار الأسد", "PER", **ASSAD)
e_nas5 = g.ent("نصر الله", "PER", 5, **NAS)
e_sau = g.ent("السعودية", "GPE", 1, **SAUDI)
e_as2 = g.ent("الأسد", "PER", 2, **ASSAD)
e_hez3 = g.ent("حزب الله", "ORG", 3, **HEZ)
g.ent("إيران", "GPE", 3, **IRAN)
e_sy2 = g.ent("سوريا", "GPE", 2, **SYRIA)
e_nas6 = g.ent("نصر الله", "PER", 6, **NAS)
e_isis = g.ent("داعش", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
e_nus = g.ent("النصرة", "ORG", actor="HTS", party="HTS", role="armed_group", canonical="Jabhat al-Nusra")
e_sy3 = g.ent("سوريا", "GPE", 3, **SYRIA)

t_start = g.time("في بداية الأزمة السورية", "2011", "vague", "at")
g.time("آنذاك", None, "vague", "at")
g.time("عشية حلول شهر محرم", "2017-09-20", "day", "at")
g.time("عقب بداية الأحداث السورية", "2011", "vague", "after")
t_saudi = g.time("بعد المعركة بسنة ونصف سنة أو سنتين", "2012/2013", "year", "after")
g.time("غدا صباحا", None, "vague", "after")
g.time("منذ 2010", "2010", "year", "since")
g.time("تموز 2006", "2006-07", "month", "at")
g.time("منذ 2011", "2011", "year", "since")

s_h1 = g.stmt(("نصر الله", 1, None, e_nas0), ("يكشف", 1), "assert", ("كيف أقنع خامنئي بدخول الميدان السوري", 1))
s_h2 = g.stmt(("نصر الله", 1, None, e_nas0), ("يكشف", 2), "assert", ("عن عرض سعودي للاسد لانهاء الازمة في بدايتها", 1))
s1 = g.stmt(("حسن نصر الله", 1, None, e_nas1), ("كشف", 1), "assert",
            ("في بداية الأزمة السورية زار طهران , حيث التقى المرشد الأعلى علي خامنئي , ليقنعه بدعم الجيش السوري", 1))
s2 = g.stmt(("حسن نصر الله", 1, None, e_nas1), ("كشف", 1, "كما كشف عن"), "assert", ("اقتراح قدمته الرياض لدمشق آنذاك", 1))
AKH = [("جريدة \" الأخبار \" اللبنانية", 1, None, e_akh)]
s3 = g.stmt(("نصر الله", 4, None, e_nas4), ("روى", 1), "assert",
            ("عقب بداية الأحداث السورية زار إيران والتقى المرشد الأعلى علي خامنئي", 1), via=AKH)
s4 = g.stmt(("نصر الله", 4, None, e_nas4), ("تابع", 1, "وتابع"), "assert",
            ("أوضح لخامنئي رؤية حزب الله \" للمشروع المعادي \"", 1), via=AKH)
s5 = g.stmt(("نصر الله", 4, None, e_nas4), ("قائلا", 1), "assert",
            ("إننا إن لم نقاتل في دمشق فسنقاتل في الهرمل وبعلبك والضاحية والغازية والبقاع الغربي والجنوب", 1), via=AKH, direct=True)
s6 = g.stmt(("نصر الله", 4, None, e_nas4), ("أضاف", 1, "وأضاف : \" فأكمل"), "assert",
            ("فأكمل القائد موافقا : ليس في هذه المناطق فقط بل أيضا في كرمان وخوزستان وطهران . . وقال إن هذه جبهة فيها محاور عدة : محور إيران ومحور لبنان ومحور سوريا , وقائد هذا المحور بشار الأسد يجب أن نعمل لينتصر وسينتصر", 1),
            via=AKH, direct=True)
s7 = g.stmt(("القائد", 1, "فأكمل", e_kh5), ("موافقا", 1), "assert",
            ("ليس في هذه المناطق فقط بل أيضا في كرمان وخوزستان وطهران", 1), direct=True, embedded_in=s6)
s8 = g.stmt(("القائد", 1, "فأكمل", e_kh5), ("قال", 1, "وطهران . . وقال"), "assert",
            ("هذه جبهة فيها محاور عدة : محور إيران ومحور لبنان ومحور سوريا , وقائد هذا المحور بشار الأسد يجب أن نعمل لينتصر وسينتصر", 1),
            direct=True, embedded_in=s6)
s9 = g.stmt(("نصر الله", 5, None, e_nas5), ("كشف", 1, "كما كشف نصر الله"), "assert",
            ("بعد المعركة بسنة ونصف سنة أو سنتين , أرسلت السعودية إلى الرئيس الأسد أن أعل ن في مؤتمر صحافي غدا صباحا قطع العلاقة مع حزب الله وإيران وتنتهي الأزمة", 1),
            via=AKH, direct=True)
s10 = g.stmt(("السعودية", 1, None, e_sau), ("أرسلت", 1), "demand",
             ("أعل ن في مؤتمر صحافي غدا صباحا قطع العلاقة مع حزب الله وإيران وتنتهي الأزمة", 1), embedded_in=s9)
s11 = g.stmt(("نصر الله", 5, None, e_nas5), ("أكد", 1, "وأكد أن"), "confirm",
             ("الانتصار في سوريا قد تحقق وما تبق ى معارك متفرقة", 1), via=AKH)
s12 = g.stmt(("نصر الله", 5, None, e_nas5), ("مشيرا إلى أن", 1), "assert",
             ("المشروع الآخر فشل ويريد أن يفاوض ليحص ل بعض المكاسب", 1), via=AKH, direct=True)
s13 = g.stmt(("نصر الله", 6, None, e_nas6), ("قال", 1, "وقال نصر الله"), "assert",
             ("قتال \" داعش \" و \" النصرة \" كان \" أكبر محنة عشناها منذ 2010 , وأخطر من حرب تموز 2006", 1), via=AKH)
s14 = g.stmt(("نصر الله", 6, None, e_nas6), ("أضاف", 1, "وأضاف : \" منذ"), "assert",
             ("منذ 2011 , كنا على يقين بأن ما يجري فتنة كبرى , وأن هناك مشروعا أمريكيا - إسرائيليا - قطريا - سعوديا بهدف القضاء على المقاومة وتسوية القضية الفلسطينية", 1),
             via=AKH, direct=True)
s15 = g.stmt(("نصر الله", 6, None, e_nas6), ("شدد قائلا", 1), "assert",
             ("انتصرنا في الحرب في سوريا \" , و \" مسار المشروع الآخر فشل , ومسار مشروعنا الذي تحم لنا فيه الكثير من الأذى مسار نصر ونتائج عظيمة ستغي ر المعادلات لمصلحة الأمة", 1),
             via=AKH, direct=True)

p_visit = g.prop("other", [("agent", e_nas1, "HEZBOLLAH"), ("partner", e_kh1, "IRN")], ("زار", 1), place=e_teh1, time=t_start)
p_iransup = g.prop("support", [("agent", e_kh0, "IRN"), ("partner", e_sarmy, "SYR")], ("بدخول", 1), time=t_start)
p_offer = g.prop("other", [("agent", e_sau, "SAU"), ("partner", e_as2, "SYR")], ("عرض", 1), time=t_saudi)
p_victory = g.prop("other", [("agent", None, "HEZBOLLAH")], ("الانتصار", 1), place=e_sy2)
p_fight = g.prop("clash", [("agent", None, "HEZBOLLAH"), ("agent", e_isis, "ISIS"), ("agent", e_nus, "HTS")], ("قتال", 1))

g.claim(p_visit, s1)
g.claim(p_visit, s3)
g.claim(p_iransup, s_h1)
g.claim(p_iransup, s1, "affirm", "intended")
g.claim(p_offer, s_h2)
g.claim(p_offer, s2)
g.claim(p_offer, s9)
g.claim(p_victory, s11)
g.claim(p_victory, s15)
g.claim(p_fight, s13)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
