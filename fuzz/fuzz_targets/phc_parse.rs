//! Arbitrary stored hashes through `verify`'s parser (PHC and modular-crypt strings):
//! never a panic; whatever parses can describe itself and its weaknesses, and its limits are
//! checked without overflow whether or not the work cap is lifted.
#![no_main]

use libfuzzer_sys::fuzz_target;
use secrets_core::hash::{PasswordHash, WorkCap};

fuzz_target!(|text: &str| {
    if let Ok(hash) = PasswordHash::parse(text) {
        let _ = hash.algorithm();
        let _ = hash.weaknesses();
        let _ = hash.check_limits(WorkCap::Capped);
        let _ = hash.check_limits(WorkCap::Lifted);
    }
});
