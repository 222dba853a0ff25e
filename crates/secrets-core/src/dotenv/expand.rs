//! python-dotenv's interpolation (`dotenv/variables.py`, `resolve_variables` in
//! `dotenv/main.py`), and the final values of a document.

use std::collections::HashMap;

use zeroize::Zeroizing;

use super::MAX_FILE;
use super::document::Document;
use super::entry::Item;
use super::error::DotenvError;

/// The most bytes that expanding a document's values may produce in all (4 MiB): each
/// `${A}` copies a value, so a 1 MiB file can otherwise ask for exponentially more.
pub const MAX_EXPANDED: usize = 4 * MAX_FILE;

/// Where a `${NAME}` is looked up first, as python-dotenv decides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Precedence {
    /// The file's values so far, then the environment: `dotenv_values()` and
    /// `load_dotenv(override=True)`. What `run` means: the file's values replace the
    /// inherited ones.
    #[default]
    File,
    /// The environment, then the file's values so far: `load_dotenv()` (`override=False`).
    Environment,
}

/// Final values: one per key, the key's last, in the order keys first appear; a bare key
/// has no value. `{:?}` shows the keys only.
#[derive(Clone, Default)]
pub struct Values {
    slots: Vec<Slot>,
    index: HashMap<String, usize>,
}

#[derive(Clone)]
struct Slot {
    key: String,
    value: Option<Zeroizing<String>>,
    line: usize,
}

impl Values {
    /// The value of `key`; `None` if it is absent or a bare key.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.slot(key)
            .and_then(|s| s.value.as_deref())
            .map(String::as_str)
    }

    /// Whether `key` is there, with a value or bare.
    pub fn contains_key(&self, key: &str) -> bool {
        self.index.contains_key(key)
    }

    /// The line of the entry that gave `key` its final value.
    pub fn line(&self, key: &str) -> Option<usize> {
        self.slot(key).map(|s| s.line)
    }

    /// Every key, bare ones included, in the order they first appear.
    pub fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.slots.iter().map(|s| s.key.as_str())
    }

    /// Every key with a value, and the value, in the order keys first appear: what
    /// `load_dotenv` puts into the environment (it skips bare keys).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.slots
            .iter()
            .filter_map(|s| s.value.as_deref().map(|v| (s.key.as_str(), v.as_str())))
    }

    /// How many keys, bare ones included.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// `Some(value)` for a key (`Some(None)` for a bare one), `None` if absent.
    pub(super) fn get_entry(&self, key: &str) -> Option<Option<&str>> {
        self.slot(key)
            .map(|s| s.value.as_deref().map(String::as_str))
    }

    fn slot(&self, key: &str) -> Option<&Slot> {
        self.index.get(key).map(|&i| &self.slots[i])
    }

    /// Sets `key`, keeping its first position (as a python dict does).
    pub(super) fn set(&mut self, key: &str, value: Option<Zeroizing<String>>, line: usize) {
        match self.index.get(key) {
            Some(&i) => {
                self.slots[i].value = value;
                self.slots[i].line = line;
            }
            None => {
                self.index.insert(key.to_owned(), self.slots.len());
                self.slots.push(Slot {
                    key: key.to_owned(),
                    value,
                    line,
                });
            }
        }
    }
}

impl std::fmt::Debug for Values {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Values")
            .field("keys", &self.keys().collect::<Vec<_>>())
            .finish_non_exhaustive()
    }
}

/// A piece of a value: text, or a `${NAME}` / `${NAME:-DEFAULT}` reference.
#[derive(Debug, PartialEq, Eq)]
enum Atom<'a> {
    Literal(&'a str),
    Variable {
        name: &'a str,
        default: Option<&'a str>,
    },
}

/// The atoms of `value`, as python-dotenv's regex
/// `\$\{(?P<name>[^\}:]*)(?::-(?P<default>[^\}]*))?\}` finds them (leftmost, left to right;
/// an unmatched `${` is text).
fn atoms(value: &str) -> Vec<Atom<'_>> {
    let mut out = Vec::new();
    let mut literal_from = 0;
    let mut search = 0;
    while let Some(found) = value[search..].find("${") {
        let start = search + found;
        let name_start = start + 2;
        let name_end = value[name_start..]
            .find(['}', ':'])
            .map_or(value.len(), |n| name_start + n);
        let matched = match value.as_bytes().get(name_end) {
            Some(b'}') => Some((None, name_end + 1)),
            Some(b':') if value[name_end + 1..].starts_with('-') => {
                let default_start = name_end + 2;
                value[default_start..].find('}').map(|n| {
                    (
                        Some(&value[default_start..default_start + n]),
                        default_start + n + 1,
                    )
                })
            }
            _ => None,
        };
        match matched {
            Some((default, end)) => {
                if start > literal_from {
                    out.push(Atom::Literal(&value[literal_from..start]));
                }
                out.push(Atom::Variable {
                    name: &value[name_start..name_end],
                    default,
                });
                literal_from = end;
                search = end;
            }
            None => search = start + 1,
        }
    }
    if literal_from < value.len() {
        out.push(Atom::Literal(&value[literal_from..]));
    }
    out
}

/// Whether python-dotenv would expand something in `value`.
pub(super) fn has_reference(value: &str) -> bool {
    atoms(value)
        .iter()
        .any(|a| matches!(a, Atom::Variable { .. }))
}

