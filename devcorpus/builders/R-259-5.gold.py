"""Gold analysis of unifiedfc R-259 article 5 (Al Bawaba, published 2017-11-21, estimated: the Sochi
meeting was "Monday evening" and the Kremlin revealed it Tuesday morning). Putin meets Assad in Sochi.

Judgement calls:
- The crawled page starts mid-article ("وقال إنه سيجري"); the body starts there. The implicit speaker
  of the first sentence is Putin; its source points at the next mention of بوتين.
- Two subheadings are fused with the following word ("مؤتمر السلامالتقى", "امتنان الأسدمما"); the
  fused heading mention of الأسد cannot be spanned and is left out.
- "في تصريحات أذاعها التلفزيون الروسي": Russian TV is a via (it relayed Putin's words); "عبر مترجم"
  is recorded as the medium of Assad's second remark.
- The Sochi meeting (Kremlin + author), Peskov's four-hours remark and the visit are one proposition
  (type other). Russia's military support for the government forces is one proposition, asserted by the
  author (twice) and implied by Assad's thanks to "every Russian pilot who contributed in this war".
- Accusation of Russian airstrikes killing civilians (Assad's opponents and Western governments) vs
  Moscow's denial: one contradiction, inter_party (SYR.OPP vs RUS), negation. The combined source
  "معارضو الأسد والحكومات الغربية" is one statement linked to the opponents entity.
- The capture of Abu Kamal "in early week" is dated 2017-11-19/2017-11-20 (week granularity); ISIS's
  earlier control of it is a past state, no contradiction.
- "أغلب القوات ... تقول إنها تتوقع": stance estimate; ISIS turning to bombings is a possible bombing.
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
g = Gold(text, {"id": "R-259-5", "outlet": "البوابة", "published": "2017-11-21", "url": None, "title": None})
RUSTV = dict(actor="RUS.MED", party="RUS", role="media", canonical="Russian state television")
BLACK = dict(canonical="Black Sea", place=named("Black Sea"))

# paragraph 1
g.ent("الأسد", "PER", 1, **ASSAD)
g.ent("الرئيس الأمريكي دونالد ترامب", "PER", actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
g.ent("الشرق الأوسط", "LOC", canonical="Middle East", place=named("Middle East"))
e_put1 = g.ent("بوتين", "PER", 1, **PUTIN)
g.ent("لأسد", "PER", 1, **ASSAD)  # للأسد
e_rustv = g.ent("التلفزيون الروسي", "ORG", **RUSTV)
e_syr1 = g.ent("سوريا", "GPE", 1, **SYRIA)
e_krem1 = g.ent("الكرملين", "ORG", 1, **KREMLIN)
e_sochi1 = g.ent("سوتشي", "GPE", 1, **SOCHI)
g.ent("البحر الأسود", "LOC", 1, **BLACK)
g.ent("بوتين", "PER", 2, **PUTIN)
# paragraph 3
g.ent("بوتين", "PER", 3, **PUTIN)
g.ent("الأسد", "PER", 2, **ASSAD)
g.ent("سوتشي", "GPE", 2, **SOCHI)
g.ent("البحر الأسود", "LOC", 2, **BLACK)
g.ent("الكرملين", "ORG", 2, **KREMLIN)
g.ent("الأسد", "PER", 3, **ASSAD)
e_put4 = g.ent("بوتين", "PER", 4, **PUTIN)
g.ent("لأسد", "PER", 2, **ASSAD)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("الأمم المتحدة", "ORG", canonical="United Nations", actor="UN", party=None, role="other")
# paragraph 4
g.ent("بوتين", "PER", 5, **PUTIN)
g.ent("الأسد", "PER", 4, **ASSAD)
g.ent("موسكو", "GPE", 1, **MOSCOW)
e_mos2 = g.ent("موسكو", "GPE", 2, actor="RUS", party="RUS", role="government", **MOSCOW)
e_syr3 = g.ent("سوريا", "GPE", 3, **SYRIA)
e_opp4 = g.ent("مقاتلي المعارضة المناهضين للأسد", "ORG", nominal=True, **OPP)
e_govf4 = g.ent("القوات الحكومية المتعثرة", "ORG", **SYRMIL)
e_ria = g.ent("وكالة الإعلام الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="RIA Novosti")
e_pesk = g.ent("ديمتري بيسكوف", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Peskov")
g.ent("الكرملين", "ORG", 3, **KREMLIN)
g.ent("الأسد", "PER", 5, **ASSAD)
# paragraph 5
g.ent("لأسد", "PER", 4, **ASSAD)
g.ent("سوريا", "GPE", 4, **SYRIA)
g.ent("موسكو", "GPE", 3, **MOSCOW)
e_as6 = g.ent("الأسد", "PER", 6, **ASSAD)
g.ent("بوتين", "PER", 6, **PUTIN)
g.ent("لزعيم الروسي", "PER", nominal=True, **PUTIN)  # للزعيم
e_rus1 = g.ent("روسيا", "GPE", 1, **RUSSIA)
e_as7 = g.ent("الأسد", "PER", 7, **ASSAD)
# paragraph 6
e_rusmil = g.ent("الجيش الروسي", "ORG", **RUSMIL)
e_as8 = g.ent("الأسد", "PER", 8, **ASSAD)
g.ent("بوتين", "PER", 7, **PUTIN)
g.ent("الأسد", "PER", 9, **ASSAD)
g.ent("كبار القادة العسكريين", "PER", nominal=True, **{**RUSMIL, "canonical": "Russian military commanders"})
g.ent("بوتين", "PER", 8, **PUTIN)
g.ent("سوتشي", "GPE", 3, **SOCHI)
e_as10 = g.ent("الأسد", "PER", 10, **ASSAD)
g.ent("لقادة العسكريين", "PER", nominal=True, **{**RUSMIL, "canonical": "Russian military commanders"})  # للقادة
g.ent("سوريا", "GPE", 5, **SYRIA)
e_opp6 = g.ent("معارضو الأسد", "ORG", nominal=True, **{**OPP, "canonical": "Assad's opponents"})
e_west = g.ent("الحكومات الغربية", "ORG", nominal=True, canonical="Western governments")
e_rus2 = g.ent("روسيا", "GPE", 2, **RUSSIA)
e_mos4 = g.ent("موسكو", "GPE", 4, actor="RUS", party="RUS", role="government", **MOSCOW)
e_govf6 = g.ent("القوات الحكومية", "ORG", 1, after="باستعادة", **SYRMIL)
e_abu1 = g.ent("البوكمال", "GPE", 1, **ABU)
g.ent("سوريا", "GPE", 6, **SYRIA)
e_isis1 = g.ent("تنظيم الدولة الإسلامية", "ORG", **ISIS)
g.ent("الدولة الإسلامية", "ORG", 2, **ISIS)
g.ent("البوكمال", "GPE", 2, **ABU)
e_euph = g.ent("نهر الفرات", "LOC", canonical="Euphrates", place=named("Euphrates River"))
e_cal = g.ent("دولة الخلافة", "ORG", nominal=True, **ISIS)
g.ent("التنظيم المتشدد", "ORG", nominal=True, **ISIS)
e_forces = g.ent("أغلب القوات التي قاتلت ضد الدولة الإسلامية في سوريا والعراق", "ORG", nominal=True,
                 canonical="Forces fighting the Islamic State")
e_isis3 = g.ent("التنظيم", "ORG", 1, after="تتوقع لجوء", nominal=True, **ISIS)

# ---- times ----
t_now1 = g.time("الآن", "2017-11-20", "day", "at", 1)
t_mon = g.time("مساء الاثنين", "2017-11-20", "part_of_day", "at", 1)
g.time("حتى صباح يوم الثلاثاء", "2017-11-21", "part_of_day", "until")
t_mon2 = g.time("مساء الاثنين", "2017-11-20", "part_of_day", "at", 2)
g.time("يوم الثلاثاء", "2017-11-21", "day", "at", 1, after="سوى")
g.time("اليوم", "2017-11-20", "day", "at", 1, after="لتقييمكم للأوضاع")
t_2015 = g.time("في 20 أكتوبر تشرين الأول في 2015", "2015-10-20", "day", "at")
g.time("بعد أسابيع قليلة", None, "vague", "after")
g.time("في عام 2015", "2015", "year", "at")
g.time("الآن", "2017-11-20", "day", "at", 1, after="يعتقد أن الوضع")
t_week = g.time("في مطلع الأسبوع", "2017-11-19/2017-11-20", "week", "at")
g.time("في عام 2014", "2014", "year", "at")

# ---- statements ----
s_calls = g.stmt(("بوتين", 1, None, e_put1), ("قال", 1), "assert",
                 ("سيجري , بعد محادثاته مع الأسد , اتصالات هاتفية مع الرئيس الأمريكي دونالد ترامب وزعماء في الشرق الأوسط", 1))
s_op = g.stmt(("بوتين", 1, None, e_put1), ("قال", 1, "وقال بوتين للأسد في"), "assert",
              ("ما زال أمامنا طريق طويل قبل أن نحقق نصرا كاملا على الإرهابيين .\nلكن بالنسبة لجهودنا المشتركة لمحاربة الإرهاب على الأرض في سوريا فإن العملية العسكرية في نهايتها بالفعل", 1),
              via=[("التلفزيون الروسي", 1, None, e_rustv)], direct=True)
s_pol = g.stmt(("بوتين", 1, None, e_put1), ("أضاف", 1, "العملية العسكرية في نهايتها"), "assert",
               ("أعتقد أن أهم شيء الآن بالطبع هو الانتقال إلى القضايا السياسية وألاحظ برضا استعدادكم للعمل مع كل من يريدون السلام والتوصل لحل", 1),
               via=[("التلفزيون الروسي", 1, None, e_rustv)], direct=True)
s_krem = g.stmt(("الكرملين", 1, None, e_krem1), ("كشف", 1), "assert",
                ("الاجتماع عقد مساء الاثنين في منتجع سوتشي الروسي على البحر الأسود حيث يوجد مقر لبوتين", 1))
s_discuss = g.stmt(("بوتين", 4, None, e_put4), ("قال", 1, "وقال بوتين للأسد \""), "assert",
                   ("أود بشدة أن أناقش معكم المبادئ الرئيسية لتنظيم العملية السياسية وعقد مؤتمر شعوب سوريا الذي تدعمونه . \" أود أن أستمع لتقييمكم للأوضاع اليوم وآفاق تطورات الوضع بما في ذلك وجهة نظركم تجاه العملية السياسية التي , في رأيي , يجب أن تجري في نهاية الأمر تحت رعاية الأمم المتحدة", 1),
                   direct=True)
s_pesk = g.stmt(("ديمتري بيسكوف", 1, None, e_pesk), ("قوله إن", 1), "assert",
                ("الأسد مكث على الأراضي الروسية أربع ساعات", 1), via=[("وكالة الإعلام الروسية", 1, None, e_ria)])
s_as_vict = g.stmt(("الأسد", 6, None, e_as6), ("قال", 1, "وقال الأسد , الذي"), "assert",
                   ("المضي قدما في العملية السياسية في هذه المرحلة مهم خاصة بعد الانتصار على \" الإرهابيين \"", 1))
s_as_prog = g.stmt(("الأسد", 6, None, e_as6), ("أضاف", 1, "وأضاف عبر مترجم"), "assert",
                   ("يعتقد أن الوضع الآن على الأرض ومن الناحية السياسية يسمح بتوقع إحراز تقدم في العملية السياسية", 1),
                   medium=("عبر مترجم", 1))
s_as_rus = g.stmt(("الأسد", 6, None, e_as6), ("قال", 1, "وقال إنه يعتمد"), "assert",
                  ("يعتمد على دعم روسيا لضمان عدم تدخل لاعبين خارجيين في العملية السياسية", 1))
s_as_back = g.stmt(("الأسد", 7, None, e_as7), ("قال", 1, "وقال الأسد إنه لا"), "assert",
                   ("لا يريد النظر إلى الوراء ويرحب بكل الذين يريدون حقا التوصل لحل سياسي", 1))
s_as_dial = g.stmt(("الأسد", 7, None, e_as7), ("عبر عن", 1), "assert", ("استعداده للحوار مع هؤلاء", 1))
s_as_thx = g.stmt(("الأسد", 10, None, e_as10), ("قال", 1, "وقال الأسد للقادة"), "assert",
                  ("باسم كل الشعب في سوريا أوجه لكم التحية والشكر . . . ولكل ضابط ولكل مقاتل ولكل طيار روسي ساهم في هذه الحرب", 1),
                  direct=True)
s_accuse = g.stmt(("معارضو الأسد والحكومات الغربية", 1, None, e_opp6), ("يتهم", 1), "assert",
                  ("روسيا بقتل عدد كبير من المدنيين السوريين بضرباتها الجوية", 1))
s_deny = g.stmt(("موسكو", 4, None, e_mos4), ("تنفيها", 1), "deny",
                ("روسيا بقتل عدد كبير من المدنيين السوريين بضرباتها الجوية", 1))
s_forces = g.stmt(("أغلب القوات التي قاتلت ضد الدولة الإسلامية في سوريا والعراق", 1, None, e_forces), ("تقول", 1, "وتقول أغلب"), "estimate",
                  ("تتوقع لجوء التنظيم للعمل السري وتحوله لحرب العصابات باستخدام تفجيرات وخلايا نائمة", 1))

# ---- propositions and claims ----
p_calls = g.prop("other", [("agent", e_put1, "RUS")], ("اتصالات هاتفية", 1))
g.claim(p_calls, s_calls, "affirm", "planned")
p_opend = g.prop("other", [("agent", e_rus1, "RUS"), ("partner", None, "SYR")], ("العملية العسكرية", 1), place=e_syr1, time=t_mon)
g.claim(p_opend, s_op)
p_meet = g.prop("other", [("agent", e_put1, "RUS"), ("partner", e_as6, "SYR")], ("الاجتماع", 1), place=e_sochi1, time=t_mon)
g.claim(p_meet, s_krem)
g.claim(p_meet, "author")
g.claim(p_meet, s_pesk)
p_support = g.prop("support", [("agent", e_mos2, "RUS"), ("partner", e_govf4, "SYR")], ("ودعمت", 1), place=e_syr3)
g.claim(p_support, "author")
g.claim(p_support, s_as_thx)
p_defeat = g.prop("attack", [("agent", e_mos2, "RUS"), ("target", e_opp4, "SYR.OPP")], ("تغلبت", 1), place=e_syr3)
g.claim(p_defeat, "author")
p_victory = g.prop("other", [("agent", e_as6, "SYR")], ("الانتصار", 1))
g.claim(p_victory, s_as_vict)
p_polsup = g.prop("support", [("agent", e_rus1, "RUS"), ("partner", e_as6, "SYR")], ("دعم روسيا", 1))
g.claim(p_polsup, s_as_rus, "affirm", "planned")
p_strikes = g.prop("airstrike", [("agent", e_rus2, "RUS")], ("بضرباتها الجوية", 1))
c_acc = g.claim(p_strikes, s_accuse)
c_den = g.claim(p_strikes, s_deny, "deny")
p_capture = g.prop("capture", [("agent", e_govf6, "SYR"), ("target", e_isis1, "ISIS")], ("باستعادة", 1), place=e_abu1, time=t_week)
g.claim(p_capture, "author")
p_isisheld = g.prop("control", [("agent", e_isis1, "ISIS")], ("خاضعة لسيطرة", 1), place=e_abu1)
g.claim(p_isisheld, "author")
p_villages = g.prop("control", [("agent", e_cal, "ISIS")], ("لا تزال خاضعة", 1), place=e_euph)
g.claim(p_villages, "author")
p_insurg = g.prop("bombing", [("agent", e_isis3, "ISIS")], ("تفجيرات", 1))
g.claim(p_insurg, s_forces, "affirm", "possible")

g.contra(c_acc, c_den, "inter_party", None, "negation",
         "Assad's opponents and Western governments accuse Russia of killing many civilians with its airstrikes; Moscow denies it.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
