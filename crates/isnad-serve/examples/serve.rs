//! Stand-alone server for tests and measurements (the same as `isnad serve`):
//! `cargo run -p isnad-serve --example serve -- --db FILE [--addr 127.0.0.1:8080] [--token T]`

use isnad_serve::{router, ServeConfig, StoreBackend};

fn main() -> anyhow::Result<()> {
    let mut db = None;
    let mut addr = "127.0.0.1:8080".to_string();
    let mut token = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || {
            args.next()
                .ok_or_else(|| anyhow::anyhow!("{a} needs a value"))
        };
        match a.as_str() {
            "--db" => db = Some(val()?),
            "--addr" => addr = val()?,
            "--token" => token = Some(val()?),
            other => anyhow::bail!("unknown argument {other:?}"),
        }
    }
    let db = db.ok_or_else(|| anyhow::anyhow!("--db FILE is required"))?;
    let store = isnad_store::Store::open(&db)?;
    let app = router(
        Box::new(StoreBackend::new(store)),
        ServeConfig {
            token,
            ..Default::default()
        },
    );
    isnad_serve::serve_blocking(&addr, app)
}
