//! Reading inputs (JSONL, UnifiedFC JSON, single-article JSON, plain text, folders) and the
//! batched ingest: extraction in parallel (rayon) on a producer thread, writing on the caller's
//! thread, one transaction per batch. Already-stored articles are skipped before extraction, so a
//! rerun after Ctrl-C or a crash only does the work that was not committed.

use std::fs::File;
use std::io::{BufReader, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Instant;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use isnad_schema::{Analysis, Article};
use rayon::prelude::*;
use serde::Deserialize;

use crate::{IngestReport, Store};

/// A bad input item: where it is and why it was skipped.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.file.display(), l, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// Files to read under the given paths (folders recursively, sorted): .jsonl, .json (not
/// .gold.json / .meta.json), .txt.
pub fn input_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    fn walk(p: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
        if p.is_dir() {
            let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("reading folder {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .collect();
            entries.sort();
            for e in entries {
                if e.is_dir() || wanted(&e) {
                    walk(&e, out)?;
                }
            }
        } else {
            out.push(p.to_path_buf());
        }
        Ok(())
    }
    let mut out = Vec::new();
    for p in paths {
        if !p.exists() {
            anyhow::bail!("{}: no such file or folder", p.display());
        }
        walk(p, &mut out)?;
    }
    Ok(out)
}

fn wanted(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.ends_with(".gold.json") || name.ends_with(".meta.json") || name.starts_with('.') {
        return false;
    }
    name.ends_with(".jsonl") || name.ends_with(".json") || name.ends_with(".txt")
}

#[derive(Deserialize)]
struct UnifiedFc {
    id: serde_json::Value,
    #[serde(default)]
    article: Vec<String>,
    #[serde(default)]
    url: Vec<Option<String>>,
}

fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |x| x.1);
    let h = rest
        .split(['/', '?', '#'])
        .next()?
        .trim_start_matches("www.");
    (!h.is_empty()).then(|| h.to_string())
}

/// Fills what an input without metadata lacks: the outlet from the URL's host. (The publication
/// date is inferred by [`ingest_paths`], which knows when the pages were saved.)
fn complete(mut a: Article) -> Article {
    if a.outlet.is_none() {
        a.outlet = a.url.as_deref().and_then(host);
    }
    a
}

fn check(a: Article, file: &Path, line: Option<usize>) -> Result<Article, InputError> {
    let err = |m: &str| InputError {
        file: file.to_path_buf(),
        line,
        message: m.to_string(),
    };
    if a.id.trim().is_empty() {
        return Err(err("article without an id"));
    }
    if a.text.trim().is_empty() {
        return Err(err(&format!("article {} has no text", a.id)));
    }
    Ok(complete(a))
}

/// The publication date of an article without one, inferred from its URL or page header.
fn fill_date(a: &mut Article, crawled: Option<chrono::NaiveDate>) {
    if a.published.is_none() {
        a.published = crate::dates::infer_published_except(a.url.as_deref(), &a.text, crawled);
    }
}

/// What `isnad ingest` makes of an article read from any input before analysing it: refused
/// without id or text, the outlet taken from the URL's host, the date inferred when missing. An
/// engine that feeds articles to `isnad extract --format rows` gets the store's articles.
pub fn prepare(a: Article, crawled: Option<chrono::NaiveDate>) -> Result<Article, String> {
    let mut a = check(a, Path::new("-"), None).map_err(|e| e.message)?;
    fill_date(&mut a, crawled);
    Ok(a)
}

/// Reads one file into articles (each `Ok`) and bad items (each `Err`, with file and line).
pub fn read_file(path: &Path, out: &mut dyn FnMut(Result<Article, InputError>)) -> Result<()> {
    read_items(path, isnad_text::input::DEFAULT_MAX_BYTES, &mut |r, _| {
        out(r)
    })
}

/// As [`read_file`], streaming, with the number of input bytes each item accounts for (JSONL: its
/// line; other files: the whole file on the first item).
/// A whole file as UTF-8 text of at most `max` bytes, or the reason it is not.
fn read_capped(path: &Path, max: u64) -> std::result::Result<String, String> {
    let f = File::open(path).map_err(|e| e.to_string())?;
    isnad_text::input::read_text(f, max).map_err(|e| e.to_string())
}

