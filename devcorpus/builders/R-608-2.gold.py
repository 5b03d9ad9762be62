"""Gold analysis of R-608-2 (Sawt al-Masihi al-Hurr, republishing Al-Bawaba News, 2017-10-11): Turkish moves
into Idlib; Russian strikes on ISIS in Deir ez-Zor; Russian-Syrian economic committee and business forum.

Judgement calls:
- Body from the first sentence (the headline copies are followed by the date line) to the end of the
  business-council quote; the "copied from" and disclaimer lines are left out.
- Garbled sentences are kept as printed: «وأكد الجيش التركي بدأ…» (statement of the Turkish army),
  «والاشارة إلى…» / «والإشارة إلى انه…» (cues continuing Rogozin / Louay Youssef).
- Paragraph 12 «أكد أن اجتماعات اللجنة…» has no named speaker; it continues al-Muallem.
- «للجيش التركي/التركى» (ل + ال fused) tagged as «لجيش التركي/التركى».
- Turkish presence in Idlib: Canikli (actual presence) vs the author's "began preparations to enter"
  (planned) — different modality, not a contradiction. Turkish help to the rebels is intended (author,
  «وتعتقد أنقرة أنه من حقها»).
- Russian MoD's "over 100 killed" and Konashenkov's 50 + 20 + 34 are compatible: no contradictions.
- Vehicle counts other than tanks, companies and "groups" are not counted as quantities."""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}

def _free(g, sp):
    return all(sp[1] <= e["span"][0] or sp[0] >= e["span"][1] for e in g.out["entities"])

def every(g, s, typ, **kw):
    """Tag every whole-word occurrence of s that does not overlap a mention already tagged (flat layer)."""
    ids, n = [], 1
    while True:
        try:
            sp = g.span(s, n)
        except AssertionError:
            assert ids, f"every(): no free mention of {s!r}"
            return ids
        if _free(g, sp):
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

def eid(g, s, nth=1, after=None):
    """The id of the entity tagged exactly at this quoted mention."""
    sp = g.span(s, nth, after)
    for e in g.out["entities"]:
        if e["span"] == sp:
            return e["id"]
    raise AssertionError(f"no entity at {s!r} {nth} {after!r}")
_C = {"SY": (163843, "Syria"), "RU": (2017370, "Russia"), "US": (6252001, "United States"), "TR": (298795, "Turkey"),
      "IR": (130758, "Iran"), "IQ": (99237, "Iraq"), "IL": (294640, "Israel"), "LB": (272103, "Lebanon"),
      "JO": (248816, "Jordan"), "EG": (357994, "Egypt"), "SA": (102358, "Saudi Arabia"), "QA": (289688, "Qatar"),
      "DE": (2921044, "Germany"), "BE": (2802361, "Belgium"), "KP": (1873107, "North Korea"), "FR": (3017382, "France"),
      "GB": (2635167, "United Kingdom"), "KZ": (1522867, "Kazakhstan"), "UA": (690791, "Ukraine"), "AE": (290557, "United Arab Emirates")}
def country(iso, actor=None):
    gid, name = _C[iso]
    d = dict(canonical=name, place={"geonames_id": gid, "name": name, "lat": None, "lon": None, "country": iso, "admin1": None})
    if actor:
        d.update(actor=actor, party=actor, role="government")
    return d

