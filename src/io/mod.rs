//! Where results go, resolved once from the arguments ([`Sink::for_output`]): standard
//! output (locked, block-buffered, wiped), a file created 0600 and linked into place when
//! complete ([`atomic_file`]), the clipboard ([`clipboard`]), or GitHub Actions' files and
//! the runner's mask ([`github`]); as plain lines or as JSON Lines.
//!
//! Results are never printed with `println!`: a closed pipe must surface as an error that
//! `main` turns into a quiet exit, and a full disk as an error, never a panic.

pub mod atomic_file;
pub mod clipboard;
pub mod github;
pub mod stdout;

pub use atomic_file::AtomicFile;
pub use secrets_core::text::write_json_str;
pub use stdout::{
    RawStdout, Wiped, ensure_stdout_open, set_stderr_closed_at_start, set_stdout_closed_at_start,
    stderr_closed_at_start, stdout_closed_at_start,
};

use std::io::{self, IsTerminal, Write};
use std::path::Path;

use std::time::Duration;

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

use crate::cli::OutputArgs;

/// Size of the output buffer: large enough that bulk output makes few system calls.
pub(crate) const BUFFER: usize = 128 * 1024;

/// A destination for secrets.
pub enum Sink {
    /// Standard output.
    Stdout(Wiped<RawStdout>),
    /// A temporary file beside `target`, renamed to it by [`Sink::finish`].
    File(AtomicFile),
    /// A wiped buffer handed to the clipboard by [`Sink::finish`].
    Clipboard {
        /// The secret's text.
        text: Zeroizing<Vec<u8>>,
        /// When to clear the clipboard; zero for never.
        timeout: Duration,
    },
    /// Held first: GitHub Actions files, `--mask`, `env fill` (see [`crate::io::github`]).
    Collect(crate::io::github::Collector),
}

impl Sink {
    /// Where a generator's `OutputArgs` send the results.
    pub fn for_output(out: &OutputArgs) -> Result<Sink> {
        if let Some(collector) = crate::io::github::Collector::for_output(out)? {
            return Ok(Sink::Collect(collector));
        }
        if out.clip {
            if out.count > 1 {
                bail!(
                    "--clip copies a single secret, but --count is {}\n\
                     hint: drop --count, or drop --clip to print them all",
                    out.count
                );
            }
            return Ok(Sink::Clipboard {
                text: Zeroizing::new(Vec::new()),
                timeout: clipboard::timeout(out.clip_timeout)?,
            });
        }
        Sink::open(out.output.as_deref(), out.force)
    }

    /// Standard output, or `path` written atomically with mode 0600 (`force` replaces).
    /// A `path` of `-` is standard output, as everywhere on the command line.
    pub fn open(path: Option<&Path>, force: bool) -> Result<Sink> {
        Ok(match path {
            Some(path) if path.as_os_str() != "-" => Sink::File(AtomicFile::create(path, force)?),
            _ => {
                ensure_stdout_open()?;
                Sink::Stdout(Wiped::new(RawStdout::new()?))
            }
        })
    }

    /// Whether the results would land on a terminal.
    pub fn is_terminal(&self) -> bool {
        matches!(self, Sink::Stdout(_)) && io::stdout().is_terminal()
    }

    /// Flushes everything; for a file, syncs it and renames it into place.
    pub fn finish(self) -> Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush().context("writing to standard output"),
            Sink::File(f) => f.commit(),
            Sink::Collect(c) => c.finish(),
            Sink::Clipboard { text, timeout } => {
                clipboard::copy(&text, timeout)?;
                let mut err = io::stderr();
                let _ = if timeout.is_zero() {
                    writeln!(err, "copied to clipboard; it will not be cleared")
                } else {
                    writeln!(
                        err,
                        "copied to clipboard; clearing in {} s",
                        timeout.as_secs()
                    )
                };
                Ok(())
            }
        }
    }
}

impl Write for Sink {
    #[inline]
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.write_all(buf).map(|()| buf.len())
    }

    #[inline]
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            // The context that `finish` adds, for the writes a full buffer makes on the way.
            Sink::Stdout(w) => w
                .write_all(buf)
                .map_err(|e| io::Error::new(e.kind(), format!("writing to standard output: {e}"))),
            Sink::File(f) => f.writer.write_all(buf),
            Sink::Collect(c) => c.write_all(buf),
            Sink::Clipboard { text, .. } => {
                if text.len() + buf.len() > clipboard::MAX_CLIP_LEN {
                    return Err(io::Error::other(format!(
                        "the secret is larger than the {} KiB the clipboard takes from us",
                        clipboard::MAX_CLIP_LEN >> 10
                    )));
                }
                text.extend_from_slice(buf);
                Ok(())
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(f) => f.writer.flush(),
            Sink::Clipboard { .. } | Sink::Collect(_) => Ok(()),
        }
    }
}
