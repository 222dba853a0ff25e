//! Standard output without the standard library's line buffer, and what the process knew of
//! its standard streams at start-up.

use std::io::{self, BufWriter, StdoutLock, Write};

use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result, bail};

use super::BUFFER;

/// Standard output without the standard library's buffer. `io::stdout()` keeps the bytes
/// after the last newline of each write (all of a `--no-newline` secret) in a line buffer
/// that lives until exit and is never wiped, where a heap dump would find them.
/// Writes go straight to a duplicate of descriptor 1 instead (same open file, so same
/// position and flags), buffered only by [`Wiped`]. The lock is held so that nothing else
/// writes to standard output through `io::stdout()` meanwhile.
pub struct RawStdout {
    _lock: StdoutLock<'static>,
    file: std::fs::File,
}

impl RawStdout {
    pub(crate) fn new() -> Result<RawStdout> {
        use std::os::fd::AsFd;
        let mut lock = io::stdout().lock();
        // Anything written through io::stdout() before goes out first, in order.
        lock.flush().context("writing to standard output")?;
        let fd = lock
            .as_fd()
            .try_clone_to_owned()
            .context("duplicating standard output")?;
        Ok(RawStdout {
            _lock: lock,
            file: std::fs::File::from(fd),
        })
    }
}

impl Write for RawStdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A block-buffered writer whose buffer is wiped when it is dropped: the buffer held the
/// secrets on their way out.
///
/// Only the part of the buffer that was ever written is wiped (its high-water mark): the
/// rest never held anything, and writing zeros over all 128 KiB would fault in 32 fresh
/// pages, a third of a short run's start-up.
pub struct Wiped<W: Write> {
    /// Always `Some` until dropped.
    writer: Option<BufWriter<W>>,
    /// The most bytes the buffer has held at once. `BufWriter` only empties its buffer at the
    /// start of a write, so the length seen after each write is every peak.
    high_water: usize,
}

impl<W: Write> Wiped<W> {
    pub(crate) fn new(inner: W) -> Self {
        Wiped {
            writer: Some(BufWriter::with_capacity(BUFFER, inner)),
            high_water: 0,
        }
    }

    fn writer(&mut self) -> io::Result<&mut BufWriter<W>> {
        self.writer
            .as_mut()
            .ok_or_else(|| io::Error::other("the output was already closed"))
    }

    pub(crate) fn get_ref(&self) -> Option<&W> {
        self.writer.as_ref().map(BufWriter::get_ref)
    }

    #[inline]
    fn note_level(&mut self) {
        if let Some(w) = &self.writer {
            self.high_water = self.high_water.max(w.buffer().len());
        }
    }
}

impl<W: Write> Write for Wiped<W> {
    #[inline]
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.writer()?.write(buf);
        self.note_level();
        n
    }

    #[inline]
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let done = self.writer()?.write_all(buf);
        self.note_level();
        done
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer()?.flush()
    }
}

impl<W: Write> Drop for Wiped<W> {
    fn drop(&mut self) {
        // Take the buffer (unwritten bytes and the spare capacity that held written ones)
        // without writing it, and wipe every byte it ever held.
        if let Some(writer) = self.writer.take() {
            let (_, buffer) = writer.into_parts();
            if let Ok(mut buffer) = buffer {
                buffer.clear();
                let end = self.high_water.min(buffer.capacity());
                zeroize::Zeroize::zeroize(&mut buffer.spare_capacity_mut()[..end]);
            }
        }
    }
}

/// Whether descriptor 1 was closed when the process started; set by the binary before the
/// runtime reopens it as `/dev/null`.
static STDOUT_CLOSED_AT_START: AtomicBool = AtomicBool::new(false);

/// Whether descriptor 2 was closed when the process started.
static STDERR_CLOSED_AT_START: AtomicBool = AtomicBool::new(false);

/// Records whether standard error was closed at start-up (called before `main`).
pub fn set_stderr_closed_at_start(closed: bool) {
    STDERR_CLOSED_AT_START.store(closed, Ordering::Relaxed);
}

/// Whether standard error was closed at start-up: then `::add-mask::` registrations
/// written there would be lost while the secret is printed.
pub fn stderr_closed_at_start() -> bool {
    STDERR_CLOSED_AT_START.load(Ordering::Relaxed)
}

/// Records whether standard output was closed at start-up (called before `main`).
pub fn set_stdout_closed_at_start(closed: bool) {
    STDOUT_CLOSED_AT_START.store(closed, Ordering::Relaxed);
}

/// Whether standard output was closed when the process started (`secrets password >&-`).
pub fn stdout_closed_at_start() -> bool {
    STDOUT_CLOSED_AT_START.load(Ordering::Relaxed)
}

/// Fails when standard output was closed (`secrets password >&-`): the secret would be
/// lost. A standard output opened on `/dev/null`, read-write or not, is a choice and works.
pub fn ensure_stdout_open() -> Result<()> {
    if STDOUT_CLOSED_AT_START.load(Ordering::Relaxed) {
        bail!(
            "standard output is closed, so the secret would be lost\n\
             hint: redirect it to a file (> FILE) or use --output FILE"
        );
    }
    Ok(())
}
