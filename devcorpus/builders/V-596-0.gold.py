"""Gold analysis of V-596 article 0 (An-Nahar, 2015-09-14): how Israel and Hezbollah prepare for a third Lebanon
war, summarising Yedioth Ahronoth's military commentator Ron Ben-Yishai.

Judgement calls:
- Body: the second headline copy with its date/source lines through the last paragraph; the inline
  subheadings are kept. The crawl dropped several names («مع " " إسرائيل», «القتال في فقد», «الأمين
  العام للحزب السيد», «منطقة مزارع», «الحرب الدائرة في هي»); only what is in the text is tagged.
- Ben-Yishai («رون بن يشاي», «بن يشاي», «يشاي», «الكاتب») is one source, party None (commentator);
  Yedioth is the medium of his first view. «في راي» / «في رأيه» / «وراى» / «بالاستناد الى» / «يشير» /
  «لفت» are his statements; un-cued paragraphs in between are author voice.
- «ونقل الكاتب عن قائد لواء الدفاع الاقليمي» and the following «وقال» = the commander's statements via
  the writer.
- The future war items (rockets, Hezbollah border raids, Israeli ground manoeuvre, evacuation of
  northern settlements) carry modality possible. The Quneitra strike (January 2015) has no named
  agent in the text. No contradictions.
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
g = Gold(text, {"id": "V-596-0", "outlet": "النهار", "published": "2015-09-14", "url": None, "title": None})
ISR = P("Israel", actor="ISR", party="ISR", role="government")
IDF = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israel Defense Forces")
BY = dict(actor="YNET", party=None, role="media", canonical="Ron Ben-Yishai")
YED = dict(actor="YEDIOTH", party=None, role="media", canonical="Yedioth Ahronoth")
LEB = dict(canonical="Lebanon", place=PL["Lebanon"])
e_by = g.ent("رون بن يشاي", "PER", 1, **BY)
e_by2 = every(g, "بن يشاي", "PER", **BY)
e_by3 = g.ent("يشاي", "PER", 1, after="وبالاستناد الى", **BY)
e_writer = every(g, "الكاتب", "PER", nominal=True, **BY)
e_yed = every(g, "صحيفة \" يديعوت أحرونوت \"", "ORG", **YED)
e_nah = every(g, "النهار", "ORG", actor="ANNAHAR", party=None, role="media", canonical="An-Nahar")
e_jlb = g.ent("جنوب لبنان", "LOC", 1, canonical="South Lebanon", place=named("South Lebanon", "LB"))
e_idf = every(g, "الجيش الإسرائيلي", "ORG", **IDF)
e_intel = g.ent("الاستخبارات الإسرائيلية", "ORG", 1, **dict(IDF, canonical="Israeli military intelligence"))
e_isr = every(g, "إسرائيل", "GPE", **ISR)
e_hez = every(g, "حزب الله", "ORG", **HEZ)
e_sg = g.ent("الأمين العام للحزب", "PER", 1, nominal=True, **dict(HEZ, canonical="Hassan Nasrallah"))
e_party = every(g, "الحزب", "ORG", nominal=True, **HEZ)
e_leb = every(g, "لبنان", "GPE", **LEB)
e_sy = every(g, "سوريا", "GPE", **P("Syria"))
e_irn = g.ent("الإيرانيون", "ORG", 1, nominal=True, actor="IRN", party="IRN", role="government", canonical="Iran")
e_quds = g.ent("فيلق القدس", "ORG", 1, actor="IRN.MIL", party="IRN", role="military", canonical="Quds Force")
e_army_n = [g.ent("الجيش", "ORG", 1, after=a, nominal=True, **IDF) for a in ("ردع", "ان يستطيع", "التي يقوم بها", "من اجل مواجهة هذا كله , يعد")]
e_qun = g.ent("القنيطرة", "GPE", 1, canonical="Quneitra", place=named("Quneitra", "SY", "Quneitra"))
e_jm = g.ent("جهاد مغنية", "PER", 1, **dict(HEZ, canonical="Jihad Mughniyeh"))
e_irgc = g.ent("الحرس الثوري", "ORG", 1, actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
g.ent("المنطقة الشمالية", "ORG", 1, **dict(IDF, canonical="IDF Northern Command"))
e_koch = g.ent("أفيف كوخافي", "PER", 1, **dict(IDF, canonical="Aviv Kochavi"))
e_farms = g.ent("منطقة مزارع", "LOC", 1, canonical="Shebaa Farms", place=named("Shebaa Farms", "LB"))
e_cmdr = g.ent("قائد لواء الدفاع الاقليمي", "PER", 1, nominal=True, **dict(IDF, canonical="IDF regional defence brigade commander"))

g.time("14 أيلول 2015 | 13 : 54", "2015-09-14", "day", "at", 1)
g.time("14 أيلول 2015 | 13 : 54", "2015-09-14", "day", "at", 2)
g.time("اليوم", "2015-09-14", "day", "at", 1, after="وهم")
t_year = g.time("قبل سنة", "2014", "year", "before")
g.time("السنوات الماضية", None, "vague", "before")
g.time("اليوم", "2015-09-14", "day", "at", 1, after="باتا")
t_jan = g.time("مطلع هذا العام", "2015-01", "month", "at")
g.time("حينها", "2015-01", "month", "at")
t_28 = g.time("في 28 كانون الثاني الماضي", "2015-01-28", "day", "at")
g.time("خلال بضعة ايام", None, "vague", "at")
t_now = g.time("حتى الآن", "2015-09-14", "day", "until", 1)
g.time("حتى الآن", "2015-09-14", "day", "until", 2)
q2 = g.qty("جنديين", 2, "people", "killed")
q1200a = g.qty("1200 صاروخ", 1200, "missiles", nth=1)
q1200b = g.qty("نحو 1200 صاروخ", 1200, "missiles")

s_yed = g.stmt(("صحيفة \" يديعوت أحرونوت \"", 1, None, e_yed[0]), ("رصدت", 1), "assert",
               ("استعدادات يقوم بها الطرفان من اجل مواجهة الحرب القادمة", 1))
s_by1 = g.stmt(("رون بن يشاي", 1, None, e_by), ("في راي", 1), "assert",
               ("سيناريو حرب ثالثة مع لبنان ماثل دائما في اذهان القادة العسكريين , واي هجوم تشنه إسرائيل على لبنان يمكن ان يتطور الى مواجهة شاملة اذا قرر الحزب الرد عليه", 1),
               medium=("صحيفة \" يديعوت أحرونوت \"", 2))
s_by2 = g.stmt(("بن يشاي", 1, "ويشير", eid(g, "بن يشاي", 1, "ويشير")), ("يشير", 1), "assert",
               ("مقاتلي الحزب الذين لم يذهبوا الى سوريا وبقوا في جنوب لبنان وهم يقومون بجمع المعلومات عن الجيش الإسرائيلي بشكل مستمر , ويتمتعون بثقة كبيرة في النفس نتيجة السلاح المتطور الذي زودهم به الإيرانيون , وهم اليوم اكثر قدرة على منع الجيش الإسرائيلي من اختراق الاراضي اللبنانية , ويعدون له العديد من المفاجآت", 1))
s_by3 = g.stmt(("الكاتب", 1, None, e_writer[0]), ("في رأي", 1), "assert",
               ("تزايد الاستعدادات للحرب المقبلة هو حصيلة القرار الاستراتيجي الذي اتخذه الأمين العام للحزب السيد وقائد \" فيلق القدس \" قبل سنة والذي يهدف الى ردع الجيش عن القيام بضربات موضعيه بين الفينة والاخرى ضده", 1))
s_by4 = g.stmt(("الكاتب", 2, None, e_writer[1]), ("لفت", 1), "assert",
               ("لبنان وسوريا باتا اليوم يشكلان جبهة واحدة , واي احتكاك مع اي منهما يمكن ان يؤدي الى مواجهة واسعة , مثل الهجوم الذي وقع مطلع هذا العام قرب القنيطرة واستهدف مسؤولين عسكريين في الحزب , بينهم جهاد مغنية وضابط كبير في الحرس الثوري", 1))
s_by5 = g.stmt(("يشاي", 1, "وبالاستناد الى", e_by3), ("بالاستناد الى", 1), "assert",
               ("الجيش الإسرائيلي استعد حينها لامكان نشوب مواجهة واسعة النطاق , وان قائد المنطقة الشمالية أفيف كوخافي كان على وشك اعطاء قواته الاوامر بالتصدي لأي رد , وشن هجوم مضاد ضد لبنان", 1))
s_by6 = g.stmt(("الكاتب", 3, None, e_writer[2]), ("يشير", 1, "الحد , ولن"), "assert",
               ("الجمهور الإسرائيلي لم يشعر في 28 كانون الثاني الماضي الى اي حد كانت إسرائيل قريبة من نشوب حرب لبنان الثالثة", 1))
s_by7 = g.stmt(("الكاتب", 4, None, e_writer[3]), ("راى", 1), "assert",
               ("مسار هذه الحرب ونتائجها سيتحددان وفقا لسيناريو كيفية بدء المواجهة وتوقيتها", 1))
s_by8 = g.stmt(("الكاتب", 4, None, e_writer[3]), ("في رأيه", 1), "estimate",
               ("الجيش الإسرائيلي سيضطر في هذه الحرب الى مواجهة ثلاث مشاكل رئيسية : الأولى تعرض الجبهة الداخلية والمواقع الحيوية لقصف صاروخي كثيف ومركز ودقيق أكثر من الماضي , واحتمال سقوط نحو 1200 صاروخ يوميا مما سيؤدي الى دمار وخسائر بشرية كبيرة الى ان يستطيع الجيش اسكات مصادر القصف . المشكلة الثانية , محاولة الحزب اجتياز الحدود وخطف رهائن وقطع طرق مواصلات رئيسية شمال إسرائيل من اجل ارباك الجيش الإسرائيلي وتحقيق صدمة للوعي .\nاما المشكلة الثالثة احتمال تعرض المستوطنات الإسرائيلية القريبة من السياج الحدودي لقصف كثيف", 1))
WV = ("الكاتب", 5, None, e_writer[4])
s_cm1 = g.stmt(("قائد لواء الدفاع الاقليمي", 1, None, e_cmdr), ("نقل", 1, "الشمال من السكان"), "assert",
               ("الحزب ليس بحاجة الى أنفاق لان الطبيعة الطوبوغرافية للمنطقة تسمح بعملية توغل من دون حاجة لانفاق", 1), via=[WV])
s_cm2 = g.stmt(("قائد لواء الدفاع الاقليمي", 1, None, e_cmdr), ("قال", 1, "حاجة لانفاق"), "assert",
               ("الاستخبارات الإسرائيلية لم تكشف وجود انفاق مع لبنان حتى الآن", 1), via=[WV])

H0 = e_hez[0]
p_prep = g.prop("other", [("agent", e_isr[0], "ISR"), ("agent", H0, "HEZBOLLAH")], ("تستعد", 1))
p_war = g.prop("clash", [("agent", e_isr[0], "ISR"), ("agent", H0, "HEZBOLLAH")], ("حرب", 1, "سيناريو"), place=e_leb[0])
p_hezsy = g.prop("clash", [("agent", e_hez[1], "HEZBOLLAH")], ("القتال", 1))
p_iran = g.prop("support", [("agent", e_irn, "IRN"), ("partner", e_party[1], "HEZBOLLAH")], ("زودهم", 1))
p_strikes = g.prop("attack", [("agent", eid(g, "إسرائيل", 1, "التي قامت بها"), "ISR"), ("target", None, "HEZBOLLAH")], ("الهجمات", 1))
p_qun = g.prop("attack", [("target", None, "HEZBOLLAH"), ("target", e_irgc, "IRN")], ("الهجوم", 1, "مثل"), place=e_qun, time=t_jan)
p_ready = g.prop("deployment", [("agent", e_idf[0], "ISR")], ("استعد", 1), time=t_jan)
p_farms = g.prop("attack", [("agent", eid(g, "حزب الله", 1, "العملية التي شنها"), "HEZBOLLAH"), ("target", eid(g, "الجيش الإسرائيلي", 1, "واستهدفت دورية"), "ISR")],
                 ("العملية", 1, "ورغم"), place=e_farms, time=t_28)
p_farmcas = g.prop("casualties", [("agent", eid(g, "حزب الله", 1, "العملية التي شنها"), "HEZBOLLAH")], ("مقتل", 1), place=e_farms, time=t_28, quantities=[q2])
p_rockets = g.prop("shelling", [("agent", None, "HEZBOLLAH"), ("target", None, "ISR")], ("قصف صاروخي", 1), quantities=[q1200a, q1200b])
p_raid = g.prop("attack", [("agent", eid(g, "الحزب", 1, "محاولة"), "HEZBOLLAH"), ("target", None, "ISR")], ("اجتياز", 1))
p_ground = g.prop("advance", [("agent", None, "ISR")], ("تتوغل", 1))
p_evac = g.prop("displacement", [], ("اخلاء", 1, "يجري خلالها"))
p_tun = g.prop("other", [("agent", None, "HEZBOLLAH")], ("انفاق", 1, "وجود"), time=t_now)
g.claim(p_prep, "author")
g.claim(p_prep, s_yed)
g.claim(p_war, s_by1, "affirm", "possible")
g.claim(p_hezsy, "author")
g.claim(p_iran, s_by2)
g.claim(p_strikes, "author")
g.claim(p_qun, s_by4)
g.claim(p_ready, s_by5)
g.claim(p_farms, "author")
g.claim(p_farmcas, "author")
g.claim(p_rockets, "author", "affirm", "possible")
g.claim(p_rockets, s_by8, "affirm", "possible")
g.claim(p_raid, s_by8, "affirm", "possible")
g.claim(p_ground, "author", "affirm", "possible")
g.claim(p_evac, "author", "affirm", "possible")
g.claim(p_tun, s_cm2, "deny")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
