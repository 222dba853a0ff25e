//! `serve` and `serve-key`. The only place a runtime is built: every other command starts
//! without one.

use std::io::Write;
use std::time::Duration;

use anyhow::{Context, Result};

use crate::cli::{ServeArgs, ServeKeyArgs};
use crate::output::Sink;
use crate::serve::{self, Config, limit::LimitConfig};

use super::Outcome;

pub(super) fn serve(args: &ServeArgs) -> Result<Outcome> {
    let config = Config {
        bind: args.bind,
        tls: args.tls_cert.clone().zip(args.tls_key.clone()),
        insecure_http: args.insecure_http,
        api_keys: args.api_keys.clone(),
        metrics_public: args.metrics_public,
        audit_log: args.audit_log.clone(),
        limit: LimitConfig {
            per_minute: args.rate_limit,
            burst: args.rate_limit_burst,
            redis: args.rate_limit_redis.clone(),
        },
        trust_proxy: args.trust_proxy.clone(),
        cors_origins: args.cors_origin.clone(),
        max_connections: usize::try_from(args.max_connections)?,
        max_connections_per_client: usize::try_from(args.max_connections_per_client)?,
        shutdown_grace: Duration::from_secs(args.shutdown_grace),
    };
    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    if let Some(threads) = args.threads {
        runtime.worker_threads(usize::try_from(threads)?);
    }
    // /v1 generation and checks run on blocking threads: a few are plenty, and a burst of
    // requests then waits in a queue instead of starting hundreds of threads.
    let runtime = runtime
        .max_blocking_threads(8)
        .enable_io()
        .enable_time()
        .thread_name("serve")
        .build()
        .context("starting the server's runtime")?;
    runtime.block_on(serve::run(config))?;
    // Connections still open after the grace period are dropped with the runtime.
    runtime.shutdown_timeout(Duration::from_millis(100));
    Ok(Outcome::Success)
}

pub(super) fn serve_key(args: &ServeKeyArgs) -> Result<Outcome> {
    secrets_core::text::check_printable("--prefix", &args.prefix).map_err(anyhow::Error::msg)?;
    let key = serve::auth::mint(&args.api_keys, &args.name, &args.prefix)?;
    let mut sink = Sink::open(None, false)?;
    sink.write_all(key.as_bytes())?;
    sink.write_all(b"\n")?;
    sink.finish()?;
    Ok(Outcome::Success)
}
