//! Dotenv files as a list of entries that render back to the exact text they came from.
//!
//! Guarantees:
//! * [`Document::render`] of a parsed file is byte for byte the input: comments, blank
//!   lines, quoting and order survive, so a rewrite changes only the entries it replaces;
//! * values are decoded as python-dotenv (the default consumer) decodes them, without
//!   interpolation: single quotes unescape `\\` and `\'`, double quotes the usual
//!   backslash escapes, unquoted values end at ` #`;
//! * the whole text and every decoded value live in wiped buffers;
//! * the input is bounded ([`MAX_FILE`]) before it is read.

use std::path::Path;

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

/// The largest .env file or template we read (1 MiB).
pub const MAX_FILE: usize = 1024 * 1024;

/// What an entry is.
pub enum Kind {
    /// An empty or blank line.
    Blank,
    /// A comment line; `spec` is the text after `# secrets:`, if it is an annotation.
    Comment {
        /// The generator command line of a `# secrets: ...` comment.
        spec: Option<String>,
    },
    /// `[export] KEY=VALUE` (or a bare `KEY`).
    Assign {
        /// The key.
        key: String,
        /// The decoded value (empty for a bare key).
        value: Zeroizing<String>,
        /// Where the value's text starts in `raw` (after `=` and blanks).
        value_start: usize,
    },
    /// A line that is none of the above; kept as it is.
    Other,
}

/// One entry: its kind and its exact text, line ending included.
pub struct Entry {
    /// What it is.
    pub kind: Kind,
    /// The exact text.
    pub raw: Zeroizing<String>,
}

impl Entry {
    /// The key, for an assignment.
    pub fn key(&self) -> Option<&str> {
        match &self.kind {
            Kind::Assign { key, .. } => Some(key),
            _ => None,
        }
    }

    /// The decoded value, for an assignment.
    pub fn value(&self) -> Option<&str> {
        match &self.kind {
            Kind::Assign { value, .. } => Some(value),
            _ => None,
        }
    }

    /// The value as written in the file (quotes and trailing comment included, line ending
    /// not), for an assignment.
    pub fn value_text(&self) -> Option<&str> {
        match &self.kind {
            Kind::Assign { value_start, .. } => {
                let text = &self.raw[*value_start..];
                Some(text.strip_suffix('\n').unwrap_or(text))
            }
            _ => None,
        }
    }

    /// Whether the line starts with `export` (a shell file sourced without `set -a` needs
    /// it to pass the variable on); a value written in its place keeps it.
    pub fn is_exported(&self) -> bool {
        matches!(self.kind, Kind::Assign { .. })
            && self
                .raw
                .trim_start()
                .strip_prefix("export")
                .is_some_and(|rest| rest.starts_with([' ', '\t']))
    }

    /// This assignment with `export ` in front when `export` is set.
    pub fn exported_if(mut self, export: bool) -> Entry {
        if let (true, Kind::Assign { value_start, .. }) = (export, &mut self.kind) {
            const EXPORT: &str = "export ";
            let mut raw = Zeroizing::new(String::with_capacity(EXPORT.len() + self.raw.len()));
            raw.push_str(EXPORT);
            raw.push_str(&self.raw);
            *value_start += EXPORT.len();
            self.raw = raw;
        }
        self
    }

    /// A new entry `KEY=TEXT\n` whose value is already written in a dialect.
    pub fn assign(key: &str, written: &str, value: Zeroizing<String>) -> Entry {
        let mut raw = Zeroizing::new(String::with_capacity(key.len() + written.len() + 2));
        raw.push_str(key);
        raw.push('=');
        raw.push_str(written);
        raw.push('\n');
        Entry {
            kind: Kind::Assign {
                key: key.to_owned(),
                value,
                value_start: key.len() + 1,
            },
            raw,
        }
    }
}

/// A parsed dotenv file.
#[derive(Default)]
pub struct Document {
    /// The entries, in order.
    pub entries: Vec<Entry>,
}

