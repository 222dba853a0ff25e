//! `--bits N`: the shortest secret whose exact entropy is at least N bits, on every generator
//! that takes it. Expected sizes are computed here independently (integer arithmetic).

use crate::util::{TempDir, fails, lines, secrets};

/// The one JSON object of `secrets ARGS --json`.
fn json(args: &[&str]) -> serde_json::Value {
    let out = lines(&[args, &["--json"]].concat());
    assert_eq!(out.len(), 1, "{out:?}");
    serde_json::from_str(&out[0]).expect("JSON")
}

/// The smallest n with base^n >= 2^bits, by repeated multiplication of big integers.
fn shortest_power(base: u32, bits: u32) -> u64 {
    let target = num_bigint::BigUint::from(1u8) << bits;
    let (mut n, mut value) = (0, num_bigint::BigUint::from(1u8));
    while value < target {
        value *= base;
        n += 1;
    }
    n
}

#[test]
fn passwords_are_as_short_as_the_policy_allows() {
    // The alphabet "aB1" with one of each class: 3^L - 3*2^L + 3 passwords of length L
    // (inclusion-exclusion), an independent count of what the sampler counts.
    let count = |l: u32| 3u128.pow(l) - 3 * 2u128.pow(l) + 3;
    for bits in [2u32, 5, 10, 31, 64, 100] {
        let want = (3..).find(|&l| count(l) >= 1u128 << bits).expect("exists");
        let v = json(&["password", "--charset", "aB1", "--bits", &bits.to_string()]);
        assert_eq!(v["length"], want, "--bits {bits}");
        assert_eq!(v["target_bits"], bits);
        assert_eq!(
            v["secret"].as_str().expect("secret").chars().count(),
            want as usize
        );
        assert!(v["entropy_bits"].as_f64().expect("entropy") >= f64::from(bits));
    }
    // The default policy: 20 characters give 130.9 bits, 19 give 124.4.
    assert_eq!(json(&["password", "--bits", "128"])["length"], 20);
    assert_eq!(json(&["password", "--bits", "124"])["length"], 19);
}

#[test]
fn entropy_says_which_size_was_chosen() {
    let out = secrets()
        .args(["password", "--bits", "128", "--entropy"])
        .assert()
        .success()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert_eq!(
        err.trim(),
        "entropy: 130.93 bits (20 characters, the fewest for at least 128 bits)"
    );
    for (args, want) in [
        (
            &["passphrase", "--bits", "64"][..],
            "(5 words, the fewest for at least 64 bits)",
        ),
        (
            &["token-hex", "--bits", "100"],
            "(13 bytes, the fewest for at least 100 bits)",
        ),
        (
            &["otp", "--bits", "20"],
            "(7 characters, the fewest for at least 20 bits)",
        ),
        (
            &["apikey", "--bits", "128", "--encoding", "base62"],
            "(22 base62 characters,",
        ),
        (&["token-urlsafe"], "entropy: 256.00 bits"),
    ] {
        let out = secrets()
            .args(args)
            .arg("--entropy")
            .assert()
            .success()
            .get_output()
            .clone();
        let err = String::from_utf8(out.stderr).expect("UTF-8");
        assert!(err.contains(want), "{args:?}: {err}");
    }
}

#[test]
fn passphrases_count_words_and_the_number() {
    // 7776 = 2^12.92: one word for 12 bits, two for 13; 7776^5 = 2^64.62: five words for 64
    // bits, six for 65.
    for (bits, words) in [(12, 1), (13, 2), (64, 5), (65, 6), (128, 10)] {
        let want = shortest_power(7776, bits);
        assert_eq!(want, words);
        // A space separator: some EFF words hold a hyphen (t-shirt), none a space.
        let v = json(&["passphrase", "-s", " ", "--bits", &bits.to_string()]);
        assert_eq!(v["words"], words, "--bits {bits}");
        let secret = v["secret"].as_str().expect("secret");
        assert_eq!(secret.split(' ').count() as u64, words);
    }
    // With --number: 7776^w * 10w >= 2^65 already at w = 5 (64.62 + 5.64 bits).
    assert_eq!(
        json(&["passphrase", "--bits", "65", "--number"])["words"],
        5
    );
    assert_eq!(
        json(&["passphrase", "--bits", "12", "--wordlist", "eff-short"])["words"],
        2
    );
}

