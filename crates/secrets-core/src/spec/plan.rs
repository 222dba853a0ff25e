//! A validated spec: what it will make, and the sampler that makes it.

use std::collections::BTreeSet;
use std::sync::Arc;

use super::{Entropy, Info, SpecError};
use crate::RandomSource;

/// A draw, ready to run: the spec's options checked and compiled.
pub(super) type Draw = Arc<dyn Fn(u64) -> Result<Box<SampleFn<'static>>, SpecError> + Send + Sync>;

/// One value appended to a buffer.
pub(super) type SampleFn<'a> =
    dyn FnMut(&mut RandomSource, &mut String) -> crate::Result<()> + Send + 'a;

/// A spec that passed validation, with everything known about its values before one is
/// drawn.
#[derive(Clone)]
pub struct Plan {
    pub(super) info: Info,
    pub(super) entropy: Entropy,
    pub(super) max_len: u64,
    pub(super) alphabet: BTreeSet<char>,
    pub(super) notes: Vec<String>,
    pub(super) chosen: Option<(u64, &'static str)>,
    pub(super) draw: Draw,
}

impl std::fmt::Debug for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Plan")
            .field("info", &self.info)
            .field("entropy", &self.entropy)
            .field("max_len", &self.max_len)
            .finish_non_exhaustive()
    }
}

impl Plan {
    pub(super) fn new(info: Info, entropy: Entropy, max_len: u64, draw: Draw) -> Plan {
        Plan {
            info,
            entropy,
            max_len,
            alphabet: BTreeSet::new(),
            notes: Vec::new(),
            chosen: None,
            draw,
        }
    }

    pub(super) fn with_alphabet(mut self, chars: impl IntoIterator<Item = char>) -> Plan {
        self.alphabet.extend(chars);
        self
    }

    /// The JSON description of every value (`--json`'s fields after `"secret"`).
    pub fn info(&self) -> &Info {
        &self.info
    }

    /// The entropy of one value: exact, or an upper bound.
    pub fn entropy(&self) -> Entropy {
        self.entropy
    }

    /// The most bytes (UTF-8) one value can take, so a front end can bound its answer
    /// before drawing.
    pub fn max_len(&self) -> u64 {
        self.max_len
    }

    /// Every character a value can hold.
    pub fn alphabet(&self) -> &BTreeSet<char> {
        &self.alphabet
    }

    /// Warnings for a person (a short word list, how a website's rules were read).
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// With a size by entropy (`bits`): the size chosen and its unit (`20`, `characters`).
    pub fn chosen(&self) -> Option<(u64, &'static str)> {
        self.chosen
    }

    /// A sampler for `count` values (the count matters only to draws without replacement).
    pub fn sampler(&self, count: u64) -> Result<Sampler, SpecError> {
        Ok(Sampler((self.draw)(count)?))
    }
}

/// Draws values of a [`Plan`], each exactly uniform and independent of the others (or,
/// for draws without replacement, uniform over the remaining items).
pub struct Sampler(Box<SampleFn<'static>>);

impl std::fmt::Debug for Sampler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sampler")
    }
}

impl Sampler {
    /// Appends one value to `out`.
    pub fn sample_into(&mut self, src: &mut RandomSource, out: &mut String) -> crate::Result<()> {
        (self.0)(src, out)
    }
}

/// Bytes of `n` characters of `alphabet`, at most.
pub(super) fn chars_len(n: u64, alphabet: impl IntoIterator<Item = char>) -> u64 {
    let widest = alphabet.into_iter().map(char::len_utf8).max().unwrap_or(1) as u64;
    n.saturating_mul(widest)
}

/// `n` zero bytes, wiped on drop; no memory is an error, not an abort.
pub(super) fn zeroed(
    n: usize,
    field: &'static str,
) -> Result<zeroize::Zeroizing<Vec<u8>>, SpecError> {
    let mut v = crate::secret::with_capacity(n).map_err(|_| {
        SpecError::with_value(
            field,
            n,
            super::Problem::Invalid("needs more memory than there is".into()),
        )
    })?;
    v.resize(n, 0);
    Ok(v)
}

/// `n` as a `usize`, saturating (sizes here are already checked to be small).
pub(super) fn small(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}
