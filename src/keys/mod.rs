//! Keys in the exact formats other programs read: WireGuard ([`wireguard`]), age
//! ([`age`]), OpenSSH Ed25519 ([`ssh`]) and the secret keys of web frameworks
//! ([`framework`]).
//!
//! Every key is made from bytes of the engine's CSPRNG ([`secrets_core::RandomSource`]) and
//! encoded by the field's libraries (x25519-dalek, bech32, ssh-key), never by hand-written
//! curve code. Private keys live in wiped buffers; no error message contains one.

pub mod age;
pub mod framework;
pub mod ssh;
pub mod wireguard;

use zeroize::Zeroizing;

use secrets_core::{self as secrets, RandomSource};

/// 32 fresh random bytes in a wiped buffer: the seed of every key kind here.
pub(crate) fn random_32(src: &mut RandomSource) -> secrets::Result<Zeroizing<[u8; 32]>> {
    let mut key = Zeroizing::new([0u8; 32]);
    src.fill(key.as_mut_slice())?;
    Ok(key)
}

/// `unix_seconds` as an RFC 3339 UTC timestamp, `2006-01-02T15:04:05Z`.
///
/// The civil date comes from Howard Hinnant's `civil_from_days`, exact for every date the
/// Gregorian calendar covers.
pub fn rfc3339_utc(unix_seconds: u64) -> String {
    let days = unix_seconds / 86_400;
    let secs = unix_seconds % 86_400;
    // Shift the epoch to 0000-03-01 so that leap days end each 400-year era.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339_utc() {
        assert_eq!(rfc3339_utc(0), "1970-01-01T00:00:00Z");
        // `date -u -d @951782400`: the leap day of a year divisible by 400.
        assert_eq!(rfc3339_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(rfc3339_utc(1_136_214_245), "2006-01-02T15:04:05Z");
        assert_eq!(rfc3339_utc(4_102_444_799), "2099-12-31T23:59:59Z");
    }
}
