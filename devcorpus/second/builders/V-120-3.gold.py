"""Second annotation (A9) of unifiedfc V-120 article 3 (Al-Akhbar, Montreal weekly, reprinting Al-Markazia;
date not on the page): the Kataeb party's judicial row with the justice ministry after Bassil's challenge;
Kataeb vice-president Salim al-Sayegh on the government statement, dissociation, Hezbollah in Syria.

Judgement calls:
- Annotated, not skipped: Lebanese politics, but its core (dissociation policy, Hezbollah's involvement in
  Syria and the demand that it withdraw, the "axis" winning) is the politics of the Syrian war.
- Body = from "افتتح وزير الخارجية" (after the phone number and the "المركزية -" dateline) to Sayegh's last
  quoted sentence; the unrelated following item (Patriarch Sako's visit) and the footer are out.
- published: estimated 2017-12-07: the government's dissociation statement (5 Dec 2017) is "الأخير" and the
  Maronite bishops' monthly statement (Wednesday 6 Dec) came out "أمس".
- Lebanese parties get their own party codes (LBN.KATAEB, LBN.LF, LBN.FPM), Hezbollah HEZBOLLAH, the
  government LBN. "الحكومة" mentions are nominal ORG mentions of the Lebanese government.
- Sayegh speaks "عبر المركزية": Al-Markazia is the via. His long quotes are split at each cue (أكد، أشار،
  لفت، متسائلا، مشيرا، اعتبر، معتبرا، ذكّر، لافتا، مشددا); Bkerke/the bishops and the Lebanese government's
  promise are statements embedded in his words.
- "معراب" inside the names "تفاهم معراب" and "إعلان معراب" (agreements) is not tagged; the bare
  metonym "على معراب أن تقرر" is the Lebanese Forces (ORG).
- "لا معنى للنأي بالنفس ما لم ينسحب حزب الله من سوريا" = Hezbollah has not withdrawn (deny, actual),
  consistent with "انغماس حزب الله في سوريا" (deployment, affirm). No contradictions.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-120-3", "outlet": "الأخبار", "published": "2017-12-07", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
KAT = dict(actor="LBN.KATAEB", party="LBN.KATAEB", role="other", canonical="Kataeb Party")
LF = dict(actor="LBN.LF", party="LBN.LF", role="other", canonical="Lebanese Forces")
GOV = dict(actor="LBN.GOV", party="LBN", role="government", canonical="Lebanese government")
SAYEGH = dict(actor="LBN.KATAEB", party="LBN.KATAEB", role="other", canonical="Salim al-Sayegh")
GEMAYEL = dict(actor="LBN.KATAEB", party="LBN.KATAEB", role="other", canonical="Sami Gemayel")
HZB = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
LEB = dict(canonical="Lebanon", place={"geonames_id": 272103, "name": "Lebanon", "lat": 33.83333, "lon": 35.83333, "country": "LB", "admin1": None})
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
JREISSATI = dict(actor="LBN.GOV", party="LBN", role="government", canonical="Salim Jreissati")

e_bassil = g.ent("جبران باسيل", "PER", 1, actor="LBN.GOV", party="LBN", role="government", canonical="Gebran Bassil")
e_kat1 = g.ent("حزب الكتائب", "ORG", 1, **KAT)
e_moj = g.ent("وزارة العدل", "ORG", 1, actor="LBN.GOV", party="LBN", role="government", canonical="Lebanese Ministry of Justice")
g.ent("الكتائبيين", "ORG", 1, nominal=True, **KAT)
e_kat2 = g.ent("الكتائب", "ORG", 2, **KAT)
e_sami = g.ent("سامي الجميل", "PER", 1, **GEMAYEL)
g.ent("الحكومة", "ORG", 1, nominal=True, **GOV)
g.ent("سليم جريصاتي", "PER", 1, **JREISSATI)
e_gem2 = g.ent("الجميل", "PER", 2, **GEMAYEL)
g.ent("الكتائب", "ORG", 3, **KAT)
e_say1 = g.ent("سليم الصايغ", "PER", 1, **SAYEGH)
e_mark = g.ent("المركزية", "ORG", 1, actor="LBN.MED", party=None, role="media", canonical="Al-Markazia news agency")
e_sader = g.ent("شكري صادر", "PER", 1, canonical="Shukri Sader")
g.ent("مجلس شورى الدولة", "ORG", 1, actor="LBN.GOV", party="LBN", role="government", canonical="Lebanese State Shura Council")
e_say2 = g.ent("الصايغ", "PER", 2, **SAYEGH)
e_bish1 = g.ent("المطارنة", "ORG", 1, nominal=True, canonical="Maronite bishops")
e_bkerke = g.ent("بكركي", "ORG", 1, canonical="Maronite Patriarchate (Bkerke)")
e_bish2 = g.ent("المطارنة", "ORG", 2, nominal=True, canonical="Maronite bishops")
g.ent("وزير العدل", "PER", 2, nominal=True, **JREISSATI)
g.ent("الحكومة", "ORG", 2, nominal=True, **GOV)
e_leb1 = g.ent("لبنان", "GPE", 1, **LEB)
g.ent("الكتائب", "ORG", 4, **KAT)
g.ent("القوات", "ORG", 1, **LF)
g.ent("الحكومة", "ORG", 3, nominal=True, **GOV)
g.ent("لبنان", "GPE", 2, **LEB)
g.ent("الحكومة", "ORG", 4, nominal=True, **GOV)
g.ent("القوات", "ORG", 2, **LF)
g.ent("معراب", "ORG", 3, **LF)
g.ent("الكتائب", "ORG", 5, **KAT)
g.ent("القوات", "ORG", 3, **LF)
g.ent("باسيل", "PER", 2, actor="LBN.GOV", party="LBN", role="government", canonical="Gebran Bassil")
e_say3 = g.ent("الصايغ", "PER", 3, **SAYEGH)
g.ent("التيار", "ORG", 1, actor="LBN.FPM", party="LBN.FPM", role="other", canonical="Free Patriotic Movement")
g.ent("لبنان", "GPE", 3, **LEB)
e_hzb1 = g.ent("حزب الله", "ORG", 1, **HZB)
e_syr1 = g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("نعيم قاسم", "PER", 1, actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Naim Qassem")
g.ent("الحكومة", "ORG", 5, nominal=True, **GOV)
e_lgov = g.ent("الحكومة اللبنانية", "ORG", 1, **GOV)
e_hzb2 = g.ent("حزب الله", "ORG", 2, **HZB)
e_syr2 = g.ent("سوريا", "GPE", 2, **SYRIA)
e_say4 = g.ent("الصايغ", "PER", 4, **SAYEGH)
g.ent("الحريري", "PER", 1, actor="LBN.GOV", party="LBN", role="government", canonical="Saad Hariri")

g.time("أمس", "2017-12-06", "day", "at", 1)
g.time("اليوم", "2017-12-07", "day", "at", 1, after="المحور الذي يسجل")

MARK = ("المركزية", 1, None, e_mark)
s_bassil = g.stmt(("وزير الخارجية جبران باسيل", 1, None, e_bassil), ("دعا", 1), "demand",
                  ("الكتائبيين إلى الاستفادة من هذه الفرصة ل - \" إثبات كلامهم عن الصفقات", 1))
s_sami = g.stmt(("النائب سامي الجميل", 1, None, e_sami), ("عبر عنه", 1), "assert",
                ("استمرار مواجهة ما اعتبره \" فسادا وصفقات \" طبعت عمل الحكومة ولا تزال", 1))
s_kat = g.stmt(("الكتائب", 2, None, e_kat2), ("مؤكدة", 1), "confirm", ("في موقع الهجوم وليس الدفاع", 1))
s_neutral = g.stmt(("الجميل وفريقه", 1, None, e_gem2), ("مجددة دعوتها", 1), "demand",
                   ("اعتماد مبدأ الحياد المحمي دوليا , بدلا من الاكتفاء بالنأي بالنفس", 1))
s_say1 = g.stmt(("نائب رئيس الحزب الوزير السابق سليم الصايغ", 1, None, e_say1), ("أكد", 1), "confirm",
                ("موقفنا ثابت لجهة احترام السلطة القضائية على رغم القرارات التعسفية التي اتخذتها في حق القاضي شكري صادر ( رئيس مجلس شورى الدولة سابقا ) , علما أنه كشفهم , ونعتبر أنهم يمارسون فن تحويل الجلاد إلى ضحية والضحية إلى جلاد .\nلكن على الرغم من هذه الصورة التي تعتبر محاولة فرض هيمنة السلطة السياسية على القضائية , بالنسبة إلينا , من دون قضاء صحي , لا قيام لدولة الحق والقانون", 1),
                via=[MARK], direct=True)
s_say2 = g.stmt(("الصايغ", 2, None, e_say2), ("أشار", 1), "assert",
                ("انتقائية في اختيار القضايا .\nففي بيان المطارنة الذي صدر أمس , عبرت بكركي بوضوح عن قلقها من الوضع الاقتصادي والمالي والركود الاقتصادي وتراجع السياحة , في مؤشر إلى ضرب الاستقرار المالي والاقتصادي , في البلد , ودعا المطارنة أيضا إلى محاربة الفساد المستشري والهدر والتعدي على المال العام \" .\nفلماذا لا يتحرك وزير العدل في هذا الشأن ?", 1),
                via=[MARK], direct=True)
s_bkerke = g.stmt(("بكركي", 1, None, e_bkerke), ("عبرت", 1), "assert",
                  ("قلقها من الوضع الاقتصادي والمالي والركود الاقتصادي وتراجع السياحة", 1),
                  medium=("بيان المطارنة", 1), embedded_in=s_say2)
s_bish = g.stmt(("المطارنة", 2, None, e_bish2), ("دعا", 1, "في البلد"), "demand",
                ("محاربة الفساد المستشري والهدر والتعدي على المال العام", 1), embedded_in=s_say2)
s_say3 = g.stmt(("الصايغ", 2, None, e_say2), ("لفت إلى أن", 1), "assert",
                ("كل خياراتنا مفتوحة .\nغير أننا لن نقدم هدية للسلطة التعسفية التي انتهكت القوانين في ملف الكهرباء , باعتراف أعضاء في الحكومة , ولن نكشف خطواتنا المقبلة أمامها , خصوصا أننا من يحاسب هذه السلطة التي تلجأ إلى أساليب كم الأفواه وتذكرنا بأيام الوجود السوري في لبنان", 1),
                via=[MARK], direct=True)
s_say4 = g.stmt(("الصايغ", 2, None, e_say2), ("متسائلا", 1), "assert",
                ("هل تحرك القضاء لوقف مرتكبي الفساد , بدلا من المشككين فيهم ? تبعا لذلك , نقول إن السلطة تمارس نوعا من الترهيب الفكري والسياسي", 1),
                via=[MARK], direct=True)
s_say5 = g.stmt(("الصايغ", 2, None, e_say2), ("مشيرا إلى أن", 1), "assert",
                ("في الدول التي تحترم نفسها , تتم حماية المعارضة , بدلا من الركون إلى أدوات قمع وإذلال الشخصيات الوطنية", 1),
                via=[MARK], direct=True)
s_say6 = g.stmt(("الصايغ", 2, None, e_say2), ("اعتبر", 1), "assert",
                ("قواعد القوات ووجدانها لا تستطيع الخروج عن ثوابتنا المشتركة", 1), via=[MARK])
s_say7 = g.stmt(("الصايغ", 2, None, e_say2), ("معتبرا أن", 1), "assert",
                ("الكتائب في موقع الهجوم وستواصل كشفهم , وهنا مطلوب من القوات أمر تعرفه جيدا لأن الحياة وقفة عز", 1),
                via=[MARK], direct=True)
s_say8 = g.stmt(("الصايغ", 3, None, e_say3), ("ذك ر", 1), "assert",
                ("التيار أخذا خيارا سياسيا يقول إن محورا اقليميا يسجل المكاسب , وهو ما قيل قبل انتخاب الرئيس وطبق بعده .\nلكننا نقول إن الاستقرار ضرب بفعل انتفاء المساواة بين الناس بسبب السلاح غير الشرعي , علما أن \" حكومتهم \" لم تأت بأي ثقة دولية جدية بلبنان , إلى جانب انغماس حزب الله في سوريا , في وقت لم يتأخر الشيخ نعيم قاسم في الرد على بيان الحكومة", 1),
                via=[MARK], direct=True)
s_say9 = g.stmt(("الصايغ", 3, None, e_say3), ("لافتا إلى أن", 1), "assert",
                ("في هذا البيان القائم على النأي بالنفس , وعدت الحكومة اللبنانية بعدم التدخل في الشؤون العربية , علما أنها لم تتدخل يوما في أي شأن داخلي لدول عربية .\nتبعا لذلك , لا معنى للنأي بالنفس ما لم ينسحب حزب الله من سوريا , علما أن أي كلام من هذا النوع لم يقل على لسان أحد , والمطلوب وضع استراتيجية دفاعية لنزع فتيل ضرب الاستقرار", 1),
                via=[MARK], direct=True)
s_gov = g.stmt(("الحكومة اللبنانية", 1, None, e_lgov), ("وعدت", 1), "promise",
               ("عدم التدخل في الشؤون العربية", 1), medium=("هذا البيان القائم على النأي بالنفس", 1), embedded_in=s_say9)
s_say10 = g.stmt(("الصايغ", 4, None, e_say4), ("مشددا على أن", 1), "assert",
                 ("النأي بالنفس ليس أحاديا .\nلأن تطبيقه يتطلب ضمانات لئلا يتدخل الآخرون في شؤوننا , وهنا مكمن الفرصة التي أضاعها الرئيس الحريري لأنه بسلاح الاستقالة كان قادرا على الحصول على هذه الضمانات وتأمين الحياد المستدام المحمي دوليا , علما أنه لا يستطيع أن يلعب هذه الورقة أكثر من مرة", 1),
                 via=[MARK], direct=True)

p_row = g.prop("other", [("agent", e_kat1, "LBN.KATAEB"), ("target", e_moj, "LBN")], ("الإشتباك القضائي", 1))
g.claim(p_row, "author")
p_sader = g.prop("other", [("target", e_sader, None)], ("القرارات التعسفية", 1))
g.claim(p_sader, s_say1)
p_syrpres = g.prop("deployment", [("agent", None, "SYR")], ("الوجود السوري", 1), place=e_leb1)
g.claim(p_syrpres, s_say3)
p_hzb = g.prop("deployment", [("agent", e_hzb1, "HEZBOLLAH")], ("انغماس", 1), place=e_syr1)
g.claim(p_hzb, s_say8)
p_hzbout = g.prop("withdrawal", [("agent", e_hzb2, "HEZBOLLAH")], ("ينسحب", 1), place=e_syr2)
g.claim(p_hzbout, s_say9, "deny")
p_nointerf = g.prop("other", [("agent", e_lgov, "LBN")], ("التدخل", 1, "وعدت الحكومة"))
g.claim(p_nointerf, s_gov, "deny", "planned")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
