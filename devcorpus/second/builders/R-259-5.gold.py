"""Second annotation (A9) of unifiedfc R-259 article 5 (Al Bawaba, 2017-11-21; Reuters copy): Assad meets
Putin in Sochi on Monday 20 November 2017; Putin says the military operation is nearly over; Assad thanks
the Russian commanders; accusations that Russian airstrikes kill civilians, denied by Moscow; Albukamal.

Judgement calls:
- The crawl starts mid-article ("وقال إنه سيجري": the speaker is Putin, named only later): body from there to
  the last sentence; the fused subheadings ("مؤتمر السلام", "امتنان الأسد") stay inside. The opening
  statement has a null source (its antecedent is outside the body); "الأسد" in the fused subheading
  "امتنان الأسدمما" gets a raw span.
- published 2017-11-21: meeting "مساء الاثنين" (20 Nov), announced Tuesday; times in Putin's and Assad's
  quotes ("الآن", "اليوم") resolve to the meeting day, 2017-11-20.
- "ويتهم معارضو الأسد والحكومات الغربية روسيا ..." = two statements (two sources, two parties); Moscow's
  denial ("مزاعم تنفيها موسكو") contradicts both: inter_party with the opposition (SYR.OPP vs RUS),
  unaffiliated with the Western governments.
- Putin's "long way before complete victory" and Assad's "after the victory over the terrorists" are
  compatible (partial victory, operation ending); not a contradiction.
- Russian military support for Assad (2015 operation; "أهمية الجيش الروسي في دعم حكم الأسد") is one
  support proposition claimed by the author.
- "في مطلع الأسبوع" (Albukamal retaken) resolved to 2017-11-19 with week granularity.
- The interpreter ("عبر مترجم") is the medium of Assad's second statement; Russian TV the medium of Putin's.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-259-5", "outlet": "البوابة", "published": "2017-11-21", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
KREMLIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
SOCHI = dict(canonical="Sochi", place=named("Sochi", "RU"))
BLACK = dict(canonical="Black Sea", place=named("Black Sea"))
MOSCOW = dict(canonical="Moscow", place=named("Moscow", "RU"))
MOSCOW_G = dict(canonical="Moscow", actor="RUS.GOV", party="RUS", role="government", place=named("Moscow", "RU"))
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government",
              place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
ABU = dict(canonical="Abu Kamal", place={"geonames_id": 174448, "name": "Ālbū Kamāl", "lat": 34.45226, "lon": 40.91854, "country": "SY", "admin1": "Deir ez-Zor"})

# paragraph 1
e_assad1 = g.ent("الأسد", "PER", 1, **ASSAD)
g.ent("دونالد ترامب", "PER", 1, actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
g.ent("الشرق الأوسط", "LOC", 1, canonical="Middle East", place=named("Middle East"))
e_putin1 = g.ent("بوتين", "PER", 1, **PUTIN)
g.ent("لأسد", "PER", 1, **ASSAD)  # للأسد
e_rtv = g.ent("التلفزيون الروسي", "ORG", 1, actor="RUS.MED", party="RUS", role="media", canonical="Russian state television")
e_syria1 = g.ent("سوريا", "GPE", 1, **SYRIA)
e_krem1 = g.ent("الكرملين", "ORG", 1, **KREMLIN)
e_sochi1 = g.ent("سوتشي", "GPE", 1, **SOCHI)
g.ent("البحر الأسود", "LOC", 1, **BLACK)
g.ent("بوتين", "PER", 2, **PUTIN)
# "مؤتمر السلام" section
e_putin3 = g.ent("بوتين", "PER", 3, **PUTIN)
e_assad2 = g.ent("الأسد", "PER", 2, **ASSAD)
e_sochi2 = g.ent("سوتشي", "GPE", 2, **SOCHI)
g.ent("البحر الأسود", "LOC", 2, **BLACK)
g.ent("الكرملين", "ORG", 2, **KREMLIN)
g.ent("الأسد", "PER", 3, **ASSAD)
e_putin4 = g.ent("بوتين", "PER", 4, **PUTIN)
g.ent("لأسد", "PER", 2, **ASSAD)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("الأمم المتحدة", "ORG", 1, actor="UN", party=None, role="other", canonical="United Nations")
# paragraph 4
e_putin5 = g.ent("بوتين", "PER", 5, **PUTIN)
e_assad4 = g.ent("الأسد", "PER", 4, **ASSAD)
e_mos1 = g.ent("موسكو", "GPE", 1, **MOSCOW)
e_mos2 = g.ent("موسكو", "GPE", 2, **MOSCOW_G)
e_syria3 = g.ent("سوريا", "GPE", 3, **SYRIA)
e_oppf = g.ent("مقاتلي المعارضة", "ORG", 1, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
g.ent("لأسد", "PER", 3, **ASSAD)
e_gov1 = g.ent("القوات الحكومية", "ORG", 1, **SYRMIL)
e_ria = g.ent("وكالة الإعلام الروسية", "ORG", 1, actor="RUS.MED", party="RUS", role="media", canonical="RIA Novosti")
e_peskov = g.ent("ديمتري بيسكوف", "PER", 1, actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Peskov")
g.ent("الكرملين", "ORG", 3, **KREMLIN)
e_assad5 = g.ent("الأسد", "PER", 5, **ASSAD)
# paragraph 5-6
g.ent("لأسد", "PER", 4, **ASSAD)
g.ent("سوريا", "GPE", 4, **SYRIA)
g.ent("موسكو", "GPE", 3, **MOSCOW)
e_assad6 = g.ent("الأسد", "PER", 6, **ASSAD)
g.ent("بوتين", "PER", 6, **PUTIN)
g.ent("لزعيم الروسي", "PER", 1, nominal=True, **PUTIN)  # للزعيم
e_rus1 = g.ent("روسيا", "GPE", 1, **RUSSIA)
e_assad7 = g.ent("الأسد", "PER", 7, **ASSAD)
# "امتنان الأسد" section (subheading fused to the text: raw span)
i = text.find("امتنان الأسد") + len("امتنان ")
g.out["entities"].append({"id": g._id("e"), "text": "الأسد", "span": [i, i + 5], "type": "PER", "canonical": "Bashar al-Assad",
                          "actor": {"id": "SYR.GOV", "party": "SYR", "role": "government"}, "place": None})
e_rusmil = g.ent("الجيش الروسي", "ORG", 1, **RUSMIL)
e_assad8 = g.ent("الأسد", "PER", 8, **ASSAD)
e_putin7 = g.ent("بوتين", "PER", 7, **PUTIN)
g.ent("الأسد", "PER", 9, **ASSAD)
e_cmdrs = g.ent("كبار القادة العسكريين", "PER", 1, nominal=True, **RUSMIL)
g.ent("بوتين", "PER", 8, **PUTIN)
e_sochi3 = g.ent("سوتشي", "GPE", 3, **SOCHI)
e_assad10 = g.ent("الأسد", "PER", 10, **ASSAD)
g.ent("لقادة العسكريين", "PER", 1, nominal=True, **RUSMIL)  # للقادة
g.ent("سوريا", "GPE", 5, **SYRIA)
e_opps = g.ent("معارضو الأسد", "ORG", 1, nominal=True, actor="SYR.OPP", party="SYR.OPP", role="other", canonical="Assad's opponents")
e_west = g.ent("الحكومات الغربية", "ORG", 1, nominal=True, canonical="Western governments")
e_rus2 = g.ent("روسيا", "GPE", 2, **RUSSIA)
e_mos4 = g.ent("موسكو", "GPE", 4, **MOSCOW_G)
e_gov2 = g.ent("القوات الحكومية", "ORG", 2, **SYRMIL)
e_abu1 = g.ent("البوكمال", "GPE", 1, **ABU)
g.ent("سوريا", "GPE", 6, **SYRIA)
e_isis1 = g.ent("تنظيم الدولة الإسلامية", "ORG", 1, **ISIS)
e_isis2 = g.ent("الدولة الإسلامية", "ORG", 2, **ISIS)
g.ent("البوكمال", "GPE", 2, **ABU)
e_euph = g.ent("نهر الفرات", "LOC", 1, canonical="Euphrates", place=named("Euphrates"))
e_cal = g.ent("دولة الخلافة", "ORG", 1, nominal=True, **ISIS)
g.ent("التنظيم", "ORG", 1, nominal=True, **ISIS)
e_forces = g.ent("أغلب القوات", "ORG", 1, nominal=True, canonical="Forces fighting Islamic State")
g.ent("الدولة الإسلامية", "ORG", 3, **ISIS)
g.ent("سوريا", "GPE", 7, **SYRIA)
g.ent("العراق", "GPE", 1, canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
e_isis_last = g.ent("التنظيم", "ORG", 2, nominal=True, **ISIS)

# times
g.time("الآن", "2017-11-20", "day", "at", 1)
t_mon = g.time("مساء الاثنين", "2017-11-20", "part_of_day", "at", 1)
g.time("صباح يوم الثلاثاء", "2017-11-21", "part_of_day", "at")
t_mon2 = g.time("مساء الاثنين", "2017-11-20", "part_of_day", "at", 2)
g.time("يوم الثلاثاء", "2017-11-21", "day", "at", 2)
g.time("اليوم", "2017-11-20", "day", "at", 1, after="لتقييمكم للأوضاع")
t_2015 = g.time("20 أكتوبر تشرين الأول في 2015", "2015-10-20", "day", "at")
t_weeks = g.time("بعد أسابيع قليلة", None, "vague", "after")
t_y2015 = g.time("في عام 2015", "2015", "year", "at")
g.time("في هذه المرحلة", None, "vague", "at")
g.time("الآن", "2017-11-20", "day", "at", 2)
t_week = g.time("في مطلع الأسبوع", "2017-11-19", "week", "at")
t_2014 = g.time("في عام 2014", "2014", "year", "at")

# statements
s_calls = g.stmt(None, ("قال", 1), "assert",
                 ("سيجري , بعد محادثاته مع الأسد , اتصالات هاتفية مع الرئيس الأمريكي دونالد ترامب وزعماء في الشرق الأوسط", 1))
s_put1 = g.stmt(("بوتين", 1, None, e_putin1), ("قال", 2), "assert",
                ("ما زال أمامنا طريق طويل قبل أن نحقق نصرا كاملا على الإرهابيين .\nلكن بالنسبة لجهودنا المشتركة لمحاربة الإرهاب على الأرض في سوريا فإن العملية العسكرية في نهايتها بالفعل", 1),
                medium=("تصريحات أذاعها التلفزيون الروسي", 1), direct=True)
s_put2 = g.stmt(("بوتين", 1, None, e_putin1), ("أضاف", 1), "assert",
                ("أعتقد أن أهم شيء الآن بالطبع هو الانتقال إلى القضايا السياسية وألاحظ برضا استعدادكم للعمل مع كل من يريدون السلام والتوصل لحل", 1),
                medium=("تصريحات أذاعها التلفزيون الروسي", 1), direct=True)
s_krem = g.stmt(("الكرملين", 1, None, e_krem1), ("كشف", 1), "assert",
                ("الاجتماع عقد مساء الاثنين في منتجع سوتشي الروسي على البحر الأسود حيث يوجد مقر لبوتين", 1))
s_put3 = g.stmt(("بوتين", 4, None, e_putin4), ("قال", 3), "assert",
                ("أود بشدة أن أناقش معكم المبادئ الرئيسية لتنظيم العملية السياسية وعقد مؤتمر شعوب سوريا الذي تدعمونه . \" أود أن أستمع لتقييمكم للأوضاع اليوم وآفاق تطورات الوضع بما في ذلك وجهة نظركم تجاه العملية السياسية التي , في رأيي , يجب أن تجري في نهاية الأمر تحت رعاية الأمم المتحدة", 1),
                direct=True)
s_peskov = g.stmt(("ديمتري بيسكوف", 1, None, e_peskov), ("قوله إن", 1), "assert",
                  ("الأسد مكث على الأراضي الروسية أربع ساعات", 1), via=[("وكالة الإعلام الروسية", 1, None, e_ria)])
s_as1 = g.stmt(("الأسد", 6, None, e_assad6), ("قال", 4), "assert",
               ("المضي قدما في العملية السياسية في هذه المرحلة مهم خاصة بعد الانتصار على \" الإرهابيين", 1))
s_as2 = g.stmt(("الأسد", 6, None, e_assad6), ("أضاف", 2), "assert",
               ("الوضع الآن على الأرض ومن الناحية السياسية يسمح بتوقع إحراز تقدم في العملية السياسية", 1),
               medium=("مترجم", 1))
s_as3 = g.stmt(("الأسد", 6, None, e_assad6), ("قال", 5), "assert",
               ("يعتمد على دعم روسيا لضمان عدم تدخل لاعبين خارجيين في العملية السياسية", 1))
s_as4 = g.stmt(("الأسد", 7, None, e_assad7), ("قال", 6), "assert",
               ("لا يريد النظر إلى الوراء ويرحب بكل الذين يريدون حقا التوصل لحل سياسي", 1))
s_as5 = g.stmt(("الأسد", 7, None, e_assad7), ("عبر عن", 1), "promise", ("استعداده للحوار مع هؤلاء", 1))
s_as6 = g.stmt(("الأسد", 10, None, e_assad10), ("قال", 7), "assert",
               ("باسم كل الشعب في سوريا أوجه لكم التحية والشكر . . . ولكل ضابط ولكل مقاتل ولكل طيار روسي ساهم في هذه الحرب", 1),
               direct=True)
ACC = ("روسيا بقتل عدد كبير من المدنيين السوريين بضرباتها الجوية", 1)
s_opp = g.stmt(("معارضو الأسد", 1, None, e_opps), ("يتهم", 1), "assert", ACC)
s_west = g.stmt(("الحكومات الغربية", 1, None, e_west), ("يتهم", 1), "assert", ACC)
s_mos = g.stmt(("موسكو", 4, None, e_mos4), ("تنفيها", 1), "deny", ACC)
s_forces = g.stmt(("أغلب القوات التي قاتلت ضد الدولة الإسلامية في سوريا والعراق", 1, None, e_forces), ("تتوقع", 1), "estimate",
                  ("لجوء التنظيم للعمل السري وتحوله لحرب العصابات باستخدام تفجيرات وخلايا نائمة", 1))

# propositions and claims
p_meet = g.prop("other", [("agent", e_putin3, "RUS"), ("partner", e_assad2, "SYR")], ("الاجتماع", 1), place=e_sochi1, time=t_mon)
g.claim(p_meet, "author")
g.claim(p_meet, s_krem)
p_calls = g.prop("other", [("agent", None, "RUS")], ("اتصالات هاتفية", 1))
g.claim(p_calls, s_calls, "affirm", "planned")
p_opend = g.prop("other", [("agent", None, "RUS"), ("partner", None, "SYR")], ("العملية العسكرية", 1), place=e_syria1)
g.claim(p_opend, s_put1)
p_victory = g.prop("other", [("agent", None, "SYR")], ("الانتصار", 1))
g.claim(p_victory, s_as1)
p_congress = g.prop("other", [("agent", e_putin4, "RUS")], ("مؤتمر شعوب سوريا", 1))
g.claim(p_congress, s_put3, "affirm", "planned")
p_prev = g.prop("other", [("agent", e_putin5, "RUS"), ("partner", e_assad4, "SYR")], ("التقى", 1, "وكان بوتين"), place=e_mos1, time=t_2015)
g.claim(p_prev, "author")
p_russup = g.prop("support", [("agent", e_mos2, "RUS"), ("partner", e_gov1, "SYR")], ("ودعمت", 1), place=e_syria3, time=t_2015)
g.claim(p_russup, "author")
p_defeat = g.prop("clash", [("agent", e_mos2, "RUS"), ("target", e_oppf, "SYR.OPP")], ("تغلبت", 1), place=e_syria3)
g.claim(p_defeat, "author")
p_stay = g.prop("other", [("agent", e_assad5, "SYR")], ("مكث", 1), time=t_mon)
g.claim(p_stay, s_peskov)
p_polsup = g.prop("support", [("agent", e_rus1, "RUS"), ("partner", e_assad6, "SYR")], ("دعم", 1, "يعتمد على"))
g.claim(p_polsup, s_as3, "affirm", "planned")
p_cmdrs = g.prop("other", [("agent", e_putin7, "RUS"), ("partner", e_cmdrs, "RUS")], ("قدم", 1), place=e_sochi3, time=t_mon)
g.claim(p_cmdrs, "author")
p_civ = g.prop("airstrike", [("agent", e_rus2, "RUS")], ("بضرباتها الجوية", 1))
c_opp = g.claim(p_civ, s_opp)
c_west = g.claim(p_civ, s_west)
c_mos = g.claim(p_civ, s_mos, "deny")
p_abu = g.prop("capture", [("agent", e_gov2, "SYR")], ("باستعادة", 1), place=e_abu1, time=t_week)
g.claim(p_abu, "author")
p_isisctl = g.prop("control", [("agent", e_isis1, "ISIS")], ("لسيطرة", 1), place=e_abu1)
g.claim(p_isisctl, "author")
p_remain = g.prop("control", [("agent", e_cal, "ISIS")], ("خاضعة", 2), place=e_euph)
g.claim(p_remain, "author")
p_guer = g.prop("bombing", [("agent", e_isis_last, "ISIS")], ("تفجيرات", 1))
g.claim(p_guer, s_forces, "affirm", "possible")

g.contra(c_opp, c_mos, "inter_party", None, "negation",
         "Assad's opponents accuse Russia of killing many civilians with its airstrikes; Moscow denies it.")
g.contra(c_west, c_mos, "unaffiliated", None, "negation",
         "Western governments accuse Russia of killing many civilians with its airstrikes; Moscow denies it.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
