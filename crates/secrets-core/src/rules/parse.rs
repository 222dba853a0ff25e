//! A port of Apple's reference parser of the password rules language
//! (`PasswordRulesParser.js` in apple/password-manager-resources), diagnostic for
//! diagnostic, so that a rule string reads here exactly as Safari and iCloud Keychain read it.
//! Apple's parser is MIT-licensed (Copyright Apple Inc.); the licence is in
//! `tests/data/apple-password-rules/LICENSE.md`.
//!
//! What that reading is, where the language's text is silent:
//! - Property names (`required`, `allowed`, `max-consecutive`, `minlength`, `maxlength`)
//!   are case-sensitive; class names (`upper`, `lower`, `digit`, `special`,
//!   `ascii-printable`, `unicode`) are not.
//! - An unrecognised property name, or anything else where the next property should start,
//!   discards the **whole** rule set (the reading is then only `allowed: ascii-printable`).
//!   Other malformed values drop only their own property.
//! - Integers must end at `;` or the end of the text (`minlength: 8 ;` is dropped); `0`
//!   is dropped. Several `minlength` keep the largest, several `maxlength` and
//!   `max-consecutive` the smallest; `minlength > maxlength` is kept as it is.
//! - In `[...]`, characters outside printable ASCII are skipped, a `-` counts only as the
//!   first character, and a literal `]` must be written `]]` at the end.
//! - Every `required` set is also allowed; with nothing allowed, `ascii-printable` is.
//!   The first `unicode` or `ascii-printable` in a list decides the whole list.
//!
//! The text is read in `char`s where Apple's reads UTF-16 units; since only ASCII is ever
//! significant, the two readings agree (tests compare them on 434 websites and edge cases).

use super::Rules;
use super::class::{AsciiSet, CharClass};

/// A class named in a `required` or `allowed` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    Upper,
    Lower,
    Digit,
    Special,
    AsciiPrintable,
    Unicode,
}

/// One value of a `required` or `allowed` list, before canonicalisation.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Named(Named),
    Custom(Vec<char>),
}

/// A property that survived parsing (Apple pushes only properties with a truthy value).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Property {
    Required(Vec<Value>),
    Allowed(Vec<Value>),
    MaxConsecutive(u32),
    MinLength(u32),
    MaxLength(u32),
}

/// Reads `input` as Apple's `parsePasswordRules(input)` does; diagnostics (Apple's
/// `console.error` messages) are collected in [`Rules::warnings`].
pub fn parse(input: &str) -> Rules {
    let chars: Vec<char> = input.chars().collect();
    let mut parser = Parser {
        input: &chars,
        warnings: Vec::new(),
    };
    let properties = parser.properties();
    let discarded = properties.is_none();
    let mut rules = resolve(properties.unwrap_or_default());
    rules.warnings = parser.warnings;
    rules.discarded = discarded;
    rules
}

/// Apple's `parsePasswordRules` after parsing: merge the properties into one reading.
fn resolve(properties: Vec<Property>) -> Rules {
    let mut required = Vec::new();
    let mut allowed_values = Vec::new();
    let mut max_consecutive: Option<u32> = None;
    let mut min_length = 0u32;
    let mut max_length: Option<u32> = None;
    for property in properties {
        match property {
            Property::MaxConsecutive(n) => {
                max_consecutive = Some(max_consecutive.map_or(n, |m| m.min(n)));
            }
            Property::MinLength(n) => min_length = min_length.max(n),
            Property::MaxLength(n) => max_length = Some(max_length.map_or(n, |m| m.min(n))),
            Property::Required(values) => {
                let class = canonicalize(&values);
                allowed_values.extend(as_values(class));
                required.push(class);
            }
            Property::Allowed(values) => allowed_values.extend(values),
        }
    }
    let allowed = match canonicalize(&allowed_values) {
        CharClass::Ascii(set) if set.is_empty() => CharClass::Ascii(AsciiSet::ALL),
        class => class,
    };
    Rules {
        required,
        allowed,
        max_consecutive,
        min_length: (min_length > 0).then_some(min_length),
        max_length,
        warnings: Vec::new(),
        discarded: false,
    }
}

