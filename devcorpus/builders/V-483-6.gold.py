"""Gold analysis of V-483 article 6 (Carnegie's Sada, Khaled Fattah, 2015-02-10): «Saudi Arabia's problems in
Sanaa», an analysis of Riyadh's loss of influence after the Houthi takeover, Houthi-AQAP fighting, and the
Saudi border fence.
Judgement calls: Yemen, conflict news. The headline is fused into the site menu («التحليلاتمشاكل
...صنعاءقد»), so the body starts at the dek «قد لايكون أمام الرياض» and ends before the author's bio
and the translation note. An analysis: nearly everything is the author's claim, with modality possible
for forecasts («قد», «سوف», «من شأن»). The crawl dropped names in «ضبط الأمن على -» and «فتحت التي»
(Qatar): those events keep a null actor. Parties: Houthis «HOUTHI»; AQAP, Ansar al-Sharia and al-Qaeda
«AQAP»; Saudi Arabia SAU («الرياض», «المملكة» as nominal GPE); Qatar QAT; Hashid, Sanhan, al-Ahmar
and Islah are organisations without a party code. The Houthi takeover of Sanaa (21 September 2014,
dated by «بعد يومين» before 23 September) is one capture proposition. The jihadist forums' framing
(«صور عدد من البيانات») and AQAP's statement are reported speech; Kerry's thanks to Qatar are support
claims. Foreign jihadists leaving the Iraqi and Syrian fronts for Yemen is a possible `other`."""
import sys
from annot import Gold

def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}
C = {"SY": gn(163843, "Syria", 35.0, 38.0, "SY"), "IQ": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
     "RU": gn(2017370, "Russia", 60.0, 100.0, "RU"), "TR": gn(298795, "Turkey", 39.0, 35.0, "TR"),
     "IR": gn(130758, "Iran", 32.0, 53.0, "IR"), "US": gn(6252001, "United States", 39.76, -98.5, "US"),
     "QA": gn(289688, "Qatar", 25.5, 51.25, "QA"), "IL": gn(294640, "Israel", 31.5, 34.75, "IL"),
     "JO": gn(248816, "Jordan", 31.0, 36.0, "JO"), "LB": gn(272103, "Lebanon", 33.83, 35.83, "LB"),
     "SA": gn(102358, "Saudi Arabia", 25.0, 45.0, "SA"), "FR": gn(3017382, "France", 46.0, 2.0, "FR"),
     "GB": gn(2635167, "United Kingdom", 54.75, -2.7, "GB"), "DE": gn(2921044, "Germany", 51.5, 10.5, "DE")}
SYRIA = dict(canonical="Syria", place=C["SY"])
def STATE(iso3, cc, name):
    return dict(canonical=name, actor=iso3, party=iso3, role="government", place=C[cc])
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")
def MEDIA(aid, canonical, party=None):
    return dict(actor=aid, party=party, role="media", canonical=canonical)
def every(g, s, typ, skip=(), **kw):
    """Every whole-word occurrence of s as an entity (skip: occurrence numbers covered by a longer mention)."""
    ids, n = [], 1
    while True:
        try:
            g.span(s, n)
        except AssertionError:
            return ids
        if n not in skip:
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-483-6", "outlet": "مركز كارنيغي للشرق الأوسط - صدى", "published": "2015-02-10", "url": None, "title": None})
HOU = dict(actor="HOUTHI", party="HOUTHI", role="armed_group", canonical="Houthis (Ansar Allah)")
AQAP = dict(actor="AQAP", party="AQAP", role="armed_group", canonical="Al-Qaeda in the Arabian Peninsula")
RIY = dict(canonical="Riyadh", actor="SAU", party="SAU", role="government", place=named("Riyadh", "SA"))
SAUDI = STATE("SAU", "SA", "Saudi Arabia")
YEMEN = dict(canonical="Yemen", place=named("Yemen", "YE"))
SANAA = dict(canonical="Sanaa", place=named("Sanaa", "YE"))

