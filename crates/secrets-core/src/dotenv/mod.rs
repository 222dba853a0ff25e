//! `.env` files: one document model, two dialects, each read and written exactly as its
//! consumer reads it.
//!
//! A `.env` file has consumers that disagree about its syntax, so a value is only ever
//! read or written *for* one of them, a [`Dialect`]:
//!
//! * [`Dialect::Dotenv`]: python-dotenv's parser (1.x, the reference): `[export] KEY=VALUE`
//!   with unquoted values ending at ` #`, single-quoted values unescaping `\\` and `\'`,
//!   double-quoted values the usual backslash escapes, quoted values spanning lines, and
//!   `${VAR}` / `${VAR:-default}` expanded in every value (single-quoted ones too) by
//!   [`Document::expand`]. Every value [`Dialect::write_value`] writes (`KEY='VALUE'`,
//!   without `'`, `\` or `${`) is also read back exactly by Node's `dotenv` and bash (both
//!   tested), and by Docker Compose's `env_file` (single quotes: no escapes, no
//!   interpolation).
//! * [`Dialect::Shell`]: bash or sh sourcing the file (`set -a; . ./.env`), for the
//!   subset of shell syntax that only assigns: `[export] KEY=WORD` where WORD joins
//!   unquoted safe characters, `'single-quoted'` strings, `\x` escapes and `"double-quoted"`
//!   strings without `$`, backquote or `\`. Anything that would make the shell run,
//!   expand or redirect something is refused.
//!
//! Guarantees:
//! * a text is either read exactly as the dialect's consumer reads it, or refused with a
//!   [`DotenvError`] naming the 1-based line (and the key when there is one); no line is
//!   skipped, truncated or guessed at;
//! * [`Document::render`] of a parsed text is that text, byte for byte;
//! * what [`Dialect::write_value`] writes, the dialect's consumers read back as the same
//!   value, and [`Entry::requote`] moves an entry between dialects without changing the
//!   value its consumer reads (or refuses);
//! * keys are portable (`[A-Za-z_][A-Za-z0-9_]*`, see [`is_portable_key`]), values never
//!   hold NUL, and texts are bounded by [`MAX_FILE`];
//! * no error message and no `Debug` output contains a value or a file's text: errors name
//!   lines and keys; texts and values live in wiped buffers ([`zeroize::Zeroizing`]).
//!
//! ```
//! use secrets_core::dotenv::{Dialect, Document, Escape};
//!
//! // A file written for `set -a; . ./.env`: python-dotenv cannot read line 2.
//! let text = "# secrets: password -l 24\nDB_PASSWORD='it'\\''s'\nexport HOST=db.local\n";
//! assert_eq!(Dialect::detect(text), Dialect::Shell);
//! let doc = Document::parse(text, Dialect::Shell)?;
//! assert_eq!(doc.value("DB_PASSWORD"), Some("it's"));
//! assert_eq!(doc.specs(), vec![("DB_PASSWORD".to_owned(), "password -l 24".to_owned())]);
//!
//! // The same value for python-dotenv: the dotenv dialect cannot carry `'`.
//! assert!(Dialect::Dotenv.write_value("it's", Escape::None).is_err());
//! assert_eq!(&*Dialect::Shell.write_value("it's", Escape::None)?, "'it'\\''s'");
//! # Ok::<(), secrets_core::dotenv::DotenvError>(())
//! ```

mod dialect;
mod document;
mod entry;
mod error;
mod expand;
mod pydotenv;
mod scan;
mod shell;

pub use dialect::{Dialect, Escape, PORTABLE_SYMBOLS};
pub use document::Document;
pub use entry::{Entry, Kind};
pub use error::DotenvError;
pub use expand::{MAX_EXPANDED, Precedence, Values};

/// The largest `.env` text read (1 MiB): [`Document::parse`] refuses longer ones.
pub const MAX_FILE: usize = 1024 * 1024;

/// Whether `key` is a name every consumer (and every POSIX shell) accepts:
/// `[A-Za-z_][A-Za-z0-9_]*`.
pub fn is_portable_key(key: &str) -> bool {
    key.bytes()
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The text of a `.env` file read as bytes: refuses more than [`MAX_FILE`] bytes
/// ([`DotenvError::TooLarge`]) and invalid UTF-8 ([`DotenvError::NotUtf8`], naming the line
/// of the first invalid byte).
pub fn decode_text(bytes: &[u8]) -> Result<&str, DotenvError> {
    if bytes.len() > MAX_FILE {
        return Err(DotenvError::TooLarge);
    }
    std::str::from_utf8(bytes).map_err(|e| DotenvError::NotUtf8 {
        line: 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count(),
    })
}
