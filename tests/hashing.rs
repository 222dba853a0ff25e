//! `secrets hash` and `secrets verify`: interoperability with Python's argon2-cffi, bcrypt and
//! hashlib.scrypt in both directions, exit statuses, and secrets kept out of messages.
//!
//! Python's libraries made `tests/vectors/python-hashes.tsv` (see `scripts/make-vectors.py`);
//! the other direction runs Python at test time and is skipped loudly without it (and fails
//! under `CI=true`, where `.ci/run` installs it).

use std::process::Command;

use crate::util::{fails, hash_of, secrets};

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
    ] {
        let out = secrets()
            .args(["verify", bad, "pass:x"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("malformed hash"));
    }
}

/// 16 bytes of salt and 32 of hash value, in unpadded base64: well formed, so only the
/// parameters before them decide.
const SALT_AND_HASH: &str = "c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

/// A real bcrypt hash (from the vectors) with its cost replaced.
fn bcrypt_with_cost(cost: &str) -> String {
    format!("$2b${cost}$5dPA4joHzv39x9WTMcGAR.C84uvaA4rPKmp2N/uEqy96Hhs.WmW2i")
}

/// Runs `verify ARGS` and returns stderr, asserting exit 2, empty stdout, and no abort.
fn verify_refuses(args: &[&str]) -> String {
    let out = secrets().arg("verify").args(args).output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(out.stdout.is_empty());
    assert!(!err.contains("memory allocation"), "{err}");
    assert!(!err.contains("TOPSECRET"), "{err}");
    err
}

#[test]
fn scrypt_memory_counts_p_so_a_huge_p_is_refused_not_aborted() {
    // Used to abort (exit 134) allocating 128 GiB: only 128·r·N was counted, not 128·r·p.
    let hash = format!("$scrypt$ln=1,r=1,p=1073741823${SALT_AND_HASH}");
    for extra in [&[][..], &["--allow-expensive"][..]] {
        let mut args = extra.to_vec();
        args.extend([hash.as_str(), "pass:TOPSECRET"]);
        let err = verify_refuses(&args);
        assert!(
            err.contains("(128 GiB)") && err.contains("limit of 4 GiB"),
            "{err}"
        );
        // Nothing lifts the memory cap, so no flag is suggested, nor quoting: it is a limit.
        assert!(!err.contains("--allow-expensive"), "{err}");
        assert!(!err.contains("quote"), "{err}");
    }
}

#[test]
fn argon2_memory_over_4_gib_is_refused_as_a_limit() {
    let err = verify_refuses(&[
        &format!("$argon2id$v=19$m=99999999,t=1,p=4${SALT_AND_HASH}"),
        "pass:TOPSECRET",
    ]);
    assert!(
        err.contains("m=99999999") && err.contains("limit of 4 GiB"),
        "{err}"
    );
}

#[test]
fn hashes_above_64_times_our_work_are_refused_at_once() {
    // Each would run for hours (t=2^32-1 ~5 h, bcrypt cost 31 ~45 h, p=65535 > 20 s).
    for (hash, parameter, multiple) in [
        (
            format!("$argon2id$v=19$m=65536,t=4294967295,p=1${SALT_AND_HASH}"),
            "t=4294967295",
            "1431655765×",
        ),
        (bcrypt_with_cost("31"), "cost 31", "524288×"),
        (bcrypt_with_cost("19"), "cost 19", "128×"),
        (
            format!("$scrypt$ln=10,r=1,p=65535${SALT_AND_HASH}"),
            "p=65535",
            "65535×",
        ),
        (
            format!("$scrypt$ln=20,r=8,p=16${SALT_AND_HASH}"),
            "ln=20, r=8, p=16",
            "128×",
        ),
    ] {
        let err = verify_refuses(&[&hash, "pass:TOPSECRET"]);
        assert!(err.contains(parameter), "{err}");
        assert!(err.contains(multiple), "{err}");
        assert!(err.contains("--allow-expensive"), "{err}");
        assert!(!err.contains("quote"), "{err}");
    }
}

#[test]
fn the_work_cap_is_checked_before_the_password_is_read() {
    // No SOURCE and nothing on stdin: the refusal comes first, not a read error.
    let out = secrets()
        .args(["verify", &bcrypt_with_cost("31")])
        .write_stdin("")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cost 31"), "{err}");
}

#[test]
fn allow_expensive_lifts_the_work_cap_for_a_trusted_hash() {
    // Over the per-parameter caps (r at most 512, p at most 64) yet cheap to compute.
    for params in ["ln=1,r=513,p=1", "ln=1,r=1,p=65"] {
        let hash = format!("$scrypt${params}${SALT_AND_HASH}");
        assert!(verify_refuses(&[&hash, "pass:TOPSECRET"]).contains("--allow-expensive"));
        let out = secrets()
            .args(["verify", "--allow-expensive", &hash, "pass:x"])
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(1),
            "{params}: computed, wrong password"
        );
    }
}

#[test]
fn hash_refuses_costs_that_verify_would_refuse() {
    for args in [
        &["--time-cost", "1000"][..],
        &["--memory-cost", "4194304", "--time-cost", "4"][..],
        &["-a", "bcrypt", "--cost", "19"][..],
        &["-a", "scrypt", "--parallelism", "65"][..],
        &["-a", "scrypt", "--log-n", "21", "--parallelism", "8"][..],
    ] {
        let mut all = vec!["hash", "pass:TOPSECRET"];
        all.extend(args);
        let err = fails(&all);
        assert!(
            err.contains("64×") && err.contains("allow-expensive"),
            "{args:?}: {err}"
        );
        assert!(!err.contains("TOPSECRET"));
    }
    // Over the memory cap: scrypt ln=25, r=64 would need 256 GiB.
    let err = fails(&[
        "hash",
        "pass:x",
        "-a",
        "scrypt",
        "--log-n",
        "25",
        "--block-size",
        "64",
    ]);
    assert!(
        err.contains("(256 GiB)") && err.contains("limit of 4 GiB"),
        "{err}"
    );
}

