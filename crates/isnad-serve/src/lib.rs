//! `isnad serve`: a JSON API over an isnad store plus the web page (map, timeline, contradiction
//! board, article and source views), all embedded in the binary.
//!
//! The HTTP layer talks to the data through the [`Backend`] trait so that it can be tested
//! without a database; [`StoreBackend`] is the real one (a pool of read connections and one
//! writer over an `isnad_store` file, plus a lazily built extractor for `/api/check` and
//! `/api/ingest`). [`serve`] is the accept loop: header-read/idle timeout, a cap on open
//! connections, the Host header checked against the bound address, graceful shutdown.

mod assets;
mod http;
mod page_api;
#[cfg(feature = "store")]
mod places;
mod server;
#[cfg(feature = "store")]
mod store_backend;

pub use http::{router, ServeConfig, DEFAULT_BODY_LIMIT, MAX_PAGE};
pub use server::{host_allowed, serve, ServerOptions};
#[cfg(feature = "store")]
pub use store_backend::StoreBackend;

use isnad_schema::Article;
use serde::Deserialize;
use serde_json::Value;

/// Filters shared by the list endpoints; each endpoint reads the ones that apply to it.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct Filters {
    pub q: Option<String>,
    pub outlet: Option<String>,
    pub party: Option<String>,
    pub place: Option<String>,
    pub kind: Option<String>,
    pub source: Option<String>,
    pub article: Option<String>,
    /// `article` or `corpus` (contradictions only).
    pub scope: Option<String>,
    /// Inclusive lower bound, `YYYY-MM-DD`.
    pub since: Option<String>,
    /// Inclusive upper bound, `YYYY-MM-DD`.
    pub until: Option<String>,
    /// `west,south,east,north` in degrees (events only), already checked.
    pub bbox: Option<[f64; 4]>,
}

/// One page request, already clamped by the HTTP layer (`1 <= limit <= MAX_PAGE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub offset: usize,
    pub limit: usize,
}

/// An error the client caused (reported as 400) rather than a server failure (500).
#[derive(Debug)]
pub struct BadRequest(pub String);

impl std::fmt::Display for BadRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for BadRequest {}

/// The work ran past its time budget and was stopped (reported as 503 with `Retry-After`).
#[derive(Debug)]
pub struct TimedOut(pub String);

impl std::fmt::Display for TimedOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for TimedOut {}

/// The store cannot be written (a read-only file or folder): reported as 403.
#[derive(Debug)]
pub struct ReadOnly(pub String);

impl std::fmt::Display for ReadOnly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for ReadOnly {}

/// What the HTTP layer needs from the data. Page-returning methods answer
/// `{"items": [...], "total": N, "offset": N, "limit": N}`. Calls run on blocking threads,
/// several at once (there is no lock around the backend), so implementations may do
/// synchronous I/O and must take their own locks where they need them.
pub trait Backend: Send + Sync + 'static {
    fn articles(&self, f: &Filters, p: Paging) -> anyhow::Result<Value>;
    /// `{"article": Article, "analysis": Analysis}` or `None` when unknown.
    fn article(&self, id: &str) -> anyhow::Result<Option<Value>>;
    fn statements(&self, f: &Filters, p: Paging) -> anyhow::Result<Value>;
    fn events(&self, f: &Filters, p: Paging) -> anyhow::Result<Value>;
    fn contradictions(&self, f: &Filters, p: Paging) -> anyhow::Result<Value>;
    fn sources(&self, f: &Filters, p: Paging) -> anyhow::Result<Value>;
    fn source(&self, key: &str) -> anyhow::Result<Option<Value>>;
    fn search(&self, q: &str, p: Paging) -> anyhow::Result<Value>;
    /// Stops with [`TimedOut`] once `deadline` has passed (the HTTP layer answers 503 then anyway).
    fn check(&self, claim: &str, deadline: std::time::Instant) -> anyhow::Result<Value>;
    fn ingest(&self, articles: Vec<Article>) -> anyhow::Result<Value>;
    fn stats(&self) -> anyhow::Result<Value>;

    /// Every event of the filters counted by place and day (`isnad_store::EventMap`, places
    /// with `precision` and `name_ar`). The default says the backend cannot.
    fn event_map(&self, _f: &Filters) -> anyhow::Result<Value> {
        anyhow::bail!("this backend has no event map")
    }
    /// The filtered events as `jsonl`, `acled-csv`, `plover-json` or `geojson` bytes.
    fn export_events(&self, _f: &Filters, _format: &str) -> anyhow::Result<Vec<u8>> {
        anyhow::bail!("this backend has no export")
    }
    /// One contradiction, or `None` when unknown.
    fn contradiction(&self, _id: i64) -> anyhow::Result<Option<Value>> {
        anyhow::bail!("this backend has no contradiction lookup")
    }
    /// Stores (or clears, `None`) an analyst's verdict; answers the updated contradiction, or
    /// `None` when unknown.
    fn set_verdict(
        &self,
        _id: i64,
        _verdict: Option<&str>,
        _note: Option<&str>,
    ) -> anyhow::Result<Option<Value>> {
        anyhow::bail!("this backend cannot store verdicts")
    }
    /// Every contradiction with its verdict, one JSON object a line.
    fn export_contradictions(&self) -> anyhow::Result<Vec<u8>> {
        anyhow::bail!("this backend has no export")
    }
}

/// Serves `app` on `addr` until Ctrl-C, on a fresh multi-thread runtime (for the CLI), with the
/// default [`ServerOptions`].
pub fn serve_blocking(addr: &str, app: axum::Router) -> anyhow::Result<()> {
    serve_blocking_with(addr, app, ServerOptions::default())
}

/// [`serve_blocking`] with explicit timeouts and connection cap.
pub fn serve_blocking_with(
    addr: &str,
    app: axum::Router,
    opts: ServerOptions,
) -> anyhow::Result<()> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
        let local = listener.local_addr()?;
        eprintln!("isnad serve: listening on http://{local}/");
        serve(listener, app, opts, async {
            let _ = tokio::signal::ctrl_c().await;
            eprintln!("isnad serve: stopping (Ctrl-C)");
        })
        .await
    })
}
