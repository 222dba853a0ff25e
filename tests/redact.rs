//! `secrets redact`: secrets and their encodings masked in a stream, whatever the reads.

use base64::Engine as _;
use proptest::prelude::*;

use secrets_core::redact::{SecretSet, literal};

use crate::util::{TempDir, fails, secrets};

const SECRET: &str = "s3cr3t-P@ss/word";

fn redact(args: &[&str], input: &str) -> String {
    let out = secrets()
        .args(["redact"])
        .args(args)
        .env("TOKEN", SECRET)
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn secrets_and_their_encodings_are_masked() {
    let b64 = base64::engine::general_purpose::STANDARD;
    let basic = b64.encode(format!("admin:{SECRET}"));
    let input = format!(
        "plain {SECRET}\nhex {}\nHEX {}\nurl https://x/?p=s3cr3t-P%40ss%2Fword\n\
         Authorization: Basic {basic}\nb64url {}\nsafe line\n",
        hex::encode(SECRET),
        hex::encode_upper(SECRET),
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(SECRET),
    );
    let out = redact(&["env:TOKEN"], &input);
    assert!(
        !out.contains(SECRET) && !out.contains(&hex::encode(SECRET)),
        "{out}"
    );
    assert!(!out.contains("s3cr3t-P%40ss"), "{out}");
    assert!(
        out.contains("plain ***\n") && out.contains("safe line\n"),
        "{out}"
    );
    assert!(
        !out.contains(&basic[8..]),
        "the Basic header's secret part survived: {out}"
    );
}

#[test]
fn labels_name_the_variable() {
    assert_eq!(
        redact(&["env:TOKEN", "--label"], &format!("x {SECRET} y")),
        "x <redacted:TOKEN> y"
    );
}

#[test]
fn env_files_are_masked_and_short_values_are_reported() {
    let dir = TempDir::new("redact-env-file");
    std::fs::write(
        dir.path(".env"),
        "DB_PASSWORD='correct horse battery'\nPORT=80\n",
    )
    .expect("write");
    let out = secrets()
        .args(["redact", "--env-file"])
        .arg(dir.path(".env"))
        .write_stdin("pw=correct horse battery port=80\n")
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "pw=*** port=80\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("PORT"));
}

#[test]
fn short_secrets_and_stdin_sources_are_refused() {
    let err = fails(&["redact", "pass:abc"]);
    assert!(
        err.contains("shorter than 6 bytes") && !err.contains("abc"),
        "{err}"
    );
    assert!(fails(&["redact", "-"]).contains("standard input is the stream"));
    assert!(fails(&["redact"]).contains("nothing to mask"));
    let out = secrets()
        .args(["redact", "pass:abc", "--allow-short"])
        .write_stdin("abcd")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(out, b"***d");
}

#[test]
fn detect_masks_public_credential_formats() {
    let key = secrets_core::apikey::checksum(b"abcdefghijklmnopqrstuvwxyz0123");
    let token = format!(
        "ghp_abcdefghijklmnopqrstuvwxyz0123{}",
        String::from_utf8_lossy(&key)
    );
    let input = format!(
        "t {token}\naws AKIAIOSFODNN7EXAMPLE\njwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlc2ln\n\
         -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----\nok\n"
    );
    let out = redact(&["--detect", "--label"], &input);
    assert_eq!(
        out,
        "t <redacted:github-token>\naws <redacted:aws-access-key-id>\njwt <redacted:jwt>\n\
         <redacted:private-key>\nok\n"
    );
}

#[test]
fn output_is_live_line_by_line() {
    // Each line must come out before the next is written: bash writes a line, reads it
    // back from redact, and only then writes the next.
    let script = r#"
        coproc R { TOKEN=s3cr3t-value "$S" redact env:TOKEN --line-buffered; }
        for i in 1 2 3; do
          echo "line $i s3cr3t-value" >&"${R[1]}"
          IFS= read -r got <&"${R[0]}"
          echo "$got"
        done
    "#;
    let out = crate::util::bash(script);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "line 1 ***\nline 2 ***\nline 3 ***\n"
    );
}

fn masked(secrets: &[Vec<u8>], text: &[u8], cuts: &[usize]) -> Vec<u8> {
    let mut set = SecretSet::default();
    for (i, s) in secrets.iter().enumerate() {
        set.add(s, &format!("s{i}"), true).expect("add");
    }
    let patterns = set.patterns(false).expect("patterns");
    // Feed the text in pieces ending at the cuts, as separate reads would.
    let mut out = Vec::new();
    let mut carry: Vec<u8> = Vec::new();
    let mut last = 0;
    let mut ends: Vec<usize> = cuts.iter().map(|&c| c.min(text.len())).collect();
    ends.sort_unstable();
    ends.push(text.len());
    for end in ends {
        if end < last {
            continue;
        }
        carry.extend_from_slice(&text[last..end]);
        last = end;
        let eof = end == text.len();
        let kept = literal::process(&patterns, &carry, eof, &mut out).expect("memory");
        carry.drain(..carry.len() - kept);
    }
    out
}

