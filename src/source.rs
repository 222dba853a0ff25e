//! Where a secret that we *read* comes from: OpenSSL's pass-phrase source syntax, so a secret
//! never has to appear on the command line (argv is readable by every user through `ps`).
//!
//! Guarantees:
//! * an operand is a SOURCE only in one of the exact forms `-`, `stdin`, `env:VAR`,
//!   `file:PATH`, `fd:N` and `pass:LITERAL`; anything else is an error. So a value received
//!   from outside and passed as an operand can never choose where a secret is read from
//!   (`compare env:TOKEN "$submitted"` with `$submitted = env:TOKEN` is an error, not a
//!   match), and a typo (`Env:X`) is not silently a literal;
//! * every value read is returned as a [`Secret`] (wiped, redacted in `{:?}`), read straight
//!   into wiped buffers: standard input is read from descriptor 0 itself, not through std's
//!   unwiped buffer;
//! * `fd:N` reads the inherited descriptor N itself, from its current position (so it works
//!   after a privilege drop, on pipes and sockets);
//! * no error message contains a secret's content, nor the text of an operand that is not a
//!   SOURCE (it may be a secret passed by mistake).

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, IsTerminal};
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

use secrets_core::secret;
pub use secrets_core::secret::Secret;

/// The largest secret we read (64 MiB). Larger inputs are an error rather than an
/// out-of-memory: `file:/dev/zero` or a huge sparse file must not take the machine down.
pub const MAX_SECRET_LEN: u64 = 64 * 1024 * 1024;

const LIMIT: usize = 64 * 1024 * 1024;

/// The forms of a SOURCE, for messages.
pub const FORMS: &str = "-, stdin, env:VAR, file:PATH, fd:N or pass:VALUE";

/// A literal secret given as `pass:VALUE`: compared by value, never shown by `{:?}`.
#[derive(Clone, PartialEq, Eq)]
pub struct Literal(Zeroizing<String>);

impl std::fmt::Debug for Literal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Literal([REDACTED])")
    }
}

/// One operand: where to read a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// `-` or `stdin`: one line of standard input, without its line ending.
    Stdin,
    /// `env:VAR`: the value of an environment variable, as bytes.
    Env(OsString),
    /// `file:PATH`: the whole file, minus one trailing newline.
    File(PathBuf),
    /// `fd:N`: everything readable from inherited descriptor N, minus one trailing newline.
    Fd(i32),
    /// `pass:LITERAL`: the rest of the operand, verbatim.
    Literal(Literal),
}

impl Source {
    /// Parses an operand. Only the exact forms are SOURCEs; anything else is an error whose
    /// message does not repeat the operand.
    pub fn parse(operand: &str) -> Result<Source> {
        if operand == "-" || operand == "stdin" {
            return Ok(Source::Stdin);
        }
        if let Some(lit) = operand.strip_prefix("pass:") {
            return Ok(Source::Literal(Literal(Zeroizing::new(lit.to_owned()))));
        }
        if let Some(var) = operand.strip_prefix("env:") {
            if var.is_empty() || var.contains('=') || var.contains('\0') {
                bail!("env: needs the name of an environment variable, as in env:API_TOKEN");
            }
            return Ok(Source::Env(var.into()));
        }
        if let Some(path) = operand.strip_prefix("file:") {
            if path.is_empty() || path.contains('\0') {
                bail!("file: needs a path, as in file:secret.txt");
            }
            return Ok(Source::File(path.into()));
        }
        if let Some(n) = operand.strip_prefix("fd:") {
            // Exactly a decimal number as written by a shell: no sign, no leading zeros.
            let digits = !n.is_empty()
                && n.bytes().all(|b| b.is_ascii_digit())
                && (n == "0" || !n.starts_with('0'));
            return match n.parse::<i32>() {
                Ok(n) if digits => Ok(Source::Fd(n)),
                _ => bail!(
                    "fd: needs a file descriptor number, as in fd:3\n\
                     hint: open it in the shell, e.g. `3< secret.txt`"
                ),
            };
        }
        let prefix = operand.split_once(':').map(|(p, _)| p.to_ascii_lowercase());
        let typo = matches!(
            prefix.as_deref(),
            Some("env" | "file" | "fd" | "pass" | "stdin")
        );
        bail!(
            "not a SOURCE: a secret is read from {FORMS}{}\n\
             hint: to pass a value you received, write it to standard input: \
             printf %s \"$value\" | secrets compare env:EXPECTED -\n\
             hint: pass:VALUE also works, but every user of the machine can read it in `ps`",
            if typo {
                " (the prefixes are lowercase)"
            } else {
                ""
            }
        )
    }

