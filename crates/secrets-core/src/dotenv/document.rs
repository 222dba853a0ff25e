//! A `.env` document: its entries in order, which render back to the exact text they came
//! from, and the values its dialect's consumer ends up with.

use std::collections::HashMap;

use zeroize::Zeroizing;

use super::MAX_FILE;
use super::dialect::{self, Dialect};
use super::entry::{Entry, Item};
use super::error::DotenvError;
use super::expand::{self, Precedence, Values};
use super::scan::Cursor;
use super::{pydotenv, shell};

/// A parsed `.env` text in one dialect.
///
/// Guarantees: [`Document::render`] of a parsed document is the parsed text, byte for
/// byte; every value is the one the dialect's consumer reads (see [`Dialect`]); a key's
/// value is that of its last entry, as every consumer keeps the last; `{:?}` shows the
/// dialect and the entries' keys, never a value.
#[derive(Clone)]
pub struct Document {
    entries: Vec<Entry>,
    dialect: Dialect,
    /// The index of each key's last entry.
    last: HashMap<String, usize>,
}

impl Document {
    /// An empty document, to be filled with [`Document::push`].
    pub fn new(dialect: Dialect) -> Document {
        Document {
            entries: Vec::new(),
            dialect,
            last: HashMap::new(),
        }
    }

    /// Reads `text` exactly as `dialect`'s consumer reads it, or refuses it.
    ///
    /// Every line is a blank line, a comment or an assignment (a quoted value may span
    /// lines); anything else is an error naming the 1-based line (and the key, once read),
    /// never skipped. Refuses texts longer than [`MAX_FILE`], a leading byte order mark,
    /// keys outside `[A-Za-z_][A-Za-z0-9_]*` and NUL characters. See [`Dialect`] for what
    /// each reader accepts.
    ///
    /// ```
    /// use secrets_core::dotenv::{Dialect, Document, DotenvError, Kind};
    ///
    /// let text = "# secrets: token-hex 32\nexport API_KEY='s3cr#t' # prod\nHOST=db # local\n";
    /// let doc = Document::parse(text, Dialect::Dotenv)?;
    /// assert_eq!(&*doc.render(), text);
    /// assert_eq!(doc.value("API_KEY"), Some("s3cr#t"));
    /// assert_eq!(doc.value("HOST"), Some("db"));
    /// assert!(doc.get("API_KEY").is_some_and(|e| e.is_exported()));
    /// assert_eq!(doc.entries()[0].kind(), Kind::Comment);
    /// assert_eq!(doc.entries()[0].spec(), Some("token-hex 32"));
    ///
    /// // A shell would run `touch`: the shell reader refuses the line, naming line and key.
    /// let err = Document::parse("A=1\nHOST=localhost touch X\n", Dialect::Shell).unwrap_err();
    /// assert!(matches!(&err, DotenvError::Unreadable { line: 2, key: Some(k), .. } if k == "HOST"));
    /// # Ok::<(), DotenvError>(())
    /// ```
    pub fn parse(text: &str, dialect: Dialect) -> Result<Document, DotenvError> {
        if text.len() > MAX_FILE {
            return Err(DotenvError::TooLarge);
        }
        if text.starts_with('\u{feff}') {
            return Err(DotenvError::Unreadable {
                line: 1,
                key: None,
                dialect,
                reason: "a byte order mark starts the text (consumers read it as part of the \
                         first key)",
            });
        }
        let reader = match dialect {
            Dialect::Dotenv => pydotenv::entry,
            Dialect::Shell => shell::entry,
        };
        let mut doc = Document::new(dialect);
        let (mut start, mut line) = (0, 1);
        while start < text.len() {
            let (item, end) = reader(&Cursor::new(text, start, line, dialect))?;
            let raw = &text[start..end];
            doc.append(Entry {
                raw: Zeroizing::new(raw.to_owned()),
                line,
                dialect,
                item: item.shifted(start),
            });
            line += raw.bytes().filter(|&b| b == b'\n').count();
            start = end;
        }
        Ok(doc)
    }

    /// Reads `text` in the dialect [`Dialect::detect`] picks, and refuses it
    /// ([`DotenvError::Ambiguous`]) when the other dialect's reader also reads it but gives
    /// some key another value (or python-dotenv would expand `${...}` where a shell would
    /// not): then the text does not say which value is meant. For a caller that was not
    /// told the dialect and must hand the exact value on (`run`).
    pub fn parse_auto(text: &str) -> Result<Document, DotenvError> {
        let (_, read, other) = dialect::detect_with(text);
        let doc = read?;
        if let Ok(other) = other {
            if let Some(e) = dialect::disagreement(&doc, &other) {
                return Err(e);
            }
        }
        Ok(doc)
    }

    /// The dialect the entries are written in.
    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    /// The entries, in order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries, taken out.
    pub fn into_entries(self) -> Vec<Entry> {
        self.entries
    }

