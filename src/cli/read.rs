//! The readers: commands that take a secret (compare, check, hash, verify, hmac, totp) and
//! answer about it.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum, value_parser};

use super::positive;

/// The subcommands of the "Read and verify" family of `secrets --help`.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare two secrets in constant time; the answer is the exit status.
    #[command(
        long_about = "Compare two secrets in constant time: exit 0 if they are equal, 1 if they \
differ (secrets of different lengths differ), 2 on error. Nothing is printed on success or \
difference. The time taken depends only on the lengths, never on where the secrets differ.

Each operand is a SOURCE: it names where to read a secret, as in OpenSSL's pass-phrase \
arguments, and it must be exactly one of these forms:
  -  or  stdin     one line of standard input, without its line ending
                   (on a terminal, read at a prompt that does not echo)
  env:VAR          the value of environment variable VAR
  file:PATH        the whole file, minus one trailing newline
  fd:N             the rest of inherited descriptor N, minus one trailing newline
  pass:VALUE       VALUE itself, verbatim (visible to every user in `ps`)
Anything else is a usage error (exit 2), never a literal: a value received from outside can \
not choose where a secret is read from. Pass such a value on standard input:
  printf %s \"$submitted\" | secrets compare env:EXPECTED -

A missing second operand is read from standard input; `compare - -` reads two lines. \
Operands are limited to 64 MiB, and an empty operand is an error (an empty expected token \
would match an empty submission). Like `cmp -s`, compare prints nothing: the answer is the \
exit status.",
        after_long_help = "\
Examples:
  printf %s \"$submitted\" | secrets compare env:EXPECTED_TOKEN -
  secrets compare env:EXPECTED_TOKEN -    < received.txt
  printf '%s\\n' \"$A\" \"$B\" | secrets compare - -
  if secrets compare file:expected.key file:given.key; then echo same; fi"
    )]
    Compare(CompareArgs),

    /// Check a password's strength with zxcvbn against a policy; the answer is the exit status.
    #[command(
        long_about = "Check whether a password is good enough: exit 0 if it meets the \
policy, 1 if it does not, 2 on error. The verdict, the reasons and zxcvbn's estimate are \
printed on standard output; the password itself is never printed.

The strength is estimated by zxcvbn (Dropbox's estimator, which looks for dictionary words, \
names, keyboard walks, repeats, sequences and dates): a score from 0 (guessable in 10^3 tries) \
to 4 (more than 10^10), the log10 of the guesses needed, and crack times. The policy: at \
least --min-length characters, a score of at least --min-score, and not a password from \
zxcvbn's list of common passwords (even capitalized, reversed or with l33t substitutions).

SOURCE says where to read the password, as for compare: - or stdin (one line), env:VAR, \
file:PATH, fd:N, or pass:VALUE (visible to every user in ps). Without SOURCE, the password \
is read at a prompt that does not echo on a terminal, or as one line of standard input. \
zxcvbn looks at the first 100 characters only.

--breached also fails (exit 1) a password that Have I Been Pwned's Pwned Passwords has seen \
in a data breach, and reports how many times it was seen (JSON: \"breach_count\", 0 when not \
seen). The key is the SHA-1 of the password's UTF-8 bytes. With --hibp-file PATH the \
downloaded file (pwned-passwords-sha1-ordered-by-hash, HASH:COUNT lines; not the NTLM \
edition) is searched in place by binary search: constant memory, about 40 reads of 252 bytes \
for a 40 GB file, nothing sent anywhere; a malformed or unordered file is an error (exit 2). \
With --hibp the range API is asked (k-anonymity): only the first 5 hex digits of the SHA-1 \
leave the machine, padding is requested so the answer's size says nothing, and the other 35 \
digits are compared locally in constant time. The answer is limited to 2 MiB and \
--hibp-timeout seconds; an HTTP error or timeout is exit 2.

--rules RULES checks a website's password rules instead of the strength policy (Apple's \
passwordrules language, as password --rules reads it): exit 0 if the password satisfies \
every rule, 1 if not, naming each rule it breaks (never its characters); --breached still \
applies.",
        after_long_help = "\
Examples:
  secrets check                          type the password at a prompt (no echo)
  secrets check env:DB_PASSWORD          exit 0 if $DB_PASSWORD is good enough
  secrets check file:pw.txt --min-score 4 --min-length 16
  secrets check --json < pw.txt          the estimate as JSON
  secrets password | secrets check       a generated password passes
  secrets check env:PW --breached --hibp-file pwned-passwords-sha1-ordered-by-hash-v8.txt
  secrets check env:PW --breached --hibp         ask the range API (5 hex digits sent)
  secrets check --rules 'minlength: 12; required: digit' env:PW
                                         exit 0 if $PW satisfies the site's rules"
    )]
    Check(CheckArgs),
    /// Hash a password for storage: argon2id (default), bcrypt, scrypt, sha512-crypt, yescrypt.
    #[command(
        long_about = "Hash a password for storage and print the hash as one line: a PHC string \
($argon2id$..., $scrypt$...) or bcrypt's modular-crypt string ($2b$...), with a fresh 16-byte \
salt from the OS CSPRNG.

