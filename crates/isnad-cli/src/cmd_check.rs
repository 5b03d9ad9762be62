//! `isnad check "CLAIM"`: which stored statements support, contradict or discuss a claim.

use anyhow::Result;
use isnad_schema::Article;
use isnad_store::Store;

/// `writeln!` to standard output, with `?` (a closed pipe ends the command quietly, see `run`).
#[derive(clap::Args)]
pub struct Args {
    /// One claim sentence (Arabic).
    claim: String,
    /// The claim's date (YYYY-MM-DD), for matching events in time; default: any time.
    #[arg(long)]
    date: Option<String>,
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, ctx: &crate::Ctx) -> Result<()> {
    isnad_schema::validate::opt_date("--date", args.date.as_deref()).map_err(anyhow::Error::msg)?;
    let store = Store::open_read_only(ctx.db_path())?;
    let ex = ctx.extractor()?;
    let article = Article {
        id: "claim".into(),
        text: args.claim.clone(),
        published: args.date.clone(),
        ..Default::default()
    };
    let analysis = ex.try_analyse(&article)?;
    let res = store.check_analysis(&args.claim, analysis)?;
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&res)?);
        return Ok(());
    }
    let n: usize = res.groups.iter().map(|g| g.items.len()).sum();
    outln!("{n} statements in {} groups", res.groups.len());
    for g in &res.groups {
        outln!(
            "{} — {} {} ({})",
            g.stance.to_uppercase(),
            g.outlet.as_deref().unwrap_or("?"),
            g.party
                .as_deref()
                .map(|p| format!("[{p}]"))
                .unwrap_or_default(),
            g.items.len()
        );
        for s in g.items.iter().take(5) {
            let content: String = s.statement.content.text.chars().take(200).collect();
            outln!(
                "   {} {} ({} {}): «{content}»",
                s.statement.source.text,
                s.statement.cue.text,
                s.article_id,
                s.published.as_deref().unwrap_or("")
            );
        }
    }
    Ok(())
}
