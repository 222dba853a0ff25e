//! Checksummed API keys in GitHub's documented token shape: a prefix, 30 random base62
//! characters, and the 6-character base62 CRC32 (IEEE) of those 30 characters, so secret
//! scanners and servers can reject a mistyped or truncated key offline.
//!
//! Guarantees: each random character is exactly uniform over `0-9A-Za-z` (drawn with the
//! engine's [`Uniform`](crate::uniform::Uniform), never `byte % 62`); the checksum is the
//! CRC32 written in base62 with that alphabet, most significant digit first, left-padded
//! with `0`; [`checksum_is_valid`] compares it in constant time.

use subtle::ConstantTimeEq;

use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::rng::RandomSource;

/// The base62 alphabet, in GitHub's order: digits, uppercase, lowercase.
pub const BASE62: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/// Random characters in a checksummed key.
pub const RANDOM_CHARS: usize = 30;
/// Characters of the checksum.
pub const CHECKSUM_CHARS: usize = 6;

/// Appends `n` characters, each uniform over [`BASE62`].
pub fn base62_into(src: &mut RandomSource, n: usize, out: &mut String) -> Result<()> {
    let alphabet: Vec<char> = BASE62.chars().collect();
    crate::otp::otp_into(src, n, &alphabet, out)
}

/// The fewest base62 characters that carry at least `nbytes` bytes of entropy (43 for 32).
#[allow(
    clippy::cast_possible_truncation,
    reason = "a positive value below 1.35 * nbytes + 1, which fits a u64"
)]
pub fn base62_chars_for_bytes(nbytes: u64) -> u64 {
    (nbytes as f64 * 8.0 / 62f64.log2()).ceil() as u64
}

/// The CRC32 (IEEE) of `data` in 6 base62 digits, left-padded with `0` (62^6 > 2^32).
pub fn checksum(data: &[u8]) -> [u8; CHECKSUM_CHARS] {
    let mut value = crc32fast::hash(data);
    let digits = BASE62.as_bytes();
    let mut out = [b'0'; CHECKSUM_CHARS];
    for slot in out.iter_mut().rev() {
        // A positional numeral of a CRC, not sampling: the remainder is the digit.
        *slot = digits[(value % 62) as usize];
        value /= 62;
    }
    out
}

/// Appends `prefix`, 30 random base62 characters and their checksum.
pub fn checksummed_into(src: &mut RandomSource, prefix: &str, out: &mut String) -> Result<()> {
    out.push_str(prefix);
    let start = out.len();
    base62_into(src, RANDOM_CHARS, out)?;
    let sum = checksum(&out.as_bytes()[start..]);
    out.extend(sum.iter().map(|&b| char::from(b)));
    Ok(())
}

/// Whether `key` ends in 30 base62 characters and their valid checksum, after `prefix` when
/// one is given (any prefix otherwise). Never fails: a malformed key is simply not valid.
pub fn checksum_is_valid(key: &[u8], prefix: Option<&str>) -> bool {
    why_invalid(key, prefix).is_none()
}

/// Why `key` fails [`checksum_is_valid`], as a sentence that never quotes the key; `None`
/// when it is valid.
pub fn why_invalid(key: &[u8], prefix: Option<&str>) -> Option<&'static str> {
    let tail_len = RANDOM_CHARS + CHECKSUM_CHARS;
    if key.len() < tail_len {
        return Some("the key is shorter than 36 characters (30 random and 6 checksum)");
    }
    let (head, tail) = key.split_at(key.len() - tail_len);
    if let Some(p) = prefix {
        if head != p.as_bytes() {
            return Some("the key does not have the --prefix given");
        }
    }
    if !tail.iter().all(|b| b.is_ascii_alphanumeric()) {
        return Some("the key's last 36 characters are not all base62 (0-9, A-Z, a-z)");
    }
    let (random, sum) = tail.split_at(RANDOM_CHARS);
    if bool::from(checksum(random).ct_eq(sum)) {
        None
    } else {
        Some("the key's last 6 characters are not the checksum of the 30 before them")
    }
}

/// An API key: `prefix` followed by `nbytes` random bytes in lowercase hex.
pub fn apikey(prefix: &str, nbytes: usize) -> Result<Zeroizing<String>> {
    validate_apikey_prefix(prefix)?;
    let mut key = Zeroizing::new(String::with_capacity(prefix.len() + 2 * nbytes));
    key.push_str(prefix);
    key.push_str(&crate::python::token_hex(nbytes)?);
    Ok(key)
}

/// Checks that an API-key prefix uses only `[A-Za-z0-9_-]`, so keys stay one shell word and
/// one URL path segment.
pub fn validate_apikey_prefix(prefix: &str) -> Result<()> {
    match prefix
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))
    {
        Some(c) => Err(Error::InvalidArgument(format!(
            "the API key prefix may only contain A-Z, a-z, 0-9, '_' and '-', not {}",
            crate::text::code_point(c)
        ))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksum_is_crc32_in_base62() {
        // CRC32("123456789") = 0xCBF43926, the standard check value; in base62 (computed
        // independently with Python: divmod by 62, digits 0-9A-Za-z) it is 3jZRME.
        assert_eq!(crc32fast::hash(b"123456789"), 0xCBF4_3926);
        assert_eq!(&checksum(b"123456789"), b"3jZRME");
        // Small values are left-padded with zeros.
        assert_eq!(&checksum(b""), b"000000");
    }

    #[test]
    fn generated_keys_verify_and_any_typo_is_caught() {
        let mut src = RandomSource::new();
        let mut key = String::new();
        checksummed_into(&mut src, "ghp_", &mut key).expect("random");
        assert_eq!(key.len(), 4 + 36);
        assert!(checksum_is_valid(key.as_bytes(), Some("ghp_")));
        assert!(checksum_is_valid(key.as_bytes(), None));
        assert!(!checksum_is_valid(key.as_bytes(), Some("gho_")));
        for i in 4..key.len() {
            let mut typo = key.clone().into_bytes();
            typo[i] = if typo[i] == b'a' { b'b' } else { b'a' };
            assert!(!checksum_is_valid(&typo, None), "typo at {i}");
        }
        assert!(!checksum_is_valid(&key.as_bytes()[..key.len() - 1], None));
    }

    #[test]
    fn apikey_prefix_is_validated() {
        assert!(apikey("sk_live_", 4).is_ok());
        assert!(apikey("", 4).is_ok());
        assert!(apikey("bad prefix", 4).is_err());
        assert!(apikey("ключ", 4).is_err());
    }
}
