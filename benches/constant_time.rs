//! Constant-time evidence for `compare` (dudect-style; run with
//! `cargo bench --bench constant_time`).
//!
//! Two classes of inputs are timed in random interleaving: pairs that differ in the first
//! byte and pairs that differ in the last byte. An early-exit comparison is much faster on
//! the first class; a constant-time one takes the same time on both. Welch's t-test on the
//! two timing samples tells them apart: |t| above 4.5 is evidence of a timing leak (the
//! threshold dudect uses). As a control, the same harness times `==` on slices (memcmp,
//! which exits early), and must find a leak — otherwise the harness could not see one.
//!
//! `hmac --verify` is measured the same way: the tag of a fixed message is checked against
//! expected tags that differ in the first or in the last byte. So is `verify`: the right
//! password against stored Argon2id hashes whose hash bytes differ from the true ones in the
//! first or in the last byte (with the smallest Argon2 parameters, so that the comparison is
//! not drowned by the key derivation).

use std::hint::black_box;
use std::io::Write;
use std::time::Instant;

use secrets_core::hash::{self as hashing, Params, PasswordHash, WorkCap};
use secrets_core::mac::{Digest, Tag};
use secrets_core::{RandomSource, compare_digest};

/// Timings per class for 32-byte inputs; longer inputs get proportionally fewer (each timing
/// is longer), down to 10,000.
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

/// `base` and its copies with the first or the last byte flipped.
fn flipped(base: &[u8]) -> (Vec<u8>, Vec<u8>) {
    let mut first = base.to_vec();
    first[0] ^= 1;
    let mut last = base.to_vec();
    last[base.len() - 1] ^= 1;
    (first, last)
}

/// Times `run(class_first)` `samples` times per class, the two classes randomly
/// interleaved, each timing averaged over `inner` calls; returns (t, median first, median last).
fn time_classes(samples: usize, inner: usize, mut run: impl FnMut(bool)) -> (f64, f64, f64) {
    let mut src = RandomSource::new();
    let (mut a, mut b) = (Vec::with_capacity(samples), Vec::with_capacity(samples));
    while a.len() < samples || b.len() < samples {
        let class_first = src.next_u8().expect("random") & 1 == 0;
        let start = Instant::now();
        for _ in 0..inner {
            run(class_first);
        }
        let ns = start.elapsed().as_nanos() as f64 / inner as f64;
        if class_first { a.push(ns) } else { b.push(ns) }
    }
    let (a, b) = (crop(a), crop(b));
    let median = |v: &[f64]| v[v.len() / 2];
    (welch_t(&a, &b), median(&a), median(&b))
}

/// Times `compare(base, x)` for x in the two classes.
fn measure(
    base: &[u8],
    first: &[u8],
    last: &[u8],
    compare: impl Fn(&[u8], &[u8]) -> bool,
) -> (f64, f64, f64) {
    let samples = (SAMPLES * 32 / base.len()).clamp(10_000, SAMPLES);
    time_classes(samples, INNER, |class_first| {
        let other = if class_first { first } else { last };
        black_box(compare(black_box(base), black_box(other)));
    })
}

/// Prints one table row as soon as it is measured (the long inputs take a while).
fn report(stdout: &mut std::io::Stdout, name: &str, len: usize, (t, ma, mb): (f64, f64, f64)) {
    let verdict = if t.abs() > 4.5 {
        "LEAKS"
    } else {
        "no evidence of a leak"
    };
    let _ = writeln!(
        stdout,
        "| {name} | {len} | {ma:.0} | {mb:.0} | {t:.2} | {verdict} |"
    );
    let _ = stdout.flush();
}

/// A comparison under test, by name.
type Comparison = (&'static str, fn(&[u8], &[u8]) -> bool);

const MESSAGE: &[u8] = b"the message whose signature is checked";

/// `hmac --verify`: is `expected` the HMAC-SHA256 of [`MESSAGE`] under `key`?
fn hmac_verify(key: &[u8], expected: &[u8]) -> bool {
    let mut tag = Tag::new(Digest::Sha256, key);
    tag.update(MESSAGE);
    tag.verify(expected)
}

fn main() {
    // Each row is printed as soon as it is measured: the long inputs take a while.
    let mut stdout = std::io::stdout();
    let _ = stdout.write_all(
        b"| comparison | length | median, differ at start (ns) | median, differ at end (ns) | Welch t | verdict |\n\
          |---|---|---|---|---|---|\n",
    );
    let mut src = RandomSource::new();
    let mut row = |name: &str,
                   len: usize,
                   base: &[u8],
                   first: &[u8],
                   last: &[u8],
                   f: fn(&[u8], &[u8]) -> bool| {
        report(&mut stdout, name, len, measure(base, first, last, f));
    };
    for len in [32usize, 1024, 65_536] {
        let mut base = vec![0u8; len];
        src.fill(&mut base).expect("random");
        let (first, last) = flipped(&base);
        let rows: [Comparison; 2] = [
            ("compare_digest (64-bit words)", compare_digest),
            ("control: == (memcmp)", |x, y| x == y),
        ];
        for (name, f) in rows {
            row(name, len, &base, &first, &last, f);
        }
    }
    // hmac --verify: the right tag with its first or its last byte flipped.
    let mut key = vec![0u8; 32];
    src.fill(&mut key).expect("random");
    let mut tag = Tag::new(Digest::Sha256, &key);
    tag.update(MESSAGE);
    let (first, last) = flipped(&tag.finalize());
    row(
        "hmac --verify (sha256)",
        32,
        &key,
        &first,
        &last,
        hmac_verify,
    );
    verify_row(&mut stdout);
}

/// `verify`: the right password against an Argon2id hash (m=8 KiB, t=1, p=1) whose stored
/// hash bytes are flipped in the first or in the last byte.
fn verify_row(stdout: &mut std::io::Stdout) {
    let password = b"correct horse battery staple";
    let params = Params::Argon2id {
        memory_kib: 8,
        time_cost: 1,
        parallelism: 1,
    };
    let text = hashing::hash(password, params).expect("hashing works");
    let parsed = PasswordHash::parse(&text).expect("our own hash parses");
    let flip = |index: fn(usize) -> usize| {
        let mut h = parsed.clone();
        if let PasswordHash::Argon2 { hash, .. } = &mut h {
            let i = index(hash.len());
            hash[i] ^= 1;
        }
        h
    };
    let (first, last) = (flip(|_| 0), flip(|n| n - 1));
    let result = time_classes(20_000, 1, |class_first| {
        let stored = if class_first { &first } else { &last };
        black_box(
            stored
                .verify(black_box(password), WorkCap::Capped)
                .expect("verifies"),
        );
    });
    report(stdout, "verify (argon2id m=8 t=1 p=1)", 32, result);
}
