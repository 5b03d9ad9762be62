//! `isnad serve`: the JSON API and the web page over the store.

use crate::Ctx;
use isnad_extract::Extractor;
use isnad_serve::{router, ServeConfig, StoreBackend, DEFAULT_BODY_LIMIT};

#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on (loopback by default: the API has no accounts).
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "HOST:PORT")]
    addr: String,
    /// Enables POST /api/ingest for requests with `Authorization: Bearer TOKEN`.
    #[arg(
        long,
        env = "ISNAD_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    token: Option<String>,
}

impl Args {
    /// Serving arguments for another command (the demo): no ingest token.
    pub fn with_addr(addr: &str) -> Self {
        Args {
            addr: addr.to_string(),
            token: None,
        }
    }
}

pub fn run(args: Args, ctx: &Ctx) -> anyhow::Result<()> {
    let path = ctx.db_path();
    // A store on read-only media, without write permission or on a full disk is still served
    // for reading; ingest then answers 403.
    let store = match isnad_store::Store::open(&path) {
        Ok(s) => s,
        Err(e) if path.exists() => {
            let s = isnad_store::Store::open_read_only(&path)
                .map_err(|r| anyhow::anyhow!("{e:#}; opening it read-only failed too: {r:#}"))?;
            eprintln!(
                "isnad serve: {} cannot be written ({e:#}); serving it read-only, ingest is disabled",
                path.display()
            );
            s
        }
        Err(e) => return Err(e),
    };
    let n = store.len()?;
    eprintln!("isnad serve: {} ({n} articles)", path.display());
    let opts = ctx.opts.clone();
    let backend = StoreBackend::with_factory(store, move || Extractor::with_options(&opts));
    let app = router(
        Box::new(backend),
        ServeConfig {
            token: args.token.filter(|t| !t.is_empty()),
            body_limit: DEFAULT_BODY_LIMIT,
            ..Default::default()
        },
    );
    isnad_serve::serve_blocking(&args.addr, app)
}
