//! `secrets totp` against the real peers: oathtool (OATH Toolkit, Debian) and pyotp (PyPI),
//! on random secrets, algorithms, digits, periods, times and windows.
//!
//! The random cases come from std's randomly keyed SipHash; a failure prints the whole case
//! (secrets here are throwaway test keys) so that it can be replayed.

use std::hash::{BuildHasher, Hasher};
use std::process::Command;

use crate::util::{have_tool, secrets};

/// A random u64 (std's `RandomState` is keyed from the OS at random; its SipHash output is
/// all we need to vary test cases).
fn random_u64(state: &std::collections::hash_map::RandomState, i: u64) -> u64 {
    let mut h = state.build_hasher();
    h.write_u64(i);
    h.finish()
}

struct Case {
    secret_b32: String,
    alg: &'static str,
    digits: u32,
    period: u64,
    time: u64,
}

/// `n` random cases: 10-64 byte secrets, every algorithm, 6-8 digits, periods of 30, 60 or
/// 1-120 seconds, times up to year 2096.
#[allow(clippy::cast_possible_truncation)] // every value is below its small bound
fn cases(n: u64) -> Vec<Case> {
    let state = std::collections::hash_map::RandomState::new();
    let mut counter = 0;
    let mut next = |below: u64| {
        counter += 1;
        random_u64(&state, counter) % below
    };
    (0..n)
        .map(|_| {
            let len = 10 + next(55) as usize;
            let raw: Vec<u8> = (0..len).map(|_| next(256) as u8).collect();
            let period = match next(3) {
                0 => 30,
                1 => 60,
                _ => 1 + next(120),
            };
            Case {
                secret_b32: data_encoding::BASE32_NOPAD.encode(&raw),
                alg: ["sha1", "sha256", "sha512"][next(3) as usize],
                digits: 6 + next(3) as u32,
                period,
                time: next(4_000_000_000),
            }
        })
        .collect()
}

fn ours(case: &Case, extra: &[&str]) -> (i32, String) {
    let out = secrets()
        .args(["totp", "env:SECRETS_TEST_TOTP", "-a", case.alg])
        .args(["--digits", &case.digits.to_string()])
        .args(["--period", &case.period.to_string()])
        .args(extra)
        .env("SECRETS_TEST_TOTP", &case.secret_b32)
        .output()
        .expect("secrets runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout)
            .expect("UTF-8")
            .trim()
            .to_owned(),
    )
}

fn oathtool(case: &Case, time: u64, extra: &[&str]) -> (i32, String) {
    let out = Command::new("oathtool")
        .arg(format!("--totp={}", case.alg))
        .args(["-b", "-d", &case.digits.to_string()])
        .args(["-s", &format!("{}s", case.period)])
        .args(["-N", &format!("@{time}")])
        .arg(&case.secret_b32)
        .args(extra)
        .output()
        .expect("oathtool runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout)
            .expect("UTF-8")
            .trim()
            .to_owned(),
    )
}

/// `date -u` formats a Unix time as RFC 3339, independently of our parser.
fn rfc3339(time: u64) -> String {
    let out = Command::new("date")
        .args(["-u", "-d", &format!("@{time}"), "+%Y-%m-%dT%H:%M:%SZ"])
        .output()
        .expect("date runs");
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .trim()
        .to_owned()
}

fn have_oathtool() -> bool {
    have_tool(
        "oathtool",
        &["--version"],
        "oathtool (Debian package oathtool)",
    )
}

#[test]
fn codes_match_oathtool_at_random_times_given_as_unix_or_rfc_3339() {
    if !have_oathtool() {
        return;
    }
    for case in cases(40) {
        let (_, want) = oathtool(&case, case.time, &[]);
        let what = format!(
            "{} {} {} digits, {} s, at {}",
            case.secret_b32, case.alg, case.digits, case.period, case.time
        );
        assert_eq!(
            ours(&case, &["--at", &case.time.to_string()]).1,
            want,
            "{what}"
        );
        assert_eq!(
            ours(&case, &["--at", &rfc3339(case.time)]).1,
            want,
            "{what}"
        );
    }
}

