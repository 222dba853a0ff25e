//! The engine: Python's `secrets` module, backed by the operating system's CSPRNG.
//!
//! Every function here draws from [`RandomSource`], a buffered reader over
//! [`getrandom`], and every choice it makes is *exactly* uniform: indices are drawn with
//! Lemire's multiply-and-reject method, never with a bare modulo (which favours the low
//! values whenever the range does not divide the number of possible inputs).
//!
//! The first [`BULK_THRESHOLD`] bytes of every run are read from `getrandom` directly; bulk
//! output beyond that comes from [`crate::bulk`], ChaCha20 keyed from `getrandom`. Only the
//! byte source differs: the sampling on top is the same.
//!
//! The plain functions (`token_hex`, `randbelow`, `password`, …) mirror Python's names and
//! open a fresh source per call; bulk callers keep one [`RandomSource`] and use its methods.

use std::fmt;

use num_bigint::{BigInt, BigUint};
use num_traits::ToPrimitive;
use subtle::ConstantTimeEq;
use zeroize::{Zeroize, Zeroizing};

use crate::bulk::BulkSource;
use crate::policy::{Policy, PolicyError};
use crate::sampler::PasswordSampler;

/// Bytes of entropy in a token when the caller does not say, as in Python (`secrets.DEFAULT_ENTROPY`).
pub const DEFAULT_ENTROPY: usize = 32;

/// The largest refill of the internal buffer. Large enough that bulk output makes one
/// system call per 64 KiB, small enough to stay in L2 cache.
const MAX_REFILL: usize = 64 * 1024;

// The bulk generator swaps whole chunks into the buffer.
const _: () = assert!(MAX_REFILL == crate::bulk::CHUNK);

/// The first refill. Start-up only pays for what a single secret needs; each later refill
/// doubles up to [`MAX_REFILL`].
const FIRST_REFILL: usize = 256;

/// The most random bits [`randbits`] draws, and the largest magnitude (`2^4096`) of the
/// bounds [`IntRange`] accepts: large enough for any key size, small enough that a typo
/// cannot ask for megabytes of digits.
pub const MAX_INT_BITS: u64 = 4096;

/// The alphabet of unambiguous alphanumeric one-time codes: no `0 O 1 I`.
pub const OTP_ALPHANUMERIC: &str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// Everything the engine can refuse or fail at.
#[derive(Debug)]
pub enum Error {
    /// The operating system's random source failed (it practically never does after boot).
    Random(getrandom::Error),
    /// A password policy that no string can satisfy, or that is malformed.
    Policy(PolicyError),
    /// An argument outside the domain of the function (e.g. `randbelow(0)`).
    InvalidArgument(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Random(e) => write!(f, "the operating system's random source failed: {e}"),
            Error::Policy(e) => e.fmt(f),
            Error::InvalidArgument(msg) => f.write_str(msg),
        }
    }
}

impl std::error::Error for Error {}

impl From<getrandom::Error> for Error {
    fn from(e: getrandom::Error) -> Self {
        Error::Random(e)
    }
}

impl From<PolicyError> for Error {
    fn from(e: PolicyError) -> Self {
        Error::Policy(e)
    }
}

/// A result whose error is the engine's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

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

/// An exactly uniform sampler of `0..n`, prepared once so that bulk draws pay no division.
///
/// Lemire's method: multiply a random `w`-bit word by `n`; the high part is the result and
/// the low part tells whether this draw falls in the small biased zone (`low < 2^w mod n`),
/// in which case it is redrawn. The word width is chosen per bound to waste little: one byte
/// when `256 mod n` is small (62 characters reject 3% of bytes), two bytes otherwise (94
/// characters would reject 27% of bytes, but only 0.03% of 16-bit words).
#[derive(Debug, Clone, Copy)]
pub struct Uniform {
    n: u64,
    /// Bytes per random word: 1, 2, 4 or 8.
    width: u8,
    /// `2^(8 width) mod n`: draws whose low part is below it are rejected.
    threshold: u64,
    /// Draws per 64-bit word in [`Uniform::sample_batch`] (0 when `n` is too large to batch).
    batch: u8,
    /// `2^64 mod n^batch`, the rejection threshold of a batch.
    batch_threshold: u64,
}

/// The most draws [`Uniform::sample_batch`] returns at once.
pub const MAX_BATCH: usize = 16;

