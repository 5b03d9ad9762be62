"""Gold analysis of unifiedfc R-435 article 0 (An-Nahar, 2017-10-31, an AFP wire): a Russian submarine fires
three Kalibr missiles from the eastern Mediterranean at ISIS targets in Deir ez-Zor.

Judgement calls:
- The headline is garbled and buried in newsletter boilerplate; the body starts at the first sentence
  and leaves out the date/source byline ("المصدر : أ ف ب").
- The crawl stripped link words from the first sentence (its subject, "تنظيم " "", "في شرق ."); its
  implicit speaker is the Russian defence ministry named in the next sentence, and the source points
  there.
- Missile strikes are typed shelling (rockets, missiles). The first sentence says "ballistic", the
  ministry quote says "cruise": same three missiles, no contradiction.
- The ministry's "تدمير هذه الاهداف تأكد" is a claim on the same strike proposition.
- The two offensives (government forces; SDF) against ISIS in Deir ez-Zor are author attacks.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
MED = dict(canonical="Mediterranean Sea", place=named("Mediterranean Sea"))
DZG = dict(canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-435-0", "outlet": "النهار", "published": "2017-10-31", "url": None, "title": None})

e_sub1 = g.ent("غواصة روسية", "ORG", nominal=True, canonical="Russian Navy submarine", **RUSMIL)
g.ent("البحر المتوسط", "LOC", 1, **MED)
e_mod = g.ent("وزارة الدفاع", "ORG", canonical="Russian Ministry of Defence", **RUSMIL)
e_sub2 = g.ent("الغواصة \" فيليكي نوفغوغراد \"", "ORG", canonical="Veliky Novgorod submarine", **RUSMIL)
g.ent("البحر المتوسط", "LOC", 2, **MED)
e_isis = g.ent("تنظيم \" الدولة الاسلامية \"", "ORG", **ISIS)
e_dz = g.ent("منطقة دير الزور", "GPE", **DZG)
e_dzg = g.ent("محافظة دير الزور", "GPE", **DZG)
g.ent("لعراق", "GPE", canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})  # للعراق
e_syr = g.ent("لقوات النظامية", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")  # للقوات
e_sdf = g.ent("قوات سوريا الديموقراطية", "ORG", actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
e_isis2 = g.ent("التنظيم الجهادي", "ORG", nominal=True, **ISIS)

t31 = g.time("في 31 تشرين الاول", "2017-10-31", "day", "at")
q1 = g.qty("3 صواريخ بالستية", 3, "missiles")
q2 = g.qty("3 صواريخ عابرة", 3, "missiles")

s1 = g.stmt(("وزارة الدفاع", 1, None, e_mod), ("اعلن", 1), "assert",
            ("غواصة روسية اطلقت 3 صواريخ بالستية من البحر المتوسط على اهداف لتنظيم \" \" في منطقة في شرق", 1))
s2 = g.stmt(("وزارة الدفاع", 1, None, e_mod), ("قالت", 1), "assert",
            ("في 31 تشرين الاول , اطلقت الغواصة \" فيليكي نوفغوغراد \" 3 صواريخ عابرة من نوع \" كالبير \" من مياه شرقي البحر المتوسط على اهداف مهمة لتنظيم \" الدولة الاسلامية \" في منطقة دير الزور", 1),
            medium=("في بيان", 1), direct=True)
s3 = g.stmt(("وزارة الدفاع", 1, None, e_mod), ("افادت", 1), "assert",
            ("هذه الصواريخ استهدفت \" مراكز قيادة ونقطة معززة بالمقاتلين والآليات , وتضم ايضا مخزن ذخيرة", 1))
s4 = g.stmt(("وزارة الدفاع", 1, None, e_mod), ("موضحة ان", 1), "assert",
            ("تدمير هذه الاهداف تأكد من \" معلومات قدمتها مراكز استطلاع", 1))

p = g.prop("shelling", [("agent", e_sub2, "RUS"), ("target", e_isis, "ISIS")], ("اطلقت", 1), place=e_dz, time=t31, quantities=[q1, q2])
for s in (s1, s2, s3, s4):
    g.claim(p, s)
p2 = g.prop("attack", [("agent", e_syr, "SYR"), ("target", e_isis2, "ISIS")], ("هجومين", 1), place=e_dzg)
g.claim(p2, "author")
p3 = g.prop("attack", [("agent", e_sdf, "SDF"), ("target", e_isis2, "ISIS")], ("هجومين", 1), place=e_dzg)
g.claim(p3, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
