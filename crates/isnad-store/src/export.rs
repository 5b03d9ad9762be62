//! Exports of the store: the analyses as JSONL, events as ACLED-style CSV, PLOVER-style JSON and
//! a GeoJSON FeatureCollection.

use std::io::Write;

use anyhow::{bail, Result};
use serde_json::{json, Value};

use crate::{EventRow, Store};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    AcledCsv,
    PloverJson,
    GeoJson,
}

impl std::str::FromStr for Format {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "jsonl" => Format::Jsonl,
            "acled-csv" | "acled" => Format::AcledCsv,
            "plover-json" | "plover" => Format::PloverJson,
            "geojson" => Format::GeoJson,
            other => {
                bail!("unknown export format {other:?} (jsonl, acled-csv, plover-json, geojson)")
            }
        })
    }
}

/// ACLED's event columns, in ACLED's order (fields the store cannot know stay empty).
pub const ACLED_COLUMNS: &[&str] = &[
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// (ISO alpha-2, alpha-3, ISO numeric, English name) for the countries the corpus is about.
const COUNTRIES: &[(&str, &str, u32, &str)] = &[
    ("SY", "SYR", 760, "Syria"),
    ("IQ", "IRQ", 368, "Iraq"),
    ("TR", "TUR", 792, "Turkey"),
    ("LB", "LBN", 422, "Lebanon"),
    ("JO", "JOR", 400, "Jordan"),
    ("IL", "ISR", 376, "Israel"),
    ("PS", "PSE", 275, "Palestine"),
    ("IR", "IRN", 364, "Iran"),
    ("YE", "YEM", 887, "Yemen"),
    ("SA", "SAU", 682, "Saudi Arabia"),
    ("EG", "EGY", 818, "Egypt"),
    ("LY", "LBY", 434, "Libya"),
    ("RU", "RUS", 643, "Russia"),
    ("US", "USA", 840, "United States"),
];

fn country(code: Option<&str>) -> Option<&'static (&'static str, &'static str, u32, &'static str)> {
    let c = code?;
    COUNTRIES
        .iter()
        .find(|x| x.0.eq_ignore_ascii_case(c) || x.1.eq_ignore_ascii_case(c))
}

/// ACLED's actor-type code from a party: states' forces 1, other armed parties 2.
fn inter(party: Option<&str>) -> &'static str {
    match party {
        None => "",
        Some(p)
            if p.len() == 3
                && p.chars().all(|c| c.is_ascii_uppercase())
                && !matches!(p, "SDF" | "HTS" | "PKK" | "YPG") =>
        {
            "1"
        }
        Some(_) => "2",
    }
}

fn s(v: Option<impl ToString>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

fn acled_row(e: &EventRow, n: usize) -> Vec<String> {
    let c = country(e.country.as_deref());
    let date = e
        .date
        .clone()
        .or_else(|| e.published.clone())
        .unwrap_or_default();
    let year = date.get(..4).unwrap_or("").to_string();
    let p1 = e.parties.first().map(String::as_str);
    let p2 = e.parties.get(1).map(String::as_str);
    let (i1, i2) = (inter(p1), inter(p2));
    let notes = format!("{} [{}:{}]", e.trigger.text, e.article_id, e.proposition_id);
    let mut row = vec![
        format!("{}{}", c.map_or("XXX", |c| c.1), n),
        date,
        year,
        "1".into(),
        if e.acled_event_type.as_deref() == Some("Strategic developments") {
            "Strategic developments".into()
        } else {
            "Political violence".into()
        },
        s(e.acled_event_type.as_ref()),
        s(e.acled_sub_event_type.as_ref()),
        s(e.actors.first()),
        e.actors
            .iter()
            .skip(2)
            .cloned()
            .collect::<Vec<_>>()
            .join("; "),
        i1.into(),
        s(e.actors.get(1)),
        String::new(),
        i2.into(),
        format!("{i1}{i2}"),
        String::new(),
        s(c.map(|c| c.2)),
        "Middle East".into(),
        s(c.map(|c| c.3).or(e.country.as_deref())),
        s(e.admin1.as_ref()),
        String::new(),
        String::new(),
        s(e.place_name.as_ref()),
        s(e.lat),
        s(e.lon),
        if e.lat.is_some() {
            "1".into()
        } else {
            String::new()
        },
        s(e.outlet.as_ref()),
        String::new(),
        notes,
        format!("{}", e.fatalities.unwrap_or(0.0).round() as i64),
        String::new(),
        String::new(),
    ];
    row.truncate(ACLED_COLUMNS.len());
    row
}

fn plover(e: &EventRow) -> Value {
    json!({
        "id": format!("{}:{}", e.article_id, e.proposition_id),
        "date": e.date.clone().or_else(|| e.published.clone()),
        "event_type": e.plover,
        "mode": e.kind,
        "context": e.acled_sub_event_type,
        "actor1": e.actors.first(),
        "actor1_party": e.parties.first(),
        "recipient": e.actors.get(1),
        "recipient_party": e.parties.get(1),
        "location": {"name": e.place_name, "lat": e.lat, "lon": e.lon, "country": e.country, "admin1": e.admin1},
        "source": {"outlet": e.outlet, "url": e.url, "article_id": e.article_id},
        "text": e.trigger.text,
    })
}

fn feature(e: &EventRow) -> Option<Value> {
    let (lat, lon) = (e.lat?, e.lon?);
    Some(json!({
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "id": format!("{}:{}", e.article_id, e.proposition_id),
            "kind": e.kind, "date": e.date, "place": e.place_name, "parties": e.parties, "actors": e.actors,
            "acled_event_type": e.acled_event_type, "acled_sub_event_type": e.acled_sub_event_type,
            "plover": e.plover, "outlet": e.outlet, "article_id": e.article_id, "trigger": e.trigger.text,
            "fatalities": e.fatalities,
        }
    }))
}

