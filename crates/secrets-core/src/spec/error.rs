//! Why a spec cannot be planned: the field at fault, by its name in every front end (the
//! long flag without `--`, the HTTP parameter, the template option), and the problem.

use std::fmt;

/// A spec that cannot be planned. `field` is the option at fault (`""` when the spec as a
/// whole is), `value` what it was given when that helps.
#[derive(Debug, thiserror::Error)]
pub struct SpecError {
    /// The option at fault, as its long flag without `--`; empty for the spec as a whole.
    pub field: &'static str,
    /// The value given, when showing it helps (never a secret: specs hold none).
    pub value: Option<String>,
    /// What is wrong.
    #[source]
    pub problem: Problem,
}

/// What is wrong with a spec.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    /// A number outside the option's range.
    #[error("must be {min} to {max}")]
    OutOfRange {
        /// The smallest value accepted.
        min: u64,
        /// The largest value accepted.
        max: u64,
    },
    /// A size by entropy that the largest size allowed does not reach.
    #[error("even {longest} {unit} give {bits:.2} bits{under}")]
    Unreachable {
        /// The largest size allowed.
        longest: u64,
        /// What the size counts.
        unit: &'static str,
        /// The entropy at that size.
        bits: f64,
        /// Under what (e.g. " under this policy").
        under: &'static str,
    },
    /// A size by entropy for a shape whose entropy is only an upper bound.
    #[error(
        "needs an exact entropy, but it is not proven that different draws print different \
         passphrases (the separator is empty or occurs in words, or --digit or --symbol meets \
         digits or symbols in words, or the proof is beyond its bound)"
    )]
    NotExact,
    /// Two options that cannot go together.
    #[error("cannot be used with {0}")]
    Conflict(&'static str),
    /// One of several options is required.
    #[error("one of {0} is required")]
    Missing(&'static str),
    /// Something a front end does not allow (a word list file over HTTP, say).
    #[error("{0}")]
    NotAllowed(String),
    /// A value that cannot be read or used, with why.
    #[error("{0}")]
    Invalid(String),
    /// An identifier's alphabet or the clock.
    #[error(transparent)]
    Id(#[from] crate::ids::IdError),
    /// The engine refused (a policy no string satisfies, a malformed alphabet, ...).
    #[error(transparent)]
    Engine(#[from] crate::Error),
}

impl SpecError {
    /// An error of `field`.
    pub fn new(field: &'static str, problem: Problem) -> SpecError {
        SpecError {
            field,
            value: None,
            problem,
        }
    }

    /// An error of `field`, given `value`.
    pub fn with_value(field: &'static str, value: impl fmt::Display, problem: Problem) -> Self {
        SpecError {
            field,
            value: Some(value.to_string()),
            problem,
        }
    }

    /// An error of the spec as a whole.
    pub fn whole(problem: impl Into<Problem>) -> SpecError {
        SpecError::new("", problem.into())
    }
}

/// `bits 200: even 1024 characters give ...`; a front end names the field its own way.
impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.field, &self.value) {
            ("", _) => write!(f, "{}", self.problem),
            (field, None) => write!(f, "{field}: {}", self.problem),
            (field, Some(v)) => write!(f, "{field} {v}: {}", self.problem),
        }
    }
}

impl From<crate::policy::PolicyError> for Problem {
    fn from(e: crate::policy::PolicyError) -> Problem {
        Problem::Engine(e.into())
    }
}
