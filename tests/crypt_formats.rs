//! The `crypt(3)` and web-server hash formats, checked against the real consumers in both
//! directions: `$6$` and `$y$` against libxcrypt (through Perl's `crypt`, which calls the
//! system's crypt(3) directly), `mkpasswd` (whois) and `openssl passwd -6`; htpasswd lines
//! against `htpasswd` (apache2-utils). Plus the work caps, `--escape compose` and the
//! refusals. Tools are required under `CI=true`, where `.ci/run` installs them.

use std::process::Command;

use crate::util::{fails, have_tool, secrets};

const PW: &str = "pa$$word with spaces and é";

fn hash_of(extra: &[&str]) -> String {
    crate::util::hash_of(PW, extra)
}

fn verify_status(hash: &str, password: &str) -> i32 {
    let out = secrets()
        .args(["verify", hash, "env:PW"])
        .env("PW", password)
        .output()
        .expect("runs");
    assert!(out.stdout.is_empty());
    out.status.code().expect("exited")
}

/// Whether the system's crypt(3) gives `hash` back for the password: the libxcrypt check.
fn system_crypt_accepts(hash: &str, password: &str) -> bool {
    let out = Command::new("perl")
        .args([
            "-e",
            "print crypt($ENV{PW}, $ARGV[0]) eq $ARGV[0] ? 'yes' : 'no'",
            hash,
        ])
        .env("PW", password)
        .output()
        .expect("perl runs");
    assert!(out.status.success(), "{out:?}");
    out.stdout == b"yes"
}

fn tool_output(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().expect("runs");
    assert!(out.status.success(), "{program} {args:?}: {out:?}");
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .trim_end()
        .to_owned()
}

#[test]
fn our_sha512_crypt_and_yescrypt_hashes_pass_the_systems_crypt() {
    if !have_tool("perl", &["-e", "exit 0"], "perl (the system's crypt(3))") {
        return;
    }
    for extra in [
        &["-a", "sha512-crypt"][..],
        &["-a", "sha512-crypt", "--rounds", "12345"][..],
        &["-a", "yescrypt"][..],
    ] {
        let hash = hash_of(extra);
        assert!(system_crypt_accepts(&hash, PW), "{extra:?}: {hash}");
        assert!(!system_crypt_accepts(&hash, "wrong"), "{extra:?}: {hash}");
    }
    let six = hash_of(&["-a", "sha512-crypt"]);
    assert!(six.starts_with("$6$") && six.split('$').nth(2).map(str::len) == Some(16));
    assert!(hash_of(&["-a", "yescrypt"]).starts_with("$y$j9T$"));
}

#[test]
fn mkpasswd_hashes_verify_here() {
    if !have_tool("mkpasswd", &["-m", "help"], "mkpasswd (whois)") {
        return;
    }
    for args in [
        &["-m", "sha-512"][..],
        &["-m", "sha-512", "-R", "20000"][..],
        &["-m", "yescrypt"][..],
        &["-m", "yescrypt", "-R", "7"][..],
        &["-m", "sha-256"][..],
    ] {
        let mut all = args.to_vec();
        all.push(PW);
        let hash = tool_output("mkpasswd", &all);
        assert_eq!(verify_status(&hash, PW), 0, "{args:?}: {hash}");
        assert_eq!(verify_status(&hash, "wrong"), 1, "{args:?}: {hash}");
    }
}

#[test]
fn openssl_passwd_6_hashes_verify_here() {
    if !have_tool("openssl", &["version"], "openssl") {
        return;
    }
    let hash = tool_output("openssl", &["passwd", "-6", PW]);
    assert_eq!(verify_status(&hash, PW), 0, "{hash}");
    assert_eq!(verify_status(&hash, "wrong"), 1, "{hash}");
    let hash = tool_output("openssl", &["passwd", "-6", "-salt", "saltsaltsalt", PW]);
    assert_eq!(verify_status(&hash, PW), 0, "{hash}");
}

