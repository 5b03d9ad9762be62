"""Gold analysis of unifiedfc V-605 article 11 (Shaam News Network; published estimated 2017-12-26: the text
says Astana 8 "closed last Friday", i.e. 2017-12-22). The opposition delegation asks the UN envoy to list
the PYD as a terrorist organisation; contents of its report.

Judgement calls:
- The headline is duplicated and fused with the site menu ("... الارهاب " متعلقات"); the body starts
  at the first sentence.
- The report's many legal quotations (genocide convention, ICC statute, Geneva conventions) are
  statements of the opposition (source المعارضة / التقرير / تقرير المعارضة); only the parts that assert
  events get propositions: PYD massacres/killings (attack), forced child recruitment and torture in its
  prisons (other), persecution of Kurdish opponents (other), the PYD-FSA fighting (clash), the regime
  leaving the front to the YPG (withdrawal), arbitrary detention (arrest), displacement, Kurdish
  protests against the PYD (protest), the Assad regime's ties with the PKK (support), and the Astana-8
  outcome (agreement, author).
- "وبحسب وكالة الاناضول ... التقرير" : source the report, via Anadolu, cue بحسب.
- The report says the Assad regime's relation with Ocalan dates from the early 1980s while "the
  regime of Assad senior totally denied any relation": embedded deny statement; contradiction
  inter_party (SYR.OPP vs SYR), negation.
- Testimonies quoted by the report ("نقلا عن شهادات") are an embedded statement, and the PYD
  representatives' request inside them is embedded again (demand).
- The demand for terrorist listing and the classification of the PKK by the EU/UK/US are statements
  without propositions. PYD, YPG get party SDF; the PKK its own party "PKK".
- Years of treaties (1948, 1949, 1989, 1998, 2002) are annotated as year times.
"""
import sys
from annot import Gold

def named(name, country=None, admin1=None):
    return {"geonames_id": None, "name": name, "lat": None, "lon": None, "country": country, "admin1": admin1}
def gn(i, name, lat, lon, cc, a1):
    return {"geonames_id": i, "name": name, "lat": lat, "lon": lon, "country": cc, "admin1": a1}
SYRIA = dict(canonical="Syria", place=gn(163843, "Syria", 35.0, 38.0, "SY", None))
RUSSIA = dict(canonical="Russia", actor="RUS", party="RUS", role="government", place=gn(2017370, "Russia", 60.0, 100.0, "RU", None))
IRAQ = dict(canonical="Iraq", place=gn(99237, "Iraq", 33.0, 44.0, "IQ", None))
TURKEY = dict(canonical="Turkey", actor="TUR", party="TUR", role="government", place=gn(298795, "Turkey", 39.0, 35.0, "TR", None))
USA_ = dict(canonical="United States", actor="USA", party="USA", role="government", place=gn(6252001, "United States", 39.76, -98.5, "US", None))
IRAN = dict(canonical="Iran", actor="IRN", party="IRN", role="government", place=gn(130758, "Iran", 32.0, 53.0, "IR", None))
MOSCOW = dict(canonical="Moscow", place=gn(524901, "Moscow", 55.75204, 37.61781, "RU", "Moscow"))
SOCHI = dict(canonical="Sochi", place=gn(491422, "Sochi", 43.59699, 39.72477, "RU", "Krasnodar Krai"))
DAMASCUS = dict(canonical="Damascus", place=gn(170654, "Damascus", 33.5102, 36.29128, "SY", "Damascus"))
ALEPPO = dict(canonical="Aleppo", place=gn(170063, "Aleppo", 36.20124, 37.16117, "SY", "Aleppo"))
IDLIB = dict(canonical="Idlib", place=gn(169389, "Idlib", 35.93062, 36.63393, "SY", "Idlib"))
RAQQA = dict(canonical="Raqqa", place=gn(172955, "Ar Raqqah", 35.95283, 39.00788, "SY", "Raqqa"))
DEIR = dict(canonical="Deir ez-Zor", place=gn(170794, "Deir ez-Zor", 35.33588, 40.14084, "SY", "Deir ez-Zor"))
ABU = dict(canonical="Abu Kamal", place=gn(174448, "Ālbū Kamāl", 34.45226, 40.91854, "SY", "Deir ez-Zor"))
SYRGOV = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Syrian government")
SYRMIL = dict(actor="SYR.MIL", party="SYR", role="military", canonical="Syrian government forces")
ASSAD = dict(actor="SYR.GOV", party="SYR", role="government", canonical="Bashar al-Assad")
PUTIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Vladimir Putin")
KREMLIN = dict(actor="RUS.GOV", party="RUS", role="government", canonical="Kremlin")
RUSMIL = dict(actor="RUS.MIL", party="RUS", role="military", canonical="Russian Armed Forces")
ISIS = dict(actor="ISIS", party="ISIS", role="armed_group", canonical="Islamic State")
OPP = dict(actor="SYR.OPP", party="SYR.OPP", role="armed_group", canonical="Syrian armed opposition")
SDF = dict(actor="SDF", party="SDF", role="armed_group", canonical="Syrian Democratic Forces")

