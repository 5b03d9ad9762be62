"""Gold analysis of R-651 article 12 (Al-Souria Net, published estimated 2017-08-27, "this Sunday" = the day the
Qalamoun ceasefire with ISIS was announced): Hezbollah says the ISIS convoy leaves the Lebanese-Syrian border for
Albukamal; Lebanese General Security chief Abbas Ibrahim on the bodies of the abducted Lebanese soldiers.

Judgement calls:
- published estimated from the text ("this Sunday", the ceasefire announced the same day: 27 Aug 2017).
- Body = the second headline occurrence (the unique anchor includes the start of the photo caption), the caption
  (archive photo of Fatah al-Sham leaving Juroud Arsal; an author withdrawal with no time) and the text.
- Headline «"حزب الله" يكشف ... ويؤكد : الجثث ...» gives two headline statements.
- The joint ceasefire announcement (Lebanese army, Hezbollah, Assad forces) is one statement whose source span
  covers the three names, linked to the Lebanese army entity.
- Ibrahim's identification of the bodies is hedged (مرجحا، ي عتقد، شبه متأكدين): estimate / possible claims; the
  War Media and the headline confirm it. 6 exhumed, expected to rise to 8, and 8 transported by the Red Cross are not
  a value contradiction (counts at different moments, Ibrahim himself expects 8).
- The soldiers' abduction 3 years earlier (`arrest`) and their death (`casualties`) are separate propositions.
- «حمل لبنانيون ... مسؤولية مقتل» is an accusation statement (assert), an `other` proposition (responsibility);
  Hezbollah's refusal then / acceptance days ago of talks with ISIS: `agreement` denied then, affirmed now.
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-651-12", "outlet": "السورية نت", "published": "2017-08-27", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
ABU = dict(canonical="Abu Kamal", place={"geonames_id": 174448, "name": "Ālbū Kamāl", "lat": 34.45226, "lon": 40.91854, "country": "SY", "admin1": "Deir ez-Zor"})
BORDER = dict(canonical="Lebanon-Syria border", place=named("Lebanon-Syria border", None))
HZB = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
HZBM = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="media", canonical="Hezbollah War Media Centre")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
LAF = dict(actor="LBN.MIL", party="LBN", role="military", canonical="Lebanese Armed Forces")
IBR = dict(actor="LBN.GOV", party="LBN", role="government", canonical="Abbas Ibrahim")

# headline and caption
e_hzb0 = g.ent("حزب الله", "ORG", 1, **HZB)
e_isis0 = g.ent("تنظيم الدولة", "ORG", 1, **ISIS)
g.ent("سوريا", "GPE", 1, **SYRIA)
e_jfs = g.ent("فتح الشام", "ORG", actor="HTS", party="HTS", role="armed_group", canonical="Jabhat Fatah al-Sham")
e_ja = g.ent("جرود عرسال", "LOC", canonical="Juroud Arsal", place=named("Juroud Arsal", "LB", "Baalbek-Hermel"))
g.ent("الحدود السورية اللبنانية", "LOC", **BORDER)
# p1
e_hzb1 = g.ent("ميليشيا \" حزب الله \" اللبنانية", "ORG", **HZB)
e_isis1 = g.ent("تنظيم \" الدولة الإسلامية \"", "ORG", **ISIS)
e_bord1 = g.ent("الحدود اللبنانية - السورية", "LOC", **BORDER)
e_dzg = g.ent("محافظة دير الزور", "GPE", canonical="Deir ez-Zor Governorate", place=named("Deir ez-Zor Governorate", "SY", "Deir ez-Zor"))
g.ent("سوريا", "GPE", 1, after="دير الزور شرقي", **SYRIA)
# p2-p3
e_wm = g.ent("الإعلام المركزي الحربي", "ORG", **HZBM)
g.ent("ميليشيا \" حزب الله \"", "ORG", 1, after="التابع ل", **HZB)
g.ent("داعش", "ORG", 1, **ISIS)
e_abu2 = g.ent("مدينة البوكمال", "GPE", **ABU)
g.ent("ريف دير الزور الشرقي", "LOC", canonical="Eastern Deir ez-Zor countryside", place=named("Eastern Deir ez-Zor countryside", "SY", "Deir ez-Zor"))
e_sarc = g.ent("لهلال الأحمر السوري", "ORG", canonical="Syrian Arab Red Crescent")
e_qara = g.ent("منطقة قارة", "GPE", canonical="Qara", place={"geonames_id": 166111, "name": "Qārah", "lat": 34.15558, "lon": 36.74284, "country": "SY", "admin1": "Rif Dimashq"})
g.ent("داعش", "ORG", 2, **ISIS)
e_jq = g.ent("جرود القلمون", "LOC", canonical="Qalamoun mountains", place=named("Qalamoun mountains", "SY", "Rif Dimashq"))
g.ent("البوكمال", "GPE", 1, after="جرود القلمون إلى", **ABU)
# p4
e_laf4 = g.ent("الجيش اللبناني", "ORG", 1, **LAF)
e_hzb4 = g.ent("ميليشيا \" حزب الله \"", "ORG", 1, after="الجيش اللبناني , و", **HZB)
e_syr4 = g.ent("قوات نظام بشار الأسد", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
e_isis4 = g.ent("تنظيم الدولة", "ORG", 1, after="وقف لإطلاق النار مع", **ISIS)
e_wq = g.ent("منطقة القلمون الغربي", "LOC", canonical="Western Qalamoun", place=named("Western Qalamoun", "SY", "Rif Dimashq"))
g.ent("سوريا", "GPE", 1, after="القلمون الغربي في", **SYRIA)
g.ent("لبنان", "GPE", 1, canonical="Lebanon", place={"geonames_id": 272103, "name": "Lebanon", "lat": 33.83333, "lon": 35.83333, "country": "LB", "admin1": None})
# p5-p8
g.ent("المدير العام للأمن العام اللبناني", "PER", nominal=True, **IBR)
e_ibr = g.ent("اللواء عباس إبراهيم", "PER", **IBR)
e_isis5 = g.ent("تنظيم الدولة", "ORG", 1, after="كان يسيطر عليها", **ISIS)
e_isis5b = g.ent("التنظيم", "ORG", 1, after="لعسكريين لبنانيين كان", nominal=True, **ISIS)
e_ibr6 = g.ent("إبراهيم", "PER", 1, after="وتابع", **IBR)
e_ibr8 = g.ent("إبراهيم", "PER", 1, after="وأضاف إبراهيم", **IBR)
# p9
e_wm9 = g.ent("الإعلام الحربي", "ORG", 1, after="من جهته أكد", **HZBM)
e_lrc = g.ent("الصليب الأحمر اللبناني", "ORG", canonical="Lebanese Red Cross")
e_laf9 = g.ent("الجيش", "ORG", 1, after="جثامين تعود لعناصر", nominal=True, **LAF)
e_hamid = g.ent("وادي حميد", "LOC", canonical="Wadi Hamid", place=named("Wadi Hamid", "LB", "Baalbek-Hermel"))
g.ent("المستشفى العسكري", "FAC", canonical="Military Hospital (Beirut)", place=named("Military Hospital, Beirut", "LB", "Beirut"))
g.ent("بيروت", "GPE", canonical="Beirut", place={"geonames_id": 276781, "name": "Beirut", "lat": 33.89332, "lon": 35.50157, "country": "LB", "admin1": "Beirut"})
# p10
e_leb = g.ent("لبنانيون", "PER", nominal=True)
e_hzb10 = g.ent("ميليشيا \" حزب الله \"", "ORG", 1, after="وحمل لبنانيون", **HZB)
e_isis10 = g.ent("تنظيم الدولة", "ORG", 1, after="اعتقال الجنود من قبل", **ISIS)
g.ent("الحزب", "ORG", 1, after="رفض حينها", nominal=True, **HZB)
g.ent("التنظيم", "ORG", 1, after="رفض حينها الحزب التفاوض مع", nominal=True, **ISIS)
g.ent("الحزب", "ORG", 1, after="مشيرين أن", nominal=True, **HZB)

t_eve = g.time("مساء اليوم الأحد", "2017-08-27", "part_of_day", "at")
g.time("اليوم", "2017-08-27", "day", "at", 1, after="في بيان")
t_earlier = g.time("في وقت سابق اليوم", "2017-08-27", "day", "before", 1)
g.time("في وقت سابق اليوم", "2017-08-27", "day", "before", 2)
t_3y = g.time("قبل 3 سنوات", "2014", "year", "at")
g.time("حاليا", "2017-08-27", "day", "at")
t_feb = g.time("منذ فبراير / شباط 2015", "2015-02", "month", "since")
g.time("حينها", "2014", "vague", "at")
t_days = g.time("قبل أيام", None, "vague", "before")
g.qty("17 حافلة", 17, "buses")
g.qty("10 سيارات", 10, "vehicles")
q6 = g.qty("6 جثث", 6, "people", "killed")
q8a = g.qty("8", 8, "people", "killed", 1, after="أن يرتفع العدد إلى")
g.qty("اثنين آخرين", 2, "people", "killed")
q8b = g.qty("8 جثامين", 8, "people", "killed")

s_hd1 = g.stmt(("حزب الله", 1, None, e_hzb0), ("يكشف", 1), "assert", ("وجهة عناصر \" تنظيم الدولة \" داخل سوريا", 1))
s_hd2 = g.stmt(("حزب الله", 1, None, e_hzb0), ("يؤكد", 1, "ويؤكد"), "confirm", ("الجثث تعود للعسكريين اللبنانيين", 1))
s_conv = g.stmt(("ميليشيا \" حزب الله \" اللبنانية", 1, None, e_hzb1), ("ستنسحب", 1), "assert",
                ("قافلة مسلحي تنظيم \" الدولة الإسلامية \" ستنسحب من الحدود اللبنانية - السورية إلى محافظة دير الزور شرقي سوريا", 1))
s_dest = g.stmt(("الإعلام المركزي الحربي", 1, None, e_wm), ("قال", 1, "وقال \""), "assert",
                ("المنطقة التي ستتوجه إليها قافلة مسلحي داعش وعائلاتهم هي مدينة البوكمال السورية في ريف دير الزور الشرقي بحسب ما تم الاتفاق عليه", 1),
                medium=("بيان", 1, "في بيان"), direct=True)
s_bus = g.stmt(("الإعلام المركزي الحربي", 1, None, e_wm), ("أضاف", 1, "وأضاف أن \""), "assert",
               ("17 حافلة و 10 سيارات للهلال الأحمر السوري وصلت إلى منطقة قارة لإخراج مسلحي داعش من جرود القلمون إلى البوكمال", 1), direct=True)
s_cf = g.stmt(("الجيش اللبناني , وميليشيا \" حزب الله \" وقوات نظام بشار الأسد", 1, None, e_laf4), ("أعلن", 1, "وفي وقت سابق"), "assert",
              ("وقف لإطلاق النار مع \" تنظيم الدولة \" , لإنهاء وجود الأخير في منطقة القلمون الغربي في سوريا على الحدود مع لبنان", 1))
# the crawl glued the caption's last word to the cue («أرشيفكشفت»), so the cue span is set from str.find
_k = text.find("كشفت ميليشيا")
[x for x in g.out["statements"] if x["id"] == s_conv][0]["cue"] = {"text": "كشفت", "span": [_k, _k + 4], "stance": "assert"}
I = ("اللواء عباس إبراهيم", 1, None, e_ibr)
s_exh = g.stmt(I, ("أعلن", 1, "وكان قد"), "assert",
               ("استخراج رفات 6 جثث من المنطقة التي كان يسيطر عليها \" تنظيم الدولة \" , شرقي البلاد", 1))
s_est = g.stmt(I, ("مرجحا", 1), "estimate", ("تعود لعسكريين لبنانيين كان التنظيم اختطفهم قبل 3 سنوات", 1))
I6 = ("إبراهيم", 1, "وتابع", e_ibr6)
s_bel = g.stmt(I6, ("تابع", 1, "وتابع"), "estimate",
               ("ي عتقد أن الجثث تعود للعسكريين المخطوفين ومن المتوقع أن يرتفع العدد إلى 8", 1), direct=True)
s_info = g.stmt(I6, ("أشار إلى أنه", 1), "assert",
                ("كانت لدينا معلومات عن استشهاد العسكريين منذ فبراير / شباط 2015 , لكننا لم نستطع أن نؤكد ذلك", 1), direct=True)
s_dna = g.stmt(("إبراهيم", 1, "وأضاف إبراهيم", e_ibr8), ("أضاف", 1, "وأضاف إبراهيم"), "estimate",
               ("ننتظر نتائج اختبار الحمض النووي لنتأكد من هوية الجثث المستخرجة . . لكننا شبه متأكدين من أن الجثث هي للعسكريين المخطوفين", 1),
               direct=True)
W = ("الإعلام الحربي", 1, "من جهته أكد", e_wm9)
s_wmc = g.stmt(W, ("أكد", 1, "من جهته"), "confirm", ("الجثث تعود للعسكريين اللبنانيين", 1, "من جهته"))
s_wm8 = g.stmt(W, ("مضيفا أن", 1), "assert",
               ("الصليب الأحمر اللبناني نقل 8 جثامين تعود لعناصر الجيش من وادي حميد , باتجاه المستشفى العسكري في بيروت", 1), direct=True)
L = ("لبنانيون", 1, None, e_leb)
s_blame = g.stmt(L, ("حمل", 1, "وحمل"), "assert", ("ميليشيا \" حزب الله \" مسؤولية مقتل الجنود اللبنانيين", 1))
s_talk = g.stmt(L, ("أشاروا إلى أنه", 1), "assert",
                ("عقب اعتقال الجنود من قبل \" تنظيم الدولة \" , رفض حينها الحزب التفاوض مع التنظيم ولم يسمح لأحد بذلك , لكنه ق ب ل قبل أيام الدخول في مفاوضات معه لإنهاء المعركة عند الحدود", 1))
s_after = g.stmt(L, ("مشيرين أن", 1), "assert", ("الحزب وافق على التفاوض لكن بعدما ق تل الجنود اللبنانيين", 1))

p_wd = g.prop("withdrawal", [("agent", e_isis1, "ISIS")], ("ستنسحب", 1), place=e_bord1, time=t_eve)
p_cf = g.prop("agreement", [("agent", e_laf4, "LBN"), ("agent", e_hzb4, "HEZBOLLAH"), ("agent", e_syr4, "SYR"), ("partner", e_isis4, "ISIS")],
              ("وقف لإطلاق النار", 1), place=e_wq, time=t_earlier)
p_bus = g.prop("deployment", [("agent", e_sarc, None)], ("وصلت", 1), place=e_qara, time=t_eve)
p_ctrl = g.prop("control", [("agent", e_isis5, "ISIS")], ("يسيطر", 1, "المنطقة التي كان"), place=e_wq)
p_dead = g.prop("casualties", [("target", e_laf9, "LBN")], ("الجثث", 1), quantities=[q6, q8a, q8b])
p_abd = g.prop("arrest", [("agent", e_isis5b, "ISIS"), ("target", e_laf9, "LBN")], ("اختطفهم", 1), time=t_3y)
p_transfer = g.prop("other", [("agent", e_lrc, None)], ("نقل", 1, "الصليب الأحمر اللبناني"), place=e_hamid)
p_blame = g.prop("other", [("agent", e_hzb10, "HEZBOLLAH")], ("مسؤولية", 1, "حزب الله \" مسؤولية"))
p_refuse = g.prop("agreement", [("agent", e_hzb10, "HEZBOLLAH"), ("partner", e_isis10, "ISIS")], ("التفاوض", 1, "رفض حينها"))
p_nego = g.prop("agreement", [("agent", e_hzb10, "HEZBOLLAH"), ("partner", e_isis10, "ISIS")], ("مفاوضات", 1, "الدخول في"), time=t_days)
p_jfs = g.prop("withdrawal", [("agent", e_jfs, "HTS")], ("لخروج", 1), place=e_ja)

g.claim(p_wd, s_hd1, "affirm", "planned")
g.claim(p_wd, s_conv, "affirm", "planned")
g.claim(p_wd, s_dest, "affirm", "planned")
g.claim(p_wd, s_bus, "affirm", "planned")
g.claim(p_cf, s_cf)
g.claim(p_cf, s_dest)
g.claim(p_bus, s_bus)
g.claim(p_ctrl, s_exh)
g.claim(p_dead, s_hd2)
g.claim(p_dead, s_exh)
g.claim(p_dead, s_est, "affirm", "possible")
g.claim(p_dead, s_bel, "affirm", "possible")
g.claim(p_dead, s_info, "affirm", "possible")
g.claim(p_dead, s_dna, "affirm", "possible")
g.claim(p_dead, s_wmc)
g.claim(p_dead, s_wm8)
g.claim(p_dead, s_after)
g.claim(p_abd, s_est)
g.claim(p_abd, s_talk)
g.claim(p_transfer, s_wm8)
g.claim(p_blame, s_blame)
g.claim(p_refuse, s_talk, "deny")
g.claim(p_nego, s_talk)
g.claim(p_nego, s_after)
g.claim(p_jfs, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
