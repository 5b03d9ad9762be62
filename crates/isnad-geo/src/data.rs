//! Parsing the bundled files, the curated format and GeoNames dumps.

use std::io::BufRead;

use crate::{Gazetteer, Place, PlaceKind};

pub(crate) const GEONAMES_TSV: &str = include_str!("../../../data/gazetteer/geonames.tsv");
pub(crate) const CURATED_TSV: &str = include_str!("../../../data/gazetteer/curated.tsv");
pub(crate) const STOPLIST: &str = include_str!("../../../data/gazetteer/stoplist.txt");

/// GeoNames admin1 codes -> English names for the countries isnad covers most (the same table
/// as tools/build_gazetteer.py), used when loading a user's dump.
const ADMIN1: &[(&str, &str, &str)] = &[
    ("SY", "01", "Al-Hasakah"),
    ("SY", "02", "Latakia"),
    ("SY", "03", "Quneitra"),
    ("SY", "04", "Raqqa"),
    ("SY", "05", "As-Suwayda"),
    ("SY", "06", "Daraa"),
    ("SY", "07", "Deir ez-Zor"),
    ("SY", "08", "Rif Dimashq"),
    ("SY", "09", "Aleppo"),
    ("SY", "10", "Hama"),
    ("SY", "11", "Homs"),
    ("SY", "12", "Idlib"),
    ("SY", "13", "Damascus"),
    ("SY", "14", "Tartus"),
    ("IQ", "01", "Anbar"),
    ("IQ", "02", "Basra"),
    ("IQ", "03", "Muthanna"),
    ("IQ", "04", "Al-Qadisiyah"),
    ("IQ", "05", "Sulaymaniyah"),
    ("IQ", "06", "Babil"),
    ("IQ", "07", "Baghdad"),
    ("IQ", "08", "Duhok"),
    ("IQ", "09", "Dhi Qar"),
    ("IQ", "10", "Diyala"),
    ("IQ", "11", "Erbil"),
    ("IQ", "12", "Karbala"),
    ("IQ", "13", "Kirkuk"),
    ("IQ", "14", "Maysan"),
    ("IQ", "15", "Nineveh"),
    ("IQ", "16", "Wasit"),
    ("IQ", "17", "Najaf"),
    ("IQ", "18", "Salah ad Din"),
    ("IQ", "19", "Halabja"),
    ("LB", "04", "Beirut"),
    ("LB", "05", "Mount Lebanon"),
    ("LB", "06", "South Governorate"),
    ("LB", "07", "Nabatieh"),
    ("LB", "08", "Beqaa"),
    ("LB", "09", "North Governorate"),
    ("LB", "10", "Akkar"),
    ("LB", "11", "Baalbek-Hermel"),
    ("JO", "02", "Balqa"),
    ("JO", "09", "Karak"),
    ("JO", "12", "Tafilah"),
    ("JO", "15", "Mafraq"),
    ("JO", "16", "Amman"),
    ("JO", "17", "Zarqa"),
    ("JO", "18", "Irbid"),
    ("JO", "19", "Ma'an"),
    ("JO", "20", "Ajlun"),
    ("JO", "21", "Aqaba"),
    ("JO", "22", "Jerash"),
    ("JO", "23", "Madaba"),
];

fn admin1_name(cc: &str, code: &str) -> Option<String> {
    ADMIN1
        .iter()
        .find(|(c, k, _)| *c == cc && *k == code)
        .map(|(_, _, n)| n.to_string())
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

fn num(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|v| v.is_finite())
}

fn is_arabic(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}'))
}

/// The bundled GeoNames extract: geonames_id, name, ascii, arabic, lat, lon, country, admin1,
/// feature, population.
pub(crate) fn load_geonames_tsv(g: &mut Gazetteer, text: &str) -> usize {
    let mut n = 0;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 10 {
            continue;
        }
        let feature = c[8];
        let kind = if feature.starts_with("H.")
            || feature.starts_with("T.")
            || feature.starts_with("L.")
        {
            PlaceKind::Loc
        } else if feature.starts_with("S.") {
            PlaceKind::Fac
        } else {
            PlaceKind::Gpe
        };
        g.add_place(Place {
            geonames_id: c[0].trim().parse().ok(),
            name: c[1].to_string(),
            canonical: if c[2].is_empty() {
                c[1].to_string()
            } else {
                c[2].to_string()
            },
            lat: num(c[4]),
            lon: num(c[5]),
            country: opt(c[6]),
            admin1: opt(c[7]),
            kind,
            population: c[9].trim().parse().unwrap_or(0),
            is_country: feature == "A.PCLI",
            curated: false,
            arabic: c[3]
                .split('|')
                .filter(|s| !s.trim().is_empty())
                .map(str::to_string)
                .collect(),
        });
        n += 1;
    }
    n
}

