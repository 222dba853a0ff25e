//! Whether a password satisfies a reading of the rules: each rule checked directly on the
//! string, independently of how [`super::sample`] draws (the tests check every draw with it).
//!
//! Lengths count Unicode scalar values (`char`s). Messages name the rule, never a character
//! of the password.

use super::Rules;
use super::class::CharClass;

/// A rule the password breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The rule as written in the language, e.g. `minlength: 12` or `required: digit`.
    pub rule: String,
    /// What is wrong, without quoting the password.
    pub reason: String,
}

fn class_text(class: CharClass) -> String {
    let names = class.canonical();
    if names.is_empty() {
        "[]".to_owned()
    } else {
        names.join(", ")
    }
}

/// Every rule `password` breaks, in the order of the reading (empty when it satisfies all).
pub fn validate(rules: &Rules, password: &str) -> Vec<Failure> {
    let mut failures = Vec::new();
    for &class in &rules.required {
        if !password.chars().any(|c| class.contains(c)) {
            failures.push(Failure {
                rule: format!("required: {}", class_text(class)),
                reason: "no character of this class".to_owned(),
            });
        }
    }
    let outside = password
        .chars()
        .filter(|&c| !rules.allowed.contains(c))
        .count();
    if outside > 0 {
        failures.push(Failure {
            rule: format!("allowed: {}", class_text(rules.allowed)),
            reason: format!("{outside} character(s) outside the allowed set"),
        });
    }
    if let Some(max) = rules.max_consecutive {
        let mut longest = 0usize;
        let mut run = 0usize;
        let mut previous = None;
        for c in password.chars() {
            run = if previous == Some(c) { run + 1 } else { 1 };
            previous = Some(c);
            longest = longest.max(run);
        }
        if longest > max as usize {
            failures.push(Failure {
                rule: format!("max-consecutive: {max}"),
                reason: format!("{longest} identical characters in a row"),
            });
        }
    }
    let length = password.chars().count();
    if let Some(min) = rules.min_length {
        if length < min as usize {
            failures.push(Failure {
                rule: format!("minlength: {min}"),
                reason: format!("{length} characters"),
            });
        }
    }
    if let Some(max) = rules.max_length {
        if length > max as usize {
            failures.push(Failure {
                rule: format!("maxlength: {max}"),
                reason: format!("{length} characters"),
            });
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::parse;

    fn broken(rules: &str, password: &str) -> Vec<String> {
        validate(&parse(rules), password)
            .into_iter()
            .map(|f| f.rule)
            .collect()
    }

    #[test]
    fn each_rule_is_checked() {
        let rules =
            "minlength: 4; maxlength: 6; required: digit; required: upper, [!]; max-consecutive: 2";
        assert!(broken(rules, "AB1!C").is_empty());
        assert_eq!(broken(rules, "A1"), ["minlength: 4"]);
        assert_eq!(broken(rules, "AAA1!"), ["max-consecutive: 2"]);
        assert_eq!(
            broken(rules, "ABCDEFG"),
            ["required: digit", "maxlength: 6"]
        );
        assert_eq!(broken(rules, "1212"), ["required: upper, [!]"]);
        assert_eq!(broken(rules, "A1!é"), ["allowed: upper, digit, [!]"]);
    }

    #[test]
    fn unicode_allows_anything_and_an_empty_requirement_fails() {
        assert!(broken("allowed: unicode", "é€x").is_empty());
        assert_eq!(broken("required: []", "abc"), ["required: []"]);
    }
}
