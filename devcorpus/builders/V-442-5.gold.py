"""Gold analysis of V-442 article 5 (Al-Quds Al-Arabi, Munhal Barish; date estimated 2017-02-23, the day
Euphrates Shield took al-Bab, which fits the headline and the commander expecting the capture «اليوم»):
Euphrates Shield near full control of al-Bab; regime advance south of it; the race to Tabqa.
Judgement calls: the body starts at the second copy of the headline, so the byline («منهل باريش») and
the dateline are inside it; the byline name is annotated as a PER without actor. Euphrates Shield
(«درع الفرات», the operation and its factions) is SYR.OPP, as are the FSA and its units; the Turkish army
and air force are TUR; the YPG is SDF; Liwa al-Baqir and «الميليشيات الإيرانية» are IRN; Hezbollah is
HEZBOLLAH. The headline's «بعد سيطرة» (capture done) against the commander's expectation of the capture
«today» and «more than half» under FSA control is NOT marked as a contradiction: an expected capture
(possible) and a completed one (actual) are not opposite polarity, and the headline may anticipate.
«توقع» is an estimate (capture, modality possible). «حاولت التقدم والسيطرة» is a capture with modality
intended; the advance itself happened («فوجئنا بتقدم النظام»). «وصفته موسكو بالخطأ» is Moscow's
statement (acknowledges the strike, calls it a mistake). «ويرجح» with no speaker, «من غير الواضح»,
«سيحتم» and «ستفرض» are the author's own hedged claims (possible). The US «wish» to involve Ankara is a
statement with source «الأمريكية» (the adjective is the only mention) and an intended `support` claim.
The background question-framing «ترك قباسين وبدء السيطرة على تادف» is not taken as an assertion."""
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
g = Gold(text, {"id": "V-442-5", "outlet": "القدس العربي", "published": "2017-02-23", "url": None, "title": None})
DE = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Euphrates Shield forces")
FSA = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Free Syrian Army")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
YPG = dict(actor="SDF", party="SDF", role="armed_group", canonical="People's Protection Units (YPG)")
QUDS = MEDIA("ALQUDS", "Al-Quds Al-Arabi")
BAB = dict(canonical="Al-Bab", place=gn(174018, "Al Bāb", 36.37051, 37.5157, "SY", "Aleppo"))
TADEF = dict(canonical="Tadef", place=gn(163811, "Tādif", 36.34814, 37.5309, "SY", "Aleppo"))
QAB = dict(canonical="Qabasin", place=gn(166285, "Kabbasin", 36.43274, 37.56857, "SY", "Aleppo"))
TABQA = dict(canonical="Al-Tabqa", place=gn(172374, "Al-Tabqa", 35.83758, 38.54828, "SY", "Raqqa"))
ANKARA = dict(canonical="Ankara", actor="TUR", party="TUR", role="government", place=gn(323786, "Ankara", 39.91987, 32.85427, "TR", "Ankara"))
MOSCOW = dict(canonical="Moscow", actor="RUS", party="RUS", role="government", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))