impl Uniform {
    /// A sampler of `0..n`; `n` must be positive.
    pub fn new(n: u64) -> Result<Self> {
        if n == 0 {
            return Err(Error::InvalidArgument(
                "the upper bound must be positive".into(),
            ));
        }
        let (width, threshold) = if n <= 256 && (256 % n) * 16 <= 256 {
            (1, (256 - n) % n)
        } else if n <= 1 << 16 {
            (2, ((1 << 16) - n) % n)
        } else if n <= 0xFFFF_FFFF {
            (4, ((1u64 << 32) - n) % n)
        } else {
            (8, n.wrapping_neg() % n)
        };
        // Batch as many draws per u64 as keep n^k <= 2^53, so a batch is rejected with
        // probability below 2^-11 and costs 8/k bytes per draw.
        let (mut batch, mut power) = (0u8, 1u64);
        while usize::from(batch) < MAX_BATCH {
            match power.checked_mul(n) {
                Some(p) if p <= 1 << 53 => {
                    power = p;
                    batch += 1;
                }
                _ => break,
            }
        }
        Ok(Uniform {
            n,
            width,
            threshold,
            batch,
            batch_threshold: power.wrapping_neg() % power,
        })
    }

    /// Up to [`MAX_BATCH`] independent uniform draws from `0..n` out of one random `u64`,
    /// written to `out`; returns how many (0 when `n` is too large to batch).
    ///
    /// Lemire's method applied to the bound `N = n^k` yields a uniform index below `N`, and
    /// its base-`n` digits are `k` independent uniform draws. The digits come out one
    /// multiplication at a time: `x·n = d_1·2^64 + x_1`, `x_1·n = d_2·2^64 + x_2`, …, so
    /// `x·N = (d_1 n^(k-1) + … + d_k)·2^64 + x_k`, and the batch is rejected exactly when
    /// Lemire would reject, `x_k < 2^64 mod N` (Brackett-Rozinsky and Lemire, 2024).
    #[inline(always)]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the high and low halves of a 128-bit product are the digit and the rest"
    )]
    pub fn sample_batch(
        &self,
        src: &mut RandomSource,
        out: &mut [u64; MAX_BATCH],
    ) -> Result<usize> {
        let k = usize::from(self.batch);
        if k == 0 {
            return Ok(0);
        }
        loop {
            let mut x = src.next_u64()?;
            for slot in out.iter_mut().take(k) {
                let m = u128::from(x) * u128::from(self.n);
                *slot = (m >> 64) as u64;
                x = m as u64;
            }
            if x >= self.batch_threshold {
                return Ok(k);
            }
        }
    }

    /// The exclusive upper bound `n`.
    pub fn bound(&self) -> u64 {
        self.n
    }

    /// One uniform draw from `0..n`.
    #[inline(always)]
    pub fn sample(&self, src: &mut RandomSource) -> Result<u64> {
        // The one- and two-byte paths are the hot loop of password generation: keep them
        // inlined.
        let n = self.n;
        match self.width {
            1 => loop {
                let m = u64::from(src.next_u8()?) * n;
                if m & 0xFF >= self.threshold {
                    return Ok(m >> 8);
                }
            },
            2 => loop {
                let m = u64::from(src.next_u16()?) * n;
                if m & 0xFFFF >= self.threshold {
                    return Ok(m >> 16);
                }
            },
            _ => self.sample_wide(src),
        }
    }

    #[inline(never)]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "Lemire's method: the low word of the product decides rejection"
    )]
    fn sample_wide(&self, src: &mut RandomSource) -> Result<u64> {
        let n = self.n;
        if n <= 0xFFFF_FFFF {
            loop {
                let m = u64::from(src.next_u32()?) * n;
                if m & 0xFFFF_FFFF >= self.threshold {
                    return Ok(m >> 32);
                }
            }
        } else {
            loop {
                let m = u128::from(src.next_u64()?) * u128::from(n);
                if (m as u64) >= self.threshold {
                    return Ok((m >> 64) as u64);
                }
            }
        }
    }

    /// One uniform draw from `0..n` as an index into a slice of length `n`.
    #[inline(always)]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the draw is below n, the length of the slice it indexes, so it fits a usize"
    )]
    pub fn sample_index(&self, src: &mut RandomSource) -> Result<usize> {
        Ok(self.sample(src)? as usize)
    }
}

