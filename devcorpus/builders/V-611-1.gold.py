"""Gold analysis of V-611 article 1 (Liveuamap Middle East timeline for 2017-03-23): some forty map items
run together (Erdogan on the referendum and European «justice», the rebel Hama offensive, Mosul, Raqqa,
Sinai). Judgement calls: the body is the whole item stream (lines 1-8), the page furniture after it is
left out. The crawl fuses many items («أبريلالرئيس», «تلعفريقول», «زاخاروفاترامب», «محردةجيش»,
«لريحانيالثوار», «سليشكينالثوار», «صورانمعركة», «معرداسصور»): names inside fused tokens get no entity;
where a fused token is the only cue or source of a speech act it is used as the span as it stands (no
entity). Tags like «معركة حماة :», «صورة :», «مصر :» are item labels, not speakers. Erdogan's
constitutional remarks are statements but assert no conflict event, so only his PKK-files remark gets a
proposition (`other`). Zakharova's quote has no verb; the dash before her title is the cue. «يدعس» is a
typo of «يدعي» (claim). The «9 Russian mercenaries» item has no predicate and gets entities and a count
only. Parties: rebel groups (Jaish al-Izza, Jaish Idlib al-Hur, Jaish al-Nasr, Euphrates Shield,
«الثوار») are SYR.OPP; Tahrir al-Sham / Fateh al-Sham are HTS; ISIS Hunters SYR.PGM; PMF IRQ.PGM; PKK its
own party; Egypt EGY; France FRA. Repelled counter-attack: attack with modality failed; the Mosul car
bomb «لكنهم كانو بإنتظارة» is a bombing with modality failed."""
import sys
from annot import Gold

def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
C = {"SY": gn(163843, "Syria", 35.0, 38.0, "SY"), "IQ": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
     "RU": gn(2017370, "Russia", 60.0, 100.0, "RU"), "TR": gn(298795, "Turkey", 39.0, 35.0, "TR"),
     "IR": gn(130758, "Iran", 32.0, 53.0, "IR"), "US": gn(6252001, "United States", 39.76, -98.5, "US"),
     "QA": gn(289688, "Qatar", 25.5, 51.25, "QA"), "IL": gn(294640, "Israel", 31.5, 34.75, "IL"),
     "JO": gn(248816, "Jordan", 31.0, 36.0, "JO"), "LB": gn(272103, "Lebanon", 33.83, 35.83, "LB"),
     "SA": gn(102358, "Saudi Arabia", 25.0, 45.0, "SA"), "FR": gn(3017382, "France", 46.0, 2.0, "FR"),
     "GB": gn(2635167, "United Kingdom", 54.75, -2.7, "GB"), "DE": gn(2921044, "Germany", 51.5, 10.5, "DE")}
SYRIA = dict(canonical="Syria", place=C["SY"])
def STATE(iso3, cc, name):
    return dict(canonical=name, actor=iso3, party=iso3, role="government", place=C[cc])
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
def MEDIA(aid, canonical, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canonical)
def every(g, s, typ, skip=(), **kw):
    """Every whole-word occurrence of s as an entity (skip: occurrence numbers covered by a longer mention)."""
    ids, n = [], 1
    while True:
        try:
            g.span(s, n)
        except AssertionError:
            return ids
        if n not in skip:
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-611-1", "outlet": "لايف يو ماب", "published": "2017-03-23", "url": None, "title": None})
ERD = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
TURGOV = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Grand National Assembly of Turkey")
def REB(c): return dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical=c)
HAMA = dict(canonical="Hama", place=gn(170017, "Ḩamāh", 35.13179, 36.75783, "SY", "Hama"))
NHAMA = dict(canonical="Northern Hama countryside", place=named("Northern Hama countryside", "SY", "Hama"))
MOSUL = dict(canonical="Mosul", place=gn(99072, "Mosul", 36.335, 43.11889, "IQ", "Nineveh"))
LAT = dict(canonical="Latakia", place=gn(173576, "Latakia", 35.53125, 35.79088, "SY", "Latakia"))
KHAT = dict(canonical="Khattab", place=named("Khattab", "SY", "Hama"))

