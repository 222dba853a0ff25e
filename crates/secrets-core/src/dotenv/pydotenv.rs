//! The dotenv dialect's reader: python-dotenv's parser (`dotenv/parser.py`, 1.x) on a
//! file opened the way `dotenv_values(path)` and `load_dotenv()` open it (UTF-8, universal
//! newlines), without interpolation (see `expand.rs`).
//!
//! Its rules, reproduced exactly:
//! * leading blanks, then `export` + blanks (optional), then the key, blanks, `=`, blanks;
//!   a key with no `=` has no value;
//! * a value starting with `'` or `"` runs to the closing quote, across lines, where `\'`
//!   (resp. `\"`) does not close it unless no other quote follows in the whole text (the
//!   backtracking of python's regex `'((?:\\'|[^'])*)'`); then `\\`, `\'` are unescaped
//!   (double quotes: also `\"`, `\a`, `\b`, `\f`, `\n`, `\r`, `\t`, `\v`); after the closing
//!   quote only blanks and a `#` comment may follow;
//! * any other value runs to the end of the line, is cut at the first `#` that follows a
//!   blank, and loses its trailing blanks; nothing in it is unescaped;
//! * `\r\n` is a line feed, in values too.
//!
//! Refused (python-dotenv would skip the line, or read it in a way not worth reproducing):
//! keys that are not portable (also quoted keys), a line that is not `KEY`, `KEY=...`, a
//! comment or blank, an unterminated quote, text after a closing quote, a `\r` that is not
//! part of `\r\n` (python reads it as a line break), whitespace other than space and tab
//! outside quotes (python's `\s` would treat U+00A0, U+2028, form feeds, ... as blanks), and
//! NUL anywhere.

use zeroize::Zeroizing;

use super::entry::Item;
use super::error::DotenvError;
use super::scan::Cursor;

const LONE_CR: &str = "a carriage return that does not end a line (python-dotenv reads it as a \
     line break, other readers as text)";
const ODD_SPACE: &str = "whitespace other than space or tab outside quotes (python-dotenv \
     treats it as a blank, other readers as text)";

/// Whitespace for python's `str.isspace` and the `\s` of its regexes.
fn python_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\u{1c}'..='\u{20}'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Whitespace that python treats as a blank and other readers as text.
fn odd_space(c: char) -> bool {
    python_space(c) && !matches!(c, ' ' | '\t' | '\n' | '\r')
}

/// Reads the entry at `c.start` (the start of a line); returns it (spans in the text) and
/// where the next entry starts.
pub(super) fn entry(c: &Cursor<'_>) -> Result<(Item, usize), DotenvError> {
    let mut i = c.skip_blanks(c.start);
    if let Some(next) = line_end(c, i, None)? {
        return Ok((Item::Blank, next));
    }
    if c.at(i) == Some(b'#') {
        let end = c.comment_end(i, None, Some(LONE_CR))?;
        return Ok((
            Item::Comment {
                spec: super::entry::annotation(c.comment_text(i, end)),
            },
            end,
        ));
    }
    let mut export = false;
    if c.text[i..].starts_with("export") && matches!(c.at(i + 6), Some(b' ' | b'\t')) {
        export = true;
        i = c.skip_blanks(i + 6);
        structural(c, i, None)?;
    }
    // python's key: `[^=\#\s]+`.
    let key_start = i;
    let key_end = c.text[i..]
        .find(|ch: char| ch == '=' || ch == '#' || python_space(ch) || ch == '\0')
        .map_or(c.text.len(), |n| i + n);
    if c.at(key_end) == Some(0) {
        return Err(c.nul(None));
    }
    if key_end == key_start {
        return Err(c.unreadable(None, "not KEY=VALUE, a comment or a blank line"));
    }
    let key = &c.text[key_start..key_end];
    if !super::is_portable_key(key) {
        return Err(c.bad_key());
    }
    let item = |value, value_span| Item::Assign {
        key: key.to_owned(),
        export,
        value,
        key_span: key_start..key_end,
        value_span,
    };
    i = c.skip_blanks(key_end);
    if c.at(i) != Some(b'=') {
        // A key without a value, perhaps with a comment.
        let next = after_value(c, i, key, "text after the key that is not =")?;
        return Ok((item(None, key_end..key_end), next));
    }
    i = c.skip_blanks(i + 1);
    if let Some(next) = line_end(c, i, Some(key))? {
        return Ok((item(Some(Zeroizing::new(String::new())), i..i), next));
    }
    match c.at(i) {
        Some(q @ (b'\'' | b'"')) => {
            let close = closing_quote(c, i, q, key)?;
            let value = unescape(&c.text[i + 1..close], q);
            let reason = if c.text[i..close].contains('\n') {
                "text after the closing quote, which is on a later line (python-dotenv does \
                 not end a quoted value at \\' or \\\")"
            } else {
                "text after the closing quote"
            };
            let next = after_value(c, close + 1, key, reason)?;
            Ok((item(Some(value), i..close + 1), next))
        }
        _ => {
            let (value_end, next) = unquoted(c, i, key)?;
            let value = Zeroizing::new(c.text[i..value_end].to_owned());
            Ok((item(Some(value), i..value_end), next))
        }
    }
}

