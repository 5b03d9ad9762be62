//! `isnad extract`: one article to one analysis, or JSONL to JSONL on all cores.

use crate::input::{blank_html, looks_like_html, read_text, refuse_overwrite, threads};
use crate::Ctx;
use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use isnad_extract::Extractor;
use isnad_schema::Article;
use isnad_text::input::{read_line, Line};
use rayon::prelude::*;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// The article text file (`-` for standard input); with --format parquet|rows, files and
    /// folders as `isnad ingest` reads them, or `-` for JSONL on standard input.
    #[arg(required_unless_present_any = ["jsonl", "print_schema"])]
    file: Option<PathBuf>,
    /// Read JSONL ({"id","text","published","outlet","url","title"} a line) and write JSONL.
    #[arg(long, conflicts_with = "file", value_name = "IN.jsonl")]
    jsonl: Option<PathBuf>,
    /// The article's id (default: the file name without extension).
    #[arg(long)]
    id: Option<String>,
    /// Publication date, YYYY-MM-DD: relative dates resolve against it.
    #[arg(long, value_name = "YYYY-MM-DD")]
    published: Option<String>,
    /// The outlet that published the article (the first link of every chain).
    #[arg(long)]
    outlet: Option<String>,
    #[arg(long)]
    url: Option<String>,
    #[arg(long)]
    title: Option<String>,
    /// Pretty-print the JSON.
    #[arg(long)]
    pretty: bool,
    /// Add to each proposition, claim and contradiction the ids of the rules that made it
    /// (`rules`; see ARCHITECTURE.md, "How to add a rule"). Off, the output has no such field.
    #[arg(long)]
    explain: bool,
    /// Blank out HTML markup (offsets stay those of the file). Done anyway when input looks like HTML.
    #[arg(long)]
    strip_html: bool,
    /// Write here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Worker threads for JSONL (default: all cores).
    #[arg(short = 'j', long)]
    threads: Option<usize>,
    /// json (isnad/1), parquet (one table per layer under -o DIR, see docs/PARQUET.md) or rows
    /// (one `TABLE<TAB>KEY<TAB>JSON` line per table row, for engines that pipe through isnad).
    #[arg(long, value_enum, default_value = "json")]
    format: crate::cmd_tables::Format,
    /// With --format parquet|rows: the day the pages were saved, as `isnad ingest --crawled`.
    #[arg(long, value_name = "DATE")]
    crawled: Option<chrono::NaiveDate>,
    /// Print each table's Spark schema (`TABLE<TAB>DDL`) and exit.
    #[arg(long)]
    print_schema: bool,
}

fn check_date(d: &Option<String>) -> anyhow::Result<()> {
    isnad_schema::validate::opt_date("--published", d.as_deref()).map_err(anyhow::Error::msg)
}

