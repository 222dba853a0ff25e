//! One entry of a `.env` document: a blank line, a comment, or an assignment, with its exact
//! text and what its dialect's consumer reads from it.

use std::ops::Range;

use zeroize::Zeroizing;

use super::dialect::{Dialect, Escape};
use super::document::Document;
use super::error::DotenvError;
use super::expand;

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An empty or blank line.
    Blank,
    /// A comment line (`# ...`); [`Entry::spec`] is the text after `# secrets:`.
    Comment,
    /// `[export] KEY=VALUE`, perhaps spanning lines (a quoted value with line breaks).
    Assign,
    /// `[export] KEY` without `=` (dotenv dialect only): python-dotenv reads the key as
    /// having no value, and `load_dotenv` leaves the variable alone.
    Bare,
}

/// One entry: its exact text (line ending included) and its meaning in its dialect.
///
/// Guarantees: the text, read alone in the entry's dialect, is this one entry with this
/// key, value and `export`; `{:?}` shows the line, kind and key, never the text or value.
#[derive(Clone)]
pub struct Entry {
    pub(super) raw: Zeroizing<String>,
    pub(super) line: usize,
    pub(super) dialect: Dialect,
    pub(super) item: Item,
}

/// What a reader found, with spans relative to the entry's text.
#[derive(Clone)]
pub(super) enum Item {
    Blank,
    Comment {
        spec: Option<String>,
    },
    Assign {
        key: String,
        export: bool,
        /// `None` for a key without `=`.
        value: Option<Zeroizing<String>>,
        key_span: Range<usize>,
        /// The value as written (quotes included, trailing blanks and comment not).
        value_span: Range<usize>,
    },
}

impl Item {
    /// This item with its spans moved `by` bytes to the left.
    pub(super) fn shifted(self, by: usize) -> Item {
        match self {
            Item::Assign {
                key,
                export,
                value,
                key_span,
                value_span,
            } => Item::Assign {
                key,
                export,
                value,
                key_span: key_span.start - by..key_span.end - by,
                value_span: value_span.start - by..value_span.end - by,
            },
            other => other,
        }
    }
}

/// The generator command line of a comment's text, if it is `# secrets: SPEC`.
pub(super) fn annotation(comment: &str) -> Option<String> {
    comment
        .trim_start_matches([' ', '\t'])
        .strip_prefix('#')?
        .trim_start()
        .strip_prefix("secrets:")
        .map(|s| s.trim().to_owned())
}

impl Entry {
    /// What it is.
    pub fn kind(&self) -> Kind {
        match &self.item {
            Item::Blank => Kind::Blank,
            Item::Comment { .. } => Kind::Comment,
            Item::Assign { value: None, .. } => Kind::Bare,
            Item::Assign { .. } => Kind::Assign,
        }
    }

    /// The exact text, line ending included (none for the last line of a text without one).
    pub fn raw(&self) -> &str {
        &self.raw
    }

    /// The 1-based line it starts on; 0 for an entry built rather than read.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The dialect its text is written in.
    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// The key, for an assignment or a bare key.
    pub fn key(&self) -> Option<&str> {
        match &self.item {
            Item::Assign { key, .. } => Some(key),
            _ => None,
        }
    }

    /// The value the dialect's consumer reads, before any `${...}` expansion (see
    /// [`Document::expand`]); `None` for a bare key and for entries that are no assignment.
    pub fn value(&self) -> Option<&str> {
        match &self.item {
            Item::Assign { value, .. } => value.as_deref().map(String::as_str),
            _ => None,
        }
    }

    /// The value as written in the text (quotes included, trailing blanks, comment and line
    /// ending not), for an assignment.
    pub fn value_text(&self) -> Option<&str> {
        match &self.item {
            Item::Assign {
                value: Some(_),
                value_span,
                ..
            } => self.raw.get(value_span.clone()),
            _ => None,
        }
    }

    /// The generator command line of a `# secrets: SPEC` comment (trimmed).
    pub fn spec(&self) -> Option<&str> {
        match &self.item {
            Item::Comment { spec } => spec.as_deref(),
            _ => None,
        }
    }

    /// Whether the assignment starts with `export` (a shell file sourced without `set -a`
    /// needs it to pass the variable on).
    pub fn is_exported(&self) -> bool {
        matches!(self.item, Item::Assign { export: true, .. })
    }