/// Refuses what python would read as structure that other readers read as text, at `i`.
fn structural(c: &Cursor<'_>, i: usize, key: Option<&str>) -> Result<(), DotenvError> {
    match c.char_at(i) {
        Some('\0') => Err(c.nul(key)),
        Some('\r') if c.at(i + 1) != Some(b'\n') => Err(c.unreadable(key, LONE_CR)),
        Some(ch) if odd_space(ch) => Err(c.unreadable(key, ODD_SPACE)),
        _ => Ok(()),
    }
}

/// Where the next line starts if the line ends at `i` (end of text, `\n` or `\r\n`).
fn line_end(c: &Cursor<'_>, i: usize, key: Option<&str>) -> Result<Option<usize>, DotenvError> {
    structural(c, i, key)?;
    Ok(match c.at(i) {
        None => Some(i),
        Some(b'\n') => Some(i + 1),
        Some(b'\r') => Some(i + 2),
        _ => None,
    })
}

/// After a value (or a bare key) at `i`: blanks, an optional `#` comment, the line end.
fn after_value(
    c: &Cursor<'_>,
    i: usize,
    key: &str,
    reason: &'static str,
) -> Result<usize, DotenvError> {
    let i = c.skip_blanks(i);
    if c.at(i) == Some(b'#') {
        return c.comment_end(i, Some(key), Some(LONE_CR));
    }
    line_end(c, i, Some(key))?.ok_or_else(|| c.unreadable(Some(key), reason))
}

/// The closing quote of a value opened by `q` at `open`, as python's regex finds it:
/// the first `q` not preceded by a `\` that pairs with it, or, when the text has no such
/// quote, the quote of the last `\q` pair.
fn closing_quote(c: &Cursor<'_>, open: usize, q: u8, key: &str) -> Result<usize, DotenvError> {
    let mut i = open + 1;
    let mut last_pair = None;
    loop {
        match c.at(i) {
            None => {
                return last_pair
                    .map(|p| p + 1)
                    .ok_or_else(|| c.unreadable(Some(key), "an unterminated quote"));
            }
            Some(b'\\') if c.at(i + 1) == Some(q) => {
                last_pair = Some(i);
                i += 2;
            }
            Some(b) if b == q => return Ok(i),
            Some(0) => return Err(c.nul(Some(key))),
            Some(b'\r') if c.at(i + 1) != Some(b'\n') => {
                return Err(c.unreadable(Some(key), LONE_CR));
            }
            Some(_) => i += 1,
        }
    }
}

/// python's decoding of a quoted value's text: `\r\n` read as `\n` (universal newlines),
/// then `\\` and `\'` unescaped, and in double quotes also `\"`, `\a`, `\b`, `\f`, `\n`,
/// `\r`, `\t`, `\v`; any other backslash is kept.
fn unescape(inner: &str, q: u8) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(inner.len()));
    let mut chars = inner.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\\' => {
                let decoded = match (q, chars.peek()) {
                    (_, Some('\\')) => Some('\\'),
                    (_, Some('\'')) => Some('\''),
                    (b'"', Some('"')) => Some('"'),
                    (b'"', Some('a')) => Some('\u{7}'),
                    (b'"', Some('b')) => Some('\u{8}'),
                    (b'"', Some('f')) => Some('\u{c}'),
                    (b'"', Some('n')) => Some('\n'),
                    (b'"', Some('r')) => Some('\r'),
                    (b'"', Some('t')) => Some('\t'),
                    (b'"', Some('v')) => Some('\u{b}'),
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
            ch => out.push(ch),
        }
    }
    out
}

