//! A transparent stance model: does a text agree with a claim, deny it, discuss it, or ignore it?
//!
//! Everything is a handful of named features (see [`FEATURES`]) computed on folded, clitic-stripped
//! words, fed to a multinomial logistic regression whose weights are shipped as small JSON files in
//! `data/` (fitted offline by `examples/fit.rs`; nothing is trained at run time). The features:
//! - relatedness: how much of the claim's content words (weighted by length as a cheap rarity
//!   proxy) the text holds, overall, in its best window of words and in its best sentence, plus
//!   claim bigrams and numbers found;
//! - disagreement: negation particles, denial verbs and falsity words (نفى، كذّب، شائعات، عارٍ
//!   عن الصحة …) in the best-matching window and sentence, and whether the claim itself is negated
//!   while the text is not (or the reverse);
//! - discussion: hedges and reporting of uncertainty (أنباء، تقارير، يُزعم، ربما …);
//! - where the claim sits: whether the claim is attributed news or a bare rumour, the claim in the
//!   title, and the sentences around the claim's first content word (in VSO claims its verb).
//!
//! [`Model::explain`] returns the features with their contributions to each label.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

/// Fixed-seed maps: feature sums iterate them, and std's per-process random seed would change the
/// order of the float additions, and so the last bits of a score, from one run to the next.
type Map<K, V> = HashMap<K, V, BuildHasherDefault<DefaultHasher>>;
type Set<K> = HashSet<K, BuildHasherDefault<DefaultHasher>>;

use isnad_text::{sentences, tokens, Normalized};
use serde::{Deserialize, Serialize};

mod structured;
pub use structured::{structured_features, STRUCT_FEATURES};

/// Which label set the model predicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    /// agree / disagree / discuss / unrelated (UnifiedFC, articles against a claim).
    UnifiedFc,
    /// agree / disagree / other (ANS, one headline against another).
    Ans,
}

impl std::str::FromStr for Labels {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "unifiedfc" | "fc" | "articles" => Ok(Labels::UnifiedFc),
            "ans" | "headlines" => Ok(Labels::Ans),
            o => Err(format!("unknown label set {o:?} (unifiedfc or ans)")),
        }
    }
}

impl Labels {
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Labels::UnifiedFc => &["agree", "disagree", "discuss", "unrelated"],
            Labels::Ans => &["agree", "disagree", "other"],
        }
    }
}

/// Feature names, in the order of [`features`]' output.
pub const FEATURES: &[&str] = &[
    "cover_all",       // weighted share of claim words anywhere in the text
    "cover_window",    // … in the best window of 40 words
    "cover_sentence",  // … in the best sentence
    "cover_sentence2", // cover_sentence squared (agreement is near-verbatim)
    "bigrams",         // share of claim bigrams found as text bigrams
    "numbers",         // share of claim numbers found in the text
    "long_words",      // share of claim words of 5+ letters found
    "log_len",         // log of the text's word count
    "neg_window",      // negation particles in the best window
    "deny_window",     // denial verbs and falsity words in the best window
    "deny_text",       // denial/falsity words per 100 words of the text
    "deny_sentence",   // denial/falsity words in the best sentence
    "neg_mismatch",    // the claim is negated and the best sentence is not, or the reverse
    "hedge_window",    // hedges in the best window
    "hedge_text",      // hedges per 100 words
    "extra_sentence",  // share of best-sentence words that are not claim words
    "cover_x_deny",    // cover_window × (deny_window > 0)
    "antonym",         // claim word whose antonym stands in the best sentence without it
    "top3_all",        // share of the claim's 3 rarest words found in the text
    "top3_window",     // … in the best window
    "sent_ge_75",      // cover_sentence >= 0.75 (near-verbatim)
    "win_ge_50",       // cover_window >= 0.5
    "cover_head",      // weighted claim coverage in the first 120 words (title and lead)
    "on_topic",        // share of 40-word windows (step 20) covering >= 30% of the claim
    "rare_density",    // occurrences of the claim's 3 rarest words per 100 words
    "tfidf_cos",       // cosine of claim and text tf-idf vectors
    "claim_density",   // idf-weighted occurrences of claim words per 100 words of the text
    "claim_attr", // the claim is attributed news (said / announced / a weekday …), not a bare rumour
    "claim_len",  // log of the claim's content-word count
    "title_cover", // weighted claim coverage in the first sentence (title), at most 40 words
    "title_neg",  // a negation or denial word in a title covering >= 30% of the claim
    "trig_found", // the claim's first content word (usually its verb) is in some sentence
    "trig_sent_cover", // best claim coverage of a sentence holding that word
    "trig_neg",   // such a sentence covers >= 30% of the claim and holds a negation or denial
    "rare_sent_neg", // a sentence holding 2+ of the claim's 3 rarest words and a negation or denial
];

/// Words that mark a claim as attributed news rather than a bare rumour (folded).
const ATTR: &[&str] = &[
    "قال",
    "قالت",
    "وقال",
    "وقالت",
    "ذكرت",
    "ذكر",
    "اعلن",
    "اعلنت",
    "افاد",
    "افادت",
    "يوم",
    "مصادر",
    "وكاله",
    "مسوول",
    "مسوولون",
    "متحدث",
    "المتحدث",
    "بيان",
    "رويترز",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "نقل",
    "نقلت",
    "اضاف",
    "اضافت",
];

fn light(w: &str) -> String {
    // Suffixes that vary between mentions of the same word; both sides are cut the same way.
    let mut s = w;
    for suf in ["ات", "ين", "ون", "ها", "هم", "ه", "ي", "ا"] {
        if let Some(r) = s.strip_suffix(suf) {
            if r.chars().count() >= 3 {
                s = r;
                break;
            }
        }
    }
    s.to_string()
}

const STOP: &[&str] = &[
    "في",
    "من",
    "على",
    "الى",
    "عن",
    "ان",
    "انه",
    "انها",
    "التي",
    "الذي",
    "الذين",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "مع",
    "بعد",
    "قبل",
    "كان",
    "كانت",
    "قد",
    "لقد",
    "ثم",
    "او",
    "ما",
    "كل",
    "بين",
    "حيث",
    "عند",
    "منذ",
    "خلال",
    "ايضا",
    "هو",
    "هي",
    "هم",
    "نحن",
    "اي",
    "حتى",
    "اذا",
    "اذ",
    "لكن",
    "بل",
    "قال",
    "قالت",
    "يوم",
    "اليوم",
    "امس",
    "عام",
    "وقال",
    "واضاف",
    "اضاف",
    "الا",
    "به",
    "بها",
    "له",
    "لها",
    "لهم",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عليه",
    "عليها",
    "اليه",
    "وفي",
    "وان",
    "الي",
    "يكون",
    "تكون",
    "وهو",
    "وهي",
    "ذات",
    "نحو",
    "حول",
    "ضد",
    "دون",
    "لدى",
    "لدي",
    "عبر",
    "وفق",
    "وفقا",
    "اكثر",
    "اقل",
    "سوى",
    "فقط",
    "فحسب",
    "كما",
    "مثل",
    "وذلك",
    "وهذا",
    "هناك",
    "هنا",
    "الان",
];

const NEG: &[&str] = &[
    "لا", "لم", "لن", "ليس", "ليست", "غير", "عدم", "بدون", "دون", "ما", "لسنا", "ولا", "ولم", "ولن",
];

