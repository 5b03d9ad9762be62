"""Gold analysis of R-651 article 7 (CNN Arabic, 2015-01-23, a Friday): 42 killed in government air raids on
Hamouriyah; SOHR counts 1,408 killed in four months of coalition strikes.
Judgement calls: the body runs from the second copy of the headline to the end, so the dateline and the
2016 update stamp fall inside it and are annotated as times. The caption's Douma strike (21 January) is
its own airstrike. Casualty counts hang on the airstrike they belong to; the breakdown of the coalition's
toll (ISIS fighters, civilians, Nusra fighters, the detained brigade fighter) gets casualties / arrest
propositions, claimed by the author where no «بحسب المرصد» covers the sentence (paragraphs 6b and 7 are
the author relaying the report in his own voice). «ويرجح» is a separate estimate statement of SOHR
(the «بحسب المرصد» that follows covers the whole sentence). Barrel bombs from helicopters are an
airstrike with party SYR (the text implies the government). Hamouriyah is placed in «الغوطة الغربية» as
the text says. Headline and article agree on 42 and 1408, so no contradictions."""
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

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-651-7", "outlet": "سي إن إن بالعربية", "published": "2015-01-23", "url": None, "title": None})
AIRF = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Arab Air Force")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
SOHR = dict(actor="SOHR", party=None, role="other", canonical="Syrian Observatory for Human Rights")
NUSRA = dict(actor="HTS", party="HTS", role="armed_group", canonical="Jabhat al-Nusra")
GHW = dict(canonical="Western Ghouta", place=named("Western Ghouta", "SY", "Rif Dimashq"))