The defaults interoperate with Python: argon2id with argon2-cffi's parameters (m=65536 KiB, \
t=3, p=4, 16-byte salt, 32-byte hash), bcrypt $2b$ with Python bcrypt's cost 12, scrypt with \
ln=17, r=8, p=1 in passlib's format. A bcrypt password longer than 72 bytes is an error, \
never truncated.

Costs above what `secrets verify` accepts without --allow-expensive are refused (exit 2) \
before the password is read: more than 4 GiB of memory, or more than 64 times the default \
work (Argon2 m*t above 64 * 65536 * 3, bcrypt cost above 18, scrypt N*r*p above \
64 * 2^17 * 8, r above 512 or p above 64).

For /etc/shadow, cloud-init and chpasswd -e: sha512-crypt ($6$, 5000 rounds and a 16-character \
salt, as glibc, mkpasswd and openssl passwd -6 make it; --rounds to change) and yescrypt ($y$, \
libxcrypt's default j9T: N=4096, r=32, the default of Debian and Fedora).

--format htpasswd --user NAME prints a line for Apache and nginx basic auth, NAME:$2y$..., \
bcrypt as `htpasswd -B` writes it (also with --algorithm sha512-crypt or yescrypt, which both \
servers read through crypt(3) on Linux). --escape compose writes every '$' as '$$', for a \
docker-compose file, where '$' starts a variable.

The password is read from SOURCE (-, stdin, env:VAR, file:PATH, fd:N, pass:VALUE). Without \
SOURCE, or with -, a terminal is asked twice without echo and both entries must match; \
otherwise one line of standard input is read. An empty password is refused.",
        after_long_help = "\
Examples:
  secrets hash > pw.hash                        prompt twice, argon2id
  printf '%s\\n' \"$PW\" | secrets hash            one line of stdin
  secrets hash env:PW --algorithm bcrypt        $2b$12$...
  secrets hash env:PW -a scrypt --log-n 16      $scrypt$ln=16,r=8,p=1$...
  secrets hash env:PW --memory-cost 131072 --time-cost 4
  secrets hash env:PW -a sha512-crypt           $6$..., for /etc/shadow
  secrets hash env:PW -a yescrypt               $y$j9T$..., Debian's default
  secrets hash env:PW --format htpasswd --user alice >> .htpasswd
  secrets hash env:PW --escape compose          $$argon2id$$..., for docker-compose.yml"
    )]
    Hash(HashArgs),

    /// Check a password against a hash in constant time; the answer is the exit status.
    #[command(
        long_about = "Check a password against a stored hash: exit 0 if it matches, 1 if not, \
2 if the hash is malformed or over a limit (below) or the password cannot be read. The algorithm is taken from the \
hash: argon2id, argon2i and argon2d (v=16 and v=19, as argon2-cffi writes them), bcrypt \
($2a$, $2b$, $2y$), scrypt ($scrypt$ln=..,r=..,p=..$salt$hash), sha512-crypt and \
sha256-crypt ($6$, $5$) and yescrypt ($y$). A whole htpasswd line (NAME:HASH) is taken too. \
The recomputed hash is compared in constant time. Nothing is printed on standard output; a \
wrong password says so on standard error unless --quiet. Other schemes ($1$, \
$pbkdf2-sha256$...) are refused by name (exit 2).

