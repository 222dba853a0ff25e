//! `secrets totp`: every RFC 6238 and RFC 4226 vector, lenient base32, `--new`.

use crate::util::{fails, lines, secrets};

fn b32(raw: &[u8]) -> String {
    data_encoding::BASE32_NOPAD.encode(raw)
}

fn code(secret_b32: &str, args: &[&str]) -> String {
    let out = secrets()
        .arg("totp")
        .arg("env:SECRETS_TEST_TOTP")
        .args(args)
        .env("SECRETS_TEST_TOTP", secret_b32)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8").trim_end().to_owned()
}

/// RFC 6238 appendix B: 8-digit codes with the seed of each hash's length.
#[test]
fn rfc_6238_vectors() {
    let seed20 = b"12345678901234567890".to_vec();
    let seed32 = b"12345678901234567890123456789012".to_vec();
    let seed64 = b"1234567890123456789012345678901234567890123456789012345678901234".to_vec();
    let table: [(&str, [&str; 3]); 6] = [
        ("59", ["94287082", "46119246", "90693936"]),
        ("1111111109", ["07081804", "68084774", "25091201"]),
        ("1111111111", ["14050471", "67062674", "99943326"]),
        ("1234567890", ["89005924", "91819424", "93441116"]),
        ("2000000000", ["69279037", "90698825", "38618901"]),
        ("20000000000", ["65353130", "77737706", "47863826"]),
    ];
    for (time, codes) in table {
        for ((alg, seed), want) in [("sha1", &seed20), ("sha256", &seed32), ("sha512", &seed64)]
            .into_iter()
            .zip(codes)
        {
            let got = code(&b32(seed), &["--time", time, "--digits", "8", "-a", alg]);
            assert_eq!(got, want, "{alg} at {time}");
        }
    }
}

/// RFC 4226 appendix D: HOTP values for counters 0 to 9.
#[test]
fn rfc_4226_vectors() {
    let secret = b32(b"12345678901234567890");
    let expected = [
        "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
        "520489",
    ];
    for (counter, want) in expected.iter().enumerate() {
        assert_eq!(code(&secret, &["--counter", &counter.to_string()]), *want);
    }
}

#[test]
fn secrets_are_read_leniently() {
    let canonical = code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", &["--time", "59"]);
    assert_eq!(canonical, "287082");
    for messy in [
        "gezd gnbv gy3t qojq gezd gnbv gy3t qojq",
        "GEZD-GNBV-GY3T-QOJQ-GEZD-GNBV-GY3T-QOJQ",
        "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ====",
    ] {
        assert_eq!(code(messy, &["--time", "59"]), canonical, "{messy}");
    }
}

#[test]
fn the_default_is_six_digits_for_now() {
    let now = code("JBSWY3DPEHPK3PXP", &[]);
    assert!(
        now.len() == 6 && now.bytes().all(|b| b.is_ascii_digit()),
        "{now}"
    );
}

