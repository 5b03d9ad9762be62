//! The page's endpoints on the real backend (the e2e fixtures ingested into a store file): the
//! event map counts what the list counts under every filter, exports hold what is shown, a
//! verdict on a contradiction is stored, counted in the source records and exported, bad input
//! is a 400 naming the field, and a store written before the verdicts table still reads.
#![cfg(feature = "store")]

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use isnad_serve::{router, ServeConfig, StoreBackend};
use serde_json::{json, Value};
use tower::ServiceExt;

const FIXTURES: &str = include_str!("../../../tests/e2e/fixtures.jsonl");

async fn raw(app: &Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let res = app.clone().oneshot(req).await.unwrap();
    let s = res.status();
    let h = res.headers().clone();
    let b = res.into_body().collect().await.unwrap().to_bytes().to_vec();
    (s, h, b)
}

async fn get_status(app: &Router, uri: &str) -> (StatusCode, Value) {
    let (s, _, b) = raw(app, Request::get(uri).body(Body::empty()).unwrap()).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

async fn get(app: &Router, uri: &str) -> Value {
    let (s, v) = get_status(app, uri).await;
    assert_eq!(s, StatusCode::OK, "{uri}: {v}");
    v
}

async fn post(app: &Router, uri: &str, body: Value, token: Option<&str>) -> (StatusCode, Value) {
    let mut req = Request::post(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    let (s, _, b) = raw(app, req.body(Body::from(body.to_string())).unwrap()).await;
    (s, serde_json::from_slice(&b).unwrap_or(Value::Null))
}

fn app_on(path: &std::path::Path) -> Router {
    let store = isnad_store::Store::open(path).unwrap();
    router(
        Box::new(StoreBackend::new(store)),
        ServeConfig {
            token: Some("tok".into()),
            ..Default::default()
        },
    )
}

async fn fixture_app(dir: &tempfile::TempDir) -> Router {
    let app = app_on(&dir.path().join("page.db"));
    let articles: Vec<Value> = FIXTURES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (s, v) = post(&app, "/api/ingest", Value::Array(articles), Some("tok")).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    app
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[tokio::test]
async fn map_counts_equal_the_list_under_every_filter() {
    let dir = tempfile::tempdir().unwrap();
    let app = fixture_app(&dir).await;
    let all = get(&app, "/api/events/map").await;
    let total = all["total"].as_u64().unwrap();
    assert!(total > 10, "{all}");
    assert_eq!(get(&app, "/api/events?limit=1").await["total"], total);
    let sum: u64 = all["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["n"].as_u64().unwrap())
        .sum();
    assert_eq!(sum, all["placed"].as_u64().unwrap());
    let days: u64 = all["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["n"].as_u64().unwrap())
        .sum();
    assert!(days <= total && days > 0);
    for p in all["places"].as_array().unwrap() {
        assert!(["point", "region", "country"].contains(&p["precision"].as_str().unwrap()));
    }
    // Filters: kind, party, place (by the map's key), dates, words.
    let kind = all["kinds"]
        .as_object()
        .unwrap()
        .keys()
        .next()
        .unwrap()
        .clone();
    let first = &all["places"][0];
    let key = first["key"].as_str().unwrap().to_string();
    let list = get(&app, "/api/events?limit=200").await;
    let party = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|e| e["parties"][0].as_str())
        .unwrap()
        .to_string();
    let day = all["days"][0]["day"].as_str().unwrap().to_string();
    for q in [
        format!("kind={kind}"),
        format!("party={}", enc(&party)),
        format!("place={}", enc(&key)),
        format!("since={day}&until={day}"),
        format!("q={}", enc("قصف")),
        format!("kind={kind}&party={}", enc(&party)),
    ] {
        let m = get(&app, &format!("/api/events/map?{q}")).await;
        let l = get(&app, &format!("/api/events?limit=1&{q}")).await;
        assert_eq!(m["total"], l["total"], "{q}");
        assert!(m["total"].as_u64().unwrap() <= total, "{q}");
    }
    // A map view's box: the whole world holds every placed event; a box around the busiest
    // place holds at least its events.
    let world = get(&app, "/api/events?limit=1&bbox=-540,-90,540,90").await;
    assert_eq!(world["total"], all["placed"]);
    let (lat, lon) = (
        first["lat"].as_f64().unwrap(),
        first["lon"].as_f64().unwrap(),
    );
    let near = get(
        &app,
        &format!(
            "/api/events/map?bbox={},{},{},{}",
            lon - 0.01,
            lat - 0.01,
            lon + 0.01,
            lat + 0.01
        ),
    )
    .await;
    assert!(near["placed"].as_u64().unwrap() >= first["n"].as_u64().unwrap());
    assert_eq!(near["total"], near["placed"]);
    let at = get(&app, &format!("/api/events/map?place={}", enc(&key))).await;
    assert!(at["placed"].as_u64().unwrap() >= first["n"].as_u64().unwrap());
    // The events of one article (an event's permalink finds it this way).
    let aid = list["items"][0]["article_id"].as_str().unwrap().to_string();
    let one = get(&app, &format!("/api/events?article={}", enc(&aid))).await;
    assert!(one["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["article_id"] == aid.as_str()));
    assert!(one["total"].as_u64().unwrap() >= 1);
}

#[tokio::test]
async fn exports_hold_what_the_filters_show() {
    let dir = tempfile::tempdir().unwrap();
    let app = fixture_app(&dir).await;
    let kind = get(&app, "/api/events/map").await["kinds"]
        .as_object()
        .unwrap()
        .keys()
        .next()
        .unwrap()
        .clone();
    for q in ["", &format!("kind={kind}")] {
        let m = get(&app, &format!("/api/events/map?{q}")).await;
        let (s, h, b) = raw(
            &app,
            Request::get(format!("/api/events/export?format=jsonl&{q}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        assert!(h[header::CONTENT_DISPOSITION]
            .to_str()
            .unwrap()
            .contains("attachment"));
        let lines = String::from_utf8(b).unwrap();
        assert_eq!(
            lines.lines().count() as u64,
            m["total"].as_u64().unwrap(),
            "{q}"
        );
        let (_, _, b) = raw(
            &app,
            Request::get(format!("/api/events/export?format=geojson&{q}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        let g: Value = serde_json::from_slice(&b).unwrap();
        assert_eq!(
            g["features"].as_array().unwrap().len() as u64,
            m["placed"].as_u64().unwrap(),
            "{q}"
        );
        let (s, h, b) = raw(
            &app,
            Request::get(format!("/api/events/export?format=acled-csv&{q}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
        assert_eq!(s, StatusCode::OK);
        assert!(h[header::CONTENT_TYPE]
            .to_str()
            .unwrap()
            .starts_with("text/csv"));
        let csv = String::from_utf8(b).unwrap();
        assert!(csv.starts_with("event_id_cnty,event_date"));
        assert!(csv.lines().count() as u64 <= m["total"].as_u64().unwrap() + 1);
    }
}

#[tokio::test]
async fn verdicts_are_stored_counted_and_exported() {
    let dir = tempfile::tempdir().unwrap();
    let app = fixture_app(&dir).await;
    let board = get(&app, "/api/contradictions?limit=200").await;
    let c = board["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["sides"][0]["source_key"] != c["sides"][1]["source_key"])
        .or_else(|| board["items"].as_array().unwrap().first())
        .expect("the fixtures hold contradictions")
        .clone();
    let id = c["id"].as_i64().unwrap();
    assert_eq!(c["verdict"], Value::Null);
    // Each quote comes with its sentence, the quote's place in it given.
    for side in c["sides"].as_array().unwrap() {
        let sent: Vec<char> = side["sentence"]["text"].as_str().unwrap().chars().collect();
        let q = &side["sentence"]["quote"];
        let (a, b) = (
            q[0].as_u64().unwrap() as usize,
            q[1].as_u64().unwrap() as usize,
        );
        assert_eq!(
            sent[a..b].iter().collect::<String>(),
            side["content_text"].as_str().unwrap()
        );
    }
    let one = get(&app, &format!("/api/contradictions/{id}")).await;
    assert_eq!(one["explanation"], c["explanation"]);
    let uri = format!("/api/contradictions/{id}/verdict");
    // A write: the token is needed.
    let (s, _) = post(&app, &uri, json!({"verdict": "wrong"}), None).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    let (s, v) = post(&app, &uri, json!({"note": "no verdict"}), Some("tok")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");
    let (s, v) = post(&app, &uri, json!({"verdict": "maybe"}), Some("tok")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(v["error"].as_str().unwrap().contains("verdict"), "{v}");
    let (s, v) = post(
        &app,
        "/api/contradictions/999999/verdict",
        json!({"verdict": "wrong"}),
        Some("tok"),
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND, "{v}");
    let (s, v) = post(
        &app,
        "/api/contradictions/abc/verdict",
        json!({"verdict": "wrong"}),
        Some("tok"),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "{v}");

    let sources_before = get(&app, "/api/sources?limit=200").await;
    let (s, v) = post(
        &app,
        &uri,
        json!({"verdict": "wrong", "note": "two different villages"}),
        Some("tok"),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["verdict"], "wrong");
    assert_eq!(v["verdict_note"], "two different villages");

    // Stored in the file: a fresh server on the same store sees it.
    drop(app);
    let app = app_on(&dir.path().join("page.db"));
    let again = get(&app, &format!("/api/contradictions/{id}")).await;
    assert_eq!(again["verdict"], "wrong");
    let marked = get(&app, "/api/contradictions?limit=200").await;
    assert!(marked["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["id"] == id && x["verdict"] == "wrong"));

    // Counted in the sources' records: marked wrong, and no longer counted as contradicted.
    let sources = get(&app, "/api/sources?limit=200").await;
    let wrong: u64 = sources["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["marked_wrong"].as_u64().unwrap())
        .sum();
    assert!(wrong >= 1, "{sources}");
    let contra = |v: &Value| -> u64 {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["contradicted"].as_u64().unwrap())
            .sum()
    };
    assert!(contra(&sources) <= contra(&sources_before));

    // Exported with the contradictions.
    let (s, _, b) = raw(
        &app,
        Request::get("/api/contradictions/export")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
    let rows: Vec<Value> = String::from_utf8(b)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len() as u64, board["total"].as_u64().unwrap());
    assert!(rows
        .iter()
        .any(|r| r["id"] == id && r["verdict"] == "wrong"));

    // Cleared with null.
    let (s, v) = post(&app, &uri, json!({"verdict": null}), Some("tok")).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["verdict"], Value::Null);
}

#[tokio::test]
async fn bad_input_is_a_400_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_on(&dir.path().join("empty.db"));
    for (uri, field) in [
        ("/api/events/map?since=2019-13-45", "since"),
        ("/api/events/map?until=yesterday", "until"),
        ("/api/events?colour=red", "colour"),
        ("/api/events/map?plce=Aleppo", "plce"),
        ("/api/events/export?format=xml", "format"),
        ("/api/events/map?format=jsonl", "format"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?bbox=1,2,3", "bbox"),
        ("/api/events?bbox=1,2,3,inf", "bbox"),
        ("/api/events?bbox=a,b,c,d", "bbox"),
        ("/api/events?offset=-1", "offset"),
        ("/api/contradictions/0", "id"),
        ("/api/sources?kind=people", "kind"),
        ("/api/contradictions/x1", "id"),
    ] {
        let (s, v) = get_status(&app, uri).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{uri}: {v}");
        let msg = v["error"].as_str().unwrap_or_default();
        assert!(msg.contains(field), "{uri}: {msg}");
    }
    // Huge pages are clamped, not refused.
    let v = get(&app, "/api/events?limit=100000").await;
    assert_eq!(v["limit"], 200);
    let (s, _) = get_status(&app, "/api/contradictions/12345").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn search_snippet_spans_point_into_the_snippet() {
    let dir = tempfile::tempdir().unwrap();
    let app = fixture_app(&dir).await;
    let hits = get(&app, &format!("/api/search?q={}", enc("قصف"))).await;
    let items = hits["items"].as_array().unwrap();
    assert!(!items.is_empty());
    for h in items {
        let snip: Vec<char> = h["snippet"].as_str().unwrap().chars().collect();
        let spans = h["snippet_spans"].as_array().unwrap();
        assert!(!spans.is_empty(), "{h}");
        for sp in spans {
            let (a, b) = (
                sp[0].as_u64().unwrap() as usize,
                sp[1].as_u64().unwrap() as usize,
            );
            let word: String = snip[a..b].iter().collect();
            assert!(word.contains("قصف"), "{word:?} in {h}");
        }
    }
}

#[tokio::test]
async fn a_store_from_before_verdicts_still_reads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let app = fixture_app_at(&path).await;
        drop(app);
        // What a store written by the previous release looks like: no verdicts table.
        let c = drop_verdicts(&path);
        assert!(c);
    }
    // Read-only (the table cannot be created): lists answer, verdicts are null.
    let ro = isnad_store::Store::open_read_only(&path).unwrap();
    let app = router(Box::new(StoreBackend::new(ro)), ServeConfig::default());
    let board = get(&app, "/api/contradictions").await;
    assert!(board["total"].as_u64().unwrap() > 0);
    assert_eq!(board["items"][0]["verdict"], Value::Null);
    get(&app, "/api/sources").await;
    // Writable: the table is added on open, nothing stored is lost.
    let app = app_on(&path);
    let again = get(&app, "/api/contradictions").await;
    assert_eq!(again["total"], board["total"]);
    let id = again["items"][0]["id"].as_i64().unwrap();
    let (s, v) = post(
        &app,
        &format!("/api/contradictions/{id}/verdict"),
        json!({"verdict": "right"}),
        Some("tok"),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
}

async fn fixture_app_at(path: &std::path::Path) -> Router {
    let app = app_on(path);
    let articles: Vec<Value> = FIXTURES
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (s, v) = post(&app, "/api/ingest", Value::Array(articles), Some("tok")).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    app
}

/// Drops the verdicts table: the store as the release before them wrote it.
fn drop_verdicts(path: &std::path::Path) -> bool {
    let c = rusqlite::Connection::open(path).unwrap();
    c.execute_batch("DROP TABLE verdicts").unwrap();
    true
}
