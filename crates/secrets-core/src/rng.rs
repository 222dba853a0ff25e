//! The byte source under every draw: a buffered reader over the operating system's CSPRNG
//! that hands bulk output to [`crate::bulk`].
//!
//! The first [`BULK_THRESHOLD`] bytes of every run are read from `getrandom` directly; bulk
//! output beyond that comes from ChaCha20 keyed from `getrandom`. Only the byte source
//! differs: the sampling on top ([`crate::uniform`]) is the same.

use std::fmt;

use num_bigint::BigUint;
use zeroize::{Zeroize, Zeroizing};

use crate::bulk::BulkSource;
use crate::error::{Error, Result};
use crate::uniform::Uniform;

/// The largest refill of the internal buffer. Large enough that bulk output makes one
/// system call per 64 KiB, small enough to stay in L2 cache.
const MAX_REFILL: usize = 64 * 1024;

// The bulk generator swaps whole chunks into the buffer.
const _: () = assert!(MAX_REFILL == crate::bulk::CHUNK);

/// The first refill. Start-up only pays for what a single secret needs; each later refill
/// doubles up to [`MAX_REFILL`].
const FIRST_REFILL: usize = 256;

/// How many bytes at the start of every run come straight from `getrandom`: 64 KiB.
///
/// Everything a single secret needs (a password, a token, a key of up to 64 KiB) is read
/// from the OS exactly as if the bulk generator did not exist; only output beyond this
/// comes from [`crate::bulk`] (ChaCha20 with fast key erasure, keyed from the OS).
pub const BULK_THRESHOLD: u64 = 64 * 1024;

/// Which generator a [`RandomSource`] reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// The OS for the first [`BULK_THRESHOLD`] bytes, then the bulk generator.
    Auto,
    /// The OS only (tests and benchmarks).
    Os,
    /// The bulk generator from the first byte (tests and benchmarks).
    Bulk,
}

/// A buffered reader over the OS CSPRNG, which hands bulk output to a userspace generator.
///
/// Buffering matters for speed: a password of 16 characters needs ~17 random bytes, and a
/// system call per character would dominate bulk output. The first [`BULK_THRESHOLD`] bytes
/// come from `getrandom`; after that, refills come from [`crate::bulk`], which runs faster
/// than the system call and is rekeyed from it every [`crate::bulk::REKEY_INTERVAL`]. The
/// buffer holds unconsumed random bytes only; it is wiped when the source is dropped, and
/// consumed bytes are wiped as soon as they are handed out, so no secret material lingers
/// in it.
pub struct RandomSource {
    buf: Zeroizing<Box<[u8]>>,
    pos: usize,
    end: usize,
    /// How much of `buf` has ever been written: only that much is wiped on drop (the rest of
    /// the 64 KiB was never touched, and zeroing it would fault in 16 fresh pages for a
    /// run that draws 32 bytes).
    touched: usize,
    next_refill: usize,
    mode: Mode,
    /// Bytes read from the OS for output so far.
    from_os: u64,
    /// Started at the first refill past the OS's share.
    bulk: Option<BulkSource>,
}

impl fmt::Debug for RandomSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RandomSource").finish_non_exhaustive()
    }
}

impl Drop for RandomSource {
    fn drop(&mut self) {
        // Wipe every byte that was ever written, then let the (empty) wrapper go.
        let mut buf = std::mem::take(&mut *self.buf);
        let touched = self.touched.min(buf.len());
        buf[..touched].zeroize();
    }
}

impl Default for RandomSource {
    fn default() -> Self {
        Self::new()
    }
}

impl RandomSource {
    /// A new source: the OS for the first [`BULK_THRESHOLD`] bytes, the bulk generator after
    /// that. It reads nothing from the OS until the first draw.
    pub fn new() -> Self {
        Self::with_mode(Mode::Auto)
    }

    /// A source that reads every byte from the OS, however many are drawn: for tests and
    /// benchmarks that compare the two generators.
    pub fn os_only() -> Self {
        Self::with_mode(Mode::Os)
    }

    /// A source that reads every byte from the bulk generator, from the first one: for tests
    /// that run the samplers' statistics through it, and for benchmarks.
    pub fn bulk_only() -> Self {
        Self::with_mode(Mode::Bulk)
    }

