//! The HTTP API of the `secrets` toolkit (`secrets serve`): every generator of
//! [`secrets_core::spec`] and the password check over HTTP(S), for teams that want every
//! internal tool to get its secrets from one audited place. No command-line parser is in
//! this crate: queries deserialize into the engine's specs, whose field names are the
//! command line's long flags, and are planned with the same limits.
//!
//! One file one job: [`routes`] (the one table of routes and their policies, which the
//! router, the guard, the metrics and the OpenAPI document read), `router` (routes and
//! layers), `compact` (the compact `/api/generate` contract), `v1` (the generators), `query`
//! (query strings into specs), `check`, `guard` (the per-request pipeline), `auth` (API
//! keys), `limit` (the HTTP side of rate limiting), [`ratelimit`] (the limiter: GCRA,
//! in-process or shared through Redis), `client` (client addresses behind proxies),
//! `audit`, `metrics`, `openapi`, `headers`, `tls`, `listen` (connections, limits,
//! timeouts, graceful shutdown).
//!
//! Nothing here runs unless [`serve_blocking`] does: it builds the runtime.
//!
//! Hashing endpoints are deliberately absent: a server should not receive passwords to hash.

/// `note!("...", args)`: one line on standard error, never a panic (a closed or full
/// standard error changes nothing).
macro_rules! note {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut err = std::io::stderr().lock();
        let _ = err.write_fmt(format_args!($($arg)*)).and_then(|()| err.write_all(b"\n"));
    }};
}

pub mod audit;
pub mod auth;
mod budget;
pub mod client;
pub mod compact;
mod error;
mod guard;
mod headers;
pub mod limit;
pub mod listen;
mod metrics;
mod openapi;
mod params;
mod password_check;
mod query;
pub mod ratelimit;
pub mod router;
pub mod routes;
mod tls;
pub mod v1;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use axum::http::HeaderValue;

use self::audit::{AuditLog, AuditSender};
use self::auth::KeyStore;
use self::client::Cidr;
use self::limit::{LimitConfig, RateLimit};
use self::metrics::Metrics;

/// Everything `serve` is told on the command line.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address and port to listen on.
    pub bind: SocketAddr,
    /// PEM certificate chain and private key; HTTPS when set.
    pub tls: Option<(PathBuf, PathBuf)>,
    /// Allow plain HTTP on an address other than loopback.
    pub insecure_http: bool,
    /// The API key file; every route but /healthz and /openapi.json needs a key when set.
    pub api_keys: Option<PathBuf>,
    /// Serve /metrics without a key even when keys are required.
    pub metrics_public: bool,
    /// Append the audit log here instead of standard error.
    pub audit_log: Option<PathBuf>,
    /// Rate limiting.
    pub limit: LimitConfig,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trust_proxy: Vec<Cidr>,
    /// Origins allowed by CORS; none means no CORS headers at all.
    pub cors_origins: Vec<String>,
    /// Open connections at most.
    pub max_connections: usize,
    /// Open connections from one client address at most (0: no cap).
    pub max_connections_per_client: usize,
    /// IPv6 clients are one client per this many leading bits (64 by default), for the
    /// rate limit and the connection cap alike.
    pub ipv6_prefix: u8,
    /// How long open connections get to finish after SIGTERM or SIGINT.
    pub shutdown_grace: Duration,
}

/// What every request's handlers and middleware share.
pub(crate) struct AppState {
    pub(crate) keys: Option<Arc<KeyStore>>,
    pub(crate) limiter: Option<RateLimit>,
    pub(crate) metrics: Metrics,
    pub(crate) audit: AuditSender,
    pub(crate) trust_proxy: Vec<Cidr>,
    pub(crate) ipv6_prefix: u8,
    pub(crate) metrics_public: bool,
    pub(crate) openapi: axum::body::Bytes,
    pub(crate) budget: budget::Budget,
}

