"""Gold analysis of R-638 article 2 (Arabi21, 2017-10-04): the Russian defence ministry says an air strike seriously
wounded HTS leader Abu Mohammad al-Jolani and killed 12 field commanders.

Judgement calls:
- Body = headline, dateline «موسكو - وكالات» with the date, photo caption (itself a «X: ...» statement) and text up to
  the end of the story; the related-headline blocks after it are excluded.
- Headline «موسكو : ...» and caption «الدفاع الروسية : ...»: statements with the colon as cue; «موسكو» speaks for the
  Russian government (GPE with actor RUS).
- «قالت الوازرة إنهم قتلوا في ...» inside Konashenkov's sentence is the author's attribution to the ministry: a
  separate ministry statement; Konashenkov's content stops before it.
- «وفق مصادر مستقلة» inside Konashenkov's quote: a statement by independent sources embedded in his.
- «ولم يوضح كوناشينكوف ...» and «لم يصدر عن هيئة تحرير الشام ... أي تعليق» report absence of speech: no statements.
- Jabhat al-Nusra / HTS: party HTS. All counts (12 commanders) agree; no contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-638-2", "outlet": "عربي 21", "published": "2017-10-04", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
MOS = dict(canonical="Moscow", place={"geonames_id": 524901, "name": "Moscow", "lat": 55.75204, "lon": 37.61781, "country": "RU", "admin1": "Moscow"})
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
MOD = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Ministry of Defence")
KON = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Igor Konashenkov")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hayat Tahrir al-Sham")
JOL = dict(actor="HTS", party="HTS", role="armed_group", canonical="Abu Mohammad al-Jolani")

e_mos0 = g.ent("موسكو", "GPE", 1, actor="RUS", party="RUS", role="government", **MOS)
e_jol0 = g.ent("الجولاني", "PER", 1, **JOL)
e_syr0 = g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("موسكو", "GPE", 2, **MOS)
e_modc = g.ent("الدفاع الروسية", "ORG", 1, **MOD)
g.ent("جبهة النصرة", "ORG", 1, **HTS)
e_mod1 = g.ent("وزارة الدفاع الروسية", "ORG", 1, **MOD)
e_syr1 = g.ent("سوريا", "GPE", 2, **SYRIA)
e_hts1 = g.ent("هيئة تحرير الشام", "ORG", 1, **HTS)
g.ent("الوازراة", "ORG", nominal=True, **MOD)
e_kon = g.ent("إيغور كوناشينكوف", "PER", **KON)
g.ent("الهيئة", "ORG", 1, after="قائد", nominal=True, **HTS)
e_jol2 = g.ent("أبي محمد الجولاني", "PER", 1, **JOL)
e_min2 = g.ent("الوازرة", "ORG", nominal=True, **MOD)
g.ent("وزارة الدفاع الروسية", "ORG", 2, **MOD)
g.ent("جبهة النصرة", "ORG", 2, **HTS)
g.ent("أبي محمد الجولاني", "PER", 2, **JOL)
e_ind = g.ent("مصادر مستقلة", "PER", nominal=True)
e_min4 = g.ent("الوزارة", "ORG", 1, after="وتابعت", nominal=True, **MOD)
g.ent("لهيئة", "ORG", 1, after="اجتماعا", nominal=True, **HTS)  # للهيئة
g.ent("النصرة", "ORG", 1, after="12 قياديا النصرة", **HTS)
g.ent("الجولاني", "PER", 1, after="بينهم", **JOL)
g.ent("كوناشينكوف", "PER", 1, after="ولم يوضح", **KON)
g.ent("هيئة تحرير الشام", "ORG", 2, **HTS)

g.time("الأربعاء , 04 أكتوبر 2017", "2017-10-04", "day", "at")
t_wed = g.time("الأربعاء", "2017-10-04", "day", "at", 1, after="نفذت")
g.time("الأربعاء", "2017-10-04", "day", "at", 1, after="تصريح له")
g.time("حتى اللحظة", "2017-10-04", "day", "until")
q12c = g.qty("12 قائدا ميدانيا", 12, "people", "killed")
q12a = g.qty("12 قياديا", 12, "people", "killed", 1)
g.qty("مقاتلتين", 2, "aircraft")
q12b = g.qty("12 قياديا", 12, "people", "killed", 2)
q50 = g.qty("50 مسلحا", 50, "people", "killed")
q10 = g.qty("أكثر من 10 متطرفين", 10, "people", "wounded")

s_h = g.stmt(("موسكو", 1, None, e_mos0), (":", 1), "assert", ("إصابة الجولاني بجراح خطيرة بغارة روسية في سوريا", 1))
s_cap = g.stmt(("الدفاع الروسية", 1, None, e_modc), (":", 1, "الدفاع الروسية"), "assert", ("الضربة الجوية أدت لمقتل 12 قائدا ميدانيا لجبهة النصرة", 1))
s_mod = g.stmt(("وزارة الدفاع الروسية", 1, None, e_mod1), ("قالت", 1), "assert",
               ("قواتها الجوية نفذت الأربعاء ضربات جوية في سوريا أسفرت عن مقتل عدد من القيادات الميدانية لهيئة تحرير الشام", 1))
K = ("إيغور كوناشينكوف", 1, None, e_kon)
s_kon = g.stmt(K, ("قال", 1, "الأربعاء قال"), "assert",
               ("الضربة الجوية أدت كذلك إلى إصابة قائد الهيئة أبي محمد الجولاني بجروح خطيرة , وأدت إلى مقتل مساعده الذي لم يسمه", 1),
               medium=("تصريح له", 1))
s_min = g.stmt(("الوازرة", 1, None, e_min2), ("قالت", 1, "قياديا قالت"), "assert", ("قتلوا في \" عملية خاصة لوزارة الدفاع الروسية", 1))
s_kon2 = g.stmt(K, ("أضاف", 1, "وأضاف :"), "assert",
                ("أدت ضربة جوية إلى إصابة زعيم جبهة النصرة أبي محمد الجولاني بجراح خطيرة وفقد يده , وفق مصادر مستقلة , وهو في حالة حرجة", 1),
                direct=True)
s_ind = g.stmt(("مصادر مستقلة", 1, None, e_ind), ("وفق", 1, "يده , وفق"), "assert",
               ("أدت ضربة جوية إلى إصابة زعيم جبهة النصرة أبي محمد الجولاني بجراح خطيرة وفقد يده", 1), embedded_in=s_kon2)
s_min2 = g.stmt(("الوزارة", 1, "وتابعت", e_min4), ("تابعت", 1, "وتابعت"), "assert",
                ("مقاتلتين من طراز \" سو - 34 \" و \" سو - 35 \" استهدفتا اجتماعا للهيئة , ما أسفر \" عن القضاء على 12 قياديا النصرة \" و 50 مسلحا من حرسهم , وإصابة أكثر من 10 متطرفين بجروح بليغة ومتوسطة الخطورة , بينهم الجولاني", 1))

p_air = g.prop("airstrike", [("agent", e_mod1, "RUS"), ("target", e_hts1, "HTS")], ("ضربات جوية", 1), place=e_syr1, time=t_wed)
p_jol = g.prop("casualties", [("target", e_jol2, "HTS")], ("إصابة", 1, "موسكو :"), place=e_syr0, time=t_wed)
p_cmd = g.prop("casualties", [("target", e_hts1, "HTS")], ("مقتل", 1), place=e_syr1, time=t_wed, quantities=[q12c, q12a, q12b, q50, q10])

for s in (s_h, s_cap, s_mod, s_kon, s_kon2, s_min2):
    g.claim(p_air, s)
for s in (s_h, s_kon, s_kon2, s_ind, s_min2):
    g.claim(p_jol, s)
for s in (s_cap, s_mod, s_kon, s_min, s_min2):
    g.claim(p_cmd, s)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
