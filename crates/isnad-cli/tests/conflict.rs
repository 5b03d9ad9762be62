//! `isnad extract --format rows` + `isnad conflict` find the store's cross-article
//! contradictions: every pair of claims supplied (over-supplying is safe), in the store's order.

use assert_cmd::Command;
use std::path::Path;

fn isnad() -> Command {
    let mut c = Command::cargo_bin("isnad").unwrap();
    c.env_remove("ISNAD_DB");
    c
}

#[test]
fn conflict_decides_as_the_store_on_the_e2e_fixtures() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/e2e/fixtures.jsonl");
    let rows = isnad()
        .args(["extract", "--format", "rows"])
        .arg(&fixtures)
        .output()
        .unwrap();
    assert!(rows.status.success());
    // the claim records, in the store's order (article order, then claim order)
    let recs: Vec<serde_json::Value> = String::from_utf8(rows.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("claims\t"))
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l.splitn(3, '\t').nth(2)?).ok()?;
            serde_json::from_str(v["record"].as_str()?).ok()
        })
        .collect();
    assert!(recs.len() > 10);
    let mut pairs = String::new();
    for (j, me) in recs.iter().enumerate() {
        for other in &recs[..j] {
            pairs += &serde_json::json!({"a": other, "b": me, "key": [j]}).to_string();
            pairs.push('\n');
        }
    }
    let out = isnad()
        .args(["conflict", "--once"])
        .write_stdin(pairs)
        .output()
        .unwrap();
    assert!(out.status.success());
    let found: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|v: &serde_json::Value| v["decision"] == "contradiction")
        .collect();

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    isnad()
        .arg("--db")
        .arg(&db)
        .args(["ingest", "--no-progress"])
        .arg(&fixtures)
        .assert()
        .success();
    let listed = isnad()
        .arg("--db")
        .arg(&db)
        .args(["contradictions", "--scope", "corpus", "--json"])
        .output()
        .unwrap();
    let page: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    // listed newest first: compare in one order
    let mut stored = page["items"].as_array().unwrap().clone();
    let mut found = found;
    let by = |v: &serde_json::Value| v["explanation"].as_str().unwrap_or("").to_string();
    stored.sort_by_key(by);
    found.sort_by_key(by);
    assert_eq!(found.len(), stored.len());
    assert!(!found.is_empty());
    for (f, s) in found.iter().zip(&stored) {
        assert_eq!(f["explanation"], s["explanation"]);
        assert_eq!(f["kind"], s["kind"]);
        assert_eq!(f["basis"], s["basis"]);
        assert_eq!(f["a_article"], s["sides"][0]["article_id"]);
        assert_eq!(f["b_article"], s["sides"][1]["article_id"]);
    }
}
