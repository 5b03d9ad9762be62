//! The compatibility rule between two claims. The project's rule lives in `isnad-claims`
//! (`isnad_claims::conflict`), shared by in-article and cross-article matching; everything the
//! store needs from it goes through the few functions here, so switching is one place.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the rule sees of one claim (the shape of `isnad_claims::ClaimView`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ClaimView {
    pub kind: String,
    pub agent_parties: Vec<String>,
    pub place_key: Option<String>,
    pub date: Option<(NaiveDate, NaiveDate)>,
    pub polarity: String,
    pub modality: String,
    pub quantities: Vec<(f64, String, Option<String>)>,
}

/// The matching family of a proposition type: territory types compete with each other.
pub fn family(kind: &str) -> &str {
    match kind {
        "control" | "capture" | "withdrawal" => "territory",
        k => k,
    }
}

/// `Some(basis)` (`negation`, `incompatible`, `value`) when the two claims cannot both be true.
pub fn conflict(a: &ClaimView, b: &ClaimView) -> Option<String> {
    fallback_conflict(a, b)
}

/// `(kind, party)` of a contradiction between claims whose sources speak for these parties.
pub fn contradiction_kind(a: Option<&str>, b: Option<&str>) -> (&'static str, Option<String>) {
    match (a, b) {
        (Some(x), Some(y)) if x == y => ("intra_party", Some(x.to_string())),
        (Some(_), Some(_)) => ("inter_party", None),
        _ => ("unaffiliated", None),
    }
}

fn overlap(a: &ClaimView, b: &ClaimView) -> bool {
    match (a.date, b.date) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
        _ => false,
    }
}

/// EVENTS.md "Which propositions contradict", used until `isnad-claims` provides the rule.
fn fallback_conflict(a: &ClaimView, b: &ClaimView) -> Option<String> {
    if a.place_key.is_none() || a.place_key != b.place_key || !overlap(a, b) {
        return None;
    }
    if !a.agent_parties.iter().any(|p| b.agent_parties.contains(p))
        && !(a.agent_parties.is_empty() && b.agent_parties.is_empty())
    {
        return None;
    }
    let firm = |m: &str| m == "actual";
    if a.kind == b.kind && a.polarity != b.polarity && firm(&a.modality) && firm(&b.modality) {
        return Some("negation".into());
    }
    let holds = |v: &ClaimView, k: &str| v.kind == k && v.polarity == "affirm" && firm(&v.modality);
    let failed_capture = |v: &ClaimView| v.kind == "capture" && v.modality == "failed";
    let retake = |v: &ClaimView| {
        v.kind == "capture"
            && v.polarity == "affirm"
            && matches!(v.modality.as_str(), "planned" | "intended")
    };
    for (x, y) in [(a, b), (b, a)] {
        if holds(x, "control") && (holds(y, "withdrawal") || failed_capture(y) || retake(y)) {
            return Some("incompatible".into());
        }
    }
    if a.kind == b.kind
        && a.polarity == "affirm"
        && b.polarity == "affirm"
        && firm(&a.modality)
        && firm(&b.modality)
    {
        for (va, ua, oa) in &a.quantities {
            for (vb, ub, ob) in &b.quantities {
                if ua == ub && oa == ob && (va - vb).abs() > 0.1 * va.abs().max(vb.abs()) {
                    return Some("value".into());
                }
            }
        }
    }
    None
}

/// Two claims that assert the same event in agreement (same type, polarity and modality,
/// overlapping time, same place and party, no conflict): evidence that confirms a source.
pub fn confirms(a: &ClaimView, b: &ClaimView) -> bool {
    a.kind == b.kind
        && a.polarity == b.polarity
        && a.modality == b.modality
        && a.place_key.is_some()
        && a.place_key == b.place_key
        && overlap(a, b)
        && conflict(a, b).is_none()
}
