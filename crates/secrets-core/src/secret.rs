//! Bytes of a secret read from outside, and the only way such bytes are read into memory.
//!
//! Guarantees:
//! * every buffer that ever held the secret is wiped: buffers grow by copying into a new,
//!   larger buffer and wiping the old one, never by `realloc` (which would leave an unwiped
//!   copy behind in freed memory);
//! * a buffer that cannot be allocated is an error ([`io::ErrorKind::OutOfMemory`]), never
//!   an abort: the sizes come from outside;
//! * `{:?}` shows only the length, so a stray debug print cannot reveal the content.

use std::io::{self, Read};

use zeroize::Zeroizing;

/// Bytes of a secret read from outside: wiped when dropped, redacted when printed with
/// `{:?}`, readable only as bytes through `Deref`.
pub struct Secret(Zeroizing<Vec<u8>>);

impl Secret {
    /// Wraps bytes already held in a wiped buffer.
    pub fn new(bytes: Zeroizing<Vec<u8>>) -> Secret {
        Secret(bytes)
    }

    /// The wiped buffer itself, for readers that append to it.
    pub fn bytes_mut(&mut self) -> &mut Zeroizing<Vec<u8>> {
        &mut self.0
    }
}

impl Default for Secret {
    fn default() -> Self {
        Secret::new(Zeroizing::new(Vec::new()))
    }
}

impl std::ops::Deref for Secret {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secret([REDACTED; {} bytes])", self.0.len())
    }
}

/// The error for a buffer that could not be allocated.
pub fn out_of_memory(bytes: usize) -> io::Error {
    io::Error::new(
        io::ErrorKind::OutOfMemory,
        format!("cannot allocate {} MiB of memory", bytes.div_ceil(1 << 20)),
    )
}

/// Fails if `bytes` of memory cannot be had right now: reserves them as one block and
/// releases it. For work that then allocates through code that aborts on failure (a KDF's
/// `vec!`, big-integer tables), so that a memory limit ends it with an error instead.
pub fn probe(bytes: usize) -> io::Result<()> {
    let mut probe: Vec<u8> = Vec::new();
    probe
        .try_reserve_exact(bytes)
        .map_err(|_| out_of_memory(bytes))?;
    std::hint::black_box(probe.as_mut_ptr());
    Ok(())
}

/// A new, empty, wiped-on-drop buffer with room for `capacity` bytes, or an error.
pub fn with_capacity(capacity: usize) -> io::Result<Zeroizing<Vec<u8>>> {
    let mut v = Vec::new();
    v.try_reserve_exact(capacity)
        .map_err(|_| out_of_memory(capacity))?;
    Ok(Zeroizing::new(v))
}

/// Makes room for at least `additional` more bytes in `buf` without leaving a copy of its
/// content behind: a larger buffer is allocated, the content copied, and the old buffer
/// wiped (by `Zeroizing`) as it is dropped. Capacity at least doubles, so appending n bytes
/// costs O(n) copying in all.
pub fn reserve(buf: &mut Zeroizing<Vec<u8>>, additional: usize) -> io::Result<()> {
    let needed = buf
        .len()
        .checked_add(additional)
        .ok_or_else(|| out_of_memory(usize::MAX))?;
    if needed <= buf.capacity() {
        return Ok(());
    }
    grow_to(buf, needed.max(buf.capacity().saturating_mul(2)))
}

/// Moves `buf`'s content into a new buffer of exactly `capacity` (at least its length),
/// wiping the old one.
fn grow_to(buf: &mut Zeroizing<Vec<u8>>, capacity: usize) -> io::Result<()> {
    let mut bigger = with_capacity(capacity.max(buf.len()))?;
    bigger.extend_from_slice(buf);
    *buf = bigger;
    Ok(())
}

/// Reads everything from `reader` into a wiped buffer, up to `limit` bytes: more than
/// `limit` is an error (`InvalidData`, "larger than the limit"). `size_hint` (a regular
/// file's size) lets the buffer be allocated once, at its final size.
pub fn read_to_end(
    mut reader: impl Read,
    limit: usize,
    size_hint: Option<u64>,
) -> io::Result<Zeroizing<Vec<u8>>> {
    const CHUNK: usize = 64 * 1024;
    let first = size_hint
        .and_then(|n| usize::try_from(n).ok())
        .map_or(CHUNK, |n| n.saturating_add(1))
        .min(limit.saturating_add(1));
    let mut buf = with_capacity(first)?;
    loop {
        if buf.len() > limit {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("larger than the limit of {} MiB", limit >> 20),
            ));
        }
        if buf.len() == buf.capacity() {
            // Double, but never past the limit: a 64 MiB input takes at most 64 MiB + 1.
            let capacity = (buf.capacity().saturating_mul(2))
                .max(buf.len() + CHUNK)
                .min(limit + 1);
            grow_to(&mut buf, capacity)?;
        }
        // Read into the zero-filled spare capacity (no reallocation: len <= capacity).
        let (start, capacity) = (buf.len(), buf.capacity());
        buf.resize(capacity, 0);
        let n = loop {
            match reader.read(&mut buf[start..]) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                other => break other,
            }
        };
        buf.truncate(start + n.as_ref().copied().unwrap_or(0));
        if n? == 0 {
            return Ok(buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_in_debug_output() {
        let secret = Secret::new(Zeroizing::new(b"hunter2".to_vec()));
        let shown = format!("{secret:?}");
        assert!(
            !shown.contains("hunter2") && shown.contains("REDACTED"),
            "{shown}"
        );
    }

    #[test]
    fn reads_whole_inputs_of_every_size_up_to_the_limit() {
        for n in [0usize, 1, 65535, 65536, 65537, 200_000] {
            let data: Vec<u8> = (0..n).map(|i| (i % 251).to_le_bytes()[0]).collect();
            for hint in [None, Some(n as u64), Some(3)] {
                let got = read_to_end(&data[..], 1 << 20, hint).expect("reads");
                assert_eq!(&got[..], &data[..], "n={n} hint={hint:?}");
            }
        }
    }

    #[test]
    fn more_than_the_limit_is_an_error_not_an_allocation() {
        let big = io::repeat(b'a').take(10_000);
        let err = read_to_end(big, 4096, None).expect_err("over the limit");
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        let exact = io::repeat(b'a').take(4096);
        assert_eq!(
            read_to_end(exact, 4096, None).expect("at the limit").len(),
            4096
        );
    }

    #[test]
    fn an_impossible_allocation_is_an_error() {
        let err = with_capacity(usize::MAX / 2).expect_err("cannot allocate");
        assert_eq!(err.kind(), io::ErrorKind::OutOfMemory);
    }

    #[test]
    fn growing_keeps_the_content() {
        let mut buf = with_capacity(2).expect("small");
        buf.extend_from_slice(b"ab");
        reserve(&mut buf, 100).expect("grows");
        assert_eq!(&buf[..], b"ab");
        assert!(buf.capacity() >= 102);
    }
}
