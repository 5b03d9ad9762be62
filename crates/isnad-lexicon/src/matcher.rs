use ahash::AHashMap as HashMap;
use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use isnad_text::{fold, is_proclitic_prefix, is_word_char, MatchView, ENCLITICS};

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
///
/// A form may only start where a word starts or right after its proclitics (و، بـ، لل …), so the
/// automaton is anchored and walked from those few positions only, instead of scanning every
/// byte for overlapping matches and throwing most of them away (a match inside a word): the same
/// matches, in the same order, several times faster.
pub struct PhraseMatcher {
    nfa: Option<NFA>,
    keys: Vec<Key>,
    /// The folded form of each key (for [`crate::Union`], which walks several matchers at once).
    patterns: Vec<String>,
    boundary: Boundary,
    /// Unique per matcher built in this process: how a [`crate::DocHits`] knows its matchers.
    id: u64,
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
        // A contiguous NFA: walked anchored it needs no failure transitions, and it is twenty
        // times smaller than a DFA over the actor names (1 MB against 21 MB), so walks stay in cache
        // and start-up is faster.
        let nfa = (!patterns.is_empty()).then(|| {
            aho_corasick::nfa::contiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .expect("lexicon automaton builds")
        });
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        PhraseMatcher {
            nfa,
            keys,
            patterns,
            boundary,
            id: NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    pub(crate) fn patterns(&self) -> &[String] {
        &self.patterns
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
        longest_first(self.find_all(view))
    }

    /// [`find_in_view`](Self::find_in_view) from raw occurrences a [`crate::Union`] found.
    pub(crate) fn accept_sorted(
        &self,
        view: &MatchView,
        words: &[(usize, usize)],
        raw: &[(usize, usize, u32)],
    ) -> Vec<PhraseMatch> {
        longest_first(self.accept(view, words, raw))
    }

    /// Every valid match, overlapping ones included, ordered by end, then start, then key.
    pub fn find_all(&self, view: &MatchView) -> Vec<PhraseMatch> {
        let Some(nfa) = &self.nfa else { return vec![] };
        let t = view.as_str();
        let words = words_of(t);
        let mut raw = anchored_hits(nfa, t, &words);
        raw.sort_unstable();
        self.accept(view, &words, &raw)
    }

    /// The matches among raw occurrences (end, start, key), sorted, that pass the word-boundary
    /// rules: proclitics before, an enclitic (or nothing) after.
    pub(crate) fn accept(
        &self,
        view: &MatchView,
        words: &[(usize, usize)],
        raw: &[(usize, usize, u32)],
    ) -> Vec<PhraseMatch> {
        let t = view.as_str();
        let mut out = Vec::new();
        for &(e, s, pid) in raw {
            let key = &self.keys[pid as usize];
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

/// Non-overlapping matches, longest first, then leftmost; returned in text order.
fn longest_first(mut all: Vec<PhraseMatch>) -> Vec<PhraseMatch> {
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

/// The words of a view: byte ranges of runs of word characters.
pub(crate) fn words_of(t: &str) -> Vec<(usize, usize)> {
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
    words
}

/// Where a valid match may start: every position outside a word except spaces (a form never
/// starts with one), every word start, and every point after proclitics (و، وب، لل …) that begin
/// the word. A superset of the starts [`PhraseMatcher::find_all`] accepts.
fn starts(t: &str, words: &[(usize, usize)], out: &mut Vec<usize>) {
    let mut prev_end = 0;
    for &(ws, we) in words {
        out.extend(
            t[prev_end..ws]
                .char_indices()
                .filter(|&(_, c)| c != ' ')
                .map(|(i, _)| prev_end + i),
        );
        out.push(ws);
        // After one to three letters of و ف ب ل ك س: covers every prefix in PROCLITIC_PREFIXES
        // and لل، ولل، فلل, without comparing each.
        for (i, c) in t[ws..we].char_indices().take(3) {
            if !matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك' | 'س') {
                break;
            }
            let p = ws + i + c.len_utf8();
            if p < we {
                out.push(p);
            }
        }
        prev_end = we;
    }
    out.extend(
        t[prev_end..]
            .char_indices()
            .filter(|&(_, c)| c != ' ')
            .map(|(i, _)| prev_end + i),
    );
}

/// Every (end, start, pattern) the anchored automaton matches from the candidate starts.
pub(crate) fn anchored_hits(
    nfa: &NFA,
    t: &str,
    words: &[(usize, usize)],
) -> Vec<(usize, usize, u32)> {
    let b = t.as_bytes();
    let mut cands = Vec::with_capacity(words.len() * 2);
    starts(t, words, &mut cands);
    let start = nfa
        .start_state(Anchored::Yes)
        .expect("the automaton is built anchored");
    let mut out = Vec::new();
    for s in cands {
        let mut sid = start;
        let mut at = s;
        while at < b.len() {
            sid = nfa.next_state(Anchored::Yes, sid, b[at]);
            at += 1;
            if !nfa.is_special(sid) {
                continue;
            }
            if nfa.is_dead(sid) {
                break;
            }
            if nfa.is_match(sid) {
                for i in 0..nfa.match_len(sid) {
                    let pid = nfa.match_pattern(sid, i);
                    // A match state also carries shorter forms ending here; keep those from `s`.
                    if at - nfa.pattern_len(pid) == s {
                        out.push((at, s, pid.as_u32()));
                    }
                }
            }
        }
    }
    out
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

    /// Every occurrence from every position (what an unanchored overlapping search finds).
    fn overlapping_reference(forms: &[&str], text: &str) -> Vec<(usize, usize, u32)> {
        let m = PhraseMatcher::new(forms.iter().copied(), Boundary::Enclitic);
        let view = MatchView::new(&fold(text));
        let t = view.as_str();
        let Some(nfa) = &m.nfa else { return vec![] };
        // Every start position, not just the candidates.
        let mut out = Vec::new();
        let start = nfa.start_state(Anchored::Yes).unwrap();
        for (s, _) in t.char_indices() {
            let mut sid = start;
            for (at, &byte) in t.as_bytes().iter().enumerate().skip(s) {
                sid = nfa.next_state(Anchored::Yes, sid, byte);
                if nfa.is_dead(sid) {
                    break;
                }
                if nfa.is_match(sid) {
                    for i in 0..nfa.match_len(sid) {
                        let pid = nfa.match_pattern(sid, i);
                        if at + 1 - nfa.pattern_len(pid) == s {
                            out.push((at + 1, s, pid.as_u32()));
                        }
                    }
                }
            }
        }
        out.sort_unstable();
        out
    }

    proptest::proptest! {
        /// Walking from the candidate starts finds every match a walk from every position finds
        /// that could pass the proclitic test.
        #[test]
        fn candidate_starts_lose_no_valid_match(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "والقوات", "للقوات", "القوات", "قوات", "بالبوكمال", "البوكمال", "وقال",
                    "انتقال", "\"داعش\"", "تنظيم", "وفقا", "لمصادر", "(", "،", "قالوا", "ولل",
                    "سيقول", "فبالقوات", "1", "x",
                ]),
                0..12,
            )
        ) {
            let text = words.join(" ");
            let forms = ["القوات", "البوكمال", "قال", "تنظيم داعش", "داعش", "وفقا ل", "قوات", "ل"];
            let m = PhraseMatcher::new(forms.iter().copied(), Boundary::Enclitic);
            let view = MatchView::new(&fold(&text));
            let t = view.as_str();
            let words = words_of(t);
            let mut got = anchored_hits(m.nfa.as_ref().unwrap(), t, &words);
            got.sort_unstable();
            let all = overlapping_reference(&forms, &text);
            let valid = |&(_, s, _): &(usize, usize, u32)| {
                let w = words.partition_point(|&(_, we)| we <= s);
                let ws = words.get(w).filter(|&&(ws, _)| ws <= s).map_or(s, |&(ws, _)| ws);
                let p = &t[ws..s];
                is_proclitic_prefix(p) || matches!(p, "لل" | "ولل" | "فلل")
            };
            let want: Vec<_> = all.into_iter().filter(valid).collect();
            let got: Vec<_> = got.into_iter().filter(valid).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }
}
