"""Second annotation (A8) of R-475-0 (Al Jazeera Net, 2017-10-25): Iraqi PM al-Abadi pledges to disarm Shia
factions that refuse state control; defends the PMF after Tillerson's call for Iranian militias to leave;
in Ankara says no group may bear arms without permission.

Judgement calls:
- Body as in the dev example R-595-4: headline, date line and photo caption included.
- Titles before names ("رئيس وزراء العراق حيدر العبادي", "وزير الخارجية الأميركي ريكس تيلرسون",
  "الرئيس التركي رجب طيب أردوغان") are not separate mentions; the names are.
- The disarmament pledge: an "other" proposition (agent Iraqi government, target Shia factions), planned.
  "لن تسمح لأي مجموعة بامتلاك السلاح" is the same kind of policy: armed groups outside the state,
  denied with modality planned.
- "دافع ... عن فصائل الحشد الشعبي" is a statement (stance assert), its content the defended object.
- Tillerson's call is a demand: no claim. The source close to Abadi reports his surprise; Abadi's
  "أبدى استغرابه" is not split out as an embedded statement (no span for the speaker).
- The Kurdistan referendum: an "other" asserted by the author; "أراد البعض ... تقسيم أراضينا" an
  intended partition claimed by Abadi.
- PMF / Shia factions: party IRQ.PGM; Iranian militias IRN.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-475-0", "outlet": "الجزيرة نت", "published": "2017-10-25", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
ABADI = dict(canonical="Haider al-Abadi", actor="IRQ.GOV", party="IRQ", role="government")
TILL = dict(canonical="Rex Tillerson", actor="USA.GOV", party="USA", role="government")
SHIA = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Iraqi Shia armed factions")
PMF = dict(actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Popular Mobilization Forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
ANKARA = dict(canonical="Ankara", place={"geonames_id": 323786, "name": "Ankara", "lat": 39.91987, "lon": 32.85427, "country": "TR", "admin1": "Ankara"})

# headline, date, caption
e_ab0 = g.ent("العبادي", "PER", 1, **ABADI)
e_shia0 = g.ent("فصائل شيعية", "ORG", nominal=True, **SHIA)
t_pub = g.time("25 / 10 / 2017", "2017-10-25", "day", "at")
g.ent("العبادي", "PER", 2, **ABADI)
t_days = g.time("قبل أيام", None, "vague", "before")
g.ent("تيلرسون", "PER", 1, **TILL)
g.ent("الحشد الشعبي", "ORG", 1, **PMF)
g.ent("الأوروبية", "ORG", canonical="European Pressphoto Agency", actor="EPA", party=None, role="media")
# paragraph 1
e_ab1 = g.ent("حيدر العبادي", "PER", **ABADI)
e_shia1 = g.ent("الفصائل الشيعية المسلحة", "ORG", 1, nominal=True, **SHIA)
g.ent("أنقرة", "GPE", 1, **ANKARA)
# paragraph 2
e_wsj = g.ent("صحيفة وول ستريت جورنال", "ORG", canonical="The Wall Street Journal", actor="WSJ", party=None, role="media")
e_ab2 = g.ent("العبادي", "PER", 1, after="الأربعاء , تعهد", **ABADI)
g.ent("الفصائل الشيعية المسلحة", "ORG", 2, nominal=True, **SHIA)
e_isis2 = g.ent("تنظيم الدولة الإسلامية", "ORG", **ISIS)
# paragraph 3
e_ab3 = g.ent("العبادي", "PER", 1, after="وكان", **ABADI)
e_till3 = g.ent("ريكس تيلرسون", "PER", **TILL)
g.ent("بغداد", "GPE", canonical="Baghdad", place={"geonames_id": 98182, "name": "Baghdad", "lat": 33.34058, "lon": 44.40088, "country": "IQ", "admin1": "Baghdad"})
e_pmf3 = g.ent("الحشد الشعبي", "ORG", 2, **PMF)
g.ent("الحشد", "ORG", 1, after="وأضاف أن", nominal=True, **PMF)
g.ent("الحشد", "ORG", 1, after="تشجيع مقاتلي", nominal=True, **PMF)
# paragraph 4
g.ent("العبادي", "PER", 1, after="وجاء حديث", **ABADI)
e_till4 = g.ent("تيلرسون", "PER", 1, after="تصريحات", **TILL)
g.ent("المقاتلين الأجانب", "ORG", nominal=True, canonical="Foreign fighters")
e_irmil = g.ent("المليشيات الإيرانية", "ORG", actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iranian militias")
e_iraq4 = g.ent("العراق", "GPE", 1, after="الإيرانية \" في", canonical="Iraq",
                place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
g.ent("تنظيم الدولة", "ORG", 1, after="المعارك مع", **ISIS)
# paragraph 5
e_src = g.ent("مصدر مقرب من العبادي", "PER", nominal=True, actor="IRQ.GOV", party="IRQ", role="government", canonical="Source close to al-Abadi")
# paragraph 6
e_pm6 = g.ent("رئيس الوزراء العراقي", "PER", nominal=True, **ABADI)
g.ent("رجب طيب أردوغان", "PER", canonical="Recep Tayyip Erdogan", actor="TUR.GOV", party="TUR", role="government")
g.ent("أنقرة", "GPE", 2, **ANKARA)
e_krg = g.ent("إقليم كردستان", "GPE", canonical="Kurdistan Region", actor="KRG", party="KRG", role="government",
              place=named("Kurdistan Region", "IQ"))

# times
t_wed = g.time("الأربعاء", "2017-10-25", "day", "at")
t_mon = g.time("الاثنين", "2017-10-23", "day", "at")
t_sun = g.time("الأحد", "2017-10-22", "day", "at")

# statements
s_pledge1 = g.stmt(("حيدر العبادي", 1, None, e_ab1), ("تعهد", 1, "تعهد رئيس"), "promise",
                   ("بنزع سلاح الفصائل الشيعية المسلحة التي ترفض الدخول تحت سيطرته", 1), medium=("مقابلة صحفية", 1))
s_arms1 = g.stmt(("حيدر العبادي", 1, None, e_ab1), ("أكد", 1, "كما أكد"), "confirm",
                 ("بلاده لن تسمح لأي مجموعة بامتلاك السلاح دون تصريح أو القيام بأنشطة على أراضيها", 1))
s_pledge2 = g.stmt(("العبادي", 1, "الأربعاء , تعهد", e_ab2), ("تعهد", 1, "الأربعاء , تعهد"), "promise",
                   ("بنزع سلاح الفصائل الشيعية المسلحة التي ترفض الدخول تحت سيطرته بعد هزيمة تنظيم الدولة الإسلامية", 1),
                   medium=("مقابلة أجرتها صحيفة وول ستريت جورنال", 1))
s_defend = g.stmt(("العبادي", 1, "وكان", e_ab3), ("دافع", 1, "وكان العبادي"), "assert", ("فصائل الحشد الشعبي", 1))
s_pmf = g.stmt(("العبادي", 1, "وكان", e_ab3), ("أضاف", 1, "وأضاف أن"), "assert",
               ("الحشد \" مؤسسة رسمية ضمن مؤسسات الدولة , وأن الدستور العراقي لا يسمح بوجود جماعات مسلحة خارج إطار الدولة , وأن علينا تشجيع مقاتلي الحشد لأنهم سيكونون أملا للبلد وللمنطقة", 1),
               direct=True)
s_till = g.stmt(("تيلرسون", 1, "تصريحات", e_till4), ("دعا فيها", 1), "demand",
                ("جميع المقاتلين الأجانب والمليشيات الإيرانية \" في العراق للعودة إلى بلادهم بعد انتهاء المعارك مع تنظيم الدولة", 1))
s_src = g.stmt(("مصدر مقرب من العبادي", 1, None, e_src), ("ذكر", 1, "وذكر مصدر"), "assert",
               ("أبدى استغرابه من هذه التصريحات وأنه \" لا يحق لأي جهة التدخل في الشأن العراقي", 1))
s_arms2 = g.stmt(("رئيس الوزراء العراقي", 1, None, e_pm6), ("أكد", 1, "وفي سياق متصل , أكد"), "confirm",
                 ("بلاده لن تسمح لأي مجموعة بامتلاك السلاح دون تصريح أو القيام بأنشطة على أراضيها", 2),
                 medium=("تصريحات صحفية", 1))
s_ref = g.stmt(("رئيس الوزراء العراقي", 1, None, e_pm6), ("مضيفا", 1), "assert",
               ("للأسف أراد البعض عبر الاستفتاء تقسيم أراضينا , وإعادة ترسيم حدودنا , مستخدما القوة لتحقيق ذلك", 1), direct=True)

# propositions
p_disarm = g.prop("other", [("agent", e_ab1, "IRQ"), ("target", e_shia1, "IRQ.PGM")], ("بنزع سلاح", 1, "تعهد رئيس"))
p_arms = g.prop("other", [], ("بامتلاك السلاح", 1), place=e_iraq4)
p_split = g.prop("other", [("agent", None, "KRG")], ("تقسيم أراضينا", 1), place=e_iraq4)
p_refer = g.prop("other", [("agent", e_krg, "KRG")], ("استفتاء انفصال", 1), place=e_krg)

g.claim(p_disarm, s_pledge1, "affirm", "planned")
g.claim(p_disarm, s_pledge2, "affirm", "planned")
g.claim(p_arms, s_arms1, "deny", "planned")
g.claim(p_arms, s_arms2, "deny", "planned")
g.claim(p_split, s_ref, "affirm", "intended")
g.claim(p_refer, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