#[test]
fn truncated_hash_values_and_short_salts_are_malformed() {
    let b64 = |n: usize| {
        use base64::Engine as _;
        base64::engine::general_purpose::STANDARD_NO_PAD.encode(vec![0x5a; n])
    };
    for algorithm in ["$argon2id$v=19$m=64,t=1,p=1", "$scrypt$ln=4,r=8,p=1"] {
        // The old parser took a 1-byte scrypt value (wrong passwords matched 1 time in 256)
        // and a 4-byte Argon2 value.
        for (salt, value) in [(16, 1), (16, 4), (16, 15), (7, 32)] {
            let hash = format!("{algorithm}${}${}", b64(salt), b64(value));
            let err = verify_refuses(&[&hash, "pass:TOPSECRET"]);
            assert!(err.contains("malformed hash"), "{hash}: {err}");
        }
        let shortest = format!("{algorithm}${}${}", b64(8), b64(16));
        assert_eq!(verify_status(&shortest, "x"), 1, "{shortest}");
    }
}

/// Whether prlimit (util-linux) is here; under CI it must be.
fn have_prlimit() -> bool {
    crate::util::have_tool("prlimit", &["--version"], "prlimit (util-linux)")
}

#[test]
fn memory_that_cannot_be_allocated_is_exit_two_not_an_abort() {
    if !have_prlimit() {
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    // Both within every cap (1 GiB, 5.3× and 8× our default work), so accepted, but a
    // 512 MiB address space cannot hold them: the allocation fails before any work.
    for hash in [
        format!("$argon2id$v=19$m=1048576,t=1,p=1${SALT_AND_HASH}"),
        format!("$argon2id$v=19$m=4194304,t=1,p=4${SALT_AND_HASH}"),
        format!("$scrypt$ln=20,r=8,p=1${SALT_AND_HASH}"),
    ] {
        let out = Command::new("prlimit")
            .arg(format!("--as={}", 512u64 << 20))
            .arg("--")
            .arg(&bin)
            .args(["verify", &hash, "pass:TOPSECRET"])
            .output()
            .expect("prlimit runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{hash}: {err}");
        assert!(err.contains("cannot allocate"), "{err}");
        assert!(!err.contains("memory allocation"), "{err}");
        assert!(!err.contains("TOPSECRET"), "{err}");
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

#[test]
fn a_wrong_password_says_so_unless_quiet() {
    let hash = String::from_utf8(
        secrets()
            .args(["hash", "pass:right", "-a", "bcrypt", "--cost", "4"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone(),
    )
    .expect("UTF-8");
    let hash = hash.trim();
    let out = secrets()
        .args(["verify", hash, "pass:wrong"])
        .assert()
        .code(1)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    let err = String::from_utf8_lossy(&out);
    assert!(err.contains("wrong password"), "{err}");
    assert!(!err.contains("wrong\n") && !err.contains("right"), "{err}");
    secrets()
        .args(["verify", "-q", hash, "pass:wrong"])
        .assert()
        .code(1)
        .stderr("");
}

#[test]
fn quoting_is_suggested_only_for_a_hash_the_shell_mangled() {
    // Double quotes turned $argon2id$v=19$m=... into =19=65536,t=3,p=4.
    let err = fails(&["verify", "=19=65536,t=3,p=4", "pass:x"]);
    assert!(err.contains("single"), "{err}");
    // Well-formed but another scheme: name it and the supported ones, no quoting hint.
    for (hash, scheme) in [
        ("$1$saltsalt$hashhashhashhashhash", "$1$"),
        ("$pbkdf2-sha256$29000$c2FsdA$aGFzaA", "$pbkdf2-sha256$"),
        ("$7$CU..../....saltsalt$hash", "$7$"),
    ] {
        let err = fails(&["verify", hash, "pass:x"]);
        assert!(
            err.contains(&format!("{scheme} is not a supported scheme")),
            "{err}"
        );
        assert!(
            err.contains("$argon2id$") && err.contains("$scrypt$"),
            "{err}"
        );
        assert!(!err.contains("single"), "{err}");
    }
    // Quoted, parsed, but over a limit: no quoting hint either.
    let err = fails(&[
        "verify",
        "$2b$31$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
        "pass:x",
    ]);
    assert!(!err.contains("single"), "{err}");
}

#[test]
fn an_empty_password_at_the_prompt_is_not_blamed_on_source() {
    if !crate::util::have_tool("script", &["--version"], "script (util-linux)") {
        return;
    }
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    // Two empty lines typed at the two prompts of a pseudo-terminal.
    let out = Command::new("bash")
        .args([
            "-c",
            &format!(
                "(sleep 0.5; printf '\\r'; sleep 0.3; printf '\\r'; sleep 1) | \
                 script -qec '{} hash' /dev/null",
                bin.display()
            ),
        ])
        .output()
        .expect("script runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("the password is empty"), "{text}");
    assert!(text.contains("type a password at the prompt"), "{text}");
    assert!(!text.contains("SOURCE"), "{text}");
}
