//! `secrets hmac`: RFC 4231 and Python `hmac` vectors, output formats, `--verify`.

use std::io::Write;

use crate::util::{fails, secrets};

const PYTHON: &str = include_str!("vectors/python-hmac.tsv");

/// Writes `bytes` to a fresh file in the temp directory and returns its path.
fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("secrets-hmac-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(bytes))
        .expect("write");
    path
}

/// Runs `secrets ARGS` with `key` in a file named by `$SECRETS_TEST_KEY_FILE`.
fn run(args: &[&str], key: &[u8], stdin: &[u8]) -> (i32, String) {
    // file: drops one trailing newline, so the file holds the key and a newline.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let key_file = temp_file(&format!("key-{n}"), &[key, b"\n"].concat());
    let args: Vec<String> = args
        .iter()
        .map(|a| {
            a.replace(
                "env:SECRETS_TEST_KEY",
                &format!("file:{}", key_file.display()),
            )
        })
        .collect();
    let out = secrets()
        .args(&args)
        .write_stdin(stdin)
        .output()
        .expect("runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stdout).expect("UTF-8"),
    )
}

#[test]
fn rfc_4231_case_2_in_every_format() {
    let msg = b"what do ya want for nothing?";
    let hex256 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
    assert_eq!(
        run(&["hmac", "--key", "env:SECRETS_TEST_KEY"], b"Jefe", msg),
        (0, format!("{hex256}\n"))
    );
    let (_, github) = run(
        &["hmac", "-k", "env:SECRETS_TEST_KEY", "--format", "github"],
        b"Jefe",
        msg,
    );
    assert_eq!(github, format!("sha256={hex256}\n"));
    let (_, b64) = run(
        &["hmac", "-k", "env:SECRETS_TEST_KEY", "-f", "base64"],
        b"Jefe",
        msg,
    );
    assert_eq!(b64, "W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=\n");
    let (_, sha512) = run(
        &["hmac", "-k", "env:SECRETS_TEST_KEY", "-a", "sha512"],
        b"Jefe",
        msg,
    );
    assert!(
        sha512.starts_with("164b7a7bfcf819e2e395fbe73b56e0a387bd6422"),
        "{sha512}"
    );
}

#[test]
fn python_hmac_vectors_match_from_a_file_and_from_stdin() {
    let rows: Vec<Vec<&str>> = PYTHON.lines().map(|l| l.split('\t').collect()).collect();
    assert!(rows.len() >= 12);
    for (i, row) in rows.iter().enumerate() {
        let [alg, key, msg, expected] = row[..] else {
            panic!("4 fields")
        };
        let key = hex::decode(key).expect("hex key");
        let msg = hex::decode(msg).expect("hex message");
        if key.is_empty() {
            // Python signs with an empty key; we refuse one (anyone could forge).
            let (code, out) = run(
                &["hmac", "-k", "env:SECRETS_TEST_KEY", "-a", alg],
                &key,
                &msg,
            );
            assert_eq!(
                (code, out.as_str()),
                (2, ""),
                "row {i}: an empty key is refused"
            );
            continue;
        }
        let (code, out) = run(
            &["hmac", "-k", "env:SECRETS_TEST_KEY", "-a", alg],
            &key,
            &msg,
        );
        assert_eq!((code, out.trim()), (0, expected), "row {i} from stdin");
        let path = temp_file(&format!("msg{i}"), &msg);
        let path = path.to_str().expect("UTF-8 path");
        let (code, out) = run(
            &["hmac", "-k", "env:SECRETS_TEST_KEY", "-a", alg, path],
            &key,
            b"",
        );
        assert_eq!((code, out.trim()), (0, expected), "row {i} from a file");
        let sig = format!("{alg}={expected}");
        assert_eq!(
            run(
                &[
                    "hmac",
                    "-k",
                    "env:SECRETS_TEST_KEY",
                    "-a",
                    alg,
                    "--verify",
                    &sig,
                    path
                ],
                &key,
                b""
            )
            .0,
            0
        );
    }
}

#[test]
fn verify_gives_zero_one_or_two() {
    let key = b"webhook-secret";
    let body = b"{\"action\":\"opened\"}\x00\xff binary";
    let (_, good) = run(
        &["hmac", "-k", "env:SECRETS_TEST_KEY", "-f", "github"],
        key,
        body,
    );
    let good = good.trim();
    let verify = |sig: &str, key: &[u8], body: &[u8]| {
        run(
            &["hmac", "-k", "env:SECRETS_TEST_KEY", "--verify", sig],
            key,
            body,
        )
        .0
    };
    assert_eq!(verify(good, key, body), 0);
    assert_eq!(
        verify(&good["sha256=".len()..].to_uppercase(), key, body),
        0
    );
    assert_eq!(verify(good, b"webhook-secreT", body), 1);
    assert_eq!(verify(good, key, b"{\"action\":\"closed\"}"), 1);
    let mut flipped = good.to_owned();
    flipped.pop();
    flipped.push(if good.ends_with('0') { '1' } else { '0' });
    assert_eq!(verify(&flipped, key, body), 1);
    assert_eq!(verify("sha256=nothex", key, body), 2);
    assert_eq!(verify(&good.replace("sha256=", "sha1="), key, body), 2);
}

#[test]
fn key_and_message_cannot_both_be_stdin() {
    let err = fails(&["hmac", "--key", "-"]);
    assert!(err.contains("both come from standard input"), "{err}");
    assert!(fails(&["hmac"]).contains("--key"));
}

#[test]
fn the_key_never_appears_in_messages() {
    for args in [
        vec!["hmac", "--key", "pass:TOPSECRETKEY", "/nonexistent/file"],
        vec!["hmac", "--key", "pass:TOPSECRETKEY", "--verify", "bad"],
        vec!["hmac", "--key", "TOPSECRETKEY", "-a", "md5"],
    ] {
        let out = secrets().args(&args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("TOPSECRETKEY"),
            "{args:?}"
        );
    }
}

#[test]
fn a_wrong_signature_is_1_with_a_note_and_a_malformed_one_is_2() {
    let dir = crate::util::TempDir::new("hmac-answers");
    let msg = dir.path("msg");
    std::fs::write(&msg, "hello").expect("write");
    let msg = msg.display().to_string();
    let wrong = "0".repeat(64);
    let out = secrets()
        .args(["hmac", "--key", "pass:k", "--verify", &wrong, &msg])
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("wrong signature"));
    secrets()
        .args(["hmac", "--key", "pass:k", "--verify", &wrong, "-q", &msg])
        .assert()
        .code(1)
        .stdout("")
        .stderr("");
    // Empty, truncated, too long, not hex/base64, another algorithm: malformed, exit 2.
    let long = "0".repeat(66);
    let sha1 = format!("sha1={}", "0".repeat(40));
    for sig in ["", &wrong[..63], &wrong[..62], &long, "zz", &sha1] {
        let err = fails(&["hmac", "--key", "pass:k", "--verify", sig, &msg]);
        assert!(err.starts_with("error: "), "{sig:?}: {err}");
    }
}
