//! Where results go: standard output (locked, block-buffered), a file created 0600 and
//! renamed into place, or the clipboard; as plain lines or as JSON Lines.
//!
//! Results are never printed with `println!`: a closed pipe must surface as an error that
//! `main` turns into a quiet exit, and a full disk as an error, never a panic.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, IsTerminal, StdoutLock, Write};
use std::path::{Path, PathBuf};

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
    Stdout(BufWriter<StdoutLock<'static>>),
    /// A temporary file beside `target`, renamed to it by [`Sink::finish`].
    File(AtomicFile),
    /// A wiped buffer handed to the clipboard by [`Sink::finish`].
    Clipboard {
        /// The secret's text.
        text: Zeroizing<Vec<u8>>,
        /// When to clear the clipboard; zero for never.
        timeout: Duration,
    },
}

impl Sink {
    /// Where a generator's `OutputArgs` send the results.
    pub fn for_output(out: &OutputArgs) -> Result<Sink> {
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
                timeout: Duration::from_secs(out.clip_timeout),
            });
        }
        Sink::open(out.output.as_deref(), out.force)
    }

    /// Standard output, or `path` written atomically with mode 0600 (`force` replaces).
    pub fn open(path: Option<&Path>, force: bool) -> Result<Sink> {
        Ok(match path {
            Some(path) => Sink::File(AtomicFile::create(path, force)?),
            None => {
                ensure_stdout_open()?;
                Sink::Stdout(BufWriter::with_capacity(BUFFER, io::stdout().lock()))
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
            Sink::Stdout(w) => w.write_all(buf),
            Sink::File(f) => f.writer.write_all(buf),
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
            Sink::Clipboard { .. } => Ok(()),
        }
    }
}

/// Fails when standard output was closed (`secrets password >&-`).
///
/// Rust's runtime reopens a closed stdout as `/dev/null` (read-write) before `main`, so the
/// secret would silently go nowhere and the command report success. A shell's `> /dev/null`
/// opens it write-only, which stays allowed (benchmarks and tests use it).
#[cfg(target_os = "linux")]
fn ensure_stdout_open() -> Result<()> {
    use rustix::fs::{FileType, OFlags, fcntl_getfl, fstat, major, minor};
    let stdout = io::stdout();
    let reopened_null = match (fstat(&stdout), fcntl_getfl(&stdout)) {
        (Ok(stat), Ok(flags)) => {
            FileType::from_raw_mode(stat.st_mode) == FileType::CharacterDevice
                && (major(stat.st_rdev), minor(stat.st_rdev)) == (1, 3)
                && flags & OFlags::RWMODE == OFlags::RDWR
        }
        _ => true,
    };
    if reopened_null {
        bail!(
            "standard output is closed, so the secret would be lost\n\
             hint: redirect it to a file (> FILE) or use --output FILE"
        );
    }
    Ok(())
}

#[cfg(not(target_os = "linux"))]
fn ensure_stdout_open() -> Result<()> {
    Ok(())
}

/// A file written under a temporary name in the target's directory, created with mode 0600
/// from the start (never created wider and narrowed later), and renamed over the target only
/// once everything is written. If anything fails, the temporary file is removed.
pub struct AtomicFile {
    writer: BufWriter<File>,
    temp: PathBuf,
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
        }
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = target
            .file_name()
            .with_context(|| format!("{shown} does not name a file"))?;
        let mut suffix = [0u8; 6];
        crate::secrets::RandomSource::new()
            .fill(&mut suffix)
            .context("naming the temporary file")?;
        let mut temp_name = std::ffi::OsString::from(".");
        temp_name.push(name);
        temp_name.push(format!(".{}.tmp", hex::encode(suffix)));
        let temp = dir.join(temp_name);
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600).custom_flags(nofollow());
        }
        let file = options
            .open(&temp)
            .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
        Ok(AtomicFile {
            writer: BufWriter::with_capacity(BUFFER, file),
            temp,
            target: target.to_path_buf(),
            force,
            committed: false,
        })
    }

    fn commit(mut self) -> Result<()> {
        let shown = self.target.display().to_string();
        self.writer
            .flush()
            .with_context(|| format!("writing {shown}"))?;
        self.writer
            .get_ref()
            .sync_all()
            .with_context(|| format!("writing {shown}"))?;
        if self.force {
            // rename(2) replaces atomically, and replaces a symlink itself, never its target.
            fs::rename(&self.temp, &self.target)
        } else {
            // Without --force, a file that appeared meanwhile is not replaced: hard_link fails
            // if the target exists.
            fs::hard_link(&self.temp, &self.target).and_then(|()| fs::remove_file(&self.temp))
        }
        .with_context(|| format!("moving the new file to {shown}"))?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

#[cfg(target_os = "linux")]
fn nofollow() -> i32 {
    0o400000 // O_NOFOLLOW on Linux
}

#[cfg(all(unix, not(target_os = "linux")))]
fn nofollow() -> i32 {
    0x0100 // O_NOFOLLOW on the BSDs and macOS
}

/// Writes `bytes` as the inside of a JSON string (no quotes), escaping what JSON requires.
pub fn write_json_str(w: &mut impl Write, s: &str) -> io::Result<()> {
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: Option<&[u8]> = match b {
            b'"' => Some(b"\\\""),
            b'\\' => Some(b"\\\\"),
            b'\n' => Some(b"\\n"),
            b'\r' => Some(b"\\r"),
            b'\t' => Some(b"\\t"),
            0..=0x1F | 0x7F => None,
            _ => continue,
        };
        w.write_all(&bytes[start..i])?;
        match escape {
            Some(e) => w.write_all(e)?,
            None => write!(w, "\\u{b:04x}")?,
        }
        start = i + 1;
    }
    w.write_all(&bytes[start..])
}

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
