//! The isnad corpus store: every analysed article in one SQLite file (WAL mode, no server), with
//! full-text search over folded, clitic-stripped Arabic, cross-article contradictions keyed by
//! `(family, place, party)` buckets, source track records and exports. See README.md.

pub mod cross;
mod dates;
mod derive;
pub mod export;
mod fts;
pub mod pipeline;
mod query;
pub mod rule;
mod schema;
pub mod tables;
mod views;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use isnad_schema::{Analysis, Article, Statement};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

pub use dates::{infer_published, infer_published_except};
pub use isnad_schema;
pub use query::{grade, CheckGroup, CheckResult, MIN_GRADED_CLAIMS};
pub use views::{EventMap, MapDay, MapPlace};

/// Maximum page size of every query.
pub const MAX_LIMIT: usize = 500;
const DEFAULT_LIMIT: usize = 50;

/// Where the database lives when neither `--db` nor `ISNAD_DB` says: `$XDG_DATA_HOME/isnad/isnad.db`,
/// else `~/.local/share/isnad/isnad.db`, else `./isnad.db`.
pub fn default_db_path() -> PathBuf {
    if let Some(p) = std::env::var_os("ISNAD_DB").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|p| !p.is_empty()) {
        return PathBuf::from(x).join("isnad").join("isnad.db");
    }
    if let Some(h) = std::env::var_os("HOME").filter(|p| !p.is_empty()) {
        return PathBuf::from(h).join(".local/share/isnad/isnad.db");
    }
    PathBuf::from("isnad.db")
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: usize,
    pub offset: usize,
    pub limit: usize,
}