/// Writes the whole store in `format` to `w`; returns the number of records written.
pub fn export(store: &Store, format: Format, w: &mut dyn Write) -> Result<usize> {
    let mut n = 0;
    match format {
        Format::Jsonl => {
            let corrupt = store.for_each_article(|a| {
                serde_json::to_writer(&mut *w, &a.analysis)?;
                w.write_all(b"\n")?;
                n += 1;
                Ok(())
            })?;
            // Everything readable is written first; then the damaged rows are named.
            if !corrupt.is_empty() {
                w.flush()?;
                anyhow::bail!(
                    "{n} analyses written; {} stored analyses are damaged and were skipped: {}",
                    corrupt.len(),
                    corrupt.join(", ")
                );
            }
        }
        other => {
            n = export_rows(other, w, |each| store.for_each_event(each))?;
        }
    }
    Ok(n)
}

type EachEvent<'a> = Box<dyn FnMut(EventRow) -> Result<()> + 'a>;

/// Writes the events that `source` feeds (it calls its argument once per event) in `format`;
/// `jsonl` is one event row a line. Returns the number of records written.
pub(crate) fn export_rows(
    format: Format,
    w: &mut dyn Write,
    source: impl FnOnce(EachEvent<'_>) -> Result<()>,
) -> Result<usize> {
    let mut n = 0;
    match format {
        Format::Jsonl => {
            source(Box::new(|e| {
                serde_json::to_writer(&mut *w, &e)?;
                w.write_all(b"\n")?;
                n += 1;
                Ok(())
            }))?;
        }
        Format::AcledCsv => {
            let mut cw = csv::Writer::from_writer(&mut *w);
            cw.write_record(ACLED_COLUMNS)?;
            source(Box::new(|e| {
                // ACLED rows are events; states (control) have no ACLED event type.
                if e.acled_event_type.is_none() {
                    return Ok(());
                }
                n += 1;
                cw.write_record(acled_row(&e, n))?;
                Ok(())
            }))?;
            cw.flush()?;
        }
        Format::PloverJson => {
            w.write_all(b"[\n")?;
            source(Box::new(|e| {
                if e.plover.is_none() {
                    return Ok(());
                }
                if n > 0 {
                    w.write_all(b",\n")?;
                }
                serde_json::to_writer(&mut *w, &plover(&e))?;
                n += 1;
                Ok(())
            }))?;
            w.write_all(b"\n]\n")?;
        }
        Format::GeoJson => {
            w.write_all(b"{\"type\":\"FeatureCollection\",\"features\":[\n")?;
            source(Box::new(|e| {
                if let Some(f) = feature(&e) {
                    if n > 0 {
                        w.write_all(b",\n")?;
                    }
                    serde_json::to_writer(&mut *w, &f)?;
                    n += 1;
                }
                Ok(())
            }))?;
            w.write_all(b"\n]}\n")?;
        }
    }
    Ok(n)
}