const DENY: &[&str] = &[
    "نفي",
    "نفى",
    "نفت",
    "ينفي",
    "تنفي",
    "نافيا",
    "نافيه",
    "كذب",
    "كذبت",
    "يكذب",
    "تكذيب",
    "شايعات",
    "شايعه",
    "مزاعم",
    "ادعاءات",
    "ادعاء",
    "مفبرك",
    "مفبركه",
    "زايف",
    "زايفه",
    "كاذب",
    "كاذبه",
    "كاذبا",
    "عار",
    "عاريه",
    "صحه",
    "اشاعه",
    "اشاعات",
    "فبركه",
    "تضليل",
    "مضلل",
    "مضلله",
    "دحض",
    "تفنيد",
    "حقيقه",
    "زعم",
    "زعمت",
    "مزعوم",
    "مزعومه",
    "مغلوط",
    "مغلوطه",
    "خاطي",
    "خاطيه",
    "تلفيق",
    "ملفق",
    "ملفقه",
    "اباطيل",
    "افتراء",
    "افتراءات",
    "ينفون",
    "نفوا",
    "رفض",
    "رفضت",
    "استبعد",
    "استبعدت",
];

const HEDGE: &[&str] = &[
    "انباء",
    "تقارير",
    "تقرير",
    "يزعم",
    "قيل",
    "يقال",
    "ربما",
    "احتمال",
    "محتمل",
    "يحتمل",
    "مصادر",
    "غير مؤكد",
    "لم يتسن",
    "لم يتسنى",
    "مرجح",
    "يرجح",
    "يبدو",
    "تشير",
    "اشارت",
    "تحدثت",
    "تناقلت",
    "تداول",
    "تداولت",
    "متداول",
    "شكوك",
    "تساول",
    "تساولات",
    "مزعومه",
    "انتقد",
    "انتقدت",
    "تحليل",
    "رايي",
    "يري",
    "تري",
    "اعتبر",
    "اعتبرت",
    "تحذير",
    "حذر",
    "حذرت",
];

/// Groups of words whose swap reverses a claim (ANS rewrites: يرتفع/ينخفض، أعلى/أدنى …). Folded.
const ANTONYMS: &[(&[&str], &[&str])] = &[
    (
        &[
            "ارتفاع",
            "يرتفع",
            "ارتفع",
            "ترتفع",
            "رفع",
            "يرفع",
            "صعود",
            "يصعد",
            "اعلي",
            "زياده",
            "يزيد",
            "زاد",
            "ارتفاعا",
        ],
        &[
            "انخفاض",
            "ينخفض",
            "انخفض",
            "تنخفض",
            "خفض",
            "يخفض",
            "هبوط",
            "يهبط",
            "ادني",
            "تراجع",
            "يتراجع",
            "نقص",
            "يقل",
            "انخفاضا",
        ],
    ),
    (
        &[
            "فوز",
            "فاز",
            "يفوز",
            "نجاح",
            "نجح",
            "ينجح",
            "ربح",
            "مكاسب",
            "انتصار",
            "انتصر",
        ],
        &[
            "خساره",
            "خسر",
            "يخسر",
            "فشل",
            "يفشل",
            "خساير",
            "هزيمه",
            "هزم",
        ],
    ),
    (
        &[
            "قبول",
            "وافق",
            "يوافق",
            "موافقه",
            "يقبل",
            "دعم",
            "يدعم",
            "تاييد",
            "يؤيد",
            "ايد",
        ],
        &["رفض", "يرفض", "رفضت", "معارضه", "يعارض", "عارض"],
    ),
    (
        &["سلام", "هدوء", "هدنه", "تهدئه", "اتفاق", "يتفق", "اتفقت"],
        &[
            "حرب",
            "مواجهات",
            "اشتباكات",
            "تصعيد",
            "خلاف",
            "يختلف",
            "معارك",
        ],
    ),
    (
        &["دخول", "دخل", "يدخل", "تقدم", "يتقدم", "تقدمت"],
        &["خروج", "خرج", "يخرج", "انسحاب", "انسحب", "ينسحب", "انسحبت"],
    ),
    (
        &["فتح", "يفتح", "افتتاح", "افتتح"],
        &["اغلاق", "يغلق", "اغلق", "اغلقت"],
    ),
    (
        &["اطلاق", "افراج", "افرج", "يفرج", "اطلق"],
        &["اعتقال", "اعتقل", "يعتقل", "احتجاز", "سجن"],
    ),
    (
        &[
            "بدء",
            "يبدا",
            "بدا",
            "بدات",
            "استئناف",
            "يستانف",
            "تمديد",
            "مدد",
        ],
        &[
            "انتهاء",
            "ينهي",
            "انهاء",
            "تعليق",
            "يعلق",
            "علق",
            "تاجيل",
            "يؤجل",
            "اجل",
            "وقف",
            "يوقف",
        ],
    ),
    (
        &["بقاء", "يبقي", "بقي"],
        &["رحيل", "يرحل", "رحل", "استقاله", "يستقيل", "استقال"],
    ),
    (
        &["اكبر", "اقوي", "اول", "اكثر", "افضل"],
        &["اصغر", "اضعف", "اخر", "اقل", "اسوا"],
    ),
    (
        &["ايجابي", "تحسن", "يتحسن", "نمو", "ينمو", "انتعاش"],
        &["سلبي", "تدهور", "يتدهور", "انكماش", "ينكمش", "ركود"],
    ),
    (
        &["حياه", "نجاه", "نجا", "ينجو"],
        &["وفاه", "توفي", "مقتل", "قتل", "موت"],
    ),
    (
        &["حقيقي", "صحيح", "صحه", "مؤكد", "تاكيد", "اكد"],
        &["مزيف", "زايف", "كاذب", "شايعه", "نفي", "نفى"],
    ),
];

fn set(words: &[&str]) -> Set<String> {
    words.iter().map(|w| light(w)).collect()
}

struct Lex {
    stop: Set<String>,
    neg: Set<String>,
    deny: Set<String>,
    hedge: Set<String>,
    /// raw folded forms and their light stems
    attr: Set<String>,
    /// light stem -> (group, side)
    antonym: Map<String, (usize, u8)>,
}

fn lex() -> &'static Lex {
    static L: std::sync::OnceLock<Lex> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let mut antonym = Map::default();
        for (g, (a, b)) in ANTONYMS.iter().enumerate() {
            for w in a.iter() {
                antonym.insert(light(w), (g, 0u8));
            }
            for w in b.iter() {
                antonym.insert(light(w), (g, 1u8));
            }
        }
        Lex {
            stop: set(STOP),
            neg: NEG.iter().map(|w| w.to_string()).collect(),
            deny: set(DENY),
            hedge: HEDGE
                .iter()
                .filter(|w| !w.contains(' '))
                .map(|w| light(w))
                .collect(),
            antonym,
            attr: ATTR
                .iter()
                .map(|w| w.to_string())
                .chain(ATTR.iter().map(|w| light(w)))
                .collect(),
        }
    })
}

/// Whether a folded word is a function word the model ignores for overlap.
pub fn is_stopword(w: &str) -> bool {
    let l = lex();
    l.stop.contains(&light(w)) || l.neg.contains(w)
}

fn antonym_of(l: &Lex, k: &str) -> Option<(usize, u8)> {
    if let Some(x) = l.antonym.get(k) {
        return Some(*x);
    }
    // A single proclitic the tokenizer keeps (لأعلى، وارتفع).
    let mut cs = k.chars();
    match cs.next() {
        Some('و' | 'ف' | 'ب' | 'ل' | 'ك') => l.antonym.get(cs.as_str()).copied(),
        _ => None,
    }
}

