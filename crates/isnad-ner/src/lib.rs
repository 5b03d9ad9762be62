//! A small, explainable learned named-entity recogniser for Arabic news.
//!
//! An averaged perceptron tags isnad's own tokens ([`isnad_text::tokens`] on the folded text of a
//! [`Normalized`]) with BIO labels for three types: [`Kind::Per`], [`Kind::Org`] and [`Kind::Loc`]
//! (places: GPE, LOC and FAC together), greedily left to right within each sentence. Every
//! feature is a readable template (word, stem, affixes, shape, neighbours, punctuation, a cue or
//! title before it, an optional registry/gazetteer hint), so [`Ner::explain`] can list the
//! features that made a label. No ML framework: the weights are a hash table of `i16`s embedded in
//! the binary (`data/ner.bin`, trained on NewsFANE Gold, CC BY-SA 3.0; see README.md).
//!
//! ```
//! use isnad_ner::{Kind, Ner};
//! use isnad_text::Normalized;
//! let n = Normalized::new("وقال الكاتب سليم العباسي إن الوضع صعب.");
//! let m = Ner::bundled().tag(&n);
//! assert!(m.iter().any(|m| m.kind == Kind::Per && &n.folded()[m.start..m.end] == "سليم العباسي"));
//! ```

pub mod features;
pub mod train;

use features::{dynamic_features, feat, fnv, prepare, static_features, NL};
use isnad_text::{is_proclitic_prefix, proclitic_len, tokens, Normalized, Token};
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// The bundled weights.
pub static BUNDLED: &[u8] = include_bytes!("../data/ner.bin");

/// Entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Per,
    Org,
    /// A place: GPE, LOC or FAC in isnad's schema.
    Loc,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Per, Kind::Org, Kind::Loc];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Per => "PER",
            Kind::Org => "ORG",
            Kind::Loc => "LOC",
        }
    }

    /// The B- label of this kind (I- is one more).
    pub fn begin(self) -> u8 {
        match self {
            Kind::Per => 1,
            Kind::Org => 3,
            Kind::Loc => 5,
        }
    }

    /// The kind of a label (`None` for O).
    pub fn of_label(l: u8) -> Option<Kind> {
        match l {
            1 | 2 => Some(Kind::Per),
            3 | 4 => Some(Kind::Org),
            5 | 6 => Some(Kind::Loc),
            _ => None,
        }
    }
}

/// A name found by the tagger, in folded byte offsets of the [`Normalized`] it was given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mention {
    /// Where the name starts: the first token without its proclitic particles (و ف ب ل ك), with
    /// the article kept (`والجيش` → `الجيش`, `للنظام` → `لنظام`), as isnad's gold spans are.
    pub start: usize,
    /// The end of the last token.
    pub end: usize,
    /// isnad's stem of the first token (after the article too: `الجيش` → `جيش`).
    pub stem: usize,
    /// The first and one-past-last token indices in `isnad_text::tokens(n)`.
    pub tokens: (usize, usize),
    pub kind: Kind,
    /// Mean per-token probability of the chosen labels (a softmax of the perceptron scores):
    /// a ranking score in (0, 1], not a calibrated probability.
    pub score: f32,
}

/// Something the caller already knows, in folded byte offsets: an actor-registry or gazetteer
/// match. Hints are features, not decisions: the tagger learned how far to trust them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Identity hashing for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = u64::from(i).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}
pub type IdMap<V> = HashMap<u32, V, BuildHasherDefault<IdHasher>>;
pub type IdSet = HashSet<u32, BuildHasherDefault<IdHasher>>;

/// Anything that scores a token's features (the tagger, or the trainer while it learns).
pub trait Scorer {
    fn add_scores(&self, feats: &[u32], scores: &mut [f32; NL]);
}

