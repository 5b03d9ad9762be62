// Interface strings in English and Arabic. Content (articles, quotes, names) stays as written.
const STRINGS = {
  en: {
    brand: "isnad", "nav.map": "Map", "nav.contradictions": "Contradictions", "nav.articles": "Articles",
    "nav.sources": "Sources", "nav.check": "Check a claim", lang: "العربية",
    "stats.articles": "articles", "stats.events": "events", "stats.contradictions": "contradictions",
    "filter.party": "Party", "filter.place": "Place", "filter.outlet": "Outlet", "filter.kind": "Event type",
    "filter.since": "From", "filter.until": "To", "filter.all": "All", "filter.reset": "Reset filters",
    "map.title": "Events", "map.shown": "events on the map", "map.unplaced": "without coordinates or outside the map",
    "timeline.title": "Timeline", "timeline.day": "events per day", "timeline.week": "events per week", "timeline.month": "events per month", "timeline.outside": "far outside this range, not shown", "timeline.hint": "Click a bar or drag across bars to filter by date; click again to clear.",
    "event.article": "Open article", "event.parties": "Parties", "event.date": "Date", "event.place": "Place",
    "c.title": "Contradiction board", "c.none": "No contradictions found.", "c.kind": "Kind", "c.basis": "Basis",
    "c.open": "Show both quotes in their articles", "c.close": "Hide articles", "c.via": "via", "c.said": "said",
    "kind.intra_party": "same party contradicts itself", "kind.inter_party": "parties contradict each other",
    "kind.unaffiliated": "unaffiliated sources", "kind.author_vs_source": "author vs. source",
    "scope.article": "within one article", "scope.corpus": "across articles",
    "a.title": "Articles", "a.search": "Search articles…", "a.layers": "Layers", "a.statements": "Statements",
    "a.events": "Events", "a.contradictions": "Contradictions", "a.back": "Back", "a.none": "No articles.",
    "a.source": "source", "a.cue": "cue", "a.content": "content", "a.time": "time", "a.quantity": "quantity",
    "a.trigger": "event trigger", "a.entities": "entities", "a.original": "original", "a.n_statements": "statements",
    "layer.entities": "Entities", "layer.statements": "Statements", "layer.times": "Times",
    "layer.quantities": "Quantities", "layer.triggers": "Event triggers",
    "ent.PER": "person", "ent.ORG": "organisation", "ent.GPE": "place", "ent.LOC": "region", "ent.FAC": "facility",
    "s.title": "Sources and their track record", "s.name": "Source", "s.party": "Party", "s.outlets": "Outlets",
    "s.statements": "Statements", "s.claims": "Claims", "s.contradicted": "Contradicted", "s.confirmed": "Confirmed",
    "s.grade": "Grade", "s.by": "Contradicted by", "s.search": "Filter sources…", "s.none": "No sources.",
    "s.record": "Track record", "s.said": "What this source said",
    "check.title": "Check a claim", "check.placeholder": "Type or paste a claim in Arabic…", "check.go": "Check",
    "check.agree": "agree", "check.disagree": "disagree", "check.discuss": "discuss", "check.none": "Nothing in the corpus speaks to this claim.",
    "ingest.title": "Add articles", "ingest.token": "Token", "ingest.go": "Ingest",
    "ingest.hint": "JSON array or JSON lines of {id, text, published, outlet, url, title}. Needs the server's --token.",
    "more": "More", "loading": "Loading…", "error": "Error", "page": "Page", "prev": "Previous", "next": "Next",
    "of": "of",
    "basis.negation": "one denies what the other asserts", "basis.incompatible": "incompatible events", "basis.value": "different numbers",
    "c.filter": "Filter", "c.shown": "shown",
    "filter.text": "Words", "map.of": "of", "map.events": "events", "map.onmap": "on the map", "map.unplaced": "without a place",
    "map.showall": "show all dates", "map.inview": "List only what the map shows", "map.list": "Events", "map.none": "No events match.", "map.legend": "Legend: event types, precision, parties",
    "map.aria": "Map of the events (zoom with + and −, pan with the arrow keys); the same events are listed beside it",
    "map.attribution": "Outlines: Natural Earth · places: GeoNames (CC BY 4.0)",
    "event.details": "Event details", "event.sentence": "The sentence it was read from:", "permalink": "Link to this view",
    "export.title": "Download what is shown",
    "prec.point": "place", "prec.region": "region, extent unknown", "prec.country": "whole country",
    "prec.point.long": "a town or site (exact point)", "prec.region.long": "a governorate or region: dashed circle, the point is only its centre",
    "prec.country.long": "only the country is known: its outline is shaded, not a point",
    "c.permalink": "Link", "c.verdict": "Your judgement", "c.right": "Correct", "c.wrong": "Wrong", "c.clear": "Clear",
    "c.marked.right": "marked correct", "c.marked.wrong": "marked wrong", "c.token": "Token (needed to record judgements)",
    "c.dupes": "the same pair of quotes reported", "c.times": "times", "c.context": "In its sentence:",
    "c.export": "Download contradictions with judgements (JSONL)", "c.all": "All contradictions",
    "s.kind": "Type", "s.speakers": "Speakers", "s.outlets_only": "Outlets", "s.na": "n/a",
    "s.na.title": "not enough data: fewer than 3 claims", "s.marked": "Marked wrong by an analyst",
    "s.how": "How grades are given",
    "s.how.text": "A grade needs at least 3 claims; with fewer the source shows “n/a” (not enough data), not a failing grade. A: at least 10 claims, at most 5 % contradicted by other sources and at least half confirmed by other parties; B: at most 10 % contradicted and a quarter confirmed; C: at most 20 % contradicted; D: at most 40 %; E: more. Contradictions an analyst marked wrong do not count. Spellings that fold alike (ة/ه, hamza, diacritics) are one source.",
    "s.aliases": "Also written", "s.more": "Show more",
    "a.outlet": "Outlet", "a.untitled": "Untitled article", "a.go": "Search", "c.scope": "Scope", "skip": "Skip to content",
    "party.SYR": "Syrian government", "party.SYR.OPP": "Syrian opposition", "party.RUS": "Russia", "party.USA": "United States",
    "party.TUR": "Turkey", "party.IRN": "Iran", "party.ISR": "Israel", "party.IRQ": "Iraqi government", "party.IRQ.PGM": "Iraqi Popular Mobilization Forces",
    "party.SDF": "Syrian Democratic Forces", "party.KRG": "Kurdistan Regional Government", "party.PKK": "Kurdistan Workers' Party",
    "party.ISIS": "Islamic State", "party.HTS": "Hayat Tahrir al-Sham", "party.HEZBOLLAH": "Hezbollah", "party.HOUTHI": "Houthis (Ansar Allah)",
    "party.YEM": "Yemeni government", "party.SAU": "Saudi Arabia", "party.HAMAS": "Hamas", "party.PSE": "Palestinian Authority", "party.LBN": "Lebanon",
    "ev.control": "control", "ev.capture": "capture", "ev.withdrawal": "withdrawal", "ev.advance": "advance", "ev.attack": "attack", "ev.clash": "clash", "ev.airstrike": "airstrike", "ev.shelling": "shelling", "ev.bombing": "bombing", "ev.shootdown": "shootdown", "ev.casualties": "casualties", "ev.siege": "siege", "ev.support": "support", "ev.deployment": "deployment", "ev.agreement": "agreement", "ev.arrest": "arrest", "ev.protest": "protest", "ev.displacement": "displacement", "ev.other": "other",
    "ent.PER": "person",
  },
  ar: {
    brand: "إسناد", "nav.map": "الخريطة", "nav.contradictions": "التناقضات", "nav.articles": "المقالات",
    "nav.sources": "المصادر", "nav.check": "تحقّق من خبر", lang: "English",
    "stats.articles": "مقالة", "stats.events": "حدث", "stats.contradictions": "تناقض",
    "filter.party": "الطرف", "filter.place": "المكان", "filter.outlet": "الوسيلة", "filter.kind": "نوع الحدث",
    "filter.since": "من", "filter.until": "إلى", "filter.all": "الكل", "filter.reset": "إلغاء التصفية",
    "map.title": "الأحداث", "map.shown": "حدثاً على الخريطة", "map.unplaced": "بلا إحداثيات أو خارج الخريطة",
    "timeline.title": "الخط الزمني", "timeline.day": "الأحداث في كل يوم", "timeline.week": "الأحداث في كل أسبوع", "timeline.month": "الأحداث في كل شهر", "timeline.outside": "بعيدة عن هذا المدى، غير معروضة", "timeline.hint": "انقر عموداً أو اسحب عبر الأعمدة للتصفية بالتاريخ، وانقر ثانيةً للإلغاء.",
    "event.article": "افتح المقالة", "event.parties": "الأطراف", "event.date": "التاريخ", "event.place": "المكان",
    "c.title": "لوحة التناقضات", "c.none": "لا توجد تناقضات.", "c.kind": "النوع", "c.basis": "الأساس",
    "c.open": "اعرض الاقتباسين في مقالتيهما", "c.close": "أخفِ المقالتين", "c.via": "عبر", "c.said": "قال",
    "kind.intra_party": "الطرف نفسه يناقض نفسه",
    "acled.Battles": "معارك", "acled.Explosions/Remote violence": "انفجارات وعنف عن بعد", "acled.Violence against civilians": "عنف ضد المدنيين",
    "acled.Protests": "احتجاجات", "acled.Riots": "أعمال شغب", "acled.Strategic developments": "تطورات استراتيجية", "kind.inter_party": "طرفان متناقضان",
    "kind.unaffiliated": "مصادر غير منتمية", "kind.author_vs_source": "الكاتب مقابل المصدر",
    "scope.article": "داخل مقالة واحدة", "scope.corpus": "بين مقالات",
    "a.title": "المقالات", "a.search": "ابحث في المقالات…", "a.layers": "الطبقات", "a.statements": "التصريحات",
    "a.events": "الأحداث", "a.contradictions": "التناقضات", "a.back": "رجوع", "a.none": "لا مقالات.",
    "a.source": "المصدر", "a.cue": "فعل القول", "a.content": "المضمون", "a.time": "زمن", "a.quantity": "كمية",
    "a.trigger": "دالّ الحدث", "a.entities": "الكيانات", "a.original": "الأصل", "a.n_statements": "تصريحات",
    "layer.entities": "الكيانات", "layer.statements": "التصريحات", "layer.times": "الأزمنة",
    "layer.quantities": "الكميات", "layer.triggers": "دوالّ الأحداث",
    "ent.PER": "شخص", "ent.ORG": "جهة", "ent.GPE": "مكان", "ent.LOC": "منطقة", "ent.FAC": "منشأة",
    "s.title": "المصادر وسجلّها", "s.name": "المصدر", "s.party": "الطرف", "s.outlets": "الوسائل",
    "s.statements": "تصريحات", "s.claims": "ادعاءات", "s.contradicted": "نوقضت", "s.confirmed": "تأكّدت",
    "s.grade": "الدرجة", "s.by": "ناقضها", "s.search": "صفِّ المصادر…", "s.none": "لا مصادر.",
    "s.record": "السجلّ", "s.said": "ما قاله هذا المصدر",
    "check.title": "تحقّق من خبر", "check.placeholder": "اكتب الخبر أو الصقه بالعربية…", "check.go": "تحقّق",
    "check.agree": "يؤيّد", "check.disagree": "يعارض", "check.discuss": "يناقش", "check.none": "لا شيء في المدوّنة يتناول هذا الخبر.",
    "ingest.title": "أضف مقالات", "ingest.token": "الرمز", "ingest.go": "أدخِل",
    "ingest.hint": "مصفوفة JSON أو أسطر JSON من {id, text, published, outlet, url, title}. يتطلّب ‎--token‎ الخادم.",
    "more": "المزيد", "loading": "جارٍ التحميل…", "error": "خطأ", "page": "صفحة", "prev": "السابق", "next": "التالي",
    "of": "من",
    "basis.negation": "أحدهما ينفي ما يؤكده الآخر", "basis.incompatible": "حدثان لا يجتمعان", "basis.value": "أرقام مختلفة",
    "stance.assert": "أكّد", "stance.confirm": "أكّد", "stance.deny": "نفى", "stance.acknowledge": "أقرّ", "stance.claim": "زعم", "stance.report": "أفاد", "stance.doubt": "شكّك", "stance.warn": "حذّر", "stance.threaten": "هدّد",
    "c.filter": "تصفية", "c.shown": "معروضة",
    "filter.text": "كلمات", "map.of": "من", "map.events": "حدثاً", "map.onmap": "على الخريطة", "map.unplaced": "بلا مكان",
    "map.showall": "كل التواريخ", "map.inview": "اسرد ما تعرضه الخريطة فقط", "map.list": "الأحداث", "map.none": "لا أحداث مطابقة.", "map.legend": "المفتاح: أنواع الأحداث، الدقة، الأطراف",
    "map.aria": "خريطة الأحداث (التكبير بـ + و −، والتحريك بالأسهم)؛ الأحداث نفسها مسرودة بجانبها",
    "map.attribution": "الحدود: Natural Earth · الأماكن: GeoNames (CC BY 4.0)",
    "event.details": "تفاصيل الحدث", "event.sentence": "الجملة التي قُرئ منها:", "permalink": "رابط هذا العرض",
    "export.title": "نزّل المعروض",
    "prec.point": "مكان", "prec.region": "منطقة، حدودها غير معروفة", "prec.country": "البلد كله",
    "prec.point.long": "بلدة أو موقع (نقطة دقيقة)", "prec.region.long": "محافظة أو منطقة: دائرة متقطعة، والنقطة مركزها فقط",
    "prec.country.long": "البلد وحده معروف: حدوده مظلّلة، لا نقطة",
    "c.permalink": "رابط", "c.verdict": "حكمك", "c.right": "صحيح", "c.wrong": "خاطئ", "c.clear": "امسح",
    "c.marked.right": "وُسم صحيحاً", "c.marked.wrong": "وُسم خاطئاً", "c.token": "الرمز (لازم لحفظ الأحكام)",
    "c.dupes": "الاقتباسان نفساهما وردا", "c.times": "مرات", "c.context": "في جملته:",
    "c.export": "نزّل التناقضات مع الأحكام (JSONL)", "c.all": "كل التناقضات",
    "s.kind": "النوع", "s.speakers": "المتحدثون", "s.outlets_only": "الوسائل", "s.na": "غير كافٍ",
    "s.na.title": "بيانات غير كافية: أقل من 3 ادعاءات", "s.marked": "وسمها محلّل خاطئة",
    "s.how": "كيف تُمنح الدرجات",
    "s.how.text": "تحتاج الدرجة 3 ادعاءات على الأقل؛ ومع أقل منها يظهر «غير كافٍ» لا درجة راسبة. A: عشرة ادعاءات على الأقل، نوقض 5٪ منها على الأكثر من مصادر أخرى وتأكّد نصفها على الأقل من أطراف أخرى؛ B: نوقض 10٪ على الأكثر وتأكّد الربع؛ C: نوقض 20٪ على الأكثر؛ D: 40٪ على الأكثر؛ E: أكثر. التناقضات التي وسمها محلّل خاطئة لا تُحسب. الكتابات التي تتطابق بعد التوحيد (ة/ه، الهمزة، التشكيل) مصدر واحد.",
    "s.aliases": "يُكتب أيضاً", "s.more": "اعرض المزيد",
    "a.outlet": "الوسيلة", "a.untitled": "مقالة بلا عنوان", "a.go": "ابحث", "c.scope": "النطاق", "skip": "انتقل إلى المحتوى", "s.marked": "وسمها محلّل خاطئة",
    "party.SYR": "الحكومة السورية", "party.SYR.OPP": "المعارضة السورية", "party.RUS": "روسيا", "party.USA": "الولايات المتحدة",
    "party.TUR": "تركيا", "party.IRN": "إيران", "party.ISR": "إسرائيل", "party.IRQ": "الحكومة العراقية", "party.IRQ.PGM": "الحشد الشعبي",
    "party.SDF": "قوات سوريا الديمقراطية", "party.KRG": "حكومة إقليم كردستان", "party.PKK": "حزب العمال الكردستاني",
    "party.ISIS": "تنظيم الدولة", "party.HTS": "هيئة تحرير الشام", "party.HEZBOLLAH": "حزب الله", "party.HOUTHI": "الحوثيون (أنصار الله)",
    "party.YEM": "الحكومة اليمنية", "party.SAU": "السعودية", "party.HAMAS": "حماس", "party.PSE": "السلطة الفلسطينية", "party.LBN": "لبنان",
    "kind.intra_party": "الطرف نفسه يناقض نفسه",
    "acled.Battles": "معارك", "acled.Explosions/Remote violence": "انفجارات وعنف عن بعد", "acled.Violence against civilians": "عنف ضد المدنيين",
    "acled.Protests": "احتجاجات", "acled.Riots": "أعمال شغب", "acled.Strategic developments": "تطورات استراتيجية",
    "stance.estimate": "قدّر", "stance.demand": "طالب", "stance.promise": "وعد",
    "basis.incompatible_states": "حالتان لا تجتمعان", "basis.different_numbers": "أرقام مختلفة",

    "ev.control": "سيطرة", "ev.capture": "استيلاء", "ev.withdrawal": "انسحاب", "ev.advance": "تقدّم", "ev.attack": "هجوم", "ev.clash": "اشتباك", "ev.airstrike": "غارة جوية", "ev.shelling": "قصف", "ev.bombing": "تفجير", "ev.shootdown": "إسقاط", "ev.casualties": "ضحايا", "ev.siege": "حصار", "ev.support": "دعم", "ev.deployment": "انتشار", "ev.agreement": "اتفاق", "ev.arrest": "اعتقال", "ev.protest": "احتجاج", "ev.displacement": "نزوح", "ev.other": "أخرى",
  },
};

let lang = localStorage.getItem("isnad.lang") === "ar" ? "ar" : "en";

export function t(key) {
  return STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
}
/** The English string (the Arabic page shows both in its legends). */
export function tEn(key) {
  return STRINGS.en[key] ?? key;
}
export function getLang() {
  return lang;
}
export function setLang(l) {
  lang = l === "ar" ? "ar" : "en";
  try { localStorage.setItem("isnad.lang", lang); } catch (_) { /* private mode */ }
  applyStatic();
}
/** Fills every [data-i18n] element and sets the page direction for the interface language. */
export function applyStatic() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  const b = document.getElementById("lang");
  // The button names the other language, in that language.
  if (b) { b.textContent = t("lang"); b.lang = lang === "ar" ? "en" : "ar"; }
}
