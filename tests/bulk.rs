//! Bulk output end to end: a `getrandom` failure in the middle of a large output is an
//! error (exit 2, a message, no file), never a shorter output that looks complete.
//!
//! The failure is real: `tests/data/failing_getrandom.c`, preloaded, serves a budget of bytes
//! from the system call and then fails with EIO, exactly as the `getrandom` crate sees a
//! failing C library.

use std::path::PathBuf;
use std::process::Output;
use std::sync::OnceLock;

use crate::util::{have_tool, secrets};

/// The OS's share (64 KiB), the keys of both bulk streams, and a little more: the failure
/// comes at a rekey, after 1 MiB or so of bulk output.
const MID_STREAM: u64 = 64 * 1024 + 2 * 32 + 40;

/// Builds the preload library once; `None` (skipped loudly) without a C compiler.
fn shim() -> Option<&'static PathBuf> {
    static SHIM: OnceLock<Option<PathBuf>> = OnceLock::new();
    SHIM.get_or_init(|| {
        if !have_tool(
            "cc",
            &["--version"],
            "a C compiler (cc), for the getrandom shim",
        ) {
            return None;
        }
        let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("libfailing_getrandom.so");
        let src = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/failing_getrandom.c"
        );
        let status = std::process::Command::new("cc")
            .args(["-shared", "-fPIC", "-O2", "-o"])
            .arg(&out)
            .arg(src)
            .status()
            .expect("cc runs");
        assert!(status.success(), "compiling {src}");
        Some(out)
    })
    .as_ref()
}

/// Runs `secrets ARGS` with getrandom failing after `budget` bytes.
fn with_budget(shim: &PathBuf, budget: u64, args: &[&str]) -> Output {
    secrets()
        .env("LD_PRELOAD", shim)
        .env("SECRETS_TEST_GETRANDOM_BUDGET", budget.to_string())
        .args(args)
        .output()
        .expect("secrets runs")
}

fn assert_random_failure(out: &Output) {
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("random source failed"), "stderr: {stderr}");
}

#[test]
fn the_shim_is_used_and_transparent_within_its_budget() {
    let Some(shim) = shim() else { return };
    assert_random_failure(&with_budget(shim, 0, &["token-hex"]));
    let out = with_budget(shim, 1 << 30, &["token-bytes", "5000000"]);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout.len(), 5_000_000);
}

#[test]
fn a_failure_mid_stream_ends_token_bytes_with_exit_2() {
    let Some(shim) = shim() else { return };
    let out = with_budget(shim, MID_STREAM, &["token-bytes", "268435456"]);
    assert_random_failure(&out);
    // It failed in the bulk generator's rekeying, after the OS's share and the first MiB.
    assert!(out.stdout.len() > 1 << 20, "{} bytes", out.stdout.len());
    assert!(out.stdout.len() < 268_435_456);
}

#[test]
fn a_failure_mid_stream_leaves_no_output_file() {
    let Some(shim) = shim() else { return };
    let dir = tempdir();
    let path = dir.join("key.bin");
    let path_arg = path.to_str().expect("UTF-8 path");
    let out = with_budget(
        shim,
        MID_STREAM,
        &["token-hex", "100000000", "-o", path_arg],
    );
    assert_random_failure(&out);
    assert!(!path.exists(), "a truncated file was left at {path_arg}");
    assert!(
        std::fs::read_dir(&dir).expect("dir").next().is_none(),
        "temporary file left"
    );
}

/// Password output stops at a whole password: every line printed is complete.
#[test]
fn a_failure_mid_stream_ends_passwords_on_a_whole_line() {
    let Some(shim) = shim() else { return };
    let out = with_budget(shim, MID_STREAM, &["password", "-n", "1000000", "-l", "16"]);
    assert_random_failure(&out);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.lines().count() < 1_000_000);
    assert!(text.is_empty() || text.ends_with('\n'));
    assert!(text.lines().all(|l| l.chars().count() == 16));
}

/// A fresh empty directory under the target's temporary directory.
fn tempdir() -> PathBuf {
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("bulk-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}
