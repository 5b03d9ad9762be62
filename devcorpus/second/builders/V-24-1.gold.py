"""Second annotation (A8) of V-24-1 (Al Arab): the #سحب_الجنسية_السورية hashtag; a pro-regime site's report that
the People's Assembly approved new ID cards and that those who do not renew in Syria lose citizenship; a civil
affairs director denies it (relayed by a tweet); social-media reactions.

Judgement calls:
- published: the page header (Sunday 21 Jan 2018) is the site's crawl-day furniture; the text has
  "8 مايو الجاري" and "صباح الاثنين", so May 2017; estimated as 2017-05-17.
- Headline, subtitle and the subheading "شائعة أصدرها النظام ونفاها النظام" kept in the body.
- Tweets quoted in the text are statements (source: the nominal "مغرد"/"آخر"/"معلق"); the handles are not
  entities; tweets without quote marks are direct=False; the sarcastic one with a quote mark direct=True.
- The denying tweet relays the civil-affairs director's words to "يوميات": an embedded statement (cue
  "لا صحة", deny) with via [يوميات].
- Citizenship withdrawal: an "other" proposition, planned; Dey Press's headline affirms it, the director
  (and the tweeter) deny it: the headline contradiction, intra_party SYR (pro-regime site vs regime official),
  as the subheading says.
- The author's check of the Assembly's website (last decree 8 May) is read as the author denying the
  Monday approval that Dey Press reports: author_vs_source contradiction.
- The bare "شائعة" about the regime's intention has no named source: no statement, the proposition is
  claimed by Dey Press and the Facebook pages.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-24-1", "outlet": "العرب", "published": "2017-05-17", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PA = dict(actor="SYR.GOV", party="SYR", role="government", canonical="People's Assembly of Syria")
DP = dict(actor="SYR.MED", party="SYR", role="media", canonical="Dey Press")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
FB = dict(canonical="Facebook")

e_syrians = g.ent("السوريين", "PER", 1, nominal=True, canonical="Syrians")
g.ent("النظام", "ORG", 1, after="شائعة أصدرها", **SYRGOV)
g.ent("النظام", "ORG", 1, after="ونفاها", **SYRGOV)
g.ent("دمشق", "GPE", canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Damascus"})
e_reg = g.ent("النظام السوري", "ORG", 1, **SYRGOV)
e_dp = g.ent("موقع \" دي برس \"", "ORG", **DP)
g.ent("لنظام", "ORG", 1, after="الموالي ", **SYRGOV)  # للنظام
e_dp2 = g.ent("الموقع المقرب من دوائر المخابرات السورية", "ORG", nominal=True, **DP)
e_pa1 = g.ent("مجلس الشعب", "ORG", 1, **PA)
g.ent("سوريا", "GPE", 1, after="للمواطنين السوريين داخل", **SYRIA)
g.ent("فيسبوك", "ORG", 1, **FB)
g.ent("تويتر", "ORG", canonical="Twitter")
e_tw1 = g.ent("مغرد", "PER", 1, nominal=True)
e_pages = g.ent("العشرات من الصفحات", "ORG", nominal=True, canonical="Facebook pages")
g.ent("فيسبوك", "ORG", 2, **FB)
e_reg5 = g.ent("النظام", "ORG", 1, after="فيسبوك أن \"", **SYRGOV)
g.ent("سوريا", "GPE", 1, after="على البطاقة من", **SYRIA)
e_rum = g.ent("الشائعات", "ORG", nominal=True)
e_pages2 = g.ent("تلك الصفحات", "ORG", nominal=True, canonical="Facebook pages")
e_syr6 = g.ent("سوريا", "GPE", 1, after="من الإيرانيين في", **SYRIA)
g.ent("سوريا", "GPE", 1, after="لا يستطيعون العودة إلى", **SYRIA)
g.ent("مجلس الشعب", "ORG", 2, **PA)
g.ent("المجلس", "ORG", 1, after="آخر مرسوم أقره", nominal=True, **PA)
e_tw2 = g.ent("مغرد", "PER", 2, nominal=True)
e_tw3 = g.ent("مغرد", "PER", 3, nominal=True)
e_dir = g.ent("مدير الأحوال المدنية", "PER", nominal=True, actor="SYR.GOV", party="SYR", role="government", canonical="Director of Civil Affairs")
e_yaw = g.ent("يوميات", "ORG", 1, after="مدير الأحوال المدنية ل", actor="YAWMIYAT", party=None, role="media", canonical="Yawmiyat (Facebook page)")
e_oth = g.ent("آخر", "PER", 1, after="وتحسر", nominal=True)
g.ent("سوريا", "GPE", 1, after="روهنجي ) جديد في", **SYRIA)
e_com = g.ent("معلق", "PER", 1, after="وتفاعل", nominal=True)
e_iqf = g.ent("المقاتلين العراقيين", "ORG", nominal=True, actor="IRQ.PGM", party="IRQ.PGM", role="armed_group", canonical="Iraqi militias")

t_2018 = g.time("بحلول العام 2018", "2018", "year", "until")
t_mon = g.time("صباح الاثنين", "2017-05-15", "part_of_day", "at")
t_may8 = g.time("8 مايو الجاري", "2017-05-08", "day", "at")
t_soon = g.time("قريبا", None, "vague", "after")

s_subt = g.stmt(("السوريين", 1, None, e_syrians), ("مؤكدين أن", 1), "confirm", ("سوريتهم لا تتعلق بمجرد ورقة رسمية", 1))
s_dp = g.stmt(("موقع \" دي برس \"", 1, None, e_dp), ("نشر الخبر", 1), "assert",
              ("الشعب السوري يقر تبديل الهوية الشخصية . . من لا يجدد سيتم سحب الجنسية منه", 1), direct=True)
s_dp2 = g.stmt(("الموقع المقرب من دوائر المخابرات السورية", 1, None, e_dp2), ("قال", 1, "وقال الموقع"), "assert",
               ("مجلس الشعب وافق صباح الاثنين , على مشروع تغيير الهوية السورية , للمواطنين السوريين داخل سوريا", 1), direct=True)
s_tw1 = g.stmt(("مغرد", 1, None, e_tw1), ("تساءل", 1), "assert",
               ("ما حقيقة # سحب - الجنسية - السورية ? ما فائدة هذا الحديث ما دام الدم مهدور والشعب مغدور ?", 1))
s_pages = g.stmt(("العشرات من الصفحات", 1, None, e_pages), ("نقلت", 1), "assert",
                 ("النظام لن يسمح بمنح البطاقة الجديدة من خلال السفارات والبعثات الدبلوماسية , وإنما سيكون واجبا على المواطن أن يحصل على البطاقة من سوريا حصرا", 1),
                 medium=("فيسبوك", 2), direct=True)
s_rum = g.stmt(("الشائعات", 1, None, e_rum), ("بحسب", 1, "هذا القرار -"), "assert",
               ("يشمل هذا القرار - بحسب الشائعات - دفتر العائلة وكافة الوثائق الشخصية الأخرى", 1))
s_iran = g.stmt(("تلك الصفحات", 1, None, e_pages2), ("أرجعت", 1), "assert",
                ("الرغبة بتوطين أعداد كبيرة من الإيرانيين في سوريا , ضمن عملية تغيير ديموغرافي مدروسة , لكون الملايين من السوريين لا يستطيعون العودة إلى سوريا لتجديد بطاقاتهم", 1))
s_tw2 = g.stmt(("مغرد", 2, None, e_tw2), ("كتب", 1, "وكتب مغرد"), "assert",
               ("أنت شو ? - أنا بدون كويتي . . ! !\nوأنت ? - أنا بدون سوري", 1), direct=True)
s_tw3 = g.stmt(("مغرد", 3, None, e_tw3), ("نفى", 1, "ونفى مغرد"), "deny",
               ("مدير الأحوال المدنية ليوميات : لا صحة للأنباء التي تتحدث عن إسقاط الجنسية", 1))
s_dir = g.stmt(("مدير الأحوال المدنية", 1, None, e_dir), ("لا صحة", 1), "deny",
               ("للأنباء التي تتحدث عن إسقاط الجنسية", 1), via=[("يوميات", 1, "مدير الأحوال المدنية ل", e_yaw)], embedded_in=s_tw3)
s_roh = g.stmt(("آخر", 1, "وتحسر", e_oth), ("تحسر", 1), "assert",
               ("قريبا سيولد شعب ( روهنجي ) جديد في سوريا , عديم الجنسية ويقيم في مخيمات اللاجئين", 1))
s_iq = g.stmt(("معلق", 1, "وتفاعل", e_com), ("تفاعل", 1), "assert",
              ("أغلب المقاتلين العراقيين سيحصلون على الجنسية السورية ومنهم قد حصلوا عليها فعلا وسيحصلون على شقق سكنية في أحياء العاصمة ضمن خطة الإعمار القادمة", 1))

p_revoke = g.prop("other", [("agent", e_reg, "SYR")], ("سحب", 1, "نية النظام السوري"), time=t_2018)
p_approve = g.prop("other", [("agent", e_pa1, "SYR")], ("وافق", 1), time=t_mon)
p_embassy = g.prop("other", [("agent", e_reg5, "SYR")], ("بمنح", 1))
p_iran = g.prop("other", [("agent", None, "SYR"), ("partner", None, "IRN")], ("بتوطين", 1), place=e_syr6)
p_iqcit = g.prop("other", [("agent", None, "SYR"), ("partner", e_iqf, "IRQ.PGM")], ("سيحصلون على الجنسية السورية", 1))

c_dp = g.claim(p_revoke, s_dp, "affirm", "planned")
c_dir = g.claim(p_revoke, s_dir, "deny", "planned")
c_tw3 = g.claim(p_revoke, s_tw3, "deny", "planned")
c_dp2 = g.claim(p_approve, s_dp2)
c_auth = g.claim(p_approve, "author", "deny")
g.claim(p_embassy, s_pages, "deny", "planned")
g.claim(p_iran, s_iran, "affirm", "intended")
g.claim(p_iqcit, s_iq)

g.contra(c_dp, c_dir, "intra_party", "SYR", "negation",
         "The pro-regime site Dey Press reports that those who do not renew their ID will lose citizenship; the regime's civil-affairs director says there is no truth to it.",
         headline=True)
g.contra(c_dp, c_tw3, "unaffiliated", None, "negation",
         "Dey Press reports the citizenship withdrawal; a tweeter denies the report.")
g.contra(c_dp2, c_auth, "author_vs_source", None, "negation",
         "Dey Press says the People's Assembly approved the ID change on Monday; the author finds the Assembly's last decree dates from 8 May.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
