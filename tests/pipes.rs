//! Output plumbing: a closed pipe ends quietly, a full disk is an error.

use std::process::Command;

fn bash(script: &str) -> std::process::Output {
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    Command::new("bash")
        .args([
            "-c",
            &format!("set -o pipefail; S={}; {script}", bin.display()),
        ])
        .output()
        .expect("bash runs")
}

#[test]
fn head_ends_a_huge_run_quietly() {
    for cmd in [
        "$S password -n 1000000000000 | head -1",
        "$S token-hex 1000000000000 | head -c 10",
        "$S token-bytes 1000000000000 | head -c 10",
        "$S otp -n 1000000000000 | head -3",
    ] {
        let out = bash(cmd);
        assert_eq!(out.status.code(), Some(0), "{cmd}: {out:?}");
        assert!(
            out.stderr.is_empty(),
            "{cmd}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty());
    }
}

#[test]
fn a_full_disk_is_an_error_with_exit_two() {
    for cmd in [
        "$S password > /dev/full",
        "$S token-hex 1000000 > /dev/full",
        "$S token-bytes > /dev/full",
    ] {
        let out = bash(cmd);
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with("error:") && err.contains("No space left"),
            "{cmd}: {err}"
        );
        assert!(!err.contains("panicked"));
    }
}
