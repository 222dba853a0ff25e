//! `password`: characters under a policy (classes, exclusions, minimums) or a website's
//! password rules, drawn exactly uniformly over every string that satisfies them.

use std::sync::Arc;

use num_bigint::BigUint;
use num_traits::{One, Zero};
use serde::Deserialize;

use super::plan::{Plan, chars_len, small};
use super::{Entropy, Info, Problem, SpecError};
use crate::policy::{Class, MAX_PASSWORD_LENGTH, Policy, PolicyOptions};
use crate::rules::Rules;
use crate::rules::sample::RuleSampler;
use crate::sampler::{PasswordSampler, count_valid};
use crate::{RandomSource, log2_big};

/// The length of a password when none is asked for.
pub const DEFAULT_PASSWORD_LENGTH: u64 = 20;

/// Options of `secrets password`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct PasswordSpec {
    /// Leave out lowercase letters (a-z).
    #[cfg_attr(feature = "clap", arg(long, help_heading = "Character set"))]
    pub no_lower: bool,

    /// Leave out uppercase letters (A-Z).
    #[cfg_attr(feature = "clap", arg(long, help_heading = "Character set"))]
    pub no_upper: bool,

    /// Leave out digits (0-9).
    #[cfg_attr(feature = "clap", arg(long, help_heading = "Character set"))]
    pub no_digits: bool,

    /// Leave out symbols (the 32 ASCII punctuation characters).
    #[cfg_attr(
        feature = "clap",
        arg(long, conflicts_with = "symbols", help_heading = "Character set")
    )]
    pub no_symbols: bool,

    /// Use SET as the symbols instead of the 32 ASCII punctuation characters.
    #[cfg_attr(
        feature = "clap",
        arg(long, value_name = "SET", help_heading = "Character set")
    )]
    pub symbols: Option<String>,

    /// Use exactly these characters as the alphabet (duplicates removed; any Unicode).
    ///
    /// The characters are classed by kind for the minimums: lowercase, uppercase, digits,
    /// and everything else as symbols. Each must print as one character on its own: control
    /// characters and code points that join their neighbours (combining accents, emoji
    /// modifiers, joiners) are refused; write accented letters precomposed (NFC).
    #[cfg_attr(feature = "clap", arg(long, value_name = "CHARS", help_heading = "Character set",
          conflicts_with_all = ["no_lower", "no_upper", "no_digits", "no_symbols", "symbols"]))]
    pub charset: Option<String>,

    /// Remove these characters from the alphabet.
    #[cfg_attr(
        feature = "clap",
        arg(
            short = 'x',
            long,
            value_name = "CHARS",
            default_value = "",
            hide_default_value = true,
            help_heading = "Character set"
        )
    )]
    pub exclude: String,

    /// Remove look-alike characters: 0 O o 1 l I | ' " `
    #[cfg_attr(feature = "clap", arg(long, help_heading = "Character set"))]
    pub no_ambiguous: bool,

    /// Number of characters in each password [default: 20; with --rules, the rules'
    /// maxlength, else 20 moved into their range].
    #[cfg_attr(feature = "clap", arg(short = 'l', long, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=MAX_PASSWORD_LENGTH as u64),
          help_heading = "Policy"))]
    pub length: Option<u64>,

    /// Size by entropy: the shortest length whose exact entropy is at least N bits (at
    /// most 1024).
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", conflicts_with = "length",
          value_parser = clap::value_parser!(u64).range(1..=super::PASSWORD_MAX_BITS),
          help_heading = "Policy"))]
    pub bits: Option<u64>,

    /// Satisfy a website's password rules (Apple's passwordrules language) instead of the
    /// character-class options.
    ///
    /// For example 'minlength: 12; maxlength: 24; required: lower; required: upper;
    /// required: digit; required: [-!@#]; max-consecutive: 2'. Read exactly as Safari reads
    /// them; the draw is exactly uniform over every string of the chosen length that
    /// satisfies them.
    #[cfg_attr(feature = "clap", arg(long, value_name = "RULES", help_heading = "Policy",
          conflicts_with_all = ["no_lower", "no_upper", "no_digits", "no_symbols", "symbols",
                                "charset", "exclude", "no_ambiguous", "min_lower", "min_upper",
                                "min_digits", "min_symbols"]))]
    pub rules: Option<String>,

    /// At least N lowercase letters [default: 1 if the alphabet has any].
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", help_heading = "Policy"))]
    pub min_lower: Option<usize>,

    /// At least N uppercase letters [default: 1 if the alphabet has any].
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", help_heading = "Policy"))]
    pub min_upper: Option<usize>,

    /// At least N digits [default: 1 if the alphabet has any].
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", help_heading = "Policy"))]
    pub min_digits: Option<usize>,

    /// At least N symbols [default: 1 if the alphabet has any].
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", help_heading = "Policy"))]
    pub min_symbols: Option<usize>,
}

