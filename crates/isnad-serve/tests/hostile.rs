//! Hostile and careless clients (issue 17, rows 4, 5, 9, 12, 13 for the server): a slow claim
//! check must not hold up reads, half-sent headers and idle connections are dropped, open
//! connections are capped, the Host header must name the bound address, bad path parameters
//! answer JSON, a read-only store is served for reading. Real sockets on 127.0.0.1 only.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use http_body_util::BodyExt;
use isnad_schema::Article;
use isnad_serve::{router, serve, Backend, Filters, Paging, ServeConfig, ServerOptions};
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tower::ServiceExt;

/// A backend whose check (and, if asked, stats) sleeps: stands for a slow SQLite query.
struct Slow {
    check: Duration,
    stats: Duration,
}

impl Backend for Slow {
    fn articles(&self, _: &Filters, p: Paging) -> anyhow::Result<Value> {
        Ok(json!({"items": [], "total": 0, "offset": p.offset, "limit": p.limit}))
    }
    fn article(&self, _: &str) -> anyhow::Result<Option<Value>> {
        Ok(None)
    }
    fn statements(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.articles(f, p)
    }
    fn events(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.articles(f, p)
    }
    fn contradictions(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.articles(f, p)
    }
    fn sources(&self, f: &Filters, p: Paging) -> anyhow::Result<Value> {
        self.articles(f, p)
    }
    fn source(&self, _: &str) -> anyhow::Result<Option<Value>> {
        Ok(None)
    }
    fn search(&self, _: &str, p: Paging) -> anyhow::Result<Value> {
        self.articles(&Filters::default(), p)
    }
    fn check(&self, _: &str, deadline: Instant) -> anyhow::Result<Value> {
        // Sleeps in slices and stops at the deadline, as the store does.
        let end = Instant::now() + self.check;
        while Instant::now() < end {
            if Instant::now() >= deadline {
                return Err(isnad_serve::TimedOut("stopped".into()).into());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        Ok(json!({"claim": {}, "groups": []}))
    }
    fn ingest(&self, _: Vec<Article>) -> anyhow::Result<Value> {
        Ok(json!({"added": 0}))
    }
    fn stats(&self) -> anyhow::Result<Value> {
        std::thread::sleep(self.stats);
        Ok(json!({"articles": 0}))
    }
}

fn slow(check_ms: u64, stats_ms: u64) -> Box<dyn Backend> {
    Box::new(Slow {
        check: Duration::from_millis(check_ms),
        stats: Duration::from_millis(stats_ms),
    })
}

/// Starts the real accept loop on 127.0.0.1:0; the server stops when the test's runtime ends.
async fn start(app: axum::Router, opts: ServerOptions) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(serve(listener, app, opts, std::future::pending()));
    addr
}

/// Sends `raw` and reads until the server closes the connection (or `limit` passes).
async fn exchange(addr: SocketAddr, raw: &str, limit: Duration) -> String {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(raw.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    let _ = tokio::time::timeout(limit, s.read_to_end(&mut out)).await;
    String::from_utf8_lossy(&out).into_owned()
}

fn get(path: &str, host: &str) -> String {
    format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n")
}

fn post_check(host: &str) -> String {
    let body = json!({"claim": "قصفت طائرات حربية بلدة سراقب"}).to_string();
    format!(
        "POST /api/check HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
}

fn status(resp: &str) -> u16 {
    resp.split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn json_body(resp: &str) -> Value {
    let body = resp.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {resp}"))
}

const T: Duration = Duration::from_secs(10);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reads_are_answered_while_a_long_check_runs() {
    let app = router(slow(3000, 0), ServeConfig::default());
    let addr = start(app, ServerOptions::default()).await;
    let check = tokio::spawn(async move { exchange(addr, &post_check("localhost"), T).await });
    tokio::time::sleep(Duration::from_millis(200)).await;
    for _ in 0..5 {
        let t = Instant::now();
        let r = exchange(addr, &get("/api/stats", "localhost"), T).await;
        assert_eq!(status(&r), 200, "{r}");
        assert!(
            t.elapsed() < Duration::from_millis(1000),
            "a read waited {:?} behind the check",
            t.elapsed()
        );
    }
    assert!(!check.is_finished(), "the check should still be running");
    assert_eq!(status(&check.await.unwrap()), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_check_past_its_budget_is_cut_with_503() {
    let cfg = ServeConfig {
        check_timeout: Duration::from_millis(300),
        ..Default::default()
    };
    let app = router(slow(5000, 0), cfg);
    let t = Instant::now();
    let res = app
        .oneshot(
            Request::post("/api/check")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(json!({"claim": "قصف"}).to_string()))
                .unwrap(),
        )
        .await
        .unwrap();
    assert!(t.elapsed() < Duration::from_secs(2), "{:?}", t.elapsed());
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(res.headers().contains_key(header::RETRY_AFTER));
    let b = res.into_body().collect().await.unwrap().to_bytes();
    let v: Value = serde_json::from_slice(&b).unwrap();
    assert!(v["error"].as_str().unwrap().contains("stopped"), "{v}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn checks_beyond_the_limit_get_503_with_retry_after() {
    let cfg = ServeConfig {
        max_checks: 1,
        ..Default::default()
    };
    let addr = start(router(slow(2000, 0), cfg), ServerOptions::default()).await;
    let first = tokio::spawn(async move { exchange(addr, &post_check("localhost"), T).await });
    tokio::time::sleep(Duration::from_millis(200)).await;
    let t = Instant::now();
    let second = exchange(addr, &post_check("localhost"), T).await;
    assert!(t.elapsed() < Duration::from_millis(1000));
    assert_eq!(status(&second), 503, "{second}");
    assert!(
        second.to_ascii_lowercase().contains("retry-after: 5"),
        "{second}"
    );
    assert!(json_body(&second)["error"]
        .as_str()
        .unwrap()
        .contains("too many"));
    assert_eq!(status(&first.await.unwrap()), 200);
    // The slot is free again.
    assert_eq!(
        status(&exchange(addr, &post_check("localhost"), T).await),
        200
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_request_past_the_request_budget_is_cut() {
    let cfg = ServeConfig {
        request_timeout: Duration::from_millis(300),
        ..Default::default()
    };
    let res = router(slow(0, 3000), cfg)
        .oneshot(Request::get("/api/stats").body(Body::empty()).unwrap())
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(res.headers().contains_key(header::RETRY_AFTER));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_body_sent_too_slowly_is_given_up() {
    let cfg = ServeConfig {
        request_timeout: Duration::from_millis(300),
        ..Default::default()
    };
    let addr = start(router(slow(0, 0), cfg), ServerOptions::default()).await;
    // Headers complete, 10 of 100 body bytes, then nothing.
    let t = Instant::now();
    let r = exchange(
        addr,
        "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"claim\": ",
        T,
    )
    .await;
    assert!(t.elapsed() < Duration::from_secs(3), "{:?}", t.elapsed());
    assert_eq!(status(&r), 503, "{r}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn half_sent_headers_and_idle_connections_are_dropped() {
    let opts = ServerOptions {
        header_read_timeout: Duration::from_millis(300),
        ..Default::default()
    };
    let addr = start(router(slow(0, 0), ServeConfig::default()), opts).await;
    // Half a header, never finished: the server closes the connection.
    let t = Instant::now();
    let r = exchange(addr, "GET /api/stats HTTP/1.1\r\nHost: loc", T).await;
    assert!(t.elapsed() < Duration::from_secs(3), "{:?}", t.elapsed());
    assert!(!r.contains("200 OK"), "{r}");
    // A keep-alive connection left idle after its answer is closed too.
    let t = Instant::now();
    let r = exchange(
        addr,
        "GET /api/stats HTTP/1.1\r\nHost: localhost\r\n\r\n",
        T,
    )
    .await;
    assert_eq!(status(&r), 200, "{r}");
    assert!(t.elapsed() < Duration::from_secs(3), "{:?}", t.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_connections_are_capped() {
    let opts = ServerOptions {
        header_read_timeout: Duration::from_millis(1500),
        max_connections: 2,
        ..Default::default()
    };
    let addr = start(router(slow(0, 0), ServeConfig::default()), opts).await;
    // Two clients that connect and send nothing hold both slots.
    let mut hogs = Vec::new();
    for _ in 0..2 {
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(b"GET / HTTP/1.1\r\n").await.unwrap();
        hogs.push(s);
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    // A third waits (in the backlog) instead of being served or crowding the server ...
    let mut third = TcpStream::connect(addr).await.unwrap();
    third
        .write_all(get("/api/stats", "localhost").as_bytes())
        .await
        .unwrap();
    let mut buf = [0u8; 64];
    let early = tokio::time::timeout(Duration::from_millis(500), third.read(&mut buf)).await;
    assert!(early.is_err(), "served beyond the cap");
    // ... and is served once the header timeout has dropped the silent ones.
    let mut out = Vec::new();
    tokio::time::timeout(Duration::from_secs(5), third.read_to_end(&mut out))
        .await
        .expect("the third client was never served")
        .unwrap();
    assert_eq!(status(&String::from_utf8_lossy(&out)), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_must_name_the_bound_address() {
    let addr = start(
        router(slow(0, 0), ServeConfig::default()),
        ServerOptions::default(),
    )
    .await;
    for host in [
        "localhost",
        "localhost:8080",
        "127.0.0.1",
        &addr.to_string(),
        "[::1]:1",
    ] {
        let r = exchange(addr, &get("/api/stats", host), T).await;
        assert_eq!(status(&r), 200, "{host}: {r}");
    }
    // A DNS-rebound name (the browser sends the attacker's host name) is refused in JSON.
    for host in [
        "evil.example",
        "evil.example:8080",
        "localhost.evil.example",
        "127.0.0.1.nip.io",
    ] {
        let r = exchange(addr, &get("/api/stats", host), T).await;
        assert_eq!(status(&r), 421, "{host}: {r}");
        assert!(json_body(&r)["error"].as_str().unwrap().contains("Host"));
    }
    // No Host at all (HTTP/1.0): refused too.
    let r = exchange(addr, "GET /api/stats HTTP/1.0\r\n\r\n", T).await;
    assert_eq!(status(&r), 400, "{r}");
    // An absolute URI naming another host, whatever the Host header says.
    let r = exchange(
        addr,
        "GET http://evil.example/api/stats HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
        T,
    )
    .await;
    assert_eq!(status(&r), 421, "{r}");
}

#[tokio::test]
async fn bad_path_parameters_answer_json() {
    let app = router(slow(0, 0), ServeConfig::default());
    for uri in [
        "/api/articles/%ff",
        "/api/sources/%ff%fe",
        "/assets/%c3",
        "/api/articles/%ff?x=1",
    ] {
        let res = app
            .clone()
            .oneshot(Request::get(uri).body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(
            res.headers()[header::CONTENT_TYPE],
            "application/json",
            "{uri}"
        );
        let b = res.into_body().collect().await.unwrap().to_bytes();
        let v: Value = serde_json::from_slice(&b).unwrap();
        assert!(v["error"].as_str().unwrap().contains("path"), "{uri}: {v}");
    }
}

#[cfg(feature = "store")]
mod store {
    use super::*;
    use isnad_serve::StoreBackend;

    const TEXT: &str =
        "قال المرصد السوري لحقوق الإنسان إن طائرات حربية قصفت بلدة سراقب في ريف إدلب يوم الاثنين.";

    fn stored(dir: &std::path::Path) -> std::path::PathBuf {
        let path = dir.join("s.db");
        let mut s = isnad_store::Store::open(&path).unwrap();
        let ex = isnad_extract::Extractor::bundled();
        let a = Article {
            id: "t1".into(),
            text: TEXT.into(),
            published: Some("2024-05-06".into()),
            outlet: Some("عنب بلدي".into()),
            ..Default::default()
        };
        let an = ex.analyse(&a);
        s.ingest(&[(a, an)]).unwrap();
        s.checkpoint().unwrap();
        path
    }

    async fn call(app: &axum::Router, req: Request<Body>) -> (StatusCode, Value) {
        let res = app.clone().oneshot(req).await.unwrap();
        let s = res.status();
        let b = res.into_body().collect().await.unwrap().to_bytes();
        (s, serde_json::from_slice(&b).unwrap())
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_read_only_store_is_served_for_reading_and_refuses_ingest() {
        let dir = tempfile::tempdir().unwrap();
        let path = stored(dir.path());
        let store = isnad_store::Store::open_read_only(&path).unwrap();
        let backend = StoreBackend::new(store).max_readers(2);
        assert!(!backend.writable());
        let app = router(
            Box::new(backend),
            ServeConfig {
                token: Some("tok".into()),
                ..Default::default()
            },
        );
        // Several reads at once, more than the pool holds: all answered.
        let mut tasks = Vec::new();
        for uri in [
            "/api/stats",
            "/api/articles",
            "/api/articles/t1",
            "/api/events",
            "/api/contradictions",
            "/api/sources",
        ] {
            let app = app.clone();
            tasks.push(tokio::spawn(async move {
                let (s, v) = call(&app, Request::get(uri).body(Body::empty()).unwrap()).await;
                assert_eq!(s, StatusCode::OK, "{uri}: {v}");
                v
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        let (s, v) = call(
            &app,
            Request::get("/api/stats").body(Body::empty()).unwrap(),
        )
        .await;
        assert_eq!((s, v["articles"].as_u64()), (StatusCode::OK, Some(1)));
        let (s, v) = call(
            &app,
            Request::post("/api/ingest")
                .header(header::AUTHORIZATION, "Bearer tok")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(json!({"id": "t2", "text": TEXT}).to_string()))
                .unwrap(),
        )
        .await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{v}");
        assert!(v["error"].as_str().unwrap().contains("read-only"), "{v}");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_store_check_past_its_deadline_is_503_and_reads_go_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = stored(dir.path());
        let store = isnad_store::Store::open(&path).unwrap();
        let app = router(
            Box::new(StoreBackend::new(store)),
            ServeConfig {
                check_timeout: Duration::ZERO,
                ..Default::default()
            },
        );
        let (s, v) = call(
            &app,
            Request::post("/api/check")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(json!({"claim": TEXT}).to_string()))
                .unwrap(),
        )
        .await;
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{v}");
        assert!(v["error"].as_str().unwrap().contains("stopped"), "{v}");
        // The connection the check used is back in the pool, its deadline lifted.
        for _ in 0..20 {
            let (s, v) = call(
                &app,
                Request::get("/api/articles/t1")
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
            assert_eq!(s, StatusCode::OK, "{v}");
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cached_aggregates_follow_every_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = stored(dir.path());
        let store = isnad_store::Store::open(&path).unwrap();
        let app = router(
            Box::new(StoreBackend::new(store)),
            ServeConfig {
                token: Some("tok".into()),
                ..Default::default()
            },
        );
        let stats = |app: axum::Router| async move {
            let (s, v) = call(
                &app,
                Request::get("/api/stats").body(Body::empty()).unwrap(),
            )
            .await;
            assert_eq!(s, StatusCode::OK, "{v}");
            v["articles"].as_u64().unwrap()
        };
        assert_eq!(stats(app.clone()).await, 1);
        assert_eq!(stats(app.clone()).await, 1);
        // Through this server's writer ...
        let (s, v) = call(
            &app,
            Request::post("/api/ingest")
                .header(header::AUTHORIZATION, "Bearer tok")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(
                    json!({"id": "t2", "text": TEXT.replace("سراقب", "معرة النعمان")}).to_string(),
                ))
                .unwrap(),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        assert_eq!(stats(app.clone()).await, 2);
        // ... and by another process's ingest into the same file.
        let mut other = isnad_store::Store::open(&path).unwrap();
        let a = Article {
            id: "t3".into(),
            text: TEXT.replace("سراقب", "أريحا"),
            ..Default::default()
        };
        let an = isnad_extract::Extractor::bundled().analyse(&a);
        other.ingest(&[(a, an)]).unwrap();
        assert_eq!(stats(app.clone()).await, 3);
    }
}
