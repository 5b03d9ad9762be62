//! `isnad extract --format parquet|rows` and `isnad export --format parquet`: one table per layer
//! (docs/PARQUET.md). Articles are read and completed as `isnad ingest` reads them (outlet from the
//! URL, date inferred when missing), so that the tables hold what the store would.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use isnad_parquet::{ParquetWriter, Tables};
use isnad_schema::{Analysis, Article};
use isnad_store::pipeline::{input_files, prepare, read_file};
use isnad_store::Store;
use rayon::prelude::*;

/// What `isnad extract` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// isnad/1 JSON (one analysis, or one a line with --jsonl).
    Json,
    /// Parquet, one table per layer under -o DIR.
    Parquet,
    /// One line per table row, `TABLE<TAB>KEY<TAB>JSON`, for engines that pipe text through
    /// isnad. An input line may be `KEY<TAB>{…}`: KEY comes back on each of its rows.
    Rows,
}

/// Prints each table's Spark DDL (`TABLE<TAB>DDL`), for readers of `--format rows`.
pub fn print_schema() -> Result<i32> {
    let mut out = std::io::stdout().lock();
    for t in isnad_parquet::TABLES {
        writeln!(out, "{t}\t{}", isnad_parquet::spark_ddl(t)?)?;
    }
    Ok(0)
}

enum Sink {
    Parquet(ParquetWriter),
    Rows(Box<dyn Write>),
}

/// One input item: its key (empty unless given) and the article or why it was skipped.
type Item = (String, Result<Article, String>);

/// An item analysed: its key and the article with its analysis, or why it was skipped.
type Analysed = (String, Result<(Article, Analysis), String>);

