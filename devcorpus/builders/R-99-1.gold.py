"""Gold analysis of R-99 article 1 (Elaph, AFP copy, 2017-12-08, a Friday): US strikes killed five al-Qaeda
members, among them local commander Mujahid al-Adani, in al-Bayda, Yemen, on 20 November.
Judgement calls: Yemen, not Syria, but conflict news, so annotated. The body starts at the second copy of
the headline, so the truncated AFP tag «أ .» and the crumb «/ مواضيع ذات صلة :» fall inside it. AQAP and
its names are party «AQAP»; the Houthis («المتمردين الشيعة») «HOUTHI»; the Yemeni government YEM; the
Saudi-led coalition SAU. The quoted description of al-Adani (paragraph 4) has no reporting verb; it is
read as the author relaying CENTCOM's statement in his own voice (author claims). «تعتبر واشنطن» is a
statement of Washington (assessment). The Saudi-led intervention is `deployment`; the war between the
government and the Houthis is `clash`."""
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
g = Gold(text, {"id": "R-99-1", "outlet": "إيلاف", "published": "2017-12-08", "url": None, "title": None})
AQAP = dict(actor="AQAP", party="AQAP", role="armed_group", canonical="Al-Qaeda in the Arabian Peninsula")
AQ = dict(actor="AQ", party="AQAP", role="armed_group", canonical="Al-Qaeda")
YEMEN = dict(canonical="Yemen", place=named("Yemen", "YE"))
USMIL = dict(actor="USA.MIL", party="USA", role="military", canonical="US Central Command")
SAUDI = STATE("SAU", "SA", "Saudi Arabia")

