//! Where an event happened: a locative preposition before a place name.

use crate::context::{member, no_conj, Ctx};
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
        match p {
            "من" => matches!(kind, "withdrawal" | "displacement"),
            "الي" | "نحو" | "باتجاه" => {
                matches!(kind, "advance" | "deployment" | "displacement" | "capture")
            }
            "علي" => !matches!(kind, "withdrawal" | "displacement" | "support"),
            _ => false,
        }
    };
    // A proclitic preposition on the name itself (بحلب، بالبوكمال، وفي).
    if e.span[0] > tok.s {
        let pre = fold(&ctx.n_text(tok.s, e.span[0]));
        let pre = no_conj(&pre);
        if pre.starts_with('ب') || pre == "في" {
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
        if (member(w, C::Preposition, t) && bare != "من")
            || ctx.ent_at[k].is_some_and(|x| ctx.is_actor(x) && !ctx.is_place(x))
        {
            return false;
        }
    }
    false
}
