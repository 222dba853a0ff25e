//! Sinks that hold a generator's output before it goes anywhere: GitHub Actions' output and
//! environment files (`--github-output`, `--github-env`) and the runner's mask (`--mask`).
//!
//! Guarantees:
//! * a `--github-output`/`--github-env` secret never reaches standard output: only the
//!   `::add-mask::` lines do, one per line of the value, written and flushed *before* the
//!   value is appended to the file, so the runner masks it before it can appear in a log;
//! * the file entry uses GitHub's multi-line form `NAME<<DELIMITER`, with a random
//!   delimiter that is not a line of the value, so the value reads back exactly;
//! * with `--mask` (and `GITHUB_ACTIONS=true`), each line's `::add-mask::` is written to
//!   standard error before the line itself is written to standard output;
//! * every buffer that held the secret is wiped; sizes are bounded ([`MAX_VALUE`]).

use std::fs::OpenOptions;
use std::io::{self, Write};

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

use crate::cli::OutputArgs;
use crate::io::Sink;

/// The largest secret held in memory for a file (1 MiB).
pub const MAX_VALUE: usize = 1024 * 1024;

/// Which GitHub file a secret goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GithubFile {
    /// `$GITHUB_OUTPUT`: a step output.
    Output,
    /// `$GITHUB_ENV`: an environment variable of later steps.
    Env,
}

impl GithubFile {
    fn variable(self) -> &'static str {
        match self {
            GithubFile::Output => "GITHUB_OUTPUT",
            GithubFile::Env => "GITHUB_ENV",
        }
    }

    fn flag(self) -> &'static str {
        match self {
            GithubFile::Output => "--github-output",
            GithubFile::Env => "--github-env",
        }
    }
}

enum Target {
    Github {
        file: GithubFile,
        name: String,
        path: std::path::PathBuf,
    },
    /// `--mask`: lines pass to `inner`, each after its `::add-mask::` (when `enabled`).
    Mask { inner: Box<Sink>, enabled: bool },
}

/// A sink that holds the output (or, for `--mask`, the current line) in a wiped buffer.
pub struct Collector {
    buf: Zeroizing<Vec<u8>>,
    target: Target,
}

impl Collector {
    /// The collector a generator's options ask for, if any.
    pub fn for_output(out: &OutputArgs) -> Result<Option<Collector>> {
        let single = |what: &str| -> Result<()> {
            if out.count > 1 {
                bail!("{what} takes a single secret, but --count is {}", out.count);
            }
            Ok(())
        };
        let github = match (&out.github_output, &out.github_env) {
            (Some(name), _) => Some((GithubFile::Output, name)),
            (None, Some(name)) => Some((GithubFile::Env, name)),
            (None, None) => None,
        };
        if let Some((file, name)) = github {
            single(file.flag())?;
            check_name(file, name)?;
            let path = match std::env::var_os(file.variable()) {
                Some(p) if !p.is_empty() => std::path::PathBuf::from(p),
                _ => bail!(
                    "{} needs ${}, which GitHub Actions sets in every step; it is not set here\n\
                     hint: outside Actions, write the secret to a file with -o FILE",
                    file.flag(),
                    file.variable()
                ),
            };
            return Ok(Some(Collector::new(Target::Github {
                file,
                name: name.clone(),
                path,
            })));
        }
        if out.mask {
            let inner = Sink::open(out.output.as_deref(), out.force)?;
            let enabled = std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true");
            return Ok(Some(Collector::new(Target::Mask {
                inner: Box::new(inner),
                enabled,
            })));
        }
        Ok(None)
    }

    fn new(target: Target) -> Collector {
        Collector {
            buf: Zeroizing::new(Vec::new()),
            target,
        }
    }

    /// Takes more output.
    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        if let Target::Mask { inner, enabled } = &mut self.target {
            // Complete lines go out at once: the output may be large (-n 1000000).
            let mut rest = bytes;
            while let Some(i) = rest.iter().position(|&b| b == b'\n') {
                secrets_core::secret::reserve(&mut self.buf, i + 1)?;
                self.buf.extend_from_slice(&rest[..=i]);
                mask_line(*enabled, &self.buf)?;
                inner.write_all(&self.buf)?;
                self.buf.clear();
                rest = &rest[i + 1..];
            }
            return push_bounded(&mut self.buf, rest);
        }
        push_bounded(&mut self.buf, bytes)
    }

    /// Delivers the output: to the GitHub file, or the masked sink.
    pub fn finish(self) -> Result<()> {
        let Collector { mut buf, target } = self;
        match target {
            Target::Github { file, name, path } => {
                if buf.last() == Some(&b'\n') {
                    buf.pop();
                }
                write_github(file, &name, &path, &buf)
            }
            Target::Mask { mut inner, enabled } => {
                if !buf.is_empty() {
                    mask_line(enabled, &buf)?;
                    inner.write_all(&buf)?;
                }
                inner.finish()
            }
        }
    }
}