/// The tagger.
pub struct Ner {
    /// Quantised weights; a weight is `w * scale`.
    weights: IdMap<[i16; NL]>,
    scale: f32,
    /// Hashes of words seen as the first word of a name without their particles (سوريا).
    hosts: IdSet,
    /// Hashes of words seen as the first word of a name, starting with و/ف/ب/ل/ك that are theirs
    /// (وليد، بغداد، لبنان).
    whole: IdSet,
    /// Hashes of the words, stems and cores seen at least twice in training; others are UNK.
    vocab: IdSet,
    /// Softmax temperature for [`Mention::score`], fitted on held-out data.
    temp: f32,
    /// Which tagger this is, for the per-thread cache of word-type sums.
    id: u64,
}

/// A new tagger's [`Ner::id`].
fn next_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// At most this many word types are kept per thread (about 200 bytes each); a full cache starts
/// afresh. Word types follow Zipf's law, so a few tens of thousands answer most tokens.
const TYPE_CACHE_MAX: usize = 1 << 14;

/// Per thread: the hashes and sums of word types the tagger has seen, across articles.
struct TypeCache {
    owner: u64,
    key: String,
    map: HashMap<Box<str>, (features::Tok, TypeSums), ahash::RandomState>,
}

thread_local! {
    static TYPES: std::cell::RefCell<TypeCache> = std::cell::RefCell::new(TypeCache {
        owner: 0,
        key: String::new(),
        map: HashMap::default(),
    });
}

impl Scorer for Ner {
    #[inline]
    fn add_scores(&self, feats: &[u32], scores: &mut [f32; NL]) {
        let mut sum = [0i32; NL];
        self.add_sum(feats, &mut sum);
        self.add_scaled(sum, scores);
    }
}

/// The quantised weight sums of a word type: its own features, and its features as the
/// neighbour at each of [`features::OFFSETS`]. Integer sums are exact, so adding these per
/// token gives the very scores the token's whole feature list gives.
#[derive(Debug, Clone, Copy)]
struct TypeSums {
    own: [i32; NL],
    nb: [[i32; NL]; 4],
}

#[inline]
fn add_into(a: &mut [i32; NL], b: &[i32; NL]) {
    for (x, y) in a.iter_mut().zip(b) {
        *x += y;
    }
}

/// Why a weights file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError(pub String);
impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad isnad-ner weights: {}", self.0)
    }
}
impl std::error::Error for FormatError {}

const MAGIC: &[u8; 8] = b"ISNADNER";
const VERSION: u32 = 1;

/// A tagged sentence prepared for decoding: static features per token and the stem hash.
pub struct Prepared {
    pub feats: Vec<u32>,
    /// `feats[offs[i]..offs[i + 1]]` are token i's.
    pub offs: Vec<u32>,
    /// Per token: the hashes label-dependent features combine with (stem, class, word).
    pub keys: Vec<[u64; 3]>,
}

impl Prepared {
    pub fn new(folded: &str, toks: &[Token], from: usize, vocab: &IdSet) -> Prepared {
        let t = prepare(folded, toks, from, &|h| {
            vocab.contains(&Ner::key_of_hash(h))
        });
        Self::from_toks(&t)
    }