/// An unquoted value from `i`: the rest of the line, cut at the first `#` after a blank,
/// without trailing blanks. Returns where the value ends and where the next line starts.
fn unquoted(c: &Cursor<'_>, i: usize, key: &str) -> Result<(usize, usize), DotenvError> {
    let mut j = i;
    let mut cut = None;
    let next = loop {
        match c.char_at(j) {
            None => break j,
            Some('\n') => break j + 1,
            Some('\r') if c.at(j + 1) == Some(b'\n') => break j + 2,
            Some('#') if cut.is_none() && j > i && matches!(c.at(j - 1), Some(b' ' | b'\t')) => {
                cut = Some(j);
            }
            Some(_) if cut.is_none() => structural(c, j, Some(key))?,
            Some(_) => {}
        }
        j += c.char_at(j).map_or(1, char::len_utf8);
    };
    // The comment after the cut is python's to skip; it may not hold a NUL or lone `\r`.
    if let Some(cut) = cut {
        c.comment_end(cut, Some(key), Some(LONE_CR))?;
    }
    let end = cut.unwrap_or(next);
    let value = c.text[i..end].trim_end_matches(['\n', '\r']);
    Ok((i + value.trim_end_matches([' ', '\t']).len(), next))
}

#[cfg(test)]
mod tests {
    use super::super::{Dialect, Document, DotenvError};

    fn read(text: &str) -> Result<Document, DotenvError> {
        Document::parse(text, Dialect::Dotenv)
    }

    fn value(text: &str, key: &str) -> Option<String> {
        read(text)
            .unwrap_or_else(|e| panic!("{text:?}: {e}"))
            .get(key)
            .and_then(|e| e.value())
            .map(str::to_owned)
    }

    fn reason(text: &str) -> (usize, Option<String>, &'static str) {
        match read(text) {
            Err(DotenvError::Unreadable {
                line, key, reason, ..
            }) => (line, key, reason),
            other => panic!("{text:?}: {other:?}"),
        }
    }

    #[test]
    fn unquoted_values_end_at_a_blank_and_hash_and_lose_trailing_blanks() {
        assert_eq!(value("A=a b #c\n", "A").as_deref(), Some("a b"));
        assert_eq!(value("A=a#b\n", "A").as_deref(), Some("a#b"));
        assert_eq!(value("A=a\t#b\n", "A").as_deref(), Some("a"));
        assert_eq!(value("A=  a  \n", "A").as_deref(), Some("a"));
        // python-dotenv skips blanks after `=`, so a comment there is the value.
        assert_eq!(value("A=  # c\n", "A").as_deref(), Some("# c"));
        assert_eq!(
            value("A=a\\nb $X ${Y}\n", "A").as_deref(),
            Some("a\\nb $X ${Y}")
        );
        assert_eq!(value("A=\n", "A").as_deref(), Some(""));
        assert_eq!(value("A=", "A").as_deref(), Some(""));
        assert_eq!(value("A =  x\r\n", "A").as_deref(), Some("x"));
    }

    #[test]
    fn single_quotes_unescape_backslash_and_quote_only() {
        assert_eq!(value("A='a\\'b'\n", "A").as_deref(), Some("a'b"));
        assert_eq!(value("A='a\\\\b\\n'\n", "A").as_deref(), Some("a\\b\\n"));
        assert_eq!(value("A='a #b' # c\n", "A").as_deref(), Some("a #b"));
        assert_eq!(value("A='  '\n", "A").as_deref(), Some("  "));
        assert_eq!(value("A=''\n", "A").as_deref(), Some(""));
        assert_eq!(value("A= 'x'\n", "A").as_deref(), Some("x"));
        assert_eq!(value("A='x'#c\n", "A").as_deref(), Some("x"));
    }

