//! Training: NewsFANE Gold reading (clitics joined back onto their words), the averaged
//! perceptron, and strict span scoring. Used by `examples/train.rs`; nothing here runs when
//! tagging.

use crate::features::forms;
use crate::features::NL;
use crate::{decode, hint_codes, spans, Hint, IdMap, IdSet, Kind, Ner, Prepared, Scorer};
use isnad_text::{fold, tokens, Normalized, Token};
use std::collections::HashMap;

/// One NewsFANE line: a clitic-segmented token and its fine BIO tag.
pub type Line = (String, String);

/// Reads NewsFANE Gold (UTF-8 with BOM, CRLF, `token<TAB>tag`, blank line between sentences).
pub fn read_newsfane(text: &str) -> Vec<Vec<Line>> {
    let mut sents = Vec::new();
    let mut cur = Vec::new();
    for raw in text.trim_start_matches('\u{feff}').lines() {
        let line = raw.trim_end_matches('\r').replace('\u{200e}', "");
        if line.trim().is_empty() {
            if !cur.is_empty() {
                sents.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let (tok, tag) = line.split_once('\t').unwrap_or((&line, "O"));
        let tok = tok.trim();
        if !tok.is_empty() {
            cur.push((tok.to_string(), tag.trim().to_string()));
        }
    }
    if !cur.is_empty() {
        sents.push(cur);
    }
    sents
}

/// The coarse type of a NewsFANE fine type (`None`: not an entity for isnad).
pub fn coarse(fine: &str) -> Option<Kind> {
    const PER: &[&str] = &[
        "Politician",
        "Athlete",
        "Artist",
        "Other_PER",
        "Religious_PER",
        "Scientist",
        "Police",
        "Businessperson",
        "Lawyer",
        "Engineer",
        "Group",
    ];
    const ORG: &[&str] = &[
        "Non-Governmental",
        "Sports",
        "Media",
        "Government",
        "Commercial",
        "Educational",
        "Medical-Science",
        "Entertainment",
        "Religious_ORG",
    ];
    const LOC: &[&str] = &[
        "Nation",
        "Population-Center",
        "State-or-Province",
        "GPE-Cluster",
        "Continent",
        "County-or-District",
        "Water-Body",
        "Land-Region-Natural",
        "Building-Grounds",
        "Path",
        "Airport",
        "Subarea-Facility",
        "Celestial",
        "Plant",
    ];
    if PER.contains(&fine) {
        Some(Kind::Per)
    } else if ORG.contains(&fine) {
        Some(Kind::Org)
    } else if LOC.contains(&fine) {
        Some(Kind::Loc)
    } else {
        None
    }
}

/// A word as raw news writes it, with its fine tag and the particles NewsFANE had split off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub text: String,
    pub tag: String,
    pub particles: String,
    /// The word NewsFANE segmented (without particles or pronoun).
    pub host: String,
}

const PROCLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك"];
const PRONOUNS: &[&str] = &["ه", "ها", "هم", "هما", "هن", "نا", "ي", "كم", "كما", "كن"];

fn arabic_word(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| ('\u{0621}'..='\u{064A}').contains(&c))
}

/// Joins proclitic tokens (و ف ب ل ك) onto the next word and pronoun tokens onto the previous
/// one, so the text reads like raw news (`و قال ان ه` → `وقال انه`, `ل الاتحاد` → `للاتحاد`).
/// A word's tag is its host's, or a particle's B- tag when the name starts at the particle.
pub fn join_clitics(sent: &[Line]) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut pending: Vec<&Line> = Vec::new();
    for (i, line) in sent.iter().enumerate() {
        let (tok, tag) = (line.0.as_str(), line.1.as_str());
        let next_is_word = sent.get(i + 1).is_some_and(|n| arabic_word(&n.0));
        if PROCLITICS.contains(&tok) && next_is_word {
            pending.push(line);
            continue;
        }
        if pending.is_empty()
            && PRONOUNS.contains(&tok)
            && i > 0
            && out.last().is_some_and(|w| arabic_word(&w.text))
            && arabic_word(&sent[i - 1].0)
        {
            out.last_mut().expect("checked").text.push_str(tok);
            continue;
        }
        let particles: String = pending.iter().map(|l| l.0.as_str()).collect();
        let mut text = particles.clone();
        if text.ends_with('ل') && tok.starts_with("ال") {
            // ل + ال is written لل.
            text.push_str(&tok["ا".len()..]);
        } else {
            text.push_str(tok);
        }
        let mut tag = tag.to_string();
        if let Some(b) = pending.iter().find(|l| l.1.starts_with("B-")) {
            tag = format!(
                "B-{}",
                tag.get(2..).filter(|t| !t.is_empty()).unwrap_or(&b.1[2..])
            );
        }
        pending.clear();
        out.push(Word {
            text,
            tag,
            particles,
            host: tok.to_string(),
        });
    }
    // Particles left at the end (before punctuation) stay words of their own.
    for l in pending {
        out.push(Word {
            text: l.0.clone(),
            tag: l.1.clone(),
            particles: String::new(),
            host: l.0.clone(),
        });
    }
    out
}

