//! Where an event happened (part of pass `arguments`): the place rules, and whether a locative
//! preposition introduces a place name.

use crate::context::{member, nearest_place_before, no_conj, Ctx};
use crate::mention::Mention;
use crate::passes::agents::after_prep;
use crate::passes::place_model;
use isnad_lexicon::EventType as K;
use isnad_lexicon::WordClass as C;
use isnad_text::fold;

/// Whether a place entity starting at token `i` is introduced as the place of an event of `kind`
/// (a locative preposition or ب before it, possibly over a classifier noun: في مدينة البوكمال).
pub(crate) fn locative(ctx: &Ctx, kind: &str, i: usize, ei: usize, lo: usize) -> bool {
    let w = ctx.words;
    let e = &ctx.a.entities[ei];
    let tok = &ctx.toks[i];
    let ok_prep = |raw: &str| -> bool {
        if member(w, C::Locative, raw) {
            return true;
        }
        let p = if w.has(C::Preposition, raw) {
            raw
        } else {
            no_conj(raw)
        };
        if w.has(C::FromPrep, p) {
            matches!(kind, "withdrawal" | "displacement")
        } else if w.has(C::TowardPrep, p) {
            matches!(kind, "advance" | "deployment" | "displacement" | "capture")
        } else if w.has(C::OnPrep, p) {
            !matches!(kind, "withdrawal" | "displacement" | "support")
        } else {
            false
        }
    };
    // A proclitic preposition on the name itself (بحلب، بالبوكمال، وفي).
    if e.span[0] > tok.s {
        let pre = fold(&ctx.n_text(tok.s, e.span[0]));
        let pre = no_conj(&pre);
        if pre.starts_with('ب') || w.has(C::InPrep, pre) {
            return true;
        }
    }
    let mut k = i;
    for _ in 0..4 {
        if k == 0 || k - 1 < lo || ctx.punct[k - 1] {
            return false;
        }
        k -= 1;
        let t = ctx.w(k);
        if ok_prep(t) {
            return true;
        }
        let bare = no_conj(t);
        let bare_b = bare.strip_prefix('ب').unwrap_or(bare);
        if w.has(C::Classifier, bare_b) && bare.starts_with('ب') {
            return true;
        }
        // Another preposition (or an actor) in between: the place belongs to something else.
        if (member(w, C::Preposition, t) && !w.has(C::FromPrep, bare))
            || ctx.ent_at[k].is_some_and(|x| ctx.is_actor(x) && !ctx.is_place(x))
        {
            return false;
        }
    }
    false
}

/// The place of a mention, whether a pronoun after the trigger points back to one (سيطرت عليها),
/// and the id of the rule that chose it. Rules in order: the direct object of a verb of
/// territory or violence (دخلت القوات «البوكمال»), a place after a locative preposition (في «حلب»;
/// a country only when nothing finer is named), a place pointed back to (سيطرت عليها، داخل
/// المدينة), a topicalised place before a control verb («البوكمال» تسيطر عليها القوات); then the
/// place model (`place_model.rs`) weighs every place of the sentence against the rules' pick.
pub(crate) fn place_of(
    ctx: &Ctx,
    m: &Mention,
    win: &[usize],
    lo: usize,
    agents: &[usize],
    targets: &[usize],
) -> (Option<usize>, bool, Option<&'static str>) {
    let w = ctx.words;
    let mut place = None;
    let mut rule = None;
    let mut country = None;
    for (n_i, &i) in win.iter().enumerate() {
        let Some(e) = ctx.ent_starting(i) else {
            continue;
        };
        if !ctx.is_place(e) || agents.contains(&e) || targets.contains(&e) {
            continue;
        }
        let direct = m.verb
            && n_i <= 3
            && matches!(
                m.kind,
                K::Capture
                    | K::Withdrawal
                    | K::Attack
                    | K::Airstrike
                    | K::Shelling
                    | K::Advance
                    | K::Control
                    | K::Siege
            )
            && !after_prep(ctx, i)
            && (m.cont + 1..i).all(|k| {
                ctx.ent_at[k].is_some()
                    || member(w, C::Classifier, ctx.w(k))
                    || w.has(C::PronounWord, ctx.w(k))
            });
        if direct || locative(ctx, m.kind.as_str(), i, e, lo) {
            if ctx.is_country(e) {
                country.get_or_insert(e);
                continue;
            }
            place = Some(e);
            rule = Some(if direct {
                "place.direct_object"
            } else {
                "place.locative"
            });
            break;
        }
    }
    let pron_place = win
        .iter()
        .take(2)
        .any(|&i| member(w, C::PlacePronoun, ctx.w(i)));
    let city_anaphor_after = win
        .iter()
        .take(4)
        .any(|&i| member(w, C::CityAnaphor, ctx.w(i)));
    let city_anaphor_before = m.ti > lo
        && (m.ti.saturating_sub(2).max(lo)..m.ti).any(|i| member(w, C::CityAnaphor, ctx.w(i)));
    if place.is_none()
        && (pron_place || city_anaphor_after || (m.kind == K::Control && city_anaphor_before))
    {
        place = nearest_place_before(ctx, m.ti, 60);
        if place.is_some() {
            rule = Some("place.pointed_back");
        }
    }
    if place.is_none() && m.kind == K::Control && m.ti > lo {
        if let Some(e) = ctx.ent_at[m.ti - 1] {
            if ctx.is_place(e) && !ctx.is_country(e) {
                place = Some(e);
                rule = Some("place.topicalised");
            }
        }
    }
    if place.is_none() && country.is_some() {
        rule = Some("place.country");
    }
    let pick = place.or(country);
    let chosen = place_model::choose(ctx, m, win, lo, pick, &[agents, targets].concat());
    let rule = match chosen {
        None => None,
        Some(e) if Some(e) == pick => rule,
        Some(_) => Some("place.model"),
    };
    (chosen, pron_place, rule)
}
