//! The real backend: an `isnad_store` file read through a pool of read-only connections (SQLite
//! WAL: readers never wait for each other or for the writer) and written through one writer
//! connection behind its own lock; plus the extractor for claim checks and ingest.

use crate::{Backend, BadRequest, Filters, Paging, ReadOnly, TimedOut};
use isnad_extract::Extractor;
use isnad_schema::Article;
use isnad_store::{
    ArticleQuery, ContradictionQuery, EventQuery, SourceQuery, StatementQuery, Store,
};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant, SystemTime};

type Factory = Box<dyn Fn() -> anyhow::Result<Extractor> + Send + Sync>;

/// What identifies one state of the store: this backend's ingest count, and the size and
/// modification time of the store file and its WAL (any commit, from this process or another
/// `isnad ingest`, changes the WAL; a checkpoint changes the file).
type Stamp = (u64, Vec<Option<(u64, SystemTime)>>);
/// Cached answers kept at most (one per distinct query).
const CACHE_ENTRIES: usize = 256;

/// Read connections kept open at most (each one is a few MB of page cache).
const DEFAULT_READERS: usize = 16;
/// A read that runs longer than this is interrupted inside SQLite.
const DEFAULT_READ_BUDGET: Duration = Duration::from_secs(30);

pub struct StoreBackend {
    conns: Conns,
    /// Answers of the corpus-wide aggregates (`stats`, `sources`), valid while the store is
    /// unchanged (see [`StoreBackend::stamp`]).
    cache: Mutex<HashMap<String, (Stamp, Value)>>,
    use_cache: bool,
    /// Bumped by every ingest through this backend.
    generation: AtomicU64,
    /// Built on first use: the lexicons take a while to compile and most sessions only read.
    extractor: Mutex<Option<Arc<Extractor>>>,
    factory: Factory,
    read_budget: Duration,
}

enum Conns {
    /// A store without a file (tests): one connection, reads and writes take turns.
    Single(Mutex<Store>),
    /// A store file: a pool of read-only connections and, unless the file or its folder is
    /// read-only, one writer.
    File {
        pool: Pool,
        writer: Option<Mutex<Store>>,
    },
}

struct Pool {
    path: PathBuf,
    /// Idle connections and how many are open (idle or lent).
    state: Mutex<(Vec<Store>, usize)>,
    freed: Condvar,
    max: usize,
}

/// A connection lent for one call; goes back to the pool (its deadline lifted) when dropped.
enum Lease<'a> {
    Single(MutexGuard<'a, Store>),
    Pooled(&'a Pool, Option<Store>),
}

impl std::ops::Deref for Lease<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        match self {
            Lease::Single(g) => g,
            Lease::Pooled(_, s) => s.as_ref().expect("lent connection"),
        }
    }
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        match self {
            Lease::Single(g) => g.set_deadline(None),
            Lease::Pooled(pool, s) => {
                if let Some(s) = s.take() {
                    s.set_deadline(None);
                    lock(&pool.state).0.push(s);
                    pool.freed.notify_one();
                }
            }
        }
    }
}

/// A panic in one request must not lock everyone out: recover the guard.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Pool {
    fn lend(&self, deadline: Instant) -> anyhow::Result<Lease<'_>> {
        let mut st = lock(&self.state);
        loop {
            if let Some(s) = st.0.pop() {
                return Ok(Lease::Pooled(self, Some(s)));
            }
            if st.1 < self.max {
                st.1 += 1;
                drop(st);
                return match Store::open_read_only(&self.path) {
                    Ok(s) => Ok(Lease::Pooled(self, Some(s))),
                    Err(e) => {
                        lock(&self.state).1 -= 1;
                        self.freed.notify_one();
                        Err(e)
                    }
                };
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(TimedOut(format!(
                    "all {} read connections stayed busy; try again shortly",
                    self.max
                ))
                .into());
            }
            st = self
                .freed
                .wait_timeout(st, deadline - now)
                .unwrap_or_else(|p| p.into_inner())
                .0;
        }
    }
}

impl StoreBackend {
    /// Claim checks and ingest use the bundled extractor, built on first use.
    pub fn new(store: Store) -> Self {
        Self::with_factory(store, || Ok(Extractor::bundled()))
    }

    pub fn with_extractor(store: Store, extractor: Arc<Extractor>) -> Self {
        let b = Self::new(store);
        *lock(&b.extractor) = Some(extractor);
        b
    }

