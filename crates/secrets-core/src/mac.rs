//! HMAC (RFC 2104) with SHA-1, SHA-256 or SHA-512, over a stream of any length, and the
//! HOTP/TOTP code computation that builds on it.
//!
//! Guarantees: the tag equals Python's `hmac.new(key, msg, alg).digest()` for any key and
//! message (RFC 4231 and Python vectors in the tests); [`Tag::verify`] compares with the
//! `hmac` crate's `verify_slice`, which runs in constant time; the key is never printed.

use std::io::{self, Read};

use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use zeroize::Zeroizing;

/// The hash functions HMAC can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Digest {
    /// SHA-1 (RFC 4226/6238's default; still sound inside HMAC).
    Sha1,
    /// SHA-256.
    Sha256,
    /// SHA-512.
    Sha512,
}

impl Digest {
    /// The lower-case name, as in GitHub's `sha256=` prefix and Python's `hashlib`.
    pub fn name(self) -> &'static str {
        match self {
            Digest::Sha1 => "sha1",
            Digest::Sha256 => "sha256",
            Digest::Sha512 => "sha512",
        }
    }

    /// The tag length in bytes.
    pub fn output_len(self) -> usize {
        match self {
            Digest::Sha1 => 20,
            Digest::Sha256 => 32,
            Digest::Sha512 => 64,
        }
    }
}

/// An HMAC computation in progress.
#[derive(Clone)]
pub enum Tag {
    /// HMAC-SHA-1.
    Sha1(Hmac<sha1::Sha1>),
    /// HMAC-SHA-256.
    Sha256(Hmac<sha2::Sha256>),
    /// HMAC-SHA-512.
    Sha512(Hmac<sha2::Sha512>),
}

impl std::fmt::Debug for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The state is derived from the key: never shown.
        f.write_str("Tag(..)")
    }
}

impl Tag {
    /// Starts an HMAC with `key` (any length, as RFC 2104 allows).
    pub fn new(digest: Digest, key: &[u8]) -> Tag {
        // HMAC takes keys of every length, so `new_from_slice` cannot fail; the fallbacks
        // are never taken.
        match digest {
            Digest::Sha1 => Tag::Sha1(
                Hmac::new_from_slice(key).unwrap_or_else(|_| Hmac::new(&Default::default())),
            ),
            Digest::Sha256 => Tag::Sha256(
                Hmac::new_from_slice(key).unwrap_or_else(|_| Hmac::new(&Default::default())),
            ),
            Digest::Sha512 => Tag::Sha512(
                Hmac::new_from_slice(key).unwrap_or_else(|_| Hmac::new(&Default::default())),
            ),
        }
    }

    /// Adds message bytes.
    pub fn update(&mut self, data: &[u8]) {
        match self {
            Tag::Sha1(m) => m.update(data),
            Tag::Sha256(m) => m.update(data),
            Tag::Sha512(m) => m.update(data),
        }
    }