    /// Whether this is standard input (`-` or `stdin`).
    pub fn is_stdin(&self) -> bool {
        matches!(self, Source::Stdin)
    }

    /// A description that names the source but never its content, for error messages.
    pub fn describe(&self) -> String {
        match self {
            Source::Stdin => "standard input".into(),
            Source::Env(var) => format!("env:{}", var.to_string_lossy()),
            Source::File(path) => format!("file:{}", path.display()),
            Source::Fd(n) => format!("fd:{n}"),
            Source::Literal(_) => "a literal operand".into(),
        }
    }

    /// Reads the secret. `stdin` is shared so that `compare - -` reads two lines of one stream.
    pub fn read(&self, stdin: &mut StdinLines) -> Result<Secret> {
        self.read_bytes(stdin).map(Secret::new)
    }

    fn read_bytes(&self, stdin: &mut StdinLines) -> Result<Zeroizing<Vec<u8>>> {
        let what = self.describe();
        match self {
            Source::Stdin => stdin.next_line().with_context(|| format!("reading {what}")),
            Source::Literal(Literal(s)) => {
                let mut buf = secret::with_capacity(s.len())?;
                buf.extend_from_slice(s.as_bytes());
                Ok(buf)
            }
            Source::Env(var) => match std::env::var_os(var) {
                Some(value) => {
                    let value = Zeroizing::new(os_bytes(value));
                    let mut buf = secret::with_capacity(value.len())?;
                    buf.extend_from_slice(&value);
                    Ok(buf)
                }
                None => bail!("{what}: the environment variable is not set"),
            },
            Source::File(path) => {
                let file = File::open(path).with_context(|| format!("reading {what}"))?;
                read_file(file).with_context(|| format!("reading {what}"))
            }
            Source::Fd(n) => {
                let file = inherited_fd(*n)
                    .with_context(|| format!("{what}: not an open file descriptor"))?;
                read_file(file).with_context(|| format!("reading {what}"))
            }
        }
    }
}

/// A secret read piece by piece from a file or descriptor, in constant memory, with the same
/// meaning as [`Source::read`]: everything up to [`MAX_SECRET_LEN`], minus one trailing
/// newline (`\n` or `\r\n`). Comparing two large files this way costs about what reading
/// them costs (no 64 MiB buffers to fault in and wipe).
pub struct SecretStream {
    file: File,
    buf: Zeroizing<Vec<u8>>,
    lo: usize,
    hi: usize,
    eof: bool,
    total: u64,
    what: String,
}

impl SecretStream {
    const CHUNK: usize = 64 * 1024;

