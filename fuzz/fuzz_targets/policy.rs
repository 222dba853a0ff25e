//! Arbitrary password options: every policy is either refused with a reason or yields a
//! password of its length, over its alphabet, meeting every minimum.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use secrets_core::policy::{Class, Policy, PolicyOptions};
use secrets_core::sampler::PasswordSampler;
use secrets_core::RandomSource;

#[derive(Debug, Arbitrary)]
struct Input {
    length: u8,
    disabled: [bool; 4],
    symbols: Option<String>,
    charset: Option<String>,
    exclude: String,
    no_ambiguous: bool,
    minimums: [Option<u8>; 4],
}

fuzz_target!(|input: Input| {
    let options = PolicyOptions {
        length: usize::from(input.length),
        disabled: input.disabled,
        symbols: input.symbols,
        charset: input.charset,
        exclude: input.exclude,
        no_ambiguous: input.no_ambiguous,
        minimums: input.minimums.map(|m| m.map(usize::from)),
    };
    let Ok(policy) = Policy::new(&options) else { return };
    let alphabet = policy.alphabet();
    let mut sampler = PasswordSampler::new(&policy).expect("valid policy");
    let mut pw = String::new();
    sampler.sample_into(&mut RandomSource::new(), &mut pw).expect("random");
    assert_eq!(pw.chars().count(), options.length);
    assert!(pw.chars().all(|c| alphabet.contains(&c)));
    for class in Class::ALL {
        let n = pw.chars().filter(|c| policy.class_chars(class).contains(c)).count();
        assert!(n >= policy.minimum(class));
    }
});
