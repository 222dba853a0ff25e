//! Connections: the accept loop, TLS handshakes, HTTP/1.1 and HTTP/2 (hyper), and the limits
//! that protect the server from slow or too many clients.
//!
//! - At most `max_connections` at once: beyond that the loop stops accepting until one
//!   closes (the kernel's backlog holds the rest), so memory stays bounded. One client
//!   address (IPv6 by its prefix, /64 by default) holds at most `per_client` of them; more are closed at once, so
//!   a single slowloris client cannot take every connection.
//! - A TLS handshake must finish within [`HANDSHAKE_TIMEOUT`]; request headers must arrive
//!   within [`HEADER_TIMEOUT`] of their first byte, and hyper applies the same timeout to a
//!   kept-alive connection waiting for its next request (slowloris). A connection with no
//!   byte read or written for [`IDLE_TIMEOUT`] is closed (one that never sends anything, or
//!   a client that stopped reading its answer). Measured: 10.0 s and 60.1 s.
//! - Request heads are at most [`MAX_HEAD`] bytes; HTTP/2 allows [`MAX_STREAMS`] streams per
//!   connection.
//! - On shutdown the listener closes at once (new connections are refused), open
//!   connections finish their in-flight requests, and after the grace period the rest are
//!   dropped.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tokio_rustls::TlsAcceptor;

use super::guard::{App, Peer};

/// Time for a TLS handshake.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Time for a request's headers to arrive.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Time without any byte read or written before a connection is closed.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
/// Largest request head (request line and headers), in bytes.
pub const MAX_HEAD: usize = 16 * 1024;
/// HTTP/2 streams per connection.
pub const MAX_STREAMS: u32 = 64;

/// How connections are served.
pub(crate) struct Listener {
    pub(crate) listener: TcpListener,
    pub(crate) app: App,
    pub(crate) tls: Option<TlsAcceptor>,
    pub(crate) max_connections: usize,
    pub(crate) per_client: usize,
    /// IPv6 clients are counted by this many leading bits of their address.
    pub(crate) v6_prefix: u8,
    pub(crate) grace: Duration,
}

impl Listener {
    /// Serves until `shutdown` completes, then drains open connections for at most the
    /// grace period.
    pub(crate) async fn run(self, shutdown: impl Future<Output = ()>) {
        let Listener {
            listener,
            app,
            tls,
            max_connections,
            per_client,
            v6_prefix,
            grace,
        } = self;
        let clients = Arc::new(Clients::new(per_client, v6_prefix));
        let mut builder = auto::Builder::new(TokioExecutor::new());
        builder
            .http1()
            .timer(TokioTimer::new())
            .header_read_timeout(HEADER_TIMEOUT)
            .max_buf_size(MAX_HEAD.max(8192));
        builder
            .http2()
            .timer(TokioTimer::new())
            .max_concurrent_streams(MAX_STREAMS)
            .max_header_list_size(u32::try_from(MAX_HEAD).unwrap_or(u32::MAX))
            .keep_alive_interval(Some(IDLE_TIMEOUT / 2))
            .keep_alive_timeout(HEADER_TIMEOUT);
        let builder = Arc::new(builder);
        let slots = Arc::new(Semaphore::new(max_connections));
        let graceful = GracefulShutdown::new();
        let epoch = Instant::now();
        tokio::pin!(shutdown);
        loop {
            let permit = tokio::select! {
                () = &mut shutdown => break,
                permit = slots.clone().acquire_owned() => match permit {
                    Ok(permit) => permit,
                    Err(_) => break,
                },
            };
            let (stream, peer) = tokio::select! {
                () = &mut shutdown => break,
                accepted = listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    // Out of descriptors or memory: wait a moment rather than spin.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
            };
            // One client may not hold every connection: beyond its share, close at once.
            let Some(client_slot) = clients.enter(peer.ip()) else {
                drop(stream);
                continue;
            };
            let _ = stream.set_nodelay(true);
            let watcher = graceful.watcher();
            let (builder, app, tls) = (builder.clone(), app.clone(), tls.clone());
            tokio::spawn(async move {
                let _permit = permit;
                let _client_slot = client_slot;
                let last = Arc::new(AtomicU64::new(0));
                let stream = Idle::new(stream, last.clone(), epoch);
                match tls {
                    Some(acceptor) => {
                        let handshake =
                            tokio::time::timeout(HANDSHAKE_TIMEOUT, acceptor.accept(stream));
                        // A failed or slow handshake just closes the connection.
                        if let Ok(Ok(tls_stream)) = handshake.await {
                            let conn = connection(&builder, tls_stream, app, peer, true);
                            until_idle(watcher.watch(conn), &last, epoch).await;
                        }
                    }
                    None => {
                        let conn = connection(&builder, stream, app, peer, false);
                        until_idle(watcher.watch(conn), &last, epoch).await;
                    }
                }
            });
        }
        // Refuse new connections at once, then let open ones finish.
        drop(listener);
        let _ = tokio::time::timeout(grace, graceful.shutdown()).await;
    }
}

