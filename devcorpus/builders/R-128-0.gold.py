"""Gold analysis of R-128-0 (الجزيرة نت, 2017-11-15): Russian long-range bombers strike ISIS near Albukamal
(Russian MoD via RIA); Masar Press on Russian strikes and shelling in Deir ez-Zor; fighting, air strikes and
shelling in Eastern Ghouta; checkpoint closure south of Damascus.

Judgement calls:
- «وقالت وكالة الإعلام الروسية - نقلا عن وزارة الدفاع - إن ...»: source the ministry, via RIA.
- Masar Press's report is read to run through «... مما أدى إلى مقتل امرأتين» (the «كما قصفت» clause continues
  it); the artillery shelling of the displacement camp has no named agent.
- The Ghouta clashes in the lede and at the Vehicles Administration in Harasta («لليوم الثاني») are one
  `clash` proposition.
- «وفي العاصمة , استهدفت قوات النظام بعدة صواريخ دون وقوع إصابات» is garbled (object or agent missing):
  read as a rocket `shelling` in Damascus with regime forces as target and no agent.
- The artillery shelling of Hamouriyah etc. has no named agent either (the text does not say it).
- Place names: «مدينة/قرية/بلدة X» annotated as X alone; «محافظة/منطقة X» kept whole.
- No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-128-0", "outlet": "الجزيرة نت", "published": "2017-11-15", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ABU = dict(canonical="Abu Kamal", place={"geonames_id": 174448, "name": "Ālbū Kamāl", "lat": 34.45226, "lon": 40.91854, "country": "SY", "admin1": "Deir ez-Zor"})
HAR = dict(canonical="Harasta", place={"geonames_id": 169897, "name": "Ḩarastā", "lat": 33.55869, "lon": 36.36515, "country": "SY", "admin1": "Rif Dimashq"})
DOUMA = dict(canonical="Douma", place={"geonames_id": 170592, "name": "Dūmā", "lat": 33.57175, "lon": 36.4027, "country": "SY", "admin1": "Rif Dimashq"})
ARBIN = dict(canonical="Arbin", place=named("Arbin", "SY", "Rif Dimashq"))
GHOUTA = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
DAMASCUS = dict(canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
MOD = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Ministry of Defence")

e_isis0 = g.ent("تنظيم الدولة", "ORG", 1, **ISIS)
g.ent("سوريا", "GPE", 1, canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
e_isis1 = g.ent("تنظيم الدولة الإسلامية", "ORG", 1, **ISIS)
e_abu1 = g.ent("البوكمال", "GPE", 1, **ABU)
g.ent("محافظة دير الزور", "GPE", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
e_gh1 = g.ent("الغوطة الشرقية", "LOC", 1, **GHOUTA)
e_syr1 = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
e_opp1 = g.ent("المعارضة المسلحة", "ORG", 1, **OPP)
e_ria = g.ent("وكالة الإعلام الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="RIA Novosti")
e_mod = g.ent("وزارة الدفاع", "ORG", 1, **MOD)
g.ent("روسيا", "GPE", 1, canonical="Russia", actor="RUS", party="RUS", role="government", place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
g.ent("إيران", "GPE", 1, canonical="Iran", place={"geonames_id": 130758, "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IR", "admin1": None})
g.ent("العراق", "GPE", 1, canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
g.ent("التنظيم", "ORG", 1, after="ومقاتلين من", nominal=True, **ISIS)
e_mod2 = g.ent("الوزارة", "ORG", 1, after="بيان صادر عن", nominal=True, **MOD)
e_masar = g.ent("وكالة مسار برس", "ORG", actor="SYR.OPP.MED", party="SYR.OPP", role="media", canonical="Masar Press")
e_rusair = g.ent("لطيران الروسي", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian Air Force")
e_haw = g.ent("الحوايج", "GPE", canonical="Al-Hawayij", place=named("Al-Hawayij", "SY", "Deir ez-Zor"))
g.ent("البوكمال", "GPE", 2, **ABU)
e_fay = g.ent("منطقة فيضة الشويط", "LOC", canonical="Faydat al-Shuwait", place=named("Faydat al-Shuwait", "SY", "Deir ez-Zor"))
g.ent("دير الزور", "GPE", 1, after="بريف", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
e_syr2 = g.ent("قوات النظام", "ORG", 2, **SYRMIL)
e_opp2 = g.ent("المعارضة المسلحة", "ORG", 2, **OPP)
e_idara = g.ent("إدارة المركبات", "FAC", canonical="Vehicles Administration base", place=named("Vehicles Administration base", "SY", "Rif Dimashq"))
g.ent("حرستا", "GPE", 1, **HAR)
g.ent("الغوطة الشرقية", "LOC", 2, **GHOUTA)
g.ent("قوات النظام", "ORG", 3, **SYRMIL)
g.ent("الغوطة الشرقية", "LOC", 3, **GHOUTA)
e_regair = g.ent("الطيران الحربي للنظام", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Air Force")
e_douma = g.ent("دوما", "GPE", 1, **DOUMA)
g.ent("حرستا", "GPE", 2, **HAR)
g.ent("عربين", "GPE", 1, **ARBIN)
g.ent("مديرا", "GPE", canonical="Mudayra", place=named("Mudayra", "SY", "Rif Dimashq"))
g.ent("الغوطة الشرقية", "LOC", 4, **GHOUTA)
e_ham = g.ent("حمورية", "GPE", canonical="Hamouriyah", place=named("Hamouriyah", "SY", "Rif Dimashq"))
g.ent("حزة", "GPE", canonical="Hazzeh", place=named("Hazzeh", "SY", "Rif Dimashq"))
g.ent("سقبا", "GPE", canonical="Saqba", place=named("Saqba", "SY", "Rif Dimashq"))
g.ent("عربين", "GPE", 2, **ARBIN)
g.ent("دوما", "GPE", 2, **DOUMA)
g.ent("كفر بطنا", "GPE", canonical="Kafr Batna", place=named("Kafr Batna", "SY", "Rif Dimashq"))
e_cap = g.ent("العاصمة", "GPE", 1, nominal=True, **DAMASCUS)
e_syr4 = g.ent("قوات النظام", "ORG", 4, **SYRMIL)
e_syr5 = g.ent("قوات النظام", "ORG", 5, **SYRMIL)
e_chk = g.ent("حاجز ببيلا - سيدي مقداد", "FAC", canonical="Babbila-Sayyidi Miqdad checkpoint", place=named("Babbila-Sayyidi Miqdad checkpoint", "SY", "Rif Dimashq"))
g.ent("دمشق", "GPE", 1, **DAMASCUS)

t_pub = g.time("15 / 11 / 2017", "2017-11-15", "day", "at")
t_d2 = g.time("لليوم الثاني على التوالي", "2017-11-14", "day", "since")
t_d3 = g.time("لليوم الثالث على التوالي", "2017-11-13", "day", "since")
q6 = g.qty("ست قاذفات", 6, "aircraft")
q3 = g.qty("ثلاثة أشخاص", 3, "people", "killed")
q2 = g.qty("امرأتين", 2, "people", "killed")

s1 = g.stmt(("وزارة الدفاع", 1, None, e_mod), ("قالت", 1, "وقالت وكالة"), "assert",
            ("ست قاذفات روسية من طراز توبوليف - 22 إم 3 انطلقت من روسيا وحلقت فوق إيران والعراق لتنفيذ ضربة استهدفت مستودعات إمدادات ومقاتلين من التنظيم ومركبات مدرعة", 1),
            via=[("وكالة الإعلام الروسية", 1, None, e_ria)])
s2 = g.stmt(("بيان صادر عن الوزارة", 1, None, e_mod2), ("أشار", 1, "وأشار بيان"), "assert",
            ("مقاتلات سو - 30 أس أم انطلقت من قامت بتأمين تنفيذ مهمة القاذفات الإستراتيجية بالجو", 1))
s3 = g.stmt(("بيان صادر عن الوزارة", 1, None, e_mod2), ("أضاف أن", 1), "assert",
            ("كافة الطائرات الحربية الروسية عادت إلى مطاراتها بعد تنفيذ مهماتها", 1))
s4 = g.stmt(("وكالة مسار برس", 1, None, e_masar), ("أفادت", 1), "assert",
            ("بمقتل ثلاثة أشخاص وجرح آخرين في غارات للطيران الروسي على قرية الحوايج ومدينة البوكمال وريفها , كما قصفت بالمدفعية مخيما للنازحين في منطقة فيضة الشويط بريف دير الزور الشرقي مما أدى إلى مقتل امرأتين", 1))

p_bomb = g.prop("airstrike", [("agent", None, "RUS"), ("target", e_isis1, "ISIS")], ("قصفت", 1), place=e_abu1, time=t_pub, quantities=[q6])
p_clash = g.prop("clash", [("agent", e_syr1, "SYR"), ("agent", e_opp1, "SYR.OPP")], ("الاشتباكات", 1), place=e_idara, time=t_d2)
p_escort = g.prop("support", [("agent", None, "RUS")], ("بتأمين", 1), time=t_pub)
p_return = g.prop("other", [("agent", None, "RUS")], ("عادت", 1), time=t_pub)
p_rusair = g.prop("airstrike", [("agent", e_rusair, "RUS")], ("غارات", 1), place=e_haw, quantities=[q3])
p_camp = g.prop("shelling", [], ("قصفت", 1, "كما قصفت"), place=e_fay, quantities=[q2])
p_regair = g.prop("airstrike", [("agent", e_regair, "SYR")], ("غارات", 1, "وشن الطيران"), place=e_douma)
p_art = g.prop("shelling", [], ("قصف مدفعي", 1), place=e_ham)
p_rockets = g.prop("shelling", [("target", e_syr4, "SYR")], ("استهدفت", 1, "وفي العاصمة"), place=e_cap)
p_block = g.prop("siege", [("agent", e_syr5, "SYR")], ("منع", 1, "لليوم الثالث"), place=e_chk, time=t_d3)

g.claim(p_bomb, "author")
g.claim(p_bomb, s1)
g.claim(p_clash, "author")
g.claim(p_escort, s2)
g.claim(p_return, s3)
g.claim(p_rusair, s4)
g.claim(p_camp, s4)
g.claim(p_regair, "author")
g.claim(p_art, "author")
g.claim(p_rockets, "author")
g.claim(p_block, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
