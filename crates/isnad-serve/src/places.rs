//! How precise a map place is, from the bundled gazetteer: a country or a region (governorate,
//! desert, countryside) is drawn as an area with its extent unknown, not as an exact point.

use isnad_geo::{Gazetteer, Place, PlaceKind};
use isnad_store::MapPlace;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Canonical English name (lower case) → place, for places the store keyed by name.
fn by_name() -> &'static HashMap<String, &'static Place> {
    static M: OnceLock<HashMap<String, &'static Place>> = OnceLock::new();
    M.get_or_init(|| {
        let g = Gazetteer::shared();
        let mut m = HashMap::new();
        for r in 0..g.len() as u32 {
            let p = g.place(r);
            for n in [&p.canonical, &p.name] {
                m.entry(n.to_lowercase()).or_insert(p);
            }
        }
        m
    })
}

const REGION_WORDS: &[&str] = &[
    "governorate",
    "province",
    "region",
    "countryside",
    "desert",
    "district",
    "badia",
    "ghouta",
    "valley",
    "mountains",
];

/// The Arabic name of a place the store names in English (an event row's `place_name`).
pub(crate) fn arabic_name(name: &str) -> Option<String> {
    let pl = by_name().get(&name.to_lowercase())?;
    plain_arabic(pl)
}

fn plain_arabic(pl: &Place) -> Option<String> {
    // The plainest Arabic spelling (no diacritics) the gazetteer knows.
    let plain = |n: &&String| !n.chars().any(|c| ('\u{064B}'..='\u{0652}').contains(&c));
    pl.arabic.iter().find(plain).or(pl.arabic.first()).cloned()
}

/// (`country` | `region` | `point`, Arabic name).
pub(crate) fn describe(p: &MapPlace) -> (&'static str, Option<String>) {
    let g = Gazetteer::shared();
    let place = p
        .key
        .as_deref()
        .and_then(|k| k.strip_prefix('g'))
        .and_then(|id| id.parse::<u64>().ok())
        .and_then(|id| g.by_geonames_id(id))
        .or_else(|| {
            p.name
                .as_deref()
                .and_then(|n| by_name().get(&n.to_lowercase()).copied())
        });
    let name = p.name.as_deref().unwrap_or("").to_lowercase();
    let precision = match place {
        Some(pl) if pl.is_country => "country",
        Some(pl) if pl.kind == PlaceKind::Loc => "region",
        _ if REGION_WORDS.iter().any(|w| name.contains(w)) => "region",
        _ if !name.is_empty()
            && p.admin1.as_deref().map(str::to_lowercase) == Some(name.clone()) =>
        {
            "region"
        }
        _ => "point",
    };
    (precision, place.and_then(|pl| pl.arabic.first().cloned()))
}
