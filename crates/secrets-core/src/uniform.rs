//! Exactly uniform draws: integers below a bound (Lemire's multiply-and-reject, never a bare
//! modulo, which favours the low values whenever the range does not divide the number of
//! possible inputs), batches of them, and big-integer ranges.

use num_bigint::{BigInt, BigUint};
use num_traits::ToPrimitive;

use crate::error::{Error, Result};
use crate::rng::RandomSource;

/// The most random bits [`crate::randbits`] draws, and the largest magnitude (`2^4096`) of the
/// bounds [`IntRange`] accepts: large enough for any key size, small enough that a typo
/// cannot ask for megabytes of digits.
pub const MAX_INT_BITS: u64 = 4096;

/// An exactly uniform sampler of `0..n`, prepared once so that bulk draws pay no division.
///
/// Lemire's method: multiply a random `w`-bit word by `n`; the high part is the result and
/// the low part tells whether this draw falls in the small biased zone (`low < 2^w mod n`),
/// in which case it is redrawn. The word width is chosen per bound to waste little: one byte
/// when `256 mod n` is small (62 characters reject 3% of bytes), two bytes otherwise (94
/// characters would reject 27% of bytes, but only 0.03% of 16-bit words).
#[derive(Debug, Clone, Copy)]
pub struct Uniform {
    n: u64,
    /// Bytes per random word: 1, 2, 4 or 8.
    width: u8,
    /// `2^(8 width) mod n`: draws whose low part is below it are rejected.
    threshold: u64,
    /// Draws per 64-bit word in [`Uniform::sample_batch`] (0 when `n` is too large to batch).
    batch: u8,
    /// `2^64 mod n^batch`, the rejection threshold of a batch.
    batch_threshold: u64,
}

/// The most draws [`Uniform::sample_batch`] returns at once.
pub const MAX_BATCH: usize = 16;

impl Uniform {
    /// A sampler of `0..n`; `n` must be positive.
    pub fn new(n: u64) -> Result<Self> {
        if n == 0 {
            return Err(Error::InvalidArgument(
                "the upper bound must be positive".into(),
            ));
        }
        let (width, threshold) = if n <= 256 && (256 % n) * 16 <= 256 {
            (1, (256 - n) % n)
        } else if n <= 1 << 16 {
            (2, ((1 << 16) - n) % n)
        } else if n <= 0xFFFF_FFFF {
            (4, ((1u64 << 32) - n) % n)
        } else {
            (8, n.wrapping_neg() % n)
        };
        // Batch as many draws per u64 as keep n^k <= 2^53, so a batch is rejected with
        // probability below 2^-11 and costs 8/k bytes per draw.
        let (mut batch, mut power) = (0u8, 1u64);
        while usize::from(batch) < MAX_BATCH {
            match power.checked_mul(n) {
                Some(p) if p <= 1 << 53 => {
                    power = p;
                    batch += 1;
                }
                _ => break,
            }
        }
        Ok(Uniform {
            n,
            width,
            threshold,
            batch,
            batch_threshold: power.wrapping_neg() % power,
        })
    }

