//! The features of one token, each hashed to a `u32` (no strings are kept at run time).
//!
//! Templates (the number is the first byte hashed, so a word as `w-1` and as `w0` differ):
//! the word and its stem (isnad's token stem, after the article and its particles), a "core"
//! (the word without a leading و when there is no article), prefixes and suffixes of the stem,
//! the proclitic part, the shape (digits, Latin, length), the words and stems around it, the
//! punctuation between tokens, a class of the word and of its neighbours (reporting verb, title,
//! organisation head, place head, preposition, name particle, nisba adjective), and, at decoding
//! time, the two previous labels and the hints a caller gives (registry or gazetteer matches).

use isnad_text::{fold, Token};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// Number of labels: O, then B and I for PER, ORG, LOC.
pub const NL: usize = 7;
pub const LABELS: [&str; NL] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

/// FNV-1a of a string, once per string: features combine these with [`feat`].
#[inline]
pub fn fnv(s: &str) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // The length keeps "ab"+"c" and "a"+"bc" apart when hashes are combined.
    h ^ (s.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

#[inline]
fn mix(h: u64, v: u64) -> u64 {
    (h ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(31)
}

/// A feature: template number `t` and up to three part hashes, to 32 bits.
#[inline]
pub fn feat(t: u64, a: u64, b: u64, c: u64) -> u32 {
    let mut h = mix(mix(mix(t.wrapping_mul(0xff51_afd7_ed55_8ccd), a), b), c);
    h ^= h >> 31;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    (h ^ (h >> 33)) as u32
}

/// A token of one sentence as the hashes of the strings its features are made of.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    /// Word, stem and core (UNK when out of vocabulary).
    pub word: u64,
    pub stem: u64,
    pub core: u64,
    /// Prefixes of the core (2, 3 letters) and suffixes of the stem (1, 2, 3), as written.
    pub pre2: u64,
    pub pre3: u64,
    pub suf1: u64,
    pub suf2: u64,
    pub suf3: u64,
    pub procl: u64,
    /// Shape class and length bucket.
    pub shape: u64,
    pub shape_class: u64,
    /// Punctuation between the previous token (or the sentence start) and this one, as a class.
    pub gap: u64,
    pub class: u64,
}

/// What stands for a word, stem or core outside the vocabulary (words seen once in training
/// are replaced by it there too, so the tagger learns how to treat names it never saw).
pub const UNK: &str = "<unk>";

/// Builds the feature hashes of the tokens `toks` of folded text `f`, from `from` (the sentence
/// start, for the first gap). `known` says whether a form (by its [`fnv`]) is in the vocabulary.
pub fn prepare(f: &str, toks: &[Token], from: usize, known: &dyn Fn(u64) -> bool) -> Vec<Tok> {
    prepare_with(f, toks, from, &mut |t| word_tok(f, t, known))
}

/// As [`prepare`], with the word-only hashes of each token from `word` (a cache may answer
/// for a word type it has seen: they depend on the token's text and stem offset alone).
pub fn prepare_with(
    f: &str,
    toks: &[Token],
    from: usize,
    word: &mut dyn FnMut(&Token) -> Tok,
) -> Vec<Tok> {
    let mut prev_end = from;
    toks.iter()
        .map(|t| {
            let gap = fnv(gap_class(&f[prev_end.min(t.start)..t.start]));
            prev_end = t.end;
            Tok { gap, ..word(t) }
        })
        .collect()
}

/// The hashes of a token that depend on its word alone (`gap` left 0).
pub fn word_tok(f: &str, t: &Token, known: &dyn Fn(u64) -> bool) -> Tok {
    let unk = fnv(UNK);
    let (word, stem, core, procl) = forms(f, t);
    let k = |x: &str| {
        let h = fnv(x);
        if known(h) {
            h
        } else {
            unk
        }
    };
    let (sh, len) = shape(word);
    Tok {
        word: k(word),
        stem: k(stem),
        core: k(core),
        pre2: fnv(prefix(core, 2)),
        pre3: fnv(prefix(core, 3)),
        suf1: fnv(suffix(stem, 1)),
        suf2: fnv(suffix(stem, 2)),
        suf3: fnv(suffix(stem, 3)),
        procl: fnv(procl),
        shape: fnv(sh) ^ u64::from(len),
        shape_class: fnv(sh),
        gap: 0,
        class: fnv(class_of(word, stem)),
    }
}

/// A token's word, stem (after the article and its particles), core (the word without a
/// leading و when it has no article) and proclitic part.
pub fn forms<'a>(f: &'a str, t: &Token) -> (&'a str, &'a str, &'a str, &'a str) {
    let word = &f[t.start..t.end];
    let stem = &f[t.stem.max(t.start)..t.end];
    let procl = &f[t.start..t.stem.max(t.start)];
    let core = if procl.is_empty() && word.starts_with('و') && word.chars().count() >= 4 {
        &word['و'.len_utf8()..]
    } else {
        stem
    };
    (word, stem, core, procl)
}