/// A code from `k` steps away is accepted within `--window w` exactly when |k| <= w, at the
/// offset oathtool's own validator reports (oathtool prints |offset|).
///
/// A wrong code can collide with another step's code: with 6 digits and 7 steps that happens
/// with probability 7e-6 per case, so the assertions allow for it (they check that the
/// reported offset's code really is the submitted one, and only claim "no match" outside
/// collisions); the test's false-failure probability is 0.
#[test]
fn verify_agrees_with_oathtool_across_windows() {
    if !have_oathtool() {
        return;
    }
    let state = std::collections::hash_map::RandomState::new();
    for (i, case) in cases(30).into_iter().enumerate() {
        let r = random_u64(&state, i as u64);
        let window = r % 4;
        let k = ((r >> 8) % 9) as i64 - 4;
        let Some(then) = case.time.checked_add_signed(k * case.period as i64) else {
            continue;
        };
        let (_, code) = oathtool(&case, then, &[]);
        let (status, json) = ours(
            &case,
            &[
                "--at",
                &case.time.to_string(),
                "--verify",
                &code,
                "--window",
                &window.to_string(),
                "--json",
            ],
        );
        let v: serde_json::Value = serde_json::from_str(&json).expect(&json);
        let (oath_status, oath_pos) = oathtool(
            &case,
            case.time,
            &["-w", &window.to_string(), code.as_str()],
        );
        let what = format!(
            "{} {} {} digits, {} s, at {}, step {k}, window {window}: {json}",
            case.secret_b32, case.alg, case.digits, case.period, case.time
        );
        if k.unsigned_abs() <= window {
            assert_eq!(status, 0, "{what}");
            assert_eq!(oath_status, 0, "{what}");
        }
        assert_eq!(status == 0, oath_status == 0, "{what}");
        assert_eq!(v["match"], status == 0, "{what}");
        if let Some(offset) = v["offset"].as_i64() {
            assert!(offset.unsigned_abs() <= k.unsigned_abs(), "{what}");
            assert_eq!(oath_pos, offset.unsigned_abs().to_string(), "{what}");
            let at = case.time as i64 + offset * case.period as i64;
            assert_eq!(oathtool(&case, at as u64, &[]).1, code, "{what}");
            assert_eq!(
                v["counter"].as_i64(),
                Some(case.time as i64 / case.period as i64 + offset)
            );
        }
    }
}

#[test]
fn hotp_verify_looks_ahead_like_oathtool() {
    if !have_oathtool() {
        return;
    }
    let secret = data_encoding::BASE32_NOPAD.encode(b"12345678901234567890");
    for (start, used, window) in [(5u64, 7u64, 3u64), (5, 5, 0), (5, 9, 3), (5, 4, 3)] {
        let code = Command::new("oathtool")
            .args(["--hotp", "-b", "-c", &used.to_string(), &secret])
            .output()
            .expect("oathtool runs");
        let code = String::from_utf8(code.stdout).expect("UTF-8");
        let ok = secrets()
            .args(["totp", "env:K", "--counter", &start.to_string()])
            .args(["--verify", code.trim(), "--window", &window.to_string()])
            .env("K", &secret)
            .output()
            .expect("runs");
        let oath = Command::new("oathtool")
            .args(["--hotp", "-b", "-c", &start.to_string()])
            .args(["-w", &window.to_string(), &secret, code.trim()])
            .output()
            .expect("oathtool runs");
        assert_eq!(
            ok.status.success(),
            oath.status.success(),
            "counter {start}, code of {used}, window {window}"
        );
        assert_eq!(ok.status.success(), used >= start && used <= start + window);
    }
}

fn have_pyotp() -> bool {
    have_tool("python3", &["-c", "import pyotp"], "pyotp (PyPI)")
}

