"""Gold analysis of V-453 article 0 (Step News Agency, "Aleppo daily summary 14-11-2017", published 2017-11-14):
government shelling and Russian strikes around Aleppo; Zenki-HTS fighting in the western countryside; HTS fire on
protesters in al-Atarib.

Judgement calls:
- The title line «ملخص حلب اليومي 14 - 11 - 2017» is followed by the «نشر في» metadata; the body starts at the text.
- Zenki (Nour al-Din al-Zenki) is SYR.OPP here: it had left HTS and fights it in this report. «تحرير الشام» is HTS.
- Shelling "without injuries" (Qabtan al-Jabal; Hayyan and Anadan) gives denied casualties propositions.
- Separate clash propositions per named front (Owaijel junction; Taqad/Abzemo/Tadil; Ajel road near Urum al-Kubra and
  Kafr Dael; Daret Azza and Regiment 111). HTS's "attempt to storm" Kafr Dael is a capture with modality intended.
- The second demonstration «مظاهرة طالبت بإخلاء ...» is a demand statement (source: the demonstration) and a protest.
- The HTS-affiliated agency's report (s1, s2): «بحسب الوكالة» inside s1 is part of the same statement. Zenki closing the
  Taqad-Rahab road and preventing exit from Taqad: `siege`; placing heavy artillery aimed at Rahab and al-Sahhara:
  `deployment`.
- The Atarib education directorate's suspension of classes (s3) affirms shelling of the town "yesterday" (13 Nov).
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-453-0", "outlet": "وكالة ستيب الإخبارية", "published": "2017-11-14", "url": None, "title": None})
def named(name, country="SY", admin1="Aleppo"):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def P(c): return dict(canonical=c, place=named(c))
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hayat Tahrir al-Sham")
ZNK = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Nour al-Din al-Zenki Movement")
ATARIB = P("Al-Atarib"); TAQAD = P("Taqad"); MK = P("Maarastat al-Khan")

e_qab = g.ent("بلدة قبتان الجبل", "GPE", **P("Qabtan al-Jabal"))
e_reg1 = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
g.ent("معرستة الخان", "GPE", 1, **MK)
g.ent("حلب", "GPE", 1, canonical="Aleppo", place={"geonames_id": 170063, "name": "Aleppo", "lat": 36.20124, "lon": 37.16117, "country": "SY", "admin1": "Aleppo"})
g.ent("الريف الشمالي", "LOC", 1, **P("Northern Aleppo countryside"))
e_hay = g.ent("حيان", "GPE", **P("Hayyan"))
g.ent("عندان", "GPE", **P("Anadan"))
e_reg2 = g.ent("قوات النظام", "ORG", 2, **SYRMIL)
g.ent("معرستة الخان", "GPE", 2, **MK)
g.ent("الريف الجنوبي", "LOC", **P("Southern Aleppo countryside"))
e_ramla = g.ent("رملة", "GPE", **P("Ramla"))
g.ent("سيالة", "GPE", **P("Sayala"))
e_ruaf = g.ent("الطيران الحربي الروسي", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian Air Force")
e_wac = g.ent("ريف حلب الغربي", "LOC", **P("Western Aleppo countryside"))
e_znk1 = g.ent("الزنكي", "ORG", 1, **ZNK)
e_hts1 = g.ent("تحرير الشام", "ORG", 1, **HTS)
e_owj = g.ent("مفرق عويجل", "LOC", **P("Owaijel junction"))
e_taq = g.ent("تقاد", "GPE", 1, **TAQAD)
g.ent("الابزمة", "GPE", **P("Al-Abzemo"))
g.ent("تديل", "GPE", **P("Tadil"))
e_ajel = g.ent("قرية عاجل", "GPE", **P("Ajel"))
g.ent("بلدة اورم الكبرى", "GPE", **P("Urum al-Kubra"))
e_kd = g.ent("كفر داعل", "GPE", **P("Kafr Dael"))
e_hts2 = g.ent("تحرير الشام", "ORG", 2, **HTS)
e_da = g.ent("مدينة دارة عزة", "GPE", **P("Daret Azza"))
g.ent("الفوج 111", "FAC", **P("Regiment 111 base"))
e_hts3 = g.ent("تحرير الشام", "ORG", 3, **HTS)
e_at1 = g.ent("مدينة الاتارب", "GPE", 1, **ATARIB)
g.ent("لهيئة", "ORG", 1, after="امام حاجز", nominal=True, **HTS)  # للهيئة
e_fsh = g.ent("فيلق الشام", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Faylaq al-Sham")
e_hts4 = g.ent("تحرير الشام", "ORG", 4, **HTS)
g.ent("مدينة الاتارب", "GPE", 2, **ATARIB)
e_ag = g.ent("احدى وكالات الاخبار التابعة لتحرير الشام", "ORG", nominal=True, actor="HTS", party="HTS", role="media", canonical="HTS-affiliated news agency")
e_znk3 = g.ent("الزنكي", "ORG", 2, **ZNK)
g.ent("طريق تقاد - رحاب", "LOC", **P("Taqad-Rahab road"))
g.ent("الوكالة", "ORG", 1, after="ومنعت بحسب", nominal=True, actor="HTS", party="HTS", role="media", canonical="HTS-affiliated news agency")
e_taq3 = g.ent("قرية تقاد", "GPE", **TAQAD)
e_znk3b = g.ent("الزنكي", "ORG", 3, **ZNK)
e_rahab = g.ent("رحاب", "GPE", 1, after="قريتي", **P("Rahab"))
g.ent("السحارة", "GPE", **P("Al-Sahhara"))
e_edu = g.ent("مديرية التربية والتعليم", "ORG", canonical="Al-Atarib education directorate")
e_at3 = g.ent("مدينة الاتارب", "GPE", 3, **ATARIB)
g.ent("الريف الشمالي", "LOC", 2, **P("Northern Aleppo countryside"))
e_rai = g.ent("مدينة الراعي", "GPE", **P("Al-Rai"))

t_tue = g.time("يومي الثلاثاء والاربعاء", "2017-11-14/2017-11-15", "day", "at")
t_yest = g.time("يوم امس", "2017-11-13", "day", "at")

s_demo = g.stmt(("مظاهرة", 1, "بعد خروج"), ("طالبت", 1), "demand", ("بإخلاء مدينة الاتارب من جميع المقرات العسكرية", 1))
A = ("احدى وكالات الاخبار التابعة لتحرير الشام", 1, None, e_ag)
s_road = g.stmt(A, ("افادت", 1), "assert",
                ("عناصر الزنكي رفعت سواتر ترابية واغلقت طريق تقاد - رحاب ومنعت بحسب الوكالة الخروج من قرية تقاد", 1))
s_art = g.stmt(A, ("اضافت ان", 1), "assert", ("عناصر الزنكي نصبت مدفعية ثقيلة ووجهتها باتجاه قريتي رحاب والسحارة", 1))
s_edu = g.stmt(("مديرية التربية والتعليم", 1, None, e_edu), ("اعلنت", 1), "assert",
               ("تعليق الدوام في المدارس يومي الثلاثاء والاربعاء جراء القصف الذي طال المدينة يوم امس", 1))

p_sh1 = g.prop("shelling", [("agent", e_reg1, "SYR")], ("لقصف مدفعي", 1), place=e_qab)
p_nc1 = g.prop("casualties", [], ("اصابات", 1), place=e_qab)
p_sh2 = g.prop("shelling", [("agent", e_reg2, "SYR")], ("لقصف مدفعي", 2), place=e_hay)
p_nc2 = g.prop("casualties", [], ("اصابات", 2), place=e_hay)
p_air = g.prop("airstrike", [("agent", e_ruaf, "RUS")], ("غارات جوية", 1), place=e_ramla)
p_cl1 = g.prop("clash", [("agent", e_znk1, "SYR.OPP"), ("agent", e_hts1, "HTS")], ("الاشتباكات", 1), place=e_owj)
p_cas1 = g.prop("casualties", [], ("مقتل", 1), place=e_owj)
p_cl2 = g.prop("clash", [("agent", e_znk1, "SYR.OPP"), ("agent", e_hts1, "HTS")], ("اشتباكات متقطعة", 1), place=e_taq)
p_cl3 = g.prop("clash", [("agent", e_znk1, "SYR.OPP"), ("agent", e_hts2, "HTS")], ("اشتباكات عنيفة", 1), place=e_ajel)
p_kd = g.prop("capture", [("agent", e_hts2, "HTS")], ("اقتحام", 1), place=e_kd)
p_cl4 = g.prop("clash", [("agent", e_znk1, "SYR.OPP"), ("agent", e_hts2, "HTS")], ("اشتباكات", 1, "واندلعت اشتباكات بمختلف"), place=e_da)
p_fire = g.prop("attack", [("agent", e_hts3, "HTS")], ("أطلقت", 1), place=e_at1)
p_cas2 = g.prop("casualties", [], ("اصابات", 1, "مما أسفر عن اصابات بصفوف"), place=e_at1)
p_prot = g.prop("protest", [], ("متظاهرين", 1), place=e_at1)
p_cl5 = g.prop("clash", [("agent", e_fsh, "SYR.OPP"), ("agent", e_hts4, "HTS")], ("تبادل لإطلاق النار", 1), place=e_at1)
p_cas3 = g.prop("casualties", [("target", e_fsh, "SYR.OPP")], ("اصيب", 1), place=e_at1)
p_prot2 = g.prop("protest", [], ("مظاهرة", 1, "بعد خروج"), place=e_at1)
p_block = g.prop("siege", [("agent", e_znk3, "SYR.OPP")], ("اغلقت", 1), place=e_taq3)
p_art = g.prop("deployment", [("agent", e_znk3b, "SYR.OPP")], ("نصبت", 1), place=e_rahab)
p_school = g.prop("other", [("agent", e_edu, None)], ("تعليق الدوام", 1), place=e_at3, time=t_tue)
p_shat = g.prop("shelling", [], ("القصف", 1, "جراء القصف الذي طال"), place=e_at3, time=t_yest)
p_body = g.prop("other", [], ("عثر", 1), place=e_rai)

for p in (p_sh1, p_sh2, p_air, p_cl1, p_cas1, p_cl2, p_cl3, p_cl4, p_fire, p_cas2, p_prot, p_cl5, p_cas3, p_prot2, p_body):
    g.claim(p, "author")
g.claim(p_nc1, "author", "deny")
g.claim(p_nc2, "author", "deny")
g.claim(p_kd, "author", "affirm", "intended")
g.claim(p_block, s_road)
g.claim(p_art, s_art)
g.claim(p_school, s_edu)
g.claim(p_shat, s_edu)

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
