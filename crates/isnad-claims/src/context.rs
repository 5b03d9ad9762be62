//! The article as the passes see it: tokens with folded spellings, sentences, clause
//! punctuation, and which entity, statement content, time and quantity each token belongs to.

use crate::mention::Mention;
use crate::view::published;
use chrono::NaiveDate;
use isnad_lexicon::{WordClass, WordClass as C, WordClasses};
use isnad_schema::Analysis;
use isnad_text::{fold, Normalized};

/// A word of the text: code-point span in the original and its folded spelling.
pub(crate) struct Tok<'a> {
    pub(crate) s: usize,
    pub(crate) e: usize,
    pub(crate) f: &'a str,
}

pub(crate) struct Ctx<'a> {
    /// One matching view of the article for every lexicon search.
    pub(crate) view: &'a isnad_text::MatchView,
    pub(crate) a: &'a Analysis,
    /// The extractor's document: the claims engine reads its words and view, it does not
    /// tokenise again.
    pub(crate) n: &'a Normalized<'a>,
    pub(crate) toks: Vec<Tok<'a>>,
    pub(crate) sent: Vec<usize>,
    /// Clause punctuation (، . ؛ : …) right after token i.
    pub(crate) punct: Vec<bool>,
    /// The entity each token belongs to (the shortest one).
    pub(crate) ent_at: Vec<Option<usize>>,
    /// First and last token of each entity.
    pub(crate) ent_tok: Vec<Option<(usize, usize)>>,
    /// First and last token of each statement's content.
    pub(crate) content_tok: Vec<Option<(usize, usize)>>,
    pub(crate) time_tok: Vec<Option<(usize, usize)>>,
    pub(crate) quant_tok: Vec<Option<(usize, usize)>>,
    pub(crate) pubd: Option<NaiveDate>,
    /// The word classes of `words.tsv`.
    pub(crate) words: &'a WordClasses,
    /// Whether a sentence names a natural disaster or an accident, asked per token and
    /// answered once per sentence (see `casualties::disaster_sentence`).
    pub(crate) disaster: std::cell::RefCell<Option<crate::passes::casualties::DisasterMemo>>,
    /// Per entity: whether another place mention has its name (place model feature
    /// `repeated_in_article`), computed once per article instead of per candidate.
    pub(crate) repeated: std::cell::OnceCell<Vec<bool>>,
}

pub(crate) const COUNTRY_NAMES: &[&str] = &[
    "syria",
    "iraq",
    "russia",
    "iran",
    "turkey",
    "lebanon",
    "jordan",
    "israel",
    "egypt",
    "saudi arabia",
    "yemen",
    "libya",
    "united states",
    "france",
    "united kingdom",
    "qatar",
    "united arab emirates",
    "kuwait",
    "palestine",
    "germany",
    "china",
];

/// Whether a folded word, or the word without a leading و / ف, is in the class (فوق is not ف + وق).
pub(crate) fn member(words: &WordClasses, c: WordClass, w: &str) -> bool {
    words.has(c, w) || words.has(c, no_conj(w))
}

/// Whether a folded word starts with one of a class's stems.
pub(crate) fn starts_with_any(stems: &[String], w: &str) -> bool {
    stems.iter().any(|s| w.starts_with(s.as_str()))
}

/// Whether a folded word contains one of a class's stems.
pub(crate) fn contains_any(stems: &[String], w: &str) -> bool {
    stems.iter().any(|s| w.contains(s.as_str()))
}