    fn from_toks(t: &[features::Tok]) -> Prepared {
        let toks = t;
        let mut feats = Vec::with_capacity(toks.len() * 33);
        let mut offs = Vec::with_capacity(toks.len() + 1);
        let mut keys = Vec::with_capacity(toks.len());
        offs.push(0);
        for i in 0..t.len() {
            keys.push(static_features(t, i, &mut feats));
            offs.push(feats.len() as u32);
        }
        Prepared { feats, offs, keys }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    pub fn token(&self, i: usize) -> &[u32] {
        &self.feats[self.offs[i] as usize..self.offs[i + 1] as usize]
    }
}

/// Whether label `l` may follow label `prev` (I-X only after B-X or I-X).
#[inline]
pub fn allowed(prev: u8, l: u8) -> bool {
    l == 0 || l % 2 == 1 || prev == l || prev + 1 == l
}

/// Greedy left-to-right decoding. `feats` is a scratch buffer. Returns labels and, per token,
/// the probability of its label among the allowed ones.
pub fn decode<S: Scorer + ?Sized>(
    s: &S,
    temp: f32,
    p: &Prepared,
    hints: &[u8],
    feats: &mut Vec<u32>,
    mut on_token: impl FnMut(usize, u8, &[u32], &[f32; NL]),
) -> (Vec<u8>, Vec<f32>) {
    let mut g = Greedy::new(p.len(), temp);
    for i in 0..p.len() {
        feats.clear();
        feats.extend_from_slice(p.token(i));
        dynamic_features(p.keys[i], g.p1, g.p2, hint_window(hints, i), feats);
        let mut sc = [0f32; NL];
        s.add_scores(feats, &mut sc);
        let best = g.step(&sc);
        on_token(i, best, feats, &sc);
    }
    (g.labels, g.probs)
}

/// The hints of the previous, this and the next token.
fn hint_window(hints: &[u8], i: usize) -> [u8; 3] {
    let h = |j: usize| hints.get(j).copied().unwrap_or(0);
    [if i > 0 { h(i - 1) } else { 0 }, h(i), h(i + 1)]
}

/// The state of greedy decoding: the labels so far and their probabilities.
struct Greedy {
    labels: Vec<u8>,
    probs: Vec<f32>,
    p1: u8,
    p2: u8,
    temp: f32,
}

impl Greedy {
    fn new(n: usize, temp: f32) -> Greedy {
        Greedy {
            labels: Vec::with_capacity(n),
            probs: Vec::with_capacity(n),
            p1: 0,
            p2: 0,
            temp,
        }
    }

    /// Chooses the best allowed label from a token's scores and moves on.
    fn step(&mut self, sc: &[f32; NL]) -> u8 {
        let p1 = self.p1;
        let mut best = 0u8;
        for l in 1..NL as u8 {
            if allowed(p1, l) && sc[l as usize] > sc[best as usize] {
                best = l;
            }
        }
        let m = sc[best as usize];
        let z: f32 = (0..NL as u8)
            .filter(|&l| allowed(p1, l))
            .map(|l| ((sc[l as usize] - m) / self.temp).exp())
            .sum();
        self.labels.push(best);
        self.probs.push(1.0 / z);
        self.p2 = p1;
        self.p1 = best;
        best
    }
}

/// Hint codes per token (0 none, else a B or I label) from hints over `toks`.
pub fn hint_codes(toks: &[Token], hints: &[Hint]) -> Vec<u8> {
    let mut out = vec![0u8; toks.len()];
    let mut hs: Vec<&Hint> = hints.iter().filter(|h| h.start < h.end).collect();
    hs.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
    for h in hs {
        let a = toks.partition_point(|t| t.end <= h.start);
        let b = toks.partition_point(|t| t.start < h.end);
        if a >= b || out[a..b].iter().any(|&c| c != 0) {
            continue;
        }
        out[a] = h.kind.begin();
        for c in &mut out[a + 1..b] {
            *c = h.kind.begin() + 1;
        }
    }
    out
}

impl Ner {
    /// The bundled tagger, parsed once per process (a few milliseconds).
    pub fn bundled() -> &'static Ner {
        static N: OnceLock<Ner> = OnceLock::new();
        N.get_or_init(|| Ner::from_bytes(BUNDLED).expect("bundled isnad-ner weights are valid"))
    }

