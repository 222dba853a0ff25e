//! `secrets hash` and `secrets verify`: interoperability with Python's argon2-cffi, bcrypt and
//! hashlib.scrypt in both directions, exit statuses, and secrets kept out of messages.
//!
//! Python's libraries made `tests/vectors/python-hashes.tsv` (see `scripts/make-vectors.py`);
//! the other direction runs Python at test time and is skipped loudly without it (and fails
//! under `CI=true`, where `.ci/run` installs it).

use std::process::Command;

use crate::util::{fails, secrets};

const VECTORS: &str = include_str!("vectors/python-hashes.tsv");

fn verify_status(hash: &str, password: &str) -> i32 {
    let out = secrets()
        .args(["verify", hash, "env:SECRETS_TEST_PW"])
        .env("SECRETS_TEST_PW", password)
        .output()
        .expect("runs");
    assert!(out.stdout.is_empty(), "verify prints nothing on stdout");
    out.status.code().expect("exited")
}

fn hash_of(password: &str, extra: &[&str]) -> String {
    let out = secrets()
        .args(["hash", "env:SECRETS_TEST_PW"])
        .args(extra)
        .env("SECRETS_TEST_PW", password)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("UTF-8");
    assert_eq!(text.lines().count(), 1, "{text}");
    text.trim_end().to_owned()
}

fn vectors() -> Vec<(&'static str, &'static str)> {
    VECTORS
        .lines()
        .map(|l| l.split_once('\t').expect("password<TAB>hash"))
        .collect()
}

#[test]
fn hashes_made_by_python_libraries_verify() {
    let rows = vectors();
    assert!(rows.len() >= 40);
    for prefix in [
        "$argon2id$v=19$",
        "$argon2id$v=16$",
        "$argon2i$v=19$",
        "$argon2i$v=16$",
        "$argon2d$v=19$",
        "$argon2d$v=16$",
        "$2b$",
        "$2a$",
        "$scrypt$",
    ] {
        assert!(rows.iter().any(|(_, h)| h.starts_with(prefix)), "{prefix}");
    }
    for (password, hash) in rows {
        assert_eq!(verify_status(hash, password), 0, "{hash}");
    }
}

#[test]
fn a_wrong_password_always_gives_one() {
    for (password, hash) in vectors() {
        let wrong = format!("{password}!");
        let wrong = if wrong.len() > 72 {
            &password[1..]
        } else {
            &wrong
        };
        assert_eq!(verify_status(hash, wrong), 1, "{hash}");
        assert_eq!(verify_status(hash, ""), 1, "{hash}");
    }
}

#[test]
fn python_defaults_need_no_rehash_and_ours_match_them() {
    let (password, python) = vectors()[0];
    assert!(python.starts_with("$argon2id$v=19$m=65536,t=3,p=4$"));
    let ours = hash_of(password, &[]);
    assert!(
        ours.starts_with("$argon2id$v=19$m=65536,t=3,p=4$"),
        "{ours}"
    );
    let status = secrets()
        .args(["verify", "--needs-rehash", python, "env:P"])
        .env("P", password)
        .output()
        .expect("runs")
        .status
        .code();
    assert_eq!(status, Some(0));
}

#[test]
fn needs_rehash_exits_three_only_on_a_match() {
    let (password, cheap) = vectors()
        .into_iter()
        .find(|(_, h)| h.starts_with("$argon2id$v=19$m=256"))
        .expect("a cheap argon2id vector");
    let out = secrets()
        .args(["verify", "--needs-rehash", cheap, "env:P"])
        .env("P", password)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("m=256 is below 65536"), "{err}");
    assert!(!err.contains(password), "{err}");
    let out = secrets()
        .args(["verify", "--needs-rehash", cheap, "pass:wrong"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    // Without --needs-rehash a weak hash that matches is simply a match.
    assert_eq!(verify_status(cheap, password), 0);
}

#[test]
fn bcrypt_defaults_to_cost_12_and_refuses_73_bytes() {
    let h = hash_of("pw", &["--algorithm", "bcrypt"]);
    assert!(h.starts_with("$2b$12$") && h.len() == 60, "{h}");
    let max = "é".repeat(36); // 72 bytes
    let h = hash_of(&max, &["-a", "bcrypt", "--cost", "4"]);
    assert_eq!(verify_status(&h, &max), 0);
    let too_long = format!("{max}x");
    let out = secrets()
        .args(["hash", "env:P", "-a", "bcrypt", "--cost", "4"])
        .env("P", &too_long)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("73 bytes") && err.contains("72"), "{err}");
    assert_eq!(verify_status(&h, &too_long), 2);
}

