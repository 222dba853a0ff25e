//! `secrets keygen`: WireGuard, age and OpenSSH keys checked against the real tools in both
//! directions (wg from wireguard-tools, age and age-keygen, ssh-keygen from openssh-client).
//! Each test is skipped loudly without its tool, and fails under `CI=true`, where `.ci/run`
//! installs them.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::util::{fails, have_tool, secrets};

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("secrets-keygen-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs `program ARGS` with `input` on stdin; asserts success and returns stdout.
fn run(program: &str, args: &[&str], input: &[u8]) -> String {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("writes");
    let out = child.wait_with_output().expect("waits");
    assert!(out.status.success(), "{program} {args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn ours(args: &[&str]) -> String {
    let out = secrets()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

/// ssh-keygen has no --version; look for it on the PATH.
fn have_ssh_keygen() -> bool {
    have_tool(
        "sh",
        &["-c", "command -v ssh-keygen"],
        "ssh-keygen (openssh-client)",
    )
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("exists").permissions().mode() & 0o777
}

#[test]
fn wireguard_public_keys_agree_with_wg_both_ways() {
    if !have_tool("wg", &["--version"], "wg (wireguard-tools)") {
        return;
    }
    let dir = temp_dir("wg");
    let key = dir.join("wg0.key");
    secrets()
        .args(["keygen", "wireguard", "-o"])
        .arg(&key)
        .assert()
        .success()
        .stdout("");
    assert_eq!(mode(&key), 0o600);
    let private = fs::read_to_string(&key).expect("written");
    assert_eq!(private.len(), 45, "44 base64 characters and a newline");
    let source = format!("file:{}", key.display());
    assert_eq!(
        ours(&["keygen", "wireguard", "--pub", &source]),
        run("wg", &["pubkey"], private.as_bytes())
    );
    // wg's own key, our public key.
    let theirs = run("wg", &["genkey"], b"");
    let ours_pub = secrets()
        .args(["keygen", "wireguard", "--pub", "env:WG_KEY"])
        .env("WG_KEY", theirs.trim())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(ours_pub).expect("UTF-8"),
        run("wg", &["pubkey"], theirs.as_bytes())
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn wireguard_private_and_preshared_keys_have_wgs_shape() {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let private = ours(&["keygen", "wireguard"]);
    let raw = b64.decode(private.trim()).expect("base64");
    assert_eq!(raw.len(), 32);
    assert_eq!(
        (raw[0] & 7, raw[31] & 0xC0),
        (0, 0x40),
        "clamped like wg genkey"
    );
    let psk = ours(&["keygen", "wireguard-psk"]);
    assert_eq!(b64.decode(psk.trim()).expect("base64").len(), 32);
    let json: serde_json::Value =
        serde_json::from_str(&ours(&["keygen", "wireguard", "--json"])).expect("JSON");
    assert_eq!(json["kind"], "wireguard");
    assert_eq!(json["entropy_bits"], 251);
}

#[test]
fn wireguard_json_public_key_matches_pub() {
    let json: serde_json::Value =
        serde_json::from_str(&ours(&["keygen", "wireguard", "--json"])).expect("JSON");
    let public = secrets()
        .args(["keygen", "wireguard", "--pub", "env:K"])
        .env("K", json["secret"].as_str().expect("secret"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(public).expect("UTF-8").trim(),
        json["public"].as_str().expect("public")
    );
}

#[test]
fn malformed_wireguard_keys_are_refused_without_echo() {
    let err = secrets()
        .args(["keygen", "wireguard", "--pub", "env:K"])
        .env("K", "c2VjcmV0LXRvcHNlY3JldA==")
        .assert()
        .code(2)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8(err).expect("UTF-8");
    assert!(
        err.contains("not a WireGuard key") && !err.contains("c2VjcmV0"),
        "{err}"
    );
    assert!(fails(&["keygen", "wireguard-psk", "--pub", "env:K"]).contains("no public key"));
}

#[test]
fn age_identities_work_with_age_both_ways() {
    if !have_tool("age", &["--version"], "age")
        || !have_tool("age-keygen", &["--version"], "age-keygen")
    {
        return;
    }
    let dir = temp_dir("age");
    let identity = dir.join("key.txt");
    let out = secrets()
        .args(["keygen", "age", "-o"])
        .arg(&identity)
        .assert()
        .success()
        .stdout("")
        .get_output()
        .stderr
        .clone();
    assert_eq!(mode(&identity), 0o600);
    let text = fs::read_to_string(&identity).expect("written");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("# created: 20") && lines[0].ends_with('Z'));
    let recipient = lines[1]
        .strip_prefix("# public key: ")
        .expect("public key comment");
    assert!(lines[2].starts_with("AGE-SECRET-KEY-1"));
    assert!(
        String::from_utf8_lossy(&out).contains(recipient),
        "public key on stderr"
    );

    // age-keygen -y agrees with our -y.
    let path = identity.to_str().expect("UTF-8 path");
    let theirs = run("age-keygen", &["-y", path], b"");
    assert_eq!(theirs.trim(), recipient);
    assert_eq!(
        ours(&["keygen", "age", "--pub", &format!("file:{path}")]),
        theirs
    );

    // age encrypts to our recipient and decrypts with our identity.
    let sealed = dir.join("msg.age");
    let sealed_path = sealed.to_str().expect("UTF-8 path");
    run(
        "age",
        &["-r", recipient, "-o", sealed_path],
        b"attack at dawn",
    );
    assert_eq!(
        run("age", &["-d", "-i", path, sealed_path], b""),
        "attack at dawn"
    );

    // age-keygen's identity: our -y agrees with its own.
    let theirs_key = dir.join("theirs.txt");
    let theirs_path = theirs_key.to_str().expect("UTF-8 path");
    run("age-keygen", &["-o", theirs_path], b"");
    assert_eq!(
        ours(&["keygen", "age", "-y", &format!("file:{theirs_path}")]),
        run("age-keygen", &["-y", theirs_path], b"")
    );
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn age_pub_reads_a_whole_identity_file_from_fd_0() {
    let file = ours(&["keygen", "age"]);
    let recipient = file
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .expect("public key comment")
        .to_owned();
    let out = secrets()
        .args(["keygen", "age", "--pub", "fd:0"])
        .write_stdin(file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(out).expect("UTF-8"),
        format!("{recipient}\n")
    );
}

#[test]
fn age_pub_from_one_stdin_line_explains_itself() {
    let err = secrets()
        .args(["keygen", "age", "--pub", "-"])
        .write_stdin("# created: 2026-01-01T00:00:00Z\n")
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&err).contains("fd:0"));
}

#[test]
fn ssh_keys_agree_with_ssh_keygen() {
    if !have_ssh_keygen() {
        return;
    }
    let dir = temp_dir("ssh");
    let key = dir.join("deploy_key");
    let path = key.to_str().expect("UTF-8 path");
    secrets()
        .args([
            "keygen",
            "ssh-ed25519",
            "-o",
            path,
            "--comment",
            "ci@example",
        ])
        .assert()
        .success()
        .stdout("");
    assert_eq!(mode(&key), 0o600);
    assert_eq!(mode(&dir.join("deploy_key.pub")), 0o644);
    let public = fs::read_to_string(dir.join("deploy_key.pub")).expect("written");
    assert!(public.starts_with("ssh-ed25519 ") && public.ends_with(" ci@example\n"));
    assert_eq!(run("ssh-keygen", &["-y", "-f", path], b""), public);
    let fingerprint = run("ssh-keygen", &["-l", "-f", path], b"");
    let source = format!("file:{path}");
    assert_eq!(
        ours(&["keygen", "ssh-ed25519", "--pub", &source, "--fingerprint"]),
        fingerprint
    );
    assert_eq!(ours(&["keygen", "ssh-ed25519", "--pub", &source]), public);
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn passphrase_protected_ssh_keys_work_both_ways() {
    if !have_ssh_keygen() {
        return;
    }
    let dir = temp_dir("ssh-pass");
    let key = dir.join("id");
    let path = key.to_str().expect("UTF-8 path");
    secrets()
        .args([
            "keygen",
            "ssh-ed25519",
            "-o",
            path,
            "--passphrase",
            "env:PASS",
        ])
        .env("PASS", "correct horse battery")
        .assert()
        .success();
    let text = fs::read_to_string(&key).expect("written");
    assert!(!text.contains("correct horse"));
    let public = fs::read_to_string(dir.join("id.pub")).expect("written");
    assert_eq!(
        run(
            "ssh-keygen",
            &["-y", "-P", "correct horse battery", "-f", path],
            b""
        ),
        public
    );
    // Without or with the wrong passphrase, ssh-keygen refuses.
    let wrong = Command::new("ssh-keygen")
        .args(["-y", "-P", "wrong", "-f", path])
        .stdin(Stdio::null())
        .output()
        .expect("runs");
    assert!(!wrong.status.success());

    // ssh-keygen's own protected key, read by us.
    let theirs = dir.join("theirs");
    let theirs_path = theirs.to_str().expect("UTF-8 path");
    run(
        "ssh-keygen",
        &[
            "-q",
            "-t",
            "ed25519",
            "-N",
            "pw of theirs",
            "-C",
            "them",
            "-f",
            theirs_path,
        ],
        b"",
    );
    let ours_pub = secrets()
        .args([
            "keygen",
            "ssh-ed25519",
            "--pub",
            &format!("file:{theirs_path}"),
        ])
        .args(["--passphrase", "env:PASS"])
        .env("PASS", "pw of theirs")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        String::from_utf8(ours_pub).expect("UTF-8"),
        fs::read_to_string(dir.join("theirs.pub")).expect("written")
    );
    let err = secrets()
        .args([
            "keygen",
            "ssh-ed25519",
            "--pub",
            &format!("file:{theirs_path}"),
        ])
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&err).contains("encrypted"));
    let _ = fs::remove_dir_all(dir);
}

/// A key file whose bcrypt-pbkdf rounds were raised to 2^32 - 1 is refused at once.
#[test]
fn hostile_kdf_rounds_are_refused() {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let pem = secrets()
        .args(["keygen", "ssh-ed25519", "--passphrase", "env:PASS"])
        .env("PASS", "pw")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let pem = String::from_utf8(pem).expect("UTF-8");
    let body: String = pem.lines().filter(|l| !l.starts_with("-----")).collect();
    let mut raw = b64.decode(body).expect("base64");
    // "openssh-key-v1\0", cipher "aes256-ctr", kdf "bcrypt", kdfoptions: len, salt, rounds.
    let pos = raw
        .windows(6)
        .position(|w| w == b"bcrypt")
        .expect("bcrypt kdf")
        + 6
        + 4 // kdfoptions length
        + 4 // salt length
        + 16; // salt
    raw[pos..pos + 4].copy_from_slice(&u32::MAX.to_be_bytes());
    let encoded = b64.encode(raw);
    let wrapped: Vec<&str> = encoded
        .as_bytes()
        .chunks(70)
        .map(|c| std::str::from_utf8(c).expect("ASCII"))
        .collect();
    let hostile = format!(
        "-----BEGIN OPENSSH PRIVATE KEY-----\n{}\n-----END OPENSSH PRIVATE KEY-----\n",
        wrapped.join("\n")
    );
    let err = secrets()
        .args([
            "keygen",
            "ssh-ed25519",
            "--pub",
            "env:KEY",
            "--passphrase",
            "env:PASS",
        ])
        .env("KEY", hostile)
        .env("PASS", "pw")
        .assert()
        .code(2)
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&err);
    assert!(err.contains("limit of 1024"), "{err}");
}

