"""Gold analysis of R-149-6 (باس نيوز, estimated 2017-12-02): Macron, after meeting KRG PM Nechirvan Barzani in
Paris, calls on Iraq to dismantle all armed factions including the PMF; background on the October Kirkuk
offensive, abuse accusations, the referendum and Article 140.

Judgement calls:
- Annotated as conflict news (Iraqi forces/PMF offensive on Kirkuk, abuses), like R-475-1, though not Syria.
- Published: no date in URL; Macron's «اليوم السبت» meeting with Barzani was Saturday 2017-12-02 — estimated.
- No headline in the crawl: body is the article text.
- Macron's calls (دعا ..., «من الضروري ...», دعا مجددا, دعا إلى) are demand statements and carry no claims.
- The October 16 offensive is an `attack` (author) with a `capture` of Kirkuk and a PUK-ordered
  `withdrawal` of Peshmerga (author, «خيانة جناح ...» is the outlet's framing).
- «واتهمت منظمات دولية» : source the nominal «منظمات دولية» (the UN, Amnesty, HRW are named inside the
  source phrase and annotated as entities).
- «ودعت المادة 140» (a constitutional text) and «وساق إقليم كوردستان ذلك» are not annotated as statements.
- Party codes: IRQ.PGM for the PMF and Badr, KRG for the Kurdistan Region's bodies. No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-149-6", "outlet": "باس نيوز", "published": "2017-12-02", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
MAC = dict(actor="FRA.GOV", party="FRA", role="government", canonical="Emmanuel Macron")
IRAQ = dict(canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place={"geonames_id": 130758, "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IR", "admin1": None})
BAGH = dict(canonical="Baghdad", actor="IRQ.GOV", party="IRQ", role="government", place={"geonames_id": 98182, "name": "Baghdad", "lat": 33.34058, "lon": 44.40088, "country": "IQ", "admin1": "Baghdad"})
KURD = dict(canonical="Kurdistan Region", place=named("Kurdistan Region", "IQ"))
KIRK = dict(canonical="Kirkuk", place={"geonames_id": 94787, "name": "Kirkuk", "lat": 35.46806, "lon": 44.39222, "country": "IQ", "admin1": "Kirkuk"})
PMF = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
IQF = dict(actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi security forces")
NB = dict(actor="KRG", party="KRG", role="government", canonical="Nechirvan Barzani")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
ABADI = dict(actor="IRQ.GOV", party="IRQ", role="government", canonical="Haider al-Abadi")

M = {n: g.ent("ماكرون", "PER", n, **MAC) for n in range(2, 7)}
M[1] = g.ent("إيمانويل ماكرون", "PER", **MAC)
e_iq1 = g.ent("العراق", "GPE", 1, **dict(IRAQ, actor="IRQ.GOV", party="IRQ", role="government"))
g.ent("الفصائل المسلحة", "ORG", 1, nominal=True, canonical="Armed factions in Iraq")
e_pmf1 = g.ent("مليشيات الحشد الشعبي", "ORG", 1, **PMF)
g.ent("إيران", "GPE", 1, **IRAN)
for n in (1, 3):
    g.ent("اقليم كوردستان", "GPE", n, **KURD)
e_nb1 = g.ent("نيجيرفان بارزاني", "PER", 1, **NB)
g.ent("باريس", "GPE", canonical="Paris", place={"geonames_id": 2988507, "name": "Paris", "lat": 48.85341, "lon": 2.3488, "country": "FR", "admin1": "Île-de-France"})
g.ent("بغداد", "GPE", 1, **BAGH)
g.ent("تنظيم داعش", "ORG", 1, **ISIS)
g.ent("إيران", "GPE", 2, **IRAN)
g.ent("القوى الغربية", "ORG", nominal=True, canonical="Western powers")
g.ent("بارزاني", "PER", 2, **NB)
g.ent("قوات الحشد الشعبي", "ORG", 1, **PMF)
g.ent("العراق", "GPE", 2, **IRAQ)
e_intl = g.ent("منظمات دولية", "ORG", nominal=True, canonical="International organisations")
g.ent("الامم المتحدة", "ORG", actor="UN", party=None, role="other", canonical="United Nations")
g.ent("العفو الدولية", "ORG", actor="AMNESTY", party=None, role="other", canonical="Amnesty International")
g.ent("هيومن رايتس ووج", "ORG", actor="HRW", party=None, role="other", canonical="Human Rights Watch")
e_pmf3 = g.ent("فصائل مليشيات الحشد الشعبي الشيعية", "ORG", **PMF)
e_iqf1 = g.ent("القوات العراقية الاخرى", "ORG", **IQF)
e_iqf2 = g.ent("القوات العراقية", "ORG", 1, after="وشنت", **IQF)
e_pmf4 = g.ent("فصائل مليشيات الحشد الشعبي", "ORG", 2, **PMF)
e_kirk1 = g.ent("كركوك", "GPE", 1, **KIRK)
g.ent("اقليم كوردستان", "GPE", 2, **KURD)
g.ent("بغداد", "GPE", 2, **BAGH)
g.ent("اربيل", "GPE", canonical="Erbil", actor="KRG", party="KRG", role="government", place={"geonames_id": 95446, "name": "Erbil", "lat": 36.19257, "lon": 44.01062, "country": "IQ", "admin1": "Erbil"})
e_puk = g.ent("حزب الاتحاد الوطني الكوردستاني", "ORG", actor="PUK", party="KRG", role="other", canonical="Patriotic Union of Kurdistan")
e_pesh = g.ent("البيشمركة", "ORG", actor="KRG.MIL", party="KRG", role="military", canonical="Peshmerga")
g.ent("القوات والمليشيات العراقية", "ORG", nominal=True, **IQF)
g.ent("قوات الحشد الشعبي", "ORG", 2, **PMF)
e_abadi = g.ent("لعبادي", "PER", 1, after="أصعب اختبار", **ABADI)  # للعبادي
g.ent("تنظيم داعش", "ORG", 2, **ISIS)
g.ent("العبادي", "PER", 1, **ABADI)
g.ent("منظمة بدر", "ORG", actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Badr Organization")
g.ent("الحشد الشعبي", "ORG", 6, **PMF)
g.ent("نيجيرفان بارزاني", "PER", 2, **NB)
g.ent("قوباد طالباني", "PER", actor="KRG", party="KRG", role="government", canonical="Qubad Talabani")
g.ent("القيادة الكوردية", "ORG", nominal=True, actor="KRG", party="KRG", role="government", canonical="Kurdish leadership")
g.ent("اقليم كوردستان", "GPE", 4, **KURD)
g.ent("العراق", "GPE", 3, **IRAQ)
g.ent("العراق", "GPE", 4, **IRAQ)
g.ent("الحكومة المركزية", "ORG", actor="IRQ.GOV", party="IRQ", role="government", canonical="Iraqi federal government")
g.ent("حكومة إقليم كردستان", "ORG", actor="KRG", party="KRG", role="government", canonical="Kurdistan Regional Government")
g.ent("بغداد", "GPE", 3, **BAGH)
g.ent("كوردستان", "GPE", 5, **KURD)
g.ent("كركوك", "GPE", 2, **KIRK)
g.ent("بغداد", "GPE", 4, **BAGH)
g.ent("كوردستان", "GPE", 6, **KURD)
g.ent("كوردستان", "GPE", 7, **KURD)
g.ent("إقليم كوردستان", "GPE", 1, **KURD)
g.ent("الإقليم", "GPE", 1, after="على الاستقلال في", nominal=True, **KURD)

t_sat = g.time("اليوم السبت", "2017-12-02", "day", "at")
g.time("في السنوات القليلة الماضية", None, "vague", "before")
t_recent = g.time("مؤخرا", None, "vague", "before")
t_oct = g.time("16 أكتوبر / تشرين الأول الماضي", "2017-10-16", "day", "at")
t_sep = g.time("25 سبتمبر / أيلول الماضي", "2017-09-25", "day", "at")
g.time("لفترة طويلة", None, "vague", "vague")
g.time("بنهاية 2007", "2007-12", "month", "at")

s1 = g.stmt(("إيمانويل ماكرون", 1, None, M[1]), ("دعا", 1), "demand",
            ("العراق إلى تفكيك كل الفصائل المسلحة بما فيها مليشيات الحشد الشعبي المدعومة من إيران", 1))
s2 = g.stmt(("ماكرون", 3, None, M[3]), ("قال", 1, "وقال ماكرون"), "demand",
            ("من الضروري تطبيق نزع سلاح تدريجي خاصة من قوات الحشد الشعبي التي رسخت وضعها في السنوات القليلة الماضية في العراق , وتفكيك كل الفصائل المسلحة تدريجيا", 1),
            medium=("مؤتمر صحفي مشترك مع بارزاني", 1), direct=True)
s3 = g.stmt(("منظمات دولية , منها الامم المتحدة والعفو الدولية وهيومن رايتس ووج", 1, None, e_intl), ("اتهمت", 1), "assert",
            ("فصائل مليشيات الحشد الشعبي الشيعية والقوات العراقية الاخرى بارتكاب انتهاكات جسيمة بحق مواطنين مدنيين معظمهم كورد في مناطق هاجمتها مؤخرا", 1))
s4 = g.stmt(("ماكرون", 5, None, M[5]), ("دعا", 1, "ماكرون دعا مجددا"), "demand",
            ("حوار في العراق بين الحكومة المركزية وحكومة إقليم كردستان في إطار الدستور العراقي", 1))
s5 = g.stmt(("ماكرون", 5, None, M[5]), ("أضاف", 1, "الدستور العراقي وأضاف"), "assert",
            ("إجراء \" حوار بناء \" قد يؤدي إلى رفع القيود المفروضة على المنطقة الكردية", 1))
s6 = g.stmt(("ماكرون", 6, None, M[6]), ("دعا", 1, "ودعا ماكرون"), "demand",
            ("تطبيق تأجل لفترة طويلة للمادة 140 من الدستور العراقي لتسوية النزاعات على المناطق بين بغداد وكوردستان", 1))

p_abuse = g.prop("attack", [("agent", e_pmf3, "IRQ.PGM"), ("agent", e_iqf1, "IRQ")], ("انتهاكات", 1), time=t_recent)
p_off = g.prop("attack", [("agent", e_iqf2, "IRQ"), ("agent", e_pmf4, "IRQ.PGM")], ("هجوما", 1, "وشنت"), place=e_kirk1, time=t_oct)
p_cap = g.prop("capture", [("agent", e_iqf2, "IRQ"), ("agent", e_pmf4, "IRQ.PGM")], ("استولت", 1), place=e_kirk1, time=t_oct)
p_wd = g.prop("withdrawal", [("agent", e_pesh, "KRG"), ("agent", e_puk, "KRG")], ("سحبه", 1), place=e_kirk1, time=t_oct)
p_vic = g.prop("other", [("agent", e_abadi, "IRQ"), ("target", None, "ISIS")], ("إعلان النصر", 1))
p_meet = g.prop("other", [("agent", M[4], "FRA"), ("partner", e_nb1, "KRG")], ("اجتماع", 1, "التي جاءت بعد"), time=t_sat)
p_ref = g.prop("other", [("agent", None, "KRG")], ("استفتاء", 1, "بعد إجراء"), time=t_sep)

g.claim(p_abuse, s3)
g.claim(p_off, "author")
g.claim(p_cap, "author")
g.claim(p_wd, "author")
g.claim(p_vic, "author", "affirm", "planned")
g.claim(p_meet, "author")
g.claim(p_ref, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
