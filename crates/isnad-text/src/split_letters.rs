//! Rejoins a word split before its last letter, as some archives print a shadda or a tanwin:
//! «أك د» (أكّد)، «مضيف ا» (مضيفًا)، «أن ه» (أنّه). The space is folded away; the original text and
//! every span into it are untouched.
//!
//! Only a lone letter that no Arabic word is made of is joined: not و (the conjunction is
//! sometimes written apart), not ل/ب/ك/ف before a dash or a quote («ل - "الأخبار"»), and before a
//! full stop only a word-final letter (ا ة ه ى ي), since «د.» and «م.» are titles.

fn arabic_letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c)
}

/// Whether the space at byte `at` of `text` splits one word (see the module doc). Reads only the
/// two characters before it and those after it, so folding needs no copy of the text.
pub(crate) fn is_split_space(text: &str, at: usize) -> bool {
    if text.as_bytes().get(at) != Some(&b' ') {
        return false;
    }
    let mut before = text[..at].chars().rev();
    let (Some(p1), Some(p2)) = (before.next(), before.next()) else {
        return false;
    };
    let mut next = text[at + 1..].chars();
    let Some(l) = next.next() else {
        return false;
    };
    if !(arabic_letter(p1) && arabic_letter(p2) && arabic_letter(l)) || l == 'و' {
        return false;
    }
    let rest = next.as_str();
    let after = rest.chars().next();
    if after.is_some_and(|c| arabic_letter(c) || c.is_alphanumeric()) {
        return false;
    }
    if matches!(l, 'ل' | 'ب' | 'ك' | 'ف') {
        let following = rest.chars().find(|c| *c != ' ');
        if following.is_none_or(|c| matches!(c, '-' | '–' | '"' | '«' | '“' | '\'')) {
            return false;
        }
    }
    if after == Some('.') && !matches!(l, 'ا' | 'ة' | 'ه' | 'ى' | 'ي') {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use crate::fold::Normalized;

    fn folded(s: &str) -> String {
        Normalized::new(s).folded().to_string()
    }

    #[test]
    fn rejoins_a_letter_split_off_by_a_lost_mark() {
        assert_eq!(folded("وأك د الوزير"), "واكد الوزير");
        assert_eq!(folded("قال مضيف ا إن"), "قال مضيفا ان");
        assert_eq!(folded("وقال أيض ا."), "وقال ايضا.");
    }

    #[test]
    fn leaves_real_one_letter_words_alone() {
        assert_eq!(folded("سوريا و العراق"), "سوريا و العراق");
        assert_eq!(folded("قال ل - \"الأخبار\""), "قال ل - \"الاخبار\"");
        assert_eq!(folded("قال د. سامر"), "قال د. سامر");
        assert_eq!(folded("عام 2017 م"), "عام 2017 م");
    }

    #[test]
    fn spans_still_cover_the_original_split_word() {
        let n = Normalized::new("وأك د الوزير");
        let f = n.folded();
        let s = f.find("اكد").unwrap();
        let (a, b) = n.orig_span(s, s + "اكد".len());
        assert_eq!(n.orig_text(a, b), "أك د");
    }
}