/// Open connections per client address (IPv6 by its prefix, /64 by default).
struct Clients {
    cap: usize,
    v6_prefix: u8,
    open: std::sync::Mutex<std::collections::HashMap<std::net::IpAddr, usize>>,
}

/// A client's open connection, counted until dropped.
struct ClientSlot {
    clients: Arc<Clients>,
    addr: std::net::IpAddr,
}

impl Clients {
    fn new(cap: usize, v6_prefix: u8) -> Clients {
        Clients {
            cap,
            v6_prefix,
            open: std::sync::Mutex::new(std::collections::HashMap::new()),
        }
    }

    /// A slot for one more connection from `addr`, unless it has `cap` open already. The
    /// table holds only clients with open connections, so it is bounded by the connection
    /// limit.
    fn enter(self: &Arc<Self>, addr: std::net::IpAddr) -> Option<ClientSlot> {
        let addr = super::client::bucket(addr, self.v6_prefix);
        if self.cap > 0 {
            let mut open = self
                .open
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let n = open.entry(addr).or_insert(0);
            if *n >= self.cap {
                return None;
            }
            *n += 1;
        }
        Some(ClientSlot {
            clients: self.clone(),
            addr,
        })
    }
}

impl Drop for ClientSlot {
    fn drop(&mut self) {
        if self.clients.cap == 0 {
            return;
        }
        let mut open = self
            .clients
            .open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(n) = open.get_mut(&self.addr) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.addr);
            }
        }
    }
}

/// One HTTP/1.1 or HTTP/2 connection (by ALPN or the HTTP/2 preface).
fn connection<'a, I>(
    builder: &'a auto::Builder<TokioExecutor>,
    io: I,
    app: App,
    peer: SocketAddr,
    tls: bool,
) -> impl hyper_util::server::graceful::GracefulConnection + 'a
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let peer = Peer {
        addr: peer.ip(),
        tls,
    };
    let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
        let answer = app.clone().handle(peer, request);
        async move { Ok::<_, std::convert::Infallible>(answer.await) }
    });
    // No upgrades (WebSocket, CONNECT): the plain connection does less per request.
    builder.serve_connection(TokioIo::new(io), service)
}

/// Runs `conn` until it ends or has seen no traffic for [`IDLE_TIMEOUT`].
async fn until_idle<F: Future>(conn: F, last: &AtomicU64, epoch: Instant) {
    tokio::pin!(conn);
    loop {
        let idle_for = millis_since(epoch).saturating_sub(last.load(Relaxed));
        let left = IDLE_TIMEOUT.saturating_sub(Duration::from_millis(idle_for));
        if left.is_zero() {
            return;
        }
        tokio::select! {
            _ = &mut conn => return,
            () = tokio::time::sleep(left) => {}
        }
    }
}

fn millis_since(epoch: Instant) -> u64 {
    u64::try_from(epoch.elapsed().as_millis()).unwrap_or(u64::MAX)
}

/// A stream that notes the time of its last progress in either direction.
struct Idle<S> {
    inner: S,
    last: Arc<AtomicU64>,
    epoch: Instant,
}

impl<S> Idle<S> {
    fn new(inner: S, last: Arc<AtomicU64>, epoch: Instant) -> Self {
        last.store(millis_since(epoch), Relaxed);
        Idle { inner, last, epoch }
    }

    fn touch(&self) {
        self.last.store(millis_since(self.epoch), Relaxed);
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Idle<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let poll = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(poll, Poll::Ready(Ok(()))) {
            self.touch();
        }
        poll
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Idle<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(poll, Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
        }
        poll
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write_vectored(cx, bufs);
        if matches!(poll, Poll::Ready(Ok(n)) if n > 0) {
            self.touch();
        }
        poll
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}
