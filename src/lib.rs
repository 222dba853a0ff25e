//! `secrets`: Python's `secrets` module as a command-line tool.
//!
//! The engine is the `secrets-core` crate (Python's API, exactly uniform draws, policies,
//! rules, strength); this crate holds the command line and what the engine does not yet
//! hold: [`passphrase`] draws diceware-style passphrases, and the command families.

pub mod breach;
pub mod cli;
pub mod commands;
pub mod completions;
pub mod diag;
pub mod env;
pub mod hygiene;
pub mod io;
pub mod manual;
pub mod parse;
pub mod prompt;
pub mod qr;
pub mod run;
pub mod signals;
pub mod source;
