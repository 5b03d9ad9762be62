//! The compatibility rule between two claims comes from `isnad-claims` (the same rule the
//! extractor uses inside one article); the store only adds what counts as a confirmation.

pub use isnad_claims::{bucket_key, claim_views, contradiction_kind, family, ClaimView};

/// `Some(basis)` (`negation`, `incompatible`, `value`) when the two claims cannot both be true.
pub fn conflict(a: &ClaimView, b: &ClaimView) -> Option<String> {
    isnad_claims::conflict(a, b).map(|b| b.as_str().to_string())
}

/// Two claims that assert the same event in agreement: same type (or a capture and the control
/// it leads to: «سيطرت القوات على المطار» and «سيطرة القوات على المطار»), polarity and modality,
/// the same known place, overlapping known dates, compatible parties, and no conflict (numbers
/// included). Evidence that confirms a source.
pub fn confirms(a: &ClaimView, b: &ClaimView) -> bool {
    let taken_and_held = matches!(
        (a.kind.as_str(), b.kind.as_str()),
        ("capture", "control") | ("control", "capture")
    ) && a.modality == "actual"
        && !a.agent_parties.is_empty()
        && !b.agent_parties.is_empty();
    (a.kind == b.kind || taken_and_held)
        && a.polarity == b.polarity
        && a.modality == b.modality
        && a.place_key.is_some()
        && a.date.is_some()
        && b.date.is_some()
        && isnad_claims::same_situation(a, b)
        && isnad_claims::conflict(a, b).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn view(kind: &str, party: &str) -> ClaimView {
        let d = NaiveDate::from_ymd_opt(2018, 1, 20).unwrap();
        ClaimView {
            kind: kind.into(),
            agent_parties: vec![party.into()],
            place_key: Some("gn:1".into()),
            date: Some((d, d)),
            polarity: "affirm".into(),
            modality: "actual".into(),
            quantities: vec![],
            quantity_bounds: vec![],
        }
    }

    #[test]
    fn taking_a_place_confirms_holding_it() {
        assert!(confirms(&view("capture", "SYR"), &view("control", "SYR")));
        assert!(confirms(&view("control", "SYR"), &view("capture", "SYR")));
        // not when someone else holds it, nor for a withdrawal
        assert!(!confirms(&view("capture", "SYR"), &view("control", "ISIS")));
        assert!(!confirms(
            &view("capture", "SYR"),
            &view("withdrawal", "SYR")
        ));
    }
}
