//! The real backend end to end: ingest through the API (token), then read every endpoint back.
#![cfg(feature = "store")]

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use isnad_serve::{router, ServeConfig, StoreBackend};
use serde_json::{json, Value};
use tower::ServiceExt;

async fn call(app: &Router, req: Request<Body>) -> (StatusCode, Value) {
    let res = app.clone().oneshot(req).await.unwrap();
    let s = res.status();
    let b = res.into_body().collect().await.unwrap().to_bytes();
    (s, serde_json::from_slice(&b).unwrap())
}

async fn get(app: &Router, uri: &str) -> Value {
    let (s, v) = call(app, Request::get(uri).body(Body::empty()).unwrap()).await;
    assert_eq!(s, StatusCode::OK, "{uri}: {v}");
    v
}

#[tokio::test]
async fn ingest_then_read_back() {
    let store = isnad_store::Store::open_in_memory().unwrap();
    let app = router(
        Box::new(StoreBackend::new(store)),
        ServeConfig {
            token: Some("tok".into()),
            ..Default::default()
        },
    );
    let text =
        "قال المرصد السوري لحقوق الإنسان إن طائرات حربية قصفت بلدة سراقب في ريف إدلب يوم الاثنين.";
    let batch = json!([
        {"id": "t1", "text": text, "outlet": "عنب بلدي", "published": "2024-05-06", "title": "قصف على سراقب"},
        {"id": "t2", "text": "أعلنت وزارة الدفاع التركية أن قواتها قصفت مواقع في ريف الرقة.", "outlet": "الأناضول", "published": "2024-05-07"}
    ]);
    let req = Request::post("/api/ingest")
        .header(header::AUTHORIZATION, "Bearer tok")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(batch.to_string()))
        .unwrap();
    let (s, v) = call(&app, req).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["added"], 2);

    let page = get(&app, "/api/articles?limit=1").await;
    assert_eq!(page["total"], 2);
    assert_eq!(page["items"].as_array().unwrap().len(), 1);
    let a = get(&app, "/api/articles/t1").await;
    assert_eq!(a["article"]["text"], text);
    assert_eq!(a["analysis"]["schema"], "isnad/1");
    // every span the page will highlight lies inside the text
    let n = text.chars().count();
    for st in a["analysis"]["statements"].as_array().unwrap() {
        let sp = &st["content"]["span"];
        assert!(sp[1].as_u64().unwrap() as usize <= n);
    }
    let hits = get(&app, "/api/search?q=%D8%B3%D8%B1%D8%A7%D9%82%D8%A8").await; // سراقب
    assert_eq!(hits["items"][0]["article_id"], "t1");
    let stats = get(&app, "/api/stats").await;
    assert_eq!(stats["articles"], 2);
    for uri in [
        "/api/statements",
        "/api/events",
        "/api/contradictions",
        "/api/sources",
    ] {
        let p = get(&app, uri).await;
        assert!(p["items"].is_array() && p["total"].is_u64(), "{uri}");
    }
    let req = Request::post("/api/check")
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(
            json!({"claim": "قصفت طائرات حربية سراقب"}).to_string(),
        ))
        .unwrap();
    let (s, v) = call(&app, req).await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert!(v["groups"].is_array());
    let (s, _) = call(
        &app,
        Request::get("/api/articles/nope")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}
