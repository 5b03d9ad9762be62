"""Gold analysis of unifiedfc R-270 article 3 (Erem News; published estimated 2017-11-16: the Thursday vote,
and the JIM mandate "ends by midnight Thursday" in the future tense). Russia vetoes the US draft renewing
the UN-OPCW Joint Investigative Mechanism; the Russian draft fails.

Judgement calls:
- Body starts at the first article sentence, after the duplicated headline and summary; the summary
  sentence recurs inside the article and is annotated there.
- Votes and veto counts are not quantities of the schema's kinds and are left out.
- "وهو ما ترفضه الدول الغربية" (rejecting a draft) is a position on a proposal, not a reported claim
  about an event: no statement.
- JIM findings: the sarin attack of 4 April 2017 by the Syrian government (التحقيق خلص; التقرير حمل)
  and the chlorine uses (آلية التحقيق المشتركة توصلت). Russia "cast doubt repeatedly" on its findings:
  recorded as a deny statement on the chlorine proposition, with an unaffiliated negation contradiction
  (RUS vs the UN-OPCW body, which has no party).
- Trump's urging is a demand (حث) plus a demand with "مشددا على أنه ضروري"; his tweet is a demand
  with medium تويتر.
- The veto, the failed Russian draft, the withdrawn Russian draft and the 24 October veto are "other"
  propositions (author); the 2015 JIM creation and 2013 chemical disarmament deal are agreements.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, a1):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": a1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY", None))
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place=gn(2017370, "Russia", 60.0, 100.0, "RU", None))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ", None))
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place=gn(298795, "Turkey", 39.0, 35.0, "TR", None))
USA_ = dict(canonical="United States", actor="USA", party="USA", role="government", place=gn(6252001, "United States", 39.76, -98.5, "US", None))
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place=gn(130758, "Iran", 32.0, 53.0, "IR", None))
MOSCOW = dict(canonical="Moscow", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))
SOCHI = dict(canonical="Sochi", place=gn(491422, "Sochi", 43.59699, 39.72477, "RU", "Krasnodar Krai"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
ABU = dict(canonical="Abu Kamal", place=gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
KREMLIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-270-3", "outlet": "إرم نيوز", "published": "2017-11-16", "url": None, "title": None})
UNSC = dict(actor="UNSC", party=None, role="other", canonical="UN Security Council")
UN = dict(actor="UN", party=None, role="other", canonical="United Nations")
JIM = dict(actor="JIM", party=None, role="other", canonical="OPCW-UN Joint Investigative Mechanism")
SYRGOV2 = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
HALEY = dict(actor="USA.GOV", party="USA", role="government", canonical="Nikki Haley")
NEB = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vassily Nebenzia")
TRUMP = dict(actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
def country(cc, name, gid, lat, lon, actor=True):
    d = dict(canonical=name, place=gn(gid, name, lat, lon, cc, None))
    return d

e_unsc1 = g.ent("مجلس الأمن", "ORG", 1, **UNSC)
e_syr1 = g.ent("سوريا", "GPE", 1, **SYRIA)
e_unsc2 = g.ent("مجلس الأمن الدولي", "ORG", **UNSC)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("الدول الغربية", "ORG", nominal=True, canonical="Western states")
g.ent("الولايات المتحدة", "GPE", 1, **USA_)
e_us2 = g.ent("الولايات المتحدة", "GPE", 2, **USA_)
g.ent("سوريا", "GPE", 3, **SYRIA)
g.ent("اللجنة المشتركة بين الأمم المتحدة ومنظمة حظر الأسلحة الكيميائية", "ORG", **JIM)
e_jim2 = g.ent("التحقيق", "ORG", 2, nominal=True, **JIM)
e_sg1 = g.ent("الحكومة السورية", "ORG", 1, **SYRGOV2)
g.ent("الولايات المتحدة", "GPE", 3, **USA_)
g.ent("روسيا", "GPE", 1, **RUSSIA)
g.ent("فرنسا", "GPE", canonical="France", actor="FRA", party="FRA", role="government", place=gn(3017382, "France", 46.0, 2.0, "FR", None))
g.ent("بريطانيا", "GPE", canonical="United Kingdom", actor="GBR", party="GBR", role="government", place=gn(2635167, "United Kingdom", 54.75844, -2.69531, "GB", None))
g.ent("الصين", "GPE", 1, canonical="China", actor="CHN", party="CHN", role="government", place=gn(1814991, "China", 35.0, 105.0, "CN", None))
g.ent("الصين", "GPE", 2, canonical="China", actor="CHN", party="CHN", role="government", place=gn(1814991, "China", 35.0, 105.0, "CN", None))
g.ent("مصر", "GPE", canonical="Egypt", actor="EGY", party="EGY", role="government", place=gn(357994, "Egypt", 27.0, 30.0, "EG", None))
e_rus2 = g.ent("روسيا", "GPE", 2, **RUSSIA)
g.ent("السفيرة الأمريكية بالأمم المتحدة", "PER", nominal=True, **HALEY)
e_haley = g.ent("نيكي هيلي", "PER", **HALEY)
g.ent("فاسيلي نيبينزيا", "PER", **NEB)
g.ent("الولايات المتحدة", "GPE", 4, **USA_)
g.ent("روسيا", "GPE", 3, **RUSSIA)
e_haley2 = g.ent("هيلي", "PER", 2, **HALEY)
g.ent("البعثة الروسية", "ORG", actor="RUS.GOV", party="RUS", role="government", canonical="Russian mission to the UN")
g.ent("فاسيلي", "PER", 2, **NEB)
g.ent("مجلس الأمن", "ORG", 3, **UNSC)
e_trump = g.ent("الرئيس الأمريكي دونالد ترامب", "PER", **TRUMP)
g.ent("مجلس الأمن", "ORG", 4, **UNSC)
g.ent("سوريا", "GPE", 4, **SYRIA)
g.ent("الرئيس بشار الأسد", "PER", **ASSAD)
e_trump2 = g.ent("ترامب", "PER", 2, **TRUMP)
g.ent("تويتر", "ORG", canonical="Twitter")
g.ent("مجلس الأمن", "ORG", 5, **UNSC)
g.ent("لأمم المتحدة", "ORG", 1, after="مجلس الأمن التابع", **UN)  # للأمم
g.ent("آلية التحقيق المشتركة", "ORG", 1, **JIM)
g.ent("سوريا", "GPE", 5, **SYRIA)
g.ent("نظام الأسد", "ORG", **SYRGOV2)
e_rus4 = g.ent("روسيا", "GPE", 4, **RUSSIA)
e_jim_b = g.ent("آلية التحقيق المشتركة", "ORG", 2, **JIM)
e_sg2 = g.ent("الحكومة السورية", "ORG", 2, **SYRGOV2)
e_rus5 = g.ent("روسيا", "GPE", 5, **RUSSIA)
g.ent("سوريا", "GPE", 6, **SYRIA)
e_rep = g.ent("التقرير", "ORG", 1, after="وحم ل", nominal=True, **JIM)
e_sg3 = g.ent("الحكومة السورية", "ORG", 3, **SYRGOV2)
e_syr7 = g.ent("سوريا", "GPE", 7, actor="SYR.GOV", party="SYR", role="government", **SYRIA)
e_rus6 = g.ent("روسيا", "GPE", 6, **RUSSIA)
e_us5 = g.ent("الولايات المتحدة", "GPE", 5, **USA_)

t_thu = g.time("الخميس", "2017-11-16", "day", "at", 1)
g.time("بحلول منتصف ليل الخميس", "2017-11-16", "part_of_day", "until")
t_apr = g.time("في الرابع من نيسان / أبريل الماضي", "2017-04-04", "day", "at")
g.time("هذا الأسبوع", "2017-11-13/2017-11-19", "week", "at", 1)
g.time("هذا الأسبوع", "2017-11-13/2017-11-19", "week", "at", 2)
g.time("لاحق ا", None, "vague", "after")
t_2015 = g.time("في 2015", "2015", "year", "at")
g.time("حتى الآن", "2017-11-16", "day", "until")
g.time("منذ بدء الصراع في 2011", "2011", "year", "since")
t_oct = g.time("في 24 من أكتوبر / تشرين الأول", "2017-10-24", "day", "at")
g.time("بعد ذلك بيومين", "2017-10-26", "day", "at")
t_2013 = g.time("في 2013", "2013", "year", "at")

s_jim1 = g.stmt(("التحقيق", 2, None, e_jim2), ("خلص إلى", 1), "assert",
                ("الحكومة السورية استخدمت غاز السارين المحظور في هجوم في الرابع من نيسان / أبريل الماضي", 1))
s_h1 = g.stmt(("نيكي هيلي", 1, None, e_haley), ("قالت", 1, "وقالت السفيرة"), "assert",
              ("لم تتمكن من الحديث مع نظيرها الروسي فاسيلي نيبينزيا هذا الأسبوع بشأن تجديد التحقيق", 1))
s_h2 = g.stmt(("نيكي هيلي", 1, None, e_haley), ("أضافت", 1, "تجديد التحقيق ."), "assert",
              ("الولايات المتحدة عدلت مسودتها عدة مرات في محاولة لكسب تأييد روسيا", 1))
s_h3 = g.stmt(("هيلي", 2, None, e_haley2), ("قالت", 1, "تأييد روسيا ."), "assert",
              ("لسبب ما لا تعمل هواتف البعثة الروسية .\nحاولنا إجراء اتصال معهم وكانوا مشغولين بدرجة منعتهم من الحديث معنا هذا الأسبوع , وعندما حاولت الاتصال بفاسيلي لم يكن متاح ا لسبب ما", 1),
              direct=True)
s_t1 = g.stmt(("الرئيس الأمريكي دونالد ترامب", 1, None, e_trump), ("حث", 1), "demand",
              ("جميع أعضاء مجلس الأمن على تجديد التحقيق الدولي في الهجمات بأسلحة كيماوية في سوريا", 1))
s_t2 = g.stmt(("الرئيس الأمريكي دونالد ترامب", 1, None, e_trump), ("مشدد ا على", 1), "demand",
              ("ضروري لمنع الرئيس بشار الأسد من استخدام هذه الأسلحة", 1), direct=True)
s_t3 = g.stmt(("ترامب", 2, None, e_trump2), ("أضاف", 1, "وأضاف ترامب"), "demand",
              ("ثمة حاجة لأن يصو ت جميع أعضاء مجلس الأمن التابع للأمم المتحدة على تجديد آلية التحقيق المشتركة الخاصة بسوريا ; لضمان ألا يقوم نظام الأسد بعمليات قتل جماعي بأسلحة كيماوية مرة أخرى", 1),
              medium=("على تويتر", 1), direct=True)
s_rdoubt = g.stmt(("روسيا", 4, None, e_rus4), ("شككت", 1), "deny",
                  ("نتائجها التي توصلت أيض ا إلى أن الحكومة السورية استخدمت الكلور كسلاح عدة مرات", 1))
s_jim2 = g.stmt(("آلية التحقيق المشتركة", 2, None, e_jim_b), ("توصلت", 1), "assert",
                ("الحكومة السورية استخدمت الكلور كسلاح عدة مرات", 1))
s_rwait = g.stmt(("روسيا", 5, None, e_rus5), ("قائلة", 1), "assert",
                 ("تريد انتظار نشر تقرير التحقيق بعد ذلك بيومين", 1))
s_rep = g.stmt(("التقرير", 1, "وحم ل", e_rep), ("حم ل", 1), "assert",
               ("الحكومة السورية مسؤولية هجوم بغاز السارين", 1))

p_sarin = g.prop("attack", [("agent", e_sg1, "SYR")], ("هجوم", 1, "غاز السارين المحظور في"), time=t_apr)
g.claim(p_sarin, s_jim1)
g.claim(p_sarin, s_rep)
p_cl = g.prop("attack", [("agent", e_sg2, "SYR")], ("الكلور", 1))
c_jim = g.claim(p_cl, s_jim2)
c_rus = g.claim(p_cl, s_rdoubt, "deny")
p_veto = g.prop("other", [("agent", None, "RUS")], ("فيتو", 1), time=t_thu)
g.claim(p_veto, "author")
p_fail = g.prop("other", [("agent", e_unsc2, None)], ("صو ت", 1), time=t_thu)
g.claim(p_fail, "author")
p_wd = g.prop("other", [("agent", e_rus2, "RUS")], ("سحبت", 1), time=t_thu)
g.claim(p_wd, "author")
p_oct = g.prop("other", [("agent", e_rus5, "RUS")], ("عرقلة", 1), time=t_oct)
g.claim(p_oct, "author")
p_jim = g.prop("agreement", [("agent", e_rus4, "RUS")], ("وافقت", 1, "وكانت روسيا"), time=t_2015)
g.claim(p_jim, "author")
p_2013 = g.prop("agreement", [("agent", e_syr7, "SYR"), ("partner", e_rus6, "RUS"), ("partner", e_us5, "USA")], ("اتفاق", 1, "في 2013"), time=t_2013)
g.claim(p_2013, "author")

g.contra(c_jim, c_rus, "unaffiliated", None, "negation",
         "The UN-OPCW Joint Investigative Mechanism found the Syrian government used chlorine several times; Russia repeatedly cast doubt on these findings.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
