//! `secrets password`: lengths, classes, exclusions, minimums, entropy.

use crate::util::{fails, lines, secrets};

const SYMBOLS: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;

#[test]
fn default_is_one_password_of_twenty_characters_with_every_class() {
    let out = lines(&["password"]);
    assert_eq!(out.len(), 1);
    let pw = &out[0];
    assert_eq!(pw.chars().count(), 20);
    assert!(pw.chars().any(|c| c.is_ascii_lowercase()));
    assert!(pw.chars().any(|c| c.is_ascii_uppercase()));
    assert!(pw.chars().any(|c| c.is_ascii_digit()));
    assert!(pw.chars().any(|c| SYMBOLS.contains(c)));
}

#[test]
fn count_gives_that_many_lines_and_length_sets_each() {
    let out = lines(&["password", "-n", "50", "-l", "7"]);
    assert_eq!(out.len(), 50);
    assert!(out.iter().all(|p| p.chars().count() == 7));
}

#[test]
fn the_pw_alias_works() {
    assert_eq!(lines(&["pw", "-l", "9"])[0].chars().count(), 9);
}

#[test]
fn turned_off_classes_never_appear() {
    for pw in lines(&["password", "-n", "200", "--no-symbols", "--no-upper"]) {
        assert!(
            pw.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
            "{pw}"
        );
    }
}

#[test]
fn replacement_symbols_are_the_only_symbols() {
    for pw in lines(&[
        "password",
        "-n",
        "200",
        "--symbols",
        "#!",
        "--min-symbols",
        "3",
    ]) {
        let symbols: Vec<char> = pw.chars().filter(|c| !c.is_ascii_alphanumeric()).collect();
        assert!(symbols.len() >= 3, "{pw}");
        assert!(symbols.iter().all(|c| "#!".contains(*c)), "{pw}");
    }
}

#[test]
fn excluded_and_ambiguous_characters_never_appear() {
    let out = lines(&[
        "password",
        "-n",
        "300",
        "-l",
        "40",
        "-x",
        "abcXYZ",
        "--no-ambiguous",
    ]);
    for pw in out {
        for c in "abcXYZ0Oo1lI|'\"`".chars() {
            assert!(!pw.contains(c), "{c:?} in {pw}");
        }
    }
}

#[test]
fn charset_is_exactly_the_alphabet_and_counts_characters_not_bytes() {
    let out = lines(&["password", "-n", "100", "-l", "12", "--charset", "äöü€"]);
    for pw in out {
        assert_eq!(pw.chars().count(), 12);
        assert!(pw.chars().all(|c| "äöü€".contains(c)), "{pw}");
        // Default minimums: one lowercase (ä ö ü) and one symbol (€).
        assert!(pw.contains('€'), "{pw}");
    }
}

#[test]
fn minimums_are_always_met_even_when_rare() {
    for pw in lines(&["password", "-n", "300", "-l", "8", "--min-digits", "5"]) {
        assert!(pw.chars().filter(char::is_ascii_digit).count() >= 5, "{pw}");
        assert!(pw.chars().any(|c| c.is_ascii_lowercase()), "{pw}");
        assert!(pw.chars().any(|c| c.is_ascii_uppercase()), "{pw}");
        assert!(pw.chars().any(|c| SYMBOLS.contains(c)), "{pw}");
    }
    for pw in lines(&["password", "-n", "100", "-l", "64", "--min-symbols", "40"]) {
        assert!(
            pw.chars().filter(|c| SYMBOLS.contains(*c)).count() >= 40,
            "{pw}"
        );
    }
}

#[test]
fn the_longest_password_with_heavy_minimums_is_produced() {
    let out = lines(&[
        "password",
        "-l",
        "1024",
        "--min-lower",
        "284",
        "--min-upper",
        "284",
        "--min-digits",
        "110",
        "--min-symbols",
        "346",
    ]);
    let pw = &out[0];
    assert_eq!(pw.chars().count(), 1024);
    assert!(pw.chars().filter(char::is_ascii_digit).count() >= 110);
    assert!(pw.chars().filter(|c| SYMBOLS.contains(*c)).count() >= 346);
}

#[test]
fn min_zero_lifts_the_default_minimum() {
    // With no minimum for digits, some of 400 passwords of length 4 over 62 characters lack
    // one: P(all 400 contain a digit) = (1 - (52/62)^4)^400 < 1e-100.
    let out = lines(&[
        "password",
        "-n",
        "400",
        "-l",
        "4",
        "--no-symbols",
        "--min-digits",
        "0",
        "--min-lower",
        "0",
        "--min-upper",
        "0",
    ]);
    assert!(out.iter().any(|pw| !pw.chars().any(|c| c.is_ascii_digit())));
}