#[test]
fn htpasswd_accepts_our_lines_and_we_accept_its_lines() {
    if !have_tool("htpasswd", &["-nbB", "u", "p"], "htpasswd (apache2-utils)") {
        return;
    }
    let dir = std::env::temp_dir().join(format!("secrets-htpasswd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("htpasswd");
    let file_arg = file.to_str().expect("UTF-8 path");
    for extra in [
        &[][..],
        &["--cost", "5"][..],
        &["-a", "sha512-crypt"][..],
        &["-a", "yescrypt"][..],
    ] {
        let mut args = vec!["--format", "htpasswd", "--user", "alice"];
        args.extend_from_slice(extra);
        let line = hash_of(&args);
        if extra.is_empty() {
            assert!(line.starts_with("alice:$2y$12$"), "{line}");
        }
        std::fs::write(&file, format!("{line}\n")).expect("writes");
        let ok = Command::new("htpasswd")
            .args(["-vb", file_arg, "alice", PW])
            .output()
            .expect("runs");
        assert!(ok.status.success(), "{extra:?}: {line}: {ok:?}");
        let wrong = Command::new("htpasswd")
            .args(["-vb", file_arg, "alice", "wrong"])
            .output()
            .expect("runs");
        assert!(!wrong.status.success(), "{line}");
    }
    // htpasswd's own -B line, whole or just the hash.
    let line = tool_output("htpasswd", &["-nbB", "bob", PW]);
    let hash = line.split_once(':').expect("user:hash").1;
    assert_eq!(verify_status(&line, PW), 0, "{line}");
    assert_eq!(verify_status(hash, PW), 0, "{hash}");
    assert_eq!(verify_status(&line, "wrong"), 1, "{line}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn hostile_rounds_and_costs_are_refused_before_work() {
    let ours = hash_of(&["-a", "sha512-crypt"]);
    let rest = ours.strip_prefix("$6$").expect("$6$");
    let hostile = format!("$6$rounds=999999999${rest}");
    let out = secrets()
        .args(["verify", &hostile, "env:PW"])
        .env("PW", PW)
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(
        err.contains("200000× the work") && err.contains("--allow-expensive"),
        "{err}"
    );
    // 2^20 x 32 x 128 bytes = 4 GiB of yescrypt; 2^30 would be 4 TiB.
    for params in ["jHT", "jRT"] {
        let hostile = format!(
            "$y${params}$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        );
        let err = fails(&["verify", &hostile, "pass:x"]);
        assert!(err.contains("above the limit of 4 GiB"), "{params}: {err}");
    }
    assert!(fails(&["verify", "$6$abc$xyz", "pass:x"]).contains("malformed"));
    assert!(fails(&["verify", "$y$j9T$AA$AAAA", "pass:x"]).contains("malformed"));
}

#[test]
fn needs_rehash_notices_weak_crypt_hashes() {
    let weak = hash_of(&["-a", "sha512-crypt", "--rounds", "1000"]);
    let out = secrets()
        .args(["verify", "--needs-rehash", &weak, "env:PW"])
        .env("PW", PW)
        .assert()
        .code(3)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("rounds=1000"));
    let strong = hash_of(&["-a", "yescrypt"]);
    secrets()
        .args(["verify", "--needs-rehash", &strong, "env:PW"])
        .env("PW", PW)
        .assert()
        .code(0);
}

#[test]
fn escape_compose_doubles_every_dollar() {
    let escaped = hash_of(&["-a", "sha512-crypt", "--escape", "compose"]);
    assert!(escaped.starts_with("$$6$$"), "{escaped}");
    let plain = escaped.replace("$$", "$");
    assert_eq!(verify_status(&plain, PW), 0, "{plain}");
    let line = hash_of(&[
        "--format", "htpasswd", "--user", "u", "--escape", "compose", "--cost", "4",
    ]);
    assert!(line.starts_with("u:$$2y$$04$$"), "{line}");
    // Generators: a password over {$, a} has every '$' doubled.
    let out = secrets()
        .args([
            "password",
            "--charset",
            "$a",
            "-l",
            "40",
            "-n",
            "50",
            "--escape",
            "compose",
        ])
        .args(["--min-lower", "0", "--min-symbols", "0"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    for pw in String::from_utf8(out).expect("UTF-8").lines() {
        let original = pw.replace("$$", "$");
        assert_eq!(original.chars().count(), 40, "{pw}");
        assert_eq!(
            pw.matches('$').count(),
            2 * original.matches('$').count(),
            "{pw}"
        );
    }
    let key = secrets()
        .args(["key", "--for", "django", "--escape", "compose"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let key = String::from_utf8(key).expect("UTF-8");
    assert_eq!(
        key.trim_end().replace("$$", "$").chars().count(),
        50,
        "{key}"
    );
    assert!(fails(&["password", "--escape", "compose", "--json"]).contains("cannot be used"));
}

#[test]
fn htpasswd_options_are_checked() {
    assert!(fails(&["hash", "pass:pw", "--user", "alice"]).contains("--format htpasswd"));
    assert!(fails(&["hash", "pass:pw", "--format", "htpasswd"]).contains("--user"));
    assert!(fails(&["hash", "pass:pw", "--format", "htpasswd", "--user", "a:b"]).contains("':'"));
    let err = fails(&[
        "hash",
        "pass:pw",
        "--format",
        "htpasswd",
        "--user",
        "a\nb:$2y$",
    ]);
    assert!(err.contains("control characters"), "{err}");
    let err = fails(&[
        "hash", "pass:pw", "--format", "htpasswd", "--user", "a", "-a", "scrypt",
    ]);
    assert!(err.contains("scrypt"), "{err}");
    assert!(fails(&["hash", "pass:pw", "--rounds", "5000"]).contains("does not apply"));
    assert!(fails(&["hash", "pass:pw", "-a", "sha512-crypt", "--rounds", "999"]).contains("error"));
}
