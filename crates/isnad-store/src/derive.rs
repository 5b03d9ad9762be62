//! From one (Article, Analysis) to the rows of every table.

use std::collections::HashMap;

use anyhow::Result;
use isnad_schema::{Analysis, Article, Claim, Entity, Proposition, Statement};
use isnad_text::{fold, tokens, Normalized};
use rusqlite::{params, Transaction};

use crate::rule::{bucket_key, claim_views, ClaimView};
use crate::{dates, fts, ContradictionSide};

/// Who stands behind a statement: (key, display name, canonical, party).
pub(crate) struct SourceInfo {
    pub key: String,
    pub name: String,
    pub canonical: Option<String>,
    pub party: Option<String>,
}

fn folded_words(s: &str) -> String {
    let n = Normalized::new(s);
    let f = n.folded();
    tokens(&n)
        .iter()
        .map(|t| t.stem_text(f))
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn statement_source(a: &Analysis, s: &Statement) -> SourceInfo {
    let ent = s.source.entity.as_deref().and_then(|id| a.entity(id));
    let canonical = ent.and_then(|e| e.canonical.clone());
    let party = ent
        .and_then(|e| e.actor.as_ref())
        .and_then(|x| x.party.clone());
    let key = match (&canonical, ent.and_then(|e| e.actor.as_ref())) {
        (Some(c), _) => c.clone(),
        (None, Some(actor)) if !actor.id.is_empty() => {
            format!("{}: {}", actor.id, folded_words(&s.source.text))
        }
        _ => folded_words(&s.source.text),
    };
    SourceInfo {
        key,
        name: canonical.clone().unwrap_or_else(|| s.source.text.clone()),
        canonical,
        party,
    }
}

pub(crate) fn author_source(article: &Article) -> SourceInfo {
    let outlet = article.outlet.clone().unwrap_or_else(|| "?".into());
    SourceInfo {
        key: format!("outlet:{outlet}"),
        name: outlet,
        canonical: None,
        party: None,
    }
}

pub(crate) fn place_key(e: &Entity) -> String {
    if let Some(id) = e.place.as_ref().and_then(|p| p.geonames_id) {
        return format!("g{id}");
    }
    if let Some(c) = &e.canonical {
        return format!("c:{}", fold(c));
    }
    format!("t:{}", folded_words(&e.text))
}

/// Folded names a place filter may match: the mention's stems, canonical and gazetteer names.
pub(crate) fn place_match(e: &Entity) -> String {
    let mut v = vec![folded_words(&e.text)];
    v.extend(e.canonical.as_deref().map(fold));
    v.extend(e.place.as_ref().and_then(|p| p.name.as_deref()).map(fold));
    v.join("|")
}

/// `|P|Q|`: the agent parties and the source's party, for party filters.
pub(crate) fn parties_field(parts: impl IntoIterator<Item = String>) -> String {
    let mut v: Vec<String> = parts.into_iter().filter(|p| !p.is_empty()).collect();
    v.sort();
    v.dedup();
    format!("|{}|", v.join("|"))
}

pub(crate) fn place_name(e: &Entity) -> String {
    e.canonical
        .clone()
        .or_else(|| e.place.as_ref().and_then(|p| p.name.clone()))
        .unwrap_or_else(|| e.text.clone())
}

/// The window an undated claim is keyed with.
pub(crate) const UNDATED: (&str, &str) = ("0000-01-01", "9999-12-31");

/// Widest date window (days) of a claim that is matched across articles.
pub const MAX_WINDOW_DAYS: i64 = 14;

/// Matching buckets of a claim: `family|place|party` (`isnad_claims::bucket_key` plus each agent
/// party). A claim without a known place or agent party gets none and is not matched across
/// articles: "someone did something somewhere" matches too much. Dates are compared in SQL,
/// compatibility by the shared rule.
pub(crate) fn buckets(v: &ClaimView) -> Vec<String> {
    let Some(key) = bucket_key(v) else {
        return vec![];
    };
    // "Early 2014" or "this year" cannot pin two reports to the same event: only claims dated
    // to within two weeks are compared across articles.
    if v.date
        .is_some_and(|(a, b)| (b - a).num_days() > MAX_WINDOW_DAYS)
    {
        return vec![];
    }
    v.agent_parties
        .iter()
        .map(|p| format!("{key}|{p}"))
        .collect()
}

/// Whether a URL is a listing of other pages (search results, a tag, a category or label
/// page), not an article.
pub(crate) fn listing_page(url: Option<&str>) -> bool {
    let Some(u) = url else { return false };
    let u = u.to_lowercase();
    let rest = u.split_once("://").map_or(u.as_str(), |x| x.1);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    path.split('/').skip(1).any(|seg| {
        matches!(
            seg,
            "search"
                | "search.php"
                | "tag"
                | "tags"
                | "category"
                | "categories"
                | "label"
                | "itemlist"
        )
    }) || query
        .split('&')
        .any(|kv| kv.starts_with("q=") || kv.starts_with("s=") || kv.starts_with("tag="))
}

/// Whether a place is precise enough to compare events across articles: a whole country
/// (a gazetteer place without an admin1) is not.
pub(crate) fn specific_place(e: &Entity) -> bool {
    match &e.place {
        Some(p) if p.geonames_id.is_some() => p.admin1.is_some(),
        _ => true,
    }
}

/// Words that make a place mention a region around it (ريف إدلب is not the city of Idlib).
const AROUND: &[&str] = &[
    "ريف",
    "ارياف",
    "محافظه",
    "اطراف",
    "محيط",
    "ضواحي",
    "اقليم",
    "ولايه",
    "جنوب",
    "شمال",
    "شرق",
    "غرب",
];

/// Whether a claim's place can identify its event across articles: the place is named in the
/// trigger's own sentence (not a place resolved from a pronoun or met elsewhere), and it is not a
/// region around a place (ريف، محافظة، أطراف …), where many different events happen.
pub(crate) fn local_place(n: &Normalized, e: &Entity, trigger: usize) -> bool {
    let (_, [s0, s1]) = sentence_at(n, trigger);
    if e.span[0] < s0 || e.span[1] > s1 {
        return false;
    }
    // The word before the mention and the mention's own first word.
    // By the code-point index, not by walking the text: that made ingest quadratic in size.
    let before = n.orig_text(s0, e.span[0].max(s0));
    let prev = before
        .split_whitespace()
        .last()
        .map(fold)
        .unwrap_or_default();
    let first = e
        .text
        .split_whitespace()
        .next()
        .map(fold)
        .unwrap_or_default();
    let strip = |w: &str| -> String {
        let w = w.strip_prefix('و').unwrap_or(w);
        let w = w
            .strip_prefix("بال")
            .or_else(|| w.strip_prefix("ال"))
            .or_else(|| w.strip_prefix("لل"))
            .or_else(|| w.strip_prefix('ب'))
            .or_else(|| w.strip_prefix('ل'))
            .unwrap_or(w);
        w.strip_suffix('ي').unwrap_or(w).to_string()
    };
    ![prev, first]
        .iter()
        .any(|w| AROUND.contains(&strip(w).as_str()) || AROUND.contains(&w.as_str()))
}

/// A folded word without its conjunction, preposition and article (وبالسيطرة → سيطره).
fn bare(w: &str) -> &str {
    let w = w
        .strip_prefix('و')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    for p in ["بال", "وال", "لل", "ال", "ب", "ل"] {
        if let Some(r) = w.strip_prefix(p).filter(|r| r.chars().count() >= 3) {
            return r;
        }
    }
    w
}

/// Whether a denial names the event at the head of what it denies (نفت الوزارة سيطرة النظام
/// على …، تنفي انسحاب …، نفت شن طائراتها ضربات …): the event word is among the first four words
/// of the denied content, and not as the cause of something else (نفت مقتل مدنيين جراء غاراتها
/// denies the deaths, not the raids) nor as the verb of a new clause (… نفته موسكو واتفق …).
pub(crate) fn explicit_denial(content: &str, trigger: &str) -> bool {
    let Some(t) = trigger.split_whitespace().next().map(fold) else {
        return false;
    };
    if t.starts_with('و') || t.starts_with('ف') {
        return false;
    }
    // ة (folded ه) becomes ت before a suffix: سيطرة / سيطرتها share سيطر.
    let cut = |w: &str| -> String {
        let w = bare(w);
        w.strip_suffix('ه').unwrap_or(w).to_string()
    };
    let stem = cut(&t);
    if stem.chars().count() < 3 {
        return false;
    }
    let words: Vec<String> = content
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_alphanumeric()))
        .take(4)
        .map(fold)
        .collect();
    const CAUSE: &[&str] = &["جراء", "بسبب", "اثر", "نتيجه", "بفعل"];
    for w in &words {
        let b = cut(w);
        if b.starts_with(stem.as_str()) || (b.chars().count() >= 3 && stem.starts_with(b.as_str()))
        {
            return true;
        }
        if CAUSE.contains(&w.as_str()) {
            return false;
        }
    }
    false
}