g.ent("سوريا", "GPE", 1, **SYRIA)
e_af0 = g.ent("طيران النظام", "ORG", 1, **AIRF)
e_coal0 = g.ent("التحالف", "ORG", 1, **COAL)
e_douma = g.ent("دوما", "GPE", canonical="Douma", place=named("Douma", "SY", "Rif Dimashq"))
g.ent("دمشف", "GPE", **DAMASCUS)  # misspelt دمشق
e_af1 = g.ent("طيران النظام", "ORG", 2, **AIRF)
g.ent("دبي", "GPE", canonical="Dubai", place=gn(292223, "Dubai", 25.07725, 55.30927, "AE", "Dubai"))
g.ent("الإمارات العربية المتحدة", "GPE", canonical="United Arab Emirates", place=gn(290557, "United Arab Emirates", 24.0, 54.0, "AE"))
e_cnn = g.ent("CNN", "ORG", **MEDIA("CNN", "CNN"))
e_af2 = g.ent("طائرات النظام السوري", "ORG", **AIRF)
e_ham = g.ent("حمورية", "GPE", canonical="Hamouriyah", place=named("Hamouriyah", "SY", "Rif Dimashq"))
g.ent("الغوطة الغربية", "LOC", 1, **GHW)
g.ent("ريف دمشق", "GPE", canonical="Rif Dimashq Governorate", place=named("Rif Dimashq Governorate", "SY", "Rif Dimashq"))
e_sohr1 = g.ent("المرصد السوري لحقوق الإنسان", "ORG", **SOHR)
e_sohr2 = g.ent("المرصد", "ORG", 1, after="جروح خطيرة", nominal=True, **SOHR)
e_ks = g.ent("خان الشيخ", "GPE", canonical="Khan al-Shih", place=named("Khan al-Shih", "SY", "Rif Dimashq"))
g.ent("الغوطة الغربية", "LOC", 2, **GHW)
e_sohr3 = g.ent("المرصد", "ORG", 1, after="موقعه الرسمي أفاد", nominal=True, **SOHR)
e_coal1 = g.ent("التحالف", "ORG", 1, after="الغارات طيران", **COAL)
g.ent("المرصد", "ORG", 1, after="العدد الذي تمكن", nominal=True, **SOHR)
e_isis1 = g.ent("تنظيم الدولة الإسلامية \" داعش \"", "ORG", 1, **ISIS)
e_sohr4 = g.ent("المرصد", "ORG", 1, after="هم من تنظيم", nominal=True, **SOHR)
e_has = g.ent("الحسكة", "GPE", canonical="Al-Hasakah Governorate", place=named("Al-Hasakah Governorate", "SY", "Al-Hasakah"))
g.ent("دير الزور", "GPE", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
g.ent("الرقة", "GPE", canonical="Raqqa Governorate", place=named("Raqqa Governorate", "SY", "Raqqa"))
e_isis2 = g.ent("تنظيم الدولة الإسلامية \" داعش \"", "ORG", 2, **ISIS)
e_liwa = g.ent("لواء إسلامي", "ORG", nominal=True, **OPP)
g.ent("\" داعش \"", "ORG", 1, after="كان محتجزا", **ISIS)
e_nus = g.ent("جبهة النصرة", "ORG", **NUSRA)
g.ent("تنظيم القاعدة في بلاد الشام", "ORG", **NUSRA)

t_fri0 = g.time("الجمعة", "2015-01-23", "day", "at", 1)
g.time("يوم الجمعة , 23 يناير / كانون الثاني 2015", "2015-01-23", "day", "at")
g.time("الأحد , 31 يوليو / تموز 2016", "2016-07-31", "day", "at")
t_21 = g.time("21 يناير / كانون الثاني 2015", "2015-01-21", "day", "at")
t_fri = g.time("الجمعة", "2015-01-23", "day", "at", 1, after="مصرعهم")
t_4m = g.time("خلال أربعة أشهر", "2014-09-23/2015-01-23", "month", "at")
g.time("من 23 سبتمبر / أيلول 2014", "2014-09-23", "day", "since")
g.time("وحتى 23 كانون الثاني / يناير 2015", "2015-01-23", "day", "until")

q42a = g.qty("42 قتيلا", 42, "people", "killed")
q1408a = g.qty("1408", 1408, "people", "killed", 1)
q42b = g.qty("42 شخصا", 42, "people", "killed")
q6 = g.qty("ستة أطفال", 6, "people", "killed")
q_dozens = g.qty("العشرات من المصابين", None, "people", "wounded")
q5b = g.qty("5 براميل متفجرة", 5, "barrel bombs")
q1408b = g.qty("1408", 1408, "people", "killed", 1, after="ارتفع إلى")
q_hund = g.qty("مئات آخرون", None, "people", "wounded")
q56 = g.qty("56 مدنيا", 56, "people", "killed")
q8 = g.qty("8 أطفال", 8, "people", "killed")
q5w = g.qty("5 سيدات", 5, "people", "killed")
q1278 = g.qty("1278 مقاتلا", 1278, "people", "killed")
q73 = g.qty("73 مقاتلا", 73, "people", "killed")

s_ham = g.stmt(("المرصد السوري لحقوق الإنسان", 1, None, e_sohr1), ("بحسب ما أفاد", 1), "assert",
               ("لقي 42 شخصا مصرعهم الجمعة , في غارات شنتها طائرات النظام السوري على بلدة حمورية في الغوطة الغربية بريف دمشق", 1))
s_kids = g.stmt(("المرصد", 1, "جروح خطيرة", e_sohr2), ("بحسب", 1, "جروح خطيرة"), "assert", ("من بين القتلى ستة أطفال", 1))
s_rise = g.stmt(("المرصد", 1, "جروح خطيرة", e_sohr2), ("يرجح", 1), "estimate",
                ("يرتفع عدد القتلى حيث يوجد العشرات من المصابين بينهم من يعانون من جروح خطيرة", 1))
s_barrel = g.stmt(("المرصد", 1, "جروح خطيرة", e_sohr2), ("أكد", 1), "confirm",
                  ("الطائرات المروحية ألقت 5 براميل متفجرة في المناطق المحيطة ببلدة خان الشيخ في الغوطة الغربية", 1))
s_report = g.stmt(("المرصد", 1, "موقعه الرسمي أفاد", e_sohr3), ("أفاد", 1, "موقعه الرسمي"), "assert",
                  ("عدد القتلى خلال أربعة أشهر من الغارات طيران التحالف , ارتفع إلى 1408 , وهو العدد الذي تمكن المرصد من توثيقهم خلال تلك الفترة , من 23 سبتمبر / أيلول 2014 , وحتى 23 كانون الثاني / يناير 2015 , كما أصيب مئات آخرون بجروح", 1),
                  medium=("تقرير نشره على موقعه الرسمي", 1))
s_major = g.stmt(("المرصد", 1, "هم من تنظيم", e_sohr4), ("بحسب", 1, "هم من تنظيم"), "assert",
                 ("غالبية القتلى هم من تنظيم الدولة الإسلامية \" داعش \"", 1))

p_ham = g.prop("airstrike", [("agent", e_af2, "SYR")], ("غارات", 1, "مصرعهم"), place=e_ham, time=t_fri, quantities=[q42a, q42b, q6])
p_rise = g.prop("casualties", [], ("يرتفع", 1), place=e_ham, time=t_fri, quantities=[q_dozens])
p_douma = g.prop("airstrike", [("agent", e_af1, "SYR")], ("غارة", 1), place=e_douma, time=t_21)
p_ks = g.prop("airstrike", [("agent", None, "SYR")], ("ألقت", 1), place=e_ks, quantities=[q5b])
p_coal = g.prop("airstrike", [("agent", e_coal1, "USA")], ("غارات", 1, "منذ بدء"), time=t_4m, quantities=[q1408a, q1408b, q_hund])
p_isisdead = g.prop("casualties", [("agent", e_coal1, "USA"), ("target", e_isis2, "ISIS")], ("مقتل", 1), time=t_4m, quantities=[q1278])
p_civ = g.prop("casualties", [("agent", e_coal1, "USA")], ("لقوا حتفهم", 1), place=e_has, time=t_4m, quantities=[q56, q8, q5w])
p_nus = g.prop("casualties", [("agent", e_coal1, "USA"), ("target", e_nus, "HTS")], ("مقتل", 1), time=t_4m, quantities=[q73])
p_held = g.prop("arrest", [("agent", e_isis2, "ISIS"), ("target", e_liwa, "SYR.OPP")], ("محتجزا", 1))

g.claim(p_ham, "author")
g.claim(p_ham, s_ham)
g.claim(p_ham, s_kids)
g.claim(p_rise, s_rise, "affirm", "possible")
g.claim(p_douma, "author")
g.claim(p_ks, s_barrel)
g.claim(p_coal, "author")
g.claim(p_coal, s_report)
g.claim(p_isisdead, s_major)
g.claim(p_isisdead, "author")
g.claim(p_civ, "author")
g.claim(p_nus, "author")
g.claim(p_held, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