impl Document {
    /// Reads and parses `path` (at most [`MAX_FILE`] bytes of UTF-8); `None` if it does not
    /// exist.
    pub fn read(path: &Path) -> Result<Option<Document>> {
        let shown = path.display();
        let file = match std::fs::File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("reading {shown}")),
        };
        Document::from_file(file, path).map(Some)
    }

    /// Reads and parses an open file (`path` names it in messages).
    fn from_file(file: std::fs::File, path: &Path) -> Result<Document> {
        let shown = path.display();
        let size = file.metadata().ok().map(|m| m.len());
        let bytes = secrets_core::secret::read_to_end(file, MAX_FILE, size)
            .with_context(|| format!("reading {shown}"))?;
        let Ok(text) = std::str::from_utf8(&bytes) else {
            bail!("{shown} is not valid UTF-8");
        };
        Ok(Document::parse(text))
    }

    /// Reads `path` like [`Document::read`], for a file that is about to be replaced: if it
    /// exists it must be a regular file. It is opened without blocking, so a FIFO (or a
    /// device) there is an error at once instead of a wait for a writer that never comes.
    pub fn read_replaceable(path: &Path) -> Result<Option<Document>> {
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
            bail!("{shown} is not a regular file, so it cannot be replaced by a .env file");
        }
        // Non-blocking changes nothing for a regular file's reads.
        Document::from_file(file, path).map(Some)
    }

    /// Parses a dotenv text.
    pub fn parse(text: &str) -> Document {
        let mut entries = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            let (entry, used) = parse_entry(rest);
            entries.push(entry);
            rest = &rest[used..];
        }
        Document { entries }
    }

    /// The exact text of all entries.
    pub fn render(&self) -> Zeroizing<String> {
        let len = self.entries.iter().map(|e| e.raw.len()).sum();
        let mut out = Zeroizing::new(String::with_capacity(len));
        for e in &self.entries {
            out.push_str(&e.raw);
        }
        out
    }

    /// The last entry that assigns `key` (the one consumers keep).
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().rev().find(|e| e.key() == Some(key))
    }

    /// The generator annotations: each `# secrets: SPEC` comment and the key of the first
    /// assignment after it (other comments may come between; a blank line ends it).
    pub fn specs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut pending: Option<&str> = None;
        for e in &self.entries {
            match &e.kind {
                Kind::Comment { spec: Some(spec) } => pending = Some(spec),
                Kind::Comment { spec: None } => {}
                Kind::Assign { key, .. } => {
                    if let Some(spec) = pending.take() {
                        out.push((key.clone(), spec.to_owned()));
                    }
                }
                Kind::Blank | Kind::Other => pending = None,
            }
        }
        out
    }
}

/// Whether `key` is a name every consumer (and sh) accepts: `[A-Za-z_][A-Za-z0-9_]*`.
pub fn is_portable_key(key: &str) -> bool {
    key.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The end of the line that starts at `text[0]`, line ending included.
fn line_end(text: &str, from: usize) -> usize {
    text[from..].find('\n').map_or(text.len(), |i| from + i + 1)
}

fn parse_entry(text: &str) -> (Entry, usize) {
    let end = line_end(text, 0);
    let line = &text[..end];
    let trimmed = line.trim_start_matches([' ', '\t']);
    let raw = |n: usize| Zeroizing::new(text[..n].to_owned());
    if trimmed.trim().is_empty() {
        return (
            Entry {
                kind: Kind::Blank,
                raw: raw(end),
            },
            end,
        );
    }
    if let Some(comment) = trimmed.strip_prefix('#') {
        let spec = comment
            .trim_start()
            .strip_prefix("secrets:")
            .map(|s| s.trim().to_owned());
        return (
            Entry {
                kind: Kind::Comment { spec },
                raw: raw(end),
            },
            end,
        );
    }
    let other = || {
        (
            Entry {
                kind: Kind::Other,
                raw: raw(end),
            },
            end,
        )
    };
    // `trimmed` is a suffix of the line, which starts at 0.
    let mut pos = end - trimmed.len();
    if let Some(after) = trimmed.strip_prefix("export") {
        if after.starts_with([' ', '\t']) {
            let rest = after.trim_start_matches([' ', '\t']);
            pos = end - rest.len();
        }
    }
    let key_len = text[pos..end]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-'))
        .unwrap_or(end - pos);
    if key_len == 0 {
        return other();
    }
    let key = text[pos..pos + key_len].to_owned();
    pos += key_len;
    let after_key = text[pos..end].trim_start_matches([' ', '\t']);
    if after_key.trim().is_empty() {
        // A bare key: python-dotenv reads it as unset, Node as empty.
        return (
            Entry {
                kind: Kind::Assign {
                    key,
                    value: Zeroizing::new(String::new()),
                    value_start: pos,
                },
                raw: raw(end),
            },
            end,
        );
    }
    let Some(after_eq) = after_key.strip_prefix('=') else {
        return other();
    };
    let value_start = end - after_eq.trim_start_matches([' ', '\t']).len();
    let quote = text[value_start..].chars().next();
    let (value, used) = match quote {
        Some(q @ ('\'' | '"')) => match closing_quote(text, value_start + 1, q) {
            Some(close) => {
                let inner = &text[value_start + 1..close];
                let value = unescape(inner, q);
                (value, line_end(text, close))
            }
            None => (unquoted(line, value_start), end),
        },
        _ => (unquoted(line, value_start), end),
    };
    (
        Entry {
            kind: Kind::Assign {
                key,
                value,
                value_start,
            },
            raw: raw(used),
        },
        used,
    )
}

/// The index of the quote that closes a value opened at `from - 1`, skipping `\q`.
fn closing_quote(text: &str, from: usize, q: char) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'\\' && bytes.get(i + 1) == Some(&(q as u8)) {
            i += 2;
        } else if bytes[i] == q as u8 {
            return Some(i);
        } else {
            i += 1;
        }
    }
    None
}