A hash is input: one that asks for more than 64 times the default work (sha512-crypt: more \
than 320000 rounds; yescrypt: N*r*p above 64 times libxcrypt's default) or more than 4 GiB is \
refused before any work.

HASH is not secret and may be given on the command line; the password comes from SOURCE \
(as for `hash`; without SOURCE, a no-echo prompt on a terminal or one line of standard input).

With --needs-rehash, a matching password whose hash is weaker than what `secrets hash` makes \
by default for that algorithm exits 3 instead of 0 and says why on standard error, so the \
caller can store a new hash. Compared: Argon2's variant (argon2id), version (19), memory \
(m), passes (t), salt and hash lengths; bcrypt's cost; scrypt's ln, r, salt and hash \
lengths. Parallelism is not compared, nor is one algorithm preferred over another.

A stored hash is input, so its costs are bounded before anything is allocated or computed \
(exit 2 with a message naming the parameter). Memory: at most 4 GiB, counting everything the \
KDF allocates (for scrypt 128*r*(N+p) + 256*r bytes); nothing lifts this cap. Work: at most \
64 times what `secrets hash` makes by default for that algorithm: Argon2 m*t at most \
64 * 65536 * 3 (e.g. m=65536 with t up to 192, or m=4194304 with t=3), bcrypt cost at most 18, \
scrypt N*r*p at most 64 * 2^17 * 8, with r at most 512 and p at most 64. --allow-expensive \
lifts the work cap for a hash you trust. Memory that cannot be allocated is exit 2, never an \
abort. Argon2 and scrypt hash values under 16 bytes and salts under 8 bytes are malformed.",
        after_long_help = "\
Examples:
  secrets verify \"$HASH\" env:PW && echo ok
  printf '%s\\n' \"$PW\" | secrets verify '$2b$12$...'
  secrets verify --needs-rehash \"$HASH\" fd:3 3< pw.txt; echo $?   0, 1, 2 or 3
  secrets verify --allow-expensive \"$(cat own.hash)\" env:PW    a costly hash you made"
    )]
    Verify(VerifyArgs),

    /// HMAC of a file or stdin with a key from a SOURCE; prints hex, or checks a signature.
    #[command(
        long_about = "Compute the HMAC (RFC 2104) of a message, as Python's \
hmac.new(key, msg, 'sha256').hexdigest() does, and print it in lowercase hex. The message is \
FILE, or standard input when FILE is - or absent, read as binary and streamed in constant \
memory. The key is read from --key SOURCE (env:VAR, file:PATH, fd:N, -, pass:VALUE), never \
only from the command line; an empty key is refused (anyone could sign with it).

With --verify SIG nothing is printed on standard output: the exit status is 0 if SIG is the \
message's HMAC and 1 if it is a well-formed signature that differs (compared in constant \
time; a note on standard error unless --quiet). SIG may be hex (either case), base64, or \
GitHub's sha256=<hex> form from the X-Hub-Signature-256 header. A malformed SIG is exit 2: \
empty, truncated or of another length, neither hex nor base64, or for another algorithm.",
        after_long_help = "\
Examples:
  secrets hmac --key env:SECRET payload.json          lowercase hex HMAC-SHA256
  secrets hmac --key file:key.bin --format base64 < msg
  secrets hmac --key env:WEBHOOK_SECRET --format github body.json   sha256=...
  secrets hmac --key env:WEBHOOK_SECRET --verify \"$SIGNATURE_HEADER\" body.json
  secrets hmac -a sha512 --key fd:3 3< key.txt < data.bin"
    )]
    Hmac(HmacArgs),

    /// TOTP/HOTP codes: print, verify within a window, read otpauth:// URIs, make new secrets.
    #[command(
        long_about = "Print the current TOTP code (RFC 6238) of a base32 secret, as an \
authenticator app shows it, or with --counter the HOTP code (RFC 4226). The secret is read from \
SECRET-SOURCE (env:VAR, file:PATH, fd:N, -, pass:VALUE; without it, a line of standard \
input, as for every reader) and decoded leniently: any case, spaces, dashes, with or without \
'=' padding. Secrets shorter than 80 bits (16 base32 \
characters) are refused: RFC 4226 asks for 128 bits, and a toy key is guessable.

--uri SOURCE reads an otpauth://totp/ or otpauth://hotp/ Key URI instead (it contains the \
secret, so it too comes from a SOURCE, never the command line) and takes the algorithm, \
digits, period, issuer and an HOTP counter from it; unknown algorithms, digits outside 6-8, a \
zero period or a repeated parameter are errors.

