//! Distribution tests on the real binary's output, and on the same samplers run in-process
//! through each byte source: every test runs three times, on the binary (the OS for the first
//! 64 KiB, the bulk generator after), on `RandomSource::os_only()` and on
//! `RandomSource::bulk_only()`. Only the byte source differs between the three.
//!
//! Every threshold is the chi-squared quantile at tail probability 1e-7 (see
//! `util::chi2_critical`): a correct generator fails one of these tests less than once in a
//! million runs. Sample sizes are chosen so that a modulo-biased generator fails for sure.

use std::collections::HashMap;

use clap::Parser as _;
use secrets_cli::cli::generate::Command as Gen;
use secrets_cli::cli::{Cli, Command};
use secrets_core::spec::{Builtin, Spec};
use secrets_core::{self as secrets, RandomSource};

use crate::util::{chi2_critical, chi2_uniform, lines};

/// The tail probability of each test, per way of running it: three ways (below), so a
/// correct generator fails one of a test's three runs with probability below 3e-7.
const P: f64 = 1e-7;

/// Where a test's samples come from.
#[derive(Debug, Clone, Copy)]
enum Via {
    /// The real binary: the OS for the first 64 KiB, the bulk generator after.
    Binary,
    /// The samplers in-process on `RandomSource::os_only()`.
    Os,
    /// The samplers in-process on `RandomSource::bulk_only()` (ChaCha20 from the first byte,
    /// with its second thread once past 1 MiB).
    Bulk,
}

const VIAS: [Via; 3] = [Via::Binary, Via::Os, Via::Bulk];

/// The output lines of `secrets ARGS`: from the binary, or from the same library calls the
/// command makes, drawing from the chosen source. Supports the generators tested here.
fn lines_via(via: Via, args: &[&str]) -> Vec<String> {
    let mut src = match via {
        Via::Binary => return lines(args),
        Via::Os => RandomSource::os_only(),
        Via::Bulk => RandomSource::bulk_only(),
    };
    let cli = Cli::try_parse_from(std::iter::once("secrets").chain(args.iter().copied()))
        .expect("valid arguments");
    type Draw = Box<dyn FnMut(&mut RandomSource, &mut String) -> secrets::Result<()>>;
    let Command::Generate(command) = cli.command else {
        panic!("lines_via supports generators only, not {args:?}")
    };
    // The engine's own plan for the spec the command line flattens.
    let (spec, count) = match command {
        Gen::Password(a) => (Spec::Password(a.spec()), a.output.count),
        Gen::Otp(a) => (Spec::Otp(a.spec()), a.output.count),
        Gen::TokenHex(a) => (Spec::Token(a.spec), a.output.count),
        Gen::Int(a) => (Spec::Int(a.spec), a.output.count),
        Gen::Choice(a) => (Spec::Choice(a.spec), a.output.count),
        Gen::Passphrase(a) => (Spec::Passphrase(a.spec()), a.output.count),
        _ => panic!("lines_via does not support {args:?}"),
    };
    let plan = spec.plan(&Builtin).expect("plan");
    let mut sampler = plan.sampler(count).expect("sampler");
    let mut draw: Draw = Box::new(move |src, out| sampler.sample_into(src, out));
    (0..count)
        .map(|_| {
            let mut out = String::new();
            draw(&mut src, &mut out).expect("random");
            out
        })
        .collect()
}

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
fn assert_characters_uniform(via: Via, extra: &[&str], alphabet: &str) {
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
    let out = lines_via(via, &args);
    let cells: Vec<char> = alphabet.chars().collect();
    let stat = chi2_uniform(&char_counts(&out), &cells);
    let limit = chi2_critical(cells.len() - 1, P);
    assert!(
        stat < limit,
        "{via:?} {extra:?}: chi-squared {stat} >= {limit}"
    );

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
            "{via:?} {extra:?} position {pos}: chi-squared {stat} >= {limit}"
        );
    }
}

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const SYMBOLS: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;

#[test]
fn sixty_two_letters_and_digits_are_uniform() {
    for via in VIAS {
        sixty_two_letters_and_digits_are_uniform_via(via);
    }
}

fn sixty_two_letters_and_digits_are_uniform_via(via: Via) {
    assert_characters_uniform(via, &["--no-symbols"], &format!("{LOWER}{UPPER}{DIGITS}"));
}

