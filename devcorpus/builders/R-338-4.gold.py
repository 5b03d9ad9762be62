"""Gold analysis of R-338 article 4 (Al-Masdar, 2016-02-24): Putin phones Assad, King Salman, Rouhani and
Netanyahu about the US-Russian Syria ceasefire; Kremlin readouts; Khaled Khoja and the Saudi position.

Judgement calls:
- Body: the second headline copy with the subtitle, date line and captions, to the last sentence.
- «الأخير» (Assad) «أك د» = confirm; the Kremlin officials' readouts and «الناطق باسم بوتين» are
  statements; «اعترف» = acknowledge; «ورد أيضا عن الناطق» = assert.
- The ceasefire agreement (US-Russia) is one proposition, asserted by the author and affirmed by Assad's
  commitment and the Saudi king's welcome (via Putin's spokesman).
- Khoja's «إذا فشلت المهمة فإن الولايات المتحدة ستزيد من دعم الثوار» = possible support. Riyadh's
  «أعربت ... عن استعدادها للتدخل البري» = intended deployment; «طرحت ... فكرة تزويد الثوار بصواريخ»
  = possible support. The Saudi kingdom's «تدعو إلى إسقاط النظام السوري» = demand statement.
- «ويمكن التقدير» is the author's own reading, not a claim on an event. No contradictions.
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
g = Gold(text, {"id": "R-338-4", "outlet": "المصدر", "published": "2016-02-24", "url": None, "title": None})
PUT = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
ASSAD = dict(SYRGOV, canonical="Bashar al-Assad")
SALMAN = dict(actor="SAU.GOV", party="SAU", role="government", canonical="King Salman")
ROU = dict(actor="IRN.GOV", party="IRN", role="government", canonical="Hassan Rouhani")
NET = dict(actor="ISR.GOV", party="ISR", role="government", canonical="Benjamin Netanyahu")
KREM = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin officials")
PESK = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Putin's spokesman")
USA = P("United States", actor="USA", party="USA", role="government")
AFP = dict(actor="AFP", party=None, role="media", canonical="Agence France-Presse")
ME = dict(canonical="Middle East", place=named("Middle East"))
e_put_full = every(g, "فلاديمير بوتين", "PER", **PUT)
g.ent("فلادمير بوتين", "PER", 1, **PUT)
e_kre = every(g, "مسؤولون في الكرملين", "PER", nominal=True, **KREM)
e_spk = every(g, "الناطق باسم بوتين", "PER", nominal=True, **PESK)
e_put = every(g, "بوتين", "PER", **PUT)
e_ass_full = g.ent("بشار الأسد", "PER", 1, **ASSAD)
g.ent("بشار الأسد", "PER", 2, **ASSAD)
e_ass = every(g, "الأسد", "PER", **ASSAD)
e_sal = g.ent("الملك سلمان", "PER", 1, **SALMAN)
e_king = every(g, "الملك السعودي", "PER", nominal=True, **SALMAN)
e_rou_full = g.ent("حسن روحاني", "PER", 1, **ROU)
e_rou = every(g, "روحاني", "PER", **ROU)
e_net_full = every(g, "بنيامين نتنياهو", "PER", **NET)
g.ent("نتنياهو", "PER", 1, **NET)
e_sy = every(g, "سوريا", "GPE", **P("Syria"))
e_ru = every(g, "روسيا", "GPE", **P("Russia", actor="RUS", party="RUS", role="government"))
e_us0 = g.ent("الولايات المت حدة", "GPE", 1, **USA)
e_us = every(g, "الولايات المتحدة", "GPE", **USA)
every(g, "AFP", "ORG", **AFP)
every(g, "الشرق الأوسط", "LOC", **ME)
e_dam = g.ent("دمشق", "GPE", 1, canonical="Damascus", actor="SYR.GOV", party="SYR", role="government", place=PL["Damascus"])
e_last = g.ent("الأخير", "PER", 1, nominal=True, **ASSAD)
e_isis = every(g, "داعش", "ORG", **ISIS)
e_nus = g.ent("جبهة النصرة", "ORG", 1, **HTS)
g.ent("مجلس الأمن", "ORG", 1, actor="UN", party=None, role="other", canonical="UN Security Council")
g.ent("الأمم المتحدة", "ORG", 1, actor="UN", party=None, role="other", canonical="United Nations")
e_mos = every(g, "موسكو", "GPE", canonical="Moscow", actor="RUS", party="RUS", role="government", place=PL["Moscow"])
e_rp = g.ent("الرئيس الروسي", "PER", 1, after="مكالمة هاتفية من", nominal=True, **PUT)
g.ent("Amos Ben Gershom", "PER", 1, canonical="Amos Ben Gershom")
g.ent("GPO", "ORG", 1, actor="ISR.GPO", party="ISR", role="media", canonical="Israeli Government Press Office")
e_kingdom = g.ent("مملكته السنية", "GPE", 1, nominal=True, canonical="Saudi Arabia", actor="SAU", party="SAU", role="government", place=named("Saudi Arabia", "SA"))
e_opp = g.ent("المعارضة السورية", "ORG", 1, **OPP)
e_khoja = g.ent("خالد خوجة", "PER", 1, **dict(OPP, role="other", canonical="Khaled Khoja"))
e_reb = g.ent("الثوار السوريين", "ORG", 1, nominal=True, **OPP)
e_riy = g.ent("الرياض", "GPE", 1, canonical="Riyadh", actor="SAU", party="SAU", role="government", place=gn(108410, "Riyadh", 24.68773, 46.72185, "SA"))
e_reb2 = g.ent("الثوار", "ORG", 1, after="فكرة تزويد", nominal=True, **OPP)

t_pub = g.time("24 فبراير 2016 , 18 : 38", "2016-02-24", "day", "at")
t_wed = g.time("اليوم ( الأربعاء )", "2016-02-24", "day", "at")
g.time("اليوم", "2016-02-24", "day", "at", 1, after="التي تجري")
g.time("اليوم", "2016-02-24", "day", "at", 1, after="حسن روحاني")
g.time("حتى الآن", "2016-02-24", "day", "until")

s_ass = g.stmt(("الأخير", 1, None, e_last), ("أك د", 1), "confirm",
               ("دمشق ملتزمة باتفاق وقف إطلاق النار الذي تم التوصل إليه بوساطة الولايات المتحدة وروسيا", 1))
s_k1 = g.stmt(("مسؤولون في الكرملين", 1, None, e_kre[0]), ("قال", 1), "assert",
              ("كلا الزعيمين قد وافقا على أن هناك حاجة إلى استمرار القتال ضد داعش , \" جبهة النصرة \" , وتنظيمات إرهابية أخرى مشمولة في القائمة السوداء التابعة لمجلس الأمن في الأمم المتحدة", 1))
s_sp1 = g.stmt(("الناطق باسم بوتين", 1, None, e_spk[0]), ("اعترف", 1), "acknowledge",
               ("موسكو هي الدولة الوحيدة في الغرب التي تجري اليوم مفاوضات مع الرئيس السوري وأن على الولايات المتحدة الوفاء بالتزاماتها تجاه الروس بشأن وقف إطلاق النار والتأكيد على أن تنف ذ التنظيمات السورية التي تدعمها وقف إطلاق النار", 1))
s_sp2 = g.stmt(("الناطق باسم بوتين", 2, None, e_spk[1]), ("ورد", 1), "assert",
               ("الملك السعودي تلقى بترحاب اتفاق وقف إطلاق النار في سوريا والذي توصلت إليه الولايات المتحدة وروسيا", 1))
s_k2 = g.stmt(("مسؤولون في الكرملين", 2, None, e_kre[1]), ("قال", 1, "وقف إطلاق النار في سوريا .\nوقال"), "assert",
              ("بوتين وروحاني قد وافقا على العمل معا من أجل تحقيق نظام يسعى إلى حل الأزمة السورية", 1))
s_k3 = g.stmt(("مسؤولون في الكرملين", 3, None, e_kre[2]), ("قال", 1, "تحدث معه بوتين هاتفيا"), "assert",
              ("الزعيمين قد ناقشا الوضع في الشرق الأوسط", 1))
s_sau = g.stmt(("مملكته السنية", 1, None, e_kingdom), ("تدعو", 1), "demand", ("إسقاط النظام السوري", 1))
s_kh = g.stmt(("خالد خوجة", 1, None, e_khoja), ("قال", 1, "إسقاط النظام السوري"), "assert",
              ("الحديث يجري عن وقف إطلاق النار لمدة أسبوعين وربما تكون حاجة إلى تمديدها , وإن ه إذا فشلت المهمة فإن الولايات المتحدة ستزيد من دعم الثوار السوريين", 1))
s_riy1 = g.stmt(("الرياض", 1, None, e_riy), ("أعربت", 1), "promise", ("استعدادها للتدخل البري ضد داعش", 1))
s_riy2 = g.stmt(("الرياض", 1, None, e_riy), ("طرحت", 1), "assert",
                ("فكرة تزويد الثوار بصواريخ مضاد ة للطائرات", 1))

p_cf = g.prop("agreement", [("agent", e_ru[0], "RUS"), ("agent", e_us0, "USA")], ("وقف إطلاق النار", 1), place=e_sy[0])
p_calls = g.prop("other", [("agent", e_put_full[1], "RUS")], ("أجرى", 1), time=t_wed)
p_rusint = g.prop("deployment", [("agent", e_ru[1], "RUS")], ("تتدخ ل", 1), place=e_sy[1])
p_fight = g.prop("clash", [("agent", None, "RUS"), ("agent", None, "SYR"), ("target", e_isis[0], "ISIS"), ("target", e_nus, "HTS")],
                 ("القتال", 1))
p_neg = g.prop("other", [("agent", e_mos[0], "RUS"), ("partner", None, "SYR")], ("مفاوضات", 1, "موسكو هي"))
p_usup = g.prop("support", [("agent", eid(g, "الولايات المتحدة", 1, "إذا فشلت المهمة"), "USA"), ("partner", e_reb, "SYR.OPP")], ("دعم", 1, "ستزيد من"))
p_ground = g.prop("deployment", [("agent", e_riy, "SAU"), ("target", e_isis[-1], "ISIS")], ("للتدخل البري", 1))
p_manpads = g.prop("support", [("agent", e_riy, "SAU"), ("partner", e_reb2, "SYR.OPP")], ("تزويد", 1))
g.claim(p_cf, "author")
g.claim(p_cf, s_ass)
g.claim(p_cf, s_sp2)
g.claim(p_cf, s_kh)
g.claim(p_calls, "author")
g.claim(p_rusint, "author")
g.claim(p_fight, s_k1, "affirm", "planned")
g.claim(p_neg, s_sp1)
g.claim(p_usup, s_kh, "affirm", "possible")
g.claim(p_ground, s_riy1, "affirm", "intended")
g.claim(p_manpads, s_riy2, "affirm", "possible")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