/// An exactly uniform sampler of the integers in `start..stop` (`start < stop`), of any
/// size up to [`MAX_INT_BITS`] bits, prepared once for bulk draws.
///
/// Spans that fit 64 bits are drawn with [`Uniform`] (Lemire's method); larger spans with
/// [`RandomSource::below_big`] (bitmask and reject). Both are exact.
#[derive(Debug, Clone)]
pub struct IntRange {
    start: BigInt,
    span: BigUint,
    /// `start` and a sampler of the span, when both fit machine integers.
    small: Option<(i128, Uniform)>,
}

impl IntRange {
    /// The integers `start <= x < stop`. Fails when `start >= stop` or when a bound is larger
    /// in magnitude than `2^MAX_INT_BITS`.
    pub fn new(start: &BigInt, stop: &BigInt) -> Result<Self> {
        if start >= stop {
            return Err(Error::InvalidArgument(format!(
                "the range is empty: the start ({start}) must be less than the stop ({stop})"
            )));
        }
        let limit = BigUint::from(1u8) << MAX_INT_BITS;
        if start.magnitude() > &limit || stop.magnitude() > &limit {
            return Err(Error::InvalidArgument(format!(
                "bounds may be at most 2^{MAX_INT_BITS} in magnitude"
            )));
        }
        let span = (stop - start)
            .to_biguint()
            .ok_or_else(|| Error::InvalidArgument("the range is empty".into()))?;
        let small = match (start.to_i128(), span.to_u64()) {
            (Some(s), Some(n)) if s.checked_add(i128::from(n)).is_some() => {
                Some((s, Uniform::new(n)?))
            }
            _ => None,
        };
        Ok(IntRange {
            start: start.clone(),
            span,
            small,
        })
    }

    /// The integers `0 <= x < n`, like `randbelow(n)` for any `n >= 1`.
    pub fn below(n: &BigUint) -> Result<Self> {
        IntRange::new(&BigInt::ZERO, &BigInt::from(n.clone()))
    }

    /// One uniform draw.
    pub fn sample(&self, src: &mut RandomSource) -> Result<BigInt> {
        match &self.small {
            Some((start, u)) => Ok(BigInt::from(*start + i128::from(u.sample(src)?))),
            None => Ok(&self.start + BigInt::from(src.below_big(&self.span)?)),
        }
    }

    /// Appends one uniform draw, in decimal, to `out` (no big-integer allocation for small
    /// ranges).
    pub fn sample_into(&self, src: &mut RandomSource, out: &mut String) -> Result<()> {
        use std::fmt::Write as _;
        // Writing to a String cannot fail.
        let _ = match &self.small {
            Some((start, u)) => write!(out, "{}", *start + i128::from(u.sample(src)?)),
            None => write!(out, "{}", self.sample(src)?),
        };
        Ok(())
    }

    /// The number of integers in the range, `stop - start`.
    pub fn span(&self) -> &BigUint {
        &self.span
    }

    /// log2 of the number of integers in the range: the entropy of one draw, in bits.
    pub fn entropy_bits(&self) -> f64 {
        log2_big(&self.span)
    }
}

/// log2 of a positive big integer, accurate to f64 precision at any size (`-inf` for 0).
pub fn log2_big(n: &BigUint) -> f64 {
    let bits = n.bits();
    if bits <= 1000 {
        return n.to_f64().map_or(f64::INFINITY, f64::log2);
    }
    // Keep the top 64 bits: log2(n) = shift + log2(n >> shift), up to a relative 2^-64.
    let shift = bits - 64;
    let top = (n >> shift).to_f64().unwrap_or(f64::INFINITY);
    shift as f64 + top.log2()
}

/// `nbytes` random bytes, like Python's `secrets.token_bytes(nbytes)`.
pub fn token_bytes(nbytes: usize) -> Result<Zeroizing<Vec<u8>>> {
    let mut out = Zeroizing::new(vec![0u8; nbytes]);
    RandomSource::new().fill(&mut out)?;
    Ok(out)
}

/// `nbytes` random bytes as lowercase hex (two characters per byte), like
/// `secrets.token_hex(nbytes)`.
pub fn token_hex(nbytes: usize) -> Result<Zeroizing<String>> {
    Ok(Zeroizing::new(hex::encode(token_bytes(nbytes)?.as_slice())))
}