#[test]
fn eighty_eight_characters_are_uniform() {
    for via in VIAS {
        eighty_eight_characters_are_uniform_via(via);
    }
}

fn eighty_eight_characters_are_uniform_via(via: Via) {
    let excluded = "<>&'\"\\";
    let alphabet: String = format!("{LOWER}{UPPER}{DIGITS}{SYMBOLS}")
        .chars()
        .filter(|c| !excluded.contains(*c))
        .collect();
    assert_eq!(alphabet.chars().count(), 88);
    assert_characters_uniform(via, &["-x", excluded], &alphabet);
}

#[test]
fn ninety_four_characters_are_uniform() {
    for via in VIAS {
        ninety_four_characters_are_uniform_via(via);
    }
}

fn ninety_four_characters_are_uniform_via(via: Via) {
    assert_characters_uniform(via, &[], &format!("{LOWER}{UPPER}{DIGITS}{SYMBOLS}"));
}

/// Every one of the 520 valid strings (length 2, lowercase + digits, at least one of each)
/// is equally likely: 520,000 passwords, 1,000 per string. Putting the required characters
/// first would never produce a digit-first string and scores in the hundreds of thousands.
#[test]
fn a_small_policy_is_uniform_over_all_its_valid_strings() {
    for via in VIAS {
        a_small_policy_is_uniform_over_all_its_valid_strings_via(via);
    }
}

/// Through the binary, 520,000 passwords take the two-thread path of `emit_parallel`
/// (100,000 and more): the whole-string test covers it.
fn a_small_policy_is_uniform_over_all_its_valid_strings_via(via: Via) {
    let out = lines_via(
        via,
        &[
            "password",
            "-n",
            "520000",
            "-l",
            "2",
            "--no-upper",
            "--no-symbols",
        ],
    );
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
    assert!(stat < limit, "{via:?} chi-squared {stat} >= {limit}");
}

/// A policy whose valid strings are rare, so the exact-counting path draws it: length 4 over
/// `ab12`, at least 3 digits — 80 of the 256 strings. 160,000 passwords, 2,000 per string.
#[test]
fn a_rare_policy_drawn_by_exact_counting_is_uniform() {
    for via in VIAS {
        a_rare_policy_drawn_by_exact_counting_is_uniform_via(via);
    }
}

fn a_rare_policy_drawn_by_exact_counting_is_uniform_via(via: Via) {
    let out = lines_via(
        via,
        &[
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
        ],
    );
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
    assert!(stat < limit, "{via:?} chi-squared {stat} >= {limit}");
}

/// Numeric codes: every digit position, the leading one included, is uniform over 0-9.
/// 100,000 codes of 6 digits; 6 tests at P / 6 each.
#[test]
fn numeric_otp_digits_are_uniform_including_a_leading_zero() {
    for via in VIAS {
        numeric_otp_digits_are_uniform_including_a_leading_zero_via(via);
    }
}

fn numeric_otp_digits_are_uniform_including_a_leading_zero_via(via: Via) {
    let out = lines_via(via, &["otp", "-n", "100000"]);
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
            "{via:?} position {pos}: chi-squared {stat} >= {limit}"
        );
    }
}

/// Hex tokens: each of the 16 digits equally likely over 1,000,000 digits.
#[test]
fn token_hex_digits_are_uniform() {
    for via in VIAS {
        token_hex_digits_are_uniform_via(via);
    }
}

fn token_hex_digits_are_uniform_via(via: Via) {
    let out = lines_via(via, &["token-hex", "500000"]);
    let cells: Vec<char> = "0123456789abcdef".chars().collect();
    let stat = chi2_uniform(&char_counts(&out), &cells);
    assert!(stat < chi2_critical(15, P), "{via:?} chi-squared {stat}");
}

/// Counts each line of `out`.
fn line_counts(out: &[String]) -> HashMap<String, u64> {
    let mut counts = HashMap::new();
    for line in out {
        *counts.entry(line.clone()).or_default() += 1;
    }
    counts
}

/// `int --below 7`: 700,000 draws, 100,000 per value. `byte % 7` (values 0..3 get 37/256
/// instead of 36/256) scores about 128 here, against a threshold of 45.4 (6 df).
#[test]
fn int_below_seven_is_uniform() {
    for via in VIAS {
        int_below_seven_is_uniform_via(via);
    }
}

