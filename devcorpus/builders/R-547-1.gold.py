"""Gold analysis of R-547 article 1 (Al Jazeera Net, 2017-01-15): Moscow says humanitarian organisations lost
interest in Aleppo a month after the government retook its east; the UN had said Russia and the government
obstructed aid. Judgement calls: the body is headline, dateline, photo caption and text (the crawl drops
the city name after «في» twice). The headline «موسكو :» is a statement of Moscow (Russia). The Foreign
Ministry's «لا تقدم دعما» is a denied `support`; «فقدت الاهتمام» (headline, Konashenkov) is `other`.
Konashenkov is attached to the ministry as the text says. The UN statement's content ends at «أحياء حلب
الشرقية»; the evacuation, the agreement and the retaking of all Aleppo after it are the author's
background. Obstructing aid is `other`. No contradictions: Moscow and the UN talk about different events."""
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
g = Gold(text, {"id": "R-547-1", "outlet": "الجزيرة نت", "published": "2017-01-15", "url": None, "title": None})
KON = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Igor Konashenkov")
HUM = dict(canonical="International humanitarian organisations")

e_mos = g.ent("موسكو", "GPE", 1, canonical="Moscow", actor="RUS", party="RUS", role="government", place=named("Moscow", "RU"))
e_hum0 = g.ent("المنظمات الإنسانية", "ORG", 1, nominal=True, **HUM)
e_al0 = g.ent("حلب", "GPE", 1, **ALEPPO)
g.ent("حلب", "GPE", 2, **ALEPPO)
e_camp = g.ent("مخيم \" كمونة \"", "FAC", canonical="Kammouna camp", place=named("Kammouna camp", "SY", "Idlib"))
g.ent("ريف إدلب", "LOC", 1, canonical="Idlib countryside", place=named("Idlib countryside", "SY", "Idlib"))
g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("رويترز", "ORG", **MEDIA("REUTERS", "Reuters"))
e_mfa = g.ent("وزارة الخارجية الروسية", "ORG", actor="RUS.GOV", party="RUS", role="government", canonical="Russian Ministry of Foreign Affairs")
e_hum1 = g.ent("المنظمات الإنسانية الدولية", "ORG", nominal=True, **HUM)
e_syrmil = g.ent("قوات النظام السوري", "ORG", **SYRMIL)
e_pgm = g.ent("المليشيات الموالية لها", "ORG", **PGM)
e_opp = g.ent("مقاتلي المعارضة", "ORG", nominal=True, **OPP)
g.ent("الناطق باسم الوزارة", "PER", nominal=True, **KON)
e_kon = g.ent("إيغور كوناشينكوف", "PER", **KON)
g.ent("المنظمات الإنسانية", "ORG", 1, after="العديد من", nominal=True, **HUM)
e_al2 = g.ent("حلب", "GPE", 1, after="سكان", **ALEPPO)
e_un = g.ent("الأمم المتحدة", "ORG", actor="UN", party=None, role="other", canonical="United Nations")
e_rus = g.ent("روسيا", "GPE", 1, **STATE("RUS", "RU", "Russia"))
e_reg = g.ent("النظام السوري", "ORG", 1, after="روسيا و", **SYRGOV)
e_eal = g.ent("أحياء حلب الشرقية", "LOC", canonical="Eastern Aleppo", place=named("Eastern Aleppo", "SY", "Aleppo"))
e_wal = g.ent("ريف حلب الغربي", "LOC", canonical="Western Aleppo countryside", place=named("Western Aleppo countryside", "SY", "Aleppo"))
g.ent("محافظة إدلب", "GPE", canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
e_reg3 = g.ent("لنظام السوري", "ORG", 1, after="اتفاق أتاح", **SYRGOV)  # للنظام: ل + النظام
e_al3 = g.ent("حلب", "GPE", 1, after="كل مدينة", **ALEPPO)
e_tur = g.ent("تركيا", "GPE", **STATE("TUR", "TR", "Turkey"))
e_qat = g.ent("قطر", "GPE", **STATE("QAT", "QA", "Qatar"))
e_al4 = g.ent("ريفي حلب الغربي والشمالي", "LOC", canonical="Western and northern Aleppo countryside", place=named("Aleppo countryside", "SY", "Aleppo"))

t_pub = g.time("15 / 1 / 2017", "2017-01-15", "day", "at")
t_month = g.time("بعد شهر", None, "vague", "after")
t_dec = g.time("أواخر ديسمبر / كانون الأول الماضي", "2016-12", "month", "at")
t_4y = g.time("بعد أكثر من أربع سنوات", None, "vague", "after")
t_rec = g.time("مؤخرا", None, "vague", "before")

s_head = g.stmt(("موسكو", 1, None, e_mos), (":", 1), "assert", ("المنظمات الإنسانية فقدت الاهتمام بحلب", 1))
s_mfa = g.stmt(("وزارة الخارجية الروسية", 1, None, e_mfa), ("قالت", 1), "assert",
               ("المنظمات الإنسانية الدولية لا تقدم دعما للسكان المدنيين في بعد شهر على استعادة قوات النظام السوري والمليشيات الموالية لها القسم الشرقي للمدينة من أيدي مقاتلي المعارضة", 1))
s_kon = g.stmt(("إيغور كوناشينكوف", 1, None, e_kon), ("قال", 1, "وقال الناطق"), "assert",
               ("هناك انطباعا بأن العديد من المنظمات الإنسانية التي كانت تحاول الوصول إلى سكان حلب خلال حصار المدينة قد فقدت الاهتمام بها", 1))
s_un = g.stmt(("الأمم المتحدة", 1, None, e_un), ("أكدت", 1), "confirm",
              ("روسيا والنظام السوري عرقلا وصول المساعدات إلى المدنيين الذين كانوا محاصرين في أحياء حلب الشرقية", 1))

p_interest = g.prop("other", [("agent", e_hum0, None)], ("فقدت", 1), place=e_al0)
p_aid = g.prop("support", [("agent", e_hum1, None)], ("دعما", 1), place=e_al0, time=t_month)
p_retake = g.prop("capture", [("agent", e_syrmil, "SYR"), ("agent", e_pgm, "SYR"), ("target", e_opp, "SYR.OPP")],
                  ("استعادة", 1), place=e_eal, time=t_dec)
p_siege = g.prop("siege", [], ("حصار", 1), place=e_al2)
p_block = g.prop("other", [("agent", e_rus, "RUS"), ("agent", e_reg, "SYR")], ("عرقلا", 1), place=e_eal)
p_evac = g.prop("displacement", [], ("إجلائهم", 1), place=e_wal, time=t_dec)
p_deal = g.prop("agreement", [], ("اتفاق", 1), place=e_al3, time=t_dec)
p_all = g.prop("control", [("agent", e_reg3, "SYR")], ("استعادة", 1, "اتفاق أتاح"), place=e_al3, time=t_dec)
p_lost = g.prop("withdrawal", [("agent", e_reg3, "SYR")], ("خسارته", 1), place=e_al3, time=t_4y)
p_tq = g.prop("support", [("agent", e_tur, "TUR"), ("agent", e_qat, "QAT")], ("المساعدات", 1, "ودخلت مؤخرا"), place=e_al4, time=t_rec)
p_cap = g.prop("support", [], ("مساعدات", 1), place=e_camp)

g.claim(p_interest, s_head)
g.claim(p_interest, s_kon)
g.claim(p_aid, s_mfa, "deny")
g.claim(p_retake, s_mfa)
g.claim(p_retake, "author")
g.claim(p_siege, s_kon)
g.claim(p_siege, s_un)
g.claim(p_block, s_un)
g.claim(p_evac, "author")
g.claim(p_deal, "author")
g.claim(p_all, "author")
g.claim(p_lost, "author")
g.claim(p_tq, "author")
g.claim(p_cap, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
