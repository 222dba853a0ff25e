//! Offline lookup in Have I Been Pwned's downloadable Pwned Passwords file (the SHA-1
//! edition, "ordered by hash"): lines `SHA1HEX:COUNT`, 40 hex digits, CRLF or LF line ends,
//! tens of GB.
//!
//! Guarantees:
//! * constant memory: the file is never loaded; each probe reads one window of
//!   [`WINDOW`] bytes at an offset (`pread`), so a lookup costs O(log n) reads of the file;
//! * offsets are `u64`: any file size the OS can hold, first and last lines included, with
//!   or without a final line end;
//! * a malformed or unordered file is an error, never a wrong "not found" that a check
//!   could detect: every probed line is validated, and must be strictly above every line
//!   seen before it and below every line seen after it, and above the line before it
//!   in the same window. (A binary search cannot read every line, so a file corrupted
//!   only where the search never looks goes unnoticed.)
//! * errors name the file, never the password or its hash. Errors about the first and
//!   last lines (checked by [`HibpFile::open`], before the password is known) give their
//!   byte offsets; errors during a search do not, since the offset of a probe would tell
//!   where the password's hash falls in the file.
//!
//! Only the SHA-1 file is read: the NTLM edition (32 hex digits) is refused as malformed.

use std::fs::File;
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::BreachError;

/// The longest valid line: 40 hex digits, `:`, a `u64` count (at most 20 digits), CR, LF.
pub const MAX_LINE: usize = 40 + 1 + 20 + 2;

/// Bytes read per probe: room for the end of the line the probe lands in, the line the
/// search looks at, and the line after it (for the ordering check).
pub const WINDOW: usize = 4 * MAX_LINE;

/// A SHA-1 digest, the key of the file.
pub type Sha1 = [u8; 20];

/// An open Pwned Passwords file whose first and last lines are valid and in order.
#[derive(Debug)]
pub struct HibpFile {
    file: File,
    len: u64,
    path: PathBuf,
}

/// One line found by a probe.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Probe {
    /// Offset of the line's first byte.
    start: u64,
    /// Offset just past the line's end (its LF, or the end of the file).
    end: u64,
    hash: Sha1,
    count: u64,
    /// The next line's hash, when the window holds all of it.
    next: Option<Sha1>,
}

/// Why a line is not `HASH:COUNT`; the line's text is never part of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bad {
    /// Longer than [`MAX_LINE`] bytes.
    TooLong,
    /// Not 40 hex digits, `:`, and a decimal count that fits in 64 bits.
    Syntax,
}

impl Bad {
    fn describe(self) -> &'static str {
        match self {
            Bad::TooLong => "a line longer than 40 hex digits, ':' and a count",
            Bad::Syntax => "a line that is not 40 hex digits (SHA-1), ':' and a decimal count",
        }
    }
}