fn int_below_seven_is_uniform_via(via: Via) {
    let out = lines_via(via, &["int", "--below", "7", "-n", "700000"]);
    let cells: Vec<String> = (0..7).map(|i| i.to_string()).collect();
    let stat = chi2_uniform(&line_counts(&out), &cells);
    let limit = chi2_critical(6, P);
    assert!(stat < limit, "{via:?} chi-squared {stat} >= {limit}");
}

/// `int --range -5 8`: 13 values, negative ones included; 520,000 draws, 40,000 per
/// value. `byte % 13` (9 values get 20/256, 4 get 19/256) scores about 285, against a
/// threshold of 56.5 (12 df).
#[test]
fn int_range_with_negative_bounds_is_uniform() {
    for via in VIAS {
        int_range_with_negative_bounds_is_uniform_via(via);
    }
}

fn int_range_with_negative_bounds_is_uniform_via(via: Via) {
    let out = lines_via(via, &["int", "--range", "-5", "8", "-n", "520000"]);
    let cells: Vec<String> = (-5..8).map(|i: i32| i.to_string()).collect();
    let stat = chi2_uniform(&line_counts(&out), &cells);
    let limit = chi2_critical(12, P);
    assert!(stat < limit, "{via:?} chi-squared {stat} >= {limit}");
}

/// `choice` over 10 items: 500,000 draws, 50,000 per item. `byte % 10` (6 items get 26/256,
/// 4 get 25/256) scores about 183, against a threshold of 51.8 (9 df).
#[test]
fn choice_is_uniform_over_its_items() {
    for via in VIAS {
        choice_is_uniform_over_its_items_via(via);
    }
}

fn choice_is_uniform_over_its_items_via(via: Via) {
    let items: Vec<String> = (0..10).map(|i| format!("item{i}")).collect();
    let mut args = vec!["choice", "-n", "500000"];
    args.extend(items.iter().map(String::as_str));
    let out = lines_via(via, &args);
    let stat = chi2_uniform(&line_counts(&out), &items);
    let limit = chi2_critical(9, P);
    assert!(stat < limit, "{via:?} chi-squared {stat} >= {limit}");
}

/// Passphrase words: 100,000 passphrases of 6 words from eff-short (1,296 words), so
/// 600,000 words, about 463 per word; threshold at 1,295 df. With `--number`, the word
/// that gets the digit and the digit are uniform too: 60 (position, digit) cells with about
/// 1,667 each (59 df). Two tests, each at P / 2.
#[test]
fn passphrase_words_and_the_number_are_uniform() {
    for via in VIAS {
        passphrase_words_and_the_number_are_uniform_via(via);
    }
}

fn passphrase_words_and_the_number_are_uniform_via(via: Via) {
    let list = secrets_core::passphrase::Wordlist::builtin("eff-short").expect("built in");
    let out = lines_via(
        via,
        &[
            "passphrase",
            "--wordlist",
            "eff-short",
            "--number",
            "-s",
            " ",
            "-n",
            "100000",
        ],
    );
    let mut words: HashMap<String, u64> = HashMap::new();
    let mut placed: HashMap<(usize, char), u64> = HashMap::new();
    for phrase in &out {
        let parts: Vec<&str> = phrase.split(' ').collect();
        assert_eq!(parts.len(), 6, "{phrase}");
        for (pos, part) in parts.iter().enumerate() {
            let word = part.trim_end_matches(|c: char| c.is_ascii_digit());
            if let Some(d) = part.chars().last().filter(char::is_ascii_digit) {
                *placed.entry((pos, d)).or_default() += 1;
            }
            *words.entry(word.to_owned()).or_default() += 1;
        }
    }
    let cells: Vec<String> = list.words().map(str::to_owned).collect();
    let stat = chi2_uniform(&words, &cells);
    let limit = chi2_critical(list.len() - 1, P / 2.0);
    assert!(stat < limit, "{via:?} words: chi-squared {stat} >= {limit}");
    let cells: Vec<(usize, char)> = (0..6)
        .flat_map(|p| DIGITS.chars().map(move |d| (p, d)))
        .collect();
    let stat = chi2_uniform(&placed, &cells);
    let limit = chi2_critical(59, P / 2.0);
    assert!(
        stat < limit,
        "{via:?} number: chi-squared {stat} >= {limit}"
    );
}