    /// Appends `entry`, re-quoted for this document's dialect if it is in the other one
    /// ([`Entry::requote`], whose refusals this returns). The entry before it gets a line
    /// feed if it had none, so the two never run together: the document still renders to
    /// a text its dialect reads as these entries.
    pub fn push(&mut self, entry: Entry) -> Result<(), DotenvError> {
        let entry = if entry.dialect == self.dialect {
            entry
        } else {
            entry.requote(self.dialect)?
        };
        if let Some(last) = self.entries.last_mut() {
            last.end_line();
        }
        self.append(entry);
        Ok(())
    }

    fn append(&mut self, entry: Entry) {
        if let Some(key) = entry.key() {
            self.last.insert(key.to_owned(), self.entries.len());
        }
        self.entries.push(entry);
    }

    /// The exact text of all entries: for a parsed document, the text it was parsed from.
    pub fn render(&self) -> Zeroizing<String> {
        let len = self.entries.iter().map(|e| e.raw.len()).sum();
        let mut out = Zeroizing::new(String::with_capacity(len));
        for e in &self.entries {
            out.push_str(&e.raw);
        }
        out
    }

    /// The last entry for `key` (an assignment or a bare key): the one consumers keep.
    pub fn get(&self, key: &str) -> Option<&Entry> {
        self.last.get(key).map(|&i| &self.entries[i])
    }

