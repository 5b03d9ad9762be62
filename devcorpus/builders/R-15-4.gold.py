"""Gold analysis of unifiedfc R-15 article 4 (irakna.com, 2017-12-27 from the URL; a France 24 / Reuters
wire): the opposition shoots down a Syrian military jet over Hama province on Tuesday 2017-12-26.

Judgement calls:
- The headline is fused with the site's login menu, so the body starts at the first sentence, whose
  reporting verb is garbled in the crawl ("ال الجيش السوري الثلاثاء إن"); the statement is kept with
  "إن" as its cue (stance assert).
- "الثلاثاء" / "اليوم الثلاثاء" resolve to Tuesday 2017-12-26 (the page was updated Wednesday 27th).
- The army says "the opposition" downed the jet, HTS says it did: HTS is part of the armed opposition
  in this wire's framing, so the claims agree (no contradiction). HTS's claim is on the same
  shootdown proposition.
- The "قصف" on towns reported by rescuers and witnesses is typed shelling (unspecified bombardment);
  "عشرات المدنيين" is a killed count with a null value.
- The army offensive in Hama with Russian air support and Iran-backed militias: attack (author), support
  (author), and the advance towards Idlib as intended (author).
- The trailing credit "فرانس 24 / رويترز" is a byline, outside the body.
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
g = Gold(text, {"id": "R-15-4", "outlet": "عراقنا", "published": "2017-12-27", "url": None, "title": None})
HAMA_GOV = dict(canonical="Hama Governorate", place=named("Hama Governorate", "SY", "Hama"))
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")

e_army1 = g.ent("الجيش السوري", "ORG", 1, **SYRMIL)
e_opp1 = g.ent("المعارضة", "ORG", 1, nominal=True, **OPP)
e_hama1 = g.ent("محافظة حماة", "GPE", 1, **HAMA_GOV)
e_saf = g.ent("القوات المسلحة السورية", "ORG", **SYRMIL)
e_opp2 = g.ent("المعارضة", "ORG", 2, nominal=True, **OPP)
e_hama2 = g.ent("محافظة حماة", "GPE", 2, **HAMA_GOV)
e_hts = g.ent("جماعة \" تحرير الشام \" المتشددة", "ORG", **HTS)
g.ent("تنظيم \" القاعدة \"", "ORG", canonical="Al-Qaeda")
g.ent("سوريا", "GPE", 1, **SYRIA)
e_src = g.ent("مصدر", "PER", 1, after="وذكر", nominal=True)
g.ent("المتشددين", "ORG", 1, nominal=True, **HTS)
e_army2 = g.ent("الجيش السوري", "ORG", 2, **SYRMIL)
g.ent("سلاحه الجوي", "ORG", nominal=True, actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Air Force")
e_hama3 = g.ent("حماة", "GPE", 3, canonical="Hama", place=gn(170017, "Hama", 35.13179, 36.75783, "SY", "Hama"))
e_rusair = g.ent("قوة جوية روسية", "ORG", nominal=True, **{**RUSMIL, "canonical": "Russian Air Force"})
e_irm = g.ent("فصائل مسلحة تدعمها إيران", "ORG", nominal=True, actor="IRN.PGM", party="IRN", role="armed_group",
              canonical="Iran-backed militias")
e_idlib = g.ent("محافظة إدلب", "GPE", canonical="Idlib Governorate", place=named("Idlib Governorate", "SY", "Idlib"))
g.ent("المعارضة", "ORG", 3, nominal=True, **OPP)
e_resc = g.ent("عمال إنقاذ", "PER", nominal=True, canonical="Rescue workers")
g.ent("شهود عيان", "PER", nominal=True, canonical="Eyewitnesses")

t_tue1 = g.time("الثلاثاء", "2017-12-26", "day", "at", 1)
t_tue2 = g.time("اليوم الثلاثاء", "2017-12-26", "day", "at")
t_weeks = g.time("خلال الأسابيع القليلة الماضية", None, "vague", "before")
t_weeks2 = g.time("خلال الأسابيع الأخيرة", None, "vague", "before")
q_civ = g.qty("عشرات المدنيين", None, "people", "killed")

s_army = g.stmt(("الجيش السوري", 1, None, e_army1), ("إن", 1), "assert",
                ("المعارضة أسقطت طائرة عسكرية في محافظة حماة بشمال البلاد , ما أسفر عن مقتل طيارها", 1))
s_saf = g.stmt(("القوات المسلحة السورية", 1, None, e_saf), ("أكدت", 1), "confirm",
               ("المعارضة أسقطت طائرة عسكرية في محافظة حماة بشمال البلاد اليوم الثلاثاء مما أسفر عن مقتل طيارها", 1))
s_hts = g.stmt(("جماعة \" تحرير الشام \" المتشددة", 1, None, e_hts), ("قال", 1, "وقال جماعة"), "assert",
               ("أسقطت الطائرة", 1))
s_src = g.stmt(("مصدر", 1, "وذكر", e_src), ("ذكر", 1, "وذكر مصدر"), "assert",
               ("المتشددين يبحثون عن طيار آخر يعتقدون أنه نجا بعد تحطم الطائرة", 1))
s_resc = g.stmt(("عمال إنقاذ وشهود عيان", 1, None, e_resc), ("أفاد", 1, "وأفاد عمال"), "assert",
                ("عشرات المدنيين لقوا حتفهم خلال الأسابيع الأخيرة في قصف على بلدات بعيدة عن خطوط المواجهة", 1))

p_shoot = g.prop("shootdown", [("agent", e_opp1, "SYR.OPP"), ("agent", e_hts, "HTS"), ("target", e_army1, "SYR")],
                 ("أسقطت", 1), place=e_hama1, time=t_tue1)
g.claim(p_shoot, s_army)
g.claim(p_shoot, s_saf)
g.claim(p_shoot, s_hts)
p_pilot = g.prop("casualties", [("target", e_army1, "SYR")], ("مقتل طيارها", 1), place=e_hama1, time=t_tue1)
g.claim(p_pilot, s_army)
g.claim(p_pilot, s_saf)
p_search = g.prop("other", [("agent", e_hts, "HTS")], ("يبحثون", 1), place=e_hama1)
g.claim(p_search, s_src)
p_off = g.prop("attack", [("agent", e_army2, "SYR"), ("partner", e_rusair, "RUS"), ("partner", e_irm, "IRN")],
               ("هجومه", 1), place=e_hama3, time=t_weeks)
g.claim(p_off, "author")
p_sup = g.prop("support", [("agent", e_rusair, "RUS"), ("partner", e_army2, "SYR")], ("مدعوما", 1), place=e_hama3, time=t_weeks)
g.claim(p_sup, "author")
p_adv = g.prop("advance", [("agent", e_army2, "SYR")], ("ليتقدم", 1), place=e_idlib)
g.claim(p_adv, "author", "affirm", "intended")
p_shell = g.prop("shelling", [], ("قصف", 1), time=t_weeks2, quantities=[q_civ])
g.claim(p_shell, s_resc)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
