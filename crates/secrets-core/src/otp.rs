//! One-time codes: each character uniform over the alphabet.

use zeroize::Zeroizing;

use crate::error::Result;
use crate::rng::RandomSource;
use crate::uniform::{MAX_BATCH, Uniform};

/// The alphabet of unambiguous alphanumeric one-time codes: no `0 O 1 I`.
pub const OTP_ALPHANUMERIC: &str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// A one-time code of `length` characters, each uniform over `alphabet`: with the ten
/// digits, every one of the `10^length` codes (leading zeros included) is equally likely.
pub fn otp(length: usize, alphabet: &[char]) -> Result<Zeroizing<String>> {
    let mut out = Zeroizing::new(String::with_capacity(length));
    otp_into(&mut RandomSource::new(), length, alphabet, &mut out)?;
    Ok(out)
}

/// Appends a one-time code to `out`, drawing from `src` (the bulk form of [`otp`]).
pub fn otp_into(
    src: &mut RandomSource,
    length: usize,
    alphabet: &[char],
    out: &mut String,
) -> Result<()> {
    let pick = Uniform::new(alphabet.len() as u64)?;
    let mut batch = [0u64; MAX_BATCH];
    let mut left = length;
    while left > 0 {
        let k = pick.sample_batch(src, &mut batch)?;
        if k == 0 {
            out.push(alphabet[pick.sample_index(src)?]);
            left -= 1;
            continue;
        }
        for &d in batch.iter().take(k.min(left)) {
            out.push(alphabet[usize::try_from(d).unwrap_or(0)]);
        }
        left -= k.min(left);
    }
    batch.fill(0);
    Ok(())
}
