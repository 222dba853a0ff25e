//! `secrets int`: --below, --range (negative bounds too) and --bits, of any size.

use num_bigint::{BigInt, BigUint};

use crate::util::{fails, lines};

fn ints(args: &[&str]) -> Vec<BigInt> {
    let mut full = vec!["int"];
    full.extend_from_slice(args);
    lines(&full)
        .iter()
        .map(|l| l.parse().expect("a decimal integer"))
        .collect()
}

#[test]
fn below_stays_below_and_above_zero() {
    let out = ints(&["--below", "7", "-n", "2000"]);
    assert_eq!(out.len(), 2000);
    assert!(
        out.iter()
            .all(|x| *x >= BigInt::ZERO && *x < BigInt::from(7))
    );
    // P(6 never drawn in 2000 draws) = (6/7)^2000 ~ 1e-134.
    assert!(out.contains(&BigInt::from(6)));
    assert_eq!(ints(&["--below", "1", "-n", "5"]), vec![BigInt::ZERO; 5]);
}

#[test]
fn range_takes_negative_bounds() {
    let out = ints(&["--range", "-5", "5", "-n", "2000"]);
    assert!(
        out.iter()
            .all(|x| *x >= BigInt::from(-5) && *x < BigInt::from(5))
    );
    assert!(out.contains(&BigInt::from(-5)) && out.contains(&BigInt::from(4)));
    let out = ints(&["--range", "-10", "-8", "-n", "200"]);
    assert!(
        out.iter()
            .all(|x| *x == BigInt::from(-10) || *x == BigInt::from(-9))
    );
}

#[test]
fn numbers_beyond_64_bits_work() {
    let bound: BigUint = "340282366920938463463374607431768211457"
        .parse()
        .expect("2^128+1");
    let out = ints(&["--below", &bound.to_string(), "-n", "200"]);
    assert!(
        out.iter()
            .all(|x| x.magnitude() < &bound && x.sign() != num_bigint::Sign::Minus)
    );
    // Half the range is at or above 2^127: P(no draw there in 200) ~ 2^-200.
    assert!(out.iter().any(|x| x.bits() == 128));
    let big = ints(&[
        "--range",
        "-1000000000000000000000000",
        "-999999999999999999999990",
    ]);
    assert!(big[0] >= "-1000000000000000000000000".parse().expect("n"));
}

#[test]
fn bits_gives_k_bit_numbers_up_to_4096() {
    for k in ["1", "64", "65", "4096"] {
        let out = ints(&["--bits", k, "-n", "64"]);
        let k: u64 = k.parse().expect("k");
        assert!(
            out.iter()
                .all(|x| x.bits() <= k && x.sign() != num_bigint::Sign::Minus)
        );
        // P(the top bit is clear in all 64 draws) = 2^-64.
        assert!(out.iter().any(|x| x.bits() == k), "k = {k}");
    }
    assert_eq!(ints(&["--bits", "0"]), vec![BigInt::ZERO]);
}

#[test]
fn json_gives_the_bounds_as_strings_and_the_exact_entropy() {
    let out = lines(&["int", "--range", "-5", "5", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out[0]).expect("JSON");
    assert_eq!(v["kind"], "int");
    assert_eq!(v["start"], "-5");
    assert_eq!(v["stop"], "5");
    assert!((v["entropy_bits"].as_f64().expect("n") - 10f64.log2()).abs() < 1e-12);
    let x: i64 = v["secret"].as_str().expect("string").parse().expect("int");
    assert!((-5..5).contains(&x));
    let out = lines(&["int", "--bits", "300", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out[0]).expect("JSON");
    assert_eq!(v["bits"], 300);
    assert_eq!(v["entropy_bits"], 300.0);
}

#[test]
fn bad_bounds_are_usage_errors() {
    assert!(fails(&["int", "--below", "0"]).contains("must be at least 1"));
    assert!(fails(&["int", "--below", "-3"]).contains("must be at least 1"));
    assert!(fails(&["int", "--below", "x"]).contains("whole number"));
    let err = fails(&["int", "--range", "5", "5"]);
    assert!(
        err.contains("the range is empty") && err.contains("hint:"),
        "{err}"
    );
    assert!(fails(&["int", "--range", "9", "1"]).contains("the range is empty"));
    assert!(fails(&["int", "--range", "1"]).contains("2 values required"));
    assert!(fails(&["int", "--bits", "4097"]).contains("0..=4096"));
    assert!(fails(&["int"]).contains("required"));
    assert!(fails(&["int", "--below", "5", "--bits", "3"]).contains("cannot be used with"));
    let huge = format!("1{}", "0".repeat(1300));
    assert!(fails(&["int", "--below", &huge]).contains("at most 2^4096"));
}
