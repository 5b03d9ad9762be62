//! Cross-article matching and every read query of the store.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::Result;
use isnad_schema::{Analysis, Cue, SpanRef, Statement};
use isnad_text::fold;
use rusqlite::functions::FunctionFlags;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::cross::{decide, CrossClaim, Decision};
use crate::derive::{buckets, UNDATED};
use crate::rule::{confirms, conflict, ClaimView};
use crate::*;

pub(crate) fn register_functions(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "isnad_fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let s: Option<String> = ctx.get(0)?;
            Ok(s.map(|s| fold(&s)))
        },
    )?;
    Ok(())
}

/// A filter string folded and clitic-stripped the way `place_match` is.
fn folded_query(s: &str) -> String {
    let n = isnad_text::Normalized::new(s);
    let f = n.folded();
    isnad_text::tokens(&n)
        .iter()
        .map(|t| t.stem_text(f))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A stored claim as cross-article matching sees it: its rids and its [`CrossClaim`].
pub(crate) struct ClaimRec {
    pub rid: i64,
    pub article: i64,
    pub c: CrossClaim,
}

pub(crate) fn load_claim(conn: &Connection, rid: i64) -> Result<Option<ClaimRec>> {
    Ok(conn
        .prepare_cached(
            "SELECT rid, article, view, party, source_key, source_name, outlet, place_name, place_match, d0, summary,
                    json_extract(NULLIF(side, ''), '$.content_span'),
                    json_extract(NULLIF(side, ''), '$.content_text'),
                    (SELECT doc FROM claim_keys k WHERE k.claim = claims.rid LIMIT 1),
                    json_extract(NULLIF(side, ''), '$.explicit_denial'),
                    json_extract(NULLIF(side, ''), '$.local_place'),
                    cid, d1,
                    (SELECT group_concat(bucket, char(10)) FROM claim_keys k WHERE k.claim = claims.rid),
                    (SELECT d0 FROM claim_keys k WHERE k.claim = claims.rid LIMIT 1),
                    (SELECT d1 FROM claim_keys k WHERE k.claim = claims.rid LIMIT 1)
             FROM claims WHERE rid = ?1",
        )?
        .query_row([rid], |r| {
            let view: String = r.get(2)?;
            let view = serde_json::from_str(&view).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(e))
            })?;
            let outlet: Option<String> = r.get(6)?;
            let content = r.get::<_, Option<String>>(12)?.unwrap_or_default();
            let doc = r.get::<_, Option<String>>(13)?.unwrap_or_default();
            // The same words from the same outlet are one passage, whichever page carries them
            // (a sidebar headline repeated on many pages of a site).
            let passage = crate::cross::passage(
                outlet.as_deref(),
                &content,
                &r.get::<_, Option<String>>(13)?
                    .unwrap_or_else(|| r.get::<_, i64>(1).unwrap_or(0).to_string()),
                &r.get::<_, Option<String>>(11)?.unwrap_or_default(),
            );
            let keys = r.get::<_, Option<String>>(18)?.unwrap_or_default();
            Ok(ClaimRec {
                rid: r.get(0)?,
                article: r.get(1)?,
                c: CrossClaim {
                    article_id: String::new(),
                    claim_id: r.get(16)?,
                    view,
                    party: r.get(3)?,
                    source_key: r.get(4)?,
                    source_name: r.get(5)?,
                    outlet,
                    place_name: r.get(7)?,
                    place_match: r.get(8)?,
                    d0: r.get(9)?,
                    d1: r.get(17)?,
                    summary: r.get(10)?,
                    content,
                    passage,
                    doc,
                    keys: keys.split('\n').filter(|k| !k.is_empty()).map(String::from).collect(),
                    k0: r.get::<_, Option<String>>(19)?.unwrap_or_default(),
                    k1: r.get::<_, Option<String>>(20)?.unwrap_or_default(),
                    explicit_denial: r.get::<_, Option<i64>>(14)?.unwrap_or(0) != 0,
                    local_place: r.get::<_, Option<i64>>(15)?.unwrap_or(0) != 0,
                },
            })
        })
        .optional()?)
}

