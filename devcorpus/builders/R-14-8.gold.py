"""Gold analysis of R-14-8 (الشرق العربي, estimated 2017-12-27): aggregated reports on the start of ICRC/SARC
medical evacuations from besieged Eastern Ghouta (ICRC, SARC, Erdogan, Egeland, Al-Watan Online, SAMS, UN).

Judgement calls:
- Published: no date in URL; «اليوم الأربعاء» with the ICRC's evacuation start is 2017-12-27 — estimated.
- The page stitches several reports together; body is the whole run from the first «قالت» to the last
  sentence. The in-text headline «الحصار مستمر ... مقابل إطلاق أسرى الأسد» is the author's voice; the
  item label «الوطن أون لاين : اتفاق لإخراج 29 حالة ...» is read as a headline statement by Al-Watan
  Online (cue the colon), and Al-Watan Online is `via` for the statements in its item.
- The evacuation is one `displacement` proposition (medical evacuation), claimed by the ICRC, SARC,
  SAMS and the author; «سيتم نقل الباقين» is the same proposition, modality planned.
- The evacuation deal (29 cases, «مقابل إطلاق أسرى الأسد») is one `agreement`; the «مفاوضات طويلة» of
  SARC's statements are claims on it.
- Egeland's quote has no closing mark; it is read to end at «وإمدادات أخرى» (then author's voice).
- SARC's «واضافت أن " ...» likewise ends before «والغوطة الشرقية قرب دمشق هي ...».
- «ورفضت متحدثة ... إعطاء مزيد من التفاصيل» is not a statement (no content).
- Figures 494 / «نحو 500» and «29 حالة» (three times) agree: no contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-14-8", "outlet": "الشرق العربي", "published": "2017-12-27", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ICRC = dict(actor="ICRC", party=None, role="other", canonical="International Committee of the Red Cross")
SARC = dict(actor="SARC", party=None, role="other", canonical="Syrian Arab Red Crescent")
UN = dict(actor="UN", party=None, role="other", canonical="United Nations")
GHOUTA = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
DAM = dict(canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
WATAN = dict(actor="SYR.MED", party="SYR", role="media", canonical="Al-Watan Online")
EGE = dict(actor="UN", party=None, role="other", canonical="Jan Egeland")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})

IC = {n: g.ent("اللجنة الدولية للصليب الأحمر", "ORG", n, **ICRC) for n in range(1, 6)}
e_opp1 = g.ent("لمعارضة السورية المسلحة", "ORG", **OPP)  # للمعارضة
GH = {n: g.ent("الغوطة الشرقية", "LOC", n, **GHOUTA) for n in (1, 2, 3, 4, 5, 6, 7, 9, 10)}
GH[8] = g.ent("منطقة الغوطة الشرقية", "LOC", 1, **GHOUTA)
GH[11] = g.ent("منطقة الغوطة الشرقية", "LOC", 2, **GHOUTA)
e_as1 = g.ent("الأسد", "PER", 1, **ASSAD)
e_sarc1 = g.ent("الهلال الأحمر العربي السوري", "ORG", 1, **SARC)
g.ent("متحدثة", "PER", 1, nominal=True, **ICRC)
e_erd = g.ent("رجب طيب إردوغان", "PER", actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
e_tur = g.ent("تركيا", "GPE", canonical="Turkey", actor="TUR", party="TUR", role="government", place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
e_rus = g.ent("روسيا", "GPE", canonical="Russia", actor="RUS", party="RUS", role="government", place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
g.ent("لأسد", "PER", 1, after="الحليف الوحيد", **ASSAD)  # للأسد
g.ent("الأمم المتحدة", "ORG", 1, **UN)
g.ent("سورية", "GPE", 1, **SYRIA)
e_ege = g.ent("يان إيجلاند", "PER", **EGE)
e_un2 = g.ent("الأمم المتحدة", "ORG", 2, **UN)
e_auth = g.ent("السلطات السورية", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
e_wat1 = g.ent("الوطن أون لاين", "ORG", 1, **WATAN)
e_src = g.ent("مصادر مقربة من ميليشيات المعارضة المسلحة", "PER", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="other", canonical="Sources close to the opposition")
g.ent("الوطن أون لاين", "ORG", 2, **WATAN)
g.ent("البعثة الدولية للصليب الأحمر", "ORG", 1, **ICRC)
e_mis2 = g.ent("البعثة الدولية للصليب الأحمر", "ORG", 2, **ICRC)
e_wat3 = g.ent("الوطن اون لاين", "ORG", **WATAN)
e_progov = g.ent("قوات موالية للرئيس السوري بشار الأسد", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Pro-government forces")
e_facs = g.ent("فصائل معارضة مسلحة", "ORG", **OPP)
D = {n: g.ent("دمشق", "GPE", n, **DAM) for n in range(1, 7)}
e_icrc_n = g.ent("اللجنة", "ORG", 1, after="وكتبت", nominal=True, **ICRC)
g.ent("تويتر", "ORG", canonical="Twitter")
g.ent("الهلال الأحمر السوري", "ORG", 1, **SARC)
e_sams = g.ent("الجمعية الطبية السورية الأمريكية", "ORG", actor="SAMS", party=None, role="other", canonical="Syrian American Medical Society")
e_sarc3 = g.ent("جمعية الهلال الأحمر السوري", "ORG", **SARC)
g.ent("منظمة الهلال الأحمر العربي السوري", "ORG", **SARC)
g.ent("الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر", "ORG", actor="IFRC", party=None, role="other", canonical="IFRC")
g.ent("الفصائل المسلحة", "ORG", 1, nominal=True, **OPP)
g.ent("قوات الرئيس بشار الأسد", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
e_un3 = g.ent("الأمم المتحدة", "ORG", 3, **UN)
e_ege2 = g.ent("يان إيجاند", "PER", **EGE)
g.ent("لأمم المتحدة", "ORG", 1, after="مجموعة العمل الإنساني", **UN)  # للأمم
g.ent("سوريا", "GPE", 1, **SYRIA)

t_wed = g.time("في ساعة مبكرة اليوم الأربعاء", "2017-12-27", "part_of_day", "at")
t_sun = g.time("يوم الأحد", "2017-12-24", "day", "at")
t_lw = g.time("في الأسبوع الماضي", "2017-12-18/2017-12-24", "week", "at")
g.time("الآن", None, "vague", "at", 1, after="نحاول")
g.time("منذ أشهر كثيرة", None, "vague", "since")
g.time("منذ أشهر", None, "vague", "since", 1, after="وتنتظر")
t_night = g.time("ليل أمس", "2017-12-26", "part_of_day", "at")
t_wed2 = g.time("اليوم الأربعاء", "2017-12-27", "day", "at", 1, after="الإجلاء الطبي ,")
g.time("بعد أشهر من الانتظار", None, "vague", "after")
g.time("هذه الليلة", "2017-12-26", "part_of_day", "at")
t_today = g.time("اليوم", "2017-12-27", "day", "at", 1, after="أربعة جرحى")
t_next = g.time("في الأيام المقبلة", None, "vague", "after")
t_2013 = g.time("منذ 2013", "2013", "year", "since")
t_21 = g.time("في 21 ديسمبر", "2017-12-21", "day", "at")
g.time("قبل عدة اشهر", None, "vague", "before")
q4a = g.qty("أربعة", 4, "people", None, 1, after="لم يغادر سوى")
g.qty("494 شخصا", 494, "people")
q29a = g.qty("29 حالة", 29, "people", None, 1)
q29b = g.qty("29 حالة", 29, "people", None, 2)
q400a = g.qty("قرابة 400 ألف شخص", 400000, "people")
q29c = g.qty("29 حالة", 29, "people", None, 3)
q4b = g.qty("أربعة جرحى", 4, "people", "wounded")
q400b = g.qty("نحو 400 ألف شخص", 400000, "people")
q16 = g.qty("16 شخص ا على الأقل", 16, "people", "killed")
g.qty("نحو 500 شخص", 500, "people")

WV = lambda n=1: [("الوطن أون لاين", n, None, e_wat1)]
s1 = g.stmt(("اللجنة الدولية للصليب الأحمر", 1, None, IC[1]), ("قالت", 1), "assert",
            ("تم البدء في عمليات إجلاء طبي من جيب خاضع للمعارضة السورية المسلحة في الغوطة الشرقية", 1))
s2 = g.stmt(("الهلال الأحمر العربي السوري", 1, None, e_sarc1), ("قال", 1), "assert",
            ("عمليات الإجلاء جاءت بعد \" مفاوضات طويلة \"", 1))
s3 = g.stmt(("رجب طيب إردوغان", 1, None, e_erd), ("قال", 2), "assert",
            ("تركيا تعمل مع روسيا , الحليف الوحيد للأسد , بشأن عملية الإجلاء", 1))
s4 = g.stmt(("يان إيجلاند", 1, None, e_ege), ("قال", 3), "assert", ("494 شخصا على قائمة أولويات الإجلاء الطبي", 1))
s5 = g.stmt(("يان إيجلاند", 1, None, e_ege), ("قال", 4), "assert",
            ("هذا العدد يتراجع ليس لأننا نجلي الأشخاص بل لأنهم يموتون .\nنحاول الآن كل أسبوع ومنذ أشهر كثيرة إجراء عمليات إجلاء طبي ودخول مواد غذائية وإمدادات أخرى", 1),
            direct=True)
s6 = g.stmt(("الوطن أون لاين", 1, None, e_wat1), (":", 1, "الوطن أون لاين"), "assert",
            ("اتفاق لإخراج 29 حالة حرجة من الغوطة الشرقية", 1))
s7 = g.stmt(("مصادر مقربة من ميليشيات المعارضة المسلحة", 1, None, e_src), ("كشفت", 1), "assert",
            ("اتفاق لإخلاء حوالي 29 حالة من الحالات الطبية الصعبة إلى خارج الغوطة الشرقية على ان تتولى البعثة الدولية للصليب الأحمر إخراج هذه الحالات", 1),
            via=WV())
s8 = g.stmt(("البعثة الدولية للصليب الأحمر", 2, None, e_mis2), ("أعلنت", 1), "assert",
            ("بدأت بالفعل ليل أمس بإخلاء حالات طبية حرجة من الغوطة الشرقية", 1),
            via=WV(), medium=("بيان", 1, "البعثة الدولية للصليب الأحمر في"))
s9 = g.stmt(("اللجنة الدولية للصليب الأحمر", 3, None, IC[3]), ("أعلنت", 2), "assert",
            ("بدأت عمليات الإجلاء الطبي , اليوم الأربعاء , من منطقة الغوطة الشرقية التي تسيطر عليها فصائل معارضة مسلحة بالقرب من دمشق بعد أشهر من الانتظار", 1))
s10 = g.stmt(("اللجنة", 1, "وكتبت", e_icrc_n), ("كتبت", 1, "وكتبت اللجنة"), "assert",
             ("هذه الليلة بدأت ( جمعية ) الهلال الأحمر السوري مع فريق من اللجنة الدولية للصليب الأحمر إجلاء الحالات الطبية الحرجة من الغوطة الشرقية إلى دمشق", 1),
             medium=("تغريدة على حسابها على تويتر", 1), direct=True)
s11 = g.stmt(("الجمعية الطبية السورية الأمريكية", 1, None, e_sams), ("قالت", 2), "assert",
             ("عمليات الإجلاء شملت \" 29 حالة حرجة تمت الموافقة على إجلائها لأسباب طبية إلى دمشق \"", 1))
s12 = g.stmt(("الجمعية الطبية السورية الأمريكية", 1, None, e_sams), ("أوضحت", 1, "وأوضحت"), "assert",
             ("تم إجلاء أربعة جرحى اليوم", 1), direct=True)
s13 = g.stmt(("الجمعية الطبية السورية الأمريكية", 1, None, e_sams), ("موضحة أنه", 1), "assert",
             ("سيتم نقل الباقين في الأيام المقبلة", 1))
s14 = g.stmt(("جمعية الهلال الأحمر السوري", 1, None, e_sarc3), ("كتبت", 1, "وكتبت جمعية"), "assert",
             ("متطوعيها \" بالتعاون مع اللجنة الدولية للصليب الأحمر يقومون بنقل حالات إنسانية إلى مشافي دمشق لتلقي العلاج", 1),
             medium=("تغريدة", 1, "وكتبت جمعية"))
s15 = g.stmt(("جمعية الهلال الأحمر السوري", 1, None, e_sarc3), ("اضافت", 1, "واضافت"), "assert",
             ("هذه المهمة تأتي بعد مفاوضات طويلة من قبل منظمة الهلال الأحمر العربي السوري والاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر", 1),
             direct=True)
s16 = g.stmt(("الأمم المتحدة", 3, None, e_un3), ("أعلنت", 3), "assert",
             ("16 شخص ا على الأقل قضوا أثناء انتظارهم عمليات إخلاء طبي من منطقة الغوطة الشرقية المحاصرة قرب دمشق", 1))
s17 = g.stmt(("يان إيجاند", 1, None, e_ege2), ("قال", 5), "assert",
             ("لائحة وضعت قبل عدة اشهر تتضمن نحو 500 شخص بحاجة ماسة لإجلاء , يتقلص عددها بسرعة", 1))

p_evac = g.prop("displacement", [("agent", IC[1], None), ("agent", e_sarc1, None)], ("إجلاء", 1), place=GH[1], time=t_wed, quantities=[q4a, q4b])
p_ctrl = g.prop("control", [("agent", e_opp1, "SYR.OPP")], ("خاضع", 1), place=GH[1])
p_siege = g.prop("siege", [("agent", e_progov, "SYR")], ("الحصار", 1), place=GH[2], time=t_2013, quantities=[q400a, q400b])
p_deal = g.prop("agreement", [], ("اتفاق", 1), place=GH[2], quantities=[q29a, q29b, q29c])
p_turrus = g.prop("other", [("agent", e_tur, "TUR"), ("partner", e_rus, "RUS")], ("تعمل", 1), time=t_sun)
p_wait = g.prop("other", [("agent", e_auth, "SYR")], ("خطابات تسهيل", 1))
p_dead = g.prop("casualties", [], ("قضوا", 1), place=GH[11], time=t_21, quantities=[q16])

A = "author"
for s in (s1, s8, s9, s10, s11, s12, s14):
    g.claim(p_evac, s)
g.claim(p_evac, A)
g.claim(p_evac, s13, "affirm", "planned")
g.claim(p_ctrl, s1)
g.claim(p_ctrl, A)
g.claim(p_siege, A)
g.claim(p_siege, s16)
g.claim(p_deal, A)
g.claim(p_deal, s6)
g.claim(p_deal, s7)
g.claim(p_deal, s2)
g.claim(p_deal, s15)
g.claim(p_turrus, s3)
g.claim(p_wait, A)
g.claim(p_dead, s16)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