text = open(sys.argv[1], encoding="utf-8").read()
g = Gold(text, {"id": "V-605-11", "outlet": "شبكة شام الإخبارية", "published": "2017-12-26", "url": None, "title": None})
PYD = dict(actor="SDF.PYD", party="SDF", role="armed_group", canonical="Democratic Union Party (PYD)")
PKK = dict(actor="PKK", party="PKK", role="armed_group", canonical="Kurdistan Workers' Party (PKK)")
OPPD = dict(actor="SYR.OPP", party="SYR.OPP", role="government", canonical="Syrian opposition delegation")
ASTANA = dict(canonical="Astana", place=gn(1526273, "Astana", 51.1801, 71.44598, "KZ", "Astana"))

e_del = g.ent("وفد المعارضة السورية", "ORG", **OPPD)
e_ast1 = g.ent("أستانة", "GPE", 1, **ASTANA)
g.ent("لمبعوث الأممي الخاص", "PER", nominal=True, actor="UN", party=None, role="other", canonical="UN special envoy for Syria")  # للمبعوث
g.ent("التنظيم", "ORG", 1, nominal=True, **PYD)
e_pyd0 = g.ent("حزب الاتحاد الديموقراطي الكردي", "ORG", **PYD)
e_file = g.ent("ملف مكون من عشرات الصفحات", "ORG", nominal=True, **{**OPPD, "canonical": "Opposition report on the PYD"})
e_pyd_t2 = g.ent("التنظيم", "ORG", 2, nominal=True, **PYD)
e_pkk1 = g.ent("تنظيم \" بي كا كا \"", "ORG", **PKK)
e_assad1 = g.ent("نظام الأسد", "ORG", 1, **SYRGOV)
g.ent("سوريا", "GPE", 1, **SYRIA)
g.ent("التنظيم", "ORG", 3, nominal=True, **PYD)
e_aa = g.ent("وكالة الاناضول", "ORG", actor="TUR.MED", party="TUR", role="media", canonical="Anadolu Agency")
e_rep1 = g.ent("التقرير", "ORG", 1, nominal=True, **{**OPPD, "canonical": "Opposition report on the PYD"})
g.ent("PYD", "ORG", 1, **PYD)
g.ent("هذا الحزب", "ORG", 1, nominal=True, **PYD)
e_opp2 = g.ent("المعارضة", "ORG", 2, nominal=True, **OPPD)
e_pyd_ad = g.ent("الاتحاد الديمقراطي", "ORG", 1, **PYD)
e_bay = g.ent("البيان", "ORG", 1, after="وأضافت", nominal=True, **{**OPPD, "canonical": "Opposition report on the PYD"})
g.ent("هذا الحزب", "ORG", 2, nominal=True, **PYD)
g.ent("لمحكمة الجنائية الدولية", "ORG", canonical="International Criminal Court")  # للمحكمة
g.ent("روما", "GPE", canonical="Rome", place=gn(3169070, "Rome", 41.89193, 12.51133, "IT", "Lazio"))
e_opp3 = g.ent("المعارضة", "ORG", 3, nominal=True, **OPPD)
g.ent("التنظيم المسلح", "ORG", 1, nominal=True, **PYD)
e_pyd_h3 = g.ent("الحزب", "ORG", 3, nominal=True, **PYD)
e_pyd_pr = g.ent("لتنظيم", "ORG", 1, after="السجون التابعة", nominal=True, **PYD)  # للتنظيم
e_assad2 = g.ent("نظام الأسد", "ORG", 2, **SYRGOV)
e_pkk2 = g.ent("PKK", "ORG", 1, **PKK)
g.ent("PYD", "ORG", 2, **PYD)
g.ent("سوريا", "GPE", 2, **SYRIA)
e_opp4 = g.ent("المعارضة", "ORG", 4, nominal=True, **OPPD)
e_reg2 = g.ent("النظام", "ORG", 2, nominal=True, **SYRGOV)
g.ent("بي كا كا", "ORG", 2, **PKK)
e_ocalan = g.ent("عبد الله أوجلان", "PER", actor="PKK", party="PKK", role="armed_group", canonical="Abdullah Ocalan")
g.ent("سوريا", "GPE", 3, **SYRIA)
e_assad3 = g.ent("نظام الأسد الأب", "ORG", canonical="Hafez al-Assad government", actor="SYR.GOV", party="SYR", role="government")
e_rep2 = g.ent("التقرير", "ORG", 2, nominal=True, **{**OPPD, "canonical": "Opposition report on the PYD"})
e_pyd3 = g.ent("PYD", "ORG", 3, **PYD)
e_kopp = g.ent("لمعارضين الأكراد", "PER", nominal=True, canonical="Kurdish opponents of the PYD")  # للمعارضين
g.ent("النظام", "ORG", 3, nominal=True, **SYRGOV)
e_test = g.ent("شهادات", "PER", 1, nominal=True, canonical="Testimonies")
e_repr = g.ent("ممثلين عن التنظيم", "PER", nominal=True, **PYD)
g.ent("ناشطين أكراد آخرين", "PER", nominal=True, canonical="Kurdish activists")
g.ent("النظام", "ORG", 4, nominal=True, **SYRGOV)
e_rep3 = g.ent("التقرير", "ORG", 3, nominal=True, **{**OPPD, "canonical": "Opposition report on the PYD"})
e_pyd4 = g.ent("PYD", "ORG", 4, **PYD)
e_fsa = g.ent("الجيش السوري الحر", "ORG", **{**OPP, "canonical": "Free Syrian Army"})
e_reg5 = g.ent("النظام", "ORG", 5, nominal=True, **SYRGOV)
e_ypg = g.ent("لوحدات الكردية", "ORG", actor="SDF.YPG", party="SDF", role="armed_group", canonical="People's Protection Units (YPG)")  # للوحدات
e_opp5 = g.ent("المعارضة", "ORG", 5, nominal=True, **OPPD)
g.ent("منظمة العفو الدولية", "ORG", canonical="Amnesty International")
g.ent("هيومن رايتس ووتش", "ORG", canonical="Human Rights Watch")
e_opp6 = g.ent("المعارضة", "ORG", 6, nominal=True, **OPPD)
e_data = g.ent("هذه البيانات", "ORG", nominal=True, canonical="Human rights organisations' reports")
g.ent("PYD", "ORG", 5, **PYD)
g.ent("التنظيم المسلح", "ORG", 2, nominal=True, **PYD)
e_opp7 = g.ent("المعارضة", "ORG", 7, nominal=True, **OPPD)
g.ent("PKK", "ORG", 2, **PKK)
g.ent("الاتحاد الأوروبي", "ORG", canonical="European Union")
g.ent("بريطانيا", "GPE", canonical="United Kingdom", place=gn(2635167, "United Kingdom", 54.75844, -2.69531, "GB", None))
g.ent("أمريكا", "GPE", **USA_)
e_opp8 = g.ent("المعارضة السورية", "ORG", 1, after="وشاركت", **{**OPP, "canonical": "Syrian opposition"})
e_ast2 = g.ent("أستانة", "GPE", 1, after="مؤتمر", **ASTANA)