/// One word of a text: its light stem, its raw folded form, its sentence index.
struct W {
    key: String,
    raw: String,
    sent: usize,
    number: bool,
}

fn words(text: &str) -> Vec<W> {
    let n = Normalized::new(text);
    let f = n.folded();
    let sents = sentences(&n);
    let mut si = 0;
    let mut out = Vec::new();
    for t in tokens(&n) {
        while si + 1 < sents.len() && t.start >= sents[si].end {
            si += 1;
        }
        let raw = t.text(f).to_string();
        let stem = t.stem_text(f);
        out.push(W {
            key: light(stem),
            number: stem.chars().all(|c| c.is_ascii_digit()),
            raw,
            sent: si,
        });
    }
    out
}

/// Document frequencies of light stems in news text (`data/idf.tsv`, first line `#docs\tN`),
/// so that rare words (places, names, numbers) weigh more than common ones.
pub struct Idf {
    n: f64,
    df: Map<String, u32>,
}

impl Idf {
    pub fn parse(tsv: &str) -> Idf {
        let mut n = 1.0;
        let mut df = Map::default();
        for line in tsv.lines() {
            let Some((w, c)) = line.split_once('\t') else {
                continue;
            };
            if w == "#docs" {
                n = c.trim().parse().unwrap_or(1.0);
            } else if let Ok(c) = c.trim().parse() {
                df.insert(w.to_string(), c);
            }
        }
        Idf { n, df }
    }

    pub fn bundled() -> &'static Idf {
        static I: std::sync::OnceLock<Idf> = std::sync::OnceLock::new();
        I.get_or_init(|| Idf::parse(include_str!("../data/idf.tsv")))
    }

    /// Smoothed inverse document frequency; unseen words count as rare.
    pub fn weight(&self, key: &str) -> f64 {
        let df = self.df.get(key).copied().unwrap_or(0) as f64;
        ((self.n + 1.0) / (df + 1.0)).ln() + 0.1
    }
}

/// The light stems of a text, once each (for building `data/idf.tsv`).
pub fn doc_keys(text: &str) -> Set<String> {
    words(text).into_iter().map(|w| w.key).collect()
}

fn weight(key: &str) -> f64 {
    Idf::bundled().weight(key)
}