/// python-dotenv's `resolve_variables` over the document's assignments, in order.
pub(super) fn expand(
    doc: &Document,
    mut env: impl FnMut(&str) -> Option<Zeroizing<String>>,
    precedence: Precedence,
) -> Result<Values, DotenvError> {
    let mut values = Values::default();
    let mut total = 0usize;
    for e in doc.entries() {
        let Item::Assign { key, value, .. } = &e.item else {
            continue;
        };
        let Some(value) = value else {
            values.set(key, None, e.line);
            continue;
        };
        let atoms = atoms(value);
        // Each variable's replacement, looked up once; `None` is python's `""`.
        let mut parts: Vec<Zeroizing<String>> = Vec::new();
        let mut len = 0usize;
        for atom in &atoms {
            match atom {
                Atom::Literal(text) => len += text.len(),
                Atom::Variable { name, default } => {
                    let file = values.get_entry(name);
                    let found = match precedence {
                        // python: a file key without a value (bare) resolves to "".
                        Precedence::File => match file {
                            Some(v) => Some(Zeroizing::new(v.unwrap_or_default().to_owned())),
                            None => env(name),
                        },
                        Precedence::Environment => env(name).or_else(|| {
                            file.map(|v| Zeroizing::new(v.unwrap_or_default().to_owned()))
                        }),
                    };
                    let part = found
                        .unwrap_or_else(|| Zeroizing::new(default.unwrap_or_default().to_owned()));
                    len = len.saturating_add(part.len());
                    parts.push(part);
                }
            }
        }
        total = total.saturating_add(len);
        if total > MAX_EXPANDED {
            return Err(DotenvError::ExpansionTooLarge {
                line: e.line,
                key: key.clone(),
            });
        }
        let mut out = Zeroizing::new(String::with_capacity(len));
        let mut parts = parts.iter();
        for atom in &atoms {
            match atom {
                Atom::Literal(text) => out.push_str(text),
                Atom::Variable { .. } => out.push_str(parts.next().map_or("", |p| p.as_str())),
            }
        }
        values.set(key, Some(out), e.line);
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dotenv::Dialect;

    fn expanded(text: &str, env: &[(&str, &str)], precedence: Precedence) -> Values {
        let doc = Document::parse(text, Dialect::Dotenv).unwrap();
        let lookup = |name: &str| {
            env.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| Zeroizing::new((*v).to_owned()))
        };
        doc.expand(lookup, precedence).unwrap()
    }

    #[test]
    fn atoms_follow_python_dotenvs_regex() {
        use Atom::*;
        assert_eq!(
            atoms("a${B}c${D:-e}${:-}"),
            vec![
                Literal("a"),
                Variable {
                    name: "B",
                    default: None
                },
                Literal("c"),
                Variable {
                    name: "D",
                    default: Some("e")
                },
                Variable {
                    name: "",
                    default: Some("")
                },
            ]
        );
        assert_eq!(
            atoms("$B ${B ${C:x} ${D"),
            vec![Literal("$B ${B ${C:x} ${D")]
        );
        assert_eq!(
            atoms("${A:x${B}"),
            vec![
                Literal("${A:x"),
                Variable {
                    name: "B",
                    default: None
                }
            ]
        );
        assert_eq!(
            atoms("${A:-${B}}"),
            vec![
                Variable {
                    name: "A",
                    default: Some("${B")
                },
                Literal("}")
            ]
        );
        assert!(!has_reference("$HOME ${ x"));
        assert!(has_reference("${}"));
    }

    #[test]
    fn expansion_is_python_dotenvs() {
        let text = "A=1\nB='${A}x'\nC=\"${A}y\"\nD=${A:-q}z\nE=${NOPE:-d}\nF\nG=${F:-dd}\n\
                    H=${HOME}\nI=$A\nA=2\nJ=${A}\n";
        let v = expanded(text, &[("HOME", "/home/u"), ("A", "env")], Precedence::File);
        let got: Vec<_> = v.iter().collect();
        assert_eq!(
            got,
            vec![
                ("A", "2"),
                ("B", "1x"),
                ("C", "1y"),
                ("D", "1z"),
                ("E", "d"),
                ("G", ""),
                ("H", "/home/u"),
                ("I", "$A"),
                ("J", "2"),
            ]
        );
        assert!(v.contains_key("F"));
        let v = expanded(text, &[("A", "env")], Precedence::Environment);
        assert_eq!(v.get("B"), Some("envx"));
        assert_eq!(v.get("J"), Some("env"));
        assert_eq!(v.get("G"), Some(""));
    }

    #[test]
    fn the_shell_dialect_expands_nothing() {
        let doc = Document::parse("A='${HOME}'\n", Dialect::Shell).unwrap();
        let v = doc
            .expand(|_| Some(Zeroizing::new("x".into())), Precedence::File)
            .unwrap();
        assert_eq!(v.get("A"), Some("${HOME}"));
    }

    #[test]
    fn expansion_is_bounded() {
        let mut text = String::from("A=xxxxxxxxxxxxxxxx\n");
        for i in 0..30 {
            let prev = if i == 0 {
                "A".to_owned()
            } else {
                format!("K{}", i - 1)
            };
            text.push_str(&format!("K{i}=${{{prev}}}${{{prev}}}\n"));
        }
        let doc = Document::parse(&text, Dialect::Dotenv).unwrap();
        let err = doc.expand(|_| None, Precedence::File).unwrap_err();
        assert!(
            matches!(err, DotenvError::ExpansionTooLarge { .. }),
            "{err}"
        );
    }
}
