//! `isnad`: Arabic conflict news in, checkable evidence out.

/// `println!` that returns the write error (a closed pipe ends the command quietly, see `main`).
macro_rules! outln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($t)*)?
    }};
}

mod cmd_check;
mod cmd_conflict;
mod cmd_contradictions;
mod cmd_demo;
mod cmd_export;
mod cmd_extract;
mod cmd_ingest;
mod cmd_search;
mod cmd_serve;
mod cmd_sources;
mod cmd_stance;
mod cmd_tables;
mod input;

use clap::{Parser, Subcommand};
use isnad_extract::{Extractor, Options};
use std::path::PathBuf;
use std::sync::OnceLock;

#[derive(Parser)]
#[command(
    name = "isnad",
    version,
    about = "Who said what, through whom: attribution, events and contradictions in Arabic news."
)]
struct Cli {
    /// A folder of extra lexicon files (same names and columns as lexicons/); repeatable.
    #[arg(long = "lexicon", global = true, value_name = "DIR")]
    lexicon: Vec<PathBuf>,
    /// A GeoNames dump (allCountries.txt, SY.txt) or curated gazetteer TSV to add; repeatable.
    #[arg(long = "gazetteer", global = true, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
    /// The store (SQLite file). Default: $ISNAD_DB, else $XDG_DATA_HOME/isnad/isnad.db.
    #[arg(long, global = true, env = "ISNAD_DB", value_name = "FILE")]
    db: Option<PathBuf>,
    /// Largest input accepted: one article file or one JSONL line, in bytes.
    #[arg(long, global = true, env = "ISNAD_MAX_BYTES", value_name = "BYTES",
          default_value_t = isnad_text::input::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Analyse articles and write isnad/1 JSON (one file, or JSONL on all cores).
    Extract(cmd_extract::Args),
    /// Analyse files, folders, JSONL or UnifiedFC JSON into the store (idempotent, resumable).
    Ingest(cmd_ingest::Args),
    /// Full-text search of stored articles (any clitic or spelling form of a word).
    Search(cmd_search::Args),
    /// Contradictions in and across stored articles, newest first.
    Contradictions(cmd_contradictions::Args),
    /// Which stored statements support, contradict or discuss a claim.
    Check(cmd_check::Args),
    /// Label claim/text pairs with agree / disagree / discuss / unrelated.
    Stance(cmd_stance::Args),
    /// Track record of each source and outlet (claims, contradicted, confirmed, A–E grade or - for too few claims).
    Sources(cmd_sources::Args),
    /// Export stored analyses: jsonl, acled-csv, plover-json, geojson, parquet.
    Export(cmd_export::Args),
    /// Decide candidate claim pairs (JSONL on stdin) with the store's cross-article policy.
    Conflict(cmd_conflict::Args),
    /// Serve the JSON API and the web page (map, timeline, contradiction board).
    Serve(cmd_serve::Args),
    /// Analyse the bundled sample articles into a fresh store and open the web page on it.
    Demo(cmd_demo::Args),
}

/// What every command may need, built on first use.
pub struct Ctx {
    pub(crate) opts: Options,
    pub(crate) db: Option<PathBuf>,
    pub(crate) max_bytes: u64,
    pub(crate) extractor: OnceLock<anyhow::Result<Extractor>>,
}

impl Ctx {
    pub fn extractor(&self) -> anyhow::Result<&Extractor> {
        self.extractor
            .get_or_init(|| Extractor::with_options(&self.opts))
            .as_ref()
            .map_err(|e| anyhow::anyhow!("{e:#}"))
    }

    /// The store file: `--db`, `$ISNAD_DB`, else `$XDG_DATA_HOME/isnad/isnad.db`
    /// (`~/.local/share/isnad/isnad.db`).
    pub fn db_path(&self) -> PathBuf {
        if let Some(p) = &self.db {
            return p.clone();
        }
        let base = std::env::var_os("XDG_DATA_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
            .unwrap_or_else(|| PathBuf::from("."));
        base.join("isnad").join("isnad.db")
    }
}

fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("ISNAD_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    isnad_extract::quiet_analysis_panics();
    let cli = Cli::parse();
    let ctx = Ctx {
        opts: Options {
            lexicon_dirs: cli.lexicon,
            gazetteer_files: cli.gazetteer,
            explain: false,
        },
        db: cli.db,
        max_bytes: cli.max_bytes,
        extractor: OnceLock::new(),
    };
    let res = match cli.cmd {
        Cmd::Extract(a) => cmd_extract::run(a, &ctx),
        Cmd::Ingest(a) => cmd_ingest::run(a, &ctx),
        Cmd::Search(a) => cmd_search::run(a, &ctx).map(|_| 0),
        Cmd::Contradictions(a) => cmd_contradictions::run(a, &ctx).map(|_| 0),
        Cmd::Check(a) => cmd_check::run(a, &ctx).map(|_| 0),
        Cmd::Stance(a) => cmd_stance::run(a, &ctx).map(|_| 0),
        Cmd::Sources(a) => cmd_sources::run(a, &ctx).map(|_| 0),
        Cmd::Export(a) => cmd_export::run(a, &ctx).map(|_| 0),
        Cmd::Conflict(a) => cmd_conflict::run(a),
        Cmd::Serve(a) => cmd_serve::run(a, &ctx).map(|_| 0),
        Cmd::Demo(a) => cmd_demo::run(a, &ctx).map(|_| 0),
    };
    match res {
        Ok(code) => std::process::exit(code),
        // `isnad … | head`: a closed pipe is not an error.
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            std::process::exit(0)
        }
        Err(e) => {
            eprintln!("isnad: {e:#}");
            std::process::exit(2);
        }
    }
}
