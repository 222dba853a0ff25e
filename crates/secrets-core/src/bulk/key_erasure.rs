//! One keyed stream: ChaCha20 in the fast-key-erasure construction, rekeyed from the OS.
//!
//! Every refill of at most [`CHUNK`] bytes uses a key exactly once: a fresh ChaCha20
//! instance (RFC 8439, nonce 0, counter 0) whose first keystream block is spent before
//! anything else is output. Its first 32 bytes *overwrite the key*, its other 32 bytes are
//! wiped, and the keystream that follows (blocks 1, 2, …) is the output. Once a refill
//! returns, the key that produced it no longer exists anywhere in memory, so reading the
//! process's memory later cannot reconstruct output already handed out (Bernstein, "Fast-key-
//! erasure random-number generators", 2017). Every [`REKEY_INTERVAL`] bytes of output the key
//! is replaced outright by 32 fresh bytes from `getrandom`, so a disclosed state also stops
//! predicting the future after at most that much output.

use chacha20::ChaCha20;
use chacha20::cipher::{KeyIvInit, StreamCipher};
use zeroize::{Zeroize, Zeroizing};

/// The operating system's random source: `getrandom::fill`, or a stand-in in tests.
pub type OsFill = fn(&mut [u8]) -> Result<(), getrandom::Error>;

/// The most output one key produces before it is erased: 64 KiB, the largest request NIST
/// SP 800-90A allows a CTR_DRBG between state updates (2^19 bits).
pub const CHUNK: usize = 64 * 1024;

/// Bytes of output after which the key is replaced by fresh `getrandom` bytes: 1 MiB.
pub const REKEY_INTERVAL: u64 = 1024 * 1024;

/// A ChaCha20 fast-key-erasure generator keyed from the OS.
pub struct KeyErasure {
    key: Zeroizing<[u8; 32]>,
    /// Output since the key last came from the OS.
    since_rekey: u64,
    os: OsFill,
}

impl std::fmt::Debug for KeyErasure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyErasure").finish_non_exhaustive()
    }
}

impl KeyErasure {
    /// A generator keyed with 32 bytes from `os` (`getrandom::fill` outside tests).
    pub fn new(os: OsFill) -> Result<Self, getrandom::Error> {
        let mut key = Zeroizing::new([0u8; 32]);
        os(key.as_mut_slice())?;
        Ok(KeyErasure {
            key,
            since_rekey: 0,
            os,
        })
    }

    /// Fills `dest` with keystream, erasing the key before every [`CHUNK`] of output and
    /// taking a new one from the OS after every [`REKEY_INTERVAL`] bytes (exactly: no key
    /// from the OS produces more). On an OS error `dest` is
    /// wiped: a caller cannot mistake a partly filled buffer for random bytes.
    pub fn fill(&mut self, dest: &mut [u8]) -> Result<(), getrandom::Error> {
        let mut at = 0;
        while at < dest.len() {
            if self.since_rekey >= REKEY_INTERVAL {
                if let Err(e) = (self.os)(self.key.as_mut_slice()) {
                    dest.zeroize();
                    return Err(e);
                }
                self.since_rekey = 0;
            }
            // A chunk never straddles a rekey, so the interval is exact.
            let room = usize::try_from(REKEY_INTERVAL - self.since_rekey).unwrap_or(CHUNK);
            let n = (dest.len() - at).min(CHUNK).min(room);
            if let Err(e) = self.fill_chunk(&mut dest[at..at + n]) {
                dest.zeroize();
                return Err(e);
            }
            at += n;
        }
        Ok(())
    }

    /// One key's output: at most [`CHUNK`] bytes.
    fn fill_chunk(&mut self, out: &mut [u8]) -> Result<(), getrandom::Error> {
        let mut cipher = ChaCha20::new(&(*self.key).into(), &[0u8; 12].into());
        let mut first = Zeroizing::new([0u8; 64]);
        // 64 KiB plus one block is far below ChaCha20's 256 GiB per key: these cannot fail.
        let spent = cipher
            .try_write_keystream(first.as_mut_slice())
            .and_then(|()| cipher.try_write_keystream(out));
        self.key.copy_from_slice(&first[..32]);
        if spent.is_err() {
            out.zeroize();
            return Err(getrandom::Error::UNEXPECTED);
        }
        self.since_rekey += out.len() as u64;
        Ok(())
    }

