//! Exactly uniform passwords under per-class minimums, fast even when valid strings are rare.
//!
//! Target: the uniform distribution over all strings of length `L` over the alphabet that
//! contain at least `m_i` characters of each class `i`.
//!
//! Method. Classes whose minimum a random string is likely to meet anyway ("easy", and those
//! without a minimum) share one *pool*; the others are *hard*. A draw then goes:
//!
//! 1. pick how many characters each hard class gets, with probability proportional to the
//!    exact number of strings with that composition that satisfy the hard minimums
//!    (big-integer counts, `W_j(t) = sum_{c >= m_j} C(t, c) s_j^c W_{j-1}(t - c)`);
//! 2. pick a uniform arrangement of those counts (Fisher–Yates on the position labels) and a
//!    uniform character of the right class for each position, pool positions from the pool;
//! 3. if the pool characters miss an easy class's minimum, start again from step 1.
//!
//! Steps 1–2 draw uniformly from the strings that meet the hard minimums, and step 3
//! conditions on the easy ones, so the result is uniform over the valid strings. With no
//! hard class this is plain whole-string rejection, the fast path. If rejections pile up the
//! failing class is promoted to hard; the decision depends only on rejected draws, which are
//! independent of the accepted one, so uniformity is kept.

use num_bigint::BigUint;
use num_traits::{One, Zero};

use crate::policy::{Class, Policy, ln_factorials, log_sum_exp};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::rng::RandomSource;
use crate::uniform::{MAX_BATCH, Uniform};

/// Consecutive rejections after which the most often failing easy class becomes hard.
const PROMOTE_AFTER: u32 = 64;

/// A prepared sampler for one policy; build once, draw many.
#[derive(Debug)]
pub struct PasswordSampler {
    length: usize,
    classes: [Vec<char>; 4],
    minimums: [usize; 4],
    plan: Plan,
    /// Scratch space for the class label of each position (no secret: labels only).
    labels: Vec<u8>,
}

impl PasswordSampler {
    /// Prepares sampling for `policy`. Fails only if the policy has an empty class with a
    /// positive minimum, which [`Policy::new`] already refuses.
    pub fn new(policy: &Policy) -> Result<Self> {
        let classes = Class::ALL.map(|c| policy.class_chars(c).to_vec());
        let minimums = Class::ALL.map(|c| policy.minimum(c));
        let length = policy.length();
        let hard = initially_hard(length, &classes, &minimums);
        let plan = Plan::new(length, &classes, &minimums, &hard)?;
        Ok(PasswordSampler {
            length,
            classes,
            minimums,
            plan,
            labels: Vec::with_capacity(length),
        })
    }

    /// Which classes are currently counted exactly rather than met by rejection.
    pub fn hard_classes(&self) -> Vec<Class> {
        self.plan.hard.iter().map(|h| Class::ALL[h.class]).collect()
    }

    /// Appends one uniformly drawn password to `out`.
    ///
    /// Rejected attempts are truncated away; their characters stay only in `out`'s spare
    /// capacity until overwritten, so callers keep `out` in a zeroizing buffer.
    pub fn sample_into(&mut self, src: &mut RandomSource, out: &mut String) -> Result<()> {
        let start = out.len();
        let mut failures = [0u32; 4];
        let mut streak = 0u32;
        loop {
            let counts = self.plan.draw(self.length, src, &mut self.labels, out)?;
            let mut ok = true;
            for i in self.plan.missed(&counts) {
                failures[i] += 1;
                ok = false;
            }
            if ok {
                return Ok(());
            }
            out.truncate(start);
            streak += 1;
            if streak >= PROMOTE_AFTER {
                if let Some(worst) = (0..4)
                    .filter(|&i| failures[i] > 0)
                    .max_by_key(|&i| failures[i])
                {
                    let mut hard: Vec<usize> = self.plan.hard.iter().map(|h| h.class).collect();
                    hard.push(worst);
                    self.plan = Plan::new(self.length, &self.classes, &self.minimums, &hard)?;
                }
                streak = 0;
                failures = [0; 4];
            }
        }
    }
}