impl HibpFile {
    /// Opens `path` and checks its first and last lines (format and order), so that a
    /// wrong file is reported before any password is read.
    pub fn open(path: &Path) -> Result<HibpFile, BreachError> {
        let shown = || path.display().to_string();
        // Non-blocking, so that a FIFO without a writer is refused below instead of
        // blocking the open forever; reads of a regular file never block anyway.
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)
            .map_err(|source| BreachError::Io {
                what: "opening the Pwned Passwords file",
                path: shown(),
                source,
            })?;
        let meta = file.metadata().map_err(|source| BreachError::Io {
            what: "reading the metadata of",
            path: shown(),
            source,
        })?;
        if !meta.is_file() {
            return Err(BreachError::NotRegular(shown()));
        }
        let this = HibpFile {
            file,
            len: meta.len(),
            path: path.to_owned(),
        };
        if this.len == 0 {
            return Err(BreachError::Empty(shown()));
        }
        let first = match this.probe(0) {
            Ok(Some(p)) => p,
            Ok(None) => return Err(BreachError::NoLines(shown())),
            Err(bad) => return Err(this.malformed(bad, Some(0))),
        };
        let last_start = this.last_line_start()?;
        let last = match this.probe(last_start) {
            Ok(Some(p)) => p,
            Ok(None) => return Err(BreachError::NoLines(shown())),
            Err(bad) => return Err(this.malformed(bad, Some(last_start))),
        };
        if first.next.is_some_and(|n| n <= first.hash) || last.hash < first.hash {
            return Err(this.unordered());
        }
        Ok(this)
    }

    /// The file's size in bytes.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether the file is empty (never true for an opened file).
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How many times `hash` was seen in breaches according to the file; 0 when absent.
    ///
    /// A binary search over byte offsets: the line whose hash is sought, if any, starts in
    /// `[lo, hi)`. A probe at `mid` looks at the first line starting at or after `mid`.
    pub fn count(&self, hash: &Sha1) -> Result<u64, BreachError> {
        let (mut lo, mut hi) = (0u64, self.len);
        // Hashes seen below and above the target: every later probe must fall between.
        let mut below: Option<Sha1> = None;
        let mut above: Option<Sha1> = None;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let probe = match self.probe(mid) {
                Ok(Some(p)) if p.start < hi => p,
                Ok(_) => {
                    // No line starts in [mid, hi): the target, if present, starts before mid.
                    hi = mid;
                    continue;
                }
                Err(bad) => return Err(self.malformed(bad, None)),
            };
            let in_order = below.is_none_or(|b| b < probe.hash)
                && above.is_none_or(|a| probe.hash < a)
                && probe.next.is_none_or(|n| probe.hash < n);
            if !in_order {
                return Err(self.unordered());
            }
            match probe.hash.cmp(hash) {
                std::cmp::Ordering::Less => {
                    below = Some(probe.hash);
                    lo = probe.end;
                }
                std::cmp::Ordering::Greater => {
                    above = Some(probe.hash);
                    hi = mid;
                }
                std::cmp::Ordering::Equal => return Ok(probe.count),
            }
        }
        Ok(0)
    }

    /// The first line starting at or after `offset`, `None` if none does.
    fn probe(&self, offset: u64) -> Result<Option<Probe>, ProbeError> {
        // Read from the byte before `offset`: if it is a line end, a line starts at `offset`.
        let from = offset.saturating_sub(1);
        let mut buf = [0u8; WINDOW];
        let n = read_at(&self.file, &mut buf, from).map_err(ProbeError::Io)?;
        let window = &buf[..n];
        let at_eof = from + n as u64 >= self.len;
        let skip = if offset == 0 {
            0
        } else {
            match window.iter().position(|&b| b == b'\n') {
                Some(i) if i < MAX_LINE => i + 1,
                Some(_) => return Err(ProbeError::Bad(Bad::TooLong)),
                None if at_eof && n < MAX_LINE => return Ok(None),
                None => return Err(ProbeError::Bad(Bad::TooLong)),
            }
        };
        let start = from + skip as u64;
        if start >= self.len {
            return Ok(None);
        }
        let rest = &window[skip..];
        let (hash, count, used) = match parse_line(rest, at_eof) {
            Some(Ok(line)) => line,
            Some(Err(bad)) => return Err(ProbeError::Bad(bad)),
            // The window holds the whole line by construction; only a short read lands here.
            None => return Err(ProbeError::Bad(Bad::TooLong)),
        };
        let next = match parse_line(&rest[used..], at_eof) {
            Some(Ok((next, _, _))) if used < rest.len() => Some(next),
            Some(Err(bad)) => return Err(ProbeError::Bad(bad)),
            _ => None,
        };
        Ok(Some(Probe {
            start,
            end: start + used as u64,
            hash,
            count,
            next,
        }))
    }

    /// The offset where the last line starts (a final line end is not a line).
    fn last_line_start(&self) -> Result<u64, BreachError> {
        let from = self.len.saturating_sub(WINDOW as u64);
        let mut buf = [0u8; WINDOW];
        let n = read_at(&self.file, &mut buf, from).map_err(|source| BreachError::Io {
            what: "reading",
            path: self.path.display().to_string(),
            source,
        })?;
        let mut window = &buf[..n];
        if window.last() == Some(&b'\n') {
            window = &window[..window.len() - 1];
        }
        Ok(match window.iter().rposition(|&b| b == b'\n') {
            Some(i) => from + i as u64 + 1,
            None => from,
        })
    }

    fn malformed(&self, err: ProbeError, offset: Option<u64>) -> BreachError {
        let path = self.path.display().to_string();
        match err {
            ProbeError::Io(source) => BreachError::Io {
                what: "reading",
                path,
                source,
            },
            ProbeError::Bad(bad) => BreachError::Malformed {
                path,
                why: bad.describe(),
                at: offset.map(|o| format!(" at byte {o}")).unwrap_or_default(),
            },
        }
    }

    fn unordered(&self) -> BreachError {
        BreachError::Unordered(self.path.display().to_string())
    }
}

/// A probe's failure: the OS, or the file's content.
#[derive(Debug)]
enum ProbeError {
    Io(io::Error),
    Bad(Bad),
}

/// Parses the line at the start of `buf`: its hash, count and length including the line
/// end. `None` when `buf` does not hold the whole line (or is empty).
fn parse_line(buf: &[u8], at_eof: bool) -> Option<Result<(Sha1, u64, usize), Bad>> {
    if buf.is_empty() {
        return None;
    }
    let limit = buf.len().min(MAX_LINE);
    let (text, used) = match buf[..limit].iter().position(|&b| b == b'\n') {
        Some(i) => (&buf[..i], i + 1),
        None if at_eof && buf.len() < MAX_LINE => (buf, buf.len()),
        None if buf.len() >= MAX_LINE => return Some(Err(Bad::TooLong)),
        None => return None,
    };
    let text = text.strip_suffix(b"\r").unwrap_or(text);
    Some(
        parse_text(text)
            .map(|(h, c)| (h, c, used))
            .ok_or(Bad::Syntax),
    )
}

