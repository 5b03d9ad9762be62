"""Gold analysis of R-136 article 3 (Al-Modon, 2017-12-05): Israeli strikes near Damascus (Jamraya, al-Kiswah,
al-Dumayr) against Iranian positions; Al-Modon's sources on the IRGC, Fatemiyoun and Zelzal launchers.

Judgement calls:
- Body from the lede (headline copies are followed by the date and a photo caption) to the last quote.
- The crawl drops text in places («فقبل يومين , قرب مدينة الكسوة…», «و بأبنية…», «, في مناطق أبرزها»): the
  fragments are read as author mentions of the earlier strikes / reinforcements where possible.
- Syrian TV's "missiles on a military facility in Rif Dimashq" is the same Jamraya strike the author calls
  6 air raids: one airstrike proposition. The Mezzeh air-defence failure (sources) belongs to the Kiswah
  strike, Syrian TV's 3 interceptions to the Jamraya one: different events, no contradiction.
- «مصادر " المدن "» is one nominal PER mention each time; the 11 killed (3 IRGC) are author voice attached
  to the Kiswah strike. «ترفض إسرائيل والأردن» and «تصر إسرائيل على إبعاد…» are statements with stance demand.
- The sources' "launchers not yet struck by Israel" is an airstrike claim with polarity deny.
- Israeli-occupied Golan, Death Triangle, Jabal Kawkab, Syrian Badia as LOC; bases and airports as FAC."""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(gid, name, lat, lon, country, admin1=None):
    return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": country, "admin1": admin1}

def _free(g, sp):
    return all(sp[1] <= e["span"][0] or sp[0] >= e["span"][1] for e in g.out["entities"])

def every(g, s, typ, **kw):
    """Tag every whole-word occurrence of s that does not overlap a mention already tagged (flat layer)."""
    ids, n = [], 1
    while True:
        try:
            sp = g.span(s, n)
        except AssertionError:
            assert ids, f"every(): no free mention of {s!r}"
            return ids
        if _free(g, sp):
            ids.append(g.ent(s, typ, n, **kw))
        n += 1

def eid(g, s, nth=1, after=None):
    """The id of the entity tagged exactly at this quoted mention."""
    sp = g.span(s, nth, after)
    for e in g.out["entities"]:
        if e["span"] == sp:
            return e["id"]
    raise AssertionError(f"no entity at {s!r} {nth} {after!r}")
_C = {"SY": (163843, "Syria"), "RU": (2017370, "Russia"), "US": (6252001, "United States"), "TR": (298795, "Turkey"),
      "IR": (130758, "Iran"), "IQ": (99237, "Iraq"), "IL": (294640, "Israel"), "LB": (272103, "Lebanon"),
      "JO": (248816, "Jordan"), "EG": (357994, "Egypt"), "SA": (102358, "Saudi Arabia"), "QA": (289688, "Qatar"),
      "DE": (2921044, "Germany"), "BE": (2802361, "Belgium"), "KP": (1873107, "North Korea"), "FR": (3017382, "France"),
      "GB": (2635167, "United Kingdom"), "KZ": (1522867, "Kazakhstan"), "UA": (690791, "Ukraine"), "AE": (290557, "United Arab Emirates")}
def country(iso, actor=None):
    gid, name = _C[iso]
    d = dict(canonical=name, place={"geonames_id": gid, "name": name, "lat": None, "lon": None, "country": iso, "admin1": None})
    if actor:
        d.update(actor=actor, party=actor, role="government")
    return d

