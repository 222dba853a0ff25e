//! `--bits N`: the shortest secret whose exact entropy is at least N bits.
//!
//! Guarantees: the length chosen is the smallest whose number of equally likely outcomes is
//! at least `2^N`, decided by exact integer comparison (never by comparing rounded
//! logarithms), for counts that do not decrease with the length (true of every generator
//! here: appending one fixed character or word to each outcome is one-to-one). Floating-point
//! estimates only choose where the exact search starts.

use num_bigint::BigUint;
use num_traits::One;

/// The largest `--bits` accepted: 2^20 bits (a 128 KiB token). Far beyond any security
/// need, and small enough that sizing never chooses unbounded work.
pub const MAX_BITS: u64 = 1 << 20;

/// The smallest `n` in `lo..=hi` with `count(n) >= 2^bits`, for a nondecreasing `count`;
/// `None` when even `count(hi)` is smaller. `guess` (clamped to the range) is where the walk
/// starts; a good guess makes it one or two exact counts.
pub fn shortest<E>(
    bits: u64,
    lo: u64,
    hi: u64,
    guess: u64,
    mut count: impl FnMut(u64) -> Result<BigUint, E>,
) -> Result<Option<u64>, E> {
    let target = BigUint::one() << bits;
    let mut n = guess.clamp(lo, hi);
    if count(n)? >= target {
        while n > lo && count(n - 1)? >= target {
            n -= 1;
        }
        return Ok(Some(n));
    }
    // Galloping up from the guess, then bisecting: the answer is in (below, above].
    let mut below = n;
    let mut step = 1u64;
    let above = loop {
        if below == hi {
            return Ok(None);
        }
        let next = below.saturating_add(step).min(hi);
        if count(next)? >= target {
            break next;
        }
        below = next;
        step = step.saturating_mul(2);
    };
    let (mut below, mut above) = (below, above);
    while above - below > 1 {
        let mid = below + (above - below) / 2;
        if count(mid)? >= target {
            above = mid;
        } else {
            below = mid;
        }
    }
    Ok(Some(above))
}

/// The smallest `n >= 1` with `base^n >= 2^bits` (`base` at least 2).
pub fn shortest_power(base: u64, bits: u64) -> u64 {
    let guess = approx_length(bits as f64, (base.max(2) as f64).log2());
    let power = |n: u64| -> Result<BigUint, std::convert::Infallible> {
        Ok(num_traits::pow(
            BigUint::from(base.max(2)),
            usize::try_from(n).unwrap_or(usize::MAX),
        ))
    };
    // Cannot fail: `power` never errs, and the range is unbounded above.
    shortest(bits, 1, u64::MAX, guess, power)
        .ok()
        .flatten()
        .unwrap_or(guess)
}

/// `ceil(bits / per_unit)` as a starting guess, at least 1.
#[allow(
    clippy::cast_possible_truncation,
    reason = "a guess only: clamped to the search range by the caller"
)]
pub fn approx_length(bits: f64, per_unit: f64) -> u64 {
    if per_unit <= 0.0 {
        return 1;
    }
    ((bits / per_unit).ceil() as u64).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_are_exact_at_the_boundary() {
        assert_eq!(shortest_power(2, 128), 128);
        assert_eq!(shortest_power(16, 128), 32);
        assert_eq!(shortest_power(16, 129), 33);
        assert_eq!(shortest_power(256, 1), 1);
        // 10^6 < 2^20 = 1048576 < 10^7.
        assert_eq!(shortest_power(10, 20), 7);
        assert_eq!(shortest_power(10, 19), 6);
        // 62^21 < 2^128 < 62^22 (21 * 5.954 = 125.04).
        assert_eq!(shortest_power(62, 128), 22);
        // 7776^5 = 2^64.6...: five words for 64 bits, six for 65.
        assert_eq!(shortest_power(7776, 64), 5);
        assert_eq!(shortest_power(7776, 65), 6);
    }

    #[test]
    fn shortest_walks_from_any_guess() {
        let count = |n: u64| {
            Ok::<_, std::convert::Infallible>(
                BigUint::from(3u8).pow(u32::try_from(n).expect("small")),
            )
        };
        for guess in [0, 1, 5, 20, 21, 50, 1000] {
            // 3^20 < 2^32 < 3^21.
            assert_eq!(shortest(32, 1, 100, guess, count).expect("ok"), Some(21));
            assert_eq!(shortest(32, 1, 20, guess, count).expect("ok"), None);
            assert_eq!(shortest(32, 25, 100, guess, count).expect("ok"), Some(25));
        }
    }
}
