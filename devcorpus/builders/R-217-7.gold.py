"""Gold analysis of R-217 article 7 (China in Arabic Eyes, a tag page; the first item, a Reuters-based report, published
estimated 2017-11-24 = "Friday" after the Sochi summit of "Wednesday" 22 Nov 2017): Wang Yi meets Bouthaina Shaaban,
hopes Syria shows flexibility in peace talks and promises help with reconstruction.

Judgement calls:
- The page is a tag listing; the body is the first (full) item only, up to the end of its last full paragraph; the
  teaser snippets of other items are excluded.
- «وفقا لرويترز» makes Reuters the via of Wang's «وقال وانغ ...» statements; the ministry statement «نقل بيان أصدرته
  الخارجية الصينية عن وانغ قوله» has the ministry statement as via.
- Hopes («تأمل») are kept as assert under the reporting verb; «ينبغي ... وستبذل الصين جهودها» (cue «وأضاف») is a demand.
- Shaaban «رحبت» is a statement embedded in the ministry's «وقالت الوزارة».
- Vague tolls ("hundreds of thousands", "millions") are not quantities; they still give author casualties and
  displacement propositions.
- Chinese reconstruction help: `support` planned (s2, s7). The Russia-Turkey-Iran agreement: `agreement`, author.
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-217-7", "outlet": "الصين بعيون عربية", "published": "2017-11-24", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def C(gid, name, lat, lon, cc): return {"geonames_id": gid, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": None}
CHINA = dict(canonical="China", actor="CHN", party="CHN", role="government", place=C(1814991, "China", 35.0, 105.0, "CN"))
SYRIA = dict(canonical="Syria", place=C(163843, "Syria", 35.0, 38.0, "SY"))
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place=C(2017370, "Russia", 60.0, 100.0, "RU"))
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place=C(298795, "Turkey", 39.0, 35.0, "TR"))
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place=C(130758, "Iran", 32.0, 53.0, "IR"))
WANG = dict(actor="CHN.GOV", party="CHN", role="government", canonical="Wang Yi")
SHAABAN = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bouthaina Shaaban")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
MFA = dict(actor="CHN.GOV", party="CHN", role="government", canonical="Chinese Ministry of Foreign Affairs")

g.ent("الصين", "GPE", 1, **CHINA)
e_wang = g.ent("وانغ يي", "PER", **WANG)
e_sha1 = g.ent("بثينة شعبان", "PER", 1, **SHAABAN)
g.ent("بشار الأسد", "PER", **ASSAD)
e_syr1 = g.ent("سوريا", "GPE", 1, **SYRIA)
e_syr1b = g.ent("سوريا", "GPE", 2, **SYRIA)
e_syr2 = g.ent("سوريا", "GPE", 3, **SYRIA)
e_rus3 = g.ent("روسيا", "GPE", 1, **RUSSIA)
e_tur3 = g.ent("تركيا", "GPE", **TURKEY)
e_irn3 = g.ent("إيران", "GPE", 1, **IRAN)
g.ent("سوريا", "GPE", 4, **SYRIA)
e_sochi = g.ent("مدينة سوتشي", "GPE", canonical="Sochi", place={"geonames_id": 491422, "name": "Sochi", "lat": 43.59699, "lon": 39.72477, "country": "RU", "admin1": "Krasnodar Krai"})
g.ent("البحر الأسود", "LOC", canonical="Black Sea", place=named("Black Sea"))
e_syr4 = g.ent("سوريا", "GPE", 5, **SYRIA)
g.ent("روسيا", "GPE", 2, **RUSSIA)
g.ent("الصين", "GPE", 2, **CHINA)
g.ent("إيران", "GPE", 2, **IRAN)
e_west = g.ent("دول غربية", "GPE", nominal=True, canonical="Western countries")
g.ent("سوريا", "GPE", 6, **SYRIA)
e_wang5 = g.ent("وانغ", "PER", 1, after="وقال", **WANG)
g.ent("الأسد", "PER", 1, after="لمستشارة", **ASSAD)
g.ent("الصين", "GPE", 3, **CHINA)
g.ent("سوريا", "GPE", 7, **SYRIA)
g.ent("جنيف", "GPE", canonical="Geneva", place={"geonames_id": 2660646, "name": "Geneva", "lat": 46.20222, "lon": 6.14569, "country": "CH", "admin1": "Geneva"})
e_reu = g.ent("رويترز", "ORG", actor="REUTERS", party=None, role="media", canonical="Reuters")
e_mfa = g.ent("الخارجية الصينية", "ORG", **MFA)
e_wang6 = g.ent("وانغ", "PER", 1, after="الخارجية الصينية عن", **WANG)
g.ent("الصين", "GPE", 4, **CHINA)
g.ent("سوريا", "GPE", 8, **SYRIA)
g.ent("المجتمع الدولي", "ORG", nominal=True, canonical="International community")
g.ent("الصين", "GPE", 5, **CHINA)
e_min = g.ent("الوزارة", "ORG", 1, nominal=True, **MFA)
e_sha8 = g.ent("بثينة شعبان", "PER", 2, **SHAABAN)
g.ent("الصين", "GPE", 6, **CHINA)
g.ent("سوريا", "GPE", 1, after="في العملية السياسية ب", **SYRIA)
g.ent("الصين", "GPE", 7, **CHINA)
g.ent("الشرق الأوسط", "LOC", canonical="Middle East", place=named("Middle East"))
g.ent("مجلس الأمن التابع للأمم المتحدة", "ORG", canonical="UN Security Council")
g.ent("الولايات المتحدة", "GPE", canonical="United States", actor="USA", party="USA", role="government", place=C(6252001, "United States", 39.76, -98.5, "US"))
g.ent("بريطانيا", "GPE", canonical="United Kingdom", actor="GBR", party="GBR", role="government", place=C(2635167, "United Kingdom", 54.75844, -2.69531, "GB"))
g.ent("فرنسا", "GPE", canonical="France", actor="FRA", party="FRA", role="government", place=C(3017382, "France", 46.0, 2.0, "FR"))
g.ent("روسيا", "GPE", 3, **RUSSIA)

t_fri = g.time("يوم الجمعة", "2017-11-24", "day", "at")
t_6y = g.time("منذ ست سنوات", "2011", "year", "since")
t_wed = g.time("يوم الأربعاء", "2017-11-22", "day", "at")

W = ("وانغ يي", 1, None, e_wang)
s_flex = g.stmt(W, ("قال", 1), "assert", ("بلاده تأمل أن تبدي سوريا \" مرونة \" فيما يتعلق بتعزيز محادثات السلام", 1))
s_help = g.stmt(W, ("مضيفا أنها", 1), "promise", ("ستساعد في إعادة إعمار سوريا", 1))
s_west = g.stmt(("دول غربية", 1, None, e_west), ("تقول", 1, "وتقول"), "assert",
                ("دعم إعادة الإعمار في سوريا يعتمد على \" عملية سياسية جادة تفضي إلى انتقال سياسي حقيقي يمكن أن يحظى بتأييد غالبية السوريين", 1))
RV = [("رويترز", 1, None, e_reu)]
W5 = ("وانغ", 1, "وقال", e_wang5)
s_cons = g.stmt(W5, ("قال", 1, "وقال وانغ"), "assert", ("مشاورات مكثفة تجرى حول مستقبل الترتيبات السياسية في سوريا", 1), via=RV)
s_gen = g.stmt(W5, ("يعتقد", 1), "estimate", ("ذلك سيسهم في إجراء محادثات سلام رسمية في جنيف", 1), via=RV)
W6 = ("وانغ", 1, "الخارجية الصينية عن", e_wang6)
MV = [("بيان أصدرته الخارجية الصينية", 1)]
s_hope = g.stmt(W6, ("قوله", 1), "assert",
                ("تأمل الصين أن يتمكن الجانب السوري من انتهاز الفرصة وإظهار مرونة وتعزيز الحوار والتفاوض للوصول إلى نتائج جوهرية", 1),
                via=MV, direct=True)
s_recon = g.stmt(W6, ("أضاف", 1, "وأضاف \""), "demand",
                 ("ينبغي أن يؤكد المجتمع الدولي على إعادة إعمار سوريا وأن يدعمها بقوة . وستبذل الصين جهودها من أجل ذلك", 1),
                 via=MV, direct=True)
s_min = g.stmt(("الوزارة", 1, None, e_min), ("قالت", 1, "وقالت الوزارة"), "assert",
               ("بثينة شعبان رحبت بأن تلعب الصين دورا أكبر في العملية السياسية بسوريا", 1))
s_sha = g.stmt(("بثينة شعبان", 2, None, e_sha8), ("رحبت", 1), "assert",
               ("بأن تلعب الصين دورا أكبر في العملية السياسية بسوريا", 1), embedded_in=s_min)

p_recon = g.prop("support", [("agent", None, "CHN"), ("partner", e_syr1b, "SYR")], ("إعادة إعمار", 1), place=e_syr1b, time=t_fri)
p_dead = g.prop("casualties", [], ("بحياة", 1), place=e_syr2, time=t_6y)
p_disp = g.prop("displacement", [], ("النزوح", 1), place=e_syr2, time=t_6y)
p_agr = g.prop("agreement", [("agent", e_rus3, "RUS"), ("agent", e_tur3, "TUR"), ("agent", e_irn3, "IRN")], ("اتفق", 1, "واتفق"),
               place=e_sochi, time=t_wed)
p_look = g.prop("support", [("agent", e_rus3, "RUS"), ("partner", e_syr4, "SYR")], ("لمساعدتها", 1), place=e_syr4)
p_cons = g.prop("other", [], ("مشاورات", 1), place=e_syr4, time=t_fri)
p_gen = g.prop("other", [], ("محادثات سلام رسمية", 1))
p_role = g.prop("other", [("agent", None, "CHN")], ("دورا أكبر", 1))

g.claim(p_recon, s_help, "affirm", "planned")
g.claim(p_recon, s_recon, "affirm", "planned")
g.claim(p_dead, "author")
g.claim(p_disp, "author")
g.claim(p_agr, "author")
g.claim(p_look, "author", "affirm", "intended")
g.claim(p_cons, s_cons)
g.claim(p_gen, s_gen, "affirm", "possible")
g.claim(p_role, s_min, "affirm", "intended")
g.claim(p_role, s_sha, "affirm", "intended")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
