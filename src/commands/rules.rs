//! `password --rules` and `check --rules`: a website's password rules (see [`secrets_core::rules`]).

use std::io::Write;

use anyhow::{Result, anyhow, bail};
use serde_json::json;

use crate::output::Sink;
use secrets_core::rules::Rules;
use secrets_core::rules::validate::validate;

use super::Outcome;

/// Reads `--rules` text as Apple's parser does; its diagnostics become notes, and a text
/// that Apple's parser discards as a whole is refused (none of it would apply).
pub(crate) fn read_rules(text: &str) -> Result<Rules> {
    let rules = Rules::parse_checked(text).map_err(|e| anyhow!(e))?;
    if !text.is_ascii() {
        crate::note!(
            "--rules: characters outside ASCII are ignored (the language's classes hold \
             printable ASCII only, and Apple's parser skips the others in [...])"
        );
    }
    for warning in &rules.warnings {
        crate::note!("--rules: {warning} (as Apple's parser reports it)");
    }
    if rules.discarded {
        bail!(
            "--rules: Apple's parser discards the whole rule set at this point, so none of it \
             would apply\nhint: the properties are required, allowed, max-consecutive, \
             minlength and maxlength (lowercase), each `name: value`, separated by `;`"
        );
    }
    Ok(rules)
}

/// Refuses (exit 2) rules that no password can satisfy for a reason `check` can see
/// without counting: a length range that is empty, or a `required` line that names nothing.
/// `password` refuses the same rules.
pub(crate) fn refuse_impossible(rules: &Rules) -> Result<()> {
    secrets_core::spec::rules_length_range(rules).map_err(super::generate::spec_error)?;
    if rules.required.iter().any(|class| class.ascii().is_empty()) {
        bail!(
            "--rules: a `required` line names no character, so no password can satisfy the \
             rules"
        );
    }
    Ok(())
}

/// The verdict of `check --rules` as JSON, and whether the password passes: every rule
/// satisfied, not empty, and (with a breach count) not seen in a breach. Shared by
/// `check --rules --json` and the server's `POST /v1/check`.
pub(crate) fn rules_verdict(
    rules: &Rules,
    password: &str,
    breach_count: Option<u64>,
) -> (bool, serde_json::Value) {
    let failures = rule_failures(rules, password, breach_count);
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

/// Each failed rule as `(rule, reason)`; reasons give counts, never characters.
fn rule_failures(
    rules: &Rules,
    password: &str,
    breach_count: Option<u64>,
) -> Vec<(String, String)> {
    let mut failures: Vec<(String, String)> = validate(rules, password)
        .into_iter()
        .map(|f| (f.rule, f.reason))
        .collect();
    if password.is_empty() {
        // No site means an empty password, with or without a minlength.
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

/// `check --rules RULES` on a password already read: exit 0 if it satisfies every rule
/// (and, with `--breached`, `breach_count` is 0).
pub(super) fn check_rules(
    rules: &Rules,
    password: &str,
    breach_count: Option<u64>,
    json: bool,
) -> Result<Outcome> {
    let mut sink = Sink::open(None, false)?;
    let ok = if json {
        let (ok, report) = rules_verdict(rules, password, breach_count);
        serde_json::to_writer(&mut sink, &report)?;
        sink.write_all(b"\n")?;
        ok
    } else {
        let failures = rule_failures(rules, password, breach_count);
        if failures.is_empty() {
            sink.write_all(b"ok: satisfies the rules\n")?;
        } else {
            sink.write_all(b"fails the rules:\n")?;
            for (rule, reason) in &failures {
                writeln!(sink, "  {rule}: {reason}")?;
            }
        }
        failures.is_empty()
    };
    sink.finish()?;
    Ok(if ok {
        Outcome::Success
    } else {
        Outcome::Negative
    })
}
