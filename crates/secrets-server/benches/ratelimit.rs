//! The cost of one rate-limit decision (`secrets_server::ratelimit`, the limiter of `serve`):
//! in-process with one hot client, with a million distinct clients cycling through a
//! 100,000-entry table, and from several threads at once; and through a real
//! `redis-server` (started here on a unix socket and a loopback TCP port, when installed),
//! one request at a time (the round trip) and 64 at once (the multiplexed throughput).
//!
//! Run with `cargo bench --bench ratelimit`; the Redis rows are skipped without
//! `redis-server`.

use divan::Bencher;
use divan::counter::ItemsCount;
use secrets_server::ratelimit::{Decision, Limiter, Quota};
use std::cell::Cell;
use std::future::Future;
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::pin::pin;
use std::process::{Child, Command, Stdio};
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

fn main() {
    divan::main();
}

/// The seed's default: 60 per minute.
fn quota() -> Quota {
    Quota::per(60, Duration::from_secs(60))
}

/// The in-process check never waits: one poll finishes it (no runtime in the measurement).
fn now<F: Future<Output = Decision>>(future: F) -> Decision {
    let mut future = pin!(future);
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(d) => d,
        Poll::Pending => panic!("the in-process limiter waited"),
    }
}

const CLIENTS: usize = 1_000_000;

static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    (0..CLIENTS)
        .map(|i| format!("ip:10.{}.{}.{}", i >> 16, (i >> 8) & 255, i & 255))
        .collect()
});

#[divan::bench]
fn in_process_one_client(bencher: Bencher) {
    let limiter = Limiter::in_process(quota(), 100_000);
    bencher.bench_local(|| now(limiter.check("ip:203.0.113.9")));
}

#[divan::bench]
fn in_process_flood_of_a_million_clients(bencher: Bencher) {
    let limiter = Limiter::in_process(quota(), 100_000);
    let names = &*NAMES;
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % CLIENTS;
        now(limiter.check(&names[i]))
    });
}

/// Each thread cycles through its own part of the million names: one shared table.
#[divan::bench(threads = [1, 2, 4])]
fn in_process_shared_by_threads(bencher: Bencher) {
    static LIMITER: LazyLock<Limiter> = LazyLock::new(|| Limiter::in_process(quota(), 100_000));
    static START: AtomicUsize = AtomicUsize::new(0);
    thread_local! {
        static NEXT: Cell<usize> = Cell::new(START.fetch_add(250_000, Ordering::Relaxed) % CLIENTS);
    }
    let names = &*NAMES;
    bencher.bench(|| {
        let i = NEXT.with(|n| {
            let i = (n.get() + 1) % CLIENTS;
            n.set(i);
            i
        });
        now(LIMITER.check(&names[i]))
    });
}

/// A redis-server on a unix socket and a loopback port, killed at exit.
struct Redis {
    child: Child,
    socket: PathBuf,
    port: u16,
}

impl Drop for Redis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_file(&self.socket);
    }
}

fn start_redis() -> Option<Redis> {
    let socket =
        std::env::temp_dir().join(format!("secrets-bench-redis-{}.sock", std::process::id()));
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .ok()?
        .local_addr()
        .ok()?
        .port();
    let child = Command::new("redis-server")
        .args([
            "--port",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--unixsocket",
        ])
        .arg(&socket)
        .args(["--save", "", "--appendonly", "no"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let redis = Redis {
        child,
        socket,
        port,
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let mut reply = [0u8; 7];
        if let Ok(mut s) = UnixStream::connect(&redis.socket) {
            if s.write_all(b"PING\r\n").is_ok() && s.read_exact(&mut reply).is_ok() {
                return Some(redis);
            }
        }
        if Instant::now() > deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
}

fn with_redis(bencher: Bencher, tcp: bool, concurrent: usize) {
    let Some(redis) = start_redis() else {
        let _ = writeln!(std::io::stderr(), "redis-server not available: skipped");
        return;
    };
    let rt = runtime();
    let url = if tcp {
        format!("redis://127.0.0.1:{}/", redis.port)
    } else {
        format!("unix://{}", redis.socket.display())
    };
    let limiter = rt
        .block_on(Limiter::redis(&url, quota(), "bench:", 100_000))
        .expect("connects to redis-server");
    let names = &*NAMES;
    let mut i = 0;
    let bencher = bencher.counter(ItemsCount::new(concurrent));
    if concurrent == 1 {
        bencher.bench_local(|| {
            i = (i + 1) % CLIENTS;
            rt.block_on(limiter.check(&names[i]))
        });
        assert_eq!(
            limiter.backend_errors(),
            0,
            "Redis calls failed during the benchmark"
        );
        return;
    }
    bencher.bench_local(|| {
        i = (i + concurrent) % (CLIENTS - concurrent);
        rt.block_on(async {
            let mut tasks = tokio::task::JoinSet::new();
            for name in &names[i..i + concurrent] {
                let (limiter, name) = (limiter.clone(), name.clone());
                tasks.spawn(async move { limiter.check(&name).await });
            }
            tasks.join_all().await
        })
    });
    assert_eq!(
        limiter.backend_errors(),
        0,
        "Redis calls failed during the benchmark"
    );
    drop(redis);
}

#[divan::bench(sample_count = 20, sample_size = 100)]
fn redis_unix_one_at_a_time(bencher: Bencher) {
    with_redis(bencher, false, 1);
}

#[divan::bench(sample_count = 20, sample_size = 100)]
fn redis_tcp_one_at_a_time(bencher: Bencher) {
    with_redis(bencher, true, 1);
}

#[divan::bench(sample_count = 20, sample_size = 10)]
fn redis_tcp_64_at_once(bencher: Bencher) {
    with_redis(bencher, true, 64);
}