    fn with_mode(mode: Mode) -> Self {
        RandomSource {
            buf: Zeroizing::new(vec![0u8; MAX_REFILL].into_boxed_slice()),
            pos: 0,
            end: 0,
            touched: 0,
            next_refill: FIRST_REFILL,
            mode,
            from_os: 0,
            bulk: None,
        }
    }

    /// Whether the bulk generator has a second thread generating ahead (for tests).
    pub fn bulk_is_ahead(&self) -> bool {
        self.bulk.as_ref().is_some_and(BulkSource::is_ahead)
    }

    /// How many more bytes the OS supplies before the bulk generator takes over.
    fn os_room(&self) -> usize {
        match self.mode {
            Mode::Os => usize::MAX,
            Mode::Bulk => 0,
            Mode::Auto => {
                usize::try_from(BULK_THRESHOLD.saturating_sub(self.from_os)).unwrap_or(usize::MAX)
            }
        }
    }

    #[cold]
    #[inline(never)]
    fn refill(&mut self) -> Result<()> {
        let room = self.os_room();
        if room > 0 {
            let n = self.next_refill.min(room);
            getrandom::fill(&mut self.buf[..n])?;
            self.from_os += n as u64;
            self.pos = 0;
            self.end = n;
            self.touched = self.touched.max(n);
            self.next_refill = (self.next_refill * 2).min(MAX_REFILL);
            return Ok(());
        }
        let bulk = match &mut self.bulk {
            Some(bulk) => bulk,
            None => self.bulk.insert(BulkSource::new(getrandom::fill)?),
        };
        // Every byte of the buffer has been handed out and wiped (or never written).
        self.touched = self.buf.len();
        bulk.refill(&mut self.buf)?;
        self.pos = 0;
        self.end = self.buf.len();
        Ok(())
    }

    /// Fills `dest` with uniformly random bytes.
    ///
    /// Large requests within the OS's share go straight to the OS into `dest`; past it,
    /// bytes are copied out of the bulk generator's chunks (and wiped there).
    pub fn fill(&mut self, mut dest: &mut [u8]) -> Result<()> {
        if dest.len() >= 4096 {
            let n = dest.len().min(self.os_room());
            if n > 0 {
                let (direct, rest) = dest.split_at_mut(n);
                getrandom::fill(direct)?;
                self.from_os += n as u64;
                dest = rest;
            }
        }
        let mut filled = 0;
        while filled < dest.len() {
            if self.pos == self.end {
                self.refill()?;
            }
            let take = (dest.len() - filled).min(self.end - self.pos);
            let src = &mut self.buf[self.pos..self.pos + take];
            dest[filled..filled + take].copy_from_slice(src);
            src.zeroize();
            self.pos += take;
            filled += take;
        }
        Ok(())
    }

