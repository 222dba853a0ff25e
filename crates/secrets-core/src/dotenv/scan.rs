//! What both readers share: where an entry starts, how its errors name lines, and the
//! bytes of its text.

use super::dialect::Dialect;
use super::error::DotenvError;

/// One entry being read: the whole text, where the entry starts and on which line.
pub(super) struct Cursor<'a> {
    pub(super) text: &'a str,
    pub(super) bytes: &'a [u8],
    pub(super) start: usize,
    pub(super) line: usize,
    pub(super) dialect: Dialect,
}

impl<'a> Cursor<'a> {
    pub(super) fn new(text: &'a str, start: usize, line: usize, dialect: Dialect) -> Cursor<'a> {
        Cursor {
            text,
            bytes: text.as_bytes(),
            start,
            line,
            dialect,
        }
    }

    /// The byte at `i`, if any.
    pub(super) fn at(&self, i: usize) -> Option<u8> {
        self.bytes.get(i).copied()
    }

    /// The character at `i` (a char boundary), if any.
    pub(super) fn char_at(&self, i: usize) -> Option<char> {
        self.text.get(i..).and_then(|s| s.chars().next())
    }

    /// The first position at or after `i` that is not a space or tab.
    pub(super) fn skip_blanks(&self, mut i: usize) -> usize {
        while matches!(self.at(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        i
    }

    /// The error for text of this entry that the dialect cannot read exactly. Errors name
    /// the line the entry starts on (where its key is), as python-dotenv's warnings do.
    pub(super) fn unreadable(&self, key: Option<&str>, reason: &'static str) -> DotenvError {
        DotenvError::Unreadable {
            line: self.line,
            key: key.map(str::to_owned),
            dialect: self.dialect,
            reason,
        }
    }

    /// The error for a NUL in this entry.
    pub(super) fn nul(&self, key: Option<&str>) -> DotenvError {
        DotenvError::Nul {
            line: self.line,
            key: key.map(str::to_owned),
        }
    }

    /// The error for this entry's key, which is not portable.
    pub(super) fn bad_key(&self) -> DotenvError {
        DotenvError::BadKey { line: self.line }
    }

    /// The end of a comment that starts at `from` (its `#`): the position after its line
    /// feed, or the end of the text. Refuses a NUL, and a `\r` that does not end the line
    /// when `lone_cr` says a consumer would take it for a line break.
    pub(super) fn comment_end(
        &self,
        from: usize,
        key: Option<&str>,
        lone_cr: Option<&'static str>,
    ) -> Result<usize, DotenvError> {
        let mut i = from;
        loop {
            match self.at(i) {
                None => return Ok(i),
                Some(b'\n') => return Ok(i + 1),
                Some(0) => return Err(self.nul(key)),
                Some(b'\r') if self.at(i + 1) != Some(b'\n') => {
                    if let Some(reason) = lone_cr {
                        return Err(self.unreadable(key, reason));
                    }
                    i += 1;
                }
                Some(_) => i += 1,
            }
        }
    }

    /// A comment's text from its `#` to the end of its line (line ending excluded).
    pub(super) fn comment_text(&self, from: usize, end: usize) -> &'a str {
        self.text[from..end].trim_end_matches(['\n', '\r'])
    }
}
