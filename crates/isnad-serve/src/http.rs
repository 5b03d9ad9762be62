//! Routes, request validation and JSON errors.

use crate::{assets, Backend, BadRequest, Filters, Paging, ReadOnly, TimedOut};
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, JsonRejection, PathRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use isnad_schema::Article;
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// Largest page the API hands out; larger `limit`s are clamped to it.
pub const MAX_PAGE: usize = 200;
const DEFAULT_PAGE: usize = 50;
/// Request bodies above this are refused with 413.
pub const DEFAULT_BODY_LIMIT: usize = 2 * 1024 * 1024;
const MAX_CLAIM_CHARS: usize = 4000;
const MAX_INGEST_ARTICLES: usize = 1000;

/// Seconds a client is told to wait (`Retry-After`) when a request is refused for load or time.
const RETRY_AFTER_S: u64 = 5;

#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Enables `POST /api/ingest` for requests bearing `Authorization: Bearer TOKEN`.
    pub token: Option<String>,
    pub body_limit: usize,
    /// Every request (body upload included) is answered within this time: past it, 503.
    pub request_timeout: Duration,
    /// A `POST /api/check` is stopped after this time with a 503.
    pub check_timeout: Duration,
    /// Checks running at once (default: half the cores, at least 1); more are refused with 503
    /// and `Retry-After`.
    pub max_checks: usize,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            token: None,
            body_limit: DEFAULT_BODY_LIMIT,
            request_timeout: Duration::from_secs(30),
            check_timeout: Duration::from_secs(10),
            // A check is CPU-bound: leave at least half the cores to the readers.
            max_checks: std::thread::available_parallelism().map_or(1, |n| (n.get() / 2).max(1)),
        }
    }
}

pub(crate) struct AppState {
    /// No lock here: reads run side by side; the backend serialises its own writes.
    backend: Arc<dyn Backend>,
    pub(crate) token: Option<String>,
    checks: Arc<Semaphore>,
    check_timeout: Duration,
}

pub(crate) type Shared = Arc<AppState>;

/// The whole application: API under `/api`, the page at `/`, static files under `/assets`.
pub fn router(backend: Box<dyn Backend>, cfg: ServeConfig) -> Router {
    let request_timeout = cfg.request_timeout;
    let state = Arc::new(AppState {
        backend: Arc::from(backend),
        token: cfg.token.filter(|t| !t.is_empty()),
        checks: Arc::new(Semaphore::new(cfg.max_checks.max(1))),
        check_timeout: cfg.check_timeout,
    });
    Router::new()
        .route("/", get(assets::index))
        .route("/index.html", get(assets::index))
        .route("/assets/{file}", get(assets::asset))
        .route("/api/openapi.json", get(assets::openapi))
        .route("/api/stats", get(stats))
        .route("/api/articles", get(articles))
        .route("/api/articles/{id}", get(article))
        .route("/api/statements", get(statements))
        .route("/api/events", get(events))
        .route("/api/events/map", get(crate::page_api::event_map))
        .route("/api/events/export", get(crate::page_api::export_events))
        .route("/api/contradictions", get(contradictions))
        .route(
            "/api/contradictions/export",
            get(crate::page_api::export_contradictions),
        )
        .route(
            "/api/contradictions/{id}",
            get(crate::page_api::contradiction),
        )
        .route(
            "/api/contradictions/{id}/verdict",
            post(crate::page_api::verdict),
        )
        .route("/api/sources", get(sources))
        .route("/api/sources/{key}", get(source))
        .route("/api/search", get(search))
        .route("/api/check", post(check))
        .route("/api/ingest", post(ingest))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(cfg.body_limit))
        .layer(axum::middleware::from_fn(
            move |req: axum::extract::Request, next: axum::middleware::Next| async move {
                match tokio::time::timeout(request_timeout, next.run(req)).await {
                    Ok(res) => res,
                    Err(_) => ApiError(
                        StatusCode::SERVICE_UNAVAILABLE,
                        format!(
                            "no answer within {} s: the request was given up (an ingest already \
                             under way may still be stored; see /api/stats)",
                            request_timeout.as_secs_f64()
                        ),
                    )
                    .into_response(),
                }
            },
        ))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

