//! From entities, times, quantities and statements to propositions, claims and contradictions.
//!
//! Every trigger word becomes a *mention*; its arguments (agents, target, partner, place, time,
//! quantities) are read from the words around it, its claimant is the innermost statement whose
//! content holds it (else the author), and its polarity and modality come from markers near it
//! and from the statement's cue. Mentions of one event or state are merged into one proposition.
//!
//! The work is done by the passes of [`PASSES`], in that order, each in its own file under
//! `passes/`. A pass reads what the passes before it left in [`State`].

use crate::context::Ctx;
use crate::lexicon::{triggers, TriggerLex};
use crate::mention::{ClaimInfo, Marker, Mention};
use crate::passes;
use crate::scan::Scanner;
use isnad_lexicon::{DocHits, Lexicons};
use isnad_schema::{Analysis, Claim, Proposition};
use isnad_text::Normalized;
use std::collections::{HashMap, HashSet};

/// What every pass may read: the article's context and the lexicons.
pub(crate) struct Env<'c, 'a> {
    pub(crate) ctx: &'c Ctx<'a>,
    pub(crate) n: &'c Normalized<'a>,
    pub(crate) lex: &'c Lexicons,
    /// The document's lexicon matches (from the extractor's one walk, or searched on demand).
    pub(crate) hits: &'c DocHits,
    /// The compiled trigger lexicon (the scanner's, or built once for this call).
    pub(crate) trig: &'c TriggerLex,
}

/// What the passes hand on to each other.
#[derive(Default)]
pub(crate) struct State {
    /// Negation and falsity markers (`polarity.tsv`).
    pub(crate) pol: Vec<Marker>,
    /// Modality markers (`modality.tsv`).
    pub(crate) moda: Vec<Marker>,
    pub(crate) ms: Vec<Mention>,
    /// For each statement: whether it calls its content false.
    pub(crate) denies: Vec<bool>,
    /// Tokens where a reporting cue starts.
    pub(crate) cue_toks: HashSet<usize>,
    /// Tokens where a promise cue starts (negated ones make no statement).
    pub(crate) promise_toks: HashSet<usize>,
    pub(crate) props: Vec<Proposition>,
    pub(crate) claims: Vec<Claim>,
    pub(crate) positions: HashMap<String, ClaimInfo>,
    /// Whether to write the trace (rule ids) into the items (`isnad extract --explain`).
    pub(crate) explain: bool,
}

/// How a pass runs.
pub(crate) enum Run {
    /// On the mentions, while the article's context is held.
    Mentions(fn(&Env, &mut State)),
    /// On the analysis once its propositions and claims are in place.
    Analysis(fn(&mut Analysis, &Lexicons, &State)),
}

pub(crate) struct Pass {
    /// The pass's name (its file under `passes/`, or the function in it).
    pub(crate) id: &'static str,
    pub(crate) run: Run,
}

const fn mentions(id: &'static str, f: fn(&Env, &mut State)) -> Pass {
    Pass {
        id,
        run: Run::Mentions(f),
    }
}

/// Every pass, in the order they run. The order is part of the behaviour (a test checks it):
/// read `passes/<file>.rs` for what each does.
pub(crate) const PASSES: &[Pass] = &[
    mentions("markers", passes::scope::find_markers),
    mentions("triggers", passes::triggers::run),
    mentions("voice", passes::voice::run),
    mentions("absorb", passes::absorb::run),
    mentions("casualties", passes::casualties::run),
    mentions("promise", passes::promise::run),
    mentions("arguments", passes::arguments::run),
    mentions("lost_control", passes::control::lost_control),
    mentions("nisba", passes::nisba::run),
    mentions("attach_casualties", passes::casualties::attach),
    mentions("disaster", passes::casualties::disaster),
    mentions("denials", passes::scope::denials),
    mentions("cues", passes::scope::cue_tokens),
    mentions("scope", passes::scope::run),
    mentions("retake", passes::control::retake),
    mentions("failed_control", passes::control::failed_control),
    mentions("merge", passes::merge::run),
    mentions("debug", debug),
    mentions("claims", passes::claims::run),
    Pass {
        id: "contradict",
        run: Run::Analysis(passes::contradict::run),
    },
];

/// Fills `a.propositions`, `a.claims` and `a.contradictions` from the entities, times,
/// quantities and statements already in `a`. Never panics on odd input; replaces what was there.
pub fn analyse_claims(n: &Normalized, lex: &Lexicons, a: &mut Analysis) {
    analyse(n, lex, &triggers(lex), &DocHits::default(), a, false);
}

/// As [`analyse_claims`] (or [`analyse_claims_explained`] with `explain`), reading lexicon
/// matches from the `scanner`'s scan of `n.view()` instead of searching again.
pub fn analyse_claims_scanned(
    n: &Normalized,
    lex: &Lexicons,
    scanner: &Scanner,
    hits: &DocHits,
    a: &mut Analysis,
    explain: bool,
) {
    analyse(n, lex, scanner.triggers(), hits, a, explain);
}

