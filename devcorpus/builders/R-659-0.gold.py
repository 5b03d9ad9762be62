"""Gold analysis of R-659 article 0 (Masr Al Arabia, about 2017-11-26, estimated): the Daily Mail's report on
the al-Rawda mosque massacre in North Sinai (imam and witnesses quoted; ISIS hallmarks; Sisi's vow).

Judgement calls:
- Conflict news (an ISIS-style attack), though in Egypt not Syria: annotated, not skipped.
- published: the page header shows the crawl date (21 Jan 2018); the attack was Friday 2017-11-24 ("الجمعة
  الماضي") and the 305 toll dates from the 25th, so about 2017-11-26, estimated.
- Body from the last of the three headline copies to the end of Sisi's quote (photo links left out).
- Paragraph 1 "نقلت عن الشيخ ..." has no named transmitter (the Daily Mail is implied): via left empty.
- The headline «إمام مسجد الروضة لديلي ميل : ...» is a statement by the imam via the Daily Mail, cue ":".
- "وعلاوة على ذلك , أحرق منفذو الهجوم 7 سيارات" has no cue: author voice (it may continue the
  prosecutor's statement).
- ISIS responsibility ("يحمل بصمات داعش") is a separate attack proposition with agent ISIS, modality
  possible; "لم تتبن أي جماعة مسؤوليتها" is an 'other' proposition (claim of responsibility) denied.
- "قبل أن تتمكن الطائرات المصرية من استهدافهم": an Egyptian airstrike on the attackers, modality failed.
- Range "بين 25 إلى 30 إرهابيا" given the lower bound 25.
- Many witness quotes describe the one attack; each is a claim on it. No contradictions (one toll only).
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY"))
IRAN = dict(canonical="Iran", place=gn(130758, "Iran", 32.0, 53.0, "IR"))
ISRAEL = dict(canonical="Israel", place=gn(294640, "Israel", 31.5, 34.75, "IL"))
RUSSIA = dict(canonical="Russia", place=gn(2017370, "Russia", 60.0, 100.0, "RU"))
USA_P = dict(canonical="United States", place=gn(6252001, "United States", 39.76, -98.5, "US"))
TURKEY = dict(canonical="Turkey", place=gn(298795, "Turkey", 39.0, 35.0, "TR"))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ"))
LEBANON = dict(canonical="Lebanon", place=gn(272103, "Lebanon", 33.83, 35.83, "LB"))
JORDAN = dict(canonical="Jordan", place=gn(248816, "Jordan", 31.0, 36.0, "JO"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
HOMS = dict(canonical="Homs", place=gn(169577, "Homs", 34.72405, 36.72559, "SY", "Homs"))
HAMA = dict(canonical="Hama", place=gn(170017, "Ḩamāh", 35.13179, 36.75783, "SY", "Hama"))
DARAA = dict(canonical="Daraa", place=gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"))
def gov(name, adm):
    return dict(canonical=name, place=named(name, "SY", adm))
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
RUSGOV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Russian government")
IRGC = dict(actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
IRNGOV = dict(actor="IRN.GOV", party="IRN", role="government", canonical="Iranian government")
USGOV = dict(actor="USA.GOV", party="USA", role="government", canonical="United States government")
USMIL = dict(actor="USA.MIL", party="USA", role="military", canonical="United States Armed Forces")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
ISRGOV = dict(actor="ISR.GOV", party="ISR", role="government", canonical="Israeli government")
ISRMIL = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israel Defense Forces")
TURGOV = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Turkish government")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
def media(aid, canon, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canon)
def country(c, party, role="government"):
    return dict(c, actor=party, party=party, role=role)
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-659-0", "outlet": "مصر العربية", "published": "2017-11-26", "url": None, "title": None})
DM = media("DAILYMAIL", "Daily Mail")
IMAM = dict(canonical="Mohamed Abdel Fattah (imam of al-Rawda mosque)")
MANS = dict(canonical="Salim Mansour")
BIR = dict(canonical="Bir al-Abd", place=named("Bir al-Abd", "EG", "North Sinai"))
NSINAI = dict(canonical="North Sinai Governorate", place=named("North Sinai Governorate", "EG", "North Sinai"))
SINAI = dict(canonical="Sinai Peninsula", place=named("Sinai Peninsula", "EG"))
SISI = dict(actor="EGY.GOV", party="EGY", role="government", canonical="Abdel Fattah el-Sisi")
e_mosque = g.ent("مسجد الروضة", "FAC", canonical="al-Rawda mosque", place=named("al-Rawda mosque", "EG", "North Sinai"))
e_dm1 = g.ent("ديلي ميل", "ORG", 1, **DM)
e_imam1 = g.ent("الشيخ محمد عبد الفتاح", "PER", **IMAM)
e_wit = g.ent("شهود عيان", "PER", nominal=True)
e_isis1 = g.ent("داعش", "ORG", 1, **ISIS)
g.ent("محمد عبد الفتاح", "PER", 2, **IMAM)
e_bir1 = g.ent("بئر العبد", "GPE", 1, **BIR)
g.ent("شمال سيناء", "GPE", 1, **NSINAI)
e_dm2 = g.ent("الديلي ميل", "ORG", 1, **DM)
e_isis2 = g.ent("داعش", "ORG", 2, **ISIS)
e_paper1 = g.ent("الصحيفة البريطانية", "ORG", nominal=True, **DM)
g.ent("بئر العبد", "GPE", 2, **BIR)
g.ent("الشرقية", "GPE", 1, after="مستشفى في", canonical="Sharqia Governorate", place=named("Sharqia Governorate", "EG", "Sharqia"))
e_imam8 = g.ent("عبد الفتاح", "PER", 3, **IMAM)
e_paper2 = g.ent("الصحيفة", "ORG", 2, nominal=True, **DM)
e_rep = g.ent("تقارير", "PER", 1, nominal=True)
e_ag = g.ent("مكتب النائب العام", "ORG", actor="EGY.GOV", party="EGY", role="government", canonical="Egyptian Public Prosecution")
g.ent("نبيل صادق", "PER", actor="EGY.GOV", party="EGY", role="government", canonical="Nabil Sadek")
e_dm3 = g.ent("الديلي ميل", "ORG", 2, **DM)
e_mans1 = g.ent("سليم منصور", "PER", **MANS)
e_paper3 = g.ent("الصحيفة", "ORG", 3, nominal=True, **DM)
e_mans2 = g.ent("منصور", "PER", 2, **MANS)
g.ent("بئر العبد", "GPE", 3, **BIR)
g.ent("شمال سيناء", "GPE", 2, **NSINAI)
g.ent("منصور", "PER", 3, **MANS)
e_mans4 = g.ent("منصور", "PER", 4, **MANS)
e_wit2 = g.ent("شاهد العيان", "PER", nominal=True, **MANS)
e_dm4 = g.ent("ديلي ميل", "ORG", 2, **DM)
e_wit3 = g.ent("شاهد عيان , موظف حكومي", "PER", nominal=True)
e_dm5 = g.ent("الديلي ميل", "ORG", 3, **DM)
e_isis3 = g.ent("داعش", "ORG", 3, **ISIS)
e_wsinai = g.ent("الجماعة الموالية لها بسيناء", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State - Sinai Province")
e_qaeda = g.ent("لقاعدة", "ORG", 1, after="تنتمي سابقا", actor="AQ", party="AQ", role="armed_group", canonical="Al-Qaeda")
e_army = g.ent("الجيش", "ORG", 1, after="استهدفت", nominal=True, actor="EGY.MIL", party="EGY", role="military", canonical="Egyptian Armed Forces")
e_paper4 = g.ent("الصحيفة", "ORG", 4, nominal=True, **DM)
e_jih = g.ent("الجهاديون", "ORG", nominal=True, actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State - Sinai Province")
e_isis4 = g.ent("التنظيم", "ORG", 1, after="كما قتل", nominal=True, **ISIS)
e_sinai4 = g.ent("سيناء", "LOC", 4, **SINAI)
g.ent("سيناء", "LOC", 3, **SINAI)
g.ent("مصر", "GPE", 1, canonical="Egypt", place=gn(357994, "Egypt", 27.0, 30.0, "EG"))
g.ent("شبه الجزيرة", "LOC", nominal=True, **SINAI)
e_paper5 = g.ent("الصحيفة", "ORG", 5, nominal=True, **DM)
e_sisi1 = g.ent("السيسي", "PER", 1, **SISI)
e_sisi2 = g.ent("السيسي", "PER", 2, **SISI)
e_pres = g.ent("الرئيس", "PER", 1, after="وتابع", nominal=True, **SISI)

t_fri = g.time("الجمعة الماضي", "2017-11-24", "day", "at")
t_later = g.time("في وقت لاحق", None, "vague", "after")
t_3y = g.time("قبل 3 سنوات من الهجوم", "2014", "year", "at")
t_years = g.time("في السنوات الأخيرة", None, "vague", "before")
t_earlier = g.time("في وقت سابق", None, "vague", "before")
t_then = g.time("لاحقا", None, "vague", "after")
t_3d = g.time("ثلاثة أيام", None, "vague", "at")
t_short = g.time("في وقت قصير", None, "vague", "after")
q305 = g.qty("305 من المصلين", 305, "people", "killed")
q25 = g.qty("بين 25 إلى 30 إرهابيا", 25, "fighters")
q500 = g.qty("حوالي 500 شخص", 500, "people")
q30 = g.qty("30 طفلا", 30, "people", "killed")
q100w = g.qty("أكثر من 100 شخص", 100, "people", "wounded")
q5v = g.qty("خمس سيارات دفع رباعي", 5, "vehicles")
q7v = g.qty("7 سيارات", 7, "vehicles")
q100c = g.qty("أكثر من 100 مسيحي", 100, "people", "killed")

s_head = g.stmt(("إمام مسجد الروضة", 1), (":", 1), "assert", ("الإرهابيون قتلوا \" كل من يتنفس \"", 1),
                via=[("ديلي ميل", 1, None, e_dm1)])
s_imam1 = g.stmt(("الشيخ محمد عبد الفتاح", 1, None, e_imam1), ("قوله إن", 1), "assert",
                 ("منفذي الحادث \" كانوا يستهدفون كل من يتنفس \"", 1))
s_wit = g.stmt(("شهود عيان", 1, None, e_wit), ("قال", 1, "وقال شهود"), "assert",
               ("الإرهابيين كانوا يحملون في أيديهم علم داعش ويرتدون أقنعة", 1))
s_desc = g.stmt(("الديلي ميل", 1, None, e_dm2), ("وصفت", 1), "assert",
                ("الحادث بأنه الهجوم الإرهابي الأكثر دموية في التاريخ المعاصر", 1))
s_noclaim = g.stmt(("الصحيفة البريطانية", 1, None, e_paper1), ("بحسب", 1), "assert",
                   ("أي جماعة لم تتبن مسؤوليتها عن الهجوم , لكنه يحمل بصمات داعش", 1))
s_imam2 = g.stmt(("عبد الفتاح", 3, None, e_imam8), ("قال", 1, "متحدثا من"), "assert",
                 ("بعد دقيقتين من صعودي على المنبر , سمعت أصوا انفجار خارج المسجد , قبل أن يدخل بعض الأشخاص مطلقين نيرانهم على المصلين", 1), direct=True)
s_imam3 = g.stmt(("عبد الفتاح", 3, None, e_imam8), ("أردف", 1), "assert",
                 ("بالطبع , بمجرد أن استمع الحاضرون إلى أصوات النيران , بدأوا في الجري , وبعضهم قفز إلى المنصة , متسلقين أكتاف بعضهم البعض , بينما كان الإرهابيون يقتلون أي شخص يتنفس", 1), direct=True)
s_imam4 = g.stmt(("عبد الفتاح", 3, None, e_imam8), ("أضاف", 1, "وأضاف : \" لم"), "assert",
                 ("لم أشاهد أعدادهم , ولم أعرف أوصافهم , لكنني شعرت بوجودهم داخل المسجد", 1), direct=True)
s_dm_plan = g.stmt(("الصحيفة", 2, None, e_paper2), ("واصلت", 1), "assert",
                   ("في الهجوم المخطط بدقة , ذكرت تقارير أن القتلة أسقطوا المدنيين بينما يصرخون الله أكبر , مما تسبب في حالة من التدافع , وقفز بعضهم من النوافذ للنجاة , ولكن حتى عند هروب المصلين , كانوا يجدون أنفسهم في المصيدة القاتلة", 1), direct=True)
s_rep = g.stmt(("تقارير", 1, None, e_rep), ("ذكرت", 1), "assert",
               ("القتلة أسقطوا المدنيين بينما يصرخون الله أكبر , مما تسبب في حالة من التدافع , وقفز بعضهم من النوافذ للنجاة", 1), embedded_in=s_dm_plan)
s_ag = g.stmt(("مكتب النائب العام", 1, None, e_ag), ("قال", 1, "وقال بيان"), "assert",
              ("منفذي الهجوم وصلوا إلى المسجد في خمس سيارات دفع رباعي , وتمركزوا عند الباب الرئيسي و 12 نافذة للمسجد قبل إطلاق النار", 1),
              medium=("بيان", 1, "وقال بيان"))
s_flee = g.stmt(("الديلي ميل", 2, None, e_dm3), ("تابعت", 1, "وتابعت الديلي"), "assert",
                ("هرب القتلة بعد ذلك من قبل أن تتمكن الطائرات المصرية من استهدافهم في وقت لاحق", 1), direct=True)
s_m1 = g.stmt(("سليم منصور", 1, None, e_mans1), ("قال", 1, "وقال شاهد عيان يدعى"), "assert",
              ("الإمام كان قد اعتلى للتو المنصة لإلقاء خطبة الجمعة عندما اندلع إطلاق النيران الكثيف", 1))
s_m2 = g.stmt(("سليم منصور", 1, None, e_mans1), ("واصل", 1, "وواصل :"), "assert",
              ("لقد عرفنا حينئذ أن المسجد كان تحت هجوم المسلحين", 1), direct=True)
s_turn = g.stmt(("الصحيفة", 3, None, e_paper3), ("بحسب", 1, "جرأتهم"), "assert",
                ("يمثل الهجوم تحولا قاتما في تلك الحرب الوحشية على أيدي مسلحين تتزايد وتيرة جرأتهم", 1))
s_m3 = g.stmt(("منصور", 2, None, e_mans2), ("قال", 1, "عامل في مصنع ملح"), "assert",
              ("استقر بمركز بئر العبد قبل 3 سنوات من الهجوم هربا من سفك الدماء في منطقة أخرى بشمال سيناء", 1))
s_m4 = g.stmt(("منصور", 2, None, e_mans2), ("تابع", 1, "في قدمه"), "assert",
              ("لقد كان الجميع على الأرض مرغمين على خفض رؤوسهم , وإذا رفعت رأسك ي طلق عليك النار", 1), direct=True)
s_m5 = g.stmt(("منصور", 4, None, e_mans4), ("بحسب", 1, "وما زال يتنفس"), "assert",
              ("لقد كان القتل عشوائيا وهيستيريا في البداية , ثم أصبح أكثر استهدافا تجاه كافة الذين لم يتأكدوا من مقتلهم , وما زال يتنفس", 1), direct=True)
s_m6 = g.stmt(("شاهد العيان", 1, None, e_wit2), ("استطرد", 1), "assert",
              ("لقد كان المسلحون يصيحون الله أكبر , وسط صراخ الأطفال , لكني كنت في موقف أكثر رعبا من مجرد إصابة , وكانت ثواني قصيرة تفصلني عن موت محقق", 1), direct=True)
s_m7 = g.stmt(("شاهد العيان", 1, None, e_wit2), ("أردف", 1, "موت محقق"), "assert",
              ("بينما كان إطلاق النار يحدث , ردد العديد من المصلين الشهادة", 1), direct=True)
s_w3 = g.stmt(("شاهد عيان , موظف حكومي", 1, None, e_wit3), ("نقلت", 1, "ونقلت ديلي"), "assert",
              ("لقد كان الباب الصغير الذي يقود إلى ممر مكان الوضوء مكان الهروب الوحيد للمصلين , وحدث تدافع كبير , وسقطت على الأرض , وبدأت الأجساد تتراكم فوقي", 1),
              via=[("ديلي ميل", 2, None, e_dm4)], direct=True)
s_sufi = g.stmt(("الديلي ميل", 3, None, e_dm5), ("أشارت", 1, "وأشارت الديلي"), "assert",
                ("العديد من مرتادي المسجد من الذين يعتبرهم بعض السلفية المتشددون كفارا", 1))
s_marks = g.stmt(("الصحيفة", 4, None, e_paper4), ("بحسب", 1, "استهدفت الجيش"), "assert",
                 ("الهجوم يحمل علامات داعش , لا سيما وأن الجماعة الموالية لها بسيناء , التي كانت تنتمي سابقا للقاعدة , نفذت هجمات وحشية أكثر فاعلية في السنوات الأخيرة , استهدفت الجيش والمدنيين", 1))
s_earlier = g.stmt(("الصحيفة", 4, None, e_paper4), ("أضافت", 1, "وأضافت :"), "assert",
                   ("في وقت سابق , اختطف الجهاديون وقطعوا رأس أحد قيادات الصوفية واتهموه بممارسة السحر الذي يحرمه الإسلام .\nكما أطلقوا سراح صوفيين مختطفين لاحقا بدعوى \" استتابتهم \"", 1), direct=True)
s_christ = g.stmt(("الصحيفة", 5, None, e_paper5), ("بحسب", 1, "من شبه الجزيرة"), "assert",
                  ("قتل التنظيم أكثر من 100 مسيحي في تفجيرات وإطلاق نار بسيناء ومناطق أخرى من مصر , مما دفع الكثيرين إلى الهروب من شبه الجزيرة", 1))
s_mourn = g.stmt(("السيسي", 1, None, e_sisi1), ("أعلن", 1, "وفي أعقاب"), "assert", ("حدادا ثلاثة أيام", 1))
s_vow = g.stmt(("السيسي", 2, None, e_sisi2), ("تعهد", 1), "promise",
               ("بالرد باستخدام \" قوة غاشمة \" ثأرا للشهداء , واستعادة الأمن والاستقرار في وقت قصير", 1),
               medium=("خطاب متلفز", 1))
s_pres = g.stmt(("الرئيس", 1, "وتابع", e_pres), ("تابع", 1, "وتابع الرئيس"), "assert",
                ("ماذا حدث يمثل محاولة لمنع جهودنا في مكافحة الإرهاب", 1), direct=True)

p_attack = g.prop("attack", [("target", e_imam1, None)], ("بهجوم", 1), place=e_mosque, time=t_fri,
                  quantities=[q305, q25, q500, q5v])
p_cas = g.prop("casualties", [], ("استشهاد", 1), place=e_mosque, time=t_fri, quantities=[q305, q30, q100w])
p_flag = g.prop("other", [("agent", e_isis1, "ISIS")], ("علم", 1, "في أيديهم"), place=e_mosque, time=t_fri)
p_resp = g.prop("other", [], ("تتبن", 1), place=e_mosque)
p_isis = g.prop("attack", [("agent", e_isis2, "ISIS")], ("بصمات", 1), place=e_mosque, time=t_fri)
p_burn = g.prop("other", [], ("أحرق", 1), place=e_mosque, time=t_fri, quantities=[q7v])
p_flee = g.prop("withdrawal", [], ("هرب", 1, "\" هرب القتلة"), place=e_mosque, time=t_fri)
p_eaf = g.prop("airstrike", [("agent", None, "EGY")], ("استهدافهم", 1), time=t_later)
p_mdisp = g.prop("displacement", [("target", e_mans2, None)], ("هربا", 1), place=e_bir1, time=t_3y)
p_mwound = g.prop("casualties", [("target", e_mans2, None)], ("أصيب", 1, "وأصيب منصور"), place=e_mosque, time=t_fri)
p_sinai = g.prop("attack", [("agent", e_wsinai, "ISIS"), ("target", e_army, "EGY")], ("هجمات", 1, "نفذت"), time=t_years)
p_kidnap = g.prop("arrest", [("agent", e_jih, "ISIS")], ("اختطف", 1), time=t_earlier)
p_behead = g.prop("casualties", [("agent", e_jih, "ISIS")], ("قطعوا", 1), time=t_earlier)
p_release = g.prop("other", [("agent", e_jih, "ISIS")], ("أطلقوا سراح", 1), time=t_then)
p_christ = g.prop("casualties", [("agent", e_isis4, "ISIS")], ("قتل", 1, "كما قتل"), place=e_sinai4, quantities=[q100c])
p_cdisp = g.prop("displacement", [], ("الهروب", 1, "دفع الكثيرين"), place=e_sinai4)
p_mourn = g.prop("other", [("agent", e_sisi1, "EGY")], ("حدادا", 1))
p_retal = g.prop("attack", [("agent", e_sisi2, "EGY")], ("بالرد", 1))

c = g.claim
for s in ("author", s_head, s_imam1, s_desc, s_imam2, s_imam3, s_dm_plan, s_rep, s_ag, s_m1, s_m2, s_m4, s_m5, s_m6, s_m7, s_w3):
    c(p_attack, s)
c(p_cas, "author")
c(p_cas, s_head)
c(p_flag, s_wit)
c(p_resp, s_noclaim, "deny")
c(p_isis, s_noclaim, "affirm", "possible")
c(p_isis, s_marks, "affirm", "possible")
c(p_burn, "author")
c(p_flee, s_flee)
c(p_eaf, s_flee, "affirm", "failed")
c(p_mdisp, s_m3)
c(p_mwound, "author")
c(p_sinai, s_marks)
c(p_kidnap, s_earlier)
c(p_behead, s_earlier)
c(p_release, s_earlier)
c(p_christ, s_christ)
c(p_cdisp, s_christ)
c(p_mourn, s_mourn)
c(p_retal, s_vow, "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
