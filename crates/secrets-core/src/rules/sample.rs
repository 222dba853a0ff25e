//! Exactly uniform passwords that satisfy a reading of the rules, with exact counts.
//!
//! Target: the uniform distribution over all strings of length `L` over the allowed
//! characters that contain a character of every `required` set (sets may overlap) and no
//! more than `max-consecutive` identical characters in a row.
//!
//! Method (no rejection). Characters with the same membership in every required set are
//! interchangeable; they form an *atom* (at most `2^R` of them for `R` requirements). A
//! string is a sequence of *blocks* of one repeated character, each block's character
//! different from the previous block's, each block 1 to `K` long. With `m` the set of
//! requirements met so far, `W(n, m, b)` counts the ways to finish `n` more characters when
//! the next block is of a given character of atom `b` (already counted in `m`):
//! `W(n, m, b) = sum_{j=1..min(K,n)} h(n-j, m, b)`, where `h(n, m, a)` counts completions
//! after a block of atom `a` ends: `h(0, m, a) = [m = all]` and otherwise
//! `h(n, m, a) = T(n, m) - W(n, m, a)` with `T(n, m) = sum_b |b| W(n, m | req(b), b)` (any
//! next character but the previous one). All counts are exact big integers; the number of
//! valid passwords of length `n` is `T(n, {})`.
//!
//! A draw takes one exactly uniform rank `u < T(L, {})` from the engine
//! ([`RandomSource::below_big`]) and unranks it: blocks in order, each atom weighted by
//! `(|b| - [b = previous atom]) W(..)`, the character by `u / W`, the block length by the
//! `h` terms. Unranking is a bijection between `0..T(L, {})` and the valid strings, so every
//! valid string is equally likely and `log2 T(L, {})` is the exact entropy.
//!
//! Cost, bounded before anything is computed (see [`MAX_TABLE_BYTES`]): the tables hold
//! `(L + 1) 2^R (A + 1)` integers of about `L log2(|allowed|)` bits.

use std::collections::BTreeMap;

use num_bigint::BigUint;
use num_traits::{CheckedSub, One, Zero};

use super::Rules;
use super::class::{AsciiSet, CharClass};
use crate::{Error, RandomSource, Result};

/// The most memory the counting tables may take (estimated before computing them).
pub const MAX_TABLE_BYTES: f64 = 128.0 * 1024.0 * 1024.0;

/// The most distinct requirements after removing implied ones (real rules have up to 5).
pub const MAX_REQUIREMENTS: usize = 10;

/// Characters with the same membership in every requirement.
#[derive(Debug, Clone)]
struct Atom {
    chars: Vec<char>,
    /// Bit `i` set when the atom's characters satisfy requirement `i`.
    meets: usize,
}

/// Exact counts and uniform draws for one reading, for every length up to a maximum.
#[derive(Debug)]
pub struct RuleSampler {
    atoms: Vec<Atom>,
    /// The mask with every requirement met.
    full: usize,
    /// The longest block of one character.
    run: usize,
    /// `w[n][m * atoms + b]` = `W(n, m, b)`.
    w: Vec<Vec<BigUint>>,
    /// `t[n][m]` = `T(n, m)`.
    t: Vec<Vec<BigUint>>,
    /// Whether `allowed: unicode` was narrowed to printable ASCII.
    narrowed: bool,
}

fn invalid(message: String) -> Error {
    Error::InvalidArgument(message)
}