--verify CODE checks a submitted code: exit 0 if it is the code of a step within --window \
steps of now (default 1, RFC 6238's recommendation; at most 100), 1 if not. Every code in the \
window is computed and compared in constant time, so the time taken does not say whether or \
where the code matched; --json says which offset matched. With --counter (or an HOTP URI) the \
window looks ahead only: counters N to N+window. Remembering used codes (replay protection) is \
the caller's job.

--at TIME gives the time (Unix seconds or RFC 3339 such as 2009-02-13T23:31:30Z; --time is \
the same option). --remaining prints the seconds left in the current step. --fresh S waits for \
the next step when fewer than S seconds are left (at most S-1 seconds of waiting; S at most \
the period), so a script that logs in never sends a code about to expire.

--new makes a fresh 160-bit secret from the OS CSPRNG and prints it (base32, no padding) and \
its otpauth://totp/ URI, with issuer and account percent-encoded (--issuer and --account \
apply only to --new and may not be empty). When standard output is a terminal it also draws \
the URI as a QR code for a phone to scan: black on white in explicit colours with a quiet \
zone, so it scans on light and dark themes; on a terminal too narrow for it, a note on \
standard error says so instead. -o FILE writes the secret and URI to a new 0600 file.",
        after_long_help = "\
Examples:
  secrets totp env:TOTP_SECRET                   the current 6-digit code
  secrets totp file:github.totp --digits 8 -a sha256
  secrets totp --uri file:github.uri             settings from an otpauth:// URI
  secrets totp env:S --at 2009-02-13T23:31:30Z   the code at a given time
  secrets totp env:S --at 59 --digits 8          ... or Unix time
  secrets totp env:S --counter 7                 HOTP code number 7
  secrets totp env:S --verify \"$CODE\"           exit 0 if $CODE is valid now (±1 step)
  secrets totp env:S --verify \"$CODE\" --window 2 --json   {\"match\":true,\"offset\":-1,...}
  secrets totp env:S --fresh 5                   a code with at least 5 seconds to live
  secrets totp --remaining                       seconds until the next 30-second step
  secrets totp --new --issuer ACME --account jane@example.com
  secrets totp --new --issuer ACME -o acme.totp  the new secret into a 0600 file
  secrets totp < github.totp                     the secret on standard input
  secrets totp env:S --json                      code, counter, remaining seconds"
    )]
    Totp(TotpArgs),
}

/// Options of `secrets compare`.
#[derive(Debug, Clone, Args)]
pub struct CompareArgs {
    /// The first secret, a SOURCE: -, stdin, env:VAR, file:PATH, fd:N or pass:VALUE.
    #[arg(value_name = "A")]
    pub a: String,

    /// The second secret, in the same forms [default: a line of standard input].
    #[arg(value_name = "B")]
    pub b: Option<String>,
}

