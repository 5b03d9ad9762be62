"""Gold analysis of V-622 article 6 (Turkey Post, p-4639; published estimated 2014-09-03): per the Turkish daily Star,
PM Ahmet Davutoglu orders the special forces "Red Berets" to protect Turkish diplomats in unsafe countries.

Judgement calls:
- published estimated: "this Wednesday", at Davutoglu's "first security meeting" as PM (he took office 28 Aug 2014),
  held over the Mosul consulate staff (taken by ISIS in June 2014): Wednesday 3 Sept 2014.
- Kept as politics of the war (Mosul hostages, the Suleyman Shah post in Syria, protection in war zones).
- The headline is followed by a share counter («0 مشاركة»); the body starts at the text.
- Star's report contains Davutoglu's statements («تصريحات صدرت عن ... تفيد أن»): a statement embedded in Star's.
- «وأكد " داوود أوغلو " ... على ضرورة» is a demand (cue «أكد», «على ضرورة» gives the stance).
- The Red Berets' new protection role is `deployment` with modality planned (Star, Davutoglu, and the author's «ومن
  المقرر»); their past Beirut embassy role and current Suleyman Shah post protection are author deployments.
- «قنصلية " الموصل "», «سفارة تركيا», «مخفر شرطة " سليمان شاه "» are FAC; «القبعات الحمراء», «القوات الخاصة»,
  «قيادة القوات الخاصة» are TUR.MIL; «شرطة القوات الخاصة» is Turkish police (TUR).
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-622-6", "outlet": "تركيا بوست", "published": "2014-09-03", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def C(gid, name, cc): return {"geonames_id": gid, "name": name, "lat": None, "lon": None, "country": cc, "admin1": None}
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place=C(298795, "Turkey", "TR"))
RB = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Special Forces (Maroon Berets)")
SFC = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Special Forces Command")
DAV = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Ahmet Davutoglu")
STAR = dict(actor="TUR.MED", party="TUR", role="media", canonical="Star (Turkish daily)")
IRAQ = dict(canonical="Iraq", place=C(99237, "Iraq", "IQ"))

e_star = g.ent("صحيفة \" ستار \" التركية", "ORG", **STAR)
e_dav1 = g.ent("أحمد داوود أوغلو", "PER", 1, **DAV)
e_rb1 = g.ent("القبعات الحمراء", "ORG", 1, **RB)
g.ent("تركيا", "GPE", 1, **TURKEY)
g.ent("تركيا", "GPE", 2, **TURKEY)
e_star2 = g.ent("الصحيفة", "ORG", 1, after="وأوضحت", nominal=True, **STAR)
g.ent("أحمد داوود أوغلو", "PER", 2, **DAV)
g.ent("القوات الخاصة", "ORG", 1, nominal=True, **RB)
g.ent("القبعات الحمراء", "ORG", 2, **RB)
g.ent("تركيا", "GPE", 3, **TURKEY)
g.ent("رئاسة الوزراء", "ORG", canonical="Turkish Prime Ministry", actor="TUR.GOV", party="TUR", role="government")
g.ent("قنصلية \" الموصل \"", "FAC", canonical="Turkish consulate in Mosul", place=named("Turkish consulate, Mosul", "IQ", "Nineveh"))
e_dav3 = g.ent("داوود أوغلو", "PER", 1, after="وأكد \"", **DAV)
g.ent("العراق", "GPE", 1, **IRAQ)
g.ent("الصومال", "GPE", canonical="Somalia", place=C(51537, "Somalia", "SO"))
g.ent("ليبيا", "GPE", canonical="Libya", place=C(2215636, "Libya", "LY"))
g.ent("السودان", "GPE", canonical="Sudan", place=C(366755, "Sudan", "SD"))
g.ent("مصر", "GPE", canonical="Egypt", place=C(357994, "Egypt", "EG"))
e_rb5 = g.ent("القبعات الحمراء", "ORG", 3, **RB)
g.ent("قيادة القوات الخاصة", "ORG", 1, **SFC)
g.ent("تركيا", "GPE", 4, **TURKEY)
g.ent("شرطة القوات الخاصة", "ORG", actor="TUR.POL", party="TUR", role="government", canonical="Turkish Police Special Operations")
g.ent("تركيا", "GPE", 5, **TURKEY)
g.ent("القبعات الحمراء", "ORG", 4, **RB)
g.ent("قيادة القوات الخاصة", "ORG", 2, **SFC)
g.ent("العراق", "GPE", 2, **IRAQ)
e_rb9 = g.ent("القبعات الحمراء", "ORG", 5, **RB)
e_emb = g.ent("سفارة تركيا", "FAC", canonical="Turkish embassy in Beirut", place=named("Turkish embassy, Beirut", "LB", "Beirut"))
g.ent("بيروت", "GPE", canonical="Beirut", place={"geonames_id": 276781, "name": "Beirut", "lat": 33.89332, "lon": 35.50157, "country": "LB", "admin1": "Beirut"})
e_ss = g.ent("مخفر شرطة \" سليمان شاه \"", "FAC", canonical="Tomb of Suleyman Shah guard post", place=named("Tomb of Suleyman Shah", "SY", "Aleppo"))
g.ent("سورية", "GPE", canonical="Syria", place=C(163843, "Syria", "SY"))

t_wed = g.time("صباح اليوم الأربعاء", "2014-09-03", "part_of_day", "at")
t_97 = g.time("حتى عام 1997", "1997", "year", "until")

s_star = g.stmt(("صحيفة \" ستار \" التركية", 1, None, e_star), ("أوردت", 1), "assert",
                ("تصريحات صدرت عن رئيس الوزراء التركي \" أحمد داوود أوغلو \" تفيد أن \" القبعات الحمراء \" في تركيا , ستتولى حماية سفراء وممثلي تركيا في الخارج بمختلف البلدان", 1))
s_dav = g.stmt(("أحمد داوود أوغلو", 1, None, e_dav1), ("تفيد", 1), "assert",
               ("القبعات الحمراء \" في تركيا , ستتولى حماية سفراء وممثلي تركيا في الخارج بمختلف البلدان", 1), embedded_in=s_star)
s_star2 = g.stmt(("الصحيفة", 1, "وأوضحت", e_star2), ("أوضحت", 1, "وأوضحت"), "assert",
                 ("أوامر أصدرها رئيس الوزراء \" أحمد داوود أوغلو \" تقضي بتولي القوات الخاصة التي تدعى \" القبعات الحمراء \" مهمة حماية ممثلي تركيا في البلدان غير الآمنة , وذلك في الاجتماع الأمني الأول له , الذي عقد في رئاسة الوزراء لتناول قضية العاملين في قنصلية \" الموصل", 1))
D = ("داوود أوغلو", 1, "وأكد \"", e_dav3)
s_need = g.stmt(D, ("أكد", 1, "وأكد \""), "demand",
                ("زيادة الاحتياطات الأمنية للبعثات الدبلوماسية , خصوصا في البلدان التي تدور فيها رحى الحرب", 1))
s_prep = g.stmt(D, ("مشيرا إلى أنه", 1), "assert", ("أ مر بعمل التحضيرات من أجل ذلك", 1))

p_prot = g.prop("deployment", [("agent", e_rb1, "TUR")], ("حماية", 1), time=t_wed)
p_beirut = g.prop("deployment", [("agent", e_rb9, "TUR")], ("حماية", 1, "أخذت على عاتقها مهمة"), place=e_emb, time=t_97)
p_ss = g.prop("deployment", [("agent", e_rb9, "TUR")], ("بحماية", 1, "كما تقوم"), place=e_ss)

for s in (s_star, s_dav, s_star2, s_prep):
    g.claim(p_prot, s, "affirm", "planned")
g.claim(p_prot, "author", "affirm", "planned")
g.claim(p_beirut, "author")
g.claim(p_ss, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