fn gap_class(g: &str) -> &'static str {
    let mut out = "";
    for c in g.chars() {
        let k = match c {
            '\n' | '\r' => "NL",
            '.' | '!' | '?' | '؟' | '…' => "P",
            '،' | ',' | '؛' | ';' => "C",
            ':' => ":",
            '"' | '«' | '»' | '“' | '”' | '\'' | '‘' | '’' => "Q",
            '(' | '[' | ')' | ']' => "(",
            '-' | '–' | '—' | '/' => "-",
            c if c.is_whitespace() => continue,
            _ => "X",
        };
        // The first mark that is not a quote says most; a quote next to it is kept as "Q".
        if out.is_empty() || out == "Q" {
            out = k;
        }
    }
    out
}

/// Word lists, written in plain Arabic and folded once.
type ClassMap = HashMap<u64, &'static str, BuildHasherDefault<crate::IdHasher>>;

fn classes() -> &'static ClassMap {
    static C: OnceLock<ClassMap> = OnceLock::new();
    C.get_or_init(|| {
        let mut m = ClassMap::default();
        let lists: [(&'static str, &str); 7] = [
            ("CUE", "قال قالت قالوا يقول تقول أعلن أعلنت أعلنوا يعلن أكد أكدت أكدوا يؤكد أضاف أضافت \
                     أوضح أوضحت ذكر ذكرت نفى نفت صرح صرحت أفاد أفادت أشار أشارت تابع تابعت اعتبر \
                     اعتبرت رأى رأت شدد شددت دعا دعت طالب طالبت حذر حذرت كشف كشفت نقل نقلت زعم \
                     زعمت رجح رجحت توقع توقعت لفت لفتت استبعد استبعدت اتهم اتهمت ندد نددت هدد هددت \
                     وصف وصفت أبلغ أبلغت أعرب أعربت أقر أقرت اعترف اعترفت قائلا مضيفا حسب وفق"),
            ("TITLE", "رئيس رئيسة وزير وزيرة متحدث متحدثة ناطق ملك ملكة أمير شيخ سيد سيدة دكتور \
                       عميد عقيد قائد زعيم أمين نائب نائبة سفير مدير مديرة كاتب كاتبة باحث باحثة \
                       محلل صحفي صحافي ناشط ناشطة مفاوض مستشار مبعوث مسؤول مرشد إمام محامي لاعب \
                       مدرب فنان فنانة مطرب مطربة مخرج ممثل ممثلة نجم مهاجم حارس قاضي جنرال مراسل \
                       مندوب منسق عضو رقيب نقيب مقدم عماد مشير بابا بطريرك مفتي حاكم محافظ عمدة \
                       المرشح مرشح زميل الأمير الشيخ الرئيس الملك"),
            ("ORGH", "لواء ألوية حركة جبهة تنظيم جماعة حزب وكالة صحيفة قناة مجلس وزارة جامعة شركة منظمة \
                      اتحاد فصيل كتيبة كتائب سرايا جيش قوات هيئة تحالف ائتلاف مركز مؤسسة بنك \
                      نادي فريق منتخب إذاعة تلفزيون موقع مرصد لجنة محكمة برلمان مكتب مجموعة \
                      ميليشيا مليشيا شبكة معهد صندوق فرقة فيلق جمعية نقابة رابطة مجمع مصرف"),
            ("LOCH", "مدينة بلدة قرية محافظة منطقة ريف حي مخيم ولاية عاصمة نهر بحر جبل جبال مطار \
                      قاعدة سجن معبر شارع ميناء جزيرة جزر إقليم مقاطعة دولة جمهورية مملكة إمارة سهل \
                      وادي صحراء خليج محيط ساحة مستشفى مسجد جامع كنيسة قلعة ملعب بلدات قرى مدن \
                      ناحية قضاء"),
            ("PREP", "في من إلى على عن نحو داخل قرب شمال جنوب شرق غرب شمالي جنوبي شرقي غربي بين \
                      حتى أطراف ضواحي محيط"),
            ("NAMEP", "بن ابن أبو أبي عبد بنت أم آل"),
            // لواء alone is a brigade (an organisation head); اللواء is mostly the rank.
            ("LIWA", "اللواء"),
        ];
        for (class, words) in lists {
            for w in words.split_whitespace() {
                m.insert(fnv(&fold(w)), class);
            }
        }
        m
    })
}

