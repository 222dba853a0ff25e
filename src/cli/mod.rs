//! The whole command line, defined once. `--help`, the man pages in `man/` and the shell
//! completions in `completions/` are all generated from these definitions.

use clap::{Parser, Subcommand};

pub mod env;
pub mod generate;
pub mod keys;
mod output;
pub mod read;
#[cfg(feature = "serve")]
pub mod serve;
pub mod shell;

pub use env::*;
pub use generate::*;
pub use keys::*;
pub use output::*;
pub use read::*;
#[cfg(feature = "serve")]
pub use serve::{ServeArgs, ServeKeyArgs};
pub use shell::*;

/// The commands whose exit status is an answer (0 means yes: equal, matches, good enough,
/// valid). For them `--help` and `--version` exit 2, never 0: an operand that is a received
/// value (`secrets verify "$HASH"`) must not turn into a "yes" by being `--help`. A nested
/// command is named by its path (`env check`).
pub const ANSWER_COMMANDS: &[&str] = &[
    "compare",
    "check",
    "verify",
    "hmac",
    "apikey",
    "totp",
    "env check",
];

/// The exit status of a successful run.
pub const EXIT_OK: u8 = 0;
/// The exit status of a negative answer (`compare`: the secrets differ).
pub const EXIT_NO: u8 = 1;
/// The exit status of a usage, input or I/O error.
pub const EXIT_ERROR: u8 = 2;
/// The exit status of `verify --needs-rehash` when the password matches a hash that is
/// weaker than the current defaults.
pub const EXIT_REHASH: u8 = 3;

const ABOUT: &str = "Generate passwords, passphrases, tokens, one-time codes, API keys and random numbers from the OS CSPRNG";

const LONG_ABOUT: &str = "\
Generate passwords, passphrases, tokens, one-time codes, API keys, random numbers and random \
choices from the operating system's cryptographically secure random number generator, compare \
secrets in constant time, and check a password's strength.

Every secret comes from the kernel's CSPRNG (getrandom); past the first 64 KiB of a run, bulk \
output continues from ChaCha20 keyed from it, with fast key erasure and a new key every MiB.

This is Python's `secrets` module as a command. Every choice is exactly uniform (rejection \
sampling, never a biased modulo), a password policy such as \"at least 2 digits\" is drawn \
uniformly from all the strings that satisfy it, and standard output carries nothing but the \
secrets, one per line.";

/// The top-level examples: `(command, what it does)`. `secrets --help` and `man secrets`
/// both render this one list with [`render_examples`], and a test runs every command.
pub const EXAMPLES: &[(&str, &str)] = &[
    ("secrets password", "20 characters from all four classes"),
    ("secrets password 32 --no-symbols", "32 letters and digits"),
    (
        "secrets passphrase",
        "six words from the EFF list, 77.5 bits",
    ),
    (
        "secrets token-urlsafe",
        "like Python's secrets.token_urlsafe()",
    ),
    ("secrets otp", "a 6-digit verification code"),
    ("secrets apikey", "sk_live_ followed by 64 hex digits"),
    (
        "secrets apikey --checksum --prefix ghp_",
        "a key scanners can validate",
    ),
    (
        "secrets int --below 100",
        "like Python's secrets.randbelow(100)",
    ),
    (
        "secrets choice red green blue",
        "like Python's secrets.choice()",
    ),
    (
        "secrets compare env:EXPECTED -",
        "exit 0 if stdin's line equals $EXPECTED",
    ),
    (
        "secrets check",
        "is the password at the prompt good enough?",
    ),
    (
        "secrets hash > pw.hash",
        "prompt twice, print an argon2id hash",
    ),
    (
        "secrets verify \"$(cat pw.hash)\" env:PW",
        "exit 0 if $PW matches the hash",
    ),
    (
        "secrets hmac --key env:SECRET body.json",
        "HMAC-SHA256 of a file, in hex",
    ),
    (
        "secrets totp env:TOTP_SECRET",
        "the current 6-digit TOTP code",
    ),
];

