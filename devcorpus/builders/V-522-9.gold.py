"""Gold analysis of V-522-9 (الأهرام, 2014-01-03): column on the claim that the US paid Sistani $200 million
for a fatwa against resisting the 2003 invasion; Rumsfeld's denial, Bremer's memoir, the Shia marja'iya's
rebuttal; Qaradawi on US arms for Syrian rebels.

Judgement calls:
- Annotated as conflict/war-politics text (the Iraq invasion; US arms to fighters against Assad), though it
  is an opinion column and mostly about Iraq.
- Body starts at the second headline copy, keeping the stray view counter «12164».
- Headline «أمريكا : السيستاني باع لنا العراق ...» is a headline statement by «أمريكا» (party USA).
- Rumsfeld's «أنكر أنه قال إن السيستاني باع لنا العراق» is read as denying the bribe claim itself;
  Bremer «لم ينكر ذلك بل أكده» affirms it: intra-party (USA) negation, the article's point.
- Bremer's translated memoir excerpt (no quote marks, so direct=false) runs over four paragraphs to «ومفيد
  جدا»; Sistani's messages, Hume's remark and the media's talk of cut ties are embedded in it.
- Secret cooperation between Sistani and the occupation is one `support` proposition: affirmed by Bremer
  and by Sistani's message (as Bremer reports it), denied by the media (embedded) and by the Shia
  marja'iyas («كذبت ... ما ذكره بريمر»).
- Qaradawi's words run over three short paragraphs (no quote marks).
- Dollar amounts are not annotated as quantities (not a conflict count).
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-522-9", "outlet": "الأهرام", "published": "2014-01-03", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
USA = dict(canonical="United States", actor="USA", party="USA", role="government", place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
IRAQ = dict(canonical="Iraq", place={"geonames_id": 99237, "name": "Iraq", "lat": 33.0, "lon": 44.0, "country": "IQ", "admin1": None})
LIBYA = dict(canonical="Libya", place=named("Libya", "LY"))
SIST = dict(actor="SISTANI", party=None, role="other", canonical="Ali al-Sistani")
USGOV = dict(actor="USA.GOV", party="USA", role="government", canonical="US administration")
RUMS = dict(actor="USA.GOV", party="USA", role="government", canonical="Donald Rumsfeld")
BREM = dict(actor="USA.GOV", party="USA", role="government", canonical="Paul Bremer")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition (Iraq)")
HUME = dict(actor="ABC", party=None, role="media", canonical="Brit Hume")

e_us0 = g.ent("أمريكا", "GPE", 1, **USA)
S = {}
for n in (1, 3, 4, 5, 6, 7, 8, 9):
    S[n] = g.ent("السيستاني", "PER", n, **SIST)
S[2] = g.ent("علي السيستاني", "PER", **SIST)
I = {}
for n in range(1, 12):
    if n == 10:
        continue  # inside «المرجعيات الشيعية في العراق»
    I[n] = g.ent("العراق", "GPE", n, **IRAQ)
g.ent("لعراق", "GPE", 1, **IRAQ)  # للعراق
g.ent("إيران", "GPE", canonical="Iran", place={"geonames_id": 130758, "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IR", "admin1": None})
e_tweet = g.ent("المغردون", "PER", nominal=True, canonical="Twitter users")
e_usgov1 = g.ent("الإدارة الأمريكية", "ORG", 1, **USGOV)
e_coal1 = g.ent("قوات التحالف", "ORG", **COAL)
g.ent("القوات الأمريكية", "ORG", actor="USA.MIL", party="USA", role="military", canonical="US Armed Forces")
e_qar = g.ent("القرضاوي", "PER", actor="QARADAWI", party=None, role="other", canonical="Yusuf al-Qaradawi")
g.ent("ليبيا", "GPE", 1, **LIBYA)
g.ent("الناتو", "ORG", actor="NATO", party=None, role="military", canonical="NATO")
e_syria = g.ent("سوريا", "GPE", canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
e_us4 = g.ent("الولايات المتحدة الأمريكية", "GPE", **USA)
e_assad = g.ent("نظام بشار", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
g.ent("أمريكا", "GPE", 2, **USA)
g.ent("ليبيا", "GPE", 2, **LIBYA)
g.ent("أمريكا", "GPE", 3, **USA)
g.ent("الإدارة الأمريكية", "ORG", 2, **USGOV)
e_some = g.ent("البعض", "PER", 1, nominal=True)
g.ent("دونالد رامسفيلد", "PER", **RUMS)
e_some2 = g.ent("البعض الآخر", "PER", nominal=True)
g.ent("بول بريمر", "PER", **BREM)
g.ent("جورج دبليو بوش", "PER", actor="USA.GOV", party="USA", role="government", canonical="George W. Bush")
g.ent("الجيش العراقي", "ORG", actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi Army")
e_rum2 = g.ent("رامسفيلد", "PER", 2, **RUMS)
e_bre2 = g.ent("بريمر", "PER", 2, **BREM)
e_bre3 = g.ent("بريمر", "PER", 3, **BREM)
g.ent("الإدارة الإمريكية", "ORG", 1, **USGOV)
e_coal2 = g.ent("التحالف", "ORG", 2, **COAL)
e_hume = g.ent("هيوم", "PER", 1, **HUME)
g.ent("البيت الأبيض", "ORG", actor="USA.GOV", party="USA", role="government", canonical="White House")
g.ent("قناة إيه بي سي الأمريكية", "ORG", actor="ABC", party=None, role="media", canonical="ABC News")
g.ent("مقتدي الصدر", "PER", actor="SADR", party=None, role="other", canonical="Muqtada al-Sadr")
e_media = g.ent("وسائل الإعلام العربية والأجنبية", "ORG", nominal=True, canonical="Arab and foreign media")
g.ent("هيوم", "PER", 2, **HUME)
g.ent("التحالف", "ORG", 3, **COAL)
g.ent("آية الله", "PER", nominal=True, **SIST)
e_marj = g.ent("المرجعيات الشيعية في العراق", "ORG", nominal=True, actor="MARJAIYA", party=None, role="other", canonical="Shia religious authorities in Iraq")
g.ent("بريمر", "PER", 4, **BREM)
e_voices = g.ent("أصوات داخل الإدارة الإمريكية", "PER", nominal=True, actor="USA.GOV", party="USA", role="government", canonical="US administration officials")

t_2003 = g.time("في 2003", "2003", "year", "at")
g.time("وقت غزو العراق", "2003", "year", "at")
g.time("وقت احتلال العراق", "2003", "year", "at")
g.time("في 2006", "2006", "year", "at")
t_after = g.time("بعد التحرير مباشرة", "2003-04", "month", "after")
g.time("ذات يوم", None, "vague", "at")
t_14m = g.time("طيلة الشهور الأربع عشرة الماضية", "2003-05/2004-06", "month", "at")
g.time("منذ التتار وحتي الآن", None, "vague", "since")

s_h = g.stmt(("أمريكا", 1, None, e_us0), (":", 1), "assert", ("السيستاني باع لنا العراق ب - 200 مليون دولار", 1))
s_tw = g.stmt(("المغردون", 1, None, e_tweet), ("تداولها", 1), "assert",
              ("الإدارة الأمريكية دفعت 200 مليون دولار ل - علي السيستاني ( أحد أكبر المرجعيات الدينية للشيعة في العراق والعالم ) لإصدار فتوي تلزم الشيعة بعدم التعرض لقوات التحالف والقوات الأمريكية بل والتعاون معها وقت غزو العراق", 1))
s_q1 = g.stmt(("القرضاوي", 1, None, e_qar), ("أجاز", 1), "assert", ("الاستعانة بقوات الناتو", 1))
s_q2 = g.stmt(("القرضاوي", 1, None, e_qar), ("قال", 1, "عندما قال"), "assert",
              ("نشكر الولايات المتحدة الأمريكية علي تقديمها أسلحة بقيمة 60 مليون دولار للمقاتلين ضد نظام بشار ونطلب المزيد .\nلماذا لم تفعل أمريكا مثلما فعلت في ليبيا .\nعلي أمريكا أن تدافع عن السوريين وأن تقف وقفة رجولة ووقفة لله وللخير والحق", 1))
s_some1 = g.stmt(("البعض", 1, None, e_some), ("قال", 1, "البعض قال"), "assert",
                 ("ورد في مذكرات دونالد رامسفيلد وزير الدفاع الأمريكي وقت احتلال العراق", 1))
s_some2 = g.stmt(("البعض الآخر", 1, None, e_some2), ("قال", 1, "والبعض الآخر قال"), "assert",
                 ("جاء في مذكرات بول بريمر الذي عينه الرئيس الأمريكي جورج دبليو بوش حاكما مدنيا علي العراق ومشرفا علي إعادة الإعمار", 1))
s_rum1 = g.stmt(("رامسفيلد", 2, None, e_rum2), ("أنكر", 1), "deny", ("قال إن السيستاني باع لنا العراق ب - 200 مليون دولار", 1))
s_rum2 = g.stmt(("رامسفيلد", 2, None, e_rum2), ("أنكر", 1, "وأنكر أيضا"), "deny", ("قابل السيستاني من الأساس", 1))
s_bre1 = g.stmt(("بريمر", 2, None, e_bre2), ("أكده", 1), "confirm", ("ذلك", 1, "ولم ينكر بريمر"), medium=("مذكراته", 1))
s_bre2 = g.stmt(("بريمر", 3, None, e_bre3), ("يقول", 1, "فيقول مثلا"), "assert",
                ("لقد أبلغنا السيستاني بعد التحرير مباشرة ومن خلال قنوات خاصة أنه لن يقابل أحدا من التحالف ولذلك لم أطالب بعقد اجتماع شخصي معه . وقال لي هيوم ( محلل سياسي عمل مراسلا في البيت الأبيض لقناة إيه بي سي الأمريكية ) الذي يفهم العالم العربي جيدا إن السيستاني لا يمكن أن يقبل بأن يظهر علانية بأنه يتعاون مع قوة احتلال كما أنه يريد أن يحمي جماعته من آخرين من أمثال مقتدي الصدر ولكنه سيعمل معنا فنحن نشترك معه في الأهداف ذاتها .\nوبينما كانت وسائل الإعلام العربية والأجنبية تتحدث عن الصلات المقطوعة بيننا وبين السيستاني , فإنني كنت علي اتصال مستمر معه حول القضايا الحيوية من خلال الوسطاء .\nوكان هيوم محقا في تحليله , فقد أرسل لي السيستاني ذات يوم يقول إن عدم لقائه بنا ليس ناتجا عن عداء للاحتلال , وإنما لأنه يعتقد أنه بذلك يمكن أن يكون أكثر فائدة لتحقيق أهدافنا المشتركة , وبأنه سيفقد بعض مصداقيته لدي أنصاره لو تعاون بشكل علني مع مسئولي التحالف .\nورغم أن آية الله كان رافضا للالتقاء بسلطات الاحتلال , فإنني تبادلت معه طيلة الشهور الأربع عشرة الماضية عشرين رسالة عبر وسطاء عديدين وهي رسائل اعتبرها من ناحيتي مهمة ومفيد جدا", 1))
s_sis1 = g.stmt(("السيستاني", 6, None, S[6]), ("أبلغنا", 1), "assert", ("لن يقابل أحدا من التحالف", 1), embedded_in=s_bre2)
s_hume = g.stmt(("هيوم", 1, None, e_hume), ("قال لي", 1), "assert",
                ("السيستاني لا يمكن أن يقبل بأن يظهر علانية بأنه يتعاون مع قوة احتلال كما أنه يريد أن يحمي جماعته من آخرين من أمثال مقتدي الصدر ولكنه سيعمل معنا فنحن نشترك معه في الأهداف ذاتها", 1),
                embedded_in=s_bre2)
s_media = g.stmt(("وسائل الإعلام العربية والأجنبية", 1, None, e_media), ("تتحدث عن", 1), "assert",
                 ("الصلات المقطوعة بيننا وبين السيستاني", 1), embedded_in=s_bre2)
s_sis2 = g.stmt(("السيستاني", 9, None, S[9]), ("يقول", 1, "ذات يوم يقول"), "assert",
                ("عدم لقائه بنا ليس ناتجا عن عداء للاحتلال , وإنما لأنه يعتقد أنه بذلك يمكن أن يكون أكثر فائدة لتحقيق أهدافنا المشتركة , وبأنه سيفقد بعض مصداقيته لدي أنصاره لو تعاون بشكل علني مع مسئولي التحالف", 1),
                embedded_in=s_bre2)
s_marj = g.stmt(("المرجعيات الشيعية في العراق", 1, None, e_marj), ("كذبت", 1), "deny", ("ما ذكره بريمر جملة وتفصيلا", 1))
s_voices = g.stmt(("أصوات داخل الإدارة الإمريكية", 1, None, e_voices), ("اتهمته", 1), "assert",
                  ("بالمبالغةلتضخيم الدور الذي قام به في العراق", 1))

p_bribe = g.prop("support", [("agent", e_usgov1, "USA"), ("partner", S[2], None)], ("دفعت", 1), time=t_2003)
p_meet = g.prop("other", [("agent", e_rum2, "USA"), ("partner", S[5], None)], ("قابل", 1))
p_coop = g.prop("support", [("agent", S[8], None), ("partner", e_coal2, "USA")], ("اتصال مستمر", 1), time=t_14m)
p_nomeet = g.prop("other", [("agent", S[6], None), ("partner", e_coal2, "USA")], ("لن يقابل", 1), time=t_after)
p_inv = g.prop("capture", [("agent", None, "USA")], ("بالغزو", 1), place=I[2], time=t_2003)
p_dis = g.prop("other", [("agent", None, "USA")], ("التفكيك", 1), time=t_2003)
p_arms = g.prop("support", [("agent", e_us4, "USA"), ("target", e_assad, "SYR")], ("تقديمها أسلحة", 1), place=e_syria)

c_h = g.claim(p_bribe, s_h)
c_tw = g.claim(p_bribe, s_tw)
c_rum = g.claim(p_bribe, s_rum1, "deny")
c_bre = g.claim(p_bribe, s_bre1, "affirm")
g.claim(p_meet, s_rum2, "deny")
c_bre2 = g.claim(p_coop, s_bre2)
g.claim(p_coop, s_hume, "affirm", "planned")
c_med = g.claim(p_coop, s_media, "deny")
g.claim(p_coop, s_sis2)
c_marj = g.claim(p_coop, s_marj, "deny")
g.claim(p_nomeet, s_sis1)
g.claim(p_nomeet, s_bre2)
g.claim(p_inv, "author")
g.claim(p_dis, "author")
g.claim(p_arms, s_q2)

g.contra(c_rum, c_bre, "intra_party", "USA", "negation",
         "Rumsfeld denies the claim that Sistani sold Iraq for $200 million; Bremer, per the author, confirms it.", headline=True)
g.contra(c_h, c_rum, "intra_party", "USA", "negation",
         "The headline attributes to America the claim that Sistani sold Iraq for $200 million; Rumsfeld denies it.")
g.contra(c_tw, c_rum, "unaffiliated", None, "negation",
         "Tweeters say the US administration paid Sistani $200 million; Rumsfeld denies it.")
g.contra(c_bre2, c_marj, "unaffiliated", None, "negation",
         "Bremer says he was in constant contact with Sistani through intermediaries; the Shia marja'iyas deny what Bremer wrote.")
g.contra(c_bre2, c_med, "unaffiliated", None, "negation",
         "Arab and foreign media spoke of severed links between the occupation and Sistani; Bremer says he was in constant contact with him.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
