//! `isnad contradictions`: stored contradictions, newest first, both sides with their chains.

use anyhow::Result;
use isnad_store::{ContradictionQuery, ContradictionSide, Store};

/// `writeln!` to standard output, with `?` (a closed pipe ends the command quietly, see `run`).
#[derive(clap::Args)]
pub struct Args {
    /// A place name (Arabic or English, any clitic form).
    #[arg(long)]
    place: Option<String>,
    /// A party code (SYR, RUS, ISIS, SDF, SYR.OPP …).
    #[arg(long)]
    party: Option<String>,
    /// From this date (YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    #[arg(long)]
    until: Option<String>,
    #[arg(long)]
    outlet: Option<String>,
    /// `corpus` (across articles) or `article` (inside one article); both by default.
    #[arg(long)]
    scope: Option<String>,
    #[arg(long, default_value_t = 20)]
    limit: usize,
    #[arg(long, default_value_t = 0)]
    offset: usize,
    #[arg(long)]
    json: bool,
}

fn side(label: &str, s: &ContradictionSide) -> Result<()> {
    let party = s
        .source_party
        .as_deref()
        .map(|p| format!(" [{p}]"))
        .unwrap_or_default();
    let via = if s.via.is_empty() {
        String::new()
    } else {
        format!(" via {}", s.via.join(" ← "))
    };
    outln!(
        "  {label} {}{party} {}{via} — {} {} ({})",
        s.source_text,
        s.cue_text.as_deref().unwrap_or(""),
        s.outlet.as_deref().unwrap_or("?"),
        s.published.as_deref().unwrap_or(""),
        s.article_id
    );
    let content: String = s.content_text.chars().take(240).collect();
    outln!("     «{content}»  [{} {}]", s.polarity, s.modality);
    Ok(())
}

pub fn run(args: Args, ctx: &crate::Ctx) -> Result<()> {
    use isnad_schema::validate;
    validate::opt_date("--since", args.since.as_deref()).map_err(anyhow::Error::msg)?;
    validate::opt_date("--until", args.until.as_deref()).map_err(anyhow::Error::msg)?;
    validate::scope(args.scope.as_deref()).map_err(anyhow::Error::msg)?;
    validate::paging(args.offset, args.limit).map_err(anyhow::Error::msg)?;
    let store = Store::open_read_only(ctx.db_path())?;
    let page = store.contradictions(&ContradictionQuery {
        place: args.place,
        party: args.party,
        since: args.since,
        until: args.until,
        outlet: args.outlet,
        scope: args.scope,
        offset: args.offset,
        limit: args.limit,
    })?;
    if args.json {
        outln!("{}", serde_json::to_string_pretty(&page)?);
        return Ok(());
    }
    outln!("{} contradictions", page.total);
    for c in &page.items {
        outln!(
            "#{} {} {} {} {} — {} ({}{})",
            c.id,
            c.date.as_deref().unwrap_or("----------"),
            c.place_name.as_deref().unwrap_or("?"),
            c.proposition_type,
            c.basis,
            c.kind,
            c.scope,
            c.party
                .as_deref()
                .map(|p| format!(", {p}"))
                .unwrap_or_default()
        );
        if !c.explanation.is_empty() {
            outln!("  {}", c.explanation);
        }
        side("A", &c.sides[0])?;
        side("B", &c.sides[1])?;
    }
    Ok(())
}
