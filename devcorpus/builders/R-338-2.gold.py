"""Gold analysis of R-338 article 2 (RT Arabic, 2017-11-11): Putin and Trump's joint statement on Syria at the
APEC summit in Da Nang; Peskov on how it was prepared.

Judgement calls:
- Published: the text's «اليوم السبت» at the APEC Da Nang summit = Saturday 2017-11-11 (URL has no date).
- Body: headline to the last sentence; the photo caption and the stray «Reuters» credit inside the text
  are part of the contiguous body (Reuters tagged as an outlet).
- The presidents' statements (يؤكدان، أكد، شددا، دعا) with medium «بيان مشترك»; «قالت الوثيقة» is the
  document itself as source. Headline source «بوتين وترامب» has no single entity.
- Assad's earlier statement is embedded in «أشار بوتين وترامب إلى تصريح ... أكد فيه».
- Sovereignty/«no military solution» are positions, not events: no propositions for them. Propositions:
  the joint-statement agreement, Assad's commitment, the Lavrov–Tillerson coordination and meeting,
  the presidents' brief talk. «شدد على» (without ضرورة) = assert. No contradictions.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, adm=None):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": adm}
PL = {
 "Syria": gn(163843, "Syria", 35.0, 38.0, "SY"), "Iraq": gn(99237, "Iraq", 33.0, 44.0, "IQ"),
 "Russia": gn(2017370, "Russia", 60.0, 100.0, "RU"), "Turkey": gn(298795, "Turkey", 39.0, 35.0, "TR"),
 "United States": gn(6252001, "United States", 39.76, -98.5, "US"), "Iran": gn(130758, "Iran", 32.0, 53.0, "IR"),
 "Israel": gn(294640, "Israel", 31.5, 34.75, "IL"), "Lebanon": gn(272103, "Lebanon", 33.83333, 35.83333, "LB"),
 "Jordan": gn(248816, "Jordan", 31.0, 36.0, "JO"),
 "Aleppo": gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"),
 "Damascus": gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"),
 "Idlib": gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"),
 "Homs": gn(169577, "Homs", 34.72405, 36.72559, "SY", "Homs"),
 "Hama": gn(170017, "Ḩamāh", 35.13179, 36.75783, "SY", "Hama"),
 "Raqqa": gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"),
 "Deir ez-Zor": gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"),
 "Abu Kamal": gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"),
 "Al Mayadin": gn(173480, "Al Mayādīn", 35.01982, 40.45154, "SY", "Deir ez-Zor"),
 "Palmyra": gn(163808, "Tadmur", 34.5624, 38.28402, "SY", "Homs"),
 "Manbij": gn(167357, "Manbij", 36.52815, 37.95495, "SY", "Aleppo"),
 "Al Bab": gn(174018, "Al Bāb", 36.37051, 37.5157, "SY", "Aleppo"),
 "Afrin": gn(174186, "‘Afrīn", 36.51194, 36.86954, "SY", "Aleppo"),
 "Kobani": gn(172256, "‘Ayn al ‘Arab", 36.89095, 38.35347, "SY", "Aleppo"),
 "Daraa": gn(170905, "Dar‘ā", 32.61889, 36.10213, "SY", "Daraa"),
 "Douma": gn(170592, "Dūmā", 33.57175, 36.4027, "SY", "Rif Dimashq"),
 "Latakia": gn(173576, "Latakia", 35.53125, 35.79088, "SY", "Latakia"),
 "Hasakah": gn(173811, "Al Ḩasakah", 36.50237, 40.74772, "SY", "Al-Hasakah"),
 "Qamishli": gn(173377, "Al Qāmishlī", 37.05215, 41.23142, "SY", "Al-Hasakah"),
 "Tabqa": gn(172374, "Al-Tabqa", 35.83758, 38.54828, "SY", "Raqqa"),
 "Khan Shaykhun": gn(168325, "Khān Shaykhūn", 35.44208, 36.65095, "SY", "Idlib"),
 "Jarabulus": gn(169179, "Jarābulus", 36.8175, 38.01111, "SY", "Aleppo"),
 "Azaz": gn(172082, "I‘zāz", 36.58662, 37.04628, "SY", "Aleppo"),
 "Moscow": gn(524901, "Moscow", 55.75204, 37.61781, "RU"), "Ankara": gn(323786, "Ankara", 39.91987, 32.85427, "TR"),
 "Tehran": gn(112931, "Tehran", 35.69439, 51.42151, "IR"), "Beirut": gn(276781, "Beirut", 33.89332, 35.50157, "LB"),
 "Baghdad": gn(98182, "Baghdad", 33.34058, 44.40088, "IQ"), "Astana": gn(1526273, "Astana", 51.1801, 71.44598, "KZ"),
 "Geneva": gn(2660646, "Geneva", 46.20222, 6.14569, "CH"), "Sochi": gn(491422, "Sochi", 43.59699, 39.72477, "RU"),
 "Amman": gn(250441, "Amman", 31.95522, 35.94503, "JO"), "Istanbul": gn(745044, "Istanbul", 41.01384, 28.94966, "TR"),
}
def P(key, canonical=None, **kw):
    """entity kwargs for a known place"""
    d = dict(canonical=canonical or key, place=PL[key])
    d.update(kw)
    return d
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
PGM = dict(actor="SYR.PGM", party="SYR", role="armed_group", canonical="Pro-government militias")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
HTS = dict(actor="HTS", party="HTS", role="armed_group", canonical="Hayat Tahrir al-Sham / Jabhat Fateh al-Sham (al-Nusra)")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")
SOHR = dict(actor="SOHR", party=None, role="other", canonical="Syrian Observatory for Human Rights")
COAL = dict(actor="COALITION", party="USA", role="military", canonical="US-led coalition")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian armed forces")
TURMIL = dict(actor="TUR.MIL", party="TUR", role="military", canonical="Turkish armed forces")
HEZ = dict(actor="HEZBOLLAH", party="HEZBOLLAH", role="armed_group", canonical="Hezbollah")
text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "R-338-2", "outlet": "روسيا اليوم", "published": "2017-11-11", "url": None, "title": None})
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
TRUMP = dict(actor="USA.GOV", party="USA", role="government", canonical="Donald Trump")
REU = dict(actor="REUTERS", party=None, role="media", canonical="Reuters")
APEC = dict(canonical="APEC")
UNSC = dict(actor="UN", party=None, role="other", canonical="UN Security Council")
GEN = P("Geneva")
e_put0 = g.ent("بوتين", "PER", 1, **PUTIN)
e_tr0 = g.ent("ترامب", "PER", 1, **TRUMP)
g.ent("سوريا", "GPE", 1, **P("Syria"))
g.ent("Reuters", "ORG", 1, **REU)
g.ent("فلاديمير بوتين", "PER", 1, **PUTIN)
g.ent("دونالد ترامب", "PER", 1, **TRUMP)
g.ent("آبيك", "ORG", 1, **APEC)
e_put1 = g.ent("فلاديمير بوتين", "PER", 2, **PUTIN)
e_tr1 = g.ent("دونالد ترامب", "PER", 2, **TRUMP)
g.ent("سوريا", "GPE", 2, **P("Syria"))
e_vn = g.ent("فيتنام", "GPE", 1, canonical="Vietnam", place=named("Vietnam", "VN"))
g.ent("سوريا", "GPE", 3, **P("Syria"))
g.ent("جنيف", "GPE", 1, **GEN)
g.ent("مجلس الأمن الدولي", "ORG", 1, **UNSC)
e_put2 = g.ent("بوتين", "PER", 1, after="وأشار", **PUTIN)
g.ent("ترامب", "PER", 1, after="وأشار بوتين", **TRUMP)
e_assad = g.ent("بشار الأسد", "PER", 1, actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
g.ent("جنيف", "GPE", 2, **GEN)
g.ent("مجلس الأمن الدولي", "ORG", 2, **UNSC)
g.ent("مجلس الأمن الدولي", "ORG", 3, **UNSC)
g.ent("الأمم المتحدة", "ORG", 1, actor="UN", party=None, role="other", canonical="United Nations")
g.ent("جنيف", "GPE", 3, **GEN)
e_pes = g.ent("دميتري بيسكوف", "PER", 1, actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Peskov")
e_put3 = g.ent("فلاديمير بوتين", "PER", 3, **PUTIN)
e_tr3 = g.ent("دونالد ترامب", "PER", 3, **TRUMP)
g.ent("آبيك", "ORG", 1, after="هامش قمة", **APEC)
g.ent("سوريا", "GPE", 4, **P("Syria"))
g.ent("Reuters", "ORG", 2, **REU)
g.ent("روسيا", "GPE", 1, **P("Russia", actor="RUS", party="RUS", role="government"))
e_lav = g.ent("سيرغي لافروف", "PER", 1, actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
g.ent("الولايات المتحدة", "GPE", 1, **P("United States", actor="USA", party="USA", role="government"))
e_til = g.ent("ريكس تيلرسون", "PER", 1, actor="USA.GOV", party="USA", role="government", canonical="Rex Tillerson")
e_pes2 = g.ent("بيسكوف", "PER", 1, after="ونوه", actor="RUS.GOV", party="RUS", role="government", canonical="Dmitry Peskov")
e_dn = g.ent("دانانغ", "GPE", 1, canonical="Da Nang", place=named("Da Nang", "VN"))
g.ent("فيتنام", "GPE", 1, after="دانانغ ب", canonical="Vietnam", place=named("Vietnam", "VN"))
e_del = g.ent("مصدر في الوفد الروسي", "PER", 1, nominal=True, actor="RUS.GOV", party="RUS", role="government", canonical="Russian delegation source")
g.ent("لافروف", "PER", 1, after="اجتماع بين", actor="RUS.GOV", party="RUS", role="government", canonical="Sergei Lavrov")
g.ent("تيلرسون", "PER", 1, after="اجتماع بين لافروف", actor="USA.GOV", party="USA", role="government", canonical="Rex Tillerson")
g.ent("آبيك", "ORG", 1, after="تصوير القادة في قمة", **APEC)

g.time("مؤخرا", None, "vague", "before")
t_sat = g.time("اليوم السبت", "2017-11-11", "day", "at")
t_early = g.time("في وقت سابق من اليوم", "2017-11-11", "day", "before")
g.time("بعد فترة من الوقت", None, "vague", "after")

PRES = "الرئيسان الروسي فلاديمير بوتين والأمريكي دونالد ترامب"
s_head = g.stmt(("بوتين وترامب", 1), ("يؤكدان", 1), "confirm", ("استقلال وسيادة ووحدة أراضي وعلمانية سوريا", 1))
s_conf = g.stmt((PRES, 2, None, e_put1), ("أكد", 1), "confirm", ("استقلال وسيادة ووحدة أراضي وعلمانية سوريا", 2),
                medium=("بيان مشترك", 1))
s_nomil = g.stmt((PRES, 2, None, e_put1), ("شددا", 1), "assert", ("عدم وجود حل عسكري للأزمة السورية", 1), medium=("بيان مشترك", 1))
s_doc = g.stmt(("الوثيقة", 1), ("قالت", 1, "وقالت الوثيقة"), "assert",
               ("وافق الرئيسان على أن التسوية النهائية للنزاع في سوريا , يجب أن تكون في إطار عملية جنيف , وفقا لقرار مجلس الأمن الدولي رقم 2254", 1),
               direct=True)
s_note = g.stmt(("بوتين وترامب", 1, "وأشار"), ("أشار", 1, "وأشار"), "assert",
                ("تصريح صدر مؤخرا عن الرئيس السوري بشار الأسد , أكد فيه الالتزام بعملية جنيف والإصلاح الدستوري والانتخابات وفقا لقرارات مجلس الأمن الدولي", 1))
s_assad = g.stmt(("بشار الأسد", 1, None, e_assad), ("أكد", 1, "بشار الأسد"), "confirm",
                 ("الالتزام بعملية جنيف والإصلاح الدستوري والانتخابات وفقا لقرارات مجلس الأمن الدولي", 1), embedded_in=s_note)
s_steps = g.stmt(("الرئيسيان الروسي والأمريكي", 1), ("أكد", 1, "وأكد الرئيسيان"), "confirm",
                 ("أن هذه الخطوات تفترض التنفيذ الكامل لقرار مجلس الأمن الدولي رقم 2254 بما في ذلك الإصلاح الدستوري وإجراء انتخابات حرة ونزيهة تحت مراقبة الأمم المتحدة , مع مراعاة أعلى المقاييس الدولية في مجال الشفافية والمساءلة ومنح جميع السوريين , بمن فيهم من في الشتات , الحق في المشاركة فيها", 1))
s_call = g.stmt(("الرئيسان", 1, "ودعا"), ("دعا", 1, "ودعا الرئيسان"), "demand",
                ("كافة الأطراف السورية إلى المشاركة الفعالة في عملية جنيف السياسة , ودعم الجهود الهادفة لتحقيق نجاحها", 1))
s_pes1 = g.stmt(("دميتري بيسكوف", 1, None, e_pes), ("أعلن", 1, "دميتري بيسكوف"), "assert",
                ("الرئيسين الروسي فلاديمير بوتين والأمريكي دونالد ترامب وافقا , خلال تواصل قصير على هامش قمة آبيك , على بيان مشترك حول سوريا", 1))
s_pes2 = g.stmt(("دميتري بيسكوف", 1, None, e_pes), ("قال", 1, "Reuters وقال"), "assert",
                ("تم إعداد الوثيقة من قبل خبراء البلدين , ومن ثم جرى تنسيقها بين وزيري خارجية روسيا سيرغي لافروف , والولايات المتحدة ريكس تيلرسون", 1))
s_pes3 = g.stmt(("بيسكوف", 1, "ونوه", e_pes2), ("نوه", 1, "ونوه"), "assert",
                ("تم تحضير البيان خصيصا لاجتماع الزعيمين الروسي والأمريكي في دانانغ بفيتنام", 1))
s_del = g.stmt(("مصدر في الوفد الروسي", 1, None, e_del), ("أعلن", 1, "وفي وقت سابق"), "assert",
               ("تم عقد اجتماع بين لافروف وتيلرسون", 1))

p_joint = g.prop("agreement", [("agent", e_put1, "RUS"), ("agent", e_tr1, "USA")], ("بيان مشترك", 1), place=e_vn, time=t_sat)
p_assad = g.prop("other", [("agent", e_assad, "SYR")], ("الالتزام", 1))
p_coord = g.prop("other", [("agent", e_lav, "RUS"), ("partner", e_til, "USA")], ("تنسيقها", 1), time=t_sat)
p_meet = g.prop("other", [("agent", e_lav, "RUS"), ("partner", e_til, "USA")], ("اجتماع", 1, "تم عقد"), time=t_early)
p_talk = g.prop("other", [("agent", e_put1, "RUS"), ("partner", e_tr1, "USA")], ("تحدث", 1), time=t_sat)
g.claim(p_joint, "author")
g.claim(p_joint, s_doc)
g.claim(p_joint, s_pes1)
g.claim(p_assad, s_note)
g.claim(p_assad, s_assad)
g.claim(p_coord, s_pes2)
g.claim(p_meet, s_del)
g.claim(p_talk, "author")
g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
