"""Second annotation (A9) of unifiedfc R-10 article 3 (European Centre for Counterterrorism and Intelligence
Studies, ECCI, post of 2017-12-28 reprinting two DW pieces): the US-led coalition says fewer than 1000 ISIS
fighters remain in Iraq and Syria (27 Dec); Russia says the main battle is over; Lavrov on Nusra; then DW's
9 December piece: Washington welcomes Iraq's victory and warns ISIS remains a threat (Heather Nauert).

Judgement calls:
- Body = the ECCI headline (second copy, with its date line) through the end of the second DW piece: both
  pieces sit in the post's body before the site footer, so both are annotated; agency credit lines inside
  ("ز . أ . ب / ح . ع . ح ( رويترزDW") are not annotated.
- published 2017-12-28 (the post's date line); "اليوم الأربعاء" in the first piece = 2017-12-27, "اليوم
  السبت" in the second = 2017-12-09 (explicit).
- Crawl fusions ("وسورياذكر", "DWواشنطن", "مخاطرهرحبت") get raw spans for "سوريا", the cue "ذكر",
  "واشنطن" and the cue "رحبت".
- The DW headline "التحالف أقل من ألف مقاتل ..." lost its colon: its entities and quantity are annotated but
  it is not made a statement (no cue in the text).
- Named persons with titles: the name is the entity (Nauert, Lavrov) and an organisation named in the title
  is its own entity; an unnamed titled speaker ("متحدثة باسم الخارجية الأمريكية") is one nominal PER.
- "أقل من ألف" (27 Dec) vs "أقل من 3000" (5 Dec): different dates, no contradiction. Russia's "the main
  battle is over" and the coalition's hunting of the remnants are compatible. Baghdad's "end of the war" and
  the US "the fight is not over" (which the US says the Iraqi government shares) are kept as different
  propositions (victory vs continuing threat): no contradiction.
- Money amounts are not annotated as quantities (not in the guide's list); the 2.7 million returnees are.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-10-3", "outlet": "المركز الأوروبي لدراسات مكافحة الإرهاب والاستخبارات", "published": "2017-12-28", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def raw(s, before=""):
    i = text.find(before + s)
    assert i >= 0
    i += len(before)
    return [i, i + len(s)]
def rawent(s, before, typ, canonical, actor=None, place=None):
    e = {"id": g._id("e"), "text": s, "span": raw(s, before), "type": typ, "canonical": canonical, "actor": actor, "place": place}
    g.out["entities"].append(e)
    return e["id"]
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
IRAQ = dict(canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
IRAQG = dict(IRAQ, actor="IRQ", party="IRQ", role="government")
USA = dict(canonical="United States", actor="USA", party="USA", role="government",
           place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
SPOX = dict(actor="USA.GOV", party="USA", role="government", canonical="US State Department spokesperson")
NAUERT = dict(actor="USA.GOV", party="USA", role="government", canonical="Heather Nauert")

# ECCI headline
e_isis_h = g.ent("داعش", "ORG", 1, **ISIS)
g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("العراق", "GPE", 1, **IRAQ)
e_coal_h = g.ent("لتحالف الدولي", "ORG", 1, **COAL)  # للتحالف
# DW headline
g.ent("التحالف", "ORG", 1, nominal=True, **COAL)
g.ent("داعش", "ORG", 2, **ISIS)
g.ent("العراق", "GPE", 2, **IRAQ)
rawent("سوريا", "و", "GPE", "Syria", place=SYRIA["place"])
# paragraph 1
e_coal1 = g.ent("التحالف الدولي", "ORG", 1, **COAL)
g.ent("داعش", "ORG", 3, **ISIS)
e_isis1 = g.ent("التنظيم", "ORG", 1, nominal=True, **ISIS)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("العراق", "GPE", 3, **IRAQ)
e_coal2 = g.ent("التحالف الدولي", "ORG", 2, **COAL)
g.ent("داعش", "ORG", 4, **ISIS)
g.ent("الولايات المتحدة", "GPE", 1, **USA)
e_iq4 = g.ent("العراق", "GPE", 4, **IRAQ)
g.ent("سوريا", "GPE", 3, **SYRIA)
g.ent("التنظيم", "ORG", 2, nominal=True, **ISIS)
e_coal4 = g.ent("التحالف", "ORG", 4, nominal=True, **COAL)
e_reuters = g.ent("رويترز", "ORG", 1, actor="REUTERS", party=None, role="media", canonical="Reuters")
e_coal5 = g.ent("التحالف", "ORG", 5, nominal=True, **COAL)
g.ent("العراق", "GPE", 5, **IRAQ)
g.ent("سوريا", "GPE", 4, **SYRIA)
e_isis_q2 = g.ent("تنظيم الدولة الإسلامية", "ORG", 1, **ISIS)
e_syr5 = g.ent("سوريا", "GPE", 5, **SYRIA)
g.ent("العراق", "GPE", 6, **IRAQ)
# paragraph 2
e_syr6 = g.ent("سوريا", "GPE", 6, **SYRIA)
e_assadgov = g.ent("حكومة الرئيس بشار الأسد", "ORG", 1, actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
e_coal6 = g.ent("التحالف", "ORG", 6, nominal=True, **COAL)
g.ent("الولايات المتحدة", "GPE", 2, **USA)
e_syr7 = g.ent("سوريا", "GPE", 7, **SYRIA)
g.ent("العراق", "GPE", 7, **IRAQ)
# paragraph 3
e_iq8 = g.ent("العراق", "GPE", 8, **IRAQG)
e_isis3 = g.ent("التنظيم", "ORG", 3, nominal=True, **ISIS)
e_coal7 = g.ent("التحالف", "ORG", 7, nominal=True, **COAL)
e_isis4 = g.ent("التنظيم", "ORG", 4, nominal=True, **ISIS)
e_coal8 = g.ent("التحالف", "ORG", 8, nominal=True, **COAL)
e_isis_q7 = g.ent("تنظيم الدولة الإسلامية", "ORG", 2, **ISIS)
e_rus = g.ent("روسيا", "GPE", 1, canonical="Russia", actor="RUS", party="RUS", role="government",
              place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
g.ent("لأسد", "PER", 1, after="الحليف الرئيسي", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")  # للأسد
e_isis5 = g.ent("التنظيم", "ORG", 5, nominal=True, **ISIS)
e_syr8 = g.ent("سوريا", "GPE", 8, **SYRIA)
e_lav = g.ent("سيرجي لافروف", "PER", 1, actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
e_syr9 = g.ent("سوريا", "GPE", 9, **SYRIA)
e_nusra = g.ent("جبهة النصرة", "ORG", 1, actor="HTS", party="HTS", role="armed_group", canonical="Jabhat al-Nusra")
# second DW piece
e_wash = rawent("واشنطن", "DW", "GPE", "Washington", actor={"id": "USA.GOV", "party": "USA", "role": "government"}, place=named("Washington", "US"))
e_iq9 = g.ent("العراق", "GPE", 9, **IRAQG)
e_isis_h2 = g.ent("داعش", "ORG", 5, **ISIS)
e_us3 = g.ent("الولايات المتحدة", "GPE", 3, **USA)
e_isis_w = g.ent("تنظيم الدولة الإسلامية", "ORG", 3, **ISIS)
e_iq10 = g.ent("العراق", "GPE", 10, **IRAQ)
e_baghdad = g.ent("حكومة بغداد", "ORG", 1, actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi government")
g.ent("الجهاديين", "ORG", 1, nominal=True, **ISIS)
e_spox1 = g.ent("متحدثة باسم الخارجية الأمريكية", "PER", 1, nominal=True, **SPOX)
e_isis6 = g.ent("التنظيم", "ORG", 6, nominal=True, **ISIS)
g.ent("وزارة الخارجية الأميركية", "ORG", 1, actor="USA.GOV", party="USA", role="government", canonical="US State Department")
e_nau1 = g.ent("هيذر ناورت", "PER", 1, **NAUERT)
g.ent("العراق", "GPE", 11, **IRAQG)
g.ent("تنظيم الدولة الإسلامية", "ORG", 4, **ISIS)
e_iq12 = g.ent("العراق", "GPE", 12, **IRAQ)
e_isis_n1 = g.ent("تنظيم الدولة الإسلامية", "ORG", 5, **ISIS)
e_nau2 = g.ent("هيذر ناورت", "PER", 2, **NAUERT)
g.ent("الولايات المتحدة", "GPE", 4, **USA)
g.ent("الحكومة العراقية", "ORG", 1, actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi government")
g.ent("العراق", "GPE", 13, **IRAQ)
e_isis_n2 = g.ent("تنظيم الدولة الإسلامية", "ORG", 6, **ISIS)
e_iq14 = g.ent("العراق", "GPE", 14, **IRAQ)
g.ent("تنظيم الدولة الإسلامية", "ORG", 7, **ISIS)
e_spox2 = g.ent("المتحدثة باسم الخارجية الأمريكية", "PER", 1, nominal=True, **SPOX)
e_iq15 = g.ent("العراق", "GPE", 15, **IRAQ)
e_isis_n4 = g.ent("تنظيم الدولة الإسلامية", "ORG", 8, **ISIS)
e_coal9 = g.ent("التحالف الدولي", "ORG", 3, **COAL)
e_isf = g.ent("القوات الأمنية العراقية", "ORG", 1, actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi security forces")
e_us5 = g.ent("الولايات المتحدة", "GPE", 5, **USA)
e_iq16 = g.ent("العراق", "GPE", 16, **IRAQ)
e_nau3 = g.ent("ناورت", "PER", 3, **NAUERT)

# times
g.time("ديسمبر 28 , 2017", "2017-12-28", "day", "at")
t_wed1 = g.time("اليوم الأربعاء", "2017-12-27", "day", "at", 1)
g.time("27 كانون الأول / ديسمبر 2017", "2017-12-27", "day", "at")
g.time("قبل ثلاثة أسابيع", "2017-12-06", "week", "at")
t_dec5 = g.time("في الخامس من كانون الأول / ديسمبر", "2017-12-05", "day", "at")
t_dec9 = g.time("في التاسع من كانون الأول / ديسمبر", "2017-12-09", "day", "at")
t_wed2 = g.time("اليوم الأربعاء", "2017-12-27", "day", "at", 2)
t_3y = g.time("خلال السنوات الثلاث الأخيرة", "2014-12-27/2017-12-27", "year", "at")
t_wed3 = g.time("اليوم الأربعاء", "2017-12-27", "day", "at", 3)
g.time("الآن", "2017-12-27", "day", "at", 1, after="المهمة الرئيسية")
t_sat = g.time("اليوم السبت", "2017-12-09", "day", "at")
g.time("التاسع من كانون أول / ديسمبر 2017", "2017-12-09", "day", "at")
t_2014 = g.time("منذ العام 2014", "2014", "year", "since")

# quantities
q_h = g.qty("أقل من ألف مقاتل", 1000, "fighters")
q_1 = g.qty("أقل من ألف إرهابي", 1000, "fighters")
q_2 = g.qty("أقل من ألف من مقاتلي التنظيم", 1000, "fighters")
q_3 = g.qty("ما يقل عن ألف إرهابي", 1000, "fighters")
q_3000 = g.qty("أقل من 3000 مقاتل", 3000, "fighters")
q_ret = g.qty("نحو 2 . 7 مليون عراقي", 2700000, "people", "displaced")

# statements
COALSRC = lambda nth, eid, txt="التحالف": (txt, nth, None, eid)
s_head = g.stmt(("لتحالف الدولي", 1, None, e_coal_h), ("وفقا", 1), "assert", ("داعش يخسر أغلب عناصره في سوريا والعراق", 1))
s_dhakara = g.stmt(("التحالف الدولي", 1, None, e_coal1), ("التحالف الدولي", 1), "assert",
                   ("التنظيم المتطرف فقد أغلب أعضائه ولم يتبق له سوى \" أقل من ألف إرهابي ت جرى مطاردتهم في المناطق الصحراوية في شرق سوريا وغرب العراق", 1))
g.out["statements"][-1]["cue"] = {"text": "ذكر", "span": raw("ذكر", "سوريا"), "stance": "assert"}
s_q1 = g.stmt(("التحالف الدولي", 2, None, e_coal2), ("قال", 1), "assert",
              ("لم يتبق في العراق وسوريا سوى أقل من ألف من مقاتلي التنظيم أي ثلث العدد التقديري لهم قبل ثلاثة أسابيع فحسب", 1))
s_q2 = g.stmt(("التحالف", 4, None, e_coal4), ("قال", 2), "assert",
              ("بسبب التزام التحالف والكفاءة التي أثبتها شركاؤنا في العراق وسوريا يقدر أن هناك ما يقل عن ألف إرهابي من تنظيم الدولة الإسلامية في منطقة عملياتنا المشتركة ت جرى مطاردتهم في المناطق الصحراوية في شرق سوريا وغرب العراق", 1),
              via=[("رويترز", 1, None, e_reuters)], medium=("بيان عن طريق البريد الإلكتروني", 1), direct=True)
s_3000 = g.stmt(("التحالف", 6, None, e_coal6), ("قال", 3), "assert", ("أقل من 3000 مقاتل مازالوا في سوريا والعراق", 1))
s_iraq = g.stmt(("العراق", 8, None, e_iq8), ("أعلن", 1), "assert",
                ("تحقيق النصر النهائي على التنظيم في التاسع من كانون الأول / ديسمبر", 1))
s_q4 = g.stmt(("التحالف", 7, None, e_coal7), ("قال", 4), "assert",
              ("أغلب مقاتلي التنظيم إما سقطوا قتلى أو وقعوا في الأسر خلال السنوات الثلاث الأخيرة", 1))
s_q5 = g.stmt(("التحالف", 8, None, e_coal8), ("قال", 5), "assert", ("لن يخوض في \" تكهنات عامة", 1))
s_q6 = g.stmt(("التحالف", 8, None, e_coal8), ("أضاف", 1), "assert", ("يعمل من أجل الحيلولة دون حدوث ذلك", 1))
s_q7 = g.stmt(("التحالف", 8, None, e_coal8), ("أضاف", 2), "assert",
              ("يمكننا إبلاغكم أننا نعمل مع شركائنا لقتل الإرهابيين الباقين من تنظيم الدولة الإسلامية أو أسرهم وتدمير شبكتهم ومنع عودتهم للظهور وكذلك لمنعهم من الهرب إلى الدول المجاورة", 1),
              direct=True)
s_rus = g.stmt(("روسيا", 1, None, e_rus), ("قالت", 1), "assert", ("المعركة الرئيسية مع التنظيم في سوريا انتهت", 1))
s_lav = g.stmt(("وزير الخارجية سيرجي لافروف", 1, None, e_lav), ("قال", 6), "assert",
               ("المهمة الرئيسية في سوريا الآن أصبحت القضاء على جماعة إسلامية أخرى هي جبهة النصرة", 1))
s_welcome = g.stmt(("الولايات المتحدة", 3, None, e_us3), ("الولايات المتحدة", 3), "assert",
                   ("انتهاء \" احتلال \" تنظيم الدولة الإسلامية الشنيع \" لمناطق واسعة في العراق", 1))
g.out["statements"][-1]["cue"] = {"text": "رحبت", "span": raw("رحبت", "مخاطره"), "stance": "assert"}
s_baghdad = g.stmt(("حكومة بغداد", 1, None, e_baghdad), ("أعلنت", 1), "assert", ("انتهاء الحرب \" على الجهاديين", 1))
s_warn = g.stmt(("متحدثة باسم الخارجية الأمريكية", 1, None, e_spox1), ("حذرت من أن", 1), "assert",
                ("التنظيم ما زال يشكل تهديدا", 1))
s_n1 = g.stmt(("الناطقة باسم وزارة الخارجية الأميركية هيذر ناورت", 1, None, e_nau1), ("قالت", 2), "assert",
              ("إعلان العراق يشير إلى انتهاء آخر فلول \" الخلافة \" التي أعلنها تنظيم الدولة الإسلامية في العراق وأن الأشخاص المقيمين في تلك المناطق قد تحرروا من سيطرة تنظيم الدولة الإسلامية الوحشية", 1),
              direct=True)
s_n2 = g.stmt(("هيذر ناورت", 2, None, e_nau2), ("أضافت", 1), "assert",
              ("الولايات المتحدة تضم صوتها إلى صوت الحكومة العراقية في التشديد على أن تحرير العراق لا يعني أن المعركة ضد الإرهاب أو ضد تنظيم الدولة الإسلامية في العراق قد انتهت", 1),
              direct=True)
s_n3 = g.stmt(("هيذر ناورت", 2, None, e_nau2), ("أوضحت", 1), "assert",
              ("يجب أن نكون متيقظين في التصدي لكل عقيدة متطرفة من أجل منع عودة تنظيم الدولة الإسلامية وظهور تهديدات مصدرها مجموعات إرهابية أخرى", 1),
              direct=True)
s_n4 = g.stmt(("المتحدثة باسم الخارجية الأمريكية", 1, None, e_spox2), ("تابعت", 1), "assert",
              ("خلال فترة احتلاله الشنيع لمناطق واسعة في العراق , كشف تنظيم الدولة الإسلامية طبيعته المقززة عبر استخدام أطفال ومدنيين آخرين كدروع بشرية وتحويل مستشفيات ومساجد وجامعات ومدارس إلى معامل لصنع الأسلحة ومنشآت تخزين وقواعد لعملياته الإرهابية", 1),
              direct=True)
s_n5 = g.stmt(("المتحدثة باسم الخارجية الأمريكية", 1, None, e_spox2), ("أكدت", 1), "confirm",
              ("التحالف الدولي \" فخور بدعمه القوات الأمنية العراقية , التي حاربت بشجاعة لإلحاق الهزيمة بهؤلاء الإرهابيين", 1))
s_aid = g.stmt(("البيان", 1), ("بحسب", 1), "assert",
               ("منذ العام 2014 , قدمت الولايات المتحدة نحو 1 . 78 مليار دولار من المساعدات الإنسانية إلى العراق", 1))
s_pledge = g.stmt(("الولايات المتحدة", 5, None, e_us5), ("تعهدت", 1), "promise", ("تقديم أكثر من 265 مليونا في إطار جهود إرساء الاستقرار", 1))
s_n6 = g.stmt(("ناورت", 3, None, e_nau3), ("قالت", 3), "assert",
              ("هذه الجهود ساهمت في إعادة نحو 2 . 7 مليون عراقي إلى منازلهم", 1))

# propositions and claims
p_loss = g.prop("casualties", [("target", e_isis4, "ISIS")], ("سقطوا قتلى", 1), time=t_3y)
g.claim(p_loss, s_head)
g.claim(p_loss, s_dhakara)
g.claim(p_loss, s_q4)
p_remain = g.prop("other", [("agent", e_isis1, "ISIS")], ("يتبق", 1), place=e_syr5, time=t_wed1, quantities=[q_h, q_1, q_2, q_3])
g.claim(p_remain, s_dhakara)
g.claim(p_remain, s_q1)
g.claim(p_remain, s_q2)
p_3000 = g.prop("other", [("agent", None, "ISIS")], ("مازالوا", 1), place=e_syr7, time=t_dec5, quantities=[q_3000])
g.claim(p_3000, s_3000)
p_govctl = g.prop("control", [("agent", e_assadgov, "SYR")], ("سيطرة", 1, "غرب سوريا"), place=e_syr6)
g.claim(p_govctl, "author")
p_victory = g.prop("other", [("agent", e_iq8, "IRQ"), ("target", e_isis3, "ISIS")], ("النصر النهائي", 1), place=e_iq8, time=t_dec9)
g.claim(p_victory, s_iraq)
g.claim(p_victory, "author")
g.claim(p_victory, s_baghdad)
p_coalops = g.prop("attack", [("agent", e_coal8, "USA"), ("target", e_isis_q7, "ISIS")], ("لقتل", 1))
g.claim(p_coalops, s_q7)
g.claim(p_coalops, s_q6)
p_sybattle = g.prop("other", [("agent", e_rus, "RUS"), ("target", e_isis5, "ISIS")], ("المعركة الرئيسية", 1), place=e_syr8, time=t_wed3)
g.claim(p_sybattle, s_rus)
p_nusra = g.prop("attack", [("agent", e_lav, "RUS"), ("target", e_nusra, "HTS")], ("القضاء", 1, "أصبحت"), place=e_syr9)
g.claim(p_nusra, s_lav, "affirm", "intended")
p_isisiq = g.prop("control", [("agent", e_isis_w, "ISIS")], ("احتلال", 1), place=e_iq10)
g.claim(p_isisiq, s_welcome, "deny")
g.claim(p_isisiq, s_n1, "deny")
p_threat = g.prop("other", [("agent", e_isis6, "ISIS")], ("تهديدا", 1), place=e_iq14)
g.claim(p_threat, s_warn)
g.claim(p_threat, s_n2)
p_shields = g.prop("other", [("agent", e_isis_n4, "ISIS")], ("كدروع بشرية", 1), place=e_iq15)
g.claim(p_shields, s_n4)
p_coalsup = g.prop("support", [("agent", e_coal9, "USA"), ("partner", e_isf, "IRQ")], ("بدعمه", 1))
g.claim(p_coalsup, s_n5)
p_aid = g.prop("support", [("agent", e_us5, "USA"), ("partner", e_iq16, "IRQ")], ("المساعدات الإنسانية", 1), place=e_iq16, time=t_2014)
g.claim(p_aid, s_aid)
p_pledge = g.prop("support", [("agent", e_us5, "USA"), ("partner", e_iq16, "IRQ")], ("تقديم", 1, "وتعهدت"), place=e_iq16)
g.claim(p_pledge, s_pledge, "affirm", "planned")
p_return = g.prop("displacement", [], ("إعادة", 1), quantities=[q_ret])
g.claim(p_return, s_n6)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
