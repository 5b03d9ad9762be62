"""Gold analysis of R-338 article 9 (Syrian Mirror, 2017-11-11, the date given in the text): Putin and Trump agree a
joint statement on Syria at the APEC summit in Vietnam, per Kremlin spokesman Peskov.

Judgement calls:
- Body = the headline's second occurrence (after the site header and crawl date), the photo caption and the text.
- The joint statement «ووفق نص البيان المشترك الذي نشره الكرملين» is a statement whose source is the joint statement,
  via the Kremlin, medium its website; the presidents' «مؤكدين» (confirm) and «طالبا» (demand) inside it are statements
  embedded in it (source «الرئيسان»).
- Peskov's account via Sputnik: cue «قوله». His last report «وفق المتحدث باسم الرئاسة الروسية» is a statement whose
  source is that nominal mention.
- Lavrov «أكد ... بحسب رويترز»: via Reuters.
- "Continue joint efforts against ISIS until its defeat": an attack by Russia and the US on ISIS with modality planned.
- The last paragraph is the author's (opposition-leaning) voice: Russian support for Assad, recapture of areas once held
  by the FSA, air and missile bombardment, Russian massacres.
- No contradictions."""
import sys
from annot import Gold

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-338-9", "outlet": "مرآة سوريا", "published": "2017-11-11", "url": None, "title": None})
def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
SYRIA = dict(canonical="Syria", place={"geonames_id": 163843, "name": "Syria", "lat": 35.0, "lon": 38.0, "country": "SY", "admin1": None})
TRUMP = dict(actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
PESKOV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Peskov")
LAVROV = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
APEC = dict(canonical="APEC")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")

e_tr0 = g.ent("ترامب", "PER", 1, **TRUMP)
e_pu0 = g.ent("بوتين", "PER", 1, **PUTIN)
g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("ترامب", "PER", 2, **TRUMP)
g.ent("بوتين", "PER", 2, **PUTIN)
g.ent("الرئاسة الروسية", "ORG", 1, actor="RUS.GOV", party="RUS", role="government", canonical="Russian Presidency (Kremlin)")
e_pes = g.ent("ديميتري بيسكوف", "PER", **PESKOV)
e_pu1 = g.ent("فلاديمير بوتين", "PER", **PUTIN)
e_tr1 = g.ent("دونالد ترامب", "PER", **TRUMP)
g.ent("سوريا", "GPE", 2, **SYRIA)
g.ent("آبيك", "ORG", 1, **APEC)
e_vn = g.ent("فيتنام", "GPE", canonical="Vietnam", place={"geonames_id": 1562822, "name": "Vietnam", "lat": 16.16667, "lon": 107.83333, "country": "VN", "admin1": None})
e_sput = g.ent("وكالة \" سبوتنيك \"", "ORG", actor="RUS.MED", party="RUS", role="media", canonical="Sputnik")
e_pes2 = g.ent("بيسكوف", "PER", 1, after="سبوتنيك", **PESKOV)
g.ent("سيرغى لافروف", "PER", **LAVROV)
g.ent("ريكس تيلرسون", "PER", actor="USA.GOV", party="USA", role="government", canonical="Rex Tillerson")
e_krem = g.ent("الكرملين", "ORG", actor="RUS.GOV", party="RUS", role="government", canonical="Russian Presidency (Kremlin)")
e_isis = g.ent("تنظيم \" الدولة الإسلامية \"", "ORG", **ISIS)
g.ent("داعش", "ORG", 1, **ISIS)
g.ent("سورية", "GPE", 1, **SYRIA)
g.ent("جنيف", "GPE", canonical="Geneva", place={"geonames_id": 2660646, "name": "Geneva", "lat": 46.20222, "lon": 6.14569, "country": "CH", "admin1": "Geneva"})
e_lav = g.ent("سيرغي لافروف", "PER", **LAVROV)
g.ent("سورية", "GPE", 2, **SYRIA)
e_reu = g.ent("رويترز", "ORG", actor="REUTERS", party=None, role="media", canonical="Reuters")
e_dan = g.ent("مدينة \" دانانغ \"", "GPE", canonical="Da Nang", place={"geonames_id": 1583992, "name": "Da Nang", "lat": 16.06778, "lon": 108.22083, "country": "VN", "admin1": "Da Nang"})
g.ent("آبيك", "ORG", 2, **APEC)
e_pes5 = g.ent("المتحدث باسم الرئاسة الروسية", "PER", 2, nominal=True, **PESKOV)
e_rus6 = g.ent("روسيا", "GPE", 1, canonical="Russia", actor="RUS", party="RUS", role="government",
               place={"geonames_id": 2017370, "name": "Russia", "lat": 60.0, "lon": 100.0, "country": "RU", "admin1": None})
e_asad = g.ent("نظام بشار الأسد", "ORG", actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
e_fsa = g.ent("الجيش الحر", "ORG", actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Free Syrian Army")
e_reg6 = g.ent("قوات النظام", "ORG", 1, **SYRMIL)
e_pgm = g.ent("الميليشيات الموالية لها", "ORG", actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
e_ruaf = g.ent("الطيران الروسي", "ORG", actor="RUS.MIL", party="RUS", role="military", canonical="Russian Air Force")
g.ent("قوات النظام", "ORG", 2, **SYRMIL)

t_sat = g.time("اليوم السبت , 11 نوفمبر / تشرين الثاني 2017", "2017-11-11", "day", "at")
t_sat2 = g.time("اليوم السبت", "2017-11-11", "day", "at", 1, after="سيرغي لافروف")

s_pes = g.stmt(("ديميتري بيسكوف", 1, None, e_pes), ("كشف", 1), "assert",
               ("الرئيس فلاديمير بوتين ونظيره الأمريكي دونالد ترامب , وافقا على بيان مشترك بشأن سوريا على هامش قمة \" آبيك \" في فيتنام", 1))
s_pes2 = g.stmt(("بيسكوف", 1, "سبوتنيك", e_pes2), ("قوله", 1), "assert",
                ("تم إعداد الوثيقة من قبل خبراء البلدين , واتفق عليها وزير الخارجية الروسي سيرغى لافروف , ووزير الخارجية الأمريكي ريكس تيلرسون", 1),
                via=[("وكالة \" سبوتنيك \"", 1, None, e_sput)])
s_js = g.stmt(("البيان المشترك", 1), ("وفق", 1, "ووفق نص"), "assert",
              ("اتفق الرئيسان على مواصلة الجهود المشتركة في التصدي لتنظيم \" الدولة الإسلامية \" ( داعش ) إلى أن تسفر عن هزيمته", 1),
              via=[("الكرملين", 1, None, e_krem)], medium=("موقعه الإلكتروني", 1))
s_sov = g.stmt(("الرئيسان", 1, "فقد اتفق"), ("مؤكدين", 1), "confirm", ("التزامهما سيادة سورية واستقلالها وسلامة أراضيها", 1), embedded_in=s_js)
s_gen = g.stmt(("الرئيسان", 1, "فقد اتفق"), ("طالبا", 1), "demand",
               ("كل أطراف الصراع السوري بلعب دور نشط في عملية السلام في جنيف", 1), embedded_in=s_js)
s_lav = g.stmt(("سيرغي لافروف", 1, None, e_lav), ("أكد", 1, "بدوره"), "confirm",
               ("موعد مؤتمر السلام في سورية من أجل الحوار الوطني السوري لم يتحدد بعد", 1), via=[("رويترز", 1, None, e_reu)])
s_prep = g.stmt(("المتحدث باسم الرئاسة الروسية", 2, None, e_pes5), ("وفق", 1, "على هامش قمة \" آبيك \" وفق"), "assert",
                ("أعد البيان خصيصا لاجتماع الرئيسين في مدينة \" دانانغ \" الفيتنامية على هامش قمة \" آبيك \"", 1))

p_agr = g.prop("agreement", [("agent", e_pu1, "RUS"), ("agent", e_tr1, "USA")], ("يوافقان", 1), place=e_vn, time=t_sat)
p_isis = g.prop("attack", [("agent", e_pu1, "RUS"), ("agent", e_tr1, "USA"), ("target", e_isis, "ISIS")], ("التصدي", 1))
p_conf = g.prop("other", [], ("لم يتحدد", 1), time=t_sat2)
p_sup = g.prop("support", [("agent", e_rus6, "RUS"), ("partner", e_asad, "SYR")], ("تدعم", 1, "وتدعم"))
p_recap = g.prop("capture", [("agent", e_asad, "SYR")], ("استعادة السيطرة", 1))
p_fsa = g.prop("control", [("agent", e_fsa, "SYR.OPP")], ("يسيطر", 1, "التي كان"))
p_air = g.prop("airstrike", [("agent", e_reg6, "SYR"), ("agent", e_ruaf, "RUS")], ("القصف الجوي", 1))
p_mass = g.prop("casualties", [("agent", e_ruaf, "RUS")], ("المجازر", 1))

g.claim(p_agr, "author")
g.claim(p_agr, s_pes)
g.claim(p_agr, s_pes2)
g.claim(p_agr, s_prep)
g.claim(p_isis, s_js, "affirm", "planned")
g.claim(p_conf, s_lav)
g.claim(p_sup, "author")
g.claim(p_recap, "author")
g.claim(p_fsa, "author")
g.claim(p_air, "author")
g.claim(p_mass, "author")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
