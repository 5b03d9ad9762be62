//! One automaton for several lexicons: every form of every member matcher, walked once per
//! document, each hit handed to the matchers whose form it is.
//!
//! An article is searched for actors, reporting cues, polarity and modality markers and event
//! triggers. Walking one automaton per lexicon read the article five or six times; a [`Union`]
//! reads it once and returns a [`DocHits`], from which each stage takes its own matches (the same
//! matches, in the same order, as [`PhraseMatcher::find_in_view`] gives).

use crate::matcher::{anchored_hits, words_of};
use crate::{PhraseMatch, PhraseMatcher};
use ahash::AHashMap as HashMap;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::MatchKind;
use isnad_text::MatchView;
use std::borrow::Cow;

/// The forms of several [`PhraseMatcher`]s in one automaton.
pub struct Union {
    nfa: Option<NFA>,
    /// For each union pattern: (member, key of that member) for every member with this form.
    owners: Vec<Vec<(usize, u32)>>,
    /// The members' ids, in order.
    ids: Vec<u64>,
}

impl Union {
    pub fn new(members: &[&PhraseMatcher]) -> Union {
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut patterns: Vec<&str> = Vec::new();
        let mut owners: Vec<Vec<(usize, u32)>> = Vec::new();
        for (mi, m) in members.iter().enumerate() {
            for (k, p) in m.patterns().iter().enumerate() {
                let u = *index.entry(p.as_str()).or_insert_with(|| {
                    patterns.push(p.as_str());
                    owners.push(Vec::new());
                    patterns.len() - 1
                });
                owners[u].push((mi, k as u32));
            }
        }
        let nfa = (!patterns.is_empty()).then(|| {
            aho_corasick::nfa::contiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .build(&patterns)
                .expect("lexicon automaton builds")
        });
        Union {
            nfa,
            owners,
            ids: members.iter().map(|m| m.id()).collect(),
        }
    }

    /// Walks the view once and gives each member its matches. `members` must be the matchers
    /// the union was built from, in the same order.
    pub fn scan(&self, members: &[&PhraseMatcher], view: &MatchView) -> DocHits {
        assert!(
            members.iter().map(|m| m.id()).eq(self.ids.iter().copied()),
            "a union is scanned with the matchers it was built from"
        );
        let Some(nfa) = &self.nfa else {
            return DocHits {
                found: self.ids.iter().map(|&id| (id, Vec::new())).collect(),
            };
        };
        let t = view.as_str();
        let words = words_of(t);
        let mut raw: Vec<Vec<(usize, usize, u32)>> = vec![Vec::new(); members.len()];
        for (e, s, u) in anchored_hits(nfa, t, &words) {
            for &(mi, k) in &self.owners[u as usize] {
                raw[mi].push((e, s, k));
            }
        }
        let found = members
            .iter()
            .zip(raw.iter_mut())
            .map(|(m, r)| {
                r.sort_unstable();
                (m.id(), m.accept_sorted(view, &words, r))
            })
            .collect();
        DocHits { found }
    }
}

/// The matches of one document for each member of a [`Union`].
#[derive(Default)]
pub struct DocHits {
    found: Vec<(u64, Vec<PhraseMatch>)>,
}

impl DocHits {
    /// `m.find_in_view(view)`: from the scan when `m` was one of its members, else searched now.
    pub fn find<'h>(&'h self, m: &PhraseMatcher, view: &MatchView) -> Cow<'h, [PhraseMatch]> {
        match self.found.iter().find(|(id, _)| *id == m.id()) {
            Some((_, hits)) => Cow::Borrowed(hits),
            None => Cow::Owned(m.find_in_view(view)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Boundary;
    use isnad_text::fold;

    #[test]
    fn one_walk_gives_each_matcher_what_it_finds_alone() {
        let actors = PhraseMatcher::new(
            ["القوات الحكومية", "داعش", "تنظيم داعش"].into_iter(),
            Boundary::Word,
        );
        let cues = PhraseMatcher::new(["قال", "أعلن", "وفقاً لـ"].into_iter(), Boundary::Enclitic);
        let none = PhraseMatcher::new(std::iter::empty(), Boundary::Word);
        // A form in two lexicons (داعش as an actor and as a cue here) goes to both.
        let both = PhraseMatcher::new(["داعش", "القوات"].into_iter(), Boundary::Enclitic);
        let text =
            "وقال مصدر إن للقوات الحكومية تعزيزات، وأعلنه تنظيم \"داعش\" وفقا لمصادر. الانتقال";
        let view = MatchView::new(&fold(text));
        let ms = [&actors, &cues, &none, &both];
        let u = Union::new(&ms);
        let hits = u.scan(&ms, &view);
        for m in ms {
            assert_eq!(&*hits.find(m, &view), &m.find_in_view(&view)[..]);
        }
        assert_eq!(hits.find(&actors, &view).len(), 2);
        assert_eq!(hits.find(&cues, &view).len(), 3);
        // A matcher outside the union is searched on demand.
        let other = PhraseMatcher::new(["مصدر"].into_iter(), Boundary::Word);
        assert_eq!(hits.find(&other, &view).len(), 1);
    }
}
