//! Helpers shared by the integration tests.

use std::collections::HashMap;
use std::hash::Hash;
use std::path::PathBuf;
use std::process::Output;

use assert_cmd::Command;

/// The `secrets` binary under test.
pub(crate) fn secrets() -> Command {
    Command::cargo_bin("secrets").expect("the secrets binary is built")
}

/// Runs `secrets ARGS`, asserts success, and returns stdout as lines.
pub(crate) fn lines(args: &[&str]) -> Vec<String> {
    stdout_lines(secrets().args(args))
}

/// Runs a prepared command, asserts success, and returns stdout as lines.
pub(crate) fn stdout_lines(cmd: &mut Command) -> Vec<String> {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out)
        .expect("output is UTF-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Whether `program ARGS` runs successfully. Tests that need a missing tool are skipped
/// with a loud message, except under CI (`.ci/run` installs the tools), where it fails.
pub(crate) fn have_tool(program: &str, args: &[&str], what: &str) -> bool {
    let ok = std::process::Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "{what} is required under CI (.ci/run installs it)"
        );
        eprintln!("SKIPPED: {what} is not installed");
    }
    ok
}

/// Runs `secrets ARGS` and returns its stderr, asserting exit status 2 and empty stdout.
pub(crate) fn fails(args: &[&str]) -> String {
    let out = secrets()
        .args(args)
        .assert()
        .code(2)
        .stdout("")
        .get_output()
        .stderr
        .clone();
    String::from_utf8(out).expect("stderr is UTF-8")
}

/// Upper quantile of chi-squared with `df` degrees of freedom at tail probability `p`
/// (Wilson–Hilferty; within 0.5% of the exact quantile for the df used here).
///
/// The statistical tests use `p = 1e-7`: whatever the approximation's error, a correct
/// generator then fails a test less than once in a million runs.
pub(crate) fn chi2_critical(df: usize, p: f64) -> f64 {
    let z = normal_upper_quantile(p);
    let k = df as f64;
    let a = 2.0 / (9.0 * k);
    k * (1.0 - a + z * a.sqrt()).powi(3)
}

/// The z with P(Z > z) = p for a standard normal Z, by bisection on erfc (p in (0, 0.5)).
fn normal_upper_quantile(p: f64) -> f64 {
    let (mut lo, mut hi) = (0.0f64, 40.0f64);
    for _ in 0..200 {
        let mid = (lo + hi) / 2.0;
        if 0.5 * erfc(mid / std::f64::consts::SQRT_2) > p {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Complementary error function (Numerical Recipes' erfcc, relative error < 1.2e-7).
fn erfc(x: f64) -> f64 {
    let z = x.abs();
    let t = 1.0 / (1.0 + 0.5 * z);
    // Horner's scheme from the highest coefficient down, the same operations in the same
    // order as the nested expression (which rustfmt takes 20 s to lay out).
    const C: [f64; 9] = [
        1.000_023_68,
        0.374_091_96,
        0.096_784_18,
        -0.186_288_06,
        0.278_868_07,
        -1.135_203_98,
        1.488_515_87,
        -0.822_152_23,
        0.170_872_77,
    ];
    let inner = C[..8].iter().rev().fold(C[8], |acc, &c| c + t * acc);
    let r = t * (-z * z - 1.265_512_23 + t * inner).exp();
    if x >= 0.0 { r } else { 2.0 - r }
}

/// Pearson's chi-squared statistic of `counts` against equal frequencies over `cells`.
/// Counts for values outside `cells` make the test fail loudly.
pub(crate) fn chi2_uniform<K: Eq + Hash + std::fmt::Debug>(
    counts: &HashMap<K, u64>,
    cells: &[K],
) -> f64 {
    for key in counts.keys() {
        assert!(cells.contains(key), "unexpected value {key:?}");
    }
    let total: u64 = counts.values().sum();
    let expected = total as f64 / cells.len() as f64;
    cells
        .iter()
        .map(|c| {
            let o = *counts.get(c).unwrap_or(&0) as f64;
            (o - expected).powi(2) / expected
        })
        .sum()
}

#[test]
fn chi2_critical_matches_known_quantiles() {
    // Reference values (exact, from the closed-form survival function for even df):
    // chi-squared(100) upper 1e-6 quantile = 182.13; chi-squared(1000) upper 1e-3 = 1143.92.
    assert!((chi2_critical(100, 1e-6) - 182.13).abs() < 1.0);
    assert!((chi2_critical(1000, 1e-3) - 1143.9).abs() < 1.0);
    assert!((normal_upper_quantile(0.025) - 1.95996).abs() < 1e-3);
}

/// Runs a bash script in which `$S` is the `secrets` binary under test.
pub(crate) fn bash(script: &str) -> Output {
    let bin = assert_cmd::cargo::cargo_bin("secrets");
    std::process::Command::new("bash")
        .args(["-c", &format!("S={}; {script}", bin.display())])
        .output()
        .expect("bash runs")
}

/// A fresh directory for one test, removed when dropped.
pub(crate) struct TempDir(pub(crate) PathBuf);

impl TempDir {
    pub(crate) fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("secrets-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    /// A named pipe called `name` in the directory (with mkfifo(1)); its path.
    pub(crate) fn fifo(&self, name: &str) -> PathBuf {
        let path = self.path(name);
        let made = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("mkfifo runs");
        assert!(made.success(), "mkfifo {}", path.display());
        path
    }

    pub(crate) fn entries(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(&self.0)
            .expect("read dir")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The exit status of `secrets COMMAND --help` (or `-V`): 2 for the commands whose exit
/// status is an answer, so that a received `--help` never reads as "yes"; 0 otherwise.
pub(crate) fn help_status(command: &str) -> i32 {
    if secrets_cli::cli::ANSWER_COMMANDS.contains(&command) {
        2
    } else {
        0
    }
}

/// `secrets hash` of `password` (through env:), with `extra` options: its one line.
pub(crate) fn hash_of(password: &str, extra: &[&str]) -> String {
    let out = secrets()
        .args(["hash", "env:SECRETS_TEST_PW"])
        .args(extra)
        .env("SECRETS_TEST_PW", password)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).expect("UTF-8");
    assert_eq!(text.lines().count(), 1, "{text}");
    text.trim_end().to_owned()
}