fn read_items(
    path: &Path,
    max_bytes: u64,
    out2: &mut dyn FnMut(Result<Article, InputError>, u64),
) -> Result<()> {
    let fsize = path.metadata().map(|m| m.len()).unwrap_or(0);
    let mut first = true;
    let line_bytes = std::cell::Cell::new(0u64);
    let jsonl = path.to_string_lossy().ends_with(".jsonl");
    let mut out = |r: Result<Article, InputError>| {
        let b = if jsonl {
            line_bytes.take()
        } else if first {
            first = false;
            fsize
        } else {
            0
        };
        out2(r, b)
    };
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ferr = |m: String| InputError {
        file: path.to_path_buf(),
        line: None,
        message: m,
    };
    if name.ends_with(".jsonl") {
        let mut r = BufReader::new(
            File::open(path).with_context(|| format!("opening {}", path.display()))?,
        );
        let mut buf = Vec::new();
        let mut i = 0usize;
        let bad = |i: usize, message: String| InputError {
            file: path.to_path_buf(),
            line: Some(i),
            message,
        };
        loop {
            let l = match isnad_text::input::read_line(&mut r, max_bytes, &mut buf) {
                Ok(Some(l)) => l,
                Ok(None) => break,
                Err(e) => {
                    // An unreadable stream (no line ends at all, an I/O error) ends this file.
                    out(Err(bad(i + 1, e.to_string())));
                    break;
                }
            };
            i += 1;
            line_bytes.set(line_bytes.get() + buf.len() as u64 + 1);
            if l == isnad_text::input::Line::TooLong {
                out(Err(bad(
                    i,
                    format!("line longer than {max_bytes} bytes; skipped"),
                )));
                continue;
            }
            let line = match isnad_text::input::decode(std::mem::take(&mut buf)) {
                Ok(s) => s,
                Err(e) => {
                    out(Err(bad(i, e.to_string())));
                    continue;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Article>(&line) {
                Ok(a) => out(check(a, path, Some(i))),
                Err(e) => out(Err(bad(i, format!("bad JSON: {e}")))),
            }
        }
    } else if name.ends_with(".json") {
        let s = match read_capped(path, max_bytes) {
            Ok(s) => s,
            Err(e) => {
                out(Err(ferr(e)));
                return Ok(());
            }
        };
        let v: serde_json::Value = match serde_json::from_str(&s) {
            Ok(v) => v,
            Err(e) => {
                out(Err(InputError {
                    file: path.to_path_buf(),
                    line: Some(e.line()),
                    message: format!("bad JSON: {e}"),
                }));
                return Ok(());
            }
        };
        if v.get("article").is_some_and(|a| a.is_array()) {
            match serde_json::from_value::<UnifiedFc>(v) {
                Ok(u) => {
                    let id = match &u.id {
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    for (i, text) in u.article.into_iter().enumerate() {
                        let a = Article {
                            id: format!("{id}/{i}"),
                            text,
                            url: u.url.get(i).cloned().flatten(),
                            ..Default::default()
                        };
                        out(check(a, path, None));
                    }
                }
                Err(e) => out(Err(ferr(format!("not a UnifiedFC claim file: {e}")))),
            }
        } else if v.is_array() {
            for (i, item) in v.as_array().into_iter().flatten().enumerate() {
                match serde_json::from_value::<Article>(item.clone()) {
                    Ok(a) => out(check(a, path, None)),
                    Err(e) => out(Err(ferr(format!("item {i}: {e}")))),
                }
            }
        } else {
            match serde_json::from_value::<Article>(v) {
                Ok(a) => out(check(a, path, None)),
                Err(e) => out(Err(ferr(format!("not an article: {e}")))),
            }
        }
    } else {
        // Plain text: id = file stem; metadata from a sibling STEM.meta.json when there is one.
        let text = match read_capped(path, max_bytes) {
            Ok(s) => s,
            Err(e) => {
                out(Err(ferr(e)));
                return Ok(());
            }
        };
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let mut a = Article {
            id: stem.clone(),
            text,
            ..Default::default()
        };
        let meta = path.with_file_name(format!("{stem}.meta.json"));
        if let Ok(m) = std::fs::read_to_string(&meta) {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&m) {
                let get = |k: &str| v.get(k).and_then(|x| x.as_str()).map(String::from);
                a.published = get("published");
                a.outlet = get("outlet");
                a.url = get("url");
                a.title = get("title");
            }
        }
        out(check(a, path, None));
    }
    Ok(())
}

#[derive(Debug, Clone)]
pub struct IngestOptions {
    pub batch_size: usize,
    /// Draw a progress bar (only when stderr is a terminal).
    pub progress: bool,
    /// When the pages were saved: a page header showing that day is the site's clock, not the
    /// article's date (see [`crate::dates::infer_published_except`]).
    pub crawled: Option<chrono::NaiveDate>,
    /// Largest input file or JSONL line, in bytes.
    pub max_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            batch_size: 64,
            progress: true,
            crawled: None,
            max_bytes: isnad_text::input::DEFAULT_MAX_BYTES,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct IngestSummary {
    pub report: IngestReport,
    /// Articles skipped before extraction because the store had them.
    pub already: usize,
    pub errors: Vec<InputError>,
    pub seconds: f64,
}

enum Msg {
    Batch(Vec<(Article, Analysis)>, u64, Vec<InputError>),
    Bad(InputError),
}

/// Reads `paths`, analyses new articles with `analyse` in parallel, stores them batch by batch.
/// `on_error` sees each bad item as it is met (file:line message).
pub fn ingest_paths(
    store: &mut Store,
    paths: &[PathBuf],
    analyse: &(dyn Fn(&Article) -> Result<Analysis, String> + Sync),
    opts: &IngestOptions,
    on_error: &mut dyn FnMut(&InputError),
) -> Result<IngestSummary> {
    let files = input_files(paths)?;
    let total_bytes: u64 = files
        .iter()
        .filter_map(|f| f.metadata().ok())
        .map(|m| m.len())
        .sum();
    let bar = if opts.progress && std::io::stderr().is_terminal() {
        let b = ProgressBar::with_draw_target(Some(total_bytes), ProgressDrawTarget::stderr());
        b.set_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {percent}% ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        b
    } else {
        ProgressBar::hidden()
    };
    let start = Instant::now();
    let batch_size = opts.batch_size.max(1);
    let mut summary = IngestSummary::default();
    // Hashes of stored articles, read once: the producer skips them without touching SQLite.
    let known: std::collections::HashSet<String> = {
        let mut st = store.conn().prepare("SELECT hash FROM articles")?;
        let v = st
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<_>>()?;
        v
    };
    let (tx, rx) = mpsc::sync_channel::<Msg>(2);
    let mut already = 0usize;
    std::thread::scope(|scope| -> Result<()> {
        let known = &known;
        let already_ref = &mut already;
        let producer = scope.spawn(move || -> Result<()> {
            let mut pending: Vec<(Article, PathBuf)> = Vec::with_capacity(batch_size);
            let mut pending_bytes = 0u64;
            let send_batch = |pending: &mut Vec<(Article, PathBuf)>, bytes: &mut u64| -> bool {
                let batch: Vec<(Article, PathBuf)> = std::mem::take(pending);
                let results: Vec<Result<(Article, Analysis), InputError>> = batch
                    .into_par_iter()
                    .map(|(a, file)| match analyse(&a) {
                        Ok(an) => Ok((a, an)),
                        // One article that breaks the extractor is skipped and named; the rest
                        // of the batch is stored.
                        Err(message) => Err(InputError {
                            file,
                            line: None,
                            message,
                        }),
                    })
                    .collect();
                let (mut analysed, mut bad) = (Vec::new(), Vec::new());
                for r in results {
                    match r {
                        Ok(x) => analysed.push(x),
                        Err(e) => bad.push(e),
                    }
                }
                let ok = tx.send(Msg::Batch(analysed, *bytes, bad)).is_ok();
                *bytes = 0;
                ok
            };
            let mut in_batch = std::collections::HashSet::new();
            let mut stopped = false;
            for f in &files {
                // Items are batched as they are read: a big JSONL never sits in memory whole.
                read_items(f, opts.max_bytes, &mut |r, bytes| {
                    if stopped {
                        return;
                    }
                    pending_bytes += bytes;
                    match r {
                        Ok(mut a) => {
                            fill_date(&mut a, opts.crawled);
                            let h = Store::content_hash(&a);
                            if known.contains(&h) || !in_batch.insert(h) {
                                *already_ref += 1;
                                return;
                            }
                            pending.push((a, f.clone()));
                            if pending.len() >= batch_size
                                && !send_batch(&mut pending, &mut pending_bytes)
                            {
                                stopped = true;
                            }
                        }
                        Err(e) => {
                            if tx.send(Msg::Bad(e)).is_err() {
                                stopped = true;
                            }
                        }
                    }
                })?;
                if stopped {
                    return Ok(());
                }
                if pending.is_empty() && pending_bytes > 0 {
                    let _ = tx.send(Msg::Batch(
                        vec![],
                        std::mem::take(&mut pending_bytes),
                        vec![],
                    ));
                }
            }
            if !pending.is_empty() || pending_bytes > 0 {
                send_batch(&mut pending, &mut pending_bytes);
            }
            Ok(())
        });
        let mut done_articles = 0usize;
        let mut result = Ok(());
        for msg in rx {
            match msg {
                Msg::Bad(e) => {
                    bar.suspend(|| on_error(&e));
                    summary.errors.push(e);
                }
                Msg::Batch(batch, bytes, bad) => {
                    for e in bad {
                        bar.suspend(|| on_error(&e));
                        summary.errors.push(e);
                    }
                    if !batch.is_empty() {
                        match store.ingest(&batch) {
                            Ok(r) => {
                                summary.report.added += r.added;
                                summary.report.skipped += r.skipped;
                                summary.report.replaced += r.replaced;
                                summary.report.contradictions += r.contradictions;
                                done_articles += batch.len();
                            }
                            Err(e) => {
                                result = Err(e);
                                break;
                            }
                        }
                    }
                    bar.inc(bytes);
                    let secs = start.elapsed().as_secs_f64().max(1e-3);
                    bar.set_message(format!(
                        "{done_articles} articles, {:.1}/s",
                        done_articles as f64 / secs
                    ));
                }
            }
        }
        // Dropping the receiver (on error) stops the producer at its next send.
        let produced = producer
            .join()
            .map_err(|_| anyhow::anyhow!("the extraction thread panicked"))?;
        result?;
        produced
    })?;
    bar.finish_and_clear();
    summary.already = already;
    summary.report.skipped += already;
    summary.seconds = start.elapsed().as_secs_f64();
    Ok(summary)
}
