//! Sets of distinct lines (choice items, word lists) held as one text plus offsets.
//!
//! Guarantee: memory stays a small multiple of the input — the text itself and 8 bytes per
//! line, allocated fallibly — never a `String` per line (64 MiB of one-character lines would
//! otherwise take gigabytes). Duplicates are removed by sorting offsets in place.

/// What collecting lines can fail at.
#[derive(Debug, thiserror::Error)]
pub enum LinesError {
    /// The text is 4 GiB or more (offsets are 32-bit).
    #[error("the input is larger than 4 GiB")]
    TooLarge,
    /// The offsets could not be allocated.
    #[error("cannot allocate memory for {0} lines")]
    OutOfMemory(usize),
    /// A line was refused by the caller's check; the message is the check's.
    #[error("{0}")]
    Refused(String),
}

/// Distinct, non-empty strings, stored as spans of one text, in sorted order.
#[derive(Debug, Clone, Default)]
pub struct Lines {
    text: String,
    spans: Vec<(u32, u32)>,
}

impl Lines {
    /// The distinct non-empty results of `clean` applied to each line of `text` (lines end
    /// at `\n`; `clean` gets the line without it and returns a part of it, or `None` to
    /// skip it). Each kept part is checked by `check` first.
    pub fn distinct(
        text: String,
        clean: impl Fn(&str) -> Option<&str>,
        check: impl Fn(&str) -> Result<(), String>,
    ) -> Result<Lines, LinesError> {
        if u32::try_from(text.len()).is_err() {
            return Err(LinesError::TooLarge);
        }
        let count = text.bytes().filter(|&b| b == b'\n').count() + 1;
        let mut spans: Vec<(u32, u32)> = Vec::new();
        if spans.try_reserve_exact(count).is_err() {
            return Err(LinesError::OutOfMemory(count));
        }
        let base = text.as_ptr() as usize;
        for line in text.split('\n') {
            let Some(part) = clean(line).filter(|p| !p.is_empty()) else {
                continue;
            };
            check(part).map_err(LinesError::Refused)?;
            // `part` is a slice of `text`: its offset is the distance between the pointers,
            // and both fit in u32 (the text's length was checked above).
            let start = u32::try_from(part.as_ptr() as usize - base).unwrap_or(u32::MAX);
            spans.push((start, u32::try_from(part.len()).unwrap_or(0)));
        }
        let mut lines = Lines { text, spans };
        lines.dedup();
        Ok(lines)
    }

    /// Distinct non-empty strings from a list (joined into one text).
    pub fn from_strings<S: AsRef<str>>(items: impl IntoIterator<Item = S>) -> Lines {
        let mut text = String::new();
        let mut spans = Vec::new();
        for item in items {
            let item = item.as_ref();
            let (Ok(start), Ok(len)) = (u32::try_from(text.len()), u32::try_from(item.len()))
            else {
                break;
            };
            if item.is_empty() || start.checked_add(len).is_none() {
                continue;
            }
            spans.push((start, len));
            text.push_str(item);
        }
        let mut lines = Lines { text, spans };
        lines.dedup();
        lines
    }

    fn dedup(&mut self) {
        let text = &self.text;
        let at = |&(start, len): &(u32, u32)| &text[start as usize..(start + len) as usize];
        self.spans.sort_unstable_by(|a, b| at(a).cmp(at(b)));
        self.spans.dedup_by(|a, b| at(a) == at(b));
        self.spans.shrink_to_fit();
    }

    /// The number of distinct strings.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The `i`-th string (in sorted order).
    pub fn get(&self, i: usize) -> &str {
        let (start, len) = self.spans[i];
        &self.text[start as usize..(start + len) as usize]
    }

    /// The strings, in sorted order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_distinct_non_empty_cleaned_lines() {
        let lines = Lines::distinct("b\n a \n\nb\r\nc\n".into(), |l| Some(l.trim()), |_| Ok(()))
            .expect("valid");
        assert_eq!(lines.iter().collect::<Vec<_>>(), ["a", "b", "c"]);
        let list = Lines::from_strings(["x", "", "y", "x"]);
        assert_eq!(list.iter().collect::<Vec<_>>(), ["x", "y"]);
    }

    #[test]
    fn a_check_failure_is_an_error() {
        let err = Lines::distinct(
            "a\nbad\n".into(),
            |l| Some(l),
            |l| {
                if l == "bad" { Err("no".into()) } else { Ok(()) }
            },
        );
        assert!(err.is_err());
    }
}
