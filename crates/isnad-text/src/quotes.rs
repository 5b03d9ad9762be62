//! Quotation spans. News sites mix curly quotes, guillemets and straight quotes, nest straight
//! quotes inside straight quotes (`"كل ما أعلنه تنظيم "داعش" الإرهابي …"`) and leave quotes open;
//! straight quotes are paired by the side their spaces are on, and ambiguous ones by toggling.

use crate::Normalized;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Folded byte offset of the opening mark.
    pub open: usize,
    /// Folded byte offset just after the closing mark (or the end of the paragraph when unclosed).
    pub end: usize,
    /// The quoted text without its marks.
    pub inner_start: usize,
    pub inner_end: usize,
    /// 0 for an outermost quote.
    pub depth: usize,
    pub closed: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Open,
    Close,
    Either,
}

fn classify(c: char, prev: Option<char>, next: Option<char>) -> Option<(char, Side)> {
    let space = |x: Option<char>| x.is_none_or(|x| x.is_whitespace() || "([{«“،,:؛;".contains(x));
    let after_space =
        |x: Option<char>| x.is_none_or(|x| x.is_whitespace() || ".,،:؛;!?؟)]}".contains(x));
    match c {
        '“' | '«' | '‹' | '„' => Some((c, Side::Open)),
        '”' | '»' | '›' => Some((c, Side::Close)),
        '"' | '\'' => {
            let (p, n) = (space(prev), after_space(next));
            let side = match (p, n) {
                (true, false) => Side::Open,
                (false, true) => Side::Close,
                _ => Side::Either,
            };
            // An apostrophe inside a word (Latin names) is not a quote.
            if c == '\'' && !p && !n {
                return None;
            }
            Some((c, side))
        }
        _ => None,
    }
}

fn closes(open: char, close: char) -> bool {
    matches!(
        (open, close),
        ('“', '”') | ('„', '“') | ('„', '”') | ('«', '»') | ('‹', '›') | ('"', '"') | ('\'', '\'')
    )
}

/// All quotations in the folded text, outer quotes before the quotes nested in them.
pub fn quotes(n: &Normalized) -> Vec<Quote> {
    let f = n.folded();
    let chars: Vec<(usize, char)> = f.char_indices().collect();
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut out = Vec::new();
    let mut close_top = |stack: &mut Vec<(usize, char)>, at: usize, len: usize, closed: bool| {
        if let Some((o, oc)) = stack.pop() {
            out.push(Quote {
                open: o,
                end: at + len,
                inner_start: o + oc.len_utf8(),
                inner_end: if closed { at } else { at + len },
                depth: stack.len(),
                closed,
            });
        }
    };
    for (k, &(i, c)) in chars.iter().enumerate() {
        if c == '\n' {
            // Quotes do not run across paragraphs: close what is left open.
            while !stack.is_empty() {
                close_top(&mut stack, i, 0, false);
            }
            continue;
        }
        let prev = k.checked_sub(1).map(|j| chars[j].1);
        let next = chars.get(k + 1).map(|x| x.1);
        let Some((c, side)) = classify(c, prev, next) else {
            continue;
        };
        let top_matches = stack.last().is_some_and(|&(_, oc)| closes(oc, c));
        match side {
            Side::Open => {
                // «… «…: a second opening of the same mark while the first is open means the first
                // was never closed (same-mark nesting is not used in Arabic news). Ending it here
                // keeps every quote's text bounded: unclosed quotes otherwise nest and each runs
                // to the paragraph's end, which makes output grow with the square of the input.
                if c != '"' && c != '\'' && stack.last().is_some_and(|&(_, oc)| oc == c) {
                    close_top(&mut stack, i, 0, false);
                }
                stack.push((i, c))
            }
            Side::Close if top_matches => close_top(&mut stack, i, c.len_utf8(), true),
            Side::Close => {
                // A closing mark whose opener is deeper in the stack closes what lies between.
                if let Some(pos) = stack.iter().rposition(|&(_, oc)| closes(oc, c)) {
                    while stack.len() > pos + 1 {
                        close_top(&mut stack, i, 0, false);
                    }
                    close_top(&mut stack, i, c.len_utf8(), true);
                }
            }
            Side::Either if top_matches => close_top(&mut stack, i, c.len_utf8(), true),
            Side::Either => stack.push((i, c)),
        }
    }
    while !stack.is_empty() {
        close_top(&mut stack, f.len(), 0, false);
    }
    out.sort_by_key(|q| (q.open, std::cmp::Reverse(q.end)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(s: &str) -> Vec<String> {
        let n = Normalized::new(s);
        quotes(&n)
            .iter()
            .map(|q| n.folded()[q.inner_start..q.inner_end].to_string())
            .collect()
    }

    #[test]
    fn straight_quotes_nest_by_spacing() {
        let q = inner(r#"وقال إن "ما نشره تنظيم "داعش" عن المعركة كاذب" ثم غادر"#);
        assert_eq!(q, vec![r#"ما نشره تنظيم "داعش" عن المعركه كاذب"#, "داعش"]);
    }

    #[test]
    fn guillemets_and_curly_quotes() {
        assert_eq!(inner("قال «لن ننسحب» و“سنبقى”"), vec!["لن ننسحب", "سنبقي"]);
    }

    #[test]
    fn spaced_straight_quotes_toggle() {
        assert_eq!(inner(r#"قال " الحرب انتهت " أمس"#), vec![" الحرب انتهت "]);
    }

    #[test]
    fn unbalanced_quote_stops_at_paragraph_end() {
        let q = inner("قال «لن ننسحب من المدينة\nسطر جديد");
        assert_eq!(q, vec!["لن ننسحب من المدينه"]);
    }
}
