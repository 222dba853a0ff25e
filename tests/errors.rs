//! Usage errors: exit 2, one clear message on stderr, nothing on stdout, never a panic.

use crate::util::{fails, secrets};

#[test]
fn unknown_flags_and_commands_are_usage_errors() {
    assert!(fails(&["password", "--bogus"]).contains("unexpected argument '--bogus'"));
    assert!(fails(&["frobnicate"]).contains("unrecognized subcommand"));
    assert!(fails(&[]).contains("Usage:"));
}

#[test]
fn zero_and_oversized_counts_are_refused() {
    assert!(fails(&["password", "-n", "0"]).contains("must be at least 1"));
    assert!(fails(&["otp", "-n", "99999999999999999999999"]).contains("must be at most"));
}

#[test]
fn no_newline_needs_a_single_secret() {
    let err = fails(&["password", "-n", "2", "--no-newline"]);
    assert!(err.contains("--no-newline needs a single secret"), "{err}");
}

#[cfg(unix)]
#[test]
fn invalid_utf8_arguments_are_refused() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let out = secrets()
        .args([
            OsStr::new("password"),
            OsStr::new("--charset"),
            OsStr::from_bytes(b"ab\xff"),
        ])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid UTF-8"));
    assert!(out.stdout.is_empty());
}

#[test]
fn no_error_panics() {
    let cases: [&[&str]; 6] = [
        &["password", "-l", "1025"],
        &["password", "--min-digits", "99999999999999999999"],
        &[
            "password",
            "--min-digits",
            "18446744073709551615",
            "--min-lower",
            "5",
        ],
        &["token-hex", "0"],
        &["apikey", "--prefix", "\u{7f}"],
        &["compare", "fd:4294967296"],
    ];
    for args in cases {
        let err = fails(args);
        assert!(err.starts_with("error:"), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn help_teaches_with_examples_and_version_is_printed() {
    let help = secrets()
        .args(["password", "--help"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let help = String::from_utf8_lossy(&help);
    assert!(help.contains("Examples:"));
    assert!(help.contains("--min-digits"));
    let version = secrets()
        .arg("--version")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8_lossy(&version),
        format!("secrets {}\n", env!("CARGO_PKG_VERSION"))
    );
}