proptest! {
    // No secret, and no encoding of one, survives, however the stream is cut into reads.
    #[test]
    fn no_secret_survives_any_split(
        secrets in proptest::collection::vec(proptest::collection::vec(b'a'..=b'f', 6..12), 1..4),
        noise in proptest::collection::vec(b'a'..=b'g', 0..40),
        picks in proptest::collection::vec((0usize..4, 0usize..40), 1..6),
        cuts in proptest::collection::vec(0usize..400, 0..8),
    ) {
        let mut text = noise.clone();
        for (which, at) in picks {
            let secret = &secrets[which % secrets.len()];
            let at = at.min(text.len());
            text.splice(at..at, secret.iter().copied());
        }
        let out = masked(&secrets, &text, &cuts);
        let whole = masked(&secrets, &text, &[]);
        prop_assert_eq!(&out, &whole, "the split changed the output");
        for s in &secrets {
            prop_assert!(!out.windows(s.len()).any(|w| w == s.as_slice()));
        }
    }

    // The same for secrets long enough for the sampled-window filter (16 bytes and more),
    // against a plain scan: the filter never changes what is masked.
    #[test]
    fn the_sampled_filter_masks_exactly_what_a_full_scan_does(
        secrets in proptest::collection::vec(proptest::collection::vec(b'a'..=b'd', 16..40), 1..4),
        noise in proptest::collection::vec(b'a'..=b'e', 0..200),
        picks in proptest::collection::vec((0usize..4, 0usize..200), 1..8),
        cuts in proptest::collection::vec(0usize..800, 0..8),
    ) {
        let mut text = noise.clone();
        for (which, at) in picks {
            let secret = &secrets[which % secrets.len()];
            let at = at.min(text.len());
            text.splice(at..at, secret.iter().copied());
        }
        let out = masked(&secrets, &text, &cuts);
        prop_assert_eq!(&out, &naive(&secrets, &text));
        for s in &secrets {
            prop_assert!(!out.windows(s.len()).any(|w| w == s.as_slice()));
        }
    }
}

/// Leftmost-longest replacement by brute force, over the secrets and their encodings.
fn naive(secrets: &[Vec<u8>], text: &[u8]) -> Vec<u8> {
    let mut patterns: Vec<Vec<u8>> = Vec::new();
    for s in secrets {
        for v in secrets_core::redact::encodings::variants(s) {
            patterns.push(v.to_vec());
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let longest = patterns
            .iter()
            .filter(|p| text[i..].starts_with(p))
            .map(Vec::len)
            .max();
        match longest {
            Some(n) => {
                out.extend_from_slice(b"***");
                i += n;
            }
            None => {
                out.push(text[i]);
                i += 1;
            }
        }
    }
    out
}

#[test]
fn memory_stays_bounded_on_a_long_stream() {
    // 64 MiB through the real binary: it would take that much memory if it buffered.
    let out = crate::util::bash(
        "head -c 67108864 /dev/zero | tr '\\0' 'a' | TOKEN=s3cr3t-value \
         command time -f '%M' \"$S\" redact env:TOKEN 2>&1 >/dev/null | tail -1",
    );
    let text = String::from_utf8_lossy(&out.stdout);
    if let Ok(kib) = text.trim().parse::<u64>() {
        assert!(kib < 40 * 1024, "max RSS {kib} KiB for a 64 MiB stream");
    } else {
        eprintln!("SKIPPED: GNU time is not installed ({text})");
    }
}

#[test]
fn url_forms_made_by_python_and_node_are_masked() {
    // Left from an attack pass: a secret with a space in a form-encoded URL (`+`) passed.
    // The encoded forms are made by the real encoders: Python's quote and quote_plus, and
    // JavaScript's encodeURIComponent (which leaves !'()* alone).
    let secret = "it's a (very) s3cret! pass/word";
    let mut forms = Vec::new();
    if crate::util::have_tool("python3", &["--version"], "python3") {
        let out = std::process::Command::new("python3")
            .args([
                "-c",
                "import sys, urllib.parse as u; s = sys.argv[1]; \
                 print(u.quote(s, safe='')); print(u.quote_plus(s))",
                secret,
            ])
            .output()
            .expect("python3 runs");
        forms.extend(
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(String::from),
        );
    }
    if crate::util::have_tool("node", &["--version"], "node") {
        let out = std::process::Command::new("node")
            .args([
                "-e",
                "console.log(encodeURIComponent(process.argv[1]))",
                secret,
            ])
            .output()
            .expect("node runs");
        forms.extend(
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(String::from),
        );
    }
    assert!(forms.iter().any(|f| f.contains('+')), "{forms:?}");
    let input: String = forms.iter().map(|f| format!("q={f}&x=1\n")).collect();
    let out = secrets()
        .args(["redact", "env:TOKEN"])
        .env("TOKEN", secret)
        .write_stdin(input.clone())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    for form in &forms {
        assert!(!out.contains(form.as_str()), "{form} survived: {out}");
    }
    assert_eq!(out.matches("q=***&x=1\n").count(), forms.len(), "{out}");
}

/// Thousands of secrets are refused before any matcher is built, with exit 2, never an
/// abort, even under an address-space limit (the matcher takes about 60 bytes per byte of
/// pattern, so the patterns' budget bounds its memory).
#[test]
fn too_many_secrets_are_refused_not_an_abort() {
    let dir = crate::util::TempDir::new("redact-many");
    let mut env = String::new();
    for i in 0..9999 {
        env.push_str(&format!("K{i}={}\n", "abcdefghij".repeat(9)));
    }
    std::fs::write(dir.path("many.env"), env).expect("write");
    let out = crate::util::bash(&format!(
        "echo log | prlimit --as=$((300 << 20)) $S redact --env-file {} --format dotenv",
        dir.path("many.env").display()
    ));
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("exceed 4 MiB"), "{err}");
}