    /// The extractor is built by `factory` on first use (e.g. with the user's `--lexicon` folders).
    ///
    /// A store with a file is read through up to 16 read-only connections opened on the same
    /// file; `store` itself becomes the writer, or, when it was opened with
    /// [`Store::open_read_only`], one of the readers (ingest then answers 403).
    pub fn with_factory(
        store: Store,
        factory: impl Fn() -> anyhow::Result<Extractor> + Send + Sync + 'static,
    ) -> Self {
        let conns = match store.path().map(PathBuf::from) {
            None => Conns::Single(Mutex::new(store)),
            Some(path) => {
                let (idle, writer) = if store.is_read_only() {
                    (vec![store], None)
                } else {
                    (vec![], Some(Mutex::new(store)))
                };
                let open = idle.len();
                Conns::File {
                    pool: Pool {
                        path,
                        state: Mutex::new((idle, open)),
                        freed: Condvar::new(),
                        max: DEFAULT_READERS,
                    },
                    writer,
                }
            }
        };
        StoreBackend {
            conns,
            cache: Mutex::new(HashMap::new()),
            use_cache: true,
            generation: AtomicU64::new(0),
            extractor: Mutex::new(None),
            factory: Box::new(factory),
            read_budget: DEFAULT_READ_BUDGET,
        }
    }

    /// At most `n` read connections (at least 1); the default is 16.
    pub fn max_readers(mut self, n: usize) -> Self {
        if let Conns::File { pool, .. } = &mut self.conns {
            pool.max = n.max(1);
        }
        self
    }

    /// Whether `stats` and `sources` answers are reused while the store is unchanged (default
    /// yes; off to measure the queries themselves).
    pub fn cache_aggregates(mut self, on: bool) -> Self {
        self.use_cache = on;
        self
    }

    /// Reads running longer than `budget` are interrupted (default 30 s).
    pub fn read_budget(mut self, budget: Duration) -> Self {
        self.read_budget = budget;
        self
    }

    /// Whether ingest can write (false for a read-only store file or folder).
    pub fn writable(&self) -> bool {
        match &self.conns {
            Conns::Single(s) => !lock(s).is_read_only(),
            Conns::File { writer, .. } => writer.is_some(),
        }
    }

    fn extractor(&self) -> anyhow::Result<Arc<Extractor>> {
        let mut ex = lock(&self.extractor);
        if ex.is_none() {
            *ex = Some(Arc::new((self.factory)()?));
        }
        Ok(ex.clone().expect("just set"))
    }

    fn stamp(&self) -> Stamp {
        let files = match &self.conns {
            Conns::Single(_) => vec![],
            Conns::File { pool, .. } => {
                let mut wal = pool.path.clone().into_os_string();
                wal.push("-wal");
                [pool.path.clone(), PathBuf::from(wal)]
                    .iter()
                    .map(|p| {
                        std::fs::metadata(p)
                            .ok()
                            .and_then(|m| Some((m.len(), m.modified().ok()?)))
                    })
                    .collect()
            }
        };
        (self.generation.load(Ordering::SeqCst), files)
    }

    /// `compute`'s answer for `key`, reused while the store has not changed.
    fn cached(
        &self,
        key: String,
        compute: impl FnOnce() -> anyhow::Result<Value>,
    ) -> anyhow::Result<Value> {
        if !self.use_cache {
            return compute();
        }
        let stamp = self.stamp();
        if let Some((s, v)) = lock(&self.cache).get(&key) {
            if *s == stamp {
                return Ok(v.clone());
            }
        }
        let v = compute()?;
        let mut cache = lock(&self.cache);
        if cache.len() >= CACHE_ENTRIES {
            cache.clear();
        }
        cache.insert(key, (stamp, v.clone()));
        Ok(v)
    }

    /// A connection for reading whose queries stop at `deadline`.
    fn reader(&self, deadline: Instant) -> anyhow::Result<Lease<'_>> {
        let lease = match &self.conns {
            Conns::Single(s) => Lease::Single(lock(s)),
            Conns::File { pool, .. } => pool.lend(deadline)?,
        };
        lease.set_deadline(Some(deadline));
        Ok(lease)
    }

    /// Runs `f` on a read connection within the read budget.
    fn read<T>(&self, f: impl FnOnce(&Store) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let deadline = Instant::now() + self.read_budget;
        let lease = self.reader(deadline)?;
        f(&lease).map_err(|e| timed_out(e, "the request"))
    }
}

/// SQLite's "interrupted" (the deadline passed) as [`TimedOut`]; other errors unchanged.
fn timed_out(e: anyhow::Error, what: &str) -> anyhow::Error {
    if isnad_store::is_interrupted(&e) {
        TimedOut(format!("{what} ran past its time budget and was stopped")).into()
    } else {
        e
    }
}

fn to_json<T: serde::Serialize>(v: T) -> anyhow::Result<Value> {
    Ok(serde_json::to_value(v)?)
}

