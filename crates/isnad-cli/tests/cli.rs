//! The `isnad` binary on good and bad input (fixtures written for these tests).
use assert_cmd::Command;
use std::io::Write;

fn isnad() -> Command {
    let mut c = Command::cargo_bin("isnad").unwrap();
    c.env_remove("ISNAD_DB");
    c
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).expect("valid JSON")
}

#[test]
fn extract_one_file_writes_an_isnad1_analysis() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("a.txt");
    std::fs::write(
        &f,
        "قالت مصادر محلية إن اشتباكات عنيفة اندلعت في مدينة حلب أمس.",
    )
    .unwrap();
    let out = isnad()
        .args(["extract", "--published", "2020-02-03", "--outlet", "اختبار"])
        .arg(&f)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    assert_eq!(v["schema"], "isnad/1");
    assert_eq!(v["doc"]["id"], "a");
    assert_eq!(v["statements"][0]["source"]["text"], "مصادر محلية");
    assert_eq!(v["times"][0]["value"], "2020-02-02");
}

#[test]
fn invalid_utf8_is_an_error_naming_the_byte() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.txt");
    std::fs::write(&f, b"\xd9\x82\xd8\xa7\xd9\x84 \xff\xfe").unwrap();
    let out = isnad().arg("extract").arg(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid UTF-8 at byte 7"), "{err}");
}

#[test]
fn empty_and_html_files_give_valid_analyses() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let out = isnad().arg("extract").arg(&empty).output().unwrap();
    assert!(out.status.success());
    assert_eq!(json(&out.stdout)["entities"].as_array().unwrap().len(), 0);

    let html = dir.path().join("page.html");
    std::fs::write(
        &html,
        "<html><body><p>نفى <b>الجيش السوري</b> انسحابه من المدينة.</p></body></html>",
    )
    .unwrap();
    let out = isnad().arg("extract").arg(&html).output().unwrap();
    assert!(out.status.success());
    let v = json(&out.stdout);
    let original: Vec<char> = std::fs::read_to_string(&html).unwrap().chars().collect();
    for e in v["entities"].as_array().unwrap() {
        let (s, t) = (
            e["span"][0].as_u64().unwrap() as usize,
            e["span"][1].as_u64().unwrap() as usize,
        );
        let text: String = original[s..t].iter().collect();
        assert_eq!(
            text,
            e["text"].as_str().unwrap(),
            "spans index the file as given"
        );
    }
}

#[test]
fn jsonl_reports_bad_lines_and_analyses_the_rest_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("in.jsonl");
    let mut w = std::fs::File::create(&f).unwrap();
    writeln!(
        w,
        r#"{{"id":"a1","text":"قال ناشطون إن الغارات استهدفت القرية.","published":"2020-01-01"}}"#
    )
    .unwrap();
    writeln!(w, r#"{{"id":"a2","text": broken"#).unwrap();
    writeln!(w).unwrap();
    writeln!(w, r#"{{"text":"لا معرف"}}"#).unwrap();
    writeln!(
        w,
        r#"{{"id":"a3","text":"أعلنت وزارة الدفاع التركية مقتل جنديين."}}"#
    )
    .unwrap();
    drop(w);
    let out = isnad()
        .args(["extract", "--jsonl"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad lines make the exit status 1"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(":2:"), "{err}");
    assert!(err.contains(":4:"), "{err}");
    let ids: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            json(l.as_bytes())["doc"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["a1", "a3"]);
}

#[test]
fn user_lexicon_folder_adds_an_actor_without_recompiling() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("actors.tsv"),
        "alias\tid\tcanonical\ttype\tparty\trole\tflags\nكتيبة النسر الذهبي\tTEST.EAGLE\tGolden Eagle Battalion\tORG\tSYR.OPP\tarmed_group\t\n",
    )
    .unwrap();
    let f = dir.path().join("a.txt");
    std::fs::write(&f, "هاجمت كتيبة النسر الذهبي مواقع في الريف.").unwrap();
    let out = isnad()
        .arg("--lexicon")
        .arg(dir.path())
        .arg("extract")
        .arg(&f)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json(&out.stdout);
    let found = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["actor"]["id"] == "TEST.EAGLE");
    assert!(found, "{v}");
}

#[test]
fn demo_finds_the_samples_contradiction() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let out = isnad()
        .arg("--db")
        .arg(&db)
        .args(["demo", "--no-serve"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("intra_party"), "{s}");
}
