//! The HTTP side of rate limiting: which bucket a request is charged to, the `RateLimit-*`
//! headers on every limited route, and `429 {"error":"rate limit exceeded"}` with
//! `Retry-After`. The limiter itself (GCRA, in process or shared through Redis) is
//! `crate::ratelimit`.
//!
//! The bucket is `key:<key id>` for an authenticated request (a key's quota follows it from
//! any address) and `ip:<address>` otherwise, an IPv6 address by its prefix (/64 by
//! default), so that the addresses of one subscriber are one client.

use std::time::Duration;

#[cfg(feature = "redis")]
use anyhow::Context as _;

use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;

use super::error::json_error;
use crate::ratelimit::{Decision, Limiter, Quota};

/// The limiter's settings from the command line.
#[derive(Debug, Clone)]
pub struct LimitConfig {
    /// Requests per minute per client; 0 turns limiting off.
    pub per_minute: u32,
    /// Requests a client may make at once beyond the steady rate [default: per_minute].
    pub burst: Option<u32>,
    /// Share the limit between replicas through this Redis.
    pub redis: Option<String>,
}

/// Clients tracked at most by the in-process limiter (idle ones are evicted first).
pub const MAX_CLIENTS: usize = 100_000;
/// The prefix of this server's keys in Redis.
#[cfg(feature = "redis")]
const REDIS_PREFIX: &str = "secrets:ratelimit:";

/// The limiter, when limiting is on.
#[derive(Clone)]
pub(crate) struct RateLimit {
    limiter: Limiter,
}

impl RateLimit {
    /// Builds the limiter; `None` when `--rate-limit 0`.
    pub(crate) async fn new(config: &LimitConfig) -> anyhow::Result<Option<RateLimit>> {
        if config.per_minute == 0 {
            return Ok(None);
        }
        let quota = Quota {
            limit: config.per_minute,
            period: Duration::from_secs(60),
            burst: config.burst.unwrap_or(config.per_minute),
        };
        quota
            .validate()
            .map_err(|e| anyhow::anyhow!("--rate-limit/--rate-limit-burst: {e}"))?;
        let limiter = match &config.redis {
            // Refuses to start when Redis cannot be reached; later outages fall back.
            #[cfg(feature = "redis")]
            Some(url) => Limiter::redis(url, quota, REDIS_PREFIX, MAX_CLIENTS)
                .await
                .context("--rate-limit-redis")?,
            #[cfg(not(feature = "redis"))]
            Some(_) => anyhow::bail!(
                "--rate-limit-redis: this build has no Redis support (the `redis` feature)"
            ),
            None => Limiter::in_process(quota, MAX_CLIENTS),
        };
        Ok(Some(RateLimit { limiter }))
    }

    /// Charges one request to `client`.
    pub(crate) async fn check(&self, client: &str) -> Decision {
        self.limiter.check(client).await
    }

    /// Errors of the shared backend so far (each fell back to the in-process limiter).
    pub(crate) fn backend_errors(&self) -> u64 {
        self.limiter.backend_errors()
    }
}

/// Whole seconds, rounded up (a client that waits that long is let in).
fn ceil_secs(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

/// The `RateLimit-Limit`, `-Remaining` and `-Reset` headers (IETF draft
/// "RateLimit header fields for HTTP"), and `Retry-After` when refused.
pub(crate) fn set_headers(decision: &Decision, headers: &mut HeaderMap) {
    headers.insert("ratelimit-limit", HeaderValue::from(decision.limit));
    headers.insert("ratelimit-remaining", HeaderValue::from(decision.remaining));
    headers.insert(
        "ratelimit-reset",
        HeaderValue::from(ceil_secs(decision.reset)),
    );
    if let Some(after) = decision.retry_after {
        headers.insert("retry-after", HeaderValue::from(ceil_secs(after).max(1)));
    }
}

/// The answer to a refused request.
pub(crate) fn refused(decision: &Decision) -> Response {
    let mut response = json_error(StatusCode::TOO_MANY_REQUESTS, "rate limit exceeded");
    set_headers(decision, response.headers_mut());
    response
}
