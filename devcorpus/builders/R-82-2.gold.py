"""Gold analysis of R-82 article 2 (Shaam News Network; undated, estimated 2017-12-13, the Wednesday after
Putin's Monday 11 December 2017 drawdown announcement; the US official's point that Russia would then
demand a full US withdrawal fits late 2017 better than March 2016): a Russian official says Russia pulls
its aircraft from Syria but keeps its warships; the Pentagon doubts a large withdrawal.
Judgement calls: the body starts at the second copy of the headline (followed by the crumb
«متعلقات»). The headline «مسؤول روسي : :» is a statement. «أمر بأن تبقى» is Putin's order, a demand
statement embedded in the official's words; «قالت موسكو» and «إعلان موسكو» and «واشنطن تعتقد» are
embedded statements too. Putin's «إعلان ... ذلك يوم الاثنين» only points back to Moscow's announcement
and is not a separate statement. «شككت» is stance deny. Withdrawing the aircraft and withdrawing «a
large part» of the forces are separate propositions: the Pentagon's denial contradicts Moscow's
announcement of the latter (inter-party negation), not the aircraft withdrawal. Ships staying, and the
ten ships, are one `deployment` proposition."""
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
g = Gold(text, {"id": "R-82-2", "outlet": "شبكة شام الإخبارية", "published": "2017-12-13", "url": None, "title": None})
RUSOFF = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Russian official")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
BELIK = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Belik")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
COAST = dict(canonical="Syrian coast", place=named("Syrian coast", "SY"))
MOSCOW = dict(canonical="Moscow", actor="RUS", party="RUS", role="government", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))

SY = every(g, "سوريا", "GPE", **SYRIA)
e_off0 = g.ent("مسؤول روسي", "PER", 1, nominal=True, **RUSOFF)
e_off1 = g.ent("مسؤول روسي", "PER", 2, nominal=True, **RUSOFF)
PRES = every(g, "الرئيس الروسي", "PER", nominal=True, **PUTIN)
PUT = every(g, "فلاديمير بوتين", "PER", **PUTIN)
CO = every(g, "الساحل السوري", "LOC", **COAST)
g.ent("البرلمان الروسي", "ORG", actor="RUS.GOV", party="RUS", role="government", canonical="State Duma")
e_bel = g.ent("ديمتري بيليك", "PER", **BELIK)
e_fleet = g.ent("مجموعة السفن الحربية الروسية", "ORG", nominal=True, **{**RUSMIL, "canonical": "Russian Navy"})
MOS = every(g, "موسكو", "GPE", **MOSCOW)
e_is = g.ent("تنظيم الدولة", "ORG", **ISIS)
e_bel2 = g.ent("بيليك", "PER", 2, **BELIK)
e_isd = g.ent("داعش", "ORG", **ISIS)
RF = every(g, "القوات الروسية", "ORG", **RUSMIL)
g.ent("التحالف", "ORG", 1, after="لن يعوق هذا", actor="COALITION", party="USA", role="military", canonical="US-led coalition")
e_tart = g.ent("طرطوس", "GPE", canonical="Tartus", place=gn(163345, "Ţarţūs", 34.88902, 35.88659, "SY", "Tartus"))
e_dod = g.ent("وزارة الدفاع الأمريكية", "ORG", actor="USA.MIL", party="USA", role="military", canonical="US Department of Defense")
e_rcf = g.ent("لقوات الروسية المقاتلة", "ORG", **RUSMIL)  # للقوات
e_usoff = g.ent("مسؤول أمريكي", "PER", nominal=True, actor="USA.GOV", party="USA", role="government", canonical="US official")
e_wash = g.ent("واشنطن", "GPE", canonical="Washington", actor="USA", party="USA", role="government", place=named("Washington, D.C.", "US"))
e_rus = g.ent("روسيا", "GPE", **STATE("RUS", "RU", "Russia"))
e_usf = g.ent("القوات الأمريكية", "ORG", actor="USA.MIL", party="USA", role="military", canonical="US forces")

t_wed = g.time("اليوم الأربعاء", "2017-12-13", "day", "at")
t_indef = g.time("حتى أجل غير مسمى", None, "vague", "until")
t_mon = g.time("يوم الاثنين", "2017-12-11", "day", "at")
t_earlier = g.time("في وقت سابق", None, "vague", "before")
t_later = g.time("بعد حين", None, "vague", "after")
q10 = g.qty("عشر سفن", 10, "ships")

s_head = g.stmt(("مسؤول روسي", 1, None, e_off0), (":", 1), "assert", ("سنسحب طائرتنا من سوريا ونبقي السفن الحربية", 1))
s_rev = g.stmt(("مسؤول روسي", 2, None, e_off1), ("كشف", 1), "assert",
               ("الرئيس الروسي , \" فلاديمير بوتين \" , سحب الطائرات من سوريا , ولكنه أمر بأن تبقى السفن الحربية قبالة الساحل السوري", 1))
s_order = g.stmt(("الرئيس الروسي", 1, None, PRES[0]), ("أمر", 1), "demand", ("تبقى السفن الحربية قبالة الساحل السوري", 1),
                 embedded_in=s_rev)
s_bel1 = g.stmt(("ديمتري بيليك", 1, None, e_bel), ("قال", 1), "assert",
                ("مجموعة السفن الحربية الروسية المرابطة قبالة الساحل السوري ستبقى متمركزة هناك \" حتى أجل غير مسمى \"", 1))
