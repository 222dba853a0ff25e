//! `password --rules` and `check --rules`: a website's password rules (see [`secrets_core::rules`]).

use std::io::Write;

use anyhow::{Result, anyhow, bail};
use num_bigint::BigUint;
use num_traits::{One, Zero};
use serde_json::json;

use crate::cli::{DEFAULT_PASSWORD_LENGTH, PasswordArgs};
use crate::output::Sink;
use secrets_core::policy::MAX_PASSWORD_LENGTH;
use secrets_core::rules::Rules;
use secrets_core::rules::sample::RuleSampler;
use secrets_core::rules::validate::validate;
use secrets_core::{RandomSource, log2_big};

use super::Outcome;
use super::emit::{Meta, emit_parallel};
use super::generate::note_entropy;

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

/// The lengths the rules admit, capped at [`MAX_PASSWORD_LENGTH`].
fn length_range(rules: &Rules) -> Result<(usize, usize)> {
    let lo = rules.min_length.map_or(1, |n| n as usize);
    let max = rules.max_length.map(|n| n as usize);
    if let Some(max) = max {
        if lo > max {
            bail!(
                "--rules: minlength {lo} is more than maxlength {max}; no password satisfies both"
            );
        }
    }
    if lo > MAX_PASSWORD_LENGTH {
        bail!(
            "--rules: minlength {lo} is more than the longest password made here \
             ({MAX_PASSWORD_LENGTH} characters)"
        );
    }
    Ok((
        lo,
        max.unwrap_or(MAX_PASSWORD_LENGTH).min(MAX_PASSWORD_LENGTH),
    ))
}

/// `password --bits N --rules`: the shortest admitted length with at least `2^bits`
/// passwords, from exact counts (tables grown by doubling from a first guess).
fn length_for_bits(rules: &Rules, lo: usize, hi: usize, bits: u64) -> Result<(usize, RuleSampler)> {
    let target = BigUint::one() << bits;
    let per_char = (rules.allowed.ascii().len().max(2) as f64).log2();
    let guess = usize::try_from(secrets_core::bits::approx_length(bits as f64, per_char))
        .unwrap_or(hi)
        .saturating_add(rules.required.len() + 1);
    let mut cap = guess.clamp(lo, hi);
    loop {
        let sampler = RuleSampler::new(rules, cap)?;
        if let Some(n) = (lo..=cap).find(|&n| sampler.count_of(n) >= target) {
            return Ok((n, sampler));
        }
        if cap == hi {
            bail!(
                "--bits {bits}: even {hi} characters give {:.2} bits under these rules\n\
                 hint: ask for fewer bits",
                log2_big(&sampler.count_of(hi))
            );
        }
        cap = cap.saturating_mul(2).min(hi);
    }
}

/// `password --rules RULES`.
pub(super) fn password_rules(args: &PasswordArgs, text: &str) -> Result<Outcome> {
    let rules = read_rules(text)?;
    let (lo, hi) = length_range(&rules)?;
    let (length, sampler) = match (args.explicit_length(), args.bits) {
        (Some(asked), _) => {
            let length = usize::try_from(asked)?;
            if !(lo..=hi).contains(&length) {
                bail!("--length {length} is outside the rules' range of {lo} to {hi} characters");
            }
            (length, RuleSampler::new(&rules, length)?)
        }
        (None, Some(bits)) => length_for_bits(&rules, lo, hi, bits)?,
        (None, None) => {
            let length = if rules.max_length.is_some() {
                hi
            } else {
                usize::try_from(DEFAULT_PASSWORD_LENGTH)?.clamp(lo, hi)
            };
            (length, RuleSampler::new(&rules, length)?)
        }
    };
    let count = sampler.count_of(length);
    if count.is_zero() {
        bail!(
            "no password of {length} characters satisfies these rules (too many required \
             classes for the length, or max-consecutive with too few characters)"
        );
    }
    if sampler.narrowed() {
        crate::note!(
            "--rules: allowed: unicode; drawing from the 95 printable ASCII characters, which \
             the rules allow (the entropy counts only those)"
        );
    }
    if count.is_one() {
        bail!(
            "--rules: only one password of {length} characters satisfies these rules, so every \
             password would be the same (0 bits)\nhint: the allowed set needs at least two \
             characters"
        );
    }
    let entropy = log2_big(&count);
    if args.entropy {
        note_entropy(entropy, args.bits, length, "characters");
    }
    let mut meta = Meta::new("password", entropy);
    meta.length = Some(length as u64);
    meta.target_bits = args.bits;
    meta.alphabet_size = Some(rules.allowed.ascii().len());
    let sampler = &sampler;
    emit_parallel(&args.output, &meta, || {
        Ok(move |src: &mut RandomSource, buf: &mut String| sampler.sample_into(length, src, buf))
    })
}

/// Refuses (exit 2) rules that no password can satisfy for a reason `check` can see
/// without counting: a length range that is empty, or a `required` line that names nothing.
/// `password` refuses the same rules.
pub(crate) fn refuse_impossible(rules: &Rules) -> Result<()> {
    length_range(rules)?;
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
