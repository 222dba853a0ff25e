//! Arbitrary `--rules` text: never a panic; the reading renders; and whenever passwords of
//! some short length exist, a drawn one satisfies the rules by the independent validator.
#![no_main]

use libfuzzer_sys::fuzz_target;
use secrets_core::rules::Rules;
use secrets_core::rules::sample::RuleSampler;
use secrets_core::rules::validate::validate;
use secrets_core::RandomSource;

fuzz_target!(|input: (String, u8)| {
    let (text, length) = input;
    let Ok(rules) = Rules::parse_checked(&text) else { return };
    let _ = rules.reading();
    // Short lengths only: long ones are correct, just slow to fuzz.
    let length = usize::from(length % 24) + 1;
    let Ok(sampler) = RuleSampler::new(&rules, length) else { return };
    if sampler.count_of(length) == 0u32.into() {
        return;
    }
    let mut pw = String::new();
    sampler
        .sample_into(length, &mut RandomSource::new(), &mut pw)
        .expect("a length with passwords yields one");
    assert_eq!(pw.chars().count(), length);
    let mut unbounded = rules.clone();
    unbounded.min_length = None;
    unbounded.max_length = None;
    assert!(validate(&unbounded, &pw).is_empty(), "{text:?}: {pw:?}");
});
