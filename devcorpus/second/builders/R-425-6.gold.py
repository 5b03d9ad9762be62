"""Second annotation (A8) of R-425-6 (Enab Baladi, 2017-11-11): the BBC reports a permanent Iranian base near
al-Kiswah south of Damascus; Brigade 313 in Izra; earlier reports of Iranian air and naval bases.

Judgement calls:
- published from the text ("اليوم , السبت 11 تشرين الثاني" = 2017-11-11); the page header date is the crawl's.
- Body starts at the article text: the headline copy is fused with a photo caption and share buttons.
- "بحسب معلومات عنب بلدي" is annotated as a statement with the outlet itself as source (a بحسب + source
  form), not as the author's bare voice.
- The base is a deployment (a base set up). BBC's "no confirmation of the Iranian army's presence" is not a
  denial of anything: no claim on it.
- "نقلت صحيفة نيزافيسيمايا غازيتا ... أن" with no further source: the paper is the source, via empty.
- The Israeli sources' figures (5,000 Afghan and Pakistani fighters) belong to the planned air/land base.
- Brigade 313 formation: deployment affirmed by Enab Baladi's information; the circumvention of the Hamburg
  agreement an intention not separately annotated; the Russian-US Hamburg agreement itself an agreement.
- Assad agreeing to give Iran a naval base: agreement (actual); the naval port itself a deployment
  (intended per the media, planned per the agreement).
- The closing Israeli/US fear is background, no proposition. "20 مبنى" (buildings) not a conflict quantity.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-425-6", "outlet": "عنب بلدي", "published": "2017-11-11", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
IRN = dict(canonical="Iran", actor="IRN", party="IRN", role="government",
           place={"geonames_id": 130758, "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IR", "admin1": None})
TEH = dict(canonical="Tehran", actor="IRN", party="IRN", role="government", place=named("Tehran", "IR"))
KISWA = dict(canonical="Al-Kiswah", place={"geonames_id": 173598, "name": "Al Kiswah", "lat": 33.3581, "lon": 36.2419, "country": "SY", "admin1": "Rif Dimashq"})
BBC = dict(actor="BBC", party=None, role="media", canonical="BBC")
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
IRNPGM = dict(actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iran-backed militias")

# paragraph 1
e_teh1 = g.ent("طهران", "GPE", 1, **TEH)
e_kis1 = g.ent("منطقة الكسوة", "GPE", 1, **KISWA)
g.ent("دمشق", "GPE", canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Damascus"})
e_bbc1 = g.ent("هيئة الإذاعة البريطانية \" BBC \"", "ORG", **BBC)
# paragraph 2
e_bbc2 = g.ent("الوكالة", "ORG", 1, after="ونقلت", nominal=True, **BBC)
e_intel = g.ent("مصدر في أجهزة الاستخبارات الغربية", "PER", nominal=True, canonical="Western intelligence source")
e_irn2 = g.ent("إيران", "GPE", 1, **IRN)
e_assad = g.ent("قوات الأسد", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
g.ent("منطقة الكسوة", "GPE", 2, **KISWA)
g.ent("مرتفعات الجولان", "LOC", canonical="Golan Heights", place=named("Golan Heights", "SY", "Quneitra"))
# paragraph 3
e_bbc3 = g.ent("الإذاعة البريطانية", "ORG", 1, after="ونشرت", **BBC)
# paragraph 4
e_bbc4 = g.ent("BBC", "ORG", 2, **BBC)
g.ent("الجيش الإيراني", "ORG", actor="IRN.MIL", party="IRN", role="military", canonical="Iranian armed forces")
# paragraph 5
e_enab = g.ent("عنب بلدي", "ORG", actor="ENABBALADI", party=None, role="media", canonical="Enab Baladi")
e_teh5 = g.ent("طهران", "GPE", 2, **TEH)
e_hamb = g.ent("هامبورغ", "GPE", canonical="Hamburg", place={"geonames_id": 2911298, "name": "Hamburg", "lat": 53.57532, "lon": 10.01534, "country": "DE", "admin1": "Hamburg"})
e_313 = g.ent("اللواء 313", "ORG", actor="IRN.PGM", party="IRN", role="armed_group", canonical="Brigade 313")
e_izra = g.ent("إزرع", "GPE", canonical="Izra", place=named("Izra", "SY", "Daraa"))
g.ent("ريف درعا", "LOC", canonical="Daraa countryside", place=named("Daraa countryside", "SY", "Daraa"))
# paragraph 6
g.ent("سوريا", "GPE", 1, **SYRIA)
e_media = g.ent("وسائل إعلامية", "ORG", nominal=True)
e_irn6 = g.ent("إيران", "GPE", 2, **IRN)
e_syr6 = g.ent("سوريا", "GPE", 2, **SYRIA)
# paragraph 7
e_asharq = g.ent("صحيفة \" الشرق الأوسط \"", "ORG", actor="ASHARQ", party=None, role="media", canonical="Asharq Al-Awsat")
e_isr = g.ent("مصادر إسرائيلية", "PER", nominal=True, actor="ISR", party="ISR", role="other", canonical="Israeli sources")
e_irn7 = g.ent("إيران", "GPE", 3, **IRN)
e_reg7 = g.ent("النظام", "ORG", 1, after="مطار ا من", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
e_mil7 = g.ent("الميليشيات التابعة لإيران", "ORG", **IRNPGM)
e_syr7 = g.ent("سوريا", "GPE", 1, after="لإيران وسط", **SYRIA)
# paragraph 8
e_src8 = g.ent("المصادر", "PER", 1, after="سوريا .\n", nominal=True, actor="ISR", party="ISR", role="other", canonical="Israeli sources")
g.ent("الحرس الثوري الإيراني", "ORG", actor="IRN.IRGC", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
# paragraph 9
e_ng = g.ent("صحيفة \" \" نيزافيسيمايا غازيتا \" الروسية", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="Nezavisimaya Gazeta")
e_assadp = g.ent("بشار الأسد", "PER", actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
e_irn9 = g.ent("إيران", "GPE", 5, **IRN)
e_coast = g.ent("الساحل السوري", "LOC", canonical="Syrian coast", place=named("Syrian coast", "SY"))
# paragraph 10
g.ent("إيران", "GPE", 6, **IRN)
g.ent("سوريا", "GPE", 1, after="العسكري داخل", **SYRIA)

# times and quantities
t_today = g.time("اليوم , السبت 11 تشرين الثاني", "2017-11-11", "day", "at")
t_months = g.time("خلال الأشهر الماضية", None, "vague", "before")
t_build = g.time("في الفترة بين كانون الثاني وحتى الشهر الماضي", "2017-01/2017-10", "month", "at")
t_july = g.time("في تموز الماضي", "2017-07", "month", "at")
t_march = g.time("في آذار الماضي", "2017-03", "month", "at")
q50 = g.qty("حوالي 50 كيلومتر ا", 50, "km")
q5000 = g.qty("خمسة آلاف عنصر", 5000, "fighters")

# statements
s_bbc = g.stmt(("هيئة الإذاعة البريطانية \" BBC \"", 1, None, e_bbc1), ("بحسب ما أفادت", 1), "assert",
               ("أنشأت طهران قاعدة عسكرية دائمة خارج منطقة الكسوة جنوبي العاصمة السورية ( دمشق )", 1))
s_intel = g.stmt(("مصدر في أجهزة الاستخبارات الغربية", 1, None, e_intel), ("نقلت", 1, "ونقلت الوكالة"), "assert",
                 ("إيران أقامت مجمع ا في موقع تابع لقوات الأسد خارج منطقة الكسوة , على بعد حوالي 50 كيلومتر ا من مرتفعات الجولان", 1),
                 via=[("الوكالة", 1, "ونقلت", e_bbc2)])
s_sat = g.stmt(("الإذاعة البريطانية", 1, "ونشرت", e_bbc3), ("نشرت", 1, "ونشرت الإذاعة"), "assert",
               ("أبنية من 20 مبنى منخفض ا , إضافة إلى بناء عدد من المباني الجديدة في الموقع , خلال الأشهر الماضية , وترميم وتحديث مبان أخرى", 1),
               medium=("صور ا عبر الأقمار الصناعية", 1))
s_period = g.stmt(("BBC", 2, None, e_bbc4), ("بحسب", 1, "الشهر الماضي ,"), "assert",
                  ("قامت عملية البناء في الفترة بين كانون الثاني وحتى الشهر الماضي", 1))
s_unclear = g.stmt(("BBC", 2, None, e_bbc4), ("أكدت", 1, "التي أكدت"), "confirm",
                   ("لا يمكن تحديد أهداف القاعدة ولا تأكيد على وجود الجيش الإيراني فيها", 1))
s_enab = g.stmt(("عنب بلدي", 1, None, e_enab), ("بحسب معلومات", 1), "assert",
                ("طهران تسعى للالتفاف على الاتفاقيات الدولية , وآخرها الاتفاق الروسي - الأمريكي في هامبورغ , بإبعاد ميليشياتها عن الحدود , بتشكيل جديد يحمل مسمى \" اللواء 313 \" في إزرع بريف درعا", 1))
s_media = g.stmt(("وسائل إعلامية", 1, None, e_media), ("تحدثت", 1), "assert",
                 ("نية إيران إقامة قاعدة ومطار عسكري في سوريا , إضافة إلى إنشاء ميناء عسكري بحري", 1))
ASHARQ = ("صحيفة \" الشرق الأوسط \"", 1, None, e_asharq)
s_isr = g.stmt(("مصادر إسرائيلية", 1, None, e_isr), ("نقلت", 1, "ونقلت صحيفة"), "assert",
               ("إيران استأجرت مطار ا من النظام في الأراضي السورية , إضافة إلى مفاوضات لإقامة قاعدة جوية برية يتمركز فيها مقاتلون من الميليشيات التابعة لإيران وسط سوريا", 1),
               via=[ASHARQ])
s_isr2 = g.stmt(("المصادر", 1, "سوريا .\n", e_src8), ("أشارت إلى أن", 1), "assert",
                ("المطار والقاعدة سيرابط فيهما خمسة آلاف عنصر من عناصر أفغانية وباكستانية تحت قيادة الحرس الثوري الإيراني", 1),
                via=[ASHARQ])
s_ng = g.stmt(("صحيفة \" \" نيزافيسيمايا غازيتا \" الروسية", 1, None, e_ng), ("نقلت", 1, "كما نقلت"), "assert",
              ("رئيس النظام السوري , بشار الأسد , وافق على منح إيران الحق في نصب قاعدة عسكرية بحرية على الساحل السوري", 1))

# propositions
p_kiswa = g.prop("deployment", [("agent", e_teh1, "IRN")], ("أنشأت", 1), place=e_kis1, time=t_build, quantities=[q50])
p_313 = g.prop("deployment", [("agent", e_teh5, "IRN"), ("agent", e_313, "IRN")], ("بتشكيل", 1), place=e_izra)
p_hamb = g.prop("agreement", [("agent", None, "RUS"), ("agent", None, "USA")], ("الاتفاق", 1), place=e_hamb)
p_basesyr = g.prop("deployment", [("agent", e_irn6, "IRN")], ("إقامة قاعدة ومطار", 1), place=e_syr6)
p_port = g.prop("deployment", [("agent", e_irn6, "IRN")], ("ميناء عسكري بحري", 1), place=e_coast)
p_lease = g.prop("agreement", [("agent", e_irn7, "IRN"), ("partner", e_reg7, "SYR")], ("استأجرت", 1), time=t_july)
p_airbase = g.prop("deployment", [("agent", e_irn7, "IRN"), ("agent", e_mil7, "IRN")], ("لإقامة قاعدة جوية برية", 1),
                   place=e_syr7, quantities=[q5000])
p_naval = g.prop("agreement", [("agent", e_assadp, "SYR"), ("partner", e_irn9, "IRN")], ("وافق", 1), place=e_coast, time=t_march)

# claims
g.claim(p_kiswa, s_bbc)
g.claim(p_kiswa, s_intel)
g.claim(p_kiswa, s_sat)
g.claim(p_kiswa, s_period)
g.claim(p_313, s_enab)
g.claim(p_hamb, s_enab)
g.claim(p_basesyr, s_media, "affirm", "intended")
g.claim(p_port, s_media, "affirm", "intended")
g.claim(p_port, s_ng, "affirm", "planned")
g.claim(p_lease, s_isr)
g.claim(p_airbase, s_isr, "affirm", "planned")
g.claim(p_airbase, s_isr2, "affirm", "planned")
g.claim(p_naval, s_ng)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