    /// A new entry `KEY=VALUE` (line feed included) with the value written by
    /// [`Dialect::write_value`], so that the dialect's consumers read back `value`.
    ///
    /// Refuses a key that is not portable ([`DotenvError::BadKey`]), a key the dialect's
    /// consumer gives a value of its own (bash's `RANDOM`, `UID`, ...:
    /// [`DotenvError::Unreadable`]) and a value the dialect does not carry
    /// ([`DotenvError::Uncarried`]). With [`Escape::Compose`], [`Entry::value`] is what
    /// python-dotenv or a shell reads (`$$` for `$`), not what Compose reads.
    pub fn assign(
        key: &str,
        value: &str,
        dialect: Dialect,
        escape: Escape,
    ) -> Result<Entry, DotenvError> {
        if !super::is_portable_key(key) {
            return Err(DotenvError::BadKey { line: 0 });
        }
        let written = dialect
            .write_value(value, escape)
            .map_err(|e| e.at(0, key))?;
        let mut raw = Zeroizing::new(String::with_capacity(key.len() + written.len() + 2));
        raw.push_str(key);
        raw.push('=');
        raw.push_str(&written);
        raw.push('\n');
        Entry::read(raw, dialect, 0)
    }

    /// This entry for `target`: the same key, the same value as read (before expansion),
    /// and the same `export`, in text that `target`'s consumer reads as that value.
    ///
    /// The text is kept when `target` already reads it as the same entry (so comments,
    /// quoting and layout survive); otherwise the assignment is written anew with
    /// [`Dialect::write_value`] (a trailing comment on its line is dropped). Refuses, rather
    /// than change the value:
    /// * a value `target` does not carry ([`DotenvError::Uncarried`]);
    /// * between dialects, a value python-dotenv expands (`${VAR}`): the other dialect
    ///   would read it unexpanded ([`DotenvError::Expansion`]) or expand it where the
    ///   shell did not ([`DotenvError::Uncarried`]);
    /// * a bare key for the shell dialect, which would run it ([`DotenvError::NoValue`]).
    ///
    /// A blank line or comment the target does not read as such (a `\r` a shell would run)
    /// becomes a plain line feed, or is refused ([`DotenvError::Unreadable`]).
    pub fn requote(&self, target: Dialect) -> Result<Entry, DotenvError> {
        if target == self.dialect {
            return Ok(self.clone());
        }
        let same = |e: &Entry| {
            e.key() == self.key()
                && e.value() == self.value()
                && e.is_exported() == self.is_exported()
                && e.kind() == self.kind()
        };
        let as_is = || Entry::read(self.raw.clone(), target, self.line);
        match (&self.item, self.kind()) {
            (Item::Blank, _) => Ok(as_is().ok().filter(same).unwrap_or_else(|| Entry {
                raw: Zeroizing::new("\n".to_owned()),
                line: self.line,
                dialect: target,
                item: Item::Blank,
            })),
            (Item::Comment { .. }, _) => match as_is()? {
                e if e.kind() == Kind::Comment && e.spec() == self.spec() => Ok(e),
                _ => Err(DotenvError::Unreadable {
                    line: self.line,
                    key: None,
                    dialect: target,
                    reason: "a comment that is no comment in this dialect",
                }),
            },
            (Item::Assign { key, .. }, Kind::Bare) => match target {
                Dialect::Shell => Err(DotenvError::NoValue {
                    line: self.line,
                    key: key.clone(),
                }),
                Dialect::Dotenv => as_is().ok().filter(same).ok_or(DotenvError::Unreadable {
                    line: self.line,
                    key: Some(key.clone()),
                    dialect: target,
                    reason: "a key without a value",
                }),
            },
            (Item::Assign { key, export, .. }, _) => {
                let value = self.value().unwrap_or_default();
                if expand::has_reference(value) {
                    return Err(match self.dialect {
                        Dialect::Dotenv => DotenvError::Expansion {
                            line: self.line,
                            key: key.clone(),
                            dialect: target,
                        },
                        Dialect::Shell => DotenvError::Uncarried {
                            line: self.line,
                            key: Some(key.clone()),
                            dialect: target,
                        },
                    });
                }
                if let Some(e) = as_is().ok().filter(same) {
                    return Ok(e);
                }
                let mut e = Entry::assign(key, value, target, Escape::None)
                    .map_err(|e| e.at(self.line, key))?
                    .with_export(*export)?;
                e.line = self.line;
                Ok(e)
            }
        }
    }

