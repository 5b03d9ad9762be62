"""Gold analysis of R-57-2 (الرؤية, estimated 2017-12-19): Assad accuses France of backing terrorism and calls
US-backed forces in eastern Syria traitors; French replies (Macron, Le Drian via Le Figaro); the SDF's
answer; Rogozin via RIA on rebuilding Syria's energy facilities.

Judgement calls:
- Published: no date in URL or text; Assad's remarks («أمس») after meeting Rogozin were on 2017-12-18,
  so 2017-12-19, estimated.
- Body starts at the headline and keeps the credit line «الرؤية - الوكالات» that follows it.
- Headline «الأسد بين فرنسا وأمريكا : الأولى تدعم الإرهاب والثانية تمول الخونة» is read as a headline
  statement by Assad (cue the colon).
- «هاجم ... متهما إياها» : one statement, cue متهما (assert). Official media are `via` for the quote
  after «ونقلت وسائل إعلام رسمية عن الأسد», and for its «وأضاف».
- France's «وقالت إنها ترتكب جرائم جماعية في منطقة الغوطة الشرقية» is France's; the clause «حيث تحاصر
  قوات الحكومة 400 ألف شخص» is read as the author's background (siege, author claim).
- The SDF statement's later quotes («وذكر البيان», «وأضاف») have source البيان with no entity.
- US support to the SDF is one proposition affirmed by the author (coalition military support), by the
  headline and by the presidency statement («الفصائل المدعومة من الولايات المتحدة»).
- No contradictions: the accusations go different ways (France backs terrorism vs Syria commits crimes)
  and are not the same proposition.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-57-2", "outlet": "الرؤية", "published": "2017-12-19", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
FRANCE = dict(canonical="France", actor="FRA", party="FRA", role="government", place={"geonames_id": 3017382, "name": "France", "lat": 46.0, "lon": 2.0, "country": "FR", "admin1": None})
USA = dict(canonical="United States", actor="USA", party="USA", role="government", place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place={"geonames_id": 130758, "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IR", "admin1": None})
WASH = dict(canonical="Washington", place={"geonames_id": 4140963, "name": "Washington, D.C.", "lat": 38.89511, "lon": -77.03637, "country": "US", "admin1": "DC"})
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
UN = dict(actor="UN", party=None, role="other", canonical="United Nations")
ROG = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Rogozin")
FIG = dict(actor="LEFIGARO", party=None, role="media", canonical="Le Figaro")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")

# headline, credit, paragraph 1
e_as0 = g.ent("الأسد", "PER", 1, **ASSAD)
e_fr0 = g.ent("فرنسا", "GPE", 1, **FRANCE)
e_us0 = g.ent("أمريكا", "GPE", 1, **USA)
g.ent("الرؤية", "ORG", 1, canonical="Al Roya (Oman)", actor="ALROYA", party=None, role="media")
g.ent("الوكالات", "ORG", 1, nominal=True, canonical="News agencies")
e_as1 = g.ent("بشار الأسد", "PER", 1, **ASSAD)
g.ent("فرنسا", "GPE", 2, **FRANCE)
# paragraph 2-3
e_offm = g.ent("وسائل إعلام رسمية", "ORG", nominal=True, actor="SYR.MED", party="SYR", role="media", canonical="Syrian state media")
e_as2 = g.ent("الأسد", "PER", 1, after="وسائل إعلام رسمية عن", **ASSAD)
g.ent("وفد روسي", "ORG", nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Russian delegation")
e_fr3 = g.ent("فرنسا", "GPE", 3, **FRANCE)
e_sy1 = g.ent("سوريا", "GPE", 1, **SYRIA)
# paragraph 4
e_fr4 = g.ent("فرنسا", "GPE", 4, **FRANCE)
e_sy2 = g.ent("سوريا", "GPE", 2, **dict(SYRIA, actor="SYR.GOV", party="SYR", role="government"))
e_ghouta = g.ent("الغوطة الشرقية", "LOC", canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
e_govf = g.ent("قوات الحكومة", "ORG", canonical="Syrian government forces", actor="SYR.MIL", party="SYR", role="military")
# paragraph 5
e_mac = g.ent("إيمانويل ماكرون", "PER", actor="FRA.GOV", party="FRA", role="government", canonical="Emmanuel Macron")
e_fr5 = g.ent("فرنسا", "GPE", 5, **FRANCE)
g.ent("الأسد", "PER", 1, after="بما في ذلك", **ASSAD)
# paragraph 6-7
e_ld = g.ent("جان إيف لو دريان", "PER", actor="FRA.GOV", party="FRA", role="government", canonical="Jean-Yves Le Drian")
e_fig = g.ent("صحيفة لو فيجارو", "ORG", **FIG)
e_as5 = g.ent("الأسد", "PER", 1, after="السيد", **ASSAD)
e_ru1 = g.ent("روسيا", "GPE", 1, **RUSSIA)
e_ir1 = g.ent("إيران", "GPE", 1, **IRAN)
e_fig2 = g.ent("الصحيفة", "ORG", 1, after="ونقلت عنه", nominal=True, **FIG)
g.ent("واشنطن", "GPE", 1, **WASH)
# paragraph 8-11
e_office = g.ent("مكتب الرئيس السوري بشار الأسد", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian Presidency")
e_pres = g.ent("الرئيس", "PER", 1, after="على الإنترنت إن", nominal=True, **ASSAD)
e_fac = g.ent("الفصائل المدعومة من الولايات المتحدة", "ORG", nominal=True, **SDF)
e_sy3 = g.ent("سوريا", "GPE", 1, after="في شرق", **SYRIA)
e_as7 = g.ent("الأسد", "PER", 1, after="خائنة .\nوقال", **ASSAD)
e_as8 = g.ent("الأسد", "PER", 1, after="ورحب", **ASSAD)
g.ent("الأمم المتحدة", "ORG", 1, **UN)
e_as9 = g.ent("الأسد", "PER", 1, after="السورية .\nوقال", **ASSAD)
e_rog1 = g.ent("ديمتري روجوزين", "PER", **ROG)
g.ent("دمشق", "GPE", 1, canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})
g.ent("لأمم المتحدة", "ORG", 1, **UN)  # للأمم: ل + الأمم
# paragraph 12-16
e_coal = g.ent("تحالف دولي تقوده واشنطن", "ORG", **COAL)
g.ent("تنظيم الدولة الإسلامية", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
e_sdf1 = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
e_sy4 = g.ent("سوريا", "GPE", 1, after="ربع مساحة", **SYRIA)
e_sdf2 = g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
e_reg1 = g.ent("النظام", "ORG", 1, after="وأضافت \" هذا", nominal=True, **SYRGOV)
g.ent("النظام", "ORG", 1, after="وأضاف \" هذا", nominal=True, **SYRGOV)
e_as10 = g.ent("الأسد", "PER", 1, after="الأشكال \" .\nوتعهد", **ASSAD)
e_ria = g.ent("وكالة الإعلام الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="RIA Novosti")
e_rog2 = g.ent("روجوزين", "PER", 1, after="وكالة الإعلام الروسية عن", **ROG)
e_ru3 = g.ent("روسيا", "GPE", 1, after="قوله بعد الاجتماع إن", **RUSSIA)

# times and quantities
t_yest = g.time("أمس", "2017-12-18", "day", "at")
t_early1 = g.time("منذ الأيام الأولى", "2011", "vague", "since", 1)
g.time("منذ الأيام الأولى", "2011", "vague", "since", 2)
t_sofar = g.time("حتى الآن", "2017-12-18", "day", "until")
g.time("نحو سبعة أعوام", "2011/2017", "year", "vague")
t_next = g.time("أوائل العام المقبل", "2018", "year", "at")
g.time("الآن", "2017-12-18", "day", "at", 1, after="وخاصة")
t_now = g.time("حاليا", "2017-12-19", "day", "at")
t_before = g.time("من قبل", None, "vague", "before")
q400 = g.qty("400 ألف شخص", 400000, "people")

# statements
s_h = g.stmt(("الأسد", 1, None, e_as0), (":", 1), "assert", ("الأولى تدعم \" الإرهاب \" والثانية تمول \" الخونة \"", 1))
s1 = g.stmt(("بشار الأسد", 1, None, e_as1), ("متهما", 1), "assert", ("إياها بدعم الإرهاب في بلاده ومن ثم لا يحق لها الحديث عن السلام", 1))
s2 = g.stmt(("الأسد", 1, "وسائل إعلام رسمية عن", e_as2), ("قوله", 1), "assert",
            ("من المعروف أن فرنسا كانت هي رأس الحربة في دعم الإرهاب في سوريا منذ الأيام الأولى ويدهم غارقة في الدماء السورية منذ الأيام الأولى ولا نرى بأنهم غيروا موقفهم بشكل جذري حتى الآن", 1),
            via=[("وسائل إعلام رسمية", 1, None, e_offm)])
s3 = g.stmt(("الأسد", 1, "وسائل إعلام رسمية عن", e_as2), ("أضاف", 1, "وأضاف \" من"), "assert",
            ("من يدعم الإرهاب لا يحق له أن يتحدث عن السلام", 1), via=[("وسائل إعلام رسمية", 1, None, e_offm)], direct=True)
s4 = g.stmt(("فرنسا", 4, None, e_fr4), ("اتهمت", 1), "assert", ("سوريا بأنها لا تفعل شيئا من أجل التوصل لاتفاق سلام", 1))
s5 = g.stmt(("فرنسا", 4, None, e_fr4), ("قالت", 1, "الحرب وقالت"), "assert", ("ترتكب جرائم جماعية في منطقة الغوطة الشرقية", 1))
s6 = g.stmt(("إيمانويل ماكرون", 1, None, e_mac), ("قال", 1, "وقال الرئيس الفرنسي"), "assert",
            ("فرنسا ستسعى لإجراء محادثات سلام تشمل جميع أطراف الصراع السوري بما في ذلك الأسد", 1))
s7 = g.stmt(("إيمانويل ماكرون", 1, None, e_mac), ("تعهد", 1, "الأسد وتعهد"), "promise", ("بطرح مبادرات في أوائل العام المقبل", 1))
s8 = g.stmt(("جان إيف لو دريان", 1, None, e_ld), ("قوله", 2), "assert",
            ("لا يبدو أن السيد الأسد في وضع يسمح له باتخاذ موقف سياسي ما دام يعتمد على روسيا وإيران", 1),
            via=[("صحيفة لو فيجارو", 1, None, e_fig)], direct=True)
s9 = g.stmt(("جان إيف لو دريان", 1, None, e_ld), ("قوله", 3), "assert",
            ("عندما تمضي أيامك في ذبح شعبك , فإنك ستكون أكثر انعزالا", 1), via=[("الصحيفة", 1, "ونقلت عنه", e_fig2)], direct=True)
s10 = g.stmt(("مكتب الرئيس السوري بشار الأسد", 1, None, e_office), ("قال", 1, "وبالتزامن"), "assert",
             ("الرئيس وصف الفصائل المدعومة من الولايات المتحدة في شرق سوريا بأنها خائنة", 1), medium=("بيان على الإنترنت", 1))
s11 = g.stmt(("الرئيس", 1, "على الإنترنت إن", e_pres), ("وصف", 1, "على الإنترنت إن"), "assert",
             ("الفصائل المدعومة من الولايات المتحدة في شرق سوريا بأنها خائنة", 1), embedded_in=s10)
s12 = g.stmt(("الأسد", 1, "خائنة .\nوقال", e_as7), ("قال", 1, "خائنة .\nوقال"), "assert",
             ("كل من يعمل لصالح الأجنبي وخاصة الآن تحت القيادة الأمريكية . . . كل من يعمل تحت قيادة أي بلد أجنبي في بلده وضد جيشه وضد شعبه هو خائن", 1), direct=True)
s13 = g.stmt(("الأسد", 1, "ورحب", e_as8), ("رحب", 1, "ورحب"), "assert",
             ("بقيام الأمم المتحدة بدور في الانتخابات السورية مادام ذلك في إطار السيادة السورية", 1))
s14 = g.stmt(("الأسد", 1, "السورية .\nوقال", e_as9), ("قال", 1, "السورية .\nوقال"), "assert",
             ("نرحب بأي دور للأمم المتحدة بشرط أن يكون مرتبطا بالسيادة السورية", 1), direct=True)
s15 = g.stmt(("قوات سوريا الديمقراطية", 2, None, e_sdf2), ("قالت", 1, "وقالت قوات سوريا"), "assert",
             ("لم نستغرب هذه التصريحات", 1), medium=("بيان", 1, "وقالت قوات سوريا"), direct=True)
s16 = g.stmt(("قوات سوريا الديمقراطية", 2, None, e_sdf2), ("أضافت", 1, "وأضافت \" هذا"), "assert",
             ("هذا النظام . . . ما زال يراهن على الفتنة الطائفية والعرقية", 1), direct=True)
s17 = g.stmt(("البيان", 1, "وذكر"), ("ذكر", 1, "وذكر البيان"), "assert",
             ("نؤكد مرة أخرى على أننا ماضون دون تردد في ملاحقة الإرهاب", 1), direct=True)
s18 = g.stmt(("البيان", 1, "وذكر"), ("أضاف", 1, "وأضاف \" هذا"), "assert",
             ("هذا النظام . . . هو بذاته أحد تعاريف الخيانة التي إن لم يتصدى لها السوريون سيؤدي بالبلاد إلى التقسيم وهو ما لن تسمح به قواتنا بأي شكل من الأشكال", 1), direct=True)
s19 = g.stmt(("الأسد", 1, "الأشكال \" .\nوتعهد", e_as10), ("تعهد", 1, "وتعهد الأسد"), "promise", ("باستعادة كل الأراضي السورية", 1))
s20 = g.stmt(("روجوزين", 1, "وكالة الإعلام الروسية عن", e_rog2), ("قوله", 4), "assert",
             ("روسيا ستكون الدولة الوحيدة التي ستشارك في إعادة بناء منشآت الطاقة السورية", 1), via=[("وكالة الإعلام الروسية", 1, None, e_ria)])

# propositions and claims
p_frterr = g.prop("support", [("agent", e_fr0, "FRA")], ("تدعم", 1), place=e_sy1, time=t_early1)
p_ussdf = g.prop("support", [("agent", e_coal, "USA"), ("partner", e_sdf1, "SDF")], ("دعما عسكريا", 1), place=e_sy3)
p_nopeace = g.prop("other", [("agent", e_sy2, "SYR")], ("لا تفعل", 1))
p_crimes = g.prop("attack", [("agent", e_sy2, "SYR")], ("جرائم جماعية", 1), place=e_ghouta)
p_siege = g.prop("siege", [("agent", e_govf, "SYR")], ("تحاصر", 1), place=e_ghouta, quantities=[q400])
p_talks = g.prop("agreement", [("agent", e_fr5, "FRA")], ("محادثات سلام", 1), time=t_next)
p_relies = g.prop("support", [("agent", e_ru1, "RUS"), ("agent", e_ir1, "IRN"), ("partner", e_as5, "SYR")], ("يعتمد", 1))
p_slaughter = g.prop("attack", [("agent", e_as5, "SYR")], ("ذبح", 1))
p_sdfctrl = g.prop("control", [("agent", e_sdf1, "SDF")], ("يسيطر", 1), place=e_sy4, time=t_now)
p_sect = g.prop("other", [("agent", e_reg1, "SYR")], ("يراهن", 1))
p_sdfterr = g.prop("attack", [("agent", e_sdf2, "SDF")], ("ملاحقة", 1))
p_retake = g.prop("capture", [("agent", e_as10, "SYR")], ("باستعادة", 1), time=t_before)
p_rebuild = g.prop("support", [("agent", e_ru3, "RUS")], ("إعادة بناء", 1))

g.claim(p_frterr, s_h)
g.claim(p_ussdf, s_h)
g.claim(p_frterr, s1)
g.claim(p_frterr, s2)
g.claim(p_frterr, s3)
g.claim(p_nopeace, s4)
g.claim(p_crimes, s5)
g.claim(p_siege, "author")
g.claim(p_talks, s6, "affirm", "intended")
g.claim(p_talks, s7, "affirm", "planned")
g.claim(p_relies, s8)
g.claim(p_slaughter, s9)
g.claim(p_ussdf, s10)
g.claim(p_ussdf, s11)
g.claim(p_ussdf, "author")
g.claim(p_sdfctrl, "author")
g.claim(p_sect, s16)
g.claim(p_sdfterr, s17, "affirm", "intended")
g.claim(p_retake, s19, "affirm", "planned")
g.claim(p_rebuild, s20, "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