const UNDER_POLICY: &str = " under this policy";

impl PasswordSpec {
    /// The policy options this spec asks for (at the length asked, or the default).
    pub fn policy_options(&self) -> Result<PolicyOptions, SpecError> {
        let length = self.length.unwrap_or(DEFAULT_PASSWORD_LENGTH);
        let minimums = [
            ("min-lower", self.min_lower),
            ("min-upper", self.min_upper),
            ("min-digits", self.min_digits),
            ("min-symbols", self.min_symbols),
        ];
        for (field, value) in minimums {
            if let Some(n) = value {
                super::check_limit(super::PASSWORD_LIMITS, field, n as u64)?;
            }
        }
        Ok(PolicyOptions {
            length: length_of(length, "length")?,
            disabled: [
                self.no_lower,
                self.no_upper,
                self.no_digits,
                self.no_symbols,
            ],
            symbols: self.symbols.clone(),
            charset: self.charset.clone(),
            exclude: self.exclude.clone(),
            no_ambiguous: self.no_ambiguous,
            minimums: [
                self.min_lower,
                self.min_upper,
                self.min_digits,
                self.min_symbols,
            ],
        })
    }

    pub(super) fn plan(&self) -> Result<Plan, SpecError> {
        if let Some(bits) = self.bits {
            super::check_limit(super::PASSWORD_LIMITS, "bits", bits)?;
        }
        if self.length.is_some() && self.bits.is_some() {
            return Err(SpecError::new("bits", Problem::Conflict("length")));
        }
        self.check_conflicts()?;
        if let Some(rules) = &self.rules {
            return self.plan_rules(rules);
        }
        let mut options = self.policy_options()?;
        if let Some(bits) = self.bits {
            options.length = length_for(&options, bits)?;
        }
        let policy = Policy::new(&options).map_err(|e| SpecError::whole(Problem::from(e)))?;
        let mut info = Info::new("password", policy.entropy_bits());
        info.length = Some(policy.length() as u64);
        info.target_bits = self.bits;
        info.alphabet_size = Some(policy.alphabet_len());
        let alphabet = policy.alphabet();
        let max_len = chars_len(policy.length() as u64, alphabet.iter().copied());
        let policy = Arc::new(policy);
        let mut plan = Plan::new(
            info,
            Entropy::exact(policy.entropy_bits()),
            max_len,
            Arc::new(move |_| {
                let mut sampler = PasswordSampler::new(&policy).map_err(SpecError::whole)?;
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    sampler.sample_into(src, out)
                }))
            }),
        )
        .with_alphabet(alphabet);
        if self.bits.is_some() {
            plan.chosen = Some((options.length as u64, "characters"));
        }
        Ok(plan)
    }

    /// Options that cannot go together (the command line's parser refuses them too).
    fn check_conflicts(&self) -> Result<(), SpecError> {
        let classes = [
            ("no-lower", self.no_lower),
            ("no-upper", self.no_upper),
            ("no-digits", self.no_digits),
            ("no-symbols", self.no_symbols),
            ("symbols", self.symbols.is_some()),
        ];
        if self.no_symbols && self.symbols.is_some() {
            return Err(SpecError::new("no-symbols", Problem::Conflict("symbols")));
        }
        if self.charset.is_some() {
            if let Some((other, _)) = classes.iter().find(|(_, on)| *on) {
                return Err(SpecError::new("charset", Problem::Conflict(other)));
            }
        }
        if self.rules.is_some() {
            let policy = [
                ("charset", self.charset.is_some()),
                ("exclude", !self.exclude.is_empty()),
                ("no-ambiguous", self.no_ambiguous),
                ("min-lower", self.min_lower.is_some()),
                ("min-upper", self.min_upper.is_some()),
                ("min-digits", self.min_digits.is_some()),
                ("min-symbols", self.min_symbols.is_some()),
            ];
            if let Some((other, _)) = classes.iter().chain(&policy).find(|(_, on)| *on) {
                return Err(SpecError::new("rules", Problem::Conflict(other)));
            }
        }
        Ok(())
    }

    fn plan_rules(&self, text: &str) -> Result<Plan, SpecError> {
        let (rules, notes) = crate::rules::verdict::read(text)
            .map_err(|e| SpecError::new("rules", Problem::Invalid(e.to_string())))?;
        let mut notes: Vec<String> = notes.into_iter().map(|n| format!("--rules: {n}")).collect();
        let (lo, hi) = rules_length_range(&rules)?;
        let (length, sampler) = match (self.length, self.bits) {
            (Some(asked), _) => {
                let length = length_of(asked, "length")?;
                if !(lo..=hi).contains(&length) {
                    return Err(SpecError::with_value(
                        "length",
                        length,
                        Problem::Invalid(format!(
                            "is outside the rules' range of {lo} to {hi} characters"
                        )),
                    ));
                }
                (length, rule_sampler(&rules, length)?)
            }
            (None, Some(bits)) => rules_length_for(&rules, lo, hi, bits)?,
            (None, None) => {
                let length = if rules.max_length.is_some() {
                    hi
                } else {
                    small(DEFAULT_PASSWORD_LENGTH).clamp(lo, hi)
                };
                (length, rule_sampler(&rules, length)?)
            }
        };
        let count = sampler.count_of(length);
        if count.is_zero() {
            return Err(SpecError::new(
                "rules",
                Problem::Invalid(format!(
                    "no password of {length} characters satisfies these rules (too many \
                     required classes for the length, or max-consecutive with too few \
                     characters)"
                )),
            ));
        }
        if sampler.narrowed() {
            notes.push(
                "--rules: allowed: unicode; drawing from the 95 printable ASCII characters, \
                 which the rules allow (the entropy counts only those)"
                    .to_owned(),
            );
        }
        if count.is_one() {
            return Err(SpecError::new(
                "rules",
                Problem::Invalid(format!(
                    "only one password of {length} characters satisfies these rules, so every \
                     password would be the same (0 bits)"
                )),
            ));
        }
        let entropy = log2_big(&count);
        let mut info = Info::new("password", entropy);
        info.length = Some(length as u64);
        info.target_bits = self.bits;
        info.alphabet_size = Some(rules.allowed.ascii().len());
        let sampler = Arc::new(sampler);
        let mut plan = Plan::new(
            info,
            Entropy::exact(entropy),
            length as u64,
            Arc::new(move |_| {
                let sampler = Arc::clone(&sampler);
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    sampler.sample_into(length, src, out)
                }))
            }),
        )
        .with_alphabet(rules.allowed.ascii().chars());
        plan.notes = notes;
        if self.bits.is_some() {
            plan.chosen = Some((length as u64, "characters"));
        }
        Ok(plan)
    }
}

