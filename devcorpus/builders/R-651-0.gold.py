"""Gold analysis of R-651 article 0 (El Watan News, details/2837818; published estimated 2017-12-09, a Saturday in the
period of Kadyrov's repatriations of ISIS fighters' children): two Chechen children rescued in Syria arrive in Grozny.

Judgement calls:
- published is an estimate: the text says only "today, Saturday"; the father joined ISIS in 2015 and the family had not
  seen the children for two and a half years, which places it in late 2017.
- Body = the headline's second occurrence, the photo caption and the text; related links excluded.
- Kadyrov's Instagram quote opens at «انتهت العملية» and is never closed; it is read as running to the end of the
  paragraph on the father joining ISIS (the following «كما شكر قديروف» is the author again). The grandfather's quote
  opens at «لم نر طفلينا» and is read as ending with «أحد المخيمات»; the last three paragraphs (100 more expected, 100
  returned) have no cue and are the author's.
- «وفقا لما ذكرته قناة " روسيا اليوم "» attributes the second paragraph to RT.
- Repatriations are `displacement` (people moved); the expected arrivals have modality planned.
- Children's names (إسلام، تانزيلا) are PER; «جمهورية الشيشا» (truncated in the text) is kept as it stands.
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-651-0", "outlet": "الوطن", "published": "2017-12-09", "url": None, "title": None})
def named(name, country="RU", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def C(gid, name, cc): return {"geonames_id": gid, "name": name, "lat": None, "lon": None, "country": cc, "admin1": None}
CHE = dict(canonical="Chechnya", place=named("Chechen Republic", "RU", "Chechnya"))
SYRIA = dict(canonical="Syria", place=C(163843, "Syria", "SY"))
IRAQ = dict(canonical="Iraq", place=C(99237, "Iraq", "IQ"))
RUSSIA = dict(canonical="Russia", place=C(2017370, "Russia", "RU"))
GRZ = dict(canonical="Grozny", place={"geonames_id": 558418, "name": "Grozny", "lat": 43.31195, "lon": 45.68895, "country": "RU", "admin1": "Chechnya"})
GAPT = dict(canonical="Grozny Airport", place=named("Grozny Airport", "RU", "Chechnya"))
KAD = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Ramzan Kadyrov")

g.ent("الشيشان", "GPE", 1, **CHE)
e_syr0 = g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("رمضان قاديروف", "PER", **KAD)
e_gapt = g.ent("مطار غروزني", "FAC", 1, **GAPT)
g.ent("جمهورية الشيشا", "GPE", **CHE)
e_grz = g.ent("غروزني", "GPE", 1, after="العمر 8 سنوات إلى", **GRZ)
g.ent("تركيا", "GPE", canonical="Turkey", place=C(298795, "Turkey", "TR"))
e_rt = g.ent("قناة \" روسيا اليوم \"", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="RT Arabic")
g.ent("جمهورية الشيشان", "GPE", **CHE)
e_kad = g.ent("رمضان قديروف", "PER", 1, **KAD)
g.ent("إنستجرام", "ORG", canonical="Instagram")
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("العراق", "GPE", 1, **IRAQ)
g.ent("مطار غروزني", "FAC", 2, **GAPT)
g.ent("إسطنبول", "GPE", canonical="Istanbul", place={"geonames_id": 745044, "name": "Istanbul", "lat": 41.01384, "lon": 28.94966, "country": "TR", "admin1": "Istanbul"})
g.ent("الشيشان", "GPE", 1, after="طفلان صغيران من", **CHE)
g.ent("إسلام", "PER", 1, after="وهما الولد", canonical="Islam (child)")
g.ent("تانزيلا", "PER", canonical="Tanzila (child)")
g.ent("سوريا", "GPE", 3, **SYRIA)
g.ent("سوريا", "GPE", 1, after="إخراجهما من البلاد إلى", **SYRIA)
e_isis = g.ent("تنظيم \" الدولة الإسلامية \"", "ORG", actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
e_kad7 = g.ent("قديروف", "PER", 1, after="كما شكر", **KAD)
g.ent("فلاديمير بوتين", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
g.ent("روسيا", "GPE", 1, after="عودة الطفلين إلى", actor="RUS", party="RUS", role="government", **RUSSIA)
e_gf = g.ent("سعيد أحمد توكايف", "PER", canonical="Said Ahmad Tokayev")
g.ent("رمضان قديروف", "PER", 2, **KAD)
g.ent("العراق", "GPE", 1, after="مخيمات", **IRAQ)
g.ent("سوريا", "GPE", 1, after="مخيمات العراق و", **SYRIA)
e_che12 = g.ent("الشيشان", "GPE", 1, after="ومن المتوقع أن تصل إلى", **CHE)
g.ent("العراق", "GPE", 1, after="تم إنقاذهم في", **IRAQ)
e_rus13 = g.ent("روسيا", "GPE", 1, after="وقد أعيد حتى اليوم 100 امرأة وطفل إلى", actor="RUS", party="RUS", role="government", **RUSSIA)
g.ent("العراق", "GPE", 1, after="إلى روسيا من", **IRAQ)
g.ent("سوريا", "GPE", 1, after="إلى روسيا من العراق و", **SYRIA)
g.ent("السلطات الشيشانية", "ORG", actor="RUS.GOV", party="RUS", role="government", canonical="Chechen authorities")
g.ent("الشيشان", "GPE", 1, after="وبينهم سكان من", **CHE)
g.ent("داغستان", "GPE", canonical="Dagestan", place=named("Dagestan", "RU", "Dagestan"))
g.ent("إنغوشيا", "GPE", canonical="Ingushetia", place=named("Ingushetia", "RU", "Ingushetia"))
g.ent("بشكرتوستان", "GPE", canonical="Bashkortostan", place=named("Bashkortostan", "RU", "Bashkortostan"))
g.ent("كازاخستان", "GPE", canonical="Kazakhstan", place=C(1522867, "Kazakhstan", "KZ"))
g.ent("أوزبكستان", "GPE", canonical="Uzbekistan", place=C(1512440, "Uzbekistan", "UZ"))

t_sat = g.time("اليوم السبت", "2017-12-09", "day", "at")
g.time("أمس الجمعة", "2017-12-08", "day", "at")
g.time("ليلة السبت", "2017-12-09", "part_of_day", "at")
t_2015 = g.time("في عام 2015", "2015", "year", "at")
g.time("منذ عامين ونصف العام", "2015-06", "month", "since")
t_wk = g.time("بعد أسبوع", "2017-12-16", "week", "after")
t_now = g.time("حتى اليوم", "2017-12-09", "day", "until")
q100a = g.qty("أكثر من 100 امرأة وطفل", 100, "people", "displaced")
q100b = g.qty("100 امرأة وطفل", 100, "people", "displaced", 2)

s_rt = g.stmt(("قناة \" روسيا اليوم \"", 1, None, e_rt), ("ذكرته", 1), "assert",
              ("الصبي البالغ من العمر 10 سنوات والطفلة البالغة من العمر 8 سنوات إلى غروزني برفقة أمهما , التي توجهت أمس الجمعة إلى تركيا بعد أن تم نقل طفليها إلى هناك", 1))
s_kad = g.stmt(("رمضان قديروف", 1, None, e_kad), ("كتب", 1, "وكتب"), "assert",
               ("انتهت العملية الجديدة لإنقاذ المواطنين الروس من سوريا والعراق بنجاح .\nوليلة السبت هبطت في مطار غروزني طائرة من إسطنبول .\nوكان بين ركابها طفلان صغيران من الشيشان وهما الولد إسلام البالغ من العمر 10 سنوات والبنت تانزيلا البالغة من العمر 8 سنوات .\nوتم إخراجهما من البلاد إلى سوريا التي كانت تسودها الحرب من قبل أبيهما الذي انضم في عام 2015 إلى صفوف تنظيم \" الدولة الإسلامية", 1),
               medium=("صفحته في إنستجرام", 1), direct=True)
s_thx = g.stmt(("قديروف", 1, "كما شكر", e_kad7), ("شكر", 1, "كما شكر"), "assert",
               ("الرئيس الروسي فلاديمير بوتين وكل المشاركين في عملية عودة الطفلين إلى روسيا", 1))
s_gf = g.stmt(("سعيد أحمد توكايف", 1, None, e_gf), ("تحدث", 1, "وتحدث"), "assert",
              ("لم نر طفلينا منذ عامين ونصف العام .\nوقمنا خلال هذه السنوات بالبحث عنهما ونجحنا في ذلك بفضل رئيس الجمهورية رمضان قديروف .\nإنهما كانا يتجولان في مخيمات العراق وسوريا .\nوتم العثور عليهما في أحد المخيمات", 1),
              medium=("المطار", 1, "جد الطفلين في"), direct=True)

p_ret = g.prop("displacement", [], ("وصول", 1), place=e_grz, time=t_sat)
p_father = g.prop("other", [("partner", e_isis, "ISIS")], ("انضم", 1), place=e_syr0, time=t_2015)
p_exp = g.prop("displacement", [], ("تصل", 1, "ومن المتوقع"), place=e_che12, time=t_wk, quantities=[q100a])
p_done = g.prop("displacement", [], ("أعيد", 1), place=e_rus13, time=t_now, quantities=[q100b])

g.claim(p_ret, "author")
g.claim(p_ret, s_rt)
g.claim(p_ret, s_kad)
g.claim(p_ret, s_thx)
g.claim(p_father, s_kad)
g.claim(p_exp, "author", "affirm", "planned")
g.claim(p_done, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
