use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use isnad_text::{fold, is_proclitic_prefix, is_word_char, MatchView, ENCLITICS};
use std::collections::HashMap;

/// What may follow a match inside the same word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boundary {
    /// The match ends the word (names).
    Word,
    /// A pronoun suffix may follow (أعلنه، سيطرتها).
    Enclitic,
}

/// A lexicon hit, in folded-text byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseMatch {
    /// Where the word holding the match begins (before و/ب/ل... proclitics).
    pub word_start: usize,
    pub start: usize,
    pub end: usize,
    /// `end` extended over an enclitic pronoun, if any.
    pub word_end: usize,
    /// Indices of the lexicon entries whose form folds to this key.
    pub entries: Vec<usize>,
}

struct Key {
    entries: Vec<usize>,
    /// The key is a form with its article removed; it matches only after لل (للقوات).
    article_stripped: bool,
    /// The form ends in a one-letter preposition (وفقا ل), which is written joined to the next word.
    open_end: bool,
}

/// An Aho-Corasick automaton over folded forms with Arabic word-boundary rules.
pub struct PhraseMatcher {
    ac: Option<AhoCorasick>,
    keys: Vec<Key>,
    boundary: Boundary,
}

fn key_of(form: &str) -> String {
    MatchView::new(&fold(form.trim()))
        .as_str()
        .trim()
        .to_string()
}

