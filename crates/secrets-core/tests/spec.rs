//! The generator specs: what a plan promises (size, characters, entropy) holds for the
//! values it draws, serde reads the long flag names, and errors name the field at fault.

use secrets_core::RandomSource;
use secrets_core::passphrase::Wordlist;
use secrets_core::spec::{
    ApikeySpec, Builtin, ChoiceSpec, IntSpec, NanoidSpec, OtpSpec, PassphraseSpec, PasswordSpec,
    Problem, Spec, SpecError, TokenEncoding, TokenSpec, UlidSpec, UuidSpec, WordlistSource,
};

fn every_spec() -> Vec<Spec> {
    let url = TokenSpec {
        encoding: TokenEncoding::Base64Url,
        nbytes: Some(17),
        ..TokenSpec::default()
    };
    vec![
        Spec::Password(PasswordSpec::default()),
        Spec::Password(PasswordSpec {
            charset: Some("aé日🎲".into()),
            length: Some(9),
            min_symbols: Some(0),
            ..PasswordSpec::default()
        }),
        Spec::Password(PasswordSpec {
            rules: Some("minlength: 8; maxlength: 12; required: digit; allowed: lower".into()),
            ..PasswordSpec::default()
        }),
        Spec::Passphrase(PassphraseSpec {
            capitalize: secrets_core::passphrase::Capitalize::All,
            number: true,
            symbol: true,
            ..PassphraseSpec::default()
        }),
        Spec::Token(TokenSpec::default()),
        Spec::Token(url),
        Spec::Otp(OtpSpec::default()),
        Spec::Apikey(ApikeySpec::default()),
        Spec::Apikey(ApikeySpec {
            checksum: true,
            ..ApikeySpec::default()
        }),
        Spec::Int(IntSpec {
            range: Some(vec![(-1000).into(), 1000.into()]),
            ..IntSpec::default()
        }),
        Spec::Int(IntSpec {
            bits: Some(100),
            ..IntSpec::default()
        }),
        Spec::Choice(ChoiceSpec {
            items: vec!["a b".into(), "日本".into()],
            unique: false,
        }),
        Spec::Uuid(UuidSpec {
            v7: true,
            v4: false,
        }),
        Spec::Ulid(UlidSpec::default()),
        Spec::Nanoid(NanoidSpec::default()),
    ]
}

/// 200 values of every spec: each fits the plan's size and characters.
#[test]
fn values_keep_the_plans_promises() {
    let mut src = RandomSource::new();
    for spec in every_spec() {
        let plan = spec.plan(&Builtin).expect("a valid spec");
        assert!(plan.entropy().bits() > 0.0, "{spec:?}");
        let mut sampler = plan.sampler(200).expect("sampler");
        for _ in 0..200 {
            let mut value = String::new();
            sampler.sample_into(&mut src, &mut value).expect("draw");
            assert!(value.len() as u64 <= plan.max_len(), "{spec:?}: {value:?}");
            for c in value.chars() {
                assert!(
                    plan.alphabet().contains(&c),
                    "{spec:?}: {c:?} not in the plan"
                );
            }
        }
    }
}