    /// Adds everything `reader` yields, 64 KiB at a time (constant memory).
    pub fn update_reader(&mut self, mut reader: impl Read) -> io::Result<()> {
        let mut buf = Zeroizing::new(vec![0u8; 64 * 1024]);
        loop {
            match reader.read(&mut buf) {
                Ok(0) => return Ok(()),
                Ok(n) => self.update(&buf[..n]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// The tag.
    pub fn finalize(self) -> Vec<u8> {
        match self {
            Tag::Sha1(m) => m.finalize().into_bytes().to_vec(),
            Tag::Sha256(m) => m.finalize().into_bytes().to_vec(),
            Tag::Sha512(m) => m.finalize().into_bytes().to_vec(),
        }
    }

    /// Whether the tag equals `expected`, compared in constant time (`verify_slice`).
    pub fn verify(self, expected: &[u8]) -> bool {
        match self {
            Tag::Sha1(m) => m.verify_slice(expected).is_ok(),
            Tag::Sha256(m) => m.verify_slice(expected).is_ok(),
            Tag::Sha512(m) => m.verify_slice(expected).is_ok(),
        }
    }
}

/// Why a signature text is not a signature of the expected algorithm.
#[derive(Debug, thiserror::Error)]
pub enum SignatureError {
    /// The text names another algorithm (`sha1=...` where SHA-256 is expected).
    #[error("the signature is for {named}, but the algorithm is {expected}")]
    OtherAlgorithm {
        /// The algorithm the text names, as written.
        named: String,
        /// The algorithm expected.
        expected: &'static str,
    },
    /// Neither hex nor base64 of the tag's length.
    #[error(
        "the signature is not {} hex digits or base64 of {} bytes (an HMAC-{})",
        2 * .digest.output_len(),
        .digest.output_len(),
        .digest.name().to_uppercase()
    )]
    Undecodable {
        /// The algorithm whose tag was expected.
        digest: Digest,
    },
}

/// Decodes a signature to compare: hex (either case) or standard/URL-safe base64 of the
/// right length, optionally prefixed with `sha256=` (GitHub's `X-Hub-Signature-256` form).
pub fn parse_signature(digest: Digest, text: &str) -> Result<Vec<u8>, SignatureError> {
    let text = text.trim();
    let body = match text.split_once('=') {
        Some((name, rest))
            if name.len() <= 8 && name.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            if !name.eq_ignore_ascii_case(digest.name()) {
                return Err(SignatureError::OtherAlgorithm {
                    named: name.to_owned(),
                    expected: digest.name(),
                });
            }
            rest
        }
        _ => text,
    };
    if body.len() == 2 * digest.output_len() {
        if let Ok(raw) = hex::decode(body) {
            return Ok(raw);
        }
    }
    let trimmed = body.trim_end_matches('=');
    for engine in [
        base64::engine::general_purpose::STANDARD_NO_PAD,
        base64::engine::general_purpose::URL_SAFE_NO_PAD,
    ] {
        if let Ok(raw) = engine.decode(trimmed) {
            if raw.len() == digest.output_len() {
                return Ok(raw);
            }
        }
    }
    Err(SignatureError::Undecodable { digest })
}

/// The HOTP value of RFC 4226: HMAC of the 8-byte big-endian counter, dynamically truncated
/// to 31 bits, reduced to `digits` decimal digits (6 to 8) and zero-padded.
///
/// The final reduction is the RFC's definition of the code, applied to a MAC value, not a
/// way of sampling: codes must match other implementations exactly.
pub fn hotp(digest: Digest, key: &[u8], counter: u64, digits: u32) -> String {
    let code = hotp_value(digest, key, counter, digits);
    format!("{code:0width$}", width = digits as usize)
}

/// The HOTP value of [`hotp`] as a number below `10^digits`, for comparing codes without
/// formatting them.
pub fn hotp_value(digest: Digest, key: &[u8], counter: u64, digits: u32) -> u32 {
    let mut tag = Tag::new(digest, key);
    tag.update(&counter.to_be_bytes());
    let h = tag.finalize();
    let offset = usize::from(h[h.len() - 1] & 0x0f);
    let binary = (u32::from(h[offset]) & 0x7f) << 24
        | u32::from(h[offset + 1]) << 16
        | u32::from(h[offset + 2]) << 8
        | u32::from(h[offset + 3]);
    binary % 10u32.pow(digits.min(9))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hmac_hex(digest: Digest, key: &[u8], msg: &[u8]) -> String {
        let mut t = Tag::new(digest, key);
        t.update(msg);
        hex::encode(t.finalize())
    }

    /// RFC 4231 test cases 1, 2, 4, 6 and 7 (SHA-256 and SHA-512).
    #[test]
    fn rfc_4231_vectors() {
        let cases: [(Vec<u8>, Vec<u8>, &str, &str); 5] = [
            (
                vec![0x0b; 20],
                b"Hi There".to_vec(),
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
            ),
            (
                b"Jefe".to_vec(),
                b"what do ya want for nothing?".to_vec(),
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
            ),
            (
                (1..=25).collect(),
                vec![0xcd; 50],
                "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b",
                "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd",
            ),
            (
                vec![0xaa; 131],
                b"Test Using Larger Than Block-Size Key - Hash Key First".to_vec(),
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598",
            ),
            (
                vec![0xaa; 131],
                b"This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".to_vec(),
                "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2",
                "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58",
            ),
        ];
        for (key, msg, sha256, sha512) in cases {
            assert_eq!(hmac_hex(Digest::Sha256, &key, &msg), sha256);
            assert_eq!(hmac_hex(Digest::Sha512, &key, &msg), sha512);
        }
    }

    #[test]
    fn verify_accepts_only_the_exact_tag() {
        let mut t = Tag::new(Digest::Sha256, b"k");
        t.update(b"m");
        let tag = t.clone().finalize();
        assert!(t.clone().verify(&tag));
        let mut wrong = tag.clone();
        wrong[31] ^= 1;
        assert!(!t.clone().verify(&wrong));
        assert!(!t.verify(&tag[..31]));
    }

    #[test]
    fn signatures_parse_in_every_accepted_form() {
        let raw: Vec<u8> = (0..32).collect();
        let hexed = hex::encode(&raw);
        let b64 = base64::engine::general_purpose::STANDARD.encode(&raw);
        for text in [
            hexed.clone(),
            hexed.to_uppercase(),
            format!("sha256={hexed}"),
            b64.clone(),
            b64.trim_end_matches('=').to_owned(),
        ] {
            assert_eq!(parse_signature(Digest::Sha256, &text).expect(&text), raw);
        }
        assert!(parse_signature(Digest::Sha256, &format!("sha1={hexed}")).is_err());
        assert!(parse_signature(Digest::Sha256, "xyz").is_err());
        assert!(parse_signature(Digest::Sha256, &hexed[2..]).is_err());
    }
}
