//! The userspace generator behind bulk output: ChaCha20 with fast key erasure, keyed and
//! rekeyed from `getrandom`, on one or two threads.
//!
//! [`RandomSource`](crate::RandomSource) serves the first
//! [`BULK_THRESHOLD`](crate::BULK_THRESHOLD) bytes of a run straight from the OS and
//! only then turns to this module, so a single password or token never depends on it.
//!
//! - [`key_erasure`]: one keyed stream (the construction and its tests).
//! - `ahead`: a second thread generating ahead on its own, independently keyed stream.
//!
//! The streams are independent ChaCha20 keys from the OS, so which thread produced a chunk
//! changes nothing about its distribution; chunks are consumed whole, in the order they are
//! taken, and each byte is handed out once.

mod ahead;
pub mod key_erasure;

pub(crate) use ahead::Chunk;
pub use ahead::POOL;
use ahead::{Ahead, Taken};
pub use key_erasure::{CHUNK, REKEY_INTERVAL};
use key_erasure::{KeyErasure, OsFill};

/// Bulk output after which the second thread starts: 1 MiB, so that outputs that finish in
/// a few milliseconds never pay for a thread.
pub const AHEAD_AFTER: u64 = 1024 * 1024;

/// The bulk generator: a local stream, and a thread generating ahead once output is large.
pub struct BulkSource {
    local: KeyErasure,
    ahead: Option<Ahead>,
    /// Bytes handed out so far.
    served: u64,
    /// Whether the second thread was started (or refused); it is tried once.
    tried_ahead: bool,
    os: OsFill,
}

impl std::fmt::Debug for BulkSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BulkSource").finish_non_exhaustive()
    }
}

impl BulkSource {
    /// A generator keyed from `os` (which is also used for every rekey).
    pub(crate) fn new(os: OsFill) -> Result<Self, getrandom::Error> {
        Ok(BulkSource {
            local: KeyErasure::new(os)?,
            ahead: None,
            served: 0,
            tried_ahead: false,
            os,
        })
    }

    /// Replaces the contents of `buf` ([`CHUNK`] bytes, used up and wiped by the caller)
    /// with fresh output: the next chunk from the second thread when one is ready, otherwise
    /// generated here. On error `buf` holds zeros, never a partial chunk.
    pub(crate) fn refill(&mut self, buf: &mut Chunk) -> Result<(), getrandom::Error> {
        self.served += buf.len() as u64;
        if !self.tried_ahead && self.served > AHEAD_AFTER && buf.len() == CHUNK {
            self.tried_ahead = true;
            if std::thread::available_parallelism().is_ok_and(|n| n.get() > 1) {
                self.ahead = Ahead::spawn(self.os);
            }
        }
        if let Some(ahead) = &mut self.ahead {
            match ahead.try_take(buf) {
                Ok(Taken::Swapped) => return Ok(()),
                Ok(Taken::NotReady) => {}
                Ok(Taken::Gone) => self.ahead = None,
                Err(e) => {
                    self.ahead = None;
                    return Err(e);
                }
            }
        }
        self.local.fill(buf)
    }

    /// Whether a second thread is generating ahead (for tests).
    pub fn is_ahead(&self) -> bool {
        self.ahead.is_some()
    }
}
