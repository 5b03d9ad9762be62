//! Hostile and careless input (issue 17): each test is one row of the issue, with inputs of the
//! same shape written for these tests. None may panic, lose good data or run away.
use assert_cmd::Command;
use std::path::Path;
use std::time::{Duration, Instant};

fn isnad() -> Command {
    let mut c = Command::cargo_bin("isnad").unwrap();
    c.env_remove("ISNAD_DB").env_remove("ISNAD_MAX_BYTES");
    c
}

fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A medium phrase whose last word is glued to a closing quote of two or three bytes.
const GLUED: [&str; 2] = [
    "أعلنت الهيئة عبر حسابها في تلغرام»",
    "أعلنت الهيئة عبر حسابها في تلغرام”",
];

fn jsonl(lines: &[(&str, &str)]) -> String {
    lines
        .iter()
        .map(|(id, t)| serde_json::json!({"id": id, "text": t}).to_string() + "\n")
        .collect()
}

#[test]
fn row1_glued_closing_quote_is_analysed_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    for (k, t) in GLUED.iter().enumerate() {
        let f = dir.path().join(format!("g{k}.txt"));
        std::fs::write(&f, t).unwrap();
        let o = isnad().arg("extract").arg(&f).output().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let chars: Vec<char> = t.chars().collect();
        for e in v["entities"].as_array().unwrap() {
            let sp = &e["span"];
            let (a, b) = (
                sp[0].as_u64().unwrap() as usize,
                sp[1].as_u64().unwrap() as usize,
            );
            assert_eq!(
                chars[a..b].iter().collect::<String>(),
                e["text"].as_str().unwrap()
            );
        }
    }
    // JSONL: every line comes out; ingest stores every article; check answers.
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        jsonl(&[
            ("a", GLUED[0]),
            ("b", "قالت مصادر محلية إن القصف استهدف بلدة سراقب."),
            ("c", GLUED[1]),
        ]),
    )
    .unwrap();
    let o = isnad()
        .args(["extract", "--jsonl"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 3);
    let db = dir.path().join("s.db");
    let o = isnad()
        .arg("--db")
        .arg(&db)
        .args(["ingest", "--no-progress"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("3 added"), "{}", stderr(&o));
    let o = isnad()
        .arg("--db")
        .arg(&db)
        .args(["check", GLUED[0]])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn row2_output_never_overwrites_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path().join("a.txt");
    let text = "قال المتحدث إن القوات تقدمت.";
    std::fs::write(&t, text).unwrap();
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&t, &link).unwrap();
    for out in [&t, &link] {
        let o = isnad()
            .arg("extract")
            .arg(&t)
            .arg("-o")
            .arg(out)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("would be destroyed"), "{}", stderr(&o));
    }
    let j = dir.path().join("a.jsonl");
    std::fs::write(&j, jsonl(&[("x", text)])).unwrap();
    let o = isnad()
        .args(["extract", "--jsonl"])
        .arg(&j)
        .arg("-o")
        .arg(&j)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&t).unwrap(), text);
    assert!(std::fs::read_to_string(&j).unwrap().contains("\"x\""));
}

#[test]
fn row6_unclosed_quotes_give_output_linear_in_the_input() {
    let dir = tempfile::tempdir().unwrap();
    for unit in [
        "نقلت وكالة «تاس» عن المتحدث قوله «",
        "أعلن الجيش أن: ",
        "ونقلت وكالة \"تاس\" عن المتحدث قوله \" ",
    ] {
        let size = |n: usize| {
            let f = dir.path().join("q.txt");
            std::fs::write(&f, unit.repeat(n)).unwrap();
            let o = isnad().arg("extract").arg(&f).output().unwrap();
            assert!(o.status.success(), "{}", stderr(&o));
            o.stdout.len() as f64
        };
        let (small, large) = (size(400), size(1600));
        // Four times the input: about four times the output (quadratic would be sixteen).
        assert!(large / small < 6.0, "{unit}: {small} -> {large}");
    }
}

#[test]
fn row7_endless_or_binary_streams_are_refused_at_once() {
    for dev in ["/dev/zero", "/dev/urandom"] {
        if !Path::new(dev).exists() {
            continue;
        }
        let t = Instant::now();
        let o = isnad()
            .arg("extract")
            .arg(dev)
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{dev}: {}", stderr(&o));
        let e = stderr(&o);
        assert!(e.contains("binary") || e.contains("invalid UTF-8"), "{e}");
        assert!(t.elapsed() < Duration::from_secs(30));
    }
    let o = isnad()
        .args(["extract", "--jsonl", "/dev/zero"])
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    // A size cap the user sets applies to files and to JSONL lines.
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("big.txt");
    std::fs::write(&f, "قال ".repeat(1000)).unwrap();
    let o = isnad()
        .args(["--max-bytes", "1000", "extract"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--max-bytes"), "{}", stderr(&o));
}

#[test]
fn row8_absurd_thread_counts_are_capped() {
    let dir = tempfile::tempdir().unwrap();
    let j = dir.path().join("a.jsonl");
    std::fs::write(&j, jsonl(&[("x", "قال المتحدث إن القوات تقدمت.")])).unwrap();
    let o = isnad()
        .args(["extract", "-j", "100000", "--jsonl"])
        .arg(&j)
        .timeout(Duration::from_secs(120))
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("using"), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1);
}

#[test]
fn row9_read_commands_never_write_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let j = dir.path().join("a.jsonl");
    std::fs::write(
        &j,
        jsonl(&[(
            "x",
            "نفت وزارة الدفاع الروسية انسحاب القوات من مدينة البوكمال.",
        )]),
    )
    .unwrap();
    let o = isnad()
        .arg("--db")
        .arg(&db)
        .args(["ingest", "--no-progress"])
        .arg(&j)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    // The database file itself; a WAL reader may leave its -shm index beside it.
    let snapshot = |p: &Path| std::fs::read(p).unwrap();
    let before = snapshot(&db);
    for args in [
        vec!["contradictions"],
        vec!["sources"],
        vec!["search", "البوكمال"],
        vec!["export"],
        vec!["check", "انسحبت القوات من البوكمال"],
    ] {
        let o = isnad().arg("--db").arg(&db).args(&args).output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    }
    assert!(before == snapshot(&db), "a read command changed the store");
    // No store: a clear error, and nothing created.
    let none = dir.path().join("none").join("s.db");
    let o = isnad()
        .arg("--db")
        .arg(&none)
        .arg("contradictions")
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("run `isnad ingest` first"),
        "{}",
        stderr(&o)
    );
    assert!(!none.parent().unwrap().exists());
}

