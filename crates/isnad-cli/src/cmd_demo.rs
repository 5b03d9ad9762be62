//! `isnad demo`: the bundled sample articles, analysed into a fresh store, then served.

use crate::Ctx;
use anyhow::Context as _;
use isnad_schema::Article;
use isnad_store::{ContradictionQuery, Store};
use rayon::prelude::*;

/// Articles written for isnad (see samples/README.md), compiled into the binary.
const SAMPLES: &str = include_str!("../../../samples/articles.jsonl");

#[derive(clap::Args)]
pub struct Args {
    /// Address for the web page.
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    addr: String,
    /// Only analyse and print the findings; do not start the server.
    #[arg(long)]
    no_serve: bool,
}

pub fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let articles: Vec<Article> = SAMPLES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()
        .context("bundled samples")?;
    // A fresh store of its own unless the user names one: the demo never touches real data.
    let path = match &ctx.db {
        Some(p) => p.clone(),
        None => {
            let p = std::env::temp_dir().join("isnad-demo.db");
            for ext in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{ext}", p.display()));
            }
            p
        }
    };
    let ex = ctx.extractor()?;
    let batch: Vec<_> = articles
        .par_iter()
        .map(|a| (a.clone(), ex.analyse(a)))
        .collect();
    let mut store = Store::open(&path)?;
    let report = store.ingest(&batch)?;
    let statements: usize = batch.iter().map(|(_, a)| a.statements.len()).sum();
    let events: usize = batch.iter().map(|(_, a)| a.propositions.len()).sum();
    println!(
        "isnad demo: {} sample articles analysed ({} new in {}), {statements} statements, {events} events",
        batch.len(),
        report.added,
        path.display()
    );
    let page = store.contradictions(&ContradictionQuery {
        limit: 50,
        ..Default::default()
    })?;
    println!("{} contradictions:", page.total);
    for c in &page.items {
        println!(
            "  [{}] {} ({}, {})",
            c.scope, c.explanation, c.kind, c.basis
        );
        for s in &c.sides {
            println!(
                "      {} ← {}: «{}»",
                s.outlet.as_deref().unwrap_or("?"),
                s.source_text,
                s.content_text
            );
        }
    }
    if args.no_serve {
        return Ok(());
    }
    println!("Open http://{}/ in a browser (Ctrl-C to stop).", args.addr);
    drop(store);
    let serve_ctx = crate::cmd_serve::Args::with_addr(&args.addr);
    let db = Ctx {
        opts: ctx.opts.clone(),
        db: Some(path),
        max_bytes: ctx.max_bytes,
        extractor: std::sync::OnceLock::new(),
    };
    crate::cmd_serve::run(serve_ctx, &db)
}