/// Apple's `_canonicalizedPropertyValues`: the first `unicode` or `ascii-printable` decides;
/// otherwise the union of the sets. An empty result is `Ascii(EMPTY)`.
fn canonicalize(values: &[Value]) -> CharClass {
    let mut set = AsciiSet::EMPTY;
    for value in values {
        match value {
            Value::Named(Named::Unicode) => return CharClass::Unicode,
            Value::Named(Named::AsciiPrintable) => return CharClass::Ascii(AsciiSet::ALL),
            Value::Named(Named::Upper) => set = set.union(AsciiSet::UPPER),
            Value::Named(Named::Lower) => set = set.union(AsciiSet::LOWER),
            Value::Named(Named::Digit) => set = set.union(AsciiSet::DIGIT),
            Value::Named(Named::Special) => set = set.union(AsciiSet::SPECIAL),
            Value::Custom(chars) => chars.iter().for_each(|&c| set.insert(c)),
        }
    }
    CharClass::Ascii(set)
}

/// A canonical class as the values Apple copies from `required` into `allowed`.
fn as_values(class: CharClass) -> Vec<Value> {
    match class {
        CharClass::Unicode => vec![Value::Named(Named::Unicode)],
        CharClass::Ascii(set) if set == AsciiSet::ALL => {
            vec![Value::Named(Named::AsciiPrintable)]
        }
        CharClass::Ascii(set) if set.is_empty() => Vec::new(),
        CharClass::Ascii(set) => vec![Value::Custom(set.chars().collect())],
    }
}

fn is_identifier_char(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '-'
}

fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\x0c' | '\n' | '\r' | '\t')
}

/// The parser's state: the text and the diagnostics so far.
struct Parser<'a> {
    input: &'a [char],
    warnings: Vec<String>,
}

