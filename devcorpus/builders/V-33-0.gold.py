"""Gold analysis of unifiedfc V-33 article 0 (CNN Arabic, Saturday 2017-04-15): car bomb at al-Rashidin
against the buses carrying the evacuees of Kafriya and al-Fu'ah.

Judgement calls:
- The body starts at the article text; the headline, subtitle, date line and the "Atlanta ... (CNN)"
  dateline are left out.
- Three tolls: White Helmets 100 killed, al-Ikhbariya "at least 39" killed, SANA "dozens killed and
  wounded". "At least 39" is a lower bound compatible with 100 (as in the V-33-6 worked gold), so no
  value contradiction is recorded.
- SANA's "إرهابيين" are the bombing's agent, nominal with no party.
- The background paragraph (author): the exchange deal (agreement), the transfer of the residents and
  of the rebels and their families (displacement), the regime's siege of Madaya and Zabadani, the
  regime-held areas of Aleppo (control).
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
KAF = dict(canonical="Kafriya", place=named("Kafriya", "SY", "Idlib"))
FUA = dict(canonical="Al-Fu'ah", place=named("Al-Fu'ah", "SY", "Idlib"))
ALEPPO = dict(canonical="Aleppo", place={"geonames_id": 170063, "name": "Aleppo", "lat": 36.20124, "lon": 37.16117, "country": "SY", "admin1": "Aleppo"})
WH = dict(actor="WHITEHELMETS", party=None, role="civilian", canonical="Syria Civil Defence (White Helmets)")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-33-0", "outlet": "سي إن إن بالعربية", "published": "2017-04-15", "url": None, "title": None})

g.ent("كفريا", "GPE", 1, **KAF)
g.ent("الفوعة", "GPE", 1, **FUA)
e_rash = g.ent("منطقة الراشدين", "LOC", canonical="Al-Rashidin", place=named("Al-Rashidin", "SY", "Aleppo"))
g.ent("حلب", "GPE", 1, **ALEPPO)
e_wh = g.ent("الدفاع المدني السوري", "ORG", **WH)
g.ent("الخوذ البيضاء", "ORG", **WH)
g.ent("نظام الرئيس بشار الأسد", "ORG", **SYRGOV)
e_ikh = g.ent("قناة \" الإخبارية \" الرسمية السورية", "ORG", actor="SYR.MED", party="SYR", role="media", canonical="Al-Ikhbariya Syria")
e_sana = g.ent("وكالة الأنباء السورية الرسمية", "ORG", actor="SYR.MED", party="SYR", role="media", canonical="SANA")
e_terr = g.ent("إرهابيين", "ORG", nominal=True, canonical="Terrorists (unidentified)")
g.ent("كفريا", "GPE", 2, **KAF)
g.ent("الفوعة", "GPE", 2, **FUA)
e_kaf3 = g.ent("كفريا", "GPE", 3, **KAF)
g.ent("الفوعة", "GPE", 3, **FUA)
e_reg = g.ent("النظام السوري", "ORG", 1, **SYRGOV)
e_alep2 = g.ent("حلب", "GPE", 2, **ALEPPO)
e_opp = g.ent("مسلحي المعارضة", "ORG", nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
e_mad = g.ent("مضايا", "GPE", canonical="Madaya", place=named("Madaya", "SY", "Rif Dimashq"))
g.ent("الزبداني", "GPE", canonical="Zabadani", place=named("Zabadani", "SY", "Rif Dimashq"))
e_syrf = g.ent("قوات النظام السوري", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")

t_sat = g.time("السبت", "2017-04-15", "day", "at")
q_a = g.qty("عشرات القتلى والمصابين", None, "people", None)
q100 = g.qty("100 شخص", 100, "people", "killed")
q39 = g.qty("39 قتيلا على الأقل", 39, "people", "killed")
q_w = g.qty("عشرات المصابين", None, "people", "wounded")
q5k = g.qty("5 آلاف مواطن", 5000, "people", "displaced")
q_c = g.qty("عشرات المدنيين", None, "people", None)

s_wh = g.stmt(("الدفاع المدني السوري", 1, None, e_wh), ("ذكرت", 1), "assert",
              ("التفجير أسفر عن مقتل 100 شخص من أنصار نظام الرئيس بشار الأسد", 1))
s_ikh = g.stmt(("قناة \" الإخبارية \" الرسمية السورية", 1, None, e_ikh), ("أفادت", 1), "assert",
               ("سقوط 39 قتيلا على الأقل وعشرات المصابين", 1))
s_sana = g.stmt(("وكالة الأنباء السورية الرسمية", 1, None, e_sana), ("ذكرت", 1, "وذكرت وكالة"), "assert",
                ("إرهابيين فجروا سيارة مفخخة في منطقة تجمع الحافلات وسيارات الإسعاف التي تنقل 5 آلاف مواطن من أهالي كفريا والفوعة مما أسفر عن مقتل وإصابة عشرات المدنيين أغلبهم من الأطفال والنساء", 1),
                direct=True)

p_bomb = g.prop("bombing", [("agent", e_terr, None)], ("تفجير سيارة مفخخة", 1), place=e_rash, time=t_sat,
                quantities=[q_a, q100, q39, q_w, q_c])
for b in ("author", s_wh, s_ikh, s_sana):
    g.claim(p_bomb, b)
p_deal = g.prop("agreement", [("agent", e_reg, "SYR"), ("partner", e_opp, "SYR.OPP")], ("صفقة تبادل", 1))
g.claim(p_deal, "author")
p_move = g.prop("displacement", [], ("الانتقال", 1), place=e_alep2, quantities=[q5k])
g.claim(p_move, "author")
p_out = g.prop("displacement", [("agent", e_opp, "SYR.OPP")], ("بخروج", 1), place=e_mad)
g.claim(p_out, "author", "affirm", "planned")
p_siege = g.prop("siege", [("agent", e_syrf, "SYR")], ("المحاصرتين", 1), place=e_mad)
g.claim(p_siege, "author")
p_ctrl = g.prop("control", [("agent", e_reg, "SYR")], ("يسيطر", 1), place=e_alep2)
g.claim(p_ctrl, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