g.time("لعام 1948", "1948", "year", "at")
g.time("عام 1998", "1998", "year", "at", 1)
g.time("عام 2002", "2002", "year", "at")
g.time("لعام 1949", "1949", "year", "at")
g.time("لعام 1989", "1989", "year", "at")
t_80s = g.time("مطلع الثمانينات من القرن الماضي", "1980/1983", "year", "since")
g.time("في العام 1998", "1998", "year", "at")
t_fri = g.time("الجمعة الماضية", "2017-12-22", "day", "at")
g.time("في 29 - 30 كانون الثاني / يناير لمقبل", "2018-01-29/2018-01-30", "day", "at")
g.qty("أكثر من 482 تقرير", 482, "reports")
q_dem = g.qty("عشرات المظاهرات", None, "protests")

s_dem = g.stmt(("وفد المعارضة السورية", 1, None, e_del), ("طالب", 1), "demand",
               ("إدراج حزب الاتحاد الديموقراطي الكردي ضمن قوائم \" التنظيمات الإرهابية \"", 1),
               medium=("ملف سلمته للمبعوث الأممي الخاص", 1))
s_file = g.stmt(("ملف مكون من عشرات الصفحات", 1, None, e_file), ("يوثق", 1), "assert",
                ("خروقات التنظيم , وعلاقته مع تنظيم \" بي كا كا \"", 1))
