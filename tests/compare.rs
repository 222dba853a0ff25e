//! `secrets compare`: exit status 0 equal, 1 different, 2 error; operands from sources.

use std::io::Write;

use crate::util::secrets;

fn status(args: &[&str], stdin: &str) -> i32 {
    let out = secrets()
        .args(args)
        .write_stdin(stdin)
        .output()
        .expect("runs");
    assert!(out.stdout.is_empty(), "compare prints nothing on stdout");
    out.status.code().expect("exited")
}

#[test]
fn equal_is_zero_and_different_is_one() {
    assert_eq!(status(&["compare", "pass:abc", "pass:abc"], ""), 0);
    assert_eq!(status(&["compare", "pass:abc", "pass:abd"], ""), 1);
}

#[test]
fn different_lengths_differ() {
    assert_eq!(status(&["compare", "pass:abc", "pass:abcd"], ""), 1);
    assert_eq!(status(&["compare", "pass:x", "pass:xy"], ""), 1);
}

#[test]
fn bare_words_are_usage_errors_not_literals() {
    assert_eq!(status(&["compare", "hunter2", "pass:hunter2"], ""), 2);
}

#[test]
fn a_missing_second_operand_is_a_line_of_stdin() {
    assert_eq!(status(&["compare", "pass:tok"], "tok\n"), 0);
    assert_eq!(status(&["compare", "pass:tok"], "tok"), 0);
    assert_eq!(status(&["compare", "pass:tok"], "tok\r\n"), 0);
    assert_eq!(status(&["compare", "pass:tok"], "tokx\n"), 1);
}

#[test]
fn dash_dash_reads_two_lines() {
    assert_eq!(status(&["compare", "-", "-"], "same\nsame\n"), 0);
    assert_eq!(status(&["compare", "stdin", "-"], "one\ntwo\n"), 1);
}

#[test]
fn env_operands_are_read_from_the_environment() {
    let out = secrets()
        .args(["compare", "env:SECRETS_TEST_A", "env:SECRETS_TEST_B"])
        .env("SECRETS_TEST_A", "x1")
        .env("SECRETS_TEST_B", "x1")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
}

#[cfg(unix)]
#[test]
fn env_values_that_are_not_utf8_are_compared_as_bytes() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let value = OsStr::from_bytes(b"\xff\xfe");
    let run = |other: &[u8]| {
        secrets()
            .args(["compare", "env:SECRETS_TEST_A", "env:SECRETS_TEST_B"])
            .env("SECRETS_TEST_A", value)
            .env("SECRETS_TEST_B", OsStr::from_bytes(other))
            .output()
            .expect("runs")
            .status
            .code()
    };
    assert_eq!(run(b"\xff\xfe"), Some(0));
    assert_eq!(run(b"\xff\xfd"), Some(1));
}

#[test]
fn file_operands_drop_one_trailing_newline() {
    let dir = std::env::temp_dir().join(format!("secrets-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("key");
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(b"k3y\n"))
        .expect("write");
    let arg = format!("file:{}", path.display());
    assert_eq!(status(&["compare", &arg, "pass:k3y"], ""), 0);
    assert_eq!(status(&["compare", &arg, "pass:k3y\n"], ""), 1);
    std::fs::remove_dir_all(&dir).expect("clean up");
}

#[test]
fn fd_operands_read_an_inherited_descriptor() {
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    let script = format!(
        "printf 'abc\\n' > \"$T\"; {bin} compare fd:3 pass:abc 3< \"$T\"; echo $?",
        bin = bin.display()
    );
    let dir = std::env::temp_dir().join(format!("secrets-fd-{}", std::process::id()));
    let out = std::process::Command::new("bash")
        .args(["-c", &script])
        .env("T", &dir)
        .output()
        .expect("bash runs");
    let _ = std::fs::remove_file(&dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
}

#[test]
fn unreadable_sources_are_errors_that_name_the_source() {
    let out = secrets()
        .args(["compare", "env:SECRETS_SURELY_UNSET", "pass:x"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("env:SECRETS_SURELY_UNSET: the environment variable is not set"),
        "{err}"
    );

    let out = secrets()
        .args(["compare", "file:/nonexistent/key", "pass:x"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("file:/nonexistent/key"));

    let out = secrets()
        .args(["compare", "fd:97", "pass:x"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("fd:97"));
}

#[test]
fn an_empty_or_closed_stdin_is_an_error() {
    assert_eq!(status(&["compare", "pass:x"], ""), 2);
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    let out = std::process::Command::new("bash")
        .args([
            "-c",
            &format!("{} compare pass:x - <&-; echo $?", bin.display()),
        ])
        .output()
        .expect("bash runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "2");
}

#[test]
fn no_message_ever_contains_a_secret() {
    let cases: [&[&str]; 3] = [
        &["compare", "pass:TOPSECRET-1", "file:/nonexistent"],
        &["compare", "TOPSECRET-1", "env:SECRETS_SURELY_UNSET"],
        &["compare", "pass:TOPSECRET-1", "fd:notanumber"],
    ];
    for args in cases {
        let out = secrets()
            .args(args)
            .write_stdin("TOPSECRET-2\n")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("TOPSECRET"), "{args:?} leaked: {err}");
    }
}