/// The class of a word: its own form, or its stem (after the article), or the form without a
/// leading و/ف (وقال).
pub fn class_of(word: &str, stem: &str) -> &'static str {
    let c = classes();
    if let Some(k) = c.get(&fnv(word)).or_else(|| c.get(&fnv(stem))) {
        return k;
    }
    for p in ["و", "ف"] {
        if let Some(rest) = word.strip_prefix(p) {
            if let Some(k) = c.get(&fnv(rest)) {
                return k;
            }
        }
    }
    if word.starts_with("ال") && (word.ends_with('ي') || word.ends_with("يه")) && word.len() >= 10
    {
        return "NISBA";
    }
    ""
}

fn shape(w: &str) -> (&'static str, u32) {
    let n = w.chars().count() as u32;
    let len = match n {
        0..=2 => n,
        3..=4 => 3,
        5..=6 => 5,
        _ => 7,
    };
    if w.bytes().all(|b| b.is_ascii_digit()) {
        ("D", len)
    } else if w.bytes().any(|b| b.is_ascii_digit()) {
        ("d", len)
    } else if w.bytes().all(|b| b.is_ascii_alphabetic()) {
        ("L", len)
    } else if w.is_ascii() {
        ("l", len)
    } else {
        ("A", len)
    }
}

fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

fn suffix(s: &str, n: usize) -> &str {
    let k = s.chars().count();
    if k <= n {
        return s;
    }
    let (i, _) = s.char_indices().nth(k - n).expect("inside");
    &s[i..]
}

fn pad(s: &str) -> Tok {
    let h = fnv(s);
    Tok {
        word: h,
        stem: h,
        core: h,
        pre2: h,
        pre3: h,
        suf1: h,
        suf2: h,
        suf3: h,
        procl: 0,
        shape: h,
        shape_class: h,
        gap: fnv(""),
        class: h,
    }
}

/// The start and end pads: the tokens outside a sentence.
pub fn pads() -> &'static (Tok, Tok) {
    static P: OnceLock<(Tok, Tok)> = OnceLock::new();
    P.get_or_init(|| (pad("<s>"), pad("</s>")))
}

/// The names of the features in the order a token's feature list holds them (static, then
/// dynamic), for [`crate::Ner::explain`]. Static features come in four groups: the token's own
/// (its word alone), each neighbour's (one neighbour's word alone, by its offset), and the pairs
/// (two tokens, or a token and the punctuation before it). A word's own and neighbour sums are
/// the same wherever it stands, so the tagger computes them once per word type.
pub const TEMPLATES: [&str; 43] = [
    // own
    "bias",
    "word",
    "stem",
    "core",
    "core prefix 2",
    "core prefix 3",
    "stem suffix 1",
    "stem suffix 2",
    "stem suffix 3",
    "proclitics",
    "shape",
    "class",
    "proclitics, suffix",
    // neighbour -2
    "word -2",
    "class -2",
    // neighbour -1
    "word -1",
    "stem -1",
    "class -1",
    "core -1",
    // neighbour +1
    "word +1",
    "stem +1",
    "class +1",
    "core +1",
    // neighbour +2
    "word +2",
    // pairs
    "stems -1 0",
    "stems 0 +1",
    "punctuation before",
    "punctuation after",
    "class -1, punctuation, class",
    "classes -2 -1",
    "shape, class +1",
    "suffix -1, prefix",
    "suffix +1, class +1",
    "words -1 +1",
    // dynamic
    "label -1",
    "labels -2 -1",
    "label -1, stem",
    "hint",
    "hints -1 0",
    "hint +1",
    "hint, label -1",
    "label -1, class",
    "label -1, word",
];

/// The neighbour offsets of [`neighbour_features`], in the order [`static_features`] lists them.
pub const OFFSETS: [isize; 4] = [-2, -1, 1, 2];

/// The features of a token that depend on its word alone.
pub fn own_features(t: &Tok, out: &mut Vec<u32>) {
    out.extend_from_slice(&[
        feat(0, 0, 0, 0),
        feat(1, t.word, 0, 0),
        feat(2, t.stem, 0, 0),
        feat(3, t.core, 0, 0),
        feat(4, t.pre2, 0, 0),
        feat(5, t.pre3, 0, 0),
        feat(6, t.suf1, 0, 0),
        feat(7, t.suf2, 0, 0),
        feat(8, t.suf3, 0, 0),
        feat(9, t.procl, 0, 0),
        feat(10, t.shape, 0, 0),
        feat(23, t.class, 0, 0),
        feat(31, t.procl, t.suf2, 0),
    ]);
}

