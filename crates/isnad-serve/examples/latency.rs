//! Latency of the read endpoints under concurrent clients, with and without a long claim check
//! running, against the real server (accept loop, router, store backend) on 127.0.0.1 only:
//!
//! `cargo run --release -p isnad-serve --example latency -- --db FILE [--requests 400] [--claim-file F] [--no-cache] [--check-timeout-ms MS]`
//!
//! For 1, 4 and 32 clients (each on its own keep-alive connection) and each endpoint
//! (`/api/contradictions`, `/api/events`, `/api/stats`), `--requests` requests in all (bounded),
//! p50/p95/p99/max in ms; then the same while one more client posts a long claim (4,000
//! characters, built from the store's first article unless `--claim-file` gives one) to
//! `/api/check` over and over. `--no-cache` measures `stats` and `sources` without the
//! backend's cache of aggregates (every request runs the queries).

use isnad_serve::{router, serve, ServeConfig, ServerOptions, StoreBackend};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ENDPOINTS: &[&str] = &[
    "/api/contradictions",
    "/api/events",
    "/api/stats",
    "/api/sources",
];
const CLIENTS: &[usize] = &[1, 4, 32];

/// One keep-alive HTTP/1.1 connection to the local server.
struct Conn {
    r: BufReader<TcpStream>,
    w: TcpStream,
}

impl Conn {
    fn open(addr: SocketAddr) -> Conn {
        let s = TcpStream::connect(addr).expect("connect to the local server");
        s.set_nodelay(true).ok();
        s.set_read_timeout(Some(Duration::from_secs(120))).ok();
        Conn {
            r: BufReader::new(s.try_clone().unwrap()),
            w: s,
        }
    }

    /// Sends one request, reads the whole answer: (status, body length).
    fn call(&mut self, method: &str, path: &str, body: &str) -> std::io::Result<(u16, usize)> {
        let req = if method == "POST" {
            format!(
                "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )
        } else {
            format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        };
        self.w.write_all(req.as_bytes())?;
        let mut line = String::new();
        self.r.read_line(&mut line)?;
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let mut len = 0usize;
        loop {
            line.clear();
            if self.r.read_line(&mut line)? == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    len = v.trim().parse().unwrap_or(0);
                }
            }
        }
        let mut body = vec![0u8; len];
        self.r.read_exact(&mut body)?;
        Ok((status, len))
    }
}

fn pct(v: &[f64], q: f64) -> f64 {
    v[((q * (v.len() - 1) as f64).round() as usize).min(v.len() - 1)]
}

