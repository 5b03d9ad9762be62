//! Measures times and quantities against the gold files of the isnad spec:
//! `cargo run -p isnad-values --example eval_values [SPEC_DIR]` (default /work/shared/spec).
//! Prints overlap-matched P/R and value accuracy (the scorer's rules), and each mismatch.
//! Skips cleanly when the spec directory is absent.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use isnad_text::Normalized;
use isnad_values::{to_schema_quantities, to_schema_times, QuantityFinder, TimeFinder};
use serde_json::Value;

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
    val_ok: usize,
    val_n: usize,
}

impl Tally {
    fn line(&self, name: &str) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let a = self.val_ok as f64 / self.val_n.max(1) as f64;
        println!(
            "{name:11} P {p:.3} R {r:.3}  tp/fp/fn {}/{}/{}  value accuracy {a:.3} ({}/{})",
            self.tp, self.fp, self.fn_, self.val_ok, self.val_n
        );
    }
}

fn span(v: &Value) -> (u64, u64) {
    (
        v["span"][0].as_u64().unwrap_or(0),
        v["span"][1].as_u64().unwrap_or(0),
    )
}

/// Greedy one-to-one matching by span overlap, as the scorer does.
fn score(gold: &[Value], sys: &[Value], t: &mut Tally, show: &str) {
    let mut used = vec![false; sys.len()];
    for g in gold {
        let (gs, ge) = span(g);
        let hit = sys
            .iter()
            .enumerate()
            .find(|(k, s)| !used[*k] && span(s).0 < ge && gs < span(s).1);
        match hit {
            Some((k, s)) => {
                used[k] = true;
                t.tp += 1;
                if span(g) != span(s) {
                    println!("  {show} span: gold {} / system {}", g["text"], s["text"]);
                }
                if !g["value"].is_null() {
                    t.val_n += 1;
                    // The scorer compares str() of the values: 30 and 30.0 differ there, so
                    // numbers are compared as numbers here and the difference is reported.
                    let same = match (g["value"].as_f64(), s["value"].as_f64()) {
                        (Some(a), Some(b)) => a == b,
                        _ => g["value"] == s["value"],
                    };
                    if same {
                        t.val_ok += 1;
                    } else {
                        println!(
                            "  {show} value: gold {} {} / system {} {}",
                            g["text"], g["value"], s["text"], s["value"]
                        );
                    }
                }
            }
            None => {
                t.fn_ += 1;
                println!("  {show} missed: {} {}", g["text"], g["value"]);
            }
        }
    }
    for (k, s) in sys.iter().enumerate() {
        if !used[k] {
            t.fp += 1;
            println!("  {show} extra: {} {}", s["text"], s["value"]);
        }
    }
}

fn main() {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "/work/shared/spec".into()),
    );
    if !dir.is_dir() {
        println!("no spec directory at {}: skipped", dir.display());
        return;
    }
    let tf = TimeFinder::bundled();
    let qf = QuantityFinder::bundled();
    let mut files: Vec<PathBuf> = vec![dir.join("examples/albukamal.gold.json")];
    let mut dev: Vec<PathBuf> = std::fs::read_dir(dir.join("dev"))
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    dev.retain(|p| p.to_string_lossy().ends_with(".gold.json"));
    dev.sort();
    files.extend(dev);
    let (mut tt_all, mut qt_all, mut tt_dev, mut qt_dev) = Default::default();
    for gold_path in files {
        let Ok(gold) = std::fs::read_to_string(&gold_path) else {
            continue;
        };
        let gold: Value = serde_json::from_str(&gold).expect("gold json");
        let stem = gold_path
            .to_string_lossy()
            .trim_end_matches(".gold.json")
            .to_string();
        let Ok(text) = std::fs::read_to_string(format!("{stem}.txt")) else {
            continue;
        };
        let meta: Option<Value> = std::fs::read_to_string(format!("{stem}.meta.json"))
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok());
        let published = meta
            .as_ref()
            .and_then(|m| m["published"].as_str().map(str::to_string))
            .or_else(|| gold["doc"]["published"].as_str().map(str::to_string))
            .and_then(|s| NaiveDate::parse_from_str(&s[..10.min(s.len())], "%Y-%m-%d").ok());
        let n = Normalized::new(&text);
        let times = serde_json::to_value(to_schema_times(&n, &tf.find(&n, published))).unwrap();
        let qs = serde_json::to_value(to_schema_quantities(&n, &qf.find(&n))).unwrap();
        let name = Path::new(&stem)
            .file_name()
            .unwrap()
            .to_string_lossy()
            .to_string();
        println!("{name} (published {published:?})");
        let is_dev = stem.contains("/dev/");
        let empty = vec![];
        let (gt, gq) = (
            gold["times"].as_array().unwrap_or(&empty),
            gold["quantities"].as_array().unwrap_or(&empty),
        );
        let (st, sq) = (times.as_array().unwrap(), qs.as_array().unwrap());
        for (g, s, t, name) in [
            (gt, st, &mut tt_all, "time"),
            (gq, sq, &mut qt_all, "quantity"),
        ] {
            score(g, s, t, name);
        }
        if is_dev {
            let mut sink = String::new();
            let _ = &mut sink;
            let mut t = Tally::default();
            let mut q = Tally::default();
            quiet(gt, st, &mut t);
            quiet(gq, sq, &mut q);
            add(&mut tt_dev, &t);
            add(&mut qt_dev, &q);
        }
    }
    println!("--- all (example + dev)");
    tt_all.line("times");
    qt_all.line("quantities");
    println!("--- dev only");
    tt_dev.line("times");
    qt_dev.line("quantities");
}

fn quiet(g: &[Value], s: &[Value], t: &mut Tally) {
    let mut used = vec![false; s.len()];
    for x in g {
        let (gs, ge) = span(x);
        if let Some((k, y)) = s
            .iter()
            .enumerate()
            .find(|(k, y)| !used[*k] && span(y).0 < ge && gs < span(y).1)
        {
            used[k] = true;
            t.tp += 1;
            if !x["value"].is_null() {
                t.val_n += 1;
                let same = match (x["value"].as_f64(), y["value"].as_f64()) {
                    (Some(a), Some(b)) => a == b,
                    _ => x["value"] == y["value"],
                };
                t.val_ok += same as usize;
            }
        } else {
            t.fn_ += 1;
        }
    }
    t.fp += used.iter().filter(|u| !**u).count();
}

fn add(a: &mut Tally, b: &Tally) {
    a.tp += b.tp;
    a.fp += b.fp;
    a.fn_ += b.fn_;
    a.val_ok += b.val_ok;
    a.val_n += b.val_n;
}
