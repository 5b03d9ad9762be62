//! Load time and tagging speed of the bundled tagger on one core.
//!
//! ```sh
//! cargo run --release -p isnad-ner --example bench -- [FILE.jsonl|FILE.txt ...]
//! ```
//! JSONL lines give their "text"; other files are read whole. Default: samples/articles.jsonl.

use isnad_ner::Ner;
use isnad_text::Normalized;
use std::time::Instant;

fn main() {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        files
            .push(concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples/articles.jsonl").to_string());
    }
    let mut texts = Vec::new();
    for f in &files {
        let s = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{f}: {e}"));
        if f.ends_with(".jsonl") {
            for l in s.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value = serde_json::from_str(l).expect("JSONL");
                texts.push(v["text"].as_str().unwrap_or("").to_string());
            }
        } else {
            texts.push(s);
        }
    }
    let t = Instant::now();
    let ner = Ner::from_bytes(isnad_ner::BUNDLED).expect("weights");
    println!(
        "loaded {} weight vectors ({:.2} MB) in {:.1} ms",
        ner.len(),
        isnad_ner::BUNDLED.len() as f64 / 1e6,
        t.elapsed().as_secs_f64() * 1e3
    );
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    // Repeat small inputs so the measurement lasts a while.
    let rounds = (20_000_000 / bytes.max(1)).clamp(1, 1000);
    let norm: Vec<Normalized> = texts.iter().map(|t| Normalized::new(t)).collect();
    let (t, cpu0) = (Instant::now(), cpu_seconds());
    let mut mentions = 0;
    for _ in 0..rounds {
        for n in &norm {
            mentions += ner.tag(n).len();
        }
    }
    let s = t.elapsed().as_secs_f64();
    let mb = (bytes * rounds) as f64 / 1e6;
    println!(
        "tagged {mb:.1} MB ({} texts x {rounds}) in {s:.2} s wall: {:.2} MB/s, {} mentions per round (folding not counted)",
        texts.len(),
        mb / s,
        mentions / rounds
    );
    if let (Some(a), Some(b)) = (cpu0, cpu_seconds()) {
        println!(
            "CPU time {:.2} s: {:.2} MB/s of CPU time (one core)",
            b - a,
            mb / (b - a)
        );
    }
}

/// User + system CPU time of this process (Linux /proc; None elsewhere), in seconds.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &s[s.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}