/// `nbytes` random bytes as unpadded base64url, like `secrets.token_urlsafe(nbytes)`
/// (32 bytes give 43 characters).
pub fn token_urlsafe(nbytes: usize) -> Result<Zeroizing<String>> {
    use base64::Engine as _;
    let bytes = token_bytes(nbytes)?;
    Ok(Zeroizing::new(
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes.as_slice()),
    ))
}

/// A uniform integer in `0..n`, like `secrets.randbelow(n)`; `n` must be positive.
pub fn randbelow(n: u64) -> Result<u64> {
    RandomSource::new().below(n)
}

/// A uniform integer in `start..stop`, like `secrets.SystemRandom().randrange(start, stop)`;
/// `start` must be less than `stop`, and both at most `2^MAX_INT_BITS` in magnitude.
pub fn randrange(start: &BigInt, stop: &BigInt) -> Result<BigInt> {
    IntRange::new(start, stop)?.sample(&mut RandomSource::new())
}

/// A uniform integer in `0..2^k` (`k` random bits), like `secrets.randbits(k)`; `k` at most
/// [`MAX_INT_BITS`].
pub fn randbits(k: u64) -> Result<BigUint> {
    if k > MAX_INT_BITS {
        return Err(Error::InvalidArgument(format!(
            "randbits takes at most {MAX_INT_BITS} bits, not {k}"
        )));
    }
    RandomSource::new().bits(k)
}

/// A uniformly chosen element of `items`, like `secrets.choice(seq)`; `None` when empty.
pub fn choice<T>(items: &[T]) -> Result<Option<&T>> {
    if items.is_empty() {
        return Ok(None);
    }
    let i = RandomSource::new().below(items.len() as u64)?;
    Ok(items.get(usize::try_from(i).unwrap_or(0)))
}

/// A password drawn uniformly from every string of the policy's length, over its alphabet,
/// that meets its per-class minimums.
pub fn password(policy: &Policy) -> Result<Zeroizing<String>> {
    let mut sampler = PasswordSampler::new(policy)?;
    let mut out = Zeroizing::new(String::new());
    sampler.sample_into(&mut RandomSource::new(), &mut out)?;
    Ok(out)
}

/// A one-time code of `length` characters, each uniform over `alphabet`: with the ten
/// digits, every one of the `10^length` codes (leading zeros included) is equally likely.
pub fn otp(length: usize, alphabet: &[char]) -> Result<Zeroizing<String>> {
    let mut out = Zeroizing::new(String::with_capacity(length));
    otp_into(&mut RandomSource::new(), length, alphabet, &mut out)?;
    Ok(out)
}

/// Appends a one-time code to `out`, drawing from `src` (the bulk form of [`otp`]).
pub fn otp_into(
    src: &mut RandomSource,
    length: usize,
    alphabet: &[char],
    out: &mut String,
) -> Result<()> {
    let pick = Uniform::new(alphabet.len() as u64)?;
    let mut batch = [0u64; MAX_BATCH];
    let mut left = length;
    while left > 0 {
        let k = pick.sample_batch(src, &mut batch)?;
        if k == 0 {
            out.push(alphabet[pick.sample_index(src)?]);
            left -= 1;
            continue;
        }
        for &d in batch.iter().take(k.min(left)) {
            out.push(alphabet[usize::try_from(d).unwrap_or(0)]);
        }
        left -= k.min(left);
    }
    batch.fill(0);
    Ok(())
}

/// An API key: `prefix` followed by `nbytes` random bytes in lowercase hex.
pub fn apikey(prefix: &str, nbytes: usize) -> Result<Zeroizing<String>> {
    validate_apikey_prefix(prefix)?;
    let mut key = Zeroizing::new(String::with_capacity(prefix.len() + 2 * nbytes));
    key.push_str(prefix);
    key.push_str(&token_hex(nbytes)?);
    Ok(key)
}

/// Checks that an API-key prefix uses only `[A-Za-z0-9_-]`, so keys stay one shell word and
/// one URL path segment.
pub fn validate_apikey_prefix(prefix: &str) -> Result<()> {
    match prefix
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))
    {
        Some(c) => Err(Error::InvalidArgument(format!(
            "the API key prefix may only contain A-Z, a-z, 0-9, '_' and '-', not {}",
            crate::text::code_point(c)
        ))),
        None => Ok(()),
    }
}