/// Options of `secrets check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Where to read the password: -, stdin, env:VAR, file:PATH, fd:N or pass:VALUE
    /// [default: a prompt without echo on a terminal, else a line of standard input].
    #[arg(value_name = "SOURCE")]
    pub source: Option<String>,

    /// The password must have at least N characters.
    #[arg(long, value_name = "N", default_value_t = 12, help_heading = "Policy")]
    pub min_length: usize,

    /// zxcvbn's score (0 to 4) must be at least N.
    #[arg(long, value_name = "N", default_value_t = 3,
          value_parser = value_parser!(u8).range(0..=4), help_heading = "Policy")]
    pub min_score: u8,

    /// Check against a website's password rules (Apple's passwordrules language) instead
    /// of the strength policy: exit 0 if the password satisfies every rule, 1 if not.
    ///
    /// The failed rules are named, never the password's characters; with --json the
    /// fields are "ok", "length", "failures" (each "rule" and "reason"), "rules" (the
    /// rules as read, in the normalised form of Apple's parser) and, with --breached,
    /// "breach_count".
    #[arg(long, value_name = "RULES", help_heading = "Policy",
          conflicts_with_all = ["min_length", "min_score"])]
    pub rules: Option<String>,

    /// Print the verdict and the estimate as one JSON object.
    ///
    /// Fields: "ok", "score", "guesses_log10", "length", "common", "min_length",
    /// "min_score", "crack_times", "warning", "suggestions", "reasons"; with --breached,
    /// "breach_count".
    #[arg(long)]
    pub json: bool,

    /// Also fail if Have I Been Pwned has seen the password in a data breach
    /// (with --hibp-file PATH or --hibp).
    #[arg(long, requires = "hibp_source", help_heading = "Breach check")]
    pub breached: bool,

    /// Look the password up in the downloaded Pwned Passwords file (SHA-1, ordered by
    /// hash); nothing leaves the machine.
    #[arg(
        long,
        value_name = "PATH",
        group = "hibp_source",
        requires = "breached",
        help_heading = "Breach check"
    )]
    pub hibp_file: Option<PathBuf>,

    /// Ask the Pwned Passwords range API: only the first 5 hex digits of the password's
    /// SHA-1 are sent.
    #[arg(
        long,
        group = "hibp_source",
        requires = "breached",
        help_heading = "Breach check"
    )]
    pub hibp: bool,

    /// The range API's base URL (https://, or http:// to a loopback address)
    /// [default: https://api.pwnedpasswords.com].
    #[arg(
        long,
        value_name = "URL",
        requires = "hibp",
        help_heading = "Breach check"
    )]
    pub hibp_url: Option<String>,

    /// Seconds allowed to connect and to get the whole answer [default: 10].
    #[arg(long, value_name = "SECONDS", requires = "hibp", help_heading = "Breach check",
          value_parser = value_parser!(u64).range(1..=300))]
    pub hibp_timeout: Option<u64>,
}

/// Password hashing algorithms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HashAlgorithm {
    /// Argon2id, v=19 (argon2-cffi's PasswordHasher).
    Argon2id,
    /// bcrypt $2b$ (Python's bcrypt.hashpw).
    Bcrypt,
    /// scrypt in a PHC string (passlib, RustCrypto).
    Scrypt,
    /// SHA-crypt $6$ (/etc/shadow, cloud-init, chpasswd -e; glibc's crypt).
    Sha512Crypt,
    /// yescrypt $y$ (Debian's and Fedora's /etc/shadow default; libxcrypt's j9T).
    Yescrypt,
}

/// Options of `secrets hash`.
#[derive(Debug, Clone, Args)]
pub struct HashArgs {
    /// Where to read the password: -, stdin, env:VAR, file:PATH, fd:N or pass:VALUE.
    #[arg(value_name = "SOURCE")]
    pub source: Option<String>,

    /// The hashing algorithm.
    #[arg(short = 'a', long, value_enum, default_value_t = HashAlgorithm::Argon2id)]
    pub algorithm: HashAlgorithm,

    /// argon2id: memory in KiB (m) [default: 65536].
    #[arg(long, value_name = "KIB", help_heading = "Argon2id",
          value_parser = value_parser!(u32).range(8..=i64::from(4 * 1024 * 1024)))]
    pub memory_cost: Option<u32>,

    /// argon2id: passes over the memory (t) [default: 3].
    #[arg(long, value_name = "N", help_heading = "Argon2id",
          value_parser = value_parser!(u32).range(1..=1000))]
    pub time_cost: Option<u32>,

    /// argon2id: lanes (p) [default: 4]; scrypt: parallelism (p) [default: 1].
    #[arg(long, value_name = "N", help_heading = "Argon2id",
          value_parser = value_parser!(u32).range(1..=255))]
    pub parallelism: Option<u32>,

    /// bcrypt: cost, the log2 of the rounds, 4 to 31 [default: 12].
    #[arg(long, value_name = "N", help_heading = "bcrypt",
          value_parser = value_parser!(u32).range(4..=31))]
    pub cost: Option<u32>,

    /// scrypt: log2 of N, the CPU/memory cost; memory is 128 * r * 2^N bytes [default: 17].
    #[arg(long, value_name = "N", help_heading = "scrypt",
          value_parser = value_parser!(u8).range(1..=25))]
    pub log_n: Option<u8>,

    /// scrypt: block size r [default: 8].
    #[arg(long, value_name = "R", help_heading = "scrypt",
          value_parser = value_parser!(u32).range(1..=64))]
    pub block_size: Option<u32>,

    /// sha512-crypt: rounds, 1000 to 999999999 [default: 5000].
    #[arg(long, value_name = "N", help_heading = "sha512-crypt",
          value_parser = value_parser!(u32).range(1000..=999_999_999))]
    pub rounds: Option<u32>,

    /// How to print the hash: the bare hash, or an htpasswd line `USER:HASH` (bcrypt $2y$).
    #[arg(long, value_enum, value_name = "FORMAT", default_value_t = HashFormat::Plain,
          help_heading = "Output")]
    pub format: HashFormat,

    /// With --format htpasswd: the user name (no ':' and no control characters).
    #[arg(long, value_name = "NAME", help_heading = "Output")]
    pub user: Option<String>,

    /// Escape the output for a file format: compose writes '$' as '$$' (docker-compose).
    #[arg(long, value_enum, value_name = "FORMAT", help_heading = "Output")]
    pub escape: Option<Escape>,
}

