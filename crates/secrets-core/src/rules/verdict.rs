//! Reading a rule string for a person (its notes and refusals) and judging a password by
//! it: shared by `check --rules`, `password --rules` and the HTTP API's `POST /v1/check`.

use serde_json::{Value, json};

use super::Rules;
use super::validate::validate;

/// Why a rule string is refused, for a person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RulesError {
    /// Longer than the limit, or not readable.
    #[error("{0}")]
    Unreadable(String),
    /// Apple's parser discards the whole rule set.
    #[error("Apple's parser discards the whole rule set at this point, so none of it would apply")]
    Discarded,
    /// No password can satisfy the rules, for a reason seen without counting.
    #[error("{0}")]
    Impossible(String),
}

/// Reads `text` as Apple's parser does, with its diagnostics as notes for a person; a text
/// the parser discards as a whole is refused (none of it would apply). A checker also
/// refuses what [`why_impossible`] finds; a generator finds it by counting.
pub fn read(text: &str) -> Result<(Rules, Vec<String>), RulesError> {
    let rules = Rules::parse_checked(text).map_err(RulesError::Unreadable)?;
    let mut notes = Vec::new();
    if !text.is_ascii() {
        notes.push(
            "characters outside ASCII are ignored (the language's classes hold printable \
             ASCII only, and Apple's parser skips the others in [...])"
                .to_owned(),
        );
    }
    for warning in &rules.warnings {
        notes.push(format!("{warning} (as Apple's parser reports it)"));
    }
    if rules.discarded {
        return Err(RulesError::Discarded);
    }
    Ok((rules, notes))
}

/// Why no password can satisfy `rules`, when that shows without counting.
pub fn why_impossible(rules: &Rules) -> Option<String> {
    if let Err(e) = crate::spec::rules_length_range(rules) {
        return Some(e.problem.to_string());
    }
    if rules.required.iter().any(|class| class.ascii().is_empty()) {
        return Some(
            "a `required` line names no character, so no password can satisfy the rules".into(),
        );
    }
    None
}

/// Each failed rule as `(rule, reason)`; reasons give counts, never characters. An empty
/// password fails (no site takes one), and so does one seen `breach_count` times.
pub fn failures(rules: &Rules, password: &str, breach_count: Option<u64>) -> Vec<(String, String)> {
    let mut failures: Vec<(String, String)> = validate(rules, password)
        .into_iter()
        .map(|f| (f.rule, f.reason))
        .collect();
    if password.is_empty() {
        failures.push(("password".to_owned(), "empty".to_owned()));
    }
    if let Some(count) = breach_count.filter(|&n| n > 0) {
        failures.push((
            "--breached".to_owned(),
            format!(
                "found in data breaches: seen {count} time{} (Have I Been Pwned)",
                if count == 1 { "" } else { "s" }
            ),
        ));
    }
    failures
}

/// The verdict as JSON (`ok`, `length`, `failures`, `rules`, and `breach_count` when
/// given), and whether the password passes.
pub fn verdict(rules: &Rules, password: &str, breach_count: Option<u64>) -> (bool, Value) {
    let failures = failures(rules, password, breach_count);
    let mut report = json!({
        "ok": failures.is_empty(),
        "length": password.chars().count(),
        "failures": failures
            .iter()
            .map(|(rule, reason)| json!({"rule": rule, "reason": reason}))
            .collect::<Vec<_>>(),
        "rules": rules.reading(),
    });
    if let Some(count) = breach_count {
        report["breach_count"] = json!(count);
    }
    (failures.is_empty(), report)
}