    /// Up to [`MAX_BATCH`] independent uniform draws from `0..n` out of one random `u64`,
    /// written to `out`; returns how many (0 when `n` is too large to batch).
    ///
    /// Lemire's method applied to the bound `N = n^k` yields a uniform index below `N`, and
    /// its base-`n` digits are `k` independent uniform draws. The digits come out one
    /// multiplication at a time: `x·n = d_1·2^64 + x_1`, `x_1·n = d_2·2^64 + x_2`, …, so
    /// `x·N = (d_1 n^(k-1) + … + d_k)·2^64 + x_k`, and the batch is rejected exactly when
    /// Lemire would reject, `x_k < 2^64 mod N` (Brackett-Rozinsky and Lemire, 2024).
    #[inline(always)]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the high and low halves of a 128-bit product are the digit and the rest"
    )]
    pub fn sample_batch(
        &self,
        src: &mut RandomSource,
        out: &mut [u64; MAX_BATCH],
    ) -> Result<usize> {
        let k = usize::from(self.batch);
        if k == 0 {
            return Ok(0);
        }
        loop {
            let mut x = src.next_u64()?;
            for slot in out.iter_mut().take(k) {
                let m = u128::from(x) * u128::from(self.n);
                *slot = (m >> 64) as u64;
                x = m as u64;
            }
            if x >= self.batch_threshold {
                return Ok(k);
            }
        }
    }

    /// The exclusive upper bound `n`.
    pub fn bound(&self) -> u64 {
        self.n
    }

    /// One uniform draw from `0..n`.
    #[inline(always)]
    pub fn sample(&self, src: &mut RandomSource) -> Result<u64> {
        // The one- and two-byte paths are the hot loop of password generation: keep them
        // inlined.
        let n = self.n;
        match self.width {
            1 => loop {
                let m = u64::from(src.next_u8()?) * n;
                if m & 0xFF >= self.threshold {
                    return Ok(m >> 8);
                }
            },
            2 => loop {
                let m = u64::from(src.next_u16()?) * n;
                if m & 0xFFFF >= self.threshold {
                    return Ok(m >> 16);
                }
            },
            _ => self.sample_wide(src),
        }
    }

    #[inline(never)]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "Lemire's method: the low word of the product decides rejection"
    )]
    fn sample_wide(&self, src: &mut RandomSource) -> Result<u64> {
        let n = self.n;
        if n <= 0xFFFF_FFFF {
            loop {
                let m = u64::from(src.next_u32()?) * n;
                if m & 0xFFFF_FFFF >= self.threshold {
                    return Ok(m >> 32);
                }
            }
        } else {
            loop {
                let m = u128::from(src.next_u64()?) * u128::from(n);
                if (m as u64) >= self.threshold {
                    return Ok((m >> 64) as u64);
                }
            }
        }
    }

    /// One uniform draw from `0..n` as an index into a slice of length `n`.
    #[inline(always)]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the draw is below n, the length of the slice it indexes, so it fits a usize"
    )]
    pub fn sample_index(&self, src: &mut RandomSource) -> Result<usize> {
        Ok(self.sample(src)? as usize)
    }
}

/// An exactly uniform sampler of the integers in `start..stop` (`start < stop`), of any
/// size up to [`MAX_INT_BITS`] bits, prepared once for bulk draws.
///
/// Spans that fit 64 bits are drawn with [`Uniform`] (Lemire's method); larger spans with
/// [`RandomSource::below_big`] (bitmask and reject). Both are exact.
#[derive(Debug, Clone)]
pub struct IntRange {
    start: BigInt,
    span: BigUint,
    /// `start` and a sampler of the span, when both fit machine integers.
    small: Option<(i128, Uniform)>,
}

impl IntRange {
    /// The integers `start <= x < stop`. Fails when `start >= stop` or when a bound is larger
    /// in magnitude than `2^MAX_INT_BITS`.
    pub fn new(start: &BigInt, stop: &BigInt) -> Result<Self> {
        if start >= stop {
            return Err(Error::InvalidArgument(format!(
                "the range is empty: the start ({start}) must be less than the stop ({stop})"
            )));
        }
        let limit = BigUint::from(1u8) << MAX_INT_BITS;
        if start.magnitude() > &limit || stop.magnitude() > &limit {
            return Err(Error::InvalidArgument(format!(
                "bounds may be at most 2^{MAX_INT_BITS} in magnitude"
            )));
        }
        let span = (stop - start)
            .to_biguint()
            .ok_or_else(|| Error::InvalidArgument("the range is empty".into()))?;
        let small = match (start.to_i128(), span.to_u64()) {
            (Some(s), Some(n)) if s.checked_add(i128::from(n)).is_some() => {
                Some((s, Uniform::new(n)?))
            }
            _ => None,
        };
        Ok(IntRange {
            start: start.clone(),
            span,
            small,
        })
    }

    /// The integers `0 <= x < n`, like `randbelow(n)` for any `n >= 1`.
    pub fn below(n: &BigUint) -> Result<Self> {
        IntRange::new(&BigInt::ZERO, &BigInt::from(n.clone()))
    }

    /// One uniform draw.
    pub fn sample(&self, src: &mut RandomSource) -> Result<BigInt> {
        match &self.small {
            Some((start, u)) => Ok(BigInt::from(*start + i128::from(u.sample(src)?))),
            None => Ok(&self.start + BigInt::from(src.below_big(&self.span)?)),
        }
    }

    /// Appends one uniform draw, in decimal, to `out` (no big-integer allocation for small
    /// ranges).
    pub fn sample_into(&self, src: &mut RandomSource, out: &mut String) -> Result<()> {
        use std::fmt::Write as _;
        // Writing to a String cannot fail.
        let _ = match &self.small {
            Some((start, u)) => write!(out, "{}", *start + i128::from(u.sample(src)?)),
            None => write!(out, "{}", self.sample(src)?),
        };
        Ok(())
    }

