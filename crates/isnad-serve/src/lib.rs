//! `isnad serve`: a JSON API over an isnad store plus the web page (map, timeline, contradiction
//! board, article and source views), all embedded in the binary.
//!
//! The HTTP layer talks to the data through the [`Backend`] trait so that it can be tested
//! without a database; [`StoreBackend`] is the real one (an `isnad_store::Store` plus a lazily
//! built extractor for `/api/check` and `/api/ingest`).

mod assets;
mod http;
#[cfg(feature = "store")]
mod store_backend;

pub use http::{router, ServeConfig, DEFAULT_BODY_LIMIT, MAX_PAGE};
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

/// What the HTTP layer needs from the data. Page-returning methods answer
/// `{"items": [...], "total": N, "offset": N, "limit": N}`. Calls run on a blocking thread
/// under a mutex, so implementations may do synchronous I/O.
pub trait Backend: Send + 'static {
    fn articles(&self, f: &Filters, p: Paging) -> anyhow::Result<Value>;
    /// `{"article": Article, "analysis": Analysis}` or `None` when unknown.
    fn article(&self, id: &str) -> anyhow::Result<Option<Value>>;
    fn statements(&self, f: &Filters, p: Paging) -> anyhow::Result<Value>;
    fn events(&self, f: &Filters, p: Paging) -> anyhow::Result<Value>;
    fn contradictions(&self, f: &Filters, p: Paging) -> anyhow::Result<Value>;
    fn sources(&self, f: &Filters, p: Paging) -> anyhow::Result<Value>;
    fn source(&self, key: &str) -> anyhow::Result<Option<Value>>;
    fn search(&self, q: &str, p: Paging) -> anyhow::Result<Value>;
    fn check(&mut self, claim: &str) -> anyhow::Result<Value>;
    fn ingest(&mut self, articles: Vec<Article>) -> anyhow::Result<Value>;
    fn stats(&self) -> anyhow::Result<Value>;
}

/// Serves `router` on `addr` until Ctrl-C, on a fresh multi-thread runtime (for the CLI).
pub fn serve_blocking(addr: &str, app: axum::Router) -> anyhow::Result<()> {
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
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}
