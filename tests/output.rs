//! `--json`, `--output FILE`, `--force` and `--no-newline`, on every generator.

use serde_json::Value;

use crate::util::{TempDir, fails, secrets, stdout_lines};

fn json_lines(args: &[&str]) -> Vec<Value> {
    stdout_lines(secrets().args(args).arg("--json"))
        .iter()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

#[test]
fn password_json_carries_the_documented_fields() {
    let v = json_lines(&["password", "-n", "3", "-l", "24"]);
    assert_eq!(v.len(), 3);
    for obj in v {
        assert_eq!(obj["kind"], "password");
        assert_eq!(obj["length"], 24);
        assert_eq!(obj["alphabet_size"], 94);
        let secret = obj["secret"].as_str().expect("secret is a string");
        assert_eq!(secret.chars().count(), 24);
        let bits = obj["entropy_bits"].as_f64().expect("entropy is a number");
        // Below the unconstrained 24 * log2(94) = 157.3, above 24 * log2(84) = 153.4.
        assert!(bits > 153.4 && bits < 157.31, "{bits}");
    }
}

#[test]
fn json_escapes_quotes_and_backslashes_in_passwords() {
    // Only '"' and '\': every password is made of the two characters JSON must escape.
    for obj in json_lines(&["password", "-n", "20", "--charset", "\"\\", "-l", "8"]) {
        let secret = obj["secret"].as_str().expect("string");
        assert_eq!(secret.chars().count(), 8);
        assert!(secret.chars().all(|c| c == '"' || c == '\\'));
    }
}

#[test]
fn token_otp_and_apikey_json_carry_their_fields() {
    let hex = &json_lines(&["token-hex", "16"])[0];
    assert_eq!(hex["kind"], "token-hex");
    assert_eq!(hex["bytes"], 16);
    assert_eq!(hex["encoding"], "hex");
    assert_eq!(hex["entropy_bits"], 128.0);
    assert_eq!(hex["secret"].as_str().map(str::len), Some(32));

    let url = &json_lines(&["token-urlsafe"])[0];
    assert_eq!(url["kind"], "token-urlsafe");
    assert_eq!(url["encoding"], "base64url");
    assert_eq!(url["entropy_bits"], 256.0);
    assert_eq!(url["secret"].as_str().map(str::len), Some(43));

    let otp = &json_lines(&["otp", "-l", "8"])[0];
    assert_eq!(otp["kind"], "otp");
    assert_eq!(otp["length"], 8);
    assert_eq!(otp["alphabet_size"], 10);
    let bits = otp["entropy_bits"].as_f64().expect("number");
    assert!((bits - 8.0 * 10f64.log2()).abs() < 1e-9);

    let key = &json_lines(&["apikey", "--prefix", "pk_"])[0];
    assert_eq!(key["kind"], "apikey");
    assert_eq!(key["prefix"], "pk_");
    assert_eq!(key["bytes"], 32);
    assert!(
        key["secret"]
            .as_str()
            .is_some_and(|s| s.starts_with("pk_") && s.len() == 67)
    );
}

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
#[test]
fn output_creates_a_0600_file_and_prints_nothing() {
    let dir = TempDir::new("out");
    let file = dir.path("pw.txt");
    for (cmd, extra) in [
        ("password", "-n"),
        ("token-hex", "-n"),
        ("otp", "-n"),
        ("apikey", "-n"),
    ] {
        let _ = std::fs::remove_file(&file);
        secrets()
            .args([cmd, extra, "5", "-o"])
            .arg(&file)
            .assert()
            .success()
            .stdout("");
        assert_eq!(mode(&file), 0o600, "{cmd}");
        let content = std::fs::read_to_string(&file).expect("read");
        assert_eq!(content.lines().count(), 5, "{cmd}");
    }
    // token-bytes too, raw.
    let raw = dir.path("key.bin");
    secrets()
        .args(["token-bytes", "64", "-o"])
        .arg(&raw)
        .assert()
        .success()
        .stdout("");
    assert_eq!(std::fs::read(&raw).expect("read").len(), 64);
    assert_eq!(mode(&raw), 0o600);
    assert_eq!(
        dir.entries(),
        ["key.bin", "pw.txt"],
        "no temporary files are left"
    );
}

#[cfg(unix)]
#[test]
fn output_is_0600_even_under_a_permissive_umask() {
    let dir = TempDir::new("umask");
    let file = dir.path("k");
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    let status = std::process::Command::new("bash")
        .args([
            "-c",
            &format!("umask 000; {} token-hex -o \"$F\"", bin.display()),
        ])
        .env("F", &file)
        .status()
        .expect("bash runs");
    assert!(status.success());
    assert_eq!(mode(&file), 0o600);
}

#[test]
fn output_refuses_an_existing_file_unless_forced() {
    let dir = TempDir::new("exists");
    let file = dir.path("secret");
    std::fs::write(&file, "old\n").expect("write");
    let out = secrets()
        .args(["password", "-o"])
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "old\n");

    secrets()
        .args(["password", "--force", "-o"])
        .arg(&file)
        .assert()
        .success();
    let new = std::fs::read_to_string(&file).expect("read");
    assert_ne!(new, "old\n");
    assert_eq!(new.trim_end().chars().count(), 20);
    assert_eq!(dir.entries(), ["secret"]);
}

#[cfg(unix)]
#[test]
fn output_never_follows_a_symlink() {
    let dir = TempDir::new("symlink");
    let target = dir.path("target");
    std::fs::write(&target, "precious\n").expect("write");
    let link = dir.path("link");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    for force in [false, true] {
        let mut cmd = secrets();
        cmd.args(["token-hex", "-o"]).arg(&link);
        if force {
            cmd.arg("--force");
        }
        let out = cmd.output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "force = {force}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("symbolic link"));
        assert_eq!(
            std::fs::read_to_string(&target).expect("read"),
            "precious\n"
        );
    }
}

#[test]
fn force_needs_output() {
    assert!(fails(&["password", "--force"]).contains("--output"));
}

#[test]
fn output_into_a_missing_directory_is_an_error() {
    let err = fails(&["password", "-o", "/nonexistent-dir/pw"]);
    assert!(err.contains("/nonexistent-dir"), "{err}");
}

#[test]
fn no_newline_leaves_out_the_final_newline() {
    for args in [
        vec!["password", "--no-newline"],
        vec!["token-hex", "--no-newline"],
        vec!["token-urlsafe", "--no-newline"],
        vec!["otp", "--no-newline"],
        vec!["apikey", "--no-newline"],
    ] {
        let out = secrets()
            .args(&args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        assert!(!out.is_empty() && !out.contains(&b'\n'), "{args:?}");
    }
    let out = secrets()
        .args(["password", "--no-newline", "--json"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(!text.ends_with('\n'));
    let _: Value = serde_json::from_str(&text).expect("still one JSON object");
}
