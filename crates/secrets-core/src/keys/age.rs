//! age X25519 identities and recipients exactly as `age-keygen` writes them (the age v1
//! specification, <https://age-encryption.org/v1>).
//!
//! An identity is 32 random bytes in Bech32 (BIP 173, not Bech32m) with the prefix
//! `AGE-SECRET-KEY-`, uppercase; its recipient is the X25519 public key (x25519-dalek) in
//! Bech32 with the prefix `age`, lowercase. All 256 bits of an identity are random; X25519
//! clamps the scalar when it is used, as age does.

use std::fmt::Write as _;

use bech32::primitives::decode::CheckedHrpstring;
use bech32::{Bech32, Hrp};
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

use super::KeyError;
use crate::RandomSource;

type Result<T, E = KeyError> = std::result::Result<T, E>;

/// The human-readable part of an identity, as the specification spells it.
const IDENTITY_HRP: &str = "AGE-SECRET-KEY-";
/// The human-readable part of a recipient.
const RECIPIENT_HRP: &str = "age";
/// Random bits in an identity.
pub const IDENTITY_BITS: u32 = 256;

/// A new identity: its `AGE-SECRET-KEY-1...` line and its `age1...` recipient.
pub struct Identity {
    /// `AGE-SECRET-KEY-1...`, uppercase.
    pub secret: Zeroizing<String>,
    /// `age1...`, lowercase; not secret.
    pub recipient: String,
}

impl Identity {
    /// Draws a new identity from the engine.
    pub fn generate(src: &mut RandomSource) -> Result<Identity> {
        let key = super::random_32(src)?;
        Ok(Identity {
            secret: encode_identity(&key)?,
            recipient: recipient_of(&key)?,
        })
    }

    /// The identity file `age-keygen` writes: the creation time (RFC 3339), the public key
    /// as a comment, and the secret key, each on its own line.
    pub fn file_text(&self, created: &str) -> Zeroizing<String> {
        let mut text = Zeroizing::new(String::with_capacity(160));
        // Writing to a String cannot fail.
        let _ = write!(
            text,
            "# created: {created}\n# public key: {}\n{}\n",
            self.recipient,
            self.secret.as_str()
        );
        text
    }
}

fn hrp(name: &str) -> Result<Hrp> {
    Hrp::parse(name).map_err(|e| KeyError::Encoding(e.to_string()))
}

fn encode_identity(key: &[u8; 32]) -> Result<Zeroizing<String>> {
    let mut text = Zeroizing::new(String::with_capacity(80));
    bech32::encode_upper_to_fmt::<Bech32, _>(&mut *text, hrp(IDENTITY_HRP)?, key)?;
    Ok(text)
}

fn recipient_of(key: &[u8; 32]) -> Result<String> {
    let public = PublicKey::from(&StaticSecret::from(*key));
    Ok(bech32::encode_lower::<Bech32>(
        hrp(RECIPIENT_HRP)?,
        public.as_bytes(),
    )?)
}

/// Decodes one `AGE-SECRET-KEY-1...` line; errors never contain it.
fn decode_identity(line: &str) -> Result<Zeroizing<[u8; 32]>> {
    let checked = match CheckedHrpstring::new::<Bech32>(line) {
        Ok(c) if c.hrp() == hrp(IDENTITY_HRP)? => c,
        _ => return Err(KeyError::NotAgeIdentity),
    };
    let mut key = Zeroizing::new([0u8; 32]);
    let mut n = 0;
    for byte in checked.byte_iter() {
        if n == 32 {
            return Err(KeyError::AgeLength(33));
        }
        key[n] = byte;
        n += 1;
    }
    if n != 32 {
        return Err(KeyError::AgeLength(n));
    }
    Ok(key)
}

/// The recipients of every identity in an identity file (`age-keygen -y`), in order.
///
/// Blank lines and `#` comments are skipped, as age does; any other line that is not an
/// identity is an error naming its line number, never its content.
pub fn recipients(text: &[u8]) -> Result<Vec<String>> {
    let Ok(text) = std::str::from_utf8(text) else {
        return Err(KeyError::IdentityNotUtf8);
    };
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let key = decode_identity(line).map_err(|e| KeyError::IdentityLine {
            line: i + 1,
            reason: Box::new(e),
        })?;
        out.push(recipient_of(&key)?);
    }
    if out.is_empty() {
        return Err(KeyError::NoIdentity);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new identity's file gives back its recipient; the shapes are age's.
    #[test]
    fn identities_round_trip_and_agree_with_their_file() {
        let identity = Identity::generate(&mut RandomSource::new()).expect("draws");
        assert!(identity.secret.starts_with("AGE-SECRET-KEY-1"));
        assert_eq!(identity.secret.len(), 74);
        assert!(identity.recipient.starts_with("age1"));
        assert_eq!(identity.recipient.len(), 62);
        let file = identity.file_text("2026-01-01T00:00:00Z");
        assert_eq!(
            recipients(file.as_bytes()).expect("parses"),
            std::slice::from_ref(&identity.recipient)
        );
        // Lowercase identities are the same key.
        assert_eq!(
            recipients(identity.secret.to_lowercase().as_bytes()).expect("parses"),
            [identity.recipient]
        );
    }

    #[test]
    fn bad_lines_are_named_by_number_not_content() {
        let err = format!(
            "{:#}",
            recipients(b"# c\nAGE-SECRET-KEY-1QQQQ-topsecret\n").expect_err("refused")
        );
        assert!(
            err.contains("line 2") && !err.contains("topsecret"),
            "{err}"
        );
        assert!(recipients(b"# only a comment\n").is_err());
    }
}
