"""Gold analysis of R-297 article 1 (Wadi Press monthly archive page, November 2014; published estimated 2014-11-15,
mid-month, since the archive gives only the month): the one item about the war, a paragraph on Syrian air force
strikes and shelling on militants in the Qalamoun outskirts next to Arsal.

Judgement calls:
- The page is an archive listing of unrelated Lebanese local items (a missing hunter, a lost bag, a road accident,
  an explosive found in Hadath, the crisis cell on the abducted soldiers); the body is the single paragraph about the
  Syrian war. The Jumblatt-tweet headline before it belongs to another item and is excluded.
- «المسلحين» are nominal armed-group mentions with no party (the paragraph does not say which group).
- The artillery shelling has no named agent; the author's killed/wounded militants have no counts.
- No statements, no contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-297-1", "outlet": "مجموعة الوادي الإعلامية", "published": "2014-11-15", "url": None, "title": None})
def named(name, country="SY", admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
e_saf = g.ent("سلاح الجو السوري", "ORG", actor="SYR.MIL", party="SYR", role="military", canonical="Syrian Air Force")
e_mil = g.ent("المسلحين", "ORG", 1, nominal=True, canonical="Militants")
e_jq = g.ent("جرود القلمون", "LOC", canonical="Qalamoun mountains", place=named("Qalamoun mountains", "SY", "Rif Dimashq"))
g.ent("جرود عرسال اللبنانية", "LOC", canonical="Juroud Arsal", place=named("Juroud Arsal", "LB", "Baalbek-Hermel"))
g.ent("المسلحين", "ORG", 2, nominal=True, canonical="Militants")

p_air = g.prop("airstrike", [("agent", e_saf, "SYR"), ("target", e_mil, None)], ("غارات", 1), place=e_jq)
p_sh = g.prop("shelling", [("target", e_mil, None)], ("قصف مدفعي", 1), place=e_jq)
p_cas = g.prop("casualties", [("target", e_mil, None)], ("قتل", 1, "وقتل"), place=e_jq)
g.claim(p_air, "author")
g.claim(p_sh, "author")
g.claim(p_cas, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