/// Matches each claim against the stored claims in its buckets with an overlapping time window,
/// pairing it only with claims of other articles and lower rid (so each pair is seen once and a
/// batch costs what its own buckets hold, not the whole corpus), and decides each pair with
/// [`crate::cross::decide`]. Returns new contradictions.
pub(crate) fn match_claims(conn: &Connection, claims: &[i64]) -> Result<usize> {
    let mut found = 0;
    let mut cache: HashMap<i64, ClaimRec> = HashMap::new();
    for &rid in claims {
        let Some(me) = load_claim(conn, rid)? else {
            continue;
        };
        // Only keyed claims are matched, both ways (a listing page's claims are not keyed).
        if me.c.doc.is_empty() {
            continue;
        }
        let (w0, w1) = (&me.c.k0, &me.c.k1);
        let mut others = BTreeSet::new();
        for b in &me.c.keys {
            let mut st = conn.prepare_cached(
                "SELECT claim FROM claim_keys WHERE bucket = ?1 AND d0 <= ?2 AND d1 >= ?3 AND claim < ?4 AND article != ?5 AND doc != ?6",
            )?;
            let rows = st.query_map(params![b, w1, w0, rid, me.article, me.c.doc], |r| {
                r.get::<_, i64>(0)
            })?;
            for r in rows {
                others.insert(r?);
            }
        }
        for o in others {
            if let std::collections::hash_map::Entry::Vacant(e) = cache.entry(o) {
                if let Some(c) = load_claim(conn, o)? {
                    e.insert(c);
                }
            }
            let Some(other) = cache.get(&o) else { continue };
            match decide(&other.c, &me.c) {
                Decision::Contradiction(x) => {
                    // One contradiction per pair of passages, and per pair of outlets on one kind
                    // of event at one place (`cross::Once`, checked here against the stored rows).
                    let dup = conn
                        .prepare_cached("SELECT 1 FROM contradictions WHERE pair_key = ?1")?
                        .query_row([&x.pair_key], |_| Ok(()))
                        .optional()?
                        .is_some()
                        || conn
                            .prepare_cached(
                                "SELECT 1 FROM contradictions x JOIN claims p ON p.rid = x.a JOIN claims q ON q.rid = x.b
                                 WHERE x.scope = 'corpus' AND x.proposition_type = ?3 AND x.place_name IS ?4
                                   AND ((p.outlet IS ?1 AND q.outlet IS ?2) OR (p.outlet IS ?2 AND q.outlet IS ?1))",
                            )?
                            .query_row(
                                params![other.c.outlet, me.c.outlet, x.proposition_type, x.place_name],
                                |_| Ok(()),
                            )
                            .optional()?
                            .is_some();
                    if dup {
                        continue;
                    }
                    let n = conn
                        .prepare_cached(
                            "INSERT OR IGNORE INTO contradictions (scope, a, b, kind, basis, party, explanation, date, place_name, proposition_type, place_match, parties, pair_key)
                             VALUES ('corpus', ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                        )?
                        .execute(params![
                            other.rid,
                            me.rid,
                            x.kind,
                            x.basis,
                            x.party,
                            x.explanation,
                            x.date,
                            x.place_name,
                            x.proposition_type,
                            x.place_match,
                            x.parties,
                            x.pair_key
                        ])?;
                    found += n;
                }
                Decision::Confirmation => {
                    conn.prepare_cached(
                        "INSERT OR IGNORE INTO confirmations (a, b) VALUES (?1, ?2)",
                    )?
                    .execute(params![other.rid, me.rid])?;
                }
                Decision::Neither => {}
            }
        }
        cache.insert(rid, me);
    }
    Ok(found)
}

/// WHERE-clause builder with positional values.
#[derive(Default)]
pub(crate) struct Filter {
    conds: Vec<String>,
    pub(crate) vals: Vec<Value>,
}

impl Filter {
    fn add(&mut self, cond: &str, v: impl Into<Value>) {
        self.vals.push(v.into());
        let n = self.vals.len();
        self.conds.push(cond.replace('?', &format!("?{n}")));
    }
    fn add_multi(&mut self, cond: &str, v: impl Into<Value> + Clone) {
        // every `?` in cond binds the same value
        self.add(cond, v);
    }
    pub(crate) fn sql(&self) -> String {
        if self.conds.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.conds.join(" AND "))
        }
    }
}

/// The WHERE clause of an event query (shared by the list, the map aggregate and the export,
/// so that the three always count the same events).
pub(crate) fn event_filter(q: &EventQuery) -> Filter {
    let mut f = Filter::default();
    if let Some(k) = opt(&q.kind) {
        f.add("e.kind = ?", k.to_string());
    }
    if let Some(p) = opt(&q.party) {
        f.add("instr(e.parties, ?) > 0", format!("\"{p}\""));
    }
    if let Some(p) = opt(&q.place) {
        f.add_multi(
            "(instr(isnad_fold(e.place_name), isnad_fold(?)) > 0 OR e.place_key = ?)",
            p.to_string(),
        );
    }
    if let Some(o) = opt(&q.outlet) {
        f.add("e.outlet = ?", o.to_string());
    }
    if let Some(s) = opt(&q.since) {
        f.add("e.date >= ?", s.to_string());
    }
    if let Some(u) = opt(&q.until) {
        f.add("e.date <= ?", u.to_string());
    }
    if let Some(t) = opt(&q.q) {
        // The trigger's words, the place and the actors, folded like the search.
        f.add(
            "instr(isnad_fold(e.trigger || ' ' || coalesce(e.place_name, '') || ' ' || e.actors), isnad_fold(?)) > 0",
            t.to_string(),
        );
    }
    if let Some([w, s, e, n]) = q.bbox {
        f.add("e.lon >= ?", w);
        f.add("e.lat >= ?", s);
        f.add("e.lon <= ?", e);
        f.add("e.lat <= ?", n);
    }
    if let Some(a) = opt(&q.article) {
        f.add(
            "e.article = (SELECT rid FROM articles WHERE id = ?)",
            a.to_string(),
        );
    }
    f
}

