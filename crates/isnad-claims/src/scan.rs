//! The one lexicon walk of a document: actors, reporting cues, polarity and modality markers
//! (the lexicons' matchers) and the claims engine's event triggers in one [`Union`] automaton.
//! The extractor scans each article once and every stage, the claims engine included, takes its
//! matches from the [`DocHits`].

use crate::lexicon::{triggers, TriggerLex};
use isnad_lexicon::{DocHits, Lexicons, PhraseMatcher, Union};
use isnad_text::MatchView;
use std::sync::Arc;

/// The union automaton of the lexicons an article is searched with.
pub struct Scanner {
    union: Union,
    trig: Arc<TriggerLex>,
}

impl Scanner {
    /// Builds the union for these lexicons (pass the same `lex` to [`Scanner::scan`]).
    pub fn new(lex: &Lexicons) -> Scanner {
        let trig = triggers(lex);
        let union = Union::new(&members(lex, &trig));
        Scanner { union, trig }
    }

    /// The compiled trigger lexicon the union holds.
    pub fn triggers(&self) -> &TriggerLex {
        &self.trig
    }

    /// Every member lexicon's matches in the view, from one walk.
    pub fn scan(&self, lex: &Lexicons, view: &MatchView) -> DocHits {
        self.union.scan(&members(lex, &self.trig), view)
    }
}

fn members<'a>(lex: &'a Lexicons, trig: &'a TriggerLex) -> [&'a PhraseMatcher; 5] {
    [
        &lex.actor_matcher,
        &lex.cue_matcher,
        &lex.polarity_matcher,
        &lex.modality_matcher,
        &trig.matcher,
    ]
}