/// Strips و / ف from the front of a folded word.
pub(crate) fn no_conj(w: &str) -> &str {
    w.strip_prefix('و')
        .or_else(|| w.strip_prefix('ف'))
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(n: &'a Normalized<'a>, a: &'a Analysis, words: &'a WordClasses) -> Self {
        let folded = n.folded();
        let toks: Vec<Tok> = n
            .tokens()
            .iter()
            .map(|t| {
                let (s, e) = n.orig_span(t.start, t.end);
                Tok {
                    s,
                    e,
                    f: &folded[t.start..t.end],
                }
            })
            .collect();
        let sents: Vec<(usize, usize)> = n
            .sentences()
            .iter()
            .map(|s| n.orig_span(s.start, s.end))
            .collect();
        let sent = toks
            .iter()
            .map(|t| {
                // Sentences are sorted and disjoint: binary search instead of a scan per token.
                let i = sents.partition_point(|&(_, e)| e <= t.s);
                match sents.get(i) {
                    Some(&(s, e)) if t.s >= s && t.s < e => i,
                    _ => usize::MAX,
                }
            })
            .collect();
        let punct = (0..toks.len())
            .map(|i| {
                let end = toks.get(i + 1).map_or(n.orig_len(), |t| t.s);
                n.orig_text(toks[i].e, end)
                    .chars()
                    .any(|c| "،,.؛;:!?؟\n()[]".contains(c))
            })
            .collect();
        // Tokens are sorted and disjoint: those overlapping [s, e) are one run, found by two
        // binary searches (a scan per entity was quadratic on long articles).
        let range = |s: usize, e: usize| -> Option<(usize, usize)> {
            let first = toks.partition_point(|t| t.e <= s);
            let end = toks.partition_point(|t| t.s < e);
            (first < end).then(|| (first, end - 1))
        };
        let ent_tok: Vec<_> = a
            .entities
            .iter()
            .map(|e| range(e.span[0], e.span[1]))
            .collect();
        let mut ent_at: Vec<Option<usize>> = vec![None; toks.len()];
        for (ei, r) in ent_tok.iter().enumerate() {
            if let Some((f, l)) = *r {
                for slot in ent_at.iter_mut().take(l + 1).skip(f) {
                    let shorter = slot.is_none_or(|o| {
                        let (x, y) = (&a.entities[o], &a.entities[ei]);
                        y.span[1] - y.span[0] < x.span[1] - x.span[0]
                    });
                    if shorter {
                        *slot = Some(ei);
                    }
                }
            }
        }
        let content_tok = a
            .statements
            .iter()
            .map(|s| range(s.content.span[0], s.content.span[1]))
            .collect();
        let time_tok = a
            .times
            .iter()
            .map(|t| range(t.span[0], t.span[1]))
            .collect();
        let quant_tok = a
            .quantities
            .iter()
            .map(|q| range(q.span[0], q.span[1]))
            .collect();
        Ctx {
            view: n.view(),
            a,
            n,
            toks,
            sent,
            punct,
            ent_at,
            ent_tok,
            content_tok,
            time_tok,
            quant_tok,
            pubd: published(a),
            words,
            disaster: std::cell::RefCell::new(None),
            repeated: std::cell::OnceCell::new(),
        }
    }

    pub(crate) fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.f)
    }

    pub(crate) fn is_actor(&self, ei: usize) -> bool {
        let e = &self.a.entities[ei];
        match e.kind.as_str() {
            "PER" | "ORG" => true,
            "GPE" => e.actor.as_ref().is_some_and(|x| x.party.is_some()),
            _ => false,
        }
    }

    pub(crate) fn is_place(&self, ei: usize) -> bool {
        let e = &self.a.entities[ei];
        matches!(e.kind.as_str(), "GPE" | "LOC" | "FAC")
    }

    pub(crate) fn is_country(&self, ei: usize) -> bool {
        let e = &self.a.entities[ei];
        if let Some(c) = &e.canonical {
            if COUNTRY_NAMES.contains(&c.to_lowercase().as_str()) {
                return true;
            }
        }
        let f = fold(&e.text);
        member(self.words, C::Country, &f)
    }

    pub(crate) fn party(&self, ei: usize) -> Option<String> {
        self.a.entities[ei].actor.as_ref()?.party.clone()
    }

    /// The entity starting at token i (its first token is i).
    pub(crate) fn ent_starting(&self, i: usize) -> Option<usize> {
        let ei = self.ent_at.get(i).copied().flatten()?;
        (self.ent_tok[ei]?.0 == i).then_some(ei)
    }
}

/// The token range a mention's arguments are read from: its statement content, else its sentence.
pub(crate) fn region(ctx: &Ctx, m: &Mention) -> (usize, usize) {
    let sid = ctx.sent.get(m.ti).copied();
    let mut lo = m.ti;
    while lo > 0 && ctx.sent.get(lo - 1).copied() == sid {
        lo -= 1;
    }
    let mut hi = m.tj;
    while hi + 1 < ctx.toks.len() && ctx.sent.get(hi + 1).copied() == sid {
        hi += 1;
    }
    if let Some((ci, cj)) = m.claimant.and_then(|c| ctx.content_tok[c]) {
        // A quotation may run over several sentences; its words are what the source said.
        return (ci.max(lo.min(ci)), cj);
    }
    (lo, hi)
}

/// Actors joined by و after the one ending at token `end` (قوات النظام والمليشيات المساندة).
pub(crate) fn conjoined(ctx: &Ctx, first: usize, hi: usize) -> Vec<usize> {
    let mut out = vec![first];
    let mut cur = first;
    while let Some((_, l)) = ctx.ent_tok[cur] {
        let next = l + 1;
        if next > hi || ctx.punct[l] {
            break;
        }
        match ctx.ent_starting(next) {
            Some(e) if ctx.is_actor(e) && ctx.w(next).starts_with('و') => {
                out.push(e);
                cur = e;
            }
            _ => break,
        }
    }
    out
}

pub(crate) fn nearest_actor_before(ctx: &Ctx, from: usize, limit: usize) -> Option<usize> {
    let lo = from.saturating_sub(limit);
    (lo..from)
        .rev()
        .filter_map(|i| ctx.ent_at[i])
        .find(|&e| ctx.is_actor(e) && ctx.party(e).is_some())
}

pub(crate) fn nearest_place_before(ctx: &Ctx, from: usize, limit: usize) -> Option<usize> {
    let lo = from.saturating_sub(limit);
    (lo..from)
        .rev()
        .filter_map(|i| ctx.ent_at[i])
        .find(|&e| ctx.is_place(e) && !ctx.is_actor_only(e) && !ctx.is_country(e))
}

impl Ctx<'_> {
    /// A GPE with a party used as a state actor is still a place when a preposition says so.
    pub(crate) fn is_actor_only(&self, ei: usize) -> bool {
        !self.is_place(ei)
    }
}

impl Ctx<'_> {
    /// The first token that ends after code point `s` (tokens are sorted and disjoint: a binary
    /// search, not a scan per lookup).
    pub(crate) fn first_tok_ending_after(&self, s: usize) -> Option<usize> {
        Some(self.toks.partition_point(|t| t.e <= s)).filter(|&i| i < self.toks.len())
    }

    /// The last token that starts before code point `e`.
    pub(crate) fn last_tok_before(&self, e: usize) -> Option<usize> {
        self.toks.partition_point(|t| t.s < e).checked_sub(1)
    }

    /// The original text of a code-point span.
    pub(crate) fn n_text(&self, s: usize, e: usize) -> String {
        self.n.orig_text(s, e).to_string()
    }
}