pub(crate) fn opt(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl Store {
    /// One page of a listing: the total from `count_sql`, the rows of `select_sql` (which carries
    /// its own ORDER BY and LIMIT/OFFSET) mapped by `map`.
    fn page<T>(
        &self,
        count_sql: &str,
        select_sql: &str,
        vals: &[Value],
        offset: usize,
        limit: usize,
        map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Page<T>> {
        let total = count(self.conn(), count_sql, vals)?;
        let items = self
            .conn()
            .prepare(select_sql)?
            .query_map(params_vec(vals), map)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Page {
            items,
            total,
            offset,
            limit,
        })
    }
}

fn count(conn: &Connection, sql: &str, vals: &[Value]) -> Result<usize> {
    Ok(conn.query_row(sql, params_vec(vals), |r| r.get::<_, i64>(0))? as usize)
}

pub(crate) fn contradiction_row(r: &Row) -> rusqlite::Result<ContradictionRow> {
    let sa: String = r.get(9)?;
    let sb: String = r.get(10)?;
    Ok(ContradictionRow {
        id: r.get(0)?,
        scope: r.get(1)?,
        kind: r.get(2)?,
        basis: r.get(3)?,
        party: r.get(4)?,
        explanation: r.get(5)?,
        date: r.get(6)?,
        place_name: r.get(7)?,
        proposition_type: r.get(8)?,
        sides: [
            serde_json::from_str(&sa).unwrap_or_default(),
            serde_json::from_str(&sb).unwrap_or_default(),
        ],
        verdict: r.get(11)?,
        verdict_note: r.get(12)?,
    })
}

/// Row columns of a contradiction; `{V}` is the verdict columns ([`Store::verdict_cols`]).
pub(crate) const CONTRA_SELECT: &str = "SELECT c.rid, c.scope, c.kind, c.basis, c.party, c.explanation, c.date, c.place_name, c.proposition_type, ca.side, cb.side, {V}
     FROM contradictions c JOIN claims ca ON ca.rid = c.a JOIN claims cb ON cb.rid = c.b";
const CONTRA_FROM: &str =
    "FROM contradictions c JOIN claims ca ON ca.rid = c.a JOIN claims cb ON cb.rid = c.b";

fn statement_row(r: &Row) -> rusqlite::Result<StatementRow> {
    let json: String = r.get(3)?;
    Ok(StatementRow {
        article_id: r.get(0)?,
        outlet: r.get(1)?,
        published: r.get(2)?,
        statement: serde_json::from_str(&json).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e))
        })?,
        source_canonical: r.get(4)?,
        party: r.get(5)?,
    })
}

const STATEMENT_SELECT: &str = "SELECT a.id, s.outlet, s.published, s.json, s.source_canonical, s.party FROM statements s JOIN articles a ON a.rid = s.article";

/// Sources whose names fold alike (`مصادر محلية` / `مصادر محليه`, with or without diacritics)
/// and that share a party and a type (outlet or speaker) are one source: the one with most
/// statements keeps its key, the others are listed in its `aliases` and their counts added.
fn merge_spellings(rows: BTreeMap<String, SourceRow>) -> BTreeMap<String, SourceRow> {
    let mut groups: BTreeMap<(String, Option<String>, bool), Vec<SourceRow>> = BTreeMap::new();
    for row in rows.into_values() {
        let id = (fold(&row.name), row.party.clone(), row.is_outlet());
        groups.entry(id).or_default().push(row);
    }
    let mut out = BTreeMap::new();
    for (_, mut g) in groups {
        g.sort_by(|a, b| (b.statements, b.claims, &a.key).cmp(&(a.statements, a.claims, &b.key)));
        let mut it = g.into_iter();
        let mut rep = it.next().expect("non-empty group");
        for o in it {
            rep.statements += o.statements;
            rep.claims += o.claims;
            rep.contradicted += o.contradicted;
            rep.confirmed += o.confirmed;
            rep.marked_right += o.marked_right;
            rep.marked_wrong += o.marked_wrong;
            for b in o.contradicted_by {
                if !rep.contradicted_by.contains(&b) {
                    rep.contradicted_by.push(b);
                }
            }
            for x in o.outlets {
                if !rep.outlets.contains(&x) {
                    rep.outlets.push(x);
                }
            }
            rep.aliases.push(o.key);
            rep.aliases.extend(o.aliases);
        }
        rep.contradicted_by.sort();
        rep.outlets.sort();
        out.insert(rep.key.clone(), rep);
    }
    out
}

/// Fewer claims than this cannot be graded (the grade is `-`, "not enough data").
pub const MIN_GRADED_CLAIMS: usize = 3;