#[test]
fn serde_reads_the_long_flag_names_and_refuses_others() {
    let spec: PasswordSpec =
        serde_json::from_str(r#"{"no-symbols": true, "length": 12, "min-digits": 3}"#)
            .expect("kebab-case names");
    assert!(spec.no_symbols);
    assert_eq!((spec.length, spec.min_digits), (Some(12), Some(3)));
    assert!(serde_json::from_str::<PasswordSpec>(r#"{"no_symbols": true}"#).is_err());
    let phrase: PassphraseSpec =
        serde_json::from_str(r#"{"digit": true, "capitalize": "random"}"#).expect("names");
    assert!(phrase.number);
    let otp: OtpSpec = serde_json::from_str(r#"{"digits": 8}"#).expect("the alias");
    assert_eq!(otp.length, Some(8));
    let int: IntSpec = serde_json::from_str(r#"{"range": "-5,5"}"#).expect("A,B");
    assert_eq!(int.range.map(|r| r.len()), Some(2));
    let huge = format!(r#"{{"below": "{}"}}"#, "9".repeat(5000));
    assert!(
        serde_json::from_str::<IntSpec>(&huge).is_err(),
        "bounded before parsing"
    );
}

#[test]
fn errors_name_the_field_at_fault() {
    let cases: Vec<(Spec, &str)> = vec![
        (
            Spec::Password(PasswordSpec {
                bits: Some(1 << 21),
                ..PasswordSpec::default()
            }),
            "bits",
        ),
        (
            Spec::Password(PasswordSpec {
                length: Some(5000),
                ..PasswordSpec::default()
            }),
            "length",
        ),
        (
            Spec::Passphrase(PassphraseSpec {
                wordlist: "/etc/passwd".into(),
                ..PassphraseSpec::default()
            }),
            "wordlist",
        ),
        (
            Spec::Apikey(ApikeySpec {
                prefix: Some("sk live".into()),
                ..ApikeySpec::default()
            }),
            "prefix",
        ),
        (
            Spec::Nanoid(NanoidSpec {
                alphabet: Some("aa".into()),
                ..NanoidSpec::default()
            }),
            "alphabet",
        ),
        (
            Spec::Otp(OtpSpec {
                length: Some(0),
                ..OtpSpec::default()
            }),
            "length",
        ),
    ];
    for (spec, field) in cases {
        let err = spec.plan(&Builtin).expect_err("refused");
        assert_eq!(err.field, field, "{spec:?}: {err}");
    }
}

/// A front end's own word lists: here one list, by any name.
struct OneList(String);

impl WordlistSource for OneList {
    fn load(&self, _: &str) -> Result<Wordlist, SpecError> {
        Ok(Wordlist::from_text(self.0.clone()).expect("a list"))
    }
}

#[test]
fn an_unproven_passphrase_says_at_most_and_refuses_bits() {
    // "a1!" could be the word "a1!" or the word "a1" with the symbol "!".
    let mut words: Vec<String> = (0..1000).map(|i| format!("a{i}")).collect();
    words.push("a1!".into());
    let list = OneList(words.join("\n"));
    let spec = PassphraseSpec {
        wordlist: "mine".into(),
        symbol: true,
        ..PassphraseSpec::default()
    };
    let plan = Spec::Passphrase(spec.clone()).plan(&list).expect("plan");
    assert!(!plan.entropy().is_exact());
    assert!(plan.entropy().to_string().starts_with("at most "));
    let err = Spec::Passphrase(PassphraseSpec {
        bits: Some(64),
        ..spec.clone()
    })
    .plan(&list)
    .expect_err("bits needs an exact entropy");
    assert!(matches!(err.problem, Problem::NotExact));
    assert_eq!(
        Spec::Passphrase(spec)
            .plan(&Builtin)
            .expect_err("no files")
            .field,
        "wordlist"
    );
}

#[test]
fn bits_pick_the_shortest_size() {
    let plan = Spec::Password(PasswordSpec {
        bits: Some(128),
        ..PasswordSpec::default()
    })
    .plan(&Builtin)
    .expect("plan");
    assert_eq!(plan.chosen(), Some((20, "characters")));
    assert!(plan.entropy().bits() >= 128.0);
    let shorter = Spec::Password(PasswordSpec {
        length: Some(19),
        ..PasswordSpec::default()
    })
    .plan(&Builtin)
    .expect("plan");
    assert!(shorter.entropy().bits() < 128.0);
}

#[test]
fn unique_choice_is_checked_against_the_count() {
    let plan = Spec::Choice(ChoiceSpec {
        items: vec!["a".into(), "b".into()],
        unique: true,
    })
    .plan(&Builtin)
    .expect("plan");
    assert!(plan.sampler(2).is_ok());
    assert_eq!(plan.sampler(3).expect_err("3 of 2").field, "unique");
}
