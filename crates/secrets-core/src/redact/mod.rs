//! Masking secrets in a stream (`secrets redact`, `secrets run --mask`): the secrets given,
//! in every encoding they take in logs, and credentials found by their format.
//!
//! [`encodings`] turns each secret into the forms it takes in logs, [`literal`] replaces
//! them all in one streaming pass (Aho-Corasick, leftmost-longest), and [`detect`] masks
//! credentials by their public format.
//!
//! Guarantees: bounded memory whatever the stream; a secret split across reads is masked;
//! secrets shorter than [`MIN_SECRET`] bytes are refused unless allowed; the sizes of the
//! secrets themselves are bounded ([`MAX_SECRETS`], [`MAX_PATTERN_BYTES`]) before any
//! automaton is built.

pub mod detect;
pub mod encodings;
pub mod literal;

use std::io::{self, Read, Write};

use zeroize::Zeroizing;

/// Secrets shorter than this (in bytes) are refused by default: masking `a` destroys a log.
pub const MIN_SECRET: usize = 6;
/// The most secrets masked at once.
pub const MAX_SECRETS: usize = 10_000;
/// The most bytes of patterns (all secrets and their encodings): the matcher takes about 60
/// bytes of memory per byte of pattern, so this bounds it near 256 MiB.
pub const MAX_PATTERN_BYTES: usize = 4 * 1024 * 1024;
/// The longest single secret `redact` masks: 64 KiB.
pub const MAX_SECRET_BYTES: usize = 64 * 1024;

/// Why a set of secrets cannot be masked. Messages name a secret by its name, never by
/// its value.
#[derive(Debug, thiserror::Error)]
pub enum RedactError {
    /// A secret shorter than [`MIN_SECRET`] bytes, without `allow_short`.
    #[error("{0} is shorter than {MIN_SECRET} bytes; masking it would destroy the log")]
    Short(String),
    /// More than [`MAX_SECRETS`] secrets.
    #[error("more than {MAX_SECRETS} secrets to mask")]
    TooMany,
    /// A secret longer than [`MAX_SECRET_BYTES`].
    #[error("{0} is longer than {max} KiB; redact masks tokens, keys and passwords", max = MAX_SECRET_BYTES >> 10)]
    TooLong(String),
    /// The secrets together, or with their encodings, exceed the patterns' budget.
    #[error("the secrets to mask and their encodings exceed {} MiB", MAX_PATTERN_BYTES >> 20)]
    TooMuch,
    /// The automaton could not be built.
    #[error("building the matcher failed: {0}")]
    Automaton(#[from] io::Error),
}

/// Secrets to mask, each with a name for `--label`.
#[derive(Default)]
pub struct SecretSet {
    items: Vec<(Zeroizing<Vec<u8>>, String)>,
}

impl std::fmt::Debug for SecretSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretSet([REDACTED; {}])", self.items.len())
    }
}

impl SecretSet {
    /// Adds a secret named `name`. Empty secrets are ignored; short ones are refused
    /// unless `allow_short` (the message names `name`, never the value).
    pub fn add(&mut self, secret: &[u8], name: &str, allow_short: bool) -> Result<(), RedactError> {
        if secret.is_empty() {
            return Ok(());
        }
        if secret.len() < MIN_SECRET && !allow_short {
            return Err(RedactError::Short(sanitize(name)));
        }
        if self.items.len() >= MAX_SECRETS {
            return Err(RedactError::TooMany);
        }
        // Bounded before any encoding is made: each secret yields about 8 encodings of up to
        // 4/3 its length, so the secrets' own bytes are capped at a sixteenth of the
        // patterns' budget (4 MiB), and each one at 64 KiB (no real token is longer).
        if secret.len() > MAX_SECRET_BYTES {
            return Err(RedactError::TooLong(sanitize(name)));
        }
        let held: usize = self.items.iter().map(|(s, _)| s.len()).sum();
        if held + secret.len() > MAX_PATTERN_BYTES / 16 {
            return Err(RedactError::TooMuch);
        }
        self.items
            .push((Zeroizing::new(secret.to_vec()), sanitize(name)));
        Ok(())
    }

    /// Whether there is nothing to mask.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The automaton for every secret and encoding.
    pub fn patterns(&self, label: bool) -> Result<literal::Patterns, RedactError> {
        let mut pairs = Vec::new();
        let mut total = 0usize;
        for (secret, name) in &self.items {
            let replacement = if label {
                format!("<redacted:{name}>").into_bytes()
            } else {
                b"***".to_vec()
            };
            for v in encodings::variants(secret) {
                total += v.len();
                if total > MAX_PATTERN_BYTES {
                    return Err(RedactError::TooMuch);
                }
                pairs.push((v, replacement.clone()));
            }
        }
        Ok(literal::Patterns::new(pairs)?)
    }
}

/// A name fit for `<redacted:NAME>`: printable ASCII without `<>`, at most 64 bytes.
fn sanitize(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_graphic() && !matches!(c, '<' | '>'))
        .take(64)
        .collect()
}

/// Copies `input` to `output` with every secret (and, with `detect`, every detected
/// credential) replaced.
pub fn redact(
    patterns: &literal::Patterns,
    detect: bool,
    label: bool,
    input: &mut impl Read,
    output: &mut impl Write,
    flush_each_read: bool,
) -> io::Result<()> {
    if detect {
        let mut detector = detect::Detector::new(output, label)?;
        literal::mask_stream(patterns, input, &mut detector, flush_each_read)?;
        detector.finish()?.flush()
    } else {
        literal::mask_stream(patterns, input, output, flush_each_read)
    }
}