/// Exit statuses, `(status, meaning)`: rendered in `secrets --help`, in every man page and
/// (by hand) in the README.
pub const EXIT_STATUSES: &[(&str, &str)] = &[
    (
        "0",
        "success, or yes: compare: equal; check: meets the policy; verify: the password \
matches; hmac --verify: the signature is right; apikey --verify: the checksum is valid",
    ),
    (
        "1",
        "a negative answer: compare: the secrets differ; check: fails the policy; verify: \
wrong password; hmac --verify: wrong signature; apikey --verify: invalid checksum or prefix \
(the reason is on standard error unless --quiet; compare, like cmp -s, says nothing)",
    ),
    (
        "2",
        "a usage, input or output error (the message on standard error says what and, \
where it helps, how to fix it); also a malformed HASH or SIG",
    ),
    (
        "3",
        "verify --needs-rehash: the password matches, but the hash is weaker than the \
defaults of secrets hash (the reason is on standard error)",
    ),
];

/// Renders `(command, description)` pairs as help text: two spaces of indent, the
/// descriptions in one column; a command too long for the column gets its description on
/// the next line.
pub fn render_examples(examples: &[(&str, &str)]) -> String {
    const MAX_COLUMN: usize = 42;
    let column = examples
        .iter()
        .map(|(cmd, _)| cmd.chars().count())
        .filter(|&n| n <= MAX_COLUMN)
        .max()
        .unwrap_or(0);
    let mut text = String::from("Examples:");
    for (cmd, what) in examples {
        let n = cmd.chars().count();
        if n <= column {
            text.push_str(&format!("\n  {cmd}{:pad$}  {what}", "", pad = column - n));
        } else {
            text.push_str(&format!("\n  {cmd}\n  {:column$}  {what}", ""));
        }
    }
    text
}

/// Renders [`EXIT_STATUSES`] for `--help`, wrapped by hand with a hanging indent (clap
/// would wrap them flush left).
pub fn render_exit_statuses() -> String {
    const WIDTH: usize = 90;
    let mut text = String::from("Exit status:");
    for (status, meaning) in EXIT_STATUSES {
        let mut line = format!("  {status} ");
        for word in meaning.split_whitespace() {
            if line.len() + 1 + word.len() > WIDTH {
                text.push('\n');
                text.push_str(&line);
                line = String::from("    ");
            }
            line.push(' ');
            line.push_str(word);
        }
        text.push('\n');
        text.push_str(&line);
    }
    text
}

fn top_long_help() -> String {
    format!(
        "{}\n\n{}",
        render_examples(EXAMPLES),
        render_exit_statuses()
    )
}

/// The `--json` fields of each generator's kind, `(kind, fields)`, for its `--help`; a test
/// checks them against real output. Every object has "secret", "kind" and "entropy_bits".
pub const JSON_FIELDS: &[(&str, &str)] = &[
    ("password", "\"length\", \"alphabet_size\""),
    ("passphrase", "\"words\", \"wordlist_size\""),
    ("token-hex", "\"bytes\", \"encoding\" (hex)"),
    ("token-urlsafe", "\"bytes\", \"encoding\" (base64url)"),
    ("otp", "\"length\", \"alphabet_size\""),
    (
        "apikey",
        "\"prefix\", \"encoding\"; \"bytes\" unless --checksum; \"length\" with base62; \
\"checksum\" (crc32) with --checksum",
    ),
    (
        "int",
        "\"start\" and \"stop\" with --below or --range; \"bits\" with --bits",
    ),
    ("choice", "\"items\", \"unique\""),
];

