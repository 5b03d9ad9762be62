"""Gold analysis of V-440 article 2 (Enab Baladi, archives/47779; published estimated 2015-10-03): Quneitra
opposition factions start phase two of the "Wa Bashir al-Sabirin" battle and take Tal Ahmar; spokesmen of the
Southern Front, Alwiya al-Furqan and Alwiya Saif al-Sham describe the fronts, losses and the Beit Jinn pocket.

Judgement calls:
- The page header date (21 Jan 2018) is the crawl date; the text dates the attack "Saturday 3 October" and
  the Russian air campaign "last Wednesday" (30 Sept 2015), so published = 2015-10-03, estimated.
- The headline is separated from the text by byline residue («ع ع ع عنب بلدي - خاص»); the body starts at
  the article text. In-body subheadings are kept (they are part of the body span) and their names annotated.
- «مواقع الأسد», «قوات الأسد», «طيران الأسد»: Assad used metonymically for the government forces; the
  mention is the whole phrase (ORG) where the phrase names the force; «مواقع الأسد» gets «الأسد» as ORG.
- Brigade / regiment / company positions named as shelling origins (اللواء 90, الفوج 137, سرية ...) are FAC.
- The Rayyes "importance" paragraph (ending «بحسب الريس») is one statement; his besieging Khan Arnabah is a
  siege proposition with modality intended.
- «لم يصل ... بالسرعة ذاتها»: an `other` proposition (timely regime air response) denied by Rayyes.
- «نعت حركة أحرار الشام» is a statement (mourning announcement) of four commanders killed.
- Arhil's partial quote (phase two = opening the road, lifting the siege on Ghouta) is direct; it affirms the
  regime siege of Ghouta, which the author also asserts in the last line.
- Seized tanks/weapons: `other`. Barrel bombs on Beit Jinn / Beit Saber: `airstrike` with no named agent.
- No in-article contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-440-2", "outlet": "عنب بلدي", "published": "2015-10-03", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def P(name, admin1=None, country="SY"):
    return dict(canonical=name, place=named(name, country, admin1))
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group")
def O(name): return dict(OPP, canonical=name)
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRAF = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Air Force")
NDF = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="National Defence Forces")
ENAB = dict(actor="ENABBALADI", party=None, role="media", canonical="Enab Baladi")
RAYYES = dict(OPP, canonical="Issam al-Rayyes")
ARHIL = dict(OPP, role="media", canonical="Suhaib Arhil")
TUMA = dict(OPP, role="media", canonical="Raed Tu'ma")
QG = P("Quneitra Governorate", "Quneitra")
QCS = P("Quneitra countryside", "Quneitra")
NQ = P("Northern Quneitra countryside", "Quneitra")
WRD = P("Western Rif Dimashq", "Rif Dimashq")
RD = P("Rif Dimashq Governorate", "Rif Dimashq")
TA = P("Tal Ahmar", "Quneitra")
KA = P("Khan Arnabah", "Quneitra")
BJ = P("Beit Jinn", "Rif Dimashq")
BS = P("Beit Saber", "Rif Dimashq")
MM = P("Mughr al-Mir", "Rif Dimashq")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})

# p1
e_opp1 = g.ent("فصائل المعارضة", "ORG", 1, nominal=True, **O("Syrian opposition factions"))
e_q1 = g.ent("القنيطرة", "GPE", 1, **QG)
g.ent("محافظة القنيطرة", "GPE", **QG)
g.ent("ريف دمشق الغربي", "LOC", 1, **WRD)
e_reg1 = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
e_ta1 = g.ent("تل أحمر", "LOC", 1, **TA)
g.ent("خان أرنبة", "GPE", 1, **KA)
g.ent("ريف القنيطرة الشمالي", "LOC", 1, **NQ)
e_asad1 = g.ent("الأسد", "ORG", 1, **SYRMIL)
# p2
e_ray = g.ent("الرائد عصام الريس", "PER", **RAYYES)
g.ent("الجبهة الجنوبية", "ORG", **O("Southern Front"))
g.ent("عنب بلدي", "ORG", 1, **ENAB)
e_abbas = g.ent("سرية عباس", "FAC", **P("Sariyat Abbas", "Quneitra"))
g.ent("سرية الكتاف", "FAC", **P("Sariyat al-Kattaf", "Quneitra"))
e_opp2 = g.ent("المعارضة", "ORG", 1, after="هجوم", nominal=True, **O("Syrian opposition"))
e_nasad2 = g.ent("نظام الأسد", "ORG", 1, **SYRGOV)
# p3
g.ent("تل أحمر", "LOC", 2, **TA)
g.ent("تل أحمر", "LOC", 3, **TA)
g.ent("تل القبع", "LOC", **P("Tal al-Qabu", "Quneitra"))
g.ent("ريف القنيطرة", "LOC", 1, after="الطريق الواصل", **QCS)
g.ent("ريف دمشق الغربي", "LOC", 2, **WRD)
e_reg3 = g.ent("قوات النظام", "ORG", 2, **SYRMIL)
e_ka3 = g.ent("بلدة خان أرنبة", "GPE", **KA)
e_ray3 = g.ent("الريس", "PER", 1, after="بحسب", **RAYYES)
# p4
e_ray4 = g.ent("الريس", "PER", 1, after="الريس أشار", **RAYYES)
e_b90 = g.ent("اللواء 90", "FAC", **P("90th Brigade base", "Quneitra"))
g.ent("الصقري", "FAC", **P("Sariyat al-Saqri", "Quneitra"))
g.ent("عباس", "FAC", 1, after="( الصقري", **P("Sariyat Abbas", "Quneitra"))
g.ent("الكتاف", "FAC", 1, after="( الصقري", **P("Sariyat al-Kattaf", "Quneitra"))
g.ent("منط الفرس", "FAC", **P("Mant al-Faras", "Quneitra"))
TSH = P("Tal al-Shaar", "Quneitra"); TBZ = P("Tal Bazzaq", "Quneitra"); TSHM = P("Tal al-Shahm", "Quneitra")
g.ent("تل الشعار", "LOC", 1, **TSH)
g.ent("تل بزاق", "LOC", 1, **TBZ)
g.ent("تل ال - UN", "LOC", **P("Tal al-UN", "Quneitra"))
g.ent("تل الكروم", "LOC", **P("Tal al-Kurum", "Quneitra"))
g.ent("تل الشحم", "LOC", 1, **TSHM)
# p5
B121 = P("121st Brigade base", "Rif Dimashq"); R137 = P("137th Regiment base", "Rif Dimashq")
g.ent("اللواء 121", "FAC", 1, **B121)
g.ent("الفوج 137", "FAC", **R137)
g.ent("جبل سلح الطير", "LOC", **P("Jabal Salh al-Tayr", "Rif Dimashq"))
g.ent("تل المانع", "LOC", **P("Tal al-Mani", "Rif Dimashq"))
g.ent("ريف دمشق الغربي", "LOC", 3, **WRD)
e_reg5 = g.ent("قوات النظام", "ORG", 3, **SYRMIL)
g.ent("القنيطرة", "GPE", 1, after="قوات النظام شمال", **QG)
e_oppf5 = g.ent("مقاتلي المعارضة", "ORG", 1, nominal=True, **O("Syrian opposition fighters"))
g.ent("تل الشحم", "LOC", 2, **TSHM)
g.ent("تل الشعار", "LOC", 2, **TSH)
g.ent("تل بزاق", "LOC", 2, **TBZ)
# p6
e_ray6 = g.ent("الريس", "PER", 1, after="ولفت", **RAYYES)
e_saf = g.ent("طيران الأسد", "ORG", **SYRAF)
e_ruaf = g.ent("الطيران الروسي", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian Air Force")
e_syria6 = g.ent("سوريا", "GPE", 1, **SYRIA)
# p7
e_part7 = g.ent("الفصائل المشاركة", "ORG", 1, nominal=True, **O("Participating opposition factions"))
e_oppf7 = g.ent("مقاتلي المعارضة", "ORG", 2, nominal=True, **O("Syrian opposition fighters"))
e_tur = g.ent("سرية طرنجة", "FAC", **P("Sariyat Turunja", "Quneitra"))
g.ent("حاجز مزارع الأمل", "FAC", **P("Mazari al-Amal checkpoint", "Quneitra"))
g.ent("ريف القنيطرة الشمالي", "LOC", 2, **NQ)
# p8
e_asad8 = g.ent("قوات الأسد", "ORG", 1, **SYRMIL)
e_ndf = g.ent("ميليشيات الدفاع الوطني", "ORG", **NDF)
e_arh = g.ent("صهيب ارحيل", "PER", **ARHIL)
g.ent("ألوية الفرقان", "ORG", 1, **O("Alwiya al-Furqan"))
g.ent("قوات الأسد", "ORG", 2, **SYRMIL)
# p9
e_part9 = g.ent("الفصائل المشاركة", "ORG", 2, nominal=True, **O("Participating opposition factions"))
e_arh9 = g.ent("المتحدث باسم ألوية الفرقان", "PER", nominal=True, **ARHIL)
e_ahrar = g.ent("حركة أحرار الشام", "ORG", **O("Ahrar al-Sham"))
g.ent("الفصائل المشاركة", "ORG", 3, nominal=True, **O("Participating opposition factions"))
# p10
e_arh10 = g.ent("ارحيل", "PER", 1, after="وكان", **ARHIL)
g.ent("عنب بلدي", "ORG", 2, **ENAB)
g.ent("الريف الغربي الدمشقي", "LOC", **WRD)
g.ent("القنيطرة", "GPE", 1, after="العمق الشمالي من", **QG)
e_ghouta = g.ent("الغوطة", "LOC", 1, **P("Ghouta", "Rif Dimashq"))
# p11
e_arh11 = g.ent("ارحيل", "PER", 1, after="وأوضح", **ARHIL)
g.ent("غرفة عمليات الفرقان", "ORG", **O("Al-Furqan operations room"))
g.ent("غرفة عمليات أحرار الشام", "ORG", **O("Ahrar al-Sham operations room"))
g.ent("غرفة عمليات جبهة ثوار سوريا", "ORG", **O("Syrian Revolutionaries Front operations room"))
g.ent("غرفة عمليات كتائب جباتا", "ORG", **O("Jubata Battalions operations room"))
g.ent("ألوية سيف الشام", "ORG", 1, **O("Alwiya Saif al-Sham"))
g.ent("جبهة ثوار سوريا", "ORG", 1, after="سيف الشام و", **O("Syrian Revolutionaries Front"))
g.ent("جبهة أنصار الإسلام", "ORG", **O("Jabhat Ansar al-Islam"))
g.ent("جيش الأبابيل", "ORG", **O("Jaysh al-Ababil"))
g.ent("لواء الفرقان", "ORG", **O("Liwa al-Furqan"))
g.ent("ألوية قاسيون", "ORG", **O("Alwiya Qasioun"))
# p12
g.ent("ريف القنيطرة", "LOC", 1, after="القرى المحررة في", **QCS)
e_bj12 = g.ent("بيت جن", "GPE", 1, **BJ)
g.ent("بيت سابر", "GPE", 1, **BS)
g.ent("لبنان", "GPE", canonical="Lebanon", place={"geonames_id": 272103, "name": "Lebanon", "lat": 33.83333, "lon": 35.83333, "country": "LB", "admin1": None})
g.ent("ريف دمشق", "GPE", 1, after="وتتبع", **RD)
# p13
e_tuma = g.ent("رائد طعمة", "PER", **TUMA)
g.ent("ألوية سيف الشام", "ORG", 2, **O("Alwiya Saif al-Sham"))
g.ent("اللواء 68", "FAC", **P("68th Brigade base", "Rif Dimashq"))
g.ent("قمة حربون", "LOC", **P("Harbun peak", "Rif Dimashq"))
g.ent("سوريا", "GPE", 1, after="أعلى قمة في", **SYRIA)
g.ent("فوج 137", "FAC", **R137)
g.ent("اللواء 121", "FAC", 2, **B121)
g.ent("ريف دمشق", "GPE", 1, after="وجميعهم في", **RD)
# p14-p15
e_tuma14 = g.ent("طعمة", "PER", 1, after="ريف دمشق .\n", **TUMA)
e_reg14 = g.ent("النظام", "ORG", 1, after="حواجز", nominal=True, **SYRGOV)
g.ent("بيت سابر", "GPE", 2, **BS)
e_nasad15 = g.ent("نظام الأسد", "ORG", 2, **SYRGOV)
g.ent("النظام", "ORG", 1, after="والتي يسيطر عليها", nominal=True, **SYRGOV)
g.ent("ريف القنيطرة", "LOC", 1, after="على عكس باقي قرى", **QCS)
# p16
e_tuma16 = g.ent("طعمة", "PER", 1, after="وبحسب", **TUMA)
e_reb = g.ent("الثوار", "ORG", 1, nominal=True, **O("Syrian rebels"))
e_bs16 = g.ent("بيت سابر", "GPE", 3, **BS)
g.ent("كفر حور", "GPE", **P("Kafr Hawr", "Rif Dimashq"))
g.ent("مغر المير", "GPE", 1, **MM)
g.ent("بيت جن", "GPE", 2, **BJ)
g.ent("بيت تيما", "GPE", **P("Beit Tima", "Rif Dimashq"))
g.ent("بيت جن", "GPE", 3, **BJ)
g.ent("مغر المير", "GPE", 2, **MM)
e_reg16 = g.ent("النظام", "ORG", 1, after="في حين يسيطر", nominal=True, **SYRGOV)
e_baq = g.ent("بقعسم", "GPE", **P("Baqasim", "Rif Dimashq"))
g.ent("حينة", "GPE", **P("Hina", "Rif Dimashq"))
g.ent("عين الشعرة", "GPE", **P("Ain al-Shaara", "Rif Dimashq"))
g.ent("دربل", "GPE", **P("Durbul", "Rif Dimashq"))
g.ent("عرنة", "GPE", **P("Arna", "Rif Dimashq"))
g.ent("ريمة", "GPE", **P("Rima", "Rif Dimashq"))
# p17
g.ent("لنظام", "ORG", 1, after="ومسيحية موالية", nominal=True, **SYRGOV)  # للنظام
e_saif17 = g.ent("ألوية سيف الشام", "ORG", 3, **O("Alwiya Saif al-Sham"))
g.ent("لواء السيد المسيح", "ORG", **O("Liwa al-Sayyid al-Masih"))
g.ent("لواء جبل الشيخ", "ORG", **O("Liwa Jabal al-Sheikh"))
g.ent("جبهة ثوار سوريا", "ORG", 1, after="التابع ل", **O("Syrian Revolutionaries Front"))
g.ent("أحرار الشام", "ORG", 1, after="بالإضافة إلى أحرار", **O("Ahrar al-Sham"))
g.ent("أجناد الشام", "ORG", **O("Ajnad al-Sham"))
# p18
e_opp18 = g.ent("فصائل المعارضة", "ORG", 2, nominal=True, **O("Syrian opposition factions"))
g.ent("الجنوب السوري", "LOC", **P("Southern Syria"))
g.ent("القنيطرة", "GPE", 1, after="ريفي", **QG)
g.ent("دمشق", "GPE", 1, after="ريفي القنيطرة و", canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})
e_wg = g.ent("الغوطة الغربية", "LOC", **P("Western Ghouta", "Rif Dimashq"))
e_asad18 = g.ent("قوات الأسد", "ORG", 3, **SYRMIL)

# times, quantities
t_sat = g.time("السبت 3 تشرين الأول", "2015-10-03", "day", "at")
t_wed = g.time("الأربعاء الفائت", "2015-09-30", "day", "at")
t_eid = g.time("ثاني أيام عيد الأضحى", "2015-09-25", "day", "at")
t_fri = g.time("الجمعة 25 أيلول", "2015-09-25", "day", "at")
t_30 = g.time("الأربعاء 30 أيلول", "2015-09-30", "day", "at")
t_day1 = g.time("أول يوم للمعركة", "2015-09-25", "day", "at")
t_2y = g.time("منذ سنتين تقريب ا", "2013", "year", "since")
t_2y2 = g.time("منذ نحو عامين", "2013", "year", "since")
q30 = g.qty("نحو 30 عنصر ا", 30, "people", "killed")
qt1 = g.qty("دبابتان", 2, "tanks")
qt2 = g.qty("اثنتان", 2, "tanks")
q4 = g.qty("4 من قيادييها", 4, "people", "killed")
g.qty("أربع غرف عمليات", 4, "operations rooms")
q25 = g.qty("25 برميل ا", 25, "barrel bombs")
g.qty("ألفي متر", 2000, "m")
g.qty("قرابة 25 ألف مدني", 25000, "people")

# statements
R = ("الرائد عصام الريس", 1, None, e_ray)
s_aim = g.stmt(R, ("قال", 1, "الجبهة الجنوبية ,"), "assert", ("المعركة تهدف أيض ا للسيطرة على سرية عباس وسرية الكتاف", 1))
s_surp = g.stmt(R, ("مشير ا إلى أن", 1), "assert", ("هجوم المعارضة كان مباغت ا وغير متوقع من قبل نظام الأسد", 1))
s_imp = g.stmt(("الريس", 1, "بحسب", e_ray3), ("بحسب", 1, "خان أرنبة ,"), "assert",
               ("تكمن أهمية السيطرة على منطقتي تل أحمر وتل القبع باعتبارهما تطلان على الطريق الواصل بين ريف القنيطرة وريف دمشق الغربي , وتساعدان في حصار قوات النظام داخل بلدة خان أرنبة", 1))
R4 = ("الريس", 1, "الريس أشار", e_ray4)
s_shell = g.stmt(R4, ("أشار إلى", 1, "الريس أشار"), "assert",
                 ("تعرض منطقة الاشتباكات للقصف بشكل عنيف من عدة نقاط أهمها اللواء 90 وسراياه ( الصقري وعباس والكتاف ومنط الفرس ) , بالإضافة إلى تل الشعار وتل بزاق وتل ال - UN وتل الكروم وتل الشحم", 1))
s_shell2 = g.stmt(R4, ("أكد", 1, "كما أكد"), "confirm",
                  ("سقوط قذائف المدفعية والصواريخ من اللواء 121 والفوج 137 وجبل سلح الطير وتل المانع في ريف دمشق الغربي على منطقة العمل , بالإضافة إلى صواريخ فيل وقذائف الدوشكا من سرايا وثكنات قوات النظام شمال القنيطرة", 1))
s_hit = g.stmt(R4, ("مشير ا إلى أن", 2), "assert",
               ("مقاتلي المعارضة استهدفوا كل ا من السرايا وتل الشحم وتل الشعار وتل بزاق", 1))
s_air = g.stmt(("الريس", 1, "ولفت", e_ray6), ("لفت", 1, "ولفت الريس"), "assert",
               ("طيران الأسد لم يصل إلى المنطقة بالسرعة ذاتها كعادته عند بدء الهجوم", 1))
s_rus = g.stmt(("الريس", 1, "ولفت", e_ray6), ("عازي ا الأمر إلى", 1), "assert",
               ("صعوبة التنسيق مع الطيران الروسي الذي بدأ غاراته في مناطق مختلفة من سوريا الأربعاء الفائت", 1))
s_kill = g.stmt(("صهيب ارحيل", 1, None, e_arh), ("بحسب", 1, "في المرحلة الأولى للمعركة ,"), "assert",
                ("قتل عدد من قوات الأسد وميليشيات الدفاع الوطني في المرحلة الأولى للمعركة", 1))
s_kill30 = g.stmt(("صهيب ارحيل", 1, None, e_arh), ("أشار إلى", 1, "الذي أشار"), "assert",
                  ("مقتل نحو 30 عنصر ا من قوات الأسد وجرح عدد كبير أيض ا", 1), direct=True)
s_loot = g.stmt(("المتحدث باسم ألوية الفرقان", 1, None, e_arh9), ("بحسب", 1, "وأسلحة خفيفة وثقيلة ,"), "assert",
                ("اغتنمت الفصائل المشاركة عدد ا من الآليات والأسلحة الثقيلة , منها دبابتان من نوع T55 واثنتان T72 , وأسلحة خفيفة وثقيلة", 1))
s_mourn = g.stmt(("حركة أحرار الشام", 1, None, e_ahrar), ("نعت", 1), "assert", ("4 من قيادييها في المعارك", 1))
s_phase2 = g.stmt(("ارحيل", 1, "وكان", e_arh10), ("قال", 1, "وكان ارحيل"), "assert",
                  ("المرحلة الثانية من المعركة ستكون \" استكمال فتح الطريق بين الريف الغربي الدمشقي وبين العمق الشمالي من القنيطرة , وفك الحصار عن أهلنا في الغوطة", 1),
                  direct=True)
s_rooms = g.stmt(("ارحيل", 1, "وأوضح", e_arh11), ("أوضح", 1, "وأوضح ارحيل"), "assert",
                 ("أربع غرف عمليات رئيسية تشارك في المعركة , وهي : غرفة عمليات الفرقان , غرفة عمليات أحرار الشام , غرفة عمليات جبهة ثوار سوريا , غرفة عمليات كتائب جباتا , وكل غرفة تضم عدة فصائل , من بينها ألوية سيف الشام وجبهة ثوار سوريا وجبهة أنصار الإسلام وجيش الأبابيل ولواء الفرقان وألوية قاسيون", 1))
s_semi = g.stmt(("رائد طعمة", 1, None, e_tuma), ("بحسب", 1, "شبه محاصرة ,"), "assert", ("تعتبر هذه القرى شبه محاصرة", 1))
s_from = g.stmt(("رائد طعمة", 1, None, e_tuma), ("قال", 1, "الذي قال إن القصف"), "assert",
                ("القصف عليها يتركز من عدة نقاط أهمها اللواء 68 وقمة حربون , وهي أعلى قمة في سوريا بارتفاع ألفي متر , بالإضافة إلى فوج 137 واللواء 121 وجميعهم في ريف دمشق", 1))
s_cp = g.stmt(("طعمة", 1, "ريف دمشق .\n", e_tuma14), ("أشار إلى أن", 1, "طعمة أشار"), "assert",
              ("حواجز النظام مفتوحة عبر طريق بيت سابر , ويسمح من خلالها للموظفين والطلاب بالخروج والدخول ويمنعه نهائي ا أحيان ا أخرى لكنه لا يسمح بإدخال المواد الغذائية", 1))
s_ctrl = g.stmt(("طعمة", 1, "وبحسب", e_tuma16), ("بحسب", 1, "وبحسب طعمة"), "assert",
                ("الثوار يسيطرون على قرى بيت سابر وكفر حور ومغر المير وبيت جن ومزرعتها وبيت تيما , منذ سنتين تقريب ا وجميعها تتعرض للقصف , إلا أنه يتركز على قرى بيت جن ومزرعتها ومغر المير , في حين يسيطر النظام على قرى بقعسم وحينة وعين الشعرة ودربل وعرنة و ريمة", 1))

# propositions and claims
p_phase2 = g.prop("attack", [("agent", e_opp1, "SYR.OPP"), ("target", e_reg1, "SYR")], ("هجوم مباغت", 1), place=e_ta1, time=t_sat)
p_ta = g.prop("capture", [("agent", e_opp1, "SYR.OPP")], ("مسيطرة", 1), place=e_ta1, time=t_sat)
p_aim = g.prop("capture", [("agent", e_opp2, "SYR.OPP")], ("للسيطرة", 1, "المعركة تهدف"), place=e_abbas, time=t_sat)
p_roadaim = g.prop("other", [("agent", e_opp1, "SYR.OPP")], ("فتح الطريق", 1), place=e_q1)
p_kasiege = g.prop("siege", [("agent", e_opp1, "SYR.OPP"), ("target", e_reg3, "SYR")], ("حصار", 1, "وتساعدان في"), place=e_ka3)
p_shell = g.prop("shelling", [("agent", e_reg5, "SYR"), ("target", e_opp2, "SYR.OPP")], ("للقصف", 1, "تعرض منطقة"), place=e_ta1, time=t_sat)
p_hit = g.prop("attack", [("agent", e_oppf5, "SYR.OPP"), ("target", e_reg5, "SYR")], ("استهدفوا", 1), place=e_ta1, time=t_sat)
p_airresp = g.prop("other", [("agent", e_saf, "SYR")], ("يصل", 1, "طيران الأسد"), time=t_sat)
p_rus = g.prop("airstrike", [("agent", e_ruaf, "RUS")], ("غاراته", 1), place=e_syria6, time=t_wed)
p_phase1 = g.prop("attack", [("agent", e_part7, "SYR.OPP")], ("المعركة", 1, "وبدأت"), time=t_fri)
p_cap1 = g.prop("capture", [("agent", e_oppf7, "SYR.OPP")], ("سيطرة", 1, "وأسفرت في نهايتها"), place=e_tur, time=t_30)
p_regdead = g.prop("casualties", [("target", e_asad8, "SYR"), ("target", e_ndf, "SYR")], ("قتل", 1),
                   quantities=[q30])
p_loot = g.prop("other", [("agent", e_part9, "SYR.OPP")], ("اغتنمت", 1), quantities=[qt1, qt2])
p_oppdead = g.prop("casualties", [("target", e_ahrar, "SYR.OPP")], ("نعت", 1), quantities=[q4])
p_ghouta = g.prop("siege", [("agent", e_asad18, "SYR")], ("الحصار", 1, "وفك"), place=e_ghouta, time=t_2y2)
p_rooms = g.prop("other", [("agent", e_part9, "SYR.OPP")], ("تشارك", 1))
p_barrels = g.prop("airstrike", [], ("بالبراميل المتفجرة", 1), place=e_bj12, time=t_day1, quantities=[q25])
p_semi = g.prop("siege", [("agent", e_reg14, "SYR")], ("محاصرة", 1), place=e_bj12)
p_vshell = g.prop("shelling", [("agent", e_reg14, "SYR")], ("القصف", 1, "الذي قال إن"), place=e_bj12)
p_elec = g.prop("other", [("agent", e_nasad15, "SYR")], ("لتزويد", 1))
p_rebctrl = g.prop("control", [("agent", e_reb, "SYR.OPP")], ("يسيطرون", 1), place=e_bs16, time=t_2y)
p_regctrl = g.prop("control", [("agent", e_reg16, "SYR")], ("يسيطر", 1, "في حين"), place=e_baq)
p_deploy = g.prop("deployment", [("agent", e_saif17, "SYR.OPP")], ("تنتشر", 1))

g.claim(p_phase2, "author")
g.claim(p_phase2, s_surp)
g.claim(p_ta, "author")
g.claim(p_aim, s_aim, "affirm", "intended")
g.claim(p_roadaim, "author", "affirm", "intended")
g.claim(p_roadaim, s_phase2, "affirm", "intended")
g.claim(p_kasiege, s_imp, "affirm", "intended")
g.claim(p_shell, s_shell)
g.claim(p_shell, s_shell2)
g.claim(p_hit, s_hit)
g.claim(p_airresp, s_air, "deny")
g.claim(p_rus, s_rus)
g.claim(p_phase1, "author")
g.claim(p_cap1, "author")
g.claim(p_regdead, s_kill)
g.claim(p_regdead, s_kill30)
g.claim(p_loot, s_loot)
g.claim(p_oppdead, s_mourn)
g.claim(p_oppdead, "author")
g.claim(p_ghouta, s_phase2)
g.claim(p_ghouta, "author")
g.claim(p_rooms, s_rooms)
g.claim(p_barrels, "author")
g.claim(p_semi, s_semi)
g.claim(p_semi, s_cp)
g.claim(p_vshell, s_from)
g.claim(p_vshell, s_ctrl)
g.claim(p_elec, "author")
g.claim(p_rebctrl, s_ctrl)
g.claim(p_regctrl, s_ctrl)
g.claim(p_regctrl, "author")
g.claim(p_deploy, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
