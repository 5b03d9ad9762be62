//! The one rule that says whether two claims cannot both be true. Used for contradictions inside
//! an article and (by the store) across articles, so that both agree.

use crate::context::contains_any;
use crate::map::family;
use chrono::{Datelike, Duration, NaiveDate};
use isnad_lexicon::WordClass;
use isnad_schema::{Analysis, Proposition};
use serde::{Deserialize, Serialize};

/// Why two claims conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The same proposition held true by one and false by the other.
    Negation,
    /// Two propositions that exclude each other (control vs withdrawal, control vs failed capture).
    Incompatible,
    /// The same event with numbers that cannot both hold.
    Value,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Negation => "negation",
            Basis::Incompatible => "incompatible",
            Basis::Value => "value",
        }
    }
}

/// What a claim says, reduced to what [`conflict`] compares. Cheap to build and to store.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimView {
    /// The proposition type (`control`, `withdrawal`, ...).
    pub kind: String,
    /// Parties of the agents, sorted and unique.
    pub agent_parties: Vec<String>,
    /// `gn:<geonames id>` or `name:<canonical name, lowercase>`.
    pub place_key: Option<String>,
    /// The days the proposition is about (inclusive).
    pub date: Option<(NaiveDate, NaiveDate)>,
    /// `affirm` | `deny`.
    pub polarity: String,
    /// `actual` | `planned` | `intended` | `failed` | `possible`.
    pub modality: String,
    /// `(value, unit, of)`, e.g. `(12.0, "people", Some("killed"))`.
    pub quantities: Vec<(f64, String, Option<String>)>,
    /// For each quantity: `exact`, `min` (أكثر من، ما لا يقل عن), `max` (أقل من) or `about` (نحو).
    #[serde(default)]
    pub quantity_bounds: Vec<String>,
}

