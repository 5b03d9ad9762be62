"""Gold analysis of V-696 article 7 (Sky News Arabia; undated, estimated 2017-03-07, the Tuesday the army took
the al-Khafsa pumping station): the Syrian army, with Russian support, retakes the water pumping station
feeding Aleppo from ISIS. Judgement calls: the body starts at the second copy of the headline. The
station and the town are separate capture propositions (SOHR names both; the author only the station).
«بعد طرد تنظيم داعش منها» and SOHR's «بعد انسحاب تنظيم داعش» are one ISIS withdrawal (forced).
«بدعم روسي» is a `support` proposition. SOHR's «وفق المرصد» covers the whole paragraph-5 sentence
(the offensive since mid-January and the 120 villages). The AFP security source predicts a tightening
noose (`siege`, possible) and ISIS's withdrawal (possible); it does not contradict anything. The
headline's «شريان حياة حلب» refers to the station; «حلب» there is the city."""
import sys
from annot import Gold

def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
C = {"SY": gn(163843, "Syria", 35.0, 38.0, "SY"), "IQ": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
     "RU": gn(2017370, "Russia", 60.0, 100.0, "RU"), "TR": gn(298795, "Turkey", 39.0, 35.0, "TR"),
     "IR": gn(130758, "Iran", 32.0, 53.0, "IR"), "US": gn(6252001, "United States", 39.76, -98.5, "US"),
     "QA": gn(289688, "Qatar", 25.5, 51.25, "QA"), "IL": gn(294640, "Israel", 31.5, 34.75, "IL"),
     "JO": gn(248816, "Jordan", 31.0, 36.0, "JO"), "LB": gn(272103, "Lebanon", 33.83, 35.83, "LB"),
     "SA": gn(102358, "Saudi Arabia", 25.0, 45.0, "SA"), "FR": gn(3017382, "France", 46.0, 2.0, "FR"),
     "GB": gn(2635167, "United Kingdom", 54.75, -2.7, "GB"), "DE": gn(2921044, "Germany", 51.5, 10.5, "DE")}
SYRIA = dict(canonical="Syria", place=C["SY"])
def STATE(iso3, cc, name):
    return dict(canonical=name, actor=iso3, party=iso3, role="government", place=C[cc])
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
def MEDIA(aid, canonical, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canonical)
def every(g, s, typ, skip=(), **kw):
    """Every whole-word occurrence of s as an entity (skip: occurrence numbers covered by a longer mention)."""
    ids, n = [], 1
    while True:
        try:
            g.span(s, n)
        except AssertionError:
            return ids
        if n not in skip:
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-696-7", "outlet": "سكاي نيوز عربية", "published": "2017-03-07", "url": None, "title": None})
STATION = dict(canonical="Al-Khafsa water pumping station", place=named("Al-Khafsa pumping station", "SY", "Aleppo"))
EAL = dict(canonical="Eastern Aleppo countryside", place=named("Eastern Aleppo countryside", "SY", "Aleppo"))
SOHR = dict(actor="SOHR", party=None, role="other", canonical="Syrian Observatory for Human Rights")
KHAFSA = dict(canonical="Al-Khafsa", place=named("Al-Khafsa", "SY", "Aleppo"))

SA = every(g, "الجيش السوري", "ORG", **SYRMIL)
g.ent("الجيش", "ORG", 4, **SYRMIL)
ISD = every(g, "داعش", "ORG", **ISIS)
AL = every(g, "حلب", "GPE", skip=(3, 4, 5), **ALEPPO)
EA = every(g, "ريف حلب الشرقي", "LOC", **EAL)
ST = [g.ent("محطة ضخ للمياه", "FAC", **STATION), g.ent("محطة ضخ المياه", "FAC", 1, **STATION),
      g.ent("محطة ضخ المياه", "FAC", 2, **STATION)]
g.ent("سوريا", "GPE", 1, **SYRIA)
e_sohr = g.ent("المرصد السوري لحقوق الإنسان", "ORG", **SOHR)
e_rami = g.ent("رامي عبد الرحمن", "PER", canonical="Rami Abdulrahman", actor="SOHR", party=None, role="other")
e_reg = g.ent("قوات النظام", "ORG", **SYRMIL)
KH = every(g, "الخفسة", "GPE", **KHAFSA)
g.ent("نهر الفرات", "LOC", canonical="Euphrates", place=named("Euphrates River", None))
e_govf = g.ent("القوات الحكومية", "ORG", **SYRMIL)
e_jarrah = g.ent("مطار الجراح العسكري", "FAC", canonical="Al-Jarrah Air Base", place=named("Al-Jarrah Air Base", "SY", "Aleppo"))
e_dh = g.ent("دير حافر", "GPE", canonical="Deir Hafer", place=gn(170785, "Dayr Ḩāfir", 36.15694, 37.70778, "SY", "Aleppo"))
e_sohr2 = g.ent("المرصد", "ORG", 2, nominal=True, **SOHR)
e_afp = g.ent("فرانس برس", "ORG", **MEDIA("AFP", "Agence France-Presse"))
e_sec = g.ent("مصدر أمني سوري", "PER", nominal=True, actor="SYR.MIL", party="SYR", role="military", canonical="Syrian security source")

