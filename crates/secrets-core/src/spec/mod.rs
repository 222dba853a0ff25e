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
#[cfg(feature = "keys")]
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
pub use key::{KeyKind, KeySpec};
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
    #[cfg(feature = "keys")]
    Key(KeySpec),
}

impl Spec {
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
            Spec::Uuid(s) => Ok(s.plan()),
            Spec::Ulid(s) => Ok(s.plan()),
            Spec::Nanoid(s) => s.plan(),
            #[cfg(feature = "keys")]
            Spec::Key(s) => s.plan(),
        }
    }
}