impl Parser<'_> {
    fn at(&self, pos: usize) -> Option<char> {
        self.input.get(pos).copied()
    }

    fn len(&self) -> usize {
        self.input.len()
    }

    fn warn(&mut self, message: &str) {
        self.warnings.push(message.to_owned());
    }

    /// Apple's diagnostics quote the rest of the text; ours quote at most 40 characters.
    fn warn_rest(&mut self, message: &str, pos: usize) {
        let rest: String = self.input[pos.min(self.len())..].iter().take(40).collect();
        let more = if self.len().saturating_sub(pos) > 40 {
            "..."
        } else {
            ""
        };
        self.warnings.push(format!("{message}: {rest}{more}"));
    }

    fn skip_whitespace(&self, mut pos: usize) -> usize {
        while self.at(pos).is_some_and(is_whitespace) {
            pos += 1;
        }
        pos
    }

    fn identifier(&self, mut pos: usize) -> (String, usize) {
        let mut name = String::new();
        while let Some(c) = self.at(pos).filter(|&c| is_identifier_char(c)) {
            name.push(c);
            pos += 1;
        }
        (name, pos)
    }

    /// `_parsePasswordRulesInternal`: `None` when the whole text is discarded.
    fn properties(&mut self) -> Option<Vec<Property>> {
        let mut parsed = Vec::new();
        let mut pos = self.skip_whitespace(0);
        while pos < self.len() {
            if !self.at(pos).is_some_and(is_identifier_char) {
                self.warn_rest("Failed to find start of property", pos);
                return Some(parsed);
            }
            let (property, next) = self.property(pos);
            if let Some(property) = property {
                parsed.push(property);
            }
            pos = self.skip_whitespace(next);
            if pos >= self.len() {
                break;
            }
            if self.at(pos) == Some(';') {
                pos = self.skip_whitespace(pos + 1);
                if pos >= self.len() {
                    return Some(parsed);
                }
                continue;
            }
            self.warn_rest("Failed to find start of next property", pos);
            return None;
        }
        Some(parsed)
    }

    /// `_parsePasswordRule` (a property that Apple would not push is `None`).
    fn property(&mut self, start: usize) -> (Option<Property>, usize) {
        let (name, mut pos) = self.identifier(start);
        if !matches!(
            name.as_str(),
            "required" | "allowed" | "max-consecutive" | "minlength" | "maxlength"
        ) {
            self.warn(&format!("Unrecognized property name: {name}"));
            return (None, start);
        }
        if pos >= self.len() {
            self.warn("Found end-of-line instead of start of property value");
            return (None, pos);
        }
        if self.at(pos) != Some(':') {
            self.warn_rest("Failed to find start of property value", pos);
            return (None, pos);
        }
        pos = self.skip_whitespace(pos + 1);
        if pos >= self.len() || self.at(pos) == Some(';') {
            return (None, pos);
        }
        match name.as_str() {
            "required" | "allowed" => {
                let (values, pos) = self.class_list(pos);
                let property = values.map(|v| {
                    if name == "required" {
                        Property::Required(v)
                    } else {
                        Property::Allowed(v)
                    }
                });
                (property, pos)
            }
            _ => {
                let (n, pos) = self.integer(pos);
                // Apple keeps a value only if it is truthy: 0 is dropped.
                let property = n.filter(|&n| n != 0).map(|n| match name.as_str() {
                    "minlength" => Property::MinLength(n),
                    "maxlength" => Property::MaxLength(n),
                    _ => Property::MaxConsecutive(n),
                });
                (property, pos)
            }
        }
    }

    /// `_parseInteger`, saturating at `u32::MAX` (Apple's doubles are capped there too when
    /// the readings are compared).
    fn integer(&mut self, start: usize) -> (Option<u32>, usize) {
        let mut pos = start;
        if !self.at(pos).is_some_and(|c| c.is_ascii_digit()) {
            self.warn_rest("Failed to parse value of type integer; not a number", pos);
            return (None, pos);
        }
        let mut n = 0u32;
        while let Some(d) = self.at(pos).and_then(|c| c.to_digit(10)) {
            n = n.saturating_mul(10).saturating_add(d);
            pos += 1;
        }
        if pos >= self.len() || self.at(pos) == Some(';') {
            return (Some(n), pos);
        }
        self.warn_rest("Failed to parse value of type integer; not a number", start);
        (None, pos)
    }

    /// `_parsePasswordRequiredOrAllowedPropertyValue`.
    fn class_list(&mut self, mut pos: usize) -> (Option<Vec<Value>>, usize) {
        let mut values = Vec::new();
        loop {
            let c = self.at(pos);
            if c.is_some_and(is_identifier_char) {
                let start = pos;
                let (name, next) = self.identifier(pos);
                pos = next;
                let named = match name.to_ascii_lowercase().as_str() {
                    "upper" => Named::Upper,
                    "lower" => Named::Lower,
                    "digit" => Named::Digit,
                    "special" => Named::Special,
                    "ascii-printable" => Named::AsciiPrintable,
                    "unicode" => Named::Unicode,
                    _ => {
                        self.warn(&format!("Unrecognized property value identifier: {name}"));
                        return (None, start);
                    }
                };
                values.push(Value::Named(named));
            } else if c == Some('[') {
                let (chars, next) = self.custom_class(pos);
                pos = next;
                if let Some(chars) = chars.filter(|c| !c.is_empty()) {
                    values.push(Value::Custom(chars));
                }
            } else {
                self.warn_rest("Failed to find start of property value", pos);
                return (None, pos);
            }
            pos = self.skip_whitespace(pos);
            if pos >= self.len() || self.at(pos) == Some(';') {
                break;
            }
            if self.at(pos) == Some(',') {
                pos = self.skip_whitespace(pos + 1);
                if pos >= self.len() {
                    self.warn("Found end-of-line instead of start of next property value");
                    return (None, pos);
                }
                continue;
            }
            self.warn_rest(
                "Failed to find start of next property or property value",
                pos,
            );
            return (None, pos);
        }
        (Some(values), pos)
    }

    /// `_parseCustomCharacterClass`, at a `[`.
    fn custom_class(&mut self, start: usize) -> (Option<Vec<char>>, usize) {
        let len = self.len();
        let mut pos = start + 1;
        if pos >= len {
            self.warn("Found end-of-line instead of character class character");
            return (None, pos);
        }
        let initial = pos;
        let mut result = Vec::new();
        while let Some(c) = self.at(pos) {
            pos += 1;
            if !AsciiSet::is_printable(c) {
                continue;
            }
            if c == '-' && pos - 1 > initial {
                self.warn(
                    "Ignoring '-'; a '-' may only appear as the first character in a \
                     character class",
                );
                continue;
            }
            result.push(c);
            if c == ']' {
                break;
            }
        }
        let next = self.at(pos);
        if (pos < len && next != Some(']')) || (pos == len && self.at(pos - 1) == Some(']')) {
            // Apple's fix-up: the `]` just taken closed the class.
            result.pop();
            if let Some(next) = next {
                if !is_whitespace(next) && next != ',' && next != ';' {
                    self.warn(&format!(
                        "A ']' inside a character class must be the last character of the \
                         class; if a literal ']' is intended, write ']]' at the end. Found \
                         unexpected '{next}' after closing ']'."
                    ));
                }
            }
            return (Some(result), pos);
        }
        if next == Some(']') {
            return (Some(result), pos + 1);
        }
        self.warn("Found end-of-line instead of end of character class");
        (None, pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(text: &str) -> String {
        parse(text).reading().to_string()
    }

    #[test]
    fn a_typical_rule_reads_as_apple_reads_it() {
        assert_eq!(
            reading(
                "minlength: 8; maxlength: 40; required: upper; required: [!#$%&*@^]; allowed: lower,digit;"
            ),
            r##"[{"name":"required","value":["upper"]},{"name":"required","value":["[!#$%&*@^]"]},{"name":"allowed","value":["upper","lower","digit","[!#$%&*@^]"]},{"name":"minlength","value":8},{"name":"maxlength","value":40}]"##
        );
    }

    #[test]
    fn an_unknown_property_discards_everything() {
        let rules = parse("minlength: 8; foo: 1; required: digit");
        assert!(rules.discarded);
        assert_eq!(
            rules.reading().to_string(),
            r#"[{"name":"allowed","value":["ascii-printable"]}]"#
        );
    }

    #[test]
    fn brackets_dashes_and_conflicts() {
        assert_eq!(
            reading(
                "required: [-a-]]; maxlength: 9; maxlength: 7; minlength: 3; minlength: 12; max-consecutive: 0"
            ),
            r#"[{"name":"required","value":["[a-]]"]},{"name":"allowed","value":["[a-]]"]},{"name":"minlength","value":12},{"name":"maxlength","value":7}]"#
        );
        assert_eq!(
            reading("minlength: 8 ;"),
            r#"[{"name":"allowed","value":["ascii-printable"]}]"#
        );
        assert_eq!(
            reading("MAXLENGTH: 8"),
            r#"[{"name":"allowed","value":["ascii-printable"]}]"#
        );
        assert_eq!(
            reading("required: UPPER, Unicode"),
            r#"[{"name":"required","value":["unicode"]},{"name":"allowed","value":["unicode"]}]"#
        );
    }

    #[test]
    fn huge_integers_saturate() {
        assert_eq!(
            reading("maxlength: 99999999999999999999999"),
            r#"[{"name":"allowed","value":["ascii-printable"]},{"name":"maxlength","value":4294967295}]"#
        );
    }
}
