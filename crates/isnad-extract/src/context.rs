//! Per-article text views shared by every stage.

use isnad_lexicon::DocHits;
use isnad_text::{quotes, MatchView, Normalized, Quote, Sentence, Token};

pub struct Context<'a> {
    /// The document: folded text, words and matching view, each made once (see [`Normalized`]).
    pub n: Normalized<'a>,
    /// The lexicon matches of the document, from one walk of the union automaton (empty when
    /// the context was made without one: stages then search on demand).
    pub hits: DocHits,
    pub sents: Vec<Sentence>,
    pub quotes: Vec<Quote>,
}

/// Complementisers that open reported content (إن، أن، بأن with or without a pronoun).
const COMPLEMENTISERS: &[&str] = &[
    "ان",
    "بان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "بانه",
    "بانها",
    "بانهم",
    "لان",
];

impl<'a> Context<'a> {
    pub fn new(text: &'a str) -> Self {
        Self::with_chrome(text, &[])
    }

    /// The context of `text` with the byte ranges `chrome` (page chrome) read as blanks.
    pub fn with_chrome(text: &'a str, chrome: &[(usize, usize)]) -> Self {
        let n = Normalized::new_masked(text, chrome);
        // Cached in `n`: the recogniser and the claims stage ask for the same sentences.
        let sents = n.sentences().to_vec();
        let quotes = quotes(&n);
        Context {
            n,
            hits: DocHits::default(),
            sents,
            quotes,
        }
    }

    pub fn f(&self) -> &str {
        self.n.folded()
    }

    /// The words of the article.
    pub fn toks(&self) -> &[Token] {
        self.n.tokens()
    }

    /// The lexicon matching view.
    pub fn view(&self) -> &MatchView {
        self.n.view()
    }

    /// Index of the first token starting at or after folded byte `pos`.
    pub fn tok_from(&self, pos: usize) -> usize {
        self.toks().partition_point(|t| t.start < pos)
    }

    /// Index of the token containing `pos`, or the next one.
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks().partition_point(|t| t.end <= pos)
    }

    pub fn word(&self, i: usize) -> &str {
        self.toks().get(i).map_or("", |t| t.text(self.f()))
    }

    pub fn stem(&self, i: usize) -> &str {
        self.toks().get(i).map_or("", |t| t.stem_text(self.f()))
    }

    /// Whether the phrase starting at folded offset `pos` is headed by a person's title or rank
    /// (`heads.tsv` classes `person`, `rank`: الرئيس، المتحدث، العقيد).
    pub fn titled_at(&self, lex: &isnad_lexicon::Lexicons, pos: usize) -> bool {
        self.head(lex, self.tok_at(pos))
            .is_some_and(|(c, _)| c == "person" || c == "rank")
    }

    pub fn is_complementiser(&self, i: usize) -> bool {
        COMPLEMENTISERS.contains(&self.word(i))
    }

    /// The sentence holding `pos`.
    pub fn sentence_at(&self, pos: usize) -> (usize, usize) {
        let i = self.sents.partition_point(|s| s.end <= pos);
        self.sents
            .get(i)
            .map_or((pos, pos), |s| (s.start.min(pos), s.end))
    }

    /// Non-word characters between two folded offsets (punctuation, quote marks, spaces).
    pub fn gap(&self, a: usize, b: usize) -> &str {
        if a < b
            && b <= self.f().len()
            && self.f().is_char_boundary(a)
            && self.f().is_char_boundary(b)
        {
            &self.f()[a..b]
        } else {
            ""
        }
    }

    /// The innermost quote whose inner text contains folded byte `pos`.
    pub fn quote_around(&self, pos: usize) -> Option<&Quote> {
        self.quotes
            .iter()
            .filter(|q| q.inner_start <= pos && pos < q.inner_end)
            .max_by_key(|q| q.depth)
    }

    /// The quote opening at (or right after spaces from) `pos`.
    pub fn quote_opening_at(&self, pos: usize) -> Option<&Quote> {
        let f = self.f();
        let mut p = pos;
        while p < f.len() && f.as_bytes()[p] == b' ' {
            p += 1;
        }
        if !f.is_char_boundary(p) {
            return None;
        }
        // Quotes are sorted by their opening mark.
        self.quotes
            .binary_search_by_key(&p, |q| q.open)
            .ok()
            .map(|i| &self.quotes[i])
    }

    /// The head-noun row (class, entity type) of token `t` in heads.tsv: by its stem, the whole
    /// word, or the stem without an enclitic (مصادره). One lookup for every stage that asks.
    pub fn head<'l>(
        &self,
        lex: &'l isnad_lexicon::Lexicons,
        t: usize,
    ) -> Option<&'l (String, String)> {
        let h = &lex.heads;
        h.get(self.stem(t))
            .or_else(|| h.get(self.word(t)))
            .or_else(|| h.get(isnad_text::split_enclitic(self.stem(t)).0))
    }

    /// Converts a folded byte range to an original `(span, text)`.
    pub fn span(&self, s: usize, e: usize) -> ([usize; 2], String) {
        let (a, b) = self.n.orig_span(s, e);
        ([a, b], self.n.orig_text(a, b).to_string())
    }
}
