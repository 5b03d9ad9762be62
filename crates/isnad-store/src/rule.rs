//! The compatibility rule between two claims comes from `isnad-claims` (the same rule the
//! extractor uses inside one article); the store only adds what counts as a confirmation.

pub use isnad_claims::{bucket_key, claim_views, contradiction_kind, family, ClaimView};

/// `Some(basis)` (`negation`, `incompatible`, `value`) when the two claims cannot both be true.
pub fn conflict(a: &ClaimView, b: &ClaimView) -> Option<String> {
    isnad_claims::conflict(a, b).map(|b| b.as_str().to_string())
}

/// Two claims that assert the same event in agreement: same type, polarity and modality, the
/// same known place, overlapping known dates, compatible parties, and no conflict (numbers
/// included). Evidence that confirms a source.
pub fn confirms(a: &ClaimView, b: &ClaimView) -> bool {
    a.kind == b.kind
        && a.polarity == b.polarity
        && a.modality == b.modality
        && a.place_key.is_some()
        && a.date.is_some()
        && b.date.is_some()
        && isnad_claims::same_situation(a, b)
        && isnad_claims::conflict(a, b).is_none()
}
