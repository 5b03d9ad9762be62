"""Gold analysis of V-120 article 3 (Al-Akhbar, Montreal, about 2017-12-07, estimated; text from the
Lebanese agency al-Markazia): the Kataeb party's judicial fight with the justice ministry; Kataeb deputy
head Salim al-Sayegh on disassociation, Hezbollah in Syria and the Lebanese Forces.

Judgement calls:
- Lebanese politics, but on the disassociation policy and Hezbollah's role in Syria: annotated, not skipped.
- published: no date in the page; the bishops' statement "أمس" and the post-resignation cabinet statement
  point to early December 2017; 2017-12-07 estimated.
- Body from "افتتح" (the agency tag "المركزية -" left out) to the end of al-Sayegh's last quote; the
  unrelated teasers after it are left out.
- Lebanese parties get party ids of their own (LBN.KATAEB, LBN.LF, LBN.FPM); Hezbollah is HEZBOLLAH.
- al-Sayegh's long quote is split at its inner cues (متسائلا، مشيرا إلى أن، معتبرا أن، لافتا إلى أن).
  "عبر المركزية" is recorded as via (the outlet republishes al-Markazia).
- Bkerke/the bishops, the FPM ("التيار ... يقول") and the government's pledge ("وعدت") are statements
  embedded in al-Sayegh's words.
- "لا معنى للنأي بالنفس ما لم ينسحب حزب الله من سوريا": a Hezbollah withdrawal from Syria denied (it
  has not happened); "انغماس حزب الله في سوريا": Hezbollah deployed in Syria.
- The names of the Maarab understanding/declaration are not place mentions; "وعلى معراب أن تقرر" is
  the Lebanese Forces (ORG). No contradictions.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY"))
IRAN = dict(canonical="Iran", place=gn(130758, "Iran", 32.0, 53.0, "IR"))
ISRAEL = dict(canonical="Israel", place=gn(294640, "Israel", 31.5, 34.75, "IL"))
RUSSIA = dict(canonical="Russia", place=gn(2017370, "Russia", 60.0, 100.0, "RU"))
USA_P = dict(canonical="United States", place=gn(6252001, "United States", 39.76, -98.5, "US"))
TURKEY = dict(canonical="Turkey", place=gn(298795, "Turkey", 39.0, 35.0, "TR"))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ"))
LEBANON = dict(canonical="Lebanon", place=gn(272103, "Lebanon", 33.83, 35.83, "LB"))
JORDAN = dict(canonical="Jordan", place=gn(248816, "Jordan", 31.0, 36.0, "JO"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
HOMS = dict(canonical="Homs", place=gn(169577, "Homs", 34.72405, 36.72559, "SY", "Homs"))
HAMA = dict(canonical="Hama", place=gn(170017, "Ḩamāh", 35.13179, 36.75783, "SY", "Hama"))
DARAA = dict(canonical="Daraa", place=gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"))
def gov(name, adm):
    return dict(canonical=name, place=named(name, "SY", adm))
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
RUSGOV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Russian government")
IRGC = dict(actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
IRNGOV = dict(actor="IRN.GOV", party="IRN", role="government", canonical="Iranian government")
USGOV = dict(actor="USA.GOV", party="USA", role="government", canonical="United States government")
USMIL = dict(actor="USA.MIL", party="USA", role="military", canonical="United States Armed Forces")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
ISRGOV = dict(actor="ISR.GOV", party="ISR", role="government", canonical="Israeli government")
ISRMIL = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israel Defense Forces")
TURGOV = dict(actor="TUR.GOV", party="TUR", role="government", canonical="Turkish government")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish Armed Forces")
HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
def media(aid, canon, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canon)
def country(c, party, role="government"):
    return dict(c, actor=party, party=party, role=role)
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-120-3", "outlet": "الأخبار", "published": "2017-12-07", "url": "http://www.alakhbar.ca/article-details.php?id=19065", "title": None})
KAT = dict(actor="LBN.KATAEB", party="LBN.KATAEB", role="other", canonical="Kataeb Party")
LF = dict(actor="LBN.LF", party="LBN.LF", role="other", canonical="Lebanese Forces")
LBNGOV = dict(actor="LBN.GOV", party="LBN", role="government", canonical="Lebanese government")
BASSIL = dict(actor="LBN.GOV", party="LBN", role="government", canonical="Gebran Bassil")
JREIS = dict(actor="LBN.GOV", party="LBN", role="government", canonical="Salim Jreissati")
GEM = dict(actor="LBN.KATAEB", party="LBN.KATAEB", role="other", canonical="Sami Gemayel")
SAY = dict(actor="LBN.KATAEB", party="LBN.KATAEB", role="other", canonical="Salim al-Sayegh")
LEB = dict(LEBANON)
e_fm = g.ent("وزير الخارجية", "PER", nominal=True, **BASSIL)
e_bassil = g.ent("جبران باسيل", "PER", **BASSIL)
e_kat1 = g.ent("حزب الكتائب", "ORG", **KAT)
g.ent("وزارة العدل", "ORG", **LBNGOV)
e_kat2 = g.ent("الكتائب", "ORG", 2, **KAT)
e_sami = g.ent("سامي الجميل", "PER", **GEM)
e_gov1 = g.ent("الحكومة", "ORG", 1, nominal=True, **LBNGOV)
g.ent("وزير العدل", "PER", 1, nominal=True, **JREIS)
g.ent("سليم جريصاتي", "PER", **JREIS)
e_gem2 = g.ent("الجميل", "PER", 2, **GEM)
g.ent("الكتائب", "ORG", 3, **KAT)
e_say1 = g.ent("سليم الصايغ", "PER", **SAY)
e_mark = g.ent("المركزية", "ORG", 1, **media("LBN.MED", "al-Markazia (Central News Agency)", "LBN"))
g.ent("شكري صادر", "PER", canonical="Shukri Sader")
g.ent("مجلس شورى الدولة", "ORG", actor="LBN.GOV", party="LBN", role="government", canonical="State Shura Council")
e_say2 = g.ent("الصايغ", "PER", 2, **SAY)
e_bkerke = g.ent("بكركي", "ORG", canonical="Maronite Patriarchate (Bkerke)")
g.ent("المطارنة", "ORG", 1, nominal=True, canonical="Maronite bishops")
e_bish = g.ent("المطارنة", "ORG", 2, nominal=True, canonical="Maronite bishops")
g.ent("وزير العدل", "PER", 2, nominal=True, **JREIS)
e_gov2 = g.ent("الحكومة", "ORG", 2, nominal=True, **LBNGOV)
e_leb1 = g.ent("لبنان", "GPE", 1, **LEB)
g.ent("رئيس الكتائب", "PER", nominal=True, **GEM)
g.ent("القوات", "ORG", 1, **LF)
g.ent("الحكومة", "ORG", 3, nominal=True, **LBNGOV)
g.ent("لبنان", "GPE", 2, **LEB)
g.ent("الحكومة", "ORG", 4, nominal=True, **LBNGOV)
g.ent("القوات", "ORG", 2, **LF)
g.ent("معراب", "ORG", 3, **LF)
g.ent("الكتائب", "ORG", 5, **KAT)
g.ent("القوات", "ORG", 3, **LF)
g.ent("باسيل", "PER", 2, **BASSIL)
e_say3 = g.ent("الصايغ", "PER", 3, **SAY)
e_fpm = g.ent("التيار", "ORG", 1, actor="LBN.FPM", party="LBN.FPM", role="other", canonical="Free Patriotic Movement")
g.ent("لبنان", "GPE", 3, **LEB)
e_hez1 = g.ent("حزب الله", "ORG", 1, **HEZ)
e_syr1 = g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("الشيخ نعيم قاسم", "PER", actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Naim Qassem")
g.ent("الحكومة", "ORG", 5, nominal=True, **LBNGOV)
e_lgov = g.ent("الحكومة اللبنانية", "ORG", **LBNGOV)
e_hez2 = g.ent("حزب الله", "ORG", 2, **HEZ)
e_syr2 = g.ent("سوريا", "GPE", 2, **SYRIA)
e_say4 = g.ent("الصايغ", "PER", 4, **SAY)
g.ent("الحريري", "PER", actor="LBN.GOV", party="LBN", role="government", canonical="Saad Hariri")

t_yest = g.time("أمس", "2017-12-06", "day", "at")
t_today = g.time("اليوم", "2017-12-07", "day", "at", 1, after="المحور الذي يسجل")

s_bassil = g.stmt(("جبران باسيل", 1, None, e_bassil), ("دعا", 1), "demand",
                  ("الاستفادة من هذه الفرصة ل - \" إثبات كلامهم عن الصفقات \"", 1))
s_sami = g.stmt(("سامي الجميل", 1, None, e_sami), ("عبر عنه", 1), "assert",
                ("استمرار مواجهة ما اعتبره \" فسادا وصفقات \" طبعت عمل الحكومة ولا تزال", 1))
s_kat = g.stmt(("الكتائب", 2, None, e_kat2), ("مؤكدة", 1), "confirm", ("في موقع الهجوم وليس الدفاع", 1))
s_neut = g.stmt(("الجميل", 2, None, e_gem2), ("مجددة دعوتها إلى", 1), "demand",
                ("اعتماد مبدأ الحياد المحمي دوليا , بدلا من الاكتفاء بالنأي بالنفس", 1))
s_say1 = g.stmt(("سليم الصايغ", 1, None, e_say1), ("أكد", 1), "confirm",
                ("موقفنا ثابت لجهة احترام السلطة القضائية على رغم القرارات التعسفية التي اتخذتها في حق القاضي شكري صادر ( رئيس مجلس شورى الدولة سابقا ) , علما أنه كشفهم , ونعتبر أنهم يمارسون فن تحويل الجلاد إلى ضحية والضحية إلى جلاد .\nلكن على الرغم من هذه الصورة التي تعتبر محاولة فرض هيمنة السلطة السياسية على القضائية , بالنسبة إلينا , من دون قضاء صحي , لا قيام لدولة الحق والقانون", 1),
                via=[("المركزية", 1, None, e_mark)], direct=True)
s_say2 = g.stmt(("الصايغ", 2, None, e_say2), ("أشار", 1, "وأشار الصايغ"), "assert",
                ("انتقائية في اختيار القضايا .\nففي بيان المطارنة الذي صدر أمس , عبرت بكركي بوضوح عن قلقها من الوضع الاقتصادي والمالي والركود الاقتصادي وتراجع السياحة , في مؤشر إلى ضرب الاستقرار المالي والاقتصادي , في البلد , ودعا المطارنة أيضا إلى محاربة الفساد المستشري والهدر والتعدي على المال العام \" .\nفلماذا لا يتحرك وزير العدل في هذا الشأن ?", 1), direct=True)
s_bk = g.stmt(("بكركي", 1, None, e_bkerke), ("عبرت", 1), "assert",
              ("قلقها من الوضع الاقتصادي والمالي والركود الاقتصادي وتراجع السياحة", 1), medium=("بيان المطارنة", 1), embedded_in=s_say2)
s_bish = g.stmt(("المطارنة", 2, None, e_bish), ("دعا", 1, "ودعا المطارنة"), "demand",
                ("محاربة الفساد المستشري والهدر والتعدي على المال العام", 1), embedded_in=s_say2)
s_say3 = g.stmt(("الصايغ", 2, None, e_say2), ("لفت إلى أن", 1), "assert",
                ("كل خياراتنا مفتوحة .\nغير أننا لن نقدم هدية للسلطة التعسفية التي انتهكت القوانين في ملف الكهرباء , باعتراف أعضاء في الحكومة , ولن نكشف خطواتنا المقبلة أمامها , خصوصا أننا من يحاسب هذه السلطة التي تلجأ إلى أساليب كم الأفواه وتذكرنا بأيام الوجود السوري في لبنان", 1), direct=True)
s_memb = g.stmt(("أعضاء في الحكومة", 1), ("اعتراف", 1), "acknowledge",
                ("انتهكت القوانين في ملف الكهرباء", 1), embedded_in=s_say3)
s_say4 = g.stmt(("الصايغ", 2, None, e_say2), ("متسائلا", 1), "assert",
                ("هل تحرك القضاء لوقف مرتكبي الفساد , بدلا من المشككين فيهم ? تبعا لذلك , نقول إن السلطة تمارس نوعا من الترهيب الفكري والسياسي", 1), direct=True)
s_say5 = g.stmt(("الصايغ", 2, None, e_say2), ("مشيرا إلى أن", 1), "assert",
                ("في الدول التي تحترم نفسها , تتم حماية المعارضة , بدلا من الركون إلى أدوات قمع وإذلال الشخصيات الوطنية", 1))
s_say6 = g.stmt(("الصايغ", 2, None, e_say2), ("اعتبر ان", 1), "assert",
                ("قواعد القوات ووجدانها لا تستطيع الخروج عن ثوابتنا المشتركة , لكنهم يعتبرون الانخراط في الحكومة طريقة لتثبيت هذه الثوابت ونقل لبنان من لعبة المحاور إلى الحياد , غير أن بيان الحكومة أسقط هذا الرهان لأنه أتى أقل من تفاهم معراب الذي يتحدث عن الحياد , في وقت يبدو البيان الذي يؤكد النأي بالنفس , تراجعا عن خطاب القسم وإعلان معراب والبيان الوزاري , والقوات تعرف جيدا أن الموقف الكتائبي هو الذي يعبر عن تفكيرهم السياسي والبديل المناسب , وعلى معراب أن تقرر تموضعها", 1))
s_say7 = g.stmt(("الصايغ", 2, None, e_say2), ("معتبرا أن", 1), "assert",
                ("الكتائب في موقع الهجوم وستواصل كشفهم , وهنا مطلوب من القوات أمر تعرفه جيدا لأن الحياة وقفة عز", 1), direct=True)
s_say8 = g.stmt(("الصايغ", 3, None, e_say3), ("ذك ر", 1), "assert",
                ("التيار أخذا خيارا سياسيا يقول إن محورا اقليميا يسجل المكاسب , وهو ما قيل قبل انتخاب الرئيس وطبق بعده .\nلكننا نقول إن الاستقرار ضرب بفعل انتفاء المساواة بين الناس بسبب السلاح غير الشرعي , علما أن \" حكومتهم \" لم تأت بأي ثقة دولية جدية بلبنان , إلى جانب انغماس حزب الله في سوريا , في وقت لم يتأخر الشيخ نعيم قاسم في الرد على بيان الحكومة", 1), direct=True)
s_fpm = g.stmt(("التيار", 1, None, e_fpm), ("يقول", 1, "خيارا سياسيا"), "assert",
               ("محورا اقليميا يسجل المكاسب", 1), embedded_in=s_say8)
s_say9 = g.stmt(("الصايغ", 3, None, e_say3), ("لافتا إلى أن", 1), "assert",
                ("في هذا البيان القائم على النأي بالنفس , وعدت الحكومة اللبنانية بعدم التدخل في الشؤون العربية , علما أنها لم تتدخل يوما في أي شأن داخلي لدول عربية .\nتبعا لذلك , لا معنى للنأي بالنفس ما لم ينسحب حزب الله من سوريا , علما أن أي كلام من هذا النوع لم يقل على لسان أحد , والمطلوب وضع استراتيجية دفاعية لنزع فتيل ضرب الاستقرار", 1), direct=True)
s_gov = g.stmt(("الحكومة اللبنانية", 1, None, e_lgov), ("وعدت", 1), "promise",
               ("بعدم التدخل في الشؤون العربية", 1), embedded_in=s_say9)
s_say10 = g.stmt(("الصايغ", 4, None, e_say4), ("مشددا على أن", 1), "assert",
                 ("النأي بالنفس ليس أحاديا .\nلأن تطبيقه يتطلب ضمانات لئلا يتدخل الآخرون في شؤوننا , وهنا مكمن الفرصة التي أضاعها الرئيس الحريري لأنه بسلاح الاستقالة كان قادرا على الحصول على هذه الضمانات وتأمين الحياد المستدام المحمي دوليا , علما أنه لا يستطيع أن يلعب هذه الورقة أكثر من مرة", 1), direct=True)

p_sader = g.prop("other", [("target", None, None)], ("القرارات التعسفية", 1))
p_elec = g.prop("other", [("agent", e_gov2, "LBN")], ("انتهكت", 1))
p_syrleb = g.prop("deployment", [("agent", None, "SYR")], ("الوجود السوري", 1), place=e_leb1)
p_hezsyr = g.prop("deployment", [("agent", e_hez1, "HEZBOLLAH")], ("انغماس", 1), place=e_syr1)
p_noint = g.prop("other", [("agent", e_lgov, "LBN")], ("التدخل", 1, "بعدم"))
p_hezwd = g.prop("withdrawal", [("agent", e_hez2, "HEZBOLLAH")], ("ينسحب", 1), place=e_syr2)
g.claim(p_sader, s_say1)
g.claim(p_elec, s_say3)
g.claim(p_elec, s_memb)
g.claim(p_syrleb, s_say3)
g.claim(p_hezsyr, s_say8)
g.claim(p_noint, s_gov, "affirm", "planned")
g.claim(p_hezwd, s_say9, "deny")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
