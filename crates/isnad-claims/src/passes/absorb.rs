//! Pass `absorb`: mentions that only repeat or qualify a nearby one are dropped.

use crate::context::Ctx;
use crate::map::family;
use crate::mention::Mention;
use crate::pipeline::{Env, State};
use isnad_lexicon::EventType as K;
use isnad_lexicon::WordClass as C;
use isnad_text::fold;

/// Drops mentions that only repeat or qualify a nearby one: a relative clause describing the
/// same event (التفجير الذي استهدف), a control noun governed by a capture (استعادة ... سيطرته),
/// support "with the help of" inside another event, a people noun modifying a noun.
pub(crate) fn absorb(ctx: &Ctx, ms: &mut [Mention]) {
    let w = ctx.words;
    let order: Vec<usize> = {
        let mut o: Vec<usize> = (0..ms.len()).collect();
        o.sort_by_key(|&i| ms[i].ti);
        o
    };
    for k in 1..order.len() {
        let (pi, ci) = (order[k - 1], order[k]);
        let (p, c) = (&ms[pi], &ms[ci]);
        if ctx.sent.get(p.ti) != ctx.sent.get(c.ti) || p.claimant != c.claimant {
            continue;
        }
        let between: Vec<&str> = (p.tj + 1..c.ti).map(|i| ctx.w(i)).collect();
        let no_punct = (p.tj..c.ti).all(|i| !ctx.punct[i]);
        let same_violence =
            family(p.kind.as_str()) == "violence" && family(c.kind.as_str()) == "violence";
        // استعادة تنظيم داعش سيطرته: the control noun is the capture's object, not a second event.
        let capture_control = c.kind == K::Control
            && p.kind == K::Capture
            && !c.verb
            && !between.iter().any(|b| w.has(C::Relative, b));
        let c_tj = c.tj;
        // طائرات حربية قصفت …: the aircraft are the means; the verb after them is the strike.
        if same_violence && p.instrument && c.verb && no_punct && between.is_empty() {
            ms[pi].drop = true;
            continue;
        }
        // بقصف مدفعي تركي استهدف قرية …: a verb right after an indefinite event noun and its
        // adjectives describes that event (an Arabic adjectival clause needs no الذي).
        let adjectives = between.len() <= 2
            && between.iter().all(|b| {
                let b = b.strip_prefix("ال").unwrap_or(b);
                b.ends_with('ي') || b.ends_with("يه")
            });
        if same_violence && !p.verb && !p.definite && c.verb && no_punct && adjectives {
            ms[ci].drop = true;
            ms[pi].cont = c_tj;
            continue;
        }
        if same_violence
            && no_punct
            && between.len() <= 1
            && between.iter().all(|b| w.has(C::Relative, b))
        {
            ms[ci].drop = true;
            ms[pi].cont = c_tj;
            continue;
        }
        if capture_control && no_punct && between.len() <= 4 {
            ms[ci].drop = true;
            ms[pi].cont = c_tj;
            continue;
        }
    }
    for k in 0..order.len() {
        let ci = order[k];
        let c = &ms[ci];
        // بدعم من حلفائها، بدعم جوي روسي: the manner of another event, not an event.
        if c.kind == K::Support && c.manner && c.prefix.contains('ب') {
            let other = order[..k].iter().any(|&pi| {
                let p = &ms[pi];
                !p.drop
                    && p.kind != K::Support
                    && ctx.sent.get(p.ti) == ctx.sent.get(c.ti)
                    && c.ti.saturating_sub(p.tj) <= 12
            });
            if other {
                ms[ci].drop = true;
                continue;
            }
        }
        // حافلات المهجرين: a people noun after a plain noun names who, not what happened.
        if !c.verb && c.definite && c.ti > 0 {
            let f = fold(&c.text);
            let people = f.ends_with("ين") || f.ends_with("ون");
            let prev = ctx.w(c.ti - 1);
            let prev_plain = !prev.starts_with("ال")
                && !w.has(C::Preposition, prev)
                && !ctx.punct[c.ti - 1]
                && ctx.ent_at[c.ti - 1].is_none()
                && !order[..k].iter().any(|&pi| ms[pi].tj + 1 == c.ti);
            if people && prev_plain {
                ms[ci].drop = true;
                continue;
            }
        }
        let c = &ms[ci];
        // مستودعات إمدادات: an indefinite trigger noun after a plural noun names a kind of thing.
        if !c.verb && !c.definite && c.prefix.is_empty() && c.ti > 0 {
            let prev = ctx.w(c.ti - 1);
            let plural_noun =
                prev.ends_with("ات") && !prev.starts_with("ال") && prev.chars().count() >= 5;
            let prev_trigger = order[..k]
                .iter()
                .any(|&pi| ms[pi].tj + 1 == c.ti && !ms[pi].drop);
            if plural_noun
                && !ctx.punct[c.ti - 1]
                && !prev_trigger
                && ctx.ent_at[c.ti - 1].is_none()
            {
                ms[ci].drop = true;
            }
        }
    }
}

pub(crate) fn run(env: &Env, st: &mut State) {
    absorb(env.ctx, &mut st.ms);
}
