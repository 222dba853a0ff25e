//! Distribution tests on the real binary's output.
//!
//! Every threshold is the chi-squared quantile at tail probability 1e-7 (see
//! `util::chi2_critical`): a correct generator fails one of these tests less than once in a
//! million runs. Sample sizes are chosen so that a modulo-biased generator fails for sure.

use std::collections::HashMap;

use crate::util::{chi2_critical, chi2_uniform, lines};

const P: f64 = 1e-7;

fn char_counts(passwords: &[String]) -> HashMap<char, u64> {
    let mut counts = HashMap::new();
    for pw in passwords {
        for c in pw.chars() {
            *counts.entry(c).or_default() += 1;
        }
    }
    counts
}

/// 1,000,000 characters (62,500 passwords of 16) over an alphabet that does not divide 256.
/// For 94 characters `byte % 94` would give 68 characters 3/256 and 26 characters 2/256,
/// a chi-squared of about 55,000 — against a threshold near 180.
fn assert_characters_uniform(extra: &[&str], alphabet: &str) {
    let mut args = vec!["password", "-n", "62500", "-l", "16"];
    args.extend_from_slice(&[
        "--min-lower",
        "0",
        "--min-upper",
        "0",
        "--min-digits",
        "0",
        "--min-symbols",
        "0",
    ]);
    args.extend_from_slice(extra);
    let out = lines(&args);
    let cells: Vec<char> = alphabet.chars().collect();
    let stat = chi2_uniform(&char_counts(&out), &cells);
    let limit = chi2_critical(cells.len() - 1, P);
    assert!(stat < limit, "{extra:?}: chi-squared {stat} >= {limit}");

    // Per position: 16 tests of 62,500 characters each, each at P / 16 (Bonferroni).
    for pos in 0..16 {
        let column: Vec<String> = out
            .iter()
            .map(|p| p.chars().nth(pos).into_iter().collect())
            .collect();
        let stat = chi2_uniform(&char_counts(&column), &cells);
        let limit = chi2_critical(cells.len() - 1, P / 16.0);
        assert!(
            stat < limit,
            "{extra:?} position {pos}: chi-squared {stat} >= {limit}"
        );
    }
}

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const SYMBOLS: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;

#[test]
fn sixty_two_letters_and_digits_are_uniform() {
    assert_characters_uniform(&["--no-symbols"], &format!("{LOWER}{UPPER}{DIGITS}"));
}

#[test]
fn eighty_eight_characters_are_uniform() {
    let excluded = "<>&'\"\\";
    let alphabet: String = format!("{LOWER}{UPPER}{DIGITS}{SYMBOLS}")
        .chars()
        .filter(|c| !excluded.contains(*c))
        .collect();
    assert_eq!(alphabet.chars().count(), 88);
    assert_characters_uniform(&["-x", excluded], &alphabet);
}

#[test]
fn ninety_four_characters_are_uniform() {
    assert_characters_uniform(&[], &format!("{LOWER}{UPPER}{DIGITS}{SYMBOLS}"));
}

/// Every one of the 520 valid strings (length 2, lowercase + digits, at least one of each)
/// is equally likely: 520,000 passwords, 1,000 per string. Putting the required characters
/// first would never produce a digit-first string and scores in the hundreds of thousands.
#[test]
fn a_small_policy_is_uniform_over_all_its_valid_strings() {
    let out = lines(&[
        "password",
        "-n",
        "520000",
        "-l",
        "2",
        "--no-upper",
        "--no-symbols",
    ]);
    let mut cells = Vec::new();
    for a in format!("{LOWER}{DIGITS}").chars() {
        for b in format!("{LOWER}{DIGITS}").chars() {
            if a.is_ascii_digit() != b.is_ascii_digit() {
                cells.push(format!("{a}{b}"));
            }
        }
    }
    assert_eq!(cells.len(), 520);
    let mut counts: HashMap<String, u64> = HashMap::new();
    for pw in out {
        *counts.entry(pw).or_default() += 1;
    }
    let stat = chi2_uniform(&counts, &cells);
    let limit = chi2_critical(cells.len() - 1, P);
    assert!(stat < limit, "chi-squared {stat} >= {limit}");
}

/// A policy whose valid strings are rare, so the exact-counting path draws it: length 4 over
/// `ab12`, at least 3 digits — 80 of the 256 strings. 160,000 passwords, 2,000 per string.
#[test]
fn a_rare_policy_drawn_by_exact_counting_is_uniform() {
    let out = lines(&[
        "password",
        "-n",
        "160000",
        "-l",
        "4",
        "--charset",
        "ab12",
        "--min-digits",
        "3",
        "--min-lower",
        "0",
    ]);
    let alphabet = ['a', 'b', '1', '2'];
    let mut cells = Vec::new();
    for i in 0..256usize {
        let s: String = (0..4).map(|k| alphabet[(i >> (2 * k)) & 3]).collect();
        if s.chars().filter(char::is_ascii_digit).count() >= 3 {
            cells.push(s);
        }
    }
    assert_eq!(cells.len(), 80);
    let mut counts: HashMap<String, u64> = HashMap::new();
    for pw in out {
        *counts.entry(pw).or_default() += 1;
    }
    let stat = chi2_uniform(&counts, &cells);
    let limit = chi2_critical(cells.len() - 1, P);
    assert!(stat < limit, "chi-squared {stat} >= {limit}");
}

/// Numeric codes: every digit position, the leading one included, is uniform over 0-9.
/// 100,000 codes of 6 digits; 6 tests at P / 6 each.
#[test]
fn numeric_otp_digits_are_uniform_including_a_leading_zero() {
    let out = lines(&["otp", "-n", "100000"]);
    let cells: Vec<char> = DIGITS.chars().collect();
    for pos in 0..6 {
        let mut counts: HashMap<char, u64> = HashMap::new();
        for code in &out {
            *counts.entry(code.as_bytes()[pos] as char).or_default() += 1;
        }
        let stat = chi2_uniform(&counts, &cells);
        let limit = chi2_critical(9, P / 6.0);
        assert!(
            stat < limit,
            "position {pos}: chi-squared {stat} >= {limit}"
        );
    }
}

/// Hex tokens: each of the 16 digits equally likely over 1,000,000 digits.
#[test]
fn token_hex_digits_are_uniform() {
    let out = lines(&["token-hex", "500000"]);
    let cells: Vec<char> = "0123456789abcdef".chars().collect();
    let stat = chi2_uniform(&char_counts(&out), &cells);
    assert!(stat < chi2_critical(15, P), "chi-squared {stat}");
}