/// An unquoted value: to the end of the line, without a ` #` comment, trimmed.
fn unquoted(line: &str, value_start: usize) -> Zeroizing<String> {
    let v = line[value_start..].trim_end_matches(['\n', '\r']);
    let bytes = v.as_bytes();
    let mut cut = v.len();
    for i in 1..bytes.len() {
        if bytes[i] == b'#' && (bytes[i - 1] == b' ' || bytes[i - 1] == b'\t') {
            cut = i;
            break;
        }
    }
    Zeroizing::new(v[..cut].trim_end().to_owned())
}

/// python-dotenv's decoding: `\\` and `\'` in single quotes; in double quotes also `\"`,
/// `\n`, `\r`, `\t`, `\a`, `\b`, `\f`, `\v`.
fn unescape(inner: &str, q: char) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(inner.len()));
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let decoded = match (q, chars.peek()) {
            (_, Some('\\')) => Some('\\'),
            (_, Some('\'')) => Some('\''),
            ('"', Some('"')) => Some('"'),
            ('"', Some('n')) => Some('\n'),
            ('"', Some('r')) => Some('\r'),
            ('"', Some('t')) => Some('\t'),
            ('"', Some('a')) => Some('\u{7}'),
            ('"', Some('b')) => Some('\u{8}'),
            ('"', Some('f')) => Some('\u{c}'),
            ('"', Some('v')) => Some('\u{b}'),
            _ => None,
        };
        match decoded {
            Some(d) => {
                out.push(d);
                chars.next();
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# comment\n\n# secrets: password -l 32\nDB_PASSWORD='a\\'b'\n\
        export API_KEY=\"x\\ny\"  # trailing\nHOST=localhost # local\nBARE\nMULTI='one\ntwo'\n\
        not a line\nLAST=end";

    #[test]
    fn rendering_gives_back_the_exact_text() {
        let doc = Document::parse(SAMPLE);
        assert_eq!(&*doc.render(), SAMPLE);
    }

    #[test]
    fn values_decode_as_python_dotenv_does() {
        let doc = Document::parse(SAMPLE);
        let v = |k: &str| doc.get(k).and_then(Entry::value).map(str::to_owned);
        assert_eq!(v("DB_PASSWORD").as_deref(), Some("a'b"));
        assert_eq!(v("API_KEY").as_deref(), Some("x\ny"));
        assert_eq!(v("HOST").as_deref(), Some("localhost"));
        assert_eq!(v("BARE").as_deref(), Some(""));
        assert_eq!(v("MULTI").as_deref(), Some("one\ntwo"));
        assert_eq!(v("LAST").as_deref(), Some("end"));
        assert_eq!(
            doc.get("DB_PASSWORD").and_then(Entry::value_text),
            Some("'a\\'b'")
        );
    }

    #[test]
    fn annotations_attach_to_the_next_key() {
        let doc = Document::parse(SAMPLE);
        assert_eq!(
            doc.specs(),
            vec![("DB_PASSWORD".to_owned(), "password -l 32".to_owned())]
        );
        let doc = Document::parse("# secrets: token-hex\n\nKEY=\n");
        assert!(doc.specs().is_empty(), "a blank line ends an annotation");
    }
}