t_tue = g.time("الثلاثاء", "2017-03-07", "day", "at", 1)
t_2014 = g.time("منذ العام 2014", "2014", "year", "since")
t_tuem = g.time("صباح الثلاثاء", "2017-03-07", "part_of_day", "at")
t_jan = g.time("منذ منتصف يناير", "2017-01", "month", "since")
g.time("الثلاثاء", "2017-03-07", "day", "at", 1, after="مصدر أمني سوري")
q120 = g.qty("أكثر من 120 قرية وبلدة", 120, "villages")

s_rami = g.stmt(("رامي عبد الرحمن", 1, None, e_rami), ("قال", 1), "assert",
                ("استعادت قوات النظام السيطرة على بلدة الخفسة وعلى محطة ضخ المياه الواقعة على أطرافها في ريف حلب الشرقي , بعد انسحاب تنظيم داعش منها تحت وابل من القصف والغارات السورية والروسية", 1),
                direct=True)
s_sohr = g.stmt(("المرصد", 2, None, e_sohr2), ("وفق", 1), "assert",
                ("بسيطرته على محطة ضخ المياه , يكون الجيش السوري قد حقق هدفه من هجوم واسع بدأه بدعم روسي منذ منتصف يناير في ريف حلب الشرقي وتمكن بموجبه من طرد مسلحي داعش من أكثر من 120 قرية وبلدة", 1))
s_sec = g.stmt(("مصدر أمني سوري", 1, None, e_sec), ("قوله إن", 1), "assert",
               ("تقدم الجيش \" سيسهم في تضييق الخناق على تنظيم داعش ووضعه في ظروف صعبة وتجعل عملية انسحابه والهروب ( من المنطقة ) مسألة وقت لا أكثر", 1),
               via=[("فرانس برس", 1, None, e_afp)])

p_st = g.prop("capture", [("agent", SA[1], "SYR"), ("target", ISD[0], "ISIS")], ("سيطر", 1), place=ST[0], time=t_tue)
p_kh = g.prop("capture", [("agent", e_reg, "SYR"), ("target", ISD[1], "ISIS")], ("استعادت", 1), place=KH[0], time=t_tue)
p_wd = g.prop("withdrawal", [("agent", ISD[0], "ISIS")], ("طرد", 1), place=ST[0], time=t_tue)
p_bomb = g.prop("airstrike", [("agent", None, "SYR"), ("agent", None, "RUS"), ("target", ISD[1], "ISIS")], ("الغارات", 1), place=KH[0])
p_rus = g.prop("support", [("agent", None, "RUS"), ("partner", SA[1], "SYR")], ("بدعم روسي", 1))
p_isctl = g.prop("control", [("agent", ISD[2], "ISIS")], ("يسيطر", 1), place=KH[1], time=t_2014)
p_adv = g.prop("advance", [("agent", e_govf, "SYR")], ("تقدمت", 1), place=KH[1], time=t_tuem)
p_jar = g.prop("control", [("agent", ISD[3], "ISIS")], ("تحت سيطرة", 1), place=e_jarrah, time=t_tue)
p_dh = g.prop("control", [("agent", ISD[3], "ISIS")], ("تحت سيطرة", 1), place=e_dh, time=t_tue)
p_off = g.prop("attack", [("agent", SA[2], "SYR"), ("target", ISD[4], "ISIS")], ("هجوم واسع", 1), place=EA[1], time=t_jan, quantities=[q120])
p_noose = g.prop("siege", [("agent", None, "SYR"), ("target", ISD[5], "ISIS")], ("تضييق الخناق", 1))
p_flee = g.prop("withdrawal", [("agent", ISD[5], "ISIS")], ("انسحابه", 1))
p_air2 = g.prop("airstrike", [("agent", None, "SYR"), ("agent", None, "RUS")], ("غارات", 1, "ويتزامن"), place=EA[2])
p_disp = g.prop("displacement", [], ("النزوح", 1), place=EA[2])

g.claim(p_st, "author")
g.claim(p_st, s_rami)
g.claim(p_st, s_sohr)
g.claim(p_kh, s_rami)
g.claim(p_wd, "author")
g.claim(p_wd, s_rami)
g.claim(p_bomb, s_rami)
g.claim(p_rus, "author")
g.claim(p_rus, s_sohr)
g.claim(p_isctl, "author")
g.claim(p_adv, "author")
g.claim(p_jar, "author")
g.claim(p_dh, "author")
g.claim(p_off, s_sohr)
g.claim(p_off, "author")
g.claim(p_noose, s_sec, "affirm", "possible")
g.claim(p_flee, s_sec, "affirm", "possible")
g.claim(p_air2, "author")
g.claim(p_disp, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
