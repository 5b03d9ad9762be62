//! Passes `lost_control` and `retake`: control that changes hands, control to be retaken.

use crate::context::{member, no_conj, starts_with_any, Ctx};
use crate::mention::Mention;
use crate::mention::Modality;
use crate::pipeline::{Env, State};
use isnad_lexicon::EventType as K;
use isnad_lexicon::WordClass as C;

/// خسر تنظيم داعش السيطرة على الميادين، فقدان المعارضة سيطرتها على …: control that is lost is a
/// withdrawal by the one who held it, not control by it; control gained by a fall (سقطت البلدة
/// بيد …) is a capture.
fn lost_control_of(ctx: &Ctx, ms: &mut [Mention]) {
    let w = ctx.words;
    for m in ms
        .iter_mut()
        .filter(|m| !m.drop && m.kind == K::Control && !m.verb)
    {
        let lost = (m.ti.saturating_sub(4)..m.ti).rev().any(|i| {
            let word = ctx.w(i);
            let bare = word
                .strip_prefix('و')
                .or_else(|| word.strip_prefix('ف'))
                .unwrap_or(word);
            ctx.sent.get(i) == ctx.sent.get(m.ti)
                && (i..m.ti).all(|j| !ctx.punct[j])
                && (w.has(C::Lose, word) || w.has(C::Lose, bare))
        });
        if lost {
            m.kind = K::Withdrawal;
            m.rules.push("kind.lost_control");
        }
        // سقطت مدينة الرقة بيد قوات …: a place that falls into someone's hands is taken by them.
        let hands = {
            let t = no_conj(ctx.w(m.ti));
            starts_with_any(w.list(C::IntoHands), t) || w.has(C::Hand, t)
        };
        let fell = hands
            && (m.ti.saturating_sub(5)..m.ti).rev().any(|i| {
                ctx.sent.get(i) == ctx.sent.get(m.ti)
                    && (i..m.ti).all(|j| !ctx.punct[j])
                    && w.has(C::FallVerb, no_conj(ctx.w(i)))
            });
        if fell {
            m.kind = K::Capture;
            m.rules.push("kind.fell_into_hands");
        }
    }
}

/// A promise to retake a place says the speaker's side does not hold it now: the mention becomes
/// a denied `control` by the party that is to retake it.
fn retake_of(ctx: &Ctx, ms: &mut [Mention]) {
    for i in 0..ms.len() {
        if ms[i].drop || ms[i].modality != Modality::Retake {
            continue;
        }
        let prev = ms[..i].iter().rev().find(|p| {
            !p.drop && ctx.sent.get(p.ti) == ctx.sent.get(ms[i].ti) && p.claimant == ms[i].claimant
        });
        let who = prev.and_then(|p| {
            if !p.partners.is_empty() {
                Some(p.partners.clone())
            } else if !p.agents.is_empty() {
                Some(p.agents.clone())
            } else {
                None
            }
        });
        let m = &mut ms[i];
        if let Some(w) = who {
            m.agents = w;
        }
        // What is to be retaken is the object right after (لاستعادة البوكمال، لاستعادة السيطرة
        // عليها), not a region named later in the sentence.
        if let Some(e) = m.place {
            let first = ctx.ent_tok[e].map_or(usize::MAX, |r| r.0);
            let object = first > m.cont && first <= m.cont + 3;
            let pronoun = (m.cont + 1..=m.cont + 2)
                .any(|k| member(ctx.words, C::PlacePronoun, ctx.w(k)))
                || ctx.w(m.cont).ends_with("ها");
            if !object && !pronoun {
                m.place = None;
            }
        }
        // لاستعادة الاستقرار، لتحرير الفرد: retaking something that is not a place says nothing
        // about who holds what.
        if m.place.is_none() {
            m.drop = true;
            continue;
        }
        m.kind = K::Control;
        m.negated = true;
        m.rules.push("retake.denied_control");
        m.modality = Modality::Actual;
    }
}

/// After the arguments: the place of lost control is still «على» it.
pub(crate) fn lost_control(env: &Env, st: &mut State) {
    lost_control_of(env.ctx, &mut st.ms);
}

pub(crate) fn retake(env: &Env, st: &mut State) {
    retake_of(env.ctx, &mut st.ms);
}

/// Failing to take control of a place is a failed capture (لم تتمكن من السيطرة على …).
pub(crate) fn failed_control(_env: &Env, st: &mut State) {
    for m in st.ms.iter_mut().filter(|m| !m.drop && m.kind == K::Control) {
        if m.modality == Modality::Failed {
            m.kind = K::Capture;
            m.rules.push("kind.failed_capture");
        }
    }
}
