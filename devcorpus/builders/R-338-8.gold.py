"""Gold analysis of unifiedfc R-338 article 8 (Asharq Al-Arabi press round-up; published estimated 2017-11-11,
the Saturday all the quoted reports refer to): five outlets' versions of the Putin-Trump joint statement on
Syria at the APEC summit in Da Nang.

Judgement calls:
- The page is a compilation: each section is headed "OUTLET : headline". The outlet label is recorded
  as the via of the statements in its section (nearest first); a section headline with a speaker
  ("روسيا : ...", "ترمب : ...") is a statement by that speaker via the outlet (cue = the colon); a
  headline without one (العرب نيوز, دنيا الوطن) is a statement by the outlet itself.
- Narrative sentences inside a section (e.g. the handshake accounts) are claimed by "author": the page
  presents them in its own voice.
- The whole page text is the body (no boilerplate).
- Propositions: the joint statement (agreement), joint efforts against ISIS until its defeat (attack,
  planned), communication channels to avoid incidents (agreement), the presidents' brief talk/handshake
  (other), a private meeting (other: the White House says there was none; Peskov's "the statement was
  prepared for the presidents' meeting" is a planned meeting, so no contradiction), and the Lavrov-
  Tillerson meeting (other).
- AFP's "exchanged a few words without real direct dialogue" and the Kremlin's "brief conversation" are
  compatible: no contradiction.
- Garbled tokens ("س - - وريا", "الس - بت", "ال - جمعة", "تارمب") are annotated as written.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, a1):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": a1}
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
TRUMP = dict(actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
PESKOV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Peskov")
KREM = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place=gn(2017370, "Russia", 60.0, 100.0, "RU", None))
USA_ = dict(canonical="United States", actor="USA", party="USA", role="government", place=gn(6252001, "United States", 39.76, -98.5, "US", None))
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY", None))
VN = dict(canonical="Vietnam", place=gn(1562822, "Vietnam", 16.16667, 107.83333, "VN", None))
GENEVA = dict(canonical="Geneva", place=gn(2660646, "Geneva", 46.20222, 6.14569, "CH", "Geneva"))
DANANG = dict(canonical="Da Nang", place=gn(1583992, "Da Nang", 16.06778, 108.22083, "VN", "Da Nang"))
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
LAV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
TIL = dict(actor="USA.GOV", party="USA", role="government", canonical="Rex Tillerson")
UNSC = dict(actor="UNSC", party=None, role="other", canonical="UN Security Council")
PAIR = dict(canonical="Putin and Trump")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-338-8", "outlet": "الشرق العربي", "published": "2017-11-11", "url": None, "title": None})

def allx(short, longs, typ, skip=(), **kw):
    """Every whole-word occurrence of short, widened to a longer name ending at the same place."""
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
    raise AssertionError(f"no entity at {s} {nth}")

allx("بوتين", ["فلاديمير بوتين", "فلاديمير # بوتين"], "PER", **PUTIN)
allx("بوتن", ["فلاديمير بوتن"], "PER", **PUTIN)
allx("ترامب", ["دونالد ترامب"], "PER", **TRUMP)
allx("ترمب", ["دونالد ترمب", "دونالد # ترمب"], "PER", **TRUMP)
g.ent("تارمب", "PER", **TRUMP)
allx("روسيا", [], "GPE", skip=(3,), **RUSSIA)
allx("سوريا", [], "GPE", **SYRIA)
allx("سورية", [], "GPE", **SYRIA)
allx("س - - وريا", [], "GPE", **SYRIA)
allx("بيسكوف", ["ديمتري بيسكوف", "دميتري بيسكوف"], "PER", **PESKOV)
allx("الكرملين", ["الكرملين الروسي"], "ORG", **KREM)
allx("فيتنام", [], "GPE", **VN)
allx("جنيف", [], "GPE", **GENEVA)
allx("لافروف", ["سيرغي لافروف"], "PER", **LAV)
allx("تيلرسون", ["ريكس تيلرسون"], "PER", **TIL)
allx("الولايات المتحدة", [], "GPE", **USA_)
allx("مجلس الأمن الدولي", [], "ORG", **UNSC)
allx("تنظيم الدولة", [], "ORG", **ISIS)
g.ent("داعش", "ORG", **ISIS)
g.ent("دانانج", "GPE", **DANANG)
g.ent("دانانغ", "GPE", 1, **DANANG)
g.ent("دانانغ", "GPE", 2, **DANANG)
OUT = dict(role="media", party=None)
e_aan = g.ent("اخبار الان", "ORG", actor="ALAAN", canonical="Akhbar Al Aan", **OUT)
e_arn = g.ent("العرب نيوز", "ORG", 1, actor="ARABNEWS", canonical="Al Arab News", **OUT)
g.ent("العرب نيوز", "ORG", 2, actor="ARABNEWS", canonical="Al Arab News", **OUT)
e_rt = g.ent("روسيا اليوم", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="RT Arabic")
e_dw = g.ent("دنيا الوطن", "ORG", actor="DUNYAWATAN", canonical="Dunya al-Watan", **OUT)
e_an = g.ent("العربية نت", "ORG", actor="ALARABIYA", canonical="Al Arabiya Net", **OUT)
e_rag1 = g.ent("وكالات أنباء روسية", "ORG", 1, nominal=True, actor="RUS.MED", party="RUS", role="media", canonical="Russian news agencies")
e_rag2 = g.ent("وكالات أنباء روسية", "ORG", 2, nominal=True, actor="RUS.MED", party="RUS", role="media", canonical="Russian news agencies")
e_tass = g.ent("وكالة تاس الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="TASS")
e_afp = g.ent("وكالة الصحافة الفرنسية", "ORG", actor="AFP", party=None, role="media", canonical="Agence France-Presse")
e_wh = g.ent("البيت الأبيض", "ORG", actor="USA.GOV", party="USA", role="government", canonical="White House")
e_sky = g.ent("سكاي نيوز", "ORG", actor="SKYNEWSARABIA", party=None, role="media", canonical="Sky News Arabia")
e_ags = g.ent("الوكالات", "ORG", 1, after="بحسب", nominal=True, actor="RUS.MED", party="RUS", role="media", canonical="Russian news agencies")
g.ent("الشرق الأوسط", "LOC", canonical="Middle East", place=named("Middle East"))
g.ent("الأمم المتحدة", "ORG", canonical="United Nations", actor="UN", party=None, role="other")
e_assad = g.ent("الرئيس السوري بشار الأسد", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
e_rdel = g.ent("مصدر في الوفد الروسي", "PER", nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Russian delegation source")
e_z = g.ent("الزعيمان", "PER", 1, nominal=True, **PAIR)
e_r12 = g.ent("الرئيسيان الروسي والأمريكي", "PER", nominal=True, **PAIR)
e_r13 = g.ent("الرئيسان", "PER", 1, after="ودعا", nominal=True, **PAIR)
e_tr = g.ent("الطرفان", "PER", 1, after="وأكد", nominal=True, **PAIR)
e_rE = g.ent("الرئيسان الروسي والأميركي", "PER", 1, nominal=True, **PAIR)

# times
t_sat = g.time("اليوم السبت", "2017-11-11", "day", "at", 1)
g.time("الس - بت", "2017-11-11", "day", "at", 1)
t_fri = g.time("ال - جمعة", "2017-11-10", "day", "at", 1)
g.time("مساء ال - جمعة", "2017-11-10", "part_of_day", "at")
g.time("صباح الس - بت", "2017-11-11", "part_of_day", "at")
g.time("مؤخرا", None, "vague", "before")
g.time("اليوم السبت", "2017-11-11", "day", "at", 2)
g.time("في وقت سابق من اليوم", "2017-11-11", "day", "before")
g.time("بعد فترة من الوقت", None, "vague", "after")
g.time("اليوم السبت", "2017-11-11", "day", "at", 3)
g.time("منذ أكثر من 6 سنوات", "2011", "year", "since")
g.time("السبت", "2017-11-11", "day", "at", 1, after="ديمتري بيسكوف ,")

# statements
V = lambda s, n=1: (s, n, None, E(s, n))
AAN, ARN, RT, DW, AN = V("اخبار الان"), V("العرب نيوز"), V("روسيا اليوم"), V("دنيا الوطن"), V("العربية نت")
st = g.stmt
sA0 = st(("روسيا", 1, None, E("روسيا", 1)), (":", 2), "assert", ("بوتين وترامب وافقا على بيان مشترك حول سورية", 1), via=[AAN])
sA1 = st(("ديمتري بيسكوف", 1, None, E("بيسكوف", 1)), ("قوله", 1), "assert",
         ("الرئيس الروسي فلاديمير بوتين والرئيس الأميركي دونالد ترامب وافقا على بيان مشترك في شأن سورية , بعد حديث مقتضب بينهما خلال قمة أبك في فيتنام", 1),
         via=[AAN, V("وكالات أنباء روسية", 1)])
sA2 = st(("بيسكوف", 2, None, E("بيسكوف", 2)), ("قوله", 2), "assert",
         ("البيان أعد خصيصا لاجتماع الرئيسين في مدينة دانانج الفيتنامية على هامش القمة", 1), via=[AAN, V("وكالات أنباء روسية", 1)])
sBh = st(("العرب نيوز", 1, None, E("العرب نيوز", 1)), (":", 1, "العرب نيوز"), "assert", ("اتفاق روسي أمريكي على حل سياسي في سوريا", 1))
sB1 = st(("الكرملين الروسي", 1, None, E("الكرملين", 2)), ("اخبر", 1), "assert",
         ("الرئيسين الروسي فلاديمير بوتين والأمريكي الرئيس تارمب اتفقا في ظهور مشترك بشأن س - - وريا على مواصلة الجهود المشتركة في التصدي لتنظيم الدولة إلى أن تسفر عن هزيمته", 1),
         via=[ARN])
sB2 = st(("الزعيمان", 1, None, e_z), ("ركز", 1), "assert", ("التزامهما بسيادة س - - وريا واستقلالها وسلامة أراضيها", 1), via=[ARN])
sB3 = st(("الزعيمان", 1, None, e_z), ("طالبا", 1), "demand", ("كل أطراف الصراع السوري بلعب دور نشط في عملية السلام بجنيف", 1), via=[ARN])
sB4 = st(("البيان المشترك", 1), ("جاء في نص", 1), "assert", ("روسيا والولايات المتحدة اتفقتا أيضا على أنه لا حل عسكري للصراع", 1),
         via=[ARN], medium=("موقعه الإلكتروني", 1))
sB5 = st(("وكالة تاس الروسية", 1, None, e_tass), ("افادت", 1), "assert",
         ("بوتين وترامب اتفقا على فتح قنوات اتصال لتفادي الحوادث الخطيرة في الشرق الأوسط", 1), via=[ARN])
sB6 = st(("وكالة الصحافة الفرنسية", 1, None, e_afp), ("انبأت", 1), "assert",
         ("الرئيسان تصافحا وتبادلا بضع كلمات بدون أن يجري أي حوار حقيقي مباشر بينهما", 1), via=[ARN])
sB7 = st(("البيت الأبيض", 1, None, e_wh), ("اخبر", 1, "البيت الأبيض"), "assert",
         ("ليس هناك أي اجتماع على انفراد بين الرئيسين", 1), via=[ARN])
sCh = st(("بوتين وترامب", 1, "روسيا اليوم :"), ("يؤكدان", 1), "confirm", ("استقلال وسيادة ووحدة أراضي وعلمانية سوريا", 1), via=[RT])
C1SRC = ("الرئيسان الروسي فلاديمير بوتين والأمريكي دونالد ترامب", 1, None, E("بوتين", 6))
sC1 = st(C1SRC, ("أكد", 1, "وعلمانية سوريا\n"), "confirm", ("استقلال وسيادة ووحدة أراضي وعلمانية سوريا", 1, "دونالد ترامب , على"),
         via=[RT], medium=("بيان مشترك صدر عن الرئيسين على هامش قمة آبيك في فيتنام", 1))
sC2 = st(C1SRC, ("شددا على", 1), "assert", ("عدم وجود حل عسكري للأزمة السورية", 1),
         via=[RT], medium=("بيان مشترك صدر عن الرئيسين على هامش قمة آبيك في فيتنام", 1))
sC3 = st(("الوثيقة", 1), ("قالت", 1, "وقالت الوثيقة"), "assert",
         ("وافق الرئيسان على أن التسوية النهائية للنزاع في سوريا , يجب أن تكون في إطار عملية جنيف , وفقا لقرار مجلس الأمن الدولي رقم 2254", 1),
         via=[RT], direct=True)
sC4 = st(("بوتين وترامب", 1, "وأشار"), ("أشار", 1, "وأشار بوتين"), "assert",
         ("تصريح صدر مؤخرا عن الرئيس السوري بشار الأسد , أكد فيه الالتزام بعملية جنيف والإصلاح الدستوري والانتخابات وفقا لقرارات مجلس الأمن الدولي", 1),
         via=[RT])
sC4a = st(("الرئيس السوري بشار الأسد", 1, None, e_assad), ("أكد فيه", 1), "confirm",
          ("الالتزام بعملية جنيف والإصلاح الدستوري والانتخابات وفقا لقرارات مجلس الأمن الدولي", 1), via=[RT], embedded_in=sC4)
sC5 = st(("الرئيسيان الروسي والأمريكي", 1, None, e_r12), ("أكد", 1, "وأكد الرئيسيان"), "confirm",
         ("أن هذه الخطوات تفترض التنفيذ الكامل لقرار مجلس الأمن الدولي رقم 2254 بما في ذلك الإصلاح الدستوري وإجراء انتخابات حرة ونزيهة تحت مراقبة الأمم المتحدة , مع مراعاة أعلى المقاييس الدولية في مجال الشفافية والمساءلة ومنح جميع السوريين , بمن فيهم من في الشتات , الحق في المشاركة فيها", 1),
         via=[RT])
sC6 = st(("الرئيسان", 1, "ودعا", e_r13), ("دعا", 1, "ودعا الرئيسان"), "demand",
         ("كافة الأطراف السورية إلى المشاركة الفعالة في عملية جنيف السياسة , ودعم الجهود الهادفة لتحقيق نجاحها", 1), via=[RT])
sC7 = st(("دميتري بيسكوف", 1, None, E("بيسكوف", 3)), ("أعلن", 1, "دميتري بيسكوف"), "assert",
         ("الرئيسين الروسي فلاديمير بوتين والأمريكي دونالد ترامب وافقا , خلال تواصل قصير على هامش قمة آبيك , على بيان مشترك حول سوريا", 1), via=[RT])
sC8 = st(("دميتري بيسكوف", 1, None, E("بيسكوف", 3)), ("قال", 1, "حول سوريا\nوقال"), "assert",
         ("تم إعداد الوثيقة من قبل خبراء البلدين , ومن ثم جرى تنسيقها بين وزيري خارجية روسيا سيرغي لافروف , والولايات المتحدة ريكس تيلرسون", 1), via=[RT])
sC9 = st(("بيسكوف", 4, None, E("بيسكوف", 4)), ("نوه", 1), "assert",
         ("تم تحضير البيان خصيصا لاجتماع الزعيمين الروسي والأمريكي في دانانغ بفيتنام", 1), via=[RT])
sC10 = st(("مصدر في الوفد الروسي", 1, None, e_rdel), ("أعلن", 1, "في وقت سابق من اليوم"), "assert",
          ("تم عقد اجتماع بين لافروف وتيلرسون دون أن يكشف أية تفاصيل", 1), via=[RT])
sDh = st(("دنيا الوطن", 1, None, E("دنيا الوطن")), (":", 1, "دنيا الوطن"), "assert",
         ("اتفاق روسي أمريكي بشأن تنظيم الدولة وسوريا وعملية السلام", 1))
sD1 = st(("الكرملين", 4, None, E("الكرملين", 4)), ("قال", 1, "وعملية السلام\n"), "assert",
         ("الرئيسين الروسي فلاديمير بوتن والأميركي دونالد ترامب اتفقا , في بيان مشترك بشأن سوريا , على مواصلة الجهود المشتركة في التصدي لتنظيم الدولة إلى أن تسفر عن هزيمته", 1),
         via=[DW])
sD2 = st(("ترامب وبوتن", 1), ("أكد", 1, "هزيمته\nوأكد"), "confirm",
         ("أهمية مناطق خفض التصعيد في سوريا , كإجراء مؤقت لحين التوصل لتسوية للأزمة", 1), via=[DW, V("سكاي نيوز")])
sD3 = st(("ترامب وبوتن", 1), ("شددا على ضرورة", 1), "demand",
         ("إبقاء قوات الاتصال مفتوحة بين الطرفين لتجنب أي حوادث مستقبلية , والتزامهما بسيادة سوريا واستقلالها وسلامة أراضيها", 1), via=[DW])
sD4 = st(("ترامب وبوتن", 1), ("مطالبا", 1), "demand", ("كل أطراف الصراع السوري بلعب دور نشط في عملية السلام بجنيف", 2), via=[DW])
sD5 = st(("البيان", 1, "وجاء في نص البيان ,"), ("جاء في نص", 2), "assert",
         ("روسيا والولايات المتحدة اتفقتا أيضا على أنه لا حل عسكريا للصراع المستمر منذ أكثر من 6 سنوات", 1),
         via=[DW], medium=("موقعه الإلكتروني", 2))
sD6 = st(("البيان المشترك", 1, "وحث"), ("حث", 1), "demand",
         ("كل أطراف الصراع السوري على المشاركة بفاعلية في عملية السلام المقبلة في جنيف", 1), via=[DW])
sEh = st(("ترمب", 1, None, E("ترمب", 1)), (":", 2, "العربية نت"), "assert", ("الاتفاق مع روسيا حول سوريا سينقذ الكثير من الأرواح", 1), via=[AN])
sEh2 = st(("الرئيسان الروسي والأميركي", 1, None, e_rE), ("أكدا", 1), "confirm", ("الالتزام بسيادة سوريا واستقلالها", 1), via=[AN])
sE1 = st(("دونالد ترمب", 1, None, E("ترمب", 2)), ("قال", 1, "واستقلالها\n"), "assert",
         ("الاتفاق مع روسيا حول سوريا سينقذ الكثير من الأرواح", 2), via=[AN])
sE2 = st(("ديمتري بيسكوف", 1, "المتحدث باسم الكرملين ,", E("بيسكوف", 5)), ("نقلت", 1, "وفق ما"), "assert",
         ("الرئيسان الروسي فلاديمير # بوتين , والأميركي دونالد # ترمب , قد وافقا على بيان مشترك بشأن # سوريا بعد حديث مقتضب بينهما خلال قمة أبك في فيتنام", 1),
         via=[AN, V("وكالات أنباء روسية", 2)])
sE3 = st(("بيسكوف", 6, None, E("بيسكوف", 6)), ("قال", 1, "السبت\nوقال"), "assert",
         ("البيان أعد خصيصا لاجتماع الرئيسين في مدينة دانانغ الفيتنامية على هامش القمة", 1), via=[AN, ("الوكالات", 1, "بحسب", e_ags)])
sE4 = st(("بيسكوف", 6, None, E("بيسكوف", 6)), ("أضاف", 1, "على هامش القمة\nوأضاف"), "assert",
         ("الرئيسين اتفقا على مواصلة الجهود المشتركة بهدف هزيمة تنظيم # داعش", 1), via=[AN, ("الوكالات", 1, "بحسب", e_ags)])
sE5 = st(("الطرفان", 1, "وأكد", e_tr), ("أكد", 1, "داعش\nوأكد"), "confirm",
         ("الالتزام بسيادة سوريا واستقلالها وسلامة أراضيها , وعلى أهمية مناطق خفض التصعيد في البلاد كإجراء مؤقت لحين التوصل لتسوية للأزمة", 1), via=[AN])
sE6 = st(("الطرفان", 1, "وأكد", e_tr), ("طالبا", 1, "كما"), "demand",
         ("كل أطراف الصراع بلعب دور نشط في عملية السلام بجنيف", 1), via=[AN])
sE7 = st(("البيان المشترك", 1, "وجاء في نص البيان المشترك الذي نشره الكرملين على موقعه الإلكتروني , أن"), ("جاء في نص", 3), "assert",
         ("روسيا والولايات المتحدة اتفقتا أيضا على أنه لا حل عسكريا للأزمة", 1), via=[AN], medium=("موقعه الإلكتروني", 3))
sE8 = st(("بيسكوف", 7, None, E("بيسكوف", 7)), ("ذكر", 1, "كذلك"), "assert",
         ("الوثيقة أعدت من قبل خبراء البلدين , واتفق عليها وزيرا الخارجية الروسي سيرغي لافروف , والأميركي ريكس تيلرسون", 1), via=[AN])

# propositions and claims
ePut, eTr = E("بوتين", 1), E("ترامب", 1)
p_joint = g.prop("agreement", [("agent", ePut, "RUS"), ("partner", eTr, "USA")], ("بيان مشترك", 1), place=E("فيتنام", 1), time=t_sat)
for s in (sA0, sA1, sBh, sB1, sB4, sC3, sC7, sC8, sDh, sD1, sD5, sEh, sE1, sE2, sE4, sE7, sE8):
    g.claim(p_joint, s)
g.claim(p_joint, "author")
p_isis = g.prop("attack", [("agent", ePut, "RUS"), ("agent", eTr, "USA"), ("target", E("تنظيم الدولة", 1), "ISIS")], ("التصدي", 1))
for s in (sB1, sD1, sE4):
    g.claim(p_isis, s, "affirm", "planned")
p_chan = g.prop("agreement", [("agent", ePut, "RUS"), ("partner", eTr, "USA")], ("قنوات اتصال", 1))
g.claim(p_chan, sB5)
g.claim(p_chan, sD3, "affirm", "planned")
p_talk = g.prop("other", [("agent", ePut, "RUS"), ("partner", eTr, "USA")], ("حديث مقتضب", 1), place=E("فيتنام", 1), time=t_sat)
for s in (sA1, sB6, sC7, sE2, "author"):
    g.claim(p_talk, s)
p_meet = g.prop("other", [("agent", ePut, "RUS"), ("partner", eTr, "USA")], ("اجتماع", 1, "ليس هناك أي"), place=E("دانانج"), time=t_fri)
g.claim(p_meet, sB7, "deny")
for s in (sA2, sC9, sE3):
    g.claim(p_meet, s, "affirm", "planned")
p_lt = g.prop("other", [("agent", E("لافروف", 2), "RUS"), ("partner", E("تيلرسون", 2), "USA")], ("اجتماع", 1, "تم عقد"), time=t_sat)
g.claim(p_lt, sC10)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