/// Compares two byte strings in time that depends only on their lengths, never on where
/// they first differ, like `secrets.compare_digest(a, b)`.
///
/// Strings of different lengths are unequal; like Python's, this reveals the lengths.
///
/// The differences are OR-ed together eight bytes at a time with no branch on the data, and
/// the accumulator passes through `black_box` after every 4 KiB so the optimiser cannot stop
/// early once it is non-zero; the final test is `subtle`'s constant-time equality. This is
/// about 30 times faster than `subtle`'s byte-at-a-time slice comparison on large inputs
/// (`compare file:a file:b` on 32 MiB files), with the same timing behaviour
/// (`cargo bench --bench constant_time`).
pub fn compare_digest(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut acc = 0u64;
    for (x, y) in a.chunks(4096).zip(b.chunks(4096)) {
        acc = std::hint::black_box(acc | difference(x, y));
    }
    acc.ct_eq(&0).into()
}

/// The OR of `a[i] ^ b[i]` over the common length, eight bytes at a time, without a branch
/// on the data: zero exactly when the common prefixes are equal. A building block of
/// [`compare_digest`] and of streamed comparisons; pass the running result through
/// `black_box` between calls so the optimiser cannot stop early.
pub fn difference(a: &[u8], b: &[u8]) -> u64 {
    let n = a.len().min(b.len());
    let (xw, yw) = (a[..n].chunks_exact(8), b[..n].chunks_exact(8));
    let mut diff = xw
        .remainder()
        .iter()
        .zip(yw.remainder())
        .fold(0u64, |d, (p, q)| d | u64::from(p ^ q));
    for (p, q) in xw.zip(yw) {
        let p = u64::from_ne_bytes(p.try_into().unwrap_or([0; 8]));
        let q = u64::from_ne_bytes(q.try_into().unwrap_or([0; 8]));
        diff |= p ^ q;
    }
    diff
}

#[cfg(test)]
mod tests {
    #![allow(clippy::cast_possible_truncation)]

    use super::*;

    /// One source of each kind: every statistical test here runs on both.
    fn both_sources() -> [RandomSource; 2] {
        [RandomSource::os_only(), RandomSource::bulk_only()]
    }

    /// Counts how often each value of `0..n` comes up in `draws` draws from `src`.
    fn histogram(mut src: RandomSource, n: u64, draws: usize) -> Vec<u64> {
        let u = Uniform::new(n).expect("positive bound");
        let mut counts = vec![0u64; n as usize];
        for _ in 0..draws {
            counts[u.sample_index(&mut src).expect("random")] += 1;
        }
        counts
    }

    #[test]
    fn uniform_stays_below_its_bound_for_every_word_width() {
        for mut src in both_sources() {
            uniform_stays_below(&mut src);
        }
    }

    fn uniform_stays_below(src: &mut RandomSource) {
        for n in [
            1u64,
            2,
            3,
            7,
            62,
            94,
            255,
            256,
            257,
            1000,
            1 << 32,
            u64::MAX,
        ] {
            let u = Uniform::new(n).expect("positive bound");
            for _ in 0..2000 {
                assert!(u.sample(src).expect("random") < n, "bound {n}");
            }
        }
    }

    #[test]
    fn uniform_rejects_a_zero_bound() {
        assert!(Uniform::new(0).is_err());
    }

    /// The rejection zone is exactly `2^w mod n`: the accepted low parts then split evenly.
    /// Checked over every possible input word for every bound that uses one or two bytes.
    #[test]
    fn narrow_samplers_accept_each_value_equally_often_over_all_inputs() {
        for n in (1u64..=300).chain([1000, 40_000, 65_535, 65_536]) {
            let u = Uniform::new(n).expect("positive bound");
            let bits = 8 * u64::from(u.width);
            assert!(bits <= 16, "n = {n} should use a narrow word");
            let mut counts = vec![0u32; n as usize];
            for word in 0u64..(1 << bits) {
                let m = word * n;
                if m & ((1 << bits) - 1) >= u.threshold {
                    counts[(m >> bits) as usize] += 1;
                }
            }
            let first = counts[0];
            assert!(counts.iter().all(|&c| c == first), "bias for n = {n}");
        }
    }