pub fn run(a: Args, ctx: &Ctx) -> anyhow::Result<i32> {
    check_date(&a.published)?;
    if a.explain {
        // The extractor is built on first use: build the explaining one first.
        let mut opts = ctx.opts.clone();
        opts.explain = true;
        let _ = ctx.extractor.set(Extractor::with_options(&opts));
    }
    if a.print_schema {
        return crate::cmd_tables::print_schema();
    }
    if a.format != crate::cmd_tables::Format::Json {
        let input = a
            .jsonl
            .as_ref()
            .or(a.file.as_ref())
            .expect("clap requires an input");
        let out = a.output.as_deref();
        return crate::cmd_tables::extract(
            input,
            a.format,
            out,
            a.crawled,
            threads(a.threads),
            ctx,
        );
    }
    if let Some(o) = &a.output {
        let inputs: Vec<&std::path::Path> = a
            .file
            .iter()
            .chain(a.jsonl.iter())
            .map(|p| p.as_path())
            .collect();
        refuse_overwrite(o, &inputs)?;
    }
    let out: Box<dyn Write> = match &a.output {
        Some(p) => {
            Box::new(std::fs::File::create(p).with_context(|| format!("creating {}", p.display()))?)
        }
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::new(out);
    if let Some(path) = &a.jsonl {
        return run_jsonl(path, &a, ctx, &mut out);
    }
    let path = a.file.clone().expect("clap requires FILE without --jsonl");
    let mut text = read_text(&path, ctx.max_bytes)?;
    let mut html_source = None;
    if a.strip_html || looks_like_html(&text) {
        if !a.strip_html {
            eprintln!(
                "isnad: {} looks like HTML; markup is blanked out (spans still index the file)",
                path.display()
            );
        }
        let blanked = blank_html(&text);
        html_source = Some(std::mem::replace(&mut text, blanked));
    }
    let id = a.id.clone().unwrap_or_else(|| {
        path.file_stem()
            .and_then(|s| s.to_str())
            .filter(|s| *s != "-")
            .unwrap_or("stdin")
            .to_string()
    });
    let article = Article {
        id,
        text,
        published: a.published.clone(),
        outlet: a.outlet.clone(),
        url: a.url.clone(),
        title: a.title.clone(),
    };
    let mut analysis = ctx.extractor()?.try_analyse(&article)?;
    if let Some(file) = &html_source {
        // Spans index the file; a span that crosses markup shows the markup in its text.
        analysis.retext(file);
    }
    if a.pretty {
        serde_json::to_writer_pretty(&mut out, &analysis)?;
    } else {
        serde_json::to_writer(&mut out, &analysis)?;
    }
    writeln!(out)?;
    out.flush()?;
    Ok(0)
}

/// Parses one JSONL line into an article, with a message that names what is wrong.
pub fn parse_line(line: &str) -> Result<Article, String> {
    let a: Article =
        serde_json::from_str(line).map_err(|e| format!("not an article object: {e}"))?;
    if a.id.trim().is_empty() {
        return Err("empty \"id\"".into());
    }
    isnad_schema::validate::opt_date("published", a.published.as_deref())?;
    Ok(a)
}

fn run_jsonl(path: &PathBuf, a: &Args, ctx: &Ctx, out: &mut impl Write) -> anyhow::Result<i32> {
    let ex = ctx.extractor()?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads(a.threads))
        .build()?;
    let mut reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        let f = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
        Box::new(BufReader::with_capacity(1 << 20, f))
    };
    let total = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    let pb = ProgressBar::new(total);
    pb.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} {msg} ({eta})",
        )
        .expect("valid template"),
    );
    let mut errors = 0usize;
    let mut done = 0usize;
    let started = std::time::Instant::now();
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    loop {
        // Read a chunk of lines, analyse it on all cores, write it in order.
        let mut chunk: Vec<(usize, Vec<u8>)> = Vec::with_capacity(512);
        let mut bytes = 0usize;
        while let Some(l) = read_line(&mut reader, ctx.max_bytes, &mut buf)
            .with_context(|| format!("{}: reading line {}", path.display(), line_no + 1))?
        {
            line_no += 1;
            if l == Line::TooLong {
                errors += 1;
                pb.suspend(|| {
                    eprintln!(
                        "isnad: {}:{line_no}: line longer than {} bytes (--max-bytes); line skipped",
                        path.display(),
                        ctx.max_bytes
                    )
                });
                continue;
            }
            bytes += buf.len() + 1;
            chunk.push((line_no, std::mem::take(&mut buf)));
            if chunk.len() >= 512 || bytes > 32 << 20 {
                break;
            }
        }
        if chunk.is_empty() {
            break;
        }
        let results: Vec<(usize, Result<String, String>)> = pool.install(|| {
            chunk
                .par_iter()
                .map(|(no, raw)| {
                    let r = std::str::from_utf8(raw)
                        .map_err(|e| {
                            format!("invalid UTF-8 at byte {} of the line", e.valid_up_to())
                        })
                        .and_then(|s| {
                            let s = s.trim_end_matches('\r');
                            if s.trim().is_empty() {
                                return Err(String::new());
                            }
                            parse_line(s.trim_start_matches('\u{FEFF}'))
                        })
                        .and_then(|art| {
                            ex.try_analyse(&art)
                                .map_err(|e| e.to_string())
                                .and_then(|an| {
                                    serde_json::to_string(&an).map_err(|e| e.to_string())
                                })
                        });
                    (*no, r)
                })
                .collect()
        });
        for (no, r) in results {
            match r {
                Ok(json) => {
                    writeln!(out, "{json}")?;
                    done += 1;
                }
                Err(e) if e.is_empty() => {}
                Err(e) => {
                    errors += 1;
                    pb.suspend(|| eprintln!("isnad: {}:{no}: {e}; line skipped", path.display()));
                }
            }
        }
        pb.inc(bytes as u64);
        let secs = started.elapsed().as_secs_f64().max(1e-9);
        pb.set_message(format!("{done} articles, {:.0}/s", done as f64 / secs));
    }
    out.flush()?;
    pb.finish_and_clear();
    if errors > 0 {
        eprintln!("isnad: {done} articles analysed, {errors} lines skipped");
        return Ok(1);
    }
    Ok(0)
}