#[test]
fn private_keys_are_refused_on_a_terminal_unless_shown() {
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    for kind in ["wireguard", "wireguard-psk", "age", "ssh-ed25519"] {
        let out = Command::new("script")
            .args([
                "-qec",
                &format!("{} keygen {kind}", bin.display()),
                "/dev/null",
            ])
            .output()
            .expect("script(1) from util-linux runs");
        assert_eq!(out.status.code(), Some(2), "{kind}: {out:?}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("refusing to print a private key"), "{text}");
        assert!(
            !text.contains("PRIVATE KEY-----") && !text.contains("AGE-SECRET"),
            "{text}"
        );
        let shown = Command::new("script")
            .args([
                "-qec",
                &format!("{} keygen {kind} --show", bin.display()),
                "/dev/null",
            ])
            .output()
            .expect("runs");
        assert_eq!(shown.status.code(), Some(0), "{kind}: {shown:?}");
    }
}

#[test]
fn an_existing_output_file_is_kept_and_no_pub_file_is_left() {
    let dir = temp_dir("exists");
    let key = dir.join("id");
    fs::write(&key, "keep me").expect("writes");
    let err = fails(&["keygen", "ssh-ed25519", "-o", key.to_str().expect("UTF-8")]);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(fs::read_to_string(&key).expect("kept"), "keep me");
    assert!(!dir.join("id.pub").exists());
    let _ = fs::remove_dir_all(dir);
}

#[test]
fn ssh_options_are_refused_for_other_kinds_and_comments_are_checked() {
    assert!(fails(&["keygen", "wireguard", "--comment", "x"]).contains("ssh-ed25519"));
    assert!(fails(&["keygen", "age", "--passphrase", "env:P"]).contains("ssh-ed25519"));
    let err = fails(&[
        "keygen",
        "ssh-ed25519",
        "--comment",
        "a\nssh-ed25519 AAAA evil",
    ]);
    assert!(err.contains("control characters"), "{err}");
    assert!(fails(&["keygen", "ssh-ed25519", "--fingerprint"]).contains("--pub"));
}