/// Coarse BIO labels of a sequence of fine tags, with mention boundaries as NewsFANE's scorer
/// draws them (a new mention at B-, or at I- of another fine type).
pub fn coarse_labels<'a>(tags: impl Iterator<Item = &'a str>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut cur: Option<&str> = None;
    for tag in tags {
        let (bio, fine) = tag.split_at(tag.len().min(2));
        let cont = bio == "I-" && cur == Some(fine);
        let begins = bio == "B-" || (bio == "I-" && !cont);
        cur = if begins || cont { Some(fine) } else { None };
        out.push(match coarse(fine) {
            Some(k) if begins => k.begin(),
            Some(k) if cont => k.begin() + 1,
            _ => 0,
        });
    }
    // A coarse-less mention inside does not continue a coarse one: fix I- after O.
    for i in 0..out.len() {
        let prev = if i > 0 { out[i - 1] } else { 0 };
        if out[i] != 0 && out[i] % 2 == 0 && prev != out[i] && prev + 1 != out[i] {
            out[i] -= 1;
        }
    }
    out
}

/// One training or test sentence: text, isnad tokens, gold labels per token.
pub struct Sample {
    pub folded: String,
    pub toks: Vec<Token>,
    pub gold: Vec<u8>,
    pub hints: Vec<u8>,
    pub prepared: Prepared,
    /// For each gold mention: first token and the folded byte where the name starts.
    pub gold_starts: Vec<(usize, usize)>,
}

/// Builds a sample from words (with their fine tags) joined by spaces. `hints_of` gives
/// registry/gazetteer hints on the folded text.
pub fn sample(
    words: &[(String, String, usize)],
    hints_of: &dyn Fn(&str) -> Vec<Hint>,
    vocab: &IdSet,
) -> Option<Sample> {
    // Folding is per character, so the folded text is the words folded one by one.
    let mut folded = String::new();
    let mut ranges = Vec::new();
    let mut raw = String::new();
    for (w, _, _) in words {
        let f = fold(w);
        if f.is_empty() {
            ranges.push((folded.len(), folded.len()));
            continue;
        }
        if !folded.is_empty() {
            folded.push(' ');
            raw.push(' ');
        }
        ranges.push((folded.len(), folded.len() + f.len()));
        folded.push_str(&f);
        raw.push_str(w);
    }
    let n = Normalized::new(&raw);
    debug_assert_eq!(n.folded(), folded);
    let toks = tokens(&n);
    if toks.is_empty() {
        return None;
    }
    let wl = coarse_labels(words.iter().map(|w| w.1.as_str()));
    let mut gold = Vec::with_capacity(toks.len());
    let mut gold_starts = Vec::new();
    let mut last_word = usize::MAX;
    for (ti, t) in toks.iter().enumerate() {
        let wi = ranges
            .iter()
            .position(|&(s, e)| s <= t.start && t.end <= e)
            .unwrap_or(0);
        let l = wl[wi];
        let first = wi != last_word;
        last_word = wi;
        gold.push(if first || l == 0 { l } else { l + (l % 2) });
        if first && l % 2 == 1 {
            gold_starts.push((ti, ranges[wi].0 + words[wi].2));
        }
    }
    let hints = hint_codes(&toks, &hints_of(&folded));
    let prepared = Prepared::new(&folded, &toks, 0, vocab);
    Some(Sample {
        folded,
        toks,
        gold,
        hints,
        prepared,
        gold_starts,
    })
}

