//! Key pairs and application keys in the formats of the programs that use them.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::OutputArgs;

/// The subcommands of the "Keys" family of `secrets --help`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Key pairs as the real tools write them: WireGuard, age, OpenSSH Ed25519.
    #[command(
        long_about = "Generate a private key in exactly the format of the tool that uses it, or \
with --pub read a private key from a SOURCE and print its public key.

KIND is wireguard (a private key as `wg genkey` makes it: 32 bytes, clamped, base64), \
wireguard-psk (a preshared key, as `wg genpsk`), age (an identity file as `age-keygen` writes \
it) or ssh-ed25519 (an OpenSSH private key as `ssh-keygen -t ed25519` writes it, and FILE.pub \
with --output FILE; --passphrase SOURCE encrypts it with aes256-ctr under bcrypt-pbkdf, 16 \
rounds, as ssh-keygen does).

--pub SOURCE reads a private key and prints its public key instead: as `wg pubkey`, as \
`age-keygen -y` (one recipient per identity in the file), or as `ssh-keygen -y` (with \
--passphrase SOURCE for an encrypted key; with --fingerprint, the line `ssh-keygen -l` prints).

Private keys never reach a terminal by accident: without --output FILE (created with mode \
0600, atomically) they are printed only when standard output is not a terminal, or with \
--show. Public keys (age, ssh-ed25519) are also printed on standard error, which is not \
secret. A SOURCE is -, stdin (one line), env:VAR, file:PATH, fd:N (the whole descriptor: \
fd:0 for all of standard input) or pass:VALUE; multi-line keys need file:, fd: or env:. \
Reading an encrypted key asks for at most 1024 bcrypt-pbkdf rounds (64 times ssh-keygen's \
default); more is refused.",
        after_long_help = "\
Examples:
  secrets keygen wireguard -o wg0.key         private key, mode 0600
  secrets keygen wireguard --pub file:wg0.key public key, like wg pubkey < wg0.key
  secrets keygen wireguard-psk > psk          like wg genpsk
  secrets keygen age -o key.txt               like age-keygen -o key.txt
  secrets keygen age --pub file:key.txt       age1..., like age-keygen -y key.txt
  secrets keygen ssh-ed25519 -o deploy_key --comment ci@example
                                              deploy_key and deploy_key.pub
  secrets keygen ssh-ed25519 -o id --passphrase env:PASS
  secrets keygen ssh-ed25519 --pub file:id --passphrase env:PASS --fingerprint
  secrets keygen wireguard --json | jq -r .public"
    )]
    Keygen(KeygenArgs),

    /// Framework secret keys in the exact shape each framework expects (Django, Rails, ...).
    #[command(
        long_about = "Generate a framework's secret key in exactly the shape the framework \
generates and validates. Every character or byte is exactly uniform; --json gives the \
exact entropy. --list prints the presets with their formats: Django's SECRET_KEY (50 \
characters of a-z0-9!@#$%^&*(-_=+), as get_random_secret_key()), Rails' secret_key_base (128 \
hex digits), Laravel's APP_KEY (base64: and 32 bytes), a Fernet key (32 bytes, urlsafe base64 \
with padding), Flask's SECRET_KEY (64 hex digits) and JWT HMAC secrets (32, 48 or 64 bytes in \
base64url without padding).

RFC 7518 asks HMAC keys to be at least as long as the hash; the jwt presets are.",
        after_long_help = "\
Examples:
  secrets key --for django                 a SECRET_KEY for settings.py
  secrets key --for rails -o config/master.key
  echo \"APP_KEY=$(secrets key --for laravel)\" >> .env
  secrets key --for fernet --json          with kind, bytes and entropy
  secrets key --for django --escape compose   '$' doubled for docker-compose.yml
  secrets key --list"
    )]
    Key(KeyArgs),
}

pub use secrets_core::spec::KeyKind;

/// Options of `secrets keygen`.
#[derive(Debug, Clone, Args)]
pub struct KeygenArgs {
    /// What to generate.
    #[arg(value_enum, value_name = "KIND")]
    pub kind: KeyKind,

    /// Read a private key from SOURCE and print its public key instead of generating one.
    #[arg(
        short = 'y',
        long = "pub",
        visible_alias = "public",
        value_name = "SOURCE"
    )]
    pub public: Option<String>,

    /// ssh-ed25519: the comment at the end of the .pub line [default: none].
    #[arg(short = 'C', long, value_name = "TEXT", help_heading = "ssh-ed25519")]
    pub comment: Option<String>,

    /// ssh-ed25519: encrypt the new key (or decrypt the key read by --pub) with the
    /// passphrase read from SOURCE.
    #[arg(long, value_name = "SOURCE", help_heading = "ssh-ed25519")]
    pub passphrase: Option<String>,

    /// ssh-ed25519 with --pub: print the fingerprint line `ssh-keygen -l` prints instead.
    #[arg(long, requires = "public", help_heading = "ssh-ed25519")]
    pub fingerprint: bool,

    /// Write to FILE instead of standard output: created with mode 0600, atomically
    /// (ssh-ed25519 also writes FILE.pub).
    #[arg(short = 'o', long, value_name = "FILE", help_heading = "Output")]
    pub output: Option<PathBuf>,

    /// With --output, replace FILE (and FILE.pub) if they exist.
    #[arg(long, requires = "output", help_heading = "Output")]
    pub force: bool,

    /// Print one JSON object: "secret", "public", "kind", "entropy_bits", and per kind
    /// "fingerprint", "created", "encrypted".
    #[arg(long, help_heading = "Output")]
    pub json: bool,

    /// Print a private key even when standard output is a terminal.
    #[arg(long, help_heading = "Output")]
    pub show: bool,
}

/// Options of `secrets key`.
#[derive(Debug, Clone, Args)]
pub struct KeyArgs {
    /// The framework whose secret key to make.
    #[arg(
        long = "for",
        value_enum,
        value_name = "FRAMEWORK",
        required_unless_present = "list"
    )]
    pub framework: Option<secrets_core::keys::framework::Framework>,

    /// Print the presets and their formats.
    #[arg(long, conflicts_with = "framework")]
    pub list: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}