/// Classes with a minimum that a uniform string misses more often than not.
fn initially_hard(length: usize, classes: &[Vec<char>; 4], minimums: &[usize; 4]) -> Vec<usize> {
    let total: usize = classes.iter().map(Vec::len).sum();
    let ln_fact = ln_factorials(length);
    (0..4)
        .filter(|&i| minimums[i] > 0)
        .filter(|&i| {
            let p = classes[i].len() as f64 / total as f64;
            binomial_tail(length, p, minimums[i], &ln_fact) < 0.5
        })
        .collect()
}

/// `P(Binomial(n, p) >= m)` in floating point: it only chooses a strategy, never an outcome.
fn binomial_tail(n: usize, p: f64, m: usize, ln_fact: &[f64]) -> f64 {
    if p >= 1.0 {
        return 1.0;
    }
    let (lp, lq) = (p.ln(), (1.0 - p).ln());
    log_sum_exp(
        (m..=n).map(|k| {
            ln_fact[n] - ln_fact[k] - ln_fact[n - k] + k as f64 * lp + (n - k) as f64 * lq
        }),
    )
    .exp()
}

/// The split into hard classes and pool, with the counting tables for the hard ones.
#[derive(Debug)]
struct Plan {
    /// Hard classes, in the order their levels are counted.
    hard: Vec<HardClass>,
    /// Pool alphabet, and for each pool character a one in the 16-bit lane of its class:
    /// adding these counts all four classes in one register (lengths stay below 2^16).
    pool: Vec<char>,
    pool_class: Vec<u64>,
    pool_pick: Option<Uniform>,
    /// The pool as bytes when it is all ASCII (the usual case): drawn characters are then
    /// copied a batch at a time instead of UTF-8-encoded one by one.
    pool_ascii: Option<Vec<u8>>,
    /// Minimums the pool characters must meet, checked by rejection (0 for hard classes).
    easy_minimums: [usize; 4],
    /// `levels[j][t]` = number of strings of length `t` over the pool and the first `j` hard
    /// classes that meet those hard minimums, for `j < hard.len()`.
    levels: Vec<Vec<BigUint>>,
    /// Cumulative weights of the last hard class's count at `t = length`.
    top: Vec<(usize, BigUint)>,
}

/// A class counted exactly: its characters, a sampler for them, and its minimum.
#[derive(Debug)]
struct HardClass {
    class: usize,
    chars: Vec<char>,
    pick: Uniform,
    minimum: usize,
}

/// The label of a pool position in an arrangement; hard classes use their level number.
const POOL: u8 = u8::MAX;

