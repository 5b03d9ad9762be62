"""Gold analysis of unifiedfc V-207 article 8 (sdusyria.org, a daily field roundup; no date in the page:
published estimated 2017-10-30 from the events — government forces claim al-Asharah while fighting goes
on in al-Quriyah, HTS-government fighting in the eastern Idlib/Hama countryside).

Judgement calls:
- The whole page text is the body (no headline).
- Almost every event is in the author's voice; strikes and shelling whose agent the text does not name
  get agent None / party None (even where the regime is the obvious perpetrator), except where it says
  "طائرات الأسد" / "مروحيات الأسد" / "من قبل قوات الأسد".
- Each town gets its own proposition where the text gives it its own strike or toll (Mudeira airstrike
  + shelling with 9 killed, Douma 5, Misraba 3, Arbin 1, Harasta, Beit Nayem ...).
- The rebels repelling the government advance on Tal Bardiya: advance, modality failed. "ووردت معلومات"
  about a destroyed tank is a statement (source معلومات).
- Government forces' claim to have retaken al-Asharah and seven villages: capture by their statement
  only. Furat Post activists: 140+ government/militia dead in ISIS ambushes over two days (casualties
  and attack). "حسب الأنباء الأولية" inside the RBSS statement is an embedded statement.
- "والمعكرات القدامسة" is read as two villages (al-Maakarat, al-Qadamisa).
- No contradictions.
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
g = Gold(text, {"id": "V-207-8", "outlet": "اتحاد الديمقراطيين السوريين", "published": "2017-10-30", "url": None, "title": None})
def pl(s, typ, canon, a1, nth=1, after=None, gid=None):
    place = named(canon, "SY", a1)
    return g.ent(s, typ, nth, after=after, canonical=canon, place=place)
AFORCES = dict(**SYRMIL)
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hay'at Tahrir al-Sham")

# Eastern Ghouta
e_gh = pl("الغوطة الشرقية", "LOC", "Eastern Ghouta", "Rif Dimashq")
e_ajets = g.ent("طائرات الأسد الحربية", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Air Force")
e_mud = pl("بلدة مديرا", "GPE", "Mudayra", "Rif Dimashq")
e_douma = g.ent("مدينة دوما", "GPE", canonical="Douma", place=gn(170592, "Dūmā", 33.57175, 36.4027, "SY", "Rif Dimashq"))
e_mis = pl("بلدة مسرابا", "GPE", "Misraba", "Rif Dimashq")
e_arb = pl("مدينة عربين", "GPE", "Arbin", "Rif Dimashq")
e_har = pl("مدينة حرستا", "GPE", "Harasta", "Rif Dimashq")
e_bn = pl("بلدة بيت نايم", "GPE", "Beit Nayem", "Rif Dimashq")
# western countryside
e_reb = g.ent("الثوار", "ORG", nominal=True, **{**OPP, "canonical": "Rebels"})
e_af1 = g.ent("قوات الأسد", "ORG", 1, **AFORCES)
e_tb = pl("تلة بردعيا", "LOC", "Tal Bardiya", "Rif Dimashq")
e_info = g.ent("معلومات", "PER", 1, after="ووردت", nominal=True, canonical="Unspecified reports")
e_heli = g.ent("مروحيات الأسد", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Air Force helicopters")
e_bj = pl("بلدة مزرعة بيت جن", "GPE", "Mazraat Beit Jinn", "Rif Dimashq")
# Damascus
e_bm = pl("حي باب مصلى", "LOC", "Bab Mousalla", "Damascus")
g.ent("مدينة دمشق", "GPE", **DAMASCUS)
# ambush
e_hts1 = g.ent("هيئة تحرير الشام", "ORG", 1, **HTS)
e_af2 = g.ent("قوات الأسد", "ORG", 2, **AFORCES)
e_th = pl("تلة الحجارة", "LOC", "Tal al-Hijara", None)
# Idlib / Hama
e_jis = g.ent("مدينة جسرالشغور", "GPE", canonical="Jisr al-Shughur", place=named("Jisr al-Shughur", "SY", "Idlib"))
e_ad = pl("بلدة أبو دالي", "GPE", "Abu Dali", "Hama")
e_tar = pl("بلدة ترعي", "GPE", "Tarei", "Idlib")
e_zah = pl("قرية الزهراء", "GPE", "al-Zahraa", "Idlib")
g.ent("منطقة دركوش", "GPE", canonical="Darkush", place=named("Darkush", "SY", "Idlib"))
e_af3 = g.ent("قوات الأسد", "ORG", 3, **AFORCES)
e_hts2 = g.ent("هيئة تحرير الشام", "ORG", 2, **HTS)
e_mus = pl("قرية المستريحة", "GPE", "al-Mustariha", "Hama")
e_air7 = g.ent("الطيران الحربي", "ORG", nominal=True, canonical="Warplanes")
e_shu = pl("الشطيب", "GPE", "al-Shutayb", "Hama")
pl("المعكرات", "GPE", "al-Maakarat", "Hama")
pl("القدامسة", "GPE", "al-Qadamisa", "Hama")
pl("الشاكوسية", "GPE", "al-Shakousiya", "Hama")
pl("الرهجان", "GPE", "al-Rahjan", "Hama")
pl("أم ميال", "GPE", "Umm Mayal", "Hama")
# Homs desert
e_af4 = g.ent("قوات الأسد", "ORG", 4, **AFORCES)
e_mi = g.ent("فرع الأمن العسكري", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Military Security branch")
e_sukh = g.ent("مدينة السخنة", "GPE", canonical="al-Sukhnah", place=named("al-Sukhnah", "SY", "Homs"))
# Daraa
e_dar = g.ent("درعا البلد", "LOC", canonical="Daraa al-Balad", place=named("Daraa al-Balad", "SY", "Daraa"))
e_af5 = g.ent("قوات الأسد", "ORG", 5, **AFORCES)
# Deir ez-Zor
e_af6 = g.ent("قوات الأسد", "ORG", 6, **AFORCES)
e_ash = pl("مدينة العشارة", "GPE", "al-Asharah", "Deir ez-Zor")
pl("الغريبة", "GPE", "al-Ghariba", "Deir ez-Zor")
pl("دبلان", "GPE", "Diblan", "Deir ez-Zor")
pl("صبيخان", "GPE", "Subaykhan", "Deir ez-Zor")
pl("الشكمة", "GPE", "al-Shakma", "Deir ez-Zor")
pl("الدوير", "GPE", "al-Duwayr", "Deir ez-Zor")
pl("سويدان", "GPE", "Suwaydan", "Deir ez-Zor")
pl("محكان", "GPE", "Mahkan", "Deir ez-Zor")
e_isis1 = g.ent("تنظيم داعش", "ORG", 1, **ISIS)
e_qur = pl("مدينة القورية", "GPE", "al-Quriyah", "Deir ez-Zor")
e_act = g.ent("ناشطون", "PER", nominal=True, canonical="Activists")
e_fp = g.ent("فرات بوست", "ORG", actor="FURATPOST", party=None, role="media", canonical="Furat Post")
e_af7 = g.ent("قوات الأسد", "ORG", 7, **AFORCES)
e_shia = g.ent("المليشيات الشيعية التابعة لها", "ORG", nominal=True, actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government Shia militias")
e_isis2 = g.ent("تنظيم داعش", "ORG", 2, **ISIS)
# Raqqa
e_rbss = g.ent("شبكة \" الرقة تذبح بصمت \"", "ORG", actor="RBSS", party=None, role="media", canonical="Raqqa is Being Slaughtered Silently")
e_unk = g.ent("مجهولين", "PER", nominal=True, canonical="Unknown assailants")
e_maa = g.ent("ناحية معدان", "GPE", canonical="Maadan", place=named("Maadan", "SY", "Raqqa"))
e_news = g.ent("الأنباء الأولية", "PER", nominal=True, canonical="Initial reports")

t_2d = g.time("خلال اليومين الماضيين", "2017-10-28/2017-10-30", "day", "at")

q9 = g.qty("9 شهداء", 9, "people", "killed")
qw1 = g.qty("العديد من الجرحى", None, "people", "wounded")
q5 = g.qty("5 شهداء", 5, "people", "killed")
q3 = g.qty("ثلاثة شهداء", 3, "people", "killed")
q1 = g.qty("شهيد", 1, "people", "killed", 1, after="مسرابا")
qw2 = g.qty("جرحى", None, "people", "wounded", 1, after="حرستا")
q30 = g.qty("أكثر من 30 برميل متفجر", 30, "barrel bombs")
q2m = g.qty("قذيفتي هاون", 2, "shells")
qcap = g.qty("أسر عنصر", 1, "people", "captured")
qw = g.qty("امرأة", 1, "people", "killed")
q140 = g.qty("أكثر من 140 قتيلا", 140, "people", "killed")
q20 = g.qty("أكثر من 20 قتيلا", 20, "people", "killed")

s_info = g.stmt(("معلومات", 1, "ووردت", e_info), ("وردت", 1), "assert", ("تمكنهم من تدمير دبابة", 1))
s_gov = g.stmt(("قوات الأسد", 6, None, e_af6), ("قالت", 1, "بين المدنيين .\nقالت"), "assert",
               ("تمكنت من استعادة السيطرة على مدينة العشارة وقرى الغريبة دبلان وصبيخان والشكمة والدوير وسويدان ومحكان بالريف الشرقي بعد معارك عنيفة ضد تنظيم داعش", 1))
s_fp = g.stmt(("ناشطون في فرات بوست", 1, None, e_act), ("أكد", 1, "هذا وقد"), "confirm",
              ("حصيلة قتلى قوات الأسد والمليشيات الشيعية التابعة لها قد بلغ خلال اليومين الماضيين أكثر من 140 قتيلا نتيجة الكمائن التي نصبها تنظيم داعش في محيط المدينتين", 1),
              via=[("فرات بوست", 1, None, e_fp)])
s_rbss = g.stmt(("شبكة \" الرقة تذبح بصمت \"", 1, None, e_rbss), ("قالت", 1, "ضد تنظيم داعش ,"), "assert",
                ("مجهولين قاموا بتفجير مبنى ناحية معدان بالريف الشرقي ما أدى حسب الأنباء الأولية لسقوط أكثر من 20 قتيلا بينهم مدير الناحية", 1))
s_news = g.stmt(("الأنباء الأولية", 1, None, e_news), ("حسب", 1, "ما أدى"), "assert",
                ("سقوط أكثر من 20 قتيلا بينهم مدير الناحية", 1), embedded_in=s_rbss)

A = "author"
def ev(typ, actors, trig, place=None, qs=(), by=(A,), mod="actual", time=None, pol="affirm"):
    p = g.prop(typ, actors, trig, place=place, quantities=qs, time=time)
    for b in by:
        g.claim(p, b, pol, mod)
    return p
ev("airstrike", [("agent", e_ajets, "SYR")], ("غارات جوية", 1), e_mud, [q9, qw1])
ev("shelling", [("agent", e_ajets, "SYR")], ("قصف مدفعي وصاروخي", 1), e_mud)
ev("shelling", [], ("بقذائف المدفعية الثقيلة", 1), e_douma, [q5])
ev("airstrike", [], ("الغارات الجوية", 1), e_mis, [q3])
ev("airstrike", [], ("الغارات الجوية", 1), e_arb, [q1])
ev("airstrike", [], ("لقصف جوي ومدفعي", 1), e_har, [qw2])
ev("shelling", [], ("لقصف مدفعي", 1, "بيت نايم"), e_bn)
ev("advance", [("agent", e_af1, "SYR"), ("target", e_reb, "SYR.OPP")], ("تقدم", 1), e_tb, mod="failed")
ev("attack", [("agent", e_reb, "SYR.OPP"), ("target", e_af1, "SYR")], ("تدمير دبابة", 1), e_tb, by=(s_info,))
ev("airstrike", [("agent", e_heli, "SYR")], ("بإلقاء", 1), e_bj, [q30])
ev("shelling", [], ("سقطت", 1), e_bm, [q2m])
ev("attack", [("agent", e_hts1, "HTS"), ("target", e_af2, "SYR")], ("بكمين", 1), e_th, [qcap])
ev("shelling", [], ("لقصف صاروخي", 1), e_jis)
ev("airstrike", [], ("لقصف جوي عنيف", 1), e_ad)
ev("airstrike", [], ("لغارات جوية مماثلة", 1), e_tar)
ev("bombing", [], ("انفجار", 1), e_zah, [qw])
ev("clash", [("agent", e_af3, "SYR"), ("agent", e_hts2, "HTS")], ("اشتباكات", 1, "جرت اشتباكات عنيفة جدا"), e_mus)
ev("airstrike", [("agent", e_air7, None)], ("غارات جوية", 1, "شن الطيران الحربي"), e_mus)
ev("shelling", [], ("لقصف مدفعي وصاروخي", 1), e_shu)
ev("bombing", [("target", e_af4, "SYR")], ("انفجار سيارة مفخخة", 1), e_sukh)
ev("shelling", [("agent", e_af5, "SYR")], ("لقصف بقذائف الهاون", 1), e_dar)
ev("capture", [("agent", e_af6, "SYR"), ("target", e_isis1, "ISIS")], ("استعادة السيطرة", 1), e_ash, by=(s_gov,))
ev("clash", [("agent", e_af6, "SYR"), ("agent", e_isis1, "ISIS")], ("اشتباكات", 1, "وجرت اشتباكات بين الطرفين"), e_qur)
ev("airstrike", [], ("غارات جوية", 1, "ترافقت الاشتباكات"), e_qur)
ev("casualties", [("target", e_af7, "SYR"), ("target", e_shia, "SYR")], ("قتلى", 1, "حصيلة"), e_qur, [q140], by=(s_fp,), time=t_2d)
ev("attack", [("agent", e_isis2, "ISIS"), ("target", e_af7, "SYR")], ("الكمائن", 1), e_qur, by=(s_fp,), time=t_2d)
ev("bombing", [("agent", e_unk, None)], ("بتفجير", 1), e_maa, [q20], by=(s_rbss, s_news))

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
