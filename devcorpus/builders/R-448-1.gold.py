"""Gold analysis of R-448 article 1 (Deir ez-Zor 24, archives/3670; published estimated 2015-09-15): the ISIS siege of
the government-held Deir ez-Zor neighbourhoods: ISIS checkpoint abuses, regime obstruction of aid, war profiteering by
General Khaddour and traders, and conditions reported by Ali al-Rahbi.

Judgement calls:
- published estimated: the text dates "August of this year" and events of March/April 2015, and the site's most-read
  list shows Aug-Sep 2015; mid-September 2015 is assumed.
- The crawl starts at a subheading («إهانات داعش») of a longer report; the body is everything from there to the last
  paragraph of the report (the «جهود لرفع الحصار» subheading inside is kept).
- The fuel / electricity paragraphs between Rahbi's two attributed passages carry no reporting cue and are read as the
  author's voice.
- «على حد قولهم» (ISIS's word "mahram") and «بحسب تعبيره» (Khaddour's word "national") attribute single words, not
  statements; «وصفتها مصادر موالية بالمليارات» is kept as a (short) statement.
- The ISIS siege is asserted repeatedly by the author (one `siege` proposition). The Khaddour passage says the siege
  serves as a pretext («تحت شماعة»), which does not deny it.
- 7 deaths "this month" and 20 "since the siege began" are different scopes, not a value contradiction.
- Neighbourhoods (الجورة، القصور) are LOC. «تنظم داعش» (typo) is kept as it stands."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-448-1", "outlet": "دير الزور 24", "published": "2015-09-15", "url": None, "title": None})
def named(name, country="SY", admin1="Deir ez-Zor"):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
DZ = dict(canonical="Deir ez-Zor", place={"geonames_id": 170794, "name": "Deir ez-Zor", "lat": 35.33588, "lon": 40.14084, "country": "SY", "admin1": "Deir ez-Zor"})
DAM = dict(canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})
CP = dict(canonical="Ain Abu Jumaa checkpoint", place=named("Ain Abu Jumaa checkpoint"))
ICRC = dict(canonical="International Committee of the Red Cross", actor="ICRC", party=None, role="other")
DZ24 = dict(actor="DEIREZZOR24", party=None, role="media", canonical="Deir ez-Zor 24")
KHAD = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Mohammed Khaddour")
ASHRAM = dict(canonical="Muhammad Said al-Ashram")
RAHBI = dict(canonical="Ali al-Rahbi")
JUST = dict(canonical="Justice for Life Observatory")

e_isis0 = g.ent("داعش", "ORG", 1, **ISIS)
e_isis0b = g.ent("داعش", "ORG", 2, **ISIS)
g.ent("النظام", "ORG", 1, nominal=True, **SYRGOV)
e_cp = g.ent("حاجز عين أبو جمعة", "FAC", 1, **CP)
g.ent("لنظام", "ORG", 1, after="المبالغ الطائلة", nominal=True, **SYRGOV)  # للنظام
e_abd = g.ent("أبو عبدالرحمن", "PER", actor="ISIS", party="ISIS", role="armed_group", canonical="Abu Abdulrahman (checkpoint chief)")
g.ent("حاجز عين أبو جمعة", "FAC", 2, **CP)
g.ent("تنظم داعش", "ORG", **ISIS)
g.ent("قرية الحسينية", "GPE", canonical="Al-Husseiniya", place=named("Al-Husseiniya"))
g.ent("النظام", "ORG", 1, after="مع ضباط", nominal=True, **SYRGOV)
e_isis_t = g.ent("لتنظيم", "ORG", 1, after="سيارات تابعة", nominal=True, **ISIS)  # للتنظيم
g.ent("لتنظيم", "ORG", 1, after="لمعتقلات تابعة", nominal=True, **ISIS)
e_wdz = g.ent("ريف دير الزور الغربي", "LOC", canonical="Western Deir ez-Zor countryside", place=named("Western Deir ez-Zor countryside"))
g.ent("سجن الحسبة", "FAC", canonical="Hisba prison", place=named("Hisba prison"))
e_reg2 = g.ent("النظام", "ORG", 1, after="يعد", nominal=True, **SYRGOV)
g.ent("لصليب الأحمر", "ORG", 1, **ICRC)  # للصليب
e_apt = g.ent("مطار المدينة", "FAC", nominal=True, canonical="Deir ez-Zor Military Airport", place=named("Deir ez-Zor Military Airport"))
e_reg2b = g.ent("النظام السوري", "ORG", 1, **SYRGOV)
e_icrc2 = g.ent("الصليب الأحمر", "ORG", 1, after="بعثة", **ICRC)
g.ent("دير الزور 24", "ORG", 1, **DZ24)
e_act = g.ent("احد الناشطين", "PER", nominal=True)
e_reg2c = g.ent("النظام السوري", "ORG", 2, **SYRGOV)
e_isis2 = g.ent("تنظيم داعش", "ORG", 1, **ISIS)
g.ent("فيصل الهويدي", "PER", actor="SYR.GOV", party="SYR", role="other", canonical="Faisal al-Huwaidi")
g.ent("الامن العسكري", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Military Intelligence")
g.ent("مازن الكنج", "PER", actor="SYR.MIL", party="SYR", role="military", canonical="Mazen al-Kanj")
e_dz3 = g.ent("دير الزور", "GPE", 1, after="اتخذوا حصار", **DZ)
e_khad0 = g.ent("قائد عمليات المنطقة الشرقية", "PER", nominal=True, **KHAD)
e_apt3 = g.ent("مطار دير الزور العسكري", "FAC", canonical="Deir ez-Zor Military Airport", place=named("Deir ez-Zor Military Airport"))
e_isis3 = g.ent("تنظيم داعش", "ORG", 2, **ISIS)
e_dzc = g.ent("مدينة دير الزور", "GPE", 1, **DZ)
e_khad = g.ent("اللواء خضور", "PER", 1, **KHAD)
g.ent("دمشق", "GPE", 1, **DAM)
g.ent("مدينة دير الزور", "GPE", 2, **DZ)
g.ent("اللواء خضور", "PER", 2, **KHAD)
g.ent("النظام السوري", "ORG", 3, **SYRGOV)
e_ash = g.ent("محمد سعيد الأشرم", "PER", **ASHRAM)
g.ent("أبي سعيد", "PER", **ASHRAM)
g.ent("محافظة دير الزور", "GPE", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate"))
g.ent("دمشق", "GPE", 1, after="غذائية وتموينية من", **DAM)
e_dzc4 = g.ent("مدينة دير الزور", "GPE", 3, **DZ)
e_isis4 = g.ent("داعش", "ORG", 1, after="المحاصرة من قبل", **ISIS)
g.ent("دمشق", "GPE", 1, after="أسواق العاصمة", **DAM)
g.ent("مطار دمشق", "FAC", canonical="Damascus International Airport", place=named("Damascus International Airport", "SY", "Rif Dimashq"))
g.ent("الأشرم", "PER", 1, after="المواد التي يجلبها", **ASHRAM)
g.ent("خضور", "PER", 1, after="لقائد العمليات العسكرية", **KHAD)
e_loy = g.ent("مصادر موالية", "PER", nominal=True, actor="SYR", party="SYR", role="other")
g.ent("الجورة", "LOC", canonical="Al-Jura", place=named("Al-Jura"))
g.ent("القصور", "LOC", canonical="Al-Qusur", place=named("Al-Qusur"))
g.ent("خضور", "PER", 1, after="يكسيها به", **KHAD)
g.ent("الأشرم", "PER", 1, after="بالإضافة إلى", **ASHRAM)
g.ent("صالح الخرفان", "PER", canonical="Saleh al-Kharfan")
g.ent("ذيب المحيميد", "PER", canonical="Dhib al-Muhaimid")
e_rah = g.ent("علي الرحبي", "PER", **RAHBI)
g.ent("مرصد العدالة من اجل الحياة", "ORG", 1, **JUST)
g.ent("دير الزور 24", "ORG", 2, **DZ24)
e_reg7 = g.ent("النظام", "ORG", 1, after="مع غياب ني ة", nominal=True, **SYRGOV)
e_rah2 = g.ent("الرحبي", "PER", 1, after="ويضيف", **RAHBI)
g.ent("مرصد العدالة من اجل الحياة", "ORG", 2, **JUST)
g.ent("ديرالزور", "GPE", 1, after="من اجل الحياة في", **DZ)
e_rah3 = g.ent("الرحبي", "PER", 1, after="حيث قال", **RAHBI)
e_ndf = g.ent("مليشيا الدفاع الوطني", "ORG", actor="SYR.PGM", party="SYR", role="armed_group", canonical="National Defence Forces")
g.ent("لنظام", "ORG", 1, after="مليشيا الدفاع الوطني التابعة", nominal=True, **SYRGOV)  # للنظام
e_reg9 = g.ent("النظام", "ORG", 1, after="كما شن", nominal=True, **SYRGOV)
e_reg10 = g.ent("النظام", "ORG", 1, after="في مناطق سيطرة", nominal=True, **SYRGOV)
e_isis10 = g.ent("داعش", "ORG", 1, after="في مناطق سيطرة النظام من قبل", **ISIS)

t_apr = g.time("بتاريخ 13 - 4 - 2015", "2015-04-13", "day", "at")
t_aug = g.time("في شهر آب / أغسطس من هذا العام", "2015-08", "month", "at")
g.time("في الفترة الأخيرة", None, "vague", "before")
g.time("قبل أشهر", None, "vague", "before")
t_mar = g.time("منذ تاريخ 25 / 3 / 2015", "2015-03-25", "day", "since")
t_month = g.time("هذا الشهر", "2015-09", "month", "at")
t_siege = g.time("منذ بدأ الحصار", None, "vague", "since")
qt1 = g.qty("10", 10, "tons", None, 1)
qt2 = g.qty("10", 10, "tons", None, 2)
q7 = g.qty("7 أشخاص", 7, "people", "killed")
q20 = g.qty("20 مدني", 20, "people", "killed")

s_act = g.stmt(("احد الناشطين", 1, None, e_act), ("قال", 1, "رفض الافصاح عن هويته"), "assert",
               ("تنسيقا كبيرا جرى في شهر آب / أغسطس من هذا العام بين مسؤولي النظام السوري وتنظيم داعش والذي انتهى باتفاق الطرفين لادخال المواد الغذائية والمواشي في الريف الغربي الى الاحياء المحاصرة باسعار مرتفعة جدا , وذلك بتنسيق مع المدعو \" فيصل الهويدي \" الملقب \" كناش \" والذي يعتبر الذراع الايمن لرئيس الامن العسكري مازن الكنج", 1))
s_loy = g.stmt(("مصادر موالية", 1, None, e_loy), ("وصفتها", 1), "assert", ("بالمليارات", 1))
s_water = g.stmt(("علي الرحبي", 1, None, e_rah), ("قائلا", 1), "assert",
                 ("يتم تزويد الأحياء المحاصرة بالمياه كل يومين عدة ساعات ويلاحظ أن المياه مليئة بالأتربة مع عدم وصولها لبعض الأحياء فيضطر سكانها إلى شراء الماء من الصهاريج والتي تبيع برميل الماء 200 ليتر ب - 500 ليرة سورية", 1))
s_health = g.stmt(("الرحبي", 1, "ويضيف", e_rah2), ("يضيف", 1, "ويضيف الرحبي"), "assert",
                  ("تكاد تكون الأحياء المحاصرة خالية من الأدوية الأساسية ويستغل هذا الوضع بعض التجار الذين يجلبون الأدوية من خارج هذه الحياء ويبيعونها الى الصيدليات القليلة المتبقية بأسعار مرتفعة إلى درجة اضطرار المدنيين على شراء حبة واحدة من الأدوية اللازمة لهم عند حاجتهم لها , وثقنا في مرصد العدالة من اجل الحياة في ديرالزور هذا الشهر وفاة 7 أشخاص بينهم طفلين وامرأتين بسبب المرض والجوع , ليصل عدد من توفي داخل المناطق المحاصرة منذ بدأ الحصار الى 20 مدني جلهم من الأطفال", 1))
s_sec = g.stmt(("الرحبي", 1, "حيث قال", e_rah3), ("قال", 1, "حيث قال الرحبي"), "assert",
               ("قامت مليشيا الدفاع الوطني التابعة للنظام بالاستيلاء على السيارات الكبيرة المملوكة لمدنيين في الأحياء المحاصرة واستخدامها , إما للأغراض العسكرية أو الحاجات الشخصية لعناصرها , كما شن النظام عمليات اعتقال واسعة شملت الشبان اللذين تتراوح أعمارهم بين 18 و 42 لسوقهم إلى الخدمة الإلزامية وكل شاب لديه تأجيل دراسي تتم محاولة إقناعه بالتطوع بالترغيب تارة والترهيب تارة أخرى", 1))

p_siege = g.prop("siege", [("agent", e_isis3, "ISIS")], ("حصار", 1, "تحت شماعة"), place=e_dzc)
p_abuse = g.prop("attack", [("agent", e_abd, "ISIS")], ("بإهانة", 1), place=e_cp)
p_det = g.prop("arrest", [("agent", e_isis_t, "ISIS")], ("لمعتقلات", 1), place=e_wdz)
p_refuse = g.prop("other", [("agent", e_reg2, "SYR")], ("رفضه", 1), place=e_apt)
p_aptctrl = g.prop("control", [("agent", e_reg2, "SYR")], ("لسيطرته", 1), place=e_apt)
p_aid = g.prop("support", [("agent", e_icrc2, None)], ("شحنة غذائية", 1), place=e_dzc, time=t_apr, quantities=[qt1, qt2])
p_deal = g.prop("agreement", [("agent", e_reg2c, "SYR"), ("agent", e_isis2, "ISIS")], ("باتفاق", 1), time=t_aug)
p_trade = g.prop("other", [("agent", e_khad, "SYR")], ("يسهل", 1), place=e_apt3)
p_deaths = g.prop("casualties", [], ("وفاة", 1, "هذا الشهر"), place=e_dzc, time=t_month, quantities=[q7, q20])
p_cars = g.prop("other", [("agent", e_ndf, "SYR")], ("بالاستيلاء", 1))
p_arrest = g.prop("arrest", [("agent", e_reg9, "SYR")], ("عمليات اعتقال", 1))
p_elec = g.prop("other", [], ("انقطاع التيار الكهربائي", 1), time=t_mar)
p_regctrl = g.prop("control", [("agent", e_reg10, "SYR")], ("سيطرة", 1, "في مناطق"), place=e_dz3)

g.claim(p_siege, "author")
g.claim(p_abuse, "author")
g.claim(p_det, "author")
g.claim(p_refuse, "author")
g.claim(p_aptctrl, "author")
g.claim(p_aid, "author")
g.claim(p_deal, s_act)
g.claim(p_trade, "author")
g.claim(p_deaths, s_health)
g.claim(p_cars, s_sec)
g.claim(p_arrest, s_sec)
g.claim(p_elec, "author")
g.claim(p_regctrl, "author")
g.claim(p_siege, s_water)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
