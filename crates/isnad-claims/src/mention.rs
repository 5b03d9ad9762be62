//! A mention: one trigger word (or count, or promise) with the arguments the passes give it.

use crate::context::Ctx;
use isnad_lexicon::{EventType, MarkerValue, Scope};

use isnad_text::Normalized;

/// What a mention says about its event's reality (the claim's `modality`; `retake` is a promise
/// to retake, turned into a denied control by pass `retake`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Modality {
    Actual,
    Planned,
    Intended,
    Failed,
    Possible,
    Retake,
}

impl Modality {
    /// The value as the `isnad/1` output writes it.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Modality::Actual => "actual",
            Modality::Planned => "planned",
            Modality::Intended => "intended",
            Modality::Failed => "failed",
            Modality::Possible => "possible",
            Modality::Retake => "retake",
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub(crate) kind: EventType,
    pub(crate) verb: bool,
    pub(crate) ti: usize,
    pub(crate) tj: usize,
    /// The last token of words that belong to this mention (absorbed relative clauses).
    pub(crate) cont: usize,
    pub(crate) span: [usize; 2],
    /// The matched form without proclitics and enclitics (بالانسحاب → انسحاب).
    pub(crate) core: [usize; 2],
    pub(crate) text: String,
    /// Proclitics in front of the matched form (و، ب، ل، س...), folded.
    pub(crate) prefix: String,
    pub(crate) enclitic: bool,
    pub(crate) retake: bool,
    pub(crate) manner: bool,
    pub(crate) agents: Vec<usize>,
    pub(crate) targets: Vec<usize>,
    pub(crate) partners: Vec<usize>,
    pub(crate) place: Option<usize>,
    pub(crate) time: Option<usize>,
    pub(crate) quants: Vec<usize>,
    pub(crate) claimant: Option<usize>,
    pub(crate) negated: bool,
    pub(crate) modality: Modality,
    pub(crate) presupposed: bool,
    pub(crate) topic: bool,
    pub(crate) definite: bool,
    pub(crate) drop: bool,
    /// A first-person verb (سنقدم): the speaker is the agent.
    pub(crate) first_person: bool,
    /// The agent is only the last actor named before (a pronoun subject): weak evidence.
    pub(crate) guessed: bool,
    /// An instrument noun (القاذفات، الطائرات الحربية): refers to a strike, carries no arguments.
    pub(crate) instrument: bool,
    /// Parties named by nationality adjectives right after a noun trigger (غارات جوية روسية).
    pub(crate) nisba: Vec<String>,
    pub(crate) prop: usize,
    /// The trace: ids of the rules that made the mention and gave it its arguments, in order.
    pub(crate) rules: Vec<&'static str>,
}

pub(crate) struct Marker {
    pub(crate) ti: usize,
    pub(crate) tj: usize,
    pub(crate) value: MarkerValue,
    pub(crate) scope: Scope,
    pub(crate) text: String,
}

pub(crate) fn markers(
    ctx: &Ctx,
    n: &Normalized,
    hits: &isnad_lexicon::DocHits,
    m: &isnad_lexicon::PhraseMatcher,
    vals: &[(MarkerValue, Scope)],
) -> Vec<Marker> {
    let mut out = Vec::new();
    for h in hits.find(m, ctx.view).iter() {
        let (s, e) = n.orig_span(h.word_start, h.word_end);
        let Some(ti) = Some(ctx.toks.partition_point(|t| t.e <= s)).filter(|&i| i < ctx.toks.len())
        else {
            continue;
        };
        let tj = ctx.last_tok_before(e).unwrap_or(ti).max(ti);
        let Some(&ei) = h.entries.first() else {
            continue;
        };
        let Some((value, scope)) = vals.get(ei) else {
            continue;
        };
        out.push(Marker {
            ti,
            tj,
            value: *value,
            scope: *scope,
            text: n.folded()[h.start..h.end].to_string(),
        });
    }
    out
}

/// Where a claim's trigger is and whether it is tied to a particular event (see make_claims).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ClaimInfo {
    pub(crate) at: usize,
    pub(crate) anchored: bool,
    /// The claim rule that made the claim (the trace).
    pub(crate) rule: &'static str,
    /// The mention it was read from (`usize::MAX` for a statement that only points back).
    pub(crate) mention: usize,
    /// The statement (index) this claim answers: a denial or confirmation that points at that
    /// statement's report (نفت الهيئة ذلك، رفضت واشنطن الاتهامات الروسية، وهو ما تنفيه موسكو).
    pub(crate) answers: Option<usize>,
}