    /// The batch rejection rule is Lemire's for `n^k`: on a reduced 16-bit word, batches of
    /// two draws from 0..n accept every pair equally often over all inputs.
    #[test]
    fn batched_digits_are_exact_on_sixteen_bit_words() {
        for n in [3u64, 10, 62, 94, 200] {
            let big = n * n;
            let threshold = ((1u64 << 16) - big) % big;
            let mut counts = vec![0u32; big as usize];
            for word in 0u64..(1 << 16) {
                let m1 = word * n;
                let (d1, x1) = (m1 >> 16, m1 & 0xFFFF);
                let m2 = x1 * n;
                let (d2, x2) = (m2 >> 16, m2 & 0xFFFF);
                if x2 >= threshold {
                    counts[(d1 * n + d2) as usize] += 1;
                }
            }
            let first = counts[0];
            assert!(counts.iter().all(|&c| c == first), "bias for n = {n}");
        }
    }

    /// 100,000 batches of draws below 94 (800,000 draws): every digit value equally likely
    /// (chi-squared, 93 df, threshold 186.4 = the 1e-7 quantile) and each batch position too.
    #[test]
    fn batches_are_uniform() {
        for src in both_sources() {
            batches_are_uniform_from(src);
        }
    }

    fn batches_are_uniform_from(mut src: RandomSource) {
        let u = Uniform::new(94).expect("n");
        let mut out = [0u64; MAX_BATCH];
        let k = usize::from(u.batch);
        assert_eq!(k, 8);
        let mut counts = vec![[0u64; 94]; k];
        for _ in 0..100_000 {
            assert_eq!(u.sample_batch(&mut src, &mut out).expect("random"), k);
            for (pos, &d) in out.iter().take(k).enumerate() {
                counts[pos][d as usize] += 1;
            }
        }
        for (pos, row) in counts.iter().enumerate() {
            let expected = 100_000.0 / 94.0;
            let chi2: f64 = row
                .iter()
                .map(|&c| (c as f64 - expected).powi(2) / expected)
                .sum();
            assert!(chi2 < 186.4, "position {pos}: chi-squared {chi2}");
        }
    }

    #[test]
    fn batch_sizes_keep_the_power_below_two_to_the_53() {
        assert_eq!(Uniform::new(10).expect("n").batch, 15);
        assert_eq!(Uniform::new(62).expect("n").batch, 8);
        assert_eq!(Uniform::new(2).expect("n").batch, 16);
        assert_eq!(Uniform::new(1 << 40).expect("n").batch, 1);
        assert_eq!(Uniform::new(1 << 60).expect("n").batch, 0);
    }

    #[test]
    fn word_width_follows_the_waste() {
        assert_eq!(Uniform::new(62).expect("n").width, 1);
        assert_eq!(Uniform::new(64).expect("n").width, 1);
        assert_eq!(Uniform::new(94).expect("n").width, 2);
        assert_eq!(Uniform::new(1 << 16).expect("n").width, 2);
        assert_eq!(Uniform::new((1 << 16) + 1).expect("n").width, 4);
        assert_eq!(Uniform::new(u64::MAX).expect("n").width, 8);
    }

    /// Exact check of the 32-bit path on a reduced word: the same threshold formula on
    /// 16-bit words accepts each value equally often over every input.
    #[test]
    fn lemire_threshold_is_exact_on_sixteen_bit_words() {
        for n in [3u64, 7, 300, 1000, 40_000, 65_535] {
            let threshold = ((1u64 << 16) - n) % n;
            let mut counts = vec![0u32; n as usize];
            for word in 0u64..(1 << 16) {
                let m = word * n;
                if m & 0xFFFF >= threshold {
                    counts[(m >> 16) as usize] += 1;
                }
            }
            let first = counts[0];
            assert!(counts.iter().all(|&c| c == first), "bias for n = {n}");
        }
    }