/// The curated format: arabic (|-separated), canonical, type, geonames_id, lat, lon, country,
/// admin1, source.
pub(crate) fn load_curated_tsv(g: &mut Gazetteer, text: &str, curated: bool) -> usize {
    let mut n = 0;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 2 {
            continue;
        }
        let get = |i: usize| c.get(i).copied().unwrap_or("");
        let arabic: Vec<String> = get(0)
            .split('|')
            .filter(|s| !s.trim().is_empty())
            .map(|s| s.trim().to_string())
            .collect();
        if arabic.is_empty() {
            continue;
        }
        let canonical = get(1).trim().to_string();
        let geonames_id = get(3).trim().parse().ok();
        let lat = num(get(4));
        let lon = num(get(5));
        g.add_place(Place {
            geonames_id,
            name: canonical.clone(),
            canonical,
            lat,
            lon,
            country: opt(get(6)),
            admin1: opt(get(7)),
            kind: PlaceKind::parse(get(2)).unwrap_or(PlaceKind::Gpe),
            population: 0,
            is_country: false,
            curated,
            arabic,
        });
        n += 1;
    }
    n
}

fn kind_of_feature_class(class: &str) -> PlaceKind {
    match class {
        "H" | "T" | "L" | "V" | "U" | "R" => PlaceKind::Loc,
        "S" => PlaceKind::Fac,
        _ => PlaceKind::Gpe,
    }
}

/// A GeoNames dump: geonameid, name, asciiname, alternatenames (comma-separated), latitude,
/// longitude, feature class, feature code, country code, cc2, admin1 code, admin2, admin3,
/// admin4, population, …
pub(crate) fn load_geonames_dump(g: &mut Gazetteer, mut r: impl BufRead) -> std::io::Result<usize> {
    let mut line = Vec::with_capacity(4096);
    let mut n = 0;
    loop {
        line.clear();
        if r.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        // Arabic script in UTF-8 starts with a byte D8..DB: skip the vast majority of rows
        // without decoding them.
        if !line.iter().any(|&b| (0xD8..=0xDB).contains(&b)) {
            continue;
        }
        let Ok(s) = std::str::from_utf8(&line) else {
            continue;
        };
        let c: Vec<&str> = s.trim_end_matches(['\n', '\r']).split('\t').collect();
        if c.len() < 15 {
            continue;
        }
        let arabic: Vec<String> = c[3]
            .split(',')
            .map(str::trim)
            .filter(|a| {
                !a.is_empty() && is_arabic(a) && !a.chars().any(|ch| ch.is_ascii_alphanumeric())
            })
            .map(str::to_string)
            .collect();
        if arabic.is_empty() {
            continue;
        }
        let cc = c[8].trim();
        let feature_code = c[7].trim();
        let is_country = c[6] == "A" && feature_code.starts_with("PCL");
        g.add_place(Place {
            geonames_id: c[0].trim().parse().ok(),
            name: c[1].to_string(),
            canonical: if c[2].is_empty() {
                c[1].to_string()
            } else {
                c[2].to_string()
            },
            lat: num(c[4]),
            lon: num(c[5]),
            country: opt(cc),
            admin1: if is_country {
                None
            } else {
                g.admin1_codes
                    .get(&format!("{cc}.{}", c[10].trim()))
                    .cloned()
                    .or_else(|| admin1_name(cc, c[10].trim()))
            },
            kind: kind_of_feature_class(c[6].trim()),
            population: c[14].trim().parse().unwrap_or(0),
            is_country,
            curated: false,
            arabic,
        });
        n += 1;
    }
    Ok(n)
}

/// GeoNames' admin1CodesASCII.txt: `SY.07<TAB>Deir ez-Zor<TAB>Deir ez-Zor<TAB>170792`.
pub(crate) fn load_admin1_codes(g: &mut Gazetteer, text: &str) -> usize {
    let mut n = 0;
    for line in text.lines() {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 3 || !c[0].contains('.') {
            continue;
        }
        let name = if c[2].trim().is_empty() { c[1] } else { c[2] };
        g.admin1_codes
            .insert(c[0].trim().to_string(), name.trim().to_string());
        n += 1;
    }
    n
}
