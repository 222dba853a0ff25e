//! Constant-time evidence for `compare` (dudect-style; run with
//! `cargo bench --bench constant_time`).
//!
//! Two classes of inputs are timed in random interleaving: pairs that differ in the first
//! byte and pairs that differ in the last byte. An early-exit comparison is much faster on
//! the first class; a constant-time one takes the same time on both. Welch's t-test on the
//! two timing samples tells them apart: |t| above 4.5 is evidence of a timing leak (the
//! threshold dudect uses). As a control, the same harness times `==` on slices (memcmp,
//! which exits early), and must find a leak — otherwise the harness could not see one.

use std::hint::black_box;
use std::io::Write;
use std::time::Instant;

use secrets_cli::secrets::{RandomSource, compare_digest};

/// Timings per class and per comparison kind.
const SAMPLES: usize = 200_000;
/// Repetitions inside one timing, so each timing is well above the clock's resolution.
const INNER: usize = 8;

/// Welch's t statistic of two samples.
fn welch_t(a: &[f64], b: &[f64]) -> f64 {
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let var =
        |v: &[f64], m: f64| v.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (v.len() as f64 - 1.0);
    let (ma, mb) = (mean(a), mean(b));
    let (va, vb) = (var(a, ma), var(b, mb));
    (ma - mb) / (va / a.len() as f64 + vb / b.len() as f64).sqrt()
}

/// Drops the slowest 5% of each class (interrupts, migrations), as dudect does.
fn crop(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    v.truncate(v.len() * 95 / 100);
    v
}

fn measure(len: usize, compare: impl Fn(&[u8], &[u8]) -> bool) -> (f64, f64, f64) {
    let mut src = RandomSource::new();
    let mut base = vec![0u8; len];
    src.fill(&mut base).expect("random");
    let mut first = base.clone();
    first[0] ^= 1;
    let mut last = base.clone();
    last[len - 1] ^= 1;
    let (mut a, mut b) = (Vec::with_capacity(SAMPLES), Vec::with_capacity(SAMPLES));
    while a.len() < SAMPLES || b.len() < SAMPLES {
        let class_first = src.next_u8().expect("random") & 1 == 0;
        let other = if class_first { &first } else { &last };
        let start = Instant::now();
        for _ in 0..INNER {
            black_box(compare(black_box(&base), black_box(other)));
        }
        let ns = start.elapsed().as_nanos() as f64 / INNER as f64;
        if class_first { a.push(ns) } else { b.push(ns) }
    }
    let (a, b) = (crop(a), crop(b));
    let median = |v: &[f64]| v[v.len() / 2];
    (welch_t(&a, &b), median(&a), median(&b))
}

/// A comparison under test, by name.
type Comparison = (&'static str, fn(&[u8], &[u8]) -> bool);

fn main() {
    let mut out = String::new();
    out.push_str("| comparison | length | median, differ at start (ns) | median, differ at end (ns) | Welch t | verdict |\n");
    out.push_str("|---|---|---|---|---|---|\n");
    for len in [32usize, 1024, 65_536] {
        let rows: [Comparison; 2] = [
            ("compare_digest (subtle)", compare_digest),
            ("control: == (memcmp)", |x, y| x == y),
        ];
        for (name, f) in rows {
            let (t, ma, mb) = measure(len, f);
            let verdict = if t.abs() > 4.5 {
                "LEAKS"
            } else {
                "no evidence of a leak"
            };
            out.push_str(&format!(
                "| {name} | {len} | {ma:.0} | {mb:.0} | {t:.2} | {verdict} |\n"
            ));
        }
    }
    let _ = std::io::stdout().write_all(out.as_bytes());
}
