//! What reading or writing a `.env` text can refuse: every variant names the line and the
//! key where it can, and none holds or prints any part of a value.

use super::dialect::Dialect;
use super::{MAX_EXPANDED, MAX_FILE};

/// Why a `.env` text was refused, or a value could not be written.
///
/// Lines are 1-based; line 0 means an entry that was built, not read from a text. Keys are
/// only named once they are known to be portable keys: a line that is no assignment may be
/// a pasted secret, so its text is never repeated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DotenvError {
    /// The text is longer than [`MAX_FILE`] bytes.
    #[error("larger than the limit of {} MiB for a .env file", MAX_FILE >> 20)]
    TooLarge,
    /// The text is not UTF-8; `line` holds the first invalid byte.
    #[error("line {line}: not valid UTF-8")]
    NotUtf8 {
        /// The line of the first invalid byte.
        line: usize,
    },
    /// A NUL character, which no environment variable can hold.
    #[error("{}a NUL character, which no environment variable can hold", place(*line, key))]
    Nul {
        /// Its line.
        line: usize,
        /// The key of the entry holding it, if it is in one.
        key: Option<String>,
    },
    /// A key outside `[A-Za-z_][A-Za-z0-9_]*`, which not every consumer accepts.
    #[error(
        "{}the key is not letters, digits and _ (not starting with a digit), the names \
         every consumer and shell accepts",
        place(*line, &None)
    )]
    BadKey {
        /// Its line.
        line: usize,
    },
    /// Text the dialect's consumer would not read as a plain assignment, comment or blank
    /// line, or would read in a way this reader does not reproduce exactly.
    #[error("{}{reason} (reading the {dialect} dialect)", place(*line, key))]
    Unreadable {
        /// The line of the offending text.
        line: usize,
        /// The key of the entry, when the line got that far.
        key: Option<String>,
        /// The dialect being read.
        dialect: Dialect,
        /// What is wrong, for a person.
        reason: &'static str,
    },
    /// Both dialects read the text but give `key` different values (or python-dotenv
    /// would expand `${...}` in it), and the caller did not say which one is meant.
    #[error(
        "{}python-dotenv and a shell (set -a; . FILE) read this value differently; name the \
         dialect the file is written in",
        place(*line, &Some(key.clone()))
    )]
    Ambiguous {
        /// The line of the key's last assignment.
        line: usize,
        /// The key.
        key: String,
    },
    /// A value the dialect cannot carry: its consumer would read something else.
    #[error("{}{}", place(*line, key), uncarried_reason(*dialect))]
    Uncarried {
        /// The line of the entry the value came from (0 for a new value).
        line: usize,
        /// The key, when known.
        key: Option<String>,
        /// The dialect it was to be written in.
        dialect: Dialect,
    },
    /// A value python-dotenv expands (`${VAR}`), to be moved to a dialect that does not:
    /// written there, it would no longer be expanded.
    #[error(
        "{}the value uses ${{...}} expansion, which the {dialect} dialect does not do; write \
         it out in full",
        place(*line, &Some(key.clone()))
    )]
    Expansion {
        /// The line of the entry.
        line: usize,
        /// The key.
        key: String,
        /// The dialect it was to be written in.
        dialect: Dialect,
    },
    /// A key without `=` (python-dotenv reads it as unset), which the dialect cannot carry:
    /// a shell would run it as a command.
    // The word is not named: a bare line may be the wrapped half of a secret.
    #[error(
        "{}a key without =, which a shell would run as a command; give it a value",
        place(*line, &None)
    )]
    NoValue {
        /// The line of the entry.
        line: usize,
        /// The key.
        key: String,
    },
    /// Expanding `${...}` made the values larger than [`MAX_EXPANDED`] bytes in all.
    #[error(
        "{}expanding ${{...}} makes the values larger than {} MiB",
        place(*line, &Some(key.clone())),
        MAX_EXPANDED >> 20
    )]
    ExpansionTooLarge {
        /// The line of the entry whose expansion went over.
        line: usize,
        /// Its key.
        key: String,
    },
}

impl DotenvError {
    /// The 1-based line the error is about, when it is about one.
    pub fn line(&self) -> Option<usize> {
        let line = match self {
            DotenvError::TooLarge => return None,
            DotenvError::NotUtf8 { line }
            | DotenvError::Nul { line, .. }
            | DotenvError::BadKey { line }
            | DotenvError::Unreadable { line, .. }
            | DotenvError::Ambiguous { line, .. }
            | DotenvError::Uncarried { line, .. }
            | DotenvError::Expansion { line, .. }
            | DotenvError::NoValue { line, .. }
            | DotenvError::ExpansionTooLarge { line, .. } => *line,
        };
        (line > 0).then_some(line)
    }

    /// The key the error is about, when it is known.
    pub fn key(&self) -> Option<&str> {
        match self {
            DotenvError::Nul { key, .. }
            | DotenvError::Unreadable { key, .. }
            | DotenvError::Uncarried { key, .. } => key.as_deref(),
            DotenvError::Ambiguous { key, .. }
            | DotenvError::Expansion { key, .. }
            | DotenvError::NoValue { key, .. }
            | DotenvError::ExpansionTooLarge { key, .. } => Some(key),
            DotenvError::TooLarge | DotenvError::NotUtf8 { .. } | DotenvError::BadKey { .. } => {
                None
            }
        }
    }

    /// This error with the line and key of the entry it came from filled in, where the
    /// error had none (errors of a value written on its own know neither).
    pub(super) fn at(mut self, at_line: usize, at_key: &str) -> DotenvError {
        match &mut self {
            DotenvError::Uncarried { line, key, .. }
            | DotenvError::Unreadable { line, key, .. }
            | DotenvError::Nul { line, key } => {
                if *line == 0 {
                    *line = at_line;
                }
                if key.is_none() {
                    *key = Some(at_key.to_owned());
                }
            }
            DotenvError::BadKey { line } if *line == 0 => *line = at_line,
            _ => {}
        }
        self
    }
}

/// `line 3 (KEY): `, `line 3: `, `KEY: ` or nothing.
fn place(line: usize, key: &Option<String>) -> String {
    match (line, key) {
        (0, None) => String::new(),
        (0, Some(k)) => format!("{k}: "),
        (n, None) => format!("line {n}: "),
        (n, Some(k)) => format!("line {n} ({k}): "),
    }
}

fn uncarried_reason(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Dotenv => {
            "the value cannot be written in the dotenv dialect, which carries every printable \
             character except ' and \\, and not ${ (python-dotenv would expand it)"
        }
        Dialect::Shell => {
            "the value cannot be written in the shell dialect, which carries every printable \
             character but no control characters"
        }
    }
}
