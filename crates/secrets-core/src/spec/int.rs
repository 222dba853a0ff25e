//! `int`: integers of any size up to 2^4096, like Python's `randbelow`, `randrange` and
//! `randbits`, exactly uniform.

use num_bigint::{BigInt, BigUint};
use serde::{Deserialize, Deserializer};

use super::plan::Plan;
use super::{Entropy, Info, Problem, SpecError};
use crate::{IntRange, MAX_INT_BITS, RandomSource};

/// Options of `secrets int`: exactly one of `below`, `range` and `bits`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
#[cfg_attr(feature = "clap", command(group(clap::ArgGroup::new("bounds").required(true)
    .args(["below", "range", "bits"]))))]
pub struct IntSpec {
    /// A uniform integer 0 <= x < N, like Python's secrets.randbelow(N).
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", value_parser = parse_positive_integer,
          allow_negative_numbers = true, help_heading = "Range"))]
    #[serde(deserialize_with = "positive_integer")]
    pub below: Option<BigUint>,

    /// A uniform integer A <= x < B, like Python's randrange(A, B); A and B may be negative.
    #[cfg_attr(feature = "clap", arg(long, num_args = 2, value_names = ["A", "B"],
          allow_negative_numbers = true, value_parser = parse_integer, help_heading = "Range"))]
    #[serde(deserialize_with = "integer_pair")]
    pub range: Option<Vec<BigInt>>,

    /// A uniform integer 0 <= x < 2^K (K random bits), like Python's secrets.randbits(K).
    #[cfg_attr(feature = "clap", arg(long, value_name = "K",
          value_parser = clap::value_parser!(u64).range(0..=MAX_INT_BITS), help_heading = "Range"))]
    pub bits: Option<u64>,
}

/// Decimal digits of the largest magnitude accepted (2^4096 has 1,234), so that no text
/// longer than this is ever parsed.
const MAX_DIGITS: usize = 1234;

fn too_big() -> String {
    format!("must be at most 2^{MAX_INT_BITS} in magnitude")
}

/// An integer in decimal, at most 2^4096 in magnitude (checked on the text's length
/// before it is parsed).
pub fn parse_integer(s: &str) -> Result<BigInt, String> {
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if digits.len() > MAX_DIGITS + 1 {
        return Err(too_big());
    }
    let n: BigInt = s
        .parse()
        .map_err(|_| "must be a whole number, such as -5 or 100".to_string())?;
    if n.magnitude().bits() > MAX_INT_BITS + 1 {
        return Err(too_big());
    }
    Ok(n)
}

/// An integer of at least 1, at most 2^4096.
pub fn parse_positive_integer(s: &str) -> Result<BigUint, String> {
    match parse_integer(s)?.to_biguint() {
        Some(n) if n.bits() > 0 => Ok(n),
        _ => Err("must be at least 1".into()),
    }
}

fn positive_integer<'de, D: Deserializer<'de>>(d: D) -> Result<Option<BigUint>, D::Error> {
    let text = String::deserialize(d)?;
    parse_positive_integer(&text)
        .map(Some)
        .map_err(serde::de::Error::custom)
}

/// `A,B` as one text, or two values.
fn integer_pair<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<BigInt>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Pair {
        Text(String),
        Two(Vec<String>),
    }
    let parts: Vec<String> = match Pair::deserialize(d)? {
        Pair::Text(t) => t.split(',').map(str::to_owned).collect(),
        Pair::Two(v) => v,
    };
    if parts.len() != 2 {
        return Err(serde::de::Error::custom("must be two integers A,B"));
    }
    parts
        .iter()
        .map(|p| parse_integer(p).map_err(serde::de::Error::custom))
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

impl IntSpec {
    pub(super) fn plan(&self) -> Result<Plan, SpecError> {
        let given = [
            self.below.is_some(),
            self.range.is_some(),
            self.bits.is_some(),
        ];
        match given.iter().filter(|&&g| g).count() {
            0 => return Err(SpecError::whole(Problem::Missing("below, range or bits"))),
            1 => {}
            _ => {
                return Err(SpecError::whole(Problem::Invalid(
                    "takes only one of below, range and bits".into(),
                )));
            }
        }
        if let Some(k) = self.bits {
            super::check_limit(super::INT_LIMITS, "bits", k)?;
            let mut info = Info::new("int", k as f64);
            info.bits = Some(k);
            // Decimal digits of 2^k - 1: at most k * log10(2) + 1.
            let len = k.saturating_mul(30_103) / 100_000 + 2;
            return Ok(Plan::new(
                info,
                Entropy::exact(k as f64),
                len,
                std::sync::Arc::new(move |_| {
                    Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                        use std::fmt::Write as _;
                        // Writing to a String cannot fail.
                        let _ = write!(out, "{}", src.bits(k)?);
                        Ok(())
                    }))
                }),
            )
            .with_alphabet('0'..='9'));
        }
        let (range, start, stop) = match (&self.below, self.range.as_deref()) {
            (Some(n), _) => (
                IntRange::below(n).map_err(|e| SpecError::new("below", Problem::Engine(e)))?,
                "0".to_string(),
                n.to_string(),
            ),
            (None, Some([a, b])) => (
                IntRange::new(a, b).map_err(|e| {
                    SpecError::with_value("range", format!("{a} {b}"), Problem::Engine(e))
                })?,
                a.to_string(),
                b.to_string(),
            ),
            _ => {
                return Err(SpecError::new(
                    "range",
                    Problem::Invalid("takes two integers".into()),
                ));
            }
        };
        let mut info = Info::new("int", range.entropy_bits());
        let len = start.len().max(stop.len()) as u64;
        info.start = Some(start);
        info.stop = Some(stop);
        let range = std::sync::Arc::new(range);
        Ok(Plan::new(
            info,
            Entropy::exact(range.entropy_bits()),
            len,
            std::sync::Arc::new(move |_| {
                let range = std::sync::Arc::clone(&range);
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    range.sample_into(src, out)
                }))
            }),
        )
        .with_alphabet("-0123456789".chars()))
    }
}
