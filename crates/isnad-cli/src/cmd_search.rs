//! `isnad search WORDS…`: full-text search that finds words in any folded, cliticised form.

use anyhow::Result;
use isnad_store::Store;

/// `writeln!` to standard output, with `?` (a closed pipe ends the command quietly, see `run`).
#[derive(clap::Args)]
pub struct Args {
    /// Words to find (all of them); «البوكمال» also finds «بالبوكمال» and «البو كمال».
    #[arg(required = true)]
    words: Vec<String>,
    #[arg(long, default_value_t = 20)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Print the page as JSON.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, ctx: &crate::Ctx) -> Result<()> {
    isnad_schema::validate::paging(args.offset, args.limit).map_err(anyhow::Error::msg)?;
    let store = Store::open_read_only(ctx.db_path())?;
    let page = store.search(&args.words.join(" "), args.offset, args.limit)?;
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&page)?);
        return Ok(());
    }
    outln!("{} articles", page.total);
    for h in &page.items {
        outln!(
            "{}  {}  {}  ({} matches)\n    {}",
            h.article_id,
            h.published.as_deref().unwrap_or("----------"),
            h.outlet.as_deref().unwrap_or("?"),
            h.spans.len(),
            h.snippet
        );
    }
    Ok(())
}
