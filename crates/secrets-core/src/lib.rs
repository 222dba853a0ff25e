//! Python's [`secrets`](https://docs.python.org/3/library/secrets.html) module for Rust,
//! and the engine of the `secrets` command.
//!
//! Every value comes from the operating system's CSPRNG (through [`RandomSource`]), and every
//! choice is *exactly* uniform: indices are drawn by rejection ([`Uniform`]), never with a
//! bare modulo, and a password under a policy is uniform over all strings that satisfy it.
//!
//! ```
//! let token = secrets_core::token_hex(16)?; // 32 hex digits, like secrets.token_hex(16)
//! assert_eq!(token.len(), 32);
//! let die = secrets_core::randbelow(6)? + 1;
//! assert!((1..=6).contains(&die));
//! let door = secrets_core::choice(&["red", "green", "blue"])?;
//! assert!(door.is_some());
//! assert!(secrets_core::compare_digest(b"same", b"same"));
//! # Ok::<(), secrets_core::Error>(())
//! ```
//!
//! The modules below the Python names:
//! - [`rng`]: the byte source (the OS, then [`bulk`] ChaCha20 with fast key erasure for
//!   large outputs); [`uniform`]: exact draws below a bound, in batches, and big ranges;
//! - [`policy`] and [`sampler`]: password policies and their exactly uniform draw;
//!   [`rules`]: websites' password rules (Apple's `passwordrules` language);
//! - [`passphrase`]: diceware passphrases over the EFF lists or any list, with an exact
//!   entropy or an honest bound; [`mod@choice`]: items drawn with or without replacement;
//!   [`bits`]: the shortest secret of at least N bits, by exact counting;
//! - [`otp`], [`apikey`]: one-time codes and API keys (with an optional CRC32 checksum);
//!   [`ids`]: UUIDs, ULIDs and Nano IDs; [`mac`]: HMAC tags and HOTP values; [`totp`]:
//!   TOTP codes, base32 secrets, `otpauth://` URIs and checking a code across a window;
//! - [`secret`]: bytes of a secret read from outside, wiped and bounded; [`text`]: which
//!   characters may enter a secret; [`lines`]: sets of distinct lines in a small multiple
//!   of their size;
//! - [`dotenv`]: `.env` files in two dialects (python-dotenv's, a shell's), read and written
//!   exactly as their consumers read them.
//!
//! Behind features, off by default (the `secrets` command turns them on):
//! - `hash`: password hashing (Argon2, bcrypt, scrypt, SHA-crypt, yescrypt) and verification
//!   of stored hashes, with caps on the work and memory a stored hash may ask;
//! - `keys`: WireGuard, age and OpenSSH Ed25519 keys and web frameworks' secret keys, in the
//!   exact formats those programs read;
//! - `strength`: a password's estimated strength (zxcvbn);
//! - `clap`: clap's `ValueEnum` on the engine's option enums.

pub mod apikey;
pub mod bits;
pub mod breach;
pub mod bulk;
pub mod choice;
pub mod dotenv;
mod error;
#[cfg(feature = "hash")]
pub mod hash;
pub mod ids;
pub mod keys;
pub mod lines;
pub mod mac;
pub mod otp;
pub mod passphrase;
pub mod policy;
mod python;
pub mod redact;
pub mod rng;
pub mod rules;
pub mod sampler;
pub mod secret;
pub mod spec;
#[cfg(feature = "strength")]
pub mod strength;
pub mod text;
pub mod totp;
pub mod uniform;

pub use error::{Error, Result};
pub use python::{
    DEFAULT_ENTROPY, choice, compare_digest, difference, randbelow, randbits, randrange,
    token_bytes, token_hex, token_urlsafe,
};
pub use rng::{BULK_THRESHOLD, RandomSource};
pub use uniform::{IntRange, MAX_BATCH, MAX_INT_BITS, Uniform, log2_big};
