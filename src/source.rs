//! Where a secret that we *read* comes from: OpenSSL's pass-phrase source syntax, so a secret
//! never has to appear on the command line (argv is readable by every user through `ps`).
//!
//! Every value read is returned as a [`Secret`]: wiped when dropped, redacted when printed
//! with `{:?}`, readable only as bytes. No error
//! message ever contains a secret's content.

use std::ffi::OsString;
use std::fs::File;
use std::io::{self, BufRead, IsTerminal, Read};
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

/// The largest secret we read (64 MiB). Larger inputs are an error rather than an
/// out-of-memory: `file:/dev/zero` or a huge sparse file must not take the machine down.
pub const MAX_SECRET_LEN: u64 = 64 * 1024 * 1024;

/// Bytes of a secret read from outside: wiped when dropped, and `{:?}` shows only the length,
/// so a stray debug print or error context cannot reveal it. Read it through `Deref`.
pub struct Secret(Zeroizing<Vec<u8>>);

impl Secret {
    /// Wraps bytes already held in a wiped buffer.
    pub fn new(bytes: Zeroizing<Vec<u8>>) -> Secret {
        Secret(bytes)
    }
}

impl std::ops::Deref for Secret {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secret([REDACTED; {} bytes])", self.0.len())
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
    /// `fd:N`: everything readable from an inherited descriptor, minus one trailing newline.
    Fd(u32),
    /// `pass:LITERAL`, or any other text: the operand itself.
    Literal(String),
}

impl Source {
    /// Parses an operand. Never fails: what is not a known form is a literal.
    pub fn parse(operand: &str) -> Result<Source> {
        Ok(match operand {
            "-" | "stdin" => Source::Stdin,
            _ => {
                if let Some(var) = operand.strip_prefix("env:") {
                    Source::Env(var.into())
                } else if let Some(path) = operand.strip_prefix("file:") {
                    Source::File(path.into())
                } else if let Some(n) = operand.strip_prefix("fd:") {
                    Source::Fd(n.parse().ok().context(
                        "fd: needs a file descriptor number, as in fd:3\n\
                         hint: open it in the shell, e.g. `3< secret.txt`",
                    )?)
                } else if let Some(lit) = operand.strip_prefix("pass:") {
                    Source::Literal(lit.into())
                } else {
                    Source::Literal(operand.into())
                }
            }
        })
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
        self.read_bytes(stdin).map(Secret)
    }

