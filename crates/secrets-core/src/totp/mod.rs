//! TOTP (RFC 6238) and HOTP (RFC 4226) codes, their base32 secrets, `otpauth://` URIs
//! ([`uri`]), checking a submitted code across a window ([`verify`]), the times `--at` takes
//! and the times `--at` takes ([`time`]).
//!
//! Guarantees: codes equal the RFCs' test vectors for SHA-1, SHA-256 and SHA-512 (unit tests
//! below and `tests/totp.rs`); base32 secrets are read leniently (any case, spaces, dashes,
//! missing or present `=` padding) and errors never quote the secret; new secrets are 20
//! bytes (160 bits, RFC 4226's recommendation) from the OS CSPRNG; issuer and account are
//! percent-encoded in the URI.

use data_encoding::{BASE32_NOPAD, Encoding};
use zeroize::Zeroizing;

use crate::mac::{self, Digest};

pub mod time;
pub mod uri;
pub mod verify;

pub use uri::{KeyUri, OtpKind, UriError, UriParams, otpauth_uri, parse_uri, percent_encode};

/// Why a base32 secret cannot be read. Never quotes the secret.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// Nothing but spaces, dashes and padding.
    #[error("the TOTP secret is empty")]
    Empty,
    /// A character outside base32 (after spaces, dashes and `=` are dropped and letters
    /// upper-cased); the length read is all it says of the text.
    #[error("the TOTP secret is not base32 (letters A-Z and digits 2-7; {} read)", characters(*.length))]
    NotBase32 {
        /// Characters read.
        length: usize,
    },
}

fn characters(n: usize) -> String {
    match n {
        1 => "1 character".to_owned(),
        n => format!("{n} characters"),
    }
}

/// Bytes of a new secret: 160 bits.
pub const NEW_SECRET_BYTES: usize = 20;
/// The shortest TOTP/HOTP secret accepted: 80 bits, the shortest in common use (RFC 4226
/// asks for 128). Shorter keys are guessable, and tiny ones collide (`AB` and `AA` decode
/// to the same 8-bit key).
pub const MIN_SECRET_BYTES: usize = 10;

fn lenient_base32() -> Option<Encoding> {
    let mut spec = BASE32_NOPAD.specification();
    // Authenticator apps accept secrets whose last character has stray low bits.
    spec.check_trailing_bits = false;
    spec.encoding().ok()
}

/// Decodes a base32 secret, ignoring case, spaces, dashes and `=` padding.
pub fn decode_secret(text: &[u8]) -> Result<Zeroizing<Vec<u8>>, SecretError> {
    let cleaned: Zeroizing<Vec<u8>> = Zeroizing::new(
        text.iter()
            .filter(|b| !matches!(b, b' ' | b'\t' | b'-' | b'='))
            .map(u8::to_ascii_uppercase)
            .collect(),
    );
    if cleaned.is_empty() {
        return Err(SecretError::Empty);
    }
    // The decoder's error names a position, which says nothing of the secret; we say less.
    match lenient_base32().map(|b| b.decode(&cleaned)) {
        Some(Ok(raw)) => Ok(Zeroizing::new(raw)),
        _ => Err(SecretError::NotBase32 {
            length: cleaned.len(),
        }),
    }
}

/// Encodes a secret as unpadded upper-case base32, as authenticator apps show it.
pub fn encode_secret(raw: &[u8]) -> Zeroizing<String> {
    Zeroizing::new(BASE32_NOPAD.encode(raw))
}

/// The TOTP time step of `unix_time`: `floor(unix_time / period)` (T0 = 0); `period` > 0.
pub fn time_step(unix_time: u64, period: u64) -> u64 {
    unix_time / period.max(1)
}

/// The HOTP/TOTP code for `counter` (see [`mac::hotp`]).
pub fn code(digest: Digest, secret: &[u8], counter: u64, digits: u32) -> String {
    mac::hotp(digest, secret, counter, digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 4226 appendix D: HOTP-SHA1, secret "12345678901234567890", counters 0 to 9.
    #[test]
    fn rfc_4226_vectors() {
        let expected = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        for (counter, want) in expected.iter().enumerate() {
            assert_eq!(
                code(Digest::Sha1, b"12345678901234567890", counter as u64, 6),
                *want
            );
        }
    }

    #[test]
    fn base32_is_read_leniently() {
        let raw = decode_secret(b"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").expect("canonical");
        assert_eq!(raw.as_slice(), b"12345678901234567890");
        for messy in [
            &b"gezd gnbv gy3t qojq gezd gnbv gy3t qojq"[..],
            b"GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJQ",
            b"JBSWY3DPEHPK3PXP",
            b"JBSWY3DPEHPK3PXP====",
            b"mfrgg",
        ] {
            assert!(
                decode_secret(messy).is_ok(),
                "{}",
                String::from_utf8_lossy(messy)
            );
        }
        assert!(decode_secret(b"").is_err());
        assert!(decode_secret(b"ABC1").is_err());
        let err = decode_secret(b"SECRETVALUE0").expect_err("0 is not base32");
        assert!(!err.to_string().contains("SECRETVALUE"));
    }
}