    #[test]
    fn double_quotes_process_the_usual_escapes() {
        assert_eq!(
            value(r#"A="a\"b\n\t\\\'\a\b\f\r\v\x\$""#, "A").as_deref(),
            Some("a\"b\n\t\\'\u{7}\u{8}\u{c}\r\u{b}\\x\\$")
        );
    }

    #[test]
    fn quoted_values_span_lines_and_crlf_reads_as_lf() {
        let text = "A=\"one\r\ntwo\"\r\nB='x\ny' # c\nC=3\n";
        assert_eq!(value(text, "A").as_deref(), Some("one\ntwo"));
        assert_eq!(value(text, "B").as_deref(), Some("x\ny"));
        let doc = read(text).unwrap();
        assert_eq!(doc.get("C").map(|e| e.line()), Some(5));
    }

    #[test]
    fn an_escaped_quote_closes_the_value_when_no_other_quote_follows() {
        // python's regex backtracks to the last `\'` when no quote closes the value.
        assert_eq!(value("A='a\\'\nB=x\n", "A").as_deref(), Some("a\\"));
        assert_eq!(value("A='a\\'\nB=x\n", "B").as_deref(), Some("x"));
        assert_eq!(value("A=\"a\\\"", "A").as_deref(), Some("a\\"));
        // With a quote further on, the value runs to it (and then fails on what follows).
        let (line, key, why) = reason("A='a\\'\nB='b'\n");
        assert_eq!((line, key.as_deref()), (1, Some("A")));
        assert!(why.contains("later line"), "{why}");
    }

    #[test]
    fn export_and_bare_keys() {
        let doc = read("export A=1\nB\nexport C # note\nexport=2\n").unwrap();
        assert!(doc.get("A").unwrap().is_exported());
        assert_eq!(doc.get("B").unwrap().kind(), super::super::Kind::Bare);
        assert_eq!(doc.get("B").unwrap().value(), None);
        assert!(doc.get("C").unwrap().is_exported());
        assert_eq!(doc.value("export"), Some("2"));
    }

    #[test]
    fn what_python_dotenv_would_skip_or_read_oddly_is_refused() {
        assert_eq!(
            reason("A='x'\\''y'\n"),
            (1, Some("A".into()), "text after the closing quote")
        );
        assert_eq!(
            reason("A=1\nB='open\n"),
            (2, Some("B".into()), "an unterminated quote")
        );
        assert_eq!(
            reason("=x\n"),
            (1, None, "not KEY=VALUE, a comment or a blank line")
        );
        assert_eq!(
            reason("A x\n"),
            (1, Some("A".into()), "text after the key that is not =")
        );
        assert_eq!(reason("A=a\rB=b\n").2, super::LONE_CR);
        assert_eq!(reason("# c\rB=b\n").2, super::LONE_CR);
        assert_eq!(reason("A=a\u{a0}b\n").2, super::ODD_SPACE);
        assert_eq!(reason("A=\u{2028}b\n").2, super::ODD_SPACE);
        assert_eq!(reason("export \u{a0}A=b\n").2, super::ODD_SPACE);
        assert_eq!(reason("export  \n").0, 1);
        for bad in ["A.B=1\n", "'A'=1\n", "1A=2\n", "A-B=1\n", "Ä=1\n"] {
            assert_eq!(
                read(bad).err(),
                Some(DotenvError::BadKey { line: 1 }),
                "{bad:?}"
            );
        }
        assert_eq!(
            read("A=1\nB=x\0y\n").err(),
            Some(DotenvError::Nul {
                line: 2,
                key: Some("B".into())
            })
        );
        assert_eq!(
            read("A=1\nB='x\n\0'\n").err(),
            Some(DotenvError::Nul {
                line: 2,
                key: Some("B".into())
            })
        );
    }

    #[test]
    fn quoted_values_keep_odd_whitespace_and_control_characters() {
        assert_eq!(
            value("A='\u{a0}\u{b}x\u{2028}'\n", "A").as_deref(),
            Some("\u{a0}\u{b}x\u{2028}")
        );
    }
}
