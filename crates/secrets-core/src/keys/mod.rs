//! Keys in the exact formats other programs read: the secret keys of web frameworks
//! ([`framework`]), and with the `keys` feature WireGuard (`wireguard`), age (`age`) and
//! OpenSSH Ed25519 (`ssh`).
//!
//! Every key is made from bytes of the engine's CSPRNG ([`crate::RandomSource`]) and
//! encoded by the field's libraries (x25519-dalek, bech32, ssh-key), never by hand-written
//! curve code. Private keys live in wiped buffers; no error message contains one.

#[cfg(feature = "keys")]
pub mod age;
pub mod framework;
#[cfg(feature = "keys")]
pub mod ssh;
#[cfg(feature = "keys")]
pub mod wireguard;

#[cfg(feature = "keys")]
use zeroize::Zeroizing;

#[cfg(feature = "keys")]
use crate::RandomSource;

#[cfg(feature = "keys")]
/// What making or reading a key can fail at. No variant holds or prints a key.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The random source failed.
    #[error(transparent)]
    Random(#[from] crate::Error),
    /// The format library refused to encode (never with the key in the message).
    #[error("encoding the key failed: {0}")]
    Encoding(String),
    /// A comment with a control or invisible character.
    #[error("{0}")]
    Comment(String),
    /// Not `AGE-SECRET-KEY-1...` in valid Bech32.
    #[error("is not a valid AGE-SECRET-KEY-1... identity (Bech32 with a checksum)")]
    NotAgeIdentity,
    /// An age identity of the wrong length.
    #[error("is not an age X25519 identity: {0} bytes instead of 32")]
    AgeLength(usize),
    /// An identity file line that is no identity (1-based).
    #[error("line {line} of the identity file {reason}")]
    IdentityLine {
        /// The line.
        line: usize,
        /// Why, from [`KeyError::NotAgeIdentity`] or [`KeyError::AgeLength`].
        reason: Box<KeyError>,
    },
    /// An identity file that is not UTF-8.
    #[error("the identity file is not UTF-8 text")]
    IdentityNotUtf8,
    /// An identity file without any identity.
    #[error("no AGE-SECRET-KEY-1... line found")]
    NoIdentity,
    /// Not an OpenSSH private key file.
    #[error("not an OpenSSH private key (-----BEGIN OPENSSH PRIVATE KEY-----)")]
    NotOpenssh,
    /// More bcrypt-pbkdf rounds than [`ssh::MAX_KDF_ROUNDS`].
    #[error(
        "the key asks for {0} bcrypt-pbkdf rounds, more than the limit of {max} (64 times \
         ssh-keygen's default)",
        max = ssh::MAX_KDF_ROUNDS
    )]
    TooManyRounds(u32),
    /// An encrypted key and no passphrase.
    #[error("the key is encrypted")]
    Encrypted,
    /// The passphrase does not decrypt the key.
    #[error("cannot decrypt the key: wrong passphrase, or a damaged key")]
    WrongPassphrase,
    /// An OpenSSH key of another algorithm.
    #[error("the key is {0}, not ssh-ed25519")]
    NotEd25519(String),
    /// Not 44 characters of base64.
    #[error(
        "not a WireGuard key: expected 44 characters of base64 (32 bytes), as `wg genkey` writes"
    )]
    NotWireguard,
    /// Base64 of the wrong length.
    #[error("not a WireGuard key: it decodes to {0} bytes, not 32")]
    WireguardLength(usize),
}

#[cfg(feature = "keys")]
impl From<ssh_key::Error> for KeyError {
    fn from(e: ssh_key::Error) -> KeyError {
        KeyError::Encoding(e.to_string())
    }
}

#[cfg(feature = "keys")]
impl From<bech32::EncodeError> for KeyError {
    fn from(e: bech32::EncodeError) -> KeyError {
        KeyError::Encoding(e.to_string())
    }
}

#[cfg(feature = "keys")]
impl From<std::fmt::Error> for KeyError {
    fn from(e: std::fmt::Error) -> KeyError {
        KeyError::Encoding(e.to_string())
    }
}

#[cfg(feature = "keys")]
/// 32 fresh random bytes in a wiped buffer: the seed of every key kind here.
pub(crate) fn random_32(src: &mut RandomSource) -> crate::Result<Zeroizing<[u8; 32]>> {
    let mut key = Zeroizing::new([0u8; 32]);
    src.fill(key.as_mut_slice())?;
    Ok(key)
}

#[cfg(feature = "keys")]
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

#[cfg(all(test, feature = "keys"))]
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
