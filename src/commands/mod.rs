//! One function per subcommand: turn parsed arguments into calls to the engine and write the
//! results. Generators write through one framing ([`emit`]), so plain lines, JSON Lines and
//! the `--no-newline` rule are the same for all of them; commands that read a secret are in
//! [`read`].

mod emit;
mod env;
mod generate;
mod hash_format;
mod ids;
mod keys;
mod read;
mod totp;

use std::io::Write;

use anyhow::Result;

use crate::cli::{Cli, Command, CompletionShell};
use crate::output::Sink;

pub use generate::policy_options;
use generate::{Encoding, apikey, choice, int, otp, passphrase, password, token, token_bytes};
use read::{check_password, compare, hash, hmac, verify};

/// What a successful run answers; `main` maps it to the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Done, or "yes" (exit 0).
    Success,
    /// A negative answer such as "the secrets differ" (exit 1).
    Negative,
    /// `verify --needs-rehash`: the password matches, but the hash is weaker than the
    /// defaults (exit 3).
    Rehash,
    /// `run`: the command's own exit status (128+N after a death by signal N).
    Exit(u8),
}

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    match cli.command {
        Command::Password(args) => password(&args),
        Command::TokenHex(args) => token(&args, Encoding::Hex),
        Command::TokenUrlsafe(args) => token(&args, Encoding::Base64Url),
        Command::TokenBytes(args) => token_bytes(&args),
        Command::Otp(args) => otp(&args),
        Command::Apikey(args) => apikey(&args),
        Command::Passphrase(args) => passphrase(&args),
        Command::Int(args) => int(&args),
        Command::Choice(args) => choice(&args),
        Command::Compare(args) => compare(&args),
        Command::Check(args) => check_password(&args),
        Command::Hash(args) => hash(&args),
        Command::Verify(args) => verify(&args),
        Command::Hmac(args) => hmac(&args),
        Command::Totp(args) => totp::totp(&args),
        Command::Keygen(args) => keys::keygen(&args),
        Command::Key(args) => keys::key(&args),
        Command::Uuid(args) => ids::uuid(&args),
        Command::Ulid(args) => ids::ulid(&args),
        Command::Nanoid(args) => ids::nanoid(&args),
        Command::Env(cmd) => env::env(&cmd),
        Command::Run(args) => crate::run::run(&args),
        Command::Redact(args) => env::redact(&args),
        Command::Completions { shell } => completions(shell),
    }
}

fn completions(shell: CompletionShell) -> Result<Outcome> {
    let mut sink = Sink::open(None, false)?;
    sink.write_all(&crate::completions::render(shell))?;
    sink.finish()?;
    Ok(Outcome::Success)
}
