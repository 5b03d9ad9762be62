"""Gold analysis of unifiedfc R-99 article 2 (Asharq Al-Awsat, Friday 2017-12-22): a US drone strike in
Marib kills AQAP's media chief; background on AQAP in Yemen and US strikes in 2017.

Judgement calls:
- Not the Syrian war but armed-conflict news (US strikes in Yemen); annotated, as the Iraqi conflict
  articles were.
- Body starts after the triplicated headline, the date/issue line and the "تعز : الشرق الأوسط"
  dateline. "مساء الأربعاء" and "أول من أمس ( الأربعاء )" = 2017-12-20.
- Parties: AQAP/AQ get "AQ"; US forces "USA"; the Yemeni government "YEM"; the Houthis "HOUTHI";
  the Saudi-led coalition "SAU".
- The first strike (4 killed including Abu Hajer al-Makki) is claimed by tribal sources and by AFP's
  sources; the second strike (2 killed) by the author.
- Washington's fear of AQAP attacks on US soil (possible) and the US saying AQAP plans them (intended,
  embedded in the officials' statement) are one attack proposition.
- "التي يرجح أن تكون بغالبيتها نفذت بواسطة طائرات مسي رة" has no speaker: no statement.
- The coalition-backed liberation of areas of Hadramawt, Abyan, Shabwa and al-Dhale: support + capture
  (author), with AQAP's earlier control (control, past).
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, a1):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": a1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY", None))
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place=gn(2017370, "Russia", 60.0, 100.0, "RU", None))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ", None))
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place=gn(298795, "Turkey", 39.0, 35.0, "TR", None))
USA_ = dict(canonical="United States", actor="USA", party="USA", role="government", place=gn(6252001, "United States", 39.76, -98.5, "US", None))
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place=gn(130758, "Iran", 32.0, 53.0, "IR", None))
MOSCOW = dict(canonical="Moscow", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))
SOCHI = dict(canonical="Sochi", place=gn(491422, "Sochi", 43.59699, 39.72477, "RU", "Krasnodar Krai"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
ABU = dict(canonical="Abu Kamal", place=gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
KREMLIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-99-2", "outlet": "الشرق الأوسط", "published": "2017-12-22", "url": None, "title": None})
AQAP = dict(actor="AQ.AQAP", party="AQ", role="armed_group", canonical="Al-Qaeda in the Arabian Peninsula")
AQ = dict(actor="AQ", party="AQ", role="armed_group", canonical="Al-Qaeda")
USMIL = dict(actor="USA.MIL", party="USA", role="military")
YEMEN = dict(canonical="Yemen", place=gn(69543, "Yemen", 15.5, 47.5, "YE", None))
MARIB = dict(canonical="Marib", place=named("Marib Governorate", "YE", "Marib"))
CENTCOM = dict(canonical="US Central Command", **USMIL)
def gov(ar, en):
    return g.ent(ar, "GPE", 1, canonical=en, place=named(en, "YE", en))

e_aqap1 = g.ent("تنظيم \" القاعدة في جزيرة العرب \"", "ORG", **AQAP)
e_drone1 = g.ent("طائرة أميركية من دون طيار", "ORG", nominal=True, canonical="US drone", **USMIL)
e_marib1 = g.ent("مأرب", "GPE", 1, **MARIB)
g.ent("صنعاء", "GPE", canonical="Sanaa", place=gn(71137, "Sanaa", 15.35452, 44.20646, "YE", "Sanaa"))
e_trib = g.ent("مصادر قبلية", "PER", nominal=True, canonical="Tribal sources")
e_afp = g.ent("وكالة الصحافة الفرنسية", "ORG", actor="AFP", party=None, role="media", canonical="Agence France-Presse")
e_src = g.ent("مصادر", "PER", 2, nominal=True, canonical="Unnamed sources")
e_abuh = g.ent("أبو هاجر المكي", "PER", **{**AQAP, "canonical": "Abu Hajer al-Makki"})
e_wadi = g.ent("مديرية وادي عبيدة", "GPE", canonical="Wadi Abida", place=named("Wadi Abida", "YE", "Marib"))
g.ent("مأرب", "GPE", 2, **MARIB)
e_aqap2 = g.ent("التنظيم الإرهابي", "ORG", 1, nominal=True, **AQAP)
e_drone2 = g.ent("طائرة من دون طيار", "ORG", 1, after="بضربة جوية ثانية", nominal=True, canonical="US drone", **USMIL)
e_aq1 = g.ent("تنظيم القاعدة", "ORG", 1, **AQ)
e_yem1 = g.ent("اليمن", "GPE", 1, **YEMEN)
e_hou = g.ent("الحوثيين", "ORG", actor="HOUTHI", party="HOUTHI", role="armed_group", canonical="Houthis")
e_coal = g.ent("تحالف دعم الشرعية في اليمن", "ORG", actor="SAU.COALITION", party="SAU", role="military", canonical="Saudi-led coalition")
e_ygov = g.ent("الحكومة اليمنية", "ORG", actor="YEM.GOV", party="YEM", role="government", canonical="Yemeni government")
e_had = gov("حضرموت", "Hadramawt")
gov("أبين", "Abyan")
g.ent("شبوة", "GPE", 1, canonical="Shabwa", place=named("Shabwa", "YE", "Shabwa"))
gov("الضالع", "Al Dhale")
e_aqap3 = g.ent("التنظيم الإرهابي", "ORG", 2, nominal=True, **AQAP)
g.ent("قوات أمنية", "ORG", nominal=True, actor="YEM.MIL", party="YEM", role="military", canonical="Yemeni security forces")
e_was = g.ent("واشنطن", "GPE", canonical="Washington", actor="USA.GOV", party="USA", role="government",
              place=gn(4140963, "Washington", 38.89511, -77.03637, "US", "DC"))
g.ent("تنظيم القاعدة في جزيرة العرب", "ORG", 1, after="وتعتبر واشنطن", **AQAP)
g.ent("تنظيم القاعدة", "ORG", 3, **AQ)
g.ent("التنظيم", "ORG", 1, after="إزاء تعزيز", nominal=True, **AQAP)
g.ent("اليمن", "GPE", 3, **YEMEN)
e_aq4 = g.ent("تنظيم القاعدة", "ORG", 4, **AQ)
e_usf1 = g.ent("القوات الأميركية", "ORG", 1, canonical="US forces", **USMIL)
e_yem4 = g.ent("اليمن", "GPE", 4, **YEMEN)
g.ent("دونالد ترمب", "PER", actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
e_off = g.ent("مسؤولون", "PER", 1, nominal=True, actor="USA.GOV", party="USA", role="government", canonical="US officials")
e_off2 = g.ent("المسؤولون", "PER", 1, nominal=True, actor="USA.GOV", party="USA", role="government", canonical="US officials")
e_aq5 = g.ent("تنظيم القاعدة", "ORG", 5, **AQ)
e_us = g.ent("الولايات المتحدة", "GPE", **USA_)
e_pent = g.ent("البنتاغون", "ORG", canonical="Pentagon", **USMIL)
e_isy = g.ent("تنظيم داعش", "ORG", **{**ISIS, "canonical": "Islamic State (Yemen branch)"})
e_usf2 = g.ent("القوات الأميركية", "ORG", 2, canonical="US forces", **USMIL)
e_brown = g.ent("الكولونيل إيرل براون", "PER", canonical="Earl Brown", **USMIL)
g.ent("القيادة العسكرية المركزية الأميركية", "ORG", 1, **CENTCOM)
e_cent2 = g.ent("القيادة العسكرية المركزية الأميركية", "ORG", 2, **CENTCOM)
e_bay = g.ent("محافظة البيضاء", "GPE", canonical="Al Bayda", place=named("Al Bayda Governorate", "YE", "Al Bayda"))
g.ent("اليمن", "GPE", 5, **YEMEN)
e_adani = g.ent("مجاهد العدني", "PER", **{**AQAP, "canonical": "Mujahid al-Adani"})
g.ent("تنظيم القاعدة", "ORG", 6, **AQ)
g.ent("محافظة شبوة", "GPE", canonical="Shabwa", place=named("Shabwa", "YE", "Shabwa"))

t_wed = g.time("مساء الأربعاء", "2017-12-20", "part_of_day", "at")
t_20y = g.time("منذ عقدين", None, "vague", "since")
t_2014 = g.time("في العام 2014", "2014", "year", "at")
g.time("خلال السنوات الأخيرة", None, "vague", "before")
t_2017 = g.time("في العام 2017", "2017", "year", "at")
g.time("أول من أمس ( الأربعاء )", "2017-12-20", "day", "at")
t_nov = g.time("في 20 نوفمبر ( تشرين الثاني ) الماضي", "2017-11-20", "day", "at")

q4 = g.qty("أربعة مسلحين", 4, "people", "killed")
q2 = g.qty("عنصران آخران", 2, "people", "killed")
q120 = g.qty("أكثر من 120 غارة جوية", 120, "strikes")

s1 = g.stmt(("مصادر قبلية", 1, None, e_trib), ("أفادت", 1), "assert",
            ("قتل المسؤول عن الدعاية الإعلامية لتنظيم \" القاعدة في جزيرة العرب \" في غارة نفذتها طائرة أميركية من دون طيار في مأرب شرق صنعاء", 1))
s2 = g.stmt(("مصادر", 2, None, e_src), ("نقلت", 1), "assert",
            ("أبو هاجر المكي , وهو سعودي الجنسية , كان من بين أربعة مسلحين قتلوا مساء الأربعاء في الغارة التي استهدفت سيارة رباعية الدفع في مديرية وادي عبيدة في مأرب", 1),
            via=[("وكالة الصحافة الفرنسية", 1, None, e_afp)])
s3 = g.stmt(("واشنطن", 1, None, e_was), ("تعتبر", 1), "assert",
            ("تنظيم القاعدة في جزيرة العرب أخطر فروع تنظيم القاعدة في العالم", 1))
s4 = g.stmt(("واشنطن", 1, None, e_was), ("تبدي قلقها", 1), "assert",
            ("تعزيز التنظيم نفوذه مستفيدا من الفوضى الناجمة عن النزاع المسلح في اليمن", 1))
s5 = g.stmt(("واشنطن", 1, None, e_was), ("تخشى", 1), "estimate",
            ("هجمات لتنظيم القاعدة على الأراضي الأميركية", 1))
s6 = g.stmt(("مسؤولون", 1, None, e_off), ("أعلن", 1, "بحسب ما"), "assert",
            ("في العام 2017 , شنت القوات الأميركية أكثر من 120 غارة جوية ضد عناصر التنظيمات الإرهابية في اليمن في إطار حملة تعززت مع وصول دونالد ترمب إلى سدة الرئاسة الأميركية", 1))
s7 = g.stmt(("المسؤولون", 1, None, e_off2), ("قال", 1, "وقال المسؤولون"), "assert",
            ("غالبية الغارات الجوية استهدفت تنظيم القاعدة الذي تقول الولايات المتحدة إنه يخطط لتنفيذ اعتداءات على أراضيها", 1))
s7a = g.stmt(("الولايات المتحدة", 1, None, e_us), ("تقول", 1, "الذي"), "assert",
             ("يخطط لتنفيذ اعتداءات على أراضيها", 1), embedded_in=s7)
s8 = g.stmt(("الكولونيل إيرل براون", 1, None, e_brown), ("قال", 1, "وقال الكولونيل"), "assert",
            ("لقد ساعدت هذه العمليات في القضاء على شبكات إرهابية , وجعلت جمع المعلومات الاستخبارية , والاستهداف اللاحق ومتابعة العمليات أكثر إنتاجية وفاعلية", 1),
            direct=True)
s9 = g.stmt(("القيادة العسكرية المركزية الأميركية", 2, None, e_cent2), ("أعلنت", 1, "وأعلنت القيادة"), "assert",
            ("غارات أميركية على محافظة البيضاء في وسط اليمن أدت في 20 نوفمبر ( تشرين الثاني ) الماضي إلى مقتل مجاهد العدني , القيادي في تنظيم القاعدة والآتي من محافظة شبوة المجاورة", 1))

A = "author"
def ev(typ, actors, trig, place=None, time=None, qs=(), by=(A,), mod="actual"):
    p = g.prop(typ, actors, trig, place=place, time=time, quantities=qs)
    for b in by:
        g.claim(p, b, "affirm", mod)
    return p
ev("airstrike", [("agent", e_drone1, "USA"), ("target", e_aqap1, "AQ")], ("غارة", 1), e_wadi, t_wed, [q4], by=(s1, s2))
ev("airstrike", [("agent", e_drone2, "USA"), ("target", e_aqap2, "AQ")], ("بضربة جوية ثانية", 1), e_wadi, t_wed, [q2])
ev("deployment", [("agent", e_aq1, "AQ")], ("ينتشر", 1), e_yem1, t_20y)
ev("other", [("agent", e_hou, "HOUTHI"), ("target", None, "YEM")], ("انقلاب", 1), e_yem1, t_2014)
ev("support", [("agent", e_coal, "SAU"), ("partner", e_ygov, "YEM")], ("دعم الحكومة اليمنية", 1))
ev("capture", [("agent", e_ygov, "YEM"), ("partner", e_coal, "SAU"), ("target", e_aqap3, "AQ")], ("بتحرير", 1), e_had)
ev("control", [("agent", e_aqap3, "AQ")], ("يسيطر", 1), e_had)
p_att = g.prop("attack", [("agent", e_aq4, "AQ"), ("target", e_us, "USA")], ("هجمات", 1, "وتخشى من"))
g.claim(p_att, s5, "affirm", "possible")
g.claim(p_att, s7a, "affirm", "intended")
ev("airstrike", [("agent", e_usf1, "USA"), ("target", e_aq5, "AQ")], ("غارة جوية", 1, "أكثر من 120"), e_yem4, t_2017, [q120], by=(s6, s7))
ev("airstrike", [("agent", e_pent, "USA"), ("target", e_isy, "ISIS")], ("ضربات", 1, "كذلك نفذ البنتاغون"), e_yem4, t_2017)
ev("attack", [("agent", e_usf2, "USA")], ("العمليات الميدانية", 1), e_yem4, t_2017, by=(A, s8))
ev("airstrike", [("agent", None, "USA"), ("target", e_adani, "AQ")], ("غارات أميركية", 1), e_bay, t_nov, by=(s9,))

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