    /// The bytes available now: empty only at the end of the secret. The last two bytes of
    /// the input are held back until its end, where a trailing newline is removed.
    pub fn available(&mut self) -> Result<&[u8]> {
        loop {
            let held = if self.eof { 0 } else { 2 };
            let n = (self.hi - self.lo).saturating_sub(held);
            if n > 0 || self.eof {
                return Ok(&self.buf[self.lo..self.lo + n]);
            }
            self.buf.copy_within(self.lo..self.hi, 0);
            self.hi -= self.lo;
            self.lo = 0;
            let hi = self.hi;
            let read = loop {
                match io::Read::read(&mut self.file, &mut self.buf[hi..]) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    other => break other,
                }
            };
            let read = read.with_context(|| format!("reading {}", self.what))?;
            if read == 0 {
                self.eof = true;
                let mut end = self.hi;
                if end > 0 && self.buf[end - 1] == b'\n' {
                    end -= 1;
                    if end > 0 && self.buf[end - 1] == b'\r' {
                        end -= 1;
                    }
                }
                self.hi = end;
            } else {
                self.hi += read;
                self.total += read as u64;
                if self.total > MAX_SECRET_LEN {
                    bail!(
                        "reading {}: larger than the limit of {} MiB",
                        self.what,
                        MAX_SECRET_LEN >> 20
                    );
                }
            }
        }
    }

    /// Marks the first `n` available bytes as used.
    pub fn consume(&mut self, n: usize) {
        self.lo = (self.lo + n).min(self.hi);
    }
}

impl Source {
    /// Whether [`Source::open_stream`] gives a stream (`file:` and `fd:`).
    pub fn streams(&self) -> bool {
        matches!(self, Source::File(_) | Source::Fd(_))
    }

    /// The secret as a stream, for `file:` and `fd:` sources (`None` for the others, which
    /// are small or must be read whole).
    pub fn open_stream(&self) -> Result<Option<SecretStream>> {
        let what = self.describe();
        let file = match self {
            Source::File(path) => File::open(path).with_context(|| format!("reading {what}"))?,
            Source::Fd(n) => {
                inherited_fd(*n).with_context(|| format!("{what}: not an open file descriptor"))?
            }
            _ => return Ok(None),
        };
        if file
            .metadata()
            .with_context(|| format!("reading {what}"))?
            .is_dir()
        {
            bail!("reading {what}: it is a directory, not a file");
        }
        let mut buf = secret::with_capacity(SecretStream::CHUNK + 2)?;
        buf.resize(SecretStream::CHUNK + 2, 0);
        Ok(Some(SecretStream {
            file,
            buf,
            lo: 0,
            hi: 0,
            eof: false,
            total: 0,
            what,
        }))
    }
}

/// Reads a whole file or descriptor (at most [`MAX_SECRET_LEN`]) and removes one trailing
/// newline. A regular file's size lets the buffer be allocated once.
fn read_file(file: File) -> Result<Zeroizing<Vec<u8>>> {
    let meta = file.metadata()?;
    if meta.is_dir() {
        bail!("it is a directory, not a file");
    }
    let hint = meta.is_file().then_some(meta.len());
    let mut buf = secret::read_to_end(file, LIMIT, hint)?;
    strip_line_ending(&mut buf);
    Ok(buf)
}

/// A new descriptor for the open file description behind inherited descriptor `n`: reading
/// it reads `n` itself, from its current position (a pipe, socket or file alike).
#[cfg(unix)]
#[allow(unsafe_code)]
fn inherited_fd(n: i32) -> io::Result<File> {
    use std::os::fd::BorrowedFd;
    // SAFETY: fcntl(F_GETFD) takes an integer and touches no memory; it tells whether `n` is
    // open. If it is, `n` stays open while it is borrowed: nothing in this process closes a
    // descriptor it does not own, and the borrow ends within this function (the new file is
    // a duplicate, owned by the returned `File`).
    if unsafe { libc::fcntl(n, libc::F_GETFD) } == -1 {
        return Err(io::Error::last_os_error());
    }
    let borrowed = unsafe { BorrowedFd::borrow_raw(n) };
    Ok(File::from(borrowed.try_clone_to_owned()?))
}

#[cfg(not(unix))]
fn inherited_fd(_n: i32) -> io::Result<File> {
    Err(io::Error::other("fd: is supported on Unix only"))
}

#[cfg(unix)]
fn os_bytes(value: OsString) -> Vec<u8> {
    use std::os::unix::ffi::OsStringExt;
    value.into_vec()
}

#[cfg(not(unix))]
fn os_bytes(value: OsString) -> Vec<u8> {
    value.to_string_lossy().into_owned().into_bytes()
}