pub(crate) fn clamp_limit(limit: usize) -> usize {
    if limit == 0 {
        DEFAULT_LIMIT
    } else {
        limit.min(MAX_LIMIT)
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct IngestReport {
    pub added: usize,
    pub skipped: usize,
    /// Articles whose id was stored with other content and that were replaced.
    #[serde(default)]
    pub replaced: usize,
    /// Cross-article contradictions found while adding this batch.
    #[serde(default)]
    pub contradictions: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StoredArticle {
    pub article: Article,
    pub analysis: Analysis,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ArticleQuery {
    pub q: Option<String>,
    pub outlet: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ArticleSummary {
    pub id: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub n_statements: usize,
    pub n_events: usize,
    pub n_contradictions: usize,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StatementQuery {
    pub source: Option<String>,
    pub party: Option<String>,
    pub outlet: Option<String>,
    pub article: Option<String>,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct StatementRow {
    pub article_id: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub statement: Statement,
    pub source_canonical: Option<String>,
    pub party: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct EventQuery {
    pub kind: Option<String>,
    pub party: Option<String>,
    pub place: Option<String>,
    pub outlet: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// Words of the trigger, place or actors (folded like the search).
    pub q: Option<String>,
    /// Events of this article id only.
    pub article: Option<String>,
    /// Events inside `[west, south, east, north]` (degrees) only: what a map view shows.
    pub bbox: Option<[f64; 4]>,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EventRow {
    pub article_id: String,
    pub proposition_id: String,
    pub kind: String,
    pub acled_event_type: Option<String>,
    pub acled_sub_event_type: Option<String>,
    pub plover: Option<String>,
    pub date: Option<String>,
    pub place_name: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub parties: Vec<String>,
    pub actors: Vec<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub trigger: isnad_schema::SpanRef,
    pub claims: usize,
    /// Killed people reported with the event (for ACLED's fatalities column).
    #[serde(default)]
    pub fatalities: Option<f64>,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ContradictionQuery {
    pub place: Option<String>,
    pub party: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub outlet: Option<String>,
    /// `article` or `corpus`; both when absent.
    pub scope: Option<String>,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ContradictionSide {
    pub article_id: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub statement_id: Option<String>,
    pub source_text: String,
    pub source_canonical: Option<String>,
    pub source_party: Option<String>,
    pub cue_text: Option<String>,
    pub stance: Option<String>,
    pub content_text: String,
    pub content_span: [usize; 2],
    pub source_span: Option<[usize; 2]>,
    pub cue_span: Option<[usize; 2]>,
    pub via: Vec<String>,
    pub medium: Option<String>,
    pub polarity: String,
    pub modality: String,
    /// The source denies this very event in so many words (نفى سيطرة النظام على المطار): the
    /// denial cue stands right before the event's word.
    #[serde(default)]
    pub explicit_denial: bool,
    /// The claim's place is named in the event's own sentence and is not a region around a
    /// place (ريف إدلب): it can identify the event across articles.
    #[serde(default)]
    pub local_place: bool,
    /// The quote's sentence in its article, filled when read (not stored): a short quote
    /// («بالانسحاب», «ذلك») says nothing alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<QuoteSentence>,
}

/// A sentence and where the quote lies in it (code points into `text`).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct QuoteSentence {
    pub text: String,
    pub quote: [usize; 2],
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ContradictionRow {
    pub id: i64,
    pub scope: String,
    pub kind: String,
    pub basis: String,
    pub party: Option<String>,
    pub explanation: String,
    pub date: Option<String>,
    pub place_name: Option<String>,
    pub proposition_type: String,
    pub sides: [ContradictionSide; 2],
    /// An analyst's judgement (`right` or `wrong`), see [`Store::set_verdict`].
    #[serde(default)]
    pub verdict: Option<String>,
    #[serde(default)]
    pub verdict_note: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceQuery {
    pub q: Option<String>,
    /// `outlet` or `speaker` (any when absent).
    pub kind: Option<String>,
    /// Spellings that fold alike (same party and type) as one row (the web page's view).
    pub merge: bool,
    pub party: Option<String>,
    pub outlet: Option<String>,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SourceRow {
    pub key: String,
    pub name: String,
    pub party: Option<String>,
    pub outlets: Vec<String>,
    pub statements: usize,
    pub claims: usize,
    pub contradicted: usize,
    pub contradicted_by: Vec<String>,
    pub confirmed: usize,
    /// Contradictions of this source an analyst marked right / wrong (wrong ones are not
    /// counted in `contradicted`).
    #[serde(default)]
    pub marked_right: usize,
    #[serde(default)]
    pub marked_wrong: usize,
    /// `A`–`E`, or `-` (not enough data: fewer than [`MIN_GRADED_CLAIMS`] claims).
    pub grade: char,
    /// Keys of other spellings merged into this source (same folded name, party and type).
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl SourceRow {
    /// An outlet (the article's publisher speaking in its own voice) rather than a speaker.
    pub fn is_outlet(&self) -> bool {
        self.key.starts_with("outlet:")
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SourceDetail {
    pub row: SourceRow,
    pub statements: Vec<StatementRow>,
    pub contradictions: Vec<ContradictionRow>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SearchHit {
    pub article_id: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub snippet: String,
    /// Code-point spans of the matched words in `snippet`.
    #[serde(default)]
    pub snippet_spans: Vec<[usize; 2]>,
    /// Code-point spans of the matched words in the article text.
    pub spans: Vec<[usize; 2]>,
}

/// The corpus store. One connection; writes happen on the thread that owns it.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// See [`Store::set_deadline`]; long loops in Rust look at it too.
    deadline: std::cell::Cell<Option<std::time::Instant>>,
    #[cfg(test)]
    pub(crate) fail_after: Option<usize>,
}

impl Store {
    /// Opens (creating when needed, with its parent folder) the store at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("creating the store's folder {}", dir.display()))?;
        }
        let conn = Connection::open(path)
            .with_context(|| format!("opening the store {}", path.display()))?;
        Self::init(conn, Some(path.to_path_buf()))
    }

    /// Opens an existing store for reading only: nothing is created or written, so a store on
    /// read-only media, one without write permission or one on a full disk can still be queried.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        use rusqlite::OpenFlags;
        let path = path.as_ref();
        if !path.exists() {
            anyhow::bail!(
                "no store at {}: run `isnad ingest` first (or give --db)",
                path.display()
            );
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let probe = |c: Connection| -> rusqlite::Result<Connection> {
            c.query_row("SELECT count(*) FROM articles", [], |_| Ok(()))?;
            Ok(c)
        };
        // A WAL store read without write access to its folder cannot create its -shm file; then
        // it is read as immutable (nobody can be writing to it there anyway).
        let conn = Connection::open_with_flags(path, flags)
            .and_then(probe)
            .or_else(|_| {
                Connection::open_with_flags(format!("file:{}?immutable=1", uri_path(path)), flags)
                    .and_then(probe)
            })
            .with_context(|| format!("opening the store {} for reading", path.display()))?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        query::register_functions(&conn)?;
        Ok(Store {
            conn,
            path: Some(path.to_path_buf()),
            deadline: Default::default(),
            #[cfg(test)]
            fail_after: None,
        })
    }

    pub fn open_in_memory() -> Result<Store> {
        Self::init(Connection::open_in_memory()?, None)
    }

    fn init(conn: Connection, path: Option<PathBuf>) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // WAL: readers (the web server) never block the ingest; NORMAL sync is crash-safe in WAL.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.execute_batch(schema::DDL)
            .context("creating the store's tables")?;
        query::register_functions(&conn)?;
        Ok(Store {
            conn,
            path,
            deadline: Default::default(),
            #[cfg(test)]
            fail_after: None,
        })
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether this connection cannot write (opened with [`Store::open_read_only`]).
    pub fn is_read_only(&self) -> bool {
        self.conn
            .is_readonly(rusqlite::DatabaseName::Main)
            .unwrap_or(true)
    }

    /// Every SQL statement run on this connection after `deadline` is interrupted (it fails with
    /// an `interrupted` error, see [`is_interrupted`]); `None` lifts the limit. A server uses it
    /// to cut a request that ran past its time budget.
    pub fn set_deadline(&self, deadline: Option<std::time::Instant>) {
        self.deadline.set(deadline);
        match deadline {
            Some(d) => self
                .conn
                .progress_handler(100, Some(move || std::time::Instant::now() >= d)),
            None => self.conn.progress_handler(0, None::<fn() -> bool>),
        }
    }

    /// The same "interrupted" error as SQLite's once the deadline has passed: for loops that
    /// run many short queries (each too short to reach the progress handler) or Rust work.
    pub(crate) fn check_deadline(&self) -> rusqlite::Result<()> {
        match self.deadline.get() {
            Some(d) if std::time::Instant::now() >= d => Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_INTERRUPT),
                Some("the deadline passed".into()),
            )),
            _ => Ok(()),
        }
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The content hash that makes ingest idempotent: the id and every field of the article.
    pub fn content_hash(a: &Article) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        for part in [
            Some(a.id.as_str()),
            Some(a.text.as_str()),
            a.published.as_deref(),
            a.outlet.as_deref(),
            a.url.as_deref(),
            a.title.as_deref(),
        ] {
            match part {
                Some(s) => {
                    h.update([1u8]);
                    h.update((s.len() as u64).to_le_bytes());
                    h.update(s.as_bytes());
                }
                None => h.update([0u8]),
            }
        }
        let d = h.finalize();
        d[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Whether this exact article (same id and content) is stored already.
    pub fn contains(&self, a: &Article) -> Result<bool> {
        self.contains_hash(&Self::content_hash(a))
    }

    pub fn contains_hash(&self, hash: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE hash = ?1")?
            .query_row([hash], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Number of stored articles.
    pub fn len(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get::<_, i64>(0))?
            as usize)
    }

    pub fn is_empty(&self) -> Result<bool> {
        Ok(self.len()? == 0)
    }

    /// Stores a batch in ONE transaction: an article already stored with the same content is
    /// skipped; one stored under the same id with other content is replaced. Cross-article
    /// contradictions are recomputed for the buckets the new claims fall in.
    pub fn ingest(&mut self, batch: &[(Article, Analysis)]) -> Result<IngestReport> {
        #[cfg(test)]
        let fail_after = self.fail_after;
        let tx = self.conn.transaction()?;
        let mut report = IngestReport::default();
        let mut new_claims: Vec<i64> = Vec::new();
        let mut seen_in_batch = BTreeSet::new();
        #[allow(clippy::unused_enumerate_index)]
        for (_i, (article, analysis)) in batch.iter().enumerate() {
            #[cfg(test)]
            if fail_after == Some(_i) {
                // Simulated crash: the transaction is dropped without commit.
                anyhow::bail!("simulated crash after {_i} articles");
            }
            let hash = Self::content_hash(article);
            if !seen_in_batch.insert(hash.clone()) {
                report.skipped += 1;
                continue;
            }
            let existing: Option<(i64, String)> = tx
                .prepare_cached("SELECT rid, hash FROM articles WHERE id = ?1")?
                .query_row([&article.id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            if let Some((rid, old)) = existing {
                if old == hash {
                    report.skipped += 1;
                    continue;
                }
                derive::delete_article(&tx, rid)?;
                report.replaced += 1;
            }
            let claims = derive::insert_article(&tx, article, analysis, &hash)?;
            new_claims.extend(claims);
            report.added += 1;
        }
        report.contradictions = query::match_claims(&tx, &new_claims)?;
        tx.commit()?;
        Ok(report)
    }

    pub fn article(&self, id: &str) -> Result<Option<StoredArticle>> {
        #[allow(clippy::type_complexity)]
        let row: Option<(
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            rusqlite::types::Value,
        )> = self
            .conn
            .prepare_cached(
                "SELECT id, text, published, outlet, url, title, analysis FROM articles WHERE id = ?1",
            )?
            .query_row([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
            })
            .optional()?;
        let Some((id, text, published, outlet, url, title, analysis)) = row else {
            return Ok(None);
        };
        Ok(Some(StoredArticle {
            article: Article {
                id,
                text,
                published,
                outlet,
                url,
                title,
            },
            analysis: decode_analysis((&analysis).into())?,
        }))
    }

    /// Removes every derived cross-article result and recomputes it from the stored claims.
    pub fn rematch_all(&mut self) -> Result<usize> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM contradictions WHERE scope = 'corpus'", [])?;
        tx.execute("DELETE FROM confirmations", [])?;
        let ids: Vec<i64> = tx
            .prepare("SELECT rid FROM claims ORDER BY rid")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let n = query::match_claims(&tx, &ids)?;
        tx.commit()?;
        Ok(n)
    }

    /// Counts of rows per table (for `isnad ingest`'s summary and the README's numbers).
    pub fn stats(&self) -> Result<Vec<(String, usize)>> {
        let mut out = Vec::new();
        for t in [
            "articles",
            "statements",
            "events",
            "claims",
            "contradictions",
            "confirmations",
        ] {
            let n: i64 = self
                .conn
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?;
            out.push((t.to_string(), n as usize));
        }
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM contradictions WHERE scope='corpus'",
            [],
            |r| r.get(0),
        )?;
        out.push(("contradictions (cross-article)".into(), n as usize));
        Ok(out)
    }

    /// Writes the WAL into the main file (a compact single file for copying).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }
}

/// Whether `e` (from any store call) is SQLite's "interrupted" (see [`Store::set_deadline`]).
pub fn is_interrupted(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<rusqlite::Error>(),
            Some(rusqlite::Error::SqliteFailure(f, _))
                if f.code == rusqlite::ErrorCode::OperationInterrupted
        )
    })
}

/// Analyses are stored as deflated JSON (a fifth of the size); plain JSON text is read too.
pub(crate) fn encode_analysis(a: &Analysis) -> Result<Vec<u8>> {
    let mut e = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
    serde_json::to_writer(&mut e, a)?;
    Ok(e.finish()?)
}

pub(crate) fn decode_analysis(v: rusqlite::types::ValueRef) -> Result<Analysis> {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Text(t) => Ok(serde_json::from_slice(t)?),
        ValueRef::Blob(b) => Ok(serde_json::from_reader(flate2::read::DeflateDecoder::new(
            b,
        ))?),
        _ => anyhow::bail!("stored analysis is neither JSON text nor deflated JSON"),
    }
}

pub(crate) fn params_vec(v: &[rusqlite::types::Value]) -> impl rusqlite::Params + '_ {
    rusqlite::params_from_iter(v.iter())
}

#[cfg(test)]
mod tests;

/// A file path as the path part of an SQLite URI (`?`, `#` and `%` escaped).
fn uri_path(p: &Path) -> String {
    let mut out = String::new();
    for c in p.to_string_lossy().chars() {
        match c {
            '?' | '#' | '%' => out.push_str(&format!("%{:02X}", c as u32)),
            _ => out.push(c),
        }
    }
    out
}
