//! Fits the shipped stance weights (offline; nothing is trained at run time).
//!
//!   fit unifiedfc ALL_PAIRS.jsonl FOLDS.txt OUTDIR   # leave-one-fold-out report + OUTDIR/unifiedfc.json (all folds)
//!                                                    # + OUTDIR/unifiedfc-without-Fold_k.json for honest per-fold scoring
//!   fit ans TRAIN_PAIRS.jsonl DEV_PAIRS.jsonl OUTDIR # OUTDIR/ans.json fitted on train, scored on dev
//!
//! Pairs come from stance_pairs.py: {"id","claim","text","gold"} a line.

use std::collections::HashMap;
use std::io::BufRead;

use isnad_stance::{features, fit, fit_plain, macro_f1, tune_offsets, Labels, Model, Weights};

/// Fits on rows `xs` whose folds are `folds` (callers pass training rows only, never the scored
/// fold). With `STANCE_INNER_CV` the offsets are tuned on out-of-fold scores (each training fold
/// scored by a model fitted on the other training folds) instead of the model's own fit.
fn fit_inner_cv(
    xs: &[Vec<f64>],
    ys: &[usize],
    folds: &[String],
    names: &[&str],
    l2: f64,
    note: &str,
) -> Weights {
    if std::env::var("STANCE_INNER_CV").is_err() {
        // Default (shipped): offsets tuned on the training rows' own scores; out-of-fold offsets
        // scored no better in leave-one-fold-out (README).
        return fit(xs, ys, names, l2, note);
    }
    let mut inner: Vec<&String> = folds.iter().collect();
    inner.sort();
    inner.dedup();
    let mut oof: Vec<Vec<f64>> = vec![Vec::new(); xs.len()];
    for f in &inner {
        let tr: Vec<usize> = (0..xs.len()).filter(|&i| &folds[i] != *f).collect();
        let txs: Vec<Vec<f64>> = tr.iter().map(|&i| xs[i].clone()).collect();
        let tys: Vec<usize> = tr.iter().map(|&i| ys[i]).collect();
        let w = fit_plain(&txs, &tys, names, l2, "inner");
        for i in (0..xs.len()).filter(|&i| &folds[i] == *f) {
            oof[i] = w.scores(&xs[i]);
        }
    }
    let mut w = fit_plain(xs, ys, names, l2, note);
    w.offsets = tune_offsets(&oof, ys, names.len());
    w
}

/// Experiment (`STANCE_BOOT=B`): the held-out macro-F1 averaged over `b` refits, each on a
/// bootstrap sample of the training *claims* (all of a drawn claim's pairs, fixed-seed draws).
/// One fit's held-out score swings by ±0.03 with any small change (a fold has 6–25 disagree
/// pairs); the average compares feature sets and settings less noisily.
#[allow(clippy::too_many_arguments)]
fn boot_heldout(
    xs: &[Vec<f64>],
    ys: &[usize],
    claims: &[&str],
    exs: &[Vec<f64>],
    eys: &[usize],
    names: &[&str],
    l2: f64,
    b: usize,
) -> f64 {
    let mut ids: Vec<&str> = claims.to_vec();
    ids.sort();
    ids.dedup();
    let mut rows: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        rows.entry(c).or_default().push(i);
    }
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        // xorshift64*
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let mut total = 0.0;
    for _ in 0..b {
        let mut bx = Vec::new();
        let mut by = Vec::new();
        for _ in 0..ids.len() {
            let c = ids[(next() % ids.len() as u64) as usize];
            for &i in &rows[c] {
                bx.push(xs[i].clone());
                by.push(ys[i]);
            }
        }
        let w = fit(&bx, &by, names, l2, "bootstrap");
        total += eval_quiet(&w, exs, eys, names.len());
    }
    total / b.max(1) as f64
}

fn eval_quiet(w: &Weights, xs: &[Vec<f64>], ys: &[usize], k: usize) -> f64 {
    let m = Model::new(w.clone());
    let pred: Vec<usize> = xs
        .iter()
        .map(|x| {
            let l = m.predict_features(x).label;
            w.labels.iter().position(|s| *s == l).unwrap_or(0)
        })
        .collect();
    macro_f1(&pred, ys, k)
}