fn strip_line_ending(buf: &mut Vec<u8>) {
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
}

/// Standard input, read one line per `-` operand, straight from descriptor 0 into wiped
/// buffers (bytes after a line wait in a wiped buffer for the next `-`).
///
/// On a terminal the line is read at a prompt that does not echo, so a secret typed in is
/// not left on the screen.
#[derive(Debug, Default)]
pub struct StdinLines {
    prompts: u32,
    label: Option<&'static str>,
    pending: Secret,
    scanned: usize,
    eof: bool,
}

impl StdinLines {
    /// A reader of standard input's lines; its prompts are `secret 1: `, `secret 2: `, ...
    pub fn new() -> Self {
        StdinLines::default()
    }

    /// A reader whose prompt is `label` followed by `: `, e.g. `password: `.
    pub fn with_prompt(label: &'static str) -> Self {
        StdinLines {
            label: Some(label),
            ..StdinLines::default()
        }
    }

    fn next_line(&mut self) -> Result<Zeroizing<Vec<u8>>> {
        if io::stdin().is_terminal() {
            self.prompts += 1;
            let prompt = match self.label {
                Some(label) => format!("{label}: "),
                None => format!("secret {}: ", self.prompts),
            };
            return crate::prompt::hidden(&prompt);
        }
        loop {
            let pending = self.pending.bytes_mut();
            if let Some(i) = memchr_from(pending, self.scanned) {
                let mut line = secret::with_capacity(i + 1)?;
                line.extend_from_slice(&pending[..=i]);
                // Shifts within the same allocation; the capacity is wiped on drop.
                pending.drain(..=i);
                self.scanned = 0;
                strip_line_ending(&mut line);
                return Ok(line);
            }
            self.scanned = pending.len();
            if pending.len() > LIMIT {
                bail!(
                    "the line is longer than the limit of {} MiB",
                    MAX_SECRET_LEN >> 20
                );
            }
            if self.eof {
                if pending.is_empty() {
                    bail!("standard input ended before a line was read");
                }
                self.scanned = 0;
                return Ok(std::mem::take(pending));
            }
            const CHUNK: usize = 64 * 1024;
            secret::reserve(pending, CHUNK)?;
            let (start, capacity) = (pending.len(), pending.capacity());
            pending.resize(capacity, 0);
            let n = loop {
                match rustix::io::read(io::stdin(), &mut pending[start..]) {
                    Err(rustix::io::Errno::INTR) => continue,
                    other => break other,
                }
            };
            pending.truncate(start + n.unwrap_or(0));
            if n? == 0 {
                self.eof = true;
            }
        }
    }
}

fn memchr_from(haystack: &[u8], from: usize) -> Option<usize> {
    haystack[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| i + from)
}