impl Plan {
    fn new(
        length: usize,
        classes: &[Vec<char>; 4],
        minimums: &[usize; 4],
        hard: &[usize],
    ) -> Result<Plan> {
        let mut pool = Vec::new();
        let mut pool_class = Vec::new();
        let mut easy_minimums = [0usize; 4];
        for ((i, chars), label) in classes.iter().enumerate().zip(0u8..) {
            if !hard.contains(&i) {
                pool.extend_from_slice(chars);
                pool_class.extend(std::iter::repeat_n(1u64 << (16 * label), chars.len()));
                easy_minimums[i] = minimums[i];
            }
        }
        let pool_pick = Uniform::new(pool.len() as u64).ok();
        let pool_ascii = pool
            .iter()
            .map(|&c| u8::try_from(c).ok().filter(u8::is_ascii))
            .collect();
        let hard = hard
            .iter()
            .map(|&class| {
                Ok(HardClass {
                    class,
                    chars: classes[class].clone(),
                    pick: Uniform::new(classes[class].len() as u64)?,
                    minimum: minimums[class],
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let levels = count_levels(length, pool.len(), &hard);
        let top = match (hard.last(), levels.last()) {
            (Some(last), Some(below)) => {
                let mut sum = BigUint::zero();
                level_weights(length, last.chars.len(), last.minimum, below)
                    .map(|(c, w)| {
                        sum += w;
                        (c, sum.clone())
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
        Ok(Plan {
            hard,
            pool,
            pool_class,
            pool_pick,
            pool_ascii,
            easy_minimums,
            levels,
            top,
        })
    }

    /// One attempt: appends a candidate to `drawn` and returns how many pool characters each
    /// class got.
    #[inline]
    fn draw(
        &self,
        length: usize,
        src: &mut RandomSource,
        labels: &mut Vec<u8>,
        drawn: &mut String,
    ) -> Result<[usize; 4]> {
        let mut lanes = 0u64;
        if self.hard.is_empty() {
            // The fast path: whole-string rejection, no arrangement needed.
            // Draws come eight or more to a random word (see `Uniform::sample_batch`).
            if let Some(pick) = &self.pool_pick {
                // Class counts are needed only to check minimums on the pool.
                let count = self.easy_minimums.iter().any(|&m| m > 0);
                let mut batch = [0u64; MAX_BATCH];
                let mut ascii = [0u8; MAX_BATCH];
                let mut left = length;
                while left > 0 {
                    let k = pick.sample_batch(src, &mut batch)?;
                    if k == 0 {
                        self.pool_char(src, drawn, &mut lanes)?;
                        left -= 1;
                        continue;
                    }
                    let take = k.min(left);
                    // Every d < pool.len(), so the conversions and lookups never fail.
                    let index = |d: u64| usize::try_from(d).unwrap_or(0);
                    if count {
                        lanes += batch[..take]
                            .iter()
                            .map(|&d| self.pool_class[index(d)])
                            .sum::<u64>();
                    }
                    match &self.pool_ascii {
                        Some(bytes) => {
                            for (byte, &d) in ascii.iter_mut().zip(&batch[..take]) {
                                *byte = bytes[index(d)];
                            }
                            let text = std::str::from_utf8(&ascii[..take]).map_err(|_| {
                                Error::InvalidArgument("a non-ASCII pool byte".into())
                            })?;
                            drawn.push_str(text);
                        }
                        None => drawn.extend(batch[..take].iter().map(|&d| self.pool[index(d)])),
                    }
                    left -= take;
                }
                batch.fill(0);
                ascii.fill(0);
            }
            return Ok(unpack_lanes(lanes));
        }
        labels.clear();
        let mut t = length;
        for ((j, hard), label) in self.hard.iter().enumerate().zip(0u8..4).rev() {
            let c = if j + 1 == self.hard.len() {
                pick_cumulative(&self.top, src)?
            } else {
                let r = src.below_big(&self.levels[j + 1][t])?;
                let mut acc = BigUint::zero();
                let mut chosen = hard.minimum;
                for (c, w) in level_weights(t, hard.chars.len(), hard.minimum, &self.levels[j]) {
                    acc += w;
                    chosen = c;
                    if r < acc {
                        break;
                    }
                }
                chosen
            };
            labels.extend(std::iter::repeat_n(label, c));
            t -= c;
        }
        labels.extend(std::iter::repeat_n(POOL, t));
        src.shuffle(labels)?;
        for &label in labels.iter() {
            match self.hard.get(usize::from(label)) {
                Some(hard) => drawn.push(hard.chars[hard.pick.sample_index(src)?]),
                None => self.pool_char(src, drawn, &mut lanes)?,
            }
        }
        Ok(unpack_lanes(lanes))
    }

    /// Appends one uniform pool character and counts its class.
    #[inline]
    fn pool_char(&self, src: &mut RandomSource, drawn: &mut String, lanes: &mut u64) -> Result<()> {
        if let Some(pick) = &self.pool_pick {
            let i = pick.sample_index(src)?;
            drawn.push(self.pool[i]);
            *lanes += self.pool_class[i];
        }
        Ok(())
    }

    /// The easy classes whose minimum `counts` misses.
    fn missed(&self, counts: &[usize; 4]) -> impl Iterator<Item = usize> + use<> {
        let (counts, minimums) = (*counts, self.easy_minimums);
        (0..4).filter(move |&i| counts[i] < minimums[i])
    }
}

/// The four 16-bit class counts packed by [`Plan::draw`].
#[allow(
    clippy::cast_possible_truncation,
    reason = "each lane is one 16-bit count"
)]
fn unpack_lanes(lanes: u64) -> [usize; 4] {
    [0, 1, 2, 3].map(|k| usize::from((lanes >> (16 * k)) as u16))
}

/// Draws an index into a cumulative weight table with probability proportional to its weight.
fn pick_cumulative(table: &[(usize, BigUint)], src: &mut RandomSource) -> Result<usize> {
    let Some((_, total)) = table.last() else {
        return Ok(0);
    };
    let r = src.below_big(total)?;
    let i = table.partition_point(|(_, cum)| cum <= &r);
    Ok(table.get(i).map_or(0, |(c, _)| *c))
}

/// The weights `C(t, c) s^c below[t - c]` for `c = m..=t`, skipping zero terms.
fn level_weights(
    t: usize,
    s: usize,
    m: usize,
    below: &[BigUint],
) -> impl Iterator<Item = (usize, BigUint)> + '_ {
    BinomialPowers::new(t, s)
        .enumerate()
        .skip(m)
        .filter(move |(c, _)| !below[t - c].is_zero())
        .map(move |(c, coef)| (c, coef * &below[t - c]))
}

/// Yields `C(t, c) s^c` for `c = 0..=t`, each from the previous one by exact small-integer
/// multiplication and division.
struct BinomialPowers {
    t: usize,
    s: usize,
    c: usize,
    cur: BigUint,
}

impl BinomialPowers {
    fn new(t: usize, s: usize) -> Self {
        BinomialPowers {
            t,
            s,
            c: 0,
            cur: BigUint::one(),
        }
    }
}

impl Iterator for BinomialPowers {
    type Item = BigUint;
    fn next(&mut self) -> Option<BigUint> {
        if self.c > self.t {
            return None;
        }
        let out = self.cur.clone();
        // C(t, c+1) s^(c+1) = C(t, c) s^c * (t - c) * s / (c + 1), an exact division.
        self.cur = &self.cur * ((self.t - self.c) as u64 * self.s as u64) / (self.c as u64 + 1);
        self.c += 1;
        Some(out)
    }
}

/// Counting tables `W_0 .. W_{h-1}` for `t = 0..=length` (see the module comment): `W_0` is
/// the free pool, and each next level adds one hard class.
///
/// They are computed for every subset `S` of the hard classes at once, position by
/// position, which costs `O(h 2^h length)` big-integer products instead of the
/// `O(h length^2)` of the convolution: a valid string of length `t + 1` is a valid string of
/// length `t` plus any character, or a string that is one short in exactly one class `i`
/// (`C(t, m_i - 1) s_i^(m_i - 1)` ways to place and fill those, times a valid string over the
/// rest) plus a character of class `i`:
///
/// `F_S(t+1) = (P + sum_{i in S} s_i) F_S(t) + sum_{i in S} s_i C(t, m_i - 1) s_i^(m_i - 1) F_{S-i}(t + 1 - m_i)`
fn count_levels(length: usize, pool: usize, hard: &[HardClass]) -> Vec<Vec<BigUint>> {
    let h = hard.len();
    if h == 0 {
        return Vec::new();
    }
    // short[i][t] = C(t, m_i - 1) s_i^(m_i - 1): strings of length t whose class-i positions
    // number exactly m_i - 1, counting only those positions' choices.
    let short: Vec<Vec<BigUint>> = hard
        .iter()
        .map(|class| {
            let (m, s) = (class.minimum, class.chars.len() as u64);
            let mut row = vec![BigUint::zero(); length + 1];
            if m >= 1 && m - 1 <= length {
                let mut cur = num_traits::pow(BigUint::from(s), m - 1);
                for (t, slot) in row.iter_mut().enumerate().skip(m - 1) {
                    *slot = cur.clone();
                    // C(t+1, m-1) = C(t, m-1) (t+1) / (t+2-m), an exact division.
                    cur = cur * (t as u64 + 1) / (t as u64 + 2 - m as u64);
                }
            }
            row
        })
        .collect();
    let mut tables: Vec<Vec<BigUint>> = Vec::with_capacity(1 << h);
    for mask in 0usize..(1 << h) {
        let members: Vec<usize> = (0..h).filter(|i| mask & (1 << i) != 0).collect();
        let alphabet = pool + members.iter().map(|&i| hard[i].chars.len()).sum::<usize>();
        let mut f = Vec::with_capacity(length + 1);
        f.push(if mask == 0 {
            BigUint::one()
        } else {
            BigUint::zero()
        });
        for t in 0..length {
            let mut next = &f[t] * alphabet as u64;
            for &i in &members {
                let m = hard[i].minimum;
                if t + 1 >= m && !short[i][t].is_zero() {
                    let rest = &tables[mask & !(1 << i)][t + 1 - m];
                    if !rest.is_zero() {
                        next += &short[i][t] * rest * hard[i].chars.len() as u64;
                    }
                }
            }
            f.push(next);
        }
        tables.push(f);
    }
    // Level j is the subset of the first j hard classes.
    (0..h)
        .map(|j| std::mem::take(&mut tables[(1 << j) - 1]))
        .collect()
}

/// The exact number of valid passwords for `policy`, by the same recurrence the sampler uses
/// with every constrained class counted (slow for long passwords; for tests and entropy checks).
pub fn count_valid(policy: &Policy) -> BigUint {
    let classes = Class::ALL.map(|c| policy.class_chars(c).len());
    let pool: usize = Class::ALL
        .iter()
        .filter(|c| policy.minimum(**c) == 0)
        .map(|c| classes[c.index()])
        .sum();
    let mut level: Vec<BigUint> = (0..=policy.length())
        .map(|t| num_traits::pow(BigUint::from(pool), t))
        .collect();
    for class in Class::ALL.into_iter().filter(|c| policy.minimum(*c) > 0) {
        let below = level;
        level = (0..=policy.length())
            .map(|t| {
                level_weights(t, classes[class.index()], policy.minimum(class), &below)
                    .map(|(_, w)| w)
                    .sum()
            })
            .collect();
    }
    level.swap_remove(policy.length())
}

/// A password drawn uniformly from every string of the policy's length, over its alphabet,
/// that meets its per-class minimums.
pub fn password(policy: &Policy) -> Result<Zeroizing<String>> {
    let mut sampler = PasswordSampler::new(policy)?;
    let mut out = Zeroizing::new(String::new());
    sampler.sample_into(&mut RandomSource::new(), &mut out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::cast_possible_truncation)]

    use std::collections::HashMap;

    use super::*;
    use crate::policy::PolicyOptions;

    /// A small alphabet (2 characters per class) so every string can be enumerated.
    fn tiny_policy(length: usize, minimums: [usize; 4]) -> Policy {
        Policy::new(&PolicyOptions {
            length,
            charset: Some("abAB12!?".into()),
            minimums: minimums.map(Some),
            ..PolicyOptions::default()
        })
        .expect("valid tiny policy")
    }

    /// Every string over the policy's alphabet, filtered by its minimums.
    fn brute_force(policy: &Policy) -> Vec<String> {
        let alphabet = policy.alphabet();
        let mut out = vec![String::new()];
        for _ in 0..policy.length() {
            out = out
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
        }
        out.retain(|s| {
            Class::ALL
                .iter()
                .all(|&k| s.chars().filter(|&c| Class::of(c) == k).count() >= policy.minimum(k))
        });
        out
    }

    fn all_minimums(max: usize) -> Vec<[usize; 4]> {
        let r = 0..=max;
        let mut v = Vec::new();
        for a in r.clone() {
            for b in r.clone() {
                for c in r.clone() {
                    for d in r.clone() {
                        v.push([a, b, c, d]);
                    }
                }
            }
        }
        v
    }

    #[test]
    fn exact_count_matches_enumeration_on_all_small_policies() {
        for length in 1..=5 {
            for minimums in all_minimums(2) {
                if minimums.iter().sum::<usize>() > length {
                    continue;
                }
                let policy = tiny_policy(length, minimums);
                let expected = brute_force(&policy).len();
                assert_eq!(
                    count_valid(&policy),
                    BigUint::from(expected),
                    "length {length}, minimums {minimums:?}"
                );
                let bits = policy.entropy_bits();
                assert!(
                    (bits - (expected as f64).log2()).abs() < 1e-9,
                    "entropy for length {length}, minimums {minimums:?}"
                );
            }
        }
    }

    /// Whatever classes are counted exactly, the top-level total equals the brute-force
    /// count of strings that meet the hard minimums (the pool's minimums are ignored there).
    #[test]
    fn every_hard_split_counts_the_strings_that_meet_the_hard_minimums() {
        let classes = Class::ALL.map(|_| vec!['x', 'y']);
        for length in 1..=5 {
            for minimums in all_minimums(2) {
                if minimums.iter().sum::<usize>() > length {
                    continue;
                }
                for mask in 0u8..16 {
                    let hard: Vec<usize> = (0..4)
                        .filter(|&i| mask & (1 << i) != 0 && minimums[i] > 0)
                        .collect();
                    let plan = Plan::new(length, &classes, &minimums, &hard).expect("plan");
                    let Some((_, total)) = plan.top.last() else {
                        continue;
                    };
                    let hard_only = minimums
                        .iter()
                        .enumerate()
                        .map(|(i, &m)| if hard.contains(&i) { m } else { 0 })
                        .collect::<Vec<_>>();
                    let policy = tiny_policy(
                        length,
                        [hard_only[0], hard_only[1], hard_only[2], hard_only[3]],
                    );
                    assert_eq!(
                        total,
                        &count_valid(&policy),
                        "length {length} {minimums:?} hard {hard:?}"
                    );
                }
            }
        }
    }

    /// Upper 1e-7 quantile of chi-squared with `df` degrees of freedom (Wilson–Hilferty,
    /// within 0.5% for the df used here). At 1e-7, approximation error included, a correct
    /// sampler fails each test less than once in a million runs.
    fn chi2_critical(df: usize) -> f64 {
        let z = 5.1993; // one-sided normal quantile for 1e-7
        let k = df as f64;
        let a = 2.0 / (9.0 * k);
        k * (1.0 - a + z * a.sqrt()).powi(3)
    }

    fn chi2(counts: &HashMap<String, u64>, cells: &[String], draws: u64) -> f64 {
        let expected = draws as f64 / cells.len() as f64;
        cells
            .iter()
            .map(|s| {
                let o = *counts.get(s).unwrap_or(&0) as f64;
                (o - expected).powi(2) / expected
            })
            .sum()
    }

    /// Draws `per_cell * valid` passwords with the given hard classes forced and checks
    /// that every valid string is equally likely and no invalid string appears.
    fn assert_uniform(policy: &Policy, hard: &[usize], per_cell: u64) {
        let cells = brute_force(policy);
        let mut sampler = PasswordSampler::new(policy).expect("sampler");
        sampler.plan =
            Plan::new(policy.length(), &sampler.classes, &sampler.minimums, hard).expect("plan");
        let mut src = RandomSource::new();
        let draws = per_cell * cells.len() as u64;
        let mut counts: HashMap<String, u64> = HashMap::new();
        let mut s = String::new();
        for _ in 0..draws {
            s.clear();
            sampler.sample_into(&mut src, &mut s).expect("draw");
            *counts.entry(s.clone()).or_default() += 1;
        }
        assert!(
            counts.keys().all(|k| cells.contains(k)),
            "an invalid password was drawn"
        );
        let stat = chi2(&counts, &cells, draws);
        let limit = chi2_critical(cells.len() - 1);
        assert!(stat < limit, "hard {hard:?}: chi-squared {stat} >= {limit}");
    }

    /// The example: length 2, lowercase + digits, at least one of each: 2·26·10 = 520
    /// strings. 520,000 draws (1,000 per string); the threshold is the 1e-7 quantile, so a
    /// correct sampler fails less than once in a million runs. "Required characters first"
    /// would never put the digit first and fails with a chi-squared in the hundred thousands.
    #[test]
    fn length_two_lower_and_digit_is_uniform_over_all_520_strings() {
        let policy = Policy::new(&PolicyOptions {
            length: 2,
            disabled: [false, true, false, true],
            ..PolicyOptions::default()
        })
        .expect("valid");
        assert_eq!(brute_force(&policy).len(), 520);
        for hard in [vec![], vec![0], vec![2], vec![0, 2], vec![2, 0]] {
            assert_uniform(&policy, &hard, 1000);
        }
    }

    /// A policy where valid strings are rare (length 4 over 8 characters, at least 2 digits
    /// and 2 symbols: 96 of 4,096 strings), drawn with every split into hard and easy classes.
    #[test]
    fn rare_valid_strings_are_uniform_under_every_split() {
        let policy = tiny_policy(4, [0, 0, 2, 2]);
        assert_eq!(brute_force(&policy).len(), 96);
        for hard in [vec![], vec![2], vec![3], vec![2, 3], vec![3, 2]] {
            assert_uniform(&policy, &hard, 2000);
        }
    }

    /// All four classes constrained, so the middle levels (full tables) are exercised.
    #[test]
    fn four_constrained_classes_are_uniform_with_all_hard() {
        let policy = tiny_policy(5, [1, 1, 1, 1]);
        let n = brute_force(&policy).len();
        assert_eq!(BigUint::from(n), count_valid(&policy));
        assert_uniform(&policy, &[0, 1, 2, 3], 100);
        assert_uniform(&policy, &[3, 1], 100);
    }

    #[test]
    fn hard_minimums_start_hard_and_easy_ones_do_not() {
        let policy = Policy::new(&PolicyOptions {
            length: 8,
            minimums: [None, None, Some(5), None],
            ..PolicyOptions::default()
        })
        .expect("valid");
        let sampler = PasswordSampler::new(&policy).expect("sampler");
        assert_eq!(sampler.hard_classes(), vec![Class::Digit]);
        let policy = Policy::new(&PolicyOptions::default()).expect("valid");
        assert!(
            PasswordSampler::new(&policy)
                .expect("sampler")
                .hard_classes()
                .is_empty()
        );
    }

    /// Stress the promotion path: start with nothing hard on a policy whose valid strings are
    /// rare; the sampler must still return valid passwords (and promote on the way).
    #[test]
    fn rejection_streaks_promote_the_failing_class() {
        let policy = Policy::new(&PolicyOptions {
            length: 64,
            minimums: [None, None, Some(30), Some(30)],
            ..PolicyOptions::default()
        })
        .expect("valid");
        let mut sampler = PasswordSampler::new(&policy).expect("sampler");
        sampler.plan = Plan::new(64, &sampler.classes, &sampler.minimums, &[]).expect("plan");
        let mut src = RandomSource::new();
        let mut s = String::new();
        sampler.sample_into(&mut src, &mut s).expect("draw");
        assert_eq!(s.chars().count(), 64);
        assert!(s.chars().filter(char::is_ascii_digit).count() >= 30);
        assert!(!sampler.hard_classes().is_empty());
    }
}
