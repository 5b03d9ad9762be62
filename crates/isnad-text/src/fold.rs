use unicode_normalization::char::decompose_compatible;

/// What one original code point becomes after folding: nothing, one char or (for ligatures and
/// presentation forms) a few.
pub fn fold_char(c: char, out: &mut impl FnMut(char)) {
    match c {
        // Alef with hamza / madda / wasla, and bare hamza-on-line kept as-is apart from these.
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => out('ا'),
        'ى' | 'ی' | 'ې' => out('ي'),
        'ئ' => out('ي'),
        'ؤ' => out('و'),
        'ة' | 'ۃ' => out('ه'),
        'ک' => out('ك'),
        'ـ' => {}
        // Harakat, tanwin, shadda, sukun, superscript alef, Quranic marks.
        '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0610}'..='\u{061A}' => {}
        // Bidi controls, zero-width chars and the BOM carry no letters.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{061C}'
        | '\u{00AD}' => {}
        '٠'..='٩' => out(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
        '۰'..='۹' => out(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
        '٫' => out('.'),
        '٬' => out(','),
        // Arabic presentation forms A and B: decompose, then fold what they become.
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}' => {
            let mut parts = Vec::with_capacity(4);
            decompose_compatible(c, |d| parts.push(d));
            for d in parts {
                // Forms without a decomposition (﴾ ﴿) come back unchanged: keep them as they are.
                if d == c {
                    out(c);
                } else if d != ' ' || !('\u{FE70}'..='\u{FE7F}').contains(&c) {
                    // Isolated harakat forms decompose to a space and the mark: drop the space.
                    fold_char(d, out);
                }
            }
        }
        // Non-breaking and other exotic spaces become a plain space so tokenisation sees them.
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => out(' '),
        'A'..='Z' => out(c.to_ascii_lowercase()),
        // The rest of ASCII and of the Arabic block has no case: skip the Unicode table lookup
        // (this runs for every character of every article).
        '\u{0000}'..='\u{007F}' | '\u{0600}'..='\u{06FF}' => out(c),
        _ if c.is_uppercase() => c.to_lowercase().for_each(out),
        _ => out(c),
    }
}

/// Folds a string for matching (lexicon keys are folded with the same rules as text).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut |d| out.push(d));
    }
    out
}

/// An original text with its folded form and the map between the two.
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    original: &'a str,
    folded: String,
    /// For each byte of `folded`, the index (in code points) of the original char it came from.
    /// One extra entry at the end maps `folded.len()` to the original's length in code points.
    to_orig: Vec<u32>,
    /// Byte offset in `original` of each code point, plus one final entry for the end.
    orig_bytes: Vec<u32>,
    /// Sentences, split on first use: several stages ask for the sentence around an offset.
    sents: std::sync::OnceLock<Vec<crate::Sentence>>,
    /// Words and the matching view, made on first use and then shared by every stage (the
    /// extractor and the claims engine read the same document; nobody tokenises twice).
    toks: std::sync::OnceLock<Vec<crate::Token>>,
    view: std::sync::OnceLock<crate::MatchView>,
}

impl<'a> Normalized<'a> {
    /// The sentences of the folded text (see [`crate::sentences`]), computed once.
    pub fn sentences(&self) -> &[crate::Sentence] {
        self.sents.get_or_init(|| crate::sentences(self))
    }

    /// The words of the folded text (see [`crate::tokens`]), computed once.
    pub fn tokens(&self) -> &[crate::Token] {
        self.toks.get_or_init(|| crate::tokens(self))
    }

    /// The lexicon matching view of the folded text (see [`crate::MatchView`]), built once.
    pub fn view(&self) -> &crate::MatchView {
        self.view
            .get_or_init(|| crate::MatchView::new(&self.folded))
    }