#[test]
fn scrypt_hashes_are_phc_strings() {
    let h = hash_of(
        "pw",
        &["-a", "scrypt", "--log-n", "10", "--block-size", "4"],
    );
    assert!(h.starts_with("$scrypt$ln=10,r=4,p=1$"), "{h}");
    assert_eq!(verify_status(&h, "pw"), 0);
    assert_eq!(verify_status(&h, "pW"), 1);
}

#[test]
fn malformed_hashes_give_two_and_name_the_problem() {
    for bad in [
        "nothash",
        "$argon2id$v=19$m=65536,t=3$c2FsdHNhbHQ$aGFzaA",
        "$2b$12$tooshort",
        "$scrypt$ln=17,r=8$c2FsdA$aGFzaA",
        "$argon2id$v=19$m=99999999,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g",
    ] {
        let out = secrets()
            .args(["verify", bad, "pass:x"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("malformed hash"));
    }
}

#[test]
fn options_of_another_algorithm_are_refused() {
    assert!(fails(&["hash", "pass:x", "--cost", "10"]).contains("--cost does not apply"));
    assert!(fails(&["hash", "pass:x", "-a", "bcrypt", "--log-n", "10"]).contains("--log-n"));
    assert!(fails(&["hash", "pass:"]).contains("empty"));
}

#[test]
fn the_password_comes_from_one_line_of_stdin() {
    let out = secrets()
        .args(["hash", "-a", "bcrypt", "--cost", "4"])
        .write_stdin("hunter2\nignored\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let h = String::from_utf8(out).expect("UTF-8");
    assert_eq!(verify_status(h.trim(), "hunter2"), 0);
    let status = secrets()
        .args(["verify", h.trim()])
        .write_stdin("hunter2\n")
        .output()
        .expect("runs")
        .status
        .code();
    assert_eq!(status, Some(0));
}

#[test]
fn no_message_contains_the_password() {
    let (_, hash) = vectors()[1];
    for args in [
        vec!["verify", hash, "pass:TOPSECRET"],
        vec!["verify", "$2b$12$bad", "pass:TOPSECRET"],
        vec!["hash", "pass:TOPSECRET", "--cost", "5"],
    ] {
        let out = secrets().args(&args).output().expect("runs");
        let all = [out.stdout, out.stderr].concat();
        assert!(
            !String::from_utf8_lossy(&all).contains("TOPSECRET"),
            "{args:?}"
        );
    }
}

/// Whether Python with argon2-cffi and bcrypt is here; under CI it must be.
pub(crate) fn python_libraries() -> bool {
    crate::util::have_tool(
        "python3",
        &["-c", "import argon2, bcrypt"],
        "python3 with argon2-cffi and bcrypt",
    )
}

const PY_VERIFY: &str = r#"
import hashlib, base64, os, sys, argon2, bcrypt
pw, h = os.environ["PW"].encode(), os.environ["HASH"]
if h.startswith("$argon2"):
    try:
        argon2.PasswordHasher().verify(h, pw)
        ok = True
    except argon2.exceptions.VerifyMismatchError:
        ok = False
    if ok and argon2.PasswordHasher().check_needs_rehash(h):
        print("rehash")
elif h.startswith("$2"):
    ok = bcrypt.checkpw(pw, h.encode())
else:
    _, _, params, salt, raw = h.split("$")
    p = dict(kv.split("=") for kv in params.split(","))
    dec = lambda s: base64.b64decode(s + "=" * (-len(s) % 4))
    raw = dec(raw)
    ok = hashlib.scrypt(pw, salt=dec(salt), n=1 << int(p["ln"]), r=int(p["r"]),
                        p=int(p["p"]), dklen=len(raw), maxmem=1 << 30) == raw
print("ok" if ok else "mismatch")
"#;

fn python_verdict(hash: &str, password: &str) -> String {
    let out = Command::new("python3")
        .args(["-c", PY_VERIFY])
        .env("PW", password)
        .env("HASH", hash)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

#[test]
fn python_libraries_verify_our_hashes() {
    if !python_libraries() {
        return;
    }
    let password = "pässwörd with spaces";
    for extra in [
        &[][..],
        &["-a", "bcrypt", "--cost", "5"][..],
        &["-a", "scrypt", "--log-n", "12"][..],
        &[
            "--memory-cost",
            "1024",
            "--time-cost",
            "1",
            "--parallelism",
            "1",
        ][..],
    ] {
        let h = hash_of(password, extra);
        let verdict = python_verdict(&h, password);
        // argon2-cffi flags our cheap hash (and only it) for rehashing, as we would.
        let expected = if extra.contains(&"--memory-cost") {
            "rehash\nok"
        } else {
            "ok"
        };
        assert_eq!(verdict, expected, "{h}");
        assert_eq!(
            python_verdict(&h, "pässwörd with spaceS"),
            "mismatch",
            "{h}"
        );
    }
}
