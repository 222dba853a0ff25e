//! `secrets apikey`: prefixed keys.

use crate::util::{fails, lines};

fn is_lower_hex(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[test]
fn default_is_sk_live_and_64_hex_digits() {
    let key = &lines(&["apikey"])[0];
    let rest = key.strip_prefix("sk_live_").expect("default prefix");
    assert_eq!(rest.len(), 64);
    assert!(is_lower_hex(rest));
}

#[test]
fn prefix_and_bytes_are_configurable() {
    let key = &lines(&["apikey", "--prefix", "pk-Test_9", "--bytes", "16"])[0];
    let rest = key.strip_prefix("pk-Test_9").expect("prefix");
    assert_eq!(rest.len(), 32);
    assert!(is_lower_hex(rest));
    let bare = &lines(&["apikey", "--prefix", "", "--bytes", "4"])[0];
    assert_eq!(bare.len(), 8);
}

#[test]
fn prefixes_outside_the_safe_set_are_refused() {
    for bad in ["a.b", "sk live", "ключ_", "a/b", "$x"] {
        let err = fails(&["apikey", "--prefix", bad]);
        assert!(err.contains("may only contain"), "{bad}: {err}");
    }
}

#[test]
fn zero_bytes_are_refused() {
    assert!(fails(&["apikey", "--bytes", "0"]).contains("--bytes"));
}

const BASE62: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// The checksum computed here independently of the crate: CRC32 (IEEE) in base62.
fn crc32_base62(data: &[u8]) -> String {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    let mut value = !crc;
    let mut out = Vec::new();
    for _ in 0..6 {
        out.push(BASE62.as_bytes()[usize::try_from(value % 62).expect("small")]);
        value /= 62;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII")
}

fn verify_status(key: &str, extra: &[&str]) -> i32 {
    crate::util::secrets()
        .args(["apikey", "--verify", "env:SECRETS_TEST_KEY"])
        .args(extra)
        .env("SECRETS_TEST_KEY", key)
        .output()
        .expect("runs")
        .status
        .code()
        .expect("exited")
}

#[test]
fn checksummed_keys_have_githubs_shape() {
    for key in lines(&["apikey", "--checksum", "--prefix", "ghp_", "-n", "50"]) {
        let rest = key.strip_prefix("ghp_").expect("prefix");
        assert_eq!(rest.len(), 36, "{key}");
        assert!(rest.chars().all(|c| BASE62.contains(c)), "{key}");
        assert_eq!(crc32_base62(&rest.as_bytes()[..30]), &rest[30..], "{key}");
        assert_eq!(verify_status(&key, &[]), 0);
        assert_eq!(verify_status(&key, &["--prefix", "ghp_"]), 0);
        assert_eq!(verify_status(&key, &["--prefix", "gho_"]), 1);
    }
}

#[test]
fn a_typo_or_truncation_fails_verification() {
    let key = &lines(&["apikey", "--checksum"])[0];
    assert!(key.starts_with("sk_live_"));
    for i in 8..key.len() {
        let mut typo = key.clone().into_bytes();
        typo[i] = if typo[i] == b'x' { b'y' } else { b'x' };
        let typo = String::from_utf8(typo).expect("ASCII");
        assert_eq!(verify_status(&typo, &[]), 1, "{typo}");
    }
    assert_eq!(verify_status(&key[..key.len() - 1], &[]), 1);
    assert_eq!(verify_status("short", &[]), 1);
    assert_eq!(verify_status("", &[]), 1);
}

#[test]
fn verify_reads_a_line_of_stdin_and_prints_nothing() {
    let key = &lines(&["apikey", "--checksum", "--prefix", ""])[0];
    crate::util::secrets()
        .args(["apikey", "--verify", "-"])
        .write_stdin(format!("{key}\n"))
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
}

#[test]
fn base62_keys_carry_at_least_the_requested_entropy() {
    // 32 bytes = 256 bits need 43 base62 characters (43 * 5.954 = 256.03).
    let key = &lines(&["apikey", "--encoding", "base62"])[0];
    let rest = key.strip_prefix("sk_live_").expect("prefix");
    assert_eq!(rest.len(), 43);
    assert!(rest.chars().all(|c| BASE62.contains(c)));
    assert_eq!(
        lines(&[
            "apikey",
            "--encoding",
            "base62",
            "--bytes",
            "16",
            "--prefix",
            ""
        ])[0]
            .len(),
        22
    );
}

#[test]
fn checksummed_json_names_the_checksum() {
    let line = &lines(&["apikey", "--checksum", "--json", "--prefix", "ghp_"])[0];
    let v: serde_json::Value = serde_json::from_str(line).expect("JSON");
    assert_eq!(v["kind"], "apikey");
    assert_eq!(v["encoding"], "base62");
    assert_eq!(v["checksum"], "crc32");
    assert_eq!(v["length"], 30);
    assert_eq!(v["prefix"], "ghp_");
    assert!(v["secret"].as_str().expect("secret").starts_with("ghp_"));
}

#[test]
fn checksum_conflicts_are_refused() {
    assert!(fails(&["apikey", "--checksum", "--encoding", "hex"]).contains("base62"));
    assert!(fails(&["apikey", "--checksum", "--bytes", "16"]).contains("--bytes"));
    assert!(fails(&["apikey", "--verify", "-", "--json"]).contains("--json"));
}

#[test]
fn an_invalid_key_says_why_on_stderr_unless_quiet() {
    let key = &lines(&["apikey", "--checksum", "--prefix", "ghp_"])[0];
    let mut broken = key.clone();
    // Change one random character: a checksum mismatch, whatever the character was.
    let last = broken.pop().expect("a key");
    broken.push(if last == 'A' { 'B' } else { 'A' });
    let out = crate::util::secrets()
        .args(["apikey", "--verify", "-"])
        .write_stdin(format!("{broken}\n"))
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(err.contains("not the checksum"), "{err}");
    assert!(!err.contains(&broken), "the key leaked: {err}");
    let out = crate::util::secrets()
        .args(["apikey", "--verify", "-", "--prefix", "sk_"])
        .write_stdin(format!("{key}\n"))
        .assert()
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&out).contains("--prefix"));
    crate::util::secrets()
        .args(["apikey", "--verify", "-", "-q"])
        .write_stdin(format!("{broken}\n"))
        .assert()
        .code(1)
        .stdout("")
        .stderr("");
    assert!(fails(&["apikey", "-q"]).contains("--verify"));
}