    /// Chi-squared over 7 cells (6 degrees of freedom) with 700,000 draws, on each source. The threshold
    /// 38.3 is the upper 1e-6 quantile of chi-squared(6): a correct sampler fails this test
    /// less than once in a million runs, while a `byte % 7` sampler (cells 0..3 get 37/256
    /// instead of 36/256) scores about 128 and always fails (its chance of passing is below 1e-12).
    #[test]
    fn below_seven_is_uniform() {
        let draws = 700_000;
        for src in both_sources() {
            let counts = histogram(src, 7, draws);
            let expected = draws as f64 / 7.0;
            let chi2: f64 = counts
                .iter()
                .map(|&c| (c as f64 - expected).powi(2) / expected)
                .sum();
            assert!(chi2 < 38.3, "chi-squared {chi2} over {counts:?}");
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
    fn randrange_stays_in_range_and_reaches_both_ends() {
        let (a, b) = (BigInt::from(-5), BigInt::from(5));
        let mut seen = [false; 10];
        for _ in 0..2000 {
            let x = randrange(&a, &b).expect("random");
            assert!(x >= a && x < b, "{x}");
            seen[usize::try_from(x + 5).expect("in range")] = true;
        }
        // P(some value never drawn in 2000 draws) < 10 * 0.9^2000 ~ 1e-90.
        assert!(seen.iter().all(|&s| s));
        assert!(randrange(&b, &a).is_err());
        assert!(randrange(&a, &a).is_err());
    }

    #[test]
    fn big_ranges_use_exact_big_draws_and_stay_in_range() {
        let a = -(BigInt::from(1u8) << 200u32);
        let b = BigInt::from(1u8) << 100u32;
        let r = IntRange::new(&a, &b).expect("valid");
        assert!(r.small.is_none());
        let mut src = RandomSource::new();
        for _ in 0..500 {
            let x = r.sample(&mut src).expect("random");
            assert!(x >= a && x < b);
        }
        let too_big = BigInt::from(1u8) << (MAX_INT_BITS + 1);
        assert!(IntRange::new(&a, &too_big).is_err());
    }

    #[test]
    fn randbits_has_at_most_k_bits_and_usually_exactly_k() {
        assert_eq!(randbits(0).expect("random"), BigUint::ZERO);
        for k in [1u64, 7, 8, 9, 64, 65, 4096] {
            let mut top = false;
            for _ in 0..64 {
                let x = randbits(k).expect("random");
                assert!(x.bits() <= k, "k = {k}");
                top |= x.bits() == k;
            }
            // P(the top bit is never set in 64 draws) = 2^-64.
            assert!(top, "k = {k}");
        }
        assert!(randbits(MAX_INT_BITS + 1).is_err());
    }

    #[test]
    fn log2_big_matches_f64_and_large_powers() {
        assert!((log2_big(&BigUint::from(7776u32)) - 7776f64.log2()).abs() < 1e-12);
        let p = BigUint::from(3u8) << 4000u32;
        assert!((log2_big(&p) - (4000.0 + 3f64.log2())).abs() < 1e-9);
        let r = IntRange::new(&BigInt::from(-5), &BigInt::from(5)).expect("valid");
        assert!((r.entropy_bits() - 10f64.log2()).abs() < 1e-12);
    }

    #[test]
    fn tokens_have_python_lengths() {
        assert_eq!(token_bytes(32).expect("random").len(), 32);
        assert_eq!(token_hex(32).expect("random").len(), 64);
        assert_eq!(token_urlsafe(32).expect("random").len(), 43);
        assert_eq!(token_urlsafe(16).expect("random").len(), 22);
        assert!(
            token_hex(16)
                .expect("random")
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        );
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
    fn compare_digest_is_equality() {
        assert!(compare_digest(b"abc", b"abc"));
        assert!(!compare_digest(b"abc", b"abd"));
        assert!(!compare_digest(b"abc", b"abcd"));
        assert!(compare_digest(b"", b""));
        // A difference in any single bit at any position, across chunk boundaries.
        for len in [1usize, 7, 8, 9, 63, 4095, 4096, 4097, 10_000] {
            let a: Vec<u8> = (0..len).map(|i| (i * 7 + 3).to_le_bytes()[0]).collect();
            assert!(compare_digest(&a, &a.clone()), "{len}");
            for pos in [0, len / 2, len - 1] {
                for bit in [0, 7] {
                    let mut b = a.clone();
                    b[pos] ^= 1 << bit;
                    assert!(!compare_digest(&a, &b), "{len} {pos} {bit}");
                }
            }
        }
    }

    #[test]
    fn apikey_prefix_is_validated() {
        assert!(apikey("sk_live_", 4).is_ok());
        assert!(apikey("", 4).is_ok());
        assert!(apikey("bad prefix", 4).is_err());
        assert!(apikey("ключ", 4).is_err());
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
