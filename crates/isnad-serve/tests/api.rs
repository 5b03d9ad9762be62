//! HTTP behaviour against a fake backend: JSON errors, paging bounds, the ingest token gate,
//! body limits, escaping/CSP, static files and the OpenAPI document.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use isnad_schema::Article;
use isnad_serve::{router, Backend, Filters, Paging, ServeConfig, MAX_PAGE};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use tower::ServiceExt;

#[derive(Default)]
struct Seen {
    paging: Option<Paging>,
    filters: Option<Filters>,
    ingested: Vec<Article>,
    claims: Vec<String>,
}

struct Fake(Arc<Mutex<Seen>>);

impl Fake {
    fn page(&self, f: &Filters, p: Paging, items: Vec<Value>) -> anyhow::Result<Value> {
        let mut s = self.0.lock().unwrap();
        s.paging = Some(p);
        s.filters = Some(f.clone());
        Ok(json!({"items": items, "total": 1, "offset": p.offset, "limit": p.limit}))
    }
}

const HOSTILE: &str = "<script>alert(1)</script> قال المرصد السوري";

impl Backend for Fake {
    fn articles(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.page(f, p, vec![json!({"id": "a1", "title": HOSTILE})])
    }
    fn article(&self, id: &str) -> anyhow::Result<Option<Value>> {
        Ok((id == "a1").then(|| json!({"article": {"id": "a1", "text": HOSTILE}, "analysis": {}})))
    }
    fn statements(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.page(f, p, vec![])
    }
    fn events(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.page(f, p, vec![json!({"kind": "airstrike"})])
    }
    fn contradictions(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.page(f, p, vec![])
    }
    fn sources(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.page(f, p, vec![])
    }
    fn source(&self, _key: &str) -> anyhow::Result<Option<Value>> {
        Ok(None)
    }
    fn search(&self, q: &str, p: Paging) -> anyhow::Result<Value> {
        self.page(
            &Filters {
                q: Some(q.into()),
                ..Default::default()
            },
            p,
            vec![],
        )
    }
    fn check(&self, claim: &str, _deadline: std::time::Instant) -> anyhow::Result<Value> {
        self.0.lock().unwrap().claims.push(claim.into());
        Ok(json!({"claim": {}, "groups": []}))
    }
    fn ingest(&self, articles: Vec<Article>) -> anyhow::Result<Value> {
        let n = articles.len();
        self.0.lock().unwrap().ingested.extend(articles);
        Ok(json!({"added": n, "skipped": 0}))
    }
    fn stats(&self) -> anyhow::Result<Value> {
        Ok(json!({"articles": 1}))
    }
}

fn app(token: Option<&str>) -> (Router, Arc<Mutex<Seen>>) {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let cfg = ServeConfig {
        token: token.map(String::from),
        ..Default::default()
    };
    (router(Box::new(Fake(seen.clone())), cfg), seen)
}

async fn send(app: &Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (status, headers, body)
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    let (s, h, b) = send(app, Request::get(uri).body(Body::empty()).unwrap()).await;
    assert_eq!(
        h.get(header::CONTENT_TYPE).map(|v| v.to_str().unwrap()),
        Some("application/json"),
        "{uri} must answer JSON"
    );
    (s, serde_json::from_slice(&b).unwrap())
}

async fn post(app: &Router, uri: &str, body: String, auth: Option<&str>) -> (StatusCode, Value) {
    let mut r = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(a) = auth {
        r = r.header(header::AUTHORIZATION, a);
    }
    let (s, _, b) = send(app, r.body(Body::from(body)).unwrap()).await;
    let v = serde_json::from_slice(&b)
        .unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&b)));
    (s, v)
}

fn is_error(v: &Value) -> bool {
    v.as_object()
        .is_some_and(|o| o.len() == 1 && o["error"].is_string())
}

#[tokio::test]
async fn unknown_paths_and_methods_are_json_errors() {
    let (app, _) = app(None);
    let (s, v) = get(&app, "/api/nothing").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(is_error(&v));
    let (s, v) = get(&app, "/api/articles/missing").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(v["error"].as_str().unwrap().contains("missing"));
    let (s, v) = get(&app, "/api/sources/%D8%A7%D9%84%D9%85%D8%B1%D8%B5%D8%AF").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(v["error"].as_str().unwrap().contains("المرصد"));
    let (s, _, b) = send(
        &app,
        Request::delete("/api/articles")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::METHOD_NOT_ALLOWED);
    assert!(is_error(&serde_json::from_slice(&b).unwrap()));
}

