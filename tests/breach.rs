//! `secrets check --breached`: Have I Been Pwned's Pwned Passwords, offline (a file ordered
//! by hash, searched in place) and online (the range API, served here by a local Python
//! HTTP server that speaks the documented format and logs what it was sent).

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use sha1::Digest;

use crate::util::{TempDir, have_tool, secrets};

/// Passwords in the test files, with their counts (HIBP's real figures at one time; any
/// count would do).
const KNOWN: [(&str, u64); 3] = [
    ("password", 3_861_493),
    ("123456", 37_359_195),
    ("letmein", 446_162),
];

/// Strong enough for zxcvbn's default policy, so the breach check alone decides.
const STRONG: &str = "vT7#qLm2!xR9pZ4w";

fn sha1(password: &str) -> [u8; 20] {
    sha1::Sha1::digest(password.as_bytes()).into()
}

fn sha1_hex(password: &str) -> String {
    hex::encode_upper(sha1(password))
}

/// `n` distinct hashes (SHA-1 of a counter: spread over the whole range, reproducible).
fn filler(n: u32) -> Vec<[u8; 20]> {
    (0..n)
        .map(|i| sha1::Sha1::digest(format!("filler {i}").as_bytes()).into())
        .collect()
}

/// Writes `entries` sorted by hash as HIBP does, with `eol` after every line but the last,
/// and after the last when `final_eol`.
fn write_hibp(path: &Path, entries: &[([u8; 20], u64)], eol: &str, final_eol: bool) {
    let mut sorted = entries.to_vec();
    sorted.sort();
    let mut text = String::new();
    for (i, (hash, count)) in sorted.iter().enumerate() {
        text.push_str(&format!("{}:{count}", hex::encode_upper(hash)));
        if i + 1 < sorted.len() || final_eol {
            text.push_str(eol);
        }
    }
    std::fs::write(path, text).expect("write the test file");
}

/// The known passwords plus 5000 other hashes.
fn standard_entries() -> Vec<([u8; 20], u64)> {
    let mut entries: Vec<_> = KNOWN.iter().map(|&(p, c)| (sha1(p), c)).collect();
    entries.extend(filler(5000).into_iter().map(|h| (h, 7)));
    entries
}