/// NATO / Admiralty source reliability from a track record (see README.md):
/// `-` (not enough data) under [`MIN_GRADED_CLAIMS`] claims; then by the share contradicted by
/// others and the share confirmed by other parties. (It was `F` before, which read as "failing".)
pub fn grade(claims: usize, contradicted: usize, confirmed: usize) -> char {
    if claims < MIN_GRADED_CLAIMS {
        return '-';
    }
    let n = claims as f64;
    let bad = contradicted as f64 / n;
    let good = confirmed as f64 / n;
    if claims >= 10 && bad <= 0.05 && good >= 0.5 {
        'A'
    } else if bad <= 0.10 && good >= 0.25 {
        'B'
    } else if bad <= 0.20 {
        'C'
    } else if bad <= 0.40 {
        'D'
    } else {
        'E'
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CheckGroup {
    pub outlet: Option<String>,
    pub party: Option<String>,
    pub stance: String,
    pub items: Vec<StatementRow>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CheckResult {
    pub claim: Analysis,
    pub groups: Vec<CheckGroup>,
}

impl Store {
    pub fn articles(&self, q: &ArticleQuery) -> Result<Page<ArticleSummary>> {
        let limit = clamp_limit(q.limit);
        let mut f = Filter::default();
        if let Some(text) = opt(&q.q) {
            if let Some(m) = fts::match_expr(&fts::query_terms(text)) {
                f.add("a.rid IN (SELECT rowid FROM fts WHERE fts MATCH ?)", m);
            }
        }
        if let Some(o) = opt(&q.outlet) {
            f.add("a.outlet = ?", o.to_string());
        }
        if let Some(s) = opt(&q.since) {
            f.add("a.published >= ?", s.to_string());
        }
        if let Some(u) = opt(&q.until) {
            f.add("a.published <= ?", format!("{u}\u{10FFFF}"));
        }
        let w = f.sql();
        let sql = format!(
            "SELECT a.id, a.outlet, a.published, a.title, a.url, a.n_statements, a.n_events,
                (SELECT count(*) FROM contradictions c WHERE c.a IN (SELECT rid FROM claims WHERE article = a.rid) OR c.b IN (SELECT rid FROM claims WHERE article = a.rid))
             FROM articles a {w} ORDER BY a.published DESC, a.rid DESC LIMIT {limit} OFFSET {}",
            q.offset
        );
        self.page(
            &format!("SELECT count(*) FROM articles a {w}"),
            &sql,
            &f.vals,
            q.offset,
            limit,
            |r| {
                Ok(ArticleSummary {
                    id: r.get(0)?,
                    outlet: r.get(1)?,
                    published: r.get(2)?,
                    title: r.get(3)?,
                    url: r.get(4)?,
                    n_statements: r.get::<_, i64>(5)? as usize,
                    n_events: r.get::<_, i64>(6)? as usize,
                    n_contradictions: r.get::<_, i64>(7)? as usize,
                })
            },
        )
    }

    pub fn statements(&self, q: &StatementQuery) -> Result<Page<StatementRow>> {
        let limit = clamp_limit(q.limit);
        let mut f = Filter::default();
        if let Some(s) = opt(&q.source) {
            f.add_multi(
                "(s.source_key = ? OR instr(isnad_fold(s.source_name), isnad_fold(?)) > 0)",
                s.to_string(),
            );
        }
        if let Some(p) = opt(&q.party) {
            f.add("s.party = ?", p.to_string());
        }
        if let Some(o) = opt(&q.outlet) {
            f.add("s.outlet = ?", o.to_string());
        }
        if let Some(a) = opt(&q.article) {
            f.add("a.id = ?", a.to_string());
        }
        let w = f.sql();
        let sql = format!(
            "{STATEMENT_SELECT} {w} ORDER BY s.published DESC, s.rid DESC LIMIT {limit} OFFSET {}",
            q.offset
        );
        self.page(
            &format!("SELECT count(*) FROM statements s JOIN articles a ON a.rid = s.article {w}"),
            &sql,
            &f.vals,
            q.offset,
            limit,
            statement_row,
        )
    }

    pub fn events(&self, q: &EventQuery) -> Result<Page<EventRow>> {
        let limit = clamp_limit(q.limit);
        let f = event_filter(q);
        let w = f.sql();
        let sql = format!(
            "SELECT a.id, e.pid, e.kind, e.acled_type, e.acled_sub, e.plover, e.date, e.place_name, e.lat, e.lon, e.country, e.admin1,
                    e.parties, e.actors, e.outlet, e.published, e.trigger, e.claims, e.fatalities, e.url
             FROM events e JOIN articles a ON a.rid = e.article {w}
             ORDER BY e.date DESC, e.rid DESC LIMIT {limit} OFFSET {}",
            q.offset
        );
        self.page(
            &format!("SELECT count(*) FROM events e {w}"),
            &sql,
            &f.vals,
            q.offset,
            limit,
            event_row,
        )
    }

    /// Every event, in storage order, for exports (streamed through `f`).
    pub fn for_each_event(&self, mut f: impl FnMut(EventRow) -> Result<()>) -> Result<()> {
        let mut st = self.conn().prepare(
            "SELECT a.id, e.pid, e.kind, e.acled_type, e.acled_sub, e.plover, e.date, e.place_name, e.lat, e.lon, e.country, e.admin1,
                    e.parties, e.actors, e.outlet, e.published, e.trigger, e.claims, e.fatalities, e.url
             FROM events e JOIN articles a ON a.rid = e.article ORDER BY e.rid",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            f(event_row(r)?)?;
        }
        Ok(())
    }

    /// Every stored article with its analysis, in storage order. A row whose stored analysis
    /// cannot be read (a damaged file) is skipped, not fatal: the ids of such rows are returned.
    pub fn for_each_article(
        &self,
        mut f: impl FnMut(StoredArticle) -> Result<()>,
    ) -> Result<Vec<String>> {
        let mut corrupt = Vec::new();
        let mut st = self.conn().prepare(
            "SELECT id, text, published, outlet, url, title, analysis FROM articles ORDER BY rid",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let analysis = match crate::decode_analysis(r.get_ref(6)?) {
                Ok(a) => a,
                Err(_) => {
                    corrupt.push(r.get::<_, String>(0).unwrap_or_else(|_| "?".into()));
                    continue;
                }
            };
            f(StoredArticle {
                article: isnad_schema::Article {
                    id: r.get(0)?,
                    text: r.get(1)?,
                    published: r.get(2)?,
                    outlet: r.get(3)?,
                    url: r.get(4)?,
                    title: r.get(5)?,
                },
                analysis,
            })?;
        }
        Ok(corrupt)
    }

    pub fn contradictions(&self, q: &ContradictionQuery) -> Result<Page<ContradictionRow>> {
        let limit = clamp_limit(q.limit);
        let mut f = Filter::default();
        if let Some(p) = opt(&q.place) {
            // Spaces dropped on both sides: «البو كمال» and «البوكمال» are one place.
            f.add(
                "instr(replace(c.place_match, ' ', ''), ?) > 0",
                folded_query(p).replace(' ', ""),
            );
        }
        if let Some(p) = opt(&q.party) {
            f.add("instr(c.parties, ?) > 0", format!("|{p}|"));
        }
        if let Some(s) = opt(&q.since) {
            f.add("c.date >= ?", s.to_string());
        }
        if let Some(u) = opt(&q.until) {
            f.add("c.date <= ?", u.to_string());
        }
        if let Some(o) = opt(&q.outlet) {
            f.add_multi("(ca.outlet = ? OR cb.outlet = ?)", o.to_string());
        }
        if let Some(s) = opt(&q.scope) {
            f.add("c.scope = ?", s.to_string());
        }
        let w = f.sql();
        // The page's ids are sorted first, then their rows read: sorting whole rows (both
        // sides' JSON) cost 4 times as much on an article with 700 contradictions.
        let sql = format!(
            "{} WHERE c.rid IN (SELECT c.rid {CONTRA_FROM} {w} ORDER BY c.date IS NULL, c.date DESC, c.rid DESC LIMIT {limit} OFFSET {})
             ORDER BY c.date IS NULL, c.date DESC, c.rid DESC",
            self.contra_select(),
            q.offset
        );
        let mut page = self.page(
            &format!("SELECT count(*) {CONTRA_FROM} {w}"),
            &sql,
            &f.vals,
            q.offset,
            limit,
            contradiction_row,
        )?;
        self.with_sentences(&mut page.items)?;
        Ok(page)
    }

    fn source_rows(&self) -> Result<BTreeMap<String, SourceRow>> {
        let conn = self.conn();
        let mut rows: BTreeMap<String, SourceRow> = BTreeMap::new();
        let blank = |key: &str, name: String, party: Option<String>| SourceRow {
            key: key.to_string(),
            name,
            party,
            outlets: vec![],
            statements: 0,
            claims: 0,
            contradicted: 0,
            contradicted_by: vec![],
            confirmed: 0,
            marked_right: 0,
            marked_wrong: 0,
            grade: '-',
            aliases: vec![],
        };
        let mut outlets: HashMap<String, BTreeSet<String>> = HashMap::new();
        {
            let mut st = conn.prepare(
                "SELECT source_key, max(source_name), max(party), count(*), group_concat(DISTINCT outlet) FROM statements GROUP BY source_key",
            )?;
            let mut q = st.query([])?;
            while let Some(r) = q.next()? {
                let key: String = r.get(0)?;
                let mut row = blank(&key, r.get(1)?, r.get(2)?);
                row.statements = r.get::<_, i64>(3)? as usize;
                if let Some(o) = r.get::<_, Option<String>>(4)? {
                    outlets
                        .entry(key.clone())
                        .or_default()
                        .extend(o.split(',').map(String::from));
                }
                rows.insert(key, row);
            }
        }
        {
            let mut st = conn.prepare(
                "SELECT source_key, max(source_name), max(party), count(*), group_concat(DISTINCT outlet) FROM claims GROUP BY source_key",
            )?;
            let mut q = st.query([])?;
            while let Some(r) = q.next()? {
                let key: String = r.get(0)?;
                let e = rows.entry(key.clone()).or_insert_with(|| {
                    blank(
                        &key,
                        r.get(1).unwrap_or_default(),
                        r.get(2).unwrap_or_default(),
                    )
                });
                e.claims = r.get::<_, i64>(3)? as usize;
                if let Some(o) = r.get::<_, Option<String>>(4)? {
                    outlets
                        .entry(key.clone())
                        .or_default()
                        .extend(o.split(',').map(String::from));
                }
            }
        }
        {
            // Contradicted: claims of this source in a contradiction with another source's claim.
            // A contradiction an analyst marked wrong does not count against the source.
            let wrong = if self.has_verdicts() {
                "AND NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.contradiction = c.rid AND v.verdict = 'wrong')"
            } else {
                ""
            };
            let mut st = conn.prepare(&format!(
                "SELECT x.source_key, x.rid, y.source_name, y.party FROM contradictions c
                   JOIN claims x ON x.rid = c.a JOIN claims y ON y.rid = c.b WHERE x.source_key != y.source_key {wrong}
                 UNION ALL
                 SELECT x.source_key, x.rid, y.source_name, y.party FROM contradictions c
                   JOIN claims x ON x.rid = c.b JOIN claims y ON y.rid = c.a WHERE x.source_key != y.source_key {wrong}"
            ))?;
            let mut q = st.query([])?;
            let mut seen: HashMap<String, (BTreeSet<i64>, BTreeSet<String>)> = HashMap::new();
            while let Some(r) = q.next()? {
                let key: String = r.get(0)?;
                let by: String = r.get(2)?;
                let party: Option<String> = r.get(3)?;
                let e = seen.entry(key).or_default();
                e.0.insert(r.get(1)?);
                e.1.insert(match party {
                    Some(p) => format!("{by} [{p}]"),
                    None => by,
                });
            }
            for (k, (claims, by)) in seen {
                if let Some(row) = rows.get_mut(&k) {
                    row.contradicted = claims.len();
                    row.contradicted_by = by.into_iter().collect();
                }
            }
        }
        {
            let mut st = conn.prepare(
                "SELECT x.source_key, count(DISTINCT x.rid) FROM (
                    SELECT a AS me FROM confirmations UNION ALL SELECT b AS me FROM confirmations
                 ) JOIN claims x ON x.rid = me GROUP BY x.source_key",
            )?;
            let mut q = st.query([])?;
            while let Some(r) = q.next()? {
                let key: String = r.get(0)?;
                if let Some(row) = rows.get_mut(&key) {
                    row.confirmed = r.get::<_, i64>(1)? as usize;
                }
            }
        }
        if self.has_verdicts() {
            let mut st = conn.prepare(
                "SELECT x.source_key, v.verdict, count(DISTINCT c.rid) FROM verdicts v
                   JOIN contradictions c ON c.rid = v.contradiction
                   JOIN claims x ON x.rid = c.a OR x.rid = c.b
                 GROUP BY x.source_key, v.verdict",
            )?;
            let mut q = st.query([])?;
            while let Some(r) = q.next()? {
                let key: String = r.get(0)?;
                let verdict: String = r.get(1)?;
                let n = r.get::<_, i64>(2)? as usize;
                if let Some(row) = rows.get_mut(&key) {
                    if verdict == "wrong" {
                        row.marked_wrong = n;
                    } else {
                        row.marked_right = n;
                    }
                }
            }
        }
        for (k, row) in rows.iter_mut() {
            row.outlets = outlets
                .remove(k)
                .map(|s| s.into_iter().collect())
                .unwrap_or_default();
        }
        for row in rows.values_mut() {
            row.grade = grade(row.claims, row.contradicted, row.confirmed);
        }
        Ok(rows)
    }

    /// [`Store::source_rows`] with spellings that fold alike merged (see [`merge_spellings`]).
    fn merged_source_rows(&self) -> Result<BTreeMap<String, SourceRow>> {
        let mut rows = merge_spellings(self.source_rows()?);
        for row in rows.values_mut() {
            row.grade = grade(row.claims, row.contradicted, row.confirmed);
        }
        Ok(rows)
    }

    /// Number of sources (what `sources` reports as `total` without filters), from the indexes.
    pub fn source_count(&self) -> Result<usize> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM (SELECT source_key FROM statements UNION SELECT source_key FROM claims)",
            [],
            |r| r.get::<_, i64>(0),
        )? as usize)
    }

    pub fn sources(&self, q: &SourceQuery) -> Result<Page<SourceRow>> {
        let limit = clamp_limit(q.limit);
        let needle = opt(&q.q).map(fold);
        // One row per key unless asked (the Spark job's records are per key too).
        let rows = if q.merge {
            self.merged_source_rows()?
        } else {
            self.source_rows()?
        };
        let mut items: Vec<SourceRow> = rows
            .into_values()
            .filter(|r| {
                needle.as_ref().is_none_or(|n| {
                    fold(&r.name).contains(n.as_str()) || fold(&r.key).contains(n.as_str())
                })
            })
            .filter(|r| opt(&q.party).is_none_or(|p| r.party.as_deref() == Some(p)))
            .filter(|r| match opt(&q.kind) {
                Some("outlet") => r.is_outlet(),
                Some("speaker") => !r.is_outlet(),
                _ => true,
            })
            .filter(|r| opt(&q.outlet).is_none_or(|o| r.outlets.iter().any(|x| x == o)))
            .collect();
        items.sort_by(|a, b| {
            (b.claims, b.statements)
                .cmp(&(a.claims, a.statements))
                .then_with(|| a.key.cmp(&b.key))
        });
        let total = items.len();
        let items = items.into_iter().skip(q.offset).take(limit).collect();
        Ok(Page {
            items,
            total,
            offset: q.offset,
            limit,
        })
    }

    pub fn source(&self, key: &str) -> Result<Option<SourceDetail>> {
        let rows = self.merged_source_rows()?;
        let Some(row) = rows
            .get(key)
            .or_else(|| rows.values().find(|r| r.aliases.iter().any(|a| a == key)))
            .cloned()
        else {
            return Ok(None);
        };
        // The merged spellings' keys as a JSON array, read by json_each: one bound parameter.
        let keys = serde_json::to_string(
            &std::iter::once(&row.key)
                .chain(&row.aliases)
                .collect::<Vec<_>>(),
        )?;
        let statements = self
            .conn()
            .prepare(&format!("{STATEMENT_SELECT} WHERE s.source_key IN (SELECT value FROM json_each(?1)) ORDER BY s.published DESC, s.rid DESC LIMIT {MAX_LIMIT}"))?
            .query_map([&keys], statement_row)?
            .collect::<rusqlite::Result<_>>()?;
        let contradictions = self
            .conn()
            .prepare(&format!(
                "{} WHERE ca.source_key IN (SELECT value FROM json_each(?1)) OR cb.source_key IN (SELECT value FROM json_each(?1)) ORDER BY c.date IS NULL, c.date DESC LIMIT {MAX_LIMIT}",
                self.contra_select()
            ))?
            .query_map([&keys], contradiction_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut contradictions = contradictions;
        self.with_sentences(&mut contradictions)?;
        Ok(Some(SourceDetail {
            row,
            statements,
            contradictions,
        }))
    }

    pub fn search(&self, q: &str, offset: usize, limit: usize) -> Result<Page<SearchHit>> {
        let limit = clamp_limit(limit);
        let terms = fts::query_terms(q);
        let Some(m) = fts::match_expr(&terms) else {
            return Ok(Page {
                items: vec![],
                total: 0,
                offset,
                limit,
            });
        };
        let total = count(
            self.conn(),
            "SELECT count(*) FROM fts WHERE fts MATCH ?1",
            &[Value::Text(m.clone())],
        )?;
        let rids: Vec<i64> = self
            .conn()
            .prepare(&format!("SELECT rowid FROM fts WHERE fts MATCH ?1 ORDER BY rank LIMIT {limit} OFFSET {offset}"))?
            .query_map([&m], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut items = Vec::with_capacity(rids.len());
        for rid in rids {
            let hit = self
                .conn()
                .prepare_cached(
                    "SELECT id, outlet, published, title, text FROM articles WHERE rid = ?1",
                )?
                .query_row([rid], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get::<_, String>(4)?,
                    ))
                })
                .optional()?;
            if let Some((id, outlet, published, title, text)) = hit {
                let spans = fts::match_spans(&text, &terms);
                let (snippet, snippet_spans) = fts::snippet_spans(&text, &spans, 160);
                items.push(SearchHit {
                    article_id: id,
                    outlet,
                    published,
                    title,
                    snippet,
                    snippet_spans,
                    spans,
                });
            }
        }
        Ok(Page {
            items,
            total,
            offset,
            limit,
        })
    }

    /// `check` with the claim already analysed (the CLI and server pass the extractor's analysis).
    /// Structured matches first (same bucket: conflict → disagree, same event → agree, else
    /// discuss), then statements of articles found by full-text search, labelled by the stance model.
    pub fn check_analysis(&self, claim_text: &str, claim: Analysis) -> Result<CheckResult> {
        // One read transaction: a consistent snapshot, and one lock instead of one per query.
        let _snapshot = ReadSnapshot::begin(self.conn())?;
        let mut labelled: BTreeMap<(Option<String>, Option<String>, String), Vec<StatementRow>> =
            BTreeMap::new();
        let mut seen: BTreeSet<(String, String)> = BTreeSet::new();
        let mut seen_text: BTreeSet<(String, String)> = BTreeSet::new();
        let views: HashMap<String, ClaimView> =
            crate::rule::claim_views(&claim).into_iter().collect();
        let mut others: HashMap<i64, Option<ClaimView>> = HashMap::new();
        let mut sids = StatementIds::default();
        for c in &claim.claims {
            let Some(view) = views.get(&c.id).cloned() else {
                continue;
            };
            for b in buckets(&view) {
                let mut st = self.conn().prepare_cached(
                    "SELECT DISTINCT claim FROM claim_keys WHERE bucket = ?1 AND d0 != ?2 LIMIT 2000",
                )?;
                let ids: Vec<i64> = st
                    // dated stored claims only (undated ones are keyed for explicit denials)
                    .query_map(params![&b, UNDATED.0], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for id in ids {
                    self.check_deadline()?;
                    // A stored claim is met once per bucket and claim: read it once.
                    let other = match others.entry(id) {
                        std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                        std::collections::hash_map::Entry::Vacant(e) => {
                            e.insert(load_claim(self.conn(), id)?.map(|c| c.c.view))
                        }
                    };
                    let Some(other) = other.as_ref() else {
                        continue;
                    };
                    // An undated claim is matched at whatever time the stored claim has.
                    let mut view = view.clone();
                    if view.date.is_none() {
                        view.date = other.date;
                    }
                    let stance = if conflict(&view, other).is_some() {
                        "disagree"
                    } else if confirms(&view, other) {
                        "agree"
                    } else {
                        "discuss"
                    };
                    if let Some(row) = self.claim_statement(id, &mut sids)? {
                        // Copies of one page (one outlet, the same words) are one item.
                        let copy = (
                            row.outlet.clone().unwrap_or_default(),
                            fold(&row.statement.content.text),
                        );
                        if seen.insert((row.article_id.clone(), row.statement.id.clone()))
                            && seen_text.insert(copy)
                        {
                            labelled
                                .entry((row.outlet.clone(), row.party.clone(), stance.into()))
                                .or_default()
                                .push(row);
                        }
                    }
                }
            }
        }
        // Free-text side: the 30 best articles for the claim's words (any of them), their statements.
        let terms = fts::query_terms(claim_text);
        let model = isnad_stance::Model::bundled(isnad_stance::Labels::UnifiedFc);
        let key_terms: Vec<String> = terms
            .iter()
            .filter_map(|t| match t {
                fts::Term::Word(w) if w.chars().count() >= 3 && !isnad_stance::is_stopword(w) => {
                    Some(format!("\"{w}\""))
                }
                fts::Term::Pair(_, _, j) => Some(format!("\"{j}\"")),
                _ => None,
            })
            .collect();
        if !key_terms.is_empty() {
            let m = key_terms.join(" OR ");
            let rids: Vec<i64> = self
                .conn()
                .prepare("SELECT rowid FROM fts WHERE fts MATCH ?1 ORDER BY rank LIMIT 30")?
                .query_map([&m], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for rid in rids {
                let rows: Vec<StatementRow> = self
                    .conn()
                    .prepare_cached(&format!("{STATEMENT_SELECT} WHERE s.article = ?1"))?
                    .query_map([rid], statement_row)?
                    .collect::<rusqlite::Result<_>>()?;
                for row in rows {
                    self.check_deadline()?;
                    let Some(label) = text_stance(&model, claim_text, &row.statement) else {
                        continue;
                    };
                    // The same words copied by several pages are one item per outlet.
                    let key = (
                        row.outlet.clone().unwrap_or_default(),
                        fold(&row.statement.content.text),
                    );
                    if !seen.insert((row.article_id.clone(), row.statement.id.clone()))
                        || !seen_text.insert(key)
                    {
                        continue;
                    }
                    labelled
                        .entry((row.outlet.clone(), row.party.clone(), label.to_string()))
                        .or_default()
                        .push(row);
                }
            }
        }
        let mut groups: Vec<CheckGroup> = labelled
            .into_iter()
            .map(|((outlet, party, stance), items)| CheckGroup {
                outlet,
                party,
                stance,
                items,
            })
            .collect();
        let rank = |s: &str| match s {
            "disagree" => 0,
            "agree" => 1,
            _ => 2,
        };
        groups.sort_by(|a, b| {
            rank(&a.stance)
                .cmp(&rank(&b.stance))
                .then(b.items.len().cmp(&a.items.len()))
        });
        Ok(CheckResult { claim, groups })
    }

    /// The statement behind a stored claim; the article's own voice becomes a pseudo-statement
    /// whose source is the outlet.
    fn claim_statement(&self, claim: i64, sids: &mut StatementIds) -> Result<Option<StatementRow>> {
        let row: Option<(i64, String, String)> = self
            .conn()
            .prepare_cached("SELECT a.rid, a.id, c.side FROM claims c JOIN articles a ON a.rid = c.article WHERE c.rid = ?1")?
            .query_row([claim], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let Some((article_rid, article_id, side)) = row else {
            return Ok(None);
        };
        let side: ContradictionSide = serde_json::from_str(&side)?;
        if let Some(sid) = &side.statement_id {
            // The article's statement ids are read once (stores made before the
            // (article, sid) index have none to look them up by).
            let ids = match sids.entry(article_rid) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => e.insert(
                    self.conn()
                        .prepare_cached("SELECT sid, rid FROM statements WHERE article = ?1")?
                        .query_map([article_rid], |r| Ok((r.get(0)?, r.get(1)?)))?
                        .collect::<rusqlite::Result<_>>()?,
                ),
            };
            if let Some(rid) = ids.get(sid) {
                let r = self
                    .conn()
                    .prepare_cached(&format!("{STATEMENT_SELECT} WHERE s.rid = ?1"))?
                    .query_row([rid], statement_row)
                    .optional()?;
                if r.is_some() {
                    return Ok(r);
                }
            }
        }
        Ok(Some(StatementRow {
            article_id,
            outlet: side.outlet.clone(),
            published: side.published.clone(),
            statement: Statement {
                id: format!("author:{claim}"),
                source: SpanRef {
                    text: side.source_text.clone(),
                    span: [0, 0],
                    entity: None,
                },
                cue: Cue {
                    text: String::new(),
                    span: [0, 0],
                    stance: "assert".into(),
                },
                content: SpanRef {
                    text: side.content_text.clone(),
                    span: side.content_span,
                    entity: None,
                },
                via: vec![],
                medium: None,
                direct: false,
                embedded_in: None,
            },
            source_canonical: None,
            party: side.source_party.clone(),
        }))
    }
}

/// The stance of a statement found by full-text search towards a claim. The model was fitted on
/// whole articles; on one statement its agree/disagree need support: enough of the claim in the
/// statement, and for disagree a denial (the cue or the model's denial features).
fn text_stance(model: &isnad_stance::Model, claim: &str, s: &Statement) -> Option<&'static str> {
    let x = isnad_stance::features(claim, &s.content.text);
    let at = |n: &str| {
        isnad_stance::FEATURES
            .iter()
            .position(|f| *f == n)
            .map_or(0.0, |i| x[i])
    };
    let cover = at("cover_window");
    if cover < 0.3 {
        return None;
    }
    if s.cue.stance == "deny" && cover >= 0.4 {
        return Some("disagree");
    }
    let label = model.predict_features(&x).label;
    Some(match label.as_str() {
        "agree" if at("cover_sentence") >= 0.6 => "agree",
        "disagree" if cover >= 0.5 && at("deny_window") > 0.0 => "disagree",
        _ => "discuss",
    })
}

