"""Gold analysis of R-436-0 (الحياة, estimated 2017-10-31): Jaafari says Damascus is ready to attend the
Russian-hosted Syrian national dialogue congress in Sochi; Russia invites parties incl. the Kurdish-led
administration; Putin and Lavrentiev on the congress; background on the YPG.

Judgement calls:
- Published: no date in URL; Jaafari's Astana press conference «اليوم (الثلثاء)» is 2017-10-31 — estimated.
- Body starts at the lede: both headline copies are fused with page furniture («Search for :», «اسم المرسل»).
- The congress is one `agreement` proposition (modality planned) claimed by Jaafari, the author, Putin
  and Lavrentiev; Damascus's readiness to take part is a separate `other` (intended).
- Lavrentiev's content ends at «للنزاع السوري»; «المستمر منذ أكثر من ستة أعوام» is read as the author's.
- «تعتبر وحدات حماية الشعب الكردية ... تهديدا أمنيا» is annotated as a Turkish statement (stance assert);
  «بناء على طلب من تركيا» is not, since the request's content is not given.
- Invitations, the publication of the invitee list and Russia's diplomacy are not reported speech.
- No contradictions («الشهر المقبل» and «منتصف تشرين الثاني المقبل» agree).
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-436-0", "outlet": "الحياة", "published": "2017-10-31", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
MOSCOW = dict(canonical="Moscow", actor="RUS.GOV", party="RUS", role="government", place={"geonames_id": 524901, "name": "Moscow", "lat": 55.75222, "lon": 37.61556, "country": "RU", "admin1": "Moscow"})
SOCHI = dict(canonical="Sochi", place=named("Sochi", "RU"))
KAZ = dict(canonical="Kazakhstan", place=named("Kazakhstan", "KZ"))
JAAFARI = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Jaafari")
UN = dict(actor="UN", party=None, role="other", canonical="United Nations")
KADMIN = dict(actor="SDF.ADMIN", party="SDF", role="government", canonical="Kurdish-led self-administration")
YPG = dict(actor="SDF.YPG", party="SDF", role="armed_group", canonical="YPG")
LAV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Alexander Lavrentiev")

g.ent("الأمم المتحدة", "ORG", 1, **UN)
e_jaa = g.ent("بشار الجعفري", "PER", **JAAFARI)
e_gov = g.ent("الحكومة في دمشق", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
e_mos1 = g.ent("موسكو", "GPE", 1, **MOSCOW)
e_sochi1 = g.ent("سوتشي", "GPE", 1, **SOCHI)
g.ent("البحر الأسود", "LOC", canonical="Black Sea", place=named("Black Sea"))
e_jaa2 = g.ent("الجعفري", "PER", 1, after="وأضاف", **JAAFARI)
g.ent("آستانة", "GPE", canonical="Astana", place=named("Astana", "KZ"))
g.ent("كازاخستان", "GPE", 1, **KAZ)
g.ent("سورية", "GPE", 1, after="حلفاء", **SYRIA)
g.ent("الروس", "ORG", 1, after="حلفاء سورية", nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Russia")
e_rus1 = g.ent("روسيا", "GPE", 1, **RUSSIA)
g.ent("وزارة الخارجية الروسية", "ORG", actor="RUS.GOV", party="RUS", role="government", canonical="Russian Foreign Ministry")
e_kofficial = g.ent("مسؤول كردي", "PER", nominal=True, **KADMIN)
e_rus2 = g.ent("روسيا", "GPE", 2, **RUSSIA)
e_kadm = g.ent("الإدارة التي يقودها الأكراد", "ORG", nominal=True, **KADMIN)
g.ent("سورية", "GPE", 1, after="يقودها الأكراد شمال", **SYRIA)
e_badran = g.ent("بدران جيا كورد", "PER", **KADMIN)
g.ent("مسؤولين روس", "PER", nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Russian officials")
g.ent("سورية", "GPE", 1, after="مسؤولين روس شمال", **SYRIA)
e_rus3 = g.ent("روسيا", "GPE", 3, **RUSSIA)
e_putin = g.ent("فلاديمير بوتين", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
g.ent("سوتشي", "GPE", 2, **SOCHI)
e_lav = g.ent("ألكسندر لافرنتييف", "PER", **LAV)
g.ent("كازاخستان", "GPE", 2, **KAZ)
e_hmei = g.ent("قاعدة حميميم الجوية الروسية", "FAC", canonical="Hmeimim Air Base", place=named("Hmeimim Air Base", "SY", "Latakia"))
g.ent("سورية", "GPE", 1, after="الجوية الروسية في", **SYRIA)
e_un2 = g.ent("الأمم المتحدة", "ORG", 2, **UN)
e_kurdp = g.ent("الجهات الكردية السورية الرئيسة", "ORG", nominal=True, **KADMIN)
e_tur = g.ent("تركيا", "GPE", canonical="Turkey", actor="TUR", party="TUR", role="government", place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
g.ent("وحدات حماية الشعب الكردية", "ORG", **YPG)
e_ypg2 = g.ent("وحدات حماية الشعب", "ORG", 2, **YPG)
e_isis = g.ent("تنظيم \" الدولة الإسلامية \"", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
g.ent("داعش", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
e_usa = g.ent("الولايات المتحدة", "GPE", canonical="United States", actor="USA", party="USA", role="government", place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
e_mos2 = g.ent("موسكو", "GPE", 2, **MOSCOW)
g.ent("بشار الأسد", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")

t_tue = g.time("اليوم ( الثلثاء )", "2017-10-31", "day", "at")
t_next = g.time("الشهر المقبل", "2017-11", "month", "at")
t_today2 = g.time("اليوم", "2017-10-31", "day", "at", 1, after="الدعوة")
g.time("اليوم", "2017-10-31", "day", "at", 1, after="مسؤول كردي")
g.time("حتى الآن", "2017-10-31", "day", "until")
t_last = g.time("الشهر الماضي", "2017-09", "month", "at")
t_mid = g.time("منتصف تشرين الثاني ( نوفمبر ) المقبل", "2017-11", "month", "at")
g.time("الشهر الجاري", "2017-10", "month", "at")
g.time("في وقت سابق الأسبوع الجاري", "2017-10-30/2017-10-31", "week", "before")
g.time("منذ أكثر من ستة أعوام", "2011", "year", "since")
g.time("أمس", "2017-10-30", "day", "at")
g.time("طوال الحرب", None, "vague", "vague")
g.time("منذ عام 2011", "2011", "year", "since")
t_now = g.time("حاليا", "2017-10-31", "day", "at")
t_ly = g.time("العام الماضي", "2016", "year", "at")

s1 = g.stmt(("بشار الجعفري", 1, None, e_jaa), ("قال", 1), "assert",
            ("الحكومة في دمشق مستعدة للمشاركة في مؤتمر للأطراف السورية المتحاربة تعتزم موسكو استضافته في منتجع سوتشي على البحر الأسود الشهر المقبل", 1))
s2 = g.stmt(("الجعفري", 1, "وأضاف", e_jaa2), ("أضاف", 1, "وأضاف الجعفري"), "assert",
            ("المؤتمر يأتي نتيجة للحوار مع حلفاء سورية الروس وللانتصارات الميدانية", 1),
            medium=("مؤتمر صحافي في آستانة عاصمة كازاخستان بثه التلفزيون", 1))
s3 = g.stmt(("مسؤول كردي", 1, None, e_kofficial), ("صرح", 1), "assert",
            ("روسيا دعت الإدارة التي يقودها الأكراد شمال سورية لحضور مؤتمرها المقترح الذي يضم السوريين من مختلف الطوائف والأعراق لإجراء حوار وطني", 1))
s4 = g.stmt(("بدران جيا كورد", 1, None, e_badran), ("قال", 1, "وقال المستشار"), "assert",
            ("ندرس الموضوع وحتى الآن الموقف إيجابي", 1), direct=True)
s5 = g.stmt(("بدران جيا كورد", 1, None, e_badran), ("أضاف", 1, "إيجابي"), "assert",
            ("تلقوا الدعوة خلال اجتماعات مع مسؤولين روس شمال سورية الشهر الماضي وأنهم يؤيدون الفكرة , إذ تأتي كمسعى للوصول إلى حل سياسية للنزاع", 1))
s6 = g.stmt(("فلاديمير بوتين", 1, None, e_putin), ("أشار", 1, "وأشار الرئيس"), "assert",
            ("المؤتمر", 1, "فلاديمير بوتين إلى"))
s7 = g.stmt(("فلاديمير بوتين", 1, None, e_putin), ("قال", 1, "سوتشي .\nوقال"), "assert",
            ("سيشمل \" جميع الأعراق والطوائف والحكومة والمعارضة \"", 1))
s8 = g.stmt(("ألكسندر لافرنتييف", 1, None, e_lav), ("أفاد", 1), "assert",
            ("هذا المؤتمر سيركز على السعي \" إلى الوصول لحل وسط تجاه تسوية سياسية \" للنزاع السوري", 1))
s9 = g.stmt(("ألكسندر لافرنتييف", 1, None, e_lav), ("أضاف", 1, "وأضاف للصحافيين"), "assert",
            ("قاعدة حميميم الجوية الروسية في سورية قد تستخدم أيضا وأن الاقتراح حظي بدعم من الأمم المتحدة", 1))
s10 = g.stmt(("تركيا", 1, None, e_tur), ("تعتبر", 1), "assert",
             ("\" وحدات حماية الشعب الكردية \" السورية تهديدا أمنيا لحدودها", 1))

p_conf = g.prop("agreement", [("agent", e_mos1, "RUS")], ("مؤتمر", 1, "للمشاركة في"), place=e_sochi1, time=t_next)
p_ready = g.prop("other", [("agent", e_gov, "SYR")], ("مستعدة", 1), place=e_sochi1)
p_inv = g.prop("other", [("agent", e_rus1, "RUS")], ("الدعوة", 1, "ووجهت"), time=t_today2)
p_invk = g.prop("other", [("agent", e_rus2, "RUS"), ("partner", e_kadm, "SDF")], ("دعت", 1), time=t_last)
p_hmei = g.prop("other", [("agent", None, "RUS")], ("تستخدم", 1), place=e_hmei)
p_unsup = g.prop("support", [("agent", e_un2, None)], ("بدعم", 1, "الاقتراح حظي"))
p_excl = g.prop("other", [("target", e_kurdp, "SDF"), ("agent", e_tur, "TUR")], ("ت ستبعد", 1))
p_threat = g.prop("other", [("agent", e_ypg2, "SDF")], ("تهديدا", 1))
p_ctrl = g.prop("control", [("agent", e_ypg2, "SDF")], ("تسيطر", 1), time=t_now)
p_cap = g.prop("capture", [("agent", e_ypg2, "SDF"), ("target", e_isis, "ISIS"), ("partner", e_usa, "USA")], ("سيطرت", 1))
p_diplo = g.prop("other", [("agent", e_mos2, "RUS")], ("جهود ديبلوماسية", 1), time=t_ly)

g.claim(p_conf, s1, "affirm", "planned")
g.claim(p_ready, s1, "affirm", "intended")
g.claim(p_inv, "author")
g.claim(p_invk, s3)
g.claim(p_conf, s3, "affirm", "planned")
g.claim(p_invk, s5)
g.claim(p_conf, "author", "affirm", "planned")
g.claim(p_conf, s6, "affirm", "planned")
g.claim(p_conf, s7, "affirm", "planned")
g.claim(p_conf, s8, "affirm", "planned")
g.claim(p_hmei, s9, "affirm", "possible")
g.claim(p_unsup, s9)
g.claim(p_excl, "author")
g.claim(p_threat, s10)
g.claim(p_ctrl, "author")
g.claim(p_cap, "author")
g.claim(p_diplo, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