/// The features of (claim, text), in the order of [`FEATURES`].
pub fn features(claim: &str, text: &str) -> Vec<f64> {
    let l = lex();
    let cw = words(claim);
    let tw = words(text);
    let content: Vec<&W> = cw
        .iter()
        .filter(|w| {
            !l.stop.contains(&w.key) && !l.neg.contains(&w.raw) && w.key.chars().count() >= 2
        })
        .collect();
    let mut ckeys: Map<&str, f64> = Map::default();
    for w in &content {
        ckeys.insert(w.key.as_str(), weight(&w.key));
    }
    let total_w: f64 = ckeys.values().sum::<f64>().max(1e-9);
    let text_keys: Set<&str> = tw.iter().map(|w| w.key.as_str()).collect();
    let cover_all = ckeys
        .iter()
        .filter(|(k, _)| text_keys.contains(*k))
        .map(|(_, w)| w)
        .sum::<f64>()
        / total_w;

    // Best window of 40 words by weighted distinct coverage (sliding counts).
    const WIN: usize = 40;
    let idx: Vec<Option<&str>> = tw
        .iter()
        .map(|w| ckeys.get_key_value(w.key.as_str()).map(|(k, _)| *k))
        .collect();
    let mut counts: Map<&str, usize> = Map::default();
    let mut cur = 0.0;
    let (mut best, mut best_end) = (0.0, 0usize);
    for i in 0..idx.len() {
        if let Some(k) = idx[i] {
            let c = counts.entry(k).or_insert(0);
            if *c == 0 {
                cur += ckeys[k];
            }
            *c += 1;
        }
        if i >= WIN {
            if let Some(k) = idx[i - WIN] {
                let c = counts.get_mut(k).expect("counted");
                *c -= 1;
                if *c == 0 {
                    cur -= ckeys[k];
                }
            }
        }
        if cur > best {
            best = cur;
            best_end = i + 1;
        }
    }
    let cover_window = best / total_w;
    // The window reaches a few words past its last claim word: denials often follow the claim.
    let wstart = best_end.saturating_sub(WIN);
    let window = &tw[wstart..(best_end + 12).min(tw.len())];

    // Best sentence (sentences longer than 80 words are cut into 80-word pieces).
    let mut sent_groups: Vec<(usize, usize)> = Vec::new();
    let mut s0 = 0;
    for i in 1..=tw.len() {
        if i == tw.len() || tw[i].sent != tw[s0].sent || i - s0 >= 80 {
            sent_groups.push((s0, i));
            s0 = i;
        }
    }
    let mut best_s = (0.0, 0usize, 0usize);
    for &(a, b) in &sent_groups {
        let keys: Set<&str> = tw[a..b].iter().map(|w| w.key.as_str()).collect();
        let c = ckeys
            .iter()
            .filter(|(k, _)| keys.contains(*k))
            .map(|(_, w)| w)
            .sum::<f64>()
            / total_w;
        if c > best_s.0 {
            best_s = (c, a, b);
        }
    }
    let sentence = &tw[best_s.1..best_s.2];

    let cbig: Set<(String, String)> = content
        .windows(2)
        .map(|p| (p[0].key.clone(), p[1].key.clone()))
        .collect();
    let tcontent: Vec<&W> = tw
        .iter()
        .filter(|w| !l.stop.contains(&w.key) && !l.neg.contains(&w.raw))
        .collect();
    let tbig: Set<(&str, &str)> = tcontent
        .windows(2)
        .map(|p| (p[0].key.as_str(), p[1].key.as_str()))
        .collect();
    let bigrams = if cbig.is_empty() {
        0.0
    } else {
        cbig.iter()
            .filter(|(a, b)| tbig.contains(&(a.as_str(), b.as_str())))
            .count() as f64
            / cbig.len() as f64
    };
    let cnums: Set<&str> = cw
        .iter()
        .filter(|w| w.number)
        .map(|w| w.key.as_str())
        .collect();
    let numbers = if cnums.is_empty() {
        0.5
    } else {
        cnums.iter().filter(|n| text_keys.contains(*n)).count() as f64 / cnums.len() as f64
    };
    let longs: Vec<&str> = ckeys
        .keys()
        .filter(|k| k.chars().count() >= 5)
        .copied()
        .collect();
    let long_words = if longs.is_empty() {
        cover_all
    } else {
        longs.iter().filter(|k| text_keys.contains(*k)).count() as f64 / longs.len() as f64
    };
    let count = |ws: &[W], s: &Set<String>, raw: bool| {
        ws.iter()
            .filter(|w| {
                if raw {
                    s.contains(&w.raw)
                } else {
                    s.contains(&w.key)
                }
            })
            .count() as f64
    };
    let per100 = |x: f64| 100.0 * x / (tw.len().max(1) as f64);
    let neg_window = count(window, &l.neg, true);
    let deny_window = count(window, &l.deny, false);
    let deny_text = per100(count(&tw, &l.deny, false));
    let deny_sentence = count(sentence, &l.deny, false);
    let claim_neg = cw
        .iter()
        .any(|w| l.neg.contains(&w.raw) || l.deny.contains(&w.key));
    let sent_neg = sentence
        .iter()
        .any(|w| l.neg.contains(&w.raw) || l.deny.contains(&w.key));
    let neg_mismatch = if claim_neg != sent_neg && best_s.0 > 0.0 {
        1.0
    } else {
        0.0
    };
    let hedge_window = count(window, &l.hedge, false);
    let hedge_text = per100(count(&tw, &l.hedge, false));
    let skeys: Set<&str> = sentence.iter().map(|w| w.key.as_str()).collect();
    let extra = sentence
        .iter()
        .filter(|w| !l.stop.contains(&w.key) && !ckeys.contains_key(w.key.as_str()))
        .count() as f64
        / (sentence.len().max(1) as f64);
    // A claim word's antonym group side present in the best sentence while its own side is not.
    let sides = |keys: &mut dyn Iterator<Item = &str>| -> Set<(usize, u8)> {
        keys.filter_map(|k| antonym_of(l, k)).collect()
    };
    let cs = sides(&mut ckeys.keys().copied());
    let ss = sides(&mut skeys.iter().copied());
    let antonym = cs
        .iter()
        .filter(|(g, side)| ss.contains(&(*g, 1 - side)) && !ss.contains(&(*g, *side)))
        .count()
        .min(2) as f64;
    let mut rare: Vec<(&str, f64)> = ckeys.iter().map(|(k, w)| (*k, *w)).collect();
    rare.sort_by(|a, b| {
        b.1.partial_cmp(&a.1)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.0.cmp(b.0))
    });
    rare.truncate(3);
    let wkeys: Set<&str> = window.iter().map(|w| w.key.as_str()).collect();
    let share = |keys: &Set<&str>| {
        if rare.is_empty() {
            0.0
        } else {
            rare.iter().filter(|(k, _)| keys.contains(k)).count() as f64 / rare.len() as f64
        }
    };
    let top3_all = share(&text_keys);
    let cover_of = |ws: &[W]| {
        let keys: Set<&str> = ws.iter().map(|w| w.key.as_str()).collect();
        ckeys
            .iter()
            .filter(|(k, _)| keys.contains(*k))
            .map(|(_, w)| w)
            .sum::<f64>()
            / total_w
    };
    let cover_head = cover_of(&tw[..tw.len().min(120)]);
    let mut n_win = 0usize;
    let mut n_on = 0usize;
    let mut i = 0;
    while i < tw.len() {
        n_win += 1;
        if cover_of(&tw[i..(i + WIN).min(tw.len())]) >= 0.3 {
            n_on += 1;
        }
        i += WIN / 2;
    }
    let on_topic = n_on as f64 / n_win.max(1) as f64;
    let rare_keys: Set<&str> = rare.iter().map(|r| r.0).collect();
    let rare_density = (100.0
        * tw.iter()
            .filter(|w| rare_keys.contains(w.key.as_str()))
            .count() as f64
        / tw.len().max(1) as f64)
        .min(10.0);
    let top3_window = share(&wkeys);
    // tf-idf cosine: the text's term counts against the claim's, both weighted by idf.
    let mut tf: Map<&str, f64> = Map::default();
    for w in &tw {
        if !l.stop.contains(&w.key) && !l.neg.contains(&w.raw) {
            *tf.entry(w.key.as_str()).or_default() += 1.0;
        }
    }
    let tnorm = tf
        .iter()
        .map(|(k, c)| (c * weight(k)).powi(2))
        .sum::<f64>()
        .sqrt();
    let cnorm = ckeys.values().map(|w| w * w).sum::<f64>().sqrt();
    let dot: f64 = ckeys
        .iter()
        .map(|(k, w)| w * tf.get(k).copied().unwrap_or(0.0) * w)
        .sum();
    let tfidf_cos = if tnorm > 0.0 && cnorm > 0.0 {
        dot / (tnorm * cnorm)
    } else {
        0.0
    };
    let claim_density = (100.0
        * ckeys
            .iter()
            .map(|(k, w)| w * tf.get(k).copied().unwrap_or(0.0))
            .sum::<f64>()
        / (total_w * tw.len().max(1) as f64))
        .min(20.0);
    // The claim's wording and where it sits in the text: attributed news vs a bare rumour, the
    // title, and the sentences around the claim's first content word (in VSO claims its verb).
    let claim_attr = if cw
        .iter()
        .any(|w| l.attr.contains(&w.raw) || l.attr.contains(&w.key))
    {
        1.0
    } else {
        0.0
    };
    let claim_len = ((content.len() + 1) as f64).ln();
    let is_neg = |w: &W| l.neg.contains(&w.raw) || l.deny.contains(&w.key);
    let title_end = tw
        .iter()
        .position(|w| w.sent > 0)
        .unwrap_or(tw.len())
        .min(40);
    let title = &tw[..title_end];
    let title_cover = cover_of(title);
    let title_neg = if title_cover >= 0.3 && title.iter().any(is_neg) {
        1.0
    } else {
        0.0
    };
    let trig = content.first().map(|w| w.key.as_str());
    let (mut trig_found, mut trig_sent_cover, mut trig_neg, mut rare_sent_neg) =
        (0.0, 0.0f64, 0.0, 0.0);
    for &(a, b) in &sent_groups {
        let s = &tw[a..b];
        let neg = s.iter().any(is_neg);
        if trig.is_some_and(|t| s.iter().any(|w| w.key == t)) {
            trig_found = 1.0;
            let c = cover_of(s);
            trig_sent_cover = trig_sent_cover.max(c);
            if neg && c >= 0.3 {
                trig_neg = 1.0;
            }
        }
        let nrare = rare
            .iter()
            .filter(|(k, _)| s.iter().any(|w| w.key == *k))
            .count();
        if nrare >= 2 && neg {
            rare_sent_neg = 1.0;
        }
    }
    vec![
        cover_all,
        cover_window,
        best_s.0,
        best_s.0 * best_s.0,
        bigrams,
        numbers,
        long_words,
        ((tw.len() + 1) as f64).ln(),
        neg_window.min(5.0),
        deny_window.min(5.0),
        deny_text.min(5.0),
        deny_sentence.min(3.0),
        neg_mismatch,
        hedge_window.min(5.0),
        hedge_text.min(5.0),
        extra,
        cover_window * if deny_window > 0.0 { 1.0 } else { 0.0 },
        antonym,
        top3_all,
        top3_window,
        if best_s.0 >= 0.75 { 1.0 } else { 0.0 },
        if cover_window >= 0.5 { 1.0 } else { 0.0 },
        cover_head,
        on_topic,
        rare_density,
        tfidf_cos,
        claim_density,
        claim_attr,
        claim_len,
        title_cover,
        title_neg,
        trig_found,
        trig_sent_cover,
        trig_neg,
        rare_sent_neg,
    ]
}

/// Features of a pair relative to the other texts paired with the same claim in one batch (a
/// claim's retrieved articles compete: the best-matching ones are more likely on topic).
pub const GROUP_FEATURES: &[&str] = &[
    "rel_cover_window",   // cover_window / the claim's best cover_window in the batch
    "rel_cover_sentence", // cover_sentence / the best
    "rel_on_topic",       // on_topic / the best
    "group_size_log",     // log of the number of texts for this claim
];