/// The long help of a generator's `--json`: only the fields its kind prints.
fn json_help(kind: &str) -> String {
    let fields = JSON_FIELDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("", |(_, f)| f);
    format!(
        "Print JSON Lines: one object per secret with its kind, parameters and entropy.\n\n\
         Fields: \"secret\", \"kind\" ({kind}), \"entropy_bits\", {fields}."
    )
}

/// Parses a whole number of at least 1 (counts and sizes), with a message that says so.
fn positive(s: &str) -> Result<u64, String> {
    secrets_core::spec::parse_positive(s)
}

/// `secrets`: Python's `secrets` module as a command.
#[derive(Debug, Parser)]
#[command(
    name = "secrets",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_help = "Run `secrets <COMMAND> --help` for a command's options and examples.",
    after_long_help = top_long_help(),
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// What to generate or check.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands, one family per file: the same families, in the same order, head the
/// sections of `secrets --help` ([`families`]).
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Passwords, passphrases, tokens, codes, keys, numbers, choices and identifiers.
    #[command(flatten)]
    Generate(generate::Command),
    /// Commands that read a secret and answer about it.
    #[command(flatten)]
    Read(read::Command),
    /// Key pairs and application keys.
    #[command(flatten)]
    Keys(keys::Command),
    /// `.env` files, running commands with secrets, redacting logs.
    #[command(flatten)]
    Env(env::Command),
    /// The generators and `check` over HTTP(S).
    #[cfg(feature = "serve")]
    #[command(flatten)]
    Serve(serve::Command),
    /// Completion scripts.
    #[command(flatten)]
    Shell(shell::Command),
}

/// The command families, `(heading, subcommand names)`, in the order `secrets --help` lists
/// them. Read off the family enums, so a new subcommand is listed where it is defined.
pub fn families() -> Vec<(&'static str, Vec<String>)> {
    fn names<F: Subcommand>() -> Vec<String> {
        F::augment_subcommands(clap::Command::new("family"))
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .collect()
    }
    vec![
        ("Generate", names::<generate::Command>()),
        ("Read and verify", names::<read::Command>()),
        ("Keys", names::<keys::Command>()),
        ("Environment and CI", names::<env::Command>()),
        #[cfg(feature = "serve")]
        ("Server", names::<serve::Command>()),
        ("Shell", names::<shell::Command>()),
    ]
}

/// The clap command with the top-level help listing the subcommands by family.
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    let cmd = Cli::command();
    let width = cmd
        .get_subcommands()
        .map(|c| c.get_name().len())
        .max()
        .unwrap_or(0);
    let mut listing = String::new();
    for (family, names) in families() {
        let present: Vec<&clap::Command> = names
            .iter()
            .filter_map(|n| cmd.get_subcommands().find(|c| c.get_name() == n))
            .collect();
        if present.is_empty() {
            continue;
        }
        listing.push_str(&format!("{family}:\n"));
        for sub in present {
            let about = sub.get_about().map(ToString::to_string).unwrap_or_default();
            listing.push_str(&format!("  {:<width$}  {about}\n", sub.get_name()));
        }
        listing.push('\n');
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{listing}\
         Options:\n{{options}}{{after-help}}"
    );
    cmd.help_template(template)
}

#[cfg(test)]
mod family_tests {
    use super::*;

    #[test]
    fn every_subcommand_is_in_exactly_one_family() {
        use clap::CommandFactory;
        let cmd = Cli::command();
        for sub in cmd.get_subcommands().filter(|c| !c.is_hide_set()) {
            let homes = families()
                .iter()
                .filter(|(_, names)| names.iter().any(|n| n == sub.get_name()))
                .count();
            assert_eq!(homes, 1, "{} is in {homes} families", sub.get_name());
        }
    }

    #[test]
    fn the_top_level_help_lists_the_families() {
        let help = command().render_help().to_string();
        for heading in ["Generate:", "Read and verify:", "Keys:", "Shell:"] {
            assert!(help.contains(heading), "{help}");
        }
        assert!(help.contains("  password "), "{help}");
    }
}