async fn security_headers(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // Article text only ever reaches the DOM through textContent; the CSP is the second line:
    // no inline script, nothing loaded from elsewhere.
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

/// `{"error": message}` with a status.
#[derive(Debug)]
pub(crate) struct ApiError(pub StatusCode, pub String);

impl ApiError {
    pub(crate) fn bad(msg: impl Into<String>) -> Self {
        ApiError(StatusCode::BAD_REQUEST, msg.into())
    }
    pub(crate) fn not_found(msg: impl Into<String>) -> Self {
        ApiError(StatusCode::NOT_FOUND, msg.into())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = (self.0, Json(json!({ "error": self.1 }))).into_response();
        if self.0 == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(RETRY_AFTER_S));
        }
        res
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        if let Some(b) = e.downcast_ref::<BadRequest>() {
            return ApiError::bad(b.0.clone());
        }
        if let Some(t) = e.downcast_ref::<TimedOut>() {
            return ApiError(StatusCode::SERVICE_UNAVAILABLE, t.0.clone());
        }
        if let Some(r) = e.downcast_ref::<ReadOnly>() {
            return ApiError(StatusCode::FORBIDDEN, r.0.clone());
        }
        ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}"))
    }
}

impl From<QueryRejection> for ApiError {
    fn from(r: QueryRejection) -> Self {
        ApiError::bad(r.body_text())
    }
}

impl From<PathRejection> for ApiError {
    fn from(r: PathRejection) -> Self {
        ApiError::bad(format!("bad path parameter: {}", r.body_text()))
    }
}

impl From<JsonRejection> for ApiError {
    fn from(r: JsonRejection) -> Self {
        ApiError(r.status(), r.body_text())
    }
}

async fn not_found(uri: Uri) -> ApiError {
    ApiError::not_found(format!("no such path: {}", uri.path()))
}

async fn method_not_allowed(method: Method, uri: Uri) -> ApiError {
    ApiError(
        StatusCode::METHOD_NOT_ALLOWED,
        format!("{method} is not allowed on {}", uri.path()),
    )
}

/// Runs a backend call on a blocking thread: SQLite work must not stall the async workers.
/// Calls run side by side (no lock here); the request's time budget is the router's timeout.
pub(crate) async fn with_backend<T, F>(state: Shared, f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&dyn Backend) -> anyhow::Result<T> + Send + 'static,
{
    let backend = state.backend.clone();
    tokio::task::spawn_blocking(move || f(backend.as_ref()))
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
        .map_err(ApiError::from)
}

/// Query string of the list endpoints: filters plus paging. An unknown parameter is a 400
/// naming it (a misspelt filter must not silently return everything).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListParams {
    q: Option<String>,
    outlet: Option<String>,
    party: Option<String>,
    place: Option<String>,
    kind: Option<String>,
    source: Option<String>,
    article: Option<String>,
    scope: Option<String>,
    since: Option<String>,
    until: Option<String>,
    offset: Option<usize>,
    limit: Option<usize>,
    /// Export format (`/api/events/export` only).
    pub(crate) format: Option<String>,
    /// `west,south,east,north` (events only).
    bbox: Option<String>,
}

impl ListParams {
    pub(crate) fn split(self) -> Result<(Filters, Paging), ApiError> {
        // The same checks, in the same words, as the CLI's (isnad_schema::validate).
        use isnad_schema::validate;
        validate::opt_date("since", self.since.as_deref()).map_err(ApiError::bad)?;
        validate::opt_date("until", self.until.as_deref()).map_err(ApiError::bad)?;
        validate::scope(self.scope.as_deref()).map_err(ApiError::bad)?;
        let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let paging = paging(self.offset, self.limit)?;
        let bbox = self.bbox.as_deref().map(parse_bbox).transpose()?;
        Ok((
            Filters {
                q: clean(self.q),
                outlet: clean(self.outlet),
                party: clean(self.party),
                place: clean(self.place),
                kind: clean(self.kind),
                source: clean(self.source),
                article: clean(self.article),
                scope: clean(self.scope),
                since: clean(self.since),
                until: clean(self.until),
                bbox,
            },
            paging,
        ))
    }
}