/// Samples from an article with gold names in code-point spans of its text (the development
/// corpus's `tune` split): one sample per sentence; tokens that overlap a name are its B and I.
pub fn samples_from_article(
    text: &str,
    names: &[(usize, usize, Kind)],
    hints_of: &dyn Fn(&str) -> Vec<Hint>,
    vocab: &IdSet,
) -> Vec<Sample> {
    let n = Normalized::new(text);
    let names: Vec<(usize, usize, Kind)> = names
        .iter()
        .map(|&(s, e, k)| (n.folded_pos(s), n.folded_pos(e), k))
        .collect();
    let mut out = Vec::new();
    for sent in n.sentences() {
        let sub = &n.folded()[sent.start..sent.end];
        let n2 = Normalized::new(sub);
        if n2.folded() != sub {
            continue;
        }
        let toks = tokens(&n2);
        if toks.is_empty() {
            continue;
        }
        let mut gold = vec![0u8; toks.len()];
        let mut gold_starts = Vec::new();
        for &(s, e, k) in &names {
            if s < sent.start || e > sent.end {
                continue;
            }
            let (s, e) = (s - sent.start, e - sent.start);
            let a = toks.partition_point(|t| t.end <= s);
            let b = toks.partition_point(|t| t.start < e);
            if a >= b || gold[a..b].iter().any(|&l| l != 0) {
                continue;
            }
            gold[a] = k.begin();
            for l in &mut gold[a + 1..b] {
                *l = k.begin() + 1;
            }
            gold_starts.push((a, s));
        }
        let hints = hint_codes(&toks, &hints_of(sub));
        let prepared = Prepared::new(sub, &toks, 0, vocab);
        out.push(Sample {
            folded: sub.to_string(),
            toks,
            gold,
            hints,
            prepared,
            gold_starts,
        });
    }
    out
}

/// The words of a NewsFANE sentence as raw news (`joined`), or as NewsFANE's own segmented
/// tokens; each with its tag and the folded length of the particles before its name.
pub fn words_of(sent: &[Line], joined: bool) -> Vec<(String, String, usize)> {
    if joined {
        join_clitics(sent)
            .into_iter()
            .map(|w| {
                // ل + الاتحاد is written للاتحاد: the name keeps the second ل (لاتحاد), so it
                // starts after the particles either way.
                let p = fold(&w.particles).len();
                (w.text, w.tag, p)
            })
            .collect()
    } else {
        sent.iter().map(|l| (l.0.clone(), l.1.clone(), 0)).collect()
    }
}

/// Averaged perceptron weights while training.
#[derive(Default)]
pub struct Trainer {
    w: IdMap<Acc>,
    t: u64,
}

#[derive(Clone, Copy, Default)]
struct Acc {
    w: [f32; NL],
    tot: [f64; NL],
    ts: [u64; NL],
}

impl Scorer for Trainer {
    fn add_scores(&self, feats: &[u32], scores: &mut [f32; NL]) {
        for f in feats {
            if let Some(a) = self.w.get(f) {
                for (s, w) in scores.iter_mut().zip(a.w) {
                    *s += w;
                }
            }
        }
    }
}

impl Trainer {
    fn update(&mut self, feats: &[u32], gold: u8, pred: u8) {
        let t = self.t;
        for f in feats {
            let a = self.w.entry(*f).or_default();
            for (l, d) in [(gold as usize, 1.0f32), (pred as usize, -1.0)] {
                a.tot[l] += (t - a.ts[l]) as f64 * f64::from(a.w[l]);
                a.ts[l] = t;
                a.w[l] += d;
            }
        }
    }

