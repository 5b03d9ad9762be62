"""Gold analysis of R-589-4 (بي بي سي عربي, 2016-03-30 estimated): Assad tells RIA Novosti the opposition could
join a new government; the HNC's George Sabra dismisses it (to Reuters); war damage; Russian and Syrian
strikes on al-Sukhnah and al-Qaryatain.

Judgement calls:
- Published: the URL says 160329, but the text says the interview's details were «نشرت ... الاربعاء»
  (2016-03-30) and the strikes were «صباح الثلاثاء» (03-29); 2016-03-30, marked estimated.
- «دماروقال» (caption + cue) is fused: the cue span is the fused token. «الاربعاءإنه» is fused in the crawl, so that time cannot be annotated as a whole word (left out).
- Body starts at the second headline copy; the in-text photo captions («دمار», «الرئيس السوري بشار الأسد
  مسلحو تنظيم الدولة ...») stay inside. The caption line quoting Assad on Palmyra and the unattributed
  lines after it have no cue word and are not annotated as statements or claims.
- Headline «الأسد : ...» is a headline statement. The Novosti interview is `via` for the statements that
  name it (paragraph 2, «لنوفوستي») and their continuation; the lede has no via.
- Sabra's «هزأ بما قاله» is stance deny; his quote via Reuters.
- The opposition joining a new government is one `agreement` proposition, modality possible.
- «المقاتلات الروسية والسورية» is one ORG mention (party RUS; the Syrian jets are in the same phrase).
- No contradictions: demands about Assad's fate are not factual claims about the same proposition.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-589-4", "outlet": "بي بي سي عربي", "published": "2016-03-30", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="government", canonical="Syrian opposition")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
NOV = dict(actor="RUS.MED", party="RUS", role="media", canonical="RIA Novosti")
GENEVA = dict(canonical="Geneva", place={"geonames_id": 2660646, "name": "Geneva", "lat": 46.20222, "lon": 6.14569, "country": "CH", "admin1": "Geneva"})
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
QAR = dict(canonical="Al-Qaryatayn", place=named("Al-Qaryatayn", "SY", "Homs"))

A = {}
for n in range(1, 8):
    if n in (2, 7):
        continue
    A[n] = g.ent("الأسد", "PER", n, **ASSAD)
A[2] = g.ent("بشار الأسد", "PER", 1, **ASSAD)
A[7] = g.ent("بشار الأسد", "PER", 2, **ASSAD)
e_asd1 = g.ent("الاسد", "PER", 1, **ASSAD)
g.ent("بشار الاسد", "PER", 1, **ASSAD)
g.ent("بشار الاسد", "PER", 2, **ASSAD)
e_opp0 = g.ent("لمعارضة", "ORG", 1, **OPP)  # للمعارضة
e_opp1 = g.ent("قوى المعارضة", "ORG", 1, nominal=True, **OPP)
g.ent("قوى المعارضة", "ORG", 2, nominal=True, **OPP)
e_gen1 = g.ent("جنيف", "GPE", 1, **GENEVA)
e_nov = g.ent("وكالة راي نوفوستي الروسية للانباء", "ORG", **NOV)
e_gov1 = g.ent("الحكومة السورية", "ORG", 1, **SYRGOV)
e_opp3 = g.ent("المعارضة", "ORG", 3, **OPP)
e_gen2 = g.ent("جنيف", "GPE", 2, **GENEVA)
e_opp4 = g.ent("المعارضة", "ORG", 4, **OPP)
e_gov2 = g.ent("الحكومة السورية", "ORG", 2, **SYRGOV)
e_spk = g.ent("ناطقا", "PER", 1, nominal=True, actor="SYR.OPP.HNC", party="SYR.OPP", role="government", canonical="HNC spokesman")
g.ent("الهيئة العليا للمفاوضات", "ORG", actor="SYR.OPP.HNC", party="SYR.OPP", role="government", canonical="High Negotiations Committee")
g.ent("المعارضة السورية", "ORG", **OPP)
e_sabra = g.ent("جورج صبرا", "PER", actor="SYR.OPP.HNC", party="SYR.OPP", role="government", canonical="George Sabra")
e_reu = g.ent("وكالة رويترز للانباء", "ORG", actor="REUTERS", party=None, role="media", canonical="Reuters")
e_powers = g.ent("القوى الكبرى", "ORG", nominal=True, canonical="Major powers")
g.ent("سوريا", "GPE", 1, **SYRIA)
e_gen3 = g.ent("جنيف", "GPE", 3, **GENEVA)
e_pres2 = g.ent("الرئيس السوري", "PER", 2, nominal=True, **ASSAD)
e_nov2 = g.ent("نوفوستي", "ORG", 2, **NOV)
g.ent("الحكومة", "ORG", 1, after="بين الطرفين (", nominal=True, **SYRGOV)
g.ent("المعارضة", "ORG", 6, **OPP)
e_pres3 = g.ent("الرئيس السوري", "PER", 3, nominal=True, **ASSAD)
g.ent("جنيف", "GPE", 4, **GENEVA)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("تنظيم \" الدولة الاسلامية \"", "ORG", **ISIS)
g.ent("تدمر", "GPE", canonical="Palmyra", place={"geonames_id": 163808, "name": "Tadmur", "lat": 34.5624, "lon": 38.28402, "country": "SY", "admin1": "Homs"})
g.ent("التحالف الذي تقوده الولايات المتحدة", "ORG", actor="COALITION", party="USA", role="military", canonical="US-led coalition")
e_jets = g.ent("المقاتلات الروسية والسورية", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian and Syrian air forces")
e_sukh = g.ent("السخنة", "GPE", 1, canonical="Al-Sukhnah", place=named("Al-Sukhnah", "SY", "Homs"))
e_qar1 = g.ent("القريتين", "GPE", 1, **QAR)
g.ent("الجيش", "ORG", 1, after="وإذا استعاد", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Arab Army")
g.ent("القريتين", "GPE", 2, **QAR)
g.ent("السخنة", "GPE", 2, canonical="Al-Sukhnah", place=named("Al-Sukhnah", "SY", "Homs"))
e_isis2 = g.ent("الدولة الإسلامية", "ORG", **ISIS)
g.ent("التنظيم", "ORG", 1, after="قدرة", nominal=True, **ISIS)
g.ent("سوريا", "GPE", 3, **SYRIA)
g.ent("دمشق", "GPE", canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})

t_month = g.time("في الشهر الحالي", "2016-03", "month", "at")
g.time("سابقا", None, "vague", "before")
t_now = g.time("الى الآن", "2016-03-30", "day", "until")
g.time("منذ خمس سنوات", "2011", "year", "since")
g.time("فورا", None, "vague", "at")
t_tue = g.time("صباح الثلاثاء", "2016-03-29", "part_of_day", "at")
q29 = g.qty("29 غارة", 29, "strikes")

NV = [("وكالة راي نوفوستي الروسية للانباء", 1, None, e_nov)]
s_h = g.stmt(("الأسد", 1, None, A[1]), (":", 1), "assert", ("يمكن للمعارضة ان تنضم لحكومة سورية جديدة", 1))
s1 = g.stmt(("بشار الأسد", 1, None, A[2]), ("قال", 1), "assert",
            ("\" قوى المعارضة \" قد تكون جزءا من حكومة سورية جديدة يتم الاتفاق عليها في مفاوضات جنيف للسلام", 1))
s2 = g.stmt(("الاسد", 1, None, e_asd1), ("قال", 1, "وقال الرئيس الاسد"), "assert",
            ("يتوقع ان تشكل الحكومة الانتقالية الجديدة من \" قوى مستقلة وقوى المعارضة والقوى الموالية للدولة", 1),
            via=NV, medium=("مقابلة", 1))
s3 = g.stmt(("المعارضة", 4, None, e_opp4), ("تصر", 1), "demand", ("تنحي الرئيس الأسد", 1))
s4 = g.stmt(("الحكومة السورية", 2, None, e_gov2), ("تقول", 1), "assert", ("مصيره ليس مجالا للنقاش", 1))
s5 = g.stmt(("الأسد", 4, None, A[4]), ("قال", 1, "الأسد قال سابقا"), "assert",
            ("الشعب السوري هو الذي ينبغي ان يختار شكل حكومته", 1))
s6 = g.stmt(("ناطقا باسم الهيئة العليا للمفاوضات المنبثقة عن المعارضة السورية", 1, None, e_spk), ("هزأ", 1), "deny",
            ("بما قاله الرئيس الأسد", 1))
s7 = g.stmt(("جورج صبرا", 1, None, e_sabra), ("قال", 1, "وقال جورج"), "assert",
            ("الحكومة , اذا كانت قديمة او جديدة , لا يمكن ان تكون جزءا من العملية السياسية طالما فيها بشار الاسد .\nإن ما يتحدث عنه بشار الاسد ليس له علاقة بالعملية السياسية", 1),
            via=[("وكالة رويترز للانباء", 1, None, e_reu)], direct=True)
s8 = g.stmt(("القوى الكبرى", 1, None, e_powers), ("تتفق", 1), "demand",
            ("ضرورة ايجاد عملية انتقال سياسي وصياغة دستور جديد واجراء انتخابات", 1))
s9 = g.stmt(("الرئيس السوري", 2, None, e_pres2), ("قال", 1, "وقال الرئيس السوري لنوفوستي"), "assert",
            ("رغم الاختلافات العميقة بين الطرفين ( الحكومة والمعارضة ) , يمكن لمفاوضات السلام ان تسفر عن هيكل لحكومة جديدة", 1),
            via=[("نوفوستي", 2, None, e_nov2)])
s10 = g.stmt(("الرئيس السوري", 3, None, e_pres3), ("قال", 1, "وقال الرئيس السوري \""), "assert",
             ("هناك العديد من القضايا التي ينبغي كناقشتها في جنيف , ولكنها ليست قضايا عسيرة , انا لا اعتبرها عسيرة وهي قابلة للحل", 1),
             via=[("نوفوستي", 2, None, e_nov2)], direct=True)
s11 = g.stmt(("الأسد", 6, None, A[6]), ("دماروقال", 1), "assert",
             ("الدمار الذي خلفته الحرب الدائرة في سوريا منذ خمس سنوات كلفت البلاد اكثر من 200 مليار دولار", 1),
             via=[("نوفوستي", 2, None, e_nov2)])

p_join = g.prop("agreement", [("agent", e_opp0, "SYR.OPP"), ("partner", A[1], "SYR")], ("تنضم", 1), place=e_gen1)
p_talks = g.prop("agreement", [("agent", e_gov1, "SYR"), ("agent", e_opp3, "SYR.OPP")], ("مفاوضات السلام", 1), place=e_gen2, time=t_month)
p_noprog = g.prop("agreement", [], ("تتمخض", 1), place=e_gen3, time=t_now)
p_damage = g.prop("other", [], ("الدمار", 1))
p_air = g.prop("airstrike", [("agent", e_jets, "RUS"), ("agent", None, "SYR"), ("target", e_isis2, "ISIS")], ("قصفت", 1, "وقصفت المقاتلات"), place=e_qar1, time=t_tue, quantities=[q29])
p_ctrl = g.prop("control", [("agent", e_isis2, "ISIS")], ("قبضة", 1), place=e_qar1)

g.claim(p_join, s_h, "affirm", "possible")
g.claim(p_join, s1, "affirm", "possible")
g.claim(p_join, s2, "affirm", "possible")
g.claim(p_join, s9, "affirm", "possible")
g.claim(p_talks, "author")
g.claim(p_noprog, "author", "affirm", "failed")
g.claim(p_damage, s11)
g.claim(p_air, "author")
g.claim(p_ctrl, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