/// Runs `secrets check SOURCE --breached ARGS`; returns (exit code, stdout, stderr).
fn check(source: &str, args: &[&str]) -> (i32, String, String) {
    let out = secrets()
        .args(["check", source, "--breached"])
        .args(args)
        .env_remove("http_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .output()
        .expect("runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

fn json(source: &str, args: &[&str]) -> (i32, serde_json::Value) {
    let mut args = args.to_vec();
    args.push("--json");
    let (code, out, err) = check(source, &args);
    assert!(code < 2, "{err}");
    (code, serde_json::from_str(&out).expect("one JSON object"))
}

/// No part of the password's SHA-1 longer than 5 digits is in `text`. (The passwords
/// themselves, "password" among them, may be words of the fixed texts; see
/// `the_password_and_its_hash_are_never_printed`.)
fn assert_no_leak(text: &str, password: &str) {
    let hex = sha1_hex(password);
    for part in [&hex[..], &hex[5..], &hex[..10], &hex[30..]] {
        assert!(!text.to_uppercase().contains(part), "{text}");
    }
}

#[test]
fn known_passwords_fail_with_their_count_from_the_file() {
    let dir = TempDir::new("breach-known");
    let path = dir.path("pwned.txt");
    write_hibp(&path, &standard_entries(), "\n", true);
    let file = path.to_str().expect("UTF-8 path");
    for (password, count) in KNOWN {
        let (code, out, err) = check(&format!("pass:{password}"), &["--hibp-file", file]);
        assert_eq!(code, 1, "{err}");
        assert!(
            out.contains(&format!("found in data breaches: seen {count} times")),
            "{out}"
        );
        assert_no_leak(&out, password);
        let (code, v) = json(&format!("pass:{password}"), &["--hibp-file", file]);
        assert_eq!(
            (code, &v["breach_count"], &v["ok"]),
            (1, &count.into(), &false.into())
        );
    }
    let (code, v) = json(&format!("pass:{STRONG}"), &["--hibp-file", file]);
    assert_eq!(
        (code, &v["breach_count"], &v["ok"]),
        (0, &0.into(), &true.into())
    );
    let (code, out, _) = check(&format!("pass:{STRONG}"), &["--hibp-file", file]);
    assert_eq!(code, 0);
    assert!(out.contains("breaches: not found"), "{out}");
}

#[test]
fn the_password_and_its_hash_are_never_printed() {
    let dir = TempDir::new("breach-leak");
    let path = dir.path("pwned.txt");
    let password = "Zq8!distinctive-breached-77";
    let mut entries = standard_entries();
    entries.push((sha1(password), 9));
    write_hibp(&path, &entries, "\n", true);
    let file = path.to_str().expect("UTF-8 path");
    for json in [false, true] {
        let mut args = vec!["--hibp-file", file];
        if json {
            args.push("--json");
        }
        let (code, out, err) = check(&format!("pass:{password}"), &args);
        assert_eq!(code, 1, "{err}");
        for text in [&out, &err] {
            assert!(!text.contains(password), "{text}");
            assert_no_leak(text, password);
        }
    }
}

#[test]
fn breach_count_is_absent_without_breached() {
    let out = secrets()
        .args(["check", "--json", &format!("pass:{STRONG}")])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(v.get("breach_count").is_none(), "{v}");
}

#[test]
fn first_and_last_lines_and_gaps_between_lines() {
    let dir = TempDir::new("breach-ends");
    let target = sha1(STRONG);
    // The neighbours of the target hash, one below and one above: the target is absent
    // between them.
    let (mut below, mut above) = (target, target);
    below[19] = below[19].wrapping_sub(1);
    above[19] = above[19].wrapping_add(1);
    assert!(below < target && target < above, "no wrap for this hash");
    let others = filler(3000);
    for (eol, final_eol) in [("\n", true), ("\r\n", true), ("\n", false), ("\r\n", false)] {
        // The target as the first line (all others above it), then as the last line.
        let first: Vec<_> = std::iter::once((target, 11))
            .chain(others.iter().filter(|&&h| h > target).map(|&h| (h, 1)))
            .collect();
        let last: Vec<_> = std::iter::once((target, 11))
            .chain(others.iter().filter(|&&h| h < target).map(|&h| (h, 1)))
            .collect();
        let gap: Vec<_> = [(below, 5), (above, 5)]
            .into_iter()
            .chain(others.iter().map(|&h| (h, 1)))
            .collect();
        for (name, entries, want) in [("first", first, 11), ("last", last, 11), ("gap", gap, 0)] {
            let path = dir.path(&format!("{name}.txt"));
            write_hibp(&path, &entries, eol, final_eol);
            let file = path.to_str().expect("UTF-8 path");
            let (_, v) = json(&format!("pass:{STRONG}"), &["--hibp-file", file]);
            assert_eq!(v["breach_count"], want, "{name} {eol:?} {final_eol}");
        }
    }
    // A file of one line.
    let path = dir.path("one.txt");
    write_hibp(&path, &[(target, 2)], "\r\n", true);
    let (code, v) = json(
        &format!("pass:{STRONG}"),
        &["--hibp-file", path.to_str().expect("UTF-8")],
    );
    assert_eq!((code, &v["breach_count"]), (1, &2.into()));
}

#[test]
fn unordered_or_malformed_files_are_exit_two_naming_the_file() {
    let dir = TempDir::new("breach-bad");
    let mut entries = standard_entries();
    entries.sort();
    let line = |(h, c): &([u8; 20], u64)| format!("{}:{c}\n", hex::encode_upper(h));
    let sorted: Vec<String> = entries.iter().map(line).collect();
    let reversed: String = sorted.iter().rev().cloned().collect();
    // In order at both ends, reversed in the middle half: where every search starts.
    let mut middle_reversed = sorted.clone();
    let n = middle_reversed.len();
    middle_reversed[n / 4..3 * n / 4].reverse();
    let ntlm = "8846F7EAEE8FB117AD06BDD830B7586C:1\n".repeat(3);
    let mut malformed_middle = sorted.clone();
    let middle = malformed_middle.len() / 2;
    // Around the middle, where every search starts (a binary search reads only the lines
    // it probes; a bad line elsewhere would go unnoticed, as the module documents).
    for line in &mut malformed_middle[middle - 2..middle + 3] {
        *line = "this is not a hash line\n".into();
    }
    for (name, text, says) in [
        ("reversed.txt", reversed, "not ordered by hash"),
        (
            "middle-reversed.txt",
            middle_reversed.concat(),
            "not ordered by hash",
        ),
        ("ntlm.txt", ntlm, "not a Pwned Passwords SHA-1 file"),
        (
            "middle.txt",
            malformed_middle.concat(),
            "not a Pwned Passwords SHA-1 file",
        ),
        ("empty.txt", String::new(), "is empty"),
    ] {
        let path = dir.path(name);
        std::fs::write(&path, text).expect("write");
        let file = path.to_str().expect("UTF-8 path");
        for (password, _) in KNOWN {
            let (code, out, err) = check(&format!("pass:{password}"), &["--hibp-file", file]);
            assert_eq!(code, 2, "{name} {password}: {out}");
            assert!(out.is_empty(), "{out}");
            assert!(err.contains(name) && err.contains(says), "{name}: {err}");
            assert_no_leak(&err, password);
        }
    }
    let missing = dir.path("missing.txt");
    let (code, _, err) = check("pass:x", &["--hibp-file", missing.to_str().expect("UTF-8")]);
    assert_eq!(code, 2);
    assert!(err.contains("missing.txt"), "{err}");
}

#[test]
fn a_large_file_is_searched_in_constant_memory() {
    if !have_tool("prlimit", &["--version"], "prlimit (util-linux)") {
        return;
    }
    // About 200 MB (4.5 million lines), ordered by construction: the first 8 bytes of
    // line i are i * (2^64 / n), the rest a digest of i. The process gets a 160 MiB
    // address space, less than the file, so it cannot be read into memory.
    let dir = TempDir::new("breach-large");
    let path = dir.path("large.txt");
    let n: u64 = 4_500_000;
    let step = u64::MAX / n;
    let target = sha1(STRONG);
    let mut placed = false;
    let mut w = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
    for i in 0..n {
        let mut hash = [0u8; 20];
        hash[..8].copy_from_slice(&(i * step).to_be_bytes());
        let tail: [u8; 20] = sha1::Sha1::digest(i.to_le_bytes()).into();
        hash[8..].copy_from_slice(&tail[..12]);
        if !placed && target < hash {
            writeln!(w, "{}:42\r", hex::encode_upper(target)).expect("write");
            placed = true;
        }
        writeln!(w, "{}:{}\r", hex::encode_upper(hash), i + 1).expect("write");
    }
    w.flush().expect("flush");
    drop(w);
    assert!(std::fs::metadata(&path).expect("size").len() > 200_000_000);
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    for (password, want) in [(STRONG, "42"), ("password", "0")] {
        let out = Command::new("prlimit")
            .arg(format!("--as={}", 160u64 << 20))
            .arg("--")
            .arg(&bin)
            .args(["check", &format!("pass:{password}"), "--json", "--breached"])
            .arg("--hibp-file")
            .arg(&path)
            .output()
            .expect("prlimit runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.contains(&format!("\"breach_count\":{want}")),
            "{stdout} {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The Python range server, killed when dropped.
struct RangeServer {
    child: Child,
    url: String,
    log: std::path::PathBuf,
}

impl RangeServer {
    fn start(dir: &TempDir, mode: &str, entries: &[([u8; 20], u64)]) -> RangeServer {
        RangeServer::start_with(dir, mode, entries, &[])
    }

    /// `tls`: a certificate and key for HTTPS.
    fn start_with(
        dir: &TempDir,
        mode: &str,
        entries: &[([u8; 20], u64)],
        tls: &[&Path],
    ) -> RangeServer {
        let data = dir.path(&format!("{mode}-data.txt"));
        write_hibp(&data, entries, "\n", true);
        let log = dir.path(&format!("{mode}-requests.log"));
        std::fs::write(&log, "").expect("create log");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hibp/range_server.py");
        let mut child = Command::new("python3")
            .arg(script)
            .args([
                mode,
                data.to_str().expect("UTF-8"),
                log.to_str().expect("UTF-8"),
            ])
            .args(tls)
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 starts");
        let mut port = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut port)
            .expect("the server prints its port");
        let scheme = if tls.is_empty() { "http" } else { "https" };
        let url = format!("{scheme}://127.0.0.1:{}", port.trim());
        RangeServer { child, url, log }
    }

    fn requests(&self) -> Vec<String> {
        std::fs::read_to_string(&self.log)
            .expect("log")
            .lines()
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for RangeServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn have_python() -> bool {
    have_tool(
        "python3",
        &["--version"],
        "python3 (the local range API server)",
    )
}

#[test]
fn the_range_api_gets_only_the_prefix_and_asks_for_padding() {
    if !have_python() {
        return;
    }
    let dir = TempDir::new("breach-range");
    let mut entries = standard_entries();
    // A padding-like entry of count 0 for the strong password: absent.
    entries.push((sha1(STRONG), 0));
    let server = RangeServer::start(&dir, "ok", &entries);
    let api = ["--hibp", "--hibp-url", server.url.as_str()];
    for (password, count) in KNOWN {
        let (code, out, err) = check(&format!("pass:{password}"), &api);
        assert_eq!(code, 1, "{err}");
        assert!(out.contains(&format!("seen {count} times")), "{out}");
        assert_no_leak(&out, password);
    }
    let (code, v) = json(&format!("pass:{STRONG}"), &api);
    assert_eq!((code, &v["breach_count"]), (0, &0.into()));

    let requests = server.requests();
    assert_eq!(requests.len(), KNOWN.len() + 1, "{requests:?}");
    let expected: Vec<String> = KNOWN
        .iter()
        .map(|(p, _)| *p)
        .chain([STRONG])
        .map(|p| format!("/range/{}", &sha1_hex(p)[..5]))
        .collect();
    for (request, path) in requests.iter().zip(&expected) {
        let fields: Vec<&str> = request.split('\t').collect();
        assert_eq!(fields[0], path, "only the 5-hex prefix: {request}");
        assert_eq!(fields[1], "true", "Add-Padding: {request}");
        assert_eq!(
            fields[2],
            format!("secrets-cli/{}", env!("CARGO_PKG_VERSION")),
            "{request}"
        );
    }
}

#[test]
fn range_api_failures_are_exit_two_without_the_prefix() {
    if !have_python() {
        return;
    }
    let dir = TempDir::new("breach-range-errors");
    for (mode, says) in [
        ("404", "HTTP 404"),
        ("500", "HTTP 500"),
        ("huge", "larger than 2 MiB"),
        ("stall", "timed out after 1 s"),
    ] {
        let server = RangeServer::start(&dir, mode, &standard_entries());
        let api = [
            "--hibp",
            "--hibp-url",
            server.url.as_str(),
            "--hibp-timeout",
            "1",
        ];
        let (code, out, err) = check("pass:password", &api);
        assert_eq!(code, 2, "{mode}: {out}");
        assert!(out.is_empty(), "{mode}: {out}");
        assert!(err.contains(says), "{mode}: {err}");
        assert!(err.contains(&server.url), "{mode}: {err}");
        assert!(!err.contains(&sha1_hex("password")[..5]), "{mode}: {err}");
        assert_no_leak(&err, "password");
    }
}

#[test]
fn https_with_an_untrusted_certificate_is_refused() {
    if !have_python() || !have_tool("openssl", &["version"], "openssl (a test certificate)") {
        return;
    }
    let dir = TempDir::new("breach-tls");
    let (cert, key) = (dir.path("cert.pem"), dir.path("key.pem"));
    let made = Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
        ])
        .args(["-nodes", "-days", "1", "-subj", "/CN=127.0.0.1"])
        .args(["-addext", "subjectAltName=IP:127.0.0.1", "-keyout"])
        .arg(&key)
        .arg("-out")
        .arg(&cert)
        .output()
        .expect("openssl runs");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let server = RangeServer::start_with(&dir, "ok", &standard_entries(), &[&cert, &key]);
    // Self-signed: not among the Mozilla roots we trust.
    let (code, out, err) = check("pass:password", &["--hibp", "--hibp-url", &server.url]);
    assert_eq!(code, 2, "{out}");
    assert!(err.to_lowercase().contains("certificate"), "{err}");
    assert_no_leak(&err, "password");
    assert!(server.requests().is_empty(), "no request was sent");
}

#[test]
fn plain_http_is_refused_except_to_loopback() {
    for url in [
        "http://api.pwnedpasswords.com",
        "http://192.168.1.10:8080",
        "ftp://example.org",
        "https://user:secret@example.org",
    ] {
        let (code, out, err) = check("pass:password", &["--hibp", "--hibp-url", url]);
        assert_eq!(code, 2, "{url}: {out}");
        assert!(err.contains("--hibp-url"), "{err}");
    }
}

#[test]
fn the_flags_go_together() {
    for args in [
        &["check", "pass:x", "--breached"][..],
        &["check", "pass:x", "--hibp"],
        &["check", "pass:x", "--hibp-file", "f"],
        &[
            "check",
            "pass:x",
            "--breached",
            "--hibp",
            "--hibp-file",
            "f",
        ],
        &[
            "check",
            "pass:x",
            "--breached",
            "--hibp-file",
            "f",
            "--hibp-url",
            "https://h",
        ],
        &[
            "check",
            "pass:x",
            "--breached",
            "--hibp",
            "--hibp-timeout",
            "0",
        ],
    ] {
        crate::util::fails(args);
    }
}

// Found by the attack pass of session 3.

#[test]
fn a_fifo_without_a_writer_is_refused_not_waited_for() {
    let dir = TempDir::new("hibp-fifo");
    let fifo = dir.fifo("fifo");
    let out = Command::new("timeout")
        .arg("20")
        .arg(assert_cmd::cargo::cargo_bin("secrets"))
        .args(["check", "pass:correct horse", "--breached", "--hibp-file"])
        .arg(&fifo)
        .output()
        .expect("timeout runs");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
}

#[test]
fn plain_http_needs_a_loopback_address_not_a_name() {
    // `localhost` resolves as the resolver says; an /etc/hosts entry could point it away.
    let (code, _, err) = check("pass:x", &["--hibp", "--hibp-url", "http://localhost:9/"]);
    assert_eq!(code, 2);
    assert!(err.contains("127.0.0.1"), "{err}");
}
