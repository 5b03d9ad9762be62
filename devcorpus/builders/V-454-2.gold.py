"""Gold analysis of V-454 article 2 (Ayn al-Madina, "Radar al-Madina" analysis; published estimated 2017-02-05
from "the 23rd of last month" = the JFS offensive of 23 Jan 2017): Jabhat Fatah al-Sham's offensive on Jaish
al-Mujahideen and others, ending with the birth of Hayat Tahrir al-Sham.

Judgement calls:
- published estimated: the offensive began "on the 23rd of last month" (January 2017) and HTS was announced on
  28 Jan, so the piece is from early February 2017.
- The headline is glued to the section name and a separator («| | |»); the body starts at the text.
- Party: Jabhat Fatah al-Sham and the groups said to join HTS (Zinki, Jaish al-Sunna, Liwa al-Haqq, Ansar al-Din)
  are HTS; Jaish al-Mujahideen, Suqour al-Sham, Jaish al-Islam, Ahrar al-Sham, Fastaqim, Levant Front, FSA are
  SYR.OPP; the Turkistan Islamic Party is its own party TIP.
- «المجاهدين» in quotes is the short name of Jaish al-Mujahideen (ORG, not nominal).
- Reported speech includes non-verb reports: the propaganda campaign «اتهمت», fighters «تداول», sharia officials'
  «نصائحهم» (demand), Mujahideen leaders' «إعلان ... عزمهم» (promise), JFS media «روج أنباء كاذبة» (claim), the
  newsroom rumour «راج ... نبأ», Abu Issa's «أعلن الحرب», Ahrar's «إعلان ... أنهم قوة فصل», Hashem al-Sheikh's
  «إعلان ... وقف إطلاق النار»; the rumoured Mujahideen «إعلان حل جيشهم» is embedded in the JFS media claim.
- The author calls JFS media reports of the Mujahideen surrender/dissolution and heavy losses false: two
  author_vs_source contradictions (negation). The rumoured wounding of Abu Said Ras al-Hisn is not denied.
- Many analytic author claims are kept as `other` (HTS birth, composition, defections, neutrality, the checkpoint
  incident); the expected new JFS operation against Assad forces is an attack with modality possible («يرجح»).
- Durations («يومين», «ثلاث سنوات») are not times; fighter counts are quantities (unit fighters)."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-454-2", "outlet": "عين المدينة", "published": "2017-02-05", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, admin1, country="SY"):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
def H(c): return dict(actor="HTS", party="HTS", role="armed_group", canonical=c)
def O(c): return dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical=c)
JFS = H("Jabhat Fatah al-Sham"); HTS = H("Hayat Tahrir al-Sham")
JAM = O("Jaish al-Mujahideen"); SUQ = O("Suqour al-Sham Brigades"); JAI = O("Jaish al-Islam"); AHR = O("Ahrar al-Sham")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "Aleppo"))
ALEPPOG = dict(canonical="Aleppo Governorate", place=named("Aleppo Governorate", "SY", "Aleppo"))
IDLIBG = dict(canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
IDLIBCS = dict(canonical="Idlib countryside", place=named("Idlib countryside", "SY", "Idlib"))
SARMADA = dict(canonical="Sarmada", place=named("Sarmada", "SY", "Idlib"))

# p1
e_jfs1 = g.ent("جبهة فتح الشام", "ORG", 1, **JFS)
e_jam1 = g.ent("جيش المجاهدين", "ORG", 1, **JAM)
e_alg = g.ent("حلب", "GPE", 1, **ALEPPOG)
g.ent("إدلب", "GPE", 1, **IDLIBG)
e_suq1 = g.ent("ألوية صقور الشام", "ORG", 1, **SUQ)
e_jai1 = g.ent("جيش الإسلام", "ORG", 1, **JAI)
e_hts1 = g.ent("هيئة تحرير الشام", "ORG", 1, **HTS)
# p2
e_astf = g.ent("الفصائل المشاركة", "ORG", 1, nominal=True, **O("Factions at the Astana conference"))
g.ent("الأستانة", "GPE", canonical="Astana", place=gn(1526273, "Astana", 51.1801, 71.44598, "Astana", "KZ"))
g.ent("جبهة فتح الشام", "ORG", 2, **JFS)
# p3
e_jfsf = g.ent("مقاتلو الجبهة", "ORG", nominal=True, **JFS)
g.ent("جيش المجاهدين", "ORG", 2, **JAM)
e_coal = g.ent("التحالف الدولي", "ORG", actor="COALITION", party="USA", role="military", canonical="US-led coalition")
g.ent("الجبهة", "ORG", 1, after="مقر ات", nominal=True, **JFS)
# p4
e_shar = g.ent("شرعيون من الجبهة", "PER", nominal=True, **JFS)
g.ent("الجيش الحر", "ORG", 1, **O("Free Syrian Army"))
g.ent("ريف حلب الغربي", "LOC", canonical="Western Aleppo countryside", place=named("Western Aleppo countryside", "SY", "Aleppo"))
g.ent("جيش المجاهدين", "ORG", 3, **JAM)
# p5
e_jaml = g.ent("قادة من \" المجاهدين \"", "PER", nominal=True, **JAM)
g.ent("جبهة فتح الشام", "ORG", 3, **JFS)
g.ent("الجيش", "ORG", 1, after="الكاملة تقريبا على مقر ات", nominal=True, **JAM)
# p6
e_jam6 = g.ent("المجاهدين", "ORG", 1, after="بالرغم من عديد", **JAM)
e_asad6 = g.ent("قوات الأسد", "ORG", 1, **SYRMIL)
e_isis6 = g.ent("تنظيم داعش", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
e_al6 = g.ent("حلب", "GPE", 1, after="معارك طرده من", **ALEPPO)
e_alc6 = g.ent("مدينة حلب", "GPE", **ALEPPO)
# p7
e_jfsm = g.ent("إعلاميو جبهة فتح الشام", "PER", nominal=True, **dict(JFS, role="media"))
e_jam7 = g.ent("المجاهدين", "ORG", 1, after="استسلام \"", **JAM)
g.ent("فتح الشام", "ORG", 1, after="تعتمده", **JFS)
# p8
e_news = g.ent("غرف الأخبار", "ORG", nominal=True)
g.ent("فتح الشام", "ORG", 1, after="ومعتدل في", **JFS)
e_abusaid = g.ent("أبو سعيد راس الحصن", "PER", **H("Abu Said Ras al-Hisn"))
e_sarm8 = g.ent("سرمدا", "GPE", 1, **SARMADA)
g.ent("الجبهة", "ORG", 1, after="في صفوف", nominal=True, **JFS)
# p9
e_suq9 = g.ent("ألوية صقور الشام", "ORG", 2, **SUQ)
g.ent("لصقور", "ORG", 1, after="حاجز", nominal=True, **SUQ)  # للصقور
e_kfn = g.ent("مدينة كفرنبل", "GPE", canonical="Kafr Nabl", place=gn(168661, "Kafranbel", 35.61376, 36.56449, "Idlib"))
g.ent("ريف إدلب", "LOC", 1, **IDLIBCS)
e_jfs9 = g.ent("لجبهة", "ORG", 1, after="رتل", nominal=True, **JFS)  # للجبهة
e_zawiya = g.ent("جبل الزاوية", "LOC", canonical="Jabal al-Zawiya", place=named("Jabal al-Zawiya", "SY", "Idlib"))
g.ent("الصقور", "ORG", 1, after="معقل", nominal=True, **SUQ)
# p10
e_abuissa = g.ent("أبو عيسى الشيخ", "PER", **O("Abu Issa al-Sheikh"))
e_ahr10 = g.ent("حركة أحرار الشام", "ORG", 1, **AHR)
g.ent("جيش الإسلام", "ORG", 2, **JAI)
g.ent("جيش المجاهدين", "ORG", 4, **JAM)
g.ent("تجمع فاستقم كما أمرت", "ORG", **O("Fastaqim Kama Umirt"))
g.ent("الجبهة الشامية", "ORG", **O("Levant Front"))
# p11
e_ahr11 = g.ent("الأحرار", "ORG", 1, after="وجاء إعلان", nominal=True, **AHR)
g.ent("الجبهة", "ORG", 1, after="عزمه في مواجهة", nominal=True, **JFS)
# p12
e_jai12 = g.ent("جيش الاسلام", "ORG", **JAI)
e_bab = g.ent("جبل بابسقا", "LOC", canonical="Jabal Babisqa", place=named("Jabal Babisqa", "SY", "Idlib"))
g.ent("بلدة سرمدا", "GPE", **SARMADA)
g.ent("هيئة تحرير الشام", "ORG", 2, **HTS)
e_hashem = g.ent("هاشم الشيخ", "PER", **H("Hashem al-Sheikh (Abu Jaber)"))
# p13
e_hts13 = g.ent("هيئة تحرير الشام", "ORG", 3, **HTS)
g.ent("الجبهة", "ORG", 1, after="إلى جانب", nominal=True, **JFS)
g.ent("حركة نور الدين الزنكي", "ORG", **H("Nour al-Din al-Zenki Movement"))
g.ent("مدينة اعزاز", "GPE", canonical="Azaz", place=gn(172082, "I‘zāz", 36.58662, 37.04628, "Aleppo"))
g.ent("لواء عاصفة الشمال", "ORG", **O("Northern Storm Brigade"))
g.ent("جيش السنة", "ORG", **H("Jaish al-Sunna"))
g.ent("مدينة حمص", "GPE", canonical="Homs", place=gn(169577, "Homs", 34.72405, 36.72559, "Homs"))
g.ent("لواء الحق", "ORG", **H("Liwa al-Haqq"))
g.ent("بلدة تفتناز", "GPE", canonical="Taftanaz", place=named("Taftanaz", "SY", "Idlib"))
g.ent("ريف إدلب", "LOC", 2, **IDLIBCS)
g.ent("جبهة أنصار الدين", "ORG", **H("Jabhat Ansar al-Din"))
# p14
g.ent("الحزب الإسلامي التركستاني", "ORG", actor="TIP", party="TIP", role="armed_group", canonical="Turkistan Islamic Party")
g.ent("مجموعات الأوزبك والقوقاز", "ORG", nominal=True, canonical="Uzbek and Caucasian groups")
g.ent("الهيئة", "ORG", 1, after="أعضاء عمليين في", nominal=True, **HTS)
# p15
g.ent("حركة أحرار الشام", "ORG", 2, **AHR)
e_abujaber = g.ent("أبو جابر الشيخ", "PER", **H("Hashem al-Sheikh (Abu Jaber)"))
e_tahhan = g.ent("أبو صالح الطحان", "PER", **H("Abu Saleh al-Tahhan"))
g.ent("الأحرار", "ORG", 1, after="منشقين عن", nominal=True, **AHR)
# p16-p18
g.ent("فتح الشام", "ORG", 1, after="من مقاتلين إلى", **JFS)
g.ent("هيئة التحرير", "ORG", **HTS)
e_jfs17 = g.ent("الجبهة", "ORG", 1, after="بعد أن تنجح", nominal=True, **JFS)
e_asad17 = g.ent("قوات الأسد", "ORG", 2, **SYRMIL)
g.ent("فتح الشام", "ORG", 1, after="ربحت", **JFS)
g.ent("التحالف المنافس", "ORG", nominal=True, **O("Rival opposition alliance"))

# times, quantities
t_23 = g.time("في 23 من الشهر الفائت", "2017-01-23", "day", "at")
g.time("مؤخرا", None, "vague", "before")
g.time("قبيل الهجوم", "2017-01-23", "day", "before")
t_2014 = g.time("أول العام 2014", "2014-01", "month", "at")
t_first = g.time("في الساعات الأولى للهجوم", "2017-01-23", "part_of_day", "at")
t_soon = g.time("في وقت قريب", None, "vague", "after")
g.time("منذ الآن", "2017-02-05", "day", "since")
g.qty("ألفي مقاتل", 2000, "fighters")
q2500 = g.qty("2500", 2500, "fighters")
q300 = g.qty("300", 300, "fighters")
q200a = g.qty("200", 200, "fighters", nth=1)
q200b = g.qty("200", 200, "fighters", nth=2)
q1500 = g.qty("1500 - 1000", 1500, "fighters")
q5000 = g.qty("5000", 5000, "fighters")

# statements
s_acc = g.stmt(("حملة دعائية", 1), ("اتهمت", 1), "assert",
               ("الفصائل المشاركة بمؤتمر الأستانة , المنعقد مؤخرا , بالتآمر ضد جبهة فتح الشام", 1))
s_spy = g.stmt(("مقاتلو الجبهة", 1, None, e_jfsf), ("تداول", 1, "وتداول"), "assert",
               ("\" معلومات \" عن تجس س جيش المجاهدين وفصائل أخرى لصالح التحالف الدولي , وإرشاد طائراته إلى مقر ات الجبهة وقادتها", 1))
s_neut = g.stmt(("شرعيون من الجبهة", 1, None, e_shar), ("نصائحهم", 1), "demand", ("بالوقوف على الحياد", 1))
s_resist = g.stmt(("قادة من \" المجاهدين \"", 1, None, e_jaml), ("إعلان", 1, "ورغم"), "promise", ("عزمهم التصدي لجبهة فتح الشام", 1))
s_media = g.stmt(("إعلاميو جبهة فتح الشام", 1, None, e_jfsm), ("رو ج", 1), "claim",
                 ("استسلام \" المجاهدين \" وإعلان حل جيشهم وخسائرهم الفادحة التي ملأت الشوارع بالجثث", 1))
s_diss = g.stmt(("المجاهدين", 1, "استسلام \"", e_jam7), ("إعلان", 1, "استسلام \" المجاهدين \" و"), "assert", ("حل جيشهم", 1),
                embedded_in=s_media)
s_rumour = g.stmt(("غرف الأخبار", 1, None, e_news), ("راج", 1, "وراج"), "assert",
                  ("إصابة قائد محبوب ومعتدل في فتح الشام , هو أبو سعيد راس الحصن , باستهداف سيارته قرب سرمدا", 1))
s_war = g.stmt(("أبو عيسى الشيخ", 1, None, e_abuissa), ("أعلن", 1, "وأعلن قائدهم"), "assert", ("الحرب على الخوارج والبغاة", 1))
s_ahr = g.stmt(("الأحرار", 1, "وجاء إعلان", e_ahr11), ("إعلان", 1, "وجاء"), "assert", ("قوة فصل وليسوا طرفا في النزاع", 1))
s_cf = g.stmt(("هاشم الشيخ", 1, None, e_hashem), ("إعلان", 1, "المخطط لها مسبقا"), "assert", ("وقف إطلاق النار", 1))

# propositions
p_off = g.prop("attack", [("agent", e_jfs1, "HTS"), ("target", e_jam1, "SYR.OPP"), ("target", e_suq1, "SYR.OPP"), ("target", e_jai1, "SYR.OPP")],
               ("سلسلة هجمات", 1), place=e_alg, time=t_23)
p_hts = g.prop("other", [("agent", e_hts1, "HTS")], ("بولادة", 1))
p_plot = g.prop("other", [("agent", e_astf, "SYR.OPP"), ("target", e_jfs1, "HTS")], ("بالتآمر", 1))
p_spy = g.prop("other", [("agent", e_jam1, "SYR.OPP"), ("partner", e_coal, "USA")], ("تجس س", 1))
p_take = g.prop("capture", [("agent", e_jfs1, "HTS"), ("target", e_jam1, "SYR.OPP")], ("سيطرتها", 1, "إلا أن"))
p_isis = g.prop("clash", [("agent", e_jam6, "SYR.OPP"), ("agent", e_isis6, "ISIS")], ("معارك", 1, "تنظيم داعش في"), place=e_al6, time=t_2014)
p_out = g.prop("withdrawal", [("agent", e_jam6, "SYR.OPP")], ("خروجهم", 1), place=e_alc6)
p_surr = g.prop("other", [("agent", e_jam7, "SYR.OPP")], ("استسلام", 1), time=t_first)
p_loss = g.prop("casualties", [("target", e_jam7, "SYR.OPP")], ("خسائرهم الفادحة", 1), time=t_first)
p_hitcar = g.prop("attack", [("target", e_abusaid, "HTS")], ("باستهداف", 1, "راس الحصن"), place=e_sarm8)
p_wound = g.prop("casualties", [("target", e_abusaid, "HTS")], ("إصابة", 1))
p_cp = g.prop("other", [("agent", e_suq9, "SYR.OPP"), ("target", e_jfs9, "HTS")], ("عرقل", 1), place=e_kfn)
p_zaw = g.prop("clash", [("agent", e_suq9, "SYR.OPP"), ("agent", e_jfs9, "HTS")], ("الهجمات والهجمات المضادة", 1), place=e_zawiya)
p_war = g.prop("other", [("agent", e_abuissa, "SYR.OPP")], ("الحرب", 1, "وأعلن"))
p_pact = g.prop("agreement", [("agent", e_suq9, "SYR.OPP"), ("partner", e_ahr10, "SYR.OPP")], ("اتفاق سابق", 1))
p_neutral = g.prop("other", [("agent", e_ahr11, "SYR.OPP")], ("قوة فصل", 1))
p_babisqa = g.prop("control", [("agent", e_jai12, "SYR.OPP")], ("الصمود", 1), place=e_bab)
p_cf = g.prop("agreement", [("agent", e_hts13, "HTS")], ("وقف إطلاق النار", 1))
p_join = g.prop("other", [("agent", e_hts13, "HTS")], ("ضمت", 1), quantities=[q2500, q300, q200a, q200b, q5000])
p_defect = g.prop("other", [("agent", e_abujaber, "HTS"), ("agent", e_tahhan, "HTS")], ("منشقين", 1), quantities=[q1500])
p_next = g.prop("attack", [("agent", e_jfs17, "HTS"), ("target", e_asad17, "SYR")], ("عملا عسكريا جديدا", 1), time=t_soon)

g.claim(p_off, "author")
g.claim(p_hts, "author")
g.claim(p_plot, s_acc)
g.claim(p_spy, s_spy)
g.claim(p_take, "author")
g.claim(p_isis, "author")
g.claim(p_out, "author")
c_surr_m = g.claim(p_surr, s_media)
g.claim(p_surr, s_diss)
c_surr_a = g.claim(p_surr, "author", "deny")
c_loss_m = g.claim(p_loss, s_media)
c_loss_a = g.claim(p_loss, "author", "deny")
g.claim(p_hitcar, s_rumour)
g.claim(p_wound, s_rumour)
g.claim(p_cp, "author")
g.claim(p_zaw, "author")
g.claim(p_war, s_war)
g.claim(p_pact, "author")
g.claim(p_neutral, s_ahr)
g.claim(p_babisqa, "author")
g.claim(p_cf, s_cf)
g.claim(p_cf, "author")
g.claim(p_join, "author")
g.claim(p_defect, "author")
g.claim(p_next, "author", "affirm", "possible")

g.contra(c_surr_m, c_surr_a, "author_vs_source", None, "negation",
         "JFS media spread news that Jaish al-Mujahideen surrendered and dissolved; the author calls the news false.")
g.contra(c_loss_m, c_loss_a, "author_vs_source", None, "negation",
         "JFS media reported heavy Mujahideen losses filling the streets with bodies; the author calls the news false.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
