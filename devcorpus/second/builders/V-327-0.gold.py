"""Second annotation (A9) of unifiedfc V-327 article 0 (Turk Press, date not in the page): the SDF defector
Talal Silo tells the Turkish news agency that the US gave the PYD no guarantees over Afrin; McGurk's answers
as Silo reports them; Hussein al-Assad and the SDF-Russia channel; Turkish statements on Afrin and Idlib.

Judgement calls:
- Body = second headline copy (the outlet byline "ترك برس" sits between it and the text, so it is inside
  the body and tagged as an ORG mention) to the defence minister's last sentence.
- published: not on the page; Silo defected mid-November 2017 and the interview came "days after", and
  Turkey's third Idlib observation post dates from late November 2017: estimated 2017-11-28.
- Silo's party: a defector now in opposition-held territory speaking to Turkish media; no actor given.
  "PYD / PKK", the PYD, YPG, SDF and "the organisation" are all party SDF (the article's framing).
- «وقال سلو :» opens an uncued first-person monologue; its content runs to "...في العديد من القضايا".
  McGurk's three replies, Hussein al-Assad's request (أراد مني, demand) and Silo's own «وقلت له» are
  statements embedded in it.
- «وكان قال مؤخر ا إن بحاجة إلى تطهير عفرين»: the speaker's name has dropped out of the crawled text
  (presumably Erdogan, "بلاده"); the two statements have a null source.
- "وكالة الأنباء التركية" (Anadolu) is the via for Silo's interview statements; the interview is the medium
  of the lede.
- No contradictions: the guarantees denial, McGurk's "won't support Afrin" and the Turkish threats are
  compatible.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-327-0", "outlet": "ترك برس", "published": "2017-11-28", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
USA = dict(canonical="United States", actor="USA", party="USA", role="government",
           place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
AFRIN = dict(canonical="Afrin", place={"geonames_id": 174186, "name": "‘Afrīn", "lat": 36.51194, "lon": 36.86954, "country": "SY", "admin1": "Aleppo"})
SILO = dict(canonical="Talal Silo")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
PYD = dict(actor="SDF.PYD", party="SDF", role="other", canonical="Democratic Union Party (PYD)")
ALEPPO = dict(canonical="Aleppo Governorate", place=named("Aleppo Governorate", "SY", "Aleppo"))
IDLIBG = dict(canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
MCG = dict(actor="USA.GOV", party="USA", role="government", canonical="Brett McGurk")
HASSAD = dict(actor="SYR.GOV", party="SYR", role="other", canonical="Hussein al-Assad")
RUSSIDE = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian forces in Syria")
CANIKLI = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Nurettin Canikli")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government",
              place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
BORDER = dict(canonical="Syria-Turkey border", place=named("Syria-Turkey border"))

# headline + byline
e_silo0 = g.ent("طلال سلو", "PER", 1, **SILO)
e_us0 = g.ent("أمريكا", "GPE", 1, **USA)
e_pyd0 = g.ent("PYD / PKK", "ORG", 1, **PYD)
e_afrin0 = g.ent("عفرين", "GPE", 1, **AFRIN)
g.ent("ترك برس", "ORG", 1, actor="TURKPRESS", party=None, role="media", canonical="Turk Press")
# paragraph 1
e_silo1 = g.ent("طلال سلو", "PER", 2, **SILO)
g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
g.ent("قسد", "ORG", 1, **SDF)
e_us1 = g.ent("الولايات المتحدة الأمريكية", "GPE", 1, **USA)
e_kurd1 = g.ent("لميليشيات الكردية", "ORG", 1, nominal=True, **SDF)  # للميليشيات: ل + الميليشيات
e_afrin1 = g.ent("عفرين", "GPE", 2, **AFRIN)
g.ent("حلب", "GPE", 1, **ALEPPO)
# paragraph 2
e_aa = g.ent("وكالة الأنباء التركية", "ORG", 1, actor="TUR.MED", party="TUR", role="media", canonical="Anadolu Agency")
e_sdf2 = g.ent("قسد", "ORG", 2, **SDF)
g.ent("حزب الاتحاد الديمقراطي", "ORG", 1, **PYD)
g.ent("بي واي دي", "ORG", 1, **PYD)
e_opp = g.ent("المعارضة السورية", "ORG", 1, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition")
e_tborder = g.ent("الحدود التركية", "LOC", 1, **BORDER)
# paragraph 3
e_pyd3 = g.ent("بي واي دي", "ORG", 2, **PYD)
# Silo's monologue
e_silo4 = g.ent("سلو", "PER", 3, **SILO)
e_us4 = g.ent("الولايات المتحدة", "GPE", 2, **USA)
g.ent("عفرين", "GPE", 3, **AFRIN)
g.ent("بريت ماكغورك", "PER", 1, **MCG)
g.ent("تحالف محاربة تنظيم داعش الإرهابي", "ORG", 1, actor="COALITION", party="USA", role="military", canonical="US-led coalition")
e_afrin6 = g.ent("عفرين", "GPE", 4, **AFRIN)
e_mcg7 = g.ent("ماكغورك", "PER", 2, **MCG)
e_usadm = g.ent("الإدارة الأميركية", "ORG", 1, actor="USA.GOV", party="USA", role="government", canonical="US administration")
e_afrin7 = g.ent("عفرين", "GPE", 5, **AFRIN)
g.ent("عفرين", "GPE", 6, **AFRIN)
e_hassad1 = g.ent("حسين الأسد", "PER", 1, **HASSAD)
g.ent("بشار الأسد", "PER", 1, actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
e_russide1 = g.ent("الجانب الروسي", "ORG", 1, nominal=True, **RUSSIDE)
e_hmeimim = g.ent("قاعدة حميميم", "FAC", 1, canonical="Hmeimim Air Base", place=named("Hmeimim Air Base", "SY", "Latakia"))
e_sdf11 = g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
g.ent("الولايات المتحدة", "GPE", 3, **USA)
g.ent("سيبان حمو", "PER", 1, actor="SDF", party="SDF", role="armed_group", canonical="Sipan Hemo")
g.ent("بي واي دي", "ORG", 3, **PYD)
g.ent("الروس", "ORG", 1, nominal=True, **RUSSIDE)
g.ent("حسين الأسد", "PER", 2, **HASSAD)
e_russide2 = g.ent("الجانب الروسي", "ORG", 2, nominal=True, **RUSSIDE)
e_org16 = g.ent("التنظيم", "ORG", 1, after="وكان التنظيم", nominal=True, **PYD)
g.ent("روسيا", "GPE", 1, canonical="Russia", actor="RUS", party="RUS", role="government",
      place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
# paragraph 17 (speaker missing)
e_afrin17 = g.ent("عفرين", "GPE", 7, **AFRIN)
e_pyd17 = g.ent("بي واي دي", "ORG", 4, **PYD)
e_jar = g.ent("جرابلس", "GPE", 1, canonical="Jarabulus", place={"geonames_id": 169179, "name": "Jarābulus", "lat": 36.8175, "lon": 38.01111, "country": "SY", "admin1": "Aleppo"})
g.ent("حلب", "GPE", 2, **ALEPPO)
g.ent("محافظة إدلب", "GPE", 1, **IDLIBG)
# paragraphs 18-19
e_can = g.ent("نور الدين جانيكلي", "PER", 1, **CANIKLI)
e_afrin18 = g.ent("عفرين", "GPE", 8, **AFRIN)
e_ypg = g.ent("وحدات حماية الشعب الكردية", "ORG", 1, actor="SDF.YPG", party="SDF", role="armed_group", canonical="People's Protection Units (YPG)")
g.ent("سوريا", "GPE", 3, **SYRIA)
g.ent("تركيا", "GPE", 1, **TURKEY)
e_min = g.ent("الوزير", "PER", 1, after="وأضاف", nominal=True, **CANIKLI)
e_tsk = g.ent("القوات المسلحة التركية", "ORG", 1, actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
e_idlib19 = g.ent("محافظة إدلب", "GPE", 2, **IDLIBG)
g.ent("عفرين", "GPE", 9, **AFRIN)
g.ent("إدلب", "GPE", 3, **IDLIBG)

# times
t_days = g.time("بعد أيام", None, "vague", "after")
g.time("في ذلك الوقت", None, "vague", "at")
t_recent = g.time("مؤخر ا", None, "vague", "before")

AA = ("وكالة الأنباء التركية", 1, None, e_aa)
# statements
s_head = g.stmt(("طلال سلو", 1, None, e_silo0), (":", 1), "assert",
                ("أمريكا لم تقد م أي ضمانات ل - \" PYD / PKK \" بشأن \" عفرين", 1))
s_lede = g.stmt(("طلال سلو", 2, None, e_silo1), ("كشف", 1), "assert",
                ("الولايات المتحدة الأمريكية لم تقد م أي ضمانات للميليشيات الكردية بشأن حماية مدينة \" عفرين \" بريف حلب من أي عملية تركية محتملة", 1),
                via=[AA], medium=("مقابلة مع وكالة الأنباء التركية", 1))
s_silo = g.stmt(("سلو", 3, None, e_silo4), ("قال", 1), "assert",
                ("الولايات المتحدة لم تقد م أي ضمانات بشأن عفرين .\nحتى أنني سألت بريت ماكغورك ( المبعوث الأميركي الخاص إلى تحالف محاربة تنظيم داعش الإرهابي ) عندما التقيت به لأول مرة .\nفي ذلك الوقت لم يكن هناك أي اتصال جغرافي أو تواصل بين عفرين والمناطق الشرقية .\nأجاب ماكغورك قائل ا إن الإدارة الأميركية لن تدعم عفرين .\nوأضاف \" إذا كانت عفرين تريد داعم ا آخر , فلتجد لنفسها داعم ا \" .\nقال : \" ليس هناك أي مانع من قبلنا \" .\nثم اتصل بي حسين الأسد , ابن عم بشار الأسد .\nأراد مني إنشاء خط اتصال بين الجانب الروسي في قاعدة حميميم وقوات سوريا الديمقراطية .\nوقلت له أن مثل هذا الخط سيزعج الولايات المتحدة .\nلكن سيبان حمو ( ما يسمى بالقائد العام لتنظيم \" بي واي دي \" ) أراد التواصل مع الروس .\nوأنا نقلت الوضع إلى حسين الأسد .\nبعدها جرى فتح قناة اتصال مع الجانب الروسي .\nوكان التنظيم يلجأ إلى روسيا في العديد من القضايا", 1),
                via=[AA])
s_mcg1 = g.stmt(("ماكغورك", 2, None, e_mcg7), ("أجاب", 1), "assert",
                ("الإدارة الأميركية لن تدعم عفرين", 1), embedded_in=s_silo)
s_mcg2 = g.stmt(("ماكغورك", 2, None, e_mcg7), ("أضاف", 1, "الأميركية لن تدعم"), "assert",
                ("إذا كانت عفرين تريد داعم ا آخر , فلتجد لنفسها داعم ا", 1), direct=True, embedded_in=s_silo)
s_mcg3 = g.stmt(("ماكغورك", 2, None, e_mcg7), ("قال", 2), "assert",
                ("ليس هناك أي مانع من قبلنا", 1), direct=True, embedded_in=s_silo)
s_hassad = g.stmt(("حسين الأسد", 1, None, e_hassad1), ("أراد مني", 1), "demand",
                  ("إنشاء خط اتصال بين الجانب الروسي في قاعدة حميميم وقوات سوريا الديمقراطية", 1), embedded_in=s_silo)
s_silo_warn = g.stmt(("سلو", 3, None, e_silo4), ("قلت له أن", 1), "assert",
                     ("مثل هذا الخط سيزعج الولايات المتحدة", 1), embedded_in=s_silo)
s_x1 = g.stmt(None, ("قال", 3), "assert",
              ("بحاجة إلى \" تطهير عفرين \" من ميليشيات \" بي واي دي", 1))
s_x2 = g.stmt(None, ("مضيفا أن", 1), "assert",
              ("بلاده على استعداد لتوسيع عملياتها العسكرية في منطقتي جرابلس بريف حلب الشرقي ومحافظة إدلب , وملاحقة \" الإرهابيين \" أينما كانوا", 1))
s_can1 = g.stmt(("وزير الدفاع التركي نور الدين جانيكلي", 1, None, e_can), ("قال", 4), "assert",
                ("يوجد \" خطر حقيقي \" في منطقة عفرين التي تسيطر عليها وحدات حماية الشعب الكردية , وتقع على الحدود الشمالية الغربية لسوريا مع تركيا", 1))
s_can2 = g.stmt(("الوزير", 1, "وأضاف", e_min), ("أضاف", 1, "وأضاف الوزير"), "assert",
                ("القوات المسلحة التركية استكملت إقامة ثالث نقطة مراقبة لها في محافظة إدلب", 1))
s_can3 = g.stmt(("الوزير", 1, "وأضاف", e_min), ("مؤكدا أن", 1), "confirm",
                ("الخطر في عفرين وليس في إدلب , وأنه يجب إزالة ذلك الخطر", 1))

# propositions and claims
p_guar = g.prop("support", [("agent", e_us0, "USA"), ("partner", e_pyd0, "SDF")], ("ضمانات", 1), place=e_afrin0)
g.claim(p_guar, s_head, "deny")
g.claim(p_guar, s_lede, "deny")
g.claim(p_guar, s_silo, "deny")
p_turkop = g.prop("attack", [("agent", None, "TUR"), ("target", e_kurd1, "SDF")], ("عملية", 1), place=e_afrin1)
g.claim(p_turkop, s_lede, "affirm", "possible")
g.claim(p_turkop, s_x1, "affirm", "intended")
p_defect = g.prop("other", [("agent", e_silo1, None), ("target", e_sdf2, "SDF")], ("انشقاقه", 1), time=t_days)
g.claim(p_defect, "author")
p_oppctrl = g.prop("control", [("agent", e_opp, "SYR.OPP")], ("سيطرة", 1, "مناطق"), place=e_tborder)
g.claim(p_oppctrl, "author")
p_backbone = g.prop("other", [("agent", e_pyd3, "SDF")], ("عمودها الفقري", 1))
g.claim(p_backbone, "author")
p_nolink = g.prop("control", [], ("اتصال جغرافي", 1), place=e_afrin6)
g.claim(p_nolink, s_silo, "deny")
p_nosupport = g.prop("support", [("agent", e_usadm, "USA")], ("تدعم", 1), place=e_afrin7)
g.claim(p_nosupport, s_mcg1, "deny", "planned")
p_channel = g.prop("other", [("agent", e_sdf11, "SDF"), ("partner", e_russide1, "RUS")], ("فتح قناة اتصال", 1), place=e_hmeimim)
g.claim(p_channel, s_silo)
g.claim(p_channel, s_hassad, "affirm", "intended")
p_expand = g.prop("attack", [("agent", None, "TUR")], ("عملياتها العسكرية", 1), place=e_jar, time=t_recent)
g.claim(p_expand, s_x2, "affirm", "possible")
p_ypgctrl = g.prop("control", [("agent", e_ypg, "SDF")], ("تسيطر", 1), place=e_afrin18)
g.claim(p_ypgctrl, s_can1)
p_post = g.prop("deployment", [("agent", e_tsk, "TUR")], ("إقامة ثالث نقطة مراقبة", 1), place=e_idlib19)
g.claim(p_post, s_can2)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
