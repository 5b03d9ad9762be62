//! Runs the finders over the UnifiedFC corpus and prints counts and throughput:
//! `cargo run --release -p isnad-values --example corpus_stats [DATASET_DIR] [--show N]`
//! (default /work/shared/data/unifiedfc/dataset). The publication date is read from a
//! `/YYYY/MM/DD/` path in the article's URL when there is one. `--show N` prints N mentions
//! with their context for inspection. Skips cleanly when the directory is absent.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use isnad_text::Normalized;
use isnad_values::{QuantityFinder, TimeFinder};
use serde_json::Value;

const MISS_WORDS: &[&str] = &[
    "امس",
    "اليوم",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
    "الاحد",
    "يناير",
    "فبراير",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "اغسطس",
    "سبتمبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "شباط",
    "اذار",
    "نيسان",
    "ايار",
    "حزيران",
    "تموز",
    "ايلول",
    "تشرين",
    "كانون",
    "الماضي",
    "الماضيه",
    "المقبل",
    "الجاري",
    "منذ",
    "مساء",
    "صباح",
    "فجر",
    "ليل",
    "ليله",
    "عام",
    "العام",
    "الشهر",
    "الاسبوع",
    "غدا",
    "ظهر",
    "عصر",
];

fn date_from_url(url: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = url.split('/').collect();
    parts.windows(3).find_map(|w| {
        let y: i32 = w[0].parse().ok().filter(|y| (1990..2100).contains(y))?;
        let m: u32 = w[1].parse().ok()?;
        let d: u32 = w[2].get(..2)?.parse().ok()?;
        NaiveDate::from_ymd_opt(y, m, d)
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show: usize = args
        .iter()
        .position(|a| a == "--show")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(0);
    let dir = PathBuf::from(
        args.iter()
            .find(|a| !a.starts_with("--") && a.parse::<usize>().is_err())
            .cloned()
            .unwrap_or_else(|| "/work/shared/data/unifiedfc/dataset".into()),
    );
    let Ok(rd) = std::fs::read_dir(&dir) else {
        println!("no corpus at {}: skipped", dir.display());
        return;
    };
    let mut docs: Vec<(String, Option<NaiveDate>)> = vec![];
    let mut paths: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        let Ok(s) = std::fs::read_to_string(&p) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<Value>(&s) else {
            continue;
        };
        let arts = v["article"].as_array().cloned().unwrap_or_default();
        let urls = v["url"].as_array().cloned().unwrap_or_default();
        for (k, a) in arts.iter().enumerate() {
            if let Some(text) = a.as_str() {
                let pubd = urls.get(k).and_then(|u| u.as_str()).and_then(date_from_url);
                docs.push((text.to_string(), pubd));
            }
        }
    }
    let tf = TimeFinder::bundled();
    let qf = QuantityFinder::bundled();
    let bytes: usize = docs.iter().map(|d| d.0.len()).sum();
    let t0 = Instant::now();
    let mut n_times = 0;
    let mut n_q = 0;
    let mut gran: BTreeMap<String, usize> = BTreeMap::new();
    let mut units: BTreeMap<String, usize> = BTreeMap::new();
    let mut shown = 0;
    let top = args.iter().any(|a| a == "--top");
    let seed: usize = args
        .iter()
        .position(|a| a == "--seed")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(0);
    let misses: usize = args
        .iter()
        .position(|a| a == "--misses")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(0);
    let mut texts: BTreeMap<String, usize> = BTreeMap::new();
    let with_date = docs.iter().filter(|d| d.1.is_some()).count();
    for (i, (text, pubd)) in docs.iter().enumerate() {
        let n = Normalized::new(text);
        let ts = tf.find(&n, *pubd);
        let qs = qf.find(&n);
        if misses > 0 && shown < misses {
            // Time-like words that no mention covers, for finding missed rules.
            let f = n.folded();
            for w in f.split(|c: char| !c.is_alphanumeric()) {
                let core = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
                if !MISS_WORDS.contains(&core) || shown >= misses {
                    continue;
                }
                let at = w.as_ptr() as usize - f.as_ptr() as usize;
                let (s0, e0) = n.orig_span(at, at + w.len());
                if ts.iter().any(|t| t.span.0 < e0 && s0 < t.span.1) {
                    continue;
                }
                if (i * 31 + s0) % 7 != 0 {
                    continue;
                }
                shown += 1;
                let a = s0.saturating_sub(40);
                let b = (e0 + 40).min(n.orig_len());
                println!(
                    "MISS {} | …{}【{}】{}…",
                    core,
                    n.orig_text(a, s0).replace('\n', " "),
                    n.orig_text(s0, e0),
                    n.orig_text(e0, b).replace('\n', " ")
                );
            }
        }
        n_times += ts.len();
        n_q += qs.len();
        for t in &ts {
            *gran
                .entry(format!("{}/{}", t.granularity, t.relation))
                .or_default() += 1;
            if top {
                let k = isnad_text::fold(n.orig_text(t.span.0, t.span.1));
                let k: String = k
                    .chars()
                    .map(|c| if c.is_ascii_digit() { '9' } else { c })
                    .collect();
                *texts
                    .entry(format!("{k} ({} {})", t.granularity, t.relation))
                    .or_default() += 1;
            }
            let dated_only = args.iter().any(|a| a == "--dated");
            if show > 0
                && shown < show
                && (i * 7919 + t.span.0) % 23 == seed
                && (!dated_only || pubd.is_some())
            {
                shown += 1;
                let a = t.span.0.saturating_sub(40);
                let b = (t.span.1 + 30).min(n.orig_len());
                println!(
                    "T [{}] {:?} {} {} | …{}【{}】{}…",
                    pubd.map_or("-".into(), |d| d.to_string()),
                    t.value,
                    t.granularity,
                    t.relation,
                    n.orig_text(a, t.span.0).replace('\n', " "),
                    n.orig_text(t.span.0, t.span.1),
                    n.orig_text(t.span.1, b).replace('\n', " ")
                );
            }
        }
        for q in &qs {
            *units
                .entry(format!("{}/{}", q.unit, q.of.as_deref().unwrap_or("-")))
                .or_default() += 1;
            if show > 0 && shown < show && (i * 7919 + q.span.0) % 23 == seed {
                shown += 1;
                let a = q.span.0.saturating_sub(40);
                let b = (q.span.1 + 30).min(n.orig_len());
                println!(
                    "Q {} {} {:?} | …{}【{}】{}…",
                    q.value,
                    q.unit,
                    q.of,
                    n.orig_text(a, q.span.0).replace('\n', " "),
                    n.orig_text(q.span.0, q.span.1),
                    n.orig_text(q.span.1, b).replace('\n', " ")
                );
            }
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    // Where the time goes: normalising, times, quantities.
    let t1 = Instant::now();
    let ns: Vec<Normalized> = docs.iter().map(|d| Normalized::new(&d.0)).collect();
    let norm_s = t1.elapsed().as_secs_f64();
    let t2 = Instant::now();
    let k: usize = ns
        .iter()
        .zip(&docs)
        .map(|(n, d)| tf.find(n, d.1).len())
        .sum();
    let time_s = t2.elapsed().as_secs_f64();
    let t3 = Instant::now();
    let k2: usize = ns.iter().map(|n| qf.find(n).len()).sum();
    let q_s = t3.elapsed().as_secs_f64();
    println!(
        "split: normalise {norm_s:.2}s, times {time_s:.2}s ({k}), quantities {q_s:.2}s ({k2}); times alone {:.1} MB/s",
        bytes as f64 / 1e6 / time_s
    );
    println!(
        "{} articles ({} with a URL date), {:.1} MB: {} times, {} quantities in {:.2}s = {:.1} MB/s",
        docs.len(),
        with_date,
        bytes as f64 / 1e6,
        n_times,
        n_q,
        secs,
        bytes as f64 / 1e6 / secs
    );
    if top {
        let mut v: Vec<_> = texts.into_iter().collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        for (k, c) in v.iter().take(120) {
            println!("{c:6} {k}");
        }
    }
    println!("times by granularity/relation: {gran:?}");
    println!("quantities by unit/of: {units:?}");
}
