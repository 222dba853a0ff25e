//! Streaming multi-literal replacement with bounded memory.
//!
//! Guarantees:
//! * every occurrence of every pattern is replaced, leftmost-longest, wherever the reads
//!   split the stream: at each read, only the shortest tail that is a proper prefix of some
//!   pattern is held back (at most the longest pattern minus one byte), so text that cannot
//!   start a secret goes out at once and live logs stay live;
//! * memory is the patterns, the automaton or a 512 KiB filter and its index (16 bytes per
//!   byte of pattern, at most 16 MiB), and one buffer of [`CHUNK`] bytes plus the longest
//!   pattern; every buffer is wiped when dropped.
//!
//! Speed: when every pattern has at least [`MIN_SAMPLED`] bytes, the automaton does not run
//! over the whole stream. Every occurrence of a pattern of length `m` or more contains a
//! whole 8-byte window starting at a multiple of `m - 7`. A Bloom filter of every 8-byte
//! substring of every pattern says which sampled windows may lie inside one; for those,
//! a sorted index gives each (pattern, offset) where the window occurs, and the pattern is
//! compared byte for byte at the implied start. All occurrences are so found; they are then
//! chosen leftmost-longest, exactly as an Aho-Corasick scan of the whole text would (the
//! automaton is used instead when a pattern is shorter).

use std::io::{self, IoSlice, Read, Write};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use zeroize::Zeroizing;

/// Bytes read at a time.
pub const CHUNK: usize = 256 * 1024;

/// Patterns at least this long are searched through the sampled-window filter.
pub const MIN_SAMPLED: usize = 16;
/// The most bytes of patterns searched through the filter (beyond, the automaton alone).
const MAX_SAMPLED_BYTES: usize = 1024 * 1024;
/// Bytes in a sampled window.
const WINDOW: usize = 8;
/// log2 of the filter's size in bits (512 KiB).
const FILTER_BITS: u32 = 22;

/// The first 8 bytes of `window` as a number.
#[inline]
fn word(window: &[u8]) -> u64 {
    let mut w = [0u8; WINDOW];
    w.copy_from_slice(&window[..WINDOW]);
    u64::from_le_bytes(w)
}

/// The sampled-window filter (see the module documentation).
struct Filter {
    bits: Zeroizing<Vec<u64>>,
    stride: usize,
    /// Every window of every pattern as `[window, pattern << 32 | offset]`, sorted.
    index: Zeroizing<Vec<[u64; 2]>>,
}

impl Filter {
    /// Two bit positions for a window (a Bloom filter with two hash functions: with the
    /// ~20 000 windows of 100 secrets and their encodings, a window of innocent text passes
    /// with probability about 1e-4).
    fn hashes(window: &[u8]) -> (usize, usize) {
        let h = word(window).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let mask = (1u64 << FILTER_BITS) - 1;
        // Both below 2^22: they fit any usize.
        let a = usize::try_from(h >> (64 - FILTER_BITS)).unwrap_or(0);
        let b = usize::try_from((h >> 20) & mask).unwrap_or(0);
        (a, b)
    }

    fn new<'a>(patterns: impl Iterator<Item = &'a [u8]>, min_len: usize) -> Filter {
        let mut bits = Zeroizing::new(vec![0u64; (1 << FILTER_BITS) / 64]);
        let mut index = Zeroizing::new(Vec::new());
        for (id, p) in patterns.enumerate() {
            for (offset, w) in p.windows(WINDOW).enumerate() {
                let (a, b) = Filter::hashes(w);
                bits[a / 64] |= 1 << (a % 64);
                bits[b / 64] |= 1 << (b % 64);
                index.push([word(w), (id as u64) << 32 | offset as u64]);
            }
        }
        index.sort_unstable();
        Filter {
            bits,
            stride: min_len - WINDOW + 1,
            index,
        }
    }

    /// The `(pattern, offset)` pairs at which `window` occurs in a pattern.
    fn places(&self, window: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
        let key = word(window);
        let from = self.index.partition_point(|e| e[0] < key);
        self.index[from..]
            .iter()
            .take_while(move |e| e[0] == key)
            .map(|e| {
                let id = usize::try_from(e[1] >> 32).unwrap_or(usize::MAX);
                let offset = usize::try_from(e[1] & 0xFFFF_FFFF).unwrap_or(usize::MAX);
                (id, offset)
            })
    }

    #[inline]
    fn may_contain(&self, window: &[u8]) -> bool {
        let (a, b) = Filter::hashes(window);
        (self.bits[a / 64] >> (a % 64)) & (self.bits[b / 64] >> (b % 64)) & 1 == 1
    }
}