def between(text, start, end, after=None):
    """The exact text from the first occurrence of start (after an anchor) through the next occurrence of end."""
    a = text.find(start, text.find(after) if after else 0)
    assert a >= 0, start
    b = text.find(end, a)
    assert b >= 0, end
    return text[a:b + len(end)]

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-136-3", "outlet": "المدن", "published": "2017-12-05", "url": None, "title": None})
ISRMIL = dict(actor="ISR.MIL", party="ISR", role="military", canonical="Israeli Air Force")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
IRGC = dict(actor="IRN.MIL", party="IRN", role="military", canonical="Islamic Revolutionary Guard Corps")
FATEM = dict(actor="IRN.PGM", party="IRN", role="armed_group", canonical="Fatemiyoun Brigade")
IRPGM = dict(actor="IRN.PGM", party="IRN", role="armed_group", canonical="Iran-backed militias")
SRC = dict(canonical="Al-Modon sources")
KISWAHB = dict(canonical="al-Kiswah base", place=named("al-Kiswah base", "SY", "Rif Dimashq"))
DUMAYR = dict(canonical="al-Dumayr military airport", place=named("al-Dumayr military airport", "SY", "Rif Dimashq"))
DAM = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Dimashq"))
RIF = dict(canonical="Rif Dimashq Governorate", place=named("Rif Dimashq Governorate", "SY", "Rif Dimashq"))
WRIF = dict(canonical="Western Rif Dimashq", place=named("Western Rif Dimashq", "SY", "Rif Dimashq"))
GOLAN = dict(canonical="Golan Heights", place=named("Golan Heights", "SY", "Quneitra"))
DT = dict(canonical="Death Triangle", place=named("Death Triangle", "SY"))
KAWKAB = dict(canonical="Jabal Kawkab", place=named("Jabal Kawkab", "SY", "Rif Dimashq"))
ISR = country("IL", "ISR")
E = lambda s, n=1, after=None: eid(g, s, n, after)

