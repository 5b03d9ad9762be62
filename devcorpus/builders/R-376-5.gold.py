"""Gold analysis of R-376-5 (بلدي نيوز, 2017-12-20, daily report): HTS captures 8 regime soldiers near Ramla
(south Aleppo); IED at an HTS HQ in Khan al-Asal; FSA arrests an ISIS security man; Russian strikes kill 19
in Maarshourin and hit south-east Idlib and Hama; ISIS takes Rasm al-Hammam; YPG intelligence raids Jadid
Bakkara; ISIS car bomb at an SDF checkpoint in al-Shuhail; failed regime push at the Vehicles
Administration in Harasta.

Judgement calls:
- Body starts at the second headline copy and keeps the dateline and «بلدي نيوز - ( التقرير اليومي )».
- Headline «قتلى وأسرى للنظام ... ومجزرة روسية» is the author's voice (claims on the Ramla capture, the
  Harasta regime casualties and the Maarshourin strike), not a statement.
- Abu Sham's three quotes (أفاد / وأضاف / وأردف) are direct; «وأردف» opens a quote that never closes.
- The Harasta events: the regime attack (modality failed) is affirmed by the author (lede «صدت», paragraph
  «محاولة تقدم فاشلة»), by the correspondent («صد هجوم بري») and by the factions' announcement; regime
  casualties are a separate `casualties` proposition; the tunnel blast is a `bombing` by the factions.
- «اشتباكات وصفت بكسر العظم»: a passive speech act with no source, kept as a statement with null source.
- The attempted regime advance at Abu Dali/Mushayrifa: `advance`, modality intended (outcome not given).
- Place names: the bare name for «قرية/بلدة/مدينة X»; «ريف X» annotated as X (the governorate's city entry).
- Vague counts (عشرات، عدد من، مجموعة كاملة) are not quantities. No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-376-5", "outlet": "بلدي نيوز", "published": "2017-12-20", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def allocc(s, typ, limit=None, **kw):
    ids, n = [], 0
    while limit is None or n < limit:
        try:
            g.span(s, n + 1)
        except AssertionError:
            break
        n += 1
        ids.append(g.ent(s, typ, n, **kw))
    return ids
def P(gid, name, lat, lon, admin1):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": "SY", "admin1": admin1}
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
FSA = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Free Syrian Army")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
YPG = dict(actor="SDF.YPG", party="SDF", role="armed_group", canonical="YPG")
RUSAF = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Air Force")
BAL = dict(actor="BALADI", party=None, role="media", canonical="Baladi News")
FACT = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="'Bi-annahum Zulimu' battle factions")
ALEPPO = dict(canonical="Aleppo", place=P(170063, "Aleppo", 36.20124, 37.16117, "Aleppo"))
DAMASCUS = dict(canonical="Damascus", place=P(170654, "Damascus", 33.5102, 36.29128, "Dimashq"))
IDLIB = dict(canonical="Idlib", place=P(169389, "Idlib", 35.93062, 36.63393, "Idlib"))
HAMA = dict(canonical="Hama", place=P(170017, "Hama", 35.13179, 36.75783, "Hama"))
DEZ = dict(canonical="Deir ez-Zor", place=P(170794, "Deir ez-Zor", 35.33588, 40.14084, "Deir ez-Zor"))
HAR = dict(canonical="Harasta", place=P(169897, "Ḩarastā", 33.55869, 36.36515, "Rif Dimashq"))
IDARA = dict(canonical="Vehicles Administration base", place=named("Vehicles Administration base", "SY", "Rif Dimashq"))
def loc(name, admin1):
    return dict(canonical=name, place=named(name, "SY", admin1))

# entities: recurring names, all occurrences
e_reg = allocc("لنظام", "ORG", nominal=True, **SYRGOV)          # للنظام: ل + النظام (headline, lede)
e_hts = allocc("هيئة تحرير الشام", "ORG", **HTS)
e_syr = allocc("قوات النظام", "ORG", **SYRMIL)
allocc("حلب", "GPE", **ALEPPO)
e_dam = allocc("دمشق", "GPE", **DAMASCUS)
allocc("إدلب", "GPE", **IDLIB)
allocc("حماة", "GPE", **HAMA)
allocc("دير الزور", "GPE", **DEZ)
e_isis = allocc("تنظيم \" الدولة \"", "ORG", **ISIS)
allocc("التنظيم", "ORG", nominal=True, **ISIS)
g.ent("لتنظيم", "ORG", 1, after="انضم", nominal=True, **ISIS)   # للتنظيم
e_rusaf = allocc("الطيران الحربي الروسي", "ORG", **RUSAF)
e_qsd = allocc("قسد", "ORG", **SDF)
e_har = allocc("حرستا", "GPE", **HAR)
e_idara = allocc("إدارة المركبات", "FAC", limit=3, **IDARA)
e_idara4 = g.ent("إدارة المركبات العسكرية", "FAC", **IDARA)
e_ramla = allocc("رملة", "GPE", **loc("Ramla", "Aleppo"))
e_kha = allocc("خان العسل", "GPE", **loc("Khan al-Asal", "Aleppo"))
e_fsa = allocc("الجيش الحر", "ORG", **FSA)
e_fsa1 = g.ent("الجيش السوري الحر", "ORG", **FSA)
g.ent("لجيش السوري الحر", "ORG", **FSA)                          # للجيش
e_abudali = allocc("أبو دالي", "GPE", **loc("Abu Dali", "Idlib"))
e_lat = allocc("اللطامنة", "GPE", **loc("Al-Lataminah", "Hama"))
e_shu = allocc("الشحيل", "GPE", **loc("Al-Shuhail", "Deir ez-Zor"))
allocc("بلدي نيوز", "ORG", **BAL)
e_abusham = allocc("أبو شام", "PER", actor="HTS", party="HTS", role="military", canonical="Abu Sham")
e_maar = allocc("معرشورين", "GPE", **loc("Maarshourin", "Idlib"))
e_sdf = allocc("قوات سورية الديمقراطية", "ORG", **SDF) + allocc("قوات سوريا الديمقراطية", "ORG", **SDF)
# single mentions
e_fact1 = g.ent("فصائل معركة \" بأنهم ظلموا \"", "ORG", 1, **FACT)
e_fact2 = g.ent("فصائل معركة \" بأنهم ظلموا \"", "ORG", 2, **FACT)
e_fact3 = g.ent("الفصائل", "ORG", 1, after="وأضاف المراسل", nominal=True, **FACT)
e_fact4 = g.ent("فصائل المعركة", "ORG", nominal=True, **FACT)
e_sutm = g.ent("تلة السطم", "LOC", **loc("Tal al-Sutm", "Aleppo"))
g.ent("لهيئة", "ORG", 1, after="مقر تابع", nominal=True, **HTS)   # للهيئة
e_ibaa = g.ent("وكالة إباء", "ORG", actor="HTS.MED", party="HTS", role="media", canonical="Ibaa News Agency")
e_ahmad = g.ent("أحمد سليمان", "PER", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Ahmad Suleiman")
e_shamal = g.ent("لواء الشمال", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Liwa al-Shamal")
g.ent("جرابلس", "GPE", canonical="Jarabulus", place=P(169179, "Jarābulus", 36.8175, 38.01111, "Aleppo"))
e_liwa2 = g.ent("اللواء", "ORG", 1, after="أن عناصر", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Liwa al-Shamal")
e_hamsho = g.ent("ياسر حمشو", "PER", actor="ISIS", party="ISIS", role="armed_group", canonical="Yasser Hamsho")
g.ent("تركيا", "GPE", canonical="Turkey", place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
e_ahmad2 = g.ent("سليمان", "PER", 1, after="وأوضح", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Ahmad Suleiman")
g.ent("صوران", "GPE", **loc("Soran", "Aleppo"))
g.ent("الدفاع المدني", "ORG", actor="SCD", party=None, role="civilian", canonical="Syrian Civil Defence")
g.ent("تل أغر", "GPE", **loc("Tal Aghar", "Idlib"))
g.ent("تل عمار", "GPE", **loc("Tal Ammar", "Idlib"))
g.ent("وادي الشحرور", "GPE", **loc("Wadi al-Shahrour", "Idlib"))
e_hamam = g.ent("الحماميات", "GPE", **loc("Al-Hamamiyat", "Hama"))
e_hbeit = g.ent("الهبيط", "GPE", **loc("Al-Hbeit", "Idlib"))
g.ent("المشيرفة", "GPE", **loc("Al-Mushayrifa", "Idlib"))
e_hts_t = g.ent("تحرير الشام", "ORG", 1, after="وتمكنت", **HTS)
e_rasm = g.ent("رسم الحمام", "GPE", **loc("Rasm al-Hammam", "Hama"))
e_ajwa = g.ent("أبو عجوة", "GPE", **loc("Abu Ajwa", "Hama"))
for n in ("الرهجان", "قصر ابن وردان", "المسلوخية", "الجينة", "عطشان"):
    g.ent(n, "GPE", canonical=n, place=named(n, "SY", "Hama"))
e_intel = g.ent("الاستخبارات العسكرية", "ORG", actor="SDF.YPG", party="SDF", role="military", canonical="YPG military intelligence")
g.ent("ي ب ك", "ORG", **YPG)
g.ent("الاتحاد الديمقراطي", "ORG", actor="SDF.PYD", party="SDF", role="armed_group", canonical="PYD")
e_jadid = g.ent("جديد بكارة", "GPE", **loc("Jadid Bakkara", "Deir ez-Zor"))
e_shabab = g.ent("تجمع شباب البكارة", "ORG", actor="SDF", party="SDF", role="armed_group", canonical="Shabab al-Bakkara gathering")
g.ent("ياسر الدحلة", "PER", actor="SDF", party="SDF", role="armed_group", canonical="Yasser al-Dahla")
e_src1 = g.ent("مصادر مطلعة", "PER", nominal=True)
g.ent("الدحلة", "GPE", 1, after="بالإضافة إلى قرية", **loc("Al-Dahla", "Deir ez-Zor"))
e_dahla = g.ent("الدحلة", "ORG", 1, after="حشود من عناصر", nominal=True, actor="SDF", party="SDF", role="armed_group", canonical="Yasser al-Dahla's fighters")
e_attal = g.ent("العتال", "LOC", **loc("Al-Attal roundabout", "Deir ez-Zor"))
g.ent("البصيرة", "GPE", **loc("Al-Busayrah", "Deir ez-Zor"))
e_src2 = g.ent("مصادر محلية", "PER", nominal=True)
e_harak = g.ent("مالك الحرك", "PER", **{**BAL, "canonical": "Malik al-Harak"})
e_corr2 = g.ent("المراسل", "PER", 1, after="وأضاف", nominal=True, **{**BAL, "canonical": "Malik al-Harak"})

# times
g.time("الأربعاء 20 كانون الأول 2017", "2017-12-20", "day", "at")
t_wed = [g.time("اليوم الأربعاء", "2017-12-20", "day", "at", n) for n in range(1, 7)]
t_dawn = g.time("فجر اليوم", "2017-12-20", "part_of_day", "at")
g.time("في وقت سابق", None, "vague", "before")
t_eve = g.time("مساء اليوم", "2017-12-20", "part_of_day", "at")
g.time("منذ أربع سنوات", "2013", "year", "since")
t_mid = g.time("بعد منتصف ليل الثلاثاء", "2017-12-20", "part_of_day", "at")
t_today = g.time("اليوم", "2017-12-20", "day", "at", 1, after="وأصيب آخرون")
t_lastm = g.time("منتصف الشهر الماضي", "2017-11", "month", "at")
# quantities
q8 = g.qty("8 عناصر", 8, "people", "captured")
q4v = g.qty("أربع آليات", 4, "vehicles")
q19 = g.qty("19 مدنيا", 19, "people", "killed")
q4a = g.qty("أربعة من عناصر", 4, "people", "captured")
q4k = g.qty("أربعة أطفال", 4, "people", "killed")

# statements
s1 = g.stmt(("أبو شام", 1, None, e_abusham[0]), ("أفاد", 1), "assert",
            ("قوات النظام تقدمت فجر اليوم على محور تلة السطم ومحور قرية رملة بعتاد مكون من أربع آليات بالإضافة إلى عدد كبير من العناصر", 1), direct=True)
s2 = g.stmt(("أبو شام", 2, None, e_abusham[1]), ("أضاف", 1, "وأضاف \" أبو شام"), "assert",
            ("مع ارتفاع حدة الاشتباكات أجبرت قوات النظام على سحب الدبابات والآليات , وإبقاء العناصر في النقاط التي وصلوا لها في قرية رملة", 1), direct=True)
s3 = g.stmt(("أبو شام", 2, None, e_abusham[1]), ("أردف", 1, "وأردف"), "assert",
            ("بدأنا بهجوم معاكس , وتضيق الخناق حولهم , ومحاصرتهم داخل تلك النقاط وأسرهم", 1), direct=True)
s4 = g.stmt(("وكالة إباء", 1, None, e_ibaa), ("أك دت", 1), "confirm",
            ("إصابات عد ة وقعت في صفوف عناصر \" هيئة تحرير الشام \" , مساء اليوم , إثر انفجار عبوة ناسفة داخل المقار التابعة للأخيرة في مدينة خان العسل غربي حلب", 1),
            medium=("منصاتها الإعلامية", 1))
s5 = g.stmt(("أحمد سليمان", 1, None, e_ahmad), ("أفاد", 1, "وأفاد \" أحمد"), "assert",
            ("عناصر اللواء تمكنوا من إلقاء القبض على المدعو \" ياسر حمشو \" أحد أمنيي التنظيم أثناء محاولته الهروب إلى إدلب", 1))
s6 = g.stmt(("أحمد سليمان", 1, None, e_ahmad), ("أضاف", 1, "وأضاف , أن القيادي"), "assert",
            ("القيادي في التنظيم حاول الهروب بعد أن غير مظهره واستعان بهوية مسروقة , وكان ينسق مع أحد الأشخاص ليساعده في الهروب إلى مدينة إدلب وبعدها إلى تركيا", 1))
s7 = g.stmt(("سليمان", 1, "وأوضح", e_ahmad2), ("أوضح", 1, "وأوضح \" سليمان"), "assert",
            ("هذا العنصر هو من أخطر عناصر التنظيم , حيث انضم للتنظيم منذ أربع سنوات , وشارك في أغلب المعارك التي خاضها التنظيم ضد الجيش الحر , وساعد في نهب منازل وممتلكات الجيش الحر في بلدته التي ينحدر منها وهي صوران شمال حلب", 1))
s8 = g.stmt(None, ("وصفت", 1), "assert", ("بكسر العظم", 1))
s9 = g.stmt(("مصادر مطلعة", 1, None, e_src1), ("قالت", 1, "وقالت مصادر مطلعة"), "assert",
            ("حالة استنفار تسود القرية , بالإضافة إلى قرية ( الدحلة ) معقل التجمع , حيث شوهدت حشود من عناصر \" الدحلة \" في القريتين", 1))
s10 = g.stmt(("مصادر مطلعة", 1, None, e_src1), ("أشارت إلى أن", 1), "assert", ("مواجهات أعقبت عملية الاعتقال", 1))
s11 = g.stmt(("مصادر محلية", 1, None, e_src2), ("قالت", 1, "وقالت مصادر محلية"), "assert",
             ("هناك جثثا متفحمة , لم يتم التعرف عليها , قضى أصحابها في هذا التفجير", 1))
s12 = g.stmt(("مصادر محلية", 1, None, e_src2), ("أشارت إلى أن", 2), "assert",
             ("حاجز \" قسد \" أوقف عشرات المدنيين في طريق الدخول والخروج , الأمر الذي تسبب في استشهاد هؤلاء المدنيين", 1))
s13 = g.stmt(("مراسل بلدي نيوز في دمشق وريفها ( مالك الحرك )", 1, None, e_harak), ("أفاد", 1, "وأفاد مراسل"), "assert",
             ("عددا من عناصر قوات النظام قتلوا وأصيب آخرون بتفجير نفق فخخه مقاتلو فصائل معركة \" بأنهم ظلموا \" كانت جهزته قوات النظام لاستعادة نقاط خسروها خلال المعركة منتصف الشهر الماضي , على جبهة إدارة المركبات بريف دمشق", 1))
s14 = g.stmt(("المراسل", 1, "وأضاف", e_corr2), ("أضاف", 1, "وأضاف المراسل"), "assert",
             ("مقاتلي الفصائل تمكنوا أيضا من عطب عربة \" بي إم بي \" لقوات النظام أثناء صد هجوم بري متزامن مع محاولتها التسلل عبر النفق", 1))
s15 = g.stmt(("فصائل المعركة", 1, None, e_fact4), ("أعلنت", 1, "من جانبها"), "assert",
             ("تمكنها من صد الهجوم وقتل وجرح عدد من قوات النظام , فضلا عن عطب عربة \" بي إم بي \" خلال محاولتها التقدم على مباني داخل إدارة المركبات العسكرية في مدينة حرستا بريف دمشق", 1),
             medium=("معرفاتها على الإنترنت", 1))

# propositions and claims
A = "author"
p_cap8 = g.prop("casualties", [("agent", e_hts[1], "HTS"), ("target", e_syr[1], "SYR")], ("أسر", 1, "ففي حلب"), place=e_ramla[0], time=t_wed[1], quantities=[q8])
g.claim(p_cap8, A); g.claim(p_cap8, s3)
p_adv = g.prop("advance", [("agent", e_syr[2], "SYR")], ("تقدمت", 1), place=e_sutm, time=t_dawn, quantities=[q4v])
g.claim(p_adv, s1)
p_clash_r = g.prop("clash", [("agent", e_hts[2], "HTS"), ("agent", e_syr[3], "SYR")], ("الاشتباكات", 1, "مع ارتفاع"), place=e_ramla[1], time=t_dawn)
g.claim(p_clash_r, s2)
p_wd = g.prop("withdrawal", [("agent", e_syr[3], "SYR")], ("سحب", 1), place=e_ramla[1], time=t_dawn)
g.claim(p_wd, s2)
p_counter = g.prop("attack", [("agent", e_hts[2], "HTS"), ("target", e_syr[3], "SYR")], ("بهجوم معاكس", 1), place=e_ramla[1])
g.claim(p_counter, s3)
p_harasta = g.prop("attack", [("agent", e_reg[1], "SYR"), ("target", e_fact1, "SYR.OPP")], ("هجوما", 1), place=e_idara[0], time=t_wed[0])
g.claim(p_harasta, A, "affirm", "failed"); g.claim(p_harasta, s14, "affirm", "failed"); g.claim(p_harasta, s15, "affirm", "failed")
p_hcas = g.prop("casualties", [("agent", e_fact1, "SYR.OPP"), ("target", e_syr[9], "SYR")], ("ق تل", 1), place=e_idara[1], time=t_wed[5])
g.claim(p_hcas, A); g.claim(p_hcas, s13); g.claim(p_hcas, s15)
p_tunnel = g.prop("bombing", [("agent", e_fact2, "SYR.OPP"), ("target", e_syr[10], "SYR")], ("بتفجير", 1), place=e_idara[2])
g.claim(p_tunnel, s13)
p_lost = g.prop("capture", [("agent", e_fact2, "SYR.OPP")], ("خسروها", 1), place=e_idara[2], time=t_lastm)
g.claim(p_lost, s13)
p_bmp = g.prop("attack", [("agent", e_fact3, "SYR.OPP"), ("target", e_syr[12], "SYR")], ("عطب", 1), place=e_idara4)
g.claim(p_bmp, s14); g.claim(p_bmp, s15)
p_ied = g.prop("bombing", [("target", e_hts[3], "HTS")], ("عبوة ناسفة", 1), place=e_kha[0], time=t_wed[2])
g.claim(p_ied, A); g.claim(p_ied, s4)
p_arrest = g.prop("arrest", [("agent", e_fsa1, "SYR.OPP"), ("target", e_hamsho, "ISIS")], ("القبض", 1), place=None)
g.claim(p_arrest, A); g.claim(p_arrest, s5)
p_loot = g.prop("other", [("agent", e_hamsho, "ISIS")], ("نهب", 1))
g.claim(p_loot, s7)
p_maar = g.prop("airstrike", [("agent", e_rusaf[0], "RUS")], ("بقصف", 1, "في إدلب"), place=e_maar[1], time=t_mid, quantities=[q19])
g.claim(p_maar, A)
p_rus2 = g.prop("airstrike", [("agent", e_rusaf[1], "RUS")], ("قصف", 1, "وفي السياق"), place=e_abudali[0])
g.claim(p_rus2, A)
p_hbeit = g.prop("shelling", [("agent", e_syr[4], "SYR")], ("قصفت", 1, "فيما قصفت حواجز"), place=e_hbeit)
g.claim(p_hbeit, A)
p_clash_ad = g.prop("clash", [("agent", e_hts[6], "HTS"), ("agent", e_syr[5], "SYR")], ("اشتباكات", 1, "إلى ذلك دارت"), place=e_abudali[1])
g.claim(p_clash_ad, A)
p_adv2 = g.prop("advance", [("agent", e_syr[6], "SYR")], ("للتقدم", 1), place=e_abudali[1])
g.claim(p_adv2, A, "affirm", "intended")
p_cas_ad = g.prop("casualties", [("agent", e_hts_t, "HTS"), ("target", e_syr[7], "SYR")], ("أسر", 1, "وتمكنت"), place=e_abudali[1])
g.claim(p_cas_ad, A)
p_rasm = g.prop("capture", [("agent", e_isis[1], "ISIS")], ("بسط سيطرتهم", 1), place=e_rasm)
g.claim(p_rasm, A)
p_clash_rasm = g.prop("clash", [("agent", e_isis[1], "ISIS"), ("agent", e_hts[7], "HTS")], ("اشتباكات", 1, "بعد اشتباكات وصفت"), place=e_rasm)
g.claim(p_clash_rasm, A); g.claim(p_clash_rasm, s8)
p_ajwa = g.prop("shelling", [("agent", e_hts[8], "HTS"), ("target", e_isis[2], "ISIS")], ("استهدف", 1, "في الأثناء"), place=e_ajwa)
g.claim(p_ajwa, A)
p_rus3 = g.prop("airstrike", [("agent", e_rusaf[2], "RUS")], ("قصف", 1, "هجمته الشرسة"), place=e_lat[0])
g.claim(p_rus3, A)
p_lat = g.prop("shelling", [("agent", e_syr[8], "SYR")], ("قصفت", 1, "فيما قصفت قوات"), place=e_lat[1])
g.claim(p_lat, A)
p_raid = g.prop("arrest", [("agent", e_intel, "SDF"), ("target", e_shabab, "SDF")], ("اعتقلت", 1), place=e_jadid, time=t_wed[3], quantities=[q4a])
g.claim(p_raid, A)
p_ypgctrl = g.prop("control", [("agent", e_intel, "SDF")], ("تسيطر", 1), place=e_jadid, time=t_wed[3])
g.claim(p_ypgctrl, A)
p_mob = g.prop("deployment", [("agent", e_dahla, "SDF")], ("حشود", 1), place=e_jadid)
g.claim(p_mob, s9)
p_conf = g.prop("clash", [("agent", e_intel, "SDF"), ("agent", e_shabab, "SDF")], ("مواجهات", 1), place=e_jadid)
g.claim(p_conf, s10)
p_vbied = g.prop("bombing", [("agent", e_isis[3], "ISIS"), ("target", e_sdf[1], "SDF")], ("بعربة ملغمة", 1), place=e_shu[0], time=t_today, quantities=[q4k])
g.claim(p_vbied, A); g.claim(p_vbied, s11)
p_cluster = g.prop("bombing", [("agent", None, "RUS")], ("قنبلة عنقودية", 1), place=e_shu[0], time=t_today)
g.claim(p_cluster, A)
p_stop = g.prop("other", [("agent", e_qsd[3], "SDF")], ("أوقف", 1), place=e_shu[1])
g.claim(p_stop, s12)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