    /// This assignment under another key, its value's text kept as it is (so it reads back
    /// as the same value: e.g. `KEY_PREVIOUS` for a rotated `KEY`). Other entries are
    /// returned unchanged. Refuses a key that is not portable or that the dialect's
    /// consumer gives a value of its own.
    pub fn with_key(&self, new_key: &str) -> Result<Entry, DotenvError> {
        let Item::Assign { key_span, .. } = &self.item else {
            return Ok(self.clone());
        };
        if !super::is_portable_key(new_key) {
            return Err(DotenvError::BadKey { line: self.line });
        }
        let mut raw = Zeroizing::new(String::with_capacity(self.raw.len() + new_key.len()));
        raw.push_str(&self.raw[..key_span.start]);
        raw.push_str(new_key);
        raw.push_str(&self.raw[key_span.end..]);
        Entry::read(raw, self.dialect, self.line)
    }

    /// This assignment with `export ` in front of the key when `export` is set, and without
    /// it otherwise; the rest of its text is kept. Other entries are returned unchanged.
    pub fn with_export(&self, export: bool) -> Result<Entry, DotenvError> {
        let Item::Assign { key_span, .. } = &self.item else {
            return Ok(self.clone());
        };
        if export == self.is_exported() {
            return Ok(self.clone());
        }
        const EXPORT: &str = "export ";
        let rest = &self.raw[key_span.start..];
        let mut raw = Zeroizing::new(String::with_capacity(EXPORT.len() + rest.len()));
        if export {
            raw.push_str(EXPORT);
        }
        raw.push_str(rest);
        Entry::read(raw, self.dialect, self.line)
    }

    /// Reads `raw` as exactly one entry of `dialect`.
    pub(super) fn read(
        raw: Zeroizing<String>,
        dialect: Dialect,
        line: usize,
    ) -> Result<Entry, DotenvError> {
        let doc = Document::parse(&raw, dialect).map_err(|e| renumber(e, line))?;
        match <[Entry; 1]>::try_from(doc.into_entries()) {
            Ok([mut e]) => {
                e.line = line;
                Ok(e)
            }
            Err(_) => Err(DotenvError::Unreadable {
                line,
                key: None,
                dialect,
                reason: "the text is not exactly one entry",
            }),
        }
    }

    /// A line feed at the end of the text, if it has none (the last line of a file), so
    /// that an entry put after it does not run into it. Keeps the meaning: the entry
    /// already ended at the end of the text.
    pub(super) fn end_line(&mut self) {
        if !self.raw.ends_with('\n') {
            self.raw.push('\n');
        }
    }
}

/// An error read from one entry's text, with lines counted from the entry's own line
/// (`base`), or 0 for an entry that was built rather than read.
fn renumber(e: DotenvError, base: usize) -> DotenvError {
    let shift = |line: &mut usize| *line = if base == 0 { 0 } else { *line + base - 1 };
    let mut e = e;
    match &mut e {
        DotenvError::NotUtf8 { line }
        | DotenvError::Nul { line, .. }
        | DotenvError::BadKey { line }
        | DotenvError::Unreadable { line, .. } => shift(line),
        _ => {}
    }
    e
}

