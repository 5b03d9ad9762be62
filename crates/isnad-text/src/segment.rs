//! Words, clitics and sentences over folded text. All offsets are folded-text byte offsets.

use crate::Normalized;

/// Enclitic pronouns that may follow a stem (أعلنه، سيطرتها، قوله). Folded spelling.
pub const ENCLITICS: &[&str] = &["هما", "هم", "هن", "ها", "ه", "كما", "كم", "نا", "ي"];

/// A word of the folded text. `stem` is where the word starts once a definite article and the
/// particles before it are split off (والقوات → قوات, للقوات → قوات, بالبوكمال → بوكمال).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub stem: usize,
}

impl Token {
    pub fn text<'t>(&self, folded: &'t str) -> &'t str {
        &folded[self.start..self.end]
    }
    pub fn stem_text<'t>(&self, folded: &'t str) -> &'t str {
        &folded[self.stem..self.end]
    }
}

pub fn is_word_char(c: char) -> bool {
    // Fast paths for ASCII and the Arabic letters and digits: the generic Unicode lookup is slow.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{0621}'..='\u{064A}').contains(&c) || ('\u{0660}'..='\u{0669}').contains(&c) {
        return true;
    }
    c.is_alphanumeric() && !matches!(c, '٪' | '،' | '؛' | '؟')
}

/// Prefixes made only of proclitics that may stand before a lexicon form that is written with or
/// without the article (و ف ب ل ك س and their combinations). Folded spelling.
pub const PROCLITIC_PREFIXES: &[&str] = &[
    "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس", "لب",
];

/// Whether `p` (folded) is a sequence of proclitics that may precede a word.
pub fn is_proclitic_prefix(p: &str) -> bool {
    p.is_empty() || PROCLITIC_PREFIXES.contains(&p)
}

/// The length in bytes of the proclitics (and article) at the start of a folded word, choosing
/// the reading that leaves the longest plausible stem (at least two letters).
pub fn proclitic_len(word: &str) -> usize {
    // Work on the first chars only: this runs for every token of every article.
    let mut it = word.chars();
    let c: [char; 5] = std::array::from_fn(|_| it.next().unwrap_or('\0'));
    let len = |k: usize| c[..k].iter().map(|ch| ch.len_utf8()).sum::<usize>();
    let n_at_least = |k: usize| word.chars().nth(k - 1).is_some();
    let particle = |ch: char| matches!(ch, 'و' | 'ف' | 'ب' | 'ك');
    let mut best = 0;
    // (particles) + ال, leaving a stem of at least two letters.
    for k in 0..=2 {
        let parts_ok = match k {
            0 => true,
            1 => particle(c[0]),
            _ => matches!(c[0], 'و' | 'ف') && matches!(c[1], 'ب' | 'ك'),
        };
        if parts_ok && c[k] == 'ا' && c[k + 1] == 'ل' && n_at_least(k + 4) {
            best = best.max(len(k + 2));
        }
    }
    // لل is ل + ال with the alef elided (للقوات), also after و / ف.
    for k in 0..=1 {
        let parts_ok = k == 0 || matches!(c[0], 'و' | 'ف');
        if parts_ok && c[k] == 'ل' && c[k + 1] == 'ل' && n_at_least(k + 4) {
            best = best.max(len(k + 2));
        }
    }
    best
}

/// Splits a trailing enclitic off a folded word when the remaining stem keeps three letters.
pub fn split_enclitic(word: &str) -> (&str, &str) {
    for enc in ENCLITICS {
        if let Some(stem) = word.strip_suffix(enc) {
            if stem.chars().count() >= 3 {
                return (stem, &word[stem.len()..]);
            }
        }
    }
    (word, "")
}

/// Words of the folded text, with the article and its proclitics split off.
pub fn tokens(n: &Normalized) -> Vec<Token> {
    let f = n.folded();
    let mut out = Vec::with_capacity(f.len() / 6);
    let mut start = None;
    for (i, c) in f.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(make_token(f, s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(make_token(f, s, f.len()));
    }
    out
}

fn make_token(f: &str, start: usize, end: usize) -> Token {
    Token {
        start,
        end,
        stem: start + proclitic_len(&f[start..end]),
    }
}

/// A sentence: a folded byte range, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// Splits at sentence-final punctuation followed by a space or the end, and at line breaks.
/// A full stop between digits (3.5) does not end a sentence.
pub fn sentences(n: &Normalized) -> Vec<Sentence> {
    let f = n.folded();
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = f.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, d)| d);
        let ends = match c {
            '\n' | '\r' | '\u{2029}' => true,
            '.' | '!' | '?' | '؟' | '…' => next.is_none_or(|d| d.is_whitespace()),
            _ => false,
        };
        if ends {
            push_trimmed(f, start, i + c.len_utf8(), &mut out);
            start = i + c.len_utf8();
        }
    }
    push_trimmed(f, start, f.len(), &mut out);
    out
}

fn push_trimmed(f: &str, s: usize, e: usize, out: &mut Vec<Sentence>) {
    let seg = &f[s..e];
    let lead = seg.len() - seg.trim_start().len();
    let trail = seg.len() - seg.trim_end().len();
    if lead + trail < seg.len() {
        out.push(Sentence {
            start: s + lead,
            end: e - trail,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<(String, String)> {
        let n = Normalized::new(s);
        tokens(&n)
            .iter()
            .map(|t| {
                (
                    t.text(n.folded()).to_string(),
                    t.stem_text(n.folded()).to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn article_and_particles_are_split() {
        let w = words("وصلت التعزيزات للقوات والمليشيات بالمدينة");
        assert_eq!(w[1].1, "تعزيزات");
        assert_eq!(w[2].1, "قوات");
        assert_eq!(w[3].1, "مليشيات");
        assert_eq!(w[4].1, "مدينه");
        // No article: the word is its own stem (و of وصلت is a root letter).
        assert_eq!(w[0].1, "وصلت");
    }

    #[test]
    fn enclitics_split_only_with_a_stem_left() {
        assert_eq!(split_enclitic("اعلنه"), ("اعلن", "ه"));
        assert_eq!(split_enclitic("سيطرتها"), ("سيطرت", "ها"));
        assert_eq!(split_enclitic("له"), ("له", ""));
    }

    #[test]
    fn sentences_split_on_arabic_and_latin_marks() {
        let n = Normalized::new("قال المصدر إن 3.5 طن وصلت. هل انتهى؟ نعم\nسطر آخر");
        let s: Vec<&str> = sentences(&n)
            .iter()
            .map(|s| &n.folded()[s.start..s.end])
            .collect();
        assert_eq!(s.len(), 4);
        assert!(s[0].ends_with("وصلت."));
        assert_eq!(s[3], "سطر اخر");
    }
}