    /// One pass over the samples in the given order; `use_hints(i)` says whether sample i sees
    /// its hints this time. Returns the token error count.
    pub fn epoch(
        &mut self,
        samples: &[Sample],
        order: &[usize],
        use_hints: &dyn Fn(usize) -> bool,
    ) -> usize {
        let mut errors = 0;
        let mut scratch = Vec::new();
        for &si in order {
            let s = &samples[si];
            let hints: &[u8] = if use_hints(si) { &s.hints } else { &[] };
            // Decode with the current weights, updating at each wrong label (predicted history).
            let n = s.prepared.len();
            let (mut p1, mut p2) = (0u8, 0u8);
            for i in 0..n {
                scratch.clear();
                scratch.extend_from_slice(s.prepared.token(i));
                let h = |j: usize| hints.get(j).copied().unwrap_or(0);
                let hint = [if i > 0 { h(i - 1) } else { 0 }, h(i), h(i + 1)];
                crate::features::dynamic_features(s.prepared.keys[i], p1, p2, hint, &mut scratch);
                let mut sc = [0f32; NL];
                self.add_scores(&scratch, &mut sc);
                let mut best = 0u8;
                for l in 1..NL as u8 {
                    if crate::allowed(p1, l) && sc[l as usize] > sc[best as usize] {
                        best = l;
                    }
                }
                self.t += 1;
                let g = s.gold[i];
                if best != g {
                    errors += 1;
                    let f = std::mem::take(&mut scratch);
                    self.update(&f, g, best);
                    scratch = f;
                }
                p2 = p1;
                p1 = best;
            }
        }
        errors
    }

    /// The averaged weights.
    pub fn averaged(&self) -> Vec<(u32, [f32; NL])> {
        let t = self.t.max(1);
        self.w
            .iter()
            .map(|(k, a)| {
                let w: [f32; NL] = std::array::from_fn(|l| {
                    let tot = a.tot[l] + (t - a.ts[l]) as f64 * f64::from(a.w[l]);
                    (tot / t as f64) as f32
                });
                (*k, w)
            })
            .collect()
    }
}

/// Strict scores: a mention counts when its token span and type match exactly.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    /// (tp, fp, fn) per kind, in `Kind::ALL` order, then all.
    pub counts: [[usize; 3]; 4],
    /// First tokens of correct mentions whose name start (particles off) was right, and all.
    pub starts: (usize, usize),
}

impl Scores {
    pub fn prf(&self, k: usize) -> (f64, f64, f64) {
        let [tp, fp, fnn] = self.counts[k].map(|x| x as f64);
        let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
        let r = if tp + fnn > 0.0 { tp / (tp + fnn) } else { 0.0 };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }

    pub fn report(&self) -> String {
        let mut s = String::new();
        for (i, name) in ["PER", "ORG", "LOC", "all"].iter().enumerate() {
            let (p, r, f) = self.prf(i);
            let [tp, fp, fnn] = self.counts[i];
            s += &format!("{name:4} P {p:.3}  R {r:.3}  F1 {f:.3}   {tp}/{fp}/{fnn}\n");
        }
        s += &format!(
            "name start (particles off) right for {}/{} correct mentions\n",
            self.starts.0, self.starts.1
        );
        s
    }
}

/// Scores a tagger on samples (with or without their hints).
pub fn evaluate<S: Scorer>(
    s: &S,
    samples: &[Sample],
    with_hints: bool,
    ner: Option<&Ner>,
) -> Scores {
    let mut sc = Scores::default();
    let mut scratch = Vec::new();
    for x in samples {
        let hints: &[u8] = if with_hints { &x.hints } else { &[] };
        let (labels, _) = decode(s, 1.0, &x.prepared, hints, &mut scratch, |_, _, _, _| {});
        let pred = spans(&labels);
        let gold = spans(&x.gold);
        if std::env::var_os("ISNAD_NER_ERRORS").is_some() {
            let text = |m: &(usize, usize, Kind)| {
                format!(
                    "{} {}",
                    m.2.as_str(),
                    &x.folded[x.toks[m.0].start..x.toks[m.1 - 1].end]
                )
            };
            for m in pred.iter().filter(|m| !gold.contains(m)) {
                eprintln!("FP\t{}", text(m));
            }
            for m in gold.iter().filter(|m| !pred.contains(m)) {
                eprintln!("FN\t{}", text(m));
            }
        }
        for m in &pred {
            let k = Kind::ALL.iter().position(|k| *k == m.2).expect("kind");
            let hit = gold.contains(m);
            for j in [k, 3] {
                sc.counts[j][if hit { 0 } else { 1 }] += 1;
            }
            if let (true, Some(ner)) = (hit, ner) {
                let t = &x.toks[m.0];
                let want = x.gold_starts.iter().find(|g| g.0 == m.0).map(|g| g.1);
                sc.starts.1 += 1;
                if want == Some(ner.name_start(&x.folded, t)) {
                    sc.starts.0 += 1;
                }
            }
        }
        for m in &gold {
            if !pred.contains(m) {
                let k = Kind::ALL.iter().position(|k| *k == m.2).expect("kind");
                sc.counts[k][2] += 1;
                sc.counts[3][2] += 1;
            }
        }
    }
    sc
}

