//! Integration tests: every test runs the real `secrets` binary.
//!
//! One test target with a module per command or concern, so the suite links once.

mod util;

mod apikey;
mod clipboard;
mod compare;
mod errors;
mod generated;
mod hashing;
mod hmac;
mod otp;
mod output;
mod password;
mod pipes;
mod statistics;
mod tokens;
mod totp;