#[test]
fn json_gives_the_counter_and_remaining_seconds() {
    let out = code("JBSWY3DPEHPK3PXP", &["--time", "65", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["kind"], "totp");
    assert_eq!(v["counter"], 2);
    assert_eq!(v["remaining_seconds"], 25);
    assert_eq!(v["code"], code("JBSWY3DPEHPK3PXP", &["--counter", "2"]));
}

#[test]
fn time_and_counter_are_exclusive_and_digits_bounded() {
    assert!(
        fails(&["totp", "pass:JBSWY3DP", "--time", "1", "--counter", "1"]).contains("--counter")
    );
    assert!(fails(&["totp", "pass:JBSWY3DP", "--digits", "9"]).contains("--digits"));
    assert!(fails(&["totp", "--new", "pass:JBSWY3DP"]).contains("--new"));
}

#[test]
fn bad_secrets_are_errors_that_do_not_quote_them() {
    let err = fails(&["totp", "pass:SECRET0NE1"]);
    assert!(err.contains("not base32"), "{err}");
    assert!(!err.contains("SECRET0NE1"), "{err}");
    assert!(fails(&["totp", "pass:"]).contains("empty"));
}

#[test]
fn new_secrets_are_160_bits_with_a_uri() {
    let out = lines(&[
        "totp",
        "--new",
        "--issuer",
        "ACME Co",
        "--account",
        "jane@example.com",
    ]);
    assert_eq!(
        out.len(),
        2,
        "no QR code when stdout is not a terminal: {out:?}"
    );
    let secret = &out[0];
    assert_eq!(secret.len(), 32, "20 bytes in unpadded base32");
    let raw = data_encoding::BASE32_NOPAD
        .decode(secret.as_bytes())
        .expect("base32");
    assert_eq!(raw.len(), 20);
    assert_eq!(
        out[1],
        format!("otpauth://totp/ACME%20Co:jane%40example.com?secret={secret}&issuer=ACME%20Co")
    );
    let other = lines(&["totp", "--new"]);
    assert_ne!(&other[0], secret);
    // The new secret works as a SECRET-SOURCE.
    assert_eq!(code(secret, &["--counter", "0"]).len(), 6);
}

#[test]
fn new_json_carries_secret_and_uri() {
    let out = lines(&["totp", "--new", "--json", "--digits", "8", "-a", "sha256"]);
    let v: serde_json::Value = serde_json::from_str(&out[0]).expect("JSON");
    let secret = v["secret"].as_str().expect("secret");
    let uri = v["uri"].as_str().expect("uri");
    assert!(
        uri.starts_with(&format!("otpauth://totp/secrets?secret={secret}")),
        "{uri}"
    );
    assert!(uri.ends_with("&algorithm=SHA256&digits=8"), "{uri}");
    assert_eq!(v["digits"], 8);
}

#[test]
fn new_draws_a_qr_code_on_a_terminal() {
    // `script` gives the command a pseudo-terminal as standard output.
    if !crate::util::have_tool("script", &["--version"], "script (util-linux)") {
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} totp --new", bin.display()),
            "/dev/null",
        ])
        .output()
        .expect("script runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("otpauth://totp/"), "{text}");
    assert!(
        text.contains('\u{2588}') || text.contains('\u{2580}'),
        "no QR drawn: {text}"
    );
    assert!(text.lines().count() > 15, "{text}");
}

#[test]
fn options_of_new_are_refused_without_it() {
    for flag in ["--issuer", "--account"] {
        let err = fails(&["totp", flag, "X", "pass:JBSWY3DPEHPK3PXP"]);
        assert!(
            err.contains(&format!("{flag} applies only with --new")),
            "{err}"
        );
    }
    let err = fails(&["totp", "-o", "x.totp", "pass:JBSWY3DPEHPK3PXP"]);
    assert!(err.contains("--output applies only with --new"), "{err}");
    for (flag, value) in [("--account", ""), ("--issuer", " ")] {
        let err = fails(&["totp", "--new", flag, value]);
        assert!(err.contains(&format!("{flag} is empty")), "{err}");
    }
}

#[test]
fn without_a_source_the_secret_is_a_line_of_stdin() {
    let from_stdin = secrets()
        .args(["totp", "--time", "59", "--digits", "8"])
        .write_stdin("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8_lossy(&from_stdin), "94287082\n");
}

#[test]
fn new_writes_to_a_private_file_with_output() {
    use std::os::unix::fs::PermissionsExt;
    let dir = crate::util::TempDir::new("totp-new-output");
    let path = dir.path("acme.totp");
    secrets()
        .args(["totp", "--new", "--issuer", "ACME", "-o"])
        .arg(&path)
        .assert()
        .success()
        .stdout("");
    let text = std::fs::read_to_string(&path).expect("written");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[1].starts_with("otpauth://totp/ACME?secret="),
        "{text}"
    );
    let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    // An existing file needs --force.
    assert!(fails(&["totp", "--new", "-o", &path.display().to_string()]).contains("--force"));
}

