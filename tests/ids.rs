//! `secrets uuid`, `ulid` and `nanoid`: shapes checked by the real parsers (Python's `uuid`
//! module), time order, uniformity of Nano ID characters, and alphabet checks.

use std::collections::HashMap;
use std::process::Command;

use crate::util::{chi2_critical, chi2_uniform, fails, have_tool, lines, secrets};

#[test]
fn uuids_are_version_4_by_default_and_7_on_request() {
    for (args, version) in [
        (&["uuid", "-n", "200"][..], '4'),
        (&["uuid", "--v7", "-n", "200"][..], '7'),
    ] {
        let ids = lines(args);
        assert_eq!(ids.len(), 200);
        for id in &ids {
            assert_eq!(id.len(), 36, "{id}");
            assert_eq!(id.chars().nth(14), Some(version), "{id}");
            assert!(
                "89ab".contains(id.chars().nth(19).expect("long enough")),
                "{id}"
            );
        }
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), 200);
    }
}

#[test]
fn python_parses_our_uuids_with_the_right_version() {
    if !have_tool("python3", &["--version"], "python3") {
        return;
    }
    let ids = lines(&["uuid", "-n", "5"]);
    let v7 = lines(&["uuid", "--v7", "-n", "5"]);
    let script = "import sys, uuid\n\
                  for line in sys.stdin.read().split():\n\
                  \x20   u = uuid.UUID(line)\n\
                  \x20   assert str(u) == line and u.variant == uuid.RFC_4122, line\n\
                  \x20   print(u.version)\n";
    let out = Command::new("python3")
        .args(["-c", script])
        .stdin_bytes(format!("{}\n{}\n", ids.join("\n"), v7.join("\n")));
    assert_eq!(out, "4\n4\n4\n4\n4\n7\n7\n7\n7\n7\n");
}

trait StdinBytes {
    fn stdin_bytes(&mut self, input: String) -> String;
}

impl StdinBytes for Command {
    fn stdin_bytes(&mut self, input: String) -> String {
        use std::io::Write;
        let mut child = self
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("runs");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("writes");
        let out = child.wait_with_output().expect("waits");
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).expect("UTF-8")
    }
}

#[test]
fn time_ordered_ids_carry_the_current_time() {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("after 1970")
        .as_millis();
    let now = u64::try_from(now).expect("before the year 500 million");
    let v7 = lines(&["uuid", "--v7"]).remove(0);
    let millis = u64::from_str_radix(&v7.replace('-', "")[..12], 16).expect("hex");
    assert!(
        millis.abs_diff(now) < 600_000,
        "{v7} is not within 10 minutes of now"
    );
    let ulid = lines(&["ulid"]).remove(0);
    assert_eq!(ulid.len(), 26);
    let alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let millis = ulid[..10].chars().fold(0u64, |acc, c| {
        acc * 32 + alphabet.find(c).expect("Crockford base32") as u64
    });
    assert!(
        millis.abs_diff(now) < 600_000,
        "{ulid} is not within 10 minutes of now"
    );
    assert!(ulid.chars().all(|c| alphabet.contains(c)), "{ulid}");
}

#[test]
fn ids_take_json() {
    let out = lines(&["nanoid", "--json", "--size", "10", "--alphabet", "abcd"]);
    let v: serde_json::Value = serde_json::from_str(&out[0]).expect("JSON");
    assert_eq!(v["kind"], "nanoid");
    assert_eq!(v["entropy_bits"], 20.0);
    assert_eq!(v["alphabet_size"], 4);
    let v: serde_json::Value = serde_json::from_str(&lines(&["uuid", "--json"])[0]).expect("JSON");
    assert_eq!(v["entropy_bits"], 122.0);
    let v: serde_json::Value = serde_json::from_str(&lines(&["ulid", "--json"])[0]).expect("JSON");
    assert_eq!(v["entropy_bits"], 80.0);
}

/// 200,000 characters over 64 cells; at p = 1e-7 a correct generator fails less than once
/// in ten million runs.
#[test]
fn nanoid_characters_are_uniform() {
    let ids = lines(&["nanoid", "-n", "10000", "--size", "20"]);
    let alphabet: Vec<char> = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict"
        .chars()
        .collect();
    let mut counts = HashMap::new();
    for id in &ids {
        assert_eq!(id.chars().count(), 20);
        for c in id.chars() {
            *counts.entry(c).or_insert(0u64) += 1;
        }
    }
    let stat = chi2_uniform(&counts, &alphabet);
    assert!(stat < chi2_critical(63, 1e-7), "chi2 = {stat}");
}

/// A 3-character alphabet, which does not divide 256: 150,000 draws, p = 1e-7.
#[test]
fn nanoid_with_a_small_alphabet_is_uniform() {
    let ids = lines(&["nanoid", "-n", "1500", "--size", "100", "--alphabet", "xyz"]);
    let mut counts = HashMap::new();
    for c in ids.iter().flat_map(|id| id.chars()) {
        *counts.entry(c).or_insert(0u64) += 1;
    }
    let stat = chi2_uniform(&counts, &['x', 'y', 'z']);
    assert!(stat < chi2_critical(2, 1e-7), "chi2 = {stat}");
}

#[test]
fn bad_nanoid_alphabets_and_sizes_are_refused() {
    assert!(fails(&["nanoid", "--alphabet", "aab"]).contains("more than once"));
    assert!(fails(&["nanoid", "--alphabet", "a"]).contains("at least 2"));
    assert!(fails(&["nanoid", "--alphabet", "ab\u{1b}"]).contains("control characters"));
    assert!(fails(&["nanoid", "--size", "0"]).contains("error"));
    assert!(fails(&["uuid", "--v4", "--v7"]).contains("cannot be used with"));
}

#[test]
fn ids_stream_in_bulk() {
    let out = secrets()
        .args(["uuid", "-n", "100000"])
        .assert()
        .success()
        .get_output()
        .stdout
        .len();
    assert_eq!(out, 100_000 * 37);
}