/// `HASH:COUNT` without its line end; hex digits in either case.
fn parse_text(text: &[u8]) -> Option<(Sha1, u64)> {
    let (hex, count) = (text.get(..40)?, text.get(40..)?);
    let digits = count.strip_prefix(b":")?;
    let mut hash = [0u8; 20];
    for (out, pair) in hash.iter_mut().zip(hex.chunks_exact(2)) {
        *out = hex_value(pair[0])? << 4 | hex_value(pair[1])?;
    }
    if digits.is_empty() || digits.len() > 20 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let count = std::str::from_utf8(digits).ok()?.parse::<u64>().ok()?;
    Some((hash, count))
}

fn hex_value(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'A'..=b'F' => Some(c - b'A' + 10),
        b'a'..=b'f' => Some(c - b'a' + 10),
        _ => None,
    }
}

/// Fills `buf` from `offset` until it is full or the file ends; returns the bytes read.
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    let mut done = 0;
    while done < buf.len() {
        match pread(file, &mut buf[done..], offset + done as u64) {
            Ok(0) => break,
            Ok(n) => done += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(done)
}

#[cfg(unix)]
fn pread(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, offset)
}

#[cfg(windows)]
fn pread(file: &File, buf: &mut [u8], offset: u64) -> io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A file of `hashes` (sorted by the caller or not), `COUNT = index + 1`.
    fn write_file(name: &str, hashes: &[Sha1], crlf: bool, final_eol: bool) -> PathBuf {
        let path =
            std::env::temp_dir().join(format!("secrets-breach-{}-{name}", std::process::id()));
        let mut f = std::io::BufWriter::new(File::create(&path).expect("create"));
        for (i, h) in hashes.iter().enumerate() {
            write!(f, "{}:{}", hex::encode_upper(h), i + 1).expect("write");
            if i + 1 < hashes.len() || final_eol {
                f.write_all(if crlf { b"\r\n" } else { b"\n" })
                    .expect("write");
            }
        }
        f.flush().expect("flush");
        path
    }

    /// Distinct hashes spread over the whole range: SHA-1 of the index.
    fn hashes(n: usize) -> Vec<Sha1> {
        use sha1::Digest;
        let mut v: Vec<Sha1> = (0..n)
            .map(|i| sha1::Sha1::digest(i.to_le_bytes()).into())
            .collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn every_line_is_found_and_gaps_are_absent() {
        for (name, n, crlf, eol) in [
            ("lf", 1000, false, true),
            ("crlf", 999, true, true),
            ("noeol", 17, false, false),
            ("crlf-noeol", 2, true, false),
            ("one", 1, false, true),
        ] {
            let hs = hashes(n);
            let path = write_file(name, &hs, crlf, eol);
            let file = HibpFile::open(&path).expect("valid");
            for (i, h) in hs.iter().enumerate() {
                assert_eq!(
                    file.count(h).expect("search"),
                    i as u64 + 1,
                    "{name} line {i}"
                );
                // Just above each hash, and the extremes: absent.
                let mut gap = *h;
                gap[19] ^= 1;
                if !hs.contains(&gap) {
                    assert_eq!(file.count(&gap).expect("search"), 0, "{name} {i}");
                }
            }
            assert_eq!(file.count(&[0; 20]).expect("search"), 0);
            assert_eq!(file.count(&[0xff; 20]).expect("search"), 0);
            let _ = std::fs::remove_file(&path);
        }
    }

    #[test]
    fn unordered_and_malformed_files_are_errors() {
        let mut hs = hashes(500);
        hs.reverse();
        let path = write_file("reversed", &hs, false, true);
        let err = HibpFile::open(&path).expect_err("unordered").to_string();
        assert!(err.contains("not ordered"), "{err}");
        let _ = std::fs::remove_file(&path);

        // Out of order in the middle only: found by the search's checks.
        let mut hs = hashes(500);
        hs.swap(250, 251);
        hs.swap(125, 126);
        hs.swap(375, 376);
        let path = write_file("swapped", &hs, false, true);
        let file = HibpFile::open(&path).expect("ends are fine");
        let failures = hashes(500)
            .iter()
            .filter(|h| file.count(h).is_err())
            .count();
        assert!(failures > 0);
        let _ = std::fs::remove_file(&path);

        for (name, text) in [
            ("ntlm", "8846F7EAEE8FB117AD06BDD830B7586C:1\n"),
            ("short", "ABC:1\n"),
            ("nocount", "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:\n"),
            (
                "overflow",
                "5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8:99999999999999999999\n",
            ),
            ("blank", "\n\n"),
            ("long", &"A".repeat(300)),
        ] {
            let path =
                std::env::temp_dir().join(format!("secrets-breach-{name}-{}", std::process::id()));
            std::fs::write(&path, text).expect("write");
            let err = HibpFile::open(&path).expect_err(name).to_string();
            assert!(
                err.contains("not a Pwned Passwords SHA-1 file"),
                "{name}: {err}"
            );
            let _ = std::fs::remove_file(&path);
        }
    }
}
