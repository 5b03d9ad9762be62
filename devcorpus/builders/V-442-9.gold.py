"""Gold analysis of V-442-9 (روزنة, estimated 2017-07-06): a Sultan Murad commander, Abu al-Khair, flees with
his group to SDF areas and is pictured with Suhail al-Hassan in regime areas; opposition-SDF clashes near
Azaz, Marea and Tal Malid.

Judgement calls:
- Published: no date in URL or text («اليوم الخميس»); estimated from the «أهل الديار» battle against the SDF
  north of Aleppo (summer 2017) — a Thursday, 2017-07-06, estimated.
- Body starts at the headline; the stray credit token «enabbaladi» after it is kept (contiguous) and not
  annotated.
- The Hawar Kilis operations room statement: one statement (cue «قالت فيه», medium the statement/بيانا,
  direct); the «بلاغات تتحدث عن» reports are an embedded statement.
- Abu al-Khair's flight is an `other` proposition (defection), affirmed by Sultan Murad and the operations
  room; his arrival in regime areas is affirmed by activists and by the headline (author).
- «محاولة تسلل لقوات سوريا الديمقراطية» is an SDF `attack` (actual attempt) with 3 attackers killed.
- The correspondent's report is in quote marks: direct. Turkish artillery from nearby bases: `shelling`.
- The name «المنكقة» is kept as printed (probably al-Maliqiyah/Menagh); null place id.
- No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-442-9", "outlet": "روزنة", "published": "2017-07-06", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ES = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Euphrates Shield forces")
SM = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Sultan Murad Division")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
HASSAN = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Suhail al-Hassan")
ABK = dict(actor="ABUKHAIR", party=None, role="armed_group", canonical="Abu al-Khair")
AZAZ = dict(canonical="Azaz", place={"geonames_id": 172082, "name": "I‘zāz", "lat": 36.58662, "lon": 37.04628, "country": "SY", "admin1": "Aleppo"})
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")

g.ent("درع الفرات", "ORG", 1, **ES)
e_has0 = g.ent("سهيل الحسن", "PER", 1, **HASSAN)
e_sm1 = g.ent("فرقة السلطان مراد", "ORG", 1, **SM)
g.ent("قوات درع الفرات", "ORG", **ES)
e_abk1 = g.ent("ابو الخير", "PER", 1, **ABK)
e_sdf1 = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
e_room = g.ent("غرفة \" علميات حوار كلس \"", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Hawar Kilis Operations Room")
g.ent("ابو الخير", "PER", 2, **ABK)
e_bat = g.ent("الكتيبة الأمنية", "ORG", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Security battalion (Jarabulus)")
e_jar = g.ent("جرابلس", "GPE", canonical="Jarabulus", place={"geonames_id": 169179, "name": "Jarābulus", "lat": 36.8175, "lon": 38.01111, "country": "SY", "admin1": "Aleppo"})
e_abk3 = g.ent("أبو الخير", "PER", 1, **ABK)
e_suk = g.ent("السكرية", "GPE", canonical="Al-Sukkariyah", place=named("Al-Sukkariyah", "SY", "Aleppo"))
g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
e_act = g.ent("ناشطون", "PER", nominal=True)
g.ent("أبابيل الحق", "ORG", canonical="Ababil al-Haq group", actor="ABABIL", party=None, role="armed_group")
e_abk4 = g.ent("ابو الخير", "PER", 3, **ABK)
g.ent("فرقة السلطان مراد", "ORG", 2, **SM)
g.ent("حلب", "GPE", 1, canonical="Aleppo Governorate", place=named("Aleppo Governorate", "SY", "Aleppo"))
g.ent("جيش النظام", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Arab Army")
g.ent("سهيل الحسن", "PER", 2, **HASSAN)
e_reg = g.ent("النظام السوري", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
e_opp1 = g.ent("فصائل المعارضة", "ORG", **OPP)
e_sdf3 = g.ent("قوات سوريا الديمقراطية", "ORG", 3, **SDF)
e_jd = g.ent("الجديدة", "GPE", canonical="Al-Jdeideh", place=named("Al-Jdeideh", "SY", "Aleppo"))
g.ent("المنكقة", "GPE", canonical="al-Menagh", place=named("al-Menagh", "SY", "Aleppo"))
g.ent("اعزاز", "GPE", 1, **AZAZ)
e_sdf4 = g.ent("قوات سوريا الديمقراطية", "ORG", 4, **SDF)
e_corr = g.ent("مراسل روزنة", "PER", nominal=True, actor="ROZANA", party=None, role="media", canonical="Rozana correspondent")
e_sdf5 = g.ent("قوات سوريا الديمقراطية", "ORG", 5, **SDF)
e_shatt = g.ent("الشط", "FAC", canonical="Al-Shatt checkpoint", place=named("Al-Shatt checkpoint", "SY", "Aleppo"))
g.ent("اعزاز", "GPE", 2, **AZAZ)
e_marea = g.ent("مارع", "GPE", canonical="Marea", place=named("Marea", "SY", "Aleppo"))
g.ent("تل مالد", "GPE", canonical="Tal Malid", place=named("Tal Malid", "SY", "Aleppo"))
e_tbases = g.ent("القواعد التركية", "FAC", nominal=True, canonical="Turkish bases", place=named("Turkish bases", "SY", "Aleppo"))
e_opp2 = g.ent("المعارضة السورية", "ORG", **OPP)
e_sdf6 = g.ent("قوات سوريا الديموقراطية", "ORG", **SDF)

t_thu1 = g.time("اليوم الخميس", "2017-07-06", "day", "at", 1)
g.time("اليوم الخميس", "2017-07-06", "day", "at", 2)
t_thu3 = g.time("اليوم الخميس", "2017-07-06", "day", "at", 3)
t_days = g.time("منذ أيام قليلة", None, "vague", "since")
t_ly = g.time("مطلع العام الماضي", "2016", "year", "at")
q15 = g.qty("خمسة عشر \" عنصرا", 15, "fighters")
q3 = g.qty("ثلاث عناصر", 3, "people", "killed")

s1 = g.stmt(("فرقة السلطان مراد", 1, None, e_sm1), ("أعلنت", 1), "assert",
            ("قياديا تابعا لإحدى مجموعاتها يدعى \" ابو الخير \" فر نحو مناطق سيطرة \" قوات سوريا الديمقراطية \" مع عدد من مجموعته التي قدرت ب - \" خمسة عشر \" عنصرا", 1))
s2 = g.stmt(("غرفة \" علميات حوار كلس \"", 1, None, e_room), ("قالت فيه", 1), "assert",
            ("الكتيبة الأمنية المسؤولة في مدينة \" جرابلس \" تلقت عدة بلاغات تتحدث عن قيام مجموعة مسلحة بنصب حواجز بقيادة \" أبو الخير \" , تقوم بسلب المدنيين , حيث قامت بملاحقة المجموعة والاشتباك معها بالقرب من قرية السكرية وهو ما دفعها للفرار نحو مناطق سيطرة قوات سوريا الديمقراطية", 1),
            medium=("بيانا", 1), direct=True)
s3 = g.stmt(("عدة بلاغات", 1), ("تتحدث عن", 1), "assert",
            ("قيام مجموعة مسلحة بنصب حواجز بقيادة \" أبو الخير \" , تقوم بسلب المدنيين", 1), embedded_in=s2)
s4 = g.stmt(("ناشطون", 1, None, e_act), ("قالوا", 1), "assert",
            ("بعد وصوله مع مجموعته لمناطق سيطرة النظام السوري", 1), medium=("مواقع التواصل الاجتماعي", 1))
s5 = g.stmt(("مراسل روزنة", 1, None, e_corr), ("افاد", 1, "وافاد"), "assert",
            ("تدمير بيكاب لقوات سوريا الديمقراطية على حاجز ما يسمى \" الشط \" الواقع غربي اعزاز , بالتوازي مع اشتباكات جرت جنوب مدينة مارع وجبهة قرية تل مالد , ترافق ذلك قصف مدفعي من القواعد التركية القريبة على هذه الجبهات", 1),
            direct=True)

p_flee = g.prop("other", [("agent", e_abk1, None)], ("فر", 1), time=t_thu1, quantities=[q15])
p_rob = g.prop("attack", [("agent", e_abk3, None)], ("بسلب", 1), place=e_jar)
p_clash1 = g.prop("clash", [("agent", e_bat, "SYR.OPP"), ("agent", e_abk3, None)], ("الاشتباك", 1), place=e_suk)
p_toreg = g.prop("other", [("agent", e_abk4, None), ("partner", e_reg, "SYR")], ("وصوله", 1), time=t_thu1)
p_clash2 = g.prop("clash", [("agent", e_opp1, "SYR.OPP"), ("agent", e_sdf3, "SDF")], ("اشتباكات", 1, "في سياق اخر"), place=e_jd, time=t_thu3)
p_infil = g.prop("attack", [("agent", e_sdf4, "SDF"), ("target", e_opp1, "SYR.OPP")], ("تسلل", 1), place=e_jd, time=t_thu3, quantities=[q3])
p_pickup = g.prop("attack", [("target", e_sdf5, "SDF")], ("تدمير", 1), place=e_shatt, time=t_thu3)
p_clash3 = g.prop("clash", [], ("اشتباكات", 1, "بالتوازي مع"), place=e_marea, time=t_thu3)
p_tart = g.prop("shelling", [("agent", e_tbases, "TUR")], ("قصف مدفعي", 1), place=e_marea, time=t_thu3)
p_battle = g.prop("attack", [("agent", e_opp2, "SYR.OPP"), ("target", e_sdf6, "SDF")], ("معركة", 1), time=t_days)
p_retake = g.prop("capture", [("agent", e_opp2, "SYR.OPP")], ("استرجاع", 1), time=t_days)
p_lost = g.prop("capture", [("agent", e_sdf6, "SDF")], ("خسرته", 1), time=t_ly)

g.claim(p_flee, s1)
g.claim(p_flee, s2)
g.claim(p_rob, s3)
g.claim(p_clash1, s2)
g.claim(p_toreg, "author")
g.claim(p_toreg, s4)
g.claim(p_clash2, "author")
g.claim(p_infil, "author")
g.claim(p_pickup, s5)
g.claim(p_clash3, s5)
g.claim(p_tart, s5)
g.claim(p_battle, "author")
g.claim(p_retake, "author", "affirm", "intended")
g.claim(p_lost, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
