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
    "kind.intra_party": "الطرف نفسه يناقض نفسه", "kind.inter_party": "طرفان متناقضان",
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
    "ev.control": "سيطرة", "ev.capture": "استيلاء", "ev.withdrawal": "انسحاب", "ev.advance": "تقدّم", "ev.attack": "هجوم", "ev.clash": "اشتباك", "ev.airstrike": "غارة جوية", "ev.shelling": "قصف", "ev.bombing": "تفجير", "ev.shootdown": "إسقاط", "ev.casualties": "ضحايا", "ev.siege": "حصار", "ev.support": "دعم", "ev.deployment": "انتشار", "ev.agreement": "اتفاق", "ev.arrest": "اعتقال", "ev.protest": "احتجاج", "ev.displacement": "نزوح", "ev.other": "أخرى",
  },
};

let lang = localStorage.getItem("isnad.lang") === "ar" ? "ar" : "en";

export function t(key) {
  return STRINGS[lang][key] ?? STRINGS.en[key] ?? key;
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
  if (b) b.textContent = t("lang");
}