fn push_bounded(buf: &mut Zeroizing<Vec<u8>>, bytes: &[u8]) -> io::Result<()> {
    if buf.len() + bytes.len() > MAX_VALUE {
        return Err(io::Error::other(format!(
            "the secret is larger than the {} KiB held in memory",
            MAX_VALUE >> 10
        )));
    }
    secrets_core::secret::reserve(buf, bytes.len())?;
    buf.extend_from_slice(bytes);
    Ok(())
}

/// Writes `::add-mask::LINE` on standard error for a line of output (without its newline).
fn mask_line(enabled: bool, line: &[u8]) -> io::Result<()> {
    if !enabled {
        return Ok(());
    }
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.is_empty() {
        return Ok(());
    }
    if crate::io::stderr_closed_at_start() {
        return Err(io::Error::other(
            "standard error is closed, so --mask cannot register the secret with the runner",
        ));
    }
    let text = mask_command(line)?;
    let mut err = io::stderr().lock();
    err.write_all(&text)?;
    err.flush()
}

/// Names GitHub accepts in these files: letters, digits, `_` and `-`, not starting with a
/// digit (and never `<<`, `=` or a line break, which would change the file's meaning).
fn check_name(file: GithubFile, name: &str) -> Result<()> {
    let ok = name
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if !ok {
        bail!(
            "{}: NAME must be letters, digits, _ and -, starting with a letter or _",
            file.flag()
        );
    }
    Ok(())
}

/// `NAME<<DELIM\nVALUE\nDELIM\n`, GitHub's multi-line form, as one buffer.
pub fn github_entry(name: &str, value: &[u8], delimiter: &str) -> Zeroizing<Vec<u8>> {
    let mut entry = Zeroizing::new(Vec::with_capacity(
        name.len() + value.len() + 2 * delimiter.len() + 6,
    ));
    entry.extend_from_slice(name.as_bytes());
    entry.extend_from_slice(b"<<");
    entry.extend_from_slice(delimiter.as_bytes());
    entry.push(b'\n');
    entry.extend_from_slice(value);
    entry.push(b'\n');
    entry.extend_from_slice(delimiter.as_bytes());
    entry.push(b'\n');
    entry
}

/// A random delimiter (`ghadelimiter_` and 32 hex digits, as the runner's own toolkit
/// makes them) that is not a line of `value`.
pub fn delimiter_for(value: &[u8]) -> Result<String> {
    loop {
        let mut raw = [0u8; 16];
        secrets_core::RandomSource::new()
            .fill(&mut raw)
            .context("drawing a delimiter")?;
        let delimiter = format!("ghadelimiter_{}", hex::encode(raw));
        // The value must not hold the delimiter even as part of a line: a reader that
        // trims or compares loosely must not end the value early either.
        if !value
            .windows(delimiter.len())
            .any(|w| w == delimiter.as_bytes())
        {
            return Ok(delimiter);
        }
    }
}

fn write_github(file: GithubFile, name: &str, path: &std::path::Path, value: &[u8]) -> Result<()> {
    if value.contains(&b'\r') {
        bail!("{}: the secret contains a carriage return", file.flag());
    }
    // Mask first: the runner must know the value before it can be printed anywhere.
    let mut out = io::stdout().lock();
    crate::io::ensure_stdout_open()?;
    for line in value.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        let text = mask_command(line)?;
        out.write_all(&text).context("writing to standard output")?;
    }
    out.flush().context("writing to standard output")?;
    let delimiter = delimiter_for(value)?;
    let entry = github_entry(name, value, &delimiter);
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let shown = format!("${} ({})", file.variable(), path.display());
    let mut f = options
        .open(path)
        .with_context(|| format!("opening {shown}"))?;
    // One write: the entry is appended whole (O_APPEND), never interleaved.
    f.write_all(&entry)
        .and_then(|()| f.flush())
        .with_context(|| format!("writing {shown}"))?;
    Ok(())
}

/// `::add-mask::LINE` and a newline, with the line's data escaped as the runner decodes
/// workflow-command data (`%` as `%25`, CR as `%0D`, LF as `%0A`, as actions/toolkit's
/// `escapeData` does): otherwise a value holding `%0A` would register a different string
/// and the real value would print unmasked.
fn mask_command(line: &[u8]) -> io::Result<zeroize::Zeroizing<Vec<u8>>> {
    let mut text = secrets_core::secret::with_capacity(line.len() * 3 + 14)?;
    text.extend_from_slice(b"::add-mask::");
    for &b in line {
        match b {
            b'%' => text.extend_from_slice(b"%25"),
            b'\r' => text.extend_from_slice(b"%0D"),
            b'\n' => text.extend_from_slice(b"%0A"),
            _ => text.push(b),
        }
    }
    text.push(b'\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_use_the_multi_line_form() {
        let e = github_entry("TOKEN", b"a\nEOF\nb", "ghadelimiter_x");
        assert_eq!(
            &e[..],
            b"TOKEN<<ghadelimiter_x\na\nEOF\nb\nghadelimiter_x\n"
        );
    }

    #[test]
    fn delimiters_never_occur_in_the_value() {
        let d = delimiter_for(b"EOF\nghadelimiter_\n").expect("random");
        assert!(d.starts_with("ghadelimiter_") && d.len() == 13 + 32);
    }
}
