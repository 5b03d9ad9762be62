"""Gold analysis of R-31 article 8 (Kurdistan 24, Arabic; published date estimated 2017-12-23 from the text:
the eighth Astana round ended "yesterday", i.e. 2017-12-22). De Mistura welcomes the Astana working group
on detainees as a "first step".

Judgement calls:
- Body starts at the lede (the two headlines are separated by a photo-caption and "| | |" debris).
- The source «مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا» is linked to the PER entity for the name;
  the UN and Syria inside the title are tagged as their own mentions (flat).
- «اعتبره» and «وصفه» are counted as de Mistura's reported evaluations (statements, stance assert).
- The working group (de Mistura) and "two working committees" (author, para 3) are one agreement event.
- The detainee-exchange deal de Mistura speaks of is only being moved towards: agreement, intended.
- The Sochi congress is a planned 'other' event (author and de Mistura's «خطة روسيا»).
- «مئات الآلاف» has no exact number: value null. No contradictions in the article."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-31-8", "outlet": "كوردستان 24", "published": "2017-12-23", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government",
              place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
ASTANA = dict(canonical="Astana", place={"geonames_id": 1526273, "name": "Astana", "lat": 51.1801, "lon": 71.44598, "country": "KZ", "admin1": "05"})
SOCHI = dict(canonical="Sochi", place={"geonames_id": 491422, "name": "Sochi", "lat": 43.59699, "lon": 39.72477, "country": "RU", "admin1": "38"})
GENEVA = dict(canonical="Geneva", place={"geonames_id": 2660646, "name": "Geneva", "lat": 46.20222, "lon": 6.14569, "country": "CH", "admin1": "GE"})
KAZ = dict(canonical="Kazakhstan", place={"geonames_id": 1522867, "name": "Kazakhstan", "lat": None, "lon": None, "country": "KZ", "admin1": None})
UN = dict(actor="UN", party=None, role="other", canonical="United Nations")
DM = dict(actor="UN", party=None, role="other", canonical="Staffan de Mistura")

# ---- entities ----
g.ent("الأمم المتحدة", "ORG", 1, **UN)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_dm1 = g.ent("ستافان دي ميستورا", "PER", 1, **DM)
e_ast1 = g.ent("استانة", "GPE", 1, **ASTANA)
e_dm2 = g.ent("دي ميستورا", "PER", 1, after="يتوسط فيها", **DM)
g.ent("كازاخستان", "GPE", 1, **KAZ)
e_ast2 = g.ent("أستانة", "GPE", 1, **ASTANA)
e_sochi1 = g.ent("سوتشي", "GPE", 1, **SOCHI)
e_dm4 = g.ent("دي ميستورا", "PER", 1, after="وقال دي", **DM)
e_dm6 = g.ent("دي ميستورا", "PER", 1, after="وتابع", **DM)
e_rus = g.ent("روسيا", "GPE", 1, **RUSSIA)
g.ent("سوتشي", "GPE", 2, **SOCHI)
g.ent("جنيف", "GPE", 1, **GENEVA)
g.ent("الأمم المتحدة", "ORG", 2, **UN)
g.ent("سوريا", "GPE", 1, after="لإنهاء الحرب في", **SYRIA)
e_syr8 = g.ent("سوريا", "GPE", 1, after="نصف عدد سكان", **SYRIA)

# ---- times and quantities ----
t_month = g.time("هذا الشهر", "2017-12", "month", "at")
t_seven = g.time("منذ ما يقرب من سبع سنوات", "2011", "year", "since")
t_yday = g.time("امس", "2017-12-22", "day", "at")
t_next1 = g.time("الشهر المقبل", "2018-01", "month", "at", 1)
t_feb = g.time("النصف الثاني من شباط فبراير 2018", "2018-02-15/2018-02-28", "month", "at")
t_next2 = g.time("الشهر المقبل", "2018-01", "month", "at", 2)
t_six = g.time("خلال أكثر من ست سنوات", "2011", "year", "since")
q_killed = g.qty("مئات الآلاف من الأشخاص", None, "people", "killed")
q_disp = g.qty("11 مليونا", 11000000, "people", "displaced")

# ---- statements ----
SRC1 = "مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا"
s_agree = g.stmt((SRC1, 1, None, e_dm1), ("قال", 1), "assert",
                 ("المشاركين في محادثات استانة اتفقوا على تشكيل \" مجموعة عمل \" لإطلاق سراح محتجزين", 1))
s_step = g.stmt((SRC1, 1, None, e_dm1), ("اعتبره", 1), "assert",
                ("خطوة أولى \" جديرة بالثناء باتجاه وضع ترتيبات بين الأطراف المتحاربة", 1))
s_golden = g.stmt(("دي ميستورا", 1, "يتوسط فيها", e_dm2), ("وصفه", 1), "assert",
                  ("تفويت لفرصة ذهبية لإنهاء الحرب", 1))
s_note = g.stmt(("دي ميستورا", 1, "وقال دي", e_dm4), ("قال", 1, "وقال دي"), "assert",
                ("أحيط علما فيما يتعلق بمسألة المحتجزين والمختطفين والمفقودين بالتحرك صوب التوصل إلى اتفاق لتبادل المحتجزين", 1),
                medium=("بيان له", 1))
s_praise = g.stmt(("دي ميستورا", 1, "وقال دي", e_dm4), ("أضاف", 1), "assert",
                  ("يرى هذا الامر \" جدير بالثناء كخطوة أولى نحو التوصل إلى ترتيبات شاملة", 1))
s_perm = g.stmt(("دي ميستورا", 1, "وتابع", e_dm6), ("تابع", 1), "assert",
                ("ينبغي تحقيق ذلك من خلال إنشاء فريق عامل دائم", 1), direct=True)
s_sochi = g.stmt(("دي ميستورا", 1, "وتابع", e_dm6), ("اشار الى", 1), "assert",
                 ("ينبغي تقييم خطة روسيا لعقد \" مؤتمر الحوار الوطني السوري \" في سوتشي الشهر المقبل من حيث قدرة المؤتمر على دعم محادثات جنيف التي ترعاها الأمم المتحدة لإنهاء الحرب في سوريا", 1))

# ---- propositions and claims ----
p_wg = g.prop("agreement", [], ("اتفقوا", 1), place=e_ast1, time=t_yday)
p_round = g.prop("other", [], ("اختتمت", 1), place=e_ast2, time=t_yday)
p_stall = g.prop("other", [], ("طريق مسدود", 1), time=t_month)
p_exch = g.prop("agreement", [], ("اتفاق", 1, "صوب التوصل"))
p_sochi = g.prop("other", [("agent", e_rus, "RUS")], ("لمؤتمر", 1), place=e_sochi1, time=t_next1)
p_killed = g.prop("casualties", [], ("مقتل", 1), place=e_syr8, time=t_six, quantities=[q_killed])
p_disp = g.prop("displacement", [], ("للنزوح", 1), place=e_syr8, time=t_six, quantities=[q_disp])
g.claim(p_wg, s_agree)
g.claim(p_wg, "author")
g.claim(p_round, "author")
g.claim(p_stall, "author")
g.claim(p_exch, s_note, "affirm", "intended")
g.claim(p_sochi, "author", "affirm", "planned")
g.claim(p_sochi, s_sochi, "affirm", "planned")
g.claim(p_killed, "author")
g.claim(p_disp, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
