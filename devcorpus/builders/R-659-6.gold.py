"""Gold analysis of R-659 article 6 (Al-Ain, published estimated 2017-11-27): after the al-Rawda mosque massacre in
North Sinai (Friday 24 Nov 2017), the head of Egypt's Supreme Council of Sufi Orders, Abdel Hadi al-Qasabi, says the
Prophet's birthday celebrations next Friday (1 Dec) are secured.

Judgement calls:
- Kept as conflict news (an ISIS-affiliate massacre and Sinai insurgency), although it is about Egypt, not Syria.
- published estimated: "last Friday" = the Rawda attack (24 Nov 2017), "next Friday" = the Mawlid (1 Dec 2017).
- Al-Qasabi: party EGY, role other (religious leader and MP); the outlet «بوابة العين» is ORG media.
- «رجحت مصادر» that the attack targeted Sufis (estimate, modality possible) vs al-Qasabi's «مؤكدا أن مذبحة ... لا
  تستهدف الطرق الصوفية بل الشعب المصري»: one `other` proposition (the attack targeted the Sufis), a negation
  contradiction between unaffiliated sources.
- The 300+ and 305 death tolls agree (no value contradiction).
- «طمأنونا» (security bodies and governors) is a statement embedded in al-Qasabi's «وأكد».
- «لم تعلن أي جماعة مسلحة مسؤوليتها» is no statement; it is an author denial of a claim-of-responsibility event
  (`other`). Wilayat Sinai's online threats to Bir al-Abd residents are a statement (stance promise) and the author's.
- Followers' «أبدى ... قلقهم» is an estimate statement of possible attacks on Sufi gatherings.
- «شمال شبه جيزة سيناء» (typo for جزيرة) is annotated as it stands («شبه جيزة سيناء», LOC)."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-659-6", "outlet": "العين الإخبارية", "published": "2017-11-27", "url": None, "title": None})
def named(name, country="EG", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
EGYPT = dict(canonical="Egypt", place={"geonames_id": 357994, "name": "Egypt", "lat": 27.0, "lon": 30.0, "country": "EG", "admin1": None})
CAIRO = dict(canonical="Cairo", place={"geonames_id": 360630, "name": "Cairo", "lat": 30.06263, "lon": 31.24967, "country": "EG", "admin1": "Cairo"})
RAWDA = dict(canonical="Al-Rawda mosque", place=named("Al-Rawda mosque", "EG", "North Sinai"))
HUSSEIN = dict(canonical="Al-Hussein mosque", place=named("Al-Hussein mosque", "EG", "Cairo"))
NSINAI = dict(canonical="North Sinai Governorate", place=named("North Sinai Governorate", "EG", "North Sinai"))
QASABI = dict(actor="EGY.CIV", party="EGY", role="other", canonical="Abdel Hadi al-Qasabi")
EGYSEC = dict(actor="EGY.SEC", party="EGY", role="government", canonical="Egyptian security services")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group")

e_q1 = g.ent("الدكتور عبد الهادي القصبي", "PER", **QASABI)
g.ent("المجلس الأعلى للطرق الصوفية", "ORG", 1, canonical="Supreme Council of Sufi Orders")
g.ent("مصر", "GPE", 1, **EGYPT)
g.ent("بوابة العين", "ORG", actor="ALAIN", party=None, role="media", canonical="Al-Ain News")
g.ent("جميع الأجهزة الأمنية", "ORG", 1, nominal=True, **EGYSEC)
e_terr = g.ent("إرهابيون", "ORG", 1, nominal=True)
e_rawda2 = g.ent("مسجد \" الروضة \"", "FAC", 1, **RAWDA)
g.ent("شمال سيناء", "GPE", 1, **NSINAI)
g.ent("الجماعات الصوفية", "ORG", nominal=True)
g.ent("مسجد \" الروضة \"", "FAC", 2, **RAWDA)
g.ent("الجريرية الأحمدية", "ORG", canonical="Jaririya Ahmadiya Sufi order")
g.ent("مصر", "GPE", 2, **EGYPT)
e_lsrc = g.ent("مصادر محلية وإعلامية", "PER", nominal=True)
e_ext = g.ent("جماعات متطرفة", "ORG", nominal=True)
e_fol = g.ent("عدد من أتباع الطرق الصوفية", "PER", nominal=True)
g.ent("الإرهابيون", "ORG", 1, nominal=True)
e_q5 = g.ent("الدكتور القصبي", "PER", **QASABI)
g.ent("لجنة التضامن الاجتماعي بمجلس النواب", "ORG", canonical="House of Representatives Social Solidarity Committee")
g.ent("البرلمان", "ORG", canonical="Egyptian House of Representatives")
g.ent("مسجد الروضة", "FAC", 1, **RAWDA)
e_sinai = g.ent("شبه جيزة سيناء", "LOC", canonical="Sinai Peninsula", place=named("Sinai Peninsula"))
e_army5 = g.ent("الجيش", "ORG", 1, nominal=True, actor="EGY.MIL", party="EGY", role="military", canonical="Egyptian Army")
g.ent("الشرطة", "ORG", 1, nominal=True, actor="EGY.POL", party="EGY", role="government", canonical="Egyptian Police")
e_q6 = g.ent("القصبي", "PER", 1, after="ونوه", **QASABI)
g.ent("مسجد \" الحسين \"", "FAC", **HUSSEIN)
g.ent("القاهرة", "GPE", 1, **CAIRO)
g.ent("مسجد صالح الجعفري", "FAC", canonical="Saleh al-Jaafari mosque", place=named("Saleh al-Jaafari mosque", "EG", "Cairo"))
g.ent("مسجد الحسين", "FAC", **HUSSEIN)
g.ent("مسجد الروضة", "FAC", 2, **RAWDA)
g.ent("القاهرة", "GPE", 2, **CAIRO)
e_q8 = g.ent("رئيس المجلس الأعلى للطرق الصوفية", "PER", 2, nominal=True, **QASABI)
e_secg = g.ent("جميع الأجهزة الأمنية والمحافظين", "ORG", nominal=True, **EGYSEC)
g.ent("مصر", "GPE", 3, **EGYPT)
e_q9 = g.ent("القصبي", "PER", 1, after="وحذر", **QASABI)
g.ent("مسجد \" الروضة \"", "FAC", 3, **RAWDA)
g.ent("مصر", "GPE", 4, **EGYPT)
g.ent("مصر", "GPE", 5, **EGYPT)
e_ws = g.ent("جماعة ولاية سيناء", "ORG", **dict(ISIS, canonical="Wilayat Sinai"))
g.ent("تنظيم داعش", "ORG", **dict(ISIS, canonical="Islamic State"))
e_bir = g.ent("قرية بئر العبد", "GPE", canonical="Bir al-Abd", place={"geonames_id": 410142, "name": "Bi’r al ‘Abd", "lat": 31.01887, "lon": 33.0098, "country": "EG", "admin1": "North Sinai"})
e_imam = g.ent("الشيخ محمد عبد الفتاح", "PER", canonical="Muhammad Abdel Fattah", actor="EGY.CIV", party="EGY", role="civilian")
g.ent("مسجد الروضة", "FAC", 3, **RAWDA)
g.ent("محمد مرسي", "PER", canonical="Mohamed Morsi", actor="EGY.GOV", party="EGY", role="government")
e_nsg = g.ent("محافظة شمال سيناء", "GPE", **NSINAI)
g.ent("الجيش", "ORG", 1, after="عناصر من", nominal=True, actor="EGY.MIL", party="EGY", role="military", canonical="Egyptian Army")
g.ent("الشرطة", "ORG", 1, after="عناصر من الجيش و", nominal=True, actor="EGY.POL", party="EGY", role="government", canonical="Egyptian Police")

t_next = g.time("يوم الجمعة المقبل", "2017-12-01", "day", "at", 1)
t_last = g.time("يوم الجمعة الماضي", "2017-11-24", "day", "at")
g.time("نهاية الأسبوع الجاري", "2017-12-01", "week", "at")
g.time("يوم الجمعة المقبل", "2017-12-01", "day", "at", 2)
g.time("على مدار الساعات الماضية", None, "vague", "before")
t_prayer = g.time("أثناء أداء صلاة الجمعة", "2017-11-24", "part_of_day", "at")
t_year = g.time("قبل عام", "2016-11", "month", "at")
t_2013 = g.time("منتصف عام 2013", "2013-07", "month", "since")
q300 = g.qty("أكثر من 300 مصل", 300, "people", "killed")
q305 = g.qty("305", 305, "people", "killed")
q128 = g.qty("128 شخصا", 128, "people", "wounded")

Q = ("الدكتور عبد الهادي القصبي", 1, None, e_q1)
s_safe = g.stmt(Q, ("قال", 1), "assert",
                ("احتفالات المصريين وجميع الطرق الصوفية بذكرى المولد النبوي الشريف , والتي توافق يوم الجمعة المقبل , مؤمنة تماما ضد أي هجمات إرهابية", 1))
s_coord = g.stmt(Q, ("كاشفا", 1), "assert", ("تنسيق مكثف مع جميع الأجهزة الأمنية من أجل إقامة مراسم الاحتفالات كما المعتاد كل عام", 1))
s_src = g.stmt(("مصادر محلية وإعلامية", 1, None, e_lsrc), ("رجحت", 1), "estimate", ("يكون الهجوم استهدافا للصوفيين عبر جماعات متطرفة", 1))
s_fear = g.stmt(("عدد من أتباع الطرق الصوفية", 1, None, e_fol), ("أبدى", 1), "estimate",
                ("يحول الإرهابيون هجماتهم إلى استهداف التجمعات والمساجد الصوفية", 1))
Q5 = ("الدكتور القصبي", 1, None, e_q5)
s_unj = g.stmt(Q5, ("يرى أن", 1), "assert",
               ("تلك المخاوف غير مبررة , وأن مذبحة مسجد الروضة تأتي في إطار الهجمات الإرهابية المتكررة التي تحدث في جزء صغير من شمال شبه جيزة سيناء , والتي طالت من قبل عناصر الجيش والشرطة والكنائس والبنوك وغيرها", 1))
s_all = g.stmt(Q5, ("مؤكدا أن", 1), "confirm", ("الإرهاب بات لا يفرق ويستهدف الجميع", 1))
s_as = g.stmt(("القصبي", 1, "ونوه", e_q6), ("نوه", 1, "ونوه"), "assert",
              ("احتفالات الطرق الصوفية في جميع المحافظات المصرية بذكرى المولد النبوي سوف تتم كما هي المعتاد كل عام , وأن الاحتفال الرئيسي العام سوف يجري يوم الجمعة المقبل , داخل مسجد \" الحسين \" وسط القاهرة , وداخل جميع الساحات على مستوى الجمهورية بجميع المحافظات", 1))
s_cancel = g.stmt(("القصبي", 1, "ونوه", e_q6), ("تابع", 1, "وتابع"), "assert",
                  ("قررنا فقط إلغاء الموكب الصوفي الرئيسي الذي كان يسير من مسجد صالح الجعفري إلى مسجد الحسين تضامنا وحدادا على أرواح شهداء مسجد الروضة وتخفيفا للأعباء الأمنية , حيث كان الموكب يوقف شوارع رئيسية في القاهرة ويعطل من حركة المرور", 1),
                  direct=True)
Q8 = ("رئيس المجلس الأعلى للطرق الصوفية", 2, None, e_q8)
s_contacts = g.stmt(Q8, ("أكد", 1, "وأكد رئيس"), "confirm",
                    ("اتصالات أجريت على مدار الساعات الماضية مع جميع الأجهزة الأمنية والمحافظين , الذين طمأنونا والشعب المصري كافة باتخاذ إجراءات مكثفة لحماية وتأمين الاحتفالات", 1))
s_reass = g.stmt(("جميع الأجهزة الأمنية والمحافظين", 1, None, e_secg), ("طمأنونا", 1), "assert",
                 ("باتخاذ إجراءات مكثفة لحماية وتأمين الاحتفالات", 1), embedded_in=s_contacts)
s_noprob = g.stmt(Q8, ("متوقعا", 1), "estimate", ("عدم إثارة أي مشكلة", 1))
s_safe2 = g.stmt(Q8, ("مضيفا", 1), "assert", ("مصر آمنة تماما . . ولا نخشى الإرهابين", 1), direct=True)
Q9 = ("القصبي", 1, "وحذر", e_q9)
s_warn = g.stmt(Q9, ("حذر", 1, "وحذر"), "demand", ("الوقوع في الفتنة", 1))
s_notsufi = g.stmt(Q9, ("مؤكدا أن", 2), "confirm", ("مذبحة مسجد \" الروضة \" لا تستهدف الطرق الصوفية بل الشعب المصري بأكمله", 1))
s_intl = g.stmt(Q9, ("معتبرا أن", 1), "assert",
                ("كل المساجد لله , وأن هذا العمل الإرهابي لا يتبع أي دين سماوي ولكنه تنفيذ لمخططات دولية عبر جماعات ممولة من الخارج تريد النيل من مصر", 1),
                direct=True)
s_threat = g.stmt(("جماعة ولاية سيناء", 1, None, e_ws), ("نشرت", 1), "promise", ("تهديدات لأهالي قرية بئر العبد", 1),
                  medium=("الإنترنت", 1))
s_imam = g.stmt(("الشيخ محمد عبد الفتاح", 1, None, e_imam), ("صرح", 1), "assert",
                ("الصوفيون لا يقيمون الحضرة في المسجد نفسه . . . المسجد نفسه لا علاقة له بأي شيء . . المسجد لا يقام فيه إلا شعائر صلاة الجمعة والصلوات العادية والدروس , ودون ذلك لا تجري أي أشياء أخرى داخل المسجد", 1),
                direct=True)
s_imam2 = g.stmt(("الشيخ محمد عبد الفتاح", 1, None, e_imam), ("أضاف", 1, "وأضاف \""), "assert",
                 ("لهم ساحة أخرى بجوار المسجد يقام فيها الحضرة ويقام فيها أي شيء آخر . . . إنما المسجد على قدر الصلاة فقط . . . لا يوجد سوى ذلك المسجد", 1),
                 direct=True)

p_att = g.prop("attack", [("agent", e_terr, None)], ("هجوم غادر", 1), place=e_rawda2, time=t_last)
p_cas = g.prop("casualties", [], ("راح ضحيته", 1), place=e_rawda2, time=t_prayer, quantities=[q300, q305, q128])
p_sufi = g.prop("other", [("agent", e_ext, None)], ("استهدافا للصوفيين", 1), place=e_rawda2, time=t_last)
p_secure = g.prop("other", [("agent", e_secg, "EGY")], ("مؤمنة", 1), time=t_next)
p_celebr = g.prop("other", [], ("سوف تتم", 1), time=t_next)
p_cancel = g.prop("other", [], ("إلغاء", 1))
p_sinai = g.prop("attack", [], ("الهجمات الإرهابية المتكررة", 1), place=e_sinai, time=t_2013)
p_gatherings = g.prop("attack", [], ("استهداف التجمعات", 1))
p_resp = g.prop("other", [], ("مسؤوليتها", 1), place=e_rawda2)
p_threat = g.prop("other", [("agent", e_ws, "ISIS")], ("تهديدات", 1), place=e_bir, time=t_year)
p_imam = g.prop("casualties", [("target", e_imam, "EGY")], ("إصابته", 1), place=e_rawda2, time=t_last)
p_morsi = g.prop("other", [], ("عزل", 1))
p_nsinai = g.prop("attack", [], ("هجمات إرهابية مكثفة", 1), place=e_nsg, time=t_2013)

g.claim(p_att, "author")
g.claim(p_cas, "author")
c_src = g.claim(p_sufi, s_src, "affirm", "possible")
c_q = g.claim(p_sufi, s_notsufi, "deny")
g.claim(p_secure, s_safe)
g.claim(p_secure, s_coord)
g.claim(p_secure, s_contacts)
g.claim(p_secure, s_reass, "affirm", "planned")
g.claim(p_celebr, s_as, "affirm", "planned")
g.claim(p_cancel, s_cancel)
g.claim(p_sinai, s_unj)
g.claim(p_gatherings, s_fear, "affirm", "possible")
g.claim(p_resp, "author", "deny")
g.claim(p_threat, s_threat)
g.claim(p_threat, "author")
g.claim(p_imam, "author")
g.claim(p_morsi, "author")
g.claim(p_nsinai, "author")

g.contra(c_src, c_q, "unaffiliated", None, "negation",
         "Local and media sources think the Rawda attack targeted Sufis; al-Qasabi says it did not target the Sufi orders but all Egyptians.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
