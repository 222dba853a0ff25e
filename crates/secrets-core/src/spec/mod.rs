//! One typed spec per generator: every option, default, limit and alphabet of a generator,
//! in one place, for every front end (the command line flattens these structs into its
//! arguments with the `clap` feature; the HTTP API deserializes its queries into them with
//! serde, whose field names are the long flag names; `.env` templates parse into them).
//!
//! A spec is only a request. [`Spec::plan`] validates it against the limits here and
//! reports, before anything is drawn, the exact entropy (or an honest bound), the largest
//! value it can make, every character it can make and the JSON description of its values;
//! [`Plan::sampler`] then draws them.
//!
//! ```
//! use secrets_core::spec::{PasswordSpec, Spec, Builtin};
//! let spec = Spec::Password(PasswordSpec { length: Some(16), ..Default::default() });
//! let plan = spec.plan(&Builtin)?;
//! assert!(plan.entropy().is_exact());
//! assert_eq!(plan.max_len(), 16);
//! let mut sampler = plan.sampler(1)?;
//! let mut out = String::new();
//! sampler.sample_into(&mut secrets_core::RandomSource::new(), &mut out)?;
//! assert_eq!(out.chars().count(), 16);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod choice;
mod entropy;
mod error;
mod ids;
mod info;
mod int;
mod key;
mod passphrase;
mod password;
mod plan;
mod token;

pub use choice::ChoiceSpec;
pub use entropy::Entropy;
pub use error::{Problem, SpecError};
pub use ids::{NanoidSpec, UlidSpec, UuidSpec};
pub use info::Info;
pub use int::{IntSpec, parse_integer, parse_positive_integer};
#[cfg(feature = "keys")]
pub use key::KeyKind;
pub use key::{FrameworkKeySpec, KeySpec};
pub use passphrase::{Builtin, DEFAULT_WORDS, PassphraseSpec, WordlistSource};
pub use password::{DEFAULT_PASSWORD_LENGTH, PasswordSpec, rules_length_range};
pub use plan::{Plan, Sampler};
pub use token::{
    ApikeySpec, DEFAULT_OTP_LENGTH, DEFAULT_PREFIX, DEFAULT_TOKEN_BYTES, KeyEncoding,
    MAX_APIKEY_BYTES, MAX_PREFIX, OtpSpec, TokenEncoding, TokenSpec, parse_positive,
};

/// Every generator whose values are text, by the name the command line gives it.
#[derive(Debug, Clone)]
pub enum Spec {
    /// `password`: characters under a policy, or a website's rules.
    Password(PasswordSpec),
    /// `passphrase`: words from a list.
    Passphrase(PassphraseSpec),
    /// `token-hex` and `token-urlsafe`: random bytes as text.
    Token(TokenSpec),
    /// `otp`: one-time codes.
    Otp(OtpSpec),
    /// `apikey`: prefixed API keys.
    Apikey(ApikeySpec),
    /// `int`: integers in a range.
    Int(IntSpec),
    /// `choice`: items drawn from a given set.
    Choice(ChoiceSpec),
    /// `uuid`.
    Uuid(UuidSpec),
    /// `ulid`.
    Ulid(UlidSpec),
    /// `nanoid`.
    Nanoid(NanoidSpec),
    /// `key --for FRAMEWORK` and the one-line keys of `keygen`.
    Key(KeySpec),
}

/// The range a numeric option accepts: the one truth that plans check, the command line's
/// parsers and the HTTP API's documentation state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// The option, by its long flag name.
    pub field: &'static str,
    /// The smallest value accepted.
    pub min: u64,
    /// The largest value accepted.
    pub max: u64,
}

const fn limit(field: &'static str, min: u64, max: u64) -> Limit {
    Limit { field, min, max }
}

const LENGTH: u64 = crate::policy::MAX_PASSWORD_LENGTH as u64;
const BITS: Limit = limit("bits", 1, crate::bits::MAX_BITS);

/// The most bits a password may be sized for (`password --bits`): over 150 characters,
/// and the exact counting behind the size stays near a hundredth of a second.
pub const PASSWORD_MAX_BITS: u64 = 1024;

/// The numeric limits of `password`.
pub const PASSWORD_LIMITS: &[Limit] = &[
    limit("length", 1, LENGTH),
    limit("bits", 1, PASSWORD_MAX_BITS),
    limit("min-lower", 0, LENGTH),
    limit("min-upper", 0, LENGTH),
    limit("min-digits", 0, LENGTH),
    limit("min-symbols", 0, LENGTH),
];
/// The numeric limits of `passphrase`.
pub const PASSPHRASE_LIMITS: &[Limit] = &[
    limit("words", 1, crate::passphrase::MAX_WORDS),
    BITS,
    limit("min-word-length", 0, LENGTH),
    limit("max-word-length", 0, LENGTH),
];
/// The numeric limits of `token-hex` and `token-urlsafe`.
pub const TOKEN_LIMITS: &[Limit] = &[limit("nbytes", 1, u64::MAX), BITS];
/// The numeric limits of `otp`.
pub const OTP_LIMITS: &[Limit] = &[limit("length", 1, LENGTH), BITS];
/// The numeric limits of `apikey`.
pub const APIKEY_LIMITS: &[Limit] = &[limit("bytes", 1, token::MAX_APIKEY_BYTES), BITS];
/// The numeric limits of `int`.
pub const INT_LIMITS: &[Limit] = &[limit("bits", 0, crate::MAX_INT_BITS)];
/// The numeric limits of `nanoid`.
pub const NANOID_LIMITS: &[Limit] = &[limit("size", 1, LENGTH)];

/// Checks `value` of `field` against `limits` (a field without a limit passes).
pub(crate) fn check_limit(
    limits: &[Limit],
    field: &'static str,
    value: u64,
) -> Result<(), SpecError> {
    match limits.iter().find(|l| l.field == field) {
        Some(l) if !(l.min..=l.max).contains(&value) => Err(SpecError::with_value(
            field,
            value,
            Problem::OutOfRange {
                min: l.min,
                max: l.max,
            },
        )),
        _ => Ok(()),
    }
}

impl Spec {
    /// The numeric limits of this generator's options.
    pub fn limits(&self) -> &'static [Limit] {
        match self {
            Spec::Password(_) => PASSWORD_LIMITS,
            Spec::Passphrase(_) => PASSPHRASE_LIMITS,
            Spec::Token(_) => TOKEN_LIMITS,
            Spec::Otp(_) => OTP_LIMITS,
            Spec::Apikey(_) => APIKEY_LIMITS,
            Spec::Int(_) => INT_LIMITS,
            Spec::Nanoid(_) => NANOID_LIMITS,
            Spec::Choice(_) | Spec::Uuid(_) | Spec::Ulid(_) => &[],
            Spec::Key(_) => &[],
        }
    }

    /// Validates the spec and works out what it will make. Word lists other than the
    /// built-in ones are read through `words`, so a front end decides which files (if any)
    /// a spec may name.
    pub fn plan(&self, words: &dyn WordlistSource) -> Result<Plan, SpecError> {
        match self {
            Spec::Password(s) => s.plan(),
            Spec::Passphrase(s) => s.plan(words),
            Spec::Token(s) => s.plan(),
            Spec::Otp(s) => s.plan(),
            Spec::Apikey(s) => s.plan(),
            Spec::Int(s) => s.plan(),
            Spec::Choice(s) => s.plan(),
            Spec::Uuid(s) => s.plan(),
            Spec::Ulid(s) => Ok(s.plan()),
            Spec::Nanoid(s) => s.plan(),
            Spec::Key(s) => s.plan(),
        }
    }
}
