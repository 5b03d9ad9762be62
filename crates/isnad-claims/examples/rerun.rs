//! Re-runs `analyse_claims` over analyses written by `isnad extract --jsonl` and prints every
//! contradiction with both sides' words, to check by eye that none is invented.
//!
//!     isnad extract --jsonl ARTICLES.jsonl -o ANALYSES.jsonl
//!     cargo run --release -p isnad-claims --example rerun -- ARTICLES.jsonl ANALYSES.jsonl [OUT.jsonl]

use std::collections::HashMap;
use std::io::BufRead;

fn lines(path: &str) -> Vec<serde_json::Value> {
    let Ok(f) = std::fs::File::open(path) else {
        eprintln!("cannot read {path}");
        return vec![];
    };
    std::io::BufReader::new(f)
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str(&l).ok())
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(arts), Some(anas)) = (args.first(), args.get(1)) else {
        eprintln!("usage: rerun ARTICLES.jsonl ANALYSES.jsonl");
        return;
    };
    let texts: HashMap<String, String> = lines(arts)
        .into_iter()
        .filter_map(|v| {
            Some((
                v["id"].as_str()?.to_string(),
                v["text"].as_str()?.to_string(),
            ))
        })
        .collect();
    let lex = isnad_lexicon::Lexicons::bundled();
    // An optional third argument: where to write the re-analysed JSONL.
    let mut out = args.get(2).and_then(|p| std::fs::File::create(p).ok());
    let (mut n_art, mut n_claims, mut n_x, mut with_x) = (0, 0, 0, 0);
    for mut v in lines(anas) {
        for k in ["propositions", "claims", "contradictions"] {
            v[k] = serde_json::json!([]);
        }
        let Ok(mut a) = serde_json::from_value::<isnad_schema::Analysis>(v) else {
            continue;
        };
        let Some(text) = texts.get(&a.doc.id) else {
            continue;
        };
        let n = isnad_text::Normalized::new(text);
        isnad_claims::analyse_claims(&n, &lex, &mut a);
        if let Some(f) = out.as_mut() {
            use std::io::Write;
            if let Ok(line) = serde_json::to_string(&a) {
                writeln!(f, "{line}").ok();
            }
        }
        n_art += 1;
        n_claims += a.claims.len();
        n_x += a.contradictions.len();
        with_x += usize::from(!a.contradictions.is_empty());
        for x in &a.contradictions {
            println!(
                "== {} {} {} {} {}",
                a.doc.id, x.id, x.kind, x.basis, x.explanation
            );
            for c in x.claims.iter().filter_map(|c| a.claim(c)) {
                let side = a
                    .statement(&c.by)
                    .map(|s| format!("{} | {} | {}", s.source.text, s.cue.text, s.content.text))
                    .unwrap_or_default();
                let trig = a
                    .proposition(&c.proposition)
                    .map(|p| p.trigger.text.clone());
                println!(
                    "   {} {} {} [{}] {}",
                    c.by,
                    c.polarity,
                    c.modality,
                    trig.unwrap_or_default(),
                    side.chars().take(220).collect::<String>()
                );
            }
        }
    }
    println!("articles {n_art}, claims {n_claims}, contradictions {n_x} in {with_x} articles");
}