    /// The current key, for the tests of erasure.
    #[cfg(test)]
    pub(crate) fn key(&self) -> [u8; 32] {
        *self.key
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::cast_possible_truncation)]

    use std::collections::HashSet;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// The RFC 8439 keystream of `key` (nonce 0, counter 0), `len` bytes.
    fn reference(key: [u8; 32], len: usize) -> Vec<u8> {
        let mut out = vec![0u8; len];
        ChaCha20::new(&key.into(), &[0u8; 12].into()).apply_keystream(&mut out);
        out
    }

    #[test]
    fn output_is_chacha20_after_the_first_block_and_the_key_is_its_first_32_bytes() {
        let mut g = KeyErasure::new(getrandom::fill).expect("random");
        let k0 = g.key();
        let mut out = vec![0u8; 1000];
        g.fill(&mut out).expect("random");
        let stream = reference(k0, 64 + 1000);
        assert_eq!(out, stream[64..]);
        assert_eq!(g.key(), stream[..32]);
    }

    /// The key in memory after a chunk differs from the one that produced it, and is not
    /// found in the output (the output starts after the block that replaced the key).
    #[test]
    fn each_chunk_erases_the_key_that_produced_it() {
        let mut g = KeyErasure::new(getrandom::fill).expect("random");
        let mut keys = vec![g.key()];
        let mut out = vec![0u8; CHUNK];
        for _ in 0..8 {
            g.fill(&mut out).expect("random");
            let before = *keys.last().expect("a key");
            assert_ne!(g.key(), before);
            assert_eq!(&reference(before, 64 + CHUNK)[64..], out.as_slice());
            assert!(!out.windows(32).any(|w| w == g.key()));
            keys.push(g.key());
        }
        let distinct: HashSet<_> = keys.iter().collect();
        assert_eq!(distinct.len(), keys.len());
    }

    static OS_CALLS: AtomicUsize = AtomicUsize::new(0);

    fn counting_os(dest: &mut [u8]) -> Result<(), getrandom::Error> {
        OS_CALLS.fetch_add(1, Ordering::SeqCst);
        getrandom::fill(dest)
    }

    /// Rekeying happens exactly every REKEY_INTERVAL bytes of output, and the output across
    /// the boundaries is continuous: written through odd-sized requests, 3 MiB + 1000 bytes
    /// arrive with no 64-byte block repeated (a repeat of random 512-bit blocks has
    /// probability below 2^-470 if the stream is sound).
    #[test]
    fn rekeys_every_interval_and_never_repeats_a_block_across_it() {
        OS_CALLS.store(0, Ordering::SeqCst);
        let mut g = KeyErasure::new(counting_os).expect("random");
        assert_eq!(OS_CALLS.load(Ordering::SeqCst), 1);
        let total = 3 * REKEY_INTERVAL as usize + 1000;
        let mut out = vec![0u8; total];
        let mut at = 0;
        for size in [1usize, 63, 65, 4096, CHUNK - 1, CHUNK + 1, 100_003]
            .iter()
            .cycle()
        {
            if at == total {
                break;
            }
            let n = (*size).min(total - at);
            g.fill(&mut out[at..at + n]).expect("random");
            at += n;
        }
        // Initial key plus a rekey after each full MiB: at 1, 2 and 3 MiB.
        assert_eq!(OS_CALLS.load(Ordering::SeqCst), 4);
        let blocks: HashSet<&[u8]> = out.chunks_exact(64).collect();
        assert_eq!(blocks.len(), total / 64);
        // Continuous: no zero run where a chunk boundary left a gap (P of 16 zero bytes
        // anywhere in 3 MiB of random data is below 2^-100).
        assert!(!out.windows(16).any(|w| w.iter().all(|&b| b == 0)));
    }

    static FAIL_AFTER: AtomicUsize = AtomicUsize::new(0);

    fn failing_os(dest: &mut [u8]) -> Result<(), getrandom::Error> {
        if FAIL_AFTER.fetch_sub(1, Ordering::SeqCst) == 0 {
            return Err(getrandom::Error::UNEXPECTED);
        }
        getrandom::fill(dest)
    }

    #[test]
    fn a_failed_rekey_is_an_error_and_leaves_no_partial_output() {
        FAIL_AFTER.store(1, Ordering::SeqCst);
        let mut g = KeyErasure::new(failing_os).expect("the first key");
        let mut out = vec![0u8; REKEY_INTERVAL as usize + 10];
        assert!(g.fill(&mut out).is_err());
        assert!(out.iter().all(|&b| b == 0));
    }
}
