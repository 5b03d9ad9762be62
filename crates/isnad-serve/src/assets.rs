//! The page and its static files, embedded at compile time (no build step: plain files in web/).

use axum::extract::rejection::PathRejection;
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

macro_rules! web {
    ($p:literal) => {
        include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../web/", $p))
    };
}

pub(crate) const OPENAPI: &str = include_str!("../openapi.json");

/// (name under /assets/, content type, bytes)
const FILES: &[(&str, &str, &[u8])] = &[
    ("app.js", "text/javascript; charset=utf-8", web!("app.js")),
    ("i18n.js", "text/javascript; charset=utf-8", web!("i18n.js")),
    (
        "highlight.js",
        "text/javascript; charset=utf-8",
        web!("highlight.js"),
    ),
    ("map.js", "text/javascript; charset=utf-8", web!("map.js")),
    (
        "board.js",
        "text/javascript; charset=utf-8",
        web!("board.js"),
    ),
    ("dom.js", "text/javascript; charset=utf-8", web!("dom.js")),
    ("style.css", "text/css; charset=utf-8", web!("style.css")),
    // Natural Earth outlines as GeoJSON (web/tools/build-basemap.cjs) and Leaflet 1.9.4
    // (BSD-2-Clause, web/vendor/leaflet/LICENSE): the map works offline.
    (
        "world.geojson",
        "application/geo+json",
        web!("assets/world.geojson"),
    ),
    (
        "leaflet.js",
        "text/javascript; charset=utf-8",
        web!("vendor/leaflet/leaflet.js"),
    ),
    (
        "leaflet.css",
        "text/css; charset=utf-8",
        web!("vendor/leaflet/leaflet.css"),
    ),
    ("favicon.svg", "image/svg+xml", web!("assets/favicon.svg")),
];

pub(crate) async fn index() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        web!("index.html").as_slice(),
    )
        .into_response()
}

pub(crate) async fn asset(file: Result<Path<String>, PathRejection>) -> Response {
    let file = match file {
        Ok(Path(f)) => f,
        Err(r) => return crate::http::ApiError::from(r).into_response(),
    };
    match FILES.iter().find(|(n, _, _)| *n == file) {
        Some((_, ct, body)) => (
            [
                (header::CONTENT_TYPE, *ct),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            *body,
        )
            .into_response(),
        None => crate::http::ApiError(StatusCode::NOT_FOUND, format!("no asset {file:?}"))
            .into_response(),
    }
}

pub(crate) async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}
