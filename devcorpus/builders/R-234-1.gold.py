"""Gold analysis of unifiedfc R-234 article 1 (Asharq Al-Awsat, Friday 2017-11-24): WFP report on hunger in
besieged Eastern Ghouta; poisoning deaths (SOHR); an MoU of the opposition Daraa council.

Judgement calls:
- Body starts after the triplicated headline, the date/issue line, the photo caption and the
  "بيروت : الشرق الأوسط" dateline; "أمس" = 2017-11-23.
- The WFP report is a source throughout (برنامج الأغذية / التقرير); the mother quoted by the report is
  a statement with the report as via. "وردت تقارير" inside the report's quote is embedded.
- Hunger itself is an "other" proposition (WFP), hunger deaths a casualties proposition (4+), the
  regime's siege of Eastern Ghouta a siege (author, and implied by the WFP's "المحاصرة"), opposition
  control of Ghouta "since 2012" a control (the "منذ 2012" is read with the control clause), the lack of
  food convoys since August a support denied (author).
- Poisonings in Zamalka: "other" with 2 killed and about 25 poisoned (recorded as wounded), claimed by
  the author (lede), SOHR and the medical sources it quotes.
- The Daraa council's MoU with the British-funded programme is an agreement (author; al-Batin's
  "اتفقا" agrees).
- "أمس / اليوم" in the WFP's quotation about rotating meals is habitual, not a date: not annotated.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, a1):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": a1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY", None))
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place=gn(2017370, "Russia", 60.0, 100.0, "RU", None))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ", None))
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place=gn(298795, "Turkey", 39.0, 35.0, "TR", None))
USA_ = dict(canonical="United States", actor="USA", party="USA", role="government", place=gn(6252001, "United States", 39.76, -98.5, "US", None))
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place=gn(130758, "Iran", 32.0, 53.0, "IR", None))
MOSCOW = dict(canonical="Moscow", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))
SOCHI = dict(canonical="Sochi", place=gn(491422, "Sochi", 43.59699, 39.72477, "RU", "Krasnodar Krai"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
ABU = dict(canonical="Abu Kamal", place=gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
KREMLIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-234-1", "outlet": "الشرق الأوسط", "published": "2017-11-24", "url": None, "title": None})
WFP = dict(actor="WFP", party=None, role="other", canonical="World Food Programme")
GHOUTA = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
DOUMA = dict(canonical="Douma", place=gn(170592, "Dūmā", 33.57175, 36.4027, "SY", "Rif Dimashq"))
DARAA_C = dict(actor="SYR.OPP", party="SYR.OPP", role="government", canonical="Free Daraa provincial council")
BATIN = dict(actor="SYR.OPP", party="SYR.OPP", role="government", canonical="Imad al-Batin")
SOHR = dict(actor="SOHR", party=None, role="media", canonical="Syrian Observatory for Human Rights")
RIF = dict(canonical="Rif Dimashq", place=named("Rif Dimashq Governorate", "SY", "Rif Dimashq"))
DARAA = dict(canonical="Daraa", place=gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"))

e_wfp1 = g.ent("برنامج الأغذية العالمي", "ORG", 1, **WFP)
e_gh1 = g.ent("الغوطة الشرقية", "LOC", 1, **GHOUTA)
e_zam = g.ent("مدينة زملكا", "GPE", canonical="Zamalka", place=named("Zamalka", "SY", "Rif Dimashq"))
e_wfp2 = g.ent("برنامج الأغذية", "ORG", 2, **WFP)
g.ent("لأمم المتحدة", "ORG", 1, canonical="United Nations", actor="UN", party=None, role="other")  # للأمم
e_gh2 = g.ent("الغوطة الشرقية", "LOC", 2, **GHOUTA)
e_rep1 = g.ent("التقرير", "ORG", 1, nominal=True, **WFP)
e_douma1 = g.ent("بلدة دوما", "GPE", **DOUMA)
e_rep2 = g.ent("التقرير", "ORG", 2, nominal=True, **WFP)
e_douma2 = g.ent("دوما", "GPE", 2, **DOUMA)
g.ent("التقرير", "ORG", 3, nominal=True, **WFP)
e_regf = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
e_gh3 = g.ent("الغوطة الشرقية", "LOC", 3, **GHOUTA)
e_opp = g.ent("المعارضة", "ORG", 1, nominal=True, **OPP)
e_douma3 = g.ent("دوما", "GPE", 3, **DOUMA)
e_rep4 = g.ent("التقرير", "ORG", 4, nominal=True, **WFP)
e_gh4 = g.ent("الغوطة الشرقية", "LOC", 4, **GHOUTA)
g.ent("دمشق", "GPE", 1, **DAMASCUS)
g.ent("الغوطة الشرقية", "LOC", 5, **GHOUTA)
e_rep5 = g.ent("التقرير", "ORG", 5, nominal=True, **WFP)
g.ent("النظام", "ORG", 1, after="القيود التي يفرضها", nominal=True, **SYRGOV)
g.ent("برنامج الأغذية العالمي", "ORG", 2, **WFP)
e_rep6 = g.ent("التقرير", "ORG", 6, nominal=True, **WFP)
e_rep7 = g.ent("التقرير", "ORG", 7, nominal=True, **WFP)
e_mother = g.ent("إحدى الأمهات في دوما", "PER", nominal=True, canonical="A mother in Douma")
e_woman = g.ent("المرأة", "PER", 1, after="وتقول", nominal=True, canonical="A mother in Douma")
e_sohr1 = g.ent("المرصد السوري لحقوق الإنسان", "ORG", **SOHR)
e_sohr2 = g.ent("المرصد", "ORG", 2, **SOHR)
e_med = g.ent("مصادر طبية", "PER", nominal=True, canonical="Medical sources")
g.ent("أهالي", "PER", 1, after="مصادر طبية و", nominal=True, canonical="Residents")
g.ent("غوطة دمشق الشرقية", "LOC", **GHOUTA)
e_gh6 = g.ent("الغوطة الشرقية", "LOC", 6, **GHOUTA)
g.ent("ريف دمشق", "GPE", 1, **RIF)
g.ent("درعا", "GPE", 1, **DARAA)
e_dc = g.ent("مجلس محافظة \" درعا الحرة \"", "ORG", 1, **DARAA_C)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_tat = g.ent("برنامج تطوير", "ORG", 1, canonical="Tatweer programme")
g.ent("مكتب \" التمنية الدولية \" البريطاني", "ORG", actor="GBR.GOV", party="GBR", role="government", canonical="UK Department for International Development")
e_bat1 = g.ent("عماد البطين", "PER", **BATIN)
e_smart = g.ent("موقع \" سمارت \" المعارض", "ORG", actor="SMART", party="SYR.OPP", role="media", canonical="SMART News Agency")
e_bat2 = g.ent("البطين", "PER", 2, **BATIN)
g.ent("مجلس المحافظة", "ORG", 1, nominal=True, **DARAA_C)
g.ent("برنامج تطوير", "ORG", 2, canonical="Tatweer programme")
g.ent("طفس", "GPE", canonical="Tafas", place=named("Tafas", "SY", "Daraa"))
g.ent("جاسم", "GPE", canonical="Jasim", place=named("Jasim", "SY", "Daraa"))
g.ent("نوى", "GPE", canonical="Nawa", place=named("Nawa", "SY", "Daraa"))
g.ent("محافظة درعا", "GPE", canonical="Daraa Governorate", place=named("Daraa Governorate", "SY", "Daraa"))
g.ent("القنيطرة", "GPE", canonical="Quneitra Governorate", place=named("Quneitra Governorate", "SY", "Quneitra"))
g.ent("ريف دمشق", "GPE", 2, **RIF)
e_bat3 = g.ent("البطين", "PER", 3, **BATIN)
e_dc2 = g.ent("مجلس محافظة \" درعا الحرة \"", "ORG", 2, **DARAA_C)

t_y = g.time("أمس", "2017-11-23", "day", "at", 1)
g.time("منذ سبتمبر ( أيلول ) الماضي", "2017-09", "month", "since")
t_2012 = g.time("منذ 2012", "2012", "year", "since")
t_aug = g.time("في أغسطس ( آب ) الماضي", "2017-08", "month", "since")
t_lw = g.time("الأسبوع الماضي", "2017-11-13/2017-11-19", "week", "at")
g.time("في الآونة الأخيرة", None, "vague", "before")
g.time("في الأسابيع المقبلة", None, "vague", "after")
t_y2 = g.time("أمس", "2017-11-23", "day", "at", 3)
t_apr = g.time("في منتصف أبريل ( نيسان ) الماضي", "2017-04", "month", "at")
t_nov = g.time("خلال نوفمبر ( تشرين الثاني ) الحالي", "2017-11", "month", "at")

g.qty("نحو 174500 شخص", 174500, "people", None)
q4 = g.qty("4 أشخاص على الأقل", 4, "people", "killed")
g.qty("15 كيلومترا", 15, "km")
q2 = g.qty("طفلتين", 2, "people", "killed")
q25 = g.qty("نحو 25 آخرين", 25, "people", "wounded")

s1 = g.stmt(("برنامج الأغذية العالمي", 1, None, e_wfp1), ("أعلن", 1), "assert",
            ("الوضع المأساوي الذي يعاني منه أهالي الغوطة الشرقية المحاصرة دفعهم إلى إطعام أطفالهم من القمامة", 1))
s2 = g.stmt(("برنامج الأغذية", 2, None, e_wfp2), ("قال", 1, "وقال \""), "assert",
            ("السوريين في منطقة الغوطة الشرقية المحاصرة يعانون من نقص شديد في الغذاء لدرجة أنهم يأكلون القمامة ويجبرون أطفالهم على التناوب على تناول الطعام", 1),
            medium=("تقرير له", 1))
s3 = g.stmt(("التقرير", 1, None, e_rep1), ("جاء في", 1), "assert",
            ("منذ سبتمبر ( أيلول ) الماضي اضطر نحو 174500 شخص في بلدة دوما بالمنطقة المحاصرة إلى اتباع \" استراتيجيات تكيف \" على الوضع الطارئ", 1))
s4 = g.stmt(("التقرير", 1, None, e_rep1), ("موضحا", 1), "assert",
            ("يشمل ذلك تناول الطعام الذي انتهت صلاحيته وعلف الحيوانات والنفايات , والبقاء لأيام دون طعام , والتسول , والقيام بأنشطة شديدة الخطورة للحصول على طعام .\nوإلى جانب ذلك وردت تقارير عن وقوع كثير من حالات الإغماء بسبب الجوع بين أطفال المدارس والمدرسين", 1),
            direct=True)
s4a = g.stmt(("تقارير", 1, "وردت"), ("وردت", 1), "assert",
             ("وقوع كثير من حالات الإغماء بسبب الجوع بين أطفال المدارس والمدرسين", 1), embedded_in=s4)
s5 = g.stmt(("التقرير", 2, None, e_rep2), ("ذكر", 1, "وذكر التقرير"), "assert",
            ("4 أشخاص على الأقل لقوا حتفهم من الجوع ; بمن في ذلك طفل في دوما انتحر بسبب الجوع", 1))
s6 = g.stmt(("التقرير", 4, None, e_rep4), ("يقول", 1, "ويقول التقرير"), "assert",
            ("رغم أن المنطقة زراعية , فإن الأراضي التي تصلح للزراعة على مشارف الغوطة الشرقية إما على خطوط القتال أو يستهدفها قناصة", 1))
s7 = g.stmt(("التقرير", 4, None, e_rep4), ("لافتا إلى", 1), "assert",
            ("معارك وقعت الأسبوع الماضي دمرت حصصا تم توزيعها في الآونة الأخيرة في أحد المخازن ; الأمر الذي أدى لتفاقم أزمة نقص الغذاء", 1))
s8 = g.stmt(("التقرير", 5, None, e_rep5), ("حذ ر", 1, "وحذ ر التقرير"), "assert", ("تفاقم الوضع أكثر في الأسابيع المقبلة", 1))
s9 = g.stmt(("التقرير", 5, None, e_rep5), ("متوقعا", 1), "estimate",
            ("ينفد مخزون الغذاء تماما وتتقلص استراتيجيات التكيف في المنازل بشدة نتيجة لذلك", 1), direct=True)
s10 = g.stmt(("التقرير", 6, None, e_rep6), ("قال", 1, "وقال التقرير"), "assert",
             ("سلال الغذاء الأسرية تقسم على 6 أسر وإنها تشك ل المصدر الوحيد للطعام في منازل ربات البيوت المحتاجة", 1))
s11 = g.stmt(("التقرير", 6, None, e_rep6), ("أضاف", 1, "ربات البيوت المحتاجة"), "assert",
             ("بعض المنازل تلجأ إلى سياسة التناوب ; حيث لا يتناول الأطفال الذين أكلوا الطعام أمس طعام اليوم , والعكس صحيح", 1), direct=True)
s12 = g.stmt(("إحدى الأمهات في دوما", 1, None, e_mother), ("القول", 1), "assert",
             ("اضطرت إلى توزيع حصص الغذاء بالتناوب بين ابنتها البالغة من العمر 13 عاما وحفيديها اليتيمين اللذين يبلغان من العمر عامين وثلاثة أعوام", 1),
             via=[("التقرير", 7, None, e_rep7)])
s13 = g.stmt(("المرأة", 1, "وتقول", e_woman), ("تقول", 1, "وتقول المرأة"), "assert",
             ("ابنتي تبكي كل مرة أغلق عليها بابها لأنها تعلم أن اليوم ليس دورها وستنام على معدة خاوية", 1),
             via=[("التقرير", 7, None, e_rep7)], direct=True)
s14 = g.stmt(("المرصد السوري لحقوق الإنسان", 1, None, e_sohr1), ("وث ق", 1), "assert",
             ("وفاة طفلتين من عائلة واحدة , وإصابة نحو 25 آخرين بحالات تسمم متفاوتة الخطورة", 1))
s15 = g.stmt(("مصادر طبية وأهالي", 1, None, e_med), ("قولهم", 1), "assert",
             ("التسمم حدث \" نتيجة تناول مادة شبيهة بملح الطعام , كانت تباع في أسواق غوطة دمشق الشرقية على أنها ملح طعام , بينما لا تزال عمليات إسعاف بقية المصابين مستمرة من قبل الفرق الطبية في النقاط التي جرى نقل المصابين إليها", 1),
             via=[("المرصد", 2, None, e_sohr2)])
s16 = g.stmt(("عماد البطين", 1, None, e_bat1), ("قال", 1, "وقال نائب"), "assert",
             ("الهدف من المذكرة هو ضبط العمل والتعاون بين الطرفين , خصوصا الشق المالي , حيث اتفقا على تمويل المشروعات من خلال المكتب المالي للمحافظة", 1),
             via=[("موقع \" سمارت \" المعارض", 1, None, e_smart)])
s17 = g.stmt(("البطين", 2, None, e_bat2), ("أضاف", 1, "وأضاف البطين"), "assert",
             ("مجلس المحافظة يشرف على تنفيذ جميع المشروعات التي ينفذها البرنامج بما في ذلك المشروعات التي يتم تنفيذها عبر المجالس المحلية للمدن والبلدات", 1))
s18 = g.stmt(("البطين", 2, None, e_bat2), ("أشار إلى", 1, "للمدن والبلدات"), "assert",
             ("المشروعات المحلية التي سينفذها البرنامج تأتي تلبية لمقترحات السكان من خلال عقد مؤتمرات أو لقاءات شعبية لتحديد احتياجاتهم , إضافة للمشروعات المركزية التي يقترحها مجلس المحافظة", 1))
s19 = g.stmt(("البطين", 3, None, e_bat3), ("بحسب", 1, "وريف دمشق ,"), "assert",
             ("ينشط \" برنامج تطوير \" في مدن وبلدات طفس وجاسم ونوى في محافظة درعا , إضافة لنشاطه في مدن وبلدات بالقنيطرة وريف دمشق", 1))

p_hunger = g.prop("other", [], ("نقص شديد في الغذاء", 1), place=e_gh2)
for s in (s1, s2, s3, s4, s8):
    g.claim(p_hunger, s)
p_dead = g.prop("casualties", [], ("لقوا حتفهم", 1), place=e_douma2, quantities=[q4])
g.claim(p_dead, s5)
p_siege = g.prop("siege", [("agent", e_regf, "SYR")], ("تحاصر", 1), place=e_gh3)
for s in ("author", s1, s2):
    g.claim(p_siege, s)
p_ctrl = g.prop("control", [("agent", e_opp, "SYR.OPP")], ("تسيطر", 1), place=e_gh3, time=t_2012)
g.claim(p_ctrl, "author")
p_aid = g.prop("support", [], ("قافلة إغاثة", 1), place=e_douma3, time=t_aug)
g.claim(p_aid, "author", "deny")
p_snip = g.prop("attack", [], ("قناصة", 1), place=e_gh4)
g.claim(p_snip, s6)
p_bat = g.prop("clash", [], ("معارك", 1), place=e_gh4, time=t_lw)
g.claim(p_bat, s7)
p_pois = g.prop("other", [], ("حالات تسمم", 1), place=e_zam, time=t_y2, quantities=[q2, q25])
for s in ("author", s14, s15):
    g.claim(p_pois, s)
p_pois_apr = g.prop("other", [], ("حادثة تسمم", 1), place=e_gh6, time=t_apr)
g.claim(p_pois_apr, "author")
p_mou = g.prop("agreement", [("agent", e_dc, "SYR.OPP"), ("partner", e_tat, None)], ("مذكرة تفاهم", 1))
g.claim(p_mou, "author")
g.claim(p_mou, s16)
p_office = g.prop("other", [("agent", e_dc2, "SYR.OPP")], ("أنشأ", 1), time=t_nov)
g.claim(p_office, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
