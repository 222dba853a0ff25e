//! The two dialects: which one a text is written in, and how a value is written so that
//! the dialect's consumers read back exactly that value.

use std::collections::BTreeSet;

use zeroize::Zeroizing;

use super::document::Document;
use super::error::DotenvError;
use super::expand;

/// Symbols that every dialect carries, whatever else is in the alphabet: the easy choice
/// for `password --symbols`.
pub const PORTABLE_SYMBOLS: &str = "!#%&()*+,-./:;<=>?@[]^_|~";

/// A `.env` dialect: whose reading of the file is the truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dialect {
    /// As python-dotenv reads it; Node's `dotenv`, Docker Compose (`env_file`) and a shell
    /// read every value [`Dialect::write_value`] writes the same way. Written `KEY='VALUE'`.
    Dotenv,
    /// As sh or bash reads it when sourced (`set -a; . ./.env`), restricted to assignments.
    /// Written `KEY='VALUE'` with `'` written `'\''`.
    Shell,
}

/// Extra escaping of written values, for a consumer that interpolates them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Escape {
    /// None: the dialect's consumer reads the value back as it is.
    #[default]
    None,
    /// `$` written `$$`, for values Docker Compose interpolates. The written text is then
    /// for Compose: python-dotenv and a shell read `$$`.
    Compose,
}

impl Dialect {
    /// Both dialects.
    pub const ALL: [Dialect; 2] = [Dialect::Dotenv, Dialect::Shell];

    /// Its name in messages: `dotenv` or `shell`.
    pub fn name(self) -> &'static str {
        match self {
            Dialect::Dotenv => "dotenv",
            Dialect::Shell => "shell",
        }
    }

    /// The other dialect.
    pub fn other(self) -> Dialect {
        match self {
            Dialect::Dotenv => Dialect::Shell,
            Dialect::Shell => Dialect::Dotenv,
        }
    }

    /// The dialect `text` is written in, by this rule:
    ///
    /// * [`Dialect::Shell`] when the shell reader reads the whole text and the dotenv
    ///   reader cannot: the text uses syntax only a shell reads, such as `'\''` inside a
    ///   value, quoted parts joined to more text (`'a'"b"`, `'a'b`), or `\` escapes outside
    ///   quotes that python-dotenv would keep;
    /// * when neither reads it, the dialect whose reader got further before refusing (so
    ///   that [`Document::parse`] in it reports the error a person most likely needs);
    /// * otherwise [`Dialect::Dotenv`], the common reading: when both read the text, or
    ///   only the dotenv reader does.
    ///
    /// `export` lines decide nothing: python-dotenv and Node read them too. A text that
    /// both dialects read, with different values, is detected as `Dotenv`; use
    /// [`Document::parse_auto`] to refuse such a text instead.
    pub fn detect(text: &str) -> Dialect {
        detect_with(text).0
    }

    /// Whether `value` itself can be written in this dialect (with [`Escape::None`]) so that
    /// its consumers read it back exactly:
    /// * `Dotenv`: printable characters (see [`crate::text::is_forbidden`]) except `'` and
    ///   `\`, and no `${` (python-dotenv expands it even in single quotes);
    /// * `Shell`: every printable character.
    ///
    /// Control characters (line breaks included) are carried by neither.
    pub fn carries(self, value: &str) -> bool {
        let printable = !value.chars().any(crate::text::is_forbidden);
        match self {
            Dialect::Dotenv => printable && !value.contains(['\'', '\\']) && !value.contains("${"),
            Dialect::Shell => printable,
        }
    }

    /// The characters of `alphabet` that could make a drawn value uncarried, in the order
    /// to name them: the forbidden characters, then for `Dotenv` `'`, `\`, and `$` when
    /// `{` is also in the alphabet (then `${` can be drawn). Empty when every value drawn
    /// from `alphabet` is carried.
    pub fn uncarried(self, alphabet: &BTreeSet<char>) -> Vec<char> {
        let mut bad: Vec<char> = alphabet
            .iter()
            .copied()
            .filter(|&c| crate::text::is_forbidden(c))
            .collect();
        if self == Dialect::Dotenv {
            bad.extend(['\'', '\\'].into_iter().filter(|c| alphabet.contains(c)));
            if alphabet.contains(&'$') && alphabet.contains(&'{') {
                bad.push('$');
            }
        }
        bad
    }

    /// `value` as written after `KEY=`: single-quoted, with `'` written `'\''` in the shell
    /// dialect and `$` written `$$` with [`Escape::Compose`]. With [`Escape::None`] the
    /// dialect's consumers read back exactly `value` (and this crate's reader too).
    ///
    /// Refuses a value the dialect does not carry ([`Dialect::carries`]) with
    /// [`DotenvError::Uncarried`], which names neither value nor character.
    pub fn write_value(
        self,
        value: &str,
        escape: Escape,
    ) -> Result<Zeroizing<String>, DotenvError> {
        if !self.carries(value) {
            return Err(DotenvError::Uncarried {
                line: 0,
                key: None,
                dialect: self,
            });
        }
        let mut out = Zeroizing::new(String::with_capacity(value.len() + 8));
        out.push('\'');
        for c in value.chars() {
            match c {
                '\'' => out.push_str("'\\''"),
                '$' if escape == Escape::Compose => out.push_str("$$"),
                c => out.push(c),
            }
        }
        out.push('\'');
        Ok(out)
    }
}

