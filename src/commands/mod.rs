//! One function per subcommand: turn parsed arguments into calls to the engine and write the
//! results. Generators write through one framing ([`emit`]), so plain lines, JSON Lines and
//! the `--no-newline` rule are the same for all of them; commands that read a secret are in
//! [`read`].

mod emit;
mod env;
mod generate;
mod hash_format;
mod keys;
mod read;
#[cfg(feature = "serve")]
mod serve;
mod totp;
mod website_rules;

use std::io::Write;

use anyhow::Result;

#[cfg(feature = "serve")]
use crate::cli::serve as serve_cli;
use crate::cli::{
    Cli, Command, CompletionShell, env as env_cli, generate as generate_cli, keys as keys_cli,
    read as read_cli, shell,
};
use crate::io::Sink;

pub(crate) use env::redact_error;
pub use generate::{WordlistFiles, policy_options, spec_error};
use generate::{apikey, choice, int, otp, passphrase, password, token, token_bytes};
use read::{check_password, compare, hash, hmac, verify};
use secrets_core::spec::TokenEncoding;

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
        Command::Generate(command) => generate_family(command),
        Command::Read(command) => match command {
            read_cli::Command::Compare(args) => compare(&args),
            read_cli::Command::Check(args) => check_password(&args),
            read_cli::Command::Hash(args) => hash(&args),
            read_cli::Command::Verify(args) => verify(&args),
            read_cli::Command::Hmac(args) => hmac(&args),
            read_cli::Command::Totp(args) => totp::totp(&args),
        },
        Command::Keys(command) => match command {
            keys_cli::Command::Keygen(args) => keys::keygen(&args),
            keys_cli::Command::Key(args) => keys::key(&args),
        },
        Command::Env(command) => match command {
            env_cli::Command::Env(cmd) => env::env(&cmd),
            env_cli::Command::Run(args) => crate::run::run(&args),
            env_cli::Command::Redact(args) => env::redact(&args),
        },
        Command::Shell(shell::Command::Completions { shell }) => completions(shell),
        #[cfg(feature = "serve")]
        Command::Serve(command) => match command {
            serve_cli::Command::Serve(args) => serve::serve(&args),
            serve_cli::Command::ServeKey(args) => serve::serve_key(&args),
        },
    }
}

fn generate_family(command: generate_cli::Command) -> Result<Outcome> {
    use generate_cli::Command as C;
    match command {
        C::Password(args) => password(&args),
        C::TokenHex(args) => token(&args, TokenEncoding::Hex),
        C::TokenUrlsafe(args) => token(&args, TokenEncoding::Base64Url),
        C::TokenBytes(args) => token_bytes(&args),
        C::Otp(args) => otp(&args),
        C::Apikey(args) => apikey(&args),
        C::Passphrase(args) => passphrase(&args),
        C::Int(args) => int(&args),
        C::Choice(args) => choice(&args),
        C::Uuid(args) => generate::uuid(&args),
        C::Ulid(args) => generate::ulid(&args),
        C::Nanoid(args) => generate::nanoid(&args),
    }
}

fn completions(shell: CompletionShell) -> Result<Outcome> {
    let mut sink = Sink::open(None, false)?;
    sink.write_all(&crate::completions::render(shell))?;
    sink.finish()?;
    Ok(Outcome::Success)
}
