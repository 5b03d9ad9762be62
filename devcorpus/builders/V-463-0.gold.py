"""Gold analysis of V-463 article 0 (Baladi News, 2017-10-13): ISIS members who infiltrated the eastern Hama
countryside hold a bus of more than 40 Druze civilians from Jabal al-Summaq, among them three sheikhs al-aql.

Judgement calls:
- The headline is followed by the date line and a byline; the body starts at the article text.
- The abduction is `arrest` (detention/abduction), asserted by the author and by the private sources (s1, s2);
  the two "more than 40" counts agree.
- The talks for their release that "did not bear fruit": `agreement` with modality failed (s4).
- The ISIS infiltration into the "liberated" east Hama countryside is an author `advance`.
- The closing background (shelling, starvation and siege of Idlib province) gives author `shelling` and `siege`
  propositions without a named agent; the Druze moving freely is an author `other`.
- «الطائفة الدرزية» and «شيوخ العقل» are not entities (a community, a religious rank).
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-463-0", "outlet": "بلدي نيوز", "published": "2017-10-13", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
EHAMA = dict(canonical="Eastern Hama countryside", place=named("Eastern Hama countryside", "SY", "Hama"))
SUMMAQ = dict(canonical="Jabal al-Summaq", place=named("Jabal al-Summaq", "SY", "Idlib"))
DAMG = dict(canonical="Damascus Governorate", place=named("Damascus Governorate", "SY", "Dimashq"))
IDCS = dict(canonical="Idlib countryside", place=named("Idlib countryside", "SY", "Idlib"))
BALADI = dict(actor="BALADINEWS", party=None, role="media", canonical="Baladi News")

e_isis1 = g.ent("تنظيم \" الدولة \"", "ORG", 1, **ISIS)
e_eh1 = g.ent("ريف حماة الشرقي", "LOC", 1, **EHAMA)
g.ent("جبل السماق", "LOC", 1, **SUMMAQ)
g.ent("ريف إدلب الشمالي", "LOC", canonical="Northern Idlib countryside", place=named("Northern Idlib countryside", "SY", "Idlib"))
g.ent("محافظة دمشق", "GPE", 1, **DAMG)
e_src = g.ent("مصادر خاصة", "PER", nominal=True)
g.ent("بلدي نيوز", "ORG", **BALADI)
g.ent("جبل السماق", "LOC", 2, **SUMMAQ)
g.ent("ريف إدلب", "LOC", 1, after="من جبل السماق في", **IDCS)
e_isis2 = g.ent("تنظيم \" الدولة \"", "ORG", 2, **ISIS)
e_rah = g.ent("منطقة الرهجان", "GPE", canonical="Al-Rahjan", place=named("Al-Rahjan", "SY", "Hama"))
g.ent("ريف حماة الشرقي", "LOC", 2, **EHAMA)
g.ent("محافظة دمشق", "GPE", 2, **DAMG)
g.ent("مدينة السويداء", "GPE", canonical="As-Suwayda", place={"geonames_id": 163345, "name": "As Suwaydā’", "lat": 32.70896, "lon": 36.56951, "country": "SY", "admin1": "As-Suwayda"})
e_src3 = g.ent("ذات المصادر", "PER", nominal=True)
for v, c in [("قلب لوزة", "Qalb Lawzah"), ("معرة الإخوان", "Maarat al-Ikhwan"), ("كفرمارس", "Kafr Maris"),
             ("كفربنة", "Kafr Binna"), ("كفتين", "Kaftin"), ("بنابل", "Banabil")]:
    g.ent(v, "GPE", canonical=c, place=named(c, "SY", "Idlib"))
e_src4 = g.ent("مصادر أخرى", "PER", nominal=True)
e_notab = g.ent("شخصيات بارزة من أبناء الطائفة الدرزية", "PER", nominal=True)
e_isis4 = g.ent("التنظيم", "ORG", 1, nominal=True, **ISIS)
g.ent("التنظيم", "ORG", 2, nominal=True, **ISIS)
g.ent("جبل السماق", "LOC", 3, **SUMMAQ)
g.ent("ريف إدلب", "LOC", 1, after="قرية من أبناء", **IDCS)
e_idg = g.ent("محافظة إدلب", "GPE", canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
g.ent("الفصائل", "ORG", 1, after="أي أحد من", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition factions")

t_3d = g.time("منذ ثلاثة أيام", "2017-10-10", "day", "since")
g.time("مؤخرا", None, "vague", "before")
t_now = g.time("حتى اللحظة", "2017-10-13", "day", "until")
q40a = g.qty("أكثر من 40 مدنيا", 40, "people", "captured")
q40b = g.qty("أكثر من 40 شخصا", 40, "people", "captured")
q3 = g.qty("ثلاثة من \" شيوخ العقل \"", 3, "people", "captured")
g.qty("أكثر من 15 قرية", 15, "villages")

s1 = g.stmt(("مصادر خاصة", 1, None, e_src), ("أكدت", 1, "وأكدت مصادر"), "confirm",
            ("حافلة وسيارة وسيارة تكسي كانتا تقلان أكثر من 40 شخصا من الطائفة الدرزية من جبل السماق في ريف إدلب , بينهم نساء وأطفال , احتجزهم عناصر تنظيم \" الدولة \" في منطقة الرهجان بريف حماة الشرقي , أثناء عودتهم من محافظة دمشق ومدينة السويداء , بعد قضائهم لزيارات عائلية تخصهم هناك", 1))
s2 = g.stmt(("ذات المصادر", 1, None, e_src3), ("أكدت", 1, "وأكدت ذات"), "confirm",
            ("العوائل بينهم ثلاثة من \" شيوخ العقل \" ويتوزعون إلى قرى وبلدات , قلب لوزة , معرة الإخوان , كفرمارس , كفربنة , كفتين , بنابل", 1))
s3 = g.stmt(("ذات المصادر", 1, None, e_src3), ("مضيفة أن", 1), "assert",
            ("مصيرهم مجهول حتى اللحظة , ولا أحد يعرف عنهم شيء , أو إلى أين تم اقتيادهم", 1))
s4 = g.stmt(("مصادر أخرى", 1, None, e_src4), ("أشارت", 1), "assert",
            ("هناك مفاوضات , بين شخصيات بارزة من أبناء الطائفة الدرزية مع عناصر التنظيم لإطلاق سراحهم , لكن هذه المفاوضات لم تثمر أو تجدي نفعا بينما عناصر التنظيم يصرون على احتجازهم كورقة ضغط أو رسالة ما يريد توجيهها", 1))

p_abd = g.prop("arrest", [("agent", e_isis1, "ISIS")], ("يحتجز", 1), place=e_rah, time=t_3d, quantities=[q40a, q40b, q3])
p_inf = g.prop("advance", [("agent", e_isis1, "ISIS")], ("تسللوا", 1), place=e_eh1)
p_talks = g.prop("agreement", [("agent", e_notab, None), ("partner", e_isis4, "ISIS")], ("مفاوضات", 1))
p_shell = g.prop("shelling", [], ("قصف", 1, "ما تعرضت إليه"), place=e_idg)
p_siege = g.prop("siege", [], ("حصار", 1), place=e_idg)
p_free = g.prop("other", [], ("يتنقلون", 1), place=e_idg)

g.claim(p_abd, "author")
g.claim(p_abd, s1)
g.claim(p_abd, s2)
g.claim(p_abd, s3)
g.claim(p_inf, "author")
g.claim(p_talks, s4, "affirm", "failed")
g.claim(p_shell, "author")
g.claim(p_siege, "author")
g.claim(p_free, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