BABS = every(g, "الباب", "GPE", skip=(19,), **BAB)
TAD = every(g, "تادف", "GPE", **TADEF)
every(g, "قباسين", "GPE", **QAB)
RAQ = every(g, "الرقة", "GPE", **RAQQA)
every(g, "أنقرة", "GPE", **ANKARA)
MOS = every(g, "موسكو", "GPE", **MOSCOW)
TUR = every(g, "تركيا", "GPE", **STATE("TUR", "TR", "Turkey"))
every(g, "القدس العربي", "ORG", **QUDS)
TAB = every(g, "الطبقة", "GPE", **TABQA)
TARMY = every(g, "الجيش التركي", "ORG", **TURMIL)
every(g, "بزاعة", "GPE", canonical="Bza'a", place=named("Bza'a", "SY", "Aleppo"))
DES = every(g, "درع الفرات", "ORG", **DE)
IS = every(g, "تنظيم \" الدولة \"", "ORG", **ISIS)
ISD = every(g, "داعش", "ORG", **ISIS)
FSAS = every(g, "الجيش الحر", "ORG", **FSA)
e_regtroop = [g.ent("النظام", "ORG", n, **SYRMIL) for n in (1, 2, 5, 6, 7, 8)]
e_regarmy = g.ent("جيش النظام", "ORG", **SYRMIL)
e_regmil = g.ent("ميليشيات النظام", "ORG", **PGM)
e_mil1 = g.ent("الميليشيات", "ORG", 1, nominal=True, **PGM)
e_irmil = g.ent("الميليشيات الإيرانية", "ORG", actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iranian-backed militias")

# byline, paragraph 1
g.ent("منهل باريش", "PER", 1, canonical="Munhal Barish")
e_cmdr = g.ent("قيادي", "PER", 1, nominal=True, **FSA)
e_hawar = g.ent("غرفة عمليات حور كلس", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Hawar Kilis Operations Room")
e_isl = g.ent("تنظيم الدولة الإسلامية", "ORG", **ISIS)
g.ent("ريف حلب الشمالي", "LOC", canonical="Northern Aleppo countryside", place=named("Northern Aleppo countryside", "SY", "Aleppo"))
# paragraph 2
e_cmdr2 = g.ent("القيادي", "PER", 1, nominal=True, **FSA)
e_north = g.ent("الفرقة الشمالية", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Northern Division")
e_nasan = g.ent("عبد المنعم النعسان", "PER", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Abdul Munim al-Nasan")
# paragraph 3
e_shamiya_sp = g.ent("الناطق الرسمي", "PER", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Mohammad al-Ahmad")
g.ent("الجبهة الشامية", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Levant Front")
e_ahmad = g.ent("محمد الأحمد", "PER", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Mohammad al-Ahmad")
e_aqil = g.ent("جبل الشيخ عقيل", "LOC", canonical="Jabal al-Sheikh Aqil", place=named("Jabal al-Sheikh Aqil", "SY", "Aleppo"))
g.ent("حي زمزم", "LOC", canonical="Zamzam district", place=named("Zamzam district, al-Bab", "SY", "Aleppo"))
# paragraph 4
e_isis_t = g.ent("التنظيم", "ORG", 1, nominal=True, **ISIS)
e_fsaf = g.ent("فصائل الحر", "ORG", **FSA)
e_cmdr3 = g.ent("القيادي", "PER", 2, nominal=True, **FSA)
e_halawa = g.ent("عبد الله حلاوة", "PER", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Abdullah Halawa")
e_ghouz = g.ent("منطقة الغوز", "LOC", canonical="Al-Ghouz", place=named("Al-Ghouz", "SY", "Aleppo"))
e_src = g.ent("مصدر محلي", "PER", nominal=True)
e_mask = g.ent("مسكنة", "GPE", canonical="Maskanah", place=named("Maskanah", "SY", "Aleppo"))
# paragraph 5
e_src2 = g.ent("المصدر", "PER", 1, nominal=True)
g.ent("محطة ضخ المياه", "FAC", canonical="Al-Babiri water pumping station", place=named("Al-Babiri pumping station", "SY", "Aleppo"))
g.ent("البابيري", "GPE", canonical="Al-Babiri", place=named("Al-Babiri", "SY", "Aleppo"))
g.ent("الخفسة", "GPE", canonical="Al-Khafsa", place=named("Al-Khafsa", "SY", "Aleppo"))
e_tair = g.ent("لطيران التركي", "ORG", actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Air Force")  # للطيران
e_abuj = g.ent("أبو جبار", "GPE", canonical="Abu Jabbar", place=named("Abu Jabbar", "SY", "Aleppo"))
e_road = g.ent("طريق الباب - دير حافر", "LOC", canonical="Al-Bab - Deir Hafer road", place=named("Al-Bab - Deir Hafer road", "SY", "Aleppo"))
e_ypg1 = g.ent("وحدات حماية الشعب", "ORG", **YPG)
e_manbij = g.ent("منبج", "GPE", canonical="Manbij", place=gn(167357, "Manbij", 36.52815, 37.95495, "SY", "Aleppo"))
# paragraph 6
g.ent("العمية", "GPE", canonical="Al-Amiyah", place=named("Al-Amiyah", "SY", "Aleppo"))
g.ent("زمار", "GPE", canonical="Zammar", place=named("Zammar", "SY", "Aleppo"))
g.ent("أم شكيف", "GPE", canonical="Umm Shakif", place=named("Umm Shakif", "SY", "Aleppo"))
e_jub = g.ent("جب الحمير", "GPE", canonical="Jub al-Humeir", place=named("Jub al-Humeir", "SY", "Aleppo"))
e_ypg2 = g.ent("\" الوحدات \"", "ORG", **YPG)
# paragraph 7
e_abuz = g.ent("أبو الزندين", "GPE", canonical="Abu al-Zendeen", place=named("Abu al-Zendeen", "SY", "Aleppo"))
g.ent("أستانة", "GPE", canonical="Astana", place=gn(1526273, "Astana", 51.1801, 71.44598, "KZ"))
e_eal = g.ent("شرق حلب", "LOC", canonical="Eastern Aleppo", place=named("Eastern Aleppo", "SY", "Aleppo"))
e_hzb = g.ent("حزب الله", "ORG", actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
e_baqir = g.ent("لواء الباقر", "ORG", actor="IRN.PGM", party="IRN", role="armed_group", canonical="Liwa al-Baqir")
e_wash = g.ent("واشنطن", "GPE", canonical="Washington", actor="USA", party="USA", role="government", place=named("Washington, D.C.", "US"))
e_cia = g.ent("رئيس المخابرات الأمريكية", "PER", nominal=True, actor="USA.GOV", party="USA", role="government", canonical="CIA Director")
e_mit = g.ent("رئيس المخابرات التركية", "PER", nominal=True, actor="TUR.GOV", party="TUR", role="government", canonical="Head of Turkish intelligence (MIT)")

t_today = g.time("اليوم", "2017-02-23", "day", "at", 1)
t_3m = g.time("قبل ثلاثة أشهر", "2016-11", "month", "at")
q65 = g.qty("65 كم", 65, "km")
q_sold = g.qty("عددا من جنوده", None, "people", "killed")

# ---- statements ----
s_exp = g.stmt(("قيادي", 1, None, e_cmdr), ("توقع", 1), "estimate", ("السيطرة على مدينة الباب اليوم", 1))
s_half = g.stmt(("القيادي", 1, None, e_cmdr2), ("أضاف", 1), "assert", ("أكثر من نصف الباب تحت سيطرة الجيش الحر", 1))
s_nas1 = g.stmt(("عبد المنعم النعسان", 1, None, e_nasan), ("صرح", 1), "assert",
                ("الباب تقريبا شبه منتهية وبدأنا التمهيد المدفعي على تادف جنوب الباب مباشرة", 1), direct=True)
s_nas2 = g.stmt(("عبد المنعم النعسان", 1, None, e_nasan), ("قال", 1, "وبدء السيطرة"), "assert",
                ("لا نريد أن يتقدم النظام والميليشيات إلى تادف في خاصر مدينة الباب , ولها أهمية استراتيجية من أجل بقاء طريق لنا للوصول إلى الرقة", 1), direct=True)
s_ah1 = g.stmt(("محمد الأحمد", 1, None, e_ahmad), ("قال", 1, "العقيد محمد الأحمد"), "assert",
               ("بدأ انهيار \" داعش \" في الباب منذ السيطرة على جبل الشيخ عقيل المشرف على معظم أحياء الباب وخصوصا حي زمزم , من الجهة الجنوبية", 1), direct=True)
s_ah2 = g.stmt(("محمد الأحمد", 1, None, e_ahmad), ("اعتبر", 1), "assert",
               ("تأخر عملية السيطرة على الباب بسبب أخذ تنظيم \" الدولة \" للمدنيين \" رهائن ودروع بشرية , بعد أن منع أي منهم من المغادرة مع بدء العملية قبل ثلاثة أشهر", 1))
s_ah3 = g.stmt(("محمد الأحمد", 1, None, e_ahmad), ("رد", 1, "أشهر \" . و"), "assert",
               ("سبب تقدم قوات النظام السريع جنوب الباب إلى \" انسحاب التنظيم الذي يفضل جر جيش النظام لمواجهة فصائل الحر بهدف اعاقة سيطرتنا على الباب", 1))
s_hal = g.stmt(("عبد الله حلاوة", 1, None, e_halawa), ("أكد", 1, "سيطرتنا على الباب"), "confirm",
               ("ميليشيات النظام حاولت التقدم والسيطرة على بعض نقاطنا في منطقة الغوز غرب الباب , وهي المنطقة التي نسيطر عليها ونحاول التقدم منها إلى جهة الشرق حيث يسيطر \" داعش \" لكننا فوجئنا بتقدم النظام , الأمر الذي جعلنا نقوم بهجوم معاكس على نقاط انطلاقه , وسيطرنا عليها , وعلى عربة بي إم بي , ودمرنا دبابة أخرى له , وقتلنا عددا من جنوده", 1),
               direct=True)
s_tun = g.stmt(("مصدر محلي", 1, None, e_src), ("كشف", 1), "assert",
               ("وجود نفق كبير بطول 65 كم , يمتد من منطقة مسكنة إلى قباسين شمال شرق الباب", 1))
s_tun2 = g.stmt(("مصدر محلي", 1, None, e_src), ("أضاف", 1, "شمال شرق الباب ."), "assert",
                ("النفق أساسا هو قناة ري مغلقة كانت تستخدم لاستجرار المياه من محطة ضخ المياه في البابيري قرب الخفسة , باتجاه تادف والباب وبزاعة وقباسين", 1))
s_tun3 = g.stmt(("المصدر", 1, None, e_src2), ("اشار", 1), "assert",
                ("استخدام تنظيم \" الدولة \" لقناة الري المتوقفة عن العمل كنفق لنقل المقاتلين والذخائر , حيث يساعد النفق في إخفاء حركة مقاتليه عن أعين طائرات الاستطلاع والوقاية من القصف الجوي للطيران التركي", 1))
s_mos = g.stmt(("موسكو", 1, None, MOS[0]), ("وصفته", 1), "acknowledge", ("الخطأ", 1))
s_us = g.stmt(("الأمريكية", 1, "الرغبة"), ("الإعلان", 1), "assert", ("إشراك أنقرة في تحرير الرقة", 1))

# ---- propositions ----
p_bab = g.prop("capture", [("agent", DES[0], "SYR.OPP"), ("target", None, "ISIS")], ("سيطرة", 1), place=BABS[0], time=t_today)
p_half = g.prop("control", [("agent", FSAS[0], "SYR.OPP")], ("تحت سيطرة", 1), place=BABS[2], time=t_today)
p_art = g.prop("shelling", [("agent", e_north, "SYR.OPP")], ("التمهيد المدفعي", 1), place=TAD[0])
p_collapse = g.prop("other", [("agent", ISD[0], "ISIS")], ("انهيار", 1), place=BABS[7])
p_aqil = g.prop("capture", [("agent", None, "SYR.OPP")], ("السيطرة", 1, "منذ"), place=e_aqil)
p_hostage = g.prop("arrest", [("agent", IS[0], "ISIS")], ("رهائن", 1), place=BABS[9])
p_op = g.prop("attack", [("agent", DES[1], "SYR.OPP"), ("target", e_isl, "ISIS")], ("العملية", 1, "مع بدء"), place=BABS[9], time=t_3m)
p_regadv = g.prop("advance", [("agent", e_regtroop[1], "SYR")], ("تقدم", 1, "ورد سبب"), place=BABS[10])
p_isiswd = g.prop("withdrawal", [("agent", e_isis_t, "ISIS")], ("انسحاب", 1), place=BABS[10])
p_ghouz_adv = g.prop("advance", [("agent", e_regmil, "SYR"), ("target", None, "SYR.OPP")], ("تقدم", 1, "فوجئنا ب"), place=e_ghouz)
p_ghouz_cap = g.prop("capture", [("agent", e_regmil, "SYR"), ("target", None, "SYR.OPP")], ("السيطرة", 1, "حاولت التقدم"), place=e_ghouz)
p_ghouz_ctl = g.prop("control", [("agent", None, "SYR.OPP")], ("نسيطر", 1), place=e_ghouz)
p_isis_east = g.prop("control", [("agent", ISD[1], "ISIS")], ("يسيطر", 1, "جهة الشرق"))
p_counter = g.prop("attack", [("agent", None, "SYR.OPP"), ("target", e_regtroop[2], "SYR")], ("بهجوم معاكس", 1), place=e_ghouz, quantities=[q_sold])
p_retake = g.prop("capture", [("agent", None, "SYR.OPP"), ("target", e_regtroop[2], "SYR")], ("سيطرنا", 1), place=e_ghouz)
p_tunnel = g.prop("other", [], ("نفق", 1), place=e_mask, quantities=[q65])
p_tunuse = g.prop("other", [("agent", IS[1], "ISIS")], ("استخدام", 1), place=e_mask)
p_tair = g.prop("airstrike", [("agent", e_tair, "TUR"), ("target", IS[1], "ISIS")], ("القصف الجوي", 1))
p_road = g.prop("control", [("agent", e_regtroop[3], "SYR")], ("سيطرة", 1, "تزداد مهمة"), place=e_abuj)
p_fire = g.prop("other", [("agent", e_regtroop[3], "SYR")], ("رصدها ناريا", 1), place=e_road)
p_expand = g.prop("advance", [("agent", DES[3], "SYR.OPP"), ("agent", TARMY[0], "TUR")], ("توسيع", 1), place=BABS[18])
p_ypg_manbij = g.prop("control", [("agent", e_ypg1, "SDF")], ("سيطرة", 1, "أماكن"), place=e_manbij)
p_front = g.prop("control", [("agent", DES[4], "SYR.OPP")], ("يسيطر", 1, "ومن المعروف"), place=e_jub)
p_ypg_jub = g.prop("control", [("agent", e_ypg2, "SDF")], ("تحت سيطرة", 1, "جب الحمير"), place=e_jub)
p_rus = g.prop("airstrike", [("agent", None, "RUS"), ("target", TARMY[1], "TUR")], ("القصف", 1, "جليا مع"), place=BABS[19])
p_clash = g.prop("clash", [("agent", DES[5], "SYR.OPP"), ("agent", e_regtroop[4], "SYR")], ("الاشتباك", 1), place=e_abuz)
p_iran = g.prop("other", [("agent", None, "IRN")], ("افساد", 1))
p_irdep = g.prop("deployment", [("agent", None, "IRN"), ("partner", e_hzb, "HEZBOLLAH"), ("partner", e_baqir, "IRN")], ("تعزيز حضورها العسكري", 1), place=e_eal)
p_deal = g.prop("agreement", [("agent", None, "TUR"), ("partner", e_wash, "USA")], ("اتفاق", 1))
p_visit = g.prop("other", [("agent", e_cia, "USA"), ("partner", e_mit, "TUR")], ("زيارة", 1))
p_usraqqa = g.prop("support", [("agent", None, "USA"), ("partner", None, "TUR")], ("إشراك", 1), place=RAQ[2])
p_turraqqa = g.prop("advance", [("agent", TUR[1], "TUR"), ("target", IS[4], "ISIS")], ("تقدمها", 1), place=TAB[1])
p_race_tr = g.prop("advance", [("agent", TUR[2], "TUR"), ("agent", DES[6], "SYR.OPP")], ("السباق", 1, "هدف"), place=TAB[2])
p_race_rg = g.prop("advance", [("agent", e_regtroop[5], "SYR"), ("agent", e_irmil, "IRN")], ("السباق", 1, "هدف"), place=TAB[2])

# ---- claims ----
g.claim(p_bab, "author")
g.claim(p_bab, s_exp, "affirm", "possible")
g.claim(p_half, s_half)
g.claim(p_bab, s_nas1, "affirm", "possible")
g.claim(p_art, s_nas1)
g.claim(p_collapse, s_ah1)
g.claim(p_aqil, s_ah1)
g.claim(p_hostage, s_ah2)
g.claim(p_op, s_ah2)
g.claim(p_regadv, s_ah3)
g.claim(p_isiswd, s_ah3)
g.claim(p_ghouz_adv, s_hal)
g.claim(p_ghouz_cap, s_hal, "affirm", "intended")
g.claim(p_ghouz_ctl, s_hal)
g.claim(p_isis_east, s_hal)
g.claim(p_counter, s_hal)
g.claim(p_retake, s_hal)
g.claim(p_tunnel, s_tun)
g.claim(p_tunnel, s_tun2)
g.claim(p_tunuse, s_tun3)
g.claim(p_tair, s_tun3)
g.claim(p_road, "author")
g.claim(p_fire, "author")
g.claim(p_expand, "author", "affirm", "possible")
g.claim(p_ypg_manbij, "author")
g.claim(p_front, "author")
g.claim(p_ypg_jub, "author")
g.claim(p_rus, "author")
g.claim(p_rus, s_mos)
g.claim(p_clash, "author")
g.claim(p_iran, "author", "affirm", "possible")
g.claim(p_irdep, "author")
g.claim(p_deal, "author", "affirm", "possible")
g.claim(p_visit, "author")
g.claim(p_usraqqa, s_us, "affirm", "intended")
g.claim(p_turraqqa, "author", "affirm", "possible")
g.claim(p_race_tr, "author", "affirm", "intended")
g.claim(p_race_rg, "author", "affirm", "intended")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