    /// The value of `key` as the consumer reads it before expansion: that of its last
    /// entry; `None` when there is none or it is a bare key.
    pub fn value(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Entry::value)
    }

    /// Every key with a value and that value (its last entry's), in the order the keys
    /// first appear, before expansion: what a consumer that does not expand ends up with.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        let mut last: HashMap<&str, usize> = HashMap::new();
        let mut order = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(k) = e.key() {
                if last.insert(k, i).is_none() {
                    order.push(k);
                }
            }
        }
        order.into_iter().filter_map(move |k| {
            let e = &self.entries[last[k]];
            e.value().map(|v| (k, v))
        })
    }

    /// The final values as python-dotenv's `dotenv_values(path, interpolate=False)` or a
    /// shell holds them: one per key (the last), bare keys included without a value, keys
    /// in the order they first appear.
    pub fn values(&self) -> Values {
        let mut values = Values::default();
        for e in &self.entries {
            if let Item::Assign { key, value, .. } = &e.item {
                values.set(key, value.clone(), e.line);
            }
        }
        values
    }

    /// The final values after the expansion the dialect's consumer does.
    ///
    /// For the dotenv dialect, python-dotenv's interpolation, exactly: in every value
    /// (single-quoted ones too), `${NAME}` and `${NAME:-default}` become the value of NAME,
    /// looked up in the file's values so far and in `env` (which wins is `precedence`);
    /// an unknown name gives the default, or nothing; a bare key gives nothing, even with
    /// a default; `$NAME` without braces stays as it is, and so does everything else.
    /// For the shell dialect nothing is expanded (the reader refused every `$` a shell
    /// would expand), so this is [`Document::values`].
    ///
    /// Refuses ([`DotenvError::ExpansionTooLarge`]) values that grow past
    /// [`super::MAX_EXPANDED`] bytes in all.
    pub fn expand(
        &self,
        env: impl FnMut(&str) -> Option<Zeroizing<String>>,
        precedence: Precedence,
    ) -> Result<Values, DotenvError> {
        match self.dialect {
            Dialect::Shell => Ok(self.values()),
            Dialect::Dotenv => expand::expand(self, env, precedence),
        }
    }

    /// The generator annotations: each `# secrets: SPEC` comment and the key of the first
    /// assignment after it (other comments may come between; a blank line ends it).
    pub fn specs(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        let mut pending: Option<&str> = None;
        for e in &self.entries {
            match &e.item {
                Item::Comment { spec: Some(spec) } => pending = Some(spec),
                Item::Comment { spec: None } => {}
                Item::Assign { key, .. } => {
                    if let Some(spec) = pending.take() {
                        out.push((key.clone(), spec.to_owned()));
                    }
                }
                Item::Blank => pending = None,
            }
        }
        out
    }
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("dialect", &self.dialect)
            .field("entries", &self.entries)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dotenv::{Escape, Kind};

    const SAMPLE: &str = "# comment\n\n# secrets: password -l 32\nDB_PASSWORD='a\\'b'\n\
        export API_KEY=\"x\\ny\"  # trailing\nHOST=localhost # local\nBARE\nMULTI='one\ntwo'\n\
        \t \nLAST=end";

    #[test]
    fn rendering_gives_back_the_exact_text() {
        for (text, dialect) in [
            (SAMPLE, Dialect::Dotenv),
            ("  # c\r\n\r\nA=\"q\r\nr\" # z\r\n", Dialect::Dotenv),
            (
                "A='x'\\''y' # c\nexport B=\"z\"'w'\\ v\n\n#\nC='multi\nline'",
                Dialect::Shell,
            ),
            ("", Dialect::Shell),
            ("\n\n", Dialect::Dotenv),
        ] {
            let doc = Document::parse(text, dialect).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            assert_eq!(&*doc.render(), text);
        }
    }

    #[test]
    fn lookup_keeps_the_last_assignment_and_iterates_in_first_order() {
        let doc = Document::parse("A=1\nB=2\nA=3\nC\n", Dialect::Dotenv).unwrap();
        assert_eq!(doc.value("A"), Some("3"));
        assert_eq!(doc.get("A").map(Entry::line), Some(3));
        assert_eq!(doc.value("C"), None);
        assert_eq!(doc.get("C").map(Entry::kind), Some(Kind::Bare));
        let pairs: Vec<_> = doc.iter().collect();
        assert_eq!(pairs, vec![("A", "3"), ("B", "2")]);
        // A bare key after an assignment leaves the key without a value, as in python.
        let doc = Document::parse("A=1\nA\n", Dialect::Dotenv).unwrap();
        assert_eq!(doc.iter().count(), 0);
        assert_eq!(doc.values().get("A"), None);
        assert!(doc.values().contains_key("A"));
    }

    #[test]
    fn annotations_attach_to_the_next_key() {
        let doc = Document::parse(SAMPLE, Dialect::Dotenv).unwrap();
        assert_eq!(
            doc.specs(),
            vec![("DB_PASSWORD".to_owned(), "password -l 32".to_owned())]
        );
        let doc = Document::parse("# secrets: token-hex\n\nKEY=\n", Dialect::Dotenv).unwrap();
        assert!(doc.specs().is_empty(), "a blank line ends an annotation");
    }

    #[test]
    fn the_sample_decodes_as_python_dotenv_does() {
        let doc = Document::parse(SAMPLE, Dialect::Dotenv).unwrap();
        assert_eq!(doc.value("DB_PASSWORD"), Some("a'b"));
        assert_eq!(doc.value("API_KEY"), Some("x\ny"));
        assert_eq!(doc.value("HOST"), Some("localhost"));
        assert_eq!(doc.value("MULTI"), Some("one\ntwo"));
        assert_eq!(doc.value("LAST"), Some("end"));
        assert_eq!(
            doc.get("DB_PASSWORD").and_then(Entry::value_text),
            Some("'a\\'b'")
        );
        assert_eq!(
            doc.get("HOST").and_then(Entry::value_text),
            Some("localhost")
        );
        assert_eq!(doc.get("LAST").map(Entry::line), Some(11));
    }

    #[test]
    fn limits_are_enforced_before_reading() {
        let big = "A=".to_owned() + &"x".repeat(MAX_FILE);
        assert_eq!(
            Document::parse(&big, Dialect::Dotenv).err(),
            Some(DotenvError::TooLarge)
        );
        assert_eq!(
            super::super::decode_text(big.as_bytes()).err(),
            Some(DotenvError::TooLarge)
        );
        assert_eq!(
            super::super::decode_text(b"A=1\nB=\xff\n").err(),
            Some(DotenvError::NotUtf8 { line: 2 })
        );
        for d in Dialect::ALL {
            assert!(matches!(
                Document::parse("\u{feff}A=1\n", d),
                Err(DotenvError::Unreadable { line: 1, .. })
            ));
        }
    }

    #[test]
    fn pushed_entries_never_run_together() {
        let mut doc = Document::parse("A=1", Dialect::Dotenv).unwrap();
        doc.push(Entry::assign("B", "two words", Dialect::Dotenv, Escape::None).unwrap())
            .unwrap();
        assert_eq!(&*doc.render(), "A=1\nB='two words'\n");
        let again = Document::parse(&doc.render(), Dialect::Dotenv).unwrap();
        assert_eq!(again.value("B"), Some("two words"));
        // An entry of the other dialect is re-quoted on the way in.
        let shell = Document::parse("C='it'\\''s'\n", Dialect::Shell).unwrap();
        let mut out = Document::new(Dialect::Dotenv);
        assert!(matches!(
            out.push(shell.entries()[0].clone()),
            Err(DotenvError::Uncarried { line: 1, .. })
        ));
    }

    #[test]
    fn ambiguous_texts_are_refused_by_parse_auto() {
        for (text, key) in [
            ("A=ok\nB='a\\\\b'\n", "B"),
            ("A=a\\ b\n", "A"),
            ("A='x'#c\n", "A"),
            ("A=  # c\n", "A"),
            ("A='${HOME}'\n", "A"),
        ] {
            assert_eq!(
                Document::parse_auto(text)
                    .err()
                    .as_ref()
                    .and_then(DotenvError::key),
                Some(key),
                "{text:?}"
            );
        }
        for (text, dialect) in [
            ("A='x'\\''y'\n", Dialect::Shell),
            ("A=\"x\\ny\"\nB=two words\n", Dialect::Dotenv),
            ("export A='same'\nB=\"same\" # c\n", Dialect::Dotenv),
            ("A='$x'\n", Dialect::Dotenv),
        ] {
            let doc = Document::parse_auto(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
            assert_eq!(doc.dialect(), dialect, "{text:?}");
        }
    }

    #[test]
    fn debug_output_shows_no_value() {
        let doc = Document::parse("# secrets: x\nPASSWORD='hunter2'\n", Dialect::Dotenv).unwrap();
        let shown = format!("{doc:?} {:?} {:?}", doc.values(), doc.entries());
        assert!(shown.contains("PASSWORD"));
        assert!(!shown.contains("hunter2"), "{shown}");
    }
}