e_aq0 = g.ent("القاعدة", "ORG", 1, **AQ)
e_ye0 = g.ent("اليمن", "GPE", 1, **YEMEN)
e_usoff = g.ent("مسؤولون عسكريون أميركيون", "PER", nominal=True, **{**USMIL, "canonical": "US military officials"})
e_aq1 = g.ent("تنظيم القاعدة", "ORG", 1, **AQ)
g.ent("اليمن", "GPE", 2, **YEMEN)
e_cent = g.ent("القيادة العسكرية المركزية الأميركية", "ORG", **USMIL)
e_bayda = g.ent("محافظة البيضاء", "GPE", canonical="Al Bayda Governorate", place=named("Al Bayda Governorate", "YE"))
g.ent("اليمن", "GPE", 3, **YEMEN)
e_adani = g.ent("مجاهد العدني", "PER", **{**AQAP, "canonical": "Mujahid al-Adani"})
g.ent("تنظيم القاعدة في شبه جزيرة العرب", "ORG", **AQAP)
g.ent("محافظة شبوة", "GPE", canonical="Shabwah Governorate", place=named("Shabwah Governorate", "YE"))
g.ent("العدني", "PER", 1, after="والعدني", **{**AQAP, "canonical": "Mujahid al-Adani"})
g.ent("محمد شكري", "PER", **{**AQAP, "canonical": "Mujahid al-Adani"})
e_aq4 = g.ent("تنظيم القاعدة في جزيرة العرب", "ORG", **AQAP)
e_aden = g.ent("عدن", "GPE", canonical="Aden", place=named("Aden", "YE"))
e_yemf = g.ent("القوات اليمنية", "ORG", actor="YEM.MIL", party="YEM", role="military", canonical="Yemeni government forces")
e_coal = g.ent("قوات التحالف", "ORG", actor="SAU.COAL", party="SAU", role="military", canonical="Saudi-led coalition")
e_wash = g.ent("واشنطن", "GPE", canonical="Washington", actor="USA", party="USA", role="government", place=named("Washington, D.C.", "US"))
g.ent("فرع القاعدة في اليمن", "ORG", **AQAP)
g.ent("قاعدة الجهاد في شبه جزيرة العرب", "ORG", **AQAP)
g.ent("تنظيم القاعدة", "ORG", 4, **AQ)
e_us = g.ent("الولايات المتحدة", "GPE", **STATE("USA", "US", "United States"))
g.ent("الرئيس الاميركي", "PER", nominal=True, actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
g.ent("دونالد ترامب", "PER", actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
e_aq7 = g.ent("تنظيم القاعدة", "ORG", 5, **AQ)
e_yegov = g.ent("الحكومة", "ORG", 1, after="الحرب بين", nominal=True, actor="YEM.GOV", party="YEM", role="government", canonical="Government of Yemen")
e_sa1 = g.ent("السعودية", "GPE", 1, **SAUDI)
e_hou = g.ent("المتمردين الشيعة", "ORG", nominal=True, actor="HOUTHI", party="HOUTHI", role="armed_group", canonical="Houthis")
e_ye5 = g.ent("اليمن", "GPE", 5, **YEMEN)
e_scoal = g.ent("تحالف عسكري", "ORG", nominal=True, actor="SAU.COAL", party="SAU", role="military", canonical="Saudi-led coalition")
g.ent("السعودية", "GPE", 2, **SAUDI)
e_is = g.ent("تنظيم الدولة الإسلامية", "ORG", **ISIS)
g.ent("لقاعدة", "ORG", 1, after="الغريم الجهادي", **AQ)  # للقاعدة
e_ye6 = g.ent("اليمن", "GPE", 6, **YEMEN)
g.ent("شبه الجزيرة العربية", "LOC", canonical="Arabian Peninsula", place=named("Arabian Peninsula", None))

t_fri = g.time("الجمعة", "2017-12-08", "day", "at", 1)
t_endnov = g.time("نهاية تشرين الثاني / نوفمبر الفائت", "2017-11", "month", "at")
t_20 = g.time("في 20 تشرين الثاني / نوفمبر الفائت", "2017-11-20", "day", "at")
t_2017 = g.time("مطلع العام الجاري", "2017-01", "month", "at")
t_2015 = g.time("في اذار / مارس 2015", "2015-03", "month", "at")
q5a = g.qty("خمسة من عناصر", 5, "people", "killed", 1)
q5b = g.qty("خمسة من عناصر", 5, "people", "killed", 2)
q8700 = g.qty("أكثر من 8700 شخص", 8700, "people", "killed")

s_off = g.stmt(("مسؤولون عسكريون أميركيون", 1, None, e_usoff), ("أعلن", 1), "assert",
               ("غارات جوية أميركية قتلت خمسة من عناصر تنظيم القاعدة من بينهم قائد محلي في وسط اليمن نهاية تشرين الثاني / نوفمبر الفائت", 1))
s_cent = g.stmt(("القيادة العسكرية المركزية الأميركية", 1, None, e_cent), ("ذكرت", 1), "assert",
                ("الغارات وقعت في 20 تشرين الثاني / نوفمبر الفائت في محافظة البيضاء في وسط اليمن وأن من بين القتلى مجاهد العدني , القيادي في تنظيم القاعدة في شبه جزيرة العرب والآتي من محافظة شبوة المجاورة", 1),
                medium=("بيان", 1))
s_wash = g.stmt(("واشنطن", 1, None, e_wash), ("تعتبر", 1), "assert",
                ("فرع القاعدة في اليمن - \" قاعدة الجهاد في شبه جزيرة العرب \" - اخطر فروع تنظيم القاعدة في العالم", 1))

p_strike = g.prop("airstrike", [("agent", None, "USA"), ("target", e_aq1, "AQAP")], ("غارات جوية", 1), place=e_bayda, time=t_20, quantities=[q5a, q5b])
p_adani = g.prop("casualties", [("agent", None, "USA"), ("target", e_adani, "AQAP")], ("القتلى", 1), place=e_bayda, time=t_20)
p_role = g.prop("other", [("agent", e_aq4, "AQAP")], ("شغل منصب", 1), place=e_aden)
p_att = g.prop("attack", [("agent", e_aq4, "AQAP"), ("target", e_yemf, "YEM"), ("target", e_coal, "SAU")], ("الهجمات", 1))
p_drones = g.prop("airstrike", [("agent", e_us, "USA")], ("غاراتها", 1), time=t_2017)
p_war = g.prop("clash", [("agent", e_yegov, "YEM"), ("agent", e_hou, "HOUTHI")], ("الحرب", 1), place=e_ye5)
p_sasup = g.prop("support", [("agent", e_sa1, "SAU"), ("partner", e_yegov, "YEM")], ("تدعمها", 1))
p_expl = g.prop("other", [("agent", e_aq7, "AQAP")], ("لتعزيز نفوذه", 1), place=e_ye5)
p_dead = g.prop("casualties", [], ("قتل", 1, "جنوب اليمن"), time=t_2015, quantities=[q8700])
p_interv = g.prop("deployment", [("agent", e_scoal, "SAU")], ("تدخل", 1), time=t_2015)
p_isatt = g.prop("attack", [("agent", e_is, "ISIS")], ("اعتداءات", 1), place=e_ye6)

g.claim(p_strike, "author")
g.claim(p_strike, s_off)
g.claim(p_strike, s_cent)
g.claim(p_adani, s_cent)
for p in (p_role, p_att, p_drones, p_war, p_sasup, p_expl, p_dead, p_interv, p_isatt):
    g.claim(p, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