fn overlaps(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

fn interval(v: f64, bound: &str) -> (f64, f64) {
    match bound {
        "min" => (v, f64::INFINITY),
        "max" => (0.0, v),
        "about" => (v * 0.8, v * 1.2),
        _ => (v, v),
    }
}

/// The range of values a view allows for one `(unit, of)`, or `None` when it gives none (or
/// contradicts itself).
fn range(v: &ClaimView, unit: &str, of: &Option<String>) -> Option<(f64, f64)> {
    let mut r: Option<(f64, f64)> = None;
    for (i, (val, u, o)) in v.quantities.iter().enumerate() {
        if u != unit || o != of || !val.is_finite() {
            continue;
        }
        let b = v.quantity_bounds.get(i).map_or("exact", |s| s.as_str());
        let (lo, hi) = interval(*val, b);
        r = Some(match r {
            None => (lo, hi),
            Some((a, z)) => (a.max(lo), z.min(hi)),
        });
    }
    r.filter(|(lo, hi)| lo <= hi)
}

/// Whether two views give numbers for the same thing that cannot both hold.
pub fn values_clash(a: &ClaimView, b: &ClaimView) -> bool {
    a.quantities.iter().any(
        |(_, unit, of)| match (range(a, unit, of), range(b, unit, of)) {
            (Some(x), Some(y)) => x.1 < y.0 || y.1 < x.0,
            _ => false,
        },
    )
}

/// Whether two claims can be about the same event or state: same family, same place (or one
/// unknown), some agent party in common (or one unknown) and overlapping dates (or one unknown).
pub fn same_situation(a: &ClaimView, b: &ClaimView) -> bool {
    if family(&a.kind) != family(&b.kind) {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.place_key, &b.place_key) {
        if x != y {
            return false;
        }
    }
    if !a.agent_parties.is_empty()
        && !b.agent_parties.is_empty()
        && !a.agent_parties.iter().any(|p| b.agent_parties.contains(p))
    {
        return false;
    }
    if let (Some(x), Some(y)) = (a.date, b.date) {
        if !overlaps(x, y) {
            return false;
        }
    }
    true
}

fn is(v: &ClaimView, kind: &str, polarity: &str, modality: &str) -> bool {
    v.kind == kind && v.polarity == polarity && v.modality == modality
}

/// Whether claims `a` and `b` cannot both be true, and why (EVENTS.md, "Which propositions
/// contradict"). Symmetric.
pub fn conflict(a: &ClaimView, b: &ClaimView) -> Option<Basis> {
    if !same_situation(a, b) {
        return None;
    }
    if a.kind == b.kind && a.polarity != b.polarity && a.modality == b.modality {
        return Some(Basis::Negation);
    }
    // Incompatibility is between deeds of one actor: both sides must name who.
    let same_actor = !a.agent_parties.is_empty() && !b.agent_parties.is_empty();
    for (x, y) in [(a, b), (b, a)].into_iter().filter(|_| same_actor) {
        // Holding a place excludes having left it, and a failed assault on it, at the same time.
        if is(x, "control", "affirm", "actual")
            && (is(y, "withdrawal", "affirm", "actual") || is(y, "capture", "affirm", "failed"))
        {
            return Some(Basis::Incompatible);
        }
        // "It happened" against "it was tried and failed". Not for agreements: a truce that
        // "failed" (فشل وقف إطلاق النار) collapsed after it was reached; both are true.
        if x.kind == y.kind
            && x.kind != "agreement"
            && x.polarity == "affirm"
            && y.polarity == "affirm"
            && x.modality == "actual"
            && y.modality == "failed"
        {
            return Some(Basis::Incompatible);
        }
    }
    if a.kind == b.kind
        && a.polarity == "affirm"
        && b.polarity == "affirm"
        && a.modality == b.modality
        && values_clash(a, b)
    {
        return Some(Basis::Value);
    }
    None
}

/// The key that groups claims worth comparing across articles: family and place. `None` when the
/// place is unknown (such claims are too vague to match across articles).
pub fn bucket_key(v: &ClaimView) -> Option<String> {
    Some(format!("{}|{}", family(&v.kind), v.place_key.as_ref()?))
}

/// A place's identity: its GeoNames id, else its canonical (or gazetteer, or written) name.
pub fn place_key(a: &Analysis, entity: &str) -> Option<String> {
    let e = a.entity(entity)?;
    if let Some(gn) = e.place.as_ref().and_then(|p| p.geonames_id) {
        return Some(format!("gn:{gn}"));
    }
    let name = e
        .canonical
        .clone()
        .or_else(|| e.place.as_ref().and_then(|p| p.name.clone()))
        .unwrap_or_else(|| isnad_text::fold(&e.text));
    let name = name.trim().to_lowercase();
    (!name.is_empty()).then(|| format!("name:{name}"))
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    let s = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// The publication date of an analysis, if it has a readable one.
pub fn published(a: &Analysis) -> Option<NaiveDate> {
    parse_day(a.doc.published.as_deref()?)
}

/// The days a time expression covers: exact days, months and years, intervals, and open
/// relations closed by the publication date (`منذ الجمعة` runs from Friday to publication).
pub fn window(
    value: Option<&str>,
    relation: &str,
    pubd: Option<NaiveDate>,
) -> Option<(NaiveDate, NaiveDate)> {
    let base = match value {
        Some(v) if v.contains('/') => {
            let (x, y) = v.split_once('/')?;
            let (a, _) = window(Some(x), "at", pubd)?;
            let (_, b) = window(Some(y), "at", pubd)?;
            (a, b)
        }
        Some(v) if v.len() >= 10 => {
            let d = parse_day(v)?;
            (d, d)
        }
        Some(v) if v.len() == 7 => {
            let d = NaiveDate::parse_from_str(&format!("{v}-01"), "%Y-%m-%d").ok()?;
            let next = if d.month() == 12 {
                NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)?
            };
            (d, next - Duration::days(1))
        }
        Some(v) if v.len() == 4 => {
            let y: i32 = v.parse().ok()?;
            (
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            )
        }
        Some(_) => return None,
        None => {
            // A vague time ("recently", "for days") still says "not long before publication".
            let p = pubd?;
            return match relation {
                "since" => Some((p - Duration::days(7), p)),
                "before" | "vague" => Some((p - Duration::days(30), p)),
                _ => None,
            };
        }
    };
    let (a, b) = base;
    Some(match relation {
        "since" => (a, pubd.map_or(b, |p| p.max(b))),
        "until" => (a - Duration::days(30), b),
        "before" => (a - Duration::days(30), b),
        "after" => (a, pubd.map_or(b + Duration::days(30), |p| p.max(b))),
        _ => (a, b),
    })
}

/// The days a proposition is about: its time, else the publication date.
pub fn proposition_window(a: &Analysis, p: &Proposition) -> Option<(NaiveDate, NaiveDate)> {
    let pubd = published(a);
    let own = p
        .time
        .as_deref()
        .and_then(|t| a.time(t))
        .and_then(|t| window(t.value.as_deref(), &t.relation, pubd));
    match (own, pubd) {
        // A date after publication is a page's print or crawl date (a header), not the event's.
        (Some((d0, _)), Some(pd)) if d0 > pd + Duration::days(1) => Some((pd, pd)),
        (Some(w), _) => Some(w),
        (None, pd) => pd.map(|d| (d, d)),
    }
}

/// Whether a quantity's text gives a lower or upper bound or an approximation.
pub fn quantity_bound(text: &str) -> &'static str {
    let f = isnad_text::fold(text);
    // The bound words of the bundled words.tsv (the store has no user lexicons at hand).
    let w = isnad_lexicon::bundled_words();
    let has = |c: WordClass| contains_any(w.list(c), &f);
    if has(WordClass::BoundMin) {
        "min"
    } else if has(WordClass::BoundMax) {
        "max"
    } else if has(WordClass::BoundAbout) {
        "about"
    } else {
        "exact"
    }
}

/// The view of every claim of an analysis, by claim id.
pub fn claim_views(a: &Analysis) -> Vec<(String, ClaimView)> {
    a.claims
        .iter()
        .filter_map(|c| {
            let p = a.proposition(&c.proposition)?;
            let mut parties: Vec<String> = p
                .actors
                .iter()
                .filter(|r| r.role == "agent")
                .filter_map(|r| r.party.clone())
                .collect();
            parties.sort();
            parties.dedup();
            let qs: Vec<&isnad_schema::Quantity> =
                p.quantities.iter().filter_map(|q| a.quantity(q)).collect();
            Some((
                c.id.clone(),
                ClaimView {
                    kind: p.kind.clone(),
                    agent_parties: parties,
                    place_key: p.place.as_deref().and_then(|e| place_key(a, e)),
                    date: proposition_window(a, p),
                    polarity: c.polarity.clone(),
                    modality: c.modality.clone(),
                    quantities: qs
                        .iter()
                        .map(|q| (q.value, q.unit.clone(), q.of.clone()))
                        .collect(),
                    quantity_bounds: qs
                        .iter()
                        .map(|q| quantity_bound(&q.text).to_string())
                        .collect(),
                },
            ))
        })
        .collect()
}
