//! How many bits a generator's value carries, and whether that figure is exact.

use std::fmt;

/// log2 of the number of values a plan draws from, uniformly. Either exact, or an upper
/// bound when distinct draws are not proven to print distinct values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Entropy {
    bits: f64,
    exact: bool,
}

impl Entropy {
    /// Exactly `bits` bits.
    pub fn exact(bits: f64) -> Entropy {
        Entropy { bits, exact: true }
    }

    /// At most `bits` bits.
    pub fn at_most(bits: f64) -> Entropy {
        Entropy { bits, exact: false }
    }

    /// The figure in bits.
    pub fn bits(self) -> f64 {
        self.bits
    }

    /// Whether the figure is exact (otherwise it is an upper bound).
    pub fn is_exact(self) -> bool {
        self.exact
    }
}

/// `77.55 bits`, or `at most 77.55 bits`.
impl fmt::Display for Entropy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.exact {
            f.write_str("at most ")?;
        }
        write!(f, "{:.2} bits", self.bits)
    }
}
