"""Second annotation (A9) of unifiedfc V-421 article 2 (Asharq Al-Awsat, Monday 2017-10-09; AFP material):
Hayat Tahrir al-Sham isolated by defections before an expected offensive on Idlib; Moscow says its strikes
killed HTS leaders and badly wounded al-Jolani, HTS denies; analysts (Aba Zaid, Heller, Lister) on HTS.

Judgement calls:
- Body = third headline copy with its date line, the photo caption and the "لندن" dateline, to the last
  sentence; the headline has no cue, so it is a claim of the author (offensive imminent: planned).
- Times: "أمس" (caption) 2017-10-08; "الخميس" = 2017-10-05; "صيف عام 2015" = 2015-06/2015-08 (the text's
  year for Nusra's rebranding is kept as written).
- Parties: HTS, Jabhat al-Nusra, Jabhat Fateh al-Sham, al-Jolani, al-Muhaysini, "التيار القاعدي" = HTS;
  Ahrar al-Sham, Zenki, Jaish al-Ahrar, opposition factions = SYR.OPP. "الهيئة" mentions are nominal HTS.
- Analysts and the activist have no party. AFP is the via where the text says so (activist, Heller,
  Lister); "ولا يستبعد" continues Heller (estimate).
- "لكن الهيئة نفت ذلك" denies Moscow's casualty claim: content = Moscow's content; one inter_party
  negation (RUS vs HTS) on the casualties proposition; the airstrike itself is not denied.
- The de-escalation agreement's provisions (ceasefire incl. airstrikes; monitors) vs Russian strikes on
  Idlib are a violation, not a contradiction between claims.
- Not quantities: "4 مناطق" (zones); "آلاف المقاتلين" (Zenki) is a fighters count with null value;
  "قياديين" is not given a number (dual/plural ambiguous).
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-421-2", "outlet": "الشرق الأوسط", "published": "2017-10-09", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hayat Tahrir al-Sham")
NUSRA = dict(actor="HTS", party="HTS", role="armed_group", canonical="Jabhat al-Nusra")
JOLANI = dict(actor="HTS", party="HTS", role="armed_group", canonical="Abu Mohammad al-Jolani")
IDLIB = dict(canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government",
              place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government",
              place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government",
            place={"geonames_id": 130758, "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IR", "admin1": None})
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
AHRAR = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Ahrar al-Sham")
AFP = dict(actor="AFP", party=None, role="media", canonical="Agence France-Presse")
ABAZAID = dict(canonical="Ahmad Aba Zaid")
LISTER = dict(canonical="Charles Lister")

# headline, caption, dateline
e_hts0 = g.ent("هيئة تحرير الشام", "ORG", 1, **HTS)
e_hts_c = g.ent("هيئة تحرير الشام", "ORG", 2, **HTS)
e_abudali = g.ent("أبو دالي", "GPE", 1, canonical="Abu Dali", place=named("Abu Dali", "SY", "Idlib"))
g.ent("إدلب", "GPE", 1, **IDLIB)
e_reg_c = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
g.ent("لندن", "GPE", 1, canonical="London", place=named("London", "GB"))
g.ent("الشرق الأوسط", "ORG", 1, actor="ASHARQALAWSAT", party=None, role="media", canonical="Asharq Al-Awsat")
# paragraph 1
e_hts3 = g.ent("هيئة تحرير الشام", "ORG", 3, **HTS)
g.ent("جبهة النصرة", "ORG", 1, **NUSRA)
e_analysts = g.ent("محللون", "PER", 1, nominal=True)
e_tr1 = g.ent("تركيا", "GPE", 1, **TURKEY)
e_hts_h1 = g.ent("الهيئة", "ORG", 1, nominal=True, **HTS)
e_idlib2 = g.ent("إدلب", "GPE", 2, **IDLIB)
e_idlibg1 = g.ent("محافظة إدلب", "GPE", 1, **IDLIB)
g.ent("آستانة", "GPE", 1, canonical="Astana", place=named("Astana", "KZ"))
e_ru1 = g.ent("روسيا", "GPE", 1, **RUSSIA)
e_ir1 = g.ent("إيران", "GPE", 1, **IRAN)
g.ent("النظام السوري", "ORG", 1, actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
e_tr2 = g.ent("تركيا", "GPE", 2, **TURKEY)
g.ent("لمعارضة", "ORG", 1, after="وتركيا الداعمة", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition")  # للمعارضة
# paragraph 2
e_isis = g.ent("داعش", "ORG", 1, actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
e_hts4 = g.ent("هيئة تحرير الشام", "ORG", 4, **HTS)
e_nusra2 = g.ent("جبهة النصرة", "ORG", 2, **NUSRA)
e_aq = g.ent("تنظيم القاعدة", "ORG", 1, actor="AQ", party="AQ", role="armed_group", canonical="Al-Qaeda")
g.ent("جبهة فتح الشام", "ORG", 1, **NUSRA)
g.ent("هيئة تحرير الشام", "ORG", 5, **HTS)
e_jfs2 = g.ent("جبهة فتح الشام", "ORG", 2, **NUSRA)
e_hts_h2 = g.ent("الهيئة", "ORG", 2, nominal=True, **HTS)
e_nusra3 = g.ent("جبهة النصرة", "ORG", 3, **NUSRA)
e_idlibg2 = g.ent("محافظة إدلب", "GPE", 2, **IDLIB)
# paragraph 3
g.ent("الهيئة", "ORG", 3, nominal=True, **HTS)
e_nusra4 = g.ent("جبهة النصرة", "ORG", 4, **NUSRA)
e_reg2 = g.ent("قوات النظام", "ORG", 2, **SYRMIL)
e_act = g.ent("ناشط معارض", "PER", 1, nominal=True)
g.ent("إدلب", "GPE", 5, **IDLIB)
e_afp1 = g.ent("وكالة الصحافة الفرنسية", "ORG", 1, **AFP)
g.ent("النصرة", "ORG", 5, **NUSRA)
e_tarmy = g.ent("الجيش التركي", "ORG", 1, actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
e_az1 = g.ent("أحمد أبا زيد", "PER", 1, **ABAZAID)
g.ent("طوران", "ORG", 1, canonical="Turan Center")
g.ent("إسطنبول", "GPE", 1, canonical="Istanbul", place=named("Istanbul", "TR"))
e_tr3 = g.ent("تركيا", "GPE", 3, **TURKEY)
g.ent("هيئة تحرير الشام", "ORG", 6, **HTS)
g.ent("الجولاني", "PER", 1, **JOLANI)
# paragraph 4
e_az2 = g.ent("أبا زيد", "PER", 2, **ABAZAID)
g.ent("هيئة تحرير الشام", "ORG", 7, **HTS)
g.ent("جبهة النصرة", "ORG", 5, **NUSRA)
g.ent("الجولاني", "PER", 2, **JOLANI)
e_hts_h4 = g.ent("الهيئة", "ORG", 4, nominal=True, **HTS)
g.ent("جبهة النصرة", "ORG", 6, **NUSRA)
e_jol3 = g.ent("أبو محمد الجولاني", "PER", 1, **JOLANI)
# paragraph 5
e_mos = g.ent("موسكو", "GPE", 1, canonical="Moscow", actor="RUS.GOV", party="RUS", role="government", place=named("Moscow", "RU"))
e_hts_h5 = g.ent("الهيئة", "ORG", 5, nominal=True, **HTS)
g.ent("الجولاني", "PER", 4, **JOLANI)
e_hts_h6 = g.ent("الهيئة", "ORG", 6, nominal=True, **HTS)
e_hts8 = g.ent("هيئة تحرير الشام", "ORG", 8, **HTS)
e_ahrar1 = g.ent("حركة أحرار الشام", "ORG", 1, **AHRAR)
e_reg3 = g.ent("قوات النظام", "ORG", 3, **SYRMIL)
e_idlibg3 = g.ent("محافظة إدلب", "GPE", 3, **IDLIB)
# paragraphs 6-9
e_ahrar2 = g.ent("أحرار الشام", "ORG", 2, **AHRAR)
e_ghab = g.ent("سهل الغاب", "LOC", 1, canonical="Al-Ghab plain", place=named("Al-Ghab plain", "SY", "Hama"))
g.ent("محافظة حماة", "GPE", 1, canonical="Hama Governorate", place=named("Hama Governorate", "SY", "Hama"))
e_zenki = g.ent("حركة نور الدين الزنكي", "ORG", 1, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Nour al-Din al-Zenki Movement")
e_hts_h7 = g.ent("الهيئة", "ORG", 7, nominal=True, **HTS)
g.ent("أحرار الشام", "ORG", 3, **AHRAR)
g.ent("الهيئة", "ORG", 8, nominal=True, **HTS)
e_muh = g.ent("عبد الله المحيسني", "PER", 1, actor="HTS", party="HTS", role="armed_group", canonical="Abdullah al-Muhaysini")
e_jahrar = g.ent("جيش الأحرار", "ORG", 1, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Jaish al-Ahrar")
g.ent("حركة أحرار الشام", "ORG", 2, **AHRAR)
e_hts_h9 = g.ent("الهيئة", "ORG", 9, nominal=True, **HTS)
g.ent("سنتشوري", "ORG", 1, canonical="The Century Foundation")
e_heller = g.ent("سام هيلر", "PER", 1, canonical="Sam Heller")
e_afp2 = g.ent("وكالة الصحافة الفرنسية", "ORG", 2, **AFP)
g.ent("الهيئة", "ORG", 10, nominal=True, **HTS)
g.ent("جبهة النصرة", "ORG", 7, **NUSRA)
e_idlib7 = g.ent("إدلب", "GPE", 7, **IDLIB)
e_az3 = g.ent("أبا زيد", "PER", 3, **ABAZAID)
# paragraphs 10-12
e_idlib8 = g.ent("إدلب", "GPE", 8, **IDLIB)
g.ent("هيئة تحرير الشام", "ORG", 9, **HTS)
e_tr4 = g.ent("تركيا", "GPE", 4, **TURKEY)
e_ru2 = g.ent("روسيا", "GPE", 2, **RUSSIA)
e_ir2 = g.ent("إيران", "GPE", 2, **IRAN)
e_idlib9 = g.ent("إدلب", "GPE", 9, **IDLIB)
e_nusra9 = g.ent("النصرة", "ORG", 9, **NUSRA)
e_oppf = g.ent("الفصائل المعارضة", "ORG", 1, nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition factions")
g.ent("هيئة تحرير الشام", "ORG", 10, **HTS)
g.ent("معهد الشرق الأوسط", "ORG", 1, canonical="Middle East Institute")
e_lister = g.ent("تشارلز ليستر", "PER", 1, **LISTER)
e_afp3 = g.ent("لوكالة", "ORG", 1, after="تشارلز ليستر", nominal=True, **AFP)  # للوكالة
g.ent("هيئة تحرير الشام", "ORG", 11, **HTS)
e_lister2 = g.ent("ليستر", "PER", 2, **LISTER)
e_hts_h11 = g.ent("الهيئة", "ORG", 11, nominal=True, **HTS)
e_hts12 = g.ent("هيئة تحرير الشام", "ORG", 12, **HTS)
e_az4 = g.ent("أبا زيد", "PER", 4, **ABAZAID)
e_jol5 = g.ent("الجولاني", "PER", 5, **JOLANI)
g.ent("تركيا", "GPE", 5, **TURKEY)
e_qaeda = g.ent("التيار القاعدي", "ORG", 1, nominal=True, actor="HTS", party="HTS", role="armed_group", canonical="Al-Qaeda current within HTS")
g.ent("الهيئة", "ORG", 12, nominal=True, **HTS)
e_tr6 = g.ent("تركيا", "GPE", 6, **TURKEY)

# times
g.time("الاثنين - 19 محرم 1439 ه - - 09 أكتوبر 2017 م", "2017-10-09", "day", "at")
t_yday = g.time("أمس", "2017-10-08", "day", "at", 1)
t_recent = g.time("مؤخرا", None, "vague", "before")
t_may = g.time("في مايو ( أيار ) الماضي", "2017-05", "month", "at")
t_s2015a = g.time("في صيف عام 2015", "2015-06/2015-08", "month", "at")
t_early = g.time("مطلع العام الحالي", "2017-01", "month", "at")
t_years = g.time("خلال السنوات الماضية", None, "vague", "before")
g.time("في فترات سابقة", None, "vague", "before")
g.time("اليوم", "2017-10-09", "day", "at", 1, after="باتوا")
g.time("منذ زمن", None, "vague", "since")
g.time("في الآونة الأخيرة", None, "vague", "before")
t_month = g.time("مطلع الشهر الحالي", "2017-10", "month", "at")
t_thu = g.time("الخميس", "2017-10-05", "day", "at", 1)
t_july = g.time("في منتصف يوليو ( تموز ) الماضي", "2017-07", "month", "at")
g.time("آنذاك", "2017-07", "month", "at")
t_s2015b = g.time("صيف عام 2015", "2015-06/2015-08", "month", "at", 2)
t_sept = g.time("في نهاية سبتمبر ( أيلول ) الماضي", "2017-09", "month", "at")
g.time("في المرحلة المقبلة", None, "vague", "after", 1)
g.time("في المرحلة المقبلة", None, "vague", "after", 2)

q_zenki = g.qty("آلاف المقاتلين", None, "fighters")

# statements
s_analysts = g.stmt(("محللون", 1, None, e_analysts), ("أدرجها", 1), "assert",
                    ("في سياق مساع قادتها تركيا خصوصا لعزل هذه المجموعة قبل أن تعلن دعمها هجوما لطرد \" الهيئة \" من معقلها في إدلب السورية", 1))
s_nusra = g.stmt(("جبهة النصرة", 2, None, e_nusra2), ("إعلانها", 1), "assert",
                 ("فك ارتباطها بتنظيم القاعدة وتبديل اسمها إلى \" جبهة فتح الشام", 1))
s_act = g.stmt(("ناشط معارض في إدلب", 1, None, e_act), ("يقول", 1), "assert",
               ("بعدما كان الناس يعشقون ( النصرة ) في فترات سابقة , باتوا اليوم يتمنون دخول الجيش التركي للتخلص منها", 1),
               via=[("وكالة الصحافة الفرنسية", 1, None, e_afp1)], medium=("الإنترنت", 1), direct=True)
s_az1 = g.stmt(("الباحث السوري أحمد أبا زيد", 1, None, e_az1), ("يقول", 2), "assert",
               ("قرار تدخل تركيا مطروح منذ زمن \" , وهي عملت في الآونة الأخيرة \" على فصل مزيد من مكونات ( هيئة تحرير الشام ) تمهيدا لعزل المجموعة المرتبطة بالجولاني", 1),
               direct=True)
s_az2 = g.stmt(("أبا زيد", 2, None, e_az2), ("بحسب", 1, "وبحسب أبا زيد"), "assert",
               ("اندماج الفصائل تحت اسم ( هيئة تحرير الشام ) , أساسا كان صوريا ; إذ بقي القرار والقيادة بيد مجموعة ( جبهة النصرة ) بقيادة الجولاني", 1),
               direct=True)
MOSC = ("ضرباتها الجوية تسببت بمقتل قياديين بارزين في \" الهيئة \" وإصابة الجولاني ب - \" جروح خطيرة", 1)
s_mos = g.stmt(("موسكو", 1, None, e_mos), ("أعلنت", 1, "وأعلنت موسكو"), "assert", MOSC)
s_htsden = g.stmt(("الهيئة", 6, None, e_hts_h6), ("نفت", 1), "deny", MOSC, medium=("بيان مقتضب", 1))
s_jahrar = g.stmt(("جيش الأحرار", 1, None, e_jahrar), ("أعلن", 1, "الماضي"), "assert", ("انفصاله عن \" الهيئة", 1))
s_jahrar2 = g.stmt(("جيش الأحرار", 1, None, e_jahrar), ("برر", 1), "assert",
                   ("تكرر أحداث مؤلمة على الساحة الداخلية", 1), direct=True)
s_heller1 = g.stmt(("المحلل المتخصص في الشأن السوري في مؤسسة \" سنتشوري \" للأبحاث سام هيلر", 1, None, e_heller), ("يوضح", 1), "assert",
                   ("مع الانشقاقات الأخيرة , \" تكون ( الهيئة ) قد تقل صت واقتصرت تقريبا على لب ها الأساسي , أي ( جبهة النصرة )", 1),
                   via=[("وكالة الصحافة الفرنسية", 2, None, e_afp2)])
s_heller2 = g.stmt(("سام هيلر", 1, None, e_heller), ("لا يستبعد", 1), "estimate",
                   ("يكون انشقاق الفصائل مرتبطا أيضا بنوع \" من الانتهازية ترقبا للتدخل التركي في إدلب", 1),
                   via=[("وكالة الصحافة الفرنسية", 2, None, e_afp2)])
s_az3 = g.stmt(("أبا زيد", 3, None, e_az3), ("يربط", 1), "assert",
               ("بين الانشقاقات ورغبة هذه الفصائل في أن \" تكون شريكة في المرحلة المقبلة", 1))
s_lister1 = g.stmt(("الخبير في شؤون الفصائل السورية المقاتلة في \" معهد الشرق الأوسط \" , تشارلز ليستر", 1, None, e_lister), ("يوضح", 2), "assert",
                   ("الارتباط بأي شكل مع ( هيئة تحرير الشام ) بات خيارا تترتب عليه خطورة متزايدة \" بعد دخول النزاع السوري \" مرحلة جديدة", 1),
                   via=[("لوكالة", 1, "تشارلز ليستر", e_afp3)])
s_lister2 = g.stmt(("ليستر", 2, None, e_lister2), ("يتوقع", 1), "estimate",
                   ("تكون المواجهة في المرحلة المقبلة شرسة للغاية , خصوصا بعد إعلان \" الهيئة \" وقياديين فيها بوضوح أنهم \" سيقاتلون حتى الموت ضد أي تدخل خارجي", 1))
s_htsfight = g.stmt(("الهيئة", 11, None, e_hts_h11), ("إعلان", 1, "خصوصا بعد"), "promise",
                    ("سيقاتلون حتى الموت ضد أي تدخل خارجي", 1), direct=True, embedded_in=s_lister2)
s_az4 = g.stmt(("أبا زيد", 4, None, e_az4), ("يشير", 1), "assert",
               ("الجولاني يواجه انقسامات داخلية ; بين طرف يرى من الواجب التحاور مع تركيا ودول أخرى لرفع التصنيف ( عن قوائم الإرهاب ) واكتساب شرعية وتجنب القتال . . . وطرف ثان يجسده ( التيار القاعدي ) \" داخل \" الهيئة", 1),
               direct=True)
s_az5 = g.stmt(("أبا زيد", 4, None, e_az4), ("يقول", 3), "assert",
               ("الأخير يريد \" مواجهة تركيا والقضاء على ما تبقى من الفصائل . . . باعتبار أن خطاب الاعتدال لم يؤد إلى أي نتائج", 1))

# propositions and claims
p_off = g.prop("attack", [("target", e_hts0, "HTS")], ("هجوم", 1), place=e_idlib2)
g.claim(p_off, "author", "affirm", "planned")
g.claim(p_off, s_analysts, "affirm", "planned")
p_abudali = g.prop("capture", [("agent", e_hts_c, "HTS"), ("target", e_reg_c, "SYR")], ("استولوا", 1), place=e_abudali, time=t_yday)
g.claim(p_abudali, "author")
p_defect = g.prop("other", [("target", e_hts3, "HTS")], ("انشقاق", 1), time=t_recent)
g.claim(p_defect, "author")
p_isolate = g.prop("other", [("agent", e_tr1, "TUR"), ("target", e_hts3, "HTS")], ("لعزل", 1))
g.claim(p_isolate, s_analysts)
g.claim(p_isolate, s_az1)
p_turkint = g.prop("deployment", [("agent", e_tr3, "TUR")], ("تدخل", 1, "قرار"), place=e_idlib7)
g.claim(p_turkint, s_az1, "affirm", "possible")
g.claim(p_turkint, s_heller2, "affirm", "possible")
p_deesc = g.prop("agreement", [("partner", e_ru1, "RUS"), ("partner", e_ir1, "IRN"), ("partner", e_tr2, "TUR")], ("اتفاق", 1),
                 place=e_idlibg1, time=t_may)
g.claim(p_deesc, "author")
p_rebrand = g.prop("other", [("agent", e_nusra2, "HTS"), ("target", e_aq, "AQ")], ("فك ارتباطها", 1), time=t_s2015a)
g.claim(p_rebrand, s_nusra)
p_merge = g.prop("other", [("agent", e_jfs2, "HTS")], ("اندماج", 1), time=t_early)
g.claim(p_merge, "author")
p_infight = g.prop("clash", [("agent", e_hts_h2, "HTS")], ("مواجهات مسلحة", 1))
g.claim(p_infight, "author")
p_nusractl = g.prop("control", [("agent", e_nusra3, "HTS")], ("بالسيطرة", 1), place=e_idlibg2)
g.claim(p_nusractl, "author")
p_nusrareg = g.prop("clash", [("agent", e_nusra4, "HTS"), ("target", e_reg2, "SYR")], ("لقتالها", 1), time=t_years)
g.claim(p_nusrareg, "author")
p_jolani = g.prop("other", [("agent", e_hts_h4, "HTS"), ("partner", e_jol3, "HTS")], ("كلفت", 1), time=t_month)
g.claim(p_jolani, "author")
p_ruair = g.prop("airstrike", [("agent", e_mos, "RUS"), ("target", e_hts_h5, "HTS")], ("ضرباتها الجوية", 1), time=t_thu)
g.claim(p_ruair, s_mos)
p_cas = g.prop("casualties", [("agent", e_mos, "RUS"), ("target", e_hts_h5, "HTS")], ("بمقتل", 1), time=t_thu)
c_mos = g.claim(p_cas, s_mos)
c_hts = g.claim(p_cas, s_htsden, "deny")
p_ahrarclash = g.prop("clash", [("agent", e_hts8, "HTS"), ("agent", e_ahrar1, "SYR.OPP")], ("مواجهات عنيفة", 1), time=t_july)
g.claim(p_ahrarclash, "author")
p_2015 = g.prop("capture", [("agent", e_hts8, "HTS"), ("agent", e_ahrar1, "SYR.OPP"), ("target", e_reg3, "SYR")], ("طرد", 1, "صيف عام 2015 من"),
                place=e_idlibg3, time=t_s2015b)
g.claim(p_2015, "author")
p_ahrarout = g.prop("withdrawal", [("agent", e_ahrar2, "SYR.OPP")], ("انسحب", 1), place=e_ghab, time=t_july)
g.claim(p_ahrarout, "author")
p_zenki = g.prop("other", [("agent", e_zenki, "SYR.OPP"), ("agent", e_muh, "HTS"), ("target", e_hts_h7, "HTS")], ("انفصلت", 1), quantities=[q_zenki])
g.claim(p_zenki, "author")
p_jahrar = g.prop("other", [("agent", e_jahrar, "SYR.OPP"), ("target", e_hts_h9, "HTS")], ("انفصاله", 1), time=t_sept)
g.claim(p_jahrar, s_jahrar)
p_monitors = g.prop("deployment", [("agent", e_tr4, "TUR"), ("agent", e_ru2, "RUS"), ("agent", e_ir2, "IRN")], ("نشر", 1), place=e_idlib8)
g.claim(p_monitors, "author", "affirm", "planned")
p_rustrikes = g.prop("airstrike", [("agent", None, "RUS"), ("target", e_nusra9, "HTS"), ("target", e_oppf, "SYR.OPP")], ("الغارات الروسية", 1), place=e_idlib9)
g.claim(p_rustrikes, "author")
p_htsfight = g.prop("clash", [("agent", e_hts_h11, "HTS")], ("سيقاتلون", 1))
g.claim(p_htsfight, s_htsfight, "affirm", "intended")
g.claim(p_htsfight, s_lister2, "affirm", "possible")
p_confront = g.prop("attack", [("agent", e_qaeda, "HTS"), ("target", e_tr6, "TUR")], ("مواجهة", 1, "الأخير يريد"))
g.claim(p_confront, s_az5, "affirm", "intended")

g.contra(c_mos, c_hts, "inter_party", None, "negation",
         "Moscow says its airstrikes killed senior HTS leaders and badly wounded al-Jolani; HTS denies it in a brief statement.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
