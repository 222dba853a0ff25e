//! `serve` and `serve-key`: the command line's options turned into the server's
//! [`Config`]; the server (and its runtime) is the `secrets-server` crate.

use std::io::Write;
use std::time::Duration;

use anyhow::Result;

use crate::cli::{ServeArgs, ServeKeyArgs};
use crate::io::Sink;
use secrets_server::{self as serve, Config, limit::LimitConfig};

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
    let threads = args.threads.map(usize::try_from).transpose()?;
    secrets_server::serve_blocking(config, threads)?;
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