#[tokio::test]
async fn pages_are_bounded_and_filters_reach_the_backend() {
    let (app, seen) = app(None);
    let (s, v) = get(
        &app,
        "/api/events?limit=100000&offset=3&party=SDF&since=2024-01-02",
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["limit"], MAX_PAGE);
    let (paging, f) = {
        let st = seen.lock().unwrap();
        (st.paging, st.filters.clone().unwrap())
    };
    assert_eq!(
        paging,
        Some(Paging {
            offset: 3,
            limit: MAX_PAGE
        })
    );
    assert_eq!(f.party.as_deref(), Some("SDF"));
    assert_eq!(f.since.as_deref(), Some("2024-01-02"));

    let (s, v) = get(&app, "/api/articles").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["limit"], 50);
    for bad in [
        "/api/articles?limit=0",
        "/api/articles?limit=-1",
        "/api/articles?limit=abc",
        "/api/events?offset=x",
        "/api/events?since=yesterday",
        "/api/contradictions?until=2024-13",
        "/api/contradictions?scope=everywhere",
        "/api/events?offset=1000000000001",
        "/api/events?offset=99999999999999999999999",
        "/api/search",
        "/api/search?q=%20",
    ] {
        let (s, v) = get(&app, bad).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}");
        assert!(is_error(&v), "{bad}: {v}");
    }
}

#[tokio::test]
async fn arabic_query_text_is_decoded() {
    let (app, seen) = app(None);
    let (s, _) = get(
        &app,
        "/api/search?q=%D8%BA%D8%A7%D8%B1%D8%A9%20%D8%AC%D9%88%D9%8A%D8%A9",
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        seen.lock().unwrap().filters.as_ref().unwrap().q.as_deref(),
        Some("غارة جوية")
    );
}

#[tokio::test]
async fn ingest_is_off_without_a_token() {
    let (app, seen) = app(None);
    let body = json!([{"id": "x", "text": "قصفت طائرات حربية بلدة في ريف إدلب"}]).to_string();
    let (s, v) = post(&app, "/api/ingest", body.clone(), Some("Bearer anything")).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert!(is_error(&v));
    assert!(seen.lock().unwrap().ingested.is_empty());
}

#[tokio::test]
async fn ingest_needs_the_right_bearer_token() {
    let (app, seen) = app(Some("s3cret"));
    let body =
        json!([{"id": "x", "text": "قصفت طائرات حربية بلدة في ريف إدلب", "outlet": "عنب بلدي"}])
            .to_string();
    for auth in [
        None,
        Some("Bearer wrong"),
        Some("s3cret"),
        Some("Basic s3cret"),
        Some("Bearer s3cre"),
    ] {
        let (s, v) = post(&app, "/api/ingest", body.clone(), auth).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{auth:?}");
        assert!(is_error(&v));
    }
    assert!(seen.lock().unwrap().ingested.is_empty());
    let (s, v) = post(&app, "/api/ingest", body, Some("Bearer s3cret")).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["added"], 1);
    // the wrapped form and a single object are accepted too
    let one =
        json!({"id": "y", "text": "أعلنت قوات سوريا الديمقراطية سيطرتها على قرية"}).to_string();
    let (s, _) = post(&app, "/api/ingest", one, Some("Bearer s3cret")).await;
    assert_eq!(s, StatusCode::OK);
    let wrapped =
        json!({"articles": [{"id": "z", "text": "نفت وزارة الدفاع الروسية"}]}).to_string();
    let (s, _) = post(&app, "/api/ingest", wrapped, Some("Bearer s3cret")).await;
    assert_eq!(s, StatusCode::OK);
    let ids: Vec<String> = seen
        .lock()
        .unwrap()
        .ingested
        .iter()
        .map(|a| a.id.clone())
        .collect();
    assert_eq!(ids, ["x", "y", "z"]);
}

#[tokio::test]
async fn ingest_rejects_malformed_and_oversized_bodies() {
    let (app, _) = app(Some("t"));
    for bad in [
        "not json".to_string(),
        "[]".into(),
        json!([{"id": "", "text": "نص"}]).to_string(),
        json!([{"id": "a", "text": "   "}]).to_string(),
        json!([{"text": "بلا معرّف"}]).to_string(),
    ] {
        let (s, v) = post(&app, "/api/ingest", bad.clone(), Some("Bearer t")).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{bad}");
        assert!(is_error(&v));
    }
    let big = format!("[{{\"id\":\"a\",\"text\":\"{}\"}}]", "ا".repeat(1_200_000));
    let (s, v) = post(&app, "/api/ingest", big, Some("Bearer t")).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(is_error(&v));
}

