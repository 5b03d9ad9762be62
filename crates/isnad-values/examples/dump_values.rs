//! Prints the times and quantities found in a text file:
//! `cargo run -p isnad-values --example dump_values FILE [PUBLISHED_YYYY-MM-DD]`.

use isnad_text::Normalized;
use isnad_values::{to_schema_quantities, to_schema_times, QuantityFinder, TimeFinder};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: dump_values FILE [PUBLISHED]");
        return;
    };
    let published = args
        .next()
        .and_then(|s| chrono::NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok());
    let text = std::fs::read_to_string(&path).expect("readable file");
    let n = Normalized::new(&text);
    let times = to_schema_times(&n, &TimeFinder::bundled().find(&n, published));
    let qs = to_schema_quantities(&n, &QuantityFinder::bundled().find(&n));
    for t in times {
        println!("{}", serde_json::to_string(&t).unwrap());
    }
    for q in qs {
        println!("{}", serde_json::to_string(&q).unwrap());
    }
}