/// [`isnad_stance::STRUCT_FEATURES`] for each pair: the claim and the text analysed by the bundled
/// extractor (each distinct string once, in parallel), then compared.
fn struct_rows(pairs: &[(String, String, String, String)]) -> Vec<Vec<f64>> {
    use rayon::prelude::*;
    let ex = isnad_extract::Extractor::bundled();
    let mut uniq: Vec<&str> = pairs
        .iter()
        .flat_map(|p| [p.1.as_str(), p.2.as_str()])
        .collect();
    uniq.sort_unstable();
    uniq.dedup();
    let an: Vec<isnad_schema::Analysis> = uniq
        .par_iter()
        .map(|t| {
            ex.analyse(&isnad_schema::Article {
                id: "x".into(),
                text: t.to_string(),
                ..Default::default()
            })
        })
        .collect();
    let of = |t: &str| &an[uniq.binary_search(&t).expect("analysed")];
    pairs
        .par_iter()
        .map(|p| isnad_stance::structured_features(of(&p.1), of(&p.2)))
        .collect()
}

fn read_pairs(path: &str) -> Vec<(String, String, String, String)> {
    let f = std::fs::File::open(path).expect("pairs file");
    std::io::BufReader::new(f)
        .lines()
        .map_while(Result::ok)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l).expect("json line");
            let s = |k: &str| v[k].as_str().unwrap_or("").to_string();
            (s("id"), s("claim"), s("text"), s("gold"))
        })
        .collect()
}

fn eval(w: &Weights, xs: &[Vec<f64>], ys: &[usize], k: usize) -> (f64, f64) {
    let m = Model::new(w.clone());
    let pred: Vec<usize> = xs
        .iter()
        .map(|x| {
            let l = m.predict_features(x).label;
            w.labels.iter().position(|s| *s == l).unwrap_or(0)
        })
        .collect();
    let acc = pred.iter().zip(ys).filter(|(a, b)| a == b).count() as f64 / ys.len().max(1) as f64;
    if std::env::var("VERBOSE").is_ok() {
        for c in 0..k {
            let row: Vec<usize> = (0..k)
                .map(|p| {
                    pred.iter()
                        .zip(ys)
                        .filter(|(a, b)| **a == p && **b == c)
                        .count()
                })
                .collect();
            eprintln!("    gold {:<10} predicted {:?}", w.labels[c], row);
        }
    }
    if std::env::var("PER_LABEL").is_ok() {
        let f: Vec<String> = (0..k)
            .map(|c| {
                let one = |v: &[usize]| v.iter().map(|&x| usize::from(x == c)).collect::<Vec<_>>();
                format!(
                    "{} {:.2}",
                    w.labels[c],
                    2.0 * macro_f1(&one(&pred), &one(ys), 2) - f1_neg(&pred, ys, c)
                )
            })
            .collect();
        eprintln!("    {}", f.join("  "));
    }
    (acc, macro_f1(&pred, ys, k))
}

/// F1 of "not c" (so that 2 × binary macro-F1 − this is the F1 of c).
fn f1_neg(pred: &[usize], ys: &[usize], c: usize) -> f64 {
    let p: Vec<usize> = pred.iter().map(|&x| usize::from(x != c)).collect();
    let g: Vec<usize> = ys.iter().map(|&x| usize::from(x != c)).collect();
    let tp = p
        .iter()
        .zip(&g)
        .filter(|(a, b)| **a == 1 && **b == 1)
        .count() as f64;
    let fp = p
        .iter()
        .zip(&g)
        .filter(|(a, b)| **a == 1 && **b == 0)
        .count() as f64;
    let fnn = p
        .iter()
        .zip(&g)
        .filter(|(a, b)| **a == 0 && **b == 1)
        .count() as f64;
    if tp == 0.0 {
        0.0
    } else {
        2.0 * tp / (2.0 * tp + fp + fnn)
    }
}

fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.len() == 4 && a[1] == "idf" {
        // fit idf PAIRS.jsonl OUT.tsv: document frequencies over the distinct texts of the pairs.
        let mut seen = std::collections::HashSet::new();
        let mut df: HashMap<String, u32> = HashMap::new();
        for p in read_pairs(&a[2]) {
            if seen.insert(p.2.clone()) {
                for k in isnad_stance::doc_keys(&p.2) {
                    *df.entry(k).or_default() += 1;
                }
            }
        }
        let mut rows: Vec<(String, u32)> = df
            .into_iter()
            .filter(|(k, c)| *c >= 3 && k.chars().count() >= 2)
            .collect();
        rows.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        let mut out = format!("#docs\t{}\n", seen.len());
        for (k, c) in rows {
            out.push_str(&format!("{k}\t{c}\n"));
        }
        std::fs::write(&a[3], out).expect("write idf");
        return;
    }
    if a.len() == 4 && a[1] == "dump" {
        // fit dump PAIRS.jsonl OUT.jsonl: feature rows for analysis ({"id","gold","x":[..]}).
        let mut out = String::new();
        let pairs = read_pairs(&a[2]);
        let extra = if std::env::var("STANCE_STRUCT").is_ok() {
            struct_rows(&pairs)
        } else {
            vec![Vec::new(); pairs.len()]
        };
        for (p, e) in pairs.iter().zip(extra) {
            let mut x = features(&p.1, &p.2);
            x.extend(e);
            out.push_str(&serde_json::json!({"id": p.0, "gold": p.3, "x": x}).to_string());
            out.push('\n');
        }
        std::fs::write(&a[3], out).expect("write dump");
        return;
    }
    if a.len() < 5 {
        eprintln!("usage: fit unifiedfc PAIRS FOLDS OUTDIR | fit ans TRAIN DEV OUTDIR");
        std::process::exit(2);
    }
    let l2 = std::env::var("L2")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0.003);
    let out = std::path::Path::new(&a[4]);
    std::fs::create_dir_all(out).expect("outdir");
    let labels: Labels = a[1].parse().expect("label set");
    let names = labels.names();
    let lab = |g: &str| {
        names
            .iter()
            .position(|n| *n == g)
            .unwrap_or(names.len() - 1)
    };
    // Experiment only: group features (a claim's texts compared with each other). Not shipped:
    // no gain, and isnad-store scores single pairs, where group features would be off-distribution.
    let groups = std::env::var("STANCE_GROUPS").is_ok();
    // STANCE_STRUCT=1: append the structured features (isnad-extract analyses of claim and text).
    let structured = std::env::var("STANCE_STRUCT").is_ok();
    let feats = |pairs: &[(String, String, String, String)]| -> (Vec<Vec<f64>>, Vec<usize>) {
        let mut xs: Vec<Vec<f64>> = pairs.iter().map(|p| features(&p.1, &p.2)).collect();
        // Ablation: STANCE_DROP=name,name zeroes those features (constant columns get no weight).
        if let Ok(drop) = std::env::var("STANCE_DROP") {
            for name in drop.split(',') {
                if let Some(j) = isnad_stance::FEATURES.iter().position(|n| *n == name) {
                    for x in xs.iter_mut() {
                        x[j] = 0.0;
                    }
                }
            }
        }
        if groups {
            isnad_stance::add_group_features(pairs.iter().map(|p| p.1.as_str()), &mut xs);
        }
        if structured {
            for (x, s) in xs.iter_mut().zip(struct_rows(pairs)) {
                x.extend(s);
            }
            if let Ok(drop) = std::env::var("STANCE_DROP") {
                let names = isnad_stance::row_names(xs.first().map_or(0, Vec::len));
                for name in drop.split(',') {
                    if let Some(j) = names.iter().position(|n| *n == name) {
                        for x in xs.iter_mut() {
                            x[j] = 0.0;
                        }
                    }
                }
            }
        }
        (xs, pairs.iter().map(|p| lab(&p.3)).collect())
    };
    let save = |name: &str, w: &Weights| {
        std::fs::write(out.join(name), serde_json::to_string_pretty(w).unwrap())
            .expect("write weights");
    };
    match labels {
        Labels::UnifiedFc => {
            let pairs = read_pairs(&a[2]);
            let with = if structured {
                "; text and structured features (claim and text analysed by isnad-extract)"
            } else {
                ""
            };
            let mut fold_of: HashMap<String, String> = HashMap::new();
            for line in std::fs::read_to_string(&a[3]).expect("folds").lines() {
                if let Some((f, ids)) = line.split_once(':') {
                    for id in ids.split_whitespace() {
                        fold_of.insert(id.to_string(), f.trim().to_string());
                    }
                }
            }
            let (xs, ys) = feats(&pairs);
            let folds: Vec<String> = pairs
                .iter()
                .map(|p| {
                    fold_of
                        .get(p.0.split('/').next().unwrap_or(""))
                        .cloned()
                        .unwrap_or_default()
                })
                .collect();
            let mut names_f: Vec<String> =
                folds.iter().filter(|f| !f.is_empty()).cloned().collect();
            names_f.sort();
            names_f.dedup();
            for f in &names_f {
                let tr: Vec<usize> = (0..xs.len())
                    .filter(|&i| &folds[i] != f && !folds[i].is_empty())
                    .collect();
                let te: Vec<usize> = (0..xs.len()).filter(|&i| &folds[i] == f).collect();
                let txs: Vec<Vec<f64>> = tr.iter().map(|&i| xs[i].clone()).collect();
                let tys: Vec<usize> = tr.iter().map(|&i| ys[i]).collect();
                let tfs: Vec<String> = tr.iter().map(|&i| folds[i].clone()).collect();
                let w = fit_inner_cv(
                    &txs,
                    &tys,
                    &tfs,
                    names,
                    l2,
                    &format!("UnifiedFC folds other than {f}; L2 {l2}; offsets tuned for macro-F1 on those folds{with}"),
                );
                let exs: Vec<Vec<f64>> = te.iter().map(|&i| xs[i].clone()).collect();
                let eys: Vec<usize> = te.iter().map(|&i| ys[i]).collect();
                let (acc, mf) = eval(&w, &exs, &eys, names.len());
                let (tacc, tmf) = eval(&w, &txs, &tys, names.len());
                println!("{f}: held-out accuracy {acc:.3} macro-F1 {mf:.3}  (train {tacc:.3} / {tmf:.3}, n={})", te.len());
                if std::env::var("STANCE_TWO_STAGE").is_ok() {
                    // experiment: related/unrelated first, then agree/disagree/discuss on related
                    let ry: Vec<usize> = tys.iter().map(|&y| usize::from(y == 3)).collect();
                    let w1 = fit(&txs, &ry, &["related", "unrelated"], l2, "stage 1");
                    let rel: Vec<usize> = (0..txs.len()).filter(|&i| tys[i] != 3).collect();
                    let x2: Vec<Vec<f64>> = rel.iter().map(|&i| txs[i].clone()).collect();
                    let y2: Vec<usize> = rel.iter().map(|&i| tys[i]).collect();
                    let w2 = fit(&x2, &y2, &["agree", "disagree", "discuss"], l2, "stage 2");
                    let (m1, m2) = (Model::new(w1), Model::new(w2));
                    let pred: Vec<usize> = exs
                        .iter()
                        .map(|x| {
                            if m1.predict_features(x).label == "unrelated" {
                                3
                            } else {
                                match m2.predict_features(x).label.as_str() {
                                    "agree" => 0,
                                    "disagree" => 1,
                                    _ => 2,
                                }
                            }
                        })
                        .collect();
                    let acc2 = pred.iter().zip(&eys).filter(|(a, b)| a == b).count() as f64
                        / eys.len() as f64;
                    println!(
                        "   two-stage: accuracy {acc2:.3} macro-F1 {:.3}",
                        macro_f1(&pred, &eys, 4)
                    );
                }
                if let Some(b) = std::env::var("STANCE_BOOT")
                    .ok()
                    .and_then(|s| s.parse::<usize>().ok())
                {
                    let claims: Vec<&str> = tr
                        .iter()
                        .map(|&i| pairs[i].0.split('/').next().unwrap_or(""))
                        .collect();
                    let m = boot_heldout(&txs, &tys, &claims, &exs, &eys, names, l2, b);
                    println!("   bootstrap-averaged held-out macro-F1 ({b} refits): {m:.3}");
                }
                save(&format!("unifiedfc-without-{f}.json"), &w);
            }
            let all: Vec<usize> = (0..xs.len()).filter(|&i| !folds[i].is_empty()).collect();
            let axs: Vec<Vec<f64>> = all.iter().map(|&i| xs[i].clone()).collect();
            let ays: Vec<usize> = all.iter().map(|&i| ys[i]).collect();
            let afs: Vec<String> = all.iter().map(|&i| folds[i].clone()).collect();
            let w = fit_inner_cv(
                &axs,
                &ays,
                &afs,
                names,
                l2,
                &format!("UnifiedFC folds 1-4 (all {} pairs); L2 {l2}; offsets tuned for macro-F1 on the same data{with}", axs.len()),
            );
            for (i, n) in w.features.iter().enumerate() {
                let row: Vec<String> = w.weights.iter().map(|r| format!("{:+.2}", r[i])).collect();
                println!("  {n:<16} {}", row.join(" "));
            }
            save("unifiedfc.json", &w);
        }
        Labels::Ans => {
            let (xs, ys) = feats(&read_pairs(&a[2]));
            let (dxs, dys) = feats(&read_pairs(&a[3]));
            let w = fit(
                &xs,
                &ys,
                names,
                l2,
                &format!("ANS stance train.csv ({} pairs); L2 {l2}", xs.len()),
            );
            let (acc, mf) = eval(&w, &dxs, &dys, names.len());
            let (tacc, tmf) = eval(&w, &xs, &ys, names.len());
            println!("ANS dev: accuracy {acc:.3} macro-F1 {mf:.3} (train {tacc:.3} / {tmf:.3})");
            save("ans.json", &w);
        }
    }
}
