//! Apple's password rules language (`passwordrules`): read a website's policy, draw
//! passwords that satisfy it exactly uniformly, and check a password against it.
//!
//! - [`mod@parse`] reads a rule string exactly as Apple's reference parser does (the tests
//!   compare the two on 434 real websites' rules and on edge cases).
//! - [`class`] holds the character classes and their canonical form.
//! - [`sample`] counts the passwords of each length that satisfy the rules, exactly, and
//!   draws one uniformly among them.
//! - [`validate`] checks a password against the rules, independently of the sampler;
//!   [`verdict`] reads rules for a person and judges a password by them.

pub mod class;
pub mod parse;
pub mod sample;
pub mod validate;
pub mod verdict;

use class::CharClass;
use serde_json::{Value, json};

/// The longest rule string accepted (4 KiB): real rules are under 300 bytes.
pub const MAX_RULES_BYTES: usize = 4096;

/// A rule string as Apple's parser reads it (see [`parse::parse`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rules {
    /// Each `required` line, canonical; an empty ASCII set when the line named nothing.
    pub required: Vec<CharClass>,
    /// The allowed characters: every `allowed` and `required` value (never empty).
    pub allowed: CharClass,
    /// At most this many identical characters in a row.
    pub max_consecutive: Option<u32>,
    /// At least this many characters.
    pub min_length: Option<u32>,
    /// At most this many characters.
    pub max_length: Option<u32>,
    /// Apple's parser's diagnostics (its `console.error` messages).
    pub warnings: Vec<String>,
    /// Whether the parser discarded the whole text (an unrecognised property).
    pub discarded: bool,
}

impl Rules {
    /// Reads `text` as Apple's parser does, after refusing what should not reach a parser
    /// from the command line: more than [`MAX_RULES_BYTES`], or a control or invisible
    /// format character other than the whitespace the language allows (tab, line feed,
    /// form feed, carriage return).
    pub fn parse_checked(text: &str) -> Result<Rules, String> {
        if text.len() > MAX_RULES_BYTES {
            return Err(format!(
                "--rules: the rules are {} bytes long; at most {MAX_RULES_BYTES} are accepted",
                text.len()
            ));
        }
        let outside_whitespace: String = text
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\x0c' | '\r'))
            .collect();
        crate::text::check_printable("--rules", &outside_whitespace)?;
        Ok(parse::parse(text))
    }

    /// The reading in the normalised JSON form of `scripts/apple-rules-reading.js`: Apple's
    /// rule list, each `{"name": ..., "value": ...}` with class lists as their canonical
    /// strings, in Apple's order (`required`s, `allowed`, `max-consecutive`, `minlength`,
    /// `maxlength`).
    pub fn reading(&self) -> Value {
        let mut rules: Vec<Value> = self
            .required
            .iter()
            .map(|class| json!({"name": "required", "value": class.canonical()}))
            .collect();
        rules.push(json!({"name": "allowed", "value": self.allowed.canonical()}));
        for (name, value) in [
            ("max-consecutive", self.max_consecutive),
            ("minlength", self.min_length),
            ("maxlength", self.max_length),
        ] {
            if let Some(value) = value {
                rules.push(json!({"name": name, "value": value}));
            }
        }
        Value::Array(rules)
    }
}

/// Reads `text` as Apple's parser does (no size or character checks: see
/// [`Rules::parse_checked`] for text from outside).
pub fn parse(text: &str) -> Rules {
    parse::parse(text)
}