    /// The sentence holding folded byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<crate::Sentence> {
        let s = self.sentences();
        let i = s.partition_point(|x| x.end.max(x.start + 1) <= pos);
        s.get(i).filter(|x| x.start <= pos).copied()
    }

    pub fn new(original: &'a str) -> Self {
        Self::new_masked(original, &[])
    }

    /// As [`Normalized::new`], with the byte ranges `blank` (sorted, disjoint) read as spaces:
    /// page chrome left out of the analysis while offsets and `orig_text` still give the
    /// original. Line breaks inside a blank range stay line breaks.
    pub fn new_masked(original: &'a str, blank: &[(usize, usize)]) -> Self {
        let mut k = 0;
        let mut folded = String::with_capacity(original.len());
        let mut to_orig = Vec::with_capacity(original.len() + 1);
        let mut orig_bytes = Vec::with_capacity(original.len() / 2 + 1);
        for (ci, (bi, c)) in original.char_indices().enumerate() {
            orig_bytes.push(bi as u32);
            while k < blank.len() && blank[k].1 <= bi {
                k += 1;
            }
            if blank.get(k).is_some_and(|&(s, _)| s <= bi) && c != '\n' && c != '\r' {
                folded.push(' ');
                to_orig.resize(folded.len(), ci as u32);
                continue;
            }
            if c == ' ' && crate::split_letters::is_split_space(original, bi) {
                continue;
            }
            fold_char(c, &mut |d| {
                folded.push(d);
                to_orig.resize(folded.len(), ci as u32);
            });
        }
        let n_chars = orig_bytes.len() as u32;
        orig_bytes.push(original.len() as u32);
        to_orig.push(n_chars);
        Normalized {
            original,
            folded,
            to_orig,
            orig_bytes,
            sents: std::sync::OnceLock::new(),
            toks: std::sync::OnceLock::new(),
            view: std::sync::OnceLock::new(),
        }
    }

    pub fn original(&self) -> &'a str {
        self.original
    }

    pub fn folded(&self) -> &str {
        &self.folded
    }

    /// Number of code points in the original text.
    pub fn orig_len(&self) -> usize {
        self.orig_bytes.len() - 1
    }

    /// Maps a folded byte range to a `[start, end)` code-point span in the original text. The span
    /// covers every original char that contributed to the range, including dropped marks (tatweel,
    /// harakat) between its first and last char, but not marks after the last one.
    pub fn orig_span(&self, start: usize, end: usize) -> (usize, usize) {
        let start = start.min(self.folded.len());
        let end = end.clamp(start, self.folded.len());
        let s = self.to_orig[start] as usize;
        if end == start {
            return (s, s);
        }
        // The last folded byte of the range belongs to the original char `e`; the span ends after it.
        let e = self.to_orig[end - 1] as usize + 1;
        // Diacritics directly following the last letter belong to the word: extend over dropped chars.
        let next = self.to_orig[end] as usize;
        let e = if end < self.folded.len() && next > e && self.only_marks(e, next) {
            next
        } else {
            e
        };
        (s, e.max(s))
    }

    fn only_marks(&self, from: usize, to: usize) -> bool {
        self.orig_text(from, to).chars().all(|c| {
            let mut any = false;
            fold_char(c, &mut |_| any = true);
            !any && !c.is_whitespace()
        })
    }

    /// The original text of a code-point span (clamped to the text).
    pub fn orig_text(&self, start: usize, end: usize) -> &'a str {
        let n = self.orig_len();
        let (s, e) = (start.min(n), end.min(n).max(start.min(n)));
        &self.original[self.orig_bytes[s] as usize..self.orig_bytes[e] as usize]
    }

    /// Converts a code-point offset in the original to a byte offset in the original.
    pub fn orig_byte(&self, cp: usize) -> usize {
        self.orig_bytes[cp.min(self.orig_len())] as usize
    }

    /// The first folded byte that comes from original code point `cp` or later.
    pub fn folded_pos(&self, cp: usize) -> usize {
        self.to_orig.partition_point(|&o| (o as usize) < cp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_alef_hamza_taa_marbuta_and_diacritics() {
        assert_eq!(fold("إسرائيل"), "اسراييل");
        assert_eq!(fold("مدينةُ الرقّة"), "مدينه الرقه");
        assert_eq!(fold("مصطفى"), "مصطفي");
        assert_eq!(fold("قـــوات"), "قوات");
        assert_eq!(fold("٣٠ كم و۱۲"), "30 كم و12");
        assert_eq!(fold("\u{200F}T2"), "t2");
    }

    #[test]
    fn presentation_forms_are_decomposed() {
        // ﻻ is the lam-alef ligature, ﺑ an initial beh.
        assert_eq!(fold("ﻻ"), "لا");
        assert_eq!(fold("ﺑ"), "ب");
        // Ornate parentheses have no decomposition.
        assert_eq!(fold("﴾ﷺ﴿"), "﴾صلي الله عليه وسلم﴿");
    }

    #[test]
    fn spans_map_back_through_dropped_and_expanded_chars() {
        let text = "قالَ «الجيشُ» ﻻ";
        let n = Normalized::new(text);
        let f = n.folded();
        let at = f.find("الجيش").unwrap();
        let (s, e) = n.orig_span(at, at + "الجيش".len());
        assert_eq!(n.orig_text(s, e), "الجيشُ");
        let lam = f.find("لا").unwrap();
        let (s, e) = n.orig_span(lam, lam + "لا".len());
        assert_eq!(n.orig_text(s, e), "ﻻ");
    }

    #[test]
    fn folded_pos_inverts_orig_span_start() {
        let n = Normalized::new("أعلنت الوزارة");
        let (s, _) = n.orig_span(6, 10);
        assert_eq!(n.folded_pos(s), 6);
    }
}
