//! Checking a submitted code against every code in a window of steps.
//!
//! Guarantees: every code in the window is computed and compared, whatever matches, with
//! `subtle`'s constant-time equality and selection, so the time taken depends on the window
//! size only, never on whether or where the code matched (the submitted code's own length and
//! characters are checked first; they are the submitter's, not a secret). When two offsets'
//! codes coincide (about once in a million windows), the offset nearest to the current step
//! is reported, the earlier one on a tie.

use subtle::{ConditionallySelectable, ConstantTimeEq};

use crate::mac::{self, Digest};

/// The widest window `--window` accepts: 100 steps each way (50 minutes at 30 seconds),
/// far beyond any sane clock skew, so that a request never chooses unbounded work.
pub const MAX_WINDOW: u64 = 100;

/// Which steps around the current counter to try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    /// TOTP: `±n` steps (clock skew both ways; RFC 6238 section 5.2).
    Both(u64),
    /// HOTP: `0..=n` steps ahead (RFC 4226's look-ahead: the client's counter runs ahead of
    /// the server's when codes are generated and not used).
    Ahead(u64),
}

impl Window {
    /// The offsets in preference order: 0, -1, +1, -2, +2, ... (HOTP: 0, 1, 2, ...).
    fn offsets(self) -> Vec<i64> {
        let mut out = vec![0i64];
        let bounded = |n: u64| i64::try_from(n.min(MAX_WINDOW)).unwrap_or(0);
        match self {
            Window::Both(n) => {
                for i in 1..=bounded(n) {
                    out.extend([-i, i]);
                }
            }
            Window::Ahead(n) => out.extend(1..=bounded(n)),
        }
        out
    }
}

/// Parses a submitted code: exactly `digits` ASCII digits.
pub fn parse_code(text: &str, digits: u32) -> Option<u32> {
    if text.len() != digits as usize || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The offset from `counter` whose code equals `code`, if any in `window` (counters that
/// would fall below 0 or above `u64::MAX` are not tried).
pub fn find(
    digest: Digest,
    key: &[u8],
    counter: u64,
    window: Window,
    digits: u32,
    code: u32,
) -> Option<i64> {
    let mut found = subtle::Choice::from(0);
    let mut offset = 0i64;
    for o in window.offsets() {
        let Some(c) = counter.checked_add_signed(o) else {
            continue;
        };
        let here = mac::hotp_value(digest, key, c, digits).ct_eq(&code) & !found;
        offset = i64::conditional_select(&offset, &o, here);
        found |= here;
    }
    bool::from(found).then_some(offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"12345678901234567890";

    #[test]
    fn offsets_are_tried_nearest_first() {
        assert_eq!(Window::Both(2).offsets(), [0, -1, 1, -2, 2]);
        assert_eq!(Window::Ahead(2).offsets(), [0, 1, 2]);
        assert_eq!(Window::Both(u64::MAX).offsets().len(), 201);
    }

    #[test]
    fn rfc_4226_codes_are_found_at_their_offsets() {
        // RFC 4226 appendix D: counter 3 is 969429, counter 5 is 254676.
        let at = |counter, window, code| find(Digest::Sha1, KEY, counter, window, 6, code);
        assert_eq!(at(4, Window::Both(1), 969_429), Some(-1));
        assert_eq!(at(4, Window::Both(1), 254_676), Some(1));
        assert_eq!(at(4, Window::Both(0), 254_676), None);
        assert_eq!(at(3, Window::Ahead(2), 254_676), Some(2));
        assert_eq!(at(5, Window::Ahead(2), 969_429), None);
        assert_eq!(at(0, Window::Both(3), 969_429), Some(3));
        assert_eq!(at(u64::MAX, Window::Both(3), 1), None);
    }

    #[test]
    fn codes_must_have_exactly_the_digits() {
        assert_eq!(parse_code("012345", 6), Some(12_345));
        assert_eq!(parse_code("12345", 6), None);
        assert_eq!(parse_code("1234567", 6), None);
        assert_eq!(parse_code("12 456", 6), None);
        assert_eq!(parse_code("+12345", 6), None);
    }
}