/// As [`analyse_claims`], and each proposition, claim and contradiction lists the ids of the
/// rules that made it in its `rules` field (`isnad extract --explain`).
pub fn analyse_claims_explained(n: &Normalized, lex: &Lexicons, a: &mut Analysis) {
    analyse(n, lex, &triggers(lex), &DocHits::default(), a, true);
}

fn analyse(
    n: &Normalized,
    lex: &Lexicons,
    trig: &TriggerLex,
    hits: &DocHits,
    a: &mut Analysis,
    explain: bool,
) {
    a.propositions.clear();
    a.claims.clear();
    a.contradictions.clear();
    let mut st = State {
        explain,
        ..State::default()
    };
    {
        let ctx = Ctx::new(n, a, &lex.words);
        let env = Env {
            ctx: &ctx,
            n,
            lex,
            hits,
            trig,
        };
        for p in PASSES {
            if let Run::Mentions(f) = p.run {
                if debugging() {
                    eprintln!("pass {}", p.id);
                }
                f(&env, &mut st);
            }
        }
    }
    if explain {
        trace(&mut st);
    }
    a.propositions = std::mem::take(&mut st.props);
    a.claims = std::mem::take(&mut st.claims);
    for p in PASSES {
        if let Run::Analysis(f) = p.run {
            f(a, lex, &st);
        }
    }
}

/// Writes the trace of the mentions into their propositions and claims: a proposition lists the
/// rules of every mention merged into it (and `merge.same_event` when there were several), a
/// claim its claim rule, then the polarity and modality rules of its mention.
fn trace(st: &mut State) {
    fn add(to: &mut Vec<String>, ids: &[&'static str]) {
        for id in ids {
            if !to.iter().any(|x| x == id) {
                to.push(id.to_string());
            }
        }
    }
    let np = st.props.len();
    let mut merged = vec![0usize; np];
    for m in st.ms.iter().filter(|m| !m.drop && m.prop < np) {
        add(&mut st.props[m.prop].rules, &m.rules);
        merged[m.prop] += 1;
    }
    for (p, n) in st.props.iter_mut().zip(merged) {
        if n > 1 {
            add(&mut p.rules, &["merge.same_event"]);
        }
    }
    for c in st.claims.iter_mut() {
        let Some(info) = st.positions.get(&c.id) else {
            continue;
        };
        add(&mut c.rules, &[info.rule]);
        if let Some(m) = st.ms.get(info.mention) {
            let scope: Vec<&'static str> = m
                .rules
                .iter()
                .copied()
                .filter(|r| r.starts_with("polarity.") || r.starts_with("modality."))
                .collect();
            add(&mut c.rules, &scope);
        }
        // A denial that no negation word made: the statement says its content is false.
        let negated = c
            .rules
            .iter()
            .any(|r| r == "polarity.negation" || r == "polarity.absence");
        if c.polarity == "deny" && !negated && info.rule != "claim.denied_report" {
            add(&mut c.rules, &["polarity.statement_denies"]);
        }
    }
}

/// Whether `ISNAD_CLAIMS_DEBUG` is set (read once).
fn debugging() -> bool {
    static D: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *D.get_or_init(|| std::env::var_os("ISNAD_CLAIMS_DEBUG").is_some())
}

/// `ISNAD_CLAIMS_DEBUG=1`: every mention with what the passes found, on standard error.
fn debug(env: &Env, st: &mut State) {
    if !debugging() {
        return;
    }
    let ctx = env.ctx;
    for m in &st.ms {
        let names = |v: &[usize]| {
            v.iter()
                .map(|&e| ctx.a.entities[e].text.clone())
                .collect::<Vec<_>>()
        };
        eprintln!(
            "{} {:?} {} verb={} pre={:?} enc={} def={} drop={} ag={:?} pl={:?} claimant={:?} neg={} mod={} prop={}",
            m.kind, m.span, m.text, m.verb, m.prefix, m.enclitic, m.definite, m.drop,
            names(&m.agents), m.place.map(|e| ctx.a.entities[e].text.clone()),
            m.claimant.map(|c| ctx.a.statements[c].id.clone()), m.negated, m.modality.as_str(), m.prop
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_run_in_this_order() {
        let ids: Vec<&str> = PASSES.iter().map(|p| p.id).collect();
        assert_eq!(
            ids,
            [
                "markers",
                "triggers",
                "voice",
                "absorb",
                "casualties",
                "promise",
                "arguments",
                "lost_control",
                "nisba",
                "attach_casualties",
                "disaster",
                "denials",
                "cues",
                "scope",
                "retake",
                "failed_control",
                "merge",
                "debug",
                "claims",
                "contradict",
            ]
        );
        // The analysis passes need the claims: they come after every mention pass.
        let first = PASSES
            .iter()
            .position(|p| matches!(p.run, Run::Analysis(_)))
            .unwrap();
        assert!(PASSES[first..]
            .iter()
            .all(|p| matches!(p.run, Run::Analysis(_))));
    }
}
