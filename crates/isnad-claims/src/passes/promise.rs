//! Pass `promise`: a promise that names no event is a promise of support.

use crate::context::Ctx;
use crate::mention::Mention;
use crate::mention::Modality;
use crate::pipeline::{Env, State};
use isnad_lexicon::EventType as K;

/// A promise whose content names no event (تعهدت روسيا بالحيلولة دون إدانة النظام) is a promise
/// of support from the speaker to the party it names.
pub(crate) fn promise_mentions(ctx: &Ctx, ms: &mut Vec<Mention>) {
    for (si, s) in ctx.a.statements.iter().enumerate() {
        if s.cue.stance != "promise" {
            continue;
        }
        if ms.iter().any(|m| !m.drop && m.claimant == Some(si)) {
            continue;
        }
        let Some((ci, cj)) = ctx.content_tok[si] else {
            continue;
        };
        let partner = (ci..=cj)
            .filter_map(|i| ctx.ent_starting(i))
            .find(|&e| ctx.is_actor(e) && ctx.party(e).is_some());
        let src = s
            .source
            .entity
            .as_deref()
            .and_then(|id| ctx.a.entities.iter().position(|e| e.id == id));
        let (Some(partner), Some(src)) = (partner, src) else {
            continue;
        };
        if ctx.party(src).is_none() || ctx.party(src) == ctx.party(partner) {
            continue;
        }
        let Some(ti) = ctx.first_tok_ending_after(s.cue.span[0]) else {
            continue;
        };
        ms.push(Mention {
            kind: K::Support,
            verb: true,
            ti,
            tj: ti,
            cont: ti,
            span: s.cue.span,
            core: s.cue.span,
            text: s.cue.text.clone(),
            prefix: String::new(),
            enclitic: false,
            retake: false,
            manner: false,
            agents: vec![src],
            targets: vec![],
            partners: vec![partner],
            place: None,
            time: None,
            quants: vec![],
            claimant: Some(si),
            negated: false,
            modality: Modality::Planned,
            presupposed: false,
            topic: false,
            definite: false,
            drop: false,
            first_person: true,
            guessed: false,
            nisba: vec![],
            instrument: false,
            prop: usize::MAX,
            rules: vec!["promise.support"],
        });
    }
}

pub(crate) fn run(env: &Env, st: &mut State) {
    promise_mentions(env.ctx, &mut st.ms);
}
