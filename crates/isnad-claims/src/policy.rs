//! The conflict policy in one module: the rule that two claims cannot both be true
//! ([`conflict`], with the [`Basis`] it gives), what is accepted as a contradiction inside one
//! article ([`in_article`], used by pass `contradict`) and what is accepted across articles
//! ([`across_articles`], used by the store's ingest and by `isnad conflict` through
//! `isnad_store::cross::decide`).

use crate::context::{member, COUNTRY_NAMES};
pub use crate::view::{conflict, Basis, ClaimView};
use isnad_lexicon::{WordClass as C, WordClasses};
use isnad_schema::{Analysis, Claim};
use isnad_text::fold;

/// Inside one article: two claims by different statements (not the author's own voice), both tied
/// to a particular mention of the event (`anchored`) and to a known place finer than a country,
/// from two sources (not one source named twice, nor one passage read twice) that [`conflict`]
/// says cannot both be true. Each side is (claim, its view, anchored, the statement it answers).
///
/// Rule `contradict.same_event` (below): the two claims are on one proposition.
///
/// Rule `contradict.reply`: a claim that answers the other side's statement (نفت الهيئة ذلك،
/// رفضت واشنطن الاتهامات الروسية) about the same proposition needs no anchor and no fine place:
/// the speaker took up that very report.
pub(crate) fn in_article(
    a: &Analysis,
    words: &WordClasses,
    sides: [(&Claim, &ClaimView, bool, Option<&str>); 2],
) -> Option<(Basis, &'static str)> {
    let [(ci, vi, anchored_i, answers_i), (cj, vj, anchored_j, answers_j)] = sides;
    let reply = ci.proposition == cj.proposition
        && (answers_i == Some(cj.by.as_str()) || answers_j == Some(ci.by.as_str()));
    // A whole country is too coarse a place to set two reports against each other.
    let country = |c: &Claim| {
        a.proposition(&c.proposition)
            .and_then(|p| p.place.as_deref())
            .is_some_and(|e| is_country_entity(a, words, e))
    };
    // The conflict rule first: it is cheap and refuses most pairs; every test here is pure, so
    // the order changes nothing but the time.
    let basis = conflict(vi, vj)?;
    // Two sources, not one named twice nor one passage read twice (asked last: it folds texts).
    let distinct = || {
        source_key(a, &ci.by) != source_key(a, &cj.by)
            && !overlapping(a, &ci.by, &cj.by)
            && !same_person(a, &ci.by, &cj.by)
    };
    if reply {
        return distinct().then_some((basis, "contradict.reply"));
    }
    // Rule `contradict.same_event`: one proposition (the merge pass found the two mentions to
    // be one event) held true by one source and false by another: «لم تصب أي طائرات» against
    // «أصابت إحدى طائراته». The place and anchor tests stand in for that identity when two
    // mentions were not merged; here it is settled.
    if ci.proposition == cj.proposition && basis == Basis::Negation {
        return distinct().then_some((basis, "contradict.same_event"));
    }
    if !anchored_i
        || !anchored_j
        || vi.place_key.is_none()
        || vj.place_key.is_none()
        || country(ci)
        || country(cj)
        || !distinct()
    {
        return None;
    }
    Some((basis, "contradict.pair"))
}

/// One side of a pair of claims from two articles, as [`across_articles`] sees it.
pub struct Side<'a> {
    pub view: &'a ClaimView,
    /// The place is named in the event's own sentence and is no region around a place.
    pub local_place: bool,
    /// The claim denies the very event in so many words.
    pub explicit_denial: bool,
    /// The quoted passage (or the trigger's sentence for the author's own claims).
    pub content: &'a str,
}

/// Widest date window (days) of a claim in a cross-article `value` contradiction: the same
/// event, so the same day give or take a report's delay.
pub const VALUE_WINDOW_DAYS: i64 = 2;

/// Whether a conflict found by the rule is one an analyst would accept across articles, where
/// two reports can be about different events at the same place:
/// - always: both places are named in the events' own sentences, and are not regions around
///   a place (ريف إدلب);
/// - `negation`: one side denies the very event in so many words and the other affirms it as
///   a fact (an undated claim is matched only this way, and on territory only);
/// - `incompatible`: both sides dated;
/// - `value`: both dated to within a few days, each quote writes its number, and the numbers
///   differ substantially (not 20 vs 21 of a rising toll).
pub fn across_articles(basis: &str, a: &Side, b: &Side) -> bool {
    if !(a.local_place && b.local_place) {
        return false;
    }
    let dated = a.view.date.is_some() && b.view.date.is_some();
    let affirms = |c: &Side| c.view.polarity == "affirm" && c.view.modality == "actual";
    match basis {
        "negation" => {
            // Attacks at a place recur; who holds it changes seldom: undated claims are matched
            // on territory only.
            (dated || crate::map::family(&a.view.kind) == "territory")
                && ((a.explicit_denial && affirms(b)) || (b.explicit_denial && affirms(a)))
        }
        "incompatible" => dated,
        "value" => {
            let narrow = |c: &Side| {
                c.view
                    .date
                    .is_some_and(|(x, y)| (y - x).num_days() <= VALUE_WINDOW_DAYS)
            };
            dated && narrow(a) && narrow(b) && numbers_shown(a, b)
        }
        _ => false,
    }
}

