//! Runs the extractor and `analyse_claims` over UnifiedFC articles and prints every contradiction
//! found, with both sides' words, to check by eye that none is invented. Also counts articles,
//! propositions, claims and contradictions. Skips when /work/shared is absent.
//!
//!     cargo run --release -p isnad-claims --example corpus -- [MAX_FILES]

use std::path::Path;

fn main() {
    let dir = Path::new("/work/shared/data/unifiedfc/dataset");
    let Ok(rd) = std::fs::read_dir(dir) else {
        eprintln!("{} is absent: nothing to do", dir.display());
        return;
    };
    let max: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let only = std::env::args().nth(2);
    let mut files: Vec<_> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            only.as_ref().is_none_or(|o| {
                p.file_stem().is_some_and(|s| {
                    s.to_string_lossy() == o.split('-').take(2).collect::<Vec<_>>().join("-")
                })
            })
        })
        .collect();
    files.sort();
    let ex = isnad_extract::Extractor::bundled();
    let (mut arts, mut props, mut claims, mut xs, mut with_x) = (0, 0, 0, 0, 0);
    let mut kinds = std::collections::BTreeMap::<String, usize>::new();
    for f in files.iter().take(max) {
        let Ok(s) = std::fs::read_to_string(f) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&s) else {
            continue;
        };
        let id = v["id"].as_str().unwrap_or("?").to_string();
        let Some(articles) = v["article"].as_array() else {
            continue;
        };
        for (k, text) in articles.iter().enumerate() {
            let Some(text) = text.as_str() else { continue };
            if only
                .as_ref()
                .is_some_and(|o| o.split('-').nth(2).is_some_and(|n| n != k.to_string()))
            {
                continue;
            }
            if text.chars().count() > 20_000 {
                continue;
            }
            let article = isnad_schema::Article {
                id: format!("{id}-{k}"),
                text: text.to_string(),
                published: Some("2017-11-15".into()),
                ..Default::default()
            };
            let mut a = ex.analyse(&article);
            let n = isnad_text::Normalized::new(text);
            isnad_claims::analyse_claims(&n, ex.lexicons(), &mut a);
            arts += 1;
            props += a.propositions.len();
            claims += a.claims.len();
            for p in &a.propositions {
                *kinds.entry(p.kind.clone()).or_default() += 1;
            }
            if !a.contradictions.is_empty() {
                with_x += 1;
            }
            for x in &a.contradictions {
                xs += 1;
                println!(
                    "== {} {} {} {} {}",
                    article.id, x.id, x.kind, x.basis, x.explanation
                );
                for c in &x.claims {
                    let Some(c) = a.claim(c) else { continue };
                    let p = a.proposition(&c.proposition);
                    let side = a
                        .statement(&c.by)
                        .map(|s| format!("{} | {} | {}", s.source.text, s.cue.text, s.content.text))
                        .unwrap_or_default();
                    println!(
                        "   {} {} {} [{}] {}",
                        c.by,
                        c.polarity,
                        c.modality,
                        p.map(|p| p.trigger.text.as_str()).unwrap_or(""),
                        side.chars().take(220).collect::<String>()
                    );
                }
            }
        }
    }
    println!(
        "articles {arts}, propositions {props}, claims {claims}, contradictions {xs} in {with_x} articles"
    );
    println!("types {kinds:?}");
}
