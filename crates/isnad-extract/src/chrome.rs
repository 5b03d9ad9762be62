//! Page chrome: lines of a web page that are not the article (share buttons, comment forms,
//! copyright lines, "related news" lists), named by the phrases of `lexicons/chrome.tsv`.
//!
//! Chrome is blanked, not cut: the reader folds each of its characters to a space (line breaks
//! stay; `Normalized::new_masked`), so every span still indexes the original article and every
//! item's text is the original's. Two shapes:
//! - a `line` phrase makes its whole line chrome when the line is short
//!   («هل أعجبك الموضوع ؟ شاركه مع أصدقائك !»);
//! - a `list` phrase at the start of a line is chrome, and when it stands alone on its line, so
//!   are the short lines after it that end without a full stop (the related headlines):
//!   «أخبار متعلقة» / «الجيش يتقدم في ريف حماة» / «قمة ثلاثية في أنقرة». Text after the phrase on
//!   its own line is kept (archives often glue the next paragraph to it).

use isnad_lexicon::Lexicons;
use isnad_text::fold;

/// The longest related headline, in words.
const HEADLINE_WORDS: usize = 15;

/// The byte ranges of `text` that are chrome (line breaks inside them are kept by the reader).
pub fn ranges(text: &str, lex: &Lexicons) -> Vec<(usize, usize)> {
    if lex.chrome.is_empty() {
        return Vec::new();
    }
    let lines: Vec<(usize, &str)> = line_spans(text);
    let mut blank: Vec<(usize, usize)> = Vec::new();
    let mut in_list = false;
    // Lines longer than every limit are news: counting stops there, and only short lines and
    // line heads are folded (this runs over every line of every article).
    let longest = lex
        .chrome
        .iter()
        .map(|c| c.max_words)
        .max()
        .unwrap_or(0)
        .max(HEADLINE_WORDS);
    let head_words = lex
        .chrome
        .iter()
        .filter(|c| c.list)
        .map(|c| c.form.split_whitespace().count())
        .max()
        .unwrap_or(0);
    for &(at, line) in &lines {
        let words = line.split_whitespace().take(longest + 1).count();
        if in_list {
            let t = line.trim_end();
            let ends = t.ends_with(['.', '!', '?', '؟', '…', ':']);
            if words == 0 || words > HEADLINE_WORDS || ends {
                in_list = false;
            } else {
                blank.push((at, at + line.len()));
                continue;
            }
        }
        if words == 0 {
            continue;
        }
        let folded = if words <= longest {
            fold(line)
        } else {
            String::new()
        };
        let head = fold(&line[..nth_word_end(line, head_words)]);
        for c in &lex.chrome {
            if c.list {
                if head.trim_start().starts_with(&c.form) {
                    let n = c.form.split_whitespace().count();
                    let end = nth_word_end(line, n);
                    blank.push((at, at + end));
                    in_list = line[end..].trim().is_empty();
                    break;
                }
            } else if words <= c.max_words && folded.contains(&c.form) {
                blank.push((at, at + line.len()));
                break;
            }
        }
    }
    blank
}

/// Lines with their byte offsets (without the line break).
fn line_spans(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        out.push((at, line));
        at += line.len() + 1;
    }
    out
}

/// The byte offset just after the `n`-th whitespace-separated word of `line`.
fn nth_word_end(line: &str, n: usize) -> usize {
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == n {
                    return i;
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    line.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The folded text the extractor reads.
    fn mask(text: &str, lex: &Lexicons) -> Option<String> {
        let r = ranges(text, lex);
        (!r.is_empty()).then(|| {
            isnad_text::Normalized::new_masked(text, &r)
                .folded()
                .to_string()
        })
    }

    fn lex() -> &'static Lexicons {
        static L: std::sync::OnceLock<Lexicons> = std::sync::OnceLock::new();
        L.get_or_init(Lexicons::bundled)
    }

    #[test]
    fn share_lines_and_related_lists_are_blanked_in_place() {
        let text = "قال المحافظ إن الطريق مفتوح.\nهل أعجبك الموضوع ؟ شاركه مع أصدقائك !\n\
                    أخبار ذات صلة\nالجيش يتقدم في ريف حماة\nقمة ثلاثية في أنقرة\n\
                    وأضاف أن القوافل ستدخل غداً.";
        let m = mask(text, lex()).expect("chrome found");
        assert!(m.contains(&fold("قال المحافظ إن الطريق مفتوح.")));
        assert!(m.contains(&fold("وأضاف أن القوافل ستدخل غداً.")));
        for gone in ["شاركه", "ذات صلة", "ريف حماة", "أنقرة"] {
            assert!(!m.contains(&fold(gone)), "{gone} left in");
        }
        assert_eq!(m.matches('\n').count(), text.matches('\n').count());
    }

    #[test]
    fn text_glued_after_a_list_header_is_kept() {
        let text = "أخبار متعلقة ووفقا للمصادر قصفت الطائرات البلدة.\nسطر قصير بلا نقطة";
        let m = mask(text, lex()).expect("chrome found");
        assert!(m.contains(&fold("ووفقا للمصادر قصفت الطائرات البلدة.")));
        assert!(!m.contains(&fold("متعلقة")));
        // The list ended at once: the next short line is kept.
        assert!(m.contains(&fold("سطر قصير بلا نقطة")));
    }

    #[test]
    fn a_long_line_that_names_a_phrase_is_news() {
        let text = "وقال مدير المكتب إن جميع الحقوق محفوظة للسكان في العودة إلى منازلهم بعد انتهاء العمليات العسكرية في المنطقة.";
        assert!(mask(text, lex()).is_none());
    }
}
