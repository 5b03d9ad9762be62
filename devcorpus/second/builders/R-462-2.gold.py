"""Second annotation (A8) of R-462-2 (Sky News Arabia): first day of the Arsal barrens battle; Hezbollah
losses, FSA/HTS vs Hezbollah and Syrian forces, the Lebanese army's cordon around Arsal.

Judgement calls:
- published: not in the URL or text; "the first day of the battle" = the Hezbollah/Syrian offensive on
  the Arsal barrens that began on 2017-07-21, so 2017-07-21, estimated.
- The headline is the author's voice (no «X:» form), so the Hezbollah casualties are claimed by the
  author as well as by the field sources.
- "ميليشيا حزب الله ..." spans include the descriptor "ميليشيا"; "ميليشيا الحزب" / "الميليشيا" nominal.
- "مرتفعات عقاب وادي الخليل" taken as one LOC span; "موقع القنزح" as LOC (a position, not a named base).
- Para "وسط قصف مدفعي متبادل ..." is a fragment continuing the sources' sentence; annotated as author voice.
- The "محاولات تقدم" of Hezbollah/Syrian forces: advance with modality intended (attempts, outcome open);
  the sources' "أحرزت تقدما" in Sahl al-Rahwa is a separate, actual advance.
- The guided-missile strike on the 4x4s: shelling (missiles); the resulting deaths a casualties proposition.
- Lebanese army "طوقا أمنيا" around Arsal: siege; army "on alert": deployment.
- Demands (army's call to aid organisations, refugees' demand for protection) carry no claims; the army's
  refusal to let men cross is an author-voice "other" proposition.
- "أكثر من 100 ألف مدني" (population) is not a conflict quantity; not annotated.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-462-2", "outlet": "سكاي نيوز عربية", "published": "2017-07-21", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}

HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
FSA = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Free Syrian Army")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRAF = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Air Force")
LAF = dict(actor="LBN.MIL", party="LBN", role="military", canonical="Lebanese Army")
SKY = dict(actor="SKYNEWSARABIA", party=None, role="media", canonical="Sky News Arabia")
ARSAL = dict(canonical="Arsal", place=named("Arsal", "LB", "Baalbek-Hermel"))
JARSAL = dict(canonical="Arsal barrens", place=named("Arsal barrens", "LB", "Baalbek-Hermel"))
RAHWA = dict(canonical="Sahl al-Rahwa", place=named("Sahl al-Rahwa", "LB"))
def loc(s, name, country=None, nth=1, after=None, typ="LOC"):
    return g.ent(s, typ, nth, after=after, canonical=name, place=named(name, country))

# headline
e_hez0 = g.ent("حزب الله", "ORG", 1, **HEZ)
e_arsal0 = g.ent("عرسال", "GPE", 1, **ARSAL)
# paragraph 1
e_hez1 = g.ent("ميليشيا حزب الله اللبناني", "ORG", **HEZ)
e_qal = loc("منطقة القلمون", "Qalamoun", "SY")
e_fsrc = g.ent("مصادر ميدانية", "PER", nominal=True)
g.ent("سكاي نيوز عربية", "ORG", 1, **SKY)
# paragraph 2
e_fsa2 = g.ent("الجيش السوري الحر", "ORG", **FSA)
e_hts2 = g.ent("هيئة تحرير الشام", "ORG", 1, **HTS)
e_hez2 = g.ent("ميليشيا حزب الله", "ORG", 1, after="ضد", **HEZ)
e_syr2 = g.ent("القوات السورية", "ORG", **SYRMIL)
e_jarsal2 = g.ent("جرود عرسال", "LOC", 1, **JARSAL)
g.ent("سهل الرهوة", "LOC", 1, **RAHWA)
g.ent("جرود فليطة", "LOC", canonical="Flita barrens", place=named("Flita barrens", "SY", "Rif Dimashq"))
g.ent("الضهر الأسود", "LOC", canonical="al-Dahr al-Aswad", place=named("al-Dahr al-Aswad"))
g.ent("القلمون الغربي", "LOC", canonical="Western Qalamoun", place=named("Western Qalamoun", "SY", "Rif Dimashq"))
# paragraph 3
e_mil3 = g.ent("الميليشيا", "ORG", 1, after="وشنت", nominal=True, **HEZ)
e_syr3 = g.ent("القوات الحكومية", "ORG", **SYRMIL)
e_jrahwa = loc("جرد الرهوة", "Jurd al-Rahwa")
loc("ضهر الهوى", "Dahr al-Hawa")
loc("موقع القنزح", "al-Qanzah position")
loc("مرتفعات عقاب وادي الخليل", "Uqab Wadi al-Khalil heights")
loc("شعبة النحل", "Shu'bat al-Nahl")
g.ent("سهل الرهوة", "LOC", 2, **RAHWA)
e_syraf3 = g.ent("طيران النظام السوري", "ORG", **SYRAF)
# paragraph 4
e_src4 = g.ent("المصادر", "PER", 1, after="أكدت", nominal=True)
e_hez4 = g.ent("ميليشيا الحزب", "ORG", nominal=True, **HEZ)
e_rahwa4 = g.ent("سهل الرهوة", "LOC", 3, **RAHWA)
g.ent("جرود عرسال", "LOC", 2, **JARSAL)
e_fsa4 = g.ent("الجيش الحر", "ORG", 1, **FSA)
e_hts4 = g.ent("هيئة تحرير الشام", "ORG", 2, **HTS)
# paragraph 5
e_syraf5 = g.ent("الطيران الحربي السوري", "ORG", **SYRAF)
e_mil5 = g.ent("لميليشيا", "ORG", 1, after="الطيران الحربي السوري", nominal=True, **HEZ)  # للميليشيا: ل + الميليشيا
# paragraph 6
e_src6 = g.ent("المصادر", "PER", 1, after="وقالت", nominal=True)
e_fsa6 = g.ent("الجيش الحر", "ORG", 2, **FSA)
e_hts6 = g.ent("هيئة تحرير الشام", "ORG", 3, **HTS)
e_hez6 = g.ent("ميليشيا حزب الله", "ORG", 1, after="إثر استهداف", **HEZ)
e_hamid = loc("وادي حميد", "Wadi Hamid", "LB")
g.ent("جرود عرسال", "LOC", 3, **JARSAL)
# paragraph 7
e_laf7 = g.ent("الجيش اللبناني", "ORG", 1, **LAF)
e_msrc = g.ent("مصادر عسكرية", "PER", nominal=True)
# paragraph 8
e_laf8 = g.ent("الجيش اللبناني", "ORG", 2, **LAF)
e_arsal8 = g.ent("عرسال", "GPE", 1, after="طوقا أمنيا بين", **ARSAL)
# paragraph 9
e_msrc9 = g.ent("مصدر عسكري", "PER", nominal=True, **LAF)
e_laf9 = g.ent("الجيش اللبناني", "ORG", 3, **LAF)
e_arsal9 = g.ent("عرسال", "GPE", 1, after="باتجاه بلدة", **ARSAL)
loc("وادي الزعرور", "Wadi al-Zaarour", "LB")
# paragraph 10
e_lrc = g.ent("الصليب الأحمر اللبناني", "ORG", canonical="Lebanese Red Cross", actor="LBN.RC", party=None, role="other")
g.ent("سكاي نيوز عربية", "ORG", 2, **SKY)
g.ent("جرود عرسال", "LOC", 4, **JARSAL)
e_arsal10 = g.ent("عرسال", "GPE", 1, after="حتى الآن في بلدة", **ARSAL)
# paragraph 11
e_laf11 = g.ent("الجيش اللبناني", "ORG", 4, **LAF)
g.ent("المنظمات الدوليه الإنسانيه", "ORG", nominal=True, canonical="International humanitarian organisations")
g.ent("الصليب الأحمر", "ORG", 2, canonical="Red Cross")
# paragraph 12
e_ref = g.ent("اللاجئون المقيمون في تلك المخيمات", "PER", nominal=True)
e_laf12 = g.ent("الجيش اللبناني", "ORG", 5, **LAF)
g.ent("عرسال", "GPE", 1, after="\" إرهابيين \" إلى", **ARSAL)

# times and quantities
t_day1 = g.time("اليوم الأول من المعركة", "2017-07-21", "day", "at")
t_morning = g.time("منذ ساعات الصباح", "2017-07-21", "part_of_day", "since")
t_now = g.time("حتى الآن", "2017-07-21", "day", "until")
q12 = g.qty("12 مسلحا", 12, "people", "killed")
q2 = g.qty("عنصرين", 2, "people", "captured")
q6 = g.qty("ستة عناصر", 6, "people", "killed")

# statements
s_losses = g.stmt(("مصادر ميدانية", 1, None, e_fsrc), ("حسبما أفادت", 1), "assert",
                  ("منيت ميليشيا حزب الله اللبناني بمزيد من الخسائر البشرية في منطقة القلمون , بعد ارتفاع عدد قتلاها إلى 12 مسلحا , إضافة إلى خسائره في العتاد , وأسر عنصرين للحزب خلال اليوم الأول من المعركة", 1))
s_adv = g.stmt(("المصادر", 1, "أكدت", e_src4), ("أكدت", 1), "confirm",
               ("ميليشيا الحزب أحرزت تقدما في منطقة سهل الرهوة في جرود عرسال بعد اشتباكات عنيفة مع فصائل من الجيش الحر وهيئة تحرير الشام", 1))
s_atgm = g.stmt(("المصادر", 1, "وقالت", e_src6), ("قالت", 1, "وقالت المصادر"), "assert",
                ("عددا من مقاتلي الجيش الحر وهيئة تحرير الشام قتلوا إثر استهداف ميليشيا حزب الله بصواريخ حرارية موجهة لسيارات دفع رباعي على طريق فرعي جنوب وادي حميد في جرود عرسال , ما أدى إلى تدميرهما ومقتل ستة عناصر", 1))
s_alert = g.stmt(("مصادر عسكرية", 1, None, e_msrc), ("حسبما قالت", 1), "assert",
                 ("تترقب قوات من الجيش اللبناني الوضع , متأهبة لحدوث أي تطور في المعارك , وفي حالة جاهزية استثنائية", 1))
s_target = g.stmt(("مصدر عسكري", 1, None, e_msrc9), ("أكد", 1, "وأكد مصدر"), "confirm",
                  ("الجيش اللبناني استهدف بالفعل مجموعة من المسلحين حاولت الفرار باتجاه بلدة عرسال , قادمة من وادي الزعرور في تلال البلدة", 1))
s_rc1 = g.stmt(("الصليب الأحمر اللبناني", 1, None, e_lrc), ("أفاد", 1, "وأفاد الصليب"), "assert",
               ("في حال استنفار", 1))
s_rc2 = g.stmt(("الصليب الأحمر اللبناني", 1, None, e_lrc), ("مشيرا إلى أنه", 1), "assert",
               ("وضع خطة احترازية في حال حصول أي طارئ في معارك جرود عرسال", 1))
s_rc3 = g.stmt(("الصليب الأحمر اللبناني", 1, None, e_lrc), ("نافيا", 1), "deny",
               ("وقوع إصابات حتى الآن في بلدة عرسال", 1))
s_call = g.stmt(("الجيش اللبناني", 4, None, e_laf11), ("دعا", 1, "ودعا الجيش"), "demand",
                ("المنظمات الدوليه الإنسانيه والصليب الأحمر , لمواكبة عمليات دخول النازحين الراغبين في الخروج من المخيمات القريبه من تجمعات المسلحين", 1))
s_ref = g.stmt(("اللاجئون المقيمون في تلك المخيمات", 1, None, e_ref), ("يطالب", 1), "demand",
               ("بحماية دولية للمدنيين فيها", 1))

# propositions
p_hezcas = g.prop("casualties", [("target", e_hez1, "HEZBOLLAH")], ("الخسائر البشرية", 1), place=e_qal, time=t_day1,
                  quantities=[q12, q2])
p_clash = g.prop("clash", [("agent", e_fsa2, "SYR.OPP"), ("agent", e_hts2, "HTS"), ("agent", e_hez2, "HEZBOLLAH"),
                           ("agent", e_syr2, "SYR")], ("الاشتباكات العنيفة", 1), place=e_jarsal2, time=t_day1)
p_attack = g.prop("attack", [("agent", e_mil3, "HEZBOLLAH"), ("agent", e_syr3, "SYR")], ("هجوما", 1), place=e_jrahwa, time=t_day1)
p_tryadv = g.prop("advance", [("agent", e_mil3, "HEZBOLLAH"), ("agent", e_syr3, "SYR")], ("محاولات تقدم", 1), time=t_morning)
p_air = g.prop("support", [("agent", e_syraf3, "SYR"), ("partner", e_mil5, "HEZBOLLAH")], ("بتغطية", 1), time=t_day1)
p_adv = g.prop("advance", [("agent", e_hez4, "HEZBOLLAH"), ("target", e_fsa4, "SYR.OPP"), ("target", e_hts4, "HTS")],
               ("أحرزت تقدما", 1), place=e_rahwa4, time=t_day1)
p_shell = g.prop("shelling", [("agent", e_hez4, "HEZBOLLAH"), ("agent", e_fsa4, "SYR.OPP")], ("قصف مدفعي متبادل", 1), time=t_day1)
p_atgm = g.prop("shelling", [("agent", e_hez6, "HEZBOLLAH"), ("target", e_fsa6, "SYR.OPP"), ("target", e_hts6, "HTS")],
                ("استهداف", 1, "إثر"), place=e_hamid, time=t_day1)
p_oppcas = g.prop("casualties", [("target", e_fsa6, "SYR.OPP"), ("target", e_hts6, "HTS")], ("قتلوا", 1, "وهيئة تحرير الشام قتلوا"),
                  place=e_hamid, time=t_day1, quantities=[q6])
p_alert = g.prop("deployment", [("agent", e_laf7, "LBN")], ("متأهبة", 1), place=e_arsal8, time=t_day1)
p_cordon = g.prop("siege", [("agent", e_laf8, "LBN")], ("طوقا أمنيا", 1), place=e_arsal8, time=t_day1)
p_laftarget = g.prop("attack", [("agent", e_laf9, "LBN")], ("استهدف", 1, "الجيش اللبناني استهدف"), place=e_arsal9, time=t_day1)
p_arsalcas = g.prop("casualties", [], ("إصابات", 1), place=e_arsal10, time=t_now)
p_nocross = g.prop("other", [("agent", e_laf12, "LBN")], ("لن يسمح", 1))

# claims
g.claim(p_hezcas, s_losses)
g.claim(p_hezcas, "author")
g.claim(p_clash, "author")
g.claim(p_clash, s_adv)
g.claim(p_attack, "author")
g.claim(p_tryadv, "author", "affirm", "intended")
g.claim(p_air, "author")
g.claim(p_adv, s_adv)
g.claim(p_shell, "author")
g.claim(p_atgm, s_atgm)
g.claim(p_oppcas, s_atgm)
g.claim(p_alert, s_alert)
g.claim(p_alert, "author")
g.claim(p_cordon, "author")
g.claim(p_laftarget, s_target)
g.claim(p_arsalcas, s_rc3, "deny")
g.claim(p_nocross, "author", "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
