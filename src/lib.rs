//! `secrets`: Python's `secrets` module as a command-line tool and a library.
//!
//! The library half: [`secrets`] is the engine (OS CSPRNG, with [`bulk`] for large outputs, exactly uniform sampling, tokens,
//! passwords, one-time codes, API keys, constant-time comparison); [`policy`] validates
//! password policies; [`sampler`] draws passwords exactly uniformly under per-class minimums;
//! [`passphrase`] draws diceware-style passphrases; [`check`] judges a password's strength.

pub mod apikey;
pub mod bits;
pub mod bulk;
pub mod check;
pub mod choice;
pub mod cli;
pub mod clipboard;
pub mod collect;
pub mod commands;
pub mod completions;
pub mod diag;
pub mod env;
pub mod hashing;
pub mod hygiene;
pub mod ids;
pub mod keys;
pub mod lines;
pub mod mac;
pub mod manual;
pub mod output;
pub mod passphrase;
pub mod policy;
pub mod prompt;
pub mod ratelimit;
pub mod redact;
pub mod run;
pub mod sampler;
pub mod secret;
pub mod secrets;
pub mod serve;
pub mod signals;
pub mod source;
pub mod text;
pub mod totp;
pub mod usage;