H = every(g, "الحوثيين", "ORG", **HOU)
H2 = every(g, "الحوثيون", "ORG", **HOU)
e_hj = g.ent("جماعة الحوثي", "ORG", **HOU)
R = every(g, "الرياض", "GPE", **RIY)
SA = every(g, "السعودية", "GPE", skip=(1, 5), **SAUDI)
YE = every(g, "اليمن", "GPE", **YEMEN)
SN = every(g, "صنعاء", "GPE", **SANAA)
AQ = every(g, "تنظيم القاعدة في جزيرة العرب", "ORG", **AQAP)
e_aq1 = g.ent("تنظيم القاعدة", "ORG", 1, **{**AQAP, "canonical": "Al-Qaeda"})
e_aqf = g.ent("القاعدة", "ORG", 1, **AQAP)
e_asha = every(g, "أنصار الشريعة", "ORG", **{**AQAP, "canonical": "Ansar al-Sharia (Yemen)"})
MM = [g.ent("المملكة", "GPE", n, nominal=True, **SAUDI) for n in (2, 3, 4)]
MM += [g.ent("لمملكة", "GPE", n, nominal=True, **SAUDI) for n in (1, 2)]  # للمملكة
g.ent("العاصمة اليمنية", "GPE", 1, nominal=True, **SANAA)
e_cap2 = g.ent("العاصمة اليمنية", "GPE", 2, nominal=True, **SANAA)
e_parl = g.ent("البرلمان اليمني", "ORG", actor="YEM.GOV", party="YEM", role="government", canonical="Yemeni parliament")
g.ent("المرتفعات الشمالية", "LOC", canonical="Northern highlands of Yemen", place=named("Northern highlands", "YE"))
e_hashid = g.ent("تجمع حاشد القبلي", "ORG", canonical="Hashid tribal confederation")
g.ent("تجمع حاشد", "ORG", 2, canonical="Hashid tribal confederation")
g.ent("قبيلة سنحان", "ORG", canonical="Sanhan tribe")
g.ent("الرئيس السابق", "PER", nominal=True, canonical="Ali Abdullah Saleh")
g.ent("علي عبدالله صالح", "PER", canonical="Ali Abdullah Saleh")
g.ent("عائلة الأحمر", "ORG", canonical="Al-Ahmar family")
e_ahmar = g.ent("آل الأحمر", "ORG", canonical="Al-Ahmar family")
g.ent("حزب الإصلاح", "ORG", actor="ISLAH", party=None, role="other", canonical="Al-Islah party")
e_dham = g.ent("ذمار", "GPE", canonical="Dhamar", place=named("Dhamar", "YE"))
e_bay = g.ent("البيضاء", "GPE", 1, canonical="Al Bayda Governorate", place=named("Al Bayda Governorate", "YE"))
e_ibb = g.ent("إب", "GPE", canonical="Ibb", place=named("Ibb", "YE"))
e_hod = g.ent("الحديدة", "GPE", canonical="Al Hudaydah", place=named("Al Hudaydah", "YE"))
e_tribes = g.ent("القبائل السنية المحلية", "ORG", nominal=True, canonical="Local Sunni tribes")
e_radaa = g.ent("رداع", "GPE", canonical="Rada'a", place=named("Rada'a", "YE"))
g.ent("محافظة البيضاء", "GPE", canonical="Al Bayda Governorate", place=named("Al Bayda Governorate", "YE"))
e_saf = g.ent("القوى الأمنية السعودية", "ORG", actor="SAU.MIL", party="SAU", role="military", canonical="Saudi security forces")
e_aqsa = g.ent("فرع القاعدة في المملكة", "ORG", actor="AQ", party="AQAP", role="armed_group", canonical="Al-Qaeda in Saudi Arabia")
g.ent("الدولة اليمنية", "ORG", nominal=True, actor="YEM.GOV", party="YEM", role="government", canonical="Yemeni state")
g.ent("العراق", "GPE", **STATE("IRQ", "IQ", "Iraq"))
g.ent("البحر الأحمر", "LOC", canonical="Red Sea", place=named("Red Sea", None))
g.ent("ع مان", "GPE", canonical="Oman", place=named("Oman", "OM"))
g.ent("وزير الخارجية الأميركي", "PER", nominal=True, actor="USA.GOV", party="USA", role="government", canonical="John Kerry")
e_kerry = g.ent("جون كيري", "PER", actor="USA.GOV", party="USA", role="government", canonical="John Kerry")
g.ent("نظيره القطري", "PER", nominal=True, actor="QAT.GOV", party="QAT", role="government", canonical="Khalid al-Attiyah")
g.ent("خالد العطية", "PER", actor="QAT.GOV", party="QAT", role="government", canonical="Khalid al-Attiyah")
g.ent("واشنطن", "GPE", canonical="Washington", place=named("Washington, D.C.", "US"))
e_qat = g.ent("قطر", "GPE", 1, after="ممتن", **STATE("QAT", "QA", "Qatar"))
g.ent("الأمير", "PER", 1, after="لقطر و", nominal=True, actor="QAT.GOV", party="QAT", role="government", canonical="Emir of Qatar")
g.ent("العطية", "PER", 1, after="والدكتور", actor="QAT.GOV", party="QAT", role="government", canonical="Khalid al-Attiyah")
e_qatars = g.ent("القطريين", "ORG", nominal=True, actor="QAT.GOV", party="QAT", role="government", canonical="Qatari officials")
g.ent("لأمم المتحدة", "ORG", actor="UN", party=None, role="other", canonical="United Nations")
g.ent("مجلس التعاون الخليجي", "ORG", canonical="Gulf Cooperation Council")