/// The literal patterns, their replacements, and the automaton.
pub struct Patterns {
    filter: Option<Filter>,
    /// The automaton, when there is no filter (some pattern is short).
    ac: Option<AhoCorasick>,
    /// The patterns by id.
    pats: Vec<Zeroizing<Vec<u8>>>,
    replacements: Vec<Vec<u8>>,
    /// The patterns, sorted, to find the tail that may start one.
    sorted: Vec<Zeroizing<Vec<u8>>>,
    first_bytes: [bool; 256],
    max_len: usize,
}

impl Patterns {
    /// Builds the automaton for `(pattern, replacement)` pairs (patterns non-empty).
    pub fn new(pairs: Vec<(Zeroizing<Vec<u8>>, Vec<u8>)>) -> io::Result<Patterns> {
        let mut first_bytes = [false; 256];
        let mut max_len = 0;
        let mut min_len = usize::MAX;
        for (p, _) in &pairs {
            if let Some(&b) = p.first() {
                first_bytes[usize::from(b)] = true;
            }
            max_len = max_len.max(p.len());
            min_len = min_len.min(p.len());
        }
        let total: usize = pairs.iter().map(|(p, _)| p.len()).sum();
        // The filter's index takes 16 bytes per byte of pattern: bounded to 16 MiB.
        let sampled = !pairs.is_empty() && min_len >= MIN_SAMPLED && total <= MAX_SAMPLED_BYTES;
        let filter = sampled.then(|| Filter::new(pairs.iter().map(|(p, _)| p.as_slice()), min_len));
        let ac = if sampled {
            None
        } else {
            // A DFA is the fastest search; past a few thousand states it costs more
            // memory than speed, and a contiguous NFA is used instead.
            let kind = if total <= 200_000 {
                AhoCorasickKind::DFA
            } else {
                AhoCorasickKind::ContiguousNFA
            };
            Some(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .kind(Some(kind))
                    .build(pairs.iter().map(|(p, _)| p.as_slice()))
                    .map_err(io::Error::other)?,
            )
        };
        let pats = pairs
            .iter()
            .map(|(p, _)| Zeroizing::new(p.to_vec()))
            .collect();
        let mut sorted: Vec<Zeroizing<Vec<u8>>> = pairs
            .iter()
            .map(|(p, _)| Zeroizing::new(p.to_vec()))
            .collect();
        sorted.sort_unstable_by(|a, b| a.as_slice().cmp(b.as_slice()));
        let replacements = pairs.into_iter().map(|(_, r)| r).collect();
        Ok(Patterns {
            filter,
            ac,
            pats,
            replacements,
            sorted,
            first_bytes,
            max_len,
        })
    }

    /// The start of the shortest tail of `data` that is a proper prefix of a pattern
    /// (`data.len()` if none).
    fn hold_start(&self, data: &[u8]) -> usize {
        let from = data.len().saturating_sub(self.max_len.saturating_sub(1));
        for s in from..data.len() {
            if !self.first_bytes[usize::from(data[s])] {
                continue;
            }
            let tail = &data[s..];
            let i = self.sorted.partition_point(|p| p.as_slice() < tail);
            if self.sorted.get(i).is_some_and(|p| p.starts_with(tail)) {
                return s;
            }
        }
        data.len()
    }
}

/// Copies `input` to `output`, replacing every pattern. `flush_each_read` flushes the
/// output after each read (line-buffered logs).
pub fn mask_stream(
    patterns: &Patterns,
    input: &mut impl Read,
    output: &mut impl Write,
    flush_each_read: bool,
) -> io::Result<()> {
    let capacity = CHUNK + patterns.max_len;
    let mut buf = Zeroizing::new(vec![0u8; capacity]);
    let mut len = 0;
    loop {
        let n = match input.read(&mut buf[len..]) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let eof = n == 0;
        len += n;
        let kept = process(patterns, &buf[..len], eof, output)?;
        buf.copy_within(len - kept..len, 0);
        len = kept;
        if flush_each_read || eof {
            output.flush()?;
        }
        if eof {
            return Ok(());
        }
    }
}

