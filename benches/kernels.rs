//! Micro-benchmarks of the kernels behind bulk output: the OS random source and its
//! buffer, exactly uniform index sampling (one draw at a time and batched), password
//! sampling under several policies, and hex / base64url encoding.
//!
//! Run with `cargo bench --bench kernels`; add a filter to run a subset, e.g.
//! `cargo bench --bench kernels -- password`. Every benchmark sets a byte or item counter,
//! so divan prints throughput next to the time per iteration.
//!
//! Whole-command comparisons with peer tools (pwgen, openssl, Python) live in
//! `scripts/bench-peers.sh`.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use divan::Bencher;
use divan::counter::{BytesCount, ItemsCount};
use secrets_core::bulk::key_erasure::KeyErasure;
use secrets_core::policy::{Policy, PolicyOptions};
use secrets_core::sampler::PasswordSampler;
use secrets_core::{MAX_BATCH, RandomSource, Uniform};

fn main() {
    divan::main();
}

/// 64 KiB: the largest refill of `RandomSource`, and one `token-hex` output chunk.
const CHUNK: usize = 64 * 1024;

/// Uniform draws per iteration in the index-sampling benchmarks.
const DRAWS: usize = 4096;

/// 64 KiB of random input for the encoders.
fn random_chunk() -> Vec<u8> {
    let mut input = vec![0u8; CHUNK];
    RandomSource::new()
        .fill(&mut input)
        .expect("OS random source");
    input
}

/// The operating system's CSPRNG and the buffered source over it.
mod random_source {
    use super::*;

    /// `getrandom::fill` of 64 KiB straight into the destination (no source buffer).
    #[divan::bench]
    fn getrandom_fill_64k(bencher: Bencher) {
        let mut buf = vec![0u8; CHUNK];
        bencher
            .counter(BytesCount::new(CHUNK))
            .bench_local(|| getrandom::fill(divan::black_box(&mut buf)).expect("getrandom"));
    }

    /// `RandomSource::fill` of 64 KiB from the OS only (large requests bypass the buffer).
    #[divan::bench]
    fn fill_64k_os(bencher: Bencher) {
        let mut src = RandomSource::os_only();
        let mut buf = vec![0u8; CHUNK];
        bencher
            .counter(BytesCount::new(CHUNK))
            .bench_local(|| src.fill(divan::black_box(&mut buf)).expect("fill"));
    }

    /// `RandomSource::fill` of 64 KiB from the bulk generator: ChaCha20 chunks copied out
    /// of the buffer, the second thread generating ahead after the first MiB.
    #[divan::bench]
    fn fill_64k_bulk(bencher: Bencher) {
        let mut src = RandomSource::bulk_only();
        let mut buf = vec![0u8; CHUNK];
        bencher
            .counter(BytesCount::new(CHUNK))
            .bench_local(|| src.fill(divan::black_box(&mut buf)).expect("fill"));
    }

    /// One ChaCha20 fast-key-erasure stream on one core: 64 KiB per key, rekeyed from the
    /// OS every MiB.
    #[divan::bench]
    fn key_erasure_64k_one_thread(bencher: Bencher) {
        let mut g = KeyErasure::new(getrandom::fill).expect("key");
        let mut buf = vec![0u8; CHUNK];
        bencher
            .counter(BytesCount::new(CHUNK))
            .bench_local(|| g.fill(divan::black_box(&mut buf)).expect("fill"));
    }

    /// `RandomSource::fill` of 16 bytes: served from the buffer, one refill per 4096 calls.
    #[divan::bench]
    fn fill_16(bencher: Bencher) {
        let mut src = RandomSource::new();
        let mut buf = [0u8; 16];
        bencher
            .counter(BytesCount::new(16usize))
            .bench_local(|| src.fill(divan::black_box(&mut buf)).expect("fill"));
    }

    /// 4096 calls of `next_u8`: the per-byte cost of the buffer, refills included.
    #[divan::bench]
    fn next_u8_x4096(bencher: Bencher) {
        let mut src = RandomSource::new();
        bencher.counter(BytesCount::new(DRAWS)).bench_local(|| {
            let mut acc = 0u8;
            for _ in 0..DRAWS {
                acc ^= src.next_u8().expect("next_u8");
            }
            acc
        });
    }

    /// `below(n)`, which prepares a `Uniform` on every call (the convenience path).
    #[divan::bench(args = [62, 94, 1_000_000])]
    fn below_x4096(bencher: Bencher, n: u64) {
        let mut src = RandomSource::new();
        bencher.counter(ItemsCount::new(DRAWS)).bench_local(|| {
            let mut acc = 0u64;
            for _ in 0..DRAWS {
                acc ^= src.below(divan::black_box(n)).expect("below");
            }
            acc
        });
    }
}

/// Exactly uniform draws from `0..n` with a prepared `Uniform`.
mod uniform {
    use super::*;

    /// One draw at a time: 1-byte words for 62, 2-byte words for 94.
    #[divan::bench(args = [10, 62, 94])]
    fn sample_x4096(bencher: Bencher, n: u64) {
        let mut src = RandomSource::new();
        let dist = Uniform::new(n).expect("positive bound");
        bencher.counter(ItemsCount::new(DRAWS)).bench_local(|| {
            let mut acc = 0u64;
            for _ in 0..DRAWS {
                acc ^= dist.sample(&mut src).expect("sample");
            }
            acc
        });
    }

