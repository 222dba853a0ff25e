//! `secrets check`: exit 0 for a good password, 1 for a weak one, 2 on error; the
//! password never appears in any output.

use std::ffi::OsStr;

use crate::util::{lines, secrets};

/// Runs `secrets check ARGS` with `stdin`; returns (exit code, stdout, stderr).
fn check(args: &[&str], stdin: &str) -> (i32, String, String) {
    let out = secrets()
        .arg("check")
        .args(args)
        .write_stdin(stdin)
        .output()
        .expect("runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

/// Weak passwords: common-list entries, short ones, keyboard walks, repeats and
/// sequences. (None is a word of the fixed texts check prints, such as "password", so
/// that the leak test below is meaningful.)
const WEAK: [&str; 14] = [
    "123456",
    "qwerty",
    "letmein",
    "iloveyou",
    "dragon",
    "monkey123456",
    "Xk9#",
    "aB3$xY7!",
    "1qaz2wsx3edc",
    "qwertyuiopasdfgh",
    "zxcvbnm,./;'",
    "aaaaaaaaaaaaaaaa",
    "P@ssw0rd2024!",
    "Tr0ub4dor&3",
];

#[test]
fn weak_passwords_exit_one() {
    for pw in WEAK {
        let (code, out, _) = check(&[], &format!("{pw}\n"));
        assert_eq!(code, 1, "{pw}: {out}");
        assert!(out.starts_with("weak: does not meet the policy\n"), "{out}");
    }
}

#[test]
fn generated_secrets_exit_zero() {
    let mut generated = lines(&["password", "-n", "20"]);
    generated.extend(lines(&["passphrase", "-n", "10"]));
    generated.extend(lines(&["token-urlsafe", "16"]));
    for pw in &generated {
        let (code, out, _) = check(&[], &format!("{pw}\n"));
        assert_eq!(code, 0, "a generated secret failed: {out}");
        assert!(out.starts_with("ok: meets the policy"), "{out}");
    }
}

#[test]
fn the_policy_is_adjustable_but_common_passwords_always_fail() {
    let strong = "vT7#qLm2!xR9pZ4w";
    assert_eq!(check(&["--min-length", "17"], strong).0, 1);
    assert_eq!(
        check(&["--min-length", "16", "--min-score", "4"], strong).0,
        0
    );
    assert_eq!(
        check(
            &["--min-length", "0", "--min-score", "0"],
            "qwertyuiopasdfgh"
        )
        .0,
        0
    );
    let (code, out, _) = check(&["--min-length", "0", "--min-score", "0"], "dragon");
    assert_eq!(code, 1);
    assert!(out.contains("a common password"), "{out}");
    assert_eq!(check(&["--min-score", "5"], strong).0, 2);
}

#[test]
fn json_has_the_documented_fields() {
    let (code, out, _) = check(&["--json"], "letmein\n");
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    assert_eq!(v["ok"], false);
    assert_eq!(v["length"], 7);
    assert_eq!(v["common"], true);
    assert_eq!(v["min_length"], 12);
    assert_eq!(v["min_score"], 3);
    assert!(v["score"].as_u64().expect("score") <= 2);
    assert!(v["guesses_log10"].is_f64());
    for scenario in [
        "online_throttling_100_per_hour",
        "online_no_throttling_10_per_second",
        "offline_slow_hashing_1e4_per_second",
        "offline_fast_hashing_1e10_per_second",
    ] {
        assert!(
            v["crack_times"][scenario]["seconds"].is_number(),
            "{scenario}"
        );
        assert!(
            v["crack_times"][scenario]["display"].is_string(),
            "{scenario}"
        );
    }
    assert!(v["warning"].is_string());
    assert!(v["suggestions"].is_array());
    assert!(v["reasons"].as_array().expect("reasons").len() >= 2);
}

#[test]
fn sources_are_those_of_compare() {
    let strong = "vT7#qLm2!xR9pZ4w";
    let out = secrets()
        .args(["check", "env:SECRETS_TEST_PW"])
        .env("SECRETS_TEST_PW", strong)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(check(&[&format!("pass:{strong}")], "").0, 0);
    assert_eq!(check(&["-"], &format!("{strong}\n")).0, 0);
    let (code, out, err) = check(&["env:SECRETS_TEST_UNSET_VARIABLE"], "");
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("is not set"), "{err}");
    let (code, _, err) = check(&["file:/nonexistent/pw"], "");
    assert_eq!(code, 2);
    assert!(err.starts_with("error: "), "{err}");
}

#[cfg(unix)]
#[test]
fn a_password_that_is_not_utf8_is_an_error_that_does_not_show_it() {
    use std::os::unix::ffi::OsStrExt;
    let out = secrets()
        .args(["check", "env:SECRETS_TEST_PW"])
        .env("SECRETS_TEST_PW", OsStr::from_bytes(b"secret\xffvalue"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not valid UTF-8") && !err.contains("secret"),
        "{err}"
    );
}

/// Every form of output, for weak and strong passwords, read from every kind of source:
/// the password is in none of stdout and stderr.
#[test]
fn no_output_or_error_contains_the_password() {
    let mut passwords: Vec<String> = WEAK.iter().map(|s| (*s).to_owned()).collect();
    passwords.extend(lines(&["password", "-n", "3"]));
    passwords.push("correct horse battery staple".into());
    for pw in &passwords {
        for json in [false, true] {
            let mut flags: Vec<&str> = if json { vec!["--json"] } else { vec![] };
            let runs = [
                secrets()
                    .arg("check")
                    .args(&flags)
                    .write_stdin(format!("{pw}\n"))
                    .output(),
                secrets()
                    .arg("check")
                    .args(&flags)
                    .arg("env:SECRETS_TEST_PW")
                    .env("SECRETS_TEST_PW", pw)
                    .output(),
                secrets()
                    .arg("check")
                    .args(&flags)
                    .arg(format!("pass:{pw}"))
                    .output(),
            ];
            for out in runs {
                let out = out.expect("runs");
                let text = format!(
                    "{}{}",
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                );
                assert!(!text.is_empty());
                assert!(!text.contains(pw.as_str()), "leaked in: {text}");
            }
            flags.clear();
        }
        // Errors too: a source that fails after the password was named.
        let out = secrets()
            .args(["check", "--min-score", "9", &format!("pass:{pw}")])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2));
        assert!(!String::from_utf8_lossy(&out.stderr).contains(pw.as_str()));
    }
}

