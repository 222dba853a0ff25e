//! How a value is written so that its consumer reads back exactly that value, and which
//! values each dialect can carry at all.
//!
//! * `dotenv` (python-dotenv with interpolation on, Node's `dotenv`, Docker Compose
//!   `env_file`): `KEY='VALUE'`. Inside single quotes Node unescapes nothing, Compose
//!   nothing, and python-dotenv unescapes `\\` and `\'` and expands `${...}`. So the
//!   dialect carries every printable character except `'` and `\`, and never `$` and `{`
//!   together (with both in the alphabet, `${` can be drawn).
//! * `shell` (`set -a; . ./.env` in sh or bash): `KEY='VALUE'` with `'` written `'\''`;
//!   nothing is special inside single quotes, so every printable character is carried.
//!
//! Control characters (line breaks included) are never carried: no generator makes them.
//! `--escape compose` writes `$` as `$$` for values Compose interpolates.

use std::collections::BTreeSet;

use zeroize::Zeroizing;

use crate::cli::{EnvEscape, EnvFormat};

/// Symbols that every dialect carries; the easy choice for `password --symbols`.
pub const PORTABLE_SYMBOLS: &str = "!#%&()*+,-./:;<=>?@[]^_|~";

/// The characters of `alphabet` that `format` cannot carry, in the order to name them.
pub fn uncarried(format: EnvFormat, alphabet: &BTreeSet<char>) -> Vec<char> {
    let mut bad: Vec<char> = alphabet
        .iter()
        .copied()
        .filter(|&c| secrets_core::text::is_forbidden(c))
        .collect();
    if format == EnvFormat::Dotenv {
        bad.extend(['\'', '\\'].into_iter().filter(|c| alphabet.contains(c)));
        if alphabet.contains(&'$') && alphabet.contains(&'{') {
            bad.push('$');
        }
    }
    bad
}

/// Whether `value` itself can be carried (for values not drawn from a known alphabet).
pub fn carries(format: EnvFormat, value: &str) -> bool {
    let chars: BTreeSet<char> = value.chars().collect();
    uncarried(format, &chars).is_empty() && !(format == EnvFormat::Dotenv && value.contains("${"))
}

/// The value as written after `KEY=`.
pub fn write(format: EnvFormat, escape: Option<EnvEscape>, value: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(value.len() + 8));
    out.push('\'');
    for c in value.chars() {
        match c {
            '\'' if format == EnvFormat::Shell => out.push_str("'\\''"),
            '$' if escape == Some(EnvEscape::Compose) => out.push_str("$$"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dotenv_dialect_names_what_it_cannot_carry() {
        let all: BTreeSet<char> = (33u8..127).map(char::from).collect();
        assert_eq!(uncarried(EnvFormat::Dotenv, &all), vec!['\'', '\\', '$']);
        assert!(uncarried(EnvFormat::Shell, &all).is_empty());
        let portable: BTreeSet<char> = PORTABLE_SYMBOLS.chars().collect();
        assert!(uncarried(EnvFormat::Dotenv, &portable).is_empty());
    }

    #[test]
    fn shell_quotes_survive() {
        assert_eq!(&*write(EnvFormat::Shell, None, "a'b"), "'a'\\''b'");
        assert_eq!(
            &*write(EnvFormat::Dotenv, Some(EnvEscape::Compose), "a$b"),
            "'a$$b'"
        );
    }
}
