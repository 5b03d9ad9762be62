//! A matching view of folded text: quotation marks removed and whitespace runs squeezed, so that
//! `تنظيم "داعش"` matches the lexicon form `تنظيم داعش`. Offsets map back to the folded text.

/// Folded text with quote marks dropped and whitespace squeezed, and a byte map to the folded text.
#[derive(Debug, Clone)]
pub struct MatchView {
    text: String,
    /// For each byte of `text` (plus one at the end), the folded byte it came from.
    to_folded: Vec<u32>,
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '«' | '»' | '‹' | '›' | '„' | '\'' | '`'
    )
}

impl MatchView {
    pub fn new(folded: &str) -> Self {
        let mut text = String::with_capacity(folded.len());
        let mut to_folded = Vec::with_capacity(folded.len() + 1);
        let mut last_space = true;
        for (i, c) in folded.char_indices() {
            if is_quote_mark(c) {
                continue;
            }
            let c = if c.is_whitespace() { ' ' } else { c };
            if c == ' ' {
                if last_space {
                    continue;
                }
                last_space = true;
            } else {
                last_space = false;
            }
            text.push(c);
            to_folded.resize(text.len(), i as u32);
        }
        to_folded.push(folded.len() as u32);
        MatchView { text, to_folded }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a view byte range to the folded byte range it covers.
    pub fn to_folded(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.to_folded[start.min(self.text.len())] as usize;
        if end <= start {
            return (s, s);
        }
        let last = self.to_folded[(end - 1).min(self.text.len())] as usize;
        // End just after the last char of the range in folded text.
        let last_len = self.text[..end]
            .chars()
            .next_back()
            .map_or(0, |c| c.len_utf8());
        (s, last + last_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_vanish_and_offsets_map_back() {
        let f = "تنظيم \"داعش\"  الارهابي";
        let v = MatchView::new(f);
        assert_eq!(v.as_str(), "تنظيم داعش الارهابي");
        let at = v.as_str().find("داعش").unwrap();
        let (s, e) = v.to_folded(at, at + "داعش".len());
        assert_eq!(&f[s..e], "داعش");
        let (s, e) = v.to_folded(0, v.as_str().len());
        assert_eq!(&f[s..e], f);
    }
}
