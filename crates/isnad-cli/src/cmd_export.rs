//! `isnad export --format jsonl|acled-csv|plover-json|geojson`.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Result;
use isnad_store::export::{export, Format};
use isnad_store::Store;

#[derive(clap::Args)]
pub struct Args {
    /// jsonl (isnad/1 analyses), acled-csv (events, ACLED columns), plover-json, geojson (events with places).
    #[arg(long, default_value = "jsonl")]
    format: Format,
    /// Write here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args, ctx: &crate::Ctx) -> Result<()> {
    let store = Store::open_read_only(ctx.db_path())?;
    let mut w: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(std::fs::File::create(p)?)),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let n = export(&store, args.format, &mut w)?;
    w.flush()?;
    eprintln!("isnad export: {n} records");
    Ok(())
}
