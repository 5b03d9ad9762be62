"""Gold analysis of R-435 article 10 (Liveuamap ISIS map, 2017-09-27): a one-line map item, ISIS publishes
via Amaq a video of Iraqi soldiers captured during the attack on Ramadi.
Judgement calls: the body is the headline line only (the rest is map boilerplate and unrelated
headlines). Publishing the video is taken as ISIS's statement (cue «تنشر», medium «فيديو», via Amaq);
the capture is a casualties proposition (captured, no count); the attack on Ramadi is ISIS's (the
reading the headline implies; the text does not name the attacker, so the attack's agent is ISIS by
party only). No author claim: the article only relays the video."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-435-10", "outlet": "لايف يو ماب", "published": "2017-09-27", "url": None, "title": None})
RAMADI = {"geonames_id": 98717, "name": "Ramadi", "lat": 33.42056, "lon": 43.30778, "country": "IQ", "admin1": "Anbar"}
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")

e_isis = g.ent("داعش", "ORG", 1, **ISIS)
e_amaq = g.ent("وكالة أعماق", "ORG", actor="ISIS.MED", party="ISIS", role="media", canonical="Amaq News Agency")
e_iqsol = g.ent("جنود عراقيين", "ORG", nominal=True, actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi army")
e_ram = g.ent("الرمادي", "GPE", canonical="Ramadi", place=RAMADI)

s_vid = g.stmt(("داعش", 1, None, e_isis), ("تنشر", 1), "assert",
               ("أسر جنود عراقيين خلال الهجوم على الرمادي", 1),
               via=[("وكالة أعماق", 1, None, e_amaq)], medium=("فيديو", 1))

p_capt = g.prop("casualties", [("agent", e_isis, "ISIS"), ("target", e_iqsol, "IRQ")], ("أسر", 1), place=e_ram)
p_att = g.prop("attack", [("agent", None, "ISIS"), ("target", e_iqsol, "IRQ")], ("الهجوم", 1), place=e_ram)
g.claim(p_capt, s_vid)
g.claim(p_att, s_vid)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