s_bel2 = g.stmt(("ديمتري بيليك", 1, None, e_bel), ("ذكر", 1), "assert",
                ("عدد السفن الروسية على الساحل السوري عشر سفن , بينها تلك المزودة بصواريخ \" كاليبر \" المجنحة , التي قالت موسكو إن قواتها ركزت على استخدامها لضرب مواقع تنظيم الدولة", 1))
s_mos1 = g.stmt(("موسكو", 1, None, MOS[0]), ("قالت", 1), "assert", ("قواتها ركزت على استخدامها لضرب مواقع تنظيم الدولة", 1),
                embedded_in=s_bel2)
s_bel3 = g.stmt(("بيليك", 2, None, e_bel2), ("اعتبر", 1), "assert",
                ("حضورنا البحري في سوريا يمثل جبهة روسية لمواجهة الإرهاب الدولي , ولا يمكن استثناء محاولة تسريب داعش عناصره إلى سوريا عبر الساحل , حيث سيصطدم هناك بسفننا ووسائل دفاعنا البحرية , وهذا ما يحتم علينا إبقاء سفننا في إطار القوات الروسية المرابطة بشكل دائم في سوريا", 1),
                direct=True)
s_bel4 = g.stmt(("بيليك", 2, None, e_bel2), ("شدد", 1), "assert",
                ("في حال سحبت القوات الروسية السفن من سوريا , \" لن يعوق هذا التحالف آنذاك استئجار الإرهابيين سفنا ينزلون منها إلى الساحل السوري عند طرطوس على سبيل المثال .\nسفننا في سوريا خط دفاعي في مواجهة الإرهاب", 1))
s_dod = g.stmt(("وزارة الدفاع الأمريكية", 1, None, e_dod), ("شككت", 1), "deny",
               ("إعلان موسكو سحب \" قسم كبير \" من قواتها في سوريا", 1))
s_mos2 = g.stmt(("موسكو", 2, None, MOS[1]), ("إعلان", 1), "assert", ("سحب \" قسم كبير \" من قواتها في سوريا", 1),
                embedded_in=s_dod)
s_dod2 = g.stmt(("وزارة الدفاع الأمريكية", 1, None, e_dod), ("مؤكدة", 1), "confirm",
                ("لم تلاحظ أي سحب كبير للقوات الروسية المقاتلة من سوريا", 1))
s_usoff = g.stmt(("مسؤول أمريكي", 1, None, e_usoff), ("قال", 1, "وقال مسؤول أمريكي"), "assert",
                 ("واشنطن تعتقد أن روسيا ستجري انسحابا \" رمزي \" من سوريا يشمل بعض الطائرات , لتطلب بعد حين أن تنسحب القوات الأمريكية بالكامل من سوريا", 1))
s_wash = g.stmt(("واشنطن", 1, None, e_wash), ("تعتقد", 1), "estimate",
                ("روسيا ستجري انسحابا \" رمزي \" من سوريا يشمل بعض الطائرات , لتطلب بعد حين أن تنسحب القوات الأمريكية بالكامل من سوريا", 1),
                embedded_in=s_usoff)

p_air = g.prop("withdrawal", [("agent", PUT[0], "RUS")], ("سحب", 1), place=SY[1], time=t_wed)
p_ships = g.prop("deployment", [("agent", e_fleet, "RUS")], ("تبقى", 1), place=CO[0], time=t_indef, quantities=[q10])
p_kal = g.prop("shelling", [("agent", None, "RUS"), ("target", e_is, "ISIS")], ("لضرب", 1))
p_infil = g.prop("other", [("agent", e_isd, "ISIS")], ("تسريب", 1), place=SY[4])
p_land = g.prop("other", [], ("ينزلون", 1), place=e_tart)
p_big = g.prop("withdrawal", [("agent", None, "RUS")], ("سحب", 1, "بإعلان موسكو"), place=SY[8], time=t_mon)
p_us = g.prop("withdrawal", [("agent", e_usf, "USA")], ("تنسحب", 1), place=SY[11])

g.claim(p_air, s_head, "affirm", "planned")
g.claim(p_air, s_rev)
g.claim(p_ships, s_head, "affirm", "planned")
g.claim(p_ships, s_rev)
g.claim(p_ships, s_bel1, "affirm", "planned")
g.claim(p_ships, s_bel2)
g.claim(p_ships, s_bel3)
g.claim(p_kal, s_mos1)
g.claim(p_infil, s_bel3, "affirm", "possible")
g.claim(p_land, s_bel4, "affirm", "possible")
c_mos = g.claim(p_big, s_mos2)
c_dod1 = g.claim(p_big, s_dod, "deny")
c_dod2 = g.claim(p_big, s_dod2, "deny")
g.claim(p_air, s_wash, "affirm", "possible")
g.claim(p_us, s_wash, "affirm", "possible")

g.contra(c_mos, c_dod2, "inter_party", None, "negation",
         "Moscow announced it was withdrawing a large part of its forces from Syria; the US Defense Department says it saw no significant withdrawal of Russian combat forces.")
g.contra(c_mos, c_dod1, "inter_party", None, "negation",
         "Moscow announced a large withdrawal from Syria; the US Defense Department cast doubt on that announcement.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
