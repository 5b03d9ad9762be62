"""Second annotation (A8) of R-435-10 (Liveuamap, 2017-09-27): one map item: ISIS publishes, via Amaq, a video
of Iraqi soldiers captured during its attack on Ramadi.

Judgement calls:
- Body: only the item's own headline line (the page's first copy, without the trailing "Map"); the other
  headlines on the page are sidebar items about other events, and the rest is site boilerplate.
- Outlet: the site's own name, Liveuamap (no Arabic name on the page).
- Publishing a video is ISIS's claim: a statement with source داعش, cue "تنشر", via Amaq (the channel that
  carries it), medium "فيديو"; content the capture during the attack.
- The capture of soldiers is a casualties proposition (captured, no count); the attack on Ramadi is taken
  as given by the author as well as by ISIS.
"""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-435-10", "outlet": "Liveuamap", "published": "2017-09-27", "url": None, "title": None})

ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
e_isis = g.ent("داعش", "ORG", 1, **ISIS)
e_amaq = g.ent("وكالة أعماق الدعائية", "ORG", actor="ISIS.MED", party="ISIS", role="media", canonical="Amaq News Agency")
e_iqs = g.ent("جنود عراقيين", "ORG", nominal=True, actor="IRQ.MIL", party="IRQ", role="military", canonical="Iraqi security forces")
e_ram = g.ent("الرمادي", "GPE", canonical="Ramadi",
              place={"geonames_id": 98717, "name": "Ramadi", "lat": 33.42056, "lon": 43.30778, "country": "IQ", "admin1": "Anbar"})

s_video = g.stmt(("داعش", 1, None, e_isis), ("تنشر", 1), "assert", ("أسر جنود عراقيين خلال الهجوم على الرمادي", 1),
                 via=[("وكالة أعماق الدعائية", 1, None, e_amaq)], medium=("فيديو", 1))

p_capt = g.prop("casualties", [("agent", e_isis, "ISIS"), ("target", e_iqs, "IRQ")], ("أسر", 1), place=e_ram)
p_attack = g.prop("attack", [("agent", e_isis, "ISIS"), ("target", None, "IRQ")], ("الهجوم", 1), place=e_ram)
g.claim(p_capt, s_video)
g.claim(p_attack, s_video)
g.claim(p_attack, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
