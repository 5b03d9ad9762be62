//! Full-text indexing over folded Arabic. Each article is indexed as two FTS5 columns:
//! - `body`: the stems of its words (folded, proclitics and the article split off:
//!   «وبالبوكمال» → `بوكمال`), in order, so phrases still work;
//! - `compounds`: two adjacent words joined when the first is a name-forming head that news sites
//!   write both apart and together (البو كمال / البوكمال, ابو / أبو, دير, عين, تل, كفر, بني, بيت,
//!   راس, جسر, ام): the joined form, itself clitic-stripped (البو+كمال → `بوكمال`).
//!
//! A query is processed the same way, so «البوكمال» finds «بالبوكمال», «البو كمال» and «البوكمال».

use isnad_text::{proclitic_len, tokens, Normalized, Token};

/// Stems (after proclitic stripping) that start a two-word name written either apart or joined.
const COMPOUND_HEADS: &[&str] = &[
    "بو", "ابو", "ابي", "ابا", "ام", "بني", "بنو", "دير", "عين", "تل", "كفر", "بيت", "راس", "جسر",
    "عبد", "ذي", "ذو", "مرج", "خان", "سيدي", "ابن", "بن",
];

fn stem<'t>(f: &'t str, t: &Token) -> &'t str {
    t.stem_text(f)
}

fn is_head(f: &str, t: &Token) -> bool {
    COMPOUND_HEADS.contains(&stem(f, t))
}

fn joined(f: &str, a: &Token, b: &Token) -> String {
    let w = format!("{}{}", a.text(f), b.text(f));
    let p = proclitic_len(&w);
    w[p..].to_string()
}

/// Only whitespace (no punctuation) between two tokens.
fn adjacent(f: &str, a: &Token, b: &Token) -> bool {
    f[a.end..b.start].chars().all(char::is_whitespace)
}

/// `(body, compounds)` for the FTS table.
pub fn index_columns(text: &str) -> (String, String) {
    let n = Normalized::new(text);
    let f = n.folded();
    let toks = tokens(&n);
    let mut body = String::with_capacity(f.len());
    let mut comp = String::new();
    for (i, t) in toks.iter().enumerate() {
        if !body.is_empty() {
            body.push(' ');
        }
        body.push_str(stem(f, t));
        if let Some(next) = toks.get(i + 1) {
            if is_head(f, t) && adjacent(f, t, next) {
                if !comp.is_empty() {
                    comp.push(' ');
                }
                comp.push_str(&joined(f, t, next));
            }
        }
    }
    (body, comp)
}

/// One unit of a processed query: a word's stem, or a head+word pair with its joined form.
#[derive(Debug, Clone, PartialEq)]
pub enum Term {
    Word(String),
    Pair(String, String, String),
}

pub fn query_terms(q: &str) -> Vec<Term> {
    let n = Normalized::new(q);
    let f = n.folded();
    let toks = tokens(&n);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if let Some(next) = toks.get(i + 1) {
            if is_head(f, t) {
                out.push(Term::Pair(
                    stem(f, t).to_string(),
                    stem(f, next).to_string(),
                    joined(f, t, next),
                ));
                i += 2;
                continue;
            }
        }
        out.push(Term::Word(stem(f, t).to_string()));
        i += 1;
    }
    out
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', ""))
}

