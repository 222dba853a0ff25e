//! Arbitrary TOTP secrets through the lenient base32 decoder: never a panic, and whatever
//! decodes survives a round trip through our own encoding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use secrets_core::totp::{decode_secret, encode_secret};

fuzz_target!(|text: &[u8]| {
    if let Ok(key) = decode_secret(text) {
        let again = encode_secret(&key);
        let back = decode_secret(again.as_bytes()).expect("our own encoding decodes");
        assert_eq!(back.as_slice(), key.as_slice());
    }
});