/// "SOURCE (OUTLET) says/denies that DESCRIPTION": one side of a cross-article explanation.
fn summary(article: &Article, a: &Analysis, c: &Claim, p: &Proposition) -> String {
    let verb = match (c.polarity.as_str(), c.modality.as_str()) {
        ("deny", _) => "denies that",
        (_, "failed") => "says it failed:",
        (_, "planned") | (_, "intended") => "says it is planned:",
        (_, "possible") => "says it may be that",
        _ => "says that",
    };
    format!(
        "{} ({}) {verb} {}",
        isnad_claims::source_name(a, c),
        article.outlet.as_deref().unwrap_or("?"),
        isnad_claims::describe(a, p)
    )
}

/// The sentence around an original code-point offset, as (text, span).
fn sentence_at(n: &Normalized, cp: usize) -> (String, [usize; 2]) {
    let pos = n.folded_pos(cp);
    if let Some(s) = n.sentence_at(pos) {
        let (a, b) = n.orig_span(s.start, s.end);
        return (n.orig_text(a, b).to_string(), [a, b]);
    }
    (String::new(), [cp, cp])
}

pub(crate) fn side(
    article: &Article,
    a: &Analysis,
    n: &Normalized,
    c: &Claim,
    p: &Proposition,
) -> (ContradictionSide, SourceInfo) {
    let stmt = a.statement(&c.by);
    let mut side = ContradictionSide {
        article_id: article.id.clone(),
        outlet: article.outlet.clone(),
        published: article.published.clone(),
        url: article.url.clone(),
        polarity: c.polarity.clone(),
        modality: c.modality.clone(),
        ..Default::default()
    };
    let info = match stmt {
        Some(s) => {
            let info = statement_source(a, s);
            side.statement_id = Some(s.id.clone());
            side.source_text = s.source.text.clone();
            side.source_canonical = info.canonical.clone();
            side.source_party = info.party.clone();
            side.cue_text = Some(s.cue.text.clone());
            side.stance = Some(s.cue.stance.clone());
            side.content_text = s.content.text.clone();
            side.content_span = s.content.span;
            side.source_span = Some(s.source.span);
            side.cue_span = Some(s.cue.span);
            side.via = s.via.iter().map(|v| v.text.clone()).collect();
            side.medium = s.medium.as_ref().map(|m| m.text.clone());
            side.explicit_denial = c.polarity == "deny"
                && s.cue.stance == "deny"
                && explicit_denial(&s.content.text, &p.trigger.text);
            info
        }
        None => {
            let info = author_source(article);
            side.source_text = article
                .outlet
                .clone()
                .unwrap_or_else(|| "(the article)".into());
            let (t, sp) = sentence_at(n, p.trigger.span[0]);
            side.content_text = t;
            side.content_span = sp;
            info
        }
    };
    (side, info)
}