#[tokio::test]
async fn check_validates_the_claim() {
    let (app, seen) = app(None);
    let (s, v) = post(&app, "/api/check", json!({"claim": "  "}).to_string(), None).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(is_error(&v));
    let (s, v) = post(&app, "/api/check", "{\"nope\": 1}".into(), None).await;
    assert!(s.is_client_error());
    assert!(is_error(&v));
    let (s, v) = post(
        &app,
        "/api/check",
        json!({"claim": "ا".repeat(5000)}).to_string(),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(is_error(&v));
    let (s, _) = post(
        &app,
        "/api/check",
        json!({"claim": "انسحبت القوات التركية من تل رفعت"}).to_string(),
        None,
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        seen.lock().unwrap().claims,
        ["انسحبت القوات التركية من تل رفعت"]
    );
}

#[tokio::test]
async fn article_text_is_served_as_json_data_never_markup() {
    let (app, _) = app(None);
    let (s, h, b) = send(
        &app,
        Request::get("/api/articles/a1")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h[header::CONTENT_TYPE], "application/json");
    assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert_eq!(v["article"]["text"], HOSTILE);
    // The page itself: a strict CSP, and no code path that parses strings as HTML.
    let (s, h, b) = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK);
    assert!(h[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let csp = h[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
    let html = String::from_utf8(b).unwrap();
    assert!(html.contains("/assets/app.js"));
    for file in [
        "app.js",
        "highlight.js",
        "i18n.js",
        "map.js",
        "board.js",
        "dom.js",
    ] {
        let (s, h, b) = send(
            &app,
            Request::get(format!("/assets/{file}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        assert!(h[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/javascript"));
        let js = String::from_utf8(b).unwrap();
        for sink in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
        ] {
            assert!(!js.contains(sink), "{file} uses {sink}");
        }
    }
}

#[tokio::test]
async fn static_files_are_embedded() {
    let (app, _) = app(None);
    let (s, h, b) = send(
        &app,
        Request::get("/assets/world.geojson")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(h[header::CONTENT_TYPE], "application/geo+json");
    let map: Value = serde_json::from_slice(&b).unwrap();
    let countries = map["features"].as_array().unwrap();
    assert!(countries.len() > 150);
    // Every country of the corpus has its code and Arabic name (the Arabic page labels them).
    for cc in [
        "SY", "IQ", "TR", "LB", "JO", "IL", "IR", "YE", "SA", "EG", "LY", "RU", "US", "AF", "CH",
    ] {
        let c = countries
            .iter()
            .find(|f| f["properties"]["cc"] == cc)
            .unwrap_or_else(|| panic!("no {cc}"));
        assert!(
            c["properties"]["name_ar"]
                .as_str()
                .is_some_and(|n| !n.is_empty()),
            "{cc}"
        );
    }
    for file in ["leaflet.js", "leaflet.css", "map.js", "board.js", "dom.js"] {
        let (s, _, b) = send(
            &app,
            Request::get(format!("/assets/{file}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{file}");
        assert!(b.len() > 1000, "{file}");
    }
    let (s, v) = get(&app, "/assets/../Cargo.toml").await;
    assert!(s == StatusCode::NOT_FOUND, "{s} {v}");
    let (s, v) = get(&app, "/assets/nope.js").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(is_error(&v));
}

#[tokio::test]
async fn openapi_document_is_valid_and_complete() {
    let (app, _) = app(None);
    let (s, doc) = get(&app, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert!(doc["info"]["title"].is_string() && doc["info"]["version"].is_string());
    let paths = doc["paths"].as_object().unwrap();
    for (p, m) in [
        ("/api/articles", "get"),
        ("/api/articles/{id}", "get"),
        ("/api/statements", "get"),
        ("/api/events", "get"),
        ("/api/events/map", "get"),
        ("/api/events/export", "get"),
        ("/api/contradictions", "get"),
        ("/api/contradictions/{id}", "get"),
        ("/api/contradictions/{id}/verdict", "post"),
        ("/api/contradictions/export", "get"),
        ("/api/sources", "get"),
        ("/api/sources/{key}", "get"),
        ("/api/search", "get"),
        ("/api/check", "post"),
        ("/api/ingest", "post"),
        ("/api/stats", "get"),
        ("/api/openapi.json", "get"),
    ] {
        let op = &paths.get(p).unwrap_or_else(|| panic!("{p} undocumented"))[m];
        assert!(op["responses"]["200"].is_object(), "{p} {m}");
        // every path parameter in the template is declared
        for seg in p.split('/').filter(|s| s.starts_with('{')) {
            let name = seg.trim_matches(|c| c == '{' || c == '}');
            assert!(
                op["parameters"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|x| x["name"] == name && x["in"] == "path" && x["required"] == true),
                "{p}: {name}"
            );
        }
    }
    // every $ref resolves
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(r)) = o.get("$ref") {
                    out.push(r.clone());
                }
                o.values().for_each(|x| refs(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }
    let mut all = vec![];
    refs(&doc, &mut all);
    assert!(all.len() > 10);
    for r in all {
        let name = r.strip_prefix("#/components/schemas/").expect("local ref");
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "dangling {r}"
        );
    }
    // operation ids are unique
    let mut ids: Vec<&str> = paths
        .values()
        .flat_map(|m| m.as_object().unwrap().values())
        .filter_map(|op| op["operationId"].as_str())
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
}
