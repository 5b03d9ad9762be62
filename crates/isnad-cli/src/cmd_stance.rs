//! `isnad stance --pairs FILE.jsonl`: label claim/text pairs agree / disagree / discuss / unrelated
//! (UnifiedFC) or agree / disagree / other (ANS) with the transparent model of `isnad-stance`.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use isnad_stance::{Labels, Model};

#[derive(clap::Args)]
pub struct Args {
    /// Pairs, one JSON object a line: {"id","claim","text"} (other keys are ignored).
    #[arg(long, value_name = "FILE.jsonl")]
    pairs: PathBuf,
    /// Label set: unifiedfc (agree/disagree/discuss/unrelated) or ans (agree/disagree/other).
    #[arg(long, default_value = "unifiedfc")]
    labels: Labels,
    /// Weights to use instead of the shipped ones (JSON as written by the fit example).
    #[arg(long, value_name = "FILE.json")]
    weights: Option<PathBuf>,
    /// Write here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Add each label's score and the features' contributions to every output line.
    #[arg(long)]
    explain: bool,
}

pub fn run(args: Args, _ctx: &crate::Ctx) -> Result<()> {
    let model = match &args.weights {
        Some(p) => Model::from_json(
            &std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?,
        )
        .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
        None => Model::bundled(args.labels),
    };
    let f = std::fs::File::open(&args.pairs)
        .with_context(|| format!("opening {}", args.pairs.display()))?;
    let mut rows: Vec<(String, String, String)> = Vec::new();
    for (i, line) in BufReader::new(f).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<serde_json::Value>(&line) {
            Ok(v) => {
                let s = |k: &str| match &v[k] {
                    serde_json::Value::String(s) => s.clone(),
                    serde_json::Value::Null => String::new(),
                    other => other.to_string(),
                };
                rows.push((s("id"), s("claim"), s("text")));
            }
            Err(e) => eprintln!(
                "isnad stance: {}:{}: skipped, bad JSON: {e}",
                args.pairs.display(),
                i + 1
            ),
        }
    }
    let pairs: Vec<(&str, &str)> = rows.iter().map(|r| (r.1.as_str(), r.2.as_str())).collect();
    // Pairs that share a claim are scored together (the model compares a claim's texts).
    let preds = if args.explain {
        model.explain_batch(&pairs)
    } else {
        model
            .predict_batch(&pairs)
            .into_iter()
            .map(|prediction| isnad_stance::Explanation {
                prediction,
                features: Vec::new(),
            })
            .collect()
    };
    let mut w: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(std::fs::File::create(p)?)),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    for (r, e) in rows.iter().zip(preds) {
        let mut out = serde_json::json!({"id": r.0, "stance": e.prediction.label});
        if args.explain {
            out["scores"] = serde_json::to_value(&e.prediction.scores)?;
            out["features"] = serde_json::to_value(&e.features)?;
        }
        serde_json::to_writer(&mut w, &out)?;
        w.write_all(b"\n")?;
    }
    w.flush()?;
    Ok(())
}
