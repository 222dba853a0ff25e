//! What hashing a password and verifying one against a stored hash can refuse or fail at.
//!
//! Each refusal names the parameter as it appears in a hash string (`m`, `t`, `p`, `ln`,
//! `r`, `cost`, `rounds`, `N`), never an option of a front end: the command line adds its
//! flags, and an HTTP front end would say `parameter t`. No variant holds the password, and
//! a hash string is never quoted whole.

use super::limits::{self, Cost};

/// Why a password could not be hashed or verified.
#[derive(Debug, thiserror::Error)]
pub enum HashError {
    /// The hash string's scheme (its first `$` field) is not one this crate verifies.
    #[error("malformed hash: {} (supported: {SUPPORTED})", unsupported(.scheme))]
    Unsupported {
        /// The scheme, when it is short printable text (it is never secret); `None` otherwise.
        scheme: Option<String>,
    },
    /// The hash string is not well formed for its scheme.
    #[error("malformed hash: {reason}")]
    Malformed {
        /// What is wrong, naming the field (never quoting the string).
        reason: String,
    },
    /// A cost of a new hash outside what its algorithm defines.
    #[error("the {algorithm} {parameter} must be {min} to {max}, not {value}")]
    OutOfRange {
        /// `argon2id`, `bcrypt`, `scrypt` or `sha512-crypt`.
        algorithm: &'static str,
        /// The parameter, as named in hash strings.
        parameter: &'static str,
        /// The value given.
        value: u64,
        /// The smallest value accepted.
        min: u64,
        /// The largest value accepted.
        max: u64,
    },
    /// More work than [`limits::MAX_WORK_FACTOR`] times our default for the algorithm;
    /// [`WorkCap::Lifted`](limits::WorkCap::Lifted) accepts it.
    #[error("{}", limits::work_message(.cost, .parameter, .alone, .multiple))]
    OverWorkCap {
        /// The parameter furthest above our default (relative to it): the one to lower.
        parameter: &'static str,
        /// The work, or with `alone` the parameter, as a multiple of our default.
        multiple: f64,
        /// The parameter alone is over its own cap (scrypt's `r` and `p`), whatever the work.
        alone: bool,
        /// All the costs of the hash.
        cost: Cost,
    },
    /// More memory than [`limits::MAX_MEMORY_BYTES`]; nothing lifts this cap.
    #[error("{}", limits::memory_message(.cost, .bytes))]
    OverMemoryCap {
        /// The parameter that asks for the most memory relative to our default.
        parameter: &'static str,
        /// The bytes needed; `None` when no machine could have them (scrypt's `ln` ≥ 64).
        bytes: Option<u128>,
        /// All the costs of the hash.
        cost: Cost,
    },
    /// A bcrypt password longer than bcrypt uses: it is refused, never silently truncated.
    #[error("the password is {length} bytes long, but bcrypt uses only the first {max}")]
    PasswordTooLong {
        /// The password's length in bytes.
        length: usize,
        /// The longest bcrypt uses ([`BCRYPT_MAX_PASSWORD`](super::BCRYPT_MAX_PASSWORD)).
        max: usize,
    },
    /// The memory the computation needs could not be allocated right now (an error, never
    /// an abort).
    #[error(
        "cannot allocate the {bytes} bytes ({}) of memory that {} needs",
        limits::human_bytes(*.bytes),
        limits::allocation_label(.cost)
    )]
    OutOfMemory {
        /// The bytes asked for.
        bytes: u128,
        /// The costs that need them.
        cost: Cost,
    },
    /// The operating system's random source failed while a salt was drawn.
    #[error("drawing a salt")]
    Random(#[source] crate::Error),
    /// The hashing implementation refused parameters that passed our checks (not expected).
    #[error("{algorithm} failed: {reason}")]
    Failed {
        /// The algorithm.
        algorithm: &'static str,
        /// The implementation's message (it never contains the password).
        reason: String,
    },
}

/// The schemes [`PasswordHash::parse`](super::PasswordHash::parse) accepts, as a message lists them.
const SUPPORTED: &str = "$argon2id$, $argon2i$, $argon2d$, bcrypt's $2a$/$2b$/$2y$, $scrypt$, \
                         sha512-crypt $6$, sha256-crypt $5$ and yescrypt $y$";

fn unsupported(scheme: &Option<String>) -> String {
    match scheme {
        Some(scheme) => format!("${scheme}$ is not a supported scheme"),
        None => "unknown scheme".to_owned(),
    }
}

/// A [`HashError::Malformed`] with `reason`.
pub(super) fn malformed<T>(reason: impl Into<String>) -> Result<T, HashError> {
    Err(HashError::Malformed {
        reason: reason.into(),
    })
}
