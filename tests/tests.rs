//! Integration tests: every test runs the real `secrets` binary.
//!
//! One test target with a module per command or concern, so the suite links once.

// Tests report skipped tools on stderr; the binary itself never uses eprintln!.
#![allow(clippy::print_stderr)]

mod util;

mod apikey;
mod bits;
mod bulk;
mod check;
mod choice;
mod clipboard;
mod compare;
mod completions;
mod crypt_formats;
mod docs;
mod env;
mod errors;
mod frameworks;
mod generated;
mod github;
mod hashing;
mod hmac;
mod hostile;
mod ids;
mod install;
mod int;
mod json;
mod keygen;
mod otp;
mod output;
mod passphrase;
mod password;
mod pipes;
mod properties;
mod ratelimit;
mod redact;
mod run;
mod serve;
mod serve_access;
mod statistics;
mod tokens;
mod totp;
mod totp_peers;
mod trust;
mod usage;
