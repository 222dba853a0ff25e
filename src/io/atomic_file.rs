//! Files written whole or not at all: created 0600, unnamed until complete, then linked
//! into place.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::Wiped;

/// A file written unnamed (or under a temporary name), created with mode 0600 from the
/// start, and given its name only once everything is written and synced.
///
/// On Linux the file is created with `O_TMPFILE`: it has no name until [`AtomicFile::commit`]
/// links it into place, so a command killed by any signal leaves nothing behind. Elsewhere
/// (or where the file system has no `O_TMPFILE`) it is a temporary file in the target's
/// directory, removed on drop and on INT, TERM, HUP and QUIT.
pub struct AtomicFile {
    pub(crate) writer: Wiped<File>,
    /// The temporary name, when the file has one.
    temp: Option<(PathBuf, Option<crate::signals::TempFileGuard>)>,
    target: PathBuf,
    force: bool,
    committed: bool,
}

impl AtomicFile {
    pub(crate) fn create(target: &Path, force: bool) -> Result<AtomicFile> {
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

    pub(crate) fn commit(mut self) -> Result<()> {
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
