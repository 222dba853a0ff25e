//! Reading `.env` files from disk into the engine's document model
//! ([`secrets_core::dotenv`]), in a dialect the user names or the one the text is written in.
//!
//! Guarantees: at most [`MAX_FILE`] bytes are read, into wiped memory; a text is read exactly
//! as its dialect's consumer reads it or refused, with the file, line and key named (never a
//! value); a file about to be replaced is opened without blocking and must be a regular
//! file, so a FIFO there is an error at once instead of a wait for a writer.

use std::path::Path;

use anyhow::{Context, Result, bail};
use secrets_core::dotenv::{self, Dialect, Document, MAX_FILE};
use zeroize::Zeroizing;

use crate::cli::{EnvEscape, EnvFormat};

impl From<EnvFormat> for Dialect {
    fn from(format: EnvFormat) -> Dialect {
        match format {
            EnvFormat::Dotenv => Dialect::Dotenv,
            EnvFormat::Shell => Dialect::Shell,
        }
    }
}

/// The engine's escaping for `--escape`.
pub fn escape(escape: Option<EnvEscape>) -> dotenv::Escape {
    match escape {
        Some(EnvEscape::Compose) => dotenv::Escape::Compose,
        None => dotenv::Escape::None,
    }
}

/// The text of `path`, or `None` if it does not exist. Only a regular file is read: it is
/// opened without blocking and anything else (a FIFO, a device, a directory) is refused at
/// once, since it could block forever or never end.
pub fn read(path: &Path) -> Result<Option<Zeroizing<String>>> {
    open_regular(
        path,
        "is not a regular file (a FIFO or a device could block or never end)",
    )
}

/// Like [`read`], for a file that is about to be replaced.
pub fn read_replaceable(path: &Path) -> Result<Option<Zeroizing<String>>> {
    open_regular(
        path,
        "is not a regular file, so it cannot be replaced by a .env file",
    )
}

fn open_regular(path: &Path, not_regular: &str) -> Result<Option<Zeroizing<String>>> {
    use std::os::unix::fs::OpenOptionsExt;
    let shown = path.display();
    let file = match std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("reading {shown}")),
    };
    let meta = file
        .metadata()
        .with_context(|| format!("reading {shown}"))?;
    if !meta.is_file() {
        bail!("{shown} {not_regular}");
    }
    // Non-blocking changes nothing for a regular file's reads.
    text_of(file, path).map(Some)
}

fn text_of(file: std::fs::File, path: &Path) -> Result<Zeroizing<String>> {
    let shown = path.display();
    let size = file.metadata().ok().map(|m| m.len());
    let bytes = secrets_core::secret::read_to_end(file, MAX_FILE, size)
        .with_context(|| format!("reading {shown}"))?;
    let text = dotenv::decode_text(&bytes).map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
    Ok(Zeroizing::new(text.to_owned()))
}

/// Parses the text of `path` in `dialect`, or in the dialect it is written in when `None`
/// (refusing a text whose dialects would read differently).
pub fn parse(path: &Path, text: &str, dialect: Option<Dialect>) -> Result<Document> {
    let parsed = match dialect {
        Some(d) => Document::parse(text, d),
        None => Document::parse_auto(text),
    };
    parsed.map_err(|e| {
        let hint = match (dialect, &e) {
            (_, dotenv::DotenvError::Ambiguous { .. }) => {
                "\nhint: name the file's consumer with --format dotenv or --format shell"
            }
            (Some(d), _) if Document::parse(text, d.other()).is_ok() => match d.other() {
                Dialect::Shell => "\nhint: the file is in the shell dialect: add --format shell",
                Dialect::Dotenv => "\nhint: the file is in the dotenv dialect: add --format dotenv",
            },
            _ => "",
        };
        anyhow::anyhow!("{}: {e}{hint}", path.display())
    })
}

/// Reads and parses `path` (see [`parse`]); `None` if it does not exist.
pub fn load(path: &Path, dialect: Option<Dialect>) -> Result<Option<Document>> {
    match read(path)? {
        Some(text) => parse(path, &text, dialect).map(Some),
        None => Ok(None),
    }
}