/// The names of a feature row's columns, by its length: [`FEATURES`], then [`GROUP_FEATURES`]
/// and/or [`STRUCT_FEATURES`] when the row has them (a shorter row: a prefix of [`FEATURES`] then
/// [`GROUP_FEATURES`]).
pub fn row_names(len: usize) -> Vec<&'static str> {
    let (f, g, s) = (FEATURES.len(), GROUP_FEATURES.len(), STRUCT_FEATURES.len());
    let all: Vec<&'static str> = if len == f + s {
        FEATURES.iter().chain(STRUCT_FEATURES).copied().collect()
    } else if len == f + g + s {
        FEATURES
            .iter()
            .chain(GROUP_FEATURES)
            .chain(STRUCT_FEATURES)
            .copied()
            .collect()
    } else {
        FEATURES.iter().chain(GROUP_FEATURES).copied().collect()
    };
    all.into_iter().take(len).collect()
}

fn idx(name: &str) -> usize {
    FEATURES
        .iter()
        .position(|n| *n == name)
        .expect("feature name")
}

/// Features for a batch of (claim, text) pairs: [`features`] plus [`GROUP_FEATURES`], computed
/// over the pairs that share a claim.
pub fn features_batch(pairs: &[(&str, &str)]) -> Vec<Vec<f64>> {
    let mut xs: Vec<Vec<f64>> = pairs.iter().map(|(c, t)| features(c, t)).collect();
    add_group_features(pairs.iter().map(|p| p.0), &mut xs);
    xs
}

/// Appends [`GROUP_FEATURES`] to feature rows, grouping rows by claim text.
pub fn add_group_features<'a>(claims: impl Iterator<Item = &'a str>, xs: &mut [Vec<f64>]) {
    let claims: Vec<&str> = claims.collect();
    let mut groups: Map<&str, Vec<usize>> = Map::default();
    for (i, c) in claims.iter().enumerate() {
        groups.entry(c).or_default().push(i);
    }
    let cols = [idx("cover_window"), idx("cover_sentence"), idx("on_topic")];
    for rows in groups.values() {
        let best: Vec<f64> = cols
            .iter()
            .map(|&j| rows.iter().map(|&i| xs[i][j]).fold(0.0, f64::max))
            .collect();
        let size = (rows.len() as f64).ln();
        for &i in rows {
            let rel: Vec<f64> = cols
                .iter()
                .zip(&best)
                .map(|(&j, b)| if *b > 1e-9 { xs[i][j] / b } else { 0.0 })
                .collect();
            xs[i].extend(rel);
            xs[i].push(size);
        }
    }
}

/// Logistic weights as shipped in `data/*.json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Weights {
    pub labels: Vec<String>,
    pub features: Vec<String>,
    /// Standardisation: (x - mean) / std per feature.
    pub mean: Vec<f64>,
    pub std: Vec<f64>,
    /// One row per label: a weight per feature, then the bias.
    pub weights: Vec<Vec<f64>>,
    /// Added to each label's score before the argmax (tuned for macro-F1 on training folds).
    #[serde(default)]
    pub offsets: Vec<f64>,
    /// How the weights were fitted (data, folds, regularisation).
    #[serde(default)]
    pub note: String,
}

impl Weights {
    /// Raw label scores for a feature vector.
    pub fn scores(&self, x: &[f64]) -> Vec<f64> {
        let z: Vec<f64> = x
            .iter()
            .zip(self.mean.iter().zip(&self.std))
            .map(|(v, (m, s))| (v - m) / if *s > 1e-9 { *s } else { 1.0 })
            .collect();
        self.weights
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let b = w.last().copied().unwrap_or(0.0);
                let off = self.offsets.get(i).copied().unwrap_or(0.0);
                w.iter().zip(&z).map(|(a, b)| a * b).sum::<f64>() + b + off
            })
            .collect()
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Prediction {
    pub label: String,
    /// Probability-like softmax of the scores, per label.
    pub scores: Vec<(String, f64)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    pub prediction: Prediction,
    /// (feature, value, contribution to the predicted label's score)
    pub features: Vec<(String, f64, f64)>,
}

#[derive(Clone)]
pub struct Model {
    pub weights: Weights,
    /// Used instead of `weights` when those need [`STRUCT_FEATURES`] and a caller has none
    /// (a text-only weight set fitted on the same data).
    fallback: Option<Weights>,
}

const UNIFIEDFC_WEIGHTS: &str = include_str!("../data/unifiedfc.json");
const ANS_WEIGHTS: &str = include_str!("../data/ans.json");
const UNIFIEDFC_STRUCTURED_WEIGHTS: &str = include_str!("../data/unifiedfc-structured.json");

impl Model {
    /// The shipped model for a label set.
    pub fn bundled(labels: Labels) -> Model {
        let src = match labels {
            Labels::UnifiedFc => UNIFIEDFC_WEIGHTS,
            Labels::Ans => ANS_WEIGHTS,
        };
        Model::from_json(src).expect("bundled stance weights parse")
    }

    /// The shipped model that also reads [`STRUCT_FEATURES`] (the claim and the text analysed by
    /// isnad's extractor, compared by [`structured_features`]) where a label set has one
    /// (UnifiedFC), with the text-only [`Model::bundled`] weights as its fallback for callers
    /// without analyses. ANS: the text-only model.
    pub fn bundled_structured(labels: Labels) -> Model {
        match labels {
            Labels::UnifiedFc => Model::from_json(UNIFIEDFC_STRUCTURED_WEIGHTS)
                .expect("bundled stance weights parse")
                .with_fallback(Model::bundled(labels).weights),
            Labels::Ans => Model::bundled(labels),
        }
    }

    /// A model from weights (see [`Model::from_json`] for the checks a file gets).
    pub fn new(weights: Weights) -> Model {
        Model {
            weights,
            fallback: None,
        }
    }

    /// Text-only weights to use when the structured features are not given.
    pub fn with_fallback(mut self, text_only: Weights) -> Model {
        self.fallback = Some(text_only);
        self
    }

    /// Whether the weights read [`STRUCT_FEATURES`]: callers should then pass them
    /// ([`Model::predict_with`], [`Model::predict_batch_with`]).
    pub fn uses_structured(&self) -> bool {
        self.weights
            .features
            .iter()
            .any(|n| STRUCT_FEATURES.contains(&n.as_str()))
    }

