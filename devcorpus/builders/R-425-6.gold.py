"""Gold analysis of R-425 article 6 (Enab Baladi, published 2017-11-11): Iran builds a permanent military
base near al-Kiswah south of Damascus, per the BBC and a Western intelligence source; older reports of
Iranian bases in Syria.

Judgement calls:
- published: the page header shows 21 Jan 2018 (crawl date); the text says "اليوم , السبت 11 تشرين
  الثاني" for the BBC report, and 11 Nov 2017 was a Saturday, so 2017-11-11.
- Body starts at the second headline copy and keeps the photo caption (IRGC men in Syria, Tasnim).
- "الوكالة" in paragraph 2 refers back to the BBC; it is the via of the intelligence source.
- "نشرت ... صورا تظهر" is treated as a BBC statement (cue نشرت, medium the satellite images).
- "وبحسب معلومات عنب بلدي" is a statement by the outlet itself (source عنب بلدي), not an author claim.
- "لا تأكيد على وجود الجيش الإيراني فيها": a claim of Iranian army presence with modality possible.
- The 'airport + land/air base' (Asharq al-Awsat) and the Kiswah base are different sites; no contradiction.
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
g = Gold(text, {"id": "R-425-6", "outlet": "عنب بلدي", "published": "2017-11-11", "url": "https://www.enabbaladi.net/archives/183386", "title": None})
KISWAH = dict(canonical="Al Kiswah", place=gn(173598, "Al Kiswah", 33.3581, 36.2419, "SY", "Rif Dimashq"))
BBC = media("BBC", "BBC")
IRN = country(IRAN, "IRN")
# headline, caption
e_irn0 = g.ent("إيران", "GPE", 1, **IRN)
e_kis0 = g.ent("الكسوة", "GPE", 1, **KISWAH)
g.ent("ريف دمشق", "GPE", 1, **gov("Rif Dimashq Governorate", "Rif Dimashq"))
e_irgc0 = g.ent("الحرس الثوري الإيراني", "ORG", 1, **IRGC)
e_syr0 = g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("وكالة تسنيم الإيرانية", "ORG", **media("IRN.MED", "Tasnim News Agency", "IRN"))
# p1
e_teh1 = g.ent("طهران", "GPE", 1, canonical="Tehran", actor="IRN", party="IRN", role="government", place=named("Tehran", "IR"))
e_kis1 = g.ent("الكسوة", "GPE", 2, **KISWAH)
g.ent("دمشق", "GPE", 1, after="العاصمة السورية", **DAMASCUS)
e_bbc1 = g.ent("هيئة الإذاعة البريطانية", "ORG", **BBC)
g.ent("BBC", "ORG", 1, **BBC)
# p2
e_bbc2 = g.ent("الوكالة", "ORG", 1, nominal=True, **BBC)
e_intel = g.ent("مصدر في أجهزة الاستخبارات الغربية", "PER", nominal=True)
e_irn2 = g.ent("إيران", "GPE", 1, after="السبت 11", **IRN)
e_assad2 = g.ent("قوات الأسد", "ORG", 1, **SYRMIL)
e_kis2 = g.ent("الكسوة", "GPE", 3, **KISWAH)
g.ent("مرتفعات الجولان", "LOC", canonical="Golan Heights", place=named("Golan Heights"))
# p3-4
e_bbc3 = g.ent("الإذاعة البريطانية", "ORG", 1, after="ونشرت", **BBC)
e_bbc4 = g.ent("BBC", "ORG", 2, **BBC)
e_iranarmy = g.ent("الجيش الإيراني", "ORG", 1, actor="IRN.MIL", party="IRN", role="military", canonical="Iranian Armed Forces")
# p5
e_enab = g.ent("عنب بلدي", "ORG", 1, **media("ENABBALADI", "Enab Baladi"))
e_teh5 = g.ent("طهران", "GPE", 2, canonical="Tehran", actor="IRN", party="IRN", role="government", place=named("Tehran", "IR"))
g.ent("هامبورغ", "GPE", canonical="Hamburg", place=named("Hamburg", "DE"))
e_313 = g.ent("اللواء 313", "ORG", actor="IRN.PGM", party="IRN", role="armed_group", canonical="Brigade 313")
e_izra = g.ent("إزرع", "GPE", canonical="Izra", place=named("Izra", "SY", "Daraa"))
g.ent("ريف درعا", "GPE", 1, **gov("Daraa Governorate", "Daraa"))
# p6
g.ent("سوريا", "GPE", 1, after="الحديث عن قاعدة إيرانية في", **SYRIA)
e_media6 = g.ent("وسائل إعلامية", "ORG", nominal=True)
e_irn6 = g.ent("إيران", "GPE", 1, after="عن نية", **IRN)
e_syr6 = g.ent("سوريا", "GPE", 1, after="ومطار عسكري في", **SYRIA)
# p7-8
e_sharq = g.ent("الشرق الأوسط", "ORG", 1, **media("ASHARQALAWSAT", "Asharq Al-Awsat"))
e_israeli = g.ent("مصادر إسرائيلية", "PER", nominal=True)
e_irn7 = g.ent("إيران", "GPE", 1, after="في تموز الماضي , أن", **IRN)
e_reg7 = g.ent("النظام", "ORG", 1, after="استأجرت مطار ا من", **SYRGOV)
e_mil7 = g.ent("الميليشيات التابعة لإيران", "ORG", actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iran-backed militias")
e_syr7 = g.ent("سوريا", "GPE", 1, after="لإيران وسط", **SYRIA)
e_src8 = g.ent("المصادر", "PER", 1, after="وسط سوريا", nominal=True)
g.ent("الحرس الثوري الإيراني", "ORG", 2, **IRGC)
# p9-10
e_nezav = g.ent("نيزافيسيمايا غازيتا", "ORG", **media("RUS.MED", "Nezavisimaya Gazeta", "RUS"))
g.ent("رئيس النظام السوري", "PER", nominal=True, actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
e_assad = g.ent("بشار الأسد", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
e_irn9 = g.ent("إيران", "GPE", 1, after="وافق على منح", **IRN)
e_coast = g.ent("الساحل السوري", "LOC", canonical="Syrian coast", place=named("Syrian coast", "SY"))
g.ent("إيران", "GPE", 1, after="من زيادة", **IRN)
g.ent("سوريا", "GPE", 1, after="نشاطها العسكري داخل", **SYRIA)

# times, quantities
t_sat = g.time("اليوم , السبت 11 تشرين الثاني", "2017-11-11", "day", "at")
t_months = g.time("خلال الأشهر الماضية", None, "vague", "before")
t_build = g.time("في الفترة بين كانون الثاني وحتى الشهر الماضي", "2017-01/2017-10", "month", "at")
t_jul = g.time("تموز الماضي", "2017-07", "month", "at")
t_mar = g.time("آذار الماضي", "2017-03", "month", "at")
q50 = g.qty("50 كيلومتر ا", 50, "km")
q20 = g.qty("20 مبنى", 20, "buildings")
q5000 = g.qty("خمسة آلاف عنصر", 5000, "fighters")

# statements
s_bbc = g.stmt(("هيئة الإذاعة البريطانية", 1, None, e_bbc1), ("أفادت", 1), "assert",
               ("أنشأت طهران قاعدة عسكرية دائمة خارج منطقة الكسوة جنوبي العاصمة السورية ( دمشق )", 1))
s_intel = g.stmt(("مصدر في أجهزة الاستخبارات الغربية", 1, None, e_intel), ("نقلت", 1), "assert",
                 ("إيران أقامت مجمع ا في موقع تابع لقوات الأسد خارج منطقة الكسوة , على بعد حوالي 50 كيلومتر ا من مرتفعات الجولان", 1),
                 via=[("الوكالة", 1, None, e_bbc2)])
s_img = g.stmt(("الإذاعة البريطانية", 1, "ونشرت", e_bbc3), ("نشرت", 1), "assert",
               ("أبنية من 20 مبنى منخفض ا , إضافة إلى بناء عدد من المباني الجديدة في الموقع , خلال الأشهر الماضية , وترميم وتحديث مبان أخرى", 1),
               medium=("صور ا عبر الأقمار الصناعية", 1))
s_period = g.stmt(("BBC", 2, None, e_bbc4), ("بحسب", 1, "الشهر الماضي"), "assert",
                  ("قامت عملية البناء في الفترة بين كانون الثاني وحتى الشهر الماضي", 1))
s_noconf = g.stmt(("BBC", 2, None, e_bbc4), ("أكدت", 1), "confirm",
                  ("لا يمكن تحديد أهداف القاعدة ولا تأكيد على وجود الجيش الإيراني فيها", 1))
s_enab = g.stmt(("عنب بلدي", 1, None, e_enab), ("بحسب", 1, "وبحسب معلومات"), "assert",
                ("طهران تسعى للالتفاف على الاتفاقيات الدولية , وآخرها الاتفاق الروسي - الأمريكي في هامبورغ , بإبعاد ميليشياتها عن الحدود , بتشكيل جديد يحمل مسمى \" اللواء 313 \" في إزرع بريف درعا", 1))
s_media = g.stmt(("وسائل إعلامية", 1, None, e_media6), ("تحدثت", 1), "assert",
                 ("نية إيران إقامة قاعدة ومطار عسكري في سوريا , إضافة إلى إنشاء ميناء عسكري بحري", 1))
s_isr = g.stmt(("مصادر إسرائيلية", 1, None, e_israeli), ("نقلت", 2), "assert",
               ("إيران استأجرت مطار ا من النظام في الأراضي السورية , إضافة إلى مفاوضات لإقامة قاعدة جوية برية يتمركز فيها مقاتلون من الميليشيات التابعة لإيران وسط سوريا", 1),
               via=[("الشرق الأوسط", 1, None, e_sharq)])
s_isr2 = g.stmt(("المصادر", 1, "وسط سوريا", e_src8), ("أشارت إلى", 1), "assert",
                ("المطار والقاعدة سيرابط فيهما خمسة آلاف عنصر من عناصر أفغانية وباكستانية تحت قيادة الحرس الثوري الإيراني", 1),
                via=[("الشرق الأوسط", 1, None, e_sharq)])
s_nezav = g.stmt(("نيزافيسيمايا غازيتا", 1, None, e_nezav), ("نقلت", 3), "assert",
                 ("رئيس النظام السوري , بشار الأسد , وافق على منح إيران الحق في نصب قاعدة عسكرية بحرية على الساحل السوري", 1))

# propositions and claims
p_irgc = g.prop("deployment", [("agent", e_irgc0, "IRN")], ("الحرس الثوري الإيراني", 1), place=e_syr0)
p_base = g.prop("deployment", [("agent", e_irn0, "IRN")], ("تنشئ", 1), place=e_kis0)
p_iarmy = g.prop("deployment", [("agent", e_iranarmy, "IRN")], ("وجود", 1, "تأكيد على"), place=e_kis0)
p_hamburg = g.prop("agreement", [("agent", None, "RUS"), ("agent", None, "USA")], ("الاتفاق", 1, "وآخرها"))
p_313 = g.prop("deployment", [("agent", e_teh5, "IRN"), ("agent", e_313, "IRN")], ("بتشكيل", 1), place=e_izra)
p_plan6 = g.prop("deployment", [("agent", e_irn6, "IRN")], ("إقامة", 1, "عن نية"), place=e_syr6)
p_rent = g.prop("agreement", [("agent", e_irn7, "IRN"), ("partner", e_reg7, "SYR")], ("استأجرت", 1), time=t_jul)
p_airbase = g.prop("deployment", [("agent", e_mil7, "IRN")], ("يتمركز", 1), place=e_syr7, quantities=[q5000])
p_naval = g.prop("agreement", [("agent", e_assad, "SYR"), ("partner", e_irn9, "IRN")], ("وافق", 1), place=e_coast, time=t_mar)

g.claim(p_irgc, "author")
g.claim(p_base, "author")
g.claim(p_base, s_bbc)
g.claim(p_base, s_intel)
g.claim(p_base, s_img)
g.claim(p_base, s_period)
g.claim(p_iarmy, s_noconf, "affirm", "possible")
g.claim(p_hamburg, s_enab)
g.claim(p_313, s_enab)
g.claim(p_plan6, s_media, "affirm", "intended")
g.claim(p_rent, s_isr)
g.claim(p_airbase, s_isr, "affirm", "planned")
g.claim(p_airbase, s_isr2, "affirm", "planned")
g.claim(p_naval, s_nezav)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
