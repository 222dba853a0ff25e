//! The shared backend: the GCRA step as an atomic Lua script on one Redis server.
//!
//! Every replica runs `gcra.lua` with EVALSHA (the `redis` crate loads it again after a
//! Redis restart emptied the script cache), on Redis's own clock, so all replicas enforce
//! one limit. Every call has a deadline ([`CALL_TIMEOUT`]). While Redis fails, the caller
//! decides in-process; one request at a time probes Redis again every [`RETRY_EVERY`], so
//! an outage costs requests no waiting, and the limit is shared again as soon as Redis
//! answers.

use super::gcra::Gcra;
use super::micros;
use ::redis::aio::{ConnectionManager, ConnectionManagerConfig};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

/// The deadline of one script call (connecting included). A healthy Redis on the same
/// network answers in well under a millisecond.
pub(crate) const CALL_TIMEOUT: Duration = Duration::from_millis(100);
/// The deadline for the first connection, at start.
pub(crate) const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// After a failure, requests are decided in-process without asking Redis for this long.
pub(crate) const RETRY_EVERY: Duration = Duration::from_millis(250);
/// Client names longer than this are stored under their SHA-256 instead (bounded keys).
const MAX_CLIENT_IN_KEY: usize = 128;

/// A connection to Redis, the script, and the outage state.
pub(crate) struct Backend {
    conn: ConnectionManager,
    script: ::redis::Script,
    prefix: String,
    /// Whether Redis is considered down (one warning per outage).
    down: AtomicBool,
    /// While down: the monotonic µs before which nobody asks Redis.
    retry_at: AtomicU64,
    /// While down: one request is probing Redis.
    probing: AtomicBool,
}

/// What asking Redis gave.
pub(crate) enum Answer {
    /// The script's decision: allowed, and `TAT − now` in µs.
    Decided(bool, u64),
    /// Redis is known to be down: not asked.
    Skipped,
    /// The call failed or timed out (the caller counts it).
    Failed,
}

impl Backend {
    /// Connects to `url` and loads the script; fails (without echoing the URL, which may hold
    /// a password) when Redis does not answer within [`CONNECT_TIMEOUT`].
    pub(crate) async fn connect(url: &str, prefix: &str) -> anyhow::Result<Backend> {
        let client = ::redis::Client::open(url).map_err(|e| {
            anyhow::anyhow!("the rate-limit Redis URL is not valid ({})", e.category())
        })?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(CALL_TIMEOUT))
            .set_response_timeout(Some(CALL_TIMEOUT))
            .set_number_of_retries(1)
            .set_min_delay(Duration::from_millis(10))
            .set_max_delay(RETRY_EVERY);
        let script = ::redis::Script::new(include_str!("gcra.lua"));
        let start = async {
            let mut conn = ConnectionManager::new_with_config(client, config).await?;
            script.prepare_invoke().load_async(&mut conn).await?;
            Ok::<_, ::redis::RedisError>(conn)
        };
        let conn = match tokio::time::timeout(CONNECT_TIMEOUT, start).await {
            Ok(Ok(conn)) => conn,
            Ok(Err(e)) => anyhow::bail!("cannot use the rate-limit Redis: {}", describe(&e)),
            Err(_) => anyhow::bail!(
                "the rate-limit Redis did not answer within {} s",
                CONNECT_TIMEOUT.as_secs()
            ),
        };
        Ok(Backend {
            conn,
            script,
            prefix: prefix.to_owned(),
            down: AtomicBool::new(false),
            retry_at: AtomicU64::new(0),
            probing: AtomicBool::new(false),
        })
    }

    /// Runs the script for `client`, unless Redis is down and it is not yet time to probe.
    /// `now` is the monotonic µs used only for the retry schedule.
    pub(crate) async fn check(&self, gcra: &Gcra, client: &str, now: u64) -> Answer {
        let probe = self.down.load(Ordering::Acquire);
        if probe
            && (now < self.retry_at.load(Ordering::Acquire)
                || self.probing.swap(true, Ordering::AcqRel))
        {
            return Answer::Skipped;
        }
        // Released however this call ends, even when the request is dropped mid-call (a
        // client that hangs up): otherwise Redis would never be probed again.
        let _probing = probe.then_some(Probing(&self.probing));
        let mut conn = self.conn.clone();
        let mut call = self.script.prepare_invoke();
        call.key(self.key(client))
            .arg(gcra.interval)
            .arg(gcra.window);
        let answer = tokio::time::timeout(CALL_TIMEOUT, call.invoke_async::<(i64, i64)>(&mut conn));
        let result = match answer.await {
            Ok(Ok((allowed, ahead))) => Ok((allowed == 1, u64::try_from(ahead).unwrap_or(0))),
            Ok(Err(e)) => Err(describe(&e)),
            Err(_) => Err(format!("no answer within {} ms", CALL_TIMEOUT.as_millis())),
        };
        match result {
            Ok((allowed, ahead)) => {
                if self.down.swap(false, Ordering::AcqRel) {
                    note!("rate limit: Redis answers again; the limit is shared again");
                }
                Answer::Decided(allowed, ahead)
            }
            Err(why) => {
                let retry = now.saturating_add(micros(RETRY_EVERY));
                self.retry_at.store(retry, Ordering::Release);
                if !self.down.swap(true, Ordering::AcqRel) {
                    note!(
                        "rate limit: Redis failed ({why}); each replica limits alone until it answers"
                    );
                }
                Answer::Failed
            }
        }
    }

    /// The Redis key of a client: the prefix and the name, or the name's SHA-256 (first
    /// 16 bytes, hex) when it is long.
    fn key(&self, client: &str) -> String {
        let mut key = String::with_capacity(self.prefix.len() + MAX_CLIENT_IN_KEY);
        key.push_str(&self.prefix);
        if client.len() <= MAX_CLIENT_IN_KEY {
            key.push_str(client);
        } else {
            key.push_str("sha256:");
            for b in &Sha256::digest(client.as_bytes())[..16] {
                let _ = write!(key, "{b:02x}");
            }
        }
        key
    }
}

/// The probe in flight; dropping it lets the next request probe.
struct Probing<'a>(&'a AtomicBool);

impl Drop for Probing<'_> {
    fn drop(&mut self) {
        self.0.store(false, Ordering::Release);
    }
}

/// A Redis error in words that never include the URL (it may carry a password).
fn describe(e: &::redis::RedisError) -> String {
    use std::error::Error as _;
    let mut words = e.category().to_owned();
    if let Some(detail) = e.detail() {
        let _ = write!(words, ": {detail}");
    } else if let Some(source) = e.source() {
        let _ = write!(words, ": {source}");
    }
    words
}
