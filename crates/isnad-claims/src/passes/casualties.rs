//! Passes `casualties` and `attach_casualties`: counts of killed and wounded people.

use crate::context::{no_conj, Ctx};
use crate::map::family;
use crate::mention::Mention;
use crate::mention::Modality;
use crate::pipeline::{Env, State};
use isnad_lexicon::EventType as K;
use isnad_lexicon::WordClass as C;

/// Each count of killed / wounded people is a casualties mention (or part of the one whose
/// trigger it contains).
/// Whether the sentence of token `i` blames a natural disaster or an accident (زلزال، فيضان،
/// حادث سير): its casualties are not those of a conflict event.
pub(crate) fn disaster_sentence(ctx: &Ctx, i: usize) -> bool {
    let mut memo = ctx.disaster.borrow_mut();
    let memo = memo.get_or_insert_with(|| DisasterMemo::new(ctx));
    let Some(&r) = memo.run_of.get(i) else {
        return false;
    };
    let (lo, hi, sid) = memo.runs[r];
    if sid == usize::MAX {
        return false;
    }
    *memo.answer[r].get_or_insert_with(|| (lo..=hi).any(|k| disaster_word(ctx, k)))
}

/// The runs of tokens of one sentence, and each run's answer once asked.
pub(crate) struct DisasterMemo {
    /// Per token: its run.
    run_of: Vec<usize>,
    /// (first token, last token, sentence id).
    runs: Vec<(usize, usize, usize)>,
    answer: Vec<Option<bool>>,
}

impl DisasterMemo {
    fn new(ctx: &Ctx) -> DisasterMemo {
        let n = ctx.toks.len().min(ctx.sent.len());
        let mut run_of = Vec::with_capacity(n);
        let mut runs: Vec<(usize, usize, usize)> = Vec::new();
        for k in 0..n {
            match runs.last_mut() {
                Some(r) if r.2 == ctx.sent[k] => r.1 = k,
                _ => runs.push((k, k, ctx.sent[k])),
            }
            run_of.push(runs.len() - 1);
        }
        let answer = vec![None; runs.len()];
        DisasterMemo {
            run_of,
            runs,
            answer,
        }
    }
}

/// Whether token `k` (with the next one) is a disaster form.
fn disaster_word(ctx: &Ctx, k: usize) -> bool {
    let w = no_conj(ctx.w(k));
    let next = ctx.w(k + 1);
    let next = next.strip_prefix("ال").unwrap_or(next);
    // Suffix match: proclitics (بالزلزال، وبزلزال، للفيضانات) stay on the front. A two-word
    // form "X Y" is this word ending in X and the next word (without ال) being Y: tokens
    // hold no space, so that is "w next" ending in "X Y".
    ctx.words
        .list(C::Disaster)
        .iter()
        .any(|s| match s.split_once(' ') {
            Some((x, y)) => !y.contains(' ') && next == y && w.ends_with(x),
            None => w.ends_with(s.as_str()),
        })
}

pub(crate) fn casualty_mentions(ctx: &Ctx, ms: &mut Vec<Mention>) {
    for (qi, q) in ctx.a.quantities.iter().enumerate() {
        let of = q.of.as_deref().unwrap_or("");
        if !matches!(of, "killed" | "wounded" | "captured") {
            continue;
        }
        let Some((ti, tj)) = ctx.quant_tok[qi] else {
            continue;
        };
        if disaster_sentence(ctx, ti) {
            continue;
        }
        if let Some(m) = ms
            .iter_mut()
            .find(|m| m.kind == K::Casualties && m.ti <= tj && ti <= m.tj)
        {
            m.quants.push(qi);
            continue;
        }
        let claimant = ctx
            .a
            .statements
            .iter()
            .enumerate()
            .filter(|(_, s)| s.content.span[0] <= q.span[0] && q.span[1] <= s.content.span[1])
            .min_by_key(|(_, s)| s.content.span[1] - s.content.span[0])
            .map(|(i, _)| i);
        ms.push(Mention {
            kind: K::Casualties,
            verb: false,
            ti,
            tj,
            cont: tj,
            span: q.span,
            core: q.span,
            text: q.text.clone(),
            prefix: String::new(),
            enclitic: false,
            retake: false,
            manner: false,
            agents: vec![],
            targets: vec![],
            partners: vec![],
            place: None,
            time: None,
            quants: vec![qi],
            claimant,
            negated: false,
            modality: Modality::Actual,
            presupposed: false,
            topic: false,
            definite: false,
            drop: false,
            first_person: false,
            guessed: false,
            nisba: vec![],
            instrument: false,
            prop: usize::MAX,
            rules: vec!["casualties.count"],
        });
    }
}

/// Casualty counts belong to the violent event of their sentence (أسفر عن سقوط 60 قتيلا).
pub(crate) fn attach_casualties(ctx: &Ctx, ms: &mut [Mention]) {
    for ci in 0..ms.len() {
        if ms[ci].drop || ms[ci].kind != K::Casualties {
            continue;
        }
        let sid = ctx.sent.get(ms[ci].ti).copied();
        let cand = (0..ms.len())
            .filter(|&j| {
                j != ci
                    && !ms[j].drop
                    && family(ms[j].kind.as_str()) == "violence"
                    && ctx.sent.get(ms[j].ti).copied() == sid
            })
            .min_by_key(|&j| {
                let (a, b) = (ms[j].ti, ms[ci].ti);
                // Prefer the event before the count.
                if a <= b {
                    (b - a) * 2
                } else {
                    (a - b) * 3
                }
            });
        if let Some(j) = cand {
            let qs = ms[ci].quants.clone();
            for q in qs {
                if !ms[j].quants.contains(&q) {
                    ms[j].quants.push(q);
                }
            }
            ms[ci].drop = true;
            ms[j].rules.push("casualties.attached");
        }
    }
}

pub(crate) fn run(env: &Env, st: &mut State) {
    casualty_mentions(env.ctx, &mut st.ms);
}

pub(crate) fn attach(env: &Env, st: &mut State) {
    attach_casualties(env.ctx, &mut st.ms);
}

/// Deaths in an earthquake or a flood are no conflict event.
pub(crate) fn disaster(env: &Env, st: &mut State) {
    for m in st.ms.iter_mut().filter(|m| m.kind == K::Casualties) {
        if disaster_sentence(env.ctx, m.ti) {
            m.drop = true;
        }
    }
}
