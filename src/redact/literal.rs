//! Streaming multi-literal replacement with bounded memory.
//!
//! Guarantees:
//! * every occurrence of every pattern is replaced, leftmost-longest, wherever the reads
//!   split the stream: at each read, only the shortest tail that is a proper prefix of some
//!   pattern is held back (at most the longest pattern minus one byte), so text that cannot
//!   start a secret goes out at once and live logs stay live;
//! * memory is the patterns, the automaton, and one buffer of [`CHUNK`] bytes plus the
//!   longest pattern; the buffer is wiped when dropped.

use std::io::{self, Read, Write};

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use zeroize::Zeroizing;

/// Bytes read at a time.
pub const CHUNK: usize = 256 * 1024;

/// The literal patterns, their replacements, and the automaton.
pub struct Patterns {
    ac: AhoCorasick,
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
        for (p, _) in &pairs {
            if let Some(&b) = p.first() {
                first_bytes[usize::from(b)] = true;
            }
            max_len = max_len.max(p.len());
        }
        // A DFA is the fastest search; past a few thousand states it costs more memory
        // than speed, and a contiguous NFA is used instead.
        let total: usize = pairs.iter().map(|(p, _)| p.len()).sum();
        let kind = if total <= 200_000 {
            AhoCorasickKind::DFA
        } else {
            AhoCorasickKind::ContiguousNFA
        };
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(kind))
            .build(pairs.iter().map(|(p, _)| p.as_slice()))
            .map_err(io::Error::other)?;
        let mut sorted: Vec<Zeroizing<Vec<u8>>> = pairs
            .iter()
            .map(|(p, _)| Zeroizing::new(p.to_vec()))
            .collect();
        sorted.sort_unstable_by(|a, b| a.as_slice().cmp(b.as_slice()));
        let replacements = pairs.into_iter().map(|(_, r)| r).collect();
        Ok(Patterns {
            ac,
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
    let mut pos = 0;
    for m in patterns.ac.find_iter(data) {
        if m.start() >= hold {
            break;
        }
        output.write_all(&data[pos..m.start()])?;
        output.write_all(&patterns.replacements[m.pattern().as_usize()])?;
        pos = m.end();
    }
    if pos < hold {
        output.write_all(&data[pos..hold])?;
    }
    Ok(data.len() - pos.max(hold))
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
