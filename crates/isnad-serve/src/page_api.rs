//! Endpoints of the analyst's page beyond the lists: the event map (every event of a filter
//! counted by place and day), exports of what is on screen, one contradiction by id (its
//! permalink) and an analyst's verdict on it.

use crate::http::{authorize, with_backend, ApiError, Shared, P, Q};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::Value;

/// Export formats of `/api/events/export`: (name, content type, file extension).
pub(crate) const FORMATS: &[(&str, &str, &str)] = &[
    ("jsonl", "application/x-ndjson", "jsonl"),
    ("acled-csv", "text/csv; charset=utf-8", "csv"),
    ("plover-json", "application/json", "json"),
    ("geojson", "application/geo+json", "geojson"),
];

pub(crate) async fn event_map(State(st): State<Shared>, q: Q) -> Result<Json<Value>, ApiError> {
    let Query(p) = q?;
    if p.format.is_some() {
        return Err(ApiError::bad("format is only for /api/events/export"));
    }
    let (f, _) = p.split()?;
    with_backend(st, move |b| b.event_map(&f)).await.map(Json)
}

pub(crate) async fn export_events(State(st): State<Shared>, q: Q) -> Result<Response, ApiError> {
    let Query(mut p) = q?;
    let format = p.format.take().unwrap_or_else(|| "jsonl".into());
    let Some(&(name, ct, ext)) = FORMATS.iter().find(|f| f.0 == format) else {
        return Err(ApiError::bad(format!(
            "format: unknown export format {format:?} (jsonl, acled-csv, plover-json, geojson)"
        )));
    };
    let (f, _) = p.split()?;
    let body = with_backend(st, move |b| b.export_events(&f, name)).await?;
    Ok((
        [
            (header::CONTENT_TYPE, ct.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"isnad-events.{ext}\""),
            ),
        ],
        body,
    )
        .into_response())
}

pub(crate) async fn export_contradictions(State(st): State<Shared>) -> Result<Response, ApiError> {
    let body = with_backend(st, |b| b.export_contradictions()).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/x-ndjson"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"isnad-contradictions.jsonl\"",
            ),
        ],
        body,
    )
        .into_response())
}

fn contradiction_id(id: P) -> Result<i64, ApiError> {
    let Path(id) = id?;
    id.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| ApiError::bad(format!("id: not a contradiction id: {id:?}")))
}

pub(crate) async fn contradiction(
    State(st): State<Shared>,
    id: P,
) -> Result<Json<Value>, ApiError> {
    let id = contradiction_id(id)?;
    with_backend(st, move |b| b.contradiction(id))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("no contradiction {id}")))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VerdictBody {
    /// `right`, `wrong`, or null to clear.
    verdict: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

const MAX_NOTE_CHARS: usize = 2000;

/// `POST /api/contradictions/{id}/verdict {"verdict": "right"|"wrong"|null, "note"?}`: writes to
/// the store, so it takes the same bearer token as ingest.
pub(crate) async fn verdict(
    State(st): State<Shared>,
    headers: HeaderMap,
    id: P,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Value>, ApiError> {
    authorize(st.token.as_deref(), &headers)?;
    let id = contradiction_id(id)?;
    let body = body.map_err(|r| ApiError(r.status(), r.body_text()))?;
    // `verdict` must be there (null clears): a body without it is a mistake, not a clear.
    let has_verdict = serde_json::from_slice::<Value>(&body)
        .ok()
        .is_some_and(|v| v.get("verdict").is_some());
    if !has_verdict {
        return Err(ApiError::bad(
            "verdict: required (\"right\", \"wrong\", or null to clear)",
        ));
    }
    let v: VerdictBody = serde_json::from_slice(&body).map_err(|e| {
        ApiError::bad(format!(
            "expected {{\"verdict\": \"right\" | \"wrong\" | null, \"note\"?: text}}: {e}"
        ))
    })?;
    if let Some(x) = v.verdict.as_deref() {
        if x != "right" && x != "wrong" {
            return Err(ApiError::bad(format!(
                "verdict: must be \"right\", \"wrong\" or null, not {x:?}"
            )));
        }
    }
    let note = v
        .note
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty());
    if note
        .as_deref()
        .is_some_and(|n| n.chars().count() > MAX_NOTE_CHARS)
    {
        return Err(ApiError::bad(format!(
            "note: longer than {MAX_NOTE_CHARS} characters"
        )));
    }
    let verdict = v.verdict;
    with_backend(st, move |b| {
        b.set_verdict(id, verdict.as_deref(), note.as_deref())
    })
    .await?
    .map(Json)
    .ok_or_else(|| ApiError::not_found(format!("no contradiction {id}")))
}
