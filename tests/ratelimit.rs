//! The rate limiter of `serve` as a library (`secrets_server::ratelimit`): in-process, and
//! shared through a real `redis-server` started by each test on a unix socket.

use crate::util::{TempDir, have_tool};
use secrets_server::ratelimit::{Decision, Limiter, Quota};
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A `redis-server` on a unix socket in a temporary directory, killed when dropped.
pub(crate) struct RedisServer {
    child: Option<Child>,
    socket: PathBuf,
    _dir: TempDir,
}

impl RedisServer {
    /// Starts one, or returns None (and says so) when redis-server is not installed.
    pub(crate) fn start(name: &str) -> Option<RedisServer> {
        if !have_tool("redis-server", &["--version"], "redis-server") {
            return None;
        }
        let dir = TempDir::new(&format!("ratelimit-{name}"));
        let socket = dir.path("redis.sock");
        let mut server = RedisServer {
            child: None,
            socket,
            _dir: dir,
        };
        server.spawn();
        Some(server)
    }

    pub(crate) fn url(&self) -> String {
        format!("unix://{}", self.socket.display())
    }

    fn spawn(&mut self) {
        let child = Command::new("redis-server")
            .args(["--port", "0", "--unixsocket"])
            .arg(&self.socket)
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("redis-server starts");
        self.child = Some(child);
        // Wait (at most 20 s) until it answers PING.
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.answers() {
            assert!(Instant::now() < deadline, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn answers(&self) -> bool {
        let Ok(mut s) = UnixStream::connect(&self.socket) else {
            return false;
        };
        let mut reply = [0u8; 7];
        s.set_read_timeout(Some(Duration::from_secs(1))).is_ok()
            && s.write_all(b"PING\r\n").is_ok()
            && s.read_exact(&mut reply).is_ok()
            && &reply == b"+PONG\r\n"
    }

    pub(crate) fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Sends a signal (`STOP` hangs it: connections are accepted, nothing is answered).
    fn signal(&self, signal: &str) {
        let pid = self.child.as_ref().expect("running").id().to_string();
        let ok = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "kill -{signal}");
    }

    /// Kills it and starts a fresh one (empty: no persistence) on the same socket.
    fn restart(&mut self) {
        self.kill();
        let _ = std::fs::remove_file(&self.socket);
        self.spawn();
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}

fn hours(limit: u32, h: u64) -> Quota {
    Quota::per(limit, Duration::from_secs(h * 3600))
}

async fn redis_limiter(server: &RedisServer, quota: Quota, prefix: &str) -> Limiter {
    Limiter::redis(&server.url(), quota, prefix, 1000)
        .await
        .expect("connects to redis-server")
}

/// `n` requests by `client`, returning the decisions.
async fn burst(limiter: &Limiter, client: &str, n: usize) -> Vec<Decision> {
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        out.push(limiter.check(client).await);
    }
    out
}

/// 5 per 5 hours (one per hour): 5 allowed at once, counting down, then a denial that says
/// to come back in (just under) an hour, with the full allowance back in (just under) 5 h.
fn assert_five_then_deny(decisions: &[Decision]) {
    for (i, d) in (0u32..).zip(&decisions[..5]) {
        assert!(d.allowed, "request {i}: {d:?}");
        assert_eq!((d.limit, d.remaining), (5, 4 - i));
        assert_eq!(d.retry_after, None);
    }
    let denied = decisions[5];
    assert!(!denied.allowed);
    assert_eq!(denied.remaining, 0);
    let retry = denied.retry_after.expect("Retry-After when denied");
    let hour = Duration::from_secs(3600);
    // The requests take well under a minute, so the next token is 59 to 60 minutes away.
    assert!(
        retry <= hour && retry > hour - Duration::from_secs(60),
        "{retry:?}"
    );
    assert!(denied.reset <= 5 * hour && denied.reset > 5 * hour - Duration::from_secs(60));
}

#[test]
fn quotas_outside_the_exact_range_are_refused() {
    let ok = Quota::per(60, Duration::from_secs(60));
    assert_eq!(ok.validate(), Ok(()));
    for bad in [
        Quota::per(0, Duration::from_secs(60)),
        Quota { burst: 0, ..ok },
        Quota::per(1, Duration::ZERO),
        Quota::per(1, Duration::from_micros(999)),
        Quota::per(1, Duration::from_secs(367 * 86_400)),
        Quota::per(u32::MAX, Duration::from_secs(1)),
        Quota::per(1, Duration::MAX),
        Quota::per(1, Duration::from_secs(86_400)).with_burst(400),
    ] {
        assert!(bad.validate().is_err(), "{bad:?}");
    }
    // The refused ones still work (clamped), without a panic.
    let runtime = runtime();
    for q in [
        Quota::per(0, Duration::ZERO),
        Quota::per(u32::MAX, Duration::MAX),
    ] {
        let d = runtime.block_on(Limiter::in_process(q, 10).check("c"));
        assert!(d.allowed && d.limit >= 1);
    }
}

trait WithBurst {
    fn with_burst(self, burst: u32) -> Quota;
}

impl WithBurst for Quota {
    fn with_burst(self, burst: u32) -> Quota {
        Quota { burst, ..self }
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_process_allows_a_burst_then_denies_with_retry_after() {
    let limiter = Limiter::in_process(hours(5, 5), 100);
    assert_five_then_deny(&burst(&limiter, "198.51.100.7", 6).await);
    // Another client has its own allowance.
    assert!(limiter.check("198.51.100.8").await.allowed);
    assert_eq!(limiter.backend_errors(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_process_memory_is_bounded_and_active_clients_keep_their_state() {
    let limiter = Limiter::in_process(hours(3, 3), 1000);
    for c in 0..50 {
        burst(&limiter, &format!("active-{c}"), 3).await;
    }
    for c in 0..1_000_000u32 {
        let _ = limiter.check(&format!("flood-{c}")).await;
        if c % 10_000 == 0 {
            assert!(limiter.tracked_clients() <= 1000);
        }
    }
    assert!(limiter.tracked_clients() <= 1000);
    for c in 0..50 {
        assert!(
            !limiter.check(&format!("active-{c}")).await.allowed,
            "active-{c} was reset"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_allows_a_burst_then_denies_with_retry_after() {
    let Some(server) = RedisServer::start("burst") else {
        return;
    };
    let limiter = redis_limiter(&server, hours(5, 5), "t:").await;
    assert_five_then_deny(&burst(&limiter, "198.51.100.7", 6).await);
    assert_eq!(limiter.backend_errors(), 0);
}

/// The Lua script and the Rust arithmetic give the same numbers for the same requests.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_and_in_process_decide_alike() {
    let Some(server) = RedisServer::start("alike") else {
        return;
    };
    for quota in [hours(1, 1), hours(7, 2), hours(3, 1).with_burst(10)] {
        let shared = redis_limiter(&server, quota, &format!("alike{}:", quota.burst)).await;
        let local = Limiter::in_process(quota, 10);
        let a = burst(&shared, "c", 12).await;
        let b = burst(&local, "c", 12).await;
        let strip = |d: &Decision| (d.allowed, d.limit, d.remaining);
        assert_eq!(
            a.iter().map(strip).collect::<Vec<_>>(),
            b.iter().map(strip).collect::<Vec<_>>()
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_share_one_limit() {
    let Some(server) = RedisServer::start("share") else {
        return;
    };
    let one = redis_limiter(&server, hours(10, 10), "shared:").await;
    let two = redis_limiter(&server, hours(10, 10), "shared:").await;
    let mut allowed = 0;
    for i in 0..20 {
        let replica = if i % 2 == 0 { &one } else { &two };
        allowed += usize::from(replica.check("203.0.113.9").await.allowed);
    }
    assert_eq!(allowed, 10);
    // Separate prefixes are separate limits.
    let other = redis_limiter(&server, hours(10, 10), "other:").await;
    assert!(other.check("203.0.113.9").await.allowed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_keys_expire_when_the_client_is_back_to_full_allowance() {
    let Some(server) = RedisServer::start("ttl") else {
        return;
    };
    let limiter = redis_limiter(&server, Quota::per(2, Duration::from_secs(60)), "ttl:").await;
    limiter.check("c").await;
    let client = redis::Client::open(server.url()).expect("url");
    let mut conn = client
        .get_multiplexed_async_connection()
        .await
        .expect("connects");
    let ttl: i64 = redis::cmd("PTTL")
        .arg("ttl:c")
        .query_async(&mut conn)
        .await
        .expect("PTTL");
    // One request of 2 per minute: back to full allowance in 30 s.
    assert!(ttl > 0 && ttl <= 30_000, "PTTL {ttl}");
    limiter.check("c").await;
    let ttl: i64 = redis::cmd("PTTL")
        .arg("ttl:c")
        .query_async(&mut conn)
        .await
        .expect("PTTL");
    assert!(ttl > 30_000 && ttl <= 60_000, "PTTL {ttl}");
    // A long client name is stored under a fixed-size hash.
    let long = "x".repeat(10_000);
    limiter.check(&long).await;
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg("ttl:*")
        .query_async(&mut conn)
        .await
        .expect("KEYS");
    assert!(keys.iter().all(|k| k.len() < 100), "{keys:?}");
    assert_eq!(keys.len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_down_at_start_is_an_error_that_hides_the_password() {
    let err = Limiter::redis("unix:///nonexistent/redis.sock", hours(1, 1), "p:", 10)
        .await
        .err()
        .expect("no Redis there");
    assert!(err.to_string().contains("rate-limit Redis"), "{err}");
    // Port 1 on loopback: nothing listens (connection refused at once).
    let err = Limiter::redis("redis://:hunter2@127.0.0.1:1/", hours(1, 1), "p:", 10)
        .await
        .err()
        .expect("no Redis there");
    assert!(!format!("{err:#}").contains("hunter2"), "{err:#}");
}

/// Redis killed: requests still get decisions (in-process, still limited) and the errors
/// are counted; Redis back: the replicas share the limit again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_outage_falls_back_to_a_per_replica_limit_and_recovers() {
    let Some(mut server) = RedisServer::start("outage") else {
        return;
    };
    let one = redis_limiter(&server, hours(3, 3), "o:").await;
    let two = redis_limiter(&server, hours(3, 3), "o:").await;
    server.kill();
    let during = burst(&one, "c", 5).await;
    let allowed = during.iter().filter(|d| d.allowed).count();
    assert_eq!(allowed, 3, "still limited while Redis is down: {during:?}");
    assert!(one.backend_errors() >= 1);
    server.restart();
    // Shared again once Redis answers (probed every 250 ms): one replica uses up a fresh
    // client's burst, and the other then denies it. Wait at most 30 s for that.
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut attempt = 0;
    loop {
        attempt += 1;
        let client = format!("after-{attempt}");
        let first = burst(&one, &client, 3).await;
        let second = two.check(&client).await;
        if first.iter().all(|d| d.allowed) && !second.allowed {
            break;
        }
        assert!(Instant::now() < deadline, "the limit is not shared again");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // And both replicas use Redis now: no new errors.
    let errors = (one.backend_errors(), two.backend_errors());
    burst(&one, "later", 2).await;
    burst(&two, "later", 2).await;
    assert_eq!((one.backend_errors(), two.backend_errors()), errors);
}

/// Waits (at most 30 s) until `one` and `two` share a limit of 3 again.
async fn wait_until_shared(one: &Limiter, two: &Limiter) {
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut attempt = 0;
    loop {
        attempt += 1;
        let client = format!("shared-again-{attempt}");
        let first = burst(one, &client, 3).await;
        let second = two.check(&client).await;
        if first.iter().all(|d| d.allowed) && !second.allowed {
            return;
        }
        assert!(Instant::now() < deadline, "the limit is not shared again");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A hung Redis (SIGSTOP): every call gives up after its deadline and the request is
/// decided in-process; a probe abandoned mid-call (the client hung up) does not stop later
/// probes, so the limit is shared again once Redis resumes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hung_redis_delays_no_request_for_long_and_an_abandoned_probe_is_released() {
    let Some(server) = RedisServer::start("hung") else {
        return;
    };
    let one = redis_limiter(&server, hours(3, 3), "h:").await;
    let two = redis_limiter(&server, hours(3, 3), "h:").await;
    server.signal("STOP");
    let during = burst(&one, "c", 4).await;
    assert_eq!(during.iter().filter(|d| d.allowed).count(), 3, "{during:?}");
    assert!(one.backend_errors() >= 1);
    // Past the retry delay, a probe starts and is dropped before Redis can answer.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let abandoned = tokio::time::timeout(Duration::from_millis(5), one.check("gone")).await;
    assert!(abandoned.is_err(), "the probe of a hung Redis answered");
    server.signal("CONT");
    wait_until_shared(&one, &two).await;
}

// ---------------------------------------------------------------------------------------
// Over HTTP: the real `secrets serve`, a real client (ureq, through tests/serve.rs). The
// 429 answer and two replicas sharing one limit are in tests/serve_access.rs; here, what
// an outage does to each replica, and the start-up error.

mod http {
    use super::RedisServer;
    use crate::serve::{Answer, Server, get};

    /// `n` GETs of /api/generate, alternating between the servers.
    fn requests(servers: &[&Server], n: usize) -> Vec<Answer> {
        (0..n)
            .map(|i| get(&servers[i % servers.len()].url("/api/generate")))
            .collect()
    }

    fn assert_refused(a: &Answer) {
        assert_eq!(a.status, 429, "{}", a.body);
        assert_eq!(a.body, r#"{"error":"rate limit exceeded"}"#);
        let after: u64 = a
            .header("retry-after")
            .expect("Retry-After")
            .parse()
            .expect("seconds");
        // 4 per minute: the next request is allowed 15 s after the first, so within 15 s.
        assert!((1..=15).contains(&after), "Retry-After {after}");
        assert_eq!(a.header("ratelimit-remaining"), Some("0"));
    }

    #[test]
    fn with_redis_killed_each_server_still_limits_alone() {
        let Some(mut redis) = RedisServer::start("http-outage") else {
            return;
        };
        let url = redis.url();
        let args = ["--rate-limit", "4", "--rate-limit-redis", &url];
        let (one, two) = (Server::start(&args), Server::start(&args));
        redis.kill();
        for s in [&one, &two] {
            let answers = requests(&[s], 6);
            assert!(answers[..4].iter().all(|a| a.status == 200));
            assert_refused(&answers[4]);
            assert_refused(&answers[5]);
            let metrics = get(&s.url("/metrics")).body;
            let errors = metrics
                .lines()
                .find_map(|l| l.strip_prefix("secrets_ratelimit_backend_errors_total "))
                .and_then(|v| v.trim().parse::<u64>().ok())
                .expect("backend errors in /metrics");
            assert!(errors >= 1, "{metrics}");
            // stderr is read by a thread: give it a moment (at most 10 s) to catch up.
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
            while !s.stderr().contains("rate limit: Redis failed") {
                assert!(
                    std::time::Instant::now() < deadline,
                    "no warning: {}",
                    s.stderr()
                );
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        }
    }

    #[test]
    fn serve_refuses_to_start_without_its_redis() {
        let out = crate::util::secrets()
            .args(["serve", "--bind", "127.0.0.1:0", "--rate-limit-redis"])
            .arg("redis://:hunter2@127.0.0.1:1/")
            .timeout(std::time::Duration::from_secs(30))
            .assert()
            .code(2)
            .get_output()
            .clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("rate-limit Redis"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");
    }
}