/// The particle sets: first words of names (without particles), and first words of names that
/// start with a particle letter of their own.
pub fn particle_sets(sents: &[&[Line]]) -> (IdSet, IdSet) {
    let mut hosts = IdSet::default();
    let mut whole = IdSet::default();
    for s in sents {
        let words = join_clitics(s);
        let labels = coarse_labels(words.iter().map(|w| w.tag.as_str()));
        for (w, l) in words.iter().zip(labels) {
            if l % 2 == 1 {
                let host = fold(&w.host);
                hosts.insert(Ner::word_key(&host));
                if w.particles.is_empty() && host.starts_with(['و', 'ف', 'ب', 'ل', 'ك']) {
                    whole.insert(Ner::word_key(&host));
                }
            }
        }
    }
    (hosts, whole)
}

/// The vocabulary: word, stem and core forms (folded) seen at least `min` times.
pub fn vocabulary<'a>(
    sents: impl Iterator<Item = &'a [(String, String, usize)]>,
    min: usize,
) -> IdSet {
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for words in sents {
        let raw: Vec<&str> = words.iter().map(|w| w.0.as_str()).collect();
        let raw = raw.join(" ");
        let n = Normalized::new(&raw);
        for t in tokens(&n) {
            let (w, s, c, _) = forms(n.folded(), &t);
            let mut keys = vec![Ner::word_key(w), Ner::word_key(s), Ner::word_key(c)];
            keys.dedup();
            for k in keys {
                *counts.entry(k).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|&(_, c)| c >= min)
        .map(|(k, _)| k)
        .collect()
}

/// Names of each kind in some sentences, as word lists with fine tags and without the first
/// word's particles, for [`replace_mentions`].
pub type Pool = [Vec<Vec<(String, String)>>; 3];

pub fn mention_pool<'a>(sents: impl Iterator<Item = &'a [(String, String, usize)]>) -> Pool {
    let mut pool: Pool = Default::default();
    for words in sents {
        let labels = coarse_labels(words.iter().map(|w| w.1.as_str()));
        for (s, e, k) in spans(&labels) {
            let ki = Kind::ALL.iter().position(|x| *x == k).expect("kind");
            let m: Vec<(String, String)> = words[s..e]
                .iter()
                .enumerate()
                .map(|(j, w)| {
                    let text = if j == 0 {
                        strip_particles(&w.0, w.2)
                    } else {
                        w.0.clone()
                    };
                    (text, w.1.clone())
                })
                .collect();
            pool[ki].push(m);
        }
    }
    pool
}

/// A word without its first `plen` folded bytes of particles (the raw text is folded-length
/// compatible for NewsFANE's plain letters; لل keeps its second ل, so it becomes ال).
fn strip_particles(w: &str, plen: usize) -> String {
    if plen == 0 {
        return w.to_string();
    }
    let mut folded_len = 0;
    for (i, c) in w.char_indices() {
        if folded_len >= plen {
            let rest = &w[i..];
            // لاتحاد (from للاتحاد) is الاتحاد.
            return if w[..i].ends_with('ل') && rest.starts_with('ل') {
                format!("ا{rest}")
            } else {
                rest.to_string()
            };
        }
        folded_len += fold(&c.to_string()).len();
    }
    w.to_string()
}

/// Mention replacement: each name of the sentence becomes a random name of the same kind from
/// the pool (its particles kept), so the tagger learns contexts, not only names.
pub fn replace_mentions(
    words: &[(String, String, usize)],
    pool: &Pool,
    seed: &mut u64,
) -> Vec<(String, String, usize)> {
    let labels = coarse_labels(words.iter().map(|w| w.1.as_str()));
    let mut out = Vec::with_capacity(words.len());
    let mut at = 0;
    for (s, e, k) in spans(&labels) {
        out.extend_from_slice(&words[at..s]);
        let ki = Kind::ALL.iter().position(|x| *x == k).expect("kind");
        let cands = &pool[ki];
        if cands.is_empty() {
            out.extend_from_slice(&words[s..e]);
            at = e;
            continue;
        }
        let pick = &cands[(next(seed) % cands.len() as u64) as usize];
        let particles = &words[s].0[..byte_len_of_folded(&words[s].0, words[s].2)];
        for (j, (text, tag)) in pick.iter().enumerate() {
            if j == 0 {
                let t = if particles.ends_with('ل') && text.starts_with("ال") {
                    format!("{particles}{}", &text["ا".len()..])
                } else {
                    format!("{particles}{text}")
                };
                out.push((t, tag.clone(), fold(particles).len()));
            } else {
                out.push((text.clone(), tag.clone(), 0));
            }
        }
        at = e;
    }
    out.extend_from_slice(&words[at..]);
    out
}

/// Organisation head nouns that armed groups, parties and agencies are named with.
pub const ORG_HEADS: &[&str] = &[
    "حركة",
    "جبهة",
    "لواء",
    "ألوية",
    "كتائب",
    "كتيبة",
    "سرايا",
    "فصيل",
    "فيلق",
    "تنظيم",
    "جماعة",
    "حزب",
    "تجمع",
    "تحالف",
    "هيئة",
    "مجلس",
    "اتحاد",
    "منظمة",
    "جيش",
    "قوات",
    "وكالة",
    "مؤسسة",
];

/// Head swapping: in a copy of the sentence, each organisation name that starts with a head noun
/// (حركة، جبهة، حزب …) gets another head noun, so heads rarely seen in training (لواء، كتائب)
/// learn from the others. `None` when the sentence has no such name.
pub fn swap_heads(
    words: &[(String, String, usize)],
    seed: &mut u64,
) -> Option<Vec<(String, String, usize)>> {
    let labels = coarse_labels(words.iter().map(|w| w.1.as_str()));
    let heads: Vec<String> = ORG_HEADS.iter().map(|h| fold(h)).collect();
    let mut out = words.to_vec();
    let mut any = false;
    for (s, _, k) in spans(&labels) {
        if k != Kind::Org {
            continue;
        }
        let (w, _, plen) = &words[s];
        let f = fold(w);
        let Some(rest) = f.get(*plen..) else { continue };
        let elided = *plen > 0 && f[..*plen].ends_with('ل') && rest.starts_with('ل');
        let (article, bare) = match rest.strip_prefix("ال") {
            Some(b) => ("ال", b),
            // للحركة: ل + ال with the alef elided.
            None if elided => ("ال", &rest['ل'.len_utf8()..]),
            None => ("", rest),
        };
        if !heads.iter().any(|h| h == bare) {
            continue;
        }
        let new = ORG_HEADS[(next(seed) % ORG_HEADS.len() as u64) as usize];
        let particles = &w[..byte_len_of_folded(w, *plen)];
        let text = if particles.ends_with('ل') && article == "ال" {
            format!("{particles}ل{new}")
        } else {
            format!("{particles}{article}{new}")
        };
        out[s] = (text, words[s].1.clone(), *plen);
        any = true;
    }
    any.then_some(out)
}

/// The original byte length of a word prefix whose folded length is `plen`.
fn byte_len_of_folded(w: &str, plen: usize) -> usize {
    let mut folded_len = 0;
    for (i, c) in w.char_indices() {
        if folded_len >= plen {
            return i;
        }
        folded_len += fold(&c.to_string()).len();
    }
    w.len()
}

fn next(seed: &mut u64) -> u64 {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    *seed
}

/// The softmax temperature that best predicts the gold labels of some samples (log-likelihood,
/// over a grid).
pub fn fit_temperature(ner: &Ner, samples: &[Sample]) -> f32 {
    let mut best = (f64::NEG_INFINITY, 1.0);
    for t in [
        0.01f32, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0,
    ] {
        let mut ll = 0f64;
        let mut scratch = Vec::new();
        for x in samples {
            let mut prev = 0u8;
            decode(
                ner,
                t,
                &x.prepared,
                &x.hints,
                &mut scratch,
                |i, l, _, sc| {
                    let g = x.gold[i];
                    if crate::allowed(prev, g) {
                        let m = (0..NL as u8)
                            .filter(|&k| crate::allowed(prev, k))
                            .map(|k| sc[k as usize])
                            .fold(f32::NEG_INFINITY, f32::max);
                        let z: f64 = (0..NL as u8)
                            .filter(|&k| crate::allowed(prev, k))
                            .map(|k| f64::from((sc[k as usize] - m) / t).exp())
                            .sum();
                        ll += f64::from((sc[g as usize] - m) / t) - z.ln();
                    }
                    prev = l;
                },
            );
        }
        if std::env::var_os("ISNAD_NER_DEBUG").is_some() {
            eprintln!("temperature {t}: log-likelihood {ll:.1}");
        }
        if ll > best.0 {
            best = (ll, t);
        }
    }
    best.1
}

/// A small deterministic shuffle (xorshift), so training is reproducible.
pub fn shuffle(v: &mut [usize], seed: &mut u64) {
    for i in (1..v.len()).rev() {
        let j = (next(seed) % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(t: &str, g: &str) -> Line {
        (t.to_string(), g.to_string())
    }

    #[test]
    fn clitics_join_back() {
        let s = vec![
            l("و", "O"),
            l("قال", "O"),
            l("ان", "O"),
            l("ه", "O"),
            l("ل", "O"),
            l("الاتحاد", "B-Government"),
            l("ب", "B-Nation"),
            l("مصر", "I-Nation"),
            l(".", "O"),
        ];
        let w = join_clitics(&s);
        let texts: Vec<&str> = w.iter().map(|w| w.text.as_str()).collect();
        assert_eq!(texts, ["وقال", "انه", "للاتحاد", "بمصر", "."]);
        assert_eq!(w[2].tag, "B-Government");
        assert_eq!(w[3].tag, "B-Nation");
        assert_eq!(w[3].host, "مصر");
        let ws = words_of(&s, true);
        assert_eq!(ws[2].2, "ل".len());
        assert_eq!(ws[3].2, "ب".len());
    }

    #[test]
    fn coarse_bio_follows_fine_boundaries() {
        let tags = [
            "B-Politician",
            "I-Politician",
            "I-Nation",
            "B-Book",
            "I-Book",
            "I-Media",
        ];
        assert_eq!(coarse_labels(tags.into_iter()), vec![1, 2, 5, 0, 0, 3]);
    }

    #[test]
    fn samples_label_isnad_tokens() {
        let words = words_of(
            &[
                l("و", "O"),
                l("قال", "O"),
                l("الرئيس", "O"),
                l("برند", "B-Other_PER"),
                l("جوتشولك", "I-Other_PER"),
                l("في", "O"),
                l("ب", "O"),
                l("غداد", "B-Population-Center"),
            ],
            true,
        );
        let s = sample(&words, &|_| Vec::new(), &IdSet::default()).unwrap();
        assert_eq!(s.gold, vec![0, 0, 1, 2, 0, 5]);
        let org = words_of(
            &[
                l("و", "O"),
                l("قال", "O"),
                l("ل", "O"),
                l("الحركة", "B-Non-Governmental"),
                l("الشعبية", "I-Non-Governmental"),
            ],
            true,
        );
        let mut seed = 7;
        let swapped = swap_heads(&org, &mut seed).unwrap();
        assert!(swapped[1].0.starts_with("لل"), "{swapped:?}");
        assert_eq!(swapped[2].0, "الشعبية");
        assert_eq!(s.gold_starts[1].1, s.toks[5].start + "ب".len());
    }
}