/// A short hash of a text (whitespace-insensitive), to recognise copies of one page.
pub(crate) fn text_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for w in text.split_whitespace() {
        h.update(w.as_bytes());
        h.update(b" ");
    }
    h.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What the store keeps of one claim (its `claims` row and `claim_keys`), computed once for the
/// store and for [`crate::cross::cross_claims`]. `None` for a claim without proposition or view.
pub(crate) struct ClaimParts {
    pub claim_id: String,
    pub pid: String,
    /// The proposition type.
    pub kind: String,
    pub view: ClaimView,
    pub side: ContradictionSide,
    pub info: SourceInfo,
    pub place: Option<String>,
    pub pmatch: String,
    pub d0: Option<String>,
    pub d1: Option<String>,
    pub summary: String,
    /// The matching buckets (none for a listing page, or a claim that cannot be matched).
    pub keys: Vec<String>,
    /// The window the keys are matched with.
    pub k0: String,
    pub k1: String,
    /// Whether the side is stored (the claim can be in a contradiction).
    pub keep_side: bool,
}

pub(crate) fn claim_parts(
    article: &Article,
    a: &Analysis,
    n: &Normalized,
    views: &HashMap<String, ClaimView>,
    c: &Claim,
) -> Option<ClaimParts> {
    let p = a.proposition(&c.proposition)?;
    let mut view = views.get(&c.id).cloned()?;
    if !p
        .place
        .as_deref()
        .and_then(|id| a.entity(id))
        .is_some_and(specific_place)
    {
        view.place_key = None;
    }
    let (mut side, info) = side(article, a, n, c, p);
    side.local_place = p
        .place
        .as_deref()
        .and_then(|id| a.entity(id))
        .is_some_and(|e| local_place(n, e, p.trigger.span[0]));
    let in_article = a.contradictions.iter().any(|x| x.claims.contains(&c.id));
    let keep_side = in_article || !buckets(&view).is_empty();
    let place_ent = p.place.as_deref().and_then(|id| a.entity(id));
    let place = place_ent.map(place_name);
    let pmatch = place_ent.map(place_match).unwrap_or_default();
    let (d0, d1) = match view.date {
        Some((x, y)) => (Some(x.to_string()), Some(y.to_string())),
        None => (None, None),
    };
    // An undated claim is matched too (with any date), but only an explicit denial can make
    // a contradiction of it (see `cross::decide`).
    let (k0, k1) = match (&d0, &d1) {
        (Some(x), Some(y)) => (x.clone(), y.clone()),
        _ => (UNDATED.0.to_string(), UNDATED.1.to_string()),
    };
    // A search, tag or category page strings snippets of many days together: its
    // claims cannot be placed in time, so they are not matched across articles.
    let keys = if listing_page(article.url.as_deref()) {
        vec![]
    } else {
        buckets(&view)
    };
    Some(ClaimParts {
        claim_id: c.id.clone(),
        pid: p.id.clone(),
        kind: p.kind.clone(),
        summary: summary(article, a, c, p),
        view,
        side,
        info,
        place,
        pmatch,
        d0,
        d1,
        keys,
        k0,
        k1,
        keep_side,
    })
}