t_pub = g.time("10 شباط / فبراير 2015", "2015-02-10", "day", "at")
t_feb6 = g.time("في السادس من شباط / فبراير الجاري", "2015-02-06", "day", "at")
g.time("طوال سنوات", None, "vague", "at")
g.time("في مامضى", None, "vague", "before")
t_now = g.time("الآن", "2015-02-10", "day", "at", 1)
g.time("حاليا", "2015-02-10", "day", "at")
t_sep = g.time("في أيلول / سبتمبر الماضي", "2014-09", "month", "at")
t_oct = g.time("في تشرين الأول / أكتوبر الماضي", "2014-10", "month", "at")
t_0307 = g.time("بين العام ين 2003 و 2007", "2003/2007", "year", "at")
t_sep23 = g.time("في 23 أيلول / سبتمبر الماضي", "2014-09-23", "day", "at")
t_sep21 = g.time("بعد يوم ين", "2014-09-21", "day", "after")
t_2011 = g.time("في العام 2011", "2011", "year", "at")
g.time("الآن", "2015-02-10", "day", "at", 2)
q160 = g.qty("160 كلم", 160, "km")
q1770 = g.qty("1770 كلم", 1770, "km")

s_hou = g.stmt(("الحوثيين", 2, None, H[1]), ("إعلان", 1), "assert",
               ("سيعمدون إلى حل البرلمان اليمني وتشكيل هيئة حاكمة مؤقتة", 1))
s_forums = g.stmt(("عدد من البيانات", 1), ("صو ر", 1), "assert", ("النزاع الحوثي بأنه هجوم شيعي على السنة", 1),
                  medium=("المنتديات الجهادية", 1))
s_aqap = g.stmt(("تنظيم القاعدة في جزيرة العرب", 4, None, AQ[3]), ("اعتبر", 1), "assert",
                ("استيلاء الحوثيين على العاصمة اليمنية هو محاولة \" لاستكمال تنفيذ المشروع الشيعي في اليمن", 1),
                medium=("بيانا", 1))
s_kerry = g.stmt(("جون كيري", 1, None, e_kerry), ("صر ح", 1), "assert",
                 ("ممتن \" لقطر والأمير والدكتور العطية على جهوزيتهم لتقديم المساعدة من خلال طرق كثيرة", 1))
