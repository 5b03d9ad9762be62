"""Gold analysis of unifiedfc R-307 article 7 (Lebanon 24, Tuesday 2017-11-14, agencies): Lavrov says Russia
did not pledge to ensure the withdrawal of pro-Iranian forces from Syria.

Judgement calls:
- Body from the first sentence to the end of Lavrov's last quote; the "( وكالات )" credit is left out.
- "لم تتعهد بضمان انسحاب القوات الموالية لإيران" and "لا تفترض انسحاب": the withdrawal of pro-Iranian
  forces is denied as a planned event (polarity deny, modality planned) by two Lavrov statements.
- Iran's presence in Syria ("وجود إيران ... شرعي"): deployment, affirmed via Interfax.
- The Moscow-Washington agreements, the south-west de-escalation zone (with Jordan) and US backing of
  opposition groups are propositions asserted by Lavrov. The pro-Iranian formations, "قوات غير سورية"
  and "إرهابيون أجانب" are kept as nominal ORG entities.
- No contradictions.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
LAV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
IRN = dict(canonical="Iran", actor="IRN", party="IRN", role="government",
           place={"geonames_id": 130758, "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IR", "admin1": None})
MOS = dict(canonical="Moscow", actor="RUS.GOV", party="RUS", role="government",
           place={"geonames_id": 524901, "name": "Moscow", "lat": 55.75204, "lon": 37.61781, "country": "RU", "admin1": "Moscow"})
USA_ = dict(canonical="United States", actor="USA", party="USA", role="government",
            place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
PIRN = dict(actor="IRN.PGM", party="IRN", role="armed_group", canonical="Pro-Iranian forces")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-307-7", "outlet": "لبنان 24", "published": "2017-11-14", "url": None, "title": None})

e_lav1 = g.ent("سيرغي لافروف", "PER", **LAV)
e_pirn1 = g.ent("القوات الموالية لإيران", "ORG", nominal=True, **PIRN)
e_syr1 = g.ent("سوريا", "GPE", 1, **SYRIA)
e_ifx = g.ent("وكالة \" إنترفاكس \" الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="Interfax")
e_lav2 = g.ent("لافروف", "PER", 2, **LAV)
e_irn2 = g.ent("إيران", "GPE", 2, **IRN)
e_syr2 = g.ent("سوريا", "GPE", 2, **SYRIA)
e_lav3 = g.ent("لافروف", "PER", 3, **LAV)
e_mos1 = g.ent("موسكو", "GPE", 1, **MOS)
e_was = g.ent("واشنطن", "GPE", canonical="Washington", actor="USA.GOV", party="USA", role="government",
              place={"geonames_id": 4140963, "name": "Washington", "lat": 38.89511, "lon": -77.03637, "country": "US", "admin1": "DC"})
e_pirn2 = g.ent("تشكيلات موالية لإيران", "ORG", nominal=True, **PIRN)
g.ent("سوريا", "GPE", 3, **SYRIA)
g.ent("قوات غير سورية", "ORG", nominal=True, canonical="Non-Syrian forces")
e_mos2 = g.ent("موسكو", "GPE", 2, **MOS)
e_am = g.ent("الأميركيين", "ORG", nominal=True, actor="USA.GOV", party="USA", role="government", canonical="United States")
e_syr4 = g.ent("سوريا", "GPE", 4, **SYRIA)
e_jor = g.ent("الأردن", "GPE", canonical="Jordan", actor="JOR", party="JOR", role="government",
              place={"geonames_id": 248816, "name": "Jordan", "lat": 31.0, "lon": 36.0, "country": "JO", "admin1": None})
g.ent("لولايات المتحدة", "GPE", **USA_)  # للولايات
g.ent("إرهابيون أجانب", "ORG", nominal=True, canonical="Foreign terrorists")
e_opp = g.ent("الجماعات المعارضة", "ORG", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition groups")
e_us = g.ent("الولايات المتحدة", "GPE", 1, after="الجماعات المعارضة", **USA_)

t_tue = g.time("الثلاثاء", "2017-11-14", "day", "at")

s1 = g.stmt(("سيرغي لافروف", 1, None, e_lav1), ("قال", 1), "assert",
            ("بلاده لم تتعهد بضمان انسحاب القوات الموالية لإيران من سوريا", 1))
s2 = g.stmt(("لافروف", 2, None, e_lav2), ("قوله", 1), "assert", ("وجود إيران في سوريا شرعي", 1),
            via=[("وكالة \" إنترفاكس \" الروسية", 1, None, e_ifx)], direct=True)
s3 = g.stmt(("لافروف", 3, None, e_lav3), ("اعتبر", 1), "assert",
            ("اتفاقات موسكو وواشنطن , لا تفترض انسحاب \" تشكيلات موالية لإيران \" من سوريا", 1))
s4 = g.stmt(("لافروف", 3, None, e_lav3), ("مشيرا إلى", 1), "assert",
            ("الحديث في هذا السياق يدور حول \" قوات غير سورية", 1))
s5 = g.stmt(("لافروف", 3, None, e_lav3), ("أضاف", 1), "assert",
            ("موسكو بحثت مع الأميركيين آلية عمل منطقة خفض التصعيد في جنوب غربي سوريا , والتي شارك الأردن في العمل على إقامتها", 1))
s6 = g.stmt(("لافروف", 3, None, e_lav3), ("أضاف", 2), "assert",
            ("إذا نظرنا إلى من يمثل أكبر خطر فإنهم أتباع للولايات المتحدة , وهم إرهابيون أجانب ومسلحون يحاولون الانضمام إلى الجماعات المعارضة التي تدعمها الولايات المتحدة", 1),
            direct=True)

p_wd = g.prop("withdrawal", [("agent", e_pirn1, "IRN")], ("انسحاب", 1), place=e_syr1, time=t_tue)
g.claim(p_wd, s1, "deny", "planned")
g.claim(p_wd, s3, "deny", "planned")
p_pres = g.prop("deployment", [("agent", e_irn2, "IRN")], ("وجود", 1), place=e_syr2)
g.claim(p_pres, s2)
p_agr = g.prop("agreement", [("agent", e_mos1, "RUS"), ("partner", e_was, "USA")], ("اتفاقات", 1))
g.claim(p_agr, s3)
p_zone = g.prop("agreement", [("agent", e_mos2, "RUS"), ("partner", e_am, "USA"), ("partner", e_jor, "JOR")], ("منطقة خفض التصعيد", 1), place=e_syr4)
g.claim(p_zone, s5)
p_sup = g.prop("support", [("agent", e_us, "USA"), ("partner", e_opp, "SYR.OPP")], ("تدعمها", 1))
g.claim(p_sup, s6)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
