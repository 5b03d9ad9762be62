"""Gold analysis of V-454-12 (السورية نت, estimated 2017-01-25): Jabhat Fatah al-Sham answers the Syrian Islamic
Council's fatwa against it, accusing the Council of fuelling infighting; background on JFS attacks on
opposition factions.

Judgement calls:
- Published: no date in URL; «مساء اليوم الأربعاء» with the Astana conference and the JFS offensive on Jaish
  al-Mujahideen put it on Wednesday 2017-01-25 — estimated.
- Body starts at the second headline copy; the fused sub-heading («فتح الشام تصدر بيانا ... ضدها») is kept.
- Headline «" فتح الشام " : ...» is a headline statement by JFS (cue the colon).
- «أصدرت ... بيانا تعقيبا على ...» and the sub-heading only announce the statement; its content is carried
  by the later statements (اتهمت، أشار البيان، مؤكدين، تساءلت، مشيرة، نفت، اتهم البيان).
- The Council's own speech acts reported by the author (أفتى بوجوب قتال، اتهام ... بالخوارج، طلب ...
  التحاكم للشريعة) are separate statements by the Council (stance demand / assert).
- «ونفت فتح الشام ما أسمته إيواء لعناصر جند الأقصى» denies support; «قبول بيعة التنظيم» is affirmed as an
  agreement: not contradictory (sheltering vs accepting allegiance).
- Party HTS for JFS and Jund al-Aqsa (which pledged to it); SYR.OPP for the Council and the factions.
- No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-454-12", "outlet": "السورية نت", "published": "2017-01-25", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
JFS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Jabhat Fatah al-Sham")
SIC = dict(actor="SYR.OPP.SIC", party="SYR.OPP", role="other", canonical="Syrian Islamic Council")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
def opp(name):
    return dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical=name)

J = {}
for n in (1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13):
    J[n] = g.ent("فتح الشام", "ORG", n, **JFS)
J[3] = g.ent("جبهة \" فتح الشام \"", "ORG", **JFS)
M = {}
for n in (1, 3, 4, 5, 6, 7, 8):
    M[n] = g.ent("المجلس الإسلامي", "ORG", n, **SIC)
M[2] = g.ent("المجلس الإسلامي السوري", "ORG", **SIC)
g.ent("المجلس الاسلامي السوري", "ORG", **SIC)
for n in (6, 7, 11, 12):
    M["n%d" % n] = g.ent("المجلس", "ORG", n, nominal=True, **SIC)
g.ent("لمجلس", "ORG", 1, after="كيف", nominal=True, **SIC)  # للمجلس
e_facs = g.ent("فصائل معارضة", "ORG", 1, nominal=True, **opp("Opposition factions"))
e_sy1 = g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("السورية نت", "ORG", canonical="Alsouria Net", actor="ALSOURIA", party=None, role="media")
g.ent("سوريا", "GPE", 2, **SYRIA)
e_astana = g.ent("أستانا", "GPE", canonical="Astana", place=named("Astana", "KZ"))
g.ent("المعارضة", "ORG", 1, after="يؤيد ذهاب", nominal=True, **opp("Syrian opposition"))
g.ent("سوريا", "GPE", 3, **SYRIA)
g.ent("لنصيرية", "ORG", nominal=True, actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
g.ent("النظام", "ORG", 1, after="للنصيرية (", nominal=True, actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
e_jund = g.ent("تنظيم \" جند الأقصى \"", "ORG", actor="JUNDALAQSA", party="HTS", role="armed_group", canonical="Jund al-Aqsa")
g.ent("التنظيم", "ORG", 1, after="بيعة", nominal=True, actor="JUNDALAQSA", party="HTS", role="armed_group", canonical="Jund al-Aqsa")
e_ahrar = g.ent("أحرار الشام", "ORG", **opp("Ahrar al-Sham"))
e_facs2 = g.ent("فصائل سورية معارضة", "ORG", nominal=True, **opp("Opposition factions"))
e_jm = g.ent("جيش المجاهدين", "ORG", **opp("Jaish al-Mujahideen"))
e_prison = g.ent("سجن إدلب المركزي", "FAC", canonical="Idlib Central Prison", place=named("Idlib Central Prison", "SY", "Idlib"))
e_suq = g.ent("صقور الشام", "ORG", **opp("Suqour al-Sham"))
g.ent("الجبهة الشامية", "ORG", **opp("Levant Front"))

t_wed = g.time("مساء اليوم الأربعاء", "2017-01-25", "part_of_day", "at")
t_y1 = g.time("يوم أمس", "2017-01-24", "day", "at", 1)
g.time("يوم أمس", "2017-01-24", "day", "at", 2)
t_2d = g.time("خلال اليومين الماضيين", "2017-01-23/2017-01-24", "day", "at")

s_h = g.stmt(("فتح الشام", 1, None, J[1]), (":", 1), "assert",
             ("المجلس الإسلامي يسعى لتأجيج القتال بين الفصائل وفتواه ضدنا غير صحيحة", 1))
s_fatwa = g.stmt(("المجلس الإسلامي السوري", 1, None, M[2]), ("أفتى", 1), "demand",
                 ("بوجوب قتال \" فتح الشام \" وردها عن بغيها , وحرمة الانتماء إليها", 1))
s1 = g.stmt(("فتح الشام", 5, None, J[5]), ("اتهمت", 1), "assert",
            ("تأجيج القتال ضدها وعدم دقة وصحة ما صدر عنه , إضافة إلى كونه غير متفق عليه داخل الساحة السورية", 1), direct=True)
s2 = g.stmt(("بيان \" فتح الشام \"", 1, None, J[6]), ("اتهمت", 2), "assert",
            ("بعدم دقتها وصحتها كونهم غير متواجدين داخل سوريا \" , إضافة إلى وجود \" بعض التصورات المغلوطة لدى المجلس تجاه فتح الشام", 1),
            direct=True)
s3 = g.stmt(("المجلس الإسلامي", 5, None, M[5]), ("اتهام", 1), "assert",
            ("الخوارج ووجوب عدم الانضمام إلى صفوفهم", 1), direct=True)
s4 = g.stmt(("البيان", 1), ("أشار", 1, "أشار البيان أن"), "assert", ("الفتوى جاءت دون تعقيب أو تبين", 1), direct=True)
s5 = g.stmt(("البيان", 1), ("مؤكدين", 1), "confirm", ("المجلس الإسلامي ليسوا المرجعية المتفق عليها في الساحة السورية", 1), direct=True)
s6 = g.stmt(("فتح الشام", 9, None, J[9]), ("تساءلت", 1), "assert",
            ("كيف للمجلس أن يؤيد ذهاب المعارضة إلى المؤتمر والذي يؤدي إلى إيقاف القتال في الشمال وسبق أن دعوا لعدمه في جنوب سوريا", 1),
            medium=("بيانها", 1), direct=True)
s7 = g.stmt(("فتح الشام", 9, None, J[9]), ("مشيرة أن", 1), "estimate",
            ("المؤتمر سيؤدي إلى استسلام للنصيرية ( النظام ) والتفاف على الثور", 1))
s8 = g.stmt(("المجلس", 11, None, M["n11"]), ("طلب", 1), "demand", ("التحاكم للشريعة", 1))
s9 = g.stmt(("البيان", 2), ("أشار", 1, "أشار البيان إلى"), "assert",
            ("وقوع \" المجلس \" في جملة من الوقائع المغلوطة , دون استبيان أو استيضاح", 1))
s10 = g.stmt(("فتح الشام", 11, None, J[11]), ("نفت", 1), "deny", ("إيواء لعناصر تنظيم \" جند الأقصى \"", 1))
s11 = g.stmt(("فتح الشام", 11, None, J[11]), ("مؤكدين", 2), "confirm",
             ("هدفهم في قبول بيعة التنظيم هي لإيقاف الاقتتال مع أحرار الشام", 1), direct=True)
s12 = g.stmt(("البيان", 3), ("اتهم", 1, "واتهم البيان"), "assert",
             ("\" المجلس الإسلامي \" في تأجيج القتال بين الفصائل بعد فتوى الأخير بقتال \" فتح الشام \"", 1))

p_incite = g.prop("other", [("agent", M[1], "SYR.OPP")], ("لتأجيج", 1))
p_attacks = g.prop("attack", [("agent", J[13], "HTS"), ("target", e_facs2, "SYR.OPP")], ("هجمات", 1, "شنت"), time=t_2d)
p_capjm = g.prop("capture", [("agent", J[13], "HTS"), ("target", e_jm, "SYR.OPP")], ("استيلائها", 1), time=t_2d)
p_prison = g.prop("capture", [("agent", J[13], "HTS")], ("للسيطرة", 1), place=e_prison, time=t_2d)
p_end = g.prop("attack", [("agent", J[13], "HTS"), ("target", e_suq, "SYR.OPP")], ("إنهاء وجود", 1), time=t_2d)
p_shelter = g.prop("support", [("agent", J[11], "HTS"), ("partner", e_jund, "HTS")], ("إيواء", 1))
p_bayaa = g.prop("agreement", [("agent", J[11], "HTS"), ("partner", e_jund, "HTS")], ("بيعة", 1))
p_surr = g.prop("other", [("agent", None, "SYR.OPP")], ("استسلام", 1), place=e_astana)

g.claim(p_incite, s_h)
g.claim(p_incite, s1)
g.claim(p_incite, s12)
g.claim(p_attacks, "author")
g.claim(p_capjm, "author")
g.claim(p_prison, "author", "affirm", "intended")
g.claim(p_end, "author", "affirm", "intended")
g.claim(p_shelter, s10, "deny")
g.claim(p_bayaa, s11)
g.claim(p_surr, s7, "affirm", "possible")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
