//! A small scanner for values: words, digit runs and single punctuation marks over folded text.
//! Unlike `isnad_text::tokens` it keeps punctuation (dates need "/" and "-") and splits a digit
//! run from the clitics glued to it ("بـ30", "الـ24", "و13").

/// `isnad_text::is_word_char` with a fast path for ASCII and Arabic letters (the general Unicode
/// lookup dominated the profile).
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c as u32 {
        0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A => true,
        0..=0x7F => false,
        0x0620..=0x064A | 0x066E..=0x06D3 | 0x06D5 => true,
        _ => isnad_text::is_word_char(c),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TK {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    /// Folded byte range of the token (for a number: its digits).
    pub s: usize,
    pub e: usize,
    pub kind: TK,
    /// Start of the clitics glued before a number (`== s` when none).
    pub cl: usize,
}

/// Letters that may be glued to a following number without being a word of their own.
const NUM_CLITICS: &[&str] = &[
    "و", "ب", "ل", "ف", "ك", "ال", "وال", "بال", "فال", "كال", "لل", "ولل", "وب", "ول", "فب", "فل",
    "وبال",
];

pub(crate) fn scan(f: &str) -> Vec<Tok> {
    let b = f.as_bytes();
    let mut out = Vec::with_capacity(f.len() / 5);
    let mut pending_cl: Option<usize> = None;
    let mut i = 0;
    while i < f.len() {
        let c = f[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if c.is_ascii_digit() {
            let s = i;
            let mut j = i;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            // Decimal points and thousands separators between digits stay inside the number.
            while j + 1 < b.len() && (b[j] == b'.' || b[j] == b',') && b[j + 1].is_ascii_digit() {
                j += 1;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
            }
            out.push(Tok {
                s,
                e: j,
                kind: TK::Num,
                cl: pending_cl.take().unwrap_or(s),
            });
            i = j;
            continue;
        }
        pending_cl = None;
        if c.is_whitespace() && c != '\n' {
            i += len;
            continue;
        }
        if is_word_char(c) {
            let s = i;
            let mut j = i;
            while j < f.len() {
                let d = f[j..].chars().next().unwrap_or(' ');
                if !is_word_char(d) || d.is_ascii_digit() {
                    break;
                }
                j += d.len_utf8();
            }
            if j < b.len() && b[j].is_ascii_digit() && NUM_CLITICS.contains(&&f[s..j]) {
                pending_cl = Some(s);
            } else {
                out.push(Tok {
                    s,
                    e: j,
                    kind: TK::Word,
                    cl: s,
                });
            }
            i = j;
            continue;
        }
        out.push(Tok {
            s: i,
            e: i + len,
            kind: TK::Punct,
            cl: i,
        });
        i += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_dates_and_glued_clitics() {
        let f = "في 12/10/2017 وبـ30 و13 t2";
        let f = isnad_text::fold(f);
        let t = scan(&f);
        let texts: Vec<&str> = t.iter().map(|t| &f[t.s..t.e]).collect();
        assert_eq!(
            texts,
            ["في", "12", "/", "10", "/", "2017", "30", "13", "t", "2"]
        );
        assert_eq!(&f[t[6].cl..t[6].e], "وب30");
        assert_eq!(&f[t[7].cl..t[7].e], "و13");
    }

    #[test]
    fn fast_word_chars_agree_with_isnad_text() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), isnad_text::is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn keeps_decimals_and_thousands() {
        let f = "1,200 و3.5 ,9";
        let t = scan(f);
        let texts: Vec<&str> = t.iter().map(|t| &f[t.s..t.e]).collect();
        assert_eq!(texts, ["1,200", "3.5", ",", "9"]);
    }
}
