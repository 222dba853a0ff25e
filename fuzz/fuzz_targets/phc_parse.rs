//! Arbitrary stored hashes through `verify`'s parser (PHC and modular-crypt strings):
//! never a panic; whatever parses can describe itself and its weaknesses.
#![no_main]

use libfuzzer_sys::fuzz_target;
use secrets_cli::hashing::PasswordHash;

fuzz_target!(|text: &str| {
    if let Ok(hash) = PasswordHash::parse(text) {
        let _ = hash.algorithm();
        let _ = hash.weaknesses();
    }
});
