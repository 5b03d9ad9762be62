//! Prints the places found in a text file (or stdin) as JSON lines, with code-point spans into
//! the original text, and how long loading took.
//!
//! `cargo run --release -p isnad-geo --example geocode -- article.txt [--gazetteer SY.txt] [--country SY]`

use std::io::Read;
use std::time::Instant;

use isnad_geo::Gazetteer;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut file = None;
    let mut dump = None;
    let mut country = None;
    let mut per_line = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--gazetteer" => {
                dump = args.get(i + 1).cloned();
                i += 1;
            }
            "--country" => {
                country = args.get(i + 1).cloned();
                i += 1;
            }
            // Each input line is one document (for corpus-wide checks).
            "--lines" => per_line = true,
            other => file = Some(other.to_string()),
        }
        i += 1;
    }
    let t0 = Instant::now();
    let mut gaz = Gazetteer::bundled();
    eprintln!(
        "bundled: {} places, {} names in {:?}",
        gaz.len(),
        gaz.name_count(),
        t0.elapsed()
    );
    if let Some(d) = dump {
        let t1 = Instant::now();
        match gaz.load_geonames_dump(&d) {
            Ok(n) => eprintln!("dump {d}: {n} rows with Arabic names in {:?}", t1.elapsed()),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        }
    }
    let mut text = String::new();
    match file {
        Some(f) if f != "-" => text = std::fs::read_to_string(&f).expect("readable text file"),
        _ => {
            std::io::stdin().read_to_string(&mut text).expect("stdin");
        }
    }
    let t2 = Instant::now();
    let docs: Vec<&str> = if per_line {
        text.lines().collect()
    } else {
        vec![text.as_str()]
    };
    let mut total = 0;
    for doc in docs {
        total += print_places(&gaz, doc, country.as_deref());
    }
    eprintln!("located {total} mentions in {:?}", t2.elapsed());
}

fn print_places(gaz: &Gazetteer, text: &str, country: Option<&str>) -> usize {
    let norm = isnad_text::Normalized::new(text);
    let found = gaz.locate_with(norm.folded(), country);
    let n = found.len();
    for l in found {
        let (s, e) = norm.orig_span(l.m.start, l.m.end);
        let p = gaz.place(l.place);
        let v = serde_json::json!({
            "span": [s, e],
            "text": norm.orig_text(s, e),
            "type": p.kind.as_str(),
            "canonical": p.canonical,
            "place": p,
        });
        println!("{v}");
    }
    n
}
