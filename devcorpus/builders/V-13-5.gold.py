"""Gold analysis of V-13 article 5 (TRT Arabic, 2017-10-27): government shelling of Eastern Ghouta, inside a
de-escalation zone, kills 9 civilians and wounds 12 (Thursday evening), per civil defence official Mahmoud Adham.

Judgement calls:
- Body = the headline's second occurrence (after the site header), the date line and the text.
- The shelling and the 9 killed / 12 wounded are claimed by the author (headline and lede) and by Adham; all counts
  agree.
- «الواقعة تحت سيطرة المعارضة» in the apposition to Adham's title is the author's voice: opposition control.
- Russia's announcement of the Ghouta ceasefire (22 July) is a statement (cue «إعلان»); the author's "the regime
  keeps attacking" is an attack proposition. A ceasefire in force and its violation can both be true, so no
  contradiction is recorded.
- «نظام الأسد» in the headline is the government (SYR.GOV); «قوات النظام» the military."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-13-5", "outlet": "TRT العربية", "published": "2017-10-27", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def C(gid, name, lat, lon, cc): return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": None}
EG = dict(canonical="Eastern Ghouta", place=named("Eastern Ghouta", "SY", "Rif Dimashq"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
ADHAM = dict(canonical="Mahmoud Adham", actor="SCD", party=None, role="civilian")
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place=C(2017370, "Russia", 60.0, 100.0, "RU"))

e_reg0 = g.ent("نظام الأسد", "ORG", **SYRGOV)
e_eg0 = g.ent("الغوطة الشرقية", "LOC", 1, **EG)
g.ent("ريف دمشق", "GPE", canonical="Rif Dimashq Governorate", place=named("Rif Dimashq Governorate", "SY", "Rif Dimashq"))
t_pub = g.time("2017 - 10 - 27", "2017-10-27", "day", "at")
e_reg1 = g.ent("قوات النظام السوري", "ORG", **SYRMIL)
e_eg1 = g.ent("منطقة الغوطة الشرقية", "LOC", **EG)
g.ent("دمشق", "GPE", 1, after="ريف العاصمة", canonical="Damascus", place={"geonames_id": 170654, "name": "Damascus", "lat": 33.5102, "lon": 36.29128, "country": "SY", "admin1": "Dimashq"})
e_adham = g.ent("محمود أدهم", "PER", **ADHAM)
g.ent("الدفاع المدني", "ORG", canonical="Syrian Civil Defence")
e_eg2 = g.ent("الغوطة الشرقية", "LOC", 1, after="الدفاع المدني ب", **EG)
e_opp = g.ent("المعارضة", "ORG", 1, nominal=True, actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian opposition")
e_reg2 = g.ent("قوات النظام", "ORG", 1, after="بأن", **SYRMIL)
e_douma = g.ent("مدينة \" دوما \"", "GPE", canonical="Douma", place={"geonames_id": 170592, "name": "Dūmā", "lat": 33.57175, "lon": 36.4027, "country": "SY", "admin1": "Rif Dimashq"})
g.ent("سقبا", "GPE", canonical="Saqba", place=named("Saqba", "SY", "Rif Dimashq"))
g.ent("عين ترما", "GPE", canonical="Ein Tarma", place=named("Ein Tarma", "SY", "Rif Dimashq"))
e_adham3 = g.ent("أدهم", "PER", 1, after="وأشار", **ADHAM)
e_gd = g.ent("غوطة دمشق الشرقية", "LOC", **EG)
e_reg4 = g.ent("النظام", "ORG", 1, after="بعد أن ضي ق", nominal=True, **SYRGOV)
g.ent("الغوطة", "LOC", 1, after="تهريب المواد الغذائية إلى", **EG)
e_eg5 = g.ent("الغوطة الشرقية", "LOC", 1, after="وتقع", **EG)
e_tur = g.ent("تركيا", "GPE", canonical="Turkey", actor="TUR", party="TUR", role="government", place=C(298795, "Turkey", 39.0, 35.0, "TR"))
e_rus5 = g.ent("روسيا", "GPE", 1, **RUSSIA)
e_irn = g.ent("إيران", "GPE", canonical="Iran", actor="IRN", party="IRN", role="government", place=C(130758, "Iran", 32.0, 53.0, "IR"))
e_ast = g.ent("أستانا", "GPE", canonical="Astana", place={"geonames_id": 1526273, "name": "Astana", "lat": 51.1801, "lon": 71.44598, "country": "KZ", "admin1": "Astana"})
e_rus6 = g.ent("روسيا", "GPE", 2, **RUSSIA)
e_eg6 = g.ent("الغوطة الشرقية", "LOC", 1, after="وقف إطلاق النار في", **EG)
e_reg6 = g.ent("النظام", "ORG", 1, after="إلا أن", nominal=True, **SYRGOV)

t_thu = g.time("مساء الخميس", "2017-10-26", "part_of_day", "at")
g.time("مؤخرا", None, "vague", "before")
t_may = g.time("في مايو / أيار الماضي", "2017-05", "month", "at")
t_jul = g.time("في 22 يوليو / تموز الماضي", "2017-07-22", "day", "at")
q9h = g.qty("9 مدنيين", 9, "people", "killed", 1)
q9a = g.qty("9 مدنيين", 9, "people", "killed", 2)
q12a = g.qty("12 آخرون", 12, "people", "wounded")
q9b = g.qty("9 مدنيين", 9, "people", "killed", 3)
q12b = g.qty("12 آخرين", 12, "people", "wounded")
g.qty("نحو 400 ألف مدني", 400000, "people")

s_hit = g.stmt(("محمود أدهم", 1, None, e_adham), ("أفاد", 1, "وأفاد"), "assert",
               ("قوات النظام استهدفت مدينة \" دوما \" وبلدتي \" سقبا \" و \" عين ترما \" بالأسلحة الثقيلة", 1))
s_toll = g.stmt(("أدهم", 1, "وأشار", e_adham3), ("أشار", 1, "وأشار أدهم"), "assert",
                ("القصف أدى إلى مقتل 9 مدنيين وإصابة 12 آخرين , وإلحاق خسائر مادية كبيرة في المنطقة", 1))
s_cf = g.stmt(("روسيا", 2, None, e_rus6), ("إعلان", 1, "ورغم"), "assert", ("سريان مفعول وقف إطلاق النار في الغوطة الشرقية", 1))

p_sh = g.prop("shelling", [("agent", e_reg1, "SYR")], ("يقصف", 1), place=e_eg0, time=t_thu)
p_cas = g.prop("casualties", [], ("ق تل", 1), place=e_eg1, time=t_thu, quantities=[q9h, q9a, q12a, q9b, q12b])
p_ctrl = g.prop("control", [("agent", e_opp, "SYR.OPP")], ("سيطرة", 1), place=e_eg2, time=t_pub)
p_siege = g.prop("siege", [("agent", e_reg4, "SYR")], ("الحصار", 1), place=e_gd)
p_deesc = g.prop("agreement", [("agent", e_tur, "TUR"), ("agent", e_rus5, "RUS"), ("agent", e_irn, "IRN")], ("تحديدها", 1),
                 place=e_ast, time=t_may)
p_cf = g.prop("agreement", [("agent", e_rus6, "RUS")], ("وقف إطلاق النار", 1), place=e_eg6, time=t_jul)
p_cont = g.prop("attack", [("agent", e_reg6, "SYR")], ("هجماته", 1), place=e_eg6)

g.claim(p_sh, "author")
g.claim(p_sh, s_hit)
g.claim(p_cas, "author")
g.claim(p_cas, s_toll)
g.claim(p_ctrl, "author")
g.claim(p_siege, "author")
g.claim(p_deesc, "author")
g.claim(p_cf, s_cf)
g.claim(p_cf, "author")
g.claim(p_cont, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