    /// Reads a weights file written by [`Ner::to_bytes`].
    pub fn from_bytes(b: &[u8]) -> Result<Ner, FormatError> {
        let mut r = Reader { b, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(FormatError("not an isnad-ner file".into()));
        }
        let v = r.u32()?;
        if v != VERSION {
            return Err(FormatError(format!("version {v}, expected {VERSION}")));
        }
        let nl = r.u32()? as usize;
        if nl != NL {
            return Err(FormatError(format!("{nl} labels, expected {NL}")));
        }
        let scale = f32::from_bits(r.u32()?);
        let temp = f32::from_bits(r.u32()?);
        let n = r.u32()? as usize;
        let mut weights = IdMap::with_capacity_and_hasher(n, Default::default());
        for _ in 0..n {
            let k = r.u32()?;
            let mut w = [0i16; NL];
            for x in &mut w {
                *x = i16::from_le_bytes(r.take(2)?.try_into().expect("2"));
            }
            weights.insert(k, w);
        }
        let mut sets = [IdSet::default(), IdSet::default(), IdSet::default()];
        for s in &mut sets {
            let n = r.u32()? as usize;
            s.reserve(n);
            for _ in 0..n {
                s.insert(r.u32()?);
            }
        }
        if r.at != b.len() {
            return Err(FormatError("trailing bytes".into()));
        }
        let [hosts, whole, vocab] = sets;
        Ok(Ner {
            weights,
            scale,
            hosts,
            whole,
            vocab,
            temp,
            id: next_id(),
        })
    }

    /// Builds a tagger from trained weights, keeping weights whose largest magnitude is at least
    /// `prune` and quantising them to `i16`.
    pub fn from_weights(
        w: impl IntoIterator<Item = (u32, [f32; NL])>,
        sets: WordSets,
        prune: f32,
    ) -> Ner {
        let WordSets {
            hosts,
            whole,
            vocab,
        } = sets;
        let kept: Vec<(u32, [f32; NL])> = w
            .into_iter()
            .filter(|(_, w)| w.iter().any(|x| x.abs() >= prune))
            .collect();
        let max = kept
            .iter()
            .flat_map(|(_, w)| w.iter())
            .fold(0f32, |m, x| m.max(x.abs()));
        let scale = if max > 0.0 {
            max / f32::from(i16::MAX)
        } else {
            1.0
        };
        let weights = kept
            .into_iter()
            .map(|(k, w)| (k, w.map(|x| (x / scale).round() as i16)))
            .collect();
        Ner {
            weights,
            scale,
            hosts,
            whole,
            vocab,
            temp: 1.0,
            id: next_id(),
        }
    }

    /// Sets the softmax temperature of mention scores.
    pub fn set_temperature(&mut self, t: f32) {
        self.temp = t.max(1e-3);
    }

    /// The vocabulary (hashes, see [`Ner::word_key`]).
    pub fn vocab(&self) -> &IdSet {
        &self.vocab
    }

    /// The softmax temperature of mention scores.
    pub fn temperature(&self) -> f32 {
        self.temp
    }