/// Inserts one article and everything derived from it; returns the rids of its claims.
pub(crate) fn insert_article(
    tx: &Transaction,
    article: &Article,
    a: &Analysis,
    hash: &str,
) -> Result<Vec<i64>> {
    let published = article.published.as_deref();
    let analysis_json = crate::encode_analysis(a)?;
    tx.prepare_cached(
        "INSERT INTO articles (id, hash, outlet, published, url, title, text, analysis, n_statements, n_events, n_contradictions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        article.id,
        hash,
        article.outlet,
        article.published,
        article.url,
        article.title,
        article.text,
        analysis_json,
        a.statements.len() as i64,
        a.propositions.len() as i64,
        a.contradictions.len() as i64
    ])?;
    let rid = tx.last_insert_rowid();

    let (body, comp) = fts::index_columns(&article.text);
    tx.prepare_cached("INSERT INTO fts (rowid, body, compounds) VALUES (?1, ?2, ?3)")?
        .execute(params![rid, body, comp])?;

    for s in &a.statements {
        let info = statement_source(a, s);
        tx.prepare_cached(
            "INSERT INTO statements (article, sid, source_key, source_name, source_canonical, party, outlet, published, stance, json)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?
        .execute(params![
            rid,
            s.id,
            info.key,
            info.name,
            info.canonical,
            info.party,
            article.outlet,
            article.published,
            s.cue.stance,
            serde_json::to_string(s)?
        ])?;
    }

    for p in &a.propositions {
        let place = p.place.as_deref().and_then(|id| a.entity(id));
        let pl = place.and_then(|e| e.place.clone()).unwrap_or_default();
        let time = p.time.as_deref().and_then(|id| a.time(id));
        let date = dates::window(time.and_then(|t| t.value.as_deref()), published)
            .map(|(d0, _)| d0.to_string());
        let mut parties: Vec<String> = p
            .actors
            .iter()
            .filter_map(|r| {
                r.party.clone().or_else(|| {
                    a.entity(r.entity.as_deref()?)?
                        .actor
                        .as_ref()?
                        .party
                        .clone()
                })
            })
            .collect();
        parties.dedup();
        let actors: Vec<String> = p
            .actors
            .iter()
            .filter_map(|r| match r.entity.as_deref().and_then(|id| a.entity(id)) {
                Some(e) => Some(e.canonical.clone().unwrap_or_else(|| e.text.clone())),
                // a party named only by an adjective (غارات روسية)
                None => r.party.clone(),
            })
            .collect();
        let killed: f64 = p
            .quantities
            .iter()
            .filter_map(|q| a.quantity(q))
            .filter(|q| q.of.as_deref() == Some("killed"))
            .map(|q| q.value)
            .sum();
        let n_claims = a.claims.iter().filter(|c| c.proposition == p.id).count();
        // The extractor's ACLED code, else the type's default (none for states like control).
        let acled = p
            .acled
            .clone()
            .or_else(|| isnad_claims::acled_opt(&p.kind))
            .filter(|x| !x.event_type.is_empty());
        tx.prepare_cached(
            "INSERT INTO events (article, pid, kind, acled_type, acled_sub, plover, date, place_key, place_name, lat, lon, country, admin1,
                                 parties, actors, outlet, published, url, trigger, claims, fatalities)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
        )?
        .execute(params![
            rid,
            p.id,
            p.kind,
            acled.as_ref().map(|x| x.event_type.clone()),
            acled.as_ref().map(|x| x.sub_event_type.clone()),
            p.plover.clone().or_else(|| isnad_claims::plover(&p.kind).map(String::from)),
            date,
            place.map(place_key),
            place.map(place_name),
            pl.lat,
            pl.lon,
            pl.country,
            pl.admin1,
            serde_json::to_string(&parties)?,
            serde_json::to_string(&actors)?,
            article.outlet,
            article.published,
            article.url,
            serde_json::to_string(&p.trigger)?,
            n_claims as i64,
            (killed > 0.0).then_some(killed),
        ])?;
    }

    let n = Normalized::new(&article.text);
    let doc = text_hash(&article.text);
    let views: HashMap<String, ClaimView> = claim_views(a).into_iter().collect();
    let mut claim_rids: HashMap<&str, i64> = HashMap::new();
    let mut out = Vec::new();
    for c in &a.claims {
        let Some(ClaimParts {
            claim_id: _,
            pid,
            kind,
            view,
            side,
            info,
            place,
            pmatch,
            d0,
            d1,
            summary,
            keys,
            k0,
            k1,
            keep_side,
        }) = claim_parts(article, a, &n, &views, c)
        else {
            continue;
        };
        // The side shown in contradiction listings is kept only for claims that can be in one
        // (bucketed, or in one of the article's own contradictions); others are rebuilt on demand.
        let side_json = if keep_side {
            serde_json::to_string(&side)?
        } else {
            String::new()
        };
        tx.prepare_cached(
            "INSERT INTO claims (article, cid, pid, kind, polarity, modality, source_key, source_name, party, outlet, place_name, place_match, d0, d1, view, side, summary)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
        )?
        .execute(params![
            rid,
            c.id,
            pid,
            kind,
            c.polarity,
            c.modality,
            info.key,
            info.name,
            info.party,
            article.outlet,
            place,
            pmatch,
            d0,
            d1,
            serde_json::to_string(&view)?,
            side_json,
            summary
        ])?;
        let crid = tx.last_insert_rowid();
        claim_rids.insert(c.id.as_str(), crid);
        out.push(crid);
        for b in keys {
            tx.prepare_cached("INSERT INTO claim_keys (bucket, d0, d1, claim, article, doc) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?
                .execute(params![b, k0, k1, crid, rid, doc])?;
        }
    }

    for x in &a.contradictions {
        let (Some(&ca), Some(&cb)) = (
            claim_rids.get(x.claims[0].as_str()),
            claim_rids.get(x.claims[1].as_str()),
        ) else {
            continue;
        };
        let claim = a.claim(&x.claims[0]);
        let p = claim.and_then(|c| a.proposition(&c.proposition));
        let place_ent = p
            .and_then(|p| p.place.as_deref())
            .and_then(|id| a.entity(id));
        let place = place_ent.map(place_name);
        let pmatch = place_ent.map(place_match).unwrap_or_default();
        let mut parties: Vec<String> = x
            .claims
            .iter()
            .filter_map(|id| a.claim(id))
            .filter_map(|c| a.claim_party(c).map(String::from))
            .collect();
        if let Some(p) = p {
            parties.extend(p.actors.iter().filter_map(|r| r.party.clone()));
        }
        parties.extend(x.party.clone());
        let date = p
            .and_then(|p| p.time.as_deref())
            .and_then(|id| a.time(id))
            .and_then(|t| dates::window(t.value.as_deref(), published))
            .or_else(|| dates::window(None, published))
            .map(|w| w.0.to_string());
        tx.prepare_cached(
            "INSERT OR IGNORE INTO contradictions (scope, a, b, kind, basis, party, explanation, date, place_name, proposition_type, place_match, parties)
             VALUES ('article', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?
        .execute(params![
            ca.min(cb),
            ca.max(cb),
            x.kind,
            x.basis,
            x.party,
            x.explanation,
            date,
            place,
            p.map(|p| p.kind.clone()).unwrap_or_default(),
            pmatch,
            parties_field(parties)
        ])?;
    }
    Ok(out)
}

pub(crate) fn delete_article(tx: &Transaction, rid: i64) -> Result<()> {
    tx.execute(
        "DELETE FROM contradictions WHERE a IN (SELECT rid FROM claims WHERE article = ?1) OR b IN (SELECT rid FROM claims WHERE article = ?1)",
        [rid],
    )?;
    tx.execute(
        "DELETE FROM confirmations WHERE a IN (SELECT rid FROM claims WHERE article = ?1) OR b IN (SELECT rid FROM claims WHERE article = ?1)",
        [rid],
    )?;
    for t in ["claim_keys", "claims", "statements", "events"] {
        tx.execute(&format!("DELETE FROM {t} WHERE article = ?1"), [rid])?;
    }
    tx.execute("DELETE FROM fts WHERE rowid = ?1", [rid])?;
    tx.execute("DELETE FROM articles WHERE rid = ?1", [rid])?;
    Ok(())
}

#[cfg(test)]
mod cross_tests {
    use super::*;

    #[test]
    fn listing_pages_are_recognised_by_their_url() {
        for u in [
            "http://www.example.net/search.php?q=%20abc",
            "https://example.com/ar/tags/abc",
            "http://example.com/archives/tag/abc/",
            "http://blog.example.im/search/label/abc",
            "http://example.com/category/news/",
            "https://example.com/?s=abc",
        ] {
            assert!(listing_page(Some(u)), "{u}");
        }
        for u in [
            "https://example.com/news/2017/11/13/abc",
            "http://example.com/tagreed-story",
            "http://orient-news.net/",
        ] {
            assert!(!listing_page(Some(u)), "{u}");
        }
        assert!(!listing_page(None));
    }

    #[test]
    fn explicit_denials_name_the_event_they_deny() {
        assert!(explicit_denial(
            "سيطرة قوات النظام على مطار أبو الظهور",
            "سيطرة"
        ));
        assert!(explicit_denial("سيطرتها على المطار", "السيطرة"));
        assert!(explicit_denial(
            "شن طائراتها الحربية ضربات عنيفة في إدلب",
            "ضربات جوية"
        ));
        assert!(explicit_denial(
            "صحة الأنباء عن انسحاب القوات من البلدة",
            "انسحاب"
        ));
        // the deaths are denied, not the raids that caused them
        assert!(!explicit_denial("مقتل مدنيين جراء غاراتها", "غارات"));
        // the event word of a new clause after a pronoun object (… نفته موسكو واتفق …)
        assert!(!explicit_denial(
            "واتفق التحالف وروسيا على خط فض اشتباك",
            "واتفق"
        ));
        // too far from the head of what is denied
        assert!(!explicit_denial(
            "في 12 نوفمبر أنباء أشارت إلى استعادة التنظيم سيطرته على المدينة",
            "سيطرته"
        ));
        assert!(!explicit_denial("", "سيطرة"));
    }

    fn place(text: &str, needle: &str) -> Entity {
        let b = text.find(needle).unwrap();
        let s = text[..b].chars().count();
        Entity {
            id: "e1".into(),
            text: needle.into(),
            span: [s, s + needle.chars().count()],
            kind: "GPE".into(),
            canonical: None,
            actor: None,
            place: None,
            nominal: false,
        }
    }

    #[test]
    fn a_place_identifies_an_event_when_named_in_its_sentence() {
        let text = "سيطرت القوات على مدينة البوكمال. وقصفت الطائرات ريف إدلب أمس.";
        let n = Normalized::new(text);
        let trig = |w: &str| text[..text.find(w).unwrap()].chars().count();
        let bukamal = place(text, "البوكمال");
        assert!(local_place(&n, &bukamal, trig("سيطرت")));
        // named in another sentence
        assert!(!local_place(&n, &bukamal, trig("وقصفت")));
        // the countryside around a city is not the city
        let idlib = place(text, "إدلب");
        assert!(!local_place(&n, &idlib, trig("وقصفت")));
    }
}