    fn read_bytes(&self, stdin: &mut StdinLines) -> Result<Zeroizing<Vec<u8>>> {
        let what = self.describe();
        match self {
            Source::Stdin => stdin.next_line().with_context(|| format!("reading {what}")),
            Source::Literal(s) => Ok(Zeroizing::new(s.as_bytes().to_vec())),
            Source::Env(var) => match std::env::var_os(var) {
                Some(value) => Ok(Zeroizing::new(os_bytes(value))),
                None => bail!(
                    "{what}: the environment variable {} is not set",
                    var.to_string_lossy()
                ),
            },
            Source::File(path) => {
                if path.is_dir() {
                    bail!("{what}: is a directory, not a file");
                }
                let file = File::open(path).with_context(|| format!("reading {what}"))?;
                read_whole(file).with_context(|| format!("reading {what}"))
            }
            Source::Fd(n) => {
                let file = File::open(format!("/proc/self/fd/{n}"))
                    .or_else(|_| File::open(format!("/dev/fd/{n}")))
                    .with_context(|| format!("{what}: not an open, readable file descriptor"))?;
                read_whole(file).with_context(|| format!("reading {what}"))
            }
        }
    }
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

/// Reads at most [`MAX_SECRET_LEN`] bytes and removes one trailing newline (`\n` or `\r\n`).
fn read_whole(reader: impl Read) -> Result<Zeroizing<Vec<u8>>> {
    let mut buf = Zeroizing::new(Vec::new());
    reader.take(MAX_SECRET_LEN + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > MAX_SECRET_LEN {
        bail!("larger than the limit of {} MiB", MAX_SECRET_LEN >> 20);
    }
    strip_line_ending(&mut buf);
    Ok(buf)
}

fn strip_line_ending(buf: &mut Vec<u8>) {
    if buf.last() == Some(&b'\n') {
        buf.pop();
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
    }
}

/// Standard input, read one line per `-` operand.
///
/// On a terminal the line is read at a prompt that does not echo, so a secret typed in is
/// not left on the screen.
#[derive(Debug, Default)]
pub struct StdinLines {
    prompts: u32,
    label: Option<&'static str>,
}

impl StdinLines {
    /// A reader of standard input's lines; its prompts are `secret 1: `, `secret 2: `, ...
    pub fn new() -> Self {
        StdinLines::default()
    }

    /// A reader whose prompt is `label` followed by `: `, e.g. `password: `.
    pub fn with_prompt(label: &'static str) -> Self {
        StdinLines {
            prompts: 0,
            label: Some(label),
        }
    }

    fn next_line(&mut self) -> Result<Zeroizing<Vec<u8>>> {
        if io::stdin().is_terminal() {
            self.prompts += 1;
            let prompt = match self.label {
                Some(label) => format!("{label}: "),
                None => format!("secret {}: ", self.prompts),
            };
            let line = rpassword::prompt_password(prompt)?;
            return Ok(Zeroizing::new(line.into_bytes()));
        }
        let mut line = Zeroizing::new(Vec::new());
        // Lines are read byte by byte through the shared lock so that the second `-` of
        // `compare - -` finds the second line; a BufReader here would swallow it.
        let n = io::stdin()
            .lock()
            .take(MAX_SECRET_LEN + 1)
            .read_until(b'\n', &mut line)?;
        if n == 0 {
            bail!("standard input ended before a line was read");
        }
        if line.len() as u64 > MAX_SECRET_LEN {
            bail!(
                "the line is longer than the limit of {} MiB",
                MAX_SECRET_LEN >> 20
            );
        }
        strip_line_ending(&mut line);
        Ok(line)
    }
}

/// Reads `reader` whole (at most [`MAX_SECRET_LEN`] bytes) as UTF-8 text and returns its
/// lines without their line endings (`\n` or `\r\n`). `what` names the input in errors.
pub fn read_lines(reader: impl Read, what: &str) -> Result<Vec<String>> {
    let mut buf = Vec::new();
    reader
        .take(MAX_SECRET_LEN + 1)
        .read_to_end(&mut buf)
        .with_context(|| format!("reading {what}"))?;
    if buf.len() as u64 > MAX_SECRET_LEN {
        bail!(
            "{what} is larger than the limit of {} MiB",
            MAX_SECRET_LEN >> 20
        );
    }
    let text = String::from_utf8(buf).map_err(|_| {
        anyhow::anyhow!("{what} is not valid UTF-8\nhint: convert it, e.g. with iconv")
    })?;
    Ok(text
        .lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_owned())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(
            Source::parse("pass:env:x").ok(),
            Some(Source::Literal("env:x".into()))
        );
        assert_eq!(
            Source::parse("hunter2").ok(),
            Some(Source::Literal("hunter2".into()))
        );
        assert!(Source::parse("fd:three").is_err());
    }

    /// Regression inputs from the `source_operand` fuzz target: short literals such as
    /// "ran" are substrings of the description, so the property is that a literal's
    /// description is one constant text, whatever the literal.
    #[test]
    fn a_literals_description_does_not_depend_on_it() {
        for operand in ["ran", "oper", "pass:ran", "pass:", "a literal operand", "x"] {
            let s = Source::parse(operand).expect("parses");
            assert_eq!(s.describe(), "a literal operand", "{operand:?}");
        }
    }

    #[test]
    fn descriptions_never_contain_a_literal() {
        let s = Source::parse("pass:topsecret").expect("parses");
        assert!(!s.describe().contains("topsecret"));
        let s = Source::parse("topsecret").expect("parses");
        assert!(!s.describe().contains("topsecret"));
    }

    #[test]
    fn secrets_are_redacted_in_debug_output() {
        let s = Source::parse("pass:hunter2").expect("parses");
        let secret = s.read(&mut StdinLines::new()).expect("a literal reads");
        assert_eq!(&*secret, b"hunter2");
        let shown = format!("{secret:?}");
        assert!(
            !shown.contains("hunter2") && shown.contains("REDACTED"),
            "{shown}"
        );
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

    #[test]
    fn oversized_input_is_an_error_not_an_allocation() {
        let big = io::repeat(b'a').take(MAX_SECRET_LEN + 10);
        assert!(read_whole(big).is_err());
    }
}