#[test]
fn entropy_goes_to_stderr_and_stdout_keeps_only_the_password() {
    let assert = secrets()
        .args([
            "password",
            "--entropy",
            "-l",
            "16",
            "--min-lower",
            "0",
            "--min-upper",
            "0",
        ])
        .args(["--min-digits", "0", "--min-symbols", "0"])
        .assert()
        .success();
    let out = assert.get_output();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1);
    // 16 * log2(94) = 104.87
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "entropy: 104.87 bits\n"
    );
}

#[test]
fn entropy_counts_only_valid_strings() {
    // Length 2, lowercase + digits, at least one of each: 520 strings, log2(520) = 9.02.
    let out = secrets()
        .args([
            "password",
            "-l",
            "2",
            "--no-upper",
            "--no-symbols",
            "--entropy",
        ])
        .assert()
        .success();
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stderr),
        "entropy: 9.02 bits\n"
    );
}

#[test]
fn impossible_policies_are_usage_errors_with_a_hint() {
    let err = fails(&[
        "password",
        "--no-lower",
        "--no-upper",
        "--no-digits",
        "--no-symbols",
    ]);
    assert!(err.starts_with("error: no characters are left"), "{err}");
    assert!(err.contains("hint:"), "{err}");
    let err = fails(&[
        "password",
        "--no-symbols",
        "-x",
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    ]);
    assert!(err.contains("no characters are left"), "{err}");
    let err = fails(&["password", "-l", "3", "--min-symbols", "3"]);
    assert!(
        err.contains("the minimums ask for 6 characters but the password has only 3"),
        "{err}"
    );
    let err = fails(&["password", "--no-digits", "--min-digits", "2"]);
    assert!(
        err.contains("--min-digits asks for digits but the alphabet has none"),
        "{err}"
    );
    let err = fails(&["password", "--charset", "abc", "--min-upper", "1"]);
    assert!(err.contains("--min-upper"), "{err}");
}

#[test]
fn lengths_outside_the_documented_range_are_refused() {
    assert!(fails(&["password", "-l", "0"]).contains("--length"));
    assert!(fails(&["password", "-l", "1025"]).contains("1..=1024"));
    assert!(fails(&["password", "-l", "18446744073709551616"]).contains("--length"));
    assert!(fails(&["password", "-l", "-3"]).contains("error:"));
}

/// Large counts are generated on two threads in batches of 4,096: the count is exact across
/// batch boundaries, every line meets the policy, and `| head` still ends quietly.
#[test]
fn large_counts_are_exact_and_every_line_meets_the_policy() {
    let out = crate::util::lines(&["password", "-n", "100003", "-l", "4", "--no-symbols"]);
    assert_eq!(out.len(), 100_003);
    for pw in &out {
        assert_eq!(pw.chars().count(), 4, "{pw}");
        assert!(pw.chars().any(|c| c.is_ascii_lowercase()), "{pw}");
        assert!(pw.chars().any(|c| c.is_ascii_uppercase()), "{pw}");
        assert!(pw.chars().any(|c| c.is_ascii_digit()), "{pw}");
    }
    let head = crate::util::bash("$S password -n 10000000 | head -1; echo \"${PIPESTATUS[0]}\"");
    let text = String::from_utf8_lossy(&head.stdout);
    assert_eq!(text.lines().nth(1), Some("0"), "{text}");
}

#[test]
fn what_cannot_be_meant_is_refused() {
    // No symbol in --symbols: the symbol class would silently vanish.
    let err = fails(&["password", "--symbols", "abc"]);
    assert!(
        err.contains("--symbols holds 'a', a lowercase letter"),
        "{err}"
    );
    let err = fails(&["password", "--symbols", "!9"]);
    assert!(err.contains("a digit"), "{err}");
    // One character: every password the same, 0 bits.
    let err = fails(&["password", "--charset", "a"]);
    assert!(err.contains("0 bits"), "{err}");
    let err = fails(&["password", "--charset", "ab", "-x", "b"]);
    assert!(err.contains("0 bits"), "{err}");
    assert_eq!(
        lines(&["password", "--charset", "ab", "-l", "4"])[0].len(),
        4
    );
    assert_eq!(lines(&["password", "--symbols", "!@"])[0].len(), 20);
}