/// `west,south,east,north` in degrees: four finite numbers, or a 400. Latitudes are clamped to
/// ±90 and longitudes to ±540 (a map panned across the antimeridian runs past ±180), and each
/// pair is put in order: a box dragged from its other corner is the same box.
fn parse_bbox(s: &str) -> Result<[f64; 4], ApiError> {
    let bad = || {
        ApiError::bad(format!(
            "bbox: expected west,south,east,north in degrees, not {s:?}"
        ))
    };
    let v: Vec<f64> = s
        .split(',')
        .map(|x| {
            x.trim()
                .parse::<f64>()
                .ok()
                .filter(|x| x.is_finite())
                .ok_or_else(bad)
        })
        .collect::<Result<_, _>>()?;
    let [w, so, e, n] = <[f64; 4]>::try_from(v).map_err(|_| bad())?;
    let lon = |x: f64| x.clamp(-540.0, 540.0);
    let lat = |x: f64| x.clamp(-90.0, 90.0);
    let (w, e) = (lon(w.min(e)), lon(w.max(e)));
    let (so, n) = (lat(so.min(n)), lat(so.max(n)));
    Ok([w, so, e, n])
}

fn paging(offset: Option<usize>, limit: Option<usize>) -> Result<Paging, ApiError> {
    let (offset, limit) = (offset.unwrap_or(0), limit.unwrap_or(DEFAULT_PAGE));
    isnad_schema::validate::paging(offset, limit).map_err(ApiError::bad)?;
    Ok(Paging {
        offset,
        limit: limit.min(MAX_PAGE),
    })
}

pub(crate) type Q = Result<Query<ListParams>, QueryRejection>;

macro_rules! list_handler {
    ($name:ident, $method:ident) => {
        async fn $name(State(st): State<Shared>, q: Q) -> Result<Json<Value>, ApiError> {
            let Query(p) = q?;
            let (f, pg) = p.split()?;
            with_backend(st, move |b| b.$method(&f, pg)).await.map(Json)
        }
    };
}

list_handler!(articles, articles);
list_handler!(statements, statements);
list_handler!(events, events);
list_handler!(contradictions, contradictions);
list_handler!(sources, sources);

pub(crate) type P = Result<Path<String>, PathRejection>;

async fn article(State(st): State<Shared>, id: P) -> Result<Json<Value>, ApiError> {
    let Path(id) = id?;
    let shown = id.clone();
    with_backend(st, move |b| b.article(&id))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no article {shown:?}")))
}

async fn source(State(st): State<Shared>, key: P) -> Result<Json<Value>, ApiError> {
    let Path(key) = key?;
    let shown = key.clone();
    with_backend(st, move |b| b.source(&key))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no source {shown:?}")))
}

async fn search(State(st): State<Shared>, q: Q) -> Result<Json<Value>, ApiError> {
    let Query(p) = q?;
    let (f, pg) = p.split()?;
    let text = f.q.ok_or_else(|| ApiError::bad("q is required"))?;
    with_backend(st, move |b| b.search(&text, pg))
        .await
        .map(Json)
}

async fn stats(State(st): State<Shared>) -> Result<Json<Value>, ApiError> {
    with_backend(st, |b| b.stats()).await.map(Json)
}

#[derive(Debug, Deserialize)]
struct CheckBody {
    claim: String,
}

