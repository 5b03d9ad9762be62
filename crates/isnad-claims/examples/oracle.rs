//! "Oracle upstream" evaluation: takes the gold analyses of the spec's example and dev articles,
//! drops their propositions, claims and contradictions, runs `analyse_claims` on the gold
//! entities / times / quantities / statements, and writes the result for `score.py`.
//!
//!     cargo run -p isnad-claims --example oracle -- [OUT_DIR]   (default /tmp/isnad-claims-oracle)
//!
//! Writes OUT_DIR/example/<id>.json and OUT_DIR/dev/<id>.json. Skips when /work/shared is absent.

use std::path::{Path, PathBuf};

fn run(gold: &Path, out_dir: &Path, lex: &isnad_lexicon::Lexicons) -> Option<()> {
    let text_path = PathBuf::from(gold.to_string_lossy().replace(".gold.json", ".txt"));
    let text = std::fs::read_to_string(&text_path).ok()?;
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(gold).ok()?).ok()?;
    for k in ["propositions", "claims", "contradictions"] {
        v[k] = serde_json::json!([]);
    }
    let mut a: isnad_schema::Analysis = match serde_json::from_value(v) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{}: {e}", gold.display());
            return None;
        }
    };
    let n = isnad_text::Normalized::new(&text);
    isnad_claims::analyse_claims(&n, lex, &mut a);
    std::fs::create_dir_all(out_dir).ok()?;
    let out = out_dir.join(format!("{}.json", a.doc.id));
    std::fs::write(&out, serde_json::to_string_pretty(&a).ok()?).ok()?;
    println!(
        "{}: {} propositions, {} claims, {} contradictions -> {}",
        a.doc.id,
        a.propositions.len(),
        a.claims.len(),
        a.contradictions.len(),
        out.display()
    );
    Some(())
}

fn main() {
    let shared = Path::new("/work/shared/spec");
    if !shared.exists() {
        eprintln!("/work/shared is absent: nothing to evaluate");
        return;
    }
    let out = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/tmp/isnad-claims-oracle"));
    let lex = isnad_lexicon::Lexicons::bundled();
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
            .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
            .collect();
        files.sort();
        for f in files {
            if run(&f, &out.join(sub), &lex).is_none() {
                eprintln!("skipped {}", f.display());
            }
        }
    }
}
