//! End-to-end evaluation on the spec's example and dev articles: the extractor's entities, times,
//! quantities and statements, then `analyse_claims`. Writes OUT_DIR/{example,dev}/<id>.json for
//! `score.py`. Skips when /work/shared is absent.
//!
//!     cargo run -p isnad-claims --example e2e -- [OUT_DIR]   (default /tmp/isnad-claims-e2e)

use std::path::{Path, PathBuf};

fn main() {
    let shared = Path::new("/work/shared/spec");
    if !shared.exists() {
        eprintln!("/work/shared is absent: nothing to evaluate");
        return;
    }
    let out = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/isnad-claims-e2e"));
    let ex = isnad_extract::Extractor::bundled();
    for (sub, dir) in [
        ("example", shared.join("examples")),
        ("dev", shared.join("dev")),
    ] {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = rd
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else {
                continue;
            };
            let id = f
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let gold = f.with_extension("gold.json");
            let meta = f.with_extension("meta.json");
            let doc: serde_json::Value = [meta, gold]
                .iter()
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .filter_map(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
                .map(|v| {
                    if v.get("doc").is_some() {
                        v["doc"].clone()
                    } else {
                        v
                    }
                })
                .next()
                .unwrap_or_default();
            let article = isnad_schema::Article {
                id: id.clone(),
                text: text.clone(),
                published: doc["published"].as_str().map(str::to_string),
                outlet: doc["outlet"].as_str().map(str::to_string),
                url: None,
                title: None,
            };
            let mut a = ex.analyse(&article);
            let n = isnad_text::Normalized::new(&text);
            isnad_claims::analyse_claims(&n, ex.lexicons(), &mut a);
            let dir = out.join(sub);
            std::fs::create_dir_all(&dir).ok();
            let path = dir.join(format!("{id}.json"));
            if let Ok(s) = serde_json::to_string_pretty(&a) {
                std::fs::write(&path, s).ok();
            }
            println!(
                "{id}: {} statements, {} propositions, {} claims, {} contradictions",
                a.statements.len(),
                a.propositions.len(),
                a.claims.len(),
                a.contradictions.len()
            );
        }
    }
}