s_file2 = g.stmt(("ملف مكون من عشرات الصفحات", 1, None, e_file), ("مستعرضة", 1), "assert",
                 ("علاقة نظام الأسد في سوريا بالتنظيم", 1))
s_armed = g.stmt(("التقرير", 1, None, e_rep1), ("بحسب", 1), "assert",
                 ("هذا الحزب \" هو حزب مسلح ويجب الاعتراف بهذا الشيء دوليا", 1), via=[("وكالة الاناضول", 1, None, e_aa)])
s_mass = g.stmt(("المعارضة", 2, None, e_opp2), ("اعتبرت", 1), "assert",
                ("المجازر \" التي يرتكبها \" الاتحاد الديمقراطي \" , تندرج ضمن جرائم الإبادة الجماعية للسكان , والتي نصت عليها اتفاقية منع جريمة الإبادة الجماعية , والمعاقبة عليها لعام 1948 المادة 1 \" تعاقب على الإبادة الجماعية , سواء ارتكبت في أيام السلم أو أثناء الحرب", 1))
s_def = g.stmt(("البيان", 1, "وأضافت", e_bay), ("أضافت", 1, "وأضافت البيان"), "assert",
               ("تحدد الاتفاقية الإبادة الجماعية على أنها ارتكاب أحد الأفعال التالية , بقصد التدمير الكلي أو الجزئي , لجماعة قومية , أو إثنية , أو عنصرية , أو دينية , وهي \" قتل أعضاء من الجماعة , إلحاق أذى جسدي أو روحي خطير بأعضاء من الجماعة , وإخضاع الجماعة , عمدا , لظروف معيشية يراد بها تدميرها المادي آليا أو جزئيا", 1),
               direct=True)
s_wc = g.stmt(("المعارضة", 2, None, e_opp2), ("بينت", 1), "assert",
              ("ممارسات هذا الحزب تشكل انتهاكا للقانون الدولي الإنساني , ويعتبرها جرائم حرب , والتي عرفتها المادة الثامنة من النظام الأساسي للمحكمة الجنائية الدولية الصادر في روما عام 1998 , ودخلت حيز التنفيذ عام 2002", 1),
              direct=True)