    /// The model used for rows without structured features: the fallback weights when the main
    /// ones need them and there is one, else the main weights (missing columns read as 0).
    fn text_only(&self) -> std::borrow::Cow<'_, Model> {
        match &self.fallback {
            Some(w) if self.uses_structured() => std::borrow::Cow::Owned(Model::new(w.clone())),
            _ => std::borrow::Cow::Borrowed(self),
        }
    }

    pub fn from_json(s: &str) -> Result<Model, String> {
        let w: Weights = serde_json::from_str(s).map_err(|e| e.to_string())?;
        let d = w.features.len();
        // Weights name their features; any subset of this version's features, in any order,
        // loads (older files with fewer features keep working).
        let known = |n: &String| {
            FEATURES
                .iter()
                .chain(GROUP_FEATURES)
                .chain(STRUCT_FEATURES)
                .any(|f| f == n)
        };
        if !w.features.iter().all(known) {
            return Err(format!(
                "stance weights name features this model does not compute: {:?}",
                w.features.iter().filter(|n| !known(n)).collect::<Vec<_>>()
            ));
        }
        if w.mean.len() != d || w.std.len() != d || w.weights.iter().any(|r| r.len() != d + 1) {
            return Err(format!(
                "stance weights are for {} features, this model computes {}",
                w.features.len(),
                FEATURES.len()
            ));
        }
        Ok(Model::new(w))
    }

    /// Whether the weights use [`GROUP_FEATURES`] (batch prediction with [`Model::predict_batch`]).
    pub fn uses_groups(&self) -> bool {
        self.weights
            .features
            .iter()
            .any(|n| GROUP_FEATURES.contains(&n.as_str()))
    }

    /// `x` in the order of the weights' features: as is when the lengths agree (weights fitted on
    /// these rows), else picked by name from a row laid out as [`FEATURES`] then
    /// [`GROUP_FEATURES`] (missing columns read as 0).
    fn aligned<'a>(&self, x: &'a [f64]) -> std::borrow::Cow<'a, [f64]> {
        let names = &self.weights.features;
        if x.len() == names.len() {
            return std::borrow::Cow::Borrowed(x);
        }
        let layout = row_names(x.len());
        std::borrow::Cow::Owned(
            names
                .iter()
                .map(|n| {
                    layout
                        .iter()
                        .position(|f| f == n)
                        .and_then(|i| x.get(i).copied())
                        .unwrap_or(0.0)
                })
                .collect(),
        )
    }

    /// One pair on its own (as a batch of one when the model uses group features).
    pub fn predict(&self, claim: &str, text: &str) -> Prediction {
        self.predict_with(claim, text, None)
    }

    /// One pair with its [`STRUCT_FEATURES`] (from [`structured_features`]) when the caller has
    /// analyses of the claim and the text; `None` falls back to the text-only weights.
    pub fn predict_with(&self, claim: &str, text: &str, extra: Option<&[f64]>) -> Prediction {
        let extras = extra.map(|e| vec![e.to_vec()]);
        self.predict_batch_with(&[(claim, text)], extras.as_deref())
            .pop()
            .expect("one prediction")
    }

    /// A batch of pairs; pairs with the same claim are compared with each other.
    pub fn predict_batch(&self, pairs: &[(&str, &str)]) -> Vec<Prediction> {
        self.predict_batch_with(pairs, None)
    }

    /// [`Model::predict_batch`] with each pair's [`STRUCT_FEATURES`] (`extras[i]` for `pairs[i]`).
    pub fn predict_batch_with(
        &self,
        pairs: &[(&str, &str)],
        extras: Option<&[Vec<f64>]>,
    ) -> Vec<Prediction> {
        let (m, xs) = self.rows(pairs, extras);
        xs.iter().map(|x| m.predict_features(x)).collect()
    }

    /// The model to use and the feature rows: [`FEATURES`] (then [`GROUP_FEATURES`] when the
    /// weights use them), then [`STRUCT_FEATURES`] when given and used.
    fn rows(
        &self,
        pairs: &[(&str, &str)],
        extras: Option<&[Vec<f64>]>,
    ) -> (std::borrow::Cow<'_, Model>, Vec<Vec<f64>>) {
        let mut xs = if self.uses_groups() {
            features_batch(pairs)
        } else {
            pairs.iter().map(|(c, t)| features(c, t)).collect()
        };
        match extras {
            Some(e) if self.uses_structured() && e.len() == xs.len() => {
                let g = self.uses_groups();
                for (x, e) in xs.iter_mut().zip(e) {
                    if !g {
                        x.extend(std::iter::repeat_n(0.0, GROUP_FEATURES.len()));
                    }
                    x.extend(e.iter().copied());
                    x.resize(
                        FEATURES.len() + GROUP_FEATURES.len() + STRUCT_FEATURES.len(),
                        0.0,
                    );
                }
                (std::borrow::Cow::Borrowed(self), xs)
            }
            _ => (self.text_only(), xs),
        }
    }

    /// Prediction from a row of [`features`] (or [`features_batch`]), or from a row laid out as
    /// the weights' own features.
    pub fn predict_features(&self, x: &[f64]) -> Prediction {
        let s = self.weights.scores(&self.aligned(x));
        let m = s.iter().cloned().fold(f64::MIN, f64::max);
        let e: Vec<f64> = s.iter().map(|v| (v - m).exp()).collect();
        let z: f64 = e.iter().sum();
        let best = s
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.partial_cmp(b.1).unwrap_or(std::cmp::Ordering::Equal))
            .map_or(0, |x| x.0);
        Prediction {
            label: self.weights.labels.get(best).cloned().unwrap_or_default(),
            scores: self
                .weights
                .labels
                .iter()
                .cloned()
                .zip(e.iter().map(|v| v / z))
                .collect(),
        }
    }

    /// One pair on its own, with each feature's contribution to the predicted label.
    pub fn explain(&self, claim: &str, text: &str) -> Explanation {
        self.explain_batch(&[(claim, text)])
            .pop()
            .expect("one explanation")
    }

    /// Like [`Model::predict_batch`], with each feature's contribution to the predicted label
    /// (group features, when the weights use them, computed over the batch as in prediction).
    pub fn explain_batch(&self, pairs: &[(&str, &str)]) -> Vec<Explanation> {
        self.explain_batch_with(pairs, None)
    }

    /// [`Model::explain_batch`] with each pair's [`STRUCT_FEATURES`].
    pub fn explain_batch_with(
        &self,
        pairs: &[(&str, &str)],
        extras: Option<&[Vec<f64>]>,
    ) -> Vec<Explanation> {
        let (m, xs) = self.rows(pairs, extras);
        xs.iter().map(|x| m.explain_features(x)).collect()
    }

    fn explain_features(&self, x: &[f64]) -> Explanation {
        let prediction = self.predict_features(x);
        let x = self.aligned(x);
        let li = self
            .weights
            .labels
            .iter()
            .position(|l| *l == prediction.label)
            .unwrap_or(0);
        let w = &self.weights;
        let features = w
            .features
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let z = (x[i] - w.mean[i]) / if w.std[i] > 1e-9 { w.std[i] } else { 1.0 };
                (name.to_string(), x[i], w.weights[li][i] * z)
            })
            .collect();
        Explanation {
            prediction,
            features,
        }
    }
}

/// Fits multinomial logistic regression (full-batch gradient descent, L2, class-balanced) and
/// then per-label offsets that maximise macro-F1 on the same data. Used by `examples/fit.rs`.
pub fn fit(xs: &[Vec<f64>], ys: &[usize], labels: &[&str], l2: f64, note: &str) -> Weights {
    let mut weights = fit_plain(xs, ys, labels, l2, note);
    if std::env::var("STANCE_NO_OFFSETS").is_err() {
        let scores: Vec<Vec<f64>> = xs.iter().map(|x| weights.scores(x)).collect();
        weights.offsets = tune_offsets(&scores, ys, labels.len());
    }
    weights
}

