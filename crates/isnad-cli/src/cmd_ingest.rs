//! `isnad ingest PATH…`: analyse articles and add them to the store (idempotent, resumable).

use std::path::PathBuf;

use anyhow::Result;
use isnad_schema::{Analysis, Article};
use isnad_store::pipeline::{ingest_paths, IngestOptions};
use isnad_store::Store;

#[derive(clap::Args)]
pub struct Args {
    /// Files or folders: JSONL ({"id","text","published","outlet","url","title"} a line),
    /// UnifiedFC claim files (*.json with article[] and url[]), article JSON, plain .txt (id = file stem).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Articles per transaction (and per parallel extraction round).
    #[arg(long, default_value_t = 64)]
    batch: usize,
    /// Never draw the progress bar (it is only drawn when stderr is a terminal anyway).
    #[arg(long)]
    no_progress: bool,
    /// Recompute every cross-article contradiction afterwards (normally only touched buckets are).
    #[arg(long)]
    rematch: bool,
    /// The day the pages were saved (YYYY-MM-DD): for articles without a date, a date in the page
    /// text within a day of it is taken as the site's clock, not the publication date.
    #[arg(long, value_name = "DATE")]
    crawled: Option<chrono::NaiveDate>,
}

/// Exit status 1 when some input was skipped (everything else is stored all the same).
pub fn run(args: Args, ctx: &crate::Ctx) -> Result<i32> {
    let path = ctx.db_path();
    let mut store = Store::open(&path)?;
    let ex = ctx.extractor()?;
    let analyse =
        |a: &Article| -> Result<Analysis, String> { ex.try_analyse(a).map_err(|e| e.to_string()) };
    let opts = IngestOptions {
        batch_size: args.batch,
        progress: !args.no_progress,
        crawled: args.crawled,
        max_bytes: ctx.max_bytes,
    };
    let sum = ingest_paths(&mut store, &args.paths, &analyse, &opts, &mut |e| {
        eprintln!("isnad ingest: skipped {e}")
    })?;
    if args.rematch {
        let n = store.rematch_all()?;
        eprintln!("isnad ingest: rematched, {n} cross-article contradictions");
    }
    store.checkpoint()?;
    let r = &sum.report;
    eprintln!(
        "isnad ingest: {} added, {} already stored, {} replaced, {} bad, {} new cross-article contradictions in {:.1}s ({:.1} articles/s) -> {}",
        r.added,
        r.skipped,
        r.replaced,
        sum.errors.len(),
        r.contradictions,
        sum.seconds,
        r.added as f64 / sum.seconds.max(1e-3),
        path.display()
    );
    for (t, n) in store.stats()? {
        eprintln!("  {t}: {n}");
    }
    if !sum.errors.is_empty() {
        eprintln!(
            "isnad ingest: {} items skipped (listed above); everything else is stored",
            sum.errors.len()
        );
        return Ok(1);
    }
    Ok(0)
}