#[test]
fn a_memory_limit_too_small_for_the_estimator_is_an_error_not_an_abort() {
    // Left from an attack pass: zxcvbn builds its dictionaries on first use (8 MB) with
    // code that aborts when an allocation fails: `check` died with exit 134 under
    // `prlimit --as=16MiB`. Scanned upward from the smallest limit at which the binary runs
    // at all (it depends on the build), 1 MiB at a time.
    let runs = |mib: u64, cmd: &str| {
        crate::util::bash(&format!("prlimit --as={} $S {cmd}", mib << 20))
            .status
            .code()
    };
    let Some(coarse) = (8..1024)
        .step_by(8)
        .find(|&m| runs(m, "compare pass:a pass:a") == Some(0))
    else {
        panic!("the binary never ran under any limit up to 1 GiB");
    };
    // Below the smallest limit at which any command runs, the process dies while starting
    // (the loader, or the runtime's first allocation), whatever the command: where that
    // band lies moves with the binary's size, so the scan starts above it.
    let base = (coarse.saturating_sub(8)..coarse)
        .find(|&m| runs(m, "compare pass:a pass:a") == Some(0))
        .unwrap_or(coarse);
    let mut answered = false;
    for mib in base..base + 40 {
        let code = runs(mib, "check pass:abc > /dev/null");
        assert!(
            matches!(code, Some(1 | 2 | 127 | 139)),
            "--as={mib}MiB: exit {code:?}"
        );
        answered |= code == Some(1);
    }
    assert!(
        answered,
        "no limit up to {} MiB let check answer",
        base + 40
    );
}
