//! Property tests of the engine: for arbitrary valid inputs, what comes out always has the
//! promised shape. Run through the library, so each case costs microseconds.

use base64::Engine as _;
use proptest::prelude::*;
use secrets_core::policy::{Class, Policy, PolicyError, PolicyOptions};
use secrets_core::sampler::{PasswordSampler, count_valid};
use secrets_core::{self as secrets, RandomSource};

/// Arbitrary password options: any length up to 64, classes on or off, a random exclusion
/// set, an optional Unicode charset, and minimums of 0..=12 or the default.
fn options() -> impl Strategy<Value = PolicyOptions> {
    (
        1usize..=64,
        proptest::array::uniform4(any::<bool>()),
        proptest::option::weighted(0.3, "[a-zA-Z0-9!-/é€Жß]{1,12}"),
        "[a-zA-Z0-9!-/]{0,40}",
        any::<bool>(),
        proptest::array::uniform4(proptest::option::of(0usize..=12)),
    )
        .prop_map(
            |(length, disabled, charset, exclude, no_ambiguous, minimums)| PolicyOptions {
                length,
                disabled,
                symbols: None,
                charset,
                exclude,
                no_ambiguous,
                minimums,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Every valid policy yields passwords of its length, over its alphabet, meeting every
    /// minimum; every invalid one is refused with a reason, never a panic.
    #[test]
    fn passwords_always_satisfy_their_policy(opts in options()) {
        match Policy::new(&opts) {
            Ok(policy) => {
                let alphabet = policy.alphabet();
                let mut sampler = PasswordSampler::new(&policy).expect("valid policies sample");
                let mut src = RandomSource::new();
                for _ in 0..5 {
                    let mut pw = String::new();
                    sampler.sample_into(&mut src, &mut pw).expect("random");
                    prop_assert_eq!(pw.chars().count(), opts.length);
                    prop_assert!(pw.chars().all(|c| alphabet.contains(&c)));
                    for class in Class::ALL {
                        let n = pw.chars().filter(|&c| policy.class_chars(class).contains(&c)).count();
                        prop_assert!(n >= policy.minimum(class), "{class:?} in {pw:?}");
                    }
                    for c in opts.exclude.chars() {
                        prop_assert!(!pw.contains(c));
                    }
                }
            }
            Err(PolicyError::EmptyAlphabet
                | PolicyError::SingleCharacter(_)
                | PolicyError::NotASymbol(_)
                | PolicyError::MinimumOfAbsentClass(_)
                | PolicyError::MinimumsExceedLength { .. }) => {}
            Err(e) => prop_assert!(false, "unexpected refusal {e:?}"),
        }
    }

    /// The exact count agrees with enumeration on small random policies, and the entropy is
    /// its log2.
    #[test]
    fn the_valid_count_matches_enumeration(
        length in 1usize..=4,
        charset in "[abAB12!?]{1,8}",
        minimums in proptest::array::uniform4(0usize..=2),
    ) {
        let opts = PolicyOptions {
            length,
            charset: Some(charset),
            minimums: minimums.map(Some),
            ..PolicyOptions::default()
        };
        let Ok(policy) = Policy::new(&opts) else { return Ok(()) };
        let alphabet = policy.alphabet();
        let mut strings = vec![String::new()];
        for _ in 0..length {
            strings = strings.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
        }
        let valid = strings
            .iter()
            .filter(|s| Class::ALL.iter().all(|&k| {
                s.chars().filter(|c| policy.class_chars(k).contains(c)).count() >= policy.minimum(k)
            }))
            .count();
        prop_assert_eq!(count_valid(&policy), num_bigint::BigUint::from(valid));
        prop_assert!((policy.entropy_bits() - (valid as f64).log2()).abs() < 1e-9);
    }

    /// Tokens decode to exactly the requested number of bytes.
    #[test]
    fn tokens_decode_to_nbytes(n in 0usize..2048) {
        prop_assert_eq!(secrets::token_bytes(n).expect("random").len(), n);
        let hex = secrets::token_hex(n).expect("random");
        prop_assert_eq!(hex::decode(hex.as_bytes()).expect("hex").len(), n);
        let url = secrets::token_urlsafe(n).expect("random");
        let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(url.as_bytes()).expect("base64url");
        prop_assert_eq!(decoded.len(), n);
    }

    /// One-time codes have the requested length and only alphabet characters.
    #[test]
    fn otp_codes_have_their_length(length in 1usize..200, alnum in any::<bool>()) {
        let alphabet: Vec<char> = if alnum {
            secrets_core::otp::OTP_ALPHANUMERIC.chars().collect()
        } else {
            ('0'..='9').collect()
        };
        let code = secrets_core::otp::otp(length, &alphabet).expect("random");
        prop_assert_eq!(code.chars().count(), length);
        prop_assert!(code.chars().all(|c| alphabet.contains(&c)));
    }

    /// `below` never reaches its bound, for any bound.
    #[test]
    fn below_stays_below(n in 1u64..) {
        let mut src = RandomSource::new();
        for _ in 0..8 {
            prop_assert!(src.below(n).expect("random") < n);
        }
    }
}
