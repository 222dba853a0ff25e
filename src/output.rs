//! Where results go: standard output (locked, block-buffered), a file created 0600 and
//! linked into place when complete, or the clipboard; as plain lines or as JSON Lines.
//!
//! Results are never printed with `println!`: a closed pipe must surface as an error that
//! `main` turns into a quiet exit, and a full disk as an error, never a panic.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, IsTerminal, StdoutLock, Write};
use std::path::{Path, PathBuf};

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

use crate::cli::OutputArgs;
use crate::clipboard;

/// Size of the output buffer: large enough that bulk output makes few system calls.
const BUFFER: usize = 128 * 1024;

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
    /// Held first: GitHub Actions files, `--mask`, `env fill` (see [`crate::collect`]).
    Collect(crate::collect::Collector),
}

impl Sink {
    /// Where a generator's `OutputArgs` send the results.
    pub fn for_output(out: &OutputArgs) -> Result<Sink> {
        if let Some(collector) = crate::collect::Collector::for_output(out)? {
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

/// Standard output without the standard library's buffer. `io::stdout()` keeps the bytes
/// after the last newline of each write (all of a `--no-newline` secret) in a line buffer
/// that lives until exit and is never wiped; the attack pass read them back from the heap.
/// Writes go straight to a duplicate of descriptor 1 instead (same open file, so same
/// position and flags), buffered only by [`Wiped`]. The lock is held so that nothing else
/// writes to standard output through `io::stdout()` meanwhile.
pub struct RawStdout {
    _lock: StdoutLock<'static>,
    file: std::fs::File,
}

impl RawStdout {
    fn new() -> Result<RawStdout> {
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
    fn new(inner: W) -> Self {
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

    fn get_ref(&self) -> Option<&W> {
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

/// A file written unnamed (or under a temporary name), created with mode 0600 from the
/// start, and given its name only once everything is written and synced.
///
/// On Linux the file is created with `O_TMPFILE`: it has no name until [`AtomicFile::commit`]
/// links it into place, so a command killed by any signal leaves nothing behind. Elsewhere
/// (or where the file system has no `O_TMPFILE`) it is a temporary file in the target's
/// directory, removed on drop and on INT, TERM, HUP and QUIT.
pub struct AtomicFile {
    writer: Wiped<File>,
    /// The temporary name, when the file has one.
    temp: Option<(PathBuf, Option<crate::signals::TempFileGuard>)>,
    target: PathBuf,
    force: bool,
    committed: bool,
}

impl AtomicFile {
    fn create(target: &Path, force: bool) -> Result<AtomicFile> {
        let shown = target.display();
        if let Ok(meta) = fs::symlink_metadata(target) {
            if meta.file_type().is_symlink() {
                bail!(
                    "{shown} is a symbolic link; refusing to write a secret through it\n\
                     hint: remove the link or write to its destination directly"
                );
            }
            if meta.is_dir() {
                bail!("{shown} is a directory");
            }
            if !force {
                bail!("{shown} already exists\nhint: use --force to replace it");
            }
            if !meta.is_file() {
                bail!(
                    "{shown} is not a regular file (a device, FIFO or socket); --force \
                     replaces regular files only"
                );
            }
        }
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if target.file_name().is_none() {
            bail!("{shown} does not name a file");
        }
        if let Some(file) = unnamed_file(&dir)? {
            return Ok(AtomicFile {
                writer: Wiped::new(file),
                temp: None,
                target: target.to_path_buf(),
                force,
                committed: false,
            });
        }
        let temp = temp_name(target)?;
        let file = create_new_0600(&temp)
            .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
        let guard = crate::signals::remove_on_signal(temp.clone());
        Ok(AtomicFile {
            writer: Wiped::new(file),
            temp: Some((temp, guard)),
            target: target.to_path_buf(),
            force,
            committed: false,
        })
    }

    fn file(&self) -> io::Result<&File> {
        self.writer
            .get_ref()
            .ok_or_else(|| io::Error::other("the output was already closed"))
    }

    fn commit(mut self) -> Result<()> {
        let shown = self.target.display().to_string();
        self.writer
            .flush()
            .with_context(|| format!("writing {shown}"))?;
        self.file()
            .and_then(File::sync_all)
            .with_context(|| format!("writing {shown}"))?;
        let placed = match &self.temp {
            Some((temp, _)) => place(temp, &self.target, self.force),
            None => self.link_unnamed(),
        };
        placed.with_context(|| format!("moving the new file to {shown}"))?;
        self.committed = true;
        Ok(())
    }

    /// Gives the unnamed file its name: linked directly when not replacing (which fails if
    /// the target appeared meanwhile), or linked under a temporary name and renamed over the
    /// target with --force.
    fn link_unnamed(&self) -> io::Result<()> {
        if !self.force {
            return link_fd(self.file()?, &self.target);
        }
        let temp = temp_name(&self.target).map_err(io::Error::other)?;
        let _guard = crate::signals::remove_on_signal(temp.clone());
        link_fd(self.file()?, &temp)?;
        place(&temp, &self.target, true).inspect_err(|_| {
            let _ = fs::remove_file(&temp);
        })
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if let Some((temp, _)) = &self.temp {
            if !self.committed {
                let _ = fs::remove_file(temp);
            }
        }
    }
}

/// Moves the finished temporary file to `target`: rename(2) with --force (atomic; replaces
/// a file, never follows a link), else a hard link that fails if `target` exists.
fn place(temp: &Path, target: &Path, force: bool) -> io::Result<()> {
    if force {
        fs::rename(temp, target)
    } else {
        fs::hard_link(temp, target).and_then(|()| fs::remove_file(temp))
    }
}

/// `.NAME.<12 hex>.tmp` beside `target`.
fn temp_name(target: &Path) -> Result<PathBuf> {
    let mut suffix = [0u8; 6];
    secrets_core::RandomSource::new()
        .fill(&mut suffix)
        .context("naming the temporary file")?;
    let mut name = std::ffi::OsString::from(".");
    name.push(target.file_name().unwrap_or_default());
    name.push(format!(".{}.tmp", hex::encode(suffix)));
    Ok(target.with_file_name(name))
}

fn create_new_0600(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(nofollow());
    }
    options.open(path)
}

/// A new file without a name in `dir` (mode 0600), or `None` where the system or the file
/// system cannot make one.
#[cfg(target_os = "linux")]
fn unnamed_file(dir: &Path) -> Result<Option<File>> {
    use rustix::fs::{CWD, Mode, OFlags, openat};
    use rustix::io::Errno;
    let flags = OFlags::TMPFILE | OFlags::WRONLY | OFlags::CLOEXEC;
    match openat(CWD, dir, flags, Mode::from_raw_mode(0o600)) {
        Ok(fd) => Ok(Some(File::from(fd))),
        Err(Errno::OPNOTSUPP | Errno::ISDIR | Errno::INVAL) => Ok(None),
        Err(e) => {
            Err(io::Error::from(e)).with_context(|| format!("creating a file in {}", dir.display()))
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn unnamed_file(_dir: &Path) -> Result<Option<File>> {
    Ok(None)
}

/// Gives an `O_TMPFILE` file the name `path`; fails if `path` exists.
#[cfg(target_os = "linux")]
fn link_fd(file: &File, path: &Path) -> io::Result<()> {
    use rustix::fs::{AtFlags, CWD, linkat};
    use std::os::fd::AsRawFd;
    // Through /proc (any user), else AT_EMPTY_PATH (needs CAP_DAC_READ_SEARCH).
    let proc_path = format!("/proc/self/fd/{}", file.as_raw_fd());
    linkat(CWD, proc_path.as_str(), CWD, path, AtFlags::SYMLINK_FOLLOW)
        .or_else(|e| match e {
            rustix::io::Errno::NOENT if fs::metadata("/proc/self/fd").is_err() => {
                linkat(file, "", CWD, path, AtFlags::EMPTY_PATH)
            }
            e => Err(e),
        })
        .map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn link_fd(_file: &File, _path: &Path) -> io::Result<()> {
    Err(io::Error::other("unnamed files exist on Linux only"))
}

#[cfg(target_os = "linux")]
fn nofollow() -> i32 {
    0o400000 // O_NOFOLLOW on Linux
}

#[cfg(all(unix, not(target_os = "linux")))]
fn nofollow() -> i32 {
    0x0100 // O_NOFOLLOW on the BSDs and macOS
}

pub use secrets_core::text::write_json_str;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_quotes_backslashes_and_controls() {
        let mut out = Vec::new();
        write_json_str(&mut out, "a\"b\\c\nd\u{1}é").expect("in memory");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "a\\\"b\\\\c\\nd\\u0001é"
        );
    }
}
