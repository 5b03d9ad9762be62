"""Gold analysis of unifiedfc R-93 article 4 (Emarat Al Youm, 2017-12-12, from Reuters and agencies): Putin
visits Hmeimim, meets Assad and orders most Russian forces out of Syria; then his Cairo visit.

Judgement calls:
- Body starts at the second copy of the headline (followed by the subtitle); the lone credit word
  "رويترز" after the subtitle stays inside the body but is not annotated (a credit, not a mention).
- "سورية" as an adjective ("عملية سلام سورية", "وكالات أنباء سورية") is not a GPE mention; "مصر" inside
  "شركة مصر للطيران" is part of the airline's name.
- The withdrawal of most Russian forces is ordered/announced, not done: withdrawal, planned (headline
  and lede by the author; Putin's announcement; Putin via Interfax; "تعودون ظافرين").
- Russia's military campaign since September 2015 is an airstrike proposition (author); the defeat of
  "international terrorists" with the Syrian army is an attack proposition claimed by Putin (Interfax,
  Russian TV); Russia's support to Assad is claimed by the author and by Assad (via Syrian state media).
- "اذا عاد الإرهابيون ... فسنضرب" is a conditional threat: promise stance, attack with modality possible.
- The Hmeimim and Tartus bases kept "permanently": deployment, planned. The soldiers who stay
  ("الذين سيبقون") also deployment, planned (author).
- "وقالت وكالات أنباء سورية إن بوتين أبلغ الأسد ..." has Putin's words embedded; the subtitle states the
  same in the author's voice as a Putin statement.
- The Egypt section: Putin's calls for Israeli-Palestinian talks (demand), the Dabaa nuclear contract
  (agreement, author), Sokolov's flight protocol (agreement, planned) and resumption of flights
  (other, possible). Trump's Jerusalem recognition is an "other" proposition in the author's voice.
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
g = Gold(text, {"id": "R-93-4", "outlet": "الإمارات اليوم", "published": "2017-12-12", "url": None, "title": None})
HMEI = dict(canonical="Hmeimim Air Base", place=named("Hmeimim Air Base", "SY", "Latakia"))
EGYPT = dict(canonical="Egypt", actor="EGY", party="EGY", role="government", place=gn(357994, "Egypt", 27.0, 30.0, "EG", None))
CAIRO = dict(canonical="Cairo", place=gn(360630, "Cairo", 30.06263, 31.24967, "EG", "Cairo"))
SISI = dict(actor="EGY.GOV", party="EGY", role="government", canonical="Abdel Fattah el-Sisi")
SOK = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Maxim Sokolov")
def allx(short, typ, skip=(), longs=(), **kw):
    n = 1
    while True:
        try:
            s, e = g.span(short, n)
        except AssertionError:
            break
        if n not in skip:
            chosen = next((L for L in longs if text[max(0, e - len(L)):e] == L), short)
            k = 1
            while g.span(chosen, k)[1] != e:
                k += 1
            g.ent(chosen, typ, k, **kw)
        n += 1
def E(s, nth=1, after=None):
    a, b = g.span(s, nth, after)
    for x in g.out["entities"]:
        if x["span"][0] <= a and b <= x["span"][1]:
            return x["id"]
    raise AssertionError(s)

allx("بوتين", "PER", longs=("فلاديمير بوتين",), **PUTIN)
allx("الأسد", "PER", longs=("بشار الأسد",), **ASSAD)
allx("سورية", "GPE", skip=(2, 8, 14, 15), **SYRIA)  # 8 is inside Surovikin's title
allx("روسيا", "GPE", **RUSSIA)
allx("حميميم", "FAC", **HMEI)
allx("السيسي", "PER", longs=("عبدالفتاح السيسي",), **SISI)
allx("مصر", "GPE", skip=(5,), **EGYPT)
allx("موسكو", "GPE", **{**MOSCOW, "actor": "RUS.GOV", "party": "RUS", "role": "government"})
allx("القاهرة", "GPE", **CAIRO)
allx("تركيا", "GPE", **TURKEY)
allx("إيران", "GPE", **IRAN)
allx("سوكولوف", "PER", longs=("ماكسيم سوكولوف",), **SOK)
allx("القدس", "GPE", canonical="Jerusalem", place=gn(281184, "Jerusalem", 31.76904, 35.21633, "IL", "Jerusalem"))
e_rusf = g.ent("القوات الروسية", "ORG", 1, **RUSMIL)
g.ent("القوات العسكرية الروسية", "ORG", **RUSMIL)
e_ifx = g.ent("وكالة أنباء \" انترفاكس \" الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="Interfax")
e_rusaf = g.ent("القوات المسلحة الروسية", "ORG", **RUSMIL)
e_syra = g.ent("الجيش السوري", "ORG", **SYRMIL)
e_terr = g.ent("الإرهابيين الدوليين", "ORG", nominal=True, canonical="International terrorists")
g.ent("الوحدات العسكرية الروسية", "ORG", nominal=True, **RUSMIL)
g.ent("وزير الدفاع الروسي سيرغي شويغو", "PER", actor="RUS.MIL", party="RUS", role="military", canonical="Sergei Shoigu")
g.ent("قائد القوات الروسية في سورية الجنرال سيرغي سوروفيكين", "PER", actor="RUS.MIL", party="RUS", role="military", canonical="Sergei Surovikin")
e_rsold = g.ent("الجنود الروس", "ORG", 1, nominal=True, **RUSMIL)
g.ent("الإرهابيون", "ORG", 1, nominal=True, canonical="Terrorists")
e_smed = g.ent("الإعلام الرسمي السوري", "ORG", actor="SYR.MED", party="SYR", role="media", canonical="Syrian state media")
g.ent("العسكريون الروس", "ORG", nominal=True, **RUSMIL)
g.ent("الشرق الأوسط", "LOC", canonical="Middle East", place=named("Middle East"))
e_rtv = g.ent("التلفزيون الروسي", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="Russian state television")
g.ent("العصابات المسلحة", "ORG", nominal=True, canonical="Armed gangs")
g.ent("لجنود الروس", "ORG", 1, nominal=True, **RUSMIL)  # للجنود
e_lat = g.ent("اللاذقية", "GPE", canonical="Latakia", place=gn(173576, "Latakia", 35.53125, 35.79088, "SY", "Latakia"))
e_tar = g.ent("طرطوس", "GPE", canonical="Tartus", place=gn(163345, "Ţarţūs", 34.88902, 35.88659, "SY", "Tartus"))
e_sag = g.ent("وكالات أنباء سورية", "ORG", nominal=True, actor="SYR.MED", party="SYR", role="media", canonical="Syrian news agencies")
e_trump = g.ent("الرئيس الأميركي دونالد ترامب", "PER", actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
g.ent("إسرائيل", "GPE", 1, canonical="Israel", actor="ISR", party="ISR", role="government", place=gn(294640, "Israel", 31.5, 34.75, "IL", None))
e_dab = g.ent("منطقة الضبعة", "GPE", canonical="El Dabaa", place=named("El Dabaa", "EG", "Matrouh"))
g.ent("المتوسط", "LOC", 1, after="على ساحل", canonical="Mediterranean Sea", place=named("Mediterranean Sea"))
g.ent("شركة مصر للطيران", "ORG", canonical="EgyptAir")
g.ent("شركة الطيران الروسية \" إيروفلوت \"", "ORG", canonical="Aeroflot")

t_y = g.time("أمس", "2017-12-11", "day", "at", 1)
t_2y = g.time("خلال نحو عامين", "2015-09/2017-12", "year", "at")
t_2015 = g.time("في سبتمبر 2015", "2015-09", "month", "at")
g.time("منذ عقود", None, "vague", "since")
t_y2 = g.time("أمس", "2017-12-11", "day", "at", 2)
t_y3 = g.time("أمس", "2017-12-11", "day", "at", 3)
t_wk = g.time("هذا الأسبوع", "2017-12-11/2017-12-17", "week", "at")
t_feb = g.time("في أوائل فبراير المقبل", "2018-02", "month", "at")

ePut1, eAs1 = E("بوتين", 1), E("الأسد", 1)
s_sub = g.stmt(("بوتين", 2, None, E("بوتين", 2)), ("أبلغ", 1), "assert", ("يريد العمل مع إيران وتركيا لبدء عملية سلام سورية", 1))
s_eg1 = g.stmt(("فلاديمير بوتين", 1, None, E("بوتين", 3)), ("دعا", 1, "في وقت"), "demand",
               ("مفاوضات فلسطينية - إسرائيلية مباشرة حول \" كل القضايا المتنازع عليها بما فيها وضع القدس", 1))
s_ann = g.stmt(("بوتين", 4, None, E("بوتين", 4)), ("أعلن", 1), "assert",
               ("سحب القسم الأكبر من القوات العسكرية الروسية من سورية", 1))
s_ifx = g.stmt(("بوتين", 5, None, E("بوتين", 5)), ("قوله", 1), "assert",
               ("خلال نحو عامين , قضت القوات المسلحة الروسية بالتعاون مع الجيش السوري على الإرهابيين الدوليين الى حد كبير , بالتالي اتخذت قرار إعادة القسم الأكبر من الوحدات العسكرية الروسية الموجودة في سورية الى روسيا", 1),
               via=[("وكالة أنباء \" انترفاكس \" الروسية", 1, None, e_ifx)], direct=True)
s_home = g.stmt(("بوتين", 7, None, E("بوتين", 7)), ("أضاف", 1, "وأضاف بوتين \""), "assert",
                ("تعودون ظافرين إلى بيوتكم وذويكم وأهاليكم ونسائكم وأطفالكم وأصدقائكم .\nالوطن في انتظاركم يا أصدقائي", 1), direct=True)
s_warn = g.stmt(("بوتين", 7, None, E("بوتين", 7)), ("حذر", 1), "promise",
                ("اذا عاد الإرهابيون الى الظهور فسنضرب بقوة غير مسبوقة , ولن ننسى أبدا الموتى أو الخسائر الناجمة عن مكافحة الإرهاب في سورية وفي بلادنا", 1),
                direct=True)
s_thx = g.stmt(("الأسد", 4, None, E("الأسد", 4)), ("توجه الأسد بالشكر", 1), "assert",
               ("مشاركة روسيا الفعالة في محاربة الإرهاب في سورية", 1), via=[("الإعلام الرسمي السوري", 1, None, e_smed)])
s_thx2 = g.stmt(("الأسد", 4, None, E("الأسد", 4)), ("مؤكدا", 1), "confirm",
                ("ما قام به العسكريون الروس لن ينساه الشعب السوري", 1), via=[("الإعلام الرسمي السوري", 1, None, e_smed)], direct=True)
s_tv = g.stmt(("بوتين", 9, None, E("بوتين", 9)), ("قال", 1, "وقال بوتين في"), "assert",
              ("مهمة قتال العصابات المسلحة هنا في سورية , وهي مهمة كان من الضروري إنجازها باستخدام القوة المسلحة المفرطة , تم إنجازها بشكل كبير وبطريقة مذهلة", 1),
              via=[("التلفزيون الروسي", 1, None, e_rtv)], direct=True)
s_cong = g.stmt(("بوتين", 9, None, E("بوتين", 9)), ("قال", 1, "بطريقة مذهلة"), "assert", ("أهنئكم", 1), direct=True)
s_bases = g.stmt(("بوتين", 9, None, E("بوتين", 9)), ("قوله", 1, "ون قل عنه قوله أيضا"), "assert",
                 ("روسيا ستحتفظ بقاعدة حميميم الجوية الروسية في اللاذقية وعلى منشأة بحرية في طرطوس \" بشكل دائم", 1))
s_sag = g.stmt(("وكالات أنباء سورية", 1, None, e_sag), ("قالت", 1, "وقالت وكالات"), "assert",
               ("بوتين أبلغ الأسد أيضا أنه يريد العمل مع إيران وتركيا لبدء عملية سلام سورية", 1))
s_sag_p = g.stmt(("بوتين", 10, None, E("بوتين", 10)), ("أبلغ", 1, "وقالت وكالات"), "assert",
                 ("يريد العمل مع إيران وتركيا لبدء عملية سلام سورية", 2), embedded_in=s_sag)
s_hope = g.stmt(("بوتين", 10, None, E("بوتين", 10)), ("قوله", 1, "ون قل عنه قوله للأسد"), "estimate",
                ("يأمل أن يكون بالإمكان بدء عمل المؤتمر السوري للحوار الوطني , وإنه سيبحث الأمر خلال اجتماعاته المقبلة مع رئيسي مصر وتركيا", 1))
s_eg2 = g.stmt(("الرئيس الروسي", 1, "من ناحية أخرى"), ("دعا", 1, "من ناحية أخرى"), "demand",
               ("مفاوضات فلسطينية - اسرائيلية مباشرة حول \" كل القضايا المتنازع عليها بما فيها وضع القدس", 1),
               medium=("مؤتمر صحافي مشترك مع الرئيس المصري في القاهرة", 1))
s_eg3 = g.stmt(("بوتين", 11, None, E("بوتين", 11)), ("قال", 1, "وقال بوتين إنه"), "demand",
               ("يرى \" ضرورة الاستئناف الفوري للمفاوضات الفلسطينية - الإسرائيلية المباشرة حول كل القضايا المتنازع عليها , بما فيها وضع القدس", 1))
s_eg4 = g.stmt(("بوتين", 13, None, E("بوتين", 13)), ("أضاف", 1, "وأضاف بوتين ,"), "demand",
               ("لابد من اتفاقات ( للسلام ) عادلة وطويلة المدى تحقق مصالح \" الطرفين", 1), direct=True)
s_eg5 = g.stmt(("بوتين", 13, None, E("بوتين", 13)), ("مشددا على", 1), "assert",
               ("موسكو تعتبر \" كل ما يستبق نتائج المفاوضات ( بين الطرفين ) عديم الجدوى", 1))
s_sok1 = g.stmt(("ماكسيم سوكولوف", 1, None, E("سوكولوف", 1)), ("قال", 1, "من جهته , قال وزير النقل"), "assert",
                ("روسيا مستعدة لتوقيع بروتوكول مع مصر هذا الأسبوع لاستئناف رحلات الطيران المباشرة بين موسكو والقاهرة", 1))
s_sok2 = g.stmt(("سوكولوف", 2, None, E("سوكولوف", 2)), ("ذكر", 1, "وذكر سوكولوف"), "assert",
                ("قد يتم استئناف رحلات الطيران بين موسكو والقاهرة في أوائل فبراير المقبل , على مسارات شركة مصر للطيران وشركة الطيران الروسية \" إيروفلوت \"", 1))

eHm2, eSy3 = E("حميميم", 2), E("سورية", 3)
p_meet = g.prop("other", [("agent", ePut1, "RUS"), ("partner", eAs1, "SYR")], ("يلتقي", 1), place=E("حميميم", 1), time=t_y)
g.claim(p_meet, "author")
p_wd = g.prop("withdrawal", [("agent", e_rusf, "RUS")], ("بسحب", 1), place=eSy3, time=t_y)
g.claim(p_wd, "author", "affirm", "planned")
for s in (s_ann, s_ifx, s_home):
    g.claim(p_wd, s, "affirm", "planned")
p_def = g.prop("attack", [("agent", e_rusaf, "RUS"), ("partner", e_syra, "SYR"), ("target", e_terr, None)], ("قضت", 1), place=eSy3, time=t_2y)
g.claim(p_def, s_ifx)
g.claim(p_def, s_tv)
p_stay = g.prop("deployment", [("agent", e_rsold, "RUS")], ("سيبقون", 1), place=eSy3)
g.claim(p_stay, "author", "affirm", "planned")
p_threat = g.prop("attack", [("agent", ePut1, "RUS")], ("فسنضرب", 1), place=eSy3)
g.claim(p_threat, s_warn, "affirm", "possible")
p_sup = g.prop("support", [("agent", E("روسيا", 2), "RUS"), ("partner", E("الأسد", 4), "SYR")], ("مشاركة روسيا", 1), place=eSy3)
g.claim(p_sup, s_thx)
g.claim(p_sup, "author")
p_air = g.prop("airstrike", [("agent", E("روسيا", 3), "RUS")], ("ضربات جوية", 1), place=E("سورية", 12), time=t_2015)
g.claim(p_air, "author")
p_bases = g.prop("deployment", [("agent", E("روسيا", 4), "RUS")], ("ستحتفظ", 1), place=E("حميميم", 4))
g.claim(p_bases, s_bases, "affirm", "planned")
p_peace = g.prop("agreement", [("agent", ePut1, "RUS"), ("partner", E("إيران", 1), "IRN"), ("partner", E("تركيا", 1), "TUR")], ("العمل", 1, "يريد"))
g.claim(p_peace, s_sub, "affirm", "intended")
g.claim(p_peace, s_sag_p, "affirm", "intended")
g.claim(p_peace, s_sag, "affirm", "intended")
p_jer = g.prop("other", [("agent", e_trump, "USA")], ("بالاعتراف", 1))
g.claim(p_jer, "author")
p_nuc = g.prop("agreement", [("agent", E("بوتين", 14), "RUS"), ("partner", E("السيسي", 2), "EGY")], ("توقيع العقد النهائي", 1), place=e_dab, time=t_y2)
g.claim(p_nuc, "author")
p_prot = g.prop("agreement", [("agent", E("روسيا", 5), "RUS"), ("partner", E("مصر", 4), "EGY")], ("بروتوكول", 1), time=t_wk)
g.claim(p_prot, s_sok1, "affirm", "planned")
p_fl = g.prop("other", [], ("استئناف", 1, "قد يتم"), time=t_feb)
g.claim(p_fl, s_sok2, "affirm", "possible")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
