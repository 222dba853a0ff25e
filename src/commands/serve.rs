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
        bind: resolve(&args.bind)?,
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
        ipv6_prefix: args.ipv6_prefix,
        shutdown_grace: Duration::from_secs(args.shutdown_grace),
    };
    let threads = args.threads.map(usize::try_from).transpose()?;
    secrets_server::serve_blocking(config, threads)?;
    Ok(Outcome::Success)
}

/// `--bind HOST:PORT`: an address as it is, a host name resolved (its first address).
fn resolve(bind: &str) -> Result<std::net::SocketAddr> {
    use std::net::ToSocketAddrs;
    if let Ok(addr) = bind.parse() {
        return Ok(addr);
    }
    let mut addrs = bind.to_socket_addrs().map_err(|e| {
        anyhow::anyhow!(
            "--bind {bind:?}: {e}\nhint: give HOST:PORT, such as 127.0.0.1:8080, [::1]:8080 \
             or localhost:8080"
        )
    })?;
    addrs
        .next()
        .ok_or_else(|| anyhow::anyhow!("--bind {bind:?}: the host name has no address"))
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