/// `isnad extract --format parquet|rows`.
pub fn extract(
    input: &Path,
    format: Format,
    output: Option<&Path>,
    crawled: Option<chrono::NaiveDate>,
    threads: usize,
    ctx: &crate::Ctx,
) -> Result<i32> {
    let ex = ctx.extractor()?;
    let mut sink = match format {
        Format::Parquet => {
            let Some(dir) = output else {
                bail!("--format parquet writes a folder: give it with -o DIR");
            };
            Sink::Parquet(ParquetWriter::create(dir)?)
        }
        Format::Rows => Sink::Rows(match output {
            Some(p) => Box::new(BufWriter::new(
                std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?,
            )),
            None => Box::new(BufWriter::new(std::io::stdout().lock())),
        }),
        Format::Json => unreachable!("isnad extract handles JSON itself"),
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;
    let mut seen: HashSet<String> = HashSet::new();
    let (mut done, mut bad, mut dup) = (0usize, 0usize, 0usize);
    let mut run_chunk = |chunk: Vec<Item>, sink: &mut Sink| -> Result<()> {
        let results: Vec<Analysed> = pool.install(|| {
            chunk
                .into_par_iter()
                .map(|(k, r)| {
                    let r = r.and_then(|a| prepare(a, crawled)).and_then(|a| {
                        ex.try_analyse(&a)
                            .map(|an| (a, an))
                            .map_err(|e| e.to_string())
                    });
                    (k, r)
                })
                .collect()
        });
        let mut tables = Tables::default();
        for (key, r) in results {
            match r {
                Ok((a, an)) => {
                    // An article met twice (same id and content) is one article, as in the store.
                    // (In rows, the engine keeps the first in its own order: every row goes out.)
                    if format == Format::Parquet && !seen.insert(Store::content_hash(&a)) {
                        dup += 1;
                        continue;
                    }
                    done += 1;
                    if key.is_empty() {
                        tables.add(&a, &an);
                    } else {
                        let mut one = Tables::default();
                        one.add(&a, &an);
                        write_keyed(sink, &one, &key)?;
                    }
                }
                Err(e) => {
                    bad += 1;
                    eprintln!(
                        "isnad extract: {key}{}skipped: {e}",
                        if key.is_empty() { "" } else { ": " }
                    );
                }
            }
        }
        if !tables.is_empty() {
            write_keyed(sink, &tables, "")?;
        }
        Ok(())
    };

    if input.as_os_str() == "-" || input.to_string_lossy().ends_with(".jsonl") {
        let reader: Box<dyn BufRead> = if input.as_os_str() == "-" {
            Box::new(BufReader::new(std::io::stdin().lock()))
        } else {
            Box::new(BufReader::with_capacity(
                1 << 20,
                std::fs::File::open(input)
                    .with_context(|| format!("opening {}", input.display()))?,
            ))
        };
        let mut chunk: Vec<Item> = Vec::new();
        let mut buf = Vec::new();
        let mut reader = reader;
        let mut line_no = 0usize;
        loop {
            let l = isnad_text::input::read_line(&mut reader, ctx.max_bytes, &mut buf)
                .with_context(|| format!("{}: reading line {}", input.display(), line_no + 1))?;
            let Some(l) = l else { break };
            line_no += 1;
            if l == isnad_text::input::Line::TooLong {
                chunk.push((
                    format!("line {line_no}"),
                    Err("line too long (--max-bytes)".into()),
                ));
                continue;
            }
            let line = match isnad_text::input::decode(std::mem::take(&mut buf)) {
                Ok(s) => s,
                Err(e) => {
                    chunk.push((format!("line {line_no}"), Err(e.to_string())));
                    continue;
                }
            };
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            let (key, json) = match line.trim_start().starts_with('{') {
                true => ("", line),
                false => line.split_once('\t').unwrap_or(("", line)),
            };
            let r = serde_json::from_str::<Article>(json)
                .map_err(|e| format!("line {line_no}: bad JSON: {e}"));
            chunk.push((key.to_string(), r));
            if chunk.len() >= 256 {
                run_chunk(std::mem::take(&mut chunk), &mut sink)?;
            }
        }
        run_chunk(chunk, &mut sink)?;
    } else {
        // Files and folders as `isnad ingest` reads them (JSONL, UnifiedFC JSON, article JSON, .txt).
        let mut chunk: Vec<Item> = Vec::new();
        for f in input_files(&[PathBuf::from(input)])? {
            let mut items = Vec::new();
            read_file(&f, &mut |r| items.push(r))?;
            for r in items {
                chunk.push((String::new(), r.map_err(|e| e.to_string())));
                if chunk.len() >= 256 {
                    run_chunk(std::mem::take(&mut chunk), &mut sink)?;
                }
            }
        }
        run_chunk(chunk, &mut sink)?;
    }
    match sink {
        Sink::Parquet(w) => {
            let counts = w.finish()?;
            let shown: Vec<String> = counts.iter().map(|(t, n)| format!("{t} {n}")).collect();
            eprintln!(
                "isnad extract: {done} articles ({dup} repeated, {bad} skipped) -> {}: {}",
                output.map(|p| p.display().to_string()).unwrap_or_default(),
                shown.join(", ")
            );
        }
        Sink::Rows(mut w) => w.flush()?,
    }
    Ok(if bad > 0 { 1 } else { 0 })
}

/// Writes rows; in `rows` format each line is `TABLE<TAB>KEY<TAB>JSON` (KEY may be empty).
fn write_keyed(sink: &mut Sink, t: &Tables, key: &str) -> Result<()> {
    match sink {
        Sink::Parquet(w) => w.write(t),
        Sink::Rows(w) => {
            let mut buf = Vec::new();
            t.write_rows(&mut buf)?;
            for line in buf.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
                let tab = line.iter().position(|b| *b == b'\t').unwrap_or(0);
                w.write_all(&line[..tab])?;
                w.write_all(b"\t")?;
                w.write_all(key.as_bytes())?;
                w.write_all(b"\t")?;
                w.write_all(&line[tab + 1..])?;
                w.write_all(b"\n")?;
            }
            Ok(())
        }
    }
}

/// `isnad export --format parquet -o DIR`: the stored articles' tables, and the store's
/// cross-article contradictions (scope `corpus`) after the in-article ones.
pub fn export(store: &Store, dir: &Path) -> Result<usize> {
    let mut w = ParquetWriter::create(dir)?;
    let mut t = Tables::default();
    let mut n = 0usize;
    store.for_each_article(|s| {
        t.add(&s.article, &s.analysis);
        n += 1;
        if t.articles.len() >= 256 {
            w.write(&t)?;
            t.clear();
        }
        Ok(())
    })?;
    t.contradictions.extend(store.corpus_contradictions()?);
    w.write(&t)?;
    let counts = w.finish()?;
    let shown: Vec<String> = counts.iter().map(|(t, n)| format!("{t} {n}")).collect();
    eprintln!("isnad export: {} -> {}", shown.join(", "), dir.display());
    Ok(n)
}