impl RuleSampler {
    /// Prepares exact counts for every length up to `max_len` (at least 1).
    ///
    /// `allowed: unicode` is drawn from the 95 printable ASCII characters (a subset the
    /// site accepts; see [`RuleSampler::narrowed`]). Fails, before allocating the tables,
    /// when a `required` set is empty, when more than [`MAX_REQUIREMENTS`] distinct
    /// requirements remain, or when the tables would exceed [`MAX_TABLE_BYTES`].
    pub fn new(rules: &Rules, max_len: usize) -> Result<Self> {
        let narrowed = rules.allowed == CharClass::Unicode;
        let alphabet = rules.allowed.ascii();
        let mut sets: Vec<AsciiSet> = Vec::new();
        for class in &rules.required {
            let set = class.ascii().intersection(alphabet);
            if set.is_empty() {
                return Err(invalid(
                    "the rules have a `required` line that names no character, so no \
                     password can satisfy them"
                        .to_owned(),
                ));
            }
            if !sets.contains(&set) {
                sets.push(set);
            }
        }
        // A set that contains another required set is met whenever that one is, and a set
        // holding the whole alphabet is met by any character.
        let implied =
            |s: &AsciiSet| alphabet.is_subset(*s) || sets.iter().any(|o| o != s && o.is_subset(*s));
        let requirements: Vec<AsciiSet> = sets.iter().copied().filter(|s| !implied(s)).collect();
        if requirements.len() > MAX_REQUIREMENTS {
            return Err(invalid(format!(
                "the rules have {} distinct `required` sets; at most {MAX_REQUIREMENTS} are \
                 supported",
                requirements.len()
            )));
        }
        let mut by_mask: BTreeMap<usize, Vec<char>> = BTreeMap::new();
        for c in alphabet.chars() {
            let meets = requirements
                .iter()
                .enumerate()
                .filter(|(_, s)| s.contains(c))
                .fold(0usize, |m, (i, _)| m | (1 << i));
            by_mask.entry(meets).or_default().push(c);
        }
        let atoms: Vec<Atom> = by_mask
            .into_iter()
            .map(|(meets, chars)| Atom { chars, meets })
            .collect();
        let masks = 1usize << requirements.len();
        let max_len = max_len.max(1);
        let run = rules
            .max_consecutive
            .map_or(max_len, |k| (k as usize).min(max_len));

        let bits = max_len as f64 * (alphabet.len() as f64).log2() + 64.0;
        let cells = (max_len + 1) as f64 * masks as f64 * (atoms.len() + 1) as f64;
        let bytes = cells * (bits / 8.0 + 32.0);
        if bytes > MAX_TABLE_BYTES {
            return Err(invalid(format!(
                "counting the passwords of up to {max_len} characters under these rules would \
                 take about {:.0} MiB (at most {:.0} MiB)\nhint: ask for a shorter --length",
                bytes / 1048576.0,
                MAX_TABLE_BYTES / 1048576.0
            )));
        }
        // The tables are big integers, whose allocations abort on failure: make sure the
        // memory (with room for the intermediate sums) can be had first.
        #[allow(
            clippy::cast_possible_truncation,
            reason = "at most twice MAX_TABLE_BYTES, checked above"
        )]
        let headroom = (2.0 * bytes) as usize;
        crate::secret::probe(headroom).map_err(|_| {
            invalid(format!(
                "cannot allocate the {:.0} MiB that counting these passwords needs",
                headroom as f64 / 1048576.0
            ))
        })?;
        let mut sampler = RuleSampler {
            atoms,
            full: masks - 1,
            run,
            w: Vec::with_capacity(max_len + 1),
            t: Vec::with_capacity(max_len + 1),
            narrowed,
        };
        sampler.count(max_len, masks)?;
        Ok(sampler)
    }

    /// `h(n, m, b)`: completions of `n` characters after a block of atom `b`, with `m` met.
    fn h(&self, n: usize, m: usize, b: usize) -> Result<BigUint> {
        if n == 0 {
            return Ok(if m == self.full {
                BigUint::one()
            } else {
                BigUint::zero()
            });
        }
        let a = self.atoms.len();
        self.t[n][m]
            .checked_sub(&self.w[n][m * a + b])
            .ok_or_else(|| invalid("internal error: a negative count".to_owned()))
    }

    /// Fills `w` and `t` for lengths `0..=max_len`.
    fn count(&mut self, max_len: usize, masks: usize) -> Result<()> {
        let a = self.atoms.len();
        self.w.push(vec![BigUint::zero(); masks * a]);
        self.t.push(vec![BigUint::zero(); masks]);
        for n in 1..=max_len {
            let mut row = Vec::with_capacity(masks * a);
            for m in 0..masks {
                for b in 0..a {
                    if self.atoms[b].meets & !m != 0 {
                        // Unreachable: a block of atom `b` has met its requirements.
                        row.push(BigUint::zero());
                        continue;
                    }
                    // Sliding window: W(n) = W(n-1) + h(n-1) - h(n-1-K).
                    let mut value = &self.w[n - 1][m * a + b] + self.h(n - 1, m, b)?;
                    if n > self.run {
                        value = value
                            .checked_sub(&self.h(n - 1 - self.run, m, b)?)
                            .ok_or_else(|| invalid("internal error: a negative count".into()))?;
                    }
                    row.push(value);
                }
            }
            let totals = (0..masks)
                .map(|m| {
                    self.atoms
                        .iter()
                        .enumerate()
                        .map(|(b, atom)| &row[(m | atom.meets) * a + b] * atom.chars.len())
                        .sum()
                })
                .collect();
            self.w.push(row);
            self.t.push(totals);
        }
        Ok(())
    }

    /// The longest length counted.
    pub fn max_len(&self) -> usize {
        self.t.len() - 1
    }

    /// The exact number of valid passwords of `length` characters (0 beyond
    /// [`RuleSampler::max_len`] or for length 0).
    pub fn count_of(&self, length: usize) -> BigUint {
        match self.t.get(length) {
            Some(row) if length > 0 => row[0].clone(),
            _ => BigUint::zero(),
        }
    }

    /// Whether `allowed: unicode` was narrowed to the 95 printable ASCII characters.
    pub fn narrowed(&self) -> bool {
        self.narrowed
    }

    /// Appends a password of `length` characters drawn exactly uniformly among the valid
    /// ones. Fails if there is none (or `length` is beyond [`RuleSampler::max_len`]).
    pub fn sample_into(
        &self,
        length: usize,
        src: &mut RandomSource,
        out: &mut String,
    ) -> Result<()> {
        let total = self.count_of(length);
        if total.is_zero() {
            return Err(invalid(format!(
                "no password of {length} characters satisfies these rules"
            )));
        }
        let rank = src.below_big(&total)?;
        self.unrank(length, rank, out)
    }

    /// Appends the valid password of `length` characters with index `rank` (below
    /// [`RuleSampler::count_of`]) in the block order described in the module documentation.
    pub fn unrank(&self, length: usize, mut rank: BigUint, out: &mut String) -> Result<()> {
        let a = self.atoms.len();
        let lost = || invalid("internal error: the rank is out of range".to_owned());
        let mut n = length;
        let mut met = 0usize;
        let mut previous: Option<(usize, char)> = None;
        while n > 0 {
            let mut chosen = None;
            for (b, atom) in self.atoms.iter().enumerate() {
                let next = met | atom.meets;
                let same = previous.is_some_and(|(pa, _)| pa == b);
                let choices = atom.chars.len() - usize::from(same);
                let ways = &self.w[n][next * a + b];
                let weight = ways * choices;
                if rank < weight {
                    let index = &rank / ways;
                    rank %= ways;
                    let index = usize::try_from(&index).map_err(|_| lost())?;
                    let c = atom
                        .chars
                        .iter()
                        .copied()
                        .filter(|&c| previous.is_none_or(|(_, p)| p != c))
                        .nth(index)
                        .ok_or_else(lost)?;
                    chosen = Some((b, c, next));
                    break;
                }
                rank -= weight;
            }
            let (b, c, next) = chosen.ok_or_else(lost)?;
            let mut block = 0;
            for j in 1..=self.run.min(n) {
                let ways = self.h(n - j, next, b)?;
                if rank < ways {
                    block = j;
                    break;
                }
                rank -= ways;
            }
            if block == 0 {
                return Err(lost());
            }
            out.extend(std::iter::repeat_n(c, block));
            n -= block;
            met = next;
            previous = Some((b, c));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{parse, validate::validate};

    /// Every string of `length` over `alphabet`, in no particular order.
    fn all_strings(alphabet: &[char], length: usize) -> Vec<String> {
        let mut out = vec![String::new()];
        for _ in 0..length {
            out = out
                .iter()
                .flat_map(|s| alphabet.iter().map(move |&c| format!("{s}{c}")))
                .collect();
        }
        out
    }

    #[test]
    fn unranking_lists_exactly_the_valid_strings() {
        let rules = parse("required: [ab]; required: [bc]; allowed: [abcd]; max-consecutive: 2");
        let sampler = RuleSampler::new(&rules, 6).expect("sampler");
        for length in 1..=6 {
            let valid: Vec<String> = all_strings(&['a', 'b', 'c', 'd'], length)
                .into_iter()
                .filter(|s| validate(&rules, s).is_empty())
                .collect();
            let total = sampler.count_of(length);
            assert_eq!(total, BigUint::from(valid.len()), "length {length}");
            let mut seen = std::collections::BTreeSet::new();
            for rank in 0..valid.len() {
                let mut s = String::new();
                sampler
                    .unrank(length, BigUint::from(rank), &mut s)
                    .expect("unrank");
                assert!(validate(&rules, &s).is_empty(), "{s}");
                assert_eq!(s.chars().count(), length);
                seen.insert(s);
            }
            assert_eq!(seen.len(), valid.len());
        }
    }
}
