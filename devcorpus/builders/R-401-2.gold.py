"""Gold analysis of R-401 article 2 (Alghad TV, 2017-12-04): conflicting reports on the killing of former Yemeni
president Ali Abdullah Saleh (Houthi media say killed, his office denies, a GPC leader confirms).

Judgement calls:
- Yemen, not Syria; annotated as conflict news. Published: «اليوم الإثنين» = Monday 2017-12-04 (Saleh's death).
- Body starts at the second copy of the headline (the first is in the page title with «فيديو |»).
- Parties: Houthis (and the Houthi-run interior ministry, its radio, al-Masirah TV) = HOUTHI; Saleh, his
  office and the General People's Congress = YEM.GPC; Arab coalition = SAU (Saudi-led).
- One casualties proposition for Saleh's killing (agent Houthis, from the GPC leader's execution account).
  The party's «صالح لا يزال يقود الاشتباكات» implies he is alive: a deny claim on the killing.
  The office's denial of «الشائعات ... حول مقتله» is a deny claim too.
- The author's «ولم يتأكد بعد نبأ وفاته» is not a claim either way; the headline «تضارب» marks the conflict.
- Statement by al-Masirah quoting the ministry's statement: outer statement + embedded ministry statement.
- «حسابات قريبة من الحوثيين ... زعموا» = claim stance.
- Contradictions: Houthi radio / al-Masirah vs Saleh's office (inter_party), the GPC leader's confirmation
  vs the office's denial and vs the party's «still leading» (intra_party YEM.GPC), GPC denial of leaders
  killed vs the Houthi reports it cites.
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
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-401-2", "outlet": "قناة الغد", "published": "2017-12-04", "url": None, "title": None})
SALEH = dict(actor="YEM.GPC", party="YEM.GPC", role="other", canonical="Ali Abdullah Saleh")
GPC = dict(actor="YEM.GPC", party="YEM.GPC", role="other", canonical="General People's Congress")
HOU = dict(actor="HOUTHI", party="HOUTHI", role="armed_group", canonical="Houthis (Ansar Allah)")
HOUMED = dict(actor="HOUTHI.MED", party="HOUTHI", role="media")
SANAA = dict(canonical="Sanaa", place=gn(71137, "Sanaa", 15.35472, 44.20667, "YE", "Sanaa"))
YEMEN = dict(canonical="Yemen", place=named("Yemen", "YE"))
SANHAN = dict(canonical="Sanhan District", place=named("Sanhan District", "YE", "Sanaa"))
e_sal0 = g.ent("علي عبد الله صالح", "PER", 1, **SALEH)
e_radio = g.ent("إذاعة تابعة لوزارة الداخلية", "ORG", 1, nominal=True, **HOUMED, canonical="Houthi-run interior ministry radio")
e_hou1 = g.ent("جماعة الحوثي", "ORG", 1, **HOU)
g.ent("اليمن", "GPE", 1, **YEMEN)
e_sal1 = g.ent("علي عبد الله صالح", "PER", 2, **SALEH)
e_off = g.ent("مكتب صالح", "ORG", 1, **dict(GPC, canonical="Office of Ali Abdullah Saleh"))
e_sanaa1 = g.ent("صنعاء", "GPE", 1, **SANAA)
e_gpc1 = g.ent("قيادي في حزب المؤتمر الشعبي العام", "PER", 1, nominal=True, **dict(GPC, canonical="GPC official"))
g.ent("صالح", "PER", 1, after="الذي يتزعمه", **SALEH)
e_hou2 = g.ent("الحوثيون", "ORG", 1, **HOU)
e_gpc_q = g.ent("المؤتمر", "ORG", 1, after="مقتل قيادات في", **GPC)
e_sanaa2 = g.ent("صنعاء", "GPE", 2, **SANAA)
e_party = g.ent("الحزب", "ORG", 1, after="وقال", nominal=True, **GPC)
e_sal4 = g.ent("صالح", "PER", 1, after="وقال الحزب , إن", **SALEH)
e_hou4 = g.ent("الحوثيين", "ORG", 1, after="يقود الاشتباكات ضد", **HOU)
e_sanaa4 = g.ent("صنعاء", "GPE", 3, **SANAA)
g.ent("صالح", "PER", 1, after="معرفة مكان", **SALEH)
e_sanaa5 = g.ent("صنعاء", "GPE", 4, **SANAA)
e_sal5 = g.ent("علي عبدالله صالح", "PER", 1, **SALEH)
e_hou5 = g.ent("ميليشيا الحوثيين الانقلابية", "ORG", 1, **HOU)
e_hou5b = g.ent("الحوثيين", "ORG", 1, after="عن انتفاضة ضد", **HOU)
e_cap = g.ent("العاصمة اليمنية", "GPE", 1, after="تصاعد في", nominal=True, **SANAA)
e_coal = g.ent("التحالف العربي", "ORG", 1, actor="SAU.COALITION", party="SAU", role="military", canonical="Saudi-led Arab coalition")
e_yem2 = g.ent("اليمن", "GPE", 1, after="المدنيين في", **YEMEN)
e_hou6 = g.ent("ميليشيات الحوثي", "ORG", 1, **HOU)
e_mas = g.ent("تليفزيون المسيرة", "ORG", 1, **HOUMED, canonical="Al-Masirah TV")
g.ent("لحوثيين", "ORG", 1, after="التابع", **HOU)  # للحوثيين
g.ent("علي عبد الله صالح", "PER", 3, **SALEH)
e_moi = g.ent("وزارة الداخلية", "ORG", 1, after="في بيان \"", actor="HOUTHI.GOV", party="HOUTHI", role="government", canonical="Houthi-run Interior Ministry")
e_acc = g.ent("حسابات قريبة من الحوثيين", "ORG", 1, nominal=True, **HOUMED, canonical="Pro-Houthi social media accounts")
e_gpc2 = g.ent("قيادى بارز فى حزب المؤتمر الشعبى العام", "PER", 1, nominal=True, **dict(GPC, canonical="GPC official"))
g.ent("على عبد الله صالح", "PER", 1, **SALEH)
e_gpc3 = g.ent("القيادى", "PER", 1, after="وقال", nominal=True, **dict(GPC, canonical="GPC official"))
e_hou9 = g.ent("الحوثيين", "ORG", 1, after="تصريحات صحفية , اليوم الإثنين , إن", **HOU)
e_sal9 = g.ent("صالح", "PER", 1, after="الحوثيين أعدموا \"", **SALEH)
e_sanaa9 = g.ent("صنعاء", "GPE", 1, after="توقيف موكبه قرب", **SANAA)
e_sanhan = g.ent("مديرية سنحان", "GPE", 1, **SANHAN)
g.ent("صنعاء", "GPE", 1, after="جنوب العاصمة", **SANAA)
e_sal10 = g.ent("على عبدالله صالح", "PER", 1, **SALEH)
e_sanaa10 = g.ent("صنعاء", "GPE", 1, after="صالح فر من", **SANAA)
e_hou10 = g.ent("الحوثيين", "ORG", 1, after="مسقط رأسه , إلا أن", **HOU)
g.ent("صنعاء", "GPE", 1, after="جنوبى", **SANAA)
g.ent("سنحان", "GPE", 1, after="متجها نحو", **SANHAN)

t_mon = g.time("اليوم الإثنين", "2017-12-04", "day", "at", 1)
t_6d = g.time("خلال الأيام الستة الماضية", "2017-11-28/2017-12-04", "day", "at")
t_mon2 = g.time("اليوم الإثنين", "2017-12-04", "day", "at", 2)
g.qty("3 مستشفيات", 3, "hospitals")
q_k = g.qty("125 قتيلا", 125, "people", "killed")
q_w = g.qty("238 جريحا", 238, "people", "wounded")
q_40 = g.qty("40 كيلومترا", 40, "km")

s_radio = g.stmt(("إذاعة تابعة لوزارة الداخلية", 1, None, e_radio), ("قالت", 1), "assert", ("الرئيس السابق علي عبد الله صالح قتل", 1))
s_off = g.stmt(("مكتب صالح", 1, None, e_off), ("نفى", 1), "deny",
               ("ما أسماه \" الشائعات \" التي تتردد حول مقتله في تفجير منزله بالعاصمة اليمنية صنعاء", 1))
s_gpc1 = g.stmt(("قيادي في حزب المؤتمر الشعبي العام", 1, None, e_gpc1), ("أفاد", 1), "assert",
                ("لا صحة للأنباء التي يروجها الحوثيون عن مقتل قيادات في المؤتمر بصنعاء", 1), direct=True)
s_hrep = g.stmt(("الحوثيون", 1, None, e_hou2), ("يروجها", 1), "assert", ("مقتل قيادات في المؤتمر بصنعاء", 1), embedded_in=s_gpc1)
s_party = g.stmt(("الحزب", 1, "وقال", e_party), ("قال", 1, "وقال الحزب"), "assert",
                 ("صالح لا يزال يقود الاشتباكات ضد الحوثيين في العاصمة صنعاء", 1))
s_upr = g.stmt(("الرئيس السابق", 1, "بعد إعلان"), ("إعلان", 1, "وتصاعدت"), "assert", ("انتفاضة ضد الحوثيين", 1))
s_call = g.stmt(("الرئيس السابق", 1, "بعد إعلان"), ("دعوته", 1), "demand", ("دول الجوار لإنقاذ الشعب اليمني وتخفيف معاناته", 1))
s_coal = g.stmt(("التحالف العربي", 1, None, e_coal), ("دعا", 1, "من جانبه"), "demand",
                ("المدنيين في اليمن لإخلاء مواقعهم قرب ميليشيات الحوثي , تحسبا لعمليات مقبلة ضد العناصر الانقلابية", 1))
s_mas = g.stmt(("تليفزيون المسيرة", 1, None, e_mas), ("قال", 1, "وقال تليفزيون"), "assert",
               ("الرئيس اليمني السابق علي عبد الله صالح ق تل", 1))
s_mas2 = g.stmt(("تليفزيون المسيرة", 1, None, e_mas), ("أضاف", 1, "ق تل"), "assert",
                ("وزارة الداخلية تعلن انتهاء أزمة ميليشيا الخيانة ومقتل زعيمها وعدد من عناصره الإجرامية", 1),
                medium=("بيان", 1, "ق تل"), direct=True)
s_moi = g.stmt(("وزارة الداخلية", 1, "في بيان \"", e_moi), ("تعلن", 1), "assert",
               ("انتهاء أزمة ميليشيا الخيانة ومقتل زعيمها وعدد من عناصره الإجرامية", 1), embedded_in=s_mas2)
s_acc = g.stmt(("حسابات قريبة من الحوثيين", 1, None, e_acc), ("زعموا", 1), "claim", ("لجثة الرئيس السابق في أثناء نقله بعد مقتله", 1),
               medium=("مواقع التواصل الاجتماعي", 1))
s_gpc2 = g.stmt(("قيادى بارز فى حزب المؤتمر الشعبى العام", 1, None, e_gpc2), ("أكد", 1, "كما"), "confirm",
                ("مقتل الرئيس اليمنى السابق على عبد الله صالح", 1))
s_gpc3 = g.stmt(("القيادى", 1, "وقال", e_gpc3), ("قال", 1, "وقال القيادى"), "assert",
                ("الحوثيين أعدموا \" صالح \" رميا بالرصاص , إثر توقيف موكبه قرب صنعاء بينما كان فى طريقه إلى مسقط رأسه فى مديرية سنحان جنوب العاصمة صنعاء", 1),
                medium=("تصريحات صحفية", 1, "وقال القيادى"))
s_gpc4 = g.stmt(("القيادى", 1, "وقال", e_gpc3), ("كشف", 1, "وكشف"), "assert",
                ("على عبدالله صالح فر من صنعاء باتجاه مسقط رأسه , إلا أن الحوثيين أوقفوا موكبه على بعد 40 كيلومترا جنوبى صنعاء بينما كان متجها نحو سنحان واقتادوه إلى مكان مجهول حيث أعدموه رميا بالرصاص", 1))

p_kill = g.prop("casualties", [("agent", e_hou9, "HOUTHI"), ("target", e_sal1, "YEM.GPC")], ("مقتل", 1), place=e_sanaa1, time=t_mon)
p_leaders = g.prop("casualties", [("target", e_gpc_q, "YEM.GPC")], ("مقتل", 1, "يروجها"), place=e_sanaa2)
p_clash = g.prop("clash", [("agent", e_sal5, "YEM.GPC"), ("agent", e_hou5, "HOUTHI")], ("مواجهات", 1), place=e_sanaa5)
p_upr = g.prop("other", [("agent", e_sal5, "YEM.GPC"), ("target", e_hou5b, "HOUTHI")], ("انتفاضة", 1))
p_cas = g.prop("casualties", [], ("القتلى", 1), place=e_cap, time=t_6d, quantities=[q_k, q_w])
p_evac = g.prop("displacement", [("agent", e_coal, "SAU")], ("لإخلاء", 1), place=e_yem2)
p_ops = g.prop("attack", [("agent", e_coal, "SAU"), ("target", e_hou6, "HOUTHI")], ("لعمليات", 1), place=e_yem2)
p_flee = g.prop("withdrawal", [("agent", e_sal10, "YEM.GPC")], ("فر", 1), place=e_sanaa10)
p_stop = g.prop("arrest", [("agent", e_hou10, "HOUTHI"), ("target", e_sal10, "YEM.GPC")], ("أوقفوا", 1), place=e_sanaa10, quantities=[q_40])

c_radio = g.claim(p_kill, s_radio)
c_off = g.claim(p_kill, s_off, "deny")
c_party = g.claim(p_kill, s_party, "deny")
c_mas = g.claim(p_kill, s_mas)
g.claim(p_kill, s_mas2)
g.claim(p_kill, s_moi)
g.claim(p_kill, s_acc)
c_gpc2 = g.claim(p_kill, s_gpc2)
g.claim(p_kill, s_gpc3)
g.claim(p_kill, s_gpc4)
c_gpc1 = g.claim(p_leaders, s_gpc1, "deny")
c_hrep = g.claim(p_leaders, s_hrep)
g.claim(p_clash, "author")
g.claim(p_clash, s_party)
g.claim(p_upr, s_upr)
g.claim(p_cas, "author")
g.claim(p_evac, s_coal, "affirm", "planned")
g.claim(p_ops, s_coal, "affirm", "planned")
g.claim(p_flee, s_gpc4)
g.claim(p_stop, s_gpc3)
g.claim(p_stop, s_gpc4)

g.contra(c_radio, c_off, "inter_party", None, "negation",
         "A Houthi-run interior ministry radio says Saleh was killed; Saleh's office denies the reports of his death.", headline=True)
g.contra(c_mas, c_off, "inter_party", None, "negation",
         "Houthi al-Masirah TV says Saleh was killed; his office calls the reports rumours.")
g.contra(c_gpc2, c_off, "intra_party", "YEM.GPC", "negation",
         "A senior GPC official confirms Saleh's killing; Saleh's own office denies it.")
g.contra(c_gpc2, c_party, "intra_party", "YEM.GPC", "negation",
         "A senior GPC official confirms Saleh was killed; the party says Saleh is still leading the fighting in Sanaa.")
g.contra(c_hrep, c_gpc1, "inter_party", None, "negation",
         "The Houthis spread reports that GPC leaders were killed in Sanaa; a GPC official says there is no truth in them.")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