async fn check(
    State(st): State<Shared>,
    body: Result<Json<CheckBody>, JsonRejection>,
) -> Result<Json<Value>, ApiError> {
    let Json(body) = body?;
    let claim = body.claim.trim().to_string();
    if claim.is_empty() {
        return Err(ApiError::bad("claim must not be empty"));
    }
    if claim.chars().count() > MAX_CLAIM_CHARS {
        return Err(ApiError::bad(format!(
            "claim is longer than {MAX_CLAIM_CHARS} characters"
        )));
    }
    // At most `max_checks` at once; the slot is held by the blocking work itself, so a check
    // that is still winding down after its deadline keeps counting.
    let permit = st.checks.clone().try_acquire_owned().map_err(|_| {
        ApiError(
            StatusCode::SERVICE_UNAVAILABLE,
            "too many claim checks are running; try again shortly".into(),
        )
    })?;
    let budget = st.check_timeout;
    let deadline = Instant::now() + budget;
    let work = with_backend(st, move |b| {
        let _permit = permit;
        b.check(&claim, deadline)
    });
    // The backend stops itself at the deadline; this answers even if it cannot.
    match tokio::time::timeout(budget + Duration::from_millis(500), work).await {
        Ok(r) => r.map(Json),
        Err(_) => Err(check_timed_out(budget)),
    }
}

pub(crate) fn check_timed_out(budget: Duration) -> ApiError {
    ApiError(
        StatusCode::SERVICE_UNAVAILABLE,
        format!(
            "the check took longer than {} s and was stopped; try a shorter claim",
            budget.as_secs_f64()
        ),
    )
}

/// `POST /api/ingest` takes a JSON array of articles, `{"articles": [...]}`, or one article.
#[derive(Deserialize)]
#[serde(untagged)]
enum IngestBody {
    Many(Vec<Article>),
    Wrapped { articles: Vec<Article> },
    One(Article),
}

async fn ingest(
    State(st): State<Shared>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Value>, ApiError> {
    authorize(st.token.as_deref(), &headers)?;
    let body = body.map_err(|r| ApiError(r.status(), r.body_text()))?;
    let parsed: IngestBody = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad(format!(
            "expected a JSON array of articles {{id, text, published?, outlet?, url?, title?}}: {e}"
        ))
    })?;
    let articles = match parsed {
        IngestBody::Many(v) | IngestBody::Wrapped { articles: v } => v,
        IngestBody::One(a) => vec![a],
    };
    if articles.is_empty() {
        return Err(ApiError::bad("no articles given"));
    }
    if articles.len() > MAX_INGEST_ARTICLES {
        return Err(ApiError::bad(format!(
            "at most {MAX_INGEST_ARTICLES} articles per request"
        )));
    }
    if let Some(a) = articles
        .iter()
        .find(|a| a.id.trim().is_empty() || a.text.trim().is_empty())
    {
        return Err(ApiError::bad(format!(
            "every article needs a non-empty id and text (offending id: {:?})",
            a.id
        )));
    }
    for a in &articles {
        isnad_schema::validate::opt_date("published", a.published.as_deref())
            .map_err(|e| ApiError::bad(format!("article {:?}: {e}", a.id)))?;
    }
    with_backend(st, move |b| b.ingest(articles))
        .await
        .map(Json)
}

pub(crate) fn authorize(token: Option<&str>, headers: &HeaderMap) -> Result<(), ApiError> {
    let Some(token) = token else {
        return Err(ApiError(
            StatusCode::FORBIDDEN,
            "ingest is disabled; start the server with --token".into(),
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    match given {
        Some(g) if ct_eq(g.as_bytes(), token.as_bytes()) => Ok(()),
        _ => Err(ApiError(
            StatusCode::UNAUTHORIZED,
            "missing or wrong bearer token".into(),
        )),
    }
}

/// Comparison whose time does not depend on where the first difference is.
fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_paging() {
        assert_eq!(paging(None, Some(10_000)).unwrap().limit, MAX_PAGE);
        assert_eq!(paging(None, None).unwrap().limit, DEFAULT_PAGE);
        assert!(paging(None, Some(0)).is_err());
    }

    #[test]
    fn constant_time_compare() {
        assert!(ct_eq(b"abc", b"abc"));
        assert!(!ct_eq(b"abc", b"abd"));
        assert!(!ct_eq(b"abc", b"ab"));
    }
}