impl PhraseMatcher {
    pub fn new<'a>(forms: impl Iterator<Item = &'a str>, boundary: Boundary) -> Self {
        let mut index: HashMap<(String, bool), usize> = HashMap::new();
        let mut keys: Vec<Key> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut add = |pat: String, entry: usize, stripped: bool| {
            let open_end = pat
                .rsplit(' ')
                .next()
                .is_some_and(|w| pat.contains(' ') && matches!(w, "ل" | "ب" | "ك"));
            let k = *index.entry((pat.clone(), stripped)).or_insert_with(|| {
                keys.push(Key {
                    entries: vec![],
                    article_stripped: stripped,
                    open_end,
                });
                patterns.push(pat);
                keys.len() - 1
            });
            if !keys[k].entries.contains(&entry) {
                keys[k].entries.push(entry);
            }
        };
        for (i, form) in forms.enumerate() {
            let k = key_of(form);
            if k.is_empty() {
                continue;
            }
            if let Some(rest) = k.strip_prefix("ال") {
                if rest.chars().count() >= 2 {
                    add(rest.to_string(), i, true);
                }
            }
            add(k, i, false);
        }
        let ac = (!patterns.is_empty()).then(|| {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                // A DFA searches several times faster than the NFA; lexicons are small enough.
                .kind(Some(AhoCorasickKind::DFA))
                .build(&patterns)
                .expect("lexicon automaton builds")
        });
        PhraseMatcher { ac, keys, boundary }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Finds non-overlapping matches (longest first) in folded text.
    pub fn find(&self, folded: &str) -> Vec<PhraseMatch> {
        self.find_in_view(&MatchView::new(folded))
    }

    /// Like [`find`](Self::find) on a view built once and shared between matchers.
    pub fn find_in_view(&self, view: &MatchView) -> Vec<PhraseMatch> {
        let mut all = self.find_all(view);
        all.sort_by_key(|m| (std::cmp::Reverse(m.end - m.start), m.start));
        // Longest first; `taken` keeps accepted ranges sorted by start for a log-time overlap test.
        let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
        let mut kept: Vec<PhraseMatch> = Vec::new();
        for m in all {
            let before = taken.range(..m.end).next_back();
            if before.is_some_and(|(_, &e)| e > m.start) {
                continue;
            }
            taken.insert(m.start, m.end);
            kept.push(m);
        }
        kept.sort_by_key(|m| m.start);
        kept
    }

    /// Every valid match, overlapping ones included.
    pub fn find_all(&self, view: &MatchView) -> Vec<PhraseMatch> {
        let Some(ac) = &self.ac else { return vec![] };
        let t = view.as_str();
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut cur: Option<usize> = None;
        for (i, c) in t.char_indices() {
            match (is_word_char(c), cur) {
                (true, None) => cur = Some(i),
                (false, Some(st)) => {
                    words.push((st, i));
                    cur = None;
                }
                _ => {}
            }
        }
        if let Some(st) = cur {
            words.push((st, t.len()));
        }
        let mut out = Vec::new();
        for m in ac.find_overlapping_iter(t) {
            let key = &self.keys[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            // Word boundaries by binary search: scanning from each match would be quadratic on a
            // long run of letters without spaces.
            let w = words.partition_point(|&(_, we)| we <= s);
            let word_start = words
                .get(w)
                .filter(|&&(ws, _)| ws <= s)
                .map_or(s, |&(ws, _)| ws);
            let prefix = &t[word_start..s];
            let prefix_ok = if key.article_stripped {
                matches!(prefix, "لل" | "ولل" | "فلل")
            } else {
                is_proclitic_prefix(prefix)
            };
            if !prefix_ok {
                continue;
            }
            let w2 = words.partition_point(|&(_, we)| we < e);
            let word_end = words
                .get(w2)
                .filter(|&&(ws, _)| ws < e)
                .map_or(e, |&(_, we)| we);
            let rest = &t[e..word_end];
            let end_ok = rest.is_empty()
                || key.open_end
                || (self.boundary == Boundary::Enclitic && ENCLITICS.contains(&rest));
            if !end_ok {
                continue;
            }
            let (fs, fe) = view.to_folded(s, e);
            let (fws, _) = view.to_folded(word_start, word_start);
            let (_, fwe) = view.to_folded(e, if key.open_end { e } else { word_end });
            out.push(PhraseMatch {
                word_start: fws,
                start: fs,
                end: fe,
                word_end: fwe.max(fe),
                entries: key.entries.clone(),
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(forms: &[&str], b: Boundary, text: &str) -> Vec<String> {
        let m = PhraseMatcher::new(forms.iter().copied(), b);
        let f = fold(text);
        m.find(&f)
            .iter()
            .map(|h| f[h.start..h.end].to_string())
            .collect()
    }

    #[test]
    fn matches_after_proclitics_and_article_elision() {
        let forms = ["القوات الحكومية", "البوكمال"];
        assert_eq!(
            hits(
                &forms,
                Boundary::Word,
                "وصلت للقوات الحكومية تعزيزات بالبوكمال"
            ),
            vec!["قوات الحكوميه", "البوكمال"]
        );
    }

    #[test]
    fn does_not_match_inside_words() {
        assert!(hits(&["قال"], Boundary::Enclitic, "الاستقالة انتقال").is_empty());
        assert!(hits(&["داعش"], Boundary::Word, "داعشي").is_empty());
    }

    #[test]
    fn enclitics_only_where_allowed() {
        assert_eq!(
            hits(&["أعلن"], Boundary::Enclitic, "ما أعلنه التنظيم"),
            vec!["اعلن"]
        );
        assert!(hits(&["أعلن"], Boundary::Word, "ما أعلنه التنظيم").is_empty());
    }

    #[test]
    fn quotes_inside_names_are_ignored_and_longest_wins() {
        let forms = ["تنظيم داعش", "داعش"];
        let f = fold("هاجم تنظيم \"داعش\" القرية");
        let m = PhraseMatcher::new(forms.iter().copied(), Boundary::Word);
        let h = m.find(&f);
        assert_eq!(h.len(), 1);
        assert_eq!(&f[h[0].start..h[0].end], "تنظيم \"داعش");
    }

    #[test]
    fn open_ended_preposition_forms() {
        assert_eq!(
            hits(&["وفقاً لـ"], Boundary::Word, "وفقا لمصادر محلية"),
            vec!["وفقا ل"]
        );
    }
}
