"""Gold analysis of R-540 article 2 (An-Nahar, 2017-10-17): Israel strikes a Syrian anti-aircraft battery east
of Damascus after it fired on Israeli jets over Lebanon; Israel says no jet was hit, the Syrian army says it
hit one; Shoigu visits Israel.

Judgement calls:
- Published 17 October 2017 (00:03), so «أمس» = 2017-10-16; the army statement's «صباح اليوم ( أمس )»
  and Netanyahu's «اليوم» are the same day. The doubled date line is two time mentions.
- Body: second headline copy with the date and photo caption to Shoigu's quote; the subheadings
  «الجيش السوري» and «شويغو في اسرائيل» are kept (the first tagged as an entity).
- Headline contradiction: Conricus «أي طائرات إسرائيلية لم تصب» vs the Syrian army «أصاب إحدى الطائرات
  الإسرائيلية» / the General Command «أصابت إحدى طائراته إصابة مباشرة»: one shootdown (hit) proposition,
  inter_party ISR vs SYR, negation.
- The Israeli strike on the battery: author, Conricus, Netanyahu («تدمير ما كان ينبغي تدميره») and the
  Syrian command («أطلق العدو ... عدة صواريخ ... سقطت في أحد مواقعنا») all affirm it; «الأضرار
  المادية» vs «أعطبت» is not a contradiction.
- Syrian fire at the jets (attack, SYR on ISR) is affirmed by Israel's statements and by the Syrian
  command («تصدت له وسائط دفاعنا الجوي»). The Syrian claim that Israeli jets violated Syrian airspace at
  the Lebanese border is not incompatible with Israel's «فوق لبنان» (Baalbek is in Lebanon).
- «يشتبه» (arms to Hezbollah) = author claim, possible. «حذرت» = assert.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, adm=None):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": adm}
PL = {
 "Syria": gn(163843, "Syria", 35.0, 38.0, "SY"), "Iraq": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
 "Russia": gn(2017370, "Russia", 60.0, 100.0, "RU"), "Turkey": gn(298795, "Turkey", 39.0, 35.0, "TR"),
 "United States": gn(6252001, "United States", 39.76, -98.5, "US"), "Iran": gn(130758, "Iran", 32.0, 53.0, "IR"),
 "Israel": gn(294640, "Israel", 31.5, 34.75, "IL"), "Lebanon": gn(272103, "Lebanon", 33.83333, 35.83333, "LB"),
 "Jordan": gn(248816, "Jordan", 31.0, 36.0, "JO"),
 "Aleppo": gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"),
 "Damascus": gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"),
 "Idlib": gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"),
 "Homs": gn(169577, "Homs", 34.72405, 36.72559, "SY", "Homs"),
 "Hama": gn(170017, "Ḩamāh", 35.13179, 36.75783, "SY", "Hama"),
 "Raqqa": gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"),
 "Deir ez-Zor": gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"),
 "Abu Kamal": gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"),
 "Al Mayadin": gn(173480, "Al Mayādīn", 35.01982, 40.45154, "SY", "Deir ez-Zor"),
 "Palmyra": gn(163808, "Tadmur", 34.5624, 38.28402, "SY", "Homs"),
 "Manbij": gn(167357, "Manbij", 36.52815, 37.95495, "SY", "Aleppo"),
 "Al Bab": gn(174018, "Al Bāb", 36.37051, 37.5157, "SY", "Aleppo"),
 "Afrin": gn(174186, "‘Afrīn", 36.51194, 36.86954, "SY", "Aleppo"),
 "Kobani": gn(172256, "‘Ayn al ‘Arab", 36.89095, 38.35347, "SY", "Aleppo"),
 "Daraa": gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"),
 "Douma": gn(170592, "Dūmā", 33.57175, 36.4027, "SY", "Rif Dimashq"),
 "Latakia": gn(173576, "Latakia", 35.53125, 35.79088, "SY", "Latakia"),
 "Hasakah": gn(173811, "Al Ḩasakah", 36.50237, 40.74772, "SY", "Al-Hasakah"),
 "Qamishli": gn(173377, "Al Qāmishlī", 37.05215, 41.23142, "SY", "Al-Hasakah"),
 "Tabqa": gn(172374, "Al-Tabqa", 35.83758, 38.54828, "SY", "Raqqa"),
 "Khan Shaykhun": gn(168325, "Khān Shaykhūn", 35.44208, 36.65095, "SY", "Idlib"),
 "Jarabulus": gn(169179, "Jarābulus", 36.8175, 38.01111, "SY", "Aleppo"),
 "Azaz": gn(172082, "I‘zāz", 36.58662, 37.04628, "SY", "Aleppo"),
 "Moscow": gn(524901, "Moscow", 55.75204, 37.61781, "RU"), "Ankara": gn(323786, "Ankara", 39.91987, 32.85427, "TR"),
 "Tehran": gn(112931, "Tehran", 35.69439, 51.42151, "IR"), "Beirut": gn(276781, "Beirut", 33.89332, 35.50157, "LB"),
 "Baghdad": gn(98182, "Baghdad", 33.34058, 44.40088, "IQ"), "Astana": gn(1526273, "Astana", 51.1801, 71.44598, "KZ"),
 "Geneva": gn(2660646, "Geneva", 46.20222, 6.14569, "CH"), "Sochi": gn(491422, "Sochi", 43.59699, 39.72477, "RU"),
 "Amman": gn(250441, "Amman", 31.95522, 35.94503, "JO"), "Istanbul": gn(745044, "Istanbul", 41.01384, 28.94966, "TR"),
}
def P(key, canonical=None, **kw):
    """entity kwargs for a known place"""
    d = dict(canonical=canonical or key, place=PL[key])
    d.update(kw)
    return d
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hayat Tahrir al-Sham / Jabhat Fateh al-Sham (al-Nusra)")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
SOHR = dict(actor="SOHR", party=None, role="other", canonical="Syrian Observatory for Human Rights")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian armed forces")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish armed forces")
HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")

def every(g, s, typ, **kw):
    """every whole-word occurrence of s not overlapping an entity already listed"""
    ids, n = [], 0
    while True:
        n += 1
        try:
            sp = g.span(s, n)
        except AssertionError:
            break
        if any(sp[0] < e["span"][1] and e["span"][0] < sp[1] for e in g.out["entities"]):
            continue
        ids.append(g.ent(s, typ, n, **kw))
    return ids

def eid(g, s, nth=1, after=None):
    """id of the entity listed at that mention"""
    sp = g.span(s, nth, after)
    for e in g.out["entities"]:
        if e["span"] == sp:
            return e["id"]
    raise AssertionError(f"no entity at {s} {nth} {after}")
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-540-2", "outlet": "النهار", "published": "2017-10-17", "url": None, "title": None})
ISR = P("Israel", actor="ISR", party="ISR", role="government")
ISRAF = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israeli Air Force")
ISRMIL = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israel Defense Forces")
SHOIGU = dict(actor="RUS.MIL", party="RUS", role="government", canonical="Sergei Shoigu")
LIEB = dict(actor="ISR.GOV", party="ISR", role="government", canonical="Avigdor Lieberman")
CON = dict(ISRMIL, canonical="Jonathan Conricus")
SGC = dict(SYRMIL, canonical="Syrian Army General Command")
TLV = dict(canonical="Tel Aviv", place=gn(293397, "Tel Aviv", 32.08088, 34.78057, "IL"))
LEB = dict(canonical="Lebanon", place=PL["Lebanon"])
e_rus0 = g.ent("روسيا", "GPE", 1, **P("Russia", actor="RUS", party="RUS", role="government"))
g.time("17 تشرين الأول 2017 | 00 : 03", "2017-10-17", "day", "at", 1)
g.time("17 تشرين الأول 2017 | 00 : 03", "2017-10-17", "day", "at", 2)
e_sh1 = g.ent("سيرغي شويغو", "PER", 1, **SHOIGU)
e_lieb1 = g.ent("أفيغدور ليبرمان", "PER", 1, **LIEB)
g.ent("تل ابيب", "GPE", 1, **TLV)
g.time("أمس", "2017-10-16", "day", "at", 1)
g.ent("أ ف ب", "ORG", 1, actor="AFP", party=None, role="media", canonical="Agence France-Presse")
e_iaf = g.ent("سلاح الجو الإسرائيلي", "ORG", 1, **ISRAF)
t_y = g.time("أمس", "2017-10-16", "day", "at", 2)
e_isr1 = g.ent("إسرائيل", "GPE", 1, **ISR)
e_leb1 = g.ent("لبنان", "GPE", 1, **LEB)
g.ent("الجيش الإسرائيلي", "ORG", 1, **ISRMIL)
e_con = g.ent("جوناثان كونريكوس", "PER", 1, **CON)
t_2h = g.time("بعد ذلك بساعتين", "2017-10-16", "day", "after", 1)
q50 = g.qty("50 كيلومترا", 50, "km")
e_dam = g.ent("دمشق", "GPE", 1, **P("Damascus"))
e_reg1 = g.ent("النظام السوري", "ORG", 1, **SYRGOV)
g.ent("النظام السوري", "ORG", 2, **SYRGOV)
e_idf2 = g.ent("الجيش الإسرائيلي", "ORG", 2, **ISRMIL)
e_rus2 = g.ent("روسيا", "GPE", 2, **P("Russia", actor="RUS", party="RUS", role="government"))
g.ent("سيرغي شويغو", "PER", 2, **SHOIGU)
g.time("أمس", "2017-10-16", "day", "at", 3)
g.ent("اسرائيل", "GPE", 1, **ISR)
e_iaf2 = g.ent("السلاح الجوي الإسرائيلي", "ORG", 1, **ISRAF)
e_leb2 = g.ent("لبنان", "GPE", 2, **LEB)
e_sy1 = g.ent("سوريا", "GPE", 1, **P("Syria"))
t_mar = g.time("في آذار", "2017-03", "month", "at", 1)
e_con2 = g.ent("كونريكوس", "PER", 1, after="وأوضح", **CON)
g.time("أمس", "2017-10-16", "day", "at", 4)
g.time("في آذار", "2017-03", "month", "at", 2)
e_net = g.ent("بنيامين نتنياهو", "PER", 1, actor="ISR.GOV", party="ISR", role="government", canonical="Benjamin Netanyahu")
g.ent("إسرائيل", "GPE", 1, after="جاء فيه إن", **ISR)
g.time("اليوم", "2017-10-16", "day", "at", 1, after="وقال : \"")
g.ent("سلاح الجو", "ORG", 1, after="رد ", nominal=True, **ISRAF)
g.ent("إسرائيل", "GPE", 1, after="للدفاع عن", **ISR)
g.ent("الجيش السوري", "ORG", 1, **SYRMIL)
e_sa = g.ent("الجيش السوري", "ORG", 2, **SYRMIL)
g.ent("لبنان", "GPE", 1, after="الحدود مع", **LEB)
e_sgc = g.ent("القيادة العامة للجيش والقوات المسلحة السورية", "ORG", 1, **SGC)
g.ent("طيران العدو الإسرائيلي", "ORG", 1, **ISRAF)
t_morn = g.time("صباح اليوم ( أمس )", "2017-10-16", "part_of_day", "at")
e_lbord = g.ent("الحدود اللبنانية", "LOC", 1, canonical="Lebanon-Syria border", place=named("Lebanon-Syria border"))
e_baal = g.ent("منطقة بعلبك", "GPE", 1, canonical="Baalbek", place=named("Baalbek", "LB", "Baalbek-Hermel"))
g.time("بعد ذلك بساعتين", "2017-10-16", "day", "after", 2)
e_enemy = g.ent("العدو الإسرائيلي", "ORG", 1, after="بساعتين \" أطلق", **ISRMIL)
g.ent("الأراضي المحتلة", "LOC", 1, canonical="Israeli-occupied territory", place=named("Israeli-occupied territory"))
e_rdam = g.ent("ريف دمشق", "LOC", 1, canonical="Damascus countryside", place=named("Rif Dimashq", "SY", "Rif Dimashq"))
e_sgc2 = g.ent("القيادة العامة", "ORG", 1, after="وحذرت", nominal=True, **SGC)
g.ent("إسرائيل", "GPE", 1, after="من جانب", **ISR)
e_sy2 = g.ent("سوريا", "GPE", 1, after="ونادرا ما تتبادل", **P("Syria"))
e_isr3 = g.ent("إسرائيل", "GPE", 1, after="الضربات مع", **ISR)
t_74 = g.time("عام 1974", "1974", "year", "at")
g.ent("إسرائيل", "GPE", 1, after="أن تنشر", **ISR)
g.ent("لبنان", "GPE", 1, after="سلاحها الجوي فوق", **LEB)
g.ent("سوريا", "GPE", 1, after="فوق لبنان و", **P("Syria"))
e_hez = g.ent("حزب الله", "ORG", 1, **HEZ)
g.ent("شويغو", "PER", 1, after="حزب الله", **SHOIGU)
g.ent("اسرائيل", "GPE", 1, after="شويغو في", **ISR)
e_shn = g.ent("وزير الدفاع الروسي", "PER", 1, after="شويغو في اسرائيل و", nominal=True, **SHOIGU)
g.ent("إسرائيل", "GPE", 1, after="وبدأ وزير الدفاع الروسي زيارة ل", **ISR)
t_y5 = g.time("أمس", "2017-10-16", "day", "at", 1, after="وبدأ وزير الدفاع الروسي")
e_tlv2 = g.ent("تل أبيب", "GPE", 1, **TLV)
g.ent("أفيغدور ليبرمان", "PER", 2, **LIEB)
e_sh3 = g.ent("شويغو", "PER", 1, after="وقال شويغو", **SHOIGU)
g.ent("سوريا", "GPE", 1, after="أمور متعلقة ب", **P("Syria"))
g.ent("سوريا", "GPE", 1, after="تطور الوضع في", **P("Syria"))

s_isr = g.stmt(("إسرائيل", 1, None, e_isr1), ("قالت", 1), "assert", ("أطلقت صاروخا على طائراتها لدى تحليقها في مهمة استطلاع فوق لبنان", 1))
s_con1 = g.stmt(("جوناثان كونريكوس", 1, None, e_con), ("صرح", 1), "assert",
                ("أي طائرات إسرائيلية لم تصب وأن الغارة شنت بعد ذلك بساعتين و \" أعطبت \" البطارية السورية المضادة للطائرات والتي تقع على مسافة 50 كيلومترا شرق دمشق", 1))
s_con2 = g.stmt(("جوناثان كونريكوس", 1, None, e_con), ("أضاف", 1), "assert",
                ("على حد معلوماتنا الاستخبارية كانت بطارية مضادة للطائرات يسيطر عليها النظام السوري , ونحمل النظام السوري مسؤولية إطلاق النار", 1), direct=True)
s_con3 = g.stmt(("جوناثان كونريكوس", 1, None, e_con), ("أعلن", 1), "assert",
                ("الجيش الإسرائيلي أبلغ روسيا غارته على البطارية السورية \" في الوقت الفعلي للعملية أو قبلها مباشرة \" وانه سيطلع وزير الدفاع الروسي الجنرال سيرغي شويغو الذي بدأ أمس زيارة لاسرائيل على التطورات", 1))
s_con4 = g.stmt(("جوناثان كونريكوس", 1, None, e_con), ("قال", 1, "على التطورات"), "assert",
                ("الهجوم السوري على طائرات السلاح الجوي الإسرائيلي فوق لبنان لم يسبق له مثيل", 1))
s_con5 = g.stmt(("كونريكوس", 1, "وأوضح", e_con2), ("أوضح", 1), "assert",
                ("البطارية السورية المضادة للطائرات التي أطلقت النار على الطائرات الإسرائيلية أمس , كانت هي نفسها التي أطلقت الصواريخ على الطائرات الإسرائيلية في آذار", 1))
s_net1 = g.stmt(("بنيامين نتنياهو", 1, None, e_net), ("جاء فيه", 1), "assert", ("إسرائيل لن تتردد في الدفاع عن نفسها", 1),
                medium=("بيانا عبر الفيديو", 1))
s_net2 = g.stmt(("بنيامين نتنياهو", 1, None, e_net), ("قال", 1, "عن نفسها"), "assert",
                ("اليوم كانت هناك محاولة للإضرار بطائراتنا .\nهذا غير مقبول بالنسبة الينا .\nرد سلاح الجو بسرعة وبدقة بتدمير ما كان ينبغي تدميره \" .\nسنضرب كل من يحاول الإضرار بنا .\nوسنواصل العمل في المنطقة كما ينبغي للدفاع عن إسرائيل", 1),
                direct=True)
s_sa = g.stmt(("الجيش السوري", 2, None, e_sa), ("رد", 1, "لكن الجيش السوري"), "assert",
              ("أصاب إحدى الطائرات الإسرائيلية التي اخترقت الأجواء السورية عند الحدود مع لبنان", 1))
s_sgc1 = g.stmt(("القيادة العامة للجيش والقوات المسلحة السورية", 1, None, e_sgc), ("قالت", 1, "وقالت القيادة"), "assert",
                ("طيران العدو الإسرائيلي . . . أقدم صباح اليوم ( أمس ) على اختراق مجالنا الجوي عند الحدود اللبنانية في منطقة بعلبك وتصدت له وسائط دفاعنا الجوي وأصابت إحدى طائراته إصابة مباشرة وأرغمتها على الفرار", 1),
                medium=("بيان", 1, "وقالت القيادة"), direct=True)
s_sgc2 = g.stmt(("القيادة العامة للجيش والقوات المسلحة السورية", 1, None, e_sgc), ("أضافت", 1, "على الفرار"), "assert",
                ("أطلق العدو الإسرائيلي عدة صواريخ من داخل الأراضي المحتلة سقطت في أحد مواقعنا العسكرية بريف دمشق واقتصرت الخسائر على الأضرار المادية", 1),
                direct=True)
s_sgc3 = g.stmt(("القيادة العامة", 1, "وحذرت", e_sgc2), ("حذرت", 1), "assert",
                ("التداعيات الخطيرة لمثل هذه المحاولات العدوانية المتكررة من جانب إسرائيل", 1))
s_sh = g.stmt(("شويغو", 1, "وقال شويغو", e_sh3), ("قال", 1, "ليبرمان ."), "assert",
              ("أود الحديث عن أمور متعلقة بسوريا .\nوهناك مشاكل كثيرة تتطلب حلا سريعا وهناك حاجة الى مناقشة آفاق تطور الوضع في سوريا", 1), direct=True)

p_strike = g.prop("airstrike", [("agent", e_iaf, "ISR"), ("target", e_reg1, "SYR")], ("هاجم", 1), place=e_dam, time=t_y, quantities=[q50])
p_fire = g.prop("attack", [("agent", e_reg1, "SYR"), ("target", e_iaf, "ISR")], ("أطلقت", 1), place=e_leb1, time=t_y)
p_hit = g.prop("shootdown", [("agent", e_sa, "SYR"), ("target", e_iaf2, "ISR")], ("أصاب", 1, "لكن الجيش السوري"), place=e_baal, time=t_morn)
p_viol = g.prop("other", [("agent", e_iaf2, "ISR")], ("اخترقت", 1), place=e_lbord, time=t_morn)
p_notify = g.prop("other", [("agent", e_idf2, "ISR"), ("partner", e_rus2, "RUS")], ("أبلغ", 1), time=t_y)
p_mar = g.prop("attack", [("agent", None, "SYR"), ("target", None, "ISR")], ("أطلقت", 1, "وكانت صواريخ"), place=e_sy1, time=t_mar)
p_marhit = g.prop("shootdown", [("agent", None, "SYR"), ("target", None, "ISR")], ("تصب", 1, "ولم"), place=e_sy1, time=t_mar)
p_ctrl = g.prop("control", [("agent", e_reg1, "SYR")], ("يسيطر", 1))
p_74 = g.prop("agreement", [("agent", e_sy2, "SYR"), ("agent", e_isr3, "ISR")], ("اتفاق وقف النار", 1), time=t_74)
p_hez = g.prop("support", [("partner", e_hez, "HEZBOLLAH")], ("نقل الأسلحة", 1))
p_visit = g.prop("other", [("agent", e_shn, "RUS")], ("زيارة", 1, "وبدأ وزير"), place=e_tlv2, time=t_y5)

g.claim(p_strike, "author")
g.claim(p_strike, s_con1)
g.claim(p_strike, s_con3)
g.claim(p_strike, s_net2)
g.claim(p_strike, s_sgc2)
g.claim(p_fire, s_isr)
g.claim(p_fire, s_con2)
g.claim(p_fire, s_con4)
g.claim(p_fire, s_con5)
g.claim(p_fire, s_net2)
g.claim(p_fire, s_sgc1)
c_con = g.claim(p_hit, s_con1, "deny")
c_sa = g.claim(p_hit, s_sa)
c_sgc = g.claim(p_hit, s_sgc1)
g.claim(p_viol, s_sa)
g.claim(p_viol, s_sgc1)
g.claim(p_notify, s_con3)
g.claim(p_mar, "author")
g.claim(p_mar, s_con5)
g.claim(p_marhit, "author", "deny")
g.claim(p_ctrl, s_con2)
g.claim(p_74, "author")
g.claim(p_hez, "author", "affirm", "possible")
g.claim(p_visit, "author")
g.contra(c_con, c_sa, "inter_party", None, "negation",
         "The Israeli army spokesman Conricus says no Israeli aircraft was hit; the Syrian army says it hit one of the Israeli jets.", headline=True)
g.contra(c_con, c_sgc, "inter_party", None, "negation",
         "Conricus says no Israeli aircraft was hit; the Syrian General Command says its air defences scored a direct hit on one.")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