impl Backend for StoreBackend {
    fn articles(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.read(|s| {
            to_json(s.articles(&ArticleQuery {
                q: f.q.clone(),
                outlet: f.outlet.clone(),
                since: f.since.clone(),
                until: f.until.clone(),
                offset: p.offset,
                limit: p.limit,
            })?)
        })
    }

    fn article(&self, id: &str) -> anyhow::Result<Option<Value>> {
        self.read(|s| s.article(id)?.map(to_json).transpose())
    }

    fn statements(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.read(|s| {
            to_json(s.statements(&StatementQuery {
                source: f.source.clone(),
                party: f.party.clone(),
                outlet: f.outlet.clone(),
                article: f.article.clone(),
                offset: p.offset,
                limit: p.limit,
            })?)
        })
    }

    fn events(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        let mut v = self.read(|s| {
            to_json(s.events(&EventQuery {
                kind: f.kind.clone(),
                party: f.party.clone(),
                place: f.place.clone(),
                outlet: f.outlet.clone(),
                since: f.since.clone(),
                until: f.until.clone(),
                q: f.q.clone(),
                article: f.article.clone(),
                bbox: f.bbox,
                offset: p.offset,
                limit: p.limit,
            })?)
        })?;
        // The place's Arabic name from the gazetteer, for the Arabic page.
        if let Some(items) = v["items"].as_array_mut() {
            for e in items {
                let ar = e["place_name"]
                    .as_str()
                    .and_then(crate::places::arabic_name);
                e["place_ar"] = ar.map_or(Value::Null, Value::from);
            }
        }
        Ok(v)
    }

    fn contradictions(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        let mut v = self.read(|s| {
            to_json(s.contradictions(&ContradictionQuery {
                place: f.place.clone(),
                party: f.party.clone(),
                since: f.since.clone(),
                until: f.until.clone(),
                outlet: f.outlet.clone(),
                scope: f.scope.clone(),
                offset: p.offset,
                limit: p.limit,
            })?)
        })?;
        if let Some(items) = v["items"].as_array_mut() {
            items.iter_mut().for_each(add_place_ar);
        }
        Ok(v)
    }

    fn sources(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        if let Some(k) = f.kind.as_deref() {
            if k != "outlet" && k != "speaker" {
                return Err(BadRequest(format!(
                    "kind: \"outlet\" or \"speaker\" for sources, not {k:?}"
                ))
                .into());
            }
        }
        // Every source's record is recomputed from all claims: reuse it while nothing changed.
        self.cached(format!("sources {f:?} {p:?}"), || {
            self.read(|s| {
                to_json(s.sources(&SourceQuery {
                    q: f.q.clone(),
                    kind: f.kind.clone(),
                    merge: true,
                    party: f.party.clone(),
                    outlet: f.outlet.clone(),
                    offset: p.offset,
                    limit: p.limit,
                })?)
            })
        })
    }

    fn source(&self, key: &str) -> anyhow::Result<Option<Value>> {
        self.read(|s| s.source(key)?.map(to_json).transpose())
    }

    fn search(&self, q: &str, p: Paging) -> anyhow::Result<Value> {
        self.read(|s| to_json(s.search(q, p.offset, p.limit)?))
    }

    fn check(&self, claim: &str, deadline: Instant) -> anyhow::Result<Value> {
        let ex = self.extractor()?;
        let article = Article {
            id: "claim".into(),
            text: claim.to_string(),
            ..Default::default()
        };
        // A claim that breaks the extractor is the client's text meeting our bug: say so plainly.
        let analysis = ex.try_analyse(&article).map_err(|e| {
            anyhow::Error::new(BadRequest(format!(
                "the claim could not be analysed: {}",
                e.message
            )))
        })?;
        let stopped = || TimedOut("the check ran past its time budget and was stopped".into());
        if Instant::now() >= deadline {
            return Err(stopped().into());
        }
        let store = self.reader(deadline)?;
        let result = store
            .check_analysis(claim, analysis)
            .map_err(|e| timed_out(e, "the check"))?;
        to_json(result)
    }