/// Reads `reader` whole (at most [`MAX_SECRET_LEN`] bytes) as UTF-8 text (not a secret: word
/// lists, choice items). `what` names the input in errors.
pub fn read_text(reader: impl io::Read, what: &str) -> Result<String> {
    let buf = secret::read_to_end(reader, LIMIT, None).map_err(|e| {
        if e.kind() == io::ErrorKind::InvalidData {
            anyhow::anyhow!("{what} is {e}")
        } else {
            anyhow::Error::new(e).context(format!("reading {what}"))
        }
    })?;
    let mut buf = buf;
    String::from_utf8(std::mem::take(&mut *buf)).map_err(|_| {
        anyhow::anyhow!("{what} is not valid UTF-8\nhint: convert it, e.g. with iconv")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn literal(s: &str) -> Source {
        Source::Literal(Literal(Zeroizing::new(s.into())))
    }

    #[test]
    fn operands_follow_openssl_syntax() {
        assert_eq!(Source::parse("-").ok(), Some(Source::Stdin));
        assert_eq!(Source::parse("stdin").ok(), Some(Source::Stdin));
        assert_eq!(Source::parse("env:X").ok(), Some(Source::Env("X".into())));
        assert_eq!(
            Source::parse("file:/a b").ok(),
            Some(Source::File("/a b".into()))
        );
        assert_eq!(Source::parse("fd:3").ok(), Some(Source::Fd(3)));
        assert_eq!(Source::parse("pass:env:x").ok(), Some(literal("env:x")));
        assert_eq!(Source::parse("pass:").ok(), Some(literal("")));
    }

    /// The review's bypass: a received value that looks like a source, or any bare word,
    /// must not be taken as a literal.
    #[test]
    fn anything_else_is_an_error_that_does_not_repeat_the_operand() {
        for bad in [
            "hunter2",
            "Env:X",
            "ENV:X",
            "File:/etc/passwd",
            "env:",
            "file:",
            "fd:",
            "fd:three",
            "fd:-1",
            "fd:99999999999",
            "fd:00",
            "fd:03",
            "",
            "stdin ",
            " -",
            "pass",
            "topsecret:value",
        ] {
            let err = Source::parse(bad).expect_err(bad);
            let text = format!("{err:#}");
            if bad.len() > 4 && !bad.ends_with(':') {
                assert!(!text.contains(bad), "{bad:?} repeated in {text}");
            }
        }
        let typo = format!("{:#}", Source::parse("Env:X").expect_err("typo"));
        assert!(typo.contains("lowercase"), "{typo}");
    }

    /// Regression inputs from the `source_operand` fuzz target: short literals such as
    /// "ran" are substrings of the description, so the property is that a literal's
    /// description is one constant text, whatever the literal.
    #[test]
    fn a_literals_description_does_not_depend_on_it() {
        for operand in ["pass:ran", "pass:", "pass:a literal operand", "pass:x"] {
            let s = Source::parse(operand).expect("parses");
            assert_eq!(s.describe(), "a literal operand", "{operand:?}");
        }
    }

    #[test]
    fn literals_are_redacted_in_debug_output() {
        let s = Source::parse("pass:hunter2").expect("parses");
        assert!(!format!("{s:?}").contains("hunter2"));
        let secret = s.read(&mut StdinLines::new()).expect("a literal reads");
        assert_eq!(&*secret, b"hunter2");
    }

    /// A streamed file reads exactly what a whole read gives, at every size around the
    /// chunk and hold-back boundaries and with every kind of line ending.
    #[test]
    fn streams_read_what_whole_reads_give() {
        let dir = std::env::temp_dir().join(format!("secrets-stream-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("s");
        let chunk = SecretStream::CHUNK;
        for size in [
            0,
            1,
            2,
            3,
            chunk - 1,
            chunk,
            chunk + 1,
            chunk + 2,
            3 * chunk + 5,
        ] {
            for ending in ["", "\n", "\r\n", "\n\n", "\r", "\r\n\r\n"] {
                let mut data: Vec<u8> = (0..size).map(|i| b"abcdefg"[i % 7]).collect();
                data.extend_from_slice(ending.as_bytes());
                std::fs::write(&path, &data).expect("write");
                let whole = read_file(File::open(&path).expect("open")).expect("reads");
                let source = Source::File(path.clone());
                let mut stream = source
                    .open_stream()
                    .expect("opens")
                    .expect("a file streams");
                let mut streamed = Vec::new();
                loop {
                    let bytes = stream.available().expect("reads");
                    if bytes.is_empty() {
                        break;
                    }
                    // Take odd amounts to cross every boundary.
                    let n = bytes.len().min(7919);
                    streamed.extend_from_slice(&bytes[..n]);
                    stream.consume(n);
                }
                assert_eq!(streamed, whole.to_vec(), "size {size}, ending {ending:?}");
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn one_trailing_newline_is_removed() {
        let mut v = b"abc\n\n".to_vec();
        strip_line_ending(&mut v);
        assert_eq!(v, b"abc\n");
        let mut v = b"abc\r\n".to_vec();
        strip_line_ending(&mut v);
        assert_eq!(v, b"abc");
    }
}