#[test]
fn row10_html_spans_index_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.html");
    let html = "<html><body><p>وقال <b>المتحدث باسم</b> الجيش إن <i>القوات</i> سيطرت على بلدة سراقب في ريف إدلب.</p></body></html>";
    std::fs::write(&f, html).unwrap();
    let o = isnad().arg("extract").arg(&f).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let chars: Vec<char> = html.chars().collect();
    let mut n = 0;
    let mut check = |x: &serde_json::Value| {
        let (a, b) = (
            x["span"][0].as_u64().unwrap() as usize,
            x["span"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(
            chars[a..b].iter().collect::<String>(),
            x["text"].as_str().unwrap()
        );
        n += 1;
    };
    for e in v["entities"].as_array().unwrap() {
        check(e);
    }
    for s in v["statements"].as_array().unwrap() {
        for k in ["source", "cue", "content"] {
            check(&s[k]);
        }
    }
    assert!(n >= 3, "{v}");
    assert!(v["statements"][0]["content"]["text"]
        .as_str()
        .unwrap()
        .contains("</i>"));
}

#[test]
fn row11_dates_and_paging_are_checked_like_the_api() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("a.txt");
    std::fs::write(&f, "قال المتحدث إن القوات تقدمت.").unwrap();
    for d in ["2019-13-45", "2019-02-30", "yesterday"] {
        let o = isnad()
            .args(["extract", "--published", d])
            .arg(&f)
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{d}");
        assert!(stderr(&o).contains("--published"), "{}", stderr(&o));
    }
    let db = dir.path().join("s.db");
    let j = dir.path().join("a.jsonl");
    std::fs::write(&j, jsonl(&[("x", "قال المتحدث إن القوات تقدمت.")])).unwrap();
    isnad()
        .arg("--db")
        .arg(&db)
        .args(["ingest", "--no-progress"])
        .arg(&j)
        .assert()
        .success();
    for (args, says) in [
        (vec!["contradictions", "--since", "yesterday"], "--since"),
        (vec!["contradictions", "--scope", "bogus"], "scope"),
        (vec!["contradictions", "--limit", "0"], "limit"),
        (vec!["sources", "--offset", "99999999999999999"], "offset"),
        (vec!["search", "--limit", "0", "قال"], "limit"),
    ] {
        let o = isnad().arg("--db").arg(&db).args(&args).output().unwrap();
        assert!(!o.status.success(), "{args:?}");
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
    // A bad date inside JSONL skips that line, names it, and keeps the others.
    std::fs::write(
        &j,
        r#"{"id":"a","text":"قال المتحدث إن القوات تقدمت.","published":"2019-02-30"}
{"id":"b","text":"قال المتحدث إن القوات تقدمت."}
"#,
    )
    .unwrap();
    let o = isnad()
        .args(["extract", "--jsonl"])
        .arg(&j)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains(":1:"), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 1);
}

#[test]
fn row12_encodings_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let text = "قال المتحدث باسم الجيش إن القوات تقدمت نحو المدينة";
    let le: Vec<u8> = text.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let mut utf32: Vec<u8> = vec![0xFF, 0xFE, 0, 0];
    utf32.extend(text.chars().flat_map(|c| (c as u32).to_le_bytes()));
    for (name, bytes, says) in [
        ("le.txt", le.clone(), "UTF-16LE"),
        ("u32.txt", utf32, "UTF-32LE"),
    ] {
        let f = dir.path().join(name);
        std::fs::write(&f, &bytes).unwrap();
        let o = isnad().arg("extract").arg(&f).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert!(stderr(&o).contains(says), "{name}: {}", stderr(&o));
    }
    // Ingest names the encoding too, and stores what it can.
    let f = dir.path().join("le2.txt");
    std::fs::write(&f, &le).unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, text).unwrap();
    let o = isnad()
        .arg("--db")
        .arg(dir.path().join("s.db"))
        .args(["ingest", "--no-progress"])
        .arg(&f)
        .arg(&good)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("UTF-16LE"), "{}", stderr(&o));
    assert!(stderr(&o).contains("1 added"), "{}", stderr(&o));
}
