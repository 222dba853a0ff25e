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

    /// The 1-based line of position `pos` (at or after the entry's start).
    pub(super) fn line_at(&self, pos: usize) -> usize {
        let end = pos.min(self.bytes.len());
        self.line
            + self.bytes[self.start.min(end)..end]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
    }

    /// The error for text at `pos` that the dialect cannot read exactly.
    pub(super) fn unreadable(
        &self,
        pos: usize,
        key: Option<&str>,
        reason: &'static str,
    ) -> DotenvError {
        DotenvError::Unreadable {
            line: self.line_at(pos),
            key: key.map(str::to_owned),
            dialect: self.dialect,
            reason,
        }
    }

    /// The error for a NUL at `pos`.
    pub(super) fn nul(&self, pos: usize, key: Option<&str>) -> DotenvError {
        DotenvError::Nul {
            line: self.line_at(pos),
            key: key.map(str::to_owned),
        }
    }

    /// The error for a key that is not portable, at `pos`.
    pub(super) fn bad_key(&self, pos: usize) -> DotenvError {
        DotenvError::BadKey {
            line: self.line_at(pos),
        }
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
                Some(0) => return Err(self.nul(i, key)),
                Some(b'\r') if self.at(i + 1) != Some(b'\n') => {
                    if let Some(reason) = lone_cr {
                        return Err(self.unreadable(i, key, reason));
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