/// `clients` connections share `requests` GETs of `path`; latencies in ms, sorted.
fn run(addr: SocketAddr, path: &str, clients: usize, requests: usize) -> (Vec<f64>, usize) {
    let per = requests.div_ceil(clients).max(5);
    let out = Arc::new(Mutex::new(Vec::with_capacity(per * clients)));
    let errors = Arc::new(Mutex::new(0usize));
    let threads: Vec<_> = (0..clients)
        .map(|_| {
            let (out, errors, path) = (out.clone(), errors.clone(), path.to_string());
            std::thread::spawn(move || {
                let mut c = Conn::open(addr);
                let mut mine = Vec::with_capacity(per);
                for _ in 0..per {
                    let t = Instant::now();
                    match c.call("GET", &path, "") {
                        Ok((200, _)) => mine.push(t.elapsed().as_secs_f64() * 1000.0),
                        _ => {
                            *errors.lock().unwrap() += 1;
                            c = Conn::open(addr);
                        }
                    }
                }
                out.lock().unwrap().extend(mine);
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let mut v = std::mem::take(&mut *out.lock().unwrap());
    v.sort_by(f64::total_cmp);
    let e = *errors.lock().unwrap();
    (v, e)
}

fn main() -> anyhow::Result<()> {
    let mut db = None;
    let mut requests = 400usize;
    let mut claim_file = None;
    let mut cache = true;
    let mut check_timeout = ServeConfig::default().check_timeout;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{a} needs a value"))
        };
        match a.as_str() {
            "--db" => db = Some(val()?),
            "--requests" => requests = val()?.parse()?,
            "--claim-file" => claim_file = Some(val()?),
            "--no-cache" => cache = false,
            "--check-timeout-ms" => check_timeout = Duration::from_millis(val()?.parse()?),
            other => anyhow::bail!("unknown argument {other:?}"),
        }
    }
    let db = db.ok_or_else(|| anyhow::anyhow!("--db FILE is required"))?;
    let requests = requests.clamp(10, 100_000);
    // As `isnad serve` opens it: writable when it can be, else read-only.
    let store =
        isnad_store::Store::open(&db).or_else(|_| isnad_store::Store::open_read_only(&db))?;
    let n_articles = store.len()?;
    let claim = match claim_file {
        Some(f) => std::fs::read_to_string(f)?,
        None => {
            let first = store
                .articles(&isnad_store::ArticleQuery {
                    limit: 1,
                    ..Default::default()
                })?
                .items
                .into_iter()
                .next()
                .ok_or_else(|| anyhow::anyhow!("the store is empty"))?;
            let text = store.article(&first.id)?.expect("listed").article.text;
            let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
            one_line.chars().cycle().take(4000).collect()
        }
    };
    let claim_body = serde_json::json!({ "claim": claim.trim() }).to_string();

    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let listener = rt.block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))?;
    let addr = listener.local_addr()?;
    let backend = StoreBackend::new(store).cache_aggregates(cache);
    let app = router(
        Box::new(backend),
        ServeConfig {
            check_timeout,
            ..Default::default()
        },
    );
    rt.spawn(serve(
        listener,
        app,
        ServerOptions::default(),
        std::future::pending(),
    ));

    // Warm up (the extractor is built on the first check), and time one check alone.
    let mut c = Conn::open(addr);
    c.call("POST", "/api/check", r#"{"claim":"قصف"}"#)?;
    let t = Instant::now();
    let (st, _) = c.call("POST", "/api/check", &claim_body)?;
    let alone = t.elapsed();
    println!(
        "store {db}: {n_articles} articles, aggregates cache {}; long check ({} chars) alone: {:.0} ms (status {st})",
        if cache { "on" } else { "off" },
        claim.trim().chars().count(),
        alone.as_secs_f64() * 1000.0
    );
    for p in ENDPOINTS {
        run(addr, p, 1, 10);
    }

    println!(
        "{:<22} {:>7} {:>6} {:>8} {:>8} {:>8} {:>8} {:>6}",
        "endpoint", "clients", "check", "p50_ms", "p95_ms", "p99_ms", "max_ms", "errors"
    );
    for with_check in [false, true] {
        let stop = Arc::new(AtomicBool::new(false));
        let checks = Arc::new(Mutex::new(Vec::<(u16, f64)>::new()));
        let checker = with_check.then(|| {
            let (stop, checks, body) = (stop.clone(), checks.clone(), claim_body.clone());
            std::thread::spawn(move || {
                let mut c = Conn::open(addr);
                // Bounded: stops when told, or after 10,000 checks.
                for _ in 0..10_000 {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let t = Instant::now();
                    let st = match c.call("POST", "/api/check", &body) {
                        Ok((s, _)) => s,
                        Err(_) => {
                            c = Conn::open(addr);
                            0
                        }
                    };
                    checks
                        .lock()
                        .unwrap()
                        .push((st, t.elapsed().as_secs_f64() * 1000.0));
                    if st == 503 {
                        // Refused while the last one winds down: wait as told (in part).
                        std::thread::sleep(Duration::from_millis(500));
                    }
                }
            })
        });
        if with_check {
            std::thread::sleep(Duration::from_millis(300));
        }
        for &clients in CLIENTS {
            for p in ENDPOINTS {
                let (v, errors) = run(addr, p, clients, requests);
                if v.is_empty() {
                    println!("{p:<22} {clients:>7} {with_check:>6} (no answer, {errors} errors)");
                    continue;
                }
                println!(
                    "{p:<22} {clients:>7} {:>6} {:>8.1} {:>8.1} {:>8.1} {:>8.1} {errors:>6}",
                    if with_check { "yes" } else { "no" },
                    pct(&v, 0.5),
                    pct(&v, 0.95),
                    pct(&v, 0.99),
                    v[v.len() - 1],
                );
            }
        }
        stop.store(true, Ordering::Relaxed);
        if let Some(t) = checker {
            t.join().unwrap();
            let c = checks.lock().unwrap();
            let mut ms: Vec<f64> = c.iter().map(|x| x.1).collect();
            ms.sort_by(f64::total_cmp);
            let ok = c.iter().filter(|x| x.0 == 200).count();
            if !ms.is_empty() {
                println!(
                    "long checks meanwhile: {} ({ok} answered 200, the rest 503), p50 {:.0} ms, max {:.0} ms (503s included)",
                    c.len(),
                    pct(&ms, 0.5),
                    ms[ms.len() - 1]
                );
            }
        }
    }
    Ok(())
}
