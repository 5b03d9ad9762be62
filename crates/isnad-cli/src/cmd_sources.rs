//! `isnad sources`: each source's and outlet's track record, graded A–E or - for too few claims (README of isnad-store).

use anyhow::Result;
use isnad_store::{SourceQuery, Store};

/// `writeln!` to standard output, with `?` (a closed pipe ends the command quietly, see `run`).
#[derive(clap::Args)]
pub struct Args {
    /// One source's detail (its key as listed) instead of the list.
    key: Option<String>,
    /// Sources whose name contains this.
    #[arg(long)]
    q: Option<String>,
    #[arg(long)]
    party: Option<String>,
    #[arg(long)]
    outlet: Option<String>,
    #[arg(long, default_value_t = 30)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, ctx: &crate::Ctx) -> Result<()> {
    isnad_schema::validate::paging(args.offset, args.limit).map_err(anyhow::Error::msg)?;
    let store = Store::open_read_only(ctx.db_path())?;
    if let Some(key) = &args.key {
        let d = store.source(key)?;
        match d {
            Some(d) if args.json => outln!("{}", serde_json::to_string_pretty(&d)?),
            Some(d) => {
                outln!(
                    "{} ({}) grade {}",
                    d.row.name,
                    d.row.party.as_deref().unwrap_or("-"),
                    d.row.grade
                );
                outln!(
                    "  {} statements, {} claims, {} contradicted, {} confirmed; outlets: {}",
                    d.row.statements,
                    d.row.claims,
                    d.row.contradicted,
                    d.row.confirmed,
                    d.row.outlets.join(", ")
                );
                for c in &d.contradictions {
                    outln!(
                        "  contradiction #{} {} {}: {}",
                        c.id,
                        c.date.as_deref().unwrap_or(""),
                        c.basis,
                        c.explanation
                    );
                }
            }
            None => anyhow::bail!("no source {key:?}"),
        }
        return Ok(());
    }
    let page = store.sources(&SourceQuery {
        q: args.q,
        kind: None,
        merge: false,
        party: args.party,
        outlet: args.outlet,
        offset: args.offset,
        limit: args.limit,
    })?;
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&page)?);
        return Ok(());
    }
    outln!(
        "{} sources (grade: A reliable … E unreliable, - not enough data: fewer than 3 claims)",
        page.total
    );
    outln!("grade  claims  contra  confirm  stmts  party     source");
    for r in &page.items {
        outln!(
            "  {}    {:>6}  {:>6}  {:>7}  {:>5}  {:<8}  {}{}",
            r.grade,
            r.claims,
            r.contradicted,
            r.confirmed,
            r.statements,
            r.party.as_deref().unwrap_or("-"),
            r.name,
            if r.contradicted_by.is_empty() {
                String::new()
            } else {
                format!("  (contradicted by {})", r.contradicted_by.join(", "))
            }
        );
    }
    Ok(())
}