    /// Batched: up to `MAX_BATCH` draws out of one random `u64`.
    #[divan::bench(args = [10, 62, 94])]
    fn sample_batch_x4096(bencher: Bencher, n: u64) {
        let mut src = RandomSource::new();
        let dist = Uniform::new(n).expect("positive bound");
        let mut out = [0u64; MAX_BATCH];
        bencher.counter(ItemsCount::new(DRAWS)).bench_local(|| {
            let mut acc = 0u64;
            let mut drawn = 0;
            while drawn < DRAWS {
                let k = dist.sample_batch(&mut src, &mut out).expect("batch");
                assert!(k > 0, "bound too large to batch");
                for &d in out.iter().take(k.min(DRAWS - drawn)) {
                    acc ^= d;
                }
                drawn += k;
            }
            acc
        });
    }
}

/// One password per iteration through `PasswordSampler::sample_into`, reusing the string.
mod password {
    use super::*;

    /// Policies by name: the alphanumeric 62 and full 94 alphabets without minimums, the
    /// default policy (94 characters, at least one of each class), and a hard policy whose
    /// valid strings are rare (8 characters, at least 5 digits).
    fn policy(name: &str) -> Policy {
        let opts = match name {
            "alnum62_len16" => PolicyOptions {
                length: 16,
                disabled: [false, false, false, true],
                minimums: [Some(0), Some(0), Some(0), None],
                ..PolicyOptions::default()
            },
            "all94_len16" => PolicyOptions {
                length: 16,
                minimums: [Some(0); 4],
                ..PolicyOptions::default()
            },
            "default_len16" => PolicyOptions {
                length: 16,
                ..PolicyOptions::default()
            },
            "default_len20" => PolicyOptions::default(),
            "hard_len8_5digits" => PolicyOptions {
                length: 8,
                minimums: [None, None, Some(5), None],
                ..PolicyOptions::default()
            },
            other => panic!("unknown policy {other}"),
        };
        Policy::new(&opts).expect("valid policy")
    }

    #[divan::bench(args = [
        "alnum62_len16",
        "all94_len16",
        "default_len16",
        "default_len20",
        "hard_len8_5digits",
    ])]
    fn sample_into(bencher: Bencher, name: &str) {
        let policy = policy(name);
        let mut sampler = PasswordSampler::new(&policy).expect("sampler");
        let mut src = RandomSource::new();
        let mut out = String::with_capacity(policy.length());
        bencher
            .counter(ItemsCount::new(1usize))
            .counter(BytesCount::new(policy.length()))
            .bench_local(|| {
                out.clear();
                sampler.sample_into(&mut src, &mut out).expect("password");
                divan::black_box(out.len())
            });
    }
}

/// Encoders over 64 KiB of random input; the counter is input bytes.
mod encode {
    use super::*;

    /// `const_hex` (SIMD), what `token-hex` uses for bulk output.
    #[divan::bench]
    fn hex_const_hex_64k(bencher: Bencher) {
        let input = random_chunk();
        let mut out = vec![0u8; CHUNK * 2];
        bencher.counter(BytesCount::new(CHUNK)).bench_local(|| {
            const_hex::encode_to_slice(divan::black_box(&input), &mut out).expect("sizes")
        });
    }

    /// The `hex` crate (scalar), for comparison.
    #[divan::bench]
    fn hex_hex_crate_64k(bencher: Bencher) {
        let input = random_chunk();
        let mut out = vec![0u8; CHUNK * 2];
        bencher.counter(BytesCount::new(CHUNK)).bench_local(|| {
            hex::encode_to_slice(divan::black_box(&input), &mut out).expect("sizes")
        });
    }

    /// Unpadded base64url, what `token-urlsafe` uses.
    #[divan::bench]
    fn base64_url_safe_no_pad_64k(bencher: Bencher) {
        let input = random_chunk();
        let mut out = vec![0u8; CHUNK.div_ceil(3) * 4];
        bencher.counter(BytesCount::new(CHUNK)).bench_local(|| {
            URL_SAFE_NO_PAD
                .encode_slice(divan::black_box(&input), &mut out)
                .expect("sizes")
        });
    }

    /// `base64-simd`'s unpadded base64url (what `token-urlsafe` uses) of 64 KiB.
    #[divan::bench]
    fn base64_simd_url_safe_no_pad_64k(bencher: Bencher) {
        let input = random_chunk();
        let mut out = vec![0u8; CHUNK.div_ceil(3) * 4];
        let b64 = base64_simd::URL_SAFE_NO_PAD;
        bencher.counter(BytesCount::new(CHUNK)).bench_local(|| {
            b64.encode(
                divan::black_box(&input),
                base64_simd::Out::from_slice(&mut out[..b64.encoded_length(CHUNK)]),
            )
            .len()
        });
    }

    /// The whole `token-hex` kernel for one chunk: fill 64 KiB from the OS, then hex it.
    #[divan::bench]
    fn fill_then_const_hex_64k(bencher: Bencher) {
        let mut src = RandomSource::new();
        let mut input = vec![0u8; CHUNK];
        let mut out = vec![0u8; CHUNK * 2];
        bencher.counter(BytesCount::new(CHUNK)).bench_local(|| {
            src.fill(&mut input).expect("fill");
            const_hex::encode_to_slice(&input, &mut out).expect("sizes")
        });
    }
}