    /// Hands `len` random bytes to `write`, in pieces of at most 64 KiB taken straight from
    /// the buffer (no copy), each wiped as soon as `write` returns. For bulk output of raw
    /// bytes; an error from either side stops the stream.
    pub fn stream<E: From<Error>>(
        &mut self,
        mut len: u64,
        mut write: impl FnMut(&[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        while len > 0 {
            if self.pos == self.end {
                self.refill()?;
            }
            let take = usize::try_from(len)
                .unwrap_or(usize::MAX)
                .min(self.end - self.pos);
            let piece = &mut self.buf[self.pos..self.pos + take];
            let written = write(piece);
            piece.zeroize();
            self.pos += take;
            written?;
            len -= take as u64;
        }
        Ok(())
    }

    /// One uniformly random byte.
    #[inline(always)]
    pub fn next_u8(&mut self) -> Result<u8> {
        if self.pos == self.end {
            self.refill()?;
        }
        let b = std::mem::take(&mut self.buf[self.pos]);
        self.pos += 1;
        Ok(b)
    }

    /// A uniformly random `u16`.
    #[inline(always)]
    pub fn next_u16(&mut self) -> Result<u16> {
        if self.end - self.pos >= 2 {
            let pair = &mut self.buf[self.pos..self.pos + 2];
            let v = u16::from_le_bytes([pair[0], pair[1]]);
            pair.fill(0);
            self.pos += 2;
            return Ok(v);
        }
        Ok(u16::from_le_bytes([self.next_u8()?, self.next_u8()?]))
    }

    /// A uniformly random `u32`.
    pub fn next_u32(&mut self) -> Result<u32> {
        let mut b = [0u8; 4];
        self.fill(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }

    /// A uniformly random `u64`.
    #[inline(always)]
    pub fn next_u64(&mut self) -> Result<u64> {
        if self.end - self.pos >= 8 {
            let word = &mut self.buf[self.pos..self.pos + 8];
            let mut b = [0u8; 8];
            b.copy_from_slice(word);
            word.fill(0);
            self.pos += 8;
            return Ok(u64::from_le_bytes(b));
        }
        let mut b = [0u8; 8];
        self.fill(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }

    /// A uniform integer in `0..n` (`n > 0`), exactly unbiased.
    pub fn below(&mut self, n: u64) -> Result<u64> {
        Uniform::new(n)?.sample(self)
    }

    /// A uniform integer in `0..n` for arbitrarily large `n > 0`: draw as many bits as `n`
    /// has and reject values `>= n` (at most half of the draws are rejected).
    pub fn below_big(&mut self, n: &BigUint) -> Result<BigUint> {
        let bits = n.bits();
        if bits == 0 {
            return Err(Error::InvalidArgument(
                "the upper bound must be positive".into(),
            ));
        }
        let nbytes = usize::try_from(bits.div_ceil(8))
            .map_err(|_| Error::InvalidArgument("the upper bound is too large".into()))?;
        let excess_bits = nbytes * 8 - usize::try_from(bits).unwrap_or(0);
        let mut bytes = Zeroizing::new(vec![0u8; nbytes]);
        loop {
            self.fill(&mut bytes)?;
            // Little-endian: the last byte is the most significant; clear the bits above `bits`.
            if let Some(top) = bytes.last_mut() {
                *top &= 0xFFu8 >> excess_bits;
            }
            let x = BigUint::from_bytes_le(&bytes);
            if &x < n {
                return Ok(x);
            }
        }
    }

    /// A uniform integer in `0..2^k`: `k` random bits, like Python's `getrandbits(k)`.
    /// `k = 0` gives 0.
    pub fn bits(&mut self, k: u64) -> Result<BigUint> {
        let nbytes = usize::try_from(k.div_ceil(8))
            .map_err(|_| Error::InvalidArgument("too many bits".into()))?;
        let excess_bits = k.div_ceil(8) * 8 - k;
        let mut bytes = Zeroizing::new(vec![0u8; nbytes]);
        self.fill(&mut bytes)?;
        // Little-endian: the last byte is the most significant; keep only its low bits.
        if let Some(top) = bytes.last_mut() {
            *top &= 0xFFu8 >> excess_bits;
        }
        Ok(BigUint::from_bytes_le(&bytes))
    }

    /// Shuffles `items` in place; every permutation is equally likely (Fisher–Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) -> Result<()> {
        for i in (1..items.len()).rev() {
            let j = usize::try_from(self.below(i as u64 + 1)?).unwrap_or(0);
            items.swap(i, j);
        }
        Ok(())
    }
}

impl rand::TryRng for RandomSource {
    type Error = getrandom::Error;

    fn try_next_u32(&mut self) -> std::result::Result<u32, Self::Error> {
        self.next_u32().map_err(into_getrandom)
    }

    fn try_next_u64(&mut self) -> std::result::Result<u64, Self::Error> {
        self.next_u64().map_err(into_getrandom)
    }

    fn try_fill_bytes(&mut self, dst: &mut [u8]) -> std::result::Result<(), Self::Error> {
        self.fill(dst).map_err(into_getrandom)
    }
}

/// `RandomSource` only ever fails with the OS error; this unwraps it for the rand traits.
fn into_getrandom(e: Error) -> getrandom::Error {
    match e {
        Error::Random(e) => e,
        _ => getrandom::Error::UNEXPECTED,
    }
}

/// Lets `rand`'s samplers and distributions run on the OS CSPRNG through our buffer.
impl rand::TryCryptoRng for RandomSource {}

#[cfg(test)]
mod tests {
    #![allow(clippy::cast_possible_truncation)]

    use super::*;

    /// One source of each kind: every statistical test here runs on both.
    fn both_sources() -> [RandomSource; 2] {
        [RandomSource::os_only(), RandomSource::bulk_only()]
    }

    #[test]
    fn large_fills_bypass_the_buffer_and_are_not_all_zero() {
        for mut src in both_sources() {
            let mut big = vec![0u8; 100_000];
            src.fill(&mut big).expect("random");
            // 100,000 zero bytes from a working CSPRNG has probability 2^-800000.
            assert!(big.iter().any(|&b| b != 0));
        }
    }

    #[test]
    fn below_big_stays_below_and_reaches_the_top_bit() {
        for mut src in both_sources() {
            let n = BigUint::from(1u8) << 130u32;
            let n = n + 12345u32;
            let mut saw_high = false;
            for _ in 0..200 {
                let x = src.below_big(&n).expect("random");
                assert!(x < n);
                saw_high |= x.bits() == 130;
            }
            // Half of 0..n lies in [2^129, 2^130): P(no draw there in 200 draws) ~ 2^-200.
            assert!(saw_high);
        }
    }

    #[test]
    fn shuffle_keeps_the_elements() {
        for mut src in both_sources() {
            let mut v: Vec<u32> = (0..100).collect();
            src.shuffle(&mut v).expect("random");
            v.sort_unstable();
            assert_eq!(v, (0..100).collect::<Vec<_>>());
        }
    }

    /// Draws `total` bytes from `src` in pieces of varying size, through every path.
    fn draw_mixed(src: &mut RandomSource, total: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(total);
        let sizes = [1usize, 7, 4096, 100, 70_000, 3, 8, 2];
        let mut i = 0;
        while out.len() < total {
            let n = sizes[i % sizes.len()].min(total - out.len());
            match n {
                1 => out.push(src.next_u8().expect("random")),
                2 => out.extend(src.next_u16().expect("random").to_le_bytes()),
                8 => out.extend(src.next_u64().expect("random").to_le_bytes()),
                _ => {
                    let mut b = vec![0u8; n];
                    src.fill(&mut b).expect("random");
                    out.extend(b);
                }
            }
            i += 1;
        }
        out
    }

    /// The first BULK_THRESHOLD bytes come from the OS, whichever way they are drawn, and the
    /// bulk generator starts only after them.
    #[test]
    fn the_os_serves_exactly_the_first_64_kib() {
        let mut src = RandomSource::new();
        let _ = draw_mixed(&mut src, BULK_THRESHOLD as usize - 300);
        assert!(src.bulk.is_none());
        let _ = draw_mixed(&mut src, 1_000_000);
        assert!(src.bulk.is_some());
        assert_eq!(src.from_os, BULK_THRESHOLD);
        assert_eq!(RandomSource::os_only().os_room(), usize::MAX);
        assert_eq!(RandomSource::bulk_only().os_room(), 0);
    }

    /// Bytes through the bulk path, the second thread's chunks included, are uniform:
    /// 16 MiB, chi-squared over the 256 byte values (255 df) against 390.5, the 1e-7 quantile.
    /// Also: the buffer never hands out a zero run where a chunk was lost (P below 2^-100).
    #[test]
    fn bulk_bytes_are_uniform_through_both_threads() {
        let mut src = RandomSource::bulk_only();
        let bytes = draw_mixed(&mut src, 16 << 20);
        assert!(
            src.bulk_is_ahead() || std::thread::available_parallelism().is_ok_and(|n| n.get() == 1)
        );
        let mut counts = [0u64; 256];
        for &b in &bytes {
            counts[usize::from(b)] += 1;
        }
        let expected = bytes.len() as f64 / 256.0;
        let chi2: f64 = counts
            .iter()
            .map(|&c| (c as f64 - expected).powi(2) / expected)
            .sum();
        assert!(chi2 < 390.5, "chi-squared {chi2}");
        assert!(!bytes.windows(16).any(|w| w.iter().all(|&b| b == 0)));
        let blocks: std::collections::HashSet<&[u8]> = bytes.chunks_exact(64).collect();
        assert_eq!(blocks.len(), bytes.len() / 64, "a 64-byte block repeated");
    }

    #[test]
    fn stream_hands_out_exactly_the_length_and_stops_on_error() {
        let mut src = RandomSource::new();
        let mut seen = 0u64;
        src.stream(3 * 65_536 + 5, |b: &[u8]| -> Result<()> {
            seen += b.len() as u64;
            Ok(())
        })
        .expect("random");
        assert_eq!(seen, 3 * 65_536 + 5);
        let mut calls = 0;
        let r = src.stream(1 << 20, |_: &[u8]| {
            calls += 1;
            Err(Error::InvalidArgument("stop".into()))
        });
        assert!(r.is_err());
        assert_eq!(calls, 1);
    }
}