/// Builds the runtime and runs the server until SIGTERM or SIGINT (`threads` async workers,
/// or one per core); returns once it has shut down.
pub fn serve_blocking(config: Config, threads: Option<usize>) -> Result<()> {
    let mut runtime = tokio::runtime::Builder::new_multi_thread();
    if let Some(threads) = threads {
        runtime.worker_threads(threads);
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
    runtime.block_on(run(config))?;
    // Connections still open after the grace period are dropped with the runtime.
    runtime.shutdown_timeout(Duration::from_millis(100));
    Ok(())
}

/// Runs the server until SIGTERM or SIGINT; returns once it has shut down.
pub async fn run(config: Config) -> Result<()> {
    let loopback = config.bind.ip().is_loopback();
    if config.tls.is_none() && !loopback {
        if !config.insecure_http {
            bail!(
                "refusing plain HTTP on {}, which is not a loopback address: secrets would \
                 cross the network in the clear\nhint: give --tls-cert and --tls-key, or \
                 --insecure-http behind a TLS-terminating proxy",
                config.bind.ip()
            );
        }
        note!(
            "warning: serving plain HTTP on {} (--insecure-http); only behind a TLS-terminating \
             proxy",
            config.bind.ip()
        );
    }
    let cors_origins = config
        .cors_origins
        .iter()
        .map(|o| {
            HeaderValue::from_str(o)
                .ok()
                .filter(|_| o.starts_with("https://") || o.starts_with("http://"))
                .with_context(|| {
                    format!("--cors-origin {o:?} is not an origin such as https://app.example")
                })
        })
        .collect::<Result<Vec<_>>>()?;
    let keys = match &config.api_keys {
        Some(path) => {
            let keys = Arc::new(KeyStore::open(path)?);
            if keys.current().len() == 0 {
                note!(
                    "warning: {} holds no keys: every request will be refused\n\
                     hint: add one with `secrets serve-key --api-keys {}`",
                    path.display(),
                    path.display()
                );
            }
            Some(keys)
        }
        None => None,
    };
    let tls = match &config.tls {
        Some((cert, key)) => Some(tokio_rustls::TlsAcceptor::from(tls::config(cert, key)?)),
        None => None,
    };
    let limiter = RateLimit::new(&config.limit).await?;
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("listening on {}", config.bind))?;
    let (audit_log, audit) = AuditLog::start(config.audit_log.as_deref())?;
    if let Some(store) = &keys {
        tokio::spawn(reload_on_sighup(store.clone()));
    }
    let state = Arc::new(AppState {
        keys,
        limiter,
        metrics: Metrics::default(),
        audit,
        trust_proxy: config.trust_proxy.clone(),
        ipv6_prefix: config.ipv6_prefix,
        metrics_public: config.metrics_public,
        openapi: openapi::document().into(),
        budget: budget::Budget::new(),
    });
    let app = router::build(state, &cors_origins);
    let local = listener.local_addr().context("the listening address")?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    note!("listening on {scheme}://{local}");
    listen::Listener {
        listener,
        app,
        tls,
        max_connections: config.max_connections,
        per_client: config.max_connections_per_client,
        v6_prefix: config.ipv6_prefix,
        grace: config.shutdown_grace,
    }
    .run(shutdown_signal())
    .await;
    audit_log.finish().await;
    note!("stopped");
    Ok(())
}

/// Re-reads the key file on each SIGHUP (keys added or removed without a restart); a file
/// that cannot be read leaves the keys as they were.
async fn reload_on_sighup(store: Arc<KeyStore>) {
    use tokio::signal::unix::{SignalKind, signal};
    let Ok(mut hup) = signal(SignalKind::hangup()) else {
        return;
    };
    while hup.recv().await.is_some() {
        match store.reload() {
            Ok(n) => note!("reloaded {}: {n} keys", store.path().display()),
            Err(e) => note!("error: keeping the keys loaded before: {e:#}"),
        }
    }
}

/// Completes at the first SIGTERM or SIGINT.
async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int)) = (
        signal(SignalKind::terminate()),
        signal(SignalKind::interrupt()),
    ) else {
        // Without signal handling the default actions still stop the process.
        return std::future::pending().await;
    };
    tokio::select! {
        _ = term.recv() => {}
        _ = int.recv() => {}
    }
}
