//! Geocoding accuracy on the project's gold files (worked example and dev set), measured as
//! score.py does: every gold GPE/LOC/FAC entity with a GeoNames id must overlap a located
//! mention with the same id. Skips when /work/shared is absent (CI without shared data).

use std::path::Path;

use isnad_geo::Gazetteer;
use isnad_text::Normalized;

fn gold_files() -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for dir in ["/work/shared/spec/examples", "/work/shared/spec/dev"] {
        let Ok(rd) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.to_string_lossy().ends_with(".gold.json") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn geocoding_accuracy_on_gold_files() {
    let files = gold_files();
    if files.is_empty() {
        eprintln!("no gold files under /work/shared: skipped");
        return;
    }
    let gaz = Gazetteer::shared();
    let (mut n, mut ok) = (0, 0);
    for f in &files {
        let txt = f.to_string_lossy().replace(".gold.json", ".txt");
        let (Ok(gold), Ok(text)) = (
            std::fs::read_to_string(f),
            std::fs::read_to_string(Path::new(&txt)),
        ) else {
            continue;
        };
        let gold: serde_json::Value = serde_json::from_str(&gold).unwrap();
        let norm = Normalized::new(&text);
        let found: Vec<(usize, usize, Option<u64>)> = gaz
            .locate(norm.folded())
            .into_iter()
            .map(|l| {
                let (s, e) = norm.orig_span(l.m.start, l.m.end);
                (s, e, gaz.place(l.place).geonames_id)
            })
            .collect();
        for e in gold["entities"].as_array().unwrap() {
            let Some(id) = e["place"]["geonames_id"].as_u64() else {
                continue;
            };
            let (gs, ge) = (
                e["span"][0].as_u64().unwrap() as usize,
                e["span"][1].as_u64().unwrap() as usize,
            );
            n += 1;
            if found
                .iter()
                .any(|&(s, en, g)| s < ge && gs < en && g == Some(id))
            {
                ok += 1;
            } else {
                eprintln!("missed {} in {}", e["text"], f.display());
            }
        }
    }
    let acc = ok as f64 / n.max(1) as f64;
    eprintln!("geocoding accuracy {ok}/{n} = {acc:.3}");
    assert!(acc >= 0.9, "geocoding accuracy {acc:.3}");
}