s_gen = g.stmt(("المعارضة", 3, None, e_opp3), ("استشهادها", 1), "assert",
               ("انتهك \" اتفاقيات جنيف لعام 1949 , والتي حظرت في المادة 33 العقوبات الجماعية , وبالمثل جميع تدابير الإرهاب , كذلك حظرت المادة 32 من اتفاقية جنيف الرابعة , أي تدابير من شأنها أن تسبب معاناة بدنية أو إبادة للأشخاص", 1))
s_ban = g.stmt(("المعارضة", 3, None, e_opp3), ("أردفت", 1), "assert",
               ("لا يقتصر هذا الحظر على القتل والتعذيب والعقوبات البدنية والتشويه والتجارب الطبية العلمية التي لا تقتضيها المعالجة الطبية للشخص المحمي وحسب , ولكنه يشمل أيضا أي أعمال وحشية أخرى , سواء قام بها وكلاء مدنيون , أو وكلاء عسكريون", 1),
               direct=True)
s_child = g.stmt(("المعارضة", 3, None, e_opp3), ("لفتت إلى", 1), "assert",
                 ("عمليات التجنيد الإجباري للأطفال التي يقوم بها الحزب , تشكل خرق للاتفاقية الدولية الخاصة بحقوق الطفل لعام 1989 م وملحقاتها التي جعلت من حقوق الطفل حقوق إنسانية وعالمية , لا يمكن التغاضي عنها", 1),
                 direct=True)
s_tort = g.stmt(("المعارضة", 3, None, e_opp3), ("أوضحت", 1), "assert",
                ("عمليات التعذيب والنفي في السجون التابعة للتنظيم , تتنافى مع مبادئ العدالة الدولية", 1), direct=True)
s_rel = g.stmt(("تقرير المعارضة", 1, None, e_opp4), ("أفاد", 1), "assert",
               ("العلاقة بين النظام وزعيم \" بي كا كا \" عبد الله أوجلان تعود \" إلى مطلع الثمانينات من القرن الماضي , وحتى قبل مغادرته سوريا في العام 1998 , حيث كان نظام الأسد الأب , ينفي تماما أي ة علاقة له به", 1))
s_hafez = g.stmt(("نظام الأسد الأب", 1, None, e_assad3), ("ينفي", 1), "deny", ("أي ة علاقة له به", 1), embedded_in=s_rel)
s_pers = g.stmt(("التقرير", 2, None, e_rep2), ("تطرق", 1), "assert",
                ("اضطهاد \" PYD \" للمعارضين الأكراد ضد النظام", 1))
s_test = g.stmt(("شهادات", 1, None, e_test), ("نقلا عن", 1), "assert",
                ("أن أحدهم دعي من قبل ممثلين عن التنظيم مع ناشطين أكراد آخرين , وطلب منهم عدم رفع شعارات تطالب بإسقاط النظام , أو التضامن مع المدن السورية , مقابل التركيز على المطالب الكردية القومية فقط", 1),
                embedded_in=s_pers)
s_req = g.stmt(("ممثلين عن التنظيم", 1, None, e_repr), ("طلب", 1, "وطلب منهم"), "demand",
               ("عدم رفع شعارات تطالب بإسقاط النظام , أو التضامن مع المدن السورية , مقابل التركيز على المطالب الكردية القومية فقط", 1),
               embedded_in=s_test)
s_fsa = g.stmt(("التقرير", 3, None, e_rep3), ("أكد", 1, "وأكد التقرير"), "confirm",
               ("بعد انتهاء ( PYD ) من تصفيه كل معارضيه من الأكراد السوريين , تفرغ لمجابهة الجيش السوري الحر على الأرض , حيث ترك النظام الجبهة للوحدات الكردية", 1),
               direct=True)
s_482 = g.stmt(("تقرير المعارضة", 2, None, e_opp5), ("تطرق", 1, "تقرير المعارضة تطرق"), "assert",
               ("صدور أكثر من 482 تقرير إدانة بحق ممارساته , من قبل منظمات دولية معروفة مثل منظمة العفو الدولية , وهيومن رايتس ووتش , ومنظمات حقوقية سورية ودولية , من بينها منظمات كردية وآشورية", 1))
