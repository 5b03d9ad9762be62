"""Second annotation (A8) of R-659-0 (Masr al-Arabia, after the Daily Mail): the imam of al-Rawda mosque and
witnesses on the 24 Nov 2017 attack in Bir al-Abd, North Sinai (305 killed); ISIS hallmarks; Sisi's pledge.

Judgement calls:
- Not Syria, but conflict news (an ISIS-linked attack), so annotated, not skipped.
- published: "الجمعة الماضي" = 2017-11-24, so 2017-11-25, estimated.
- The headline «إمام مسجد الروضة لديلي ميل : ...» is a statement (cue ":", via Daily Mail). The lede
  "نقلت عن الشيخ ..." has lost its subject (the Daily Mail); via points at the headline's "ديلي ميل".
- The relative clause in the lede (attack on Friday, 305 killed) and paragraphs 3, 6, 13, 19 are the
  author's voice.
- One attack proposition for the massacre (agent: the attackers, party unknown) carrying 305 killed,
  30 children killed, over 100 wounded, 5 vehicles; the explosives a separate bombing; the burning of 7 cars
  an "other". ISIS authorship is a separate attack proposition with modality possible ("يحمل بصمات/علامات
  داعش"); "أي جماعة لم تتبن مسؤوليتها" a denied "other" (claim of responsibility).
- "بين 25 إلى 30 إرهابيا": value 25 (lower bound), unit fighters.
- Nominal attacker mentions (الإرهابيون، القتلة، المسلحون، منفذو الهجوم، الجهاديون) annotated as ORG with no
  party; the Sinai affiliate "الجماعة الموالية لها بسيناء" and "التنظيم" as ISIS.
- "إمام مسجد الروضة" is one PER mention (flat); generic "المسجد" not annotated.
- Sisi declaring mourning: statement (أعلن) with an "other" proposition; his pledge of "brute force":
  promise, attack planned. No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-659-0", "outlet": "مصر العربية", "published": "2017-11-25", "url": None, "title": None})
def named(name, country="EG", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
DM = dict(actor="DAILYMAIL", party=None, role="media", canonical="Daily Mail")
IMAM = dict(canonical="Muhammad Abdel Fattah", actor="CIV", party=None, role="civilian")
MANS = dict(canonical="Salim Mansour", actor="CIV", party=None, role="civilian")
ATT = dict(actor="ATTACKERS", party=None, role="armed_group", canonical="Rawda mosque attackers")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
BIR = dict(canonical="Bir al-Abd", place={"geonames_id": 410142, "name": "Bi'r al 'Abd", "lat": 31.01887, "lon": 33.0098, "country": "EG", "admin1": "North Sinai"})
NSIN = dict(canonical="North Sinai Governorate", place=named("North Sinai Governorate", "EG", "North Sinai"))
SISI = dict(canonical="Abdel Fattah el-Sisi", actor="EGY.GOV", party="EGY", role="government")

# headline and lede
e_imam0 = g.ent("إمام مسجد الروضة", "PER", **IMAM)
e_dm0 = g.ent("ديلي ميل", "ORG", 1, **DM)
e_terr0 = g.ent("الإرهابيون", "ORG", 1, nominal=True, **ATT)
e_imam1 = g.ent("الشيخ محمد عبد الفتاح", "PER", **IMAM)
e_terr1 = g.ent("الإرهابيون", "ORG", 2, nominal=True, **ATT)
g.ent("منفذي الحادث", "ORG", nominal=True, **ATT)
# paragraph 2
e_wit = g.ent("شهود عيان", "PER", nominal=True)
g.ent("الإرهابيين", "ORG", 1, nominal=True, **ATT)
g.ent("داعش", "ORG", 1, **ISIS)
# paragraph 3
g.ent("محمد عبد الفتاح", "PER", 2, **IMAM)
e_bir1 = g.ent("بئر العبد", "GPE", 1, **BIR)
g.ent("شمال سيناء", "GPE", 1, **NSIN)
# paragraphs 4-5
e_dm4 = g.ent("الديلي ميل", "ORG", 1, **DM)
e_dm5 = g.ent("الصحيفة البريطانية", "ORG", nominal=True, **DM)
e_isis5 = g.ent("داعش", "ORG", 2, **ISIS)
# paragraph 7
g.ent("بئر العبد", "GPE", 2, **BIR)
# paragraphs 8-10
g.ent("الشرقية", "GPE", canonical="Sharqia Governorate", place=named("Sharqia Governorate", "EG", "Sharqia"))
e_af8 = g.ent("عبد الفتاح", "PER", 1, after="في الشرقية , قال", **IMAM)
g.ent("الإرهابيون", "ORG", 1, after="بينما كان", nominal=True, **ATT)
# paragraph 11
e_dm11 = g.ent("الصحيفة", "ORG", 1, after="وواصلت", nominal=True, **DM)
e_rep = g.ent("تقارير", "ORG", 1, after="ذكرت", nominal=True)
g.ent("القتلة", "ORG", 1, nominal=True, **ATT)
# paragraph 12
e_pg = g.ent("مكتب النائب العام", "ORG", actor="EGY.GOV", party="EGY", role="government", canonical="Egyptian Public Prosecutor's Office")
g.ent("نبيل صادق", "PER", actor="EGY.GOV", party="EGY", role="government", canonical="Nabil Sadek")
e_att12 = g.ent("منفذي الهجوم", "ORG", nominal=True, **ATT)
# paragraph 13
e_att13 = g.ent("منفذو الهجوم", "ORG", nominal=True, **ATT)
# paragraph 14
e_dm14 = g.ent("الديلي ميل", "ORG", 2, **DM)
e_att14 = g.ent("القتلة", "ORG", 2, nominal=True, **ATT)
e_egaf = g.ent("الطائرات المصرية", "ORG", actor="EGY.MIL", party="EGY", role="military", canonical="Egyptian Air Force")
# paragraphs 15-16
e_mans = g.ent("سليم منصور", "PER", **MANS)
g.ent("المسلحين", "ORG", 1, after="تحت هجوم", nominal=True, **ATT)
# paragraph 17
e_dm17 = g.ent("الصحيفة", "ORG", 1, after="جرأتهم , بحسب", nominal=True, **DM)
# paragraph 18-19
e_mans18 = g.ent("منصور", "PER", 1, after="بحسب الصحيفة .\n", **MANS)
g.ent("بئر العبد", "GPE", 3, **BIR)
e_nsin18 = g.ent("شمال سيناء", "GPE", 2, **NSIN)
g.ent("منصور", "PER", 1, after="وأصيب", **MANS)
# paragraphs 20-23
e_mans21 = g.ent("منصور", "PER", 1, after="يتنفس \" , بحسب", **MANS)
e_wit22 = g.ent("شاهد العيان", "PER", nominal=True, **MANS)
g.ent("المسلحون", "ORG", 1, nominal=True, **ATT)
# paragraph 24
e_dm24 = g.ent("ديلي ميل", "ORG", 2, **DM)
e_wit24 = g.ent("شاهد عيان", "PER", 2, nominal=True, canonical="Anonymous government employee witness")
# paragraph 25-26
e_dm25 = g.ent("الديلي ميل", "ORG", 3, **DM)
e_isis26 = g.ent("داعش", "ORG", 3, **ISIS)
e_wsin = g.ent("الجماعة الموالية لها بسيناء", "ORG", nominal=True, actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State Sinai Province")
g.ent("لقاعدة", "ORG", 1, after="تنتمي سابقا ", actor="AQ", party="AQ", role="armed_group", canonical="Al-Qaeda")  # للقاعدة
e_egyarmy = g.ent("الجيش", "ORG", 1, after="استهدفت", nominal=True, actor="EGY.MIL", party="EGY", role="military", canonical="Egyptian Army")
e_dm26 = g.ent("الصحيفة", "ORG", 1, after="والمدنيين , بحسب", nominal=True, **DM)
# paragraphs 27-29
e_jih = g.ent("الجهاديون", "ORG", nominal=True, actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State Sinai Province")
e_isis29 = g.ent("التنظيم", "ORG", 1, after="كما قتل", nominal=True, **ISIS)
e_sinai = g.ent("سيناء", "LOC", 1, after="وإطلاق نار ب", canonical="Sinai Peninsula", place=named("Sinai Peninsula", "EG"))
g.ent("مصر", "GPE", canonical="Egypt", actor="EGY", party="EGY", role="government",
      place={"geonames_id": 357994, "name": "Egypt", "lat": 27.0, "lon": 30.0, "country": "EG", "admin1": None})
e_dm29 = g.ent("الصحيفة", "ORG", 1, after="شبه الجزيرة بحسب", nominal=True, **DM)
# paragraphs 30-32
e_sisi1 = g.ent("الرئيس السيسي", "PER", **SISI)
e_sisi2 = g.ent("السيسي", "PER", 1, after="تعهد", **SISI)
e_pres = g.ent("الرئيس", "PER", 1, after="وتابع الرئيس", nominal=True, **SISI)

# times and quantities
t_fri = g.time("الجمعة الماضي", "2017-11-24", "day", "at")
t_later = g.time("في وقت لاحق", None, "vague", "after")
t_3y = g.time("قبل 3 سنوات من الهجوم", "2014", "year", "before")
t_years = g.time("في السنوات الأخيرة", None, "vague", "before")
t_earlier = g.time("في وقت سابق", None, "vague", "before")
t_after = g.time("لاحقا", None, "vague", "after")
t_short = g.time("في وقت قصير", None, "vague", "after")
q305 = g.qty("305 من المصلين", 305, "people", "killed")
q25 = g.qty("بين 25 إلى 30 إرهابيا", 25, "fighters")
q30 = g.qty("30 طفلا", 30, "people", "killed")
q100w = g.qty("أكثر من 100 شخص", 100, "people", "wounded")
q5 = g.qty("خمس سيارات دفع رباعي", 5, "vehicles")
q7 = g.qty("7 سيارات", 7, "vehicles")
q100c = g.qty("أكثر من 100 مسيحي", 100, "people", "killed")

# statements
DMV = ("ديلي ميل", 1, None, e_dm0)
s_head = g.stmt(("إمام مسجد الروضة", 1, None, e_imam0), (":", 1), "assert", ("الإرهابيون قتلوا \" كل من يتنفس", 1), via=[DMV])
s_lede = g.stmt(("الشيخ محمد عبد الفتاح", 1, None, e_imam1), ("قوله إن", 1), "assert",
                ("منفذي الحادث \" كانوا يستهدفون كل من يتنفس", 1), via=[DMV], direct=True)
s_wit = g.stmt(("شهود عيان", 1, None, e_wit), ("قال", 1, "وقال شهود"), "assert",
               ("الإرهابيين كانوا يحملون في أيديهم علم داعش ويرتدون أقنعة", 1))
s_dm4 = g.stmt(("الديلي ميل", 1, None, e_dm4), ("وصفت", 1), "assert",
               ("الحادث بأنه الهجوم الإرهابي الأكثر دموية في التاريخ المعاصر", 1))
s_dm5 = g.stmt(("الصحيفة البريطانية", 1, None, e_dm5), ("بحسب", 1, "بصمات داعش ,"), "assert",
               ("بالرغم من أن أي جماعة لم تتبن مسؤوليتها عن الهجوم , لكنه يحمل بصمات داعش", 1))
s_imam8 = g.stmt(("عبد الفتاح", 1, "في الشرقية , قال", e_af8), ("قال", 1, "في الشرقية ,"), "assert",
                 ("بعد دقيقتين من صعودي على المنبر , سمعت أصوا انفجار خارج المسجد , قبل أن يدخل بعض الأشخاص مطلقين نيرانهم على المصلين", 1),
                 direct=True)
s_imam9 = g.stmt(("عبد الفتاح", 1, "في الشرقية , قال", e_af8), ("أردف", 1), "assert",
                 ("بالطبع , بمجرد أن استمع الحاضرون إلى أصوات النيران , بدأوا في الجري , وبعضهم قفز إلى المنصة , متسلقين أكتاف بعضهم البعض , بينما كان الإرهابيون يقتلون أي شخص يتنفس", 1),
                 direct=True)
s_imam10 = g.stmt(("عبد الفتاح", 1, "في الشرقية , قال", e_af8), ("أضاف", 1, "وأضاف :"), "assert",
                  ("لم أشاهد أعدادهم , ولم أعرف أوصافهم , لكنني شعرت بوجودهم داخل المسجد", 1), direct=True)
s_dm11 = g.stmt(("الصحيفة", 1, "وواصلت", e_dm11), ("واصلت", 1), "assert",
                ("في الهجوم المخطط بدقة , ذكرت تقارير أن القتلة أسقطوا المدنيين بينما يصرخون الله أكبر , مما تسبب في حالة من التدافع , وقفز بعضهم من النوافذ للنجاة , ولكن حتى عند هروب المصلين , كانوا يجدون أنفسهم في المصيدة القاتلة", 1),
                direct=True)
s_rep = g.stmt(("تقارير", 1, "ذكرت", e_rep), ("ذكرت", 1), "assert",
               ("القتلة أسقطوا المدنيين بينما يصرخون الله أكبر , مما تسبب في حالة من التدافع , وقفز بعضهم من النوافذ للنجاة", 1),
               embedded_in=s_dm11)
s_pg = g.stmt(("مكتب النائب العام", 1, None, e_pg), ("قال", 1, "وقال بيان"), "assert",
              ("منفذي الهجوم وصلوا إلى المسجد في خمس سيارات دفع رباعي , وتمركزوا عند الباب الرئيسي و 12 نافذة للمسجد قبل إطلاق النار", 1),
              medium=("بيان", 1, "وقال بيان"))
s_dm14 = g.stmt(("الديلي ميل", 2, None, e_dm14), ("تابعت", 1, "وتابعت الديلي"), "assert",
                ("هرب القتلة بعد ذلك من قبل أن تتمكن الطائرات المصرية من استهدافهم في وقت لاحق", 1), direct=True)
s_m15 = g.stmt(("سليم منصور", 1, None, e_mans), ("قال", 1, "وقال شاهد عيان"), "assert",
               ("الإمام كان قد اعتلى للتو المنصة لإلقاء خطبة الجمعة عندما اندلع إطلاق النيران الكثيف", 1))
s_m16 = g.stmt(("سليم منصور", 1, None, e_mans), ("واصل", 1, "وواصل :"), "assert",
               ("لقد عرفنا حينئذ أن المسجد كان تحت هجوم المسلحين", 1), direct=True)
s_dm17 = g.stmt(("الصحيفة", 1, "جرأتهم , بحسب", e_dm17), ("بحسب", 1, "جرأتهم ,"), "assert",
                ("يمثل الهجوم تحولا قاتما في تلك الحرب الوحشية على أيدي مسلحين تتزايد وتيرة جرأتهم", 1))
s_m18 = g.stmt(("منصور", 1, "بحسب الصحيفة .\n", e_mans18), ("قال إنه", 1), "assert",
               ("استقر بمركز بئر العبد قبل 3 سنوات من الهجوم هربا من سفك الدماء في منطقة أخرى بشمال سيناء", 1))
s_m20 = g.stmt(("منصور", 1, "بحسب الصحيفة .\n", e_mans18), ("تابع", 1, "وتابع : \" لقد كان الجميع"), "assert",
               ("لقد كان الجميع على الأرض مرغمين على خفض رؤوسهم , وإذا رفعت رأسك ي طلق عليك النار", 1), direct=True)
s_m21 = g.stmt(("منصور", 1, "يتنفس \" , بحسب", e_mans21), ("بحسب", 1, "وما زال يتنفس \" ,"), "assert",
               ("لقد كان القتل عشوائيا وهيستيريا في البداية , ثم أصبح أكثر استهدافا تجاه كافة الذين لم يتأكدوا من مقتلهم , وما زال يتنفس", 1),
               direct=True)
s_m22 = g.stmt(("شاهد العيان", 1, None, e_wit22), ("استطرد", 1), "assert",
               ("لقد كان المسلحون يصيحون الله أكبر , وسط صراخ الأطفال , لكني كنت في موقف أكثر رعبا من مجرد إصابة , وكانت ثواني قصيرة تفصلني عن موت محقق", 1),
               direct=True)
s_m23 = g.stmt(("شاهد العيان", 1, None, e_wit22), ("أردف", 2), "assert",
               ("بينما كان إطلاق النار يحدث , ردد العديد من المصلين الشهادة", 1), direct=True)
s_w24 = g.stmt(("شاهد عيان", 2, None, e_wit24), ("نقلت", 1, "ونقلت ديلي"), "assert",
               ("لقد كان الباب الصغير الذي يقود إلى ممر مكان الوضوء مكان الهروب الوحيد للمصلين , وحدث تدافع كبير , وسقطت على الأرض , وبدأت الأجساد تتراكم فوقي", 1),
               via=[("ديلي ميل", 2, None, e_dm24)], direct=True)
s_dm25 = g.stmt(("الديلي ميل", 3, None, e_dm25), ("أشارت", 1, "وأشارت الديلي"), "assert",
                ("العديد من مرتادي المسجد من الذين يعتبرهم بعض السلفية المتشددون كفارا", 1))
s_dm26 = g.stmt(("الصحيفة", 1, "والمدنيين , بحسب", e_dm26), ("بحسب", 1, "والمدنيين ,"), "assert",
                ("الهجوم يحمل علامات داعش , لا سيما وأن الجماعة الموالية لها بسيناء , التي كانت تنتمي سابقا للقاعدة , نفذت هجمات وحشية أكثر فاعلية في السنوات الأخيرة , استهدفت الجيش والمدنيين", 1))
s_dm27 = g.stmt(("الصحيفة", 1, "والمدنيين , بحسب", e_dm26), ("أضافت", 1, "وأضافت :"), "assert",
                ("في وقت سابق , اختطف الجهاديون وقطعوا رأس أحد قيادات الصوفية واتهموه بممارسة السحر الذي يحرمه الإسلام .\nكما أطلقوا سراح صوفيين مختطفين لاحقا بدعوى \" استتابتهم", 1),
                direct=True)
s_dm29 = g.stmt(("الصحيفة", 1, "شبه الجزيرة بحسب", e_dm29), ("بحسب", 1, "شبه الجزيرة"), "assert",
                ("قتل التنظيم أكثر من 100 مسيحي في تفجيرات وإطلاق نار بسيناء ومناطق أخرى من مصر , مما دفع الكثيرين إلى الهروب من شبه الجزيرة", 1))
s_mourn = g.stmt(("الرئيس السيسي", 1, None, e_sisi1), ("أعلن", 1), "assert", ("حدادا ثلاثة أيام", 1))
s_pledge = g.stmt(("السيسي", 1, "تعهد", e_sisi2), ("تعهد", 1), "promise",
                  ("بالرد باستخدام \" قوة غاشمة \" ثأرا للشهداء , واستعادة الأمن والاستقرار في وقت قصير", 1),
                  medium=("خطاب متلفز", 1))
s_pres = g.stmt(("الرئيس", 1, "وتابع الرئيس", e_pres), ("تابع", 1, "وتابع الرئيس"), "assert",
                ("ماذا حدث يمثل محاولة لمنع جهودنا في مكافحة الإرهاب", 1), direct=True)

# propositions
p_attack = g.prop("attack", [("agent", e_terr1, None)], ("بهجوم وحشي", 1), place=e_bir1, time=t_fri,
                  quantities=[q305, q25, q30, q100w, q5])
p_bomb = g.prop("bombing", [("agent", e_terr1, None)], ("إلقاء متفجرات", 1), place=e_bir1, time=t_fri)
p_resp = g.prop("other", [], ("تتبن مسؤوليتها", 1))
p_isis = g.prop("attack", [("agent", e_isis5, "ISIS")], ("بصمات داعش", 1), place=e_bir1, time=t_fri)
p_cars = g.prop("other", [("agent", e_att13, None)], ("أحرق", 1), place=e_bir1, time=t_fri, quantities=[q7])
p_flee = g.prop("withdrawal", [("agent", e_att14, None)], ("هرب القتلة", 1), time=t_fri)
p_egair = g.prop("airstrike", [("agent", e_egaf, "EGY"), ("target", e_att14, None)], ("استهدافهم", 1), time=t_later)
p_mdispl = g.prop("displacement", [("agent", e_mans18, None)], ("هربا", 1), place=e_nsin18, time=t_3y)
p_sinatt = g.prop("attack", [("agent", e_wsin, "ISIS"), ("target", e_egyarmy, "EGY")], ("هجمات وحشية", 1), time=t_years)
p_abduct = g.prop("arrest", [("agent", e_jih, "ISIS")], ("اختطف", 1), time=t_earlier)
p_behead = g.prop("casualties", [("agent", e_jih, "ISIS")], ("قطعوا رأس", 1), time=t_earlier)
p_release = g.prop("other", [("agent", e_jih, "ISIS")], ("أطلقوا سراح", 1), time=t_after)
p_christ = g.prop("casualties", [("agent", e_isis29, "ISIS")], ("قتل", 1, "كما قتل التنظيم"), place=e_sinai, quantities=[q100c])
p_exodus = g.prop("displacement", [], ("الهروب", 1, "دفع الكثيرين"), place=e_sinai)
p_mourn = g.prop("other", [("agent", e_sisi1, "EGY")], ("حدادا", 1))
p_revenge = g.prop("attack", [("agent", e_sisi2, "EGY")], ("بالرد", 1), time=t_short)

# claims
for s in (s_head, s_lede, s_wit, s_dm4, s_imam8, s_imam9, s_dm11, s_rep, s_pg, s_m15, s_m16, s_m21, s_m22, s_w24):
    g.claim(p_attack, s)
g.claim(p_attack, "author")
g.claim(p_bomb, "author")
g.claim(p_bomb, s_imam8)
g.claim(p_resp, s_dm5, "deny")
g.claim(p_isis, s_dm5, "affirm", "possible")
g.claim(p_isis, s_dm26, "affirm", "possible")
g.claim(p_cars, "author")
g.claim(p_flee, s_dm14)
g.claim(p_egair, s_dm14)
g.claim(p_mdispl, s_m18)
g.claim(p_sinatt, s_dm26)
g.claim(p_abduct, s_dm27)
g.claim(p_behead, s_dm27)
g.claim(p_release, s_dm27)
g.claim(p_christ, s_dm29)
g.claim(p_exodus, s_dm29)
g.claim(p_mourn, s_mourn)
g.claim(p_revenge, s_pledge, "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
