//! `isnad export --format jsonl|acled-csv|plover-json|geojson`.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use anyhow::Result;
use isnad_store::export::{export, Format};
use isnad_store::Store;

#[derive(clap::Args)]
pub struct Args {
    /// jsonl (isnad/1 analyses), acled-csv (events, ACLED columns), plover-json, geojson (events
    /// with places), parquet (one table per layer under -o DIR, see docs/PARQUET.md).
    #[arg(long, default_value = "jsonl")]
    format: String,
    /// Write here instead of standard output (a folder for parquet).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: Args, ctx: &crate::Ctx) -> Result<()> {
    let store = Store::open_read_only(ctx.db_path())?;
    if args.format == "parquet" {
        let Some(dir) = &args.output else {
            anyhow::bail!("--format parquet writes a folder: give it with -o DIR");
        };
        crate::cmd_tables::export(&store, dir)?;
        return Ok(());
    }
    let format: Format = args.format.parse()?;
    let mut w: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(std::fs::File::create(p)?)),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let n = export(&store, format, &mut w)?;
    w.flush()?;
    eprintln!("isnad export: {n} records");
    Ok(())
}
