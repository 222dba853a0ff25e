//! TOTP (RFC 6238) and HOTP (RFC 4226) codes, their base32 secrets, `otpauth://` URIs
//! ([`uri`]), checking a submitted code across a window ([`verify`]), the times `--at` takes
//! ([`time`]) and the terminal QR code that puts a new secret on a phone.
//!
//! Guarantees: codes equal the RFCs' test vectors for SHA-1, SHA-256 and SHA-512 (unit tests
//! below and `tests/totp.rs`); base32 secrets are read leniently (any case, spaces, dashes,
//! missing or present `=` padding) and errors never quote the secret; new secrets are 20
//! bytes (160 bits, RFC 4226's recommendation) from the OS CSPRNG; issuer and account are
//! percent-encoded in the URI.

use anyhow::{Result, bail};
use data_encoding::{BASE32_NOPAD, Encoding};
use zeroize::Zeroizing;

use secrets_core::mac::{self, Digest};

pub mod time;
pub mod uri;
pub mod verify;

pub use uri::{KeyUri, OtpKind, UriParams, otpauth_uri, parse_uri, percent_encode};

/// Bytes of a new secret: 160 bits.
pub const NEW_SECRET_BYTES: usize = 20;
/// The shortest TOTP/HOTP secret accepted: 80 bits, the shortest in common use (RFC 4226
/// asks for 128). Shorter keys are guessable, and tiny ones collide (`AB` and `AA` decode
/// to the same 8-bit key).
pub const MIN_SECRET_BYTES: usize = 10;

fn lenient_base32() -> Result<Encoding> {
    let mut spec = BASE32_NOPAD.specification();
    // Authenticator apps accept secrets whose last character has stray low bits.
    spec.check_trailing_bits = false;
    spec.encoding()
        .map_err(|e| anyhow::anyhow!("base32 specification: {e}"))
}

/// Decodes a base32 secret, ignoring case, spaces, dashes and `=` padding.
pub fn decode_secret(text: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let cleaned: Zeroizing<Vec<u8>> = Zeroizing::new(
        text.iter()
            .filter(|b| !matches!(b, b' ' | b'\t' | b'-' | b'='))
            .map(u8::to_ascii_uppercase)
            .collect(),
    );
    if cleaned.is_empty() {
        bail!("the TOTP secret is empty");
    }
    match lenient_base32()?.decode(&cleaned) {
        Ok(raw) => Ok(Zeroizing::new(raw)),
        // The decoder's error names a position, which says nothing of the secret; we say less.
        Err(_) => bail!(
            "the TOTP secret is not base32 (letters A-Z and digits 2-7; {} read)\n\
             hint: spaces, dashes, lowercase and missing '=' padding are accepted",
            match cleaned.len() {
                1 => "1 character".to_owned(),
                n => format!("{n} characters"),
            }
        ),
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

/// `text` as a QR code drawn with Unicode half blocks in explicit colours, black modules on
/// a bright white background with the four-module quiet zone the standard asks for, so that
/// it scans the same on light and dark terminal themes. Each line sets its colours and
/// resets them at its end.
pub fn qr_text(text: &str) -> Result<String> {
    use qrcode::render::unicode::Dense1x2;
    let qr = qrcode::QrCode::new(text.as_bytes())
        .map_err(|e| anyhow::anyhow!("making the QR code: {e}"))?;
    let plain = qr
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Dark)
        .light_color(Dense1x2::Light)
        .quiet_zone(true)
        .build();
    let mut out = String::with_capacity(plain.len() * 2);
    for line in plain.lines() {
        out.push_str(QR_COLOURS);
        out.push_str(line);
        out.push_str(QR_RESET);
        out.push('\n');
    }
    Ok(out)
}

/// Black foreground on bright white background (SGR 30 and 107).
pub const QR_COLOURS: &str = "\x1b[30;107m";
/// Back to the terminal's colours.
pub const QR_RESET: &str = "\x1b[0m";

/// The columns a code from [`qr_text`] takes.
pub fn qr_width(qr: &str) -> usize {
    qr.lines().next().map_or(0, |l| {
        l.trim_start_matches(QR_COLOURS)
            .trim_end_matches(QR_RESET)
            .chars()
            .count()
    })
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

    #[test]
    fn qr_codes_are_drawn() {
        let qr = qr_text("otpauth://totp/x?secret=ABC").expect("fits");
        assert!(qr.lines().count() > 10);
        // The modules and a quiet zone of 4 on each side, one column each.
        let modules = qrcode::QrCode::new("otpauth://totp/x?secret=ABC")
            .expect("fits")
            .width();
        assert_eq!(qr_width(&qr), modules + 8);
        assert!(
            qr.lines()
                .all(|l| l.starts_with(QR_COLOURS) && l.ends_with(QR_RESET))
        );
    }
}