/// `bits` within 1 to [`crate::bits::MAX_BITS`].
pub(super) fn check_bits(bits: Option<u64>) -> Result<(), SpecError> {
    bits.map_or(Ok(()), |b| super::check_limit(&[super::BITS], "bits", b))
}

/// A length of 1 to [`MAX_PASSWORD_LENGTH`] characters.
pub(super) fn length_of(length: u64, field: &'static str) -> Result<usize, SpecError> {
    super::check_limit(&[super::limit(field, 1, super::LENGTH)], field, length)?;
    Ok(small(length))
}

fn rule_sampler(rules: &Rules, length: usize) -> Result<RuleSampler, SpecError> {
    RuleSampler::new(rules, length).map_err(|e| SpecError::new("rules", Problem::Engine(e)))
}

/// The shortest length at which the number of passwords the policy allows is at least
/// 2^`bits`, counted exactly (the count never falls as the length grows).
fn length_for(options: &PolicyOptions, bits: u64) -> Result<usize, SpecError> {
    let at = |length: u64| -> Result<Policy, SpecError> {
        Policy::new(&PolicyOptions {
            length: small(length),
            ..options.clone()
        })
        .map_err(|e| SpecError::whole(Problem::from(e)))
    };
    let max = MAX_PASSWORD_LENGTH as u64;
    // Validates everything but the length; the minimums set the shortest possible length.
    let longest = at(max)?;
    let lo = Class::ALL
        .iter()
        .map(|&c| longest.minimum(c) as u64)
        .sum::<u64>()
        .max(1);
    // Where to start: bisection on the floating-point entropy (cheap); the exact counts
    // then decide.
    let (mut a, mut b) = (lo, max);
    while a < b {
        let mid = a + (b - a) / 2;
        if at(mid)?.entropy_bits() >= bits as f64 {
            b = mid;
        } else {
            a = mid + 1;
        }
    }
    let length = crate::bits::shortest(bits, lo, max, a, |len| Ok(count_valid(&at(len)?)))?;
    match length {
        Some(n) => Ok(small(n)),
        None => Err(SpecError::with_value(
            "bits",
            bits,
            Problem::Unreachable {
                longest: max,
                unit: "characters (the longest password)",
                bits: longest.entropy_bits(),
                under: UNDER_POLICY,
            },
        )),
    }
}

