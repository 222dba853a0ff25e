//! A second thread that generates ahead, on its own independently keyed stream.
//!
//! The thread owns a [`KeyErasure`] keyed with its own 32 bytes from the OS and fills
//! [`CHUNK`]-sized buffers from a small fixed pool: the consumer hands back each buffer it
//! has used (already wiped), the thread refills it and sends it on. Memory is bounded by
//! the pool ([`POOL`] buffers); every buffer is a `Zeroizing` box, so one dropped on any path
//! (a closed channel, shutdown) is wiped.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, SyncSender, TryRecvError};
use std::thread::JoinHandle;

use zeroize::Zeroizing;

use super::key_erasure::{CHUNK, KeyErasure, OsFill};

/// A buffer of random bytes in flight between the threads.
pub(crate) type Chunk = Zeroizing<Box<[u8]>>;

/// Buffers the thread may fill ahead of the consumer: 4 × 64 KiB.
pub const POOL: usize = 4;

/// What [`Ahead::try_take`] found.
pub(crate) enum Taken {
    /// The caller's buffer now holds a full chunk; its old one went back to the pool.
    Swapped,
    /// Nothing ready yet: generate locally rather than wait.
    NotReady,
    /// The thread is gone without an error (it cannot panic, but if it did): stop asking.
    Gone,
}

/// The handle of the generating thread.
pub(crate) struct Ahead {
    full: Receiver<Result<Chunk, getrandom::Error>>,
    /// `None` only while dropping, which is what lets a waiting thread exit.
    free: Option<SyncSender<Chunk>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Ahead {
    /// Starts the thread; `None` when the system refuses a thread (we then stay on one).
    pub(crate) fn spawn(os: OsFill) -> Option<Ahead> {
        let (full_tx, full) = mpsc::sync_channel(POOL);
        let (free, free_rx) = mpsc::sync_channel::<Chunk>(POOL + 1);
        for _ in 0..POOL {
            // Cannot fail: the channel has room for the whole pool and its receiver is here.
            let _ = free.try_send(Zeroizing::new(vec![0u8; CHUNK].into_boxed_slice()));
        }
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        let thread = std::thread::Builder::new()
            .name("secrets-bulk".into())
            .stack_size(64 * 1024)
            .spawn(move || run(os, &free_rx, &full_tx, &flag))
            .ok()?;
        Some(Ahead {
            full,
            free: Some(free),
            stop,
            thread: Some(thread),
        })
    }

    /// Swaps a full chunk into `buf` if one is ready; the old contents of `buf` (used up and
    /// wiped by the caller) go back to the pool. An OS error met by the thread is returned
    /// here and ends the stream.
    pub(crate) fn try_take(&mut self, buf: &mut Chunk) -> Result<Taken, getrandom::Error> {
        match self.full.try_recv() {
            Ok(Ok(chunk)) => {
                let old = std::mem::replace(buf, chunk);
                if let Some(free) = &self.free {
                    // Cannot be full: the pool never holds more buffers than the channel's room.
                    let _ = free.try_send(old);
                }
                Ok(Taken::Swapped)
            }
            Ok(Err(e)) => Err(e),
            Err(TryRecvError::Empty) => Ok(Taken::NotReady),
            Err(TryRecvError::Disconnected) => Ok(Taken::Gone),
        }
    }
}

impl Drop for Ahead {
    /// Stops the thread and waits for it, so that no buffer outlives the source unwiped.
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.free = None;
        // Unblock a thread waiting to send; the drained chunks are wiped as they drop.
        while let Ok(chunk) = self.full.recv() {
            drop(chunk);
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn run(
    os: OsFill,
    free: &Receiver<Chunk>,
    full: &SyncSender<Result<Chunk, getrandom::Error>>,
    stop: &AtomicBool,
) {
    let mut generator = match KeyErasure::new(os) {
        Ok(g) => g,
        Err(e) => {
            let _ = full.send(Err(e));
            return;
        }
    };
    while !stop.load(Ordering::SeqCst) {
        let Ok(mut chunk) = free.recv() else { return };
        if let Err(e) = generator.fill(&mut chunk) {
            let _ = full.send(Err(e));
            return;
        }
        if full.send(Ok(chunk)).is_err() {
            return;
        }
    }
}
