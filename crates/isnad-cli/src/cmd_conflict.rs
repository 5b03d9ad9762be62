//! `isnad conflict`: candidate claim pairs in (JSONL), decided contradictions out, with the
//! store's own cross-article policy (`isnad_store::cross::decide`), so that any engine can
//! supply the pairs.
//!
//! Input, one pair a line: `{"a": CLAIM, "b": CLAIM, "key": …}` where each CLAIM is a claim record
//! as the `claims` table's `record` column holds it, `a` the earlier claim in the store's order,
//! and `key` (optional, any JSON) comes back unchanged. Output, one decision a line:
//! `{"key", "decision": "contradiction"|"confirmation", "a_article", "a_claim", "b_article",
//! "b_claim", "kind", "basis", "party", "explanation", "date", "place_name", "proposition_type",
//! "parties", "pair_key"}`; pairs that are neither give no line (unless `--all`).

use std::io::{BufRead, BufWriter, Write};

use anyhow::{Context, Result};
use isnad_store::cross::{candidate, decide, CrossClaim, Decision, Once};
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(clap::Args)]
pub struct Args {
    /// Keep only the first contradiction per pair of passages and per pair of outlets on one kind
    /// of event at one place, as the store does: give the pairs in the store's order (later claim,
    /// then earlier claim, ascending), all in one stream.
    #[arg(long)]
    once: bool,
    /// Write a line for every pair, `"decision": "neither"` or `"not_candidate"` included.
    #[arg(long)]
    all: bool,
}

#[derive(Deserialize)]
struct Pair {
    a: CrossClaim,
    b: CrossClaim,
    #[serde(default)]
    key: Value,
}

/// Exit status 1 when a line could not be read (it is named on stderr and skipped).
pub fn run(args: Args) -> Result<i32> {
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut once = Once::default();
    let (mut pairs, mut found, mut bad, mut outside) = (0usize, 0usize, 0usize, 0usize);
    for (i, line) in stdin.lines().enumerate() {
        let line = line.with_context(|| format!("reading line {}", i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let p: Pair = match serde_json::from_str(&line) {
            Ok(p) => p,
            Err(e) => {
                bad += 1;
                eprintln!("isnad conflict: line {}: {e}; skipped", i + 1);
                continue;
            }
        };
        pairs += 1;
        let ids = |d: &str| {
            json!({
                "key": p.key, "decision": d,
                "a_article": p.a.article_id, "a_claim": p.a.claim_id,
                "b_article": p.b.article_id, "b_claim": p.b.claim_id,
            })
        };
        // Pairs the store would never compare (no shared bucket, windows apart, same document)
        // are not decided: an engine may over-supply, never change the result.
        if !candidate(&p.a, &p.b) {
            outside += 1;
            if args.all {
                serde_json::to_writer(&mut out, &ids("not_candidate"))?;
                writeln!(out)?;
            }
            continue;
        }
        let v = match decide(&p.a, &p.b) {
            Decision::Contradiction(x) => {
                if args.once && !once.admit(&x, &p.a, &p.b) {
                    continue;
                }
                found += 1;
                let mut v = ids("contradiction");
                if let (Value::Object(m), Value::Object(x)) = (&mut v, serde_json::to_value(&x)?) {
                    m.extend(x);
                }
                v
            }
            Decision::Confirmation => ids("confirmation"),
            Decision::Neither if args.all => ids("neither"),
            Decision::Neither => continue,
        };
        serde_json::to_writer(&mut out, &v)?;
        writeln!(out)?;
    }
    out.flush()?;
    eprintln!(
        "isnad conflict: {pairs} pairs, {found} contradictions{}{}",
        if outside > 0 {
            format!(", {outside} not candidates")
        } else {
            String::new()
        },
        if bad > 0 {
            format!(", {bad} bad lines")
        } else {
            String::new()
        }
    );
    Ok(if bad > 0 { 1 } else { 0 })
}
