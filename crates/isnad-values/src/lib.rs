//! Times, numbers and quantities in Arabic news text.
//!
//! - [`TimeFinder`] finds temporal expressions (weekdays, اليوم/أمس/غداً, parts of the day, dates
//!   with Gregorian month names of every region and Hijri months, years, ranges, "منذ أيام",
//!   "الشهر الماضي", "حتى الآن" …) and resolves them against the publication date to ISO values.
//! - [`parse_number`] reads a number in digits of any script or in Arabic words.
//! - [`QuantityFinder`] finds counted quantities: casualties, aircraft, strikes, vehicles, …
//! - [`to_schema_times`] / [`to_schema_quantities`] turn mentions into `isnad/1` items.
//!
//! Every span is a `[start, end)` code-point range of the original text, obtained through
//! [`isnad_text::Normalized::orig_span`].

pub mod hijri;
mod lexicon;
mod number;
mod quantity;
mod time;
mod tokens;

pub use number::parse_number;
pub use quantity::{QuantityFinder, QuantityMention, QUANTITY_FILES};
pub use time::{TimeFinder, TimeMention, TIME_FILES};

use isnad_text::Normalized;

/// `isnad/1` times with ids `t1`, `t2`, … and `text` = the original slice.
pub fn to_schema_times(n: &Normalized, mentions: &[TimeMention]) -> Vec<isnad_schema::Time> {
    mentions
        .iter()
        .enumerate()
        .map(|(k, m)| isnad_schema::Time {
            id: format!("t{}", k + 1),
            text: n.orig_text(m.span.0, m.span.1).to_string(),
            span: [m.span.0, m.span.1],
            value: m.value.clone(),
            granularity: m.granularity.to_string(),
            relation: m.relation.to_string(),
        })
        .collect()
}

/// `isnad/1` quantities with ids `q1`, `q2`, … and `text` = the original slice.
pub fn to_schema_quantities(
    n: &Normalized,
    mentions: &[QuantityMention],
) -> Vec<isnad_schema::Quantity> {
    mentions
        .iter()
        .enumerate()
        .map(|(k, m)| isnad_schema::Quantity {
            id: format!("q{}", k + 1),
            text: n.orig_text(m.span.0, m.span.1).to_string(),
            span: [m.span.0, m.span.1],
            value: m.value,
            unit: m.unit.clone(),
            of: m.of.clone(),
        })
        .collect()
}
