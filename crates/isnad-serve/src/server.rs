//! The accept loop: HTTP/1.1 on hyper with a header-read (and keep-alive idle) timeout, a cap on
//! open connections, the Host header checked against the bound address, graceful shutdown.

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::{watch, Semaphore};

/// Limits of the accept loop.
#[derive(Debug, Clone)]
pub struct ServerOptions {
    /// A client must send a request's whole header within this time, and an idle keep-alive
    /// connection is closed when no new request starts within it.
    pub header_read_timeout: Duration,
    /// Open connections at most; further clients wait in the listen backlog until one closes.
    pub max_connections: usize,
    /// How long open connections may take to finish their requests after shutdown is asked.
    pub shutdown_grace: Duration,
    /// Check the Host header against the bound address (see [`host_allowed`]).
    pub check_host: bool,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            header_read_timeout: Duration::from_secs(10),
            max_connections: 512,
            shutdown_grace: Duration::from_secs(5),
            check_host: true,
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then lets open connections finish
/// (at most `opts.shutdown_grace`).
pub async fn serve(
    listener: TcpListener,
    app: Router,
    opts: ServerOptions,
    shutdown: impl Future<Output = ()> + Send,
) -> anyhow::Result<()> {
    let local = listener.local_addr()?;
    let app = if opts.check_host {
        app.layer(axum::middleware::from_fn_with_state(local, host_check))
    } else {
        app
    };
    let max = opts.max_connections.clamp(1, Semaphore::MAX_PERMITS);
    let slots = Arc::new(Semaphore::new(max));
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        // A free slot first: at the cap, new clients stay in the kernel's backlog.
        let permit = tokio::select! {
            _ = &mut shutdown => break,
            p = slots.clone().acquire_owned() => p?,
        };
        let stream = tokio::select! {
            _ = &mut shutdown => break,
            r = listener.accept() => match r {
                Ok((s, _)) => s,
                Err(e) => {
                    // Out of descriptors or a client gone before accept: wait, do not spin.
                    eprintln!("isnad serve: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
        };
        let _ = stream.set_nodelay(true);
        let svc = TowerToHyperService::new(app.clone());
        let mut stop = stop_rx.clone();
        let header_timeout = opts.header_read_timeout;
        tokio::spawn(async move {
            let _permit = permit;
            let conn = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .keep_alive(true)
                .serve_connection(TokioIo::new(stream), svc);
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = stop.changed() => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.await;
                }
            }
        });
    }
    drop(listener);
    let _ = stop_tx.send(true);
    // Every connection holds a slot: all slots back means all connections closed.
    let _ = tokio::time::timeout(opts.shutdown_grace, slots.acquire_many(max as u32)).await;
    Ok(())
}

/// Whether a request's Host (`host` or `host:port`, any port) may reach a server bound to
/// `bound`: on a loopback address only `localhost`, `127.0.0.1` and `[::1]` (a page on another
/// site whose name a DNS rebinding points at 127.0.0.1 still sends its own name, and is
/// refused); on a specific other address that address, or a name you put in front of it
/// would be refused (bind to `0.0.0.0`/`[::]` behind a proxy); on an unspecified address
/// (`0.0.0.0`, `[::]`) any host.
pub fn host_allowed(host: &str, bound: SocketAddr) -> bool {
    let host = host.trim().to_ascii_lowercase();
    let name = if let Some(rest) = host.strip_prefix('[') {
        match rest.split_once(']') {
            Some((inner, tail)) if tail.is_empty() || is_port(tail) => format!("[{inner}]"),
            _ => return false,
        }
    } else {
        match host.rsplit_once(':') {
            Some((n, p)) if is_port(&format!(":{p}")) && !n.contains(':') => n.to_string(),
            Some(_) => return false,
            None => host.clone(),
        }
    };
    let name = name.strip_suffix('.').unwrap_or(&name);
    if name.is_empty() {
        return false;
    }
    let ip = bound.ip();
    if ip.is_unspecified() {
        return true;
    }
    if ip.is_loopback() {
        return matches!(name, "localhost" | "127.0.0.1" | "[::1]");
    }
    match ip {
        IpAddr::V4(v4) => name == v4.to_string(),
        IpAddr::V6(v6) => name == format!("[{v6}]"),
    }
}

fn is_port(tail: &str) -> bool {
    tail.strip_prefix(':')
        .is_some_and(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Refuses a request whose Host (or absolute-form URI authority) does not name the bound address.
async fn host_check(State(bound): State<SocketAddr>, req: Request, next: Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .map(|h| h.to_str().unwrap_or("\u{0}"))
        .map(str::to_string)
        .or_else(|| req.uri().authority().map(|a| a.as_str().to_string()));
    let ok = |h: &str| host_allowed(h, bound);
    let authority_ok = req.uri().authority().is_none_or(|a| ok(a.as_str()));
    match host {
        None => crate::http::ApiError(StatusCode::BAD_REQUEST, "a Host header is required".into())
            .into_response(),
        Some(h) if ok(&h) && authority_ok => next.run(req).await,
        Some(h) => crate::http::ApiError(
            StatusCode::MISDIRECTED_REQUEST,
            format!(
                "this server answers requests for {} only, not for Host {:?}",
                if bound.ip().is_loopback() {
                    "localhost, 127.0.0.1 or [::1]".to_string()
                } else {
                    bound.ip().to_string()
                },
                h.chars().take(100).collect::<String>()
            ),
        )
        .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_on_loopback() {
        let lo: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        for h in [
            "localhost",
            "localhost:8080",
            "LOCALHOST:1",
            "127.0.0.1",
            "127.0.0.1:8080",
            "[::1]:8080",
            "[::1]",
            "localhost.",
        ] {
            assert!(host_allowed(h, lo), "{h}");
        }
        for h in [
            "evil.example",
            "evil.example:8080",
            "localhost.evil.example",
            "127.0.0.1.nip.io",
            "",
            ":8080",
            "localhost:80:80",
            "localhost:port",
            "[::1]x",
            "10.0.0.1",
        ] {
            assert!(!host_allowed(h, lo), "{h}");
        }
        let lo6: SocketAddr = "[::1]:8080".parse().unwrap();
        assert!(host_allowed("[::1]:8080", lo6));
        assert!(!host_allowed("evil.example", lo6));
    }

    #[test]
    fn hosts_on_other_addresses() {
        let a: SocketAddr = "192.168.1.5:80".parse().unwrap();
        assert!(host_allowed("192.168.1.5", a));
        assert!(host_allowed("192.168.1.5:80", a));
        assert!(!host_allowed("localhost", a));
        assert!(!host_allowed("evil.example", a));
        let any: SocketAddr = "0.0.0.0:80".parse().unwrap();
        assert!(host_allowed("isnad.example.org", any));
        assert!(!host_allowed("a:b:c", any));
    }
}