/// The lengths the rules admit, capped at [`MAX_PASSWORD_LENGTH`].
pub fn rules_length_range(rules: &Rules) -> Result<(usize, usize), SpecError> {
    let lo = rules.min_length.map_or(1, |n| n as usize);
    let max = rules.max_length.map(|n| n as usize);
    if let Some(max) = max {
        if lo > max {
            return Err(SpecError::new(
                "rules",
                Problem::Invalid(format!(
                    "minlength {lo} is more than maxlength {max}; no password satisfies both"
                )),
            ));
        }
    }
    if lo > MAX_PASSWORD_LENGTH {
        return Err(SpecError::new(
            "rules",
            Problem::Invalid(format!(
                "minlength {lo} is more than the longest password made here \
                 ({MAX_PASSWORD_LENGTH} characters)"
            )),
        ));
    }
    Ok((
        lo,
        max.unwrap_or(MAX_PASSWORD_LENGTH).min(MAX_PASSWORD_LENGTH),
    ))
}

/// The shortest admitted length with at least `2^bits` passwords, from exact counts
/// (tables grown by doubling from a first guess).
fn rules_length_for(
    rules: &Rules,
    lo: usize,
    hi: usize,
    bits: u64,
) -> Result<(usize, RuleSampler), SpecError> {
    let target = BigUint::one() << bits;
    let per_char = (rules.allowed.ascii().len().max(2) as f64).log2();
    let guess = usize::try_from(crate::bits::approx_length(bits as f64, per_char))
        .unwrap_or(hi)
        .saturating_add(rules.required.len() + 1);
    let mut cap = guess.clamp(lo, hi);
    loop {
        let sampler = rule_sampler(rules, cap)?;
        if let Some(n) = (lo..=cap).find(|&n| sampler.count_of(n) >= target) {
            return Ok((n, sampler));
        }
        if cap == hi {
            return Err(SpecError::with_value(
                "bits",
                bits,
                Problem::Unreachable {
                    longest: hi as u64,
                    unit: "characters",
                    bits: log2_big(&sampler.count_of(hi)),
                    under: " under these rules",
                },
            ));
        }
        cap = cap.saturating_mul(2).min(hi);
    }
}