#[test]
fn tokens_otps_and_api_keys_round_up_to_whole_units() {
    for bits in [1u32, 8, 9, 100, 128, 255] {
        let b = bits.to_string();
        let bytes = u64::from(bits.div_ceil(8));
        let v = json(&["token-hex", "--bits", &b]);
        assert_eq!(v["bytes"], bytes);
        assert_eq!(v["secret"].as_str().expect("hex").len() as u64, 2 * bytes);
        let v = json(&["token-urlsafe", "--bits", &b]);
        assert_eq!(v["bytes"], bytes);
        let v = json(&["apikey", "--bits", &b]);
        assert_eq!(
            v["secret"].as_str().expect("key").len() as u64,
            8 + 2 * bytes
        );
        if bits < 120 {
            let v = json(&["otp", "--bits", &b]);
            assert_eq!(v["length"], shortest_power(10, bits), "otp --bits {bits}");
            let v = json(&["otp", "--alphanumeric", "--bits", &b]);
            assert_eq!(v["length"], shortest_power(32, bits));
            let v = json(&["apikey", "--encoding", "base62", "--bits", &b]);
            assert_eq!(v["length"], shortest_power(62, bits));
            assert!(v.get("bytes").is_none(), "{v}");
        }
    }
}

#[test]
fn bits_conflict_with_an_explicit_size() {
    for args in [
        &["password", "--bits", "64", "--length", "12"][..],
        &["passphrase", "--bits", "64", "--words", "5"],
        &["token-hex", "16", "--bits", "64"],
        &["token-urlsafe", "16", "--bits", "64"],
        &["otp", "--bits", "20", "--digits", "6"],
        &["apikey", "--bits", "64", "--bytes", "8"],
        &["apikey", "--bits", "64", "--checksum"],
        &["apikey", "--verify", "env:K", "--bits", "64"],
    ] {
        assert!(fails(args).contains("cannot be used with"), "{args:?}");
    }
    assert!(fails(&["token-hex", "--bits", "0"]).contains("--bits"));
    assert!(fails(&["token-hex", "--bits", "1048577"]).contains("--bits"));
}

#[test]
fn unreachable_targets_are_errors_that_say_why() {
    // 2^1024 - 2 passwords (each needs a lowercase and an uppercase letter): just short.
    let err = fails(&["password", "--charset", "aB", "--bits", "1024"]);
    assert!(
        err.contains("1024 characters") && err.contains("1024.00 bits"),
        "{err}"
    );
    assert!(fails(&["password", "--bits", "1025"]).contains("--bits"));
    let err = fails(&["passphrase", "--bits", "20000"]);
    assert!(err.contains("1024 words"), "{err}");
    let err = fails(&["otp", "--bits", "4000"]);
    assert!(err.contains("1205 characters"), "{err}");
    // Minimums that do not fit are reported as usual.
    assert!(
        fails(&[
            "password",
            "--charset",
            "ab",
            "--min-digits",
            "1",
            "--bits",
            "8"
        ])
        .contains("digit")
    );
}

#[test]
fn passphrase_bits_need_an_exact_entropy() {
    // A list where "x0-x1" is one word and also "x0", "-", "x1": different draws print the
    // same passphrase, so the count is only an upper bound and cannot promise N bits.
    let dir = TempDir::new("bits-ambiguous");
    let path = dir.path("words.txt");
    let mut words: Vec<String> = (0..4000).map(|i| format!("x{i}")).collect();
    words.push("x0-x1".into());
    std::fs::write(&path, words.join("\n")).expect("write");
    let path = path.to_str().expect("UTF-8 path");
    let err = fails(&["passphrase", "--wordlist", path, "--bits", "64"]);
    assert!(err.contains("exact entropy"), "{err}");
    assert_eq!(
        lines(&["passphrase", "--wordlist", path, "-s", " ", "--bits", "64"]).len(),
        1
    );
}