/// The features `t` gives the token it is the neighbour of at offset `OFFSETS[k]` (`t` stands
/// that many places from it): they depend on `t`'s word alone.
pub fn neighbour_features(t: &Tok, k: usize, out: &mut Vec<u32>) {
    match OFFSETS[k] {
        -2 => out.extend_from_slice(&[feat(12, t.word, 0, 0), feat(22, t.class, 0, 0)]),
        -1 => out.extend_from_slice(&[
            feat(11, t.word, 0, 0),
            feat(15, t.stem, 0, 0),
            feat(21, t.class, 0, 0),
            feat(27, t.core, 0, 0),
        ]),
        1 => out.extend_from_slice(&[
            feat(13, t.word, 0, 0),
            feat(16, t.stem, 0, 0),
            feat(24, t.class, 0, 0),
            feat(28, t.core, 0, 0),
        ]),
        _ => out.push(feat(14, t.word, 0, 0)),
    }
}

/// The features of a token that combine two tokens, or a token and the punctuation around it.
pub fn pair_features(t: &Tok, p1: &Tok, p2: &Tok, n1: &Tok, out: &mut Vec<u32>) {
    out.extend_from_slice(&[
        feat(17, p1.stem, t.stem, 0),
        feat(18, t.stem, n1.stem, 0),
        feat(19, t.gap, 0, 0),
        feat(20, n1.gap, 0, 0),
        feat(25, p1.class, t.gap, t.class),
        feat(26, p2.class, p1.class, 0),
        feat(29, t.shape_class, n1.class, 0),
        feat(30, p1.suf2, t.pre2, 0),
        feat(32, n1.suf2, n1.class, 0),
        feat(33, p1.word, n1.word, 0),
    ]);
}

/// Token `j` of `toks`, or the start or end pad outside them.
pub fn tok_at(toks: &[Tok], j: isize) -> &Tok {
    let (pl, pr) = pads();
    if j < 0 {
        pl
    } else {
        toks.get(j as usize).unwrap_or(pr)
    }
}

/// The features of token `i` that do not depend on labels or hints. Also returns the hashes
/// label-dependent features combine with: the stem, the class and the word.
pub fn static_features(toks: &[Tok], i: usize, out: &mut Vec<u32>) -> [u64; 3] {
    let i = i as isize;
    let t = tok_at(toks, i);
    own_features(t, out);
    for (k, off) in OFFSETS.iter().enumerate() {
        neighbour_features(tok_at(toks, i + off), k, out);
    }
    pair_features(
        t,
        tok_at(toks, i - 1),
        tok_at(toks, i - 2),
        tok_at(toks, i + 1),
        out,
    );
    [t.stem, t.class, t.word]
}

/// Features of token `i` that depend on the previous labels and on the hints (0 none, else a
/// label from a caller's registry or gazetteer) of the previous, this and the next token.
pub fn dynamic_features(keys: [u64; 3], p1: u8, p2: u8, hint: [u8; 3], out: &mut Vec<u32>) {
    let [stem, class, word] = keys;
    let (p1, p2) = (u64::from(p1), u64::from(p2));
    let h = hint.map(u64::from);
    out.extend_from_slice(&[
        feat(40, p1, 0, 0),
        feat(41, p1, p2, 0),
        feat(42, p1, stem, 0),
        feat(43, h[1], 0, 0),
        feat(44, h[0], h[1], 0),
        feat(45, h[2], 0, 0),
        feat(46, h[1], p1, 0),
        feat(47, p1, class, 0),
        feat(48, p1, word, 0),
    ]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_find_cues_titles_and_heads() {
        assert_eq!(class_of("وقال", "وقال"), "CUE");
        assert_eq!(class_of("الرييس", "رييس"), "TITLE");
        assert_eq!(class_of("حركه", "حركه"), "ORGH");
        assert_eq!(class_of("والجيش", "جيش"), "ORGH");
        assert_eq!(class_of("السوريه", "سوريه"), "NISBA");
        assert_eq!(gap_class(" ، "), "C");
        assert_eq!(gap_class(" «"), "Q");
        assert_eq!(suffix("سوريه", 2), "يه");
        assert_eq!(prefix("سوريه", 2), "سو");
    }
}