s_kerry2 = g.stmt(("جون كيري", 1, None, e_kerry), ("أثنى", 1), "assert",
                  ("القطريين لمساعدتهم صن اع السياسات الأميركيين على التعامل مع المستجدات الأخيرة في اليمن", 1))

p_diss = g.prop("other", [("agent", H[1], "HOUTHI"), ("target", e_parl, "YEM")], ("حل", 1), time=t_feb6)
p_hashid = g.prop("support", [("agent", R[1], "SAU"), ("partner", e_hashid, None)], ("دعم", 1))
p_sanaa = g.prop("capture", [("agent", H[2], "HOUTHI")], ("سيطرة", 1, "بيد أن"), place=SN[1], time=t_sep21)
p_clash = g.prop("clash", [("agent", H[4], "HOUTHI"), ("agent", e_aqf, "AQAP")], ("الصدامات", 1))
p_dham = g.prop("capture", [("agent", e_hj, "HOUTHI")], ("توسيع سيطرتها", 1), place=e_dham, time=t_sep)
p_bay = g.prop("capture", [("agent", e_hj, "HOUTHI")], ("توسيع سيطرتها", 1), place=e_bay, time=t_sep)
p_ibb = g.prop("capture", [("agent", e_hj, "HOUTHI")], ("توسيع سيطرتها", 1), place=e_ibb, time=t_sep)
p_hod = g.prop("capture", [("agent", e_hj, "HOUTHI")], ("توسيع سيطرتها", 1), place=e_hod, time=t_sep)
p_esc = g.prop("clash", [("agent", e_hj, "HOUTHI"), ("agent", e_aq1, "AQAP")], ("اشتباكاتها", 1), time=t_sep)
p_radaa = g.prop("clash", [("agent", H2[0], "HOUTHI"), ("agent", e_asha[0], "AQAP"), ("agent", e_tribes, None)],
                 ("مواجهات عنيفة", 1), place=e_radaa, time=t_oct, quantities=[q160])
p_reframe = g.prop("other", [("agent", AQ[1], "AQAP")], ("تأطير", 1))
p_crack = g.prop("other", [("agent", e_saf, "SAU"), ("target", e_aqsa, "AQAP")], ("لتفكيك", 1), time=t_0307)
p_fled = g.prop("displacement", [], ("فر وا", 1), place=YE[5], time=t_0307)
p_aqstmt = g.prop("capture", [("agent", H[8], "HOUTHI")], ("استيلاء", 1, "اعتبر فيه"), place=e_cap2)
p_hub = g.prop("other", [], ("مركز استقطاب", 1))
p_border = g.prop("deployment", [("agent", SA[4], "SAU")], ("زيادة حواجز التفتيش", 1), place=YE[10], time=t_2011, quantities=[q1770])
p_chan = g.prop("other", [("partner", H[10], "HOUTHI")], ("قناة اتصال", 1))
p_qhelp = g.prop("support", [("agent", e_qat, "QAT"), ("partner", None, "USA")], ("المساعدة", 1, "لتقديم"))
p_engage = g.prop("other", [("agent", R[0], "SAU"), ("partner", H[0], "HOUTHI")], ("الانخراط", 1))

g.claim(p_diss, s_hou, "affirm", "planned")
g.claim(p_hashid, "author")
g.claim(p_sanaa, "author")
g.claim(p_aqstmt, s_aqap)
g.claim(p_aqstmt, "author")
g.claim(p_clash, "author")
for p in (p_dham, p_bay, p_ibb, p_hod, p_esc, p_radaa, p_crack, p_fled, p_border, p_chan):
    g.claim(p, "author")
g.claim(p_reframe, "author", "affirm", "possible")
g.claim(p_hub, "author", "affirm", "possible")
g.claim(p_qhelp, s_kerry)
g.claim(p_qhelp, s_kerry2)
g.claim(p_engage, "author", "affirm", "possible")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