    /// The weights file: magic, version, label count, scale, (key, i16 × labels) sorted by key,
    /// then the two word sets used to strip particles.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(NL as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_bits().to_le_bytes());
        out.extend_from_slice(&self.temp.to_bits().to_le_bytes());
        let mut keys: Vec<&u32> = self.weights.keys().collect();
        keys.sort();
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        for k in keys {
            out.extend_from_slice(&k.to_le_bytes());
            for x in self.weights[k] {
                out.extend_from_slice(&x.to_le_bytes());
            }
        }
        for s in [&self.hosts, &self.whole, &self.vocab] {
            let mut v: Vec<&u32> = s.iter().collect();
            v.sort();
            out.extend_from_slice(&(v.len() as u32).to_le_bytes());
            for k in v {
                out.extend_from_slice(&k.to_le_bytes());
            }
        }
        out
    }

    /// Number of weight vectors kept.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// Adds the quantised weights of `feats` to `sum`.
    #[inline]
    fn add_sum(&self, feats: &[u32], sum: &mut [i32; NL]) {
        for f in feats {
            if let Some(w) = self.weights.get(f) {
                for (s, x) in sum.iter_mut().zip(w) {
                    *s += i32::from(*x);
                }
            }
        }
    }

    #[inline]
    fn add_scaled(&self, sum: [i32; NL], scores: &mut [f32; NL]) {
        for (s, x) in scores.iter_mut().zip(sum) {
            *s += x as f32 * self.scale;
        }
    }

    fn type_sums(&self, t: &features::Tok, scratch: &mut Vec<u32>) -> TypeSums {
        let mut sum = |f: &dyn Fn(&mut Vec<u32>)| {
            scratch.clear();
            f(scratch);
            let mut s = [0i32; NL];
            self.add_sum(scratch, &mut s);
            s
        };
        TypeSums {
            own: sum(&|o| features::own_features(t, o)),
            nb: [0, 1, 2, 3].map(|k| sum(&|o| features::neighbour_features(t, k, o))),
        }
    }

    /// [`decode`] from per-type sums: the same labels and probabilities, with the lookups of
    /// each word type's own and neighbour features done once per type.
    fn decode_sums(
        &self,
        ts: &[features::Tok],
        sums: &[TypeSums],
        pads: &[TypeSums; 2],
        hints: &[u8],
        scratch: &mut Vec<u32>,
    ) -> (Vec<u8>, Vec<f32>) {
        let n = ts.len();
        let mut g = Greedy::new(n, self.temp);
        for i in 0..n {
            let mut sum = sums[i].own;
            for (k, off) in features::OFFSETS.iter().enumerate() {
                let j = i as isize + off;
                let s = match usize::try_from(j) {
                    Err(_) => &pads[0],
                    Ok(j) => sums.get(j).unwrap_or(&pads[1]),
                };
                add_into(&mut sum, &s.nb[k]);
            }
            let at = |d: isize| features::tok_at(ts, i as isize + d);
            scratch.clear();
            features::pair_features(at(0), at(-1), at(-2), at(1), scratch);
            let t = at(0);
            dynamic_features(
                [t.stem, t.class, t.word],
                g.p1,
                g.p2,
                hint_window(hints, i),
                scratch,
            );
            self.add_sum(scratch, &mut sum);
            let mut sc = [0f32; NL];
            self.add_scaled(sum, &mut sc);
            g.step(&sc);
        }
        (g.labels, g.probs)
    }

    /// Names in a text.
    pub fn tag(&self, n: &Normalized) -> Vec<Mention> {
        self.tag_with(n, &[])
    }

    /// Names in a text, with what a registry or gazetteer already knows as features.
    pub fn tag_with(&self, n: &Normalized, hints: &[Hint]) -> Vec<Mention> {
        let toks = tokens(n);
        self.tag_tokens(n.folded(), &toks, n.sentences(), hints)
    }

    /// Names over tokens the caller already has (`isnad_text::tokens`) and sentences
    /// (`Normalized::sentences`), all in folded offsets of `folded`.
    pub fn tag_tokens(
        &self,
        folded: &str,
        toks: &[Token],
        sentences: &[isnad_text::Sentence],
        hints: &[Hint],
    ) -> Vec<Mention> {
        let mut out = Vec::new();
        for (a, labels, probs) in self.label_sentences(folded, toks, sentences, hints) {
            for (s, e, kind) in spans(&labels) {
                let t = &toks[a + s];
                let score = probs[s..e].iter().sum::<f32>() / (e - s) as f32;
                out.push(Mention {
                    start: self.name_start(folded, t),
                    end: toks[a + e - 1].end,
                    stem: t.stem.max(t.start),
                    tokens: (a + s, a + e),
                    kind,
                    score,
                });
            }
        }
        out
    }

    /// Labels and label probabilities of each sentence's tokens, with the sentence's first token
    /// index: greedy decoding from per-type sums (see [`decode`] for the plain lookup).
    fn label_sentences(
        &self,
        folded: &str,
        toks: &[Token],
        sentences: &[isnad_text::Sentence],
        hints: &[Hint],
    ) -> Vec<(usize, Vec<u8>, Vec<f32>)> {
        let mut out = Vec::new();
        let codes = hint_codes(toks, hints);
        let mut scratch = Vec::with_capacity(48);
        let (pl, pr) = features::pads();
        let pads = [
            self.type_sums(pl, &mut scratch),
            self.type_sums(pr, &mut scratch),
        ];
        let mut sums = Vec::new();
        TYPES.with_borrow_mut(|c| {
            if c.owner != self.id {
                c.map.clear();
                c.owner = self.id;
            }
        });
        for (a, b, from) in sentence_bounds(toks, sentences) {
            let sent = &toks[a..b];
            sums.clear();
            // Word types repeat, within an article and across them: their features' hashes and
            // weight sums are computed once per thread.
            let ts = TYPES.with_borrow_mut(|c| {
                features::prepare_with(folded, sent, from, &mut |t| {
                    c.key.clear();
                    c.key.push_str(t.text(folded));
                    // The stem offset is part of the type: one char after a NUL (tokens hold
                    // none); an offset past the char range is cut, as no particle run is so long.
                    c.key.push('\0');
                    let off = t.stem.saturating_sub(t.start).min(0xD7FF) as u32;
                    c.key.push(char::from_u32(off).unwrap_or('\0'));
                    let (tok, s) = match c.map.get(c.key.as_str()) {
                        Some(v) => *v,
                        None => {
                            let tok = features::word_tok(folded, t, &|h| {
                                self.vocab.contains(&Ner::key_of_hash(h))
                            });
                            let v = (tok, self.type_sums(&tok, &mut scratch));
                            if c.map.len() >= TYPE_CACHE_MAX {
                                c.map.clear();
                            }
                            c.map.insert(c.key.as_str().into(), v);
                            v
                        }
                    };
                    sums.push(s);
                    tok
                })
            });
            let (labels, probs) = self.decode_sums(&ts, &sums, &pads, &codes[a..b], &mut scratch);
            out.push((a, labels, probs));
        }
        out
    }

    /// Where a name starting at token `t` starts once its particles are off (the article stays).
    pub fn name_start(&self, folded: &str, t: &Token) -> usize {
        let w = &folded[t.start..t.end];
        let pl = proclitic_len(w);
        if pl > 0 {
            // Particles + ال: keep ال; لل (ل + ال with the alef elided): keep the second ل.
            return if w[..pl].ends_with("ال") {
                t.start + pl - "ال".len()
            } else {
                t.start + pl - "ل".len()
            };
        }
        t.start + self.particles_len(w)
    }

    /// Length of the particles (و ف ب ل ك and their combinations) before a name without article:
    /// stripped when the rest was seen as a name and the whole word was not, or, for a word seen
    /// neither way, a leading و before three letters or more.
    pub fn particles_len(&self, w: &str) -> usize {
        let key = Ner::word_key;
        if self.whole.contains(&key(w)) {
            return 0;
        }
        let mut cut = w
            .char_indices()
            .skip(1)
            .take(2)
            .map(|(i, _)| i)
            .collect::<Vec<_>>();
        cut.reverse(); // longest particle sequence first
        for i in cut {
            let (p, rest) = w.split_at(i);
            if is_proclitic_prefix(p)
                && rest.chars().count() >= 2
                && self.hosts.contains(&key(rest))
            {
                return i;
            }
        }
        if !self.hosts.contains(&key(w)) && w.starts_with('و') && w.chars().count() >= 4 {
            return 'و'.len_utf8();
        }
        0
    }

    /// Key of a word in the particle sets.
    pub fn word_key(w: &str) -> u32 {
        Self::key_of_hash(fnv(w))
    }

    /// [`Ner::word_key`] from a word's [`features::fnv`].
    pub fn key_of_hash(h: u64) -> u32 {
        feat(200, h, 0, 0)
    }

    /// Why each token got its label: `(token, label, [(feature template, weight)])` with the five
    /// features that most favoured the label over the runner-up (negative: against it).
    pub fn explain(&self, n: &Normalized, hints: &[Hint]) -> Explanation {
        let toks = tokens(n);
        let f = n.folded();
        let codes = hint_codes(&toks, hints);
        let mut scratch = Vec::new();
        let mut out = Vec::new();
        for (a, b, from) in sentence_bounds(&toks, n.sentences()) {
            let p = Prepared::new(f, &toks[a..b], from, &self.vocab);
            let toks = &toks[a..b];
            decode(
                self,
                self.temp,
                &p,
                &codes[a..b],
                &mut scratch,
                |i, l, feats, sc| {
                    let l = l as usize;
                    let other = (0..NL)
                        .filter(|&k| k != l)
                        .max_by(|&a, &b| sc[a].total_cmp(&sc[b]))
                        .unwrap_or(0);
                    let mut ws: Vec<(&'static str, f32)> = feats
                        .iter()
                        .enumerate()
                        .filter_map(|(k, h)| {
                            let w = self.weights.get(h)?;
                            let d = f32::from(w[l]) - f32::from(w[other]);
                            Some((
                                features::TEMPLATES.get(k).copied().unwrap_or("?"),
                                d * self.scale,
                            ))
                        })
                        .collect();
                    ws.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
                    ws.truncate(5);
                    out.push((toks[i].text(f).to_string(), features::LABELS[l], ws));
                },
            );
        }
        out
    }
}

