"""Gold analysis of R-90 article 4 (DW Arabic, 2017-02-06): UN annual report on civilian casualties in
Afghanistan in 2016 (3,498 killed, 7,920 wounded; children; Taliban, ISIS, air strikes). A photo gallery
about photographer Jens Umbach sits in the middle of the text.

Judgement calls:
- Conflict news, though Afghanistan: annotated, not skipped.
- Body from the headline to the article's last line; the embedded photo gallery (Umbach) cannot be cut
  out of a contiguous body, so it is annotated too (its quotes are statements; the uncued quote about
  invitations is left without a statement).
- Sentences without a cue that continue the UN figures (ISIS targets Shia, 899 victims, suicide attacks,
  20% / 2% shares, US air campaign, 38 unattributed victims, children's toll) are author claims.
- Counts "بين قتيل وجريح" (4953, 899) are people with of=null (killed and wounded together).
- Percentages are not quantities. The Kunduz incident: US officials acknowledge "possible" civilian
  casualties (modality possible), the UN gives 32 killed, 26 wounded; no contradiction.
- Taliban get party TALIBAN; the international forces / coalition air strikes party USA.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY"))
IRAN = dict(canonical="Iran", place=gn(130758, "Iran", 32.0, 53.0, "IR"))
ISRAEL = dict(canonical="Israel", place=gn(294640, "Israel", 31.5, 34.75, "IL"))
RUSSIA = dict(canonical="Russia", place=gn(2017370, "Russia", 60.0, 100.0, "RU"))
USA_P = dict(canonical="United States", place=gn(6252001, "United States", 39.76, -98.5, "US"))
TURKEY = dict(canonical="Turkey", place=gn(298795, "Turkey", 39.0, 35.0, "TR"))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ"))
LEBANON = dict(canonical="Lebanon", place=gn(272103, "Lebanon", 33.83, 35.83, "LB"))
JORDAN = dict(canonical="Jordan", place=gn(248816, "Jordan", 31.0, 36.0, "JO"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
HOMS = dict(canonical="Homs", place=gn(169577, "Homs", 34.72405, 36.72559, "SY", "Homs"))
HAMA = dict(canonical="Hama", place=gn(170017, "Ḩamāh", 35.13179, 36.75783, "SY", "Hama"))
DARAA = dict(canonical="Daraa", place=gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"))
def gov(name, adm):
    return dict(canonical=name, place=named(name, "SY", adm))
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
RUSGOV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Russian government")
IRGC = dict(actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
IRNGOV = dict(actor="IRN.GOV", party="IRN", role="government", canonical="Iranian government")
USGOV = dict(actor="USA.GOV", party="USA", role="government", canonical="United States government")
USMIL = dict(actor="USA.MIL", party="USA", role="military", canonical="United States Armed Forces")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
ISRGOV = dict(actor="ISR.GOV", party="ISR", role="government", canonical="Israeli government")
ISRMIL = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israel Defense Forces")
TURGOV = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Turkish government")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
def media(aid, canon, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canon)
def country(c, party, role="government"):
    return dict(c, actor=party, party=party, role=role)
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-90-4", "outlet": "دويتشه فيله", "published": "2017-02-06", "url": None, "title": None})
UN = dict(actor="UN", party=None, role="other", canonical="United Nations")
AFG = dict(canonical="Afghanistan", place=gn(1149361, "Afghanistan", 33.0, 66.0, "AF"))
TAL = dict(actor="TALIBAN", party="TALIBAN", role="armed_group", canonical="Taliban")
AFGMIL = dict(actor="AFG.MIL", party="AFG", role="military", canonical="Afghan National Defense and Security Forces")
AAF = dict(actor="AFG.MIL", party="AFG", role="military", canonical="Afghan Air Force")
UMB = dict(canonical="Jens Umbach")
DEUMIL = dict(actor="DEU.MIL", party="DEU", role="military", canonical="Bundeswehr")
MAZAR = dict(canonical="Mazar-i-Sharif", place=named("Mazar-i-Sharif", "AF", "Balkh"))
e_un = [None] + [g.ent("الأمم المتحدة", "ORG", n, **UN) for n in range(1, 4)]
e_afg = [None] + [g.ent("أفغانستان", "GPE", n, **AFG) for n in range(1, 9)]
e_isis1 = g.ent("تنظيم \" الدولة الإسلامية \"", "ORG", **ISIS)
e_inv = g.ent("محققون من الأمم المتحدة", "PER", nominal=True, **UN)
e_groups = g.ent("جماعات مناهضة للحكومة", "ORG", nominal=True)
e_tal1 = g.ent("حركة طالبان", "ORG", **TAL)
g.ent("تنظيم الدولة الإسلامية", "ORG", **ISIS)
e_io1 = g.ent("المنظمة الدولية", "ORG", 1, nominal=True, **UN)
e_tal2 = g.ent("طالبان", "ORG", 2, **TAL)
e_inv2 = g.ent("المحققين", "PER", 1, nominal=True, **UN)
e_isis3 = g.ent("الدولة الإسلامية", "ORG", 3, **ISIS)
e_isis4n = g.ent("التنظيم المتشدد", "ORG", nominal=True, **ISIS)
e_isis4 = g.ent("الدولة الإسلامية", "ORG", 4, **ISIS)
g.ent("التنظيم", "ORG", 2, nominal=True, **ISIS)
g.ent("الأمم المتحدة", "ORG", 5, **UN)
# gallery
e_umb1 = g.ent("ينز أومباخ", "PER", **UMB)
g.ent("مزار الشريف", "GPE", 1, **MAZAR)
e_umb = {n: g.ent("أومباخ", "PER", n, **UMB) for n in (2, 3, 4, 5, 6, 7, 8)}
e_bw1 = g.ent("الجيش الألماني", "ORG", 1, **DEUMIL)
e_ph3 = g.ent("المصور", "PER", 3, nominal=True, **UMB)
g.ent("مزار الشريف", "GPE", 2, **MAZAR)
e_asst = g.ent("مساعدي", "PER", 2, nominal=True)
e_ph4 = g.ent("المصور", "PER", 4, nominal=True, **UMB)
g.ent("عطا محمد نور", "PER", actor="AFG.GOV", party="AFG", role="government", canonical="Atta Muhammad Nur")
g.ent("مقاطعة بلخ", "GPE", canonical="Balkh Province", place=named("Balkh Province", "AF", "Balkh"))
g.ent("ألمانيا", "GPE", canonical="Germany", place=gn(2921044, "Germany", 51.5, 10.5, "DE"))
g.ent("Photokina", "ORG", canonical="Photokina")
g.ent("كولونيا", "GPE", canonical="Cologne", place=named("Cologne", "DE"))
e_umb9 = g.ent("يانز أومباخ", "PER", **UMB)
g.ent("كيك ستارتر", "ORG", canonical="Kickstarter")
e_umb10 = g.ent("أومباخ", "PER", 10, **UMB)
e_umb11 = g.ent("أومباخ", "PER", 11, **UMB)
e_bw2 = g.ent("الجيش الألماني", "ORG", 2, **DEUMIL)
# rest
e_asf = g.ent("قوات الأمن الأفغانية", "ORG", **AFGMIL)
e_pgm = g.ent("الميليشيات الموالية للحكومة", "ORG", actor="AFG.PGM", party="AFG", role="armed_group", canonical="Afghan pro-government militias")
e_intl = g.ent("القوات الدولية", "ORG", actor="COALITION", party="USA", role="military", canonical="International forces in Afghanistan")
e_un6 = g.ent("الأمم المتحدة", "ORG", 6, **UN)
e_govf = g.ent("القوات الحكومية", "ORG", **AFGMIL)
e_aaf1 = g.ent("سلاح الجو الأفغاني", "ORG", 1, **AAF)
e_us = g.ent("الولايات المتحدة", "GPE", **country(USA_P, "USA"))
e_isis5 = g.ent("الدولة الإسلامية", "ORG", 5, **ISIS)
e_tal3 = g.ent("طالبان", "ORG", 3, **TAL)
e_io2 = g.ent("المنظمة الدولية", "ORG", 2, nominal=True, **UN)
e_coal = g.ent("قوات التحالف", "ORG", **COAL)
e_aaf2 = g.ent("سلاح الجو الأفغاني", "ORG", 2, **AAF)
g.ent("المحققون", "PER", 1, nominal=True, **UN)
e_usoff = g.ent("مسؤولون أمريكيون", "PER", nominal=True, **USGOV)
e_kunduz = g.ent("إقليم قندوز", "GPE", canonical="Kunduz Province", place=named("Kunduz Province", "AF", "Kunduz"))
e_un7 = g.ent("الأمم المتحدة", "ORG", 7, **UN)

t_2016a = g.time("2016", "2016", "year", "at", 1)
t_since09 = g.time("منذ 2009", "2009", "year", "since")
t_mon = g.time("اليوم الاثنين ( السادس من فبراير / شباط 2017 )", "2017-02-06", "day", "at")
t_2016b = g.time("عام 2016", "2016", "year", "at", 1)
g.time("العام السابق", "2015", "year", "at")
t_2016c = g.time("2016", "2016", "year", "at", 3)
t_ly1 = g.time("العام الماضي", "2016", "year", "at", 1)
t_ly2 = g.time("العام الماضي", "2016", "year", "at", 2)
g.time("عام 2009", "2009", "year", "since", 1)
g.time("عام 2010", "2010", "year", "at")
g.time("في وقت سابق من هذا الشهر", "2017-02", "month", "at")
g.time("عام 2015", "2015", "year", "at")
g.time("منذ عام 2009", "2009", "year", "since")
t_2016d = g.time("عام 2016", "2016", "year", "at", 2)
t_nov = g.time("نوفمبر تشرين الثاني", "2016-11", "month", "at")
t_2016e = g.time("عام 2016", "2016", "year", "at", 3)
q3498 = g.qty("3498 مدنيا", 3498, "people", "killed")
q7920 = g.qty("7920", 7920, "people", "wounded")
q4953 = g.qty("4953 على الأقل بين قتيل وجريح", 4953, "people")
q899 = g.qty("899 على الأقل بين قتيل وجريح", 899, "people")
q127 = g.qty("127 قتيلا مدنيا", 127, "people", "killed")
q108 = g.qty("108 إصابات", 108, "people", "wounded")
q85 = g.qty("85 قتيلا", 85, "people", "killed")
q167 = g.qty("167 مصابا", 167, "people", "wounded")
q38 = g.qty("38 شخصا", 38, "people", "killed")
q65 = g.qty("65 شخصا", 65, "people", "wounded")
q32 = g.qty("32 شخصا", 32, "people", "killed")
q26 = g.qty("26", 26, "people", "wounded")
q923 = g.qty("923 قتيلا", 923, "people", "killed")
q2589 = g.qty("2589 مصابا", 2589, "people", "wounded")

s_head = g.stmt(("الأمم المتحدة", 1, None, e_un[1]), (":", 1), "assert", ("ارتفاع دراماتيكي لعدد الأطفال ضحايا العنف في أفغانستان", 1))
s1 = g.stmt(("الأمم المتحدة", 2, None, e_un[2]), ("ذكرت", 1), "assert",
            ("ضحايا الحرب في أفغانستان من المدنيين في ارتفاع بشكل مهول", 1), medium=("تقريرها السنوي", 1))
s2 = g.stmt(("التقرير", 1), ("نقل", 1, "ونقل التقرير"), "assert", ("الأطفال \" يقتلون ويصابون بالعمى \" بسبب الألغام ومخلفات الحرب", 1))
s3 = g.stmt(("الأمم المتحدة", 3, None, e_un[3]), ("قالت", 1), "assert",
            ("عدد الضحايا المدنيين في أفغانستان ارتفع إلى مستويات جديدة في 2016 بسبب هجمات تنظيم \" الدولة الإسلامية \" وأكبر عدد من القتلى والمصابين في الغارات الجوية منذ 2009 وتزايد عدد الضحايا من الأطفال جراء الذخائر غير المنفجرة", 1))
s4 = g.stmt(("محققون من الأمم المتحدة", 1, None, e_inv), ("ذكر", 1, "وذكر محققون"), "assert",
            ("3498 مدنيا قتلوا في الصراع وأصيب 7920 في عام 2016 وهو ما يمثل معا زيادة بنسبة ثلاثة في المائة عن العام السابق", 1),
            medium=("ملخص سنوي", 1))
s5 = g.stmt(("التقرير", 2), ("قال", 1, "وقال التقرير"), "assert",
            ("على خلفية المعارك البرية التي طال أمدها امتدت ساحات المعركة إلى المناطق التي يحتمي بها المدنيون - والتي يجب أن تكون بمنأى عن الأذى - من خلال الهجمات الانتحارية في المساجد والهجمات التي تستهدف قلب الأحياء والأسواق والمنازل واستخدام المدارس والمستشفيات لأغراض عسكرية .", 1), direct=True)
s6 = g.stmt(("التقرير", 3), ("ذكر", 1, "وذكر التقرير"), "assert",
            ("جماعات مناهضة للحكومة مثل حركة طالبان وتنظيم الدولة الإسلامية هي التي تسببت في نحو 61 بالمئة من الخسائر البشرية بين المدنيين", 1))
s7 = g.stmt(("المنظمة الدولية", 1, None, e_io1), ("قالت", 1, "وقالت المنظمة الدولية إن هجمات"), "assert",
            ("هجمات طالبان تسببت في وقوع 4953 على الأقل بين قتيل وجريح لكن المحققين وثقوا زيادة بمعدل عشرة أضعاف في الخسائر التي نجمت عن هجمات الدولة الإسلامية وهو ما يعد تحولا في 2016", 1))
s7b = g.stmt(("المحققين", 1, None, e_inv2), ("وثقوا", 1), "assert",
             ("زيادة بمعدل عشرة أضعاف في الخسائر التي نجمت عن هجمات الدولة الإسلامية", 1), embedded_in=s7)
s8 = g.stmt(("أومباخ", 2, None, e_umb[2]), ("قال", 1, "أراد المصور"), "assert",
            ("ذهب الجيش الألماني إلى أفغانستان لحماية الناس .\nإنها صورة لمثل هذه الطفلة الصغيرة التي عاشت كل طفولتها في ظل وجود الجنود الأجانب", 1), direct=True)
s9a = g.stmt(("المصور", 3, None, e_ph3), ("استذكر", 1), "assert",
             ("كنت أقف مع مساعدي في الصحراء بالقرب من مزار الشريف", 1), direct=True)
s9 = g.stmt(("المصور", 3, None, e_ph3), ("قائلا", 1, "واستذكر"), "assert",
            ("أخبرني مساعدي بأنه مفتون بجمال المناظر الطبيعية هناك إلى حد البكاء .\nالإعلام لا يظهر سوى الجانب السلبي في البلد", 1), direct=True)
s9b = g.stmt(("مساعدي", 2, None, e_asst), ("أخبرني", 1), "assert",
             ("مفتون بجمال المناظر الطبيعية هناك إلى حد البكاء", 1), embedded_in=s9)
s10 = g.stmt(("المصور", 4, None, e_ph4), ("لاحظ", 1), "assert",
             ("كان بإمكاني التحرك بحرية , غير أن ذلك يعتمد على الظروف المحيطة وعلى إجراءات تحذيرية بالخصوص", 1), direct=True)
s11 = g.stmt(("أومباخ", 10, None, e_umb10), ("يعتبر", 1), "assert", ("كتاب الصور هو عبارة عن وثائق ثابتة", 1), direct=True)
s12 = g.stmt(("أومباخ", 11, None, e_umb11), ("عبر", 1, "كتاب الصور هو"), "assert",
             ("يقدم كتاب الصور هذا للأجيال المقبلة من الأفغان نظرة ثاقبة عن الفترة التي كان فيها الجيش الألماني منتشرا في أفغانستان", 1))
s13 = g.stmt(("الأمم المتحدة", 6, None, e_un6), ("قالت", 1, "اثنين بالمائة"), "assert",
             ("من بين أعنف أساليب القوات الحكومية استخدام الأسلحة الثقيلة دون تمييز مثل قذائف المورتر في مناطق مأهولة بالسكان", 1))
s14 = g.stmt(("المنظمة الدولية", 2, None, e_io2), ("قالت", 1, "وقالت المنظمة الدولية إن الضربات"), "assert",
             ("الضربات الجوية لقوات التحالف تسببت في سقوط 127 قتيلا مدنيا على الأقل و 108 إصابات في عام 2016 في حين أدت هجمات سلاح الجو الأفغاني إلى سقوط 85 قتيلا و 167 مصابا", 1))
s15 = g.stmt(("مسؤولون أمريكيون", 1, None, e_usoff), ("اعترف", 1), "acknowledge",
             ("سقوط ضحايا مدنيين محتملين في حادث واحد في إقليم قندوز في نوفمبر تشرين الثاني", 1))
s16 = g.stmt(("الأمم المتحدة", 7, None, e_un7), ("قالت", 1, "عندما"), "assert",
             ("ما يصل إلى 32 شخصا غير مقاتلين قتلوا كما أصيب 26 في عملية أمريكية أفغانية مشتركة", 1))

p_civ = g.prop("casualties", [], ("ضحايا", 1, "ذكرت الأمم"), place=e_afg[2], time=t_2016b, quantities=[q3498, q7920])
p_kids = g.prop("casualties", [], ("الأطفال", 1), place=e_afg[1], time=t_2016e, quantities=[q923, q2589])
p_isis = g.prop("attack", [("agent", e_isis1, "ISIS")], ("هجمات", 1), place=e_afg[3], time=t_2016a, quantities=[q899])
p_tal = g.prop("attack", [("agent", e_tal2, "TALIBAN")], ("هجمات", 1, "إن هجمات طالبان"), place=e_afg[3], time=t_2016a, quantities=[q4953])
p_suic = g.prop("bombing", [], ("الانتحارية", 1), place=e_afg[3], time=t_ly2)
p_bw = g.prop("deployment", [("agent", e_bw1, "DEU")], ("ذهب", 1, "قال : \""), place=e_afg[6])
p_asf = g.prop("casualties", [("agent", e_asf, "AFG")], ("تسببت", 1, "وتسببت قوات"), place=e_afg[3], time=t_2016a)
p_pgm = g.prop("casualties", [("agent", e_pgm, "AFG"), ("agent", e_intl, "USA")], ("تسببت", 1, "بينما"), place=e_afg[3], time=t_2016a)
p_heavy = g.prop("shelling", [("agent", e_govf, "AFG")], ("قذائف المورتر", 1), place=e_afg[3], time=t_2016a)
p_uscamp = g.prop("airstrike", [("agent", e_us, "USA"), ("target", e_isis5, "ISIS"), ("target", e_tal3, "TALIBAN")], ("لحملتها الجوية", 1), place=e_afg[3], time=t_2016a)
p_coal = g.prop("airstrike", [("agent", e_coal, "USA")], ("الضربات الجوية", 1, "إن الضربات"), place=e_afg[3], time=t_2016d, quantities=[q127, q108])
p_aaf = g.prop("airstrike", [("agent", e_aaf2, "AFG")], ("هجمات", 1, "في حين أدت"), place=e_afg[3], time=t_2016d, quantities=[q85, q167])
p_unk = g.prop("airstrike", [], ("الضربات الجوية", 1, "ولم يتمكن"), place=e_afg[3], time=t_2016a, quantities=[q38, q65])
p_kun = g.prop("attack", [("agent", None, "USA"), ("agent", None, "AFG")], ("عملية", 1, "كما أصيب 26"), place=e_kunduz, time=t_nov, quantities=[q32, q26])

c = g.claim
for s in (s1, s3, s4, "author"):
    c(p_civ, s)
for s in (s_head, s2, s3, "author"):
    c(p_kids, s)
for s in (s3, s6, s7, s7b, "author"):
    c(p_isis, s)
for s in (s6, s7):
    c(p_tal, s)
c(p_suic, s5)
c(p_suic, "author")
c(p_bw, s8)
c(p_bw, s12)
c(p_asf, "author")
c(p_pgm, "author")
c(p_heavy, s13)
c(p_uscamp, "author")
c(p_coal, s14)
c(p_aaf, s14)
c(p_unk, "author")
c(p_kun, s15, "affirm", "possible")
c(p_kun, s16)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