/// The numbers written in digits in a passage.
fn numbers_in(text: &str) -> Vec<f64> {
    let n = isnad_text::Normalized::new(text);
    let f = n.folded();
    isnad_text::tokens(&n)
        .iter()
        .filter_map(|t| t.text(f).parse::<f64>().ok())
        .collect()
}

/// A `value` contradiction is listed only when it can be seen in the quotes: each passage states
/// one of its claim's numbers, and the numbers stated differ. (Counts picked up elsewhere in an
/// article would otherwise pit copies of one wire story against each other.)
fn numbers_shown(a: &Side, b: &Side) -> bool {
    // (value, unit, of) of a claim's quantities that its passage writes in digits
    let shown = |c: &Side| -> Vec<(f64, String, Option<String>)> {
        let ns = numbers_in(c.content);
        c.view
            .quantities
            .iter()
            .filter(|q| ns.iter().any(|n| (n - q.0).abs() < 1e-9))
            .cloned()
            .collect()
    };
    let (x, y) = (shown(a), shown(b));
    // the same kind of count (unit and what is counted) written on both sides, with other values
    x.iter().any(|(v, u, o)| {
        let same: Vec<f64> = y
            .iter()
            .filter(|q| &q.1 == u && &q.2 == o)
            .map(|q| q.0)
            .collect();
        // a substantial difference: a fifth of the larger number at least
        !same.is_empty() && same.iter().all(|w| (v - w).abs() >= 0.2 * v.max(*w))
    })
}

/// Whether statement `inner` is reported inside `outer` (at any depth).
pub(crate) fn ancestor(a: &Analysis, inner: &str, outer: &str) -> bool {
    let mut cur = a.statement(inner).and_then(|s| s.embedded_in.clone());
    let mut guard = 0;
    while let Some(c) = cur {
        guard += 1;
        if c == outer {
            return true;
        }
        if guard > 16 {
            break;
        }
        cur = a.statement(&c).and_then(|s| s.embedded_in.clone());
    }
    false
}

pub(crate) fn is_country_entity(a: &Analysis, words: &WordClasses, id: &str) -> bool {
    let Some(e) = a.entity(id) else { return false };
    if e.canonical
        .as_ref()
        .is_some_and(|c| COUNTRY_NAMES.contains(&c.to_lowercase().as_str()))
    {
        return true;
    }
    member(words, C::Country, &fold(&e.text))
}

pub(crate) fn source_key(a: &Analysis, by: &str) -> String {
    let Some(s) = a.statement(by) else {
        return by.to_string();
    };
    s.source
        .entity
        .as_deref()
        .and_then(|e| a.entity(e))
        .and_then(|e| e.canonical.clone())
        .unwrap_or_else(|| fold(&s.source.text))
}

/// Whether two statements' contents overlap without one being reported inside the other (the
/// same words read twice).
pub(crate) fn overlapping(a: &Analysis, x: &str, y: &str) -> bool {
    let (Some(sx), Some(sy)) = (a.statement(x), a.statement(y)) else {
        return false;
    };
    let (p, q) = (sx.content.span, sy.content.span);
    let overlap = p[0] < q[1] && q[0] < p[1];
    overlap && !ancestor(a, x, y) && !ancestor(a, y, x) && p != q
}

/// Whether two statements are by one person named twice: a later mention by family name, or
/// with the title left off («الدكتور عبد الهادي القصبي» … «القصبي»; «رامي عبد الرحمن» …
/// «عبد الرحمن»). A person is not set against himself by name alone.
pub(crate) fn same_person(a: &Analysis, x: &str, y: &str) -> bool {
    let (Some(sx), Some(sy)) = (a.statement(x), a.statement(y)) else {
        return false;
    };
    let words = |t: &str| -> Vec<String> { fold(t).split_whitespace().map(String::from).collect() };
    let (wx, wy) = (words(&sx.source.text), words(&sy.source.text));
    let (short, long) = if wx.len() <= wy.len() {
        (wx, wy)
    } else {
        (wy, wx)
    };
    let person = |s: &isnad_schema::Statement| {
        s.source
            .entity
            .as_deref()
            .and_then(|e| a.entity(e))
            .is_some_and(|e| e.kind == "PER")
    };
    !short.is_empty() && (person(sx) || person(sy)) && long.ends_with(&short)
}