/// [`fit`] without the offsets (all zero): the logistic weights alone.
pub fn fit_plain(xs: &[Vec<f64>], ys: &[usize], labels: &[&str], l2: f64, note: &str) -> Weights {
    let d = xs.first().map_or(FEATURES.len(), Vec::len);
    let k = labels.len();
    let n = xs.len().max(1);
    let mut mean = vec![0.0; d];
    let mut std = vec![0.0; d];
    for x in xs {
        for j in 0..d {
            mean[j] += x[j] / n as f64;
        }
    }
    for x in xs {
        for j in 0..d {
            std[j] += (x[j] - mean[j]).powi(2) / n as f64;
        }
    }
    for s in std.iter_mut() {
        *s = s.sqrt().max(1e-6);
    }
    let z: Vec<Vec<f64>> = xs
        .iter()
        .map(|x| (0..d).map(|j| (x[j] - mean[j]) / std[j]).collect())
        .collect();
    let mut freq = vec![0.0f64; k];
    for &y in ys {
        freq[y] += 1.0;
    }
    // Balanced class weights, softened (square root) so rare labels do not swamp the rest.
    let power: f64 = std::env::var("STANCE_CW")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.5);
    let cw: Vec<f64> = freq
        .iter()
        .map(|f| ((n as f64) / (k as f64 * f.max(1.0))).powf(power))
        .collect();
    let mut w = vec![vec![0.0; d + 1]; k];
    let lr = 0.5;
    for _ in 0..1500 {
        let mut g = vec![vec![0.0; d + 1]; k];
        for (x, &y) in z.iter().zip(ys) {
            let s: Vec<f64> = w
                .iter()
                .map(|r| r[..d].iter().zip(x).map(|(a, b)| a * b).sum::<f64>() + r[d])
                .collect();
            let m = s.iter().cloned().fold(f64::MIN, f64::max);
            let e: Vec<f64> = s.iter().map(|v| (v - m).exp()).collect();
            let t: f64 = e.iter().sum();
            for c in 0..k {
                let p = e[c] / t - if c == y { 1.0 } else { 0.0 };
                let p = p * cw[y];
                for j in 0..d {
                    g[c][j] += p * x[j];
                }
                g[c][d] += p;
            }
        }
        for c in 0..k {
            for j in 0..=d {
                let reg = if j < d { l2 * w[c][j] } else { 0.0 };
                w[c][j] -= lr * (g[c][j] / n as f64 + reg);
            }
        }
    }
    Weights {
        labels: labels.iter().map(|s| s.to_string()).collect(),
        features: row_names(d).iter().map(|s| s.to_string()).collect(),
        mean,
        std,
        weights: w,
        offsets: vec![0.0; k],
        note: note.to_string(),
    }
}

/// Per-label offsets added to raw scores (`Weights::scores` with zero offsets) that maximise
/// macro-F1 on the given scores: a coordinate search over a grid of 0.1 steps in [-3, 3], three
/// passes. [`fit`] feeds it the model's own training scores; `examples/fit.rs` can feed it
/// out-of-fold scores instead (`STANCE_INNER_CV`).
pub fn tune_offsets(scores: &[Vec<f64>], ys: &[usize], k: usize) -> Vec<f64> {
    let mut offsets = vec![0.0; k];
    let mut best = macro_f1_with(scores, ys, &offsets, k);
    for _ in 0..3 {
        for c in 0..k {
            for step in -30..=30 {
                let mut o = offsets.clone();
                o[c] = step as f64 * 0.1;
                let f = macro_f1_with(scores, ys, &o, k);
                if f > best + 1e-9 {
                    best = f;
                    offsets = o;
                }
            }
        }
    }
    offsets
}

fn macro_f1_with(scores: &[Vec<f64>], ys: &[usize], off: &[f64], k: usize) -> f64 {
    let pred: Vec<usize> = scores
        .iter()
        .map(|s| {
            (0..k)
                .max_by(|&a, &b| {
                    (s[a] + off[a])
                        .partial_cmp(&(s[b] + off[b]))
                        .unwrap_or(std::cmp::Ordering::Equal)
                })
                .unwrap_or(0)
        })
        .collect();
    macro_f1(&pred, ys, k)
}