def between(text, start, end, after=None):
    """The exact text from the first occurrence of start (after an anchor) through the next occurrence of end."""
    a = text.find(start, text.find(after) if after else 0)
    assert a >= 0, start
    b = text.find(end, a)
    assert b >= 0, end
    return text[a:b + len(end)]

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-608-2", "outlet": "صوت المسيحي الحر", "published": "2017-10-11", "url": None, "title": None})
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition")
MUALLEM = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Walid al-Muallem")
IDLIBG = dict(canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
DZG = dict(canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
ASTANA = dict(canonical="Astana", place=gn(1526273, "Astana", 51.1801, 71.44598, "KZ", "Astana"))
SOCHI = dict(canonical="Sochi", place=gn(491422, "Sochi", 43.59699, 39.72477, "RU", "Krasnodar"))
MOSCOW = dict(canonical="Moscow", actor="RUS.GOV", party="RUS", role="government", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))
DAMASCUS = dict(canonical="Damascus", actor="SYR.GOV", party="SYR", role="government", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Dimashq"))
COMM = dict(canonical="Syrian-Russian intergovernmental committee")
E = lambda s, n=1, after=None: eid(g, s, n, after)

g.ent("لمعارضة السورية المسلحة", "ORG", 1, **OPP)  # للمعارضة
every(g, "المعارضة السورية", "ORG", **OPP)
every(g, "وزير الدفاع التركي نور الدين جانيكلي", "PER", actor="TUR.GOV", party="TUR", role="government", canonical="Nurettin Canikli")
every(g, "الرئيس التركي رجب طيب أردوغان", "PER", actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
every(g, "المتحدث الرسمي باسم وزارة الدفاع إيجور كوناشينكوف", "PER", **dict(RUSMIL, canonical="Igor Konashenkov"))
every(g, "المتحدث باسم الدفاع الروسية", "PER", nominal=True, **dict(RUSMIL, canonical="Igor Konashenkov"))
every(g, "كوناشينكوف", "PER", **dict(RUSMIL, canonical="Igor Konashenkov"))
every(g, "وزير الخارجية السوري", "PER", nominal=True, **MUALLEM)
every(g, "وليد المعلم", "PER", **MUALLEM)
every(g, "المعلم", "PER", **MUALLEM)
every(g, "نائب رئيس الوزراء الروسي", "PER", nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Rogozin")
every(g, "دميتري روجوزين", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Rogozin")
every(g, "لؤي يوسف", "PER", canonical="Louay Youssef")
every(g, "يوسف", "PER", canonical="Louay Youssef")
every(g, "مجلس الأعمال الروسي - السوري", "ORG", canonical="Russian-Syrian Business Council")
every(g, "اللجنة الحكومية السورية - الروسية المشتركة", "ORG", **COMM)
every(g, "اللجنة الروسية - السورية", "ORG", **COMM)
every(g, "اللجنة", "ORG", nominal=True, **COMM)
g.ent("لجنة", "ORG", 1, after="والدورات السابقة", nominal=True, **COMM)  # للجنة
every(g, "وزارة الدفاع الروسية", "ORG", **dict(RUSMIL, canonical="Russian Ministry of Defence"))
every(g, "الطيران الحربي الروسي", "ORG", **dict(RUSMIL, canonical="Russian Air Force"))
every(g, "الطيران الروسي", "ORG", **dict(RUSMIL, canonical="Russian Air Force"))
every(g, "الطائرات الروسية", "ORG", nominal=True, **dict(RUSMIL, canonical="Russian Air Force"))
every(g, "تنظيم \" داعش \" الإرهابي", "ORG", **ISIS)
every(g, "داعش", "ORG", **ISIS)
every(g, "قوات تركية", "ORG", **TURMIL)
every(g, "الجيش التركي", "ORG", **TURMIL)
g.ent("لجيش التركي", "ORG", 1, **TURMIL)   # للجيش
g.ent("لجيش التركى", "ORG", 1, **TURMIL)   # للجيش
every(g, "فصائل متطرفة", "ORG", nominal=True, actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
every(g, "القوات الموالية للحكومة", "ORG", nominal=True, actor="SYR.MIL", party="SYR", role="military", canonical="Pro-government forces")
every(g, "الحكومة السورية", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
every(g, "تقارير", "ORG", nominal=True, canonical="Reports")
every(g, "محافظة إدلب", "GPE", **IDLIBG)
every(g, "محافظة دير الزور", "GPE", **DZG)
every(g, "أنقرة", "GPE", canonical="Ankara (Turkish government)", actor="TUR.GOV", party="TUR", role="government",
      place=gn(323786, "Ankara", 39.91987, 32.85427, "TR", "Ankara"))
every(g, "تركيا", "GPE", **country("TR", "TUR"))
every(g, "أستانا", "GPE", **ASTANA)
every(g, "كازاخستان", "GPE", **country("KZ"))
every(g, "قضاء ريحانلي", "GPE", canonical="Reyhanli", place=named("Reyhanlı", "TR", "Hatay"))
every(g, "ولاية هطاي", "GPE", canonical="Hatay Province", place=named("Hatay Province", "TR", "Hatay"))
every(g, "الميادين", "GPE", canonical="Al Mayadin", place=gn(173480, "Al Mayādīn", 35.01982, 40.45154, "SY", "Deir ez-Zor"))
every(g, "خطلة", "GPE", canonical="Khatla", place=named("Khatla", "SY", "Deir ez-Zor"))
every(g, "العراق", "GPE", **country("IQ"))
every(g, "إيران", "GPE", **country("IR", "IRN"))
every(g, "روسيا", "GPE", **country("RU", "RUS"))
every(g, "سوريا", "GPE", **country("SY"))
every(g, "موسكو", "GPE", **MOSCOW)
every(g, "دمشق", "GPE", **DAMASCUS)
every(g, "كراسنايا بوليانا", "GPE", canonical="Krasnaya Polyana", place=named("Krasnaya Polyana", "RU", "Krasnodar"))
every(g, "سوتشي", "GPE", **SOCHI)

t_jan1 = g.time("خلال يناير القادم", "2018-01", "month", "at", 1)
t_now = g.time("في الوقت الراهن", "2017-10-11", "day", "at")
t_lastm = g.time("الشهر الماضي", "2017-09", "month", "at")
t_before = g.time("في وقت سابق", None, "vague", "before")
t_24 = g.time("خلال الساعات ال - 24 الأخيرة", "2017-10-10/2017-10-11", "day", "at")
t_tue = g.time("الثلاثاء", "2017-10-10", "day", "at")
t_cur = g.time("حاليا", "2017-10-11", "day", "at")
t_jan2 = g.time("خلال يناير القادم", "2018-01", "month", "at", 2)
q100 = g.qty("أكثر من 100 مسلح", 100, "people", "killed")
q2 = g.qty("قاذفتين", 2, "aircraft")
q14 = g.qty("14 ضربة", 14, "strikes")
q50 = g.qty("50 قتيلا", 50, "people", "killed")
q4t = g.qty("4 دبابات", 4, "tanks")
q30 = g.qty("حوالي 30 مسلحا", 30, "people")
q20 = g.qty("نحو 20 مسلحا", 20, "people", "killed")
q34 = g.qty("34 مسلحا", 34, "people", "killed")
q182 = g.qty("182 ضربة جوية", 182, "strikes")

CAN = "وزير الدفاع التركي نور الدين جانيكلي"
s1 = g.stmt((CAN, 1, None, E(CAN)), ("قال", 1), "assert",
            ("وجود قوات بلاده في محافظة إدلب السورية ضروري في الوقت الراهن , لحين إنتهاء الخطر الذي يهدد تركيا", 1))
e_army3 = E("الجيش التركي")
s2 = g.stmt(("الجيش التركي", 1, None, e_army3), ("أكد", 1), "confirm",
            (between(text, "بدأ أنشطة الاستطلاع", "المتفق عليها في عملية أستانا"), 1))
e_ank4 = E("أنقرة", 1)
s3 = g.stmt(("أنقرة", 1, None, e_ank4), ("تعتقد", 1), "assert",
            ("من حقها تقديم مساعدة لمقاتلي المعارضة السورية , بهدف تنفيذ اتفاق عدم التصعيد", 1))
e_rep = E("تقارير")
s4 = g.stmt(("تقارير", 1, None, e_rep), ("كشفت", 1), "assert",
            ("تحركات للجيش التركى , بعد أن اتجهت المعدات والعربات العسكرية إلى النقاط الحدودية مع سوريا , فور وصولها إلى قضاء ريحانلي", 1))
ERD = "الرئيس التركي رجب طيب أردوغان"
s5 = g.stmt((ERD, 1, None, E(ERD)), ("أعلن", 1), "assert",
            ("أنقرة وحلفاءها شرعوا في اتخاذ إجراءات في محافظة إدلب من أجل تأمين منطقة تخفيف التوتر المتفق عليها مع روسيا وإيران في مفاوضات أستانا", 1))
e_mod = E("وزارة الدفاع الروسية")
s6 = g.stmt(("وزارة الدفاع الروسية", 1, None, e_mod), ("أعلنت", 1), "assert",
            ("الطيران الحربي الروسي تمكن من القضاء على أكثر من 100 مسلح من تنظيم \" داعش \" الإرهابي في محافظة دير الزور السورية", 1))
KON = "المتحدث الرسمي باسم وزارة الدفاع إيجور كوناشينكوف"
e_kon = E(KON)
s7 = g.stmt((KON, 1, None, e_kon), ("قال", 1, "الإرهابي في محافظة"), "assert",
            ("قاذفتين من طراز \" سو - 34 \" تمكنتا من توجيه 14 ضربة إلى مواقع إرهابيين قرب بلدة الميادين , ما أدى إلى سقوط 50 قتيلا وتدمير 4 دبابات و 3 مدرعات و 9 سيارات مزودة بأسلحة من عيار كبير", 1))
s8 = g.stmt((KON, 1, None, e_kon), ("مشيرا إلى", 1), "assert", ("حوالي 30 مسلحا أصبحوا محاصرين في أنفاق تحت الأرض", 1))
s9 = g.stmt((KON, 1, None, e_kon), ("أضاف", 1, "تحت الأرض"), "assert",
            ("قاذفة \" سو - 34 \" قصفت الموقع للمرة الثانية , ما أسفر عن مقتل نحو 20 مسلحا آخرين وصلوا لإجلاء الجرحى", 1))
e_kon8 = E("المتحدث باسم الدفاع الروسية")
s10 = g.stmt(("المتحدث باسم الدفاع الروسية", 1, None, e_kon8), ("قال", 1, "وصلوا لإجلاء"), "assert",
             ("في منطقة بلدة خطلة تم تدمير مركز قيادة \" داعش \" وثلاث مجموعات من الإرهابيين وصلت إلى المنطقة من أراضي العراق كتعزيزات", 1), direct=True)
e_kon9 = E("كوناشينكوف", 1, "أضاف")
s11 = g.stmt(("كوناشينكوف", 1, "أضاف", e_kon9), ("أضاف", 1, "كتعزيزات"), "assert",
             ("تأكد القضاء على 34 مسلحا و 5 سيارات طرق وعرة زودت بأسلحة من عيار كبير وكذلك سيارتين محملتين بالذخيرة", 1), direct=True)
s12 = g.stmt(("كوناشينكوف", 1, "أضاف", e_kon9), ("شدد على", 1), "confirm",
             ("الطيران الروسي وجه خلال الساعات ال - 24 الأخيرة 182 ضربة جوية إلى مواقع إرهابيي \" داعش", 1))
s13 = g.stmt(("كوناشينكوف", 1, "أضاف", e_kon9), ("مشيرا إلى", 1, "182 ضربة"), "assert",
             ("الطائرات الروسية واصلت الثلاثاء تصفية مسلحي \" داعش \" الذين تسللوا إلى محافظة دير الزور السورية من العراق", 1))
e_mu10 = E("وزير الخارجية السوري")
s14 = g.stmt(("وزير الخارجية السوري , وليد المعلم", 1, None, e_mu10), ("أعرب", 1), "assert",
             ("امتنانه لروسيا لما قدمته من مساعدة في مجال مكافحة الإرهاب", 1))
s15 = g.stmt(("وزير الخارجية السوري , وليد المعلم", 1, None, e_mu10), ("مؤكدا", 1), "confirm",
             ("انتعاش اقتصاد بلاده يعتمد حاليا على الشركات الروسية", 1))
e_mu10b = E("المعلم", 1, "وقال المعلم")
s16 = g.stmt(("المعلم", 1, "وقال المعلم", e_mu10b), ("قال", 1, "وقال المعلم"), "assert",
             (between(text, "الدولة والشعب السوري ممتنون", "الاتفاقيات التي تم التوصل إليها"), 1),
             medium=("اجتماع اللجنة الروسية - السورية في كراسنايا بوليانا بسوتشي الروسية", 1), direct=True)
s17 = g.stmt(("المعلم", 1, "وقال المعلم", e_mu10b), ("أكد", 1, "المشتركة في مدينة سوتشي"), "confirm",
             ("اجتماعات اللجنة شيدت قاعدة صلبة من التعاون الاستراتيجي في المجال الاقتصادي بين البلدين تنسجم مع برامج الحكومة السورية لإعادة الإعمار", 1))
e_rog = E("نائب رئيس الوزراء الروسي")
s18 = g.stmt(("نائب رئيس الوزراء الروسي , دميتري روجوزين", 1, None, e_rog), ("قال", 1, "فى حين"), "assert",
             ("موسكو ورجال الأعمال سيشاركون في استعادة الاقتصاد السوري لعافيته", 1))
s19 = g.stmt(("نائب رئيس الوزراء الروسي , دميتري روجوزين", 1, None, e_rog), ("الاشارة إلى", 1), "assert",
             ("الاتفاق يتضمن مشاريع واعدة محددة بإطار زمني إضافة إلى مشاريع استراتيجية ضخمة ستنفذ مباشرة", 1))
e_yus = E("لؤي يوسف")
s20 = g.stmt(("لؤي يوسف", 1, None, e_yus), ("أكد", 1, "بينما"), "confirm",
             ("موسكو ودمشق وقعتا اتفاقيات لزيادة حجم التبادل التجاري بين البلدين", 1))
s21 = g.stmt(("لؤي يوسف", 1, None, e_yus), ("الإشارة إلى", 1), "assert",
             ("خلال هذه الدورة وقعت بعض الاتفاقيات والبروتوكولات لزيادة حجم التبادل التجاري بين دمشق وموسكو , وفتح الباب لجذب الاستثمارات , وتسهيل إجراءات حصول رجال الأعمال السوريين على تأشيرة دخول سنوية لعدة سفرات", 1),
             direct=True)
s22 = g.stmt(("لؤي يوسف", 1, None, e_yus), ("كشف عن", 1), "assert",
             (between(text, "أحد أهم نتائج اجتماع اللجنة", "المعنيين من البلدين", "وكشف عن"), 1, "وكشف عن"))
e_yus16 = E("يوسف", 1, "أضاف يوسف")
s23 = g.stmt(("يوسف", 1, "أضاف يوسف", e_yus16), ("أضاف", 1, "أضاف يوسف"), "assert",
             (between(text, "يهدف الملتقى", "للشركات الروسية"), 1), direct=True)

e_idlib2 = E("محافظة إدلب", 1)
e_dz = E("محافظة دير الزور", 1)
p_forum = g.prop("agreement", [("agent", E("موسكو", 1), "RUS")], ("توقيع اتفاق", 1), place=E("موسكو", 1), time=t_jan1)
p_idlib = g.prop("deployment", [("agent", E("قوات تركية"), "TUR")], ("وجود", 1), place=e_idlib2, time=t_now)
p_htsctl = g.prop("control", [("agent", E("فصائل متطرفة"), "HTS")], ("تسيطر", 1), place=e_idlib2)
p_recon = g.prop("deployment", [("agent", e_army3, "TUR")], ("أنشطة الاستطلاع", 1), place=E("سوريا", 1, "شمال غرب"))
p_op = g.prop("attack", [("agent", e_army3, "TUR")], ("عملية عسكرية متوقعة", 1))
p_astana = g.prop("agreement", [], ("اتفاق", 1, "في إشارة إلى"), place=E("كازاخستان"), time=t_lastm)
p_tsup = g.prop("support", [("agent", e_ank4, "TUR"), ("partner", E("لمعارضة السورية المسلحة"), "SYR.OPP")], ("يد العون", 1))
p_reyh = g.prop("deployment", [("agent", E("لجيش التركي"), "TUR")], ("تركزت", 1), place=E("قضاء ريحانلي", 1))
p_move = g.prop("deployment", [("agent", E("لجيش التركى"), "TUR")], ("اتجهت", 1))
p_meas = g.prop("other", [("agent", E("أنقرة", 2), "TUR")], ("شرعوا", 1), place=E("محافظة إدلب", 3), time=t_before)
p_air100 = g.prop("airstrike", [("agent", E("الطيران الحربي الروسي"), "RUS"), ("target", E("تنظيم \" داعش \" الإرهابي"), "ISIS")],
                  ("القضاء", 1), place=e_dz, quantities=[q100])
p_may = g.prop("airstrike", [("agent", None, "RUS")], ("ضربة", 1), place=E("الميادين"), quantities=[q2, q14, q50, q4t])
p_trap = g.prop("siege", [("agent", None, "RUS")], ("محاصرين", 1), quantities=[q30])
p_second = g.prop("airstrike", [("agent", None, "RUS")], ("قصفت", 1), quantities=[q20])
p_khatla = g.prop("airstrike", [("agent", None, "RUS"), ("target", E("داعش", 1, "مركز قيادة"), "ISIS")], ("تدمير", 1, "خطلة"),
                  place=E("خطلة"), quantities=[q34])
p_reinf = g.prop("deployment", [("agent", E("داعش", 1, "مركز قيادة"), "ISIS")], ("كتعزيزات", 1), place=E("العراق", 1))
p_182 = g.prop("airstrike", [("agent", E("الطيران الروسي"), "RUS"), ("target", E("داعش", 1, "182 ضربة"), "ISIS")], ("182 ضربة جوية", 1),
               time=t_24, quantities=[q182])
p_tue = g.prop("airstrike", [("agent", E("الطائرات الروسية"), "RUS"), ("target", E("داعش", 1, "تصفية مسلحي"), "ISIS")], ("تصفية", 1),
               place=E("محافظة دير الزور", 2), time=t_tue)
p_infil = g.prop("deployment", [("agent", E("داعش", 1, "تصفية مسلحي"), "ISIS")], ("تسللوا", 1), place=E("محافظة دير الزور", 2))
p_help = g.prop("support", [("agent", E("روسيا", 1, "امتنانه"), "RUS"), ("partner", e_mu10, "SYR")], ("مساعدة", 1, "لما قدمته"))
p_trade = g.prop("agreement", [("agent", E("موسكو", 1, "أكد لؤي"), "RUS"), ("agent", E("دمشق", 1), "SYR")],
                 ("وقعتا", 1))
p_rebuild = g.prop("support", [("agent", E("موسكو", 1, "روجوزين"), "RUS")], ("سيشاركون", 1))
g.claim(p_forum, "author"); g.claim(p_forum, s22)
g.claim(p_idlib, s1)
g.claim(p_idlib, "author", "affirm", "planned")
g.claim(p_htsctl, "author")
g.claim(p_recon, s2)
g.claim(p_op, s2, "affirm", "possible")
g.claim(p_astana, "author"); g.claim(p_astana, s5)
g.claim(p_tsup, "author", "affirm", "intended"); g.claim(p_tsup, s3, "affirm", "intended")
g.claim(p_reyh, "author")
g.claim(p_move, s4)
g.claim(p_meas, s5)
g.claim(p_air100, s6)
g.claim(p_may, s7)
g.claim(p_trap, s8)
g.claim(p_second, s9)
g.claim(p_khatla, s10); g.claim(p_khatla, s11)
g.claim(p_reinf, s10); g.claim(p_infil, s13)
g.claim(p_182, s12); g.claim(p_tue, s13)
g.claim(p_help, s14); g.claim(p_help, s16)
for s in (s16, s19, s20, s21):
    g.claim(p_trade, s)
g.claim(p_rebuild, s18, "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
