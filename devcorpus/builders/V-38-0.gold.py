"""Gold analysis of V-38 article 0 (Elaph, opinion section, 2017/2; published estimated 2017-02-15): an essay on the
historical Iranian-Turkish rivalry, now played out in Iraq and Syria.

Judgement calls:
- Kept as politics of the war (Iranian and Turkish intervention in Syria and Iraq), although it is an opinion essay.
- No reported speech: «ترى» (a state "sees itself as ...") is the author's characterisation, not a statement.
- Historical states named as "الدولة الصفوية الايرانية", "الدولة العثمانية التركية", "الدولة الايرانية", "الدولة
  التركية" are GPE mentions of Iran / Turkey (the Ottoman state gets canonical Ottoman Empire where it is historical).
  Dynasty adjectives (الساسانية، القاجارية، البهلوية، القيصرية الروسية), peoples and religions are not entities.
  Historical rulers (Hulagu, Genghis Khan, Timur) are PER without actor.
- «بعد الحرب العالمية الاولىو» is glued to the following word: not quotable, left out of times.
- «ووكوسوفو» (doubled conjunction in the text) cannot be quoted as a clean mention and is left out.
- Population and area figures are not quantities of the schema (no killed, wounded, distances).
- Author propositions: Sykes-Picot (agreement, 1916), Ottoman defeat after WWI (other), Iranian and Turkish
  intervention in Iraq/Syria and others (other), their rivalry over Iraq and Syria (other), Turkey's constitutional
  change (other, intended).
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-38-0", "outlet": "إيلاف", "published": "2017-02-15", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def C(gid, name, cc): return {"geonames_id": gid, "name": name, "lat": None, "lon": None, "country": cc, "admin1": None}
def S(code, gid, name, cc, party=None):
    d = dict(canonical=name, place=C(gid, name, cc))
    if party:
        d.update(actor=party, party=party, role="government")
    return d
IRAN = S("IR", 130758, "Iran", "IR", "IRN"); TURKEY = S("TR", 298795, "Turkey", "TR", "TUR")
OTTO = dict(canonical="Ottoman Empire", place=named("Ottoman Empire"))
IRAQ = S("IQ", 99237, "Iraq", "IQ", "IRQ"); SYRIA = dict(canonical="Syria", place=C(163843, "Syria", "SY"))
EGYPT = S("EG", 357994, "Egypt", "EG", "EGY"); SAUDI = S("SA", 102358, "Saudi Arabia", "SA", "SAU"); ISRAEL = S("IL", 294640, "Israel", "IL", "ISR")

def every(s, typ, **kw):
    ids, n = [], 1
    while True:
        try:
            ids.append(g.ent(s, typ, n, **kw))
        except AssertionError:
            return ids
        n += 1

# paragraph 1-2: history
e_iran1 = g.ent("الدولة الصفوية الايرانية", "GPE", **IRAN)
g.ent("يونان", "GPE", canonical="Greece", place=C(390903, "Greece", "GR"))
g.ent("بحر الابيض المتوسط", "LOC", canonical="Mediterranean Sea", place=named("Mediterranean Sea"))
g.ent("الدولة العثمانية التركية", "GPE", **TURKEY)
g.ent("الدولة الايرانية", "GPE", 1, **IRAN)
g.ent("هولاكو", "PER", canonical="Hulagu Khan")
g.ent("جنكيزخان", "PER", canonical="Genghis Khan")
g.ent("تيمور لنك", "PER", canonical="Timur")
e_otto = g.ent("الخلافة العثمانية", "GPE", 1, **OTTO)
e_brit = g.ent("بريطانيا", "GPE", **S("GB", 2635167, "United Kingdom", "GB", "GBR"))
e_fra = g.ent("فرنسا", "GPE", **S("FR", 3017382, "France", "FR", "FRA"))
g.ent("المشرق العربى", "LOC", canonical="Levant", place=named("Levant"))
g.ent("الدولة العثمانية", "GPE", 1, after="سيطرة", **OTTO)
g.ent("الدولة الصفوية", "GPE", 1, after="وايضا", **IRAN)
# paragraph 4-5
g.ent("الدولة الايرانية الحالية", "GPE", **IRAN)
g.ent("منطقة الشرق الاوسط", "LOC", canonical="Middle East", place=named("Middle East"))
every("ايران", "GPE", **IRAN)
every("تركيا", "GPE", **TURKEY)
every("مصر", "GPE", **EGYPT)
g.ent("سعودية", "GPE", **SAUDI)
g.ent("السعودية", "GPE", **SAUDI)
every("اسرائيل", "GPE", **ISRAEL)
g.ent("الدولة التركية", "GPE", 1, **TURKEY)
g.ent("ناتو", "ORG", canonical="NATO")
g.ent("الاتحاد الاوروبى", "ORG", canonical="European Union")
g.ent("اسيا", "LOC", canonical="Asia", place=named("Asia"))
g.ent("اوروبا", "LOC", canonical="Europe", place=named("Europe"))
g.ent("افريقيا", "LOC", canonical="Africa", place=named("Africa"))
# paragraph 7-8
iraqs = every("العراق", "GPE", **IRAQ)
syrias = every("سوريا", "GPE", **SYRIA)
e_iran8 = g.ent("الايران", "GPE", **IRAN)
g.ent("لبنان", "GPE", **S("LB", 272103, "Lebanon", "LB"))
g.ent("فلسطين", "GPE", **S("PS", 6254930, "Palestinian Territory", "PS"))
every("اليمن", "GPE", **S("YE", 69543, "Yemen", "YE"))
g.ent("سلطنة عمان", "GPE", **S("OM", 286963, "Oman", "OM"))
g.ent("بحرين", "GPE", **S("BH", 290291, "Bahrain", "BH"))
every("افغانستان", "GPE", **S("AF", 1149361, "Afghanistan", "AF"))
g.ent("باكستان", "GPE", **S("PK", 1168579, "Pakistan", "PK"))
e_tur8 = g.ent("الدولة التركية", "GPE", 2, **TURKEY)
g.ent("الاتحاد السوفيتى", "GPE", canonical="Soviet Union", place=named("Soviet Union"))
g.ent("بلغاريا", "GPE", **S("BG", 732800, "Bulgaria", "BG"))
g.ent("اليونان", "GPE", **S("GR", 390903, "Greece", "GR"))
g.ent("القبرص", "GPE", **S("CY", 146669, "Cyprus", "CY"))

t_ww1 = None  # «بعد الحرب العالمية الاولىو» is glued to the next word and cannot be quoted
g.time("بعد الحرب العالمية الثانية", "1945", "year", "after")
t_1916 = g.time("فى عام 1916", "1916", "year", "at")
g.time("2013", "2013", "year", "at", 1)
g.time("2013", "2013", "year", "at", 2)

ents = {e["id"]: e for e in g.out["entities"]}
def first_after(ids, anchor):
    a = text.find(anchor)
    return next(i for i in ids if ents[i]["span"][0] >= a)
e_iran_int = e_iran8
e_iraq8 = first_after(iraqs, "الايران تدخل")
e_syr7 = first_after(syrias, "وخاصة فى العراق و سوريا")
e_syr8t = first_after(syrias, "وايضا تركيا حاولت")
tur_ids = [e["id"] for e in g.out["entities"] if e["text"] == "تركيا"]
e_tur8b = first_after(tur_ids, "وايضا تركيا حاولت")
e_tur9 = first_after(tur_ids, "وايضا تركيا حاولت")

p_sp = g.prop("agreement", [("agent", e_brit, "GBR"), ("agent", e_fra, "FRA")], ("اتفاقية سايكس - بيكو", 1), time=t_1916)
p_defeat = g.prop("other", [("target", e_otto, None)], ("انهزامها", 1), time=t_ww1)
p_rival = g.prop("other", [("agent", e_iran1, "IRN"), ("agent", e_tur8, "TUR")], ("تتصراعان", 1), place=e_syr7)
p_iran = g.prop("other", [("agent", e_iran8, "IRN")], ("تدخل", 1, "الايران"), place=e_iraq8)
p_turk = g.prop("other", [("agent", e_tur8b, "TUR")], ("لتدخل", 1), place=e_syr8t)
p_const = g.prop("other", [("agent", e_tur8b, "TUR")], ("تغير الدستور", 1))
g.claim(p_sp, "author")
g.claim(p_defeat, "author")
g.claim(p_rival, "author")
g.claim(p_iran, "author")
g.claim(p_turk, "author")
g.claim(p_const, "author", "affirm", "intended")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