/// Per token: its text, its label, and the features that most favoured the label.
pub type Explanation = Vec<(String, &'static str, Vec<(&'static str, f32)>)>;

/// The word sets a tagger carries besides its weights.
#[derive(Debug, Clone, Default)]
pub struct WordSets {
    /// First words of names, without particles.
    pub hosts: IdSet,
    /// First words of names that begin with a particle letter of their own.
    pub whole: IdSet,
    /// Words, stems and cores seen at least twice in training.
    pub vocab: IdSet,
}

/// The tokens of each sentence, `(first, end, sentence start)`: tagging starts afresh at each
/// sentence, and the punctuation before its first token counts from the sentence's start, as in
/// training. Tokens outside every sentence form one more run.
fn sentence_bounds(
    toks: &[Token],
    sentences: &[isnad_text::Sentence],
) -> Vec<(usize, usize, usize)> {
    let mut at = 0;
    let mut out = Vec::with_capacity(sentences.len() + 1);
    for s in sentences {
        let b = toks.partition_point(|t| t.start < s.end);
        if b > at {
            out.push((at, b, s.start.min(toks[at].start)));
            at = b;
        }
    }
    if at < toks.len() {
        out.push((at, toks.len(), toks[at].start));
    }
    out
}

/// Mentions `(first, end, kind)` in token indices from BIO labels.
pub fn spans(labels: &[u8]) -> Vec<(usize, usize, Kind)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, Kind)> = None;
    for (i, &l) in labels.iter().enumerate() {
        let k = Kind::of_label(l);
        let cont = l != 0 && l % 2 == 0 && cur.is_some_and(|(_, c)| Some(c) == k);
        if !cont {
            if let Some((s, c)) = cur.take() {
                out.push((s, i, c));
            }
            if let Some(k) = k {
                cur = Some((i, k));
            }
        }
    }
    if let Some((s, c)) = cur {
        out.push((s, labels.len(), c));
    }
    out
}

struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], FormatError> {
        let s = self
            .b
            .get(self.at..self.at + n)
            .ok_or_else(|| FormatError("truncated".into()))?;
        self.at += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, FormatError> {
        Ok(u32::from_le_bytes(self.take(4)?.try_into().expect("4")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Labels and probabilities by the plain path: every token's whole feature list looked up.
    fn plain(ner: &Ner, n: &Normalized, hints: &[Hint]) -> Vec<(usize, Vec<u8>, Vec<f32>)> {
        let toks = tokens(n);
        let codes = hint_codes(&toks, hints);
        let mut scratch = Vec::new();
        sentence_bounds(&toks, n.sentences())
            .into_iter()
            .map(|(a, b, from)| {
                let p = Prepared::new(n.folded(), &toks[a..b], from, &ner.vocab);
                let (l, pr) = decode(
                    ner,
                    ner.temp,
                    &p,
                    &codes[a..b],
                    &mut scratch,
                    |_, _, _, _| {},
                );
                (a, l, pr)
            })
            .collect()
    }

    /// The same by the per-type sums the tagger uses.
    fn fast(ner: &Ner, n: &Normalized, hints: &[Hint]) -> Vec<(usize, Vec<u8>, Vec<f32>)> {
        let toks = tokens(n);
        ner.label_sentences(n.folded(), &toks, n.sentences(), hints)
    }

    const WORDS: &[&str] = &[
        "قال",
        "وقال",
        "المتحدث",
        "باسم",
        "الجيش",
        "السوري",
        "إن",
        "القوات",
        "دخلت",
        "بلدة",
        "الميادين",
        "شرق",
        "دير",
        "الزور",
        "وأكد",
        "الوزير",
        "سليم",
        "العباسي",
        "في",
        "حلب",
        "حركة",
        "أحرار",
        "الشام",
        "،",
        ".",
        ":",
        "«",
        "»",
        "3",
        "كيلومترات",
        "الأمم",
        "المتحدة",
    ];

    proptest! {
        /// The per-type sums give exactly the labels and probabilities the plain lookup gives,
        /// whatever the words and hints, and however often the thread's cache has seen them.
        #[test]
        fn type_sums_equal_plain_lookup(
            ix in proptest::collection::vec(0..WORDS.len(), 0..60),
            hs in proptest::collection::vec((0usize..60, 1usize..4, 0usize..3), 0..4),
        ) {
            let text: Vec<&str> = ix.iter().map(|&i| WORDS[i]).collect();
            let text = text.join(" ");
            let n = Normalized::new(&text);
            let toks = tokens(&n);
            // Hints over random token runs, as a registry or gazetteer gives them.
            let hints: Vec<Hint> = hs
                .iter()
                .filter(|(a, _, _)| *a < toks.len())
                .map(|&(a, len, k)| Hint {
                    start: toks[a].start,
                    end: toks[(a + len).min(toks.len()) - 1].end,
                    kind: Kind::ALL[k],
                })
                .collect();
            let ner = Ner::bundled();
            prop_assert_eq!(fast(ner, &n, &hints), plain(ner, &n, &hints));
        }
    }

    #[test]
    fn a_second_tagger_does_not_read_the_first_ones_cache() {
        let n = Normalized::new("وقال الكاتب سليم العباسي إن الوضع في حلب صعب.");
        let a = Ner::bundled();
        let first = fast(a, &n, &[]);
        // Same weights, another tagger: its cache starts empty and must agree.
        let b = Ner::from_bytes(BUNDLED).unwrap();
        assert_eq!(fast(&b, &n, &[]), first);
        assert_eq!(fast(a, &n, &[]), first);
        assert!(a.tag(&n).iter().any(|m| m.kind == Kind::Per));
    }

    #[test]
    fn spans_from_bio() {
        assert_eq!(
            spans(&[0, 1, 2, 0, 3, 5, 6, 6, 2]),
            vec![
                (1, 3, Kind::Per),
                (4, 5, Kind::Org),
                (5, 8, Kind::Loc),
                (8, 9, Kind::Per)
            ]
        );
    }

    #[test]
    fn weights_round_trip() {
        let mut hosts = IdSet::default();
        hosts.insert(Ner::word_key("سوريا"));
        let ner = Ner::from_weights(
            vec![(7u32, [1.0, -2.0, 0.5, 0.0, 0.0, 0.0, 3.0])],
            WordSets {
                hosts,
                ..Default::default()
            },
            0.0,
        );
        let b = ner.to_bytes();
        let back = Ner::from_bytes(&b).unwrap();
        assert_eq!(back.len(), 1);
        assert!((f32::from(back.weights[&7][6]) * back.scale - 3.0).abs() < 1e-3);
        assert_eq!(back.particles_len("وسوريا"), "و".len());
        assert!(Ner::from_bytes(&b[..b.len() - 1]).is_err());
        assert!(Ner::from_bytes(b"nonsense").is_err());
    }
}