/// An FTS5 MATCH expression (all terms required), or `None` for an empty query.
pub fn match_expr(terms: &[Term]) -> Option<String> {
    let parts: Vec<String> = terms
        .iter()
        .filter_map(|t| match t {
            Term::Word(w) if !w.is_empty() => Some(quote(w)),
            Term::Word(_) => None,
            // «البو كمال» as a phrase, or joined «بوكمال» in either column.
            Term::Pair(a, b, j) => {
                Some(format!("({} OR {})", quote(&format!("{a} {b}")), quote(j)))
            }
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(" AND "))
}

/// Code-point spans in `text` of the words matching the query terms.
pub fn match_spans(text: &str, terms: &[Term]) -> Vec<[usize; 2]> {
    let n = Normalized::new(text);
    let f = n.folded();
    let toks = tokens(&n);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let s = stem(f, t);
        let next = toks.get(i + 1);
        for term in terms {
            let hit = match term {
                Term::Word(w) => {
                    if s == w {
                        Some(t.end)
                    } else if let Some(nx) = next.filter(|nx| is_head(f, t) && adjacent(f, t, nx)) {
                        (joined(f, t, nx) == *w).then_some(nx.end)
                    } else {
                        None
                    }
                }
                Term::Pair(a, b, j) => {
                    if s == j {
                        Some(t.end)
                    } else {
                        next.filter(|nx| s == a && stem(f, nx) == b)
                            .map(|nx| nx.end)
                    }
                }
            };
            if let Some(end) = hit {
                let (cs, ce) = n.orig_span(t.start, end);
                out.push([cs, ce]);
                break;
            }
        }
    }
    out
}

/// A one-line snippet of about `width` chars around the first span, with «…» at cut ends.
/// The snippet and the code-point spans of the matches inside it (the page highlights these;
/// the article spans would point elsewhere in the snippet).
pub fn snippet_spans(text: &str, spans: &[[usize; 2]], width: usize) -> (String, Vec<[usize; 2]>) {
    let chars: Vec<char> = text.chars().collect();
    let center = spans.first().map_or(0, |s| s[0]);
    let start = center.saturating_sub(width / 2).min(chars.len());
    let end = (start + width).min(chars.len());
    // Whitespace runs become one space, leading/trailing ones go; `at[i]` is where original
    // character start+i lands in the output.
    let mut out: Vec<char> = Vec::with_capacity(end - start + 2);
    if start > 0 {
        out.push('…');
    }
    let mut at = Vec::with_capacity(end - start + 1);
    let mut pending_space = false;
    for &c in &chars[start..end] {
        if c.is_whitespace() {
            pending_space = out.len() > usize::from(start > 0);
            at.push(out.len());
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        at.push(out.len());
        out.push(c);
    }
    at.push(out.len());
    if end < chars.len() {
        out.push('…');
    }
    let local = spans
        .iter()
        .filter(|s| s[0] >= start && s[1] <= end && s[0] < s[1])
        .map(|s| [at[s[0] - start], at[s[1] - start]])
        .filter(|s| s[0] < s[1])
        .collect();
    (out.into_iter().collect(), local)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_spans_point_into_the_snippet() {
        let text = "قال   المصدر\nإن القصف استهدف البوكمال أمس";
        let chars: Vec<char> = text.chars().collect();
        let word = "البوكمال";
        let at = text.find(word).unwrap();
        let s0 = text[..at].chars().count();
        let span = [s0, s0 + word.chars().count()];
        assert_eq!(chars[span[0]..span[1]].iter().collect::<String>(), word);
        for width in [20, 40, 200] {
            let (snip, local) = snippet_spans(text, &[span], width);
            let sc: Vec<char> = snip.chars().collect();
            assert_eq!(local.len(), 1, "{snip}");
            assert_eq!(
                sc[local[0][0]..local[0][1]].iter().collect::<String>(),
                word
            );
        }
    }

    #[test]
    fn clitics_and_compounds_are_indexed() {
        let (body, comp) = index_columns("وصلت القوات إلى البو كمال وبالبوكمال");
        assert!(body.split(' ').any(|w| w == "بوكمال"));
        assert!(comp.split(' ').any(|w| w == "بوكمال"), "{comp}");
        let t = query_terms("البوكمال");
        assert_eq!(t, vec![Term::Word("بوكمال".into())]);
        let t = query_terms("البو كمال");
        assert!(matches!(&t[0], Term::Pair(_, _, j) if j == "بوكمال"));
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "دخلت القوات بالبوكمال، ثم وصلت إلى البو كمال.";
        let spans = match_spans(text, &query_terms("البوكمال"));
        let words: Vec<String> = spans
            .iter()
            .map(|s| text.chars().skip(s[0]).take(s[1] - s[0]).collect())
            .collect();
        assert_eq!(words, vec!["بالبوكمال", "البو كمال"]);
    }
}
