//! `isnad stance --pairs FILE.jsonl`: label claim/text pairs agree / disagree / discuss / unrelated
//! (UnifiedFC) or agree / disagree / other (ANS) with the transparent model of `isnad-stance`.
//! When the weights read the structured features (the shipped UnifiedFC model does), each distinct
//! claim and text is analysed once by the extractor, in parallel, and the two analyses compared.

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
    /// Skip the extractor: text features only (the shipped text-only weights, as isnad-store uses).
    #[arg(long)]
    text_only: bool,
}

pub fn run(args: Args, ctx: &crate::Ctx) -> Result<()> {
    let model = match &args.weights {
        Some(p) => Model::from_json(
            &std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?,
        )
        .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
        None if args.text_only => Model::bundled(args.labels),
        None => Model::bundled_structured(args.labels),
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
    let extras = if model.uses_structured() && !args.text_only {
        Some(structured(&pairs, ctx.extractor()?))
    } else {
        None
    };
    // Pairs that share a claim are scored together (the model compares a claim's texts).
    let preds = if args.explain {
        model.explain_batch_with(&pairs, extras.as_deref())
    } else {
        model
            .predict_batch_with(&pairs, extras.as_deref())
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

/// The structured features of every pair: each distinct claim and text analysed once.
fn structured(pairs: &[(&str, &str)], ex: &isnad_extract::Extractor) -> Vec<Vec<f64>> {
    use rayon::prelude::*;
    let mut uniq: Vec<&str> = pairs.iter().flat_map(|p| [p.0, p.1]).collect();
    uniq.sort_unstable();
    uniq.dedup();
    let analyses: Vec<isnad_schema::Analysis> = uniq
        .par_iter()
        .map(|t| {
            ex.analyse(&isnad_schema::Article {
                id: "stance".into(),
                text: t.to_string(),
                ..Default::default()
            })
        })
        .collect();
    let of = |t: &str| &analyses[uniq.binary_search(&t).expect("analysed")];
    pairs
        .par_iter()
        .map(|(c, t)| isnad_stance::structured_features(of(c), of(t)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structured_rows_follow_the_pairs_and_match_direct_analysis() {
        let ex = isnad_extract::Extractor::bundled();
        let claim = "سيطرت قوات النظام السوري على مدينة البوكمال";
        let a = "أعلن مصدر عسكري أن قوات النظام السوري سيطرت على مدينة البوكمال بعد معارك مع تنظيم داعش.";
        let b = "ارتفعت أسعار الذهب في الأسواق العالمية مع تراجع الدولار.";
        let pairs = [(claim, a), (claim, b), (claim, a)];
        let rows = structured(&pairs, &ex);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0], rows[2]);
        let art = |t: &str| isnad_schema::Article {
            id: "x".into(),
            text: t.into(),
            ..Default::default()
        };
        let direct =
            isnad_stance::structured_features(&ex.analyse(&art(claim)), &ex.analyse(&art(b)));
        assert_eq!(rows[1], direct);
        let m = Model::bundled_structured(Labels::UnifiedFc);
        let p = m.predict_batch_with(&pairs, Some(&rows));
        assert_eq!(p.len(), 3);
        assert_eq!(p[0], p[2]);
    }
}
