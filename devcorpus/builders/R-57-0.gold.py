"""Gold analysis of unifiedfc R-57 article 0 (swissinfo.ch, Reuters Arabic wire, published 2017-12-19 00:43):
Assad calls the US-backed forces in eastern Syria traitors; the SDF replies.

Judgement calls:
- Body from the first sentence after the "بيروت ( رويترز ) -" dateline to the end of the text; the
  headline (fused with the site's search help and a photo caption) and the editors' credit are left out.
- "قال مكتب الرئيس ... إن الرئيس وصف ..." : the office's statement, with Assad's description embedded.
- US/coalition military support for the SDF (author; presupposed by Assad's description) is a support
  proposition; SDF control of about a quarter of Syria is a control proposition (author).
- "وتعهد الأسد من قبل باستعادة كل الأراضي السورية": capture, planned; it implies the government does not
  now control all of Syria, which is compatible with the SDF holding a quarter: no contradiction.
- Rogozin's claim that Russia alone will rebuild Syria's energy facilities: support, planned.
- The insults and the SDF's rejoinders have no propositions.
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
g = Gold(text, {"id": "R-57-0", "outlet": "سويس إنفو", "published": "2017-12-19", "url": None, "title": None})
ROG = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Rogozin")
UN = dict(actor="UN", party=None, role="other", canonical="United Nations")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")

e_off = g.ent("مكتب الرئيس السوري بشار الأسد", "ORG", **{**SYRGOV, "canonical": "Syrian Presidency"})
e_pres = g.ent("الرئيس", "PER", 1, after="إن", nominal=True, **ASSAD)
e_fac = g.ent("الفصائل", "ORG", 1, nominal=True, **SDF)
e_us = g.ent("الولايات المتحدة", "GPE", 1, **USA_)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_as2 = g.ent("الأسد", "PER", 2, **ASSAD)
e_as3 = g.ent("الأسد", "PER", 3, **ASSAD)
g.ent("الأمم المتحدة", "ORG", 1, **UN)
e_as4 = g.ent("الأسد", "PER", 4, **ASSAD)
e_rog1 = g.ent("ديمتري روجوزين", "PER", **ROG)
e_dam = g.ent("دمشق", "GPE", **DAMASCUS)
g.ent("لأمم المتحدة", "ORG", 1, after="نرحب بأي دور", **UN)  # للأمم
e_coal = g.ent("تحالف دولي", "ORG", nominal=True, **COAL)
g.ent("واشنطن", "GPE", canonical="Washington", actor="USA.GOV", party="USA", role="government",
      place=gn(4140963, "Washington", 38.89511, -77.03637, "US", "DC"))
g.ent("تنظيم الدولة الإسلامية", "ORG", **ISIS)
e_sdf1 = g.ent("قوات سوريا الديمقراطية", "ORG", 1, **SDF)
e_syr3 = g.ent("سوريا", "GPE", 3, **SYRIA)
e_sdf2 = g.ent("قوات سوريا الديمقراطية", "ORG", 2, **SDF)
e_as5 = g.ent("الأسد", "PER", 5, **ASSAD)
e_ria = g.ent("وكالة الإعلام الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="RIA Novosti")
e_rog2 = g.ent("روجوزين", "PER", 2, **ROG)
e_rus = g.ent("روسيا", "GPE", 1, **RUSSIA)

g.time("الآن", "2017-12-18", "day", "at")
t_now = g.time("حاليا", "2017-12-19", "day", "at")
g.time("من قبل", None, "vague", "before")

s_off = g.stmt(("مكتب الرئيس السوري بشار الأسد", 1, None, e_off), ("قال", 1), "assert",
               ("الرئيس وصف الفصائل المدعومة من الولايات المتحدة في شرق سوريا بأنها خائنة", 1), medium=("بيان على الإنترنت", 1))
s_desc = g.stmt(("الرئيس", 1, "إن", e_pres), ("وصف", 1), "assert",
                ("الفصائل المدعومة من الولايات المتحدة في شرق سوريا بأنها خائنة", 1), embedded_in=s_off)
s_tr = g.stmt(("الأسد", 2, None, e_as2), ("قال", 1, "وقال الأسد \""), "assert",
              ("كل من يعمل لصالح الأجنبي وخاصة الآن تحت القيادة الأمريكية . . . كل من يعمل تحت قيادة أي بلد أجنبي في بلده وضد جيشه وضد شعبه هو خائن", 1),
              direct=True)
s_un1 = g.stmt(("الأسد", 3, None, e_as3), ("رحب", 1), "assert",
               ("بقيام الأمم المتحدة بدور في الانتخابات السورية مادام ذلك في إطار السيادة السورية", 1))
s_un2 = g.stmt(("الأسد", 4, None, e_as4), ("قال", 1, "وقال الأسد خلال"), "assert",
               ("نرحب بأي دور للأمم المتحدة بشرط أن يكون مرتبطا بالسيادة السورية", 1), direct=True)
s_sdf1 = g.stmt(("قوات سوريا الديمقراطية", 2, None, e_sdf2), ("قالت", 1, "وقالت قوات"), "assert",
                ("لم نستغرب هذه التصريحات", 1), medium=("في بيان", 1, "وقالت قوات"), direct=True)
s_sdf2 = g.stmt(("قوات سوريا الديمقراطية", 2, None, e_sdf2), ("أضافت", 1), "assert",
                ("هذا النظام . . . ما زال يراهن على الفتنة الطائفية والعرقية", 1), direct=True)
s_sdf3 = g.stmt(("البيان", 1, "وذكر"), ("ذكر", 1, "وذكر البيان"), "assert",
                ("نؤكد مرة أخرى على أننا ماضون دون تردد في ملاحقة الإرهاب", 1), direct=True)
s_sdf4 = g.stmt(("البيان", 1, "وذكر"), ("أضاف", 1, "ملاحقة الإرهاب"), "assert",
                ("هذا النظام . . . هو بذاته أحد تعاريف الخيانة التي إن لم يتصدى لها السوريون سيؤدي بالبلاد إلى التقسيم وهو ما لن تسمح به قواتنا بأي شكل من الأشكال", 1),
                direct=True)
s_pledge = g.stmt(("الأسد", 5, None, e_as5), ("تعهد", 1), "promise", ("استعادة كل الأراضي السورية", 1))
s_rog = g.stmt(("روجوزين", 2, None, e_rog2), ("قوله", 1), "assert",
               ("روسيا ستكون الدولة الوحيدة التي ستشارك في إعادة بناء منشآت الطاقة السورية", 1),
               via=[("وكالة الإعلام الروسية", 1, None, e_ria)])

p_sup = g.prop("support", [("agent", e_coal, "USA"), ("partner", e_sdf1, "SDF")], ("دعما عسكريا", 1))
g.claim(p_sup, "author")
g.claim(p_sup, s_desc)
g.claim(p_sup, s_off)
p_ctrl = g.prop("control", [("agent", e_sdf1, "SDF")], ("يسيطر", 1), place=e_syr3, time=t_now)
g.claim(p_ctrl, "author")
p_meet = g.prop("other", [("agent", e_as4, "SYR"), ("partner", e_rog1, "RUS")], ("استقباله", 1), place=e_dam)
g.claim(p_meet, "author")
p_ret = g.prop("capture", [("agent", e_as5, "SYR")], ("استعادة", 1))
g.claim(p_ret, s_pledge, "affirm", "planned")
p_rb = g.prop("support", [("agent", e_rus, "RUS"), ("partner", None, "SYR")], ("إعادة بناء", 1))
g.claim(p_rb, s_rog, "affirm", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
