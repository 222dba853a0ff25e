//! `check --rules`: a website's password rules read for a person, and a password judged
//! by them (see [`secrets_core::rules`]).

use std::io::Write;

use anyhow::{Result, anyhow};

use crate::io::Sink;
use secrets_core::rules::Rules;
use secrets_core::rules::verdict::{self, RulesError};

use super::Outcome;

/// Reads `--rules` text as Apple's parser does; its diagnostics become notes, and a text
/// that Apple's parser discards as a whole is refused.
pub(crate) fn read_rules(text: &str) -> Result<Rules> {
    let (rules, notes) = verdict::read(text).map_err(|e| {
        let hint = match e {
            RulesError::Discarded => {
                "\nhint: the properties are required, allowed, max-consecutive, minlength \
                 and maxlength (lowercase), each `name: value`, separated by `;`"
            }
            _ => "",
        };
        anyhow!("--rules: {e}{hint}")
    })?;
    for note in notes {
        crate::note!("--rules: {note}");
    }
    Ok(rules)
}

/// Refuses (exit 2) rules that no password can satisfy for a reason `check` can see
/// without counting (see [`verdict::why_impossible`]).
pub(crate) fn refuse_impossible(rules: &Rules) -> Result<()> {
    match verdict::why_impossible(rules) {
        Some(why) => Err(anyhow!("--rules: {why}")),
        None => Ok(()),
    }
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
        let (ok, report) = verdict::verdict(rules, password, breach_count);
        serde_json::to_writer(&mut sink, &report)?;
        sink.write_all(b"\n")?;
        ok
    } else {
        let failures = verdict::failures(rules, password, breach_count);
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
