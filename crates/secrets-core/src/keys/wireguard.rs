//! WireGuard keys exactly as `wg genkey`, `wg pubkey` and `wg genpsk` write them: 32 bytes in
//! standard base64 with padding (44 characters).
//!
//! A private key is a clamped X25519 scalar (RFC 7748: the low three bits and the top bit
//! cleared, bit 254 set), as `wg genkey` clamps it, so 251 of its 256 bits are random and
//! every one of the 2^251 clamped keys is equally likely. The public key is X25519 of the
//! private key and the base point, computed by x25519-dalek.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use x25519_dalek::{PublicKey, StaticSecret};
use zeroize::Zeroizing;

use super::KeyError;
use crate::RandomSource;

type Result<T, E = KeyError> = std::result::Result<T, E>;

/// Random bits in a clamped private key.
pub const PRIVATE_KEY_BITS: u32 = 251;
/// Random bits in a preshared key (`wg genpsk`): all 256.
pub const PSK_BITS: u32 = 256;

/// Clamps an X25519 scalar as RFC 7748 and `wg genkey` do.
pub(crate) fn clamp(key: &mut [u8; 32]) {
    key[0] &= 248;
    key[31] &= 127;
    key[31] |= 64;
}

/// A new private key (`wg genkey`), base64.
pub fn private_key(src: &mut RandomSource) -> Result<Zeroizing<String>> {
    let mut key = super::random_32(src)?;
    clamp(&mut key);
    Ok(Zeroizing::new(STANDARD.encode(key.as_slice())))
}

/// A new preshared key (`wg genpsk`): 32 random bytes, base64.
pub fn preshared_key(src: &mut RandomSource) -> Result<Zeroizing<String>> {
    let key = super::random_32(src)?;
    Ok(Zeroizing::new(STANDARD.encode(key.as_slice())))
}

/// Decodes a base64 WireGuard key (surrounding whitespace ignored, as `wg` does).
///
/// Errors name the expected shape, never the text: it may be a private key.
pub fn decode_key(text: &[u8]) -> Result<Zeroizing<[u8; 32]>> {
    let trimmed = text.trim_ascii();
    let mut buf = Zeroizing::new([0u8; 48]);
    let n = match STANDARD.decode_slice(trimmed, buf.as_mut_slice()) {
        Ok(n) => n,
        Err(_) => return Err(KeyError::NotWireguard),
    };
    if n != 32 {
        return Err(KeyError::WireguardLength(n));
    }
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&buf[..32]);
    Ok(key)
}

/// The public key of a base64 private key (`wg pubkey`), base64.
///
/// Like `wg pubkey`, an unclamped private key is clamped first, so it gives the public key
/// WireGuard itself uses.
pub fn public_key(private_base64: &[u8]) -> Result<String> {
    let mut key = decode_key(private_base64)?;
    clamp(&mut key);
    let secret = StaticSecret::from(*key);
    Ok(STANDARD.encode(PublicKey::from(&secret).as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7748 section 6.1: Alice's private key and public key.
    #[test]
    fn public_keys_match_rfc_7748() {
        let private =
            hex::decode("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
                .expect("hex");
        let public = public_key(STANDARD.encode(&private).as_bytes()).expect("derives");
        assert_eq!(
            hex::encode(STANDARD.decode(public).expect("base64")),
            "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
        );
    }

    #[test]
    fn new_private_keys_are_clamped() {
        let mut src = RandomSource::new();
        for _ in 0..100 {
            let key = decode_key(private_key(&mut src).expect("draws").as_bytes()).expect("ok");
            assert_eq!(key[0] & 7, 0);
            assert_eq!(key[31] & 0xC0, 0x40);
        }
    }

    #[test]
    fn malformed_keys_are_refused_without_echoing_them() {
        for bad in ["", "c2VjcmV0", "not base64 at all!!", "AAAA"] {
            let err = format!("{:#}", public_key(bad.as_bytes()).expect_err("refused"));
            assert!(bad.is_empty() || !err.contains(bad), "{err}");
        }
    }
}
