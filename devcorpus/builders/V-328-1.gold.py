"""Gold analysis of V-328 article 1 (Tasnim News Agency, 2017-06-16): the Russian defence ministry says Abu Bakr
al-Baghdadi was probably killed in a Russian airstrike near Raqqa on 28 May; the US-led coalition cannot
confirm; the Mirror had reported him killed by a Syrian air raid.

Judgement calls:
- Body: headline to the last sentence; the inline time stamp «2017 / 06 / 16 - 11 : 41» is a time.
- «ترجح» / «رجحت» = estimate, so those claims on Baghdadi's death have modality possible; the quoted
  «تم القضاء عليه» (ministry) is an affirm, actual. «شرحت ... أن الغارة التي يرجح مقتل البغدادي فيها»
  affirms the 300+ dead and keeps the Baghdadi death possible.
- The coalition's «لا يمكنه تأكيد التقارير الروسية» is a statement but neither affirms nor denies the
  death: no claim.
- The Mirror («نقلت ... أنباء تفيد بمقتل البغدادي بغارة ... الطيران الحربي السوري») = outer statement
  plus embedded reports. Death by a Syrian raid vs death by the Russian strike cannot both be true:
  incompatible, unaffiliated (reports vs RUS).
- The un-cued «وقد تمت الضربة الجوية يوم 28 أيار ... ليلا» is author voice.
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
g = Gold(text, {"id": "V-328-1", "outlet": "وكالة تسنيم", "published": "2017-06-16", "url": None, "title": None})
MOD = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Ministry of Defence")
BAG = dict(ISIS, canonical="Abu Bakr al-Baghdadi")
RAQ = P("Raqqa")
e_ru = g.ent("روسيا", "GPE", 1, **P("Russia", actor="RUS", party="RUS", role="government"))
e_bag0 = g.ent("ابوبكر البغدادي", "PER", 1, **BAG)
e_bag_full = g.ent("إبراهيم أبو بكر البغدادي", "PER", 1, **BAG)
e_bag1 = every(g, "أبو بكر البغدادي", "PER", **BAG)
e_bag = every(g, "البغدادي", "PER", **BAG)
e_mod = every(g, "وزارة الدفاع الروسية", "ORG", **MOD)
e_modb = g.ent("وزارة الدفاع", "ORG", 1, after="وجاء في بيان", **MOD)
e_modc = g.ent("وزارة الدفاع", "ORG", 1, after="حسب معلومات وزارة", **MOD)
g.ent("لرقة", "GPE", 1, after="الضواحي الجنوبية ل", **RAQ)  # للرقة
e_vks = g.ent("القوات الجوية الروسية", "ORG", 1, **dict(RUSMIL, canonical="Russian Aerospace Forces"))
e_min = g.ent("الوزارة", "ORG", 1, after="وتابعت", nominal=True, **MOD)
e_isismed = g.ent("وسائل إعلام تابعة للتنظيم", "ORG", 1, nominal=True, **dict(ISIS, role="media", canonical="ISIS media"))
e_tanz = g.ent("لتنظيم", "ORG", 1, after="مركز قيادة تابع ل", nominal=True, **ISIS)  # للتنظيم
e_isis = every(g, "تنظيم داعش", "ORG", **ISIS)
e_daesh = every(g, "داعش", "ORG", **ISIS)
g.ent("الممر الجنوبي", "LOC", 1, canonical="Southern corridor (Raqqa)", place=named("Southern corridor, Raqqa", "SY", "Raqqa"))
e_us = g.ent("الجانب الأمريكي", "ORG", 1, nominal=True, actor="USA", party="USA", role="government", canonical="United States")
g.ent("أبو الحاج المصري", "PER", 1, **dict(ISIS, canonical="Abu al-Haj al-Masri"))
e_nayef = g.ent("إبراهيم النايف الحاج", "PER", 1, **dict(ISIS, canonical="Ibrahim al-Nayef al-Haj"))
e_sukh = g.ent("مدينة السخنة", "GPE", 1, canonical="Al-Sukhnah", place=named("Al-Sukhnah", "SY", "Homs"))
g.ent("سليمان الشواخ", "PER", 1, **dict(ISIS, canonical="Suleiman al-Shawakh"))
e_coal = g.ent("التحالف الدولي", "ORG", 1, **COAL)
g.ent("امريكا", "GPE", 1, **P("United States", actor="USA", party="USA", role="government"))
e_sy = g.ent("سوريا", "GPE", 1, **P("Syria"))
e_mir = g.ent("صحيفة \" ميرور \" البريطانية", "ORG", 1, actor="MIRROR", party=None, role="media", canonical="Daily Mirror")
e_saf = g.ent("الطيران الحربي السوري", "ORG", 1, **dict(SYRMIL, canonical="Syrian Air Force"))
e_raqc = g.ent("مدينة الرقة", "GPE", 1, **RAQ)
e_paper = g.ent("الصحيفة", "ORG", 1, after="وذكرت", nominal=True, actor="MIRROR", party=None, role="media", canonical="Daily Mirror")
e_raq = every(g, "الرقة", "GPE", **RAQ)

t_fri = g.time("اليوم الجمعة", "2017-06-16", "day", "at")
t_28 = g.time("في 28 أيار / مايو", "2017-05-28", "day", "at")
g.time("2017 / 06 / 16 - 11 : 41", "2017-06-16", "day", "at")
t_n28 = g.time("ليلة 28 مايو / أيار الماضي", "2017-05-28", "part_of_day", "at")
g.time("آنذاك", "2017-05-28", "part_of_day", "at")
t_28b = g.time("يوم 28 أيار / مايو ليلا", "2017-05-28", "part_of_day", "at")
g.time("من الساعة 00 : 35 إلى 00 : 45", "2017-05-28T00:35/2017-05-28T00:45", "part_of_day", "at")
g.time("مسبقا", None, "vague", "before")
t_days = g.time("قبل أيام", None, "vague", "before")
q300 = g.qty("أكثر من 300 إرهابي", 300, "people", "killed")
q30 = g.qty("30 قياديا", 30, "people", "killed")

s_head = g.stmt(("روسيا", 1, None, e_ru), ("ترجح", 1), "estimate",
                ("مقتل زعيم \" داعش \" ابوبكر البغدادي في إحدى غاراتها على الرقة", 1))
s1 = g.stmt(("وزارة الدفاع الروسية", 1, None, e_mod[0]), ("رجحت", 1), "estimate",
            ("تم القضاء على أبو بكر البغدادي إثر ضربة جوية من قبل القوات الجوية الروسية في 28 أيار / مايو , وأنه يتم التحقق من المعلومات الأولية", 1))
s2 = g.stmt(("وزارة الدفاع الروسية", 2, None, e_mod[1]), ("أوضحت", 1), "assert",
            ("الغارة تم توجيها ليلة 28 مايو / أيار الماضي إلى مركز قيادة تابع للتنظيم , انعقد فيه آنذاك اجتماع لقياديين داعشيين لبحث مسارات خروج الإرهابيين من الرقة عبر ما يعرف ب - \" الممر الجنوبي \"", 1),
            medium=("بيان", 1))
s3 = g.stmt(("الوزارة", 1, "وتابعت", e_min), ("تابعت", 1), "assert",
            ("حسب معلومات نتأكد من صحتها عبر مختلف القنوات , كان زعيم \" داعش \" إبراهيم أبو بكر البغدادي أيضا حاضرا في الاجتماع , وتم القضاء عليه جراء الغارة", 1),
            direct=True)
s4 = g.stmt(("وزارة الدفاع الروسية", 3, None, e_mod[2]), ("شرحت", 1), "assert",
            ("الغارة التي يرجح مقتل البغدادي فيها أودت بحياة أكثر من 300 إرهابي بينهم 30 قياديا", 1), medium=("بيانها", 1))
s5 = g.stmt(("وزارة الدفاع", 1, "وجاء في بيان", e_modb), ("جاء في", 1), "assert",
            ("الغارة نفذتها طائرات من طرازي \" سو - 35 \" و \" سو - 34 \" في الضواحي الجنوبية للرقة", 1), medium=("بيان", 1, "وجاء في"))
s6 = g.stmt(("وزارة الدفاع", 1, "حسب معلومات وزارة", e_modc), ("حسب", 1, "ومن بين القتلى"), "assert",
            ("أمير الرقة أبو الحاج المصري \" , والأمير إبراهيم النايف الحاج , الذي كان يسيطر على المنطقة الممتدة بين الرقة ومدينة السخنة , ورئيس جهاز الأمن التابع لداعش سليمان الشواخ", 1))
s7 = g.stmt(("التحالف الدولي", 1, None, e_coal), ("اعلن", 1), "assert",
            ("لا يمكنه تأكيد التقارير الروسية بشأن مقتل زعيم تنظيم داعش أبو بكر البغدادي في سوريا", 1))
s8 = g.stmt(("صحيفة \" ميرور \" البريطانية", 1, None, e_mir), ("نقلت", 1), "assert",
            ("أنباء تفيد بمقتل البغدادي بغارة جوية نفذها الطيران الحربي السوري على مدينة الرقة", 1))
s9 = g.stmt(("أنباء", 1, "قبل أيام"), ("تفيد", 1), "assert",
            ("مقتل البغدادي بغارة جوية نفذها الطيران الحربي السوري على مدينة الرقة", 1), embedded_in=s8)
s10 = g.stmt(("الصحيفة", 1, "وذكرت", e_paper), ("ذكرت", 1), "assert",
             ("وسائل إعلام تابعة للتنظيم نشرت صورا أظهرت الدمار الواسع الذي خلفته قذائف وانفجارات ضخمة هزت معقله في الرقة", 1))

p_strike = g.prop("airstrike", [("agent", e_vks, "RUS"), ("target", e_tanz, "ISIS")], ("ضربة جوية", 1), place=e_raq[0], time=t_28)
p_bag = g.prop("casualties", [("agent", e_vks, "RUS"), ("target", e_bag0, "ISIS")], ("مقتل", 1), place=e_raq[0], time=t_28)
p_300 = g.prop("casualties", [("agent", None, "RUS"), ("target", None, "ISIS")], ("أودت", 1), place=e_raq[0], time=t_28, quantities=[q300, q30])
p_notify = g.prop("other", [("agent", None, "RUS"), ("partner", e_us, "USA")], ("إبلاغ", 1))
p_nayef = g.prop("control", [("agent", e_nayef, "ISIS")], ("يسيطر", 1), place=e_sukh)
p_syr = g.prop("casualties", [("agent", e_saf, "SYR"), ("target", eid(g, "البغدادي", 1, "تفيد بمقتل"), "ISIS")],
               ("مقتل", 1, "تفيد ب"), place=e_raqc, time=t_days)
p_dmg = g.prop("shelling", [], ("قذائف", 1), place=eid(g, "الرقة", 1, "هزت معقله في"))
g.claim(p_strike, "author")
g.claim(p_strike, s1)
g.claim(p_strike, s2)
g.claim(p_strike, s5)
g.claim(p_bag, s_head, "affirm", "possible")
g.claim(p_bag, s1, "affirm", "possible")
c_min = g.claim(p_bag, s3)
g.claim(p_bag, s4, "affirm", "possible")
g.claim(p_300, s4)
g.claim(p_300, s6)
g.claim(p_notify, "author")
g.claim(p_nayef, s6)
c_news = g.claim(p_syr, s9)
g.claim(p_syr, s8)
g.claim(p_dmg, s10)
g.contra(c_min, c_news, "unaffiliated", None, "incompatible",
         "The Russian defence ministry says Baghdadi was killed in its 28 May strike; reports carried by the Mirror say a Syrian air raid on Raqqa killed him.")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