pub(crate) fn event_row(r: &Row) -> rusqlite::Result<EventRow> {
    let parties: String = r.get(12)?;
    let actors: String = r.get(13)?;
    let trigger: String = r.get(16)?;
    Ok(EventRow {
        article_id: r.get(0)?,
        proposition_id: r.get(1)?,
        kind: r.get(2)?,
        acled_event_type: r.get(3)?,
        acled_sub_event_type: r.get(4)?,
        plover: r.get(5)?,
        date: r.get(6)?,
        place_name: r.get(7)?,
        lat: r.get(8)?,
        lon: r.get(9)?,
        country: r.get(10)?,
        admin1: r.get(11)?,
        parties: serde_json::from_str(&parties).unwrap_or_default(),
        actors: serde_json::from_str(&actors).unwrap_or_default(),
        outlet: r.get(14)?,
        published: r.get(15)?,
        trigger: serde_json::from_str(&trigger).unwrap_or(SpanRef {
            text: String::new(),
            span: [0, 0],
            entity: None,
        }),
        claims: r.get::<_, i64>(17)? as usize,
        fatalities: r.get(18)?,
        url: r.get(19)?,
    })
}

/// Per article (rid): its statements' ids (sid → rid).
type StatementIds = HashMap<i64, HashMap<String, i64>>;