    fn ingest(&self, articles: Vec<Article>) -> anyhow::Result<Value> {
        let writer = match &self.conns {
            Conns::Single(s) => s,
            Conns::File {
                writer: Some(w), ..
            } => w,
            Conns::File { writer: None, pool } => {
                return Err(ReadOnly(format!(
                    "the store {} is read-only (its file or folder cannot be written): ingest is disabled",
                    pool.path.display()
                ))
                .into())
            }
        };
        let ex = self.extractor()?;
        let mut failed = Vec::new();
        let mut batch = Vec::with_capacity(articles.len());
        for mut a in articles {
            if a.published.is_none() {
                a.published = isnad_store::infer_published(a.url.as_deref(), &a.text);
            }
            // One article that breaks the extractor is named and skipped; the others are stored.
            match ex.try_analyse(&a) {
                Ok(an) => batch.push((a, an)),
                Err(e) => failed.push(json!({"id": e.id, "error": e.to_string()})),
            }
        }
        // Analysis above runs unlocked; only the write waits for the writer.
        let report = lock(writer).ingest(&batch);
        self.generation.fetch_add(1, Ordering::SeqCst);
        let report =
            report.map_err(|e| anyhow::Error::new(BadRequest(format!("ingest failed: {e:#}"))))?;
        let mut v = to_json(report)?;
        v["failed"] = Value::Array(failed);
        Ok(v)
    }

    fn stats(&self) -> anyhow::Result<Value> {
        self.cached("stats".into(), || self.compute_stats())
    }

    fn event_map(&self, f: &Filters) -> anyhow::Result<Value> {
        let m = self.read(|s| s.event_map(&event_query(f)))?;
        let mut v = to_json(&m)?;
        // Where each place sits in the gazetteer: a country or a region is drawn as an area,
        // not as a point of false precision; its Arabic name labels the Arabic page.
        if let Some(places) = v["places"].as_array_mut() {
            for (p, row) in places.iter_mut().zip(&m.places) {
                let (precision, name_ar) = crate::places::describe(row);
                p["precision"] = Value::from(precision);
                p["name_ar"] = name_ar.map_or(Value::Null, Value::from);
            }
        }
        Ok(v)
    }

    fn export_events(&self, f: &Filters, format: &str) -> anyhow::Result<Vec<u8>> {
        let format: isnad_store::export::Format = format.parse()?;
        let q = event_query(f);
        let mut out = Vec::new();
        self.read(|s| s.export_events(&q, format, &mut out))?;
        Ok(out)
    }

    fn contradiction(&self, id: i64) -> anyhow::Result<Option<Value>> {
        let mut v = self.read(|s| s.contradiction(id)?.map(to_json).transpose())?;
        if let Some(v) = v.as_mut() {
            add_place_ar(v);
        }
        Ok(v)
    }

    fn set_verdict(
        &self,
        id: i64,
        verdict: Option<&str>,
        note: Option<&str>,
    ) -> anyhow::Result<Option<Value>> {
        let found = match &self.conns {
            Conns::Single(s) => lock(s).set_verdict(id, verdict, note)?,
            Conns::File {
                writer: Some(w), ..
            } => lock(w).set_verdict(id, verdict, note)?,
            Conns::File { writer: None, pool } => {
                return Err(ReadOnly(format!(
                    "the store {} is read-only: verdicts cannot be stored",
                    pool.path.display()
                ))
                .into())
            }
        };
        // Source records count verdicts: the cached aggregates are stale now.
        self.generation.fetch_add(1, Ordering::SeqCst);
        if !found {
            return Ok(None);
        }
        self.contradiction(id)
    }

    fn export_contradictions(&self) -> anyhow::Result<Vec<u8>> {
        let mut out = Vec::new();
        self.read(|s| s.export_contradictions(&mut out))?;
        Ok(out)
    }
}

/// A contradiction row's place name in Arabic (`place_ar`), for the Arabic page.
fn add_place_ar(row: &mut Value) {
    let ar = row["place_name"]
        .as_str()
        .and_then(crate::places::arabic_name);
    row["place_ar"] = ar.map_or(Value::Null, Value::from);
}

fn event_query(f: &Filters) -> EventQuery {
    EventQuery {
        kind: f.kind.clone(),
        party: f.party.clone(),
        place: f.place.clone(),
        outlet: f.outlet.clone(),
        since: f.since.clone(),
        until: f.until.clone(),
        q: f.q.clone(),
        article: f.article.clone(),
        bbox: f.bbox,
        offset: 0,
        limit: 0,
    }
}

impl StoreBackend {
    fn compute_stats(&self) -> anyhow::Result<Value> {
        let (counts, sources) = self.read(|s| {
            let counts = s.stats()?;
            let sources = s.source_count()?;
            Ok((counts, sources))
        })?;
        let get = |k: &str| counts.iter().find(|(n, _)| n == k).map_or(0, |(_, v)| *v);
        Ok(json!({
            "articles": get("articles"),
            "statements": get("statements"),
            "events": get("events"),
            "claims": get("claims"),
            "contradictions": get("contradictions"),
            "contradictions_cross_article": get("contradictions (cross-article)"),
            "confirmations": get("confirmations"),
            "sources": sources,
        }))
    }
}
