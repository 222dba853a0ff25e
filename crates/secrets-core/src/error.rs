//! The engine's error: what a draw or a generator can refuse or fail at.

use crate::policy::PolicyError;

/// Everything the engine can refuse or fail at.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The operating system's random source failed (it practically never does after boot).
    #[error("the operating system's random source failed: {0}")]
    Random(#[from] getrandom::Error),
    /// A password policy that no string can satisfy, or that is malformed.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// An argument outside the domain of the function (e.g. `randbelow(0)`).
    #[error("{0}")]
    InvalidArgument(String),
}

/// A result whose error is the engine's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
