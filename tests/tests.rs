//! Integration tests: every test runs the real `secrets` binary.
//!
//! One test target with a module per command or concern, so the suite links once.

// Tests report skipped tools on stderr; the binary itself never uses eprintln!.
#![allow(clippy::print_stderr)]

mod util;

mod apikey;
mod bits;
mod check;
mod choice;
mod clipboard;
mod compare;
mod crypt_formats;
mod errors;
mod frameworks;
mod generated;
mod hashing;
mod hmac;
mod hostile;
mod ids;
mod int;
mod keygen;
mod otp;
mod output;
mod passphrase;
mod password;
mod pipes;
mod properties;
mod statistics;
mod tokens;
mod totp;
mod totp_peers;
mod trust;
