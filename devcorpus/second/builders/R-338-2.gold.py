"""Second annotation (A8) of R-338-2 (RT Arabic): Putin-Trump joint statement on Syria at the APEC summit in
Da Nang; Peskov on how it was prepared; a Lavrov-Tillerson meeting.

Judgement calls:
- published: "اليوم السبت" at the Da Nang APEC summit = 2017-11-11 (not in the URL): estimated.
- Body starts at the article text: the headline is followed by a photo credit and caption.
  A stray photo credit "Reuters" inside the text stays in the body and is annotated as an ORG mention.
- Two-person sources ("الرئيسان الروسي فلاديمير بوتين والأمريكي دونالد ترامب") are given as one source
  span with no single entity link; the names are separate PER mentions.
- The joint statement (بيان مشترك) is the medium of the presidents' statements; "قالت الوثيقة" has the
  document as source (no entity).
- Assad's commitment is an embedded statement inside the presidents' reference to it.
- Propositions: the agreement on a joint statement (author, the document, Peskov); the Lavrov-Tillerson
  meeting and the Putin-Trump conversation as "other". Normative positions (no military solution, Geneva
  framework, UNSC 2254 steps) and the call on Syrian parties are statements without propositions.
- Ministers' titles ("وزيري خارجية روسيا ... والولايات المتحدة") are not annotated as GPE mentions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-338-2", "outlet": "روسيا اليوم", "published": "2017-11-11", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
PUTIN = dict(canonical="Vladimir Putin", actor="RUS.GOV", party="RUS", role="government")
TRUMP = dict(canonical="Donald Trump", actor="USA.GOV", party="USA", role="government")
UNSC = dict(canonical="UN Security Council", actor="UN", party=None, role="other")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
VN = dict(canonical="Vietnam", place={"geonames_id": 1562822, "name": "Vietnam", "lat": 16.16667, "lon": 107.83333, "country": "VN", "admin1": None})
LAV = dict(canonical="Sergei Lavrov", actor="RUS.GOV", party="RUS", role="government")
TIL = dict(canonical="Rex Tillerson", actor="USA.GOV", party="USA", role="government")
PESK = dict(canonical="Dmitry Peskov", actor="RUS.GOV", party="RUS", role="government")

e_put1 = g.ent("فلاديمير بوتين", "PER", 1, **PUTIN)
e_tr1 = g.ent("دونالد ترامب", "PER", 1, **TRUMP)
g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("فيتنام", "GPE", 1, **VN)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("مجلس الأمن الدولي", "ORG", 1, **UNSC)
e_put2 = g.ent("بوتين", "PER", 1, after="وأشار", **PUTIN)
g.ent("ترامب", "PER", 1, after="وأشار بوتين و", **TRUMP)
e_assad = g.ent("بشار الأسد", "PER", canonical="Bashar al-Assad", actor="SYR.GOV", party="SYR", role="government")
g.ent("مجلس الأمن الدولي", "ORG", 2, **UNSC)
g.ent("مجلس الأمن الدولي", "ORG", 3, **UNSC)
g.ent("الأمم المتحدة", "ORG", canonical="United Nations", actor="UN", party=None, role="other")
e_pesk = g.ent("دميتري بيسكوف", "PER", **PESK)
e_put3 = g.ent("فلاديمير بوتين", "PER", 2, **PUTIN)
e_tr3 = g.ent("دونالد ترامب", "PER", 2, **TRUMP)
g.ent("سوريا", "GPE", 1, after="بيان مشترك حول", **SYRIA)
g.ent("Reuters", "ORG", 1, after="حول سوريا", canonical="Reuters", actor="REUTERS", party=None, role="media")
g.ent("سيرغي لافروف", "PER", **LAV)
g.ent("ريكس تيلرسون", "PER", **TIL)
e_pesk2 = g.ent("بيسكوف", "PER", 1, after="ونوه", **PESK)
e_dn = g.ent("دانانغ", "GPE", canonical="Da Nang", place={"geonames_id": 1583992, "name": "Da Nang", "lat": 16.06778, "lon": 108.22083, "country": "VN", "admin1": "Da Nang"})
g.ent("فيتنام", "GPE", 2, **VN)
e_rsrc = g.ent("مصدر في الوفد الروسي", "PER", nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Russian delegation source")
e_lav2 = g.ent("لافروف", "PER", 1, after="اجتماع بين", **LAV)
e_til2 = g.ent("تيلرسون", "PER", 1, after="اجتماع بين لافروف و", **TIL)

t_sat = g.time("اليوم السبت", "2017-11-11", "day", "at")
t_recent = g.time("مؤخرا", None, "vague", "before")
t_early = g.time("في وقت سابق من اليوم", "2017-11-11", "day", "at")

PRES = ("الرئيسان الروسي فلاديمير بوتين والأمريكي دونالد ترامب", 1)
s_conf = g.stmt(PRES, ("أكد", 1), "confirm", ("استقلال وسيادة ووحدة أراضي وعلمانية سوريا", 1), medium=("بيان مشترك", 1))
s_nomil = g.stmt(PRES, ("شددا على", 1), "assert", ("عدم وجود حل عسكري للأزمة السورية", 1), medium=("بيان مشترك", 1))
s_doc = g.stmt(("الوثيقة", 1, "وقالت"), ("قالت", 1, "وقالت الوثيقة"), "assert",
               ("وافق الرئيسان على أن التسوية النهائية للنزاع في سوريا , يجب أن تكون في إطار عملية جنيف , وفقا لقرار مجلس الأمن الدولي رقم 2254", 1),
               direct=True)
s_ref = g.stmt(("بوتين وترامب", 1), ("أشار", 1, "وأشار بوتين"), "assert",
               ("تصريح صدر مؤخرا عن الرئيس السوري بشار الأسد , أكد فيه الالتزام بعملية جنيف والإصلاح الدستوري والانتخابات وفقا لقرارات مجلس الأمن الدولي", 1))
s_assad = g.stmt(("بشار الأسد", 1, None, e_assad), ("أكد فيه", 1), "confirm",
                 ("الالتزام بعملية جنيف والإصلاح الدستوري والانتخابات وفقا لقرارات مجلس الأمن الدولي", 1), embedded_in=s_ref)
s_2254 = g.stmt(("الرئيسيان الروسي والأمريكي", 1), ("أكد", 1, "وأكد الرئيسيان"), "confirm",
                ("هذه الخطوات تفترض التنفيذ الكامل لقرار مجلس الأمن الدولي رقم 2254 بما في ذلك الإصلاح الدستوري وإجراء انتخابات حرة ونزيهة تحت مراقبة الأمم المتحدة , مع مراعاة أعلى المقاييس الدولية في مجال الشفافية والمساءلة ومنح جميع السوريين , بمن فيهم من في الشتات , الحق في المشاركة فيها", 1))
s_call = g.stmt(("الرئيسان", 1, "ودعا"), ("دعا", 1, "ودعا الرئيسان"), "demand",
                ("كافة الأطراف السورية إلى المشاركة الفعالة في عملية جنيف السياسة , ودعم الجهود الهادفة لتحقيق نجاحها", 1))
s_pesk1 = g.stmt(("دميتري بيسكوف", 1, None, e_pesk), ("أعلن", 1, "قد أعلن"), "assert",
                 ("الرئيسين الروسي فلاديمير بوتين والأمريكي دونالد ترامب وافقا , خلال تواصل قصير على هامش قمة آبيك , على بيان مشترك حول سوريا", 1))
s_pesk2 = g.stmt(("دميتري بيسكوف", 1, None, e_pesk), ("قال", 1, "Reuters وقال"), "assert",
                 ("تم إعداد الوثيقة من قبل خبراء البلدين , ومن ثم جرى تنسيقها بين وزيري خارجية روسيا سيرغي لافروف , والولايات المتحدة ريكس تيلرسون", 1))
s_pesk3 = g.stmt(("بيسكوف", 1, "ونوه", e_pesk2), ("نوه", 1, "ونوه بيسكوف"), "assert",
                 ("تم تحضير البيان خصيصا لاجتماع الزعيمين الروسي والأمريكي في دانانغ بفيتنام", 1))
s_rsrc = g.stmt(("مصدر في الوفد الروسي", 1, None, e_rsrc), ("أعلن", 1, "أعلن مصدر"), "assert",
                ("تم عقد اجتماع بين لافروف وتيلرسون", 1))

p_joint = g.prop("agreement", [("agent", e_put3, "RUS"), ("agent", e_tr3, "USA")], ("بيان مشترك", 1), place=e_dn, time=t_sat)
p_meet = g.prop("other", [("agent", e_lav2, "RUS"), ("partner", e_til2, "USA")], ("اجتماع", 1, "تم عقد"), place=e_dn, time=t_early)
p_talk = g.prop("other", [("agent", None, "RUS"), ("partner", None, "USA")], ("تحدث", 1, "وبعد فترة"), place=e_dn, time=t_sat)

g.claim(p_joint, "author")
g.claim(p_joint, s_doc)
g.claim(p_joint, s_pesk1)
g.claim(p_joint, s_pesk2)
g.claim(p_meet, s_rsrc)
g.claim(p_talk, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
