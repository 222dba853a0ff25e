//! `secrets otp`: numeric and alphanumeric one-time codes.

use crate::util::{fails, lines};

#[test]
fn default_is_six_digits() {
    let out = lines(&["otp", "-n", "100"]);
    assert!(
        out.iter()
            .all(|c| c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit()))
    );
}

#[test]
fn digits_is_an_alias_of_length() {
    assert_eq!(lines(&["otp", "--digits", "8"])[0].len(), 8);
    assert_eq!(lines(&["otp", "-l", "1"])[0].len(), 1);
}

#[test]
fn codes_can_start_with_zero() {
    // P(no leading zero in 2000 codes) = 0.9^2000 < 1e-91.
    let out = lines(&["otp", "-n", "2000"]);
    assert!(out.iter().any(|c| c.starts_with('0')));
}

#[test]
fn alphanumeric_codes_avoid_look_alikes() {
    let out = lines(&["otp", "--alphanumeric", "-n", "500", "-l", "10"]);
    for code in out {
        assert_eq!(code.len(), 10);
        assert!(
            code.chars()
                .all(|c| "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".contains(c)),
            "{code}"
        );
    }
}

#[test]
fn zero_length_is_refused() {
    assert!(fails(&["otp", "-l", "0"]).contains("--length"));
}