/// How `secrets hash` prints the hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HashFormat {
    /// The hash alone.
    Plain,
    /// `USER:HASH` for Apache and nginx basic auth, bcrypt $2y$ as `htpasswd -B` writes it.
    Htpasswd,
}

/// Escapes for file formats that give '$' a meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Escape {
    /// docker-compose: '$' is written '$$', so Compose does not interpolate it.
    Compose,
}

impl Escape {
    /// Writes `text` escaped for this format, without copying it (it may be a secret).
    pub fn write(self, w: &mut impl std::io::Write, text: &str) -> std::io::Result<()> {
        match self {
            Escape::Compose => {
                let mut parts = text.split('$');
                if let Some(first) = parts.next() {
                    w.write_all(first.as_bytes())?;
                }
                for part in parts {
                    w.write_all(b"$$")?;
                    w.write_all(part.as_bytes())?;
                }
                Ok(())
            }
        }
    }
}

/// Options of `secrets verify`.
#[derive(Debug, Clone, Args)]
pub struct VerifyArgs {
    /// Also exit 3 (and say why on stderr) when the password matches a hash weaker than the
    /// defaults of `secrets hash`.
    #[arg(long)]
    pub needs_rehash: bool,

    /// Say nothing on standard error when the password is wrong.
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Verify a hash you trust even if its work is above 64 times our default for its
    /// algorithm (the 4 GiB memory cap stays).
    #[arg(long)]
    pub allow_expensive: bool,

    /// The stored hash: $argon2id$..., $argon2i$..., $argon2d$..., $2b$..., $2a$..., $2y$...,
    /// $scrypt$..., $6$..., $5$..., $y$..., or an htpasswd line NAME:HASH
    #[arg(value_name = "HASH")]
    pub hash: String,

    /// Where to read the password: -, stdin, env:VAR, file:PATH, fd:N or pass:VALUE.
    #[arg(value_name = "SOURCE")]
    pub source: Option<String>,
}

/// Hash functions for HMAC and one-time passwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DigestName {
    /// SHA-256.
    Sha256,
    /// SHA-1.
    Sha1,
    /// SHA-512.
    Sha512,
}

impl DigestName {
    /// The engine's digest.
    pub fn digest(self) -> secrets_core::mac::Digest {
        match self {
            DigestName::Sha1 => secrets_core::mac::Digest::Sha1,
            DigestName::Sha256 => secrets_core::mac::Digest::Sha256,
            DigestName::Sha512 => secrets_core::mac::Digest::Sha512,
        }
    }
}

/// How `secrets hmac` prints the tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MacFormat {
    /// Lowercase hex.
    Hex,
    /// Standard base64 with padding.
    Base64,
    /// GitHub's webhook header form: sha256=<hex>.
    Github,
}

/// Options of `secrets hmac`.
#[derive(Debug, Clone, Args)]
pub struct HmacArgs {
    /// Where to read the key: env:VAR, file:PATH, fd:N, -, pass:VALUE.
    #[arg(short = 'k', long, value_name = "SOURCE")]
    pub key: String,

    /// The message file; - or absent for standard input.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,

    /// The hash function.
    #[arg(short = 'a', long, value_enum, default_value_t = DigestName::Sha256)]
    pub algorithm: DigestName,

