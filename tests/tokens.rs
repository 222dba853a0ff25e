//! `token-hex`, `token-urlsafe`, `token-bytes`: Python-compatible lengths and alphabets.

use crate::util::{fails, lines, secrets};

#[test]
fn token_hex_is_64_lowercase_hex_digits_by_default() {
    let out = lines(&["token-hex"]);
    assert_eq!(out[0].len(), 64);
    assert!(
        out[0]
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    );
}

#[test]
fn token_hex_takes_nbytes() {
    assert_eq!(lines(&["token-hex", "16"])[0].len(), 32);
    assert_eq!(lines(&["token-hex", "1"])[0].len(), 2);
    let many = lines(&["token-hex", "100000"]);
    assert_eq!(many[0].len(), 200_000);
}

#[test]
fn token_urlsafe_is_43_base64url_characters_by_default() {
    let out = lines(&["token-urlsafe"]);
    assert_eq!(out[0].len(), 43);
    assert!(
        out[0]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    );
}

#[test]
fn token_urlsafe_has_no_padding_for_any_length() {
    // ceil(4n/3) characters, like Python's token_urlsafe(n).
    for n in [1u64, 2, 3, 16, 100, 49_153] {
        let out = lines(&["token-urlsafe", &n.to_string()]);
        assert_eq!(out[0].len() as u64, (4 * n).div_ceil(3), "n = {n}");
        assert!(!out[0].contains('='));
    }
}

#[test]
fn token_bytes_writes_exactly_nbytes_raw_bytes() {
    let out = secrets()
        .arg("token-bytes")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(out.len(), 32);
    let out = secrets()
        .args(["token-bytes", "100000", "-n", "3"])
        .assert()
        .success();
    assert_eq!(out.get_output().stdout.len(), 300_000);
}

/// Runs the command under a pseudo-terminal (`script`), where stdout is a terminal.
#[test]
fn token_bytes_refuses_a_terminal() {
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} token-bytes", bin.display()),
            "/dev/null",
        ])
        .output()
        .expect("script(1) from util-linux runs");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("refusing to write raw random bytes to a terminal"),
        "{text}"
    );
    assert!(text.contains("hint:"), "{text}");
}

#[test]
fn every_token_is_different() {
    let out = lines(&["token-hex", "-n", "1000", "8"]);
    let unique: std::collections::HashSet<_> = out.iter().collect();
    // 1000 draws of 64 bits: a collision has probability below 3e-14.
    assert_eq!(unique.len(), 1000);
}

#[test]
fn zero_negative_and_huge_nbytes_are_refused() {
    assert!(fails(&["token-hex", "0"]).contains("must be at least 1"));
    assert!(fails(&["token-urlsafe", "-1"]).contains("error:"));
    assert!(fails(&["token-bytes", "99999999999999999999"]).contains("must be at most"));
    assert!(fails(&["token-hex", "12x"]).contains("whole number"));
}