impl std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut s = f.debug_struct("Entry");
        s.field("line", &self.line)
            .field("kind", &self.kind())
            .field("dialect", &self.dialect);
        if let Some(key) = self.key() {
            s.field("key", &key);
        }
        if let Some(spec) = self.spec() {
            s.field("spec", &spec);
        }
        s.finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str, dialect: Dialect) -> Entry {
        Document::parse(text, dialect)
            .unwrap_or_else(|e| panic!("{text:?}: {e}"))
            .into_entries()
            .remove(0)
    }

    #[test]
    fn assign_writes_what_the_dialect_reads_back() {
        let e = Entry::assign("DB_PASSWORD", "it's", Dialect::Shell, Escape::None).unwrap();
        assert_eq!(e.raw(), "DB_PASSWORD='it'\\''s'\n");
        assert_eq!(e.value(), Some("it's"));
        assert_eq!((e.line(), e.kind()), (0, Kind::Assign));
        assert_eq!(
            Entry::assign("A", "it's", Dialect::Dotenv, Escape::None).err(),
            Some(DotenvError::Uncarried {
                line: 0,
                key: Some("A".into()),
                dialect: Dialect::Dotenv
            })
        );
        assert_eq!(
            Entry::assign("1A", "x", Dialect::Dotenv, Escape::None).err(),
            Some(DotenvError::BadKey { line: 0 })
        );
        assert!(matches!(
            Entry::assign("RANDOM", "x", Dialect::Shell, Escape::None),
            Err(DotenvError::Unreadable { line: 0, .. })
        ));
        let compose = Entry::assign("A", "a$b", Dialect::Dotenv, Escape::Compose).unwrap();
        assert_eq!(
            (compose.raw(), compose.value()),
            ("A='a$$b'\n", Some("a$$b"))
        );
    }

    #[test]
    fn requoting_for_the_shell_keeps_the_value_and_runs_nothing() {
        for (line, value) in [
            ("HOST=localhost touch X\n", "localhost touch X"),
            ("X=$(cmd)\n", "$(cmd)"),
            ("X=`cmd` # c\n", "`cmd`"),
            ("Z='a\\' ; cmd ; Q='\n", "a' ; cmd ; Q="),
            ("export K=\"a;b\"\n", "a;b"),
            ("K=~/x*\n", "~/x*"),
        ] {
            let e = one(line, Dialect::Dotenv);
            let shell = e.requote(Dialect::Shell).unwrap();
            assert_eq!(shell.value(), Some(value), "{line:?}");
            assert_eq!(shell.is_exported(), e.is_exported());
            let back = one(shell.raw(), Dialect::Shell);
            assert_eq!(back.value(), Some(value), "{line:?} -> {:?}", shell.raw());
        }
        // Text the shell already reads the same way is kept, comments and all.
        let e = one("export A='x y' # note\n", Dialect::Dotenv);
        assert_eq!(e.requote(Dialect::Shell).unwrap().raw(), e.raw());
        let e = one("A=plain # note\n", Dialect::Dotenv);
        assert_eq!(e.requote(Dialect::Shell).unwrap().raw(), e.raw());
    }

    #[test]
    fn requoting_refuses_what_would_change_the_value() {
        let e = one("URL=http://${HOST}/x\n", Dialect::Dotenv);
        assert!(matches!(
            e.requote(Dialect::Shell),
            Err(DotenvError::Expansion { line: 1, .. })
        ));
        let e = one("URL='${HOST}'\n", Dialect::Shell);
        assert!(matches!(
            e.requote(Dialect::Dotenv),
            Err(DotenvError::Uncarried { line: 1, .. })
        ));
        let e = one("A='it'\\''s'\n", Dialect::Shell);
        assert!(matches!(
            e.requote(Dialect::Dotenv),
            Err(DotenvError::Uncarried { line: 1, .. })
        ));
        let e = one("PEM=\"a\\nb\"\n", Dialect::Dotenv);
        assert!(matches!(
            e.requote(Dialect::Shell),
            Err(DotenvError::Uncarried { .. })
        ));
        let e = one("BARE\n", Dialect::Dotenv);
        assert_eq!(
            e.requote(Dialect::Shell).err(),
            Some(DotenvError::NoValue {
                line: 1,
                key: "BARE".into()
            })
        );
        // A shell's `\\` is text, python's an escape: requoted, not copied.
        let e = one("A='a\\\\b'\n", Dialect::Shell);
        assert!(e.requote(Dialect::Dotenv).is_err());
        let e = one("A=a\\ b\n", Dialect::Shell);
        let d = e.requote(Dialect::Dotenv).unwrap();
        assert_eq!((d.raw(), d.value()), ("A='a b'\n", Some("a b")));
    }

    #[test]
    fn blank_lines_and_comments_move_between_dialects() {
        let e = one("\r\n", Dialect::Dotenv);
        assert_eq!(e.requote(Dialect::Shell).unwrap().raw(), "\n");
        let e = one("# secrets: token-hex 32\r\n", Dialect::Dotenv);
        let s = e.requote(Dialect::Shell).unwrap();
        assert_eq!((s.raw(), s.spec()), (e.raw(), Some("token-hex 32")));
        let e = one("# a\rb\n", Dialect::Shell);
        assert!(e.requote(Dialect::Dotenv).is_err());
    }

    #[test]
    fn renaming_and_exporting_keep_the_value_text() {
        let e = one("export KEY=\"a\\tb\" # c\n", Dialect::Dotenv);
        let p = e.with_key("KEY_PREVIOUS").unwrap();
        assert_eq!(p.raw(), "export KEY_PREVIOUS=\"a\\tb\" # c\n");
        assert_eq!((p.key(), p.value()), (Some("KEY_PREVIOUS"), Some("a\tb")));
        assert_eq!(
            e.with_key("A.B").err(),
            Some(DotenvError::BadKey { line: 1 })
        );
        let plain = e.with_export(false).unwrap();
        assert_eq!(plain.raw(), "KEY=\"a\\tb\" # c\n");
        assert_eq!(
            plain.with_export(true).unwrap().raw(),
            "export KEY=\"a\\tb\" # c\n"
        );
        let s = one("K='x'\n", Dialect::Shell);
        assert!(s.with_key("UID").is_err());
    }
}