/// pyotp makes random secrets (14-64 bytes: pyotp refuses under 112 bits), provisioning URIs and codes at random times; we read each
/// URI with `--uri` and print the same code, and verify the same way within pyotp's windows.
#[test]
fn uris_codes_and_verification_match_pyotp() {
    if !have_pyotp() {
        return;
    }
    let script = r#"
import base64, hashlib, json, random, secrets, pyotp
algs = {"sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha512": hashlib.sha512}
for _ in range(40):
    alg = random.choice(list(algs))
    digits = random.choice([6, 7, 8])
    period = random.choice([30, 60, random.randint(1, 120)])
    key = base64.b32encode(secrets.token_bytes(random.randint(14, 64))).decode().rstrip("=")
    totp = pyotp.TOTP(key,
                      digits=digits, digest=algs[alg], interval=period,
                      issuer=random.choice(["ACME Co", "Ex:ample", None]), name="jane@example.com")
    t = random.randrange(0, 4_000_000_000)
    window = random.randint(0, 3)
    k = random.randint(-4, 4)
    code = totp.at(t + k * period) if t + k * period >= 0 else totp.at(t)
    print(json.dumps({"uri": totp.provisioning_uri(), "time": t, "now": totp.at(t),
                      "code": code, "window": window,
                      "valid": totp.verify(code, for_time=t, valid_window=window)}))
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for line in String::from_utf8(out.stdout).expect("UTF-8").lines() {
        let case: serde_json::Value = serde_json::from_str(line).expect("JSON");
        let uri = case["uri"].as_str().expect("uri");
        let time = case["time"].to_string();
        let run = |extra: &[&str]| {
            secrets()
                .args(["totp", "--uri", "env:SECRETS_TEST_URI", "--at", &time])
                .args(extra)
                .env("SECRETS_TEST_URI", uri)
                .output()
                .expect("secrets runs")
        };
        let now = run(&[]);
        assert!(now.status.success(), "{line}");
        assert_eq!(
            String::from_utf8_lossy(&now.stdout).trim(),
            case["now"].as_str().expect("now"),
            "{line}"
        );
        let code = case["code"].as_str().expect("code");
        let window = case["window"].to_string();
        let verified = run(&["--verify", code, "--window", &window]);
        assert_eq!(
            verified.status.code(),
            Some(if case["valid"] == true { 0 } else { 1 }),
            "{line}"
        );
    }
}

/// pyotp reads the URIs `totp --new` writes and computes the codes we compute.
#[test]
fn pyotp_reads_our_new_uris() {
    if !have_pyotp() {
        return;
    }
    for (alg, digits, period) in [
        ("sha1", "6", "30"),
        ("sha256", "8", "60"),
        ("sha512", "7", "45"),
    ] {
        let out = secrets()
            .args([
                "totp",
                "--new",
                "--json",
                "--issuer",
                "ACME Co",
                "--account",
                "j@x",
            ])
            .args(["-a", alg, "--digits", digits, "--period", period])
            .output()
            .expect("runs");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let uri = v["uri"].as_str().expect("uri");
        let py = Command::new("python3")
            .args([
                "-c",
                "import sys, pyotp; t = pyotp.parse_uri(sys.argv[1]); \
                 print(t.issuer, t.name, t.at(1234567890), sep='|')",
                uri,
            ])
            .output()
            .expect("python3 runs");
        assert!(
            py.status.success(),
            "{}",
            String::from_utf8_lossy(&py.stderr)
        );
        let ours = secrets()
            .args(["totp", "--uri", "env:U", "--at", "2009-02-13T23:31:30Z"])
            .env("U", uri)
            .output()
            .expect("runs");
        let code = String::from_utf8(ours.stdout).expect("UTF-8");
        assert_eq!(
            String::from_utf8(py.stdout).expect("UTF-8").trim(),
            format!("ACME Co|j@x|{}", code.trim())
        );
    }
}
