"""Gold analysis of R-462 article 2 (Sky News Arabia, published estimated 2017-07-21: the first day of the
Hezbollah offensive on the Arsal outskirts): Hezbollah losses in the Arsal/Qalamoun battle; Lebanese army
on alert around Arsal.

Judgement calls:
- published is estimated from "the first day of the battle" (the Juroud Arsal offensive began 21 July 2017).
- The headline (losses, captives) is the author's voice; the field sources' lede (12 killed, two captured)
  is one casualties proposition with both counts.
- "Attempts to advance" are folded into the attack proposition; the confirmed advance in Sahl al-Rahwa is
  a separate advance proposition.
- Syrian air cover / air support for Hezbollah is `support` (one proposition, two author mentions).
- Guided thermal missiles at vehicles: `shelling` (missiles).
- The "mutual artillery shelling" sentence after s2 is read as the author's voice.
- The Lebanese Red Cross alert and precautionary plan are one `other` proposition; its "no injuries so far
  in Arsal" is a denied casualties proposition.
- Demands (army calling on organisations, refugees asking for protection) get statements but no claims.
- Nameless place words (البلدة، المخيمات) are not entities; «الجيش» in the last line is a nominal
  mention of the Lebanese army.
- No contradictions: the two death tolls (12 Hezbollah, 6 opposition) are different events."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-462-2", "outlet": "سكاي نيوز عربية", "published": "2017-07-21", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ARSAL = dict(canonical="Arsal", place={"geonames_id": 273675, "name": "Aarsâl", "lat": 34.17944, "lon": 36.42083, "country": "LB", "admin1": "Baalbek-Hermel"})
JARSAL = dict(canonical="Juroud Arsal", place=named("Juroud Arsal", "LB", "Baalbek-Hermel"))
RAHWA = dict(canonical="Sahl al-Rahwa", place=named("Sahl al-Rahwa", "LB"))
HZB = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
FSA = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Free Syrian Army")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hayat Tahrir al-Sham")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRAF = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Air Force")
LAF = dict(actor="LBN.MIL", party="LBN", role="military", canonical="Lebanese Armed Forces")
SKY = dict(actor="SKYNEWSARABIA", party=None, role="media", canonical="Sky News Arabia")
LRC = dict(canonical="Lebanese Red Cross")

# headline + p1
e_hzb0 = g.ent("حزب الله", "ORG", 1, **HZB)
g.ent("عرسال", "GPE", 1, **ARSAL)
e_hzb1 = g.ent("ميليشيا حزب الله اللبناني", "ORG", **HZB)
e_qal = g.ent("منطقة القلمون", "LOC", canonical="Qalamoun", place=named("Qalamoun", "SY", "Rif Dimashq"))
e_fsrc = g.ent("مصادر ميدانية", "PER", nominal=True)
g.ent("سكاي نيوز عربية", "ORG", 1, **SKY)
# p2
e_fsa2 = g.ent("الجيش السوري الحر", "ORG", **FSA)
e_hts2 = g.ent("هيئة تحرير الشام", "ORG", 1, **HTS)
e_hzb2 = g.ent("ميليشيا حزب الله", "ORG", 1, after="ضد", **HZB)
e_syr2 = g.ent("القوات السورية", "ORG", **SYRMIL)
e_ja2 = g.ent("جرود عرسال", "LOC", 1, **JARSAL)
g.ent("سهل الرهوة", "LOC", 1, **RAHWA)
g.ent("جرود فليطة", "LOC", canonical="Juroud Flita", place=named("Juroud Flita", "SY", "Rif Dimashq"))
g.ent("الضهر الأسود", "LOC", canonical="al-Dahr al-Aswad", place=named("al-Dahr al-Aswad", "SY"))
g.ent("القلمون الغربي", "LOC", canonical="Western Qalamoun", place=named("Western Qalamoun", "SY", "Rif Dimashq"))
# p3
e_hzb3 = g.ent("الميليشيا", "ORG", 1, after="وشنت", nominal=True, **HZB)
e_syr3 = g.ent("القوات الحكومية", "ORG", 1, **SYRMIL)
e_jr = g.ent("جرد الرهوة", "LOC", canonical="Jurd al-Rahwa", place=named("Jurd al-Rahwa", "LB"))
g.ent("ضهر الهوى", "LOC", canonical="Dahr al-Hawa", place=named("Dahr al-Hawa"))
g.ent("موقع القنزح", "LOC", canonical="al-Qanzah", place=named("al-Qanzah"))
g.ent("مرتفعات عقاب وادي الخليل", "LOC", canonical="Iqab Wadi al-Khalil heights", place=named("Iqab Wadi al-Khalil heights"))
g.ent("شعبة النحل", "LOC", canonical="Shu'bat al-Nahl", place=named("Shu'bat al-Nahl"))
g.ent("سهل الرهوة", "LOC", 2, **RAHWA)
e_saf1 = g.ent("طيران النظام السوري", "ORG", **SYRAF)
# p4
e_src4 = g.ent("المصادر", "PER", 1, after="وفي سياق متصل", nominal=True)
e_hzb4 = g.ent("ميليشيا الحزب", "ORG", nominal=True, **HZB)
e_rahwa4 = g.ent("منطقة سهل الرهوة", "LOC", **RAHWA)
g.ent("جرود عرسال", "LOC", 2, **JARSAL)
e_fsa4 = g.ent("الجيش الحر", "ORG", 1, **FSA)
e_hts4 = g.ent("هيئة تحرير الشام", "ORG", 2, **HTS)
# p5
e_saf2 = g.ent("الطيران الحربي السوري", "ORG", **SYRAF)
g.ent("لميليشيا", "ORG", 1, after="الطيران الحربي السوري", nominal=True, **HZB)  # للميليشيا: ل + الميليشيا
# p6
e_src6 = g.ent("المصادر", "PER", 1, after="وقالت", nominal=True)
e_fsa6 = g.ent("الجيش الحر", "ORG", 2, **FSA)
e_hts6 = g.ent("هيئة تحرير الشام", "ORG", 3, **HTS)
e_hzb6 = g.ent("ميليشيا حزب الله", "ORG", 1, after="إثر استهداف", **HZB)
e_hamid = g.ent("وادي حميد", "LOC", canonical="Wadi Hamid", place=named("Wadi Hamid", "LB", "Baalbek-Hermel"))
g.ent("جرود عرسال", "LOC", 3, **JARSAL)
# p7-p8
e_laf7 = g.ent("الجيش اللبناني", "ORG", 1, **LAF)
e_msrc = g.ent("مصادر عسكرية", "PER", nominal=True)
e_laf8 = g.ent("الجيش اللبناني", "ORG", 2, **LAF)
e_arsal8 = g.ent("عرسال", "GPE", 1, after="طوقا أمنيا", **ARSAL)
# p9
e_msrc1 = g.ent("مصدر عسكري", "PER", nominal=True)
e_laf9 = g.ent("الجيش اللبناني", "ORG", 3, **LAF)
g.ent("بلدة عرسال", "GPE", 1, **ARSAL)
g.ent("وادي الزعرور", "LOC", canonical="Wadi al-Zaarour", place=named("Wadi al-Zaarour", "LB", "Baalbek-Hermel"))
# p10-p11
e_lrc = g.ent("الصليب الأحمر اللبناني", "ORG", **LRC)
g.ent("سكاي نيوز عربية", "ORG", 2, **SKY)
g.ent("جرود عرسال", "LOC", 4, **JARSAL)
e_arsal10 = g.ent("بلدة عرسال", "GPE", 2, **ARSAL)
e_laf11 = g.ent("الجيش اللبناني", "ORG", 4, **LAF)
g.ent("المنظمات الدوليه الإنسانيه", "ORG", nominal=True, canonical="International humanitarian organisations")
g.ent("الصليب الأحمر", "ORG", 1, after="الإنسانيه و", **LRC)
# p12
e_ref = g.ent("اللاجئون المقيمون في تلك المخيمات", "PER", nominal=True)
e_laf12 = g.ent("الجيش اللبناني", "ORG", 5, **LAF)
g.ent("عرسال", "GPE", 1, after="خشية تسلل", **ARSAL)
g.ent("الجيش", "ORG", 1, after="لاستهداف مقرات", nominal=True, **LAF)

# times, quantities
t_day1 = g.time("اليوم الأول من المعركة", "2017-07-21", "day", "at")
t_morn = g.time("منذ ساعات الصباح", "2017-07-21", "part_of_day", "since")
t_sofar = g.time("حتى الآن", "2017-07-21", "day", "until")
q12 = g.qty("12 مسلحا", 12, "people", "killed")
q2 = g.qty("عنصرين", 2, "people", "captured")
g.qty("ثلاثة محاور", 3, "axes")
q6 = g.qty("ستة عناصر", 6, "people", "killed")
g.qty("أكثر من 100 ألف مدني", 100000, "people")

# statements
s_lede = g.stmt(("مصادر ميدانية", 1, None, e_fsrc), ("أفادت", 1), "assert",
                ("منيت ميليشيا حزب الله اللبناني بمزيد من الخسائر البشرية في منطقة القلمون , بعد ارتفاع عدد قتلاها إلى 12 مسلحا , إضافة إلى خسائره في العتاد , وأسر عنصرين للحزب خلال اليوم الأول من المعركة", 1))
s_adv = g.stmt(("المصادر", 1, "وفي سياق متصل", e_src4), ("أكدت", 1), "confirm",
               ("ميليشيا الحزب أحرزت تقدما في منطقة سهل الرهوة في جرود عرسال بعد اشتباكات عنيفة مع فصائل من الجيش الحر وهيئة تحرير الشام", 1))
s_atgm = g.stmt(("المصادر", 1, "وقالت", e_src6), ("قالت", 1, "وقالت المصادر"), "assert",
                ("عددا من مقاتلي الجيش الحر وهيئة تحرير الشام قتلوا إثر استهداف ميليشيا حزب الله بصواريخ حرارية موجهة لسيارات دفع رباعي على طريق فرعي جنوب وادي حميد في جرود عرسال , ما أدى إلى تدميرهما ومقتل ستة عناصر", 1))
s_alert = g.stmt(("مصادر عسكرية", 1, None, e_msrc), ("قالت", 1, "حسبما قالت"), "assert",
                 ("تترقب قوات من الجيش اللبناني الوضع , متأهبة لحدوث أي تطور في المعارك , وفي حالة جاهزية استثنائية", 1))
s_laf = g.stmt(("مصدر عسكري", 1, None, e_msrc1), ("أكد", 1, "وأكد مصدر"), "confirm",
               ("الجيش اللبناني استهدف بالفعل مجموعة من المسلحين حاولت الفرار باتجاه بلدة عرسال , قادمة من وادي الزعرور في تلال البلدة", 1))
s_lrc1 = g.stmt(("الصليب الأحمر اللبناني", 1, None, e_lrc), ("أفاد", 1, "وأفاد الصليب"), "assert",
                ("في حال استنفار", 1))
s_lrc2 = g.stmt(("الصليب الأحمر اللبناني", 1, None, e_lrc), ("مشيرا إلى أنه", 1), "assert",
                ("وضع خطة احترازية في حال حصول أي طارئ في معارك جرود عرسال", 1))
s_lrc3 = g.stmt(("الصليب الأحمر اللبناني", 1, None, e_lrc), ("نافيا", 1), "deny",
                ("وقوع إصابات حتى الآن في بلدة عرسال", 1))
s_call = g.stmt(("الجيش اللبناني", 4, None, e_laf11), ("دعا", 1, "ودعا الجيش"), "demand",
                ("المنظمات الدوليه الإنسانيه والصليب الأحمر , لمواكبة عمليات دخول النازحين الراغبين في الخروج من المخيمات القريبه من تجمعات المسلحين", 1))
s_ref = g.stmt(("اللاجئون المقيمون في تلك المخيمات", 1, None, e_ref), ("يطالب", 1), "demand",
               ("بحماية دولية للمدنيين فيها", 1))

# propositions and claims
p_loss = g.prop("casualties", [("target", e_hzb1, "HEZBOLLAH")], ("قتلاها", 1), place=e_qal, time=t_day1, quantities=[q12, q2])
p_clash = g.prop("clash", [("agent", e_fsa2, "SYR.OPP"), ("agent", e_hts2, "HTS"), ("agent", e_hzb2, "HEZBOLLAH"), ("agent", e_syr2, "SYR")],
                 ("الاشتباكات", 1), place=e_ja2, time=t_day1)
p_att = g.prop("attack", [("agent", e_hzb3, "HEZBOLLAH"), ("agent", e_syr3, "SYR"), ("target", e_fsa2, "SYR.OPP"), ("target", e_hts2, "HTS")],
               ("هجوما", 1), place=e_jr, time=t_morn)
p_air = g.prop("support", [("agent", e_saf1, "SYR"), ("partner", e_hzb3, "HEZBOLLAH")], ("بتغطية", 1), place=e_ja2, time=t_day1)
p_adv = g.prop("advance", [("agent", e_hzb4, "HEZBOLLAH"), ("target", e_fsa4, "SYR.OPP"), ("target", e_hts4, "HTS")],
               ("تقدما", 1, "أحرزت"), place=e_rahwa4, time=t_day1)
p_shell = g.prop("shelling", [("agent", e_hzb4, "HEZBOLLAH"), ("agent", e_fsa4, "SYR.OPP"), ("agent", e_hts4, "HTS")],
                 ("قصف مدفعي متبادل", 1), place=e_ja2, time=t_day1)
p_atgm = g.prop("shelling", [("agent", e_hzb6, "HEZBOLLAH"), ("target", e_fsa6, "SYR.OPP"), ("target", e_hts6, "HTS")],
                ("استهداف", 1, "قتلوا إثر"), place=e_hamid, time=t_day1)
p_opp_dead = g.prop("casualties", [("target", e_fsa6, "SYR.OPP"), ("target", e_hts6, "HTS")], ("مقتل", 1, "تدميرهما"),
                    place=e_hamid, time=t_day1, quantities=[q6])
p_alert = g.prop("other", [("agent", e_laf7, "LBN")], ("متأهبة", 1), place=e_arsal8, time=t_day1)
p_cordon = g.prop("deployment", [("agent", e_laf8, "LBN")], ("طوقا أمنيا", 1), place=e_arsal8, time=t_day1)
p_laf_att = g.prop("attack", [("agent", e_laf9, "LBN")], ("استهدف", 1, "الجيش اللبناني استهدف"), place=e_arsal8, time=t_day1)
p_lrc = g.prop("other", [("agent", e_lrc, None)], ("استنفار", 1), time=t_day1)
p_noinj = g.prop("casualties", [], ("إصابات", 1), place=e_arsal10, time=t_sofar)
p_nocross = g.prop("other", [("agent", e_laf12, "LBN")], ("يسمح", 1), place=e_arsal8)

g.claim(p_loss, "author")
g.claim(p_loss, s_lede)
g.claim(p_clash, "author")
g.claim(p_att, "author")
g.claim(p_air, "author")
g.claim(p_adv, s_adv)
g.claim(p_clash, s_adv)
g.claim(p_shell, "author")
g.claim(p_atgm, s_atgm)
g.claim(p_opp_dead, s_atgm)
g.claim(p_alert, "author")
g.claim(p_alert, s_alert)
g.claim(p_cordon, "author")
g.claim(p_laf_att, s_laf)
g.claim(p_lrc, s_lrc1)
g.claim(p_lrc, s_lrc2)
g.claim(p_noinj, s_lrc3, "deny")
g.claim(p_nocross, "author", "deny", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