impl std::fmt::Display for Dialect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The detected dialect, with the document read in it (or its error) and the other
/// dialect's reading, so that [`Document::parse_auto`] reads the text only twice.
pub(super) fn detect_with(
    text: &str,
) -> (
    Dialect,
    Result<Document, DotenvError>,
    Result<Document, DotenvError>,
) {
    let dotenv = Document::parse(text, Dialect::Dotenv);
    let shell = Document::parse(text, Dialect::Shell);
    let shell_wins = match (&dotenv, &shell) {
        (Err(_), Ok(_)) => true,
        (Err(d), Err(s)) => s.line() > d.line(),
        _ => false,
    };
    if shell_wins {
        (Dialect::Shell, shell, dotenv)
    } else {
        (Dialect::Dotenv, dotenv, shell)
    }
}

/// Where two readings of one text disagree: the first key (in order of first appearance)
/// whose final values differ, or whose dotenv value python-dotenv would expand.
pub(super) fn disagreement(read: &Document, other: &Document) -> Option<DotenvError> {
    let (a, b) = (read.values(), other.values());
    let dotenv = if read.dialect() == Dialect::Dotenv {
        &a
    } else {
        &b
    };
    let differs = |key: &str| {
        a.get_entry(key) != b.get_entry(key) || dotenv.get(key).is_some_and(expand::has_reference)
    };
    a.keys()
        .chain(b.keys())
        .find(|k| differs(k))
        .map(|key| DotenvError::Ambiguous {
            line: a.line(key).or_else(|| b.line(key)).unwrap_or(0),
            key: key.to_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dotenv_dialect_names_what_it_cannot_carry() {
        let all: BTreeSet<char> = (33u8..127).map(char::from).collect();
        assert_eq!(Dialect::Dotenv.uncarried(&all), vec!['\'', '\\', '$']);
        assert!(Dialect::Shell.uncarried(&all).is_empty());
        let portable: BTreeSet<char> = PORTABLE_SYMBOLS.chars().collect();
        for d in Dialect::ALL {
            assert!(d.uncarried(&portable).is_empty());
        }
        let tab: BTreeSet<char> = ['a', '\t'].into();
        assert_eq!(Dialect::Shell.uncarried(&tab), vec!['\t']);
    }

    #[test]
    fn carries_is_exact_for_one_value() {
        assert!(Dialect::Dotenv.carries("a$b{c}"));
        assert!(Dialect::Dotenv.carries("$ {"));
        assert!(!Dialect::Dotenv.carries("a${b}"));
        assert!(!Dialect::Dotenv.carries("it's"));
        assert!(!Dialect::Dotenv.carries("a\\b"));
        assert!(Dialect::Shell.carries("it's \\ ${x} `y` \"z\""));
        for d in Dialect::ALL {
            assert!(!d.carries("a\nb"));
            assert!(!d.carries("a\u{202e}b"));
            assert!(d.carries(""));
        }
    }

    #[test]
    fn values_are_single_quoted_and_escaped_per_dialect() {
        let w = |d: Dialect, v: &str, e| d.write_value(v, e).map(|s| s.to_string());
        assert_eq!(
            w(Dialect::Shell, "a'b", Escape::None),
            Ok("'a'\\''b'".into())
        );
        assert_eq!(
            w(Dialect::Dotenv, "a$b", Escape::Compose),
            Ok("'a$$b'".into())
        );
        assert_eq!(w(Dialect::Dotenv, "", Escape::None), Ok("''".into()));
        assert_eq!(
            w(Dialect::Dotenv, "a'b", Escape::None),
            Err(DotenvError::Uncarried {
                line: 0,
                key: None,
                dialect: Dialect::Dotenv
            })
        );
    }

    #[test]
    fn detection_is_shell_only_for_shell_only_syntax() {
        assert_eq!(Dialect::detect("A='x'\\''y'\n"), Dialect::Shell);
        assert_eq!(Dialect::detect("A='x'\"y\"\n"), Dialect::Shell);
        assert_eq!(Dialect::detect("A='x'y\n"), Dialect::Shell);
        // Both read these the same way, or only python-dotenv reads them.
        assert_eq!(Dialect::detect("export A='x'\nB=y\n"), Dialect::Dotenv);
        assert_eq!(Dialect::detect("A=hello world\n"), Dialect::Dotenv);
        assert_eq!(Dialect::detect("A=\"x\\ny\"\n"), Dialect::Dotenv);
        assert_eq!(Dialect::detect(""), Dialect::Dotenv);
        // Both read it, differently: unsure, so the common reading.
        assert_eq!(Dialect::detect("A=a\\ b\n"), Dialect::Dotenv);
        // Neither reads it: the one that got further (the shell reader fails on line 3).
        assert_eq!(
            Dialect::detect("A='x'\\''y'\nB=1\nC=$(id)\n"),
            Dialect::Shell
        );
        assert_eq!(Dialect::detect("C=$(id)\nA='x'\\''y'\n"), Dialect::Dotenv);
    }
}