/// Macro-F1 over the labels present in the gold set (as score_stance.py computes it).
pub fn macro_f1(pred: &[usize], gold: &[usize], k: usize) -> f64 {
    let mut f = 0.0;
    let mut present = 0;
    for c in 0..k {
        if !gold.contains(&c) {
            continue;
        }
        present += 1;
        let tp = pred
            .iter()
            .zip(gold)
            .filter(|(p, g)| **p == c && **g == c)
            .count() as f64;
        let fp = pred
            .iter()
            .zip(gold)
            .filter(|(p, g)| **p == c && **g != c)
            .count() as f64;
        let fnn = pred
            .iter()
            .zip(gold)
            .filter(|(p, g)| **p != c && **g == c)
            .count() as f64;
        let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let r = if tp + fnn > 0.0 { tp / (tp + fnn) } else { 0.0 };
        if p + r > 0.0 {
            f += 2.0 * p * r / (p + r);
        }
    }
    f / present.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLAIM: &str = "قوات النظام السوري تسيطر على مدينة البوكمال بعد معارك مع تنظيم داعش";

    #[test]
    fn features_separate_related_from_unrelated() {
        let agree = "أعلنت وكالة الأنباء الرسمية أن قوات النظام السوري سيطرت على مدينة البوكمال بعد معارك عنيفة مع تنظيم داعش استمرت أياما.";
        let unrelated =
            "ارتفعت أسعار الذهب في الأسواق العالمية مع تراجع الدولار أمام العملات الرئيسية.";
        let fa = features(CLAIM, agree);
        let fu = features(CLAIM, unrelated);
        assert_eq!(fa.len(), FEATURES.len());
        assert!(fa[0] > 0.6, "{fa:?}");
        assert!(fu[0] < 0.2, "{fu:?}");
        assert!(fa[2] > fu[2]);
    }

    #[test]
    fn denial_cues_are_counted() {
        let deny = "نفى مصدر عسكري الأنباء التي تحدثت عن سيطرة قوات النظام السوري على مدينة البوكمال، ووصفها بأنها شائعات عارية عن الصحة.";
        let f = features(CLAIM, deny);
        let i = FEATURES.iter().position(|n| *n == "deny_window").unwrap();
        assert!(f[i] >= 2.0, "{f:?}");
    }

    #[test]
    fn antonyms_in_a_rewritten_headline() {
        let f = features(
            "الذهب يرتفع لأعلى مستوى منذ أسبوعين",
            "انخفاض الذهب لأدنى مستوى منذ أسبوعين",
        );
        let i = FEATURES.iter().position(|n| *n == "antonym").unwrap();
        assert!(f[i] >= 1.0, "{f:?}");
    }

    #[test]
    fn bundled_models_load_and_never_panic() {
        for l in [Labels::UnifiedFc, Labels::Ans] {
            let m = Model::bundled(l);
            for (c, t) in [("", ""), (CLAIM, ""), ("", CLAIM), ("؟؟ ...", "١٢٣ 456")] {
                let p = m.predict(c, t);
                assert!(l.names().contains(&p.label.as_str()));
            }
        }
    }

    #[test]
    fn claim_wording_and_trigger_sentence_features() {
        let at = |f: &[f64], n: &str| f[FEATURES.iter().position(|x| *x == n).unwrap()];
        let rumour = "أعاد الرئيس الفرنسي ماكرون افتتاح السفارة الفرنسية في دمشق";
        let news = "قال الرئيس الفرنسي ماكرون يوم الأربعاء إنه أعاد افتتاح السفارة الفرنسية في دمشق";
        let deny = "نفت الخارجية أن الرئيس الفرنسي ماكرون أعاد افتتاح السفارة الفرنسية في دمشق. وأضافت أن الأمر غير مطروح.";
        let f = features(rumour, deny);
        assert_eq!(at(&f, "claim_attr"), 0.0);
        assert_eq!(at(&features(news, deny), "claim_attr"), 1.0);
        assert_eq!(at(&f, "title_neg"), 1.0, "{f:?}");
        assert_eq!(at(&f, "trig_found"), 1.0, "{f:?}");
        assert_eq!(at(&f, "trig_neg"), 1.0, "{f:?}");
        assert_eq!(at(&f, "rare_sent_neg"), 1.0, "{f:?}");
        let g = features(rumour, "ارتفعت أسعار الذهب في الأسواق العالمية.");
        assert_eq!(at(&g, "trig_found"), 0.0);
        assert_eq!(at(&g, "title_cover"), 0.0);
    }

    #[test]
    fn weights_for_a_subset_of_features_load_by_name() {
        // An older file with fewer features (and in another order) still predicts: rows are
        // picked by feature name.
        let mut w = Model::bundled(Labels::UnifiedFc).weights;
        let keep = ["tfidf_cos", "cover_all", "deny_window"];
        let cols: Vec<usize> = keep
            .iter()
            .map(|n| w.features.iter().position(|f| f == n).unwrap())
            .collect();
        w.features = keep.iter().map(|s| s.to_string()).collect();
        w.mean = cols.iter().map(|&i| w.mean[i]).collect();
        w.std = cols.iter().map(|&i| w.std[i]).collect();
        for r in w.weights.iter_mut() {
            let b = *r.last().unwrap();
            *r = cols.iter().map(|&i| r[i]).chain([b]).collect();
        }
        let m = Model::from_json(&serde_json::to_string(&w).unwrap()).unwrap();
        let x = features(CLAIM, "قوات النظام السوري تسيطر على مدينة البوكمال");
        let picked: Vec<f64> = cols.iter().map(|&i| x[i]).collect();
        assert_eq!(m.predict_features(&x), m.predict_features(&picked));
        let e = m.explain(CLAIM, "قوات النظام السوري تسيطر على مدينة البوكمال");
        assert_eq!(e.features.len(), 3);
        assert_eq!(e.features[0].0, "tfidf_cos");
        w.features[0] = "no_such_feature".into();
        assert!(Model::from_json(&serde_json::to_string(&w).unwrap()).is_err());
    }

    #[test]
    fn tune_offsets_recovers_a_shifted_minority_label() {
        // Label 1 rows score a bit higher on label 1 than other rows do, yet never above label 0:
        // only an offset lets the argmax find them.
        let scores: Vec<Vec<f64>> = (0..20)
            .map(|i| {
                if i % 5 == 0 {
                    vec![1.0, 0.6]
                } else {
                    vec![1.0, 0.2]
                }
            })
            .collect();
        let ys: Vec<usize> = (0..20).map(|i| usize::from(i % 5 == 0)).collect();
        let off = tune_offsets(&scores, &ys, 2);
        assert!(macro_f1_with(&scores, &ys, &off, 2) > 0.99, "{off:?}");
        assert!(macro_f1_with(&scores, &ys, &[0.0, 0.0], 2) < 0.5);
    }

    #[test]
    fn explain_batch_agrees_with_predict_batch() {
        let m = Model::bundled(Labels::UnifiedFc);
        let deny = "نفى مصدر عسكري الأنباء عن سيطرة قوات النظام السوري على مدينة البوكمال ووصفها بالشائعات.";
        let other = "افتتح معرض الكتاب أبوابه أمس في العاصمة بمشاركة مئات دور النشر.";
        let pairs = [(CLAIM, deny), (CLAIM, other), ("", "")];
        let p = m.predict_batch(&pairs);
        let e = m.explain_batch(&pairs);
        assert_eq!(p.len(), e.len());
        for (a, b) in p.iter().zip(&e) {
            assert_eq!(a, &b.prediction);
            assert_eq!(b.features.len(), m.weights.features.len());
        }
    }

    #[test]
    fn fit_learns_a_separable_toy_problem() {
        let related = "قوات النظام السوري سيطرت على مدينة البوكمال بعد معارك مع تنظيم داعش";
        let other = "الأمطار الغزيرة تغمر شوارع المدينة الساحلية وتقطع الطرق";
        let mut xs = vec![];
        let mut ys = vec![];
        for i in 0..20 {
            let extra = "كلمة ".repeat(i);
            xs.push(features(CLAIM, &format!("{extra}{related}")));
            ys.push(0);
            xs.push(features(CLAIM, &format!("{extra}{other}")));
            ys.push(1);
        }
        let w = fit(&xs, &ys, &["agree", "unrelated"], 0.01, "toy");
        let m = Model::new(w);
        assert_eq!(m.predict(CLAIM, related).label, "agree");
        assert_eq!(m.predict(CLAIM, other).label, "unrelated");
    }

    fn analyse(text: &str) -> isnad_schema::Analysis {
        isnad_extract::Extractor::bundled().analyse(&isnad_schema::Article {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        })
    }

    #[test]
    fn structured_features_compare_claim_and_text_analyses() {
        let claim = "سيطرت قوات النظام السوري على مدينة البوكمال";
        let same = "أعلن مصدر عسكري أن قوات النظام السوري سيطرت على مدينة البوكمال بعد معارك عنيفة مع تنظيم داعش.";
        let other = "ارتفعت أسعار الذهب في الأسواق العالمية مع تراجع الدولار أمام العملات الرئيسية.";
        let c = analyse(claim);
        let fs = structured_features(&c, &analyse(same));
        let fo = structured_features(&c, &analyse(other));
        assert_eq!(fs.len(), STRUCT_FEATURES.len());
        let at = |x: &[f64], n: &str| x[STRUCT_FEATURES.iter().position(|f| *f == n).unwrap()];
        assert_eq!(at(&fs, "s_claim_props"), 1.0, "{fs:?}");
        assert_eq!(at(&fs, "s_same_fam_place"), 1.0, "{fs:?}");
        assert_eq!(at(&fs, "s_place_cover"), 1.0, "{fs:?}");
        assert_eq!(at(&fo, "s_same_fam_place"), 0.0, "{fo:?}");
        assert_eq!(at(&fo, "s_place_cover"), 0.0, "{fo:?}");
        assert!(fs.iter().chain(&fo).all(|v| (0.0..=1.0).contains(v)));
    }

    #[test]
    fn structured_model_falls_back_to_text_only_without_analyses() {
        let m = Model::bundled_structured(Labels::UnifiedFc);
        assert!(m.uses_structured());
        let text_only = Model::bundled(Labels::UnifiedFc);
        assert!(!text_only.uses_structured());
        let t = "قالت وكالة الأنباء الرسمية إن قوات النظام السوري سيطرت على مدينة البوكمال بعد معارك مع تنظيم داعش.";
        assert_eq!(m.predict(CLAIM, t), text_only.predict(CLAIM, t));
        assert_eq!(m.predict_with(CLAIM, t, None), text_only.predict(CLAIM, t));
        let x = structured_features(&analyse(CLAIM), &analyse(t));
        let with = m.predict_with(CLAIM, t, Some(&x));
        assert_eq!(with.scores.len(), 4);
        let e = m.explain_batch_with(&[(CLAIM, t)], Some(std::slice::from_ref(&x)));
        assert_eq!(e[0].prediction, with);
        assert_eq!(e[0].features.len(), m.weights.features.len());
        // Deterministic.
        assert_eq!(m.predict_with(CLAIM, t, Some(&x)), with);
    }
}
