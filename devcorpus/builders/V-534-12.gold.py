"""Gold analysis of unifiedfc V-534 article 12 (Akhbar Al Aan, 2015-12-27): ISIS cells assassinate the
Syrian journalist Naji al-Jerf in Gaziantep; earlier killings of RBSS activists and the al-Mousa brothers.

Judgement calls:
- The headline is repeated inside a video-player block and followed by a dateline/byline; the body
  starts at the first sentence and ends before the later teasers (arrests by Turkish security, a Paris
  sit-in) that belong to other, later items.
- The killing is typed attack (assassination of a civilian), agent ISIS, asserted by the author and by
  ISIS members' tweet boasting of it ("تفاخر ... بتصفية الخال", stance assert; the tweet is the medium).
  Their description of him as "agent of the crusaders" is a second statement with no proposition.
- The killings of Ibrahim Abdul Qader and Fares al-Hammadi (no ISIS agent named explicitly, but the
  text frames them as the same series) and of Ahmad al-Mousa are attacks with agent ISIS
  (author); Ismail al-Mousa's death in ISIS prisons in Raqqa likewise.
- "منذ شهرين" is resolved to 2015-10 (month); "منذ أيام"/"بعده بأيام" vague. The garbled "الس لمية"
  (Salamiyah) is annotated as written; the garbled film title "د " اعش في حلب "" carries no entity.
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
g = Gold(text, {"id": "V-534-12", "outlet": "أخبار الآن", "published": "2015-12-27", "url": None, "title": None})
NAJI = dict(actor="CIV", party=None, role="media", canonical="Naji al-Jerf")
GAZI = dict(canonical="Gaziantep", place=gn(314830, "Gaziantep", 37.05944, 37.3825, "TR", "Gaziantep"))

e_isis1 = g.ent("تنظيم داعش", "ORG", **ISIS)
e_gazi = g.ent("غازي عنتاب", "GPE", **GAZI)
e_naji = g.ent("ناجي الجرف", "PER", **NAJI)
g.ent("الخال", "PER", 1, **NAJI)
g.ent("باريس", "GPE", 1, canonical="Paris", place=gn(2988507, "Paris", 48.85341, 2.3488, "FR", "Île-de-France"))
g.ent("ناجي", "PER", 2, **NAJI)
g.ent("الس لمية", "GPE", canonical="Salamiyah", place=named("Salamiyah", "SY", "Hama"))
g.ent("الخال", "PER", 2, **NAJI)
g.ent("جريدة \" حنطة \"", "ORG", canonical="Hentah magazine")
g.ent("مؤسسة \" بصمة سوريا \"", "ORG", canonical="Basmat Souria")
g.ent("تركيا", "GPE", 1, **TURKEY)
g.ent("ناجي", "PER", 3, **NAJI)
g.ent("الأوغولا بلازا", "FAC", canonical="Ogula Plaza", place=named("Ogula Plaza", "TR", "Gaziantep"))
g.ent("مقهى \" الفان \"", "FAC", canonical="Van cafe", place=named("Van cafe", "TR", "Gaziantep"))
g.ent("ناجي", "PER", 4, **NAJI)
e_isis2 = g.ent("عناصر داعش", "ORG", **ISIS)
g.ent("التوتير", "ORG", canonical="Twitter")
e_isis2b = g.ent("العناصر", "ORG", 1, after="تفاخر", nominal=True, **ISIS)
g.ent("الخال", "PER", 3, **NAJI)
g.ent("ناجي", "PER", 5, **NAJI)
g.ent("حملة الرقة تذبح بصمت", "ORG", canonical="Raqqa is Being Slaughtered Silently")
e_ibr = g.ent("إبراهيم عبد القادر", "PER", actor="CIV", party=None, role="media", canonical="Ibrahim Abdul Qader")
g.ent("الباز الفراتي", "PER", actor="CIV", party=None, role="media", canonical="Ibrahim Abdul Qader")
e_far = g.ent("فارس الحمادي", "PER", actor="CIV", party=None, role="media", canonical="Fares al-Hammadi")
e_ahm = g.ent("أحمد الموسى", "PER", actor="CIV", party=None, role="media", canonical="Ahmad al-Mousa")
e_idr = g.ent("ريف إدلب", "LOC", canonical="Idlib countryside", place=named("Idlib countryside", "SY", "Idlib"))
e_ism = g.ent("اسماعيل الموسى", "PER", actor="CIV", party=None, role="civilian", canonical="Ismail al-Mousa")
e_isis3 = g.ent("داعش", "ORG", 3, **ISIS)
e_raqqa = g.ent("الرقة", "GPE", 1, after="سجون داعش في", **RAQQA)
g.ent("ناجي", "PER", 6, **NAJI)
g.ent("داعش", "ORG", 4, **ISIS)

t_today = g.time("عصر اليوم", "2015-12-27", "part_of_day", "at")
g.time("يوم غد الإثنين", "2015-12-28", "day", "at")
g.time("يوليو حزيران 1977", "1977-07", "month", "at")
g.time("منذ بداية الثورة", None, "vague", "since")
t_2m = g.time("منذ شهرين", "2015-10", "month", "at")
t_days = g.time("منذ أيام", None, "vague", "before")
t_after = g.time("بعده بأيام", None, "vague", "after")
g.time("اليوم", "2015-12-27", "day", "at", 2)

s_boast = g.stmt(("العناصر", 1, "تفاخر", e_isis2b), ("تفاخر", 1), "assert", ("تصفية الخال", 1),
                 medium=("تغريدة لعناصر داعش على تطبيق التوتير", 1))
s_desc = g.stmt(("العناصر", 1, "تفاخر", e_isis2b), ("واصفينه", 1), "assert", ("عميل الصليبيين", 1),
                medium=("تغريدة لعناصر داعش على تطبيق التوتير", 1), direct=True)

p_kill = g.prop("attack", [("agent", e_isis1, "ISIS"), ("target", e_naji, None)], ("اغتيال", 1), place=e_gazi, time=t_today)
g.claim(p_kill, "author")
g.claim(p_kill, s_boast)
p_rbss = g.prop("attack", [("agent", None, "ISIS"), ("target", e_ibr, None), ("target", e_far, None)], ("لعملية اغتيال", 1), time=t_2m)
g.claim(p_rbss, "author")
p_ahm = g.prop("attack", [("agent", None, "ISIS"), ("target", e_ahm, None)], ("اغتيال", 1, "ومنذ أيام تم"), place=e_idr, time=t_days)
g.claim(p_ahm, "author")
p_ism = g.prop("attack", [("agent", e_isis3, "ISIS"), ("target", e_ism, None)], ("لاقى", 1), place=e_raqqa, time=t_after)
g.claim(p_ism, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