    /// How to print the HMAC.
    #[arg(short = 'f', long, value_enum, default_value_t = MacFormat::Hex,
          conflicts_with = "verify")]
    pub format: MacFormat,

    /// Compare with SIG in constant time instead of printing: exit 0 if equal, 1 if not.
    ///
    /// A SIG of the right form and length that differs is exit 1 (and a note on standard
    /// error unless --quiet); an empty SIG, one of the wrong length or not hex or base64,
    /// or one for another algorithm (sha1=... with -a sha256) is malformed: exit 2.
    #[arg(long, value_name = "SIG")]
    pub verify: Option<String>,

    /// With --verify, say nothing on standard error when the signature is wrong.
    #[arg(short = 'q', long, requires = "verify")]
    pub quiet: bool,
}

/// Options of `secrets totp`.
#[derive(Debug, Clone, Args)]
pub struct TotpArgs {
    /// Where to read the base32 secret: env:VAR, file:PATH, fd:N, -, pass:VALUE
    /// [default: a line of standard input].
    #[arg(value_name = "SECRET-SOURCE")]
    pub source: Option<String>,

    /// Read an otpauth:// URI from SOURCE (it holds the secret) and take the secret, issuer,
    /// algorithm, digits, period (and an HOTP URI's counter) from it.
    #[arg(long, value_name = "SOURCE",
          conflicts_with_all = ["source", "new", "digits", "period", "algorithm"])]
    pub uri: Option<String>,

    /// Digits in each code.
    #[arg(short = 'd', long, value_name = "N", default_value_t = 6,
          value_parser = value_parser!(u32).range(6..=8))]
    pub digits: u32,

    /// Seconds each TOTP code is valid.
    #[arg(long, value_name = "SECONDS", default_value_t = 30, value_parser = positive)]
    pub period: u64,

    /// The HMAC hash function.
    #[arg(short = 'a', long, value_enum, default_value_t = DigestName::Sha1)]
    pub algorithm: DigestName,

    /// The code at TIME instead of now: Unix seconds or RFC 3339 (2009-02-13T23:31:30Z).
    #[arg(long = "at", visible_alias = "time", value_name = "TIME",
          value_parser = secrets_core::totp::time::parse_time, conflicts_with = "counter")]
    pub time: Option<u64>,

    /// The HOTP code (RFC 4226) for this counter instead of a TOTP code.
    #[arg(long, value_name = "N")]
    pub counter: Option<u64>,

    /// Check CODE instead of printing one: exit 0 if it is the code of a step within
    /// --window of now (of --counter and the steps after it for HOTP), 1 if not.
    #[arg(long, value_name = "CODE", conflicts_with_all = ["new", "remaining", "fresh"])]
    pub verify: Option<String>,

    /// With --verify: accept codes up to N steps before or after now (HOTP: N counters
    /// ahead). Every code in the window is compared, in constant time.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "verify",
          value_parser = value_parser!(u64).range(0..=secrets_core::totp::verify::MAX_WINDOW))]
    pub window: u64,

    /// Print the seconds left in the current step (1 to the period) instead of a code.
    #[arg(long, conflicts_with_all = ["new", "counter", "json"])]
    pub remaining: bool,

    /// If fewer than S seconds are left in the current step, wait for the next step and
    /// print its code (with --at, no waiting: the code of the next step).
    #[arg(long, value_name = "S", conflicts_with_all = ["new", "counter"],
          value_parser = value_parser!(u64).range(1..))]
    pub fresh: Option<u64>,

    /// Make a new 160-bit secret and print it with its otpauth:// URI (and a QR code on a
    /// terminal wide enough for it).
    #[arg(long, conflicts_with_all = ["source", "time", "counter"])]
    pub new: bool,

    /// With --new: the issuer shown by authenticator apps.
    #[arg(long, value_name = "NAME")]
    pub issuer: Option<String>,

    /// With --new: the account name shown by authenticator apps.
    #[arg(long, value_name = "NAME")]
    pub account: Option<String>,

    /// With --new: write the secret and URI (or the JSON) to FILE instead of standard output:
    /// created with mode 0600, atomically; no QR code is drawn.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// With --output, replace FILE if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,

    /// Print one JSON object: code, kind, counter, digits, algorithm, and for TOTP period, time
    /// and remaining_seconds (and issuer, account from --uri); with --verify match, offset and
    /// counter; with --new secret, uri, algorithm, digits, period, and issuer and account when
    /// given.
    #[arg(long)]
    pub json: bool,
}