/// Writes the masked part of `data` that is final; returns how many bytes at its end must
/// wait for more input.
pub fn process(
    patterns: &Patterns,
    data: &[u8],
    eof: bool,
    output: &mut impl Write,
) -> io::Result<usize> {
    let hold = if eof {
        data.len()
    } else {
        patterns.hold_start(data)
    };
    // The output of this read, as slices of the input and of the replacements: written
    // with one vectored write, without copying the text.
    let mut slices: Vec<IoSlice<'_>> = Vec::new();
    let mut pos = 0;
    let mut emit = |start: usize, end: usize, pattern: usize, pos: &mut usize| {
        if start < hold && start >= *pos {
            slices.push(IoSlice::new(&data[*pos..start]));
            slices.push(IoSlice::new(&patterns.replacements[pattern]));
            *pos = end;
        }
    };
    match (&patterns.filter, &patterns.ac) {
        (Some(filter), _) => {
            // Every occurrence that contains a sampled window, verified byte for byte,
            // then chosen leftmost-longest.
            let mut found: Vec<(usize, usize, usize)> = Vec::new();
            let mut i = 0;
            while i + WINDOW <= data.len() {
                let window = &data[i..i + WINDOW];
                if filter.may_contain(window) {
                    for (id, offset) in filter.places(window) {
                        let Some(start) = i.checked_sub(offset) else {
                            continue;
                        };
                        let Some(p) = patterns.pats.get(id) else {
                            continue;
                        };
                        if data.get(start..start + p.len()) == Some(p.as_slice()) {
                            found.push((start, start + p.len(), id));
                        }
                    }
                }
                i += filter.stride;
            }
            found.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
            for (start, end, id) in found {
                if start >= hold {
                    break;
                }
                emit(start, end, id, &mut pos);
            }
        }
        (None, Some(ac)) => {
            for m in ac.find_iter(data) {
                if m.start() >= hold {
                    break;
                }
                emit(m.start(), m.end(), m.pattern().as_usize(), &mut pos);
            }
        }
        (None, None) => {}
    }
    if pos < hold {
        slices.push(IoSlice::new(&data[pos..hold]));
    }
    write_all_vectored(output, &mut slices)?;
    Ok(data.len() - pos.max(hold))
}

/// Writes every slice, however the writer splits the work (`writev` on a file or pipe).
fn write_all_vectored(w: &mut impl Write, mut bufs: &mut [IoSlice<'_>]) -> io::Result<()> {
    IoSlice::advance_slices(&mut bufs, 0);
    while !bufs.is_empty() {
        match w.write_vectored(bufs) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(n) => IoSlice::advance_slices(&mut bufs, n),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn patterns(list: &[&str]) -> Patterns {
        Patterns::new(
            list.iter()
                .map(|p| (Zeroizing::new(p.as_bytes().to_vec()), b"***".to_vec()))
                .collect(),
        )
        .expect("patterns")
    }

    /// A reader that returns the given pieces, one per read.
    struct Pieces(Vec<Vec<u8>>);
    impl Read for Pieces {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            if self.0.is_empty() {
                return Ok(0);
            }
            let piece = &mut self.0[0];
            let n = piece.len().min(out.len());
            out[..n].copy_from_slice(&piece[..n]);
            piece.drain(..n);
            if piece.is_empty() {
                self.0.remove(0);
            }
            Ok(n)
        }
    }

    fn run(p: &Patterns, pieces: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut input = Pieces(
            pieces
                .iter()
                .filter(|p| !p.is_empty())
                .map(|p| p.to_vec())
                .collect(),
        );
        mask_stream(p, &mut input, &mut out, false).expect("in memory");
        out
    }

    #[test]
    fn a_secret_split_across_reads_is_masked() {
        let p = patterns(&["s3cr3t-value"]);
        for cut in 0..=20 {
            let text = b"log: s3cr3t-value!";
            let (a, b) = text.split_at(cut.min(text.len()));
            assert_eq!(run(&p, &[a, b]), b"log: ***!", "cut at {cut}");
        }
        assert_eq!(
            run(
                &p,
                &[b"s", b"3", b"c", b"r", b"3", b"t", b"-value s3cr3t-valu"]
            ),
            b"*** s3cr3t-valu"
        );
    }

    #[test]
    fn the_longest_overlapping_pattern_wins() {
        let p = patterns(&["abcdef", "abcdefgh", "cdefghij"]);
        assert_eq!(run(&p, &[b"xxabcdefghij"]), b"xx***ij");
        assert_eq!(run(&p, &[b"xxabcdefg", b"hij"]), b"xx***ij");
    }

    #[test]
    fn long_patterns_are_found_through_the_sampled_filter_at_every_split() {
        let secret = "0123456789abcdefghij-long-secret";
        let p = patterns(&[secret, "another-long-secret-value-xyz"]);
        assert!(p.filter.is_some());
        let text = format!("start {secret}{secret} mid another-long-secret-value-xyz end {secret}");
        let want = "start ****** mid *** end ***";
        for cut in 0..text.len() {
            let (a, b) = text.as_bytes().split_at(cut);
            assert_eq!(
                String::from_utf8(run(&p, &[a, b])).expect("utf-8"),
                want,
                "cut {cut}"
            );
        }
    }

    #[test]
    fn text_that_cannot_start_a_secret_is_not_held_back() {
        let p = patterns(&["secret-one"]);
        let mut out = Vec::new();
        let kept = process(&p, b"line one\nsecr", false, &mut out).expect("memory");
        assert_eq!((out.as_slice(), kept), (&b"line one\n"[..], 4));
        out.clear();
        let kept = process(&p, b"line two\n", false, &mut out).expect("memory");
        assert_eq!((out.as_slice(), kept), (&b"line two\n"[..], 0));
    }
}
