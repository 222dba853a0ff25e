//! Per-client rate limiting for `secrets serve`: GCRA in-process, or shared through Redis.
//!
//! A [`Limiter`] decides, for each request, whether a client (an IP address or an API key
//! id) is within its [`Quota`]: `limit` requests per `period` sustained, at most `burst` at
//! once. The algorithm is GCRA (`gcra.rs`: one timestamp per client, integer microseconds),
//! which behaves exactly like a token bucket of `burst` tokens refilled one per
//! `period / limit`.
//!
//! - [`Limiter::in_process`]: a table bounded to `max_clients` entries whatever the number
//!   of clients (`local.rs` says how: idle entries are evicted; new clients arriving while
//!   it is full of active ones share one overflow bucket).
//! - [`Limiter::redis`]: every replica runs the same atomic Lua script on one Redis server,
//!   on Redis's clock, so N replicas enforce one limit. Every call has a 100 ms deadline.
//!   When Redis fails or times out, that request is decided by the in-process table (each
//!   replica then enforces the limit alone: at worst N × the limit across N replicas, never
//!   unlimited), [`Limiter::backend_errors`] counts it, one warning per outage goes to
//!   stderr, and the limit is shared again as soon as Redis answers (probed every 250 ms).

mod gcra;
mod local;
#[cfg(feature = "redis")]
mod redis;

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How many requests a client may make: `limit` per `period` sustained, `burst` at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quota {
    /// Requests per period (at least 1).
    pub limit: u32,
    /// The period (1 ms to 366 days).
    pub period: Duration,
    /// How many requests may come at once, from a client idle long enough (at least 1;
    /// usually equal to `limit`).
    pub burst: u32,
}

impl Quota {
    /// `limit` per `period`, with a burst of `limit` (the seed's "60 per minute").
    pub fn per(limit: u32, period: Duration) -> Quota {
        Quota {
            limit,
            period,
            burst: limit,
        }
    }

    /// Checks that the quota is within the bounds the limiter computes exactly: `limit` and
    /// `burst` at least 1, `period` from 1 ms to 366 days, at most one request per
    /// microsecond, and `burst × period / limit` (the time to refill a full burst) at most
    /// 366 days. [`Limiter`] clamps a quota that is not; a server should refuse it instead.
    pub fn validate(&self) -> Result<(), QuotaError> {
        if self.limit == 0 {
            return Err(QuotaError("the rate limit must be at least 1 request"));
        }
        if self.burst == 0 {
            return Err(QuotaError("the burst must be at least 1 request"));
        }
        if self.period < gcra::Gcra::MIN_PERIOD {
            return Err(QuotaError("the rate-limit period must be at least 1 ms"));
        }
        let max = Duration::from_micros(gcra::Gcra::MAX_WINDOW_US);
        if self.period > max {
            return Err(QuotaError("the rate-limit period must be at most 366 days"));
        }
        let period_us = micros(self.period);
        if period_us < u64::from(self.limit) {
            return Err(QuotaError(
                "the rate limit must be at most one request per microsecond",
            ));
        }
        let interval = period_us.div_ceil(u64::from(self.limit));
        if u128::from(self.burst) * u128::from(interval) > u128::from(gcra::Gcra::MAX_WINDOW_US) {
            return Err(QuotaError(
                "the burst must refill within 366 days (burst × period / limit)",
            ));
        }
        Ok(())
    }
}

/// Why a [`Quota`] was refused (a sentence naming the bound).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotaError(&'static str);

impl std::fmt::Display for QuotaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for QuotaError {}

/// The answer for one request, with what the `RateLimit-*` and `Retry-After` headers need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decision {
    /// Whether the request may proceed.
    pub allowed: bool,
    /// The most requests a client can make at once: the quota's `burst` (its `limit`
    /// unless a burst was set).
    pub limit: u32,
    /// How many more requests the client may make right now (after this one).
    pub remaining: u32,
    /// Time until the client is back to its full allowance (`limit` requests at once).
    pub reset: Duration,
    /// When denied: the time until a request would be allowed (at least 1 µs; round up to
    /// whole seconds for `Retry-After`). `None` when allowed.
    pub retry_after: Option<Duration>,
}

/// A per-client rate limiter; cheap to clone (one shared state).
#[derive(Clone)]
pub struct Limiter {
    inner: Arc<Inner>,
}

struct Inner {
    gcra: gcra::Gcra,
    local: local::Table,
    #[cfg(feature = "redis")]
    redis: Option<redis::Backend>,
    errors: AtomicU64,
    /// The in-process clock's origin (monotonic: wall-clock jumps change nothing).
    origin: Instant,
}

impl Limiter {
    /// A limiter keeping at most `max_clients` clients in memory (about 17 bytes each).
    /// A quota outside [`Quota::validate`]'s bounds is clamped into them.
    pub fn in_process(quota: Quota, max_clients: usize) -> Limiter {
        Limiter {
            inner: Arc::new(Inner {
                gcra: gcra::Gcra::new(&quota),
                local: local::Table::new(max_clients),
                #[cfg(feature = "redis")]
                redis: None,
                errors: AtomicU64::new(0),
                origin: Instant::now(),
            }),
        }
    }

    /// A limiter shared through the Redis server at `url` (`redis://host:port/db`,
    /// `redis://:password@host`, `unix:///path/redis.sock`), storing each client's state
    /// under `key_prefix` + client. Fails when Redis cannot be reached or cannot run the
    /// script within 2 s (the server should then refuse to start); the error never repeats
    /// the URL, which may hold a password. `max_clients` bounds the in-process fallback
    /// table used while Redis is down. Needs a tokio runtime.
    #[cfg(feature = "redis")]
    pub async fn redis(
        url: &str,
        quota: Quota,
        key_prefix: &str,
        max_clients: usize,
    ) -> anyhow::Result<Limiter> {
        let backend = redis::Backend::connect(url, key_prefix).await?;
        Ok(Limiter {
            inner: Arc::new(Inner {
                gcra: gcra::Gcra::new(&quota),
                local: local::Table::new(max_clients),
                redis: Some(backend),
                errors: AtomicU64::new(0),
                origin: Instant::now(),
            }),
        })
    }

    /// Counts one request by `client` and says whether it is allowed. Never fails: when
    /// Redis does not answer, the in-process table decides (see the module documentation).
    pub async fn check(&self, client: &str) -> Decision {
        let inner = &*self.inner;
        let now = micros(inner.origin.elapsed());
        #[cfg(feature = "redis")]
        if let Some(backend) = &inner.redis {
            match backend.check(&inner.gcra, client, now).await {
                redis::Answer::Decided(allowed, ahead) => {
                    return inner.gcra.decision(allowed, ahead);
                }
                redis::Answer::Failed => {
                    inner.errors.fetch_add(1, Ordering::Relaxed);
                }
                redis::Answer::Skipped => {}
            }
        }
        let step = inner.local.check(&inner.gcra, client, now);
        inner.gcra.decision(step.allowed, step.ahead)
    }

    /// How many Redis calls failed or timed out since start (0 in-process), for `/metrics`.
    pub fn backend_errors(&self) -> u64 {
        self.inner.errors.load(Ordering::Relaxed)
    }

    /// How many clients the in-process table holds now (at most `max_clients`).
    pub fn tracked_clients(&self) -> usize {
        self.inner.local.len()
    }
}

/// A duration in whole microseconds (saturating): the clock of both backends.
pub(crate) fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}