/// A read transaction held for the guard's life (only when none is open already).
struct ReadSnapshot<'a>(Option<&'a Connection>);

impl<'a> ReadSnapshot<'a> {
    fn begin(conn: &'a Connection) -> Result<Self> {
        if !conn.is_autocommit() {
            return Ok(ReadSnapshot(None));
        }
        conn.execute_batch("BEGIN")?;
        Ok(ReadSnapshot(Some(conn)))
    }
}

impl Drop for ReadSnapshot<'_> {
    fn drop(&mut self) {
        if let Some(c) = self.0 {
            let _ = c.execute_batch("COMMIT");
        }
    }
}

#[cfg(test)]
mod merge_tests {
    use super::*;

    fn row(key: &str, name: &str, statements: usize, claims: usize) -> SourceRow {
        SourceRow {
            key: key.into(),
            name: name.into(),
            party: None,
            outlets: vec![format!("outlet of {key}")],
            statements,
            claims,
            contradicted: 1,
            contradicted_by: vec![format!("by {key}")],
            confirmed: 0,
            marked_right: 0,
            marked_wrong: 0,
            grade: '-',
            aliases: vec![],
        }
    }

    #[test]
    fn spellings_that_fold_alike_are_one_source() {
        let mut rows = BTreeMap::new();
        for r in [
            row("s:a", "مصادر محلية", 5, 2),
            row("s:b", "مصادر محليه", 3, 2),
            row("s:c", "مصادر محلّية", 1, 0),
            row("outlet:مصادر محلية", "مصادر محلية", 4, 4),
            row("s:d", "الدفاع المدني", 2, 1),
        ] {
            rows.insert(r.key.clone(), r);
        }
        let m = merge_spellings(rows);
        assert_eq!(m.len(), 3, "{:?}", m.keys().collect::<Vec<_>>());
        let a = &m["s:a"];
        assert_eq!((a.statements, a.claims, a.contradicted), (9, 4, 3));
        assert_eq!(a.aliases, vec!["s:b".to_string(), "s:c".to_string()]);
        assert_eq!(a.outlets.len(), 3);
        // an outlet is never merged with a speaker of the same name
        assert!(m["outlet:مصادر محلية"].aliases.is_empty());
    }
}