/// Runs `secrets totp --new` on a pseudo-terminal `columns` wide (0: size unknown).
fn totp_new_on_a_terminal(columns: u16) -> (String, String) {
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    let out = std::process::Command::new("script")
        .args([
            "-qec",
            &format!(
                "stty cols {columns} 2>/dev/null; {} totp --new 2>err.txt; cat err.txt >&2",
                bin.display()
            ),
            "/dev/null",
        ])
        .current_dir(
            crate::util::TempDir::new(&format!("totp-qr-{columns}"))
                .0
                .clone(),
        )
        .output()
        .expect("script runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_qr_code_is_dark_on_light_in_explicit_colours() {
    if !crate::util::have_tool("script", &["--version"], "script (util-linux)") {
        return;
    }
    let (text, _) = totp_new_on_a_terminal(200);
    let qr: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("\u{1b}[30;107m"))
        .collect();
    assert!(qr.len() > 10, "no coloured QR: {text:?}");
    // Every line sets black on bright white and resets; the first is all quiet zone.
    assert!(
        qr.iter().all(|l| l.trim_end().ends_with("\u{1b}[0m")),
        "{text:?}"
    );
    let first = qr[0]
        .trim_start_matches("\u{1b}[30;107m")
        .trim_end()
        .trim_end_matches("\u{1b}[0m");
    assert!(first.chars().all(|c| c == ' '), "quiet zone: {first:?}");
}

#[test]
fn a_terminal_too_narrow_gets_a_note_instead_of_a_broken_code() {
    if !crate::util::have_tool("script", &["--version"], "script (util-linux)") {
        return;
    }
    let (text, _) = totp_new_on_a_terminal(30);
    assert!(text.contains("otpauth://totp/"), "{text}");
    assert!(
        !text.contains("\u{1b}[30;107m"),
        "QR drawn anyway: {text:?}"
    );
    assert!(text.contains("no QR code: it needs"), "{text}");
}

