//! The audit log: one JSON object per request (JSON Lines) on standard error or appended to
//! `--audit-log FILE` (created 0600, never through a symbolic link).
//!
//! A record holds the time (RFC 3339, UTC), the client address, the key id (the first 8 hex
//! digits of the key's SHA-256, never the key), the method, the matched route template (never
//! the raw URL, which carries the parameters), the parameters' names with their non-secret
//! values (numbers, switches; free text such as `exclude` only by its size), the status and
//! the duration. Never a generated secret, a key or a checked password: handlers hand the
//! log an `AuditParams` they built, nothing else of the request or the answer.
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

/// The parameters of a request as the log may show them; built by the handler, kept as the
/// JSON text the record embeds.
#[derive(Debug, Clone)]
pub(crate) struct AuditParams(Option<Box<serde_json::value::RawValue>>);

impl AuditParams {
    /// The parameters from a value that serializes as a JSON object (if it could not, the
    /// record says `null`).
    pub(crate) fn of(value: &impl Serialize) -> AuditParams {
        AuditParams(serde_json::value::to_raw_value(value).ok())
    }

    /// The JSON text.
    pub(crate) fn json(&self) -> Option<&serde_json::value::RawValue> {
        self.0.as_deref()
    }
}

/// Records waiting for the writer; beyond this, requests wait (backpressure, never loss).
const QUEUE: usize = 16 * 1024;

/// How long the writer waits for more records after the first of a batch: the most a record
/// waits before it is written.
const BATCH_WAIT: std::time::Duration = std::time::Duration::from_millis(2);

/// One request, as logged.
#[derive(Debug, Serialize)]
pub(crate) struct Record<'a> {
    pub(crate) time: Timestamp,
    pub(crate) client: std::net::IpAddr,
    pub(crate) key_id: Option<&'a str>,
    pub(crate) method: &'a str,
    pub(crate) route: &'a str,
    pub(crate) parameters: Option<&'a serde_json::value::RawValue>,
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
        let mut line = Vec::with_capacity(320);
        if serde_json::to_writer(&mut line, record).is_ok() {
            line.push(b'\n');
            let _ = self.0.send(Message::Line(line)).await;
        }
    }
}

/// A record's time: now, in RFC 3339 UTC with nanoseconds, formatted without allocating.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timestamp(time::OffsetDateTime);

impl Timestamp {
    pub(crate) fn now() -> Timestamp {
        Timestamp(time::OffsetDateTime::now_utc())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // "2026-11-26T15:34:45.788089301Z" is 30 bytes; years past 9999 would need more.
        let mut buf = [0u8; 40];
        let mut cursor = std::io::Cursor::new(&mut buf[..]);
        let rfc3339 = &time::format_description::well_known::Rfc3339;
        let written = self.0.format_into(&mut cursor, rfc3339).unwrap_or(0);
        serializer.serialize_str(std::str::from_utf8(&buf[..written]).unwrap_or(""))
    }
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
        let t = serde_json::to_value(Timestamp::now()).expect("serializes");
        let t = t.as_str().expect("a string");
        assert!(t.ends_with('Z'), "{t}");
        assert!(
            time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339).is_ok()
        );
    }
}
