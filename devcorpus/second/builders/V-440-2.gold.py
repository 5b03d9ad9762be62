"""Second annotation (A8) of V-440-2 (Enab Baladi): second phase of the "Wa Bashir al-Sabirin" battle in
northern Quneitra countryside; the opposition takes Tal Ahmar; shelling, casualties, the Beit Jinn pocket.

Judgement calls:
- Body: starts at the article text; the headline copy is fused with share buttons and the byline
  ("ع ع ع عنب بلدي - خاص"), so it is left out. The page date (21 Jan 2018) is the crawl page's, not the
  article's: the text dates the events "السبت 3 تشرين الأول" with the Russian strikes "الأربعاء الفائت"
  (30 Sep 2015), so published 2015-10-03, estimated.
- Mid-text subheadings are kept in the body (entities in them annotated).
- "مواقع الأسد", "قوات الأسد", "طيران الأسد": regime forces (ORG, SYR.MIL); "نظام الأسد"/"النظام": SYR.GOV.
- Military positions (اللواء 90، سرية عباس، الفوج 137 ...) are FAC; hills and peaks (تل ...، قمة حربون) LOC.
  The companies listed in brackets (الصقري وعباس والكتاف ومنط الفرس) each FAC.
- "المتحدث باسم ألوية الفرقان" is one nominal PER (flat, the ORG inside not listed); in para 8 the
  name and the ORG are separate appositive mentions.
- Ahrar al-Sham "نعت" 4 of its leaders: treated as a statement (announcement of deaths) with a casualties
  claim. Captured tanks: an "other" proposition with vehicle counts.
- Irhayyil's second-phase aim (partly quoted) is direct=False. His "فك الحصار عن أهلنا في الغوطة"
  presupposes a siege of Ghouta: siege affirmed by him.
- "أول يوم للمعركة" resolved to 2015-09-25 (the battle's start per the article).
- Regime aviation "لم يصل ... بالسرعة ذاتها": not annotated as a negated strike (it only says slower).
- Population figure (25 ألف مدني), altitude (ألفي متر) and "أربع غرف عمليات" are not conflict quantities.
- No in-article contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-440-2", "outlet": "عنب بلدي", "published": "2015-10-03", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}

OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group")
OPPN = dict(nominal=True, canonical="Syrian opposition factions", **OPP)
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRAF = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Air Force")
ENAB = dict(actor="ENABBALADI", party=None, role="media", canonical="Enab Baladi")
QUN = dict(canonical="Quneitra Governorate", place=named("Quneitra Governorate", "SY", "Quneitra"))
NQUN = dict(canonical="Northern Quneitra countryside", place=named("Northern Quneitra countryside", "SY", "Quneitra"))
QUNR = dict(canonical="Quneitra countryside", place=named("Quneitra countryside", "SY", "Quneitra"))
WDAM = dict(canonical="Western Damascus countryside", place=named("Western Damascus countryside", "SY", "Rif Dimashq"))
RIF = dict(canonical="Rif Dimashq Governorate", place=named("Rif Dimashq Governorate", "SY", "Rif Dimashq"))
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
def pl(s, name, typ="LOC", nth=1, after=None, admin1=None):
    return g.ent(s, typ, nth, after=after, canonical=name, place=named(name, "SY", admin1))
def opp(s, name, nth=1, after=None):
    return g.ent(s, "ORG", nth, after=after, canonical=name, **OPP)

# paragraph 1
e_opp1 = g.ent("فصائل المعارضة", "ORG", 1, **OPPN)
g.ent("القنيطرة", "GPE", 1, **QUN)
g.ent("محافظة القنيطرة", "GPE", **QUN)
g.ent("ريف دمشق الغربي", "LOC", 1, **WDAM)
e_syr1 = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
e_ahmar1 = pl("تل أحمر", "Tal Ahmar", nth=1, admin1="Quneitra")
e_khan1 = pl("خان أرنبة", "Khan Arnabeh", "GPE", 1, admin1="Quneitra")
g.ent("ريف القنيطرة الشمالي", "LOC", 1, **NQUN)
e_assad1 = g.ent("الأسد", "ORG", 1, after="مواقع", **SYRMIL)
# paragraph 2
e_rayyes = g.ent("الرائد عصام الريس", "PER", canonical="Issam al-Rayyes", **OPP)
opp("الجبهة الجنوبية", "Southern Front")
g.ent("عنب بلدي", "ORG", 1, **ENAB)
e_abbas = pl("سرية عباس", "Sariyat Abbas", "FAC", admin1="Quneitra")
pl("سرية الكتاف", "Sariyat al-Kattaf", "FAC", admin1="Quneitra")
e_opp2 = g.ent("المعارضة", "ORG", 1, after="هجوم", **OPPN)
g.ent("نظام الأسد", "ORG", 1, **SYRGOV)
# paragraph 3 (subheading and text)
pl("تل أحمر", "Tal Ahmar", nth=2, admin1="Quneitra")
pl("تل أحمر", "Tal Ahmar", nth=3, admin1="Quneitra")
pl("تل القبع", "Tal al-Qubaa", admin1="Quneitra")
g.ent("ريف القنيطرة", "LOC", 1, after="الواصل بين", **QUNR)
g.ent("ريف دمشق الغربي", "LOC", 2, **WDAM)
e_syr3 = g.ent("قوات النظام", "ORG", 2, **SYRMIL)
e_khan3 = pl("خان أرنبة", "Khan Arnabeh", "GPE", 2, admin1="Quneitra")
e_rayyes3 = g.ent("الريس", "PER", 1, after="بحسب", canonical="Issam al-Rayyes", **OPP)
# paragraph 4
e_rayyes4 = g.ent("الريس", "PER", 1, after="الريس أشار", canonical="Issam al-Rayyes", **OPP)
pl("اللواء 90", "90th Brigade", "FAC", admin1="Quneitra")
pl("الصقري", "al-Saqri", "FAC")
pl("عباس", "Abbas company", "FAC", 1, after="الصقري")
pl("الكتاف", "al-Kattaf company", "FAC", 1, after="الصقري")
pl("منط الفرس", "Mant al-Faras", "FAC")
e_shaar = pl("تل الشعار", "Tal al-Shaar", nth=1, admin1="Quneitra")
pl("تل بزاق", "Tal Bazzaq", nth=1, admin1="Quneitra")
pl("تل ال - UN", "Tal al-UN", admin1="Quneitra")
pl("تل الكروم", "Tal al-Kurum", admin1="Quneitra")
pl("تل الشحم", "Tal al-Shahm", nth=1, admin1="Quneitra")
# paragraph 5
pl("اللواء 121", "121st Brigade", "FAC", 1, admin1="Rif Dimashq")
pl("الفوج 137", "137th Regiment", "FAC", admin1="Rif Dimashq")
pl("جبل سلح الطير", "Jabal Salh al-Tayr", admin1="Rif Dimashq")
pl("تل المانع", "Tal al-Mani", admin1="Rif Dimashq")
g.ent("ريف دمشق الغربي", "LOC", 3, **WDAM)
e_syr5 = g.ent("قوات النظام", "ORG", 3, **SYRMIL)
g.ent("القنيطرة", "GPE", 1, after="قوات النظام شمال", **QUN)
e_oppf5 = g.ent("مقاتلي المعارضة", "ORG", 1, **OPPN)
pl("تل الشحم", "Tal al-Shahm", nth=2, admin1="Quneitra")
pl("تل الشعار", "Tal al-Shaar", nth=2, admin1="Quneitra")
pl("تل بزاق", "Tal Bazzaq", nth=2, admin1="Quneitra")
# paragraph 6
e_rayyes6 = g.ent("الريس", "PER", 1, after="ولفت", canonical="Issam al-Rayyes", **OPP)
g.ent("طيران الأسد", "ORG", **SYRAF)
e_rusaf = g.ent("الطيران الروسي", "ORG", canonical="Russian Air Force", actor="RUS.MIL", party="RUS", role="military")
e_syria6 = g.ent("سوريا", "GPE", 1, **SYRIA)
# paragraph 7
e_opp7 = g.ent("الفصائل المشاركة", "ORG", 1, **OPPN)
e_oppf7 = g.ent("مقاتلي المعارضة", "ORG", 2, **OPPN)
e_tranja = pl("سرية طرنجة", "Sariyat Tranja", "FAC", admin1="Quneitra")
pl("حاجز مزارع الأمل", "Mazari al-Amal checkpoint", "FAC", admin1="Quneitra")
g.ent("ريف القنيطرة الشمالي", "LOC", 2, **NQUN)
# paragraph 8
e_assadf8 = g.ent("قوات الأسد", "ORG", 1, **SYRMIL)
e_ndf = g.ent("ميليشيات الدفاع الوطني", "ORG", actor="SYR.PGM", party="SYR", role="armed_group", canonical="National Defence Forces")
e_irh8 = g.ent("صهيب ارحيل", "PER", canonical="Suhaib Irhayyil", **OPP)
opp("ألوية الفرقان", "Alwiya al-Furqan", 1)
g.ent("قوات الأسد", "ORG", 2, **SYRMIL)
# paragraph 9
e_opp9 = g.ent("الفصائل المشاركة", "ORG", 2, **OPPN)
e_spk9 = g.ent("المتحدث باسم ألوية الفرقان", "PER", nominal=True, canonical="Suhaib Irhayyil", **OPP)
e_ahrar9 = opp("حركة أحرار الشام", "Ahrar al-Sham")
e_opp9b = g.ent("الفصائل المشاركة", "ORG", 3, **OPPN)
# paragraph 10
e_irh10 = g.ent("ارحيل", "PER", 1, after="وكان", canonical="Suhaib Irhayyil", **OPP)
g.ent("عنب بلدي", "ORG", 2, **ENAB)
g.ent("الريف الغربي الدمشقي", "LOC", **WDAM)
g.ent("القنيطرة", "GPE", 1, after="العمق الشمالي من", **QUN)
e_ghouta = pl("الغوطة", "Ghouta", nth=1, after="أهلنا في", admin1="Rif Dimashq")
# paragraph 11
e_irh11 = g.ent("ارحيل", "PER", 1, after="وأوضح", canonical="Suhaib Irhayyil", **OPP)
opp("غرفة عمليات الفرقان", "Al-Furqan operations room")
opp("غرفة عمليات أحرار الشام", "Ahrar al-Sham operations room")
opp("غرفة عمليات جبهة ثوار سوريا", "Syrian Revolutionaries Front operations room")
opp("غرفة عمليات كتائب جباتا", "Jubata Battalions operations room")
opp("ألوية سيف الشام", "Alwiya Saif al-Sham", 1)
opp("جبهة ثوار سوريا", "Syrian Revolutionaries Front", 1, after="من بينها")
opp("جبهة أنصار الإسلام", "Jabhat Ansar al-Islam")
opp("جيش الأبابيل", "Jaish al-Ababil")
opp("لواء الفرقان", "Liwa al-Furqan")
opp("ألوية قاسيون", "Alwiya Qasioun")
# paragraph 12 (subheading and text)
g.ent("ريف القنيطرة", "LOC", 1, after="القرى المحررة في", **QUNR)
e_bj12 = pl("بيت جن", "Beit Jinn", "GPE", 1, admin1="Rif Dimashq")
e_bs12 = pl("بيت سابر", "Beit Saber", "GPE", 1, admin1="Rif Dimashq")
g.ent("لبنان", "GPE", canonical="Lebanon", place={"geonames_id": 272103, "name": "Lebanon", "lat": None, "lon": None, "country": "LB", "admin1": None})
g.ent("ريف دمشق", "GPE", 1, after="إداري ا ل", **RIF)
# paragraph 13
e_tumeh = g.ent("رائد طعمة", "PER", canonical="Raed Tumeh", **OPP)
opp("ألوية سيف الشام", "Alwiya Saif al-Sham", 2)
pl("اللواء 68", "68th Brigade", "FAC", admin1="Rif Dimashq")
pl("قمة حربون", "Harbun peak", admin1="Rif Dimashq")
g.ent("سوريا", "GPE", 1, after="أعلى قمة في", **SYRIA)
pl("فوج 137", "137th Regiment", "FAC", admin1="Rif Dimashq")
pl("اللواء 121", "121st Brigade", "FAC", 2, admin1="Rif Dimashq")
g.ent("ريف دمشق", "GPE", 1, after="وجميعهم في", **RIF)
# paragraph 14
e_tumeh14 = g.ent("طعمة", "PER", 1, after="ألفي متر", canonical="Raed Tumeh", **OPP)
e_reg14 = g.ent("النظام", "ORG", 1, after="حواجز", **SYRGOV)
pl("طريق بيت سابر", "Beit Saber road", admin1="Rif Dimashq")
# paragraph 15
e_reg15 = g.ent("نظام الأسد", "ORG", 2, **SYRGOV)
e_reg15b = g.ent("النظام", "ORG", 1, after="والتي يسيطر عليها", **SYRGOV)
g.ent("ريف القنيطرة", "LOC", 1, after="على عكس باقي قرى", **QUNR)
# paragraph 16
e_tumeh16 = g.ent("طعمة", "PER", 1, after="وبحسب", canonical="Raed Tumeh", **OPP)
e_rebels = g.ent("الثوار", "ORG", 1, **OPPN)
e_bs16 = pl("بيت سابر", "Beit Saber", "GPE", 1, after="الثوار يسيطرون", admin1="Rif Dimashq")
pl("كفر حور", "Kafr Hawar", "GPE", admin1="Rif Dimashq")
pl("مغر المير", "Mughr al-Mir", "GPE", 1, admin1="Rif Dimashq")
pl("بيت جن", "Beit Jinn", "GPE", 1, after="ومغر المير و", admin1="Rif Dimashq")
pl("بيت تيما", "Beit Tima", "GPE", admin1="Rif Dimashq")
e_bj16 = pl("بيت جن", "Beit Jinn", "GPE", 1, after="يتركز على قرى", admin1="Rif Dimashq")
pl("مغر المير", "Mughr al-Mir", "GPE", 2, admin1="Rif Dimashq")
e_reg16 = g.ent("النظام", "ORG", 1, after="في حين يسيطر", **SYRGOV)
e_baq = pl("بقعسم", "Baqaasem", "GPE", admin1="Rif Dimashq")
pl("حينة", "Hineh", "GPE", admin1="Rif Dimashq")
pl("عين الشعرة", "Ein al-Shaara", "GPE", admin1="Rif Dimashq")
pl("دربل", "Darbal", "GPE", admin1="Rif Dimashq")
pl("عرنة", "Arneh", "GPE", admin1="Rif Dimashq")
pl("ريمة", "Rimeh", "GPE", admin1="Rif Dimashq")
# paragraph 17
g.ent("لنظام", "ORG", 1, after="ومسيحية موالية ", **SYRGOV)  # للنظام
e_saif17 = opp("ألوية سيف الشام", "Alwiya Saif al-Sham", 3)
opp("لواء السيد المسيح", "Liwa al-Sayyid al-Masih")
opp("لواء جبل الشيخ", "Liwa Jabal al-Sheikh")
opp("جبهة ثوار سوريا", "Syrian Revolutionaries Front", 1, after="التابع ل")
opp("أحرار الشام", "Ahrar al-Sham", 1, after="بالإضافة إلى أحرار")
opp("أجناد الشام", "Ajnad al-Sham")
# paragraph 18
g.ent("فصائل المعارضة", "ORG", 2, **OPPN)
pl("الجنوب السوري", "Southern Syria")
g.ent("القنيطرة", "GPE", 1, after="ريفي", **QUN)
g.ent("دمشق", "GPE", 1, after="ريفي القنيطرة و", canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Damascus"})
e_wghouta = pl("الغوطة الغربية", "Western Ghouta", admin1="Rif Dimashq")
e_assadf18 = g.ent("قوات الأسد", "ORG", 3, **SYRMIL)

# times and quantities
t_sat = g.time("السبت 3 تشرين الأول", "2015-10-03", "day", "at")
t_wed = g.time("الأربعاء الفائت", "2015-09-30", "day", "at")
t_eid = g.time("ثاني أيام عيد الأضحى", "2015-09-25", "day", "at")
t_fri = g.time("الجمعة 25 أيلول", "2015-09-25", "day", "at")
t_wed30 = g.time("الأربعاء 30 أيلول", "2015-09-30", "day", "at")
t_day1 = g.time("أول يوم للمعركة", "2015-09-25", "day", "at")
t_2y = g.time("منذ سنتين تقريب ا", "2013", "year", "since")
t_2y18 = g.time("منذ نحو عامين", "2013", "year", "since")
q30 = g.qty("نحو 30 عنصر ا", 30, "people", "killed")
q_t55 = g.qty("دبابتان", 2, "vehicles")
q_t72 = g.qty("اثنتان", 2, "vehicles")
q4 = g.qty("4 من قيادييها", 4, "people", "killed")
q25 = g.qty("25 برميل ا", 25, "barrel bombs")

# statements
s_aim = g.stmt(("الرائد عصام الريس", 1, None, e_rayyes), ("قال", 1, "الجنوبية ,"), "assert",
               ("المعركة تهدف أيض ا للسيطرة على سرية عباس وسرية الكتاف", 1))
s_surprise = g.stmt(("الرائد عصام الريس", 1, None, e_rayyes), ("مشير ا إلى أن", 1), "assert",
                    ("هجوم المعارضة كان مباغت ا وغير متوقع من قبل نظام الأسد", 1))
s_import = g.stmt(("الريس", 1, "بحسب", e_rayyes3), ("بحسب", 1, "وتساعدان في"), "assert",
                  ("تكمن أهمية السيطرة على منطقتي تل أحمر وتل القبع باعتبارهما تطلان على الطريق الواصل بين ريف القنيطرة وريف دمشق الغربي , وتساعدان في حصار قوات النظام داخل بلدة خان أرنبة", 1))
s_shelled = g.stmt(("الريس", 1, "الريس أشار", e_rayyes4), ("أشار إلى", 1, "الريس أشار"), "assert",
                   ("تعرض منطقة الاشتباكات للقصف بشكل عنيف من عدة نقاط أهمها اللواء 90 وسراياه ( الصقري وعباس والكتاف ومنط الفرس ) , بالإضافة إلى تل الشعار وتل بزاق وتل ال - UN وتل الكروم وتل الشحم", 1))
s_shells = g.stmt(("الريس", 1, "الريس أشار", e_rayyes4), ("أكد", 1, "كما أكد"), "confirm",
                  ("سقوط قذائف المدفعية والصواريخ من اللواء 121 والفوج 137 وجبل سلح الطير وتل المانع في ريف دمشق الغربي على منطقة العمل , بالإضافة إلى صواريخ فيل وقذائف الدوشكا من سرايا وثكنات قوات النظام شمال القنيطرة", 1))
s_opptarget = g.stmt(("الريس", 1, "الريس أشار", e_rayyes4), ("مشير ا إلى أن", 2), "assert",
                     ("مقاتلي المعارضة استهدفوا كل ا من السرايا وتل الشحم وتل الشعار وتل بزاق", 1))
s_slow = g.stmt(("الريس", 1, "ولفت", e_rayyes6), ("لفت", 1, "ولفت الريس"), "assert",
                ("طيران الأسد لم يصل إلى المنطقة بالسرعة ذاتها كعادته عند بدء الهجوم", 1))
s_russia = g.stmt(("الريس", 1, "ولفت", e_rayyes6), ("عازي ا الأمر إلى", 1), "assert",
                  ("صعوبة التنسيق مع الطيران الروسي الذي بدأ غاراته في مناطق مختلفة من سوريا الأربعاء الفائت", 1))
s_killed = g.stmt(("صهيب ارحيل", 1, None, e_irh8), ("بحسب", 1, "المرحلة الأولى للمعركة ,"), "assert",
                  ("قتل عدد من قوات الأسد وميليشيات الدفاع الوطني في المرحلة الأولى للمعركة", 1))
s_30 = g.stmt(("صهيب ارحيل", 1, None, e_irh8), ("أشار إلى", 1, "الذي أشار"), "assert",
              ("مقتل نحو 30 عنصر ا من قوات الأسد وجرح عدد كبير أيض ا", 1), direct=True)
s_booty = g.stmt(("المتحدث باسم ألوية الفرقان", 1, None, e_spk9), ("بحسب", 1, "وأسلحة خفيفة وثقيلة ,"), "assert",
                 ("اغتنمت الفصائل المشاركة عدد ا من الآليات والأسلحة الثقيلة , منها دبابتان من نوع T55 واثنتان T72 , وأسلحة خفيفة وثقيلة", 1))
s_ahrar = g.stmt(("حركة أحرار الشام", 1, None, e_ahrar9), ("نعت", 1), "assert", ("4 من قيادييها", 1))
s_phase2 = g.stmt(("ارحيل", 1, "وكان", e_irh10), ("قال", 1, "وكان ارحيل"), "assert",
                  ("المرحلة الثانية من المعركة ستكون \" استكمال فتح الطريق بين الريف الغربي الدمشقي وبين العمق الشمالي من القنيطرة , وفك الحصار عن أهلنا في الغوطة", 1))
s_rooms = g.stmt(("ارحيل", 1, "وأوضح", e_irh11), ("أوضح", 1, "وأوضح ارحيل"), "assert",
                 ("أربع غرف عمليات رئيسية تشارك في المعركة , وهي : غرفة عمليات الفرقان , غرفة عمليات أحرار الشام , غرفة عمليات جبهة ثوار سوريا , غرفة عمليات كتائب جباتا , وكل غرفة تضم عدة فصائل , من بينها ألوية سيف الشام وجبهة ثوار سوريا وجبهة أنصار الإسلام وجيش الأبابيل ولواء الفرقان وألوية قاسيون", 1))
s_semisiege = g.stmt(("رائد طعمة", 1, None, e_tumeh), ("بحسب", 1, "شبه محاصرة ,"), "assert",
                     ("تعتبر هذه القرى شبه محاصرة", 1))
s_shellpts = g.stmt(("رائد طعمة", 1, None, e_tumeh), ("قال إن", 1, "الذي قال"), "assert",
                    ("القصف عليها يتركز من عدة نقاط أهمها اللواء 68 وقمة حربون , وهي أعلى قمة في سوريا بارتفاع ألفي متر , بالإضافة إلى فوج 137 واللواء 121 وجميعهم في ريف دمشق", 1))
s_checkpts = g.stmt(("طعمة", 1, "ألفي متر", e_tumeh14), ("أشار إلى أن", 1, "طعمة أشار"), "assert",
                    ("حواجز النظام مفتوحة عبر طريق بيت سابر , ويسمح من خلالها للموظفين والطلاب بالخروج والدخول ويمنعه نهائي ا أحيان ا أخرى لكنه لا يسمح بإدخال المواد الغذائية", 1))
s_ctrl = g.stmt(("طعمة", 1, "وبحسب", e_tumeh16), ("بحسب", 1, "وبحسب طعمة"), "assert",
                ("الثوار يسيطرون على قرى بيت سابر وكفر حور ومغر المير وبيت جن ومزرعتها وبيت تيما , منذ سنتين تقريب ا وجميعها تتعرض للقصف , إلا أنه يتركز على قرى بيت جن ومزرعتها ومغر المير , في حين يسيطر النظام على قرى بقعسم وحينة وعين الشعرة ودربل وعرنة و ريمة", 1))

# propositions
p_take = g.prop("capture", [("agent", e_opp1, "SYR.OPP"), ("target", e_assad1, "SYR")], ("مسيطرة", 1), place=e_ahmar1, time=t_sat)
p_attack = g.prop("attack", [("agent", e_opp1, "SYR.OPP"), ("target", e_assad1, "SYR")], ("هجوم مباغت", 1), place=e_ahmar1, time=t_sat)
p_aimpos = g.prop("capture", [("agent", e_opp1, "SYR.OPP"), ("target", e_syr1, "SYR")], ("والسيطرة", 1, "الغربي ,"), time=t_sat)
p_aimabbas = g.prop("capture", [("agent", e_opp2, "SYR.OPP")], ("للسيطرة", 1, "تهدف أيض ا"), place=e_abbas)
p_khansiege = g.prop("siege", [("agent", e_opp1, "SYR.OPP"), ("target", e_syr3, "SYR")], ("حصار", 1, "وتساعدان في"), place=e_khan3)
p_regshell = g.prop("shelling", [("agent", e_syr5, "SYR"), ("target", e_opp1, "SYR.OPP")], ("للقصف", 1), time=t_sat)
p_opphit = g.prop("attack", [("agent", e_oppf5, "SYR.OPP"), ("target", e_syr5, "SYR")], ("استهدفوا", 1), place=e_shaar, time=t_sat)
p_rusair = g.prop("airstrike", [("agent", e_rusaf, "RUS")], ("غاراته", 1), place=e_syria6, time=t_wed)
p_battle1 = g.prop("attack", [("agent", e_opp7, "SYR.OPP")], ("المعركة", 1, "وبدأت"), time=t_fri)
p_tranja = g.prop("capture", [("agent", e_oppf7, "SYR.OPP")], ("سيطرة", 1, "وأسفرت في نهايتها"), place=e_tranja, time=t_wed30)
p_syrcas = g.prop("casualties", [("target", e_assadf8, "SYR"), ("target", e_ndf, "SYR")], ("قتل", 1, "وقتل عدد"),
                  quantities=[q30])
p_booty = g.prop("other", [("agent", e_opp9, "SYR.OPP"), ("target", None, "SYR")], ("اغتنمت", 1), quantities=[q_t55, q_t72])
p_ahrarcas = g.prop("casualties", [("target", e_ahrar9, "SYR.OPP")], ("نعت", 1), quantities=[q4])
p_oppcas = g.prop("casualties", [("target", e_opp9b, "SYR.OPP")], ("سقوط مقاتلين", 1))
p_ghouta = g.prop("siege", [("target", None, "SYR.OPP")], ("الحصار", 1, "وفك"), place=e_ghouta)
p_barrels = g.prop("airstrike", [("agent", None, "SYR")], ("بالبراميل المتفجرة", 1), place=e_bj12, time=t_day1, quantities=[q25])
p_semisiege = g.prop("siege", [("agent", e_reg14, "SYR")], ("محاصرة", 1, "شبه"), place=e_bj12)
p_villshell = g.prop("shelling", [("agent", None, "SYR")], ("القصف", 1, "الذي قال إن"), place=e_bj16)
p_regelec = g.prop("other", [("agent", e_reg15, "SYR")], ("لتزويد", 1))
p_regctrl15 = g.prop("control", [("agent", e_reg15b, "SYR")], ("يسيطر", 1, "والتي"))
p_rebctrl = g.prop("control", [("agent", e_rebels, "SYR.OPP")], ("يسيطرون", 1), place=e_bs16, time=t_2y)
p_regctrl16 = g.prop("control", [("agent", e_reg16, "SYR")], ("يسيطر", 1, "في حين"), place=e_baq)
p_deploy = g.prop("deployment", [("agent", e_saif17, "SYR.OPP")], ("تنتشر", 1))
p_wgsiege = g.prop("siege", [("agent", e_assadf18, "SYR")], ("لحصار", 1, "بلداتها"), place=e_wghouta, time=t_2y18)

# claims
g.claim(p_take, "author")
g.claim(p_attack, "author")
g.claim(p_attack, s_surprise)
g.claim(p_aimpos, "author", "affirm", "intended")
g.claim(p_aimabbas, s_aim, "affirm", "intended")
g.claim(p_khansiege, s_import, "affirm", "possible")
g.claim(p_regshell, s_shelled)
g.claim(p_regshell, s_shells)
g.claim(p_opphit, s_opptarget)
g.claim(p_rusair, s_russia)
g.claim(p_battle1, "author")
g.claim(p_tranja, "author")
g.claim(p_syrcas, s_killed)
g.claim(p_syrcas, s_30)
g.claim(p_booty, s_booty)
g.claim(p_ahrarcas, s_ahrar)
g.claim(p_oppcas, "author")
g.claim(p_ghouta, s_phase2)
g.claim(p_barrels, "author")
g.claim(p_semisiege, s_semisiege)
g.claim(p_semisiege, s_checkpts)
g.claim(p_villshell, s_shellpts)
g.claim(p_villshell, s_ctrl)
g.claim(p_regelec, "author")
g.claim(p_regctrl15, "author")
g.claim(p_rebctrl, s_ctrl)
g.claim(p_regctrl16, s_ctrl)
g.claim(p_deploy, "author")
g.claim(p_wgsiege, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
