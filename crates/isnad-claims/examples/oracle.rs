//! Evaluation on the spec's example and dev articles. Takes an analysis of each article (the gold
//! one: "oracle upstream"; or, with `--from DIR`, DIR/<id>.json written by `isnad extract`: end to
//! end), drops its propositions, claims and contradictions, runs `analyse_claims` on its entities /
//! times / quantities / statements, and writes the result for `score.py`.
//!
//!     cargo run -p isnad-claims --example oracle -- [--from DIR] [OUT_DIR]
//!
//! Writes OUT_DIR/example/<id>.json and OUT_DIR/dev/<id>.json (default OUT_DIR:
//! /tmp/isnad-claims-oracle). Skips when /work/shared is absent.

use std::path::{Path, PathBuf};

fn run(
    gold: &Path,
    from: Option<&Path>,
    out_dir: &Path,
    lex: &isnad_lexicon::Lexicons,
) -> Option<()> {
    let text_path = PathBuf::from(gold.to_string_lossy().replace(".gold.json", ".txt"));
    let text = std::fs::read_to_string(&text_path).ok()?;
    let source = match from {
        Some(dir) => {
            let id = gold
                .file_name()?
                .to_string_lossy()
                .replace(".gold.json", "");
            dir.join(format!("{id}.json"))
        }
        None => gold.to_path_buf(),
    };
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&source).ok()?).ok()?;
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let from = args
        .iter()
        .position(|a| a == "--from")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    let out = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--from"))
        .map(|(_, a)| PathBuf::from(a))
        .next()
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
            if run(&f, from.as_deref(), &out.join(sub), &lex).is_none() {
                eprintln!("skipped {}", f.display());
            }
        }
    }
}