    /// The number of integers in the range, `stop - start`.
    pub fn span(&self) -> &BigUint {
        &self.span
    }

    /// log2 of the number of integers in the range: the entropy of one draw, in bits.
    pub fn entropy_bits(&self) -> f64 {
        log2_big(&self.span)
    }
}

/// log2 of a positive big integer, accurate to f64 precision at any size (`-inf` for 0).
pub fn log2_big(n: &BigUint) -> f64 {
    let bits = n.bits();
    if bits <= 1000 {
        return n.to_f64().map_or(f64::INFINITY, f64::log2);
    }
    // Keep the top 64 bits: log2(n) = shift + log2(n >> shift), up to a relative 2^-64.
    let shift = bits - 64;
    let top = (n >> shift).to_f64().unwrap_or(f64::INFINITY);
    shift as f64 + top.log2()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::cast_possible_truncation)]

    use super::*;

    /// One source of each kind: every statistical test here runs on both.
    fn both_sources() -> [RandomSource; 2] {
        [RandomSource::os_only(), RandomSource::bulk_only()]
    }

    /// Counts how often each value of `0..n` comes up in `draws` draws from `src`.
    fn histogram(mut src: RandomSource, n: u64, draws: usize) -> Vec<u64> {
        let u = Uniform::new(n).expect("positive bound");
        let mut counts = vec![0u64; n as usize];
        for _ in 0..draws {
            counts[u.sample_index(&mut src).expect("random")] += 1;
        }
        counts
    }

    #[test]
    fn uniform_stays_below_its_bound_for_every_word_width() {
        for mut src in both_sources() {
            uniform_stays_below(&mut src);
        }
    }

    fn uniform_stays_below(src: &mut RandomSource) {
        for n in [
            1u64,
            2,
            3,
            7,
            62,
            94,
            255,
            256,
            257,
            1000,
            1 << 32,
            u64::MAX,
        ] {
            let u = Uniform::new(n).expect("positive bound");
            for _ in 0..2000 {
                assert!(u.sample(src).expect("random") < n, "bound {n}");
            }
        }
    }

    #[test]
    fn uniform_rejects_a_zero_bound() {
        assert!(Uniform::new(0).is_err());
    }

    /// The rejection zone is exactly `2^w mod n`: the accepted low parts then split evenly.
    /// Checked over every possible input word for every bound that uses one or two bytes.
    #[test]
    fn narrow_samplers_accept_each_value_equally_often_over_all_inputs() {
        for n in (1u64..=300).chain([1000, 40_000, 65_535, 65_536]) {
            let u = Uniform::new(n).expect("positive bound");
            let bits = 8 * u64::from(u.width);
            assert!(bits <= 16, "n = {n} should use a narrow word");
            let mut counts = vec![0u32; n as usize];
            for word in 0u64..(1 << bits) {
                let m = word * n;
                if m & ((1 << bits) - 1) >= u.threshold {
                    counts[(m >> bits) as usize] += 1;
                }
            }
            let first = counts[0];
            assert!(counts.iter().all(|&c| c == first), "bias for n = {n}");
        }
    }

    /// The batch rejection rule is Lemire's for `n^k`: on a reduced 16-bit word, batches of
    /// two draws from 0..n accept every pair equally often over all inputs.
    #[test]
    fn batched_digits_are_exact_on_sixteen_bit_words() {
        for n in [3u64, 10, 62, 94, 200] {
            let big = n * n;
            let threshold = ((1u64 << 16) - big) % big;
            let mut counts = vec![0u32; big as usize];
            for word in 0u64..(1 << 16) {
                let m1 = word * n;
                let (d1, x1) = (m1 >> 16, m1 & 0xFFFF);
                let m2 = x1 * n;
                let (d2, x2) = (m2 >> 16, m2 & 0xFFFF);
                if x2 >= threshold {
                    counts[(d1 * n + d2) as usize] += 1;
                }
            }
            let first = counts[0];
            assert!(counts.iter().all(|&c| c == first), "bias for n = {n}");
        }
    }

    /// 100,000 batches of draws below 94 (800,000 draws): every digit value equally likely
    /// (chi-squared, 93 df, threshold 186.4 = the 1e-7 quantile) and each batch position too.
    #[test]
    fn batches_are_uniform() {
        for src in both_sources() {
            batches_are_uniform_from(src);
        }
    }

    fn batches_are_uniform_from(mut src: RandomSource) {
        let u = Uniform::new(94).expect("n");
        let mut out = [0u64; MAX_BATCH];
        let k = usize::from(u.batch);
        assert_eq!(k, 8);
        let mut counts = vec![[0u64; 94]; k];
        for _ in 0..100_000 {
            assert_eq!(u.sample_batch(&mut src, &mut out).expect("random"), k);
            for (pos, &d) in out.iter().take(k).enumerate() {
                counts[pos][d as usize] += 1;
            }
        }
        for (pos, row) in counts.iter().enumerate() {
            let expected = 100_000.0 / 94.0;
            let chi2: f64 = row
                .iter()
                .map(|&c| (c as f64 - expected).powi(2) / expected)
                .sum();
            assert!(chi2 < 186.4, "position {pos}: chi-squared {chi2}");
        }
    }

    #[test]
    fn batch_sizes_keep_the_power_below_two_to_the_53() {
        assert_eq!(Uniform::new(10).expect("n").batch, 15);
        assert_eq!(Uniform::new(62).expect("n").batch, 8);
        assert_eq!(Uniform::new(2).expect("n").batch, 16);
        assert_eq!(Uniform::new(1 << 40).expect("n").batch, 1);
        assert_eq!(Uniform::new(1 << 60).expect("n").batch, 0);
    }

    #[test]
    fn word_width_follows_the_waste() {
        assert_eq!(Uniform::new(62).expect("n").width, 1);
        assert_eq!(Uniform::new(64).expect("n").width, 1);
        assert_eq!(Uniform::new(94).expect("n").width, 2);
        assert_eq!(Uniform::new(1 << 16).expect("n").width, 2);
        assert_eq!(Uniform::new((1 << 16) + 1).expect("n").width, 4);
        assert_eq!(Uniform::new(u64::MAX).expect("n").width, 8);
    }

    /// Exact check of the 32-bit path on a reduced word: the same threshold formula on
    /// 16-bit words accepts each value equally often over every input.
    #[test]
    fn lemire_threshold_is_exact_on_sixteen_bit_words() {
        for n in [3u64, 7, 300, 1000, 40_000, 65_535] {
            let threshold = ((1u64 << 16) - n) % n;
            let mut counts = vec![0u32; n as usize];
            for word in 0u64..(1 << 16) {
                let m = word * n;
                if m & 0xFFFF >= threshold {
                    counts[(m >> 16) as usize] += 1;
                }
            }
            let first = counts[0];
            assert!(counts.iter().all(|&c| c == first), "bias for n = {n}");
        }
    }

    /// Chi-squared over 7 cells (6 degrees of freedom) with 700,000 draws, on each source. The threshold
    /// 38.3 is the upper 1e-6 quantile of chi-squared(6): a correct sampler fails this test
    /// less than once in a million runs, while a `byte % 7` sampler (cells 0..3 get 37/256
    /// instead of 36/256) scores about 128 and always fails (its chance of passing is below 1e-12).
    #[test]
    fn below_seven_is_uniform() {
        let draws = 700_000;
        for src in both_sources() {
            let counts = histogram(src, 7, draws);
            let expected = draws as f64 / 7.0;
            let chi2: f64 = counts
                .iter()
                .map(|&c| (c as f64 - expected).powi(2) / expected)
                .sum();
            assert!(chi2 < 38.3, "chi-squared {chi2} over {counts:?}");
        }
    }

    #[test]
    fn big_ranges_use_exact_big_draws_and_stay_in_range() {
        let a = -(BigInt::from(1u8) << 200u32);
        let b = BigInt::from(1u8) << 100u32;
        let r = IntRange::new(&a, &b).expect("valid");
        assert!(r.small.is_none());
        let mut src = RandomSource::new();
        for _ in 0..500 {
            let x = r.sample(&mut src).expect("random");
            assert!(x >= a && x < b);
        }
        let too_big = BigInt::from(1u8) << (MAX_INT_BITS + 1);
        assert!(IntRange::new(&a, &too_big).is_err());
    }

    #[test]
    fn log2_big_matches_f64_and_large_powers() {
        assert!((log2_big(&BigUint::from(7776u32)) - 7776f64.log2()).abs() < 1e-12);
        let p = BigUint::from(3u8) << 4000u32;
        assert!((log2_big(&p) - (4000.0 + 3f64.log2())).abs() < 1e-9);
        let r = IntRange::new(&BigInt::from(-5), &BigInt::from(5)).expect("valid");
        assert!((r.entropy_bits() - 10f64.log2()).abs() < 1e-12);
    }
}