# Erdogan items
ERDS = every(g, "أردوغان", "PER", **ERD)
g.ent("الولايات المتحدة", "GPE", **STATE("USA", "US", "United States"))
GER = every(g, "ألمانيا", "GPE", **STATE("DEU", "DE", "Germany"))
g.ent("هولندا", "GPE", canonical="Netherlands", place=named("Netherlands", "NL"))
g.ent("سويسرا", "GPE", canonical="Switzerland", place=named("Switzerland", "CH"))
e_pkk = g.ent("حزب العمال الكردستاني", "ORG", actor="PKK", party="PKK", role="armed_group", canonical="Kurdistan Workers' Party")
e_turpres = g.ent("الرئيس التركي", "PER", nominal=True, **ERD)
every(g, "البرلمان", "ORG", **TURGOV)
g.ent("الاتحاد الأوروبي", "ORG", canonical="European Union")
# Syria: Hama front and elsewhere
HAM = every(g, "حماة", "GPE", skip=(1, 3, 8, 9, 11, 13), **HAMA)
NH = every(g, "ريف حماة الشمالي", "LOC", **NHAMA)
e_asad = g.ent("قوات الأسد", "ORG", **SYRMIL)
e_zayn = g.ent("جبل زين العابدين", "LOC", canonical="Jabal Zayn al-Abidin", place=named("Jabal Zayn al-Abidin", "SY", "Hama"))
IZZA = every(g, "جيش العزة", "ORG", **REB("Jaish al-Izza"))
e_gov = g.ent("لحكومة", "ORG", 1, after="لهجوم مضاد", **SYRGOV)  # للحكومة: ل + الحكومة
e_mhps = g.ent("محطة كهرباء محردة", "FAC", canonical="Mhardeh power station", place=named("Mhardeh power station", "SY", "Hama"))
e_mhar = g.ent("محردة", "GPE", 2, canonical="Mhardeh", place=named("Mhardeh", "SY", "Hama"))
e_iqair = g.ent("الطيران العراقي", "ORG", actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi Air Force")
e_yarm = g.ent("منطقة اليرموك", "LOC", canonical="Al-Yarmouk, Mosul", place=named("Al-Yarmouk, Mosul", "IQ", "Nineveh"))
MOS = every(g, "الموصل", "GPE", **MOSUL)
e_forbin = g.ent("فرقاطة فوربين", "ORG", actor="FRA.MIL", party="FRA", role="military", canonical="French frigate Forbin")
e_bush = g.ent("حاملة الطائرات الامريكية جورج دبليو بوش", "ORG", actor="USA.MIL", party="USA", role="military", canonical="USS George H.W. Bush")
g.ent("وسائل الإعلام الغربية", "ORG", nominal=True, role=None, canonical="Western media")
e_zak = g.ent("المتحدث باسم وزارة الخارجية الروسية", "PER", nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Maria Zakharova")
g.ent("السائح الأمريكية", "PER", nominal=True)
e_lon = g.ent("لندن", "GPE", canonical="London", place=gn(2643743, "London", 51.50853, -0.12574, "GB", "England"))
g.ent("مصر", "GPE", canonical="Egypt", actor="EGY", party="EGY", role="government", place=named("Egypt", "EG"))
e_sinai = g.ent("داعش ولاية سيناء", "ORG", **{**ISIS, "canonical": "Islamic State - Sinai Province"})
e_egarmy = g.ent("لجيش المصري", "ORG", actor="EGY.MIL", party="EGY", role="military", canonical="Egyptian Army")  # للجيش
e_mahd = g.ent("نقطة تفتيش المهدية", "FAC", canonical="Al-Mahdiya checkpoint", place=named("Al-Mahdiya checkpoint", "EG", "North Sinai"))
g.ent("رفح", "GPE", canonical="Rafah (Egypt)", place=named("Rafah", "EG", "North Sinai"))
e_de = g.ent("متمردي درع الفرات", "ORG", **REB("Euphrates Shield forces"))
e_sdf = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
e_shaykh = g.ent("الشيخ عيسى", "GPE", canonical="Al-Shaykh Issa", place=named("Al-Shaykh Issa", "SY", "Aleppo"))
g.ent("عين داكنه", "GPE", canonical="Ayn Dakna", place=named("Ayn Dakna", "SY", "Aleppo"))
e_ghas = g.ent("الغسانية", "GPE", canonical="Al-Ghassaniyah", place=named("Al-Ghassaniyah", "SY", "Raqqa"))
ISD = every(g, "داعش", "ORG", skip=(2, 5), **ISIS)
g.ent("الرقة", "GPE", **RAQQA)
e_pmf = g.ent("قوات الحشد", "ORG", actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
e_coal = g.ent("التحالف", "ORG", 1, actor="COALITION", party="USA", role="military", canonical="US-led coalition")
e_tabqa = g.ent("طبقة", "GPE", canonical="Al-Tabqa", place=gn(172374, "Al-Tabqa", 35.83758, 38.54828, "SY", "Raqqa"))
e_hts1 = g.ent("هيئة تحرير الشام", "ORG", **HTS)
e_hamap = g.ent("مطار حماة", "FAC", canonical="Hama Military Airport", place=named("Hama Military Airport", "SY", "Hama"))
e_rusmus = g.ent("الجنود الروس المسلمون", "ORG", nominal=True, canonical="Russian Muslim fighters")
e_rebs = g.ent("المتمردين", "ORG", 1, nominal=True, **REB("Syrian rebels"))
g.ent("سوريا", "GPE", 1, after="المتمردين", **SYRIA)
e_su22 = g.ent("المقاتلات سوخوي 22 الحكومية", "ORG", nominal=True, actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Arab Air Force")
e_ghouta = g.ent("الغوطة", "LOC", canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
e_reg1 = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
e_bahl = g.ent("البهلولية", "GPE", canonical="Al-Bahlouliyah", place=named("Al-Bahlouliyah", "SY", "Latakia"))
g.ent("ريف اللاذقية الشمالي", "LOC", canonical="Northern Latakia countryside", place=named("Northern Latakia countryside", "SY", "Latakia"))
e_rusaf = g.ent("القوات الجوية الروسية", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian Aerospace Forces")
g.ent("القاعدة الجوية الروسية", "FAC", canonical="Hmeimim Air Base", place=named("Hmeimim Air Base", "SY", "Latakia"))
g.ent("اللاذقية", "GPE", 2, **LAT)
e_kuw = g.ent("لقاعدة الجوية كويريس", "FAC", canonical="Kuweires Air Base", place=named("Kuweires Air Base", "SY", "Aleppo"))  # للقاعدة
e_blue = g.ent("الحاجز الأزرق", "FAC", canonical="Blue checkpoint (Souran)", place=named("Blue checkpoint, Souran", "SY", "Hama"))
e_jih = g.ent("جيش إدلب الحر", "ORG", **REB("Jaish Idlib al-Hur"))
KH = every(g, "خطاب", "GPE", skip=(3, 4), **KHAT)
e_jab = g.ent("جبلة", "GPE", canonical="Jableh", place=gn(169304, "Jablah", 35.36211, 35.92759, "SY", "Latakia"))
g.ent("اللاذقية", "GPE", 3, **LAT)
e_hmb = g.ent("قاعدة حميميم الجوية", "FAC", canonical="Hmeimim Air Base", place=named("Hmeimim Air Base", "SY", "Latakia"))
e_tarmy = g.ent("الجيش التركي", "ORG", actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
g.ent("سوريا", "GPE", 1, after="جندي تركي", **SYRIA)
e_sir = g.ent("السير", "GPE", canonical="Al-Sir", place=named("Al-Sir", "SY", "Hama"))
e_rh = g.ent("ريف حماة", "LOC", 1, after="غرب خطاب", canonical="Hama countryside", place=named("Hama countryside", "SY", "Hama"))
e_reb2 = g.ent("الثوار", "ORG", 1, **REB("Syrian rebels"))
e_p50 = g.ent("النقطة 50", "FAC", canonical="Point 50", place=named("Point 50, Qamhana", "SY", "Hama"))
e_sab = g.ent("مداجن السباهي", "FAC", canonical="Al-Sabahi poultry farms", place=named("Al-Sabahi poultry farms", "SY", "Hama"))
e_qam = g.ent("قمحانة", "GPE", canonical="Qamhana", place=named("Qamhana", "SY", "Hama"))
g.ent("جهات التحقيق الروسية", "ORG", nominal=True, canonical="Russian investigative outlets")
g.ent("المرتزقة الروسيين", "ORG", nominal=True, actor="RUS.PMC", party="RUS", role="armed_group", canonical="Russian private military contractors")
g.ent("صيادو داعش", "ORG", actor="SYR.PGM", party="SYR", role="armed_group", canonical="ISIS Hunters")
e_reg2 = g.ent("قوات النظام", "ORG", 2, **SYRMIL)
e_hts2 = g.ent("تحرير الشام", "ORG", 1, after="م . د", **HTS)
e_hmap = g.ent("مطار حميميم", "FAC", canonical="Hmeimim Air Base", place=named("Hmeimim Air Base", "SY", "Latakia"))
g.ent("القرداحة", "GPE", canonical="Qardaha", place=named("Qardaha", "SY", "Latakia"))
g.ent("اللاذقية", "GPE", 4, **LAT)
e_jfs = g.ent("فتح الشام", "ORG", **{**HTS, "canonical": "Jabhat Fateh al-Sham"})
e_qash = g.ent("مداجن القشاش", "FAC", canonical="Al-Qashash poultry farms", place=named("Al-Qashash poultry farms", "SY", "Hama"))
g.ent("خربة الحجامة", "GPE", canonical="Khirbet al-Hajama", place=named("Khirbet al-Hajama", "SY", "Hama"))
g.ent("القمحانة", "GPE", canonical="Qamhana", place=named("Qamhana", "SY", "Hama"))
e_nasr = g.ent("جيش - النصر", "ORG", **REB("Jaish al-Nasr"))
g.ent("فصائل أخرى", "ORG", nominal=True, **REB("Syrian rebels"))
e_khdep = g.ent("مستودعات خطاب", "FAC", canonical="Khattab depots", place=named("Khattab depots", "SY", "Hama"))
g.ent("رحبة خطاب", "FAC", canonical="Rahbat Khattab", place=named("Rahbat Khattab", "SY", "Hama"))

t_nov = g.time("حتى نوفمبر 2019", "2019-11", "month", "until")
t_yest = g.time("بالأمس", "2017-03-22", "day", "at")
q27 = g.qty("27 كم", 27, "km")
q2s = g.qty("غارتين", 2, "strikes")
q_tsold = g.qty("جندي تركي", 1, "people", "killed")
q9 = g.qty("9 من المرتزقة", 9, "people")
q2t = g.qty("دبابتين", 2, "tanks")

# ---- statements ----
s_e1 = g.stmt(("أردوغان", 1, None, ERDS[0]), (":", 1), "assert",
              ("من لا يشكو من العدالة في الولايات المتحدة وألمانيا وهولندا وسويسرا", 1))
s_e2 = g.stmt(("أردوغان", 2, None, ERDS[1]), ("يقول", 1), "assert",
              ("تر إرسال 4500 الملفات على حزب العمال الكردستاني إلى ألمانيا لكنها لا تحويلها لهم , أين العدالة", 1))
s_e3 = g.stmt(("الرئيس التركي", 1, None, e_turpres), (":", 1, "أردوغانك"), "assert",
              ("سيستمر النظام الحالي والحكومة حتى نوفمبر 2019", 1))
s_e4 = g.stmt(("أردوغان", 3, None, ERDS[2]), (":", 1, "أبريلالرئيس"), "assert",
              ("لن يكون للرئيس الحق في إلغاء البرلمان , ويمكن أن يطلق على انتخابات مبكرة", 1))
s_e5 = g.stmt(("أردوغان", 4, None, ERDS[3]), ("استفتاءويقول", 1), "assert",
              ("الرئيس لن يكون لديه ولاية حل البرلمان في إطار استفتاء نظام الرئاسة", 1))
s_e6 = g.stmt(("أردوغان", 5, None, ERDS[4]), ("تلعفريقول", 1), "assert",
              ("سن الترشيح في 73 % من دول الاتحاد الأوروبي هو 18 عاما , والتي سوف تجلب مع هذا", 1))
s_e7 = g.stmt(("التغييرأردوغان", 1), (":", 1, "التغييرأردوغان"), "assert",
              ("في إطار النظام الرئاسي التنفيذي , سيتم الجمع بين ولايات الرئيس ورئيس", 1))
s_e8 = g.stmt(("أردوغان", 6, None, ERDS[5]), ("الوزراءيقول", 1), "assert",
              ("على تعويض التصويت بالثقة , فإن الوطن يدعي هذا الحق كل 5", 1))
s_e9 = g.stmt(("أردوغان", 7, None, ERDS[6]), ("يتحدث", 1), "assert", ("ونحن نهدف إلى مندوب عادل", 1))
s_zak = g.stmt(("المتحدث باسم وزارة الخارجية الروسية", 1, None, e_zak), ("-", 1, "يحدث في الموصل"), "assert",
               ("أحد في وسائل الإعلام الغربية يحقق في ما يحدث في الموصل", 1), direct=True)
s_trump = g.stmt(("زاخاروفاترامب", 1), ("يقول", 1, "زاخاروفاترامب"), "assert", ("ان أمريكي عظيم", 1))
s_sinai = g.stmt(("داعش ولاية سيناء", 1, None, e_sinai), ("تدعي", 1), "claim",
                 ("تفجير دبابة للجيش المصري من طراز إم 60 بعبوة ناسفة و قتلت و أصابت طاقمها بالقرب من نقطة تفتيش المهدية جنوب رفح", 1))
s_izza = g.stmt(("جيش العزة", 2, None, IZZA[1]), ("يدعس", 1), "claim",
                ("السيطرة على أجزاء كبيرة من الطريق السريع الرابط لحماة مع", 1))
s_tur = g.stmt(("الجيش التركي", 1, None, e_tarmy), ("يقول", 1, "الجيش التركي"), "assert",
               ("رد بالنيران بعد مقتل جندي تركي بنيران من سوريا , في المنطقة المتاخمة", 1))
s_hts = g.stmt(("تحرير الشام", 1, "م . د", e_hts2), ("تعلن", 1), "assert",
               ("قصف مطار حميميم ومقرات عسكرية في مدينة القرداحة باللاذقية بصواريخ", 1))
s_jfs = g.stmt(("فتح الشام", 1, None, e_jfs), ("تعلن", 2), "assert",
               ("السيطرة على مداجن القشاش وقرية خربة الحجامة شمال غرب القمحانة بريف حماة الشمالي", 1))

# ---- propositions ----
p_fil = g.prop("shelling", [("agent", e_asad, "SYR")], ("إستهداف", 1), place=e_zayn)
p_files = g.prop("other", [("agent", None, "TUR"), ("target", e_pkk, "PKK"), ("partner", GER[1], "DEU")], ("إرسال", 1))
p_counter = g.prop("attack", [("agent", e_gov, "SYR"), ("target", IZZA[0], "SYR.OPP")], ("لهجوم مضاد", 1), place=e_mhps)
p_drone = g.prop("airstrike", [("agent", ISD[0], "ISIS")], ("طائرة من دون طيار", 1))
p_iqair = g.prop("airstrike", [("agent", e_iqair, "IRQ")], ("قصف", 1), place=e_yarm)
p_frig = g.prop("support", [("agent", e_forbin, "FRA"), ("partner", e_bush, "USA")], ("مرافقة", 1))
p_lon = g.prop("attack", [], ("الحادث الأرهابي", 1), place=e_lon)
p_tank = g.prop("bombing", [("agent", e_sinai, "ISIS"), ("target", e_egarmy, "EGY")], ("تفجير", 1, "تدعي"), place=e_mahd)
p_desdf = g.prop("clash", [("agent", e_de, "SYR.OPP"), ("agent", e_sdf, "SDF")], ("اشتباكات", 1), place=e_shaykh)
p_ghas = g.prop("capture", [("agent", None, "SDF"), ("target", ISD[1], "ISIS")], ("سيطرت", 1), place=e_ghas, quantities=[q27])
p_vbied = g.prop("bombing", [("agent", ISD[2], "ISIS"), ("target", e_pmf, "IRQ.PGM")], ("سيارة مفخخة", 1), place=MOS[2])
p_tabqa = g.prop("airstrike", [("agent", e_coal, "USA")], ("يستهدف", 1), place=e_tabqa, quantities=[q2s])
p_htsb = g.prop("bombing", [("agent", e_hts1, "HTS")], ("تفجير إنتحاري", 1))
p_hamap = g.prop("shelling", [], ("إستهداف", 2), place=e_hamap)
p_rusmus = g.prop("support", [("agent", e_rusmus, None), ("partner", e_rebs, "SYR.OPP")], ("يقاتل", 1))
p_su22 = g.prop("airstrike", [("agent", e_su22, "SYR")], ("تهاجم", 1), place=e_ghouta)
p_hwy = g.prop("control", [("agent", IZZA[1], "SYR.OPP")], ("السيطرة", 1, "يدعس"), place=HAM[2])
p_tow = g.prop("attack", [("agent", None, "SYR.OPP"), ("target", None, "SYR")], ("دمر", 1), place=HAM[3])
p_grad = g.prop("shelling", [("agent", None, "SYR.OPP"), ("target", e_reg1, "SYR")], ("يستهدفون", 1), place=e_bahl)
p_il76 = g.prop("deployment", [("agent", e_rusaf, "RUS")], ("تعود", 1), place=e_kuw, time=t_yest)
p_blue = g.prop("capture", [], ("السيطرة", 1, "# "), place=e_blue)
p_jih = g.prop("shelling", [("agent", e_jih, "SYR.OPP")], ("يطرق", 1), place=KH[0])
p_hmb = g.prop("shelling", [], ("ضرب", 1), place=e_hmb)
p_retf = g.prop("shelling", [("agent", e_tarmy, "TUR")], ("رد بالنيران", 1))
p_tsold = g.prop("casualties", [("target", None, "TUR")], ("مقتل", 1, "رد بالنيران"), quantities=[q_tsold])
p_sir = g.prop("capture", [("agent", None, "SYR.OPP")], ("يسيطرون", 1), place=e_sir)
p_p50 = g.prop("capture", [("agent", e_reb2, "SYR.OPP")], ("يسيطرون", 2), place=e_p50)
p_t72 = g.prop("attack", [("agent", None, "SYR.OPP"), ("target", e_reg2, "SYR")], ("يدمرون", 1), place=HAM[5], quantities=[q2t])
p_hmei = g.prop("shelling", [("agent", e_hts2, "HTS")], ("قصف", 1, "تعلن"), place=e_hmap)
p_qash = g.prop("capture", [("agent", e_jfs, "HTS")], ("السيطرة", 1, "فتح الشام تعلن"), place=e_qash)
p_khat = g.prop("capture", [("agent", e_nasr, "SYR.OPP")], ("تحرير", 1, "تتمكن من"), place=KH[2])

for p in (p_fil, p_drone, p_iqair, p_frig, p_lon, p_desdf, p_ghas, p_tabqa, p_htsb, p_hamap, p_rusmus, p_su22, p_tow,
          p_grad, p_il76, p_blue, p_jih, p_hmb, p_sir, p_p50, p_t72, p_khat):
    g.claim(p, "author")
g.claim(p_files, s_e2)
g.claim(p_counter, "author", "affirm", "failed")
g.claim(p_vbied, "author", "affirm", "failed")
g.claim(p_tank, s_sinai)
g.claim(p_hwy, s_izza)
g.claim(p_retf, s_tur)
g.claim(p_tsold, s_tur)
g.claim(p_hmei, s_hts)
g.claim(p_qash, s_jfs)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
