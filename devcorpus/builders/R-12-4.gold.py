"""Gold analysis of R-12-4 (المدن, 2017-11-28): opinion piece — American papers say «we failed in Syria»; the
author blames Obama's and Trump's policies (Kurds, Russia, Iran) for the US defeat.

Judgement calls:
- Body starts at the second headline copy (after the spaced «a l m o d o n o n l i n e» logo) and keeps the
  date line «28 / 11 / 2017 0».
- Headline «أميركا تقف على أطلالها : لقد فشلنا في سوريا !» is read as a headline statement (source أميركا,
  cue the colon); the same phrase repeated by the US papers is a second statement.
- «ما يقال إنها نهايتها» is a passive speech act (null source). «وهو ما يراه ديميتري ترينين ... جوهريا»
  is Trenin's statement (its antecedent is cut in the crawl).
- Opinion claims in the author's own voice are kept only where they assert events or states (the US
  defeat, Assad's massacres, Russian victories in Aleppo, US support for the Kurds, the regime's grip).
- Trump's promise to Erdogan to stop arms shipments to the Kurds denies US support as planned; US support
  in the past is affirmed by the author: different times, so no contradiction.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-12-4", "outlet": "المدن", "published": "2017-11-28", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
USA = dict(canonical="United States", actor="USA", party="USA", role="government", place={"geonames_id": 6252001, "name": "United States", "lat": 39.76, "lon": -98.5, "country": "US", "admin1": None})
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place={"geonames_id": 130758, "name": "Iran", "lat": 32.0, "lon": 53.0, "country": "IR", "admin1": None})
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place={"geonames_id": 298795, "name": "Turkey", "lat": 39.0, "lon": 35.0, "country": "TR", "admin1": None})
MOSCOW = dict(canonical="Moscow", place={"geonames_id": 524901, "name": "Moscow", "lat": 55.75222, "lon": 37.61556, "country": "RU", "admin1": "Moscow"})
WASH = dict(canonical="Washington", actor="USA.GOV", party="USA", role="government", place={"geonames_id": 4140963, "name": "Washington, D.C.", "lat": 38.89511, "lon": -77.03637, "country": "US", "admin1": "DC"})
SOCHI = dict(canonical="Sochi", place=named("Sochi", "RU"))
WH = dict(actor="USA.GOV", party="USA", role="government", canonical="White House")
TRUMP = dict(actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
KURDS = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Kurds (SDF)")

e_us0 = g.ent("أميركا", "GPE", 1, **USA)
e_sy0 = g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("سوريا", "GPE", 2, **SYRIA)
e_press = g.ent("الصحف الأميركية الكبرى", "ORG", nominal=True, actor="USA.MED", party=None, role="media", canonical="Major US newspapers")
g.ent("النظام", "ORG", 1, after="معركة دبلوماسية", nominal=True, **SYRGOV)
g.ent("روسيا", "GPE", 1, **RUSSIA)
g.ent("إيران", "GPE", 1, **IRAN)
g.ent("إيران", "GPE", 2, **IRAN)
g.ent("تركيا", "GPE", 1, **TURKEY)
e_tren = g.ent("ديميتري ترينين", "PER", actor="CARNEGIE", party=None, role="other", canonical="Dmitri Trenin")
g.ent("مركز \" كارنيغي \"", "ORG", actor="CARNEGIE", party=None, role="other", canonical="Carnegie Moscow Center")
g.ent("موسكو", "GPE", 1, **MOSCOW)
g.ent("جنيف", "GPE", canonical="Geneva", place={"geonames_id": 2660646, "name": "Geneva", "lat": 46.20222, "lon": 6.14569, "country": "CH", "admin1": "Geneva"})
g.ent("سوتشي", "GPE", 1, **SOCHI)
e_sy3 = g.ent("سوريا", "GPE", 3, **SYRIA)
e_assad1 = g.ent("بشار الأسد", "PER", 1, **ASSAD)
g.ent("البيت الأبيض", "ORG", 1, **WH)
g.ent("ترامب", "PER", 1, **TRUMP)
g.ent("بشار الأسد", "PER", 2, **ASSAD)
g.ent("فلاديمير بوتين", "PER", actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
g.ent("سوتشي", "GPE", 2, **SOCHI)
e_aleppo = g.ent("حلب", "GPE", canonical="Aleppo", place={"geonames_id": 170063, "name": "Aleppo", "lat": 36.20124, "lon": 37.16117, "country": "SY", "admin1": "Aleppo"})
g.ent("الأستانة", "GPE", canonical="Astana", place=named("Astana", "KZ"))
g.ent("واشنطن", "GPE", 1, **WASH)
g.ent("البيت الأبيض", "ORG", 2, **WH)
g.ent("باراك أوباما", "PER", actor="USA.GOV", party="USA", role="government", canonical="Barack Obama")
g.ent("سوريا", "GPE", 4, **SYRIA)
g.ent("الأسد", "PER", 1, after="ترحب برحيل", **ASSAD)
g.ent("ترامب", "PER", 2, **TRUMP)
e_trump3 = g.ent("ترامب", "PER", 3, **TRUMP)
g.ent("روسيا", "GPE", 2, **RUSSIA)
g.ent("إيران", "GPE", 3, **IRAN)
e_kurds1 = g.ent("الأكراد", "ORG", 1, nominal=True, **KURDS)
g.ent("تركيا", "GPE", 2, **TURKEY)
g.ent("واشنطن", "GPE", 2, **WASH)
g.ent("موسكو", "GPE", 2, **MOSCOW)
g.ent("الأكراد", "ORG", 2, nominal=True, **KURDS)
e_trump4 = g.ent("ترامب", "PER", 4, **TRUMP)
g.ent("رجب طيب أردوغان", "PER", actor="TUR.GOV", party="TUR", role="government", canonical="Recep Tayyip Erdogan")
e_kurds3 = g.ent("الأكراد", "ORG", 3, nominal=True, **KURDS)
g.ent("البيت الأبيض", "ORG", 3, **WH)
g.ent("أميركا", "GPE", 2, **USA)
e_reg2 = g.ent("النظام", "ORG", 1, after="حيث يعزز", nominal=True, **SYRGOV)
g.ent("البيت الأبيض", "ORG", 4, **WH)

g.time("28 / 11 / 2017", "2017-11-28", "day", "at")
g.time("خلال اليومين السابقين", "2017-11-26/2017-11-27", "day", "at")
g.time("حاليا", "2017-11-28", "day", "at")
g.time("طوال شهور كثيرة", None, "vague", "vague")
g.time("منذ فوز ترامب بالرئاسة الأميركية", "2016-11", "month", "since")
g.time("منذ زمن الرئيس السابق باراك أوباما", "2009", "vague", "since")
t_lm = g.time("الشهر الماضي", "2017-10", "month", "at")
g.time("في يوم من الأيام", None, "vague", "before")

s_h = g.stmt(("أميركا", 1, None, e_us0), (":", 1), "assert", ("لقد فشلنا في سوريا", 1))
s1 = g.stmt(("الصحف الأميركية الكبرى", 1, None, e_press), ("كررتها", 1), "assert", ("لقد فشلنا في سوريا !", 1, "عبارة"), direct=True)
s2 = g.stmt(None, ("يقال", 1), "assert", ("نهايتها , عسكريا على الأقل", 1))
s3 = g.stmt(("ديميتري ترينين", 1, None, e_tren), ("يراه", 1), "assert", ("جوهريا لفهم الهزيمة الأميركية", 1))
s4 = g.stmt(("ترامب", 3, None, e_trump3), ("أعلنها", 1), "assert", ("استراتيجيته الإيرانية", 1))
s5 = g.stmt(("ترامب", 4, None, e_trump4), ("وعد", 1), "promise", ("سيوقف شحنات الأسلحة الأميركية إلى الأكراد", 1))

p_fail = g.prop("other", [("agent", e_us0, "USA")], ("فشلنا", 1), place=e_sy0)
p_end = g.prop("other", [], ("نهايتها", 1))
p_mass = g.prop("attack", [("agent", e_assad1, "SYR")], ("المجازر", 1), place=e_sy3)
p_rusvic = g.prop("capture", [("agent", None, "RUS")], ("انتصارات عسكرية", 1), place=e_aleppo)
p_kurds = g.prop("support", [("agent", None, "USA"), ("partner", e_kurds1, "SDF")], ("دعم", 1, "فضلا عن سياسته في"))
p_grip = g.prop("control", [("agent", e_reg2, "SYR")], ("قبضته", 1))

g.claim(p_fail, s_h)
g.claim(p_fail, s1)
g.claim(p_fail, s3)
g.claim(p_fail, "author")
g.claim(p_end, s2)
g.claim(p_mass, "author")
g.claim(p_rusvic, "author")
g.claim(p_kurds, "author")
g.claim(p_kurds, s5, "deny", "planned")
g.claim(p_grip, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