every(g, "مصادر \" المدن \"", "PER", nominal=True, **SRC)
every(g, "المصادر", "PER", nominal=True, **SRC)
every(g, "المصدر", "PER", nominal=True, **SRC)
every(g, "مقاتلات إسرائيلية", "ORG", nominal=True, **ISRMIL)
every(g, "الطيران الإسرائيلي", "ORG", **ISRMIL)
every(g, "جمريا", "GPE", canonical="Jamraya", place=named("Jamraya", "SY", "Rif Dimashq"))
every(g, "الأجواء اللبنانية", "LOC", canonical="Lebanese airspace", place=named("Lebanon", "LB"))
every(g, "التلفزيون الرسمي السوري", "ORG", actor="SYR.MED", party="SYR", role="media", canonical="Syrian state TV")
every(g, "الدفاع الجوي السوري", "ORG", **dict(SYRMIL, canonical="Syrian air defence"))
every(g, "وحدات الدفاع الجوي", "ORG", nominal=True, **dict(SYRMIL, canonical="Syrian air defence"))
every(g, "ريف دمشق الغربي", "LOC", **WRIF)
every(g, "ريف دمشق", "GPE", **RIF)
every(g, "ريف القنيطرة", "LOC", canonical="Quneitra countryside", place=named("Quneitra countryside", "SY", "Quneitra"))
every(g, "دمشق", "GPE", **DAM)
every(g, "قاعدة الكسوة", "FAC", **KISWAHB)
every(g, "مدينة الكسوة", "GPE", canonical="al-Kiswah", place=named("al-Kiswah", "SY", "Rif Dimashq"))
every(g, "قوات النظام", "ORG", **SYRMIL)
every(g, "النظام", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
every(g, "حزب الله", "ORG", actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
every(g, "الحرس الثوري الإيراني", "ORG", **IRGC)
every(g, "الحرس الثوري", "ORG", **IRGC)
every(g, "فيلق القدس", "ORG", **dict(IRGC, canonical="Quds Force"))
every(g, "العميد رضا", "PER", **dict(IRGC, canonical="Brigadier Reza (IRGC)"))
every(g, "جبل كوكب", "LOC", **KAWKAB)
every(g, "لواء فاطميون", "ORG", **FATEM)
every(g, "فاطميون", "ORG", **FATEM)
every(g, "الفرقة السابعة", "ORG", **dict(SYRMIL, canonical="7th Division"))
every(g, "الفرقة الأولى", "ORG", **dict(SYRMIL, canonical="1st Division"))
every(g, "الفرقة التاسعة", "ORG", **dict(SYRMIL, canonical="9th Division"))
every(g, "مدينة زاكية", "GPE", canonical="Zakiyah", place=named("Zakiyah", "SY", "Rif Dimashq"))
every(g, "التوجيه الجوي", "FAC", canonical="Air guidance point (Jabal Kawkab)", place=named("Jabal Kawkab", "SY", "Rif Dimashq"))
every(g, "مطار المزة العسكري", "FAC", canonical="Mezzeh military airport", place=named("Mezzeh military airport", "SY", "Dimashq"))
every(g, "كتيبة الرادار", "FAC", canonical="al-Dumayr radar battalion", place=named("al-Dumayr military airport", "SY", "Rif Dimashq"))
every(g, "مطار الضمير العسكري", "FAC", **DUMAYR)
every(g, "مطار الضمير", "FAC", **DUMAYR)
every(g, "مطاري الضمير والسين العسكريين", "FAC", canonical="al-Dumayr and al-Seen airports", place=named("al-Dumayr military airport", "SY", "Rif Dimashq"))
every(g, "المليشيات الإيرانية والعراقية", "ORG", nominal=True, **IRPGM)
every(g, "المليشيات الإيرانية", "ORG", nominal=True, **IRPGM)
g.ent("لقوات الإيرانية", "ORG", 1, nominal=True, **dict(IRGC, canonical="Iranian forces"))  # للقوات
every(g, "القصر الإماراتي", "FAC", canonical="Emirati palace (al-Dumayr)", place=named("Emirati palace", "SY", "Rif Dimashq"))
every(g, "مزرعة الاماراتي", "FAC", canonical="Emirati farm (al-Dumayr)", place=named("Emirati farm", "SY", "Rif Dimashq"))
every(g, "البادية السورية", "LOC", canonical="Syrian Desert", place=named("Syrian Desert", "SY"))
every(g, "المملكة الأردنية", "GPE", **country("JO", "JOR"))
every(g, "الأردن", "GPE", **country("JO", "JOR"))
every(g, "الجولان المحتل", "LOC", **GOLAN)
every(g, "مثلث الموت", "LOC", **DT)
every(g, "تلول فاطمة", "LOC", canonical="Tulul Fatima", place=named("Tulul Fatima", "SY"))
every(g, "منطقة الصنمين", "GPE", canonical="Al-Sanamayn", place=named("Al-Sanamayn", "SY", "Daraa"))
every(g, "كتيبة جدية", "FAC", canonical="Jadiyah battalion base", place=named("Jadiyah", "SY", "Daraa"))
every(g, "تل غرين", "LOC", canonical="Tall Ghurayn", place=named("Tall Ghurayn", "SY", "Daraa"))
every(g, "درعا", "GPE", canonical="Daraa", place=gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"))
every(g, "مدينة أزرع", "GPE", canonical="Izra", place=named("Izra", "SY", "Daraa"))
every(g, "إسرائيل", "GPE", **ISR)
every(g, "اسرائيل", "GPE", **ISR)
every(g, "روسيا", "GPE", **country("RU", "RUS"))
every(g, "سوريا", "GPE", **country("SY"))

t_night = g.time("ليل الإثنين / الثلاثاء", "2017-12-04/2017-12-05", "part_of_day", "at")
t_days = g.time("خلال الأيام القليلة الماضية", None, "vague", "before")
t_2d = g.time("فقبل يومين", "2017-12-03", "day", "at")
t_monam = g.time("صباح الإثنين", "2017-12-04", "part_of_day", "at")
t_2011 = g.time("في العام 2011", "2011", "year", "at")
t_48 = g.time("بعد مضي أقل من 48 ساعة", None, "vague", "after")
t_monpm = g.time("عصر الإثنين", "2017-12-04", "part_of_day", "at")
t_months = g.time("منذ شهور", None, "vague", "since")
t_recent = g.time("مؤخرا", None, "vague", "before")
t_may = g.time("منذ أيار / مايو 2017", "2017-05", "month", "since")
t_fewdays = g.time("منذ أيام قليلة", None, "vague", "before")
t_year = g.time("منذ عام تقريبا", "2016-12", "month", "since")
t_sofar = g.time("حتى اللحظة", "2017-12-05", "day", "until")
q6 = g.qty("6 غارات جوية", 6, "strikes")
q3m = g.qty("ثلاثة من الصواريخ", 3, "missiles")
q11 = g.qty("11 عنصرا", 11, "people", "killed")
q3k = g.qty("3 مقاتلين", 3, "people", "killed")
q5m = g.qty("5 صواريخ", 5, "missiles")
q40a = g.qty("40 كيلومترا", 40, "km")
q40b = g.qty("40 كيلومتر", 40, "km")
q36 = g.qty("36 كيلومترا", 36, "km")

def src(n):  # the n-th «مصادر " المدن "»
    return ("مصادر \" المدن \"", n, None, E("مصادر \" المدن \"", n))
e_tv = E("التلفزيون الرسمي السوري")
s1 = g.stmt(("التلفزيون الرسمي السوري", 1, None, e_tv), ("قال", 1), "assert", ("إسرائيل أطلقت صواريخ على منشأة عسكرية في ريف دمشق", 1))
s2 = g.stmt(("التلفزيون الرسمي السوري", 1, None, e_tv), ("أضاف", 1), "assert", ("الدفاع الجوي السوري اعترض ثلاثة من الصواريخ", 1))
s3 = g.stmt(src(1), ("قالت", 1), "assert", (between(text, "اسرائيل استهدفت قاعدة الكسوة", "مقرا لهما"), 1))
s4 = g.stmt(src(2), ("بحسب", 1), "assert", (between(text, "المنطقة المستهدفة في قاعدة الكسوة", "التابعة لقوات النظام", "وبحسب مصادر"), 1))
s5 = g.stmt(src(3), ("قالت", 2), "assert",
            ("وحدات الدفاع الجوي في مطار المزة العسكري التابعة لقوات النظام أطلقت 5 صواريخ من \" منظومة بوك \" الروسية لإيقاف الصواريخ الإسرائيلية , من دون أن تحقق أي نتيجة", 1))
s6 = g.stmt(("المصدر", 1, None, E("المصدر")), ("أضاف", 1, "وأضاف المصدر"), "assert",
            (between(text, "اطلاق نيران الدفاعات الجوية", "في العام 2011"), 1), direct=True)
s7 = g.stmt(src(4), ("قالت", 3), "assert", ("التواجد الإيراني في مطار الضمير العسكري \" أصبح واقعة إيرانية غير مقبولة دوليا", 1))
s8 = g.stmt(src(5), ("أكدت", 1), "confirm",
            ("مطار الضمير ومحيطه بات ي عتبر قاعدة لإطلاق طائرات التجسس الإيرانية باتجاه دول الجوار وتحديدا المملكة الأردنية", 1))
e_isr17 = E("إسرائيل", 1, "وترفض")
s9 = g.stmt(("إسرائيل والأردن", 1, None, e_isr17), ("ترفض", 1), "demand",
            ("أي تواجد عسكري دائم للقوات الإيرانية على حدودهما", 1))
e_isr18 = E("إسرائيل", 1, "إذ تصر")
s10 = g.stmt(("إسرائيل", 1, "إذ تصر", e_isr18), ("تصر", 1), "demand",
             ("إبعاد المليشيات الإيرانية لمسافة 40 كيلومترا عن الحدود مع الجولان المحتل", 1))
s11 = g.stmt(src(6), ("أكدت", 2), "confirm", (between(text, "الرتل ضم سيارات", "من جهة درعا"), 1))
e_s1 = E("المصادر", 1)
s12 = g.stmt(("المصادر", 1, None, e_s1), ("اعتبرت", 1), "assert",
             ("الخطر الإيرانية الأكبر تجلى في نشر الحرس الثوري منصتي صواريخ من نوع زلزال , منذ عام تقريبا , قرب مدينة أزرع", 1), direct=True)
e_s2 = E("المصادر", 2)
s13 = g.stmt(("المصادر", 2, None, e_s2), ("استغربت", 1), "assert",
             ("تلك المنصات لم تتعرض للقصف الإسرائيلي حتى اللحظة , رغم أن صواريخها قادرة على استهداف العمق الإسرائيلي , بشكل واضح", 1), direct=True)
e_s3 = E("المصادر", 3)
s14 = g.stmt(("المصادر", 3, None, e_s3), ("تابعت", 1), "assert",
             (between(text, "منصتي زلزال تقعان", "سوى 36 كيلومترا"), 1), direct=True)

e_isrj = E("مقاتلات إسرائيلية")
e_kb1 = E("قاعدة الكسوة", 1)
e_irgc = E("الحرس الثوري الإيراني", 1)
e_fat = E("لواء فاطميون", 1)
e_dum = E("مطار الضمير العسكري", 1)
p_jam = g.prop("airstrike", [("agent", e_isrj, "ISR")], ("غارات جوية", 1), place=E("جمريا"), time=t_night, quantities=[q6])
p_icpt = g.prop("shootdown", [("agent", E("الدفاع الجوي السوري"), "SYR")], ("اعترض", 1), time=t_night, quantities=[q3m])
p_kis = g.prop("airstrike", [("agent", E("اسرائيل"), "ISR"), ("target", E("الحرس الثوري", 1, "اتخذته قوات"), "IRN"),
                             ("target", E("فاطميون", 1, "برفقة مليشيا"), "IRN")], ("استهدفت", 1, "إن اسرائيل"), place=e_kb1, time=t_2d,
               quantities=[q11, q3k])
p_qun = g.prop("airstrike", [("agent", None, "ISR"), ("target", E("قوات النظام", 1), "SYR"), ("target", E("حزب الله", 1), "HEZBOLLAH")],
               ("القصف الإسرائيلي", 1), place=E("ريف القنيطرة"), time=t_days)
p_visit = g.prop("other", [("agent", e_irgc, "IRN")], ("زار", 1), place=e_kb1, time=t_monam)
p_fatdep = g.prop("deployment", [("agent", e_fat, "IRN")], ("تنتشر", 1), place=E("جبل كوكب", 1))
p_hq = g.prop("deployment", [("agent", E("الحرس الثوري", 1, "اتخذته قوات"), "IRN"), ("agent", E("فاطميون", 1, "برفقة مليشيا"), "IRN")],
              ("مقرا", 1, "والرابع"), place=e_kb1)
p_buk = g.prop("shootdown", [("agent", E("وحدات الدفاع الجوي"), "SYR")], ("لإيقاف", 1), place=E("مطار المزة العسكري"), quantities=[q5m])
p_bukdel = g.prop("support", [("agent", E("روسيا", 1), "RUS"), ("partner", E("النظام", 1, "وسلمت روسيا"), "SYR")], ("سلمت", 1), time=t_2011)
p_dum = g.prop("airstrike", [("agent", E("الطيران الإسرائيلي"), "ISR")], ("استهدف", 1, "على قصف قاعدة الكسوة"), place=E("كتيبة الرادار"), time=t_monpm)
p_irgcdum = g.prop("deployment", [("agent", E("الحرس الثوري", 1, "منذ شهور"), "IRN")], ("عززت", 1), place=E("مطاري الضمير والسين العسكريين"),
                   time=t_months)
p_meet = g.prop("other", [("agent", E("المليشيات الإيرانية", 1), "IRN")], ("اجتماعات", 1), time=t_recent)
p_quds = g.prop("deployment", [("agent", E("فيلق القدس", 1), "IRN")], ("يتواجد", 1), place=E("مطار الضمير", 1, "فالحضور"), time=t_may)
p_drone = g.prop("deployment", [("agent", E("الحرس الثوري", 1, "وت سي ر"), "IRN")], ("طائرات التجسس", 1), place=E("مطار الضمير", 1, "وأكدت"))
p_target = g.prop("airstrike", [("agent", E("إسرائيل", 1, "ودائما"), "ISR"), ("target", E("المليشيات الإيرانية", 1, "ودائما"), "IRN")],
                  ("الاستهداف المباشر", 1))
p_col = g.prop("deployment", [("agent", E("قوات النظام", 1, "رتل مشترك"), "SYR"), ("agent", E("حزب الله", 1, "رتل مشترك"), "HEZBOLLAH")],
               ("رتل", 1), place=E("منطقة الصنمين"), time=t_fewdays)
p_tulul = g.prop("deployment", [], ("تعزيزات", 1, "مثلث الموت عبر"), place=E("تلول فاطمة"))
p_zel = g.prop("deployment", [("agent", E("الحرس الثوري", 1, "تجلى في نشر"), "IRN")], ("نشر", 1, "تجلى في"), place=E("مدينة أزرع"), time=t_year)
p_nostrike = g.prop("airstrike", [("agent", None, "ISR")], ("للقصف", 1, "تلك المنصات"), place=E("مدينة أزرع"), time=t_sofar)
g.claim(p_jam, "author"); g.claim(p_jam, s1)
g.claim(p_icpt, s2)
g.claim(p_kis, "author"); g.claim(p_kis, s3)
g.claim(p_qun, "author")
g.claim(p_visit, "author"); g.claim(p_fatdep, "author")
g.claim(p_hq, s3)
g.claim(p_buk, s5, "affirm", "failed")
g.claim(p_bukdel, s6)
g.claim(p_dum, "author")
g.claim(p_irgcdum, "author"); g.claim(p_irgcdum, s7)
g.claim(p_meet, "author")
g.claim(p_quds, "author")
g.claim(p_drone, s8); g.claim(p_drone, "author")
g.claim(p_target, "author")
g.claim(p_col, "author"); g.claim(p_col, s11)
g.claim(p_tulul, "author")
g.claim(p_zel, s12); g.claim(p_zel, s14)
g.claim(p_nostrike, s13, "deny")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
