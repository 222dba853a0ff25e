//! The audit log: one JSON object per request (JSON Lines) on standard error or appended to
//! `--audit-log FILE` (created 0600, never through a symbolic link).
//!
//! A record holds the time (RFC 3339, UTC), the client address, the key id (the first 8 hex
//! digits of the key's SHA-256, never the key), the method, the matched route template (never
//! the raw URL, which carries the parameters), the parameters' names with their non-secret
//! values (numbers, switches; free text such as `exclude` only by its size), the status and
//! the duration. Never a generated secret, a key or a checked password: handlers hand the
//! log an [`AuditParams`] they built, nothing else of the request or the answer.
//!
//! Records are serialized on the request's task and written by one thread through a buffer:
//! it wakes for the first record of a batch, gathers for 2 ms, writes and flushes, so under
//! load the log costs one system call per batch, and a record is never more than a few
//! milliseconds behind.

use std::fs::OpenOptions;
use std::io::{BufWriter, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Serialize;
use tokio::sync::mpsc;

/// The parameters of a request as the log may show them; built by the handler.
#[derive(Debug, Clone)]
pub(crate) struct AuditParams(pub(crate) serde_json::Value);

/// Records waiting for the writer; beyond this, requests wait (backpressure, never loss).
const QUEUE: usize = 16 * 1024;

/// How long the writer waits for more records after the first of a batch: the most a record
/// waits before it is written.
const BATCH_WAIT: std::time::Duration = std::time::Duration::from_millis(2);

/// One request, as logged.
#[derive(Debug, Serialize)]
pub(crate) struct Record<'a> {
    pub(crate) time: String,
    pub(crate) client: &'a str,
    pub(crate) key_id: Option<&'a str>,
    pub(crate) method: &'a str,
    pub(crate) route: &'a str,
    pub(crate) parameters: Option<&'a serde_json::Value>,
    pub(crate) status: u16,
    pub(crate) duration_ms: f64,
}

/// What the writer thread is sent.
#[derive(Debug)]
enum Message {
    /// A serialized record, newline included.
    Line(Vec<u8>),
    /// Flush, then say so.
    Flush(tokio::sync::oneshot::Sender<()>),
}

/// The log's writer; [`AuditLog::finish`] flushes it at shutdown.
#[derive(Debug)]
pub(crate) struct AuditLog {
    tx: mpsc::Sender<Message>,
}

/// A handle requests log through.
#[derive(Debug, Clone)]
pub(crate) struct AuditSender(mpsc::Sender<Message>);

impl AuditLog {
    /// Starts the writer for `path`, or standard error without one.
    pub(crate) fn start(path: Option<&Path>) -> Result<(AuditLog, AuditSender)> {
        let out: Box<dyn Write + Send> = match path {
            Some(path) => Box::new(open_append(path)?),
            None => Box::new(std::io::stderr()),
        };
        let (tx, mut rx) = mpsc::channel::<Message>(QUEUE);
        std::thread::Builder::new()
            .name("audit".into())
            .spawn(move || {
                let mut out = BufWriter::with_capacity(64 * 1024, out);
                let mut next = rx.blocking_recv();
                while let Some(message) = next {
                    match message {
                        Message::Line(line) => {
                            let _ = out.write_all(&line);
                        }
                        Message::Flush(done) => {
                            let _ = out.flush();
                            let _ = done.send(());
                        }
                    }
                    // Flush only when nothing more is waiting: one write for many records
                    // under load, none left behind when idle.
                    next = match rx.try_recv() {
                        Ok(message) => Some(message),
                        Err(mpsc::error::TryRecvError::Empty) => {
                            let _ = out.flush();
                            let first = rx.blocking_recv();
                            // Gather what arrives in the next moment: under load, one wake-up
                            // and one write per batch instead of per request.
                            std::thread::sleep(BATCH_WAIT);
                            first
                        }
                        Err(mpsc::error::TryRecvError::Disconnected) => None,
                    };
                }
                let _ = out.flush();
            })
            .context("starting the audit log's writer")?;
        Ok((AuditLog { tx: tx.clone() }, AuditSender(tx)))
    }

    /// Waits (at most two seconds) until every record sent so far is written.
    pub(crate) async fn finish(self) {
        let (done, flushed) = tokio::sync::oneshot::channel();
        if self.tx.send(Message::Flush(done)).await.is_ok() {
            let _ = tokio::time::timeout(std::time::Duration::from_secs(2), flushed).await;
        }
    }
}

impl AuditSender {
    /// Logs one record (waits if the writer is far behind).
    pub(crate) async fn log(&self, record: &Record<'_>) {
        if let Ok(mut line) = serde_json::to_vec(record) {
            line.push(b'\n');
            let _ = self.0.send(Message::Line(line)).await;
        }
    }
}

/// The time of a record: RFC 3339 in UTC.
pub(crate) fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Opens `path` for appending: created 0600, a symbolic link refused (O_NOFOLLOW), and only
/// a regular file accepted (a FIFO would block the log).
fn open_append(path: &Path) -> Result<std::fs::File> {
    let file = OpenOptions::new()
        .append(true)
        .create(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK)
        .open(path)
        .with_context(|| {
            format!(
                "opening the audit log {} (a symbolic link is refused)",
                path.display()
            )
        })?;
    let meta = file
        .metadata()
        .with_context(|| format!("the audit log {}", path.display()))?;
    if !meta.is_file() {
        bail!("the audit log {} is not a regular file", path.display());
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_rfc3339_utc() {
        let t = now();
        assert!(t.ends_with('Z'), "{t}");
        assert!(
            time::OffsetDateTime::parse(&t, &time::format_description::well_known::Rfc3339).is_ok()
        );
    }
}