const RFC_SECRET: &str = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
fn totp_out(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let out = secrets()
        .arg("totp")
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}
#[test]
fn at_takes_unix_seconds_or_rfc_3339_and_time_still_works() {
    let want = code(RFC_SECRET, &["--time", "1234567890"]);
    assert_eq!(code(RFC_SECRET, &["--at", "1234567890"]), want);
    assert_eq!(code(RFC_SECRET, &["--at", "2009-02-13T23:31:30Z"]), want);
    assert_eq!(
        code(RFC_SECRET, &["--at", "2009-02-14T01:31:30+02:00"]),
        want
    );
    assert!(
        fails(&[
            "totp",
            "pass:JBSWY3DPEHPK3PXP",
            "--at",
            "1969-12-31T23:59:59Z"
        ])
        .contains("1970")
    );
    assert!(fails(&["totp", "pass:JBSWY3DPEHPK3PXP", "--at", "yesterday"]).contains("RFC 3339"));
}
#[test]
fn uris_give_the_secret_and_settings() {
    let uri = format!(
        "otpauth://totp/ACME%20Co:jane?secret={RFC_SECRET}&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60"
    );
    let want = code(
        RFC_SECRET,
        &["--at", "59", "-a", "sha256", "-d", "8", "--period", "60"],
    );
    let (status, out, _) = totp_out(&["--uri", "env:U", "--at", "59", "--json"], &[("U", &uri)]);
    assert_eq!(status, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["code"], want.as_str());
    assert_eq!(v["issuer"], "ACME Co");
    assert_eq!(v["account"], "jane");
    assert_eq!(v["period"], 60);
    // From standard input too, and an HOTP URI starts at its counter.
    let out = secrets()
        .args(["totp", "--uri", "-"])
        .write_stdin(format!("otpauth://hotp/x?secret={RFC_SECRET}&counter=3\n"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(String::from_utf8_lossy(&out).trim(), "969429");
}
#[test]
fn uris_are_never_quoted_and_their_settings_cannot_be_overridden() {
    for bad in [
        format!("otpauth://totp/x?secret={RFC_SECRET}&digits=10"),
        format!("otpauth://totp/x?secret={RFC_SECRET}&algorithm=MD5"),
        format!("otpauth://totp/x?secret={RFC_SECRET}&secret={RFC_SECRET}"),
        format!("http://totp/x?secret={RFC_SECRET}"),
        "otpauth://totp/x?secret=JBSWY3DP".to_owned(),
    ] {
        let (status, out, err) = totp_out(&["--uri", "env:U"], &[("U", &bad)]);
        assert_eq!((status, out.as_str()), (2, ""), "{bad}");
        assert!(!err.contains("GEZD") && !err.contains("JBSW"), "{err}");
        assert!(err.contains("env:U"), "{err}");
    }
    assert!(fails(&["totp", "--uri", "env:U", "--digits", "8"]).contains("--digits"));
    assert!(fails(&["totp", "--uri", "otpauth://totp/x?secret=A"]).contains("not a SOURCE"));
}
#[test]
fn verify_exits_0_within_the_window_and_1_outside() {
    // RFC 4226 codes at 30-second steps: step 0 is 755224, step 2 is 359152.
    let at = ["--at", "59"]; // step 1
    let run = |extra: &[&str]| {
        let mut args = vec!["env:K"];
        args.extend(at);
        args.extend(extra);
        totp_out(&args, &[("K", RFC_SECRET)])
    };
    assert_eq!(run(&["--verify", "287082", "--window", "0"]).0, 0);
    assert_eq!(run(&["--verify", "755224"]).0, 0, "the default window is 1");
    assert_eq!(run(&["--verify", "755224", "--window", "0"]).0, 1);
    let (status, out, err) = run(&["--verify", "359152", "--json"]);
    assert_eq!(status, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        (
            v["match"].clone(),
            v["offset"].clone(),
            v["counter"].clone()
        ),
        (true.into(), 1.into(), 2.into())
    );
    let (status, out, _) = run(&["--verify", "000000", "--json"]);
    assert_eq!(status, 1);
    assert_eq!(
        out.trim(),
        r#"{"counter":null,"match":false,"offset":null}"#
    );
    assert_eq!(
        run(&["--verify", "287082"]).1,
        "",
        "nothing is printed without --json"
    );
}
#[test]
fn verify_refuses_malformed_codes_and_huge_windows() {
    let err = fails(&["totp", "pass:GEZDGNBVGY3TQOJQ", "--verify", "12345"]);
    assert!(err.contains("exactly 6 digits"), "{err}");
    assert!(!err.contains("12345"), "{err}");
    assert!(
        fails(&[
            "totp",
            "pass:GEZDGNBVGY3TQOJQ",
            "--verify",
            "123456",
            "--window",
            "101"
        ])
        .contains("--window")
    );
    assert!(fails(&["totp", "pass:GEZDGNBVGY3TQOJQ", "--window", "1"]).contains("--verify"));
}
#[test]
fn remaining_counts_down_within_the_step() {
    assert_eq!(lines(&["totp", "--remaining", "--at", "59"]), ["1"]);
    assert_eq!(lines(&["totp", "--remaining", "--at", "60"]), ["30"]);
    assert_eq!(
        lines(&["totp", "--remaining", "--at", "60", "--period", "7"]),
        ["3"]
    );
    let now: u64 = lines(&["totp", "--remaining"])[0]
        .parse()
        .expect("a number");
    assert!((1..=30).contains(&now), "{now}");
    assert!(
        fails(&[
            "totp",
            "pass:GEZDGNBVGY3TQOJQ",
            "--counter",
            "1",
            "--remaining"
        ])
        .contains("--counter")
    );
}
#[test]
fn fresh_moves_to_the_next_step_when_too_little_is_left() {
    // At 59 one second is left: --fresh 2 gives step 2's code, --fresh 1 keeps step 1's.
    assert_eq!(code(RFC_SECRET, &["--at", "59", "--fresh", "2"]), "359152");
    assert_eq!(code(RFC_SECRET, &["--at", "59", "--fresh", "1"]), "287082");
    let v: serde_json::Value = serde_json::from_str(&code(
        RFC_SECRET,
        &["--at", "59", "--fresh", "30", "--json"],
    ))
    .expect("JSON");
    assert_eq!(
        (v["time"].clone(), v["remaining_seconds"].clone()),
        (60.into(), 30.into())
    );
    assert!(fails(&["totp", "pass:GEZDGNBVGY3TQOJQ", "--fresh", "31"]).contains("period"));
    // A 1-second period always has the whole second left: no waiting, so no timing here.
    assert_eq!(
        code(RFC_SECRET, &["--period", "1", "--fresh", "1"]).len(),
        6
    );
}