s_doc = g.stmt(("المعارضة", 6, None, e_opp6), ("أضافت", 1, "وأضافت المعارضة"), "assert",
               ("هذه البيانات وثقت ممارسات وانتهاكات \" PYD \" , من اعتقال تعسفي وتشريد وقتل ونهب وسرقة وهدم البيوت , فضلا عن خروج عشرات المظاهرات من الأكراد ضد ممارسات التنظيم المسلح", 1))
s_data = g.stmt(("هذه البيانات", 1, None, e_data), ("وثقت", 1), "assert",
                ("ممارسات وانتهاكات \" PYD \" , من اعتقال تعسفي وتشريد وقتل ونهب وسرقة وهدم البيوت", 1), embedded_in=s_doc)
s_list = g.stmt(("المعارضة", 7, None, e_opp7), ("ختمت", 1), "assert",
                ("الجهات التي تصنف \" PKK \" كمنظمة \" إرهابية \" على مستوى العالم , من بينها الاتحاد الأوروبي , وبريطانيا , وأمريكا وعدة دول أخرى", 1))

p_mass = g.prop("attack", [("agent", e_pyd_ad, "SDF")], ("المجازر", 1))
g.claim(p_mass, s_mass)
g.claim(p_mass, s_doc)
g.claim(p_mass, s_data)
p_child = g.prop("other", [("agent", e_pyd_h3, "SDF")], ("التجنيد الإجباري", 1))
g.claim(p_child, s_child)
p_tort = g.prop("other", [("agent", e_pyd_pr, "SDF")], ("التعذيب", 1, "عمليات التعذيب"))
g.claim(p_tort, s_tort)
p_rel = g.prop("support", [("agent", e_assad2, "SYR"), ("partner", e_pkk2, "PKK")], ("العلاقة", 1, "أفاد تقرير"), time=t_80s)
c_rel = g.claim(p_rel, s_rel)
c_hafez = g.claim(p_rel, s_hafez, "deny")
g.claim(p_rel, s_file2)
p_pers = g.prop("other", [("agent", e_pyd3, "SDF"), ("target", e_kopp, None)], ("اضطهاد", 1))
g.claim(p_pers, s_pers)
g.claim(p_pers, s_test)
p_purge = g.prop("attack", [("agent", e_pyd4, "SDF"), ("target", e_kopp, None)], ("تصفيه", 1))
g.claim(p_purge, s_fsa)
p_clash = g.prop("clash", [("agent", e_pyd4, "SDF"), ("agent", e_fsa, "SYR.OPP")], ("لمجابهة", 1))
g.claim(p_clash, s_fsa)
p_left = g.prop("withdrawal", [("agent", e_reg5, "SYR"), ("partner", e_ypg, "SDF")], ("ترك", 1, "حيث ترك"))
g.claim(p_left, s_fsa)
p_arr = g.prop("arrest", [("agent", e_pyd4, "SDF")], ("اعتقال تعسفي", 1))
g.claim(p_arr, s_doc)
g.claim(p_arr, s_data)
p_disp = g.prop("displacement", [("agent", e_pyd4, "SDF")], ("تشريد", 1))
g.claim(p_disp, s_doc)
g.claim(p_disp, s_data)
p_prot = g.prop("protest", [("target", e_pyd4, "SDF")], ("المظاهرات", 1), quantities=[q_dem])
g.claim(p_prot, s_doc)
p_ast = g.prop("agreement", [("agent", e_opp8, "SYR.OPP")], ("خلصت", 1), place=e_ast2, time=t_fri)
g.claim(p_ast, "author")

g.contra(c_rel, c_hafez, "inter_party", None, "negation",
         "The opposition report says the Assad regime has had ties with the PKK's Ocalan since the early 1980s; the regime of Assad senior denied any relation.")

g.dump(sys.argv[2])
print("ok", {k: len(v) for k, v in g.out.items() if isinstance(v, list)})
