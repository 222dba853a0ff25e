//! The whole command line, defined once. `--help`, the man pages in `man/` and the shell
//! completions in `completions/` are all generated from these definitions.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum, value_parser};
use num_bigint::{BigInt, BigUint};

use crate::passphrase::MAX_WORDS;
use crate::secrets::MAX_INT_BITS;

use crate::policy::MAX_PASSWORD_LENGTH;

/// The commands whose exit status is an answer (0 means yes: equal, matches, good enough,
/// valid). For them `--help` and `--version` exit 2, never 0: an operand that is a received
/// value (`secrets verify "$HASH"`) must not turn into a "yes" by being `--help`.
pub const ANSWER_COMMANDS: &[&str] = &[
    "compare", "check", "verify", "hmac", "apikey", "totp", "env",
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

/// The largest magnitude of an `int` bound, as a message.
fn too_big() -> String {
    format!("must be at most 2^{MAX_INT_BITS} in magnitude")
}

/// Parses a whole number of any size (an `int --range` bound; may be negative).
fn big_int(s: &str) -> Result<BigInt, String> {
    let n: BigInt = s
        .parse()
        .map_err(|_| "must be a whole number, such as -5 or 100".to_string())?;
    if n.magnitude().bits() > MAX_INT_BITS + 1 {
        return Err(too_big());
    }
    Ok(n)
}

/// Parses a whole number of any size, at least 1 (an `int --below` bound).
fn big_positive(s: &str) -> Result<BigUint, String> {
    match big_int(s)?.to_biguint() {
        Some(n) if n.bits() > 0 => Ok(n),
        _ => Err("must be at least 1".into()),
    }
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
    match s.parse::<u64>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(_) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            Err(format!("must be at most {}", u64::MAX))
        }
        Err(_) => Err("must be a whole number of at least 1".into()),
    }
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

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Generate passwords from character classes, with exclusions and per-class minimums.
    #[command(
        mut_arg("json", |a| a.long_help(json_help("password"))),
        visible_alias = "pw",
        long_about = "Generate passwords, uniformly drawn from every string of the requested length \
over the alphabet that meets the per-class minimums.

By default the alphabet is the 94 printable ASCII characters (lowercase, uppercase, digits and \
the 32 symbols of Python's string.punctuation) and every password has at least one character \
of each class. Options remove classes or characters, replace the alphabet, or change the \
minimums; the draw stays exactly uniform over all strings that satisfy the result.

The length may be an operand, as pwgen takes it (`secrets password 32`); with -l as well it \
is a usage error. What cannot be meant is refused: --symbols with a letter or digit in it, \
or an alphabet of a single character (every password the same, 0 bits). \
--bits N (instead of --length) picks the shortest length whose exact entropy under the policy \
(log2 of the exact number of passwords it allows) is at least N bits; --entropy says which.",
        after_long_help = "\
Examples:
  secrets password                          20 characters, at least one of each class
  secrets password 32                       32 characters (the same as -l 32)
  secrets password -l 32 --no-symbols       letters and digits only
  secrets password -l 12 --no-ambiguous     nothing like 0/O, 1/l/I, | or quotes
  secrets password --min-digits 3 --min-symbols 0
                                            at least 3 digits, symbols optional
  secrets password --charset 'abcdef0123456789' -l 40
                                            an exact alphabet
  secrets password -n 1000 > passwords.txt  one password per line
  secrets password --entropy                also print the entropy in bits on stderr
  secrets password --bits 128 --entropy     the shortest password with at least 128 bits
                                            (20 characters by default: 130.93 bits)"
    )]
    Password(PasswordArgs),

    /// Diceware-style passphrases: words drawn uniformly from the EFF word lists or a file.
    #[command(
        mut_arg("json", |a| a.long_help(json_help("passphrase"))),
        visible_alias = "pp",
        long_about = "Generate diceware-style passphrases: each word is drawn uniformly and \
independently from a word list, and the words are joined by a separator.

The built-in lists are the EFF's: eff-large (7776 words, the default), eff-short (1296 short \
words) and eff-short2 (1296 words, each with a unique three-letter prefix). --wordlist also \
takes a file with one word per line (surrounding blanks trimmed, empty lines and duplicates \
dropped, diceware numbers such as 11111<TAB>word ignored); it needs at least 2 distinct words.

The entropy is exact: words * log2(list size), plus log2(10 * words) with --digit (one of \
10 digits appended to one of the words) and log2(10 * words) with --symbol (one of the 10 \
symbols !#$%&*+=?@ appended to one of the words). --capitalize first or all prints each word \
capitalised (words that then coincide count once); --capitalize random draws each word from \
the list's words and their capitalised forms, so a word adds one bit's worth of choices only \
where its capitalised form differs. --min-word-length and --max-word-length keep the words \
of those lengths. A list (after filtering) under 1,000 words is refused and under 4,000 \
words draws a warning: each word then adds under 10 or 12 bits. A default passphrase has 6 * log2(7776) = 77.55 bits. \
It is the entropy of the printed passphrase whenever the passphrase splits back into its \
words, which holds for the built-in lists with any non-empty separator without letters (and \
without digits, with --number); otherwise (an empty separator, one that occurs inside words, \
or digits in the words with --number) it is an upper bound, and --entropy says so.

--bits N (instead of --words) picks the fewest words whose exact entropy is at least N bits; \
it needs an exact entropy, so it refuses shapes whose entropy is only an upper bound.",
        after_long_help = "\
Examples:
  secrets passphrase                         six words, e.g. cosmic-unglazed-...
  secrets passphrase -w 8 -s ' '             eight words separated by spaces
  secrets passphrase 8                       eight words (the same as -w 8)
  secrets passphrase --capitalize --digit    e.g. Cosmic-Unglazed7-... (83.5 bits)
  secrets passphrase --capitalize random --digit --symbol   for picky forms, exact bits
  secrets passphrase --max-word-length 6     only words of up to 6 letters
  secrets passphrase --wordlist eff-short2 -w 7
  secrets passphrase --wordlist words.txt    your own list, one word per line
  secrets passphrase --entropy               also print the entropy in bits on stderr
  secrets passphrase --bits 64 --entropy     the fewest words for 64 bits (5: 64.62 bits)"
    )]
    Passphrase(PassphraseArgs),

    /// Random bytes as lowercase hex, like Python's secrets.token_hex().
    #[command(mut_arg("json", |a| a.long_help(json_help("token-hex"))), after_long_help = "\
Examples:
  secrets token-hex                 64 hex digits (32 bytes of entropy)
  secrets token-hex 16              32 hex digits
  secrets token-hex --bits 100      13 bytes (104 bits): --bits rounds up to whole bytes
  export SESSION_KEY=$(secrets token-hex)")]
    TokenHex(TokenArgs),

    /// Random bytes as unpadded base64url, like Python's secrets.token_urlsafe().
    #[command(mut_arg("json", |a| a.long_help(json_help("token-urlsafe"))), after_long_help = "\
Examples:
  secrets token-urlsafe             43 characters (32 bytes of entropy)
  secrets token-urlsafe 16          22 characters, e.g. for a password-reset link
  secrets token-urlsafe --bits 128 --entropy   16 bytes, and say so on stderr
  echo \"https://example.com/reset?token=$(secrets token-urlsafe)\"")]
    TokenUrlsafe(TokenArgs),

    /// Raw random bytes, like Python's secrets.token_bytes(); refuses to write to a terminal.
    #[command(after_long_help = "\
Examples:
  secrets token-bytes > key.bin               32 raw bytes
  secrets token-bytes 64 | base64             64 bytes, encoded by another tool
  secrets token-bytes 1048576 > random.bin    1 MiB")]
    TokenBytes(TokenBytesArgs),

    /// One-time verification codes: numeric and zero-padded, or unambiguous alphanumeric.
    #[command(
        mut_arg("json", |a| a.long_help(json_help("otp"))),
        long_about = "Generate one-time verification codes. Numeric codes are uniform over all \
10^N codes of N digits, leading zeros included; --alphanumeric codes use the 32 characters \
ABCDEFGHJKLMNPQRSTUVWXYZ23456789, which have no look-alikes (no 0/O, no 1/I).",
        after_long_help = "\
Examples:
  secrets otp                       6 digits, e.g. 042917
  secrets otp 8                     8 digits (the same as -l 8 or --digits 8)
  secrets otp --alphanumeric -l 10  e.g. 7KQ2MZ9XRH
  secrets otp --bits 20 --entropy   the fewest digits for 20 bits (7: 23.25 bits)"
    )]
    Otp(OtpArgs),

    /// Prefixed API keys (sk_live_...), optionally with GitHub's CRC32 checksum.
    #[command(
        mut_arg("json", |a| a.long_help(json_help("apikey"))),
        long_about = "Generate prefixed API keys: a prefix followed by random bytes in lowercase \
hex (--bytes N, default 32) or, with --encoding base62, enough characters of 0-9A-Za-z for at \
least N bytes of entropy.

--checksum makes keys in GitHub's documented token shape: the prefix, 30 random base62 \
characters and the 6-character base62 CRC32 (IEEE) of those 30 characters, left-padded with 0, \
so that secret scanners and servers can reject a mistyped key without a lookup. \
--verify SOURCE reads a key (from env:VAR, file:PATH, fd:N, - or pass:VALUE) and exits 0 \
if its checksum is valid, 1 if not, saying why on standard error (never the key) unless \
--quiet; with --prefix it must also start with that prefix.",
        after_long_help = "\
Examples:
  secrets apikey                        sk_live_ and 64 hex digits (32 bytes)
  secrets apikey --prefix pk_test_      another prefix
  secrets apikey --prefix '' --bytes 16 no prefix, 32 hex digits
  secrets apikey --encoding base62      sk_live_ and 43 base62 characters
  secrets apikey --bits 128 --encoding base62   the fewest base62 characters: 22
  secrets apikey --checksum --prefix ghp_   ghp_ + 30 random + 6 checksum characters
  secrets apikey --verify env:TOKEN     exit 0 if the checksum is valid
  export API_KEY=$(secrets apikey)"
    )]
    Apikey(ApikeyArgs),

    /// Random integers, like Python's secrets.randbelow() and randbits(), of any size.
    #[command(
        mut_arg("json", |a| a.long_help(json_help("int"))),
        long_about = "Print uniformly random integers in decimal, exactly unbiased and of any \
size up to 2^4096: --below N gives 0 <= x < N (Python's secrets.randbelow(N)), --range A B \
gives A <= x < B (randrange(A, B); A and B may be negative), --bits K gives 0 <= x < 2^K \
(secrets.randbits(K)). Exactly one of them is required.",
        after_long_help = "\
Examples:
  secrets int --below 6                 0 to 5, like secrets.randbelow(6)
  secrets int --range 1 7 -n 10         ten dice rolls, 1 to 6
  secrets int --range -5 5              -5 to 4
  secrets int --bits 256                a 256-bit number, like secrets.randbits(256)
  secrets int --below 1000000 --json    {\"secret\":\"...\",\"kind\":\"int\",...}"
    )]
    Int(IntArgs),

    /// Choose items uniformly at random, like Python's secrets.choice().
    #[command(
        mut_arg("json", |a| a.long_help(json_help("choice"))),
        long_about = "Print one uniformly chosen item per line, like Python's \
secrets.choice(). The items are the arguments; with no ITEM, or an ITEM of -, they are the \
lines of standard input. Empty items are ignored and repeated items count once, so every \
distinct item is equally likely. --unique draws without replacement: the --count items are \
all different (a uniformly random selection in uniformly random order).",
        after_long_help = "\
Examples:
  secrets choice heads tails                one of the two
  secrets choice -n 3 red green blue        three independent draws
  secrets choice --unique -n 3 < names.txt  three different lines of names.txt
  ls | secrets choice                       a random file name
  secrets choice --unique -n 52 -- $(cat deck.txt)
                                            a shuffled deck"
    )]
    Choice(ChoiceArgs),

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
zxcvbn looks at the first 100 characters only.",
        after_long_help = "\
Examples:
  secrets check                          type the password at a prompt (no echo)
  secrets check env:DB_PASSWORD          exit 0 if $DB_PASSWORD is good enough
  secrets check file:pw.txt --min-score 4 --min-length 16
  secrets check --json < pw.txt          the estimate as JSON
  secrets password | secrets check       a generated password passes"
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

    /// Random UUIDs: version 4 (122 random bits), or time-ordered version 7. Not secrets.
    #[command(
        long_about = "Print random UUIDs (RFC 9562), lowercase and hyphenated: version 4 by \
default (122 random bits), or with --v7 version 7 (a 48-bit millisecond UNIX timestamp, then \
74 random bits), which sorts by creation time to the millisecond.

IDs are not secrets: they identify, they do not authenticate, and a UUIDv7 reveals when it \
was made. They come from the same CSPRNG as every secret, exactly uniform, and stream with \
-n as fast as passwords. UUIDs made within one millisecond are ordered randomly.",
        after_long_help = "\
Examples:
  secrets uuid                   e.g. 3b241101-e2bb-4255-8caf-4136c566a962
  secrets uuid --v7 -n 3         three time-ordered UUIDs
  secrets uuid -n 1000000 > ids.txt
  secrets uuid --json            {\"secret\":\"...\",\"kind\":\"uuid\",...}"
    )]
    Uuid(UuidArgs),

    /// Random ULIDs: a millisecond timestamp and 80 random bits, in Crockford base32.
    #[command(
        long_about = "Print ULIDs (github.com/ulid/spec): 26 characters of Crockford base32, a \
48-bit millisecond UNIX timestamp followed by 80 random bits, so they sort by creation time \
to the millisecond. IDs made within one millisecond are ordered randomly (no monotonic \
counter, so each keeps its 80 bits).

IDs are not secrets, and a ULID reveals when it was made; the random part comes from the same \
CSPRNG as every secret.",
        after_long_help = "\
Examples:
  secrets ulid                   e.g. 01HF7YAT00X5R9ZC3MJ8W6QK2E
  secrets ulid -n 10             ten ULIDs
  secrets ulid --json"
    )]
    Ulid(UlidArgs),

    /// Nano IDs: short URL-safe IDs, each character exactly uniform over the alphabet.
    #[command(
        long_about = "Print Nano IDs: --size characters (default 21) from --alphabet (default \
A-Za-z0-9_-, Nano ID's 64 URL-safe characters), every character drawn exactly uniformly, so \
an ID has exactly size * log2(alphabet size) bits (126 by default).

IDs are not secrets, but they come from the same CSPRNG as every secret. The alphabet must \
have at least 2 characters, each listed once, and no control characters.",
        after_long_help = "\
Examples:
  secrets nanoid                         e.g. V1StGXR8_Z5jdHi6B-myT
  secrets nanoid --size 10 -n 5
  secrets nanoid --alphabet 0123456789abcdef --size 12
  secrets nanoid --json                  with length, alphabet size and entropy"
    )]
    Nanoid(NanoidArgs),
    /// Fill, check and rotate the secrets of a .env file from a template.
    #[command(
        subcommand,
        long_about = "Manage the secrets of a .env file: `fill` writes it from a committed \
template whose `# secrets: GENERATOR ARGS` comments say how each value is generated, `check` \
is a gate for CI and pre-commit hooks, `rotate` regenerates named keys.

Values are never printed: the commands say on standard error which keys they filled, kept, \
rotated or left empty. Files are written atomically with mode 0600.",
        after_long_help = "\
Examples:
  secrets env fill .env.example                 write .env beside the template
  secrets env check .env --template .env.example
  secrets env rotate .env API_KEY --keep-previous"
    )]
    Env(EnvCommand),

    /// Run a command with the variables of .env files in its environment.
    #[command(
        long_about = "Run COMMAND (executed directly, without a shell) with the variables of \
each --env-file added to its environment (default: .env), so secrets never pass through \
shell history or `export`. Values from the files replace inherited variables of the same \
name; later files win. Standard input, the exit status (128+N for a death by signal N, as \
shells report it) and the signals INT, TERM and HUP pass through.

With --mask, COMMAND's standard output and error pass through the redactor of `secrets \
redact`, every value of at least 6 bytes (and its encodings) replaced by ***; without it, \
COMMAND keeps the terminal.",
        after_long_help = "\
Examples:
  secrets run -- ./server                      with the variables of .env
  secrets run --env-file .env.ci --mask -- ./deploy.sh
  secrets run --env-file base.env --env-file local.env -- npm test"
    )]
    Run(RunArgs),

    /// Mask secrets in a stream (stdin to stdout), with their base64, hex and URL encodings.
    #[command(
        long_about = "Copy standard input to standard output with every secret replaced by \
*** (or <redacted:NAME> with --label), for logs. The secrets are read from SOURCEs (env:VAR, \
file:PATH, fd:N, -, pass:VALUE) and from the values of --env-file files. Each is also masked \
in its common encodings: base64 and base64url (at any alignment, so inside a longer encoded \
text such as a Basic Authorization header), lowercase and uppercase hex, and URL encoding.

Memory stays bounded however long the stream; a secret split across two reads is still \
masked. Output is line-buffered on a terminal or with --line-buffered, so live logs stay \
live. Secrets shorter than 6 bytes are refused (masking `a` destroys a log) unless \
--allow-short is given.

--detect also masks credentials whose format is public and checkable: checksummed keys of \
`secrets apikey --checksum` and GitHub tokens (CRC32 verified), AWS access key ids, PEM \
private key blocks and JWTs.",
        after_long_help = "\
Examples:
  ./deploy.sh 2>&1 | secrets redact --env-file .env
  tail -f app.log | secrets redact env:DB_PASSWORD env:API_KEY --label
  secrets redact --detect < build.log > build.clean.log"
    )]
    Redact(RedactArgs),

    /// Print a shell completion script (bash, zsh, fish, powershell, elvish, nushell).
    #[command(after_long_help = "\
Examples:
  secrets completions bash > ~/.local/share/bash-completion/completions/secrets
  secrets completions zsh > ~/.zfunc/_secrets
  secrets completions fish > ~/.config/fish/completions/secrets.fish")]
    Completions {
        /// The shell to complete for.
        #[arg(value_enum)]
        shell: CompletionShell,
    },
}

/// Shells we print completion scripts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompletionShell {
    /// GNU Bash.
    Bash,
    /// Z shell.
    Zsh,
    /// fish.
    Fish,
    /// PowerShell.
    Powershell,
    /// Elvish.
    Elvish,
    /// Nushell.
    Nushell,
}

/// Where and how secrets are written; shared by every generator.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Output")]
pub struct OutputArgs {
    /// Generate N secrets, one per line.
    #[arg(short = 'n', long, value_name = "N", default_value_t = 1,
          value_parser = positive)]
    pub count: u64,

    /// Print JSON Lines: one object per secret with its kind, parameters and entropy.
    #[arg(long)]
    pub json: bool,

    /// Write to FILE instead of standard output: created with mode 0600, atomically.
    ///
    /// The secrets go to a new temporary file in FILE's directory (mode 0600 from the start),
    /// which is then renamed to FILE. An existing FILE is refused unless --force is given; a
    /// symbolic link at FILE is never followed.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// With --output, replace FILE if it exists.
    #[arg(long, requires = "output")]
    pub force: bool,

    /// Do not end the output with a newline (a single secret only).
    #[arg(long)]
    pub no_newline: bool,

    /// Escape each secret for a file format: compose writes '$' as '$$' (docker-compose).
    #[arg(long, value_enum, value_name = "FORMAT", conflicts_with = "json")]
    pub escape: Option<Escape>,

    /// Copy the secret to the clipboard instead of printing it; cleared after a timeout.
    ///
    /// Nothing is printed on standard output. The command returns at once and the secret
    /// stays pasteable; after --clip-timeout seconds it is cleared, but only if the clipboard
    /// still holds it (something copied meanwhile is left alone). Clipboard managers are asked
    /// not to record it (x-kde-passwordManagerHint). Needs an X11 or Wayland session.
    #[arg(short = 'c', long, conflicts_with_all = ["json", "output", "no_newline"])]
    pub clip: bool,

    /// With --clip, clear the clipboard after SECONDS, at most 86400 (0: never clear)
    /// [default: $SECRETS_CLIP_TIMEOUT, else 45].
    ///
    /// SECRETS_CLIP_TIMEOUT is read only with --clip, and a bad value there is an error.
    #[arg(long, value_name = "SECONDS", requires = "clip",
          value_parser = value_parser!(u64).range(0..=crate::clipboard::MAX_CLIP_TIMEOUT))]
    pub clip_timeout: Option<u64>,

    /// In GitHub Actions: write the secret to $GITHUB_OUTPUT as output NAME, not to stdout.
    ///
    /// The value is written in the multi-line form with a random delimiter that does not
    /// occur in it, after `::add-mask::VALUE` lines on standard output so that the runner
    /// masks it before it can appear in a log. Outside Actions (no $GITHUB_OUTPUT) this is an
    /// error.
    #[arg(long, value_name = "NAME", help_heading = "CI",
          conflicts_with_all = ["json", "output", "clip", "no_newline", "github_env"])]
    pub github_output: Option<String>,

    /// In GitHub Actions: write the secret to $GITHUB_ENV as variable NAME, not to stdout.
    ///
    /// As --github-output, for the environment of the job's later steps.
    #[arg(long, value_name = "NAME", help_heading = "CI",
          conflicts_with_all = ["json", "output", "clip", "no_newline"])]
    pub github_env: Option<String>,

    /// When $GITHUB_ACTIONS is true, print `::add-mask::SECRET` on standard error first.
    ///
    /// Each secret line is registered with the runner (which reads workflow commands from
    /// both streams) before it is written, so a value captured with $(...) and printed later
    /// is masked. Standard output still carries only the secrets. Elsewhere it does nothing.
    #[arg(long, help_heading = "CI", conflicts_with_all = ["json", "clip"])]
    pub mask: bool,

    /// Set by `env fill` to take the secret in memory; never from the command line.
    #[arg(skip)]
    pub capture: Option<crate::collect::Capture>,
}

/// Options of `secrets password`.
#[derive(Debug, Clone, Args)]
pub struct PasswordArgs {
    /// Leave out lowercase letters (a-z).
    #[arg(long, help_heading = "Character set")]
    pub no_lower: bool,

    /// Leave out uppercase letters (A-Z).
    #[arg(long, help_heading = "Character set")]
    pub no_upper: bool,

    /// Leave out digits (0-9).
    #[arg(long, help_heading = "Character set")]
    pub no_digits: bool,

    /// Leave out symbols (the 32 ASCII punctuation characters).
    #[arg(long, conflicts_with = "symbols", help_heading = "Character set")]
    pub no_symbols: bool,

    /// Use SET as the symbols instead of the 32 ASCII punctuation characters.
    #[arg(long, value_name = "SET", help_heading = "Character set")]
    pub symbols: Option<String>,

    /// Use exactly these characters as the alphabet (duplicates removed; any Unicode).
    ///
    /// The characters are classed by kind for the minimums: lowercase, uppercase, digits,
    /// and everything else as symbols. Each must print as one character on its own: control
    /// characters and code points that join their neighbours (combining accents, emoji
    /// modifiers, joiners) are refused; write accented letters precomposed (NFC).
    #[arg(long, value_name = "CHARS", help_heading = "Character set",
          conflicts_with_all = ["no_lower", "no_upper", "no_digits", "no_symbols", "symbols"])]
    pub charset: Option<String>,

    /// Remove these characters from the alphabet.
    #[arg(
        short = 'x',
        long,
        value_name = "CHARS",
        default_value = "",
        hide_default_value = true,
        help_heading = "Character set"
    )]
    pub exclude: String,

    /// Remove look-alike characters: 0 O o 1 l I | ' " `
    #[arg(long, help_heading = "Character set")]
    pub no_ambiguous: bool,

    /// Number of characters in each password.
    #[arg(short = 'l', long, value_name = "N", default_value_t = 20,
          value_parser = value_parser!(u64).range(1..=MAX_PASSWORD_LENGTH as u64),
          help_heading = "Policy")]
    pub length: u64,

    /// The length as an operand, as pwgen takes it: `secrets password 32` is `-l 32`.
    #[arg(value_name = "LENGTH", conflicts_with = "length",
          value_parser = value_parser!(u64).range(1..=MAX_PASSWORD_LENGTH as u64))]
    pub length_operand: Option<u64>,

    /// Size by entropy: the shortest length whose exact entropy is at least N bits.
    #[arg(long, value_name = "N", conflicts_with_all = ["length", "length_operand"],
          value_parser = value_parser!(u64).range(1..=crate::bits::MAX_BITS),
          help_heading = "Policy")]
    pub bits: Option<u64>,

    /// At least N lowercase letters [default: 1 if the alphabet has any].
    #[arg(long, value_name = "N", help_heading = "Policy")]
    pub min_lower: Option<usize>,

    /// At least N uppercase letters [default: 1 if the alphabet has any].
    #[arg(long, value_name = "N", help_heading = "Policy")]
    pub min_upper: Option<usize>,

    /// At least N digits [default: 1 if the alphabet has any].
    #[arg(long, value_name = "N", help_heading = "Policy")]
    pub min_digits: Option<usize>,

    /// At least N symbols [default: 1 if the alphabet has any].
    #[arg(long, value_name = "N", help_heading = "Policy")]
    pub min_symbols: Option<usize>,

    /// Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr.
    #[arg(long, help_heading = "Output")]
    pub entropy: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

impl PasswordArgs {
    /// The length asked for, by operand or by --length (never both: clap refuses that).
    pub fn length(&self) -> u64 {
        self.length_operand.unwrap_or(self.length)
    }
}

impl OtpArgs {
    /// The length asked for, by operand or by --length (never both: clap refuses that).
    pub fn length(&self) -> u64 {
        self.length_operand.unwrap_or(self.length)
    }
}

impl PassphraseArgs {
    /// The number of words asked for, by operand or by --words (never both).
    pub fn words(&self) -> u64 {
        self.words_operand.unwrap_or(self.words)
    }
}

/// Options of the text token commands.
#[derive(Debug, Clone, Args)]
pub struct TokenArgs {
    /// Bytes of entropy in each token.
    #[arg(value_name = "NBYTES", default_value_t = 32, value_parser = positive,
          allow_negative_numbers = true)]
    pub nbytes: u64,

    /// Size by entropy: the shortest token (whole bytes) whose exact entropy is at least N bits.
    #[arg(long, value_name = "N", conflicts_with = "nbytes",
          value_parser = value_parser!(u64).range(1..=crate::bits::MAX_BITS))]
    pub bits: Option<u64>,

    /// Also print "entropy: X bits" and the size chosen on stderr.
    #[arg(long, help_heading = "Output")]
    pub entropy: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Options of `secrets token-bytes`.
#[derive(Debug, Clone, Args)]
pub struct TokenBytesArgs {
    /// Number of random bytes.
    #[arg(value_name = "NBYTES", default_value_t = 32, value_parser = positive,
          allow_negative_numbers = true)]
    pub nbytes: u64,

    /// Write NBYTES N times (N*NBYTES bytes in all, no separators).
    #[arg(short = 'n', long, value_name = "N", default_value_t = 1,
          value_parser = positive, help_heading = "Output")]
    pub count: u64,

    /// Write to FILE instead of standard output: created with mode 0600, atomically.
    #[arg(short = 'o', long, value_name = "FILE", help_heading = "Output")]
    pub output: Option<PathBuf>,

    /// With --output, replace FILE if it exists.
    #[arg(long, requires = "output", help_heading = "Output")]
    pub force: bool,

    /// Refused: the clipboard holds text, not raw bytes (use token-hex or token-urlsafe).
    #[arg(short = 'c', long, hide = true)]
    pub clip: bool,
}

/// Options of `secrets otp`.
#[derive(Debug, Clone, Args)]
pub struct OtpArgs {
    /// Number of characters in each code.
    #[arg(short = 'l', long, visible_alias = "digits", value_name = "N", default_value_t = 6,
          value_parser = value_parser!(u64).range(1..=MAX_PASSWORD_LENGTH as u64))]
    pub length: u64,

    /// The length as an operand: `secrets otp 8` is `-l 8`.
    #[arg(value_name = "LENGTH", conflicts_with = "length",
          value_parser = value_parser!(u64).range(1..=MAX_PASSWORD_LENGTH as u64))]
    pub length_operand: Option<u64>,

    /// Size by entropy: the shortest code whose exact entropy is at least N bits.
    #[arg(long, value_name = "N", conflicts_with_all = ["length", "length_operand"],
          value_parser = value_parser!(u64).range(1..=crate::bits::MAX_BITS))]
    pub bits: Option<u64>,

    /// Also print "entropy: X bits" and the size chosen on stderr.
    #[arg(long, help_heading = "Output")]
    pub entropy: bool,

    /// Use uppercase letters and digits without look-alikes: ABCDEFGHJKLMNPQRSTUVWXYZ23456789.
    #[arg(long)]
    pub alphanumeric: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Encodings of an API key's random part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeyEncoding {
    /// Lowercase hex, two characters per byte.
    Hex,
    /// 0-9A-Za-z, each character exactly uniform.
    Base62,
}

/// Options of `secrets apikey`.
#[derive(Debug, Clone, Args)]
pub struct ApikeyArgs {
    /// Text before the random part; only A-Z, a-z, 0-9, '_' and '-' (may be empty)
    /// [default: sk_live_].
    #[arg(long, value_name = "P")]
    pub prefix: Option<String>,

    /// Bytes of entropy in the random part.
    #[arg(long, value_name = "N", default_value_t = 32,
          value_parser = value_parser!(u64).range(1..=1024 * 1024))]
    pub bytes: u64,

    /// How the random part is written [default: hex; base62 with --checksum].
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<KeyEncoding>,

    /// GitHub's token shape: 30 random base62 characters and a 6-character CRC32 checksum.
    #[arg(long, conflicts_with = "bytes")]
    pub checksum: bool,

    /// Size by entropy: the shortest random part (hex: whole bytes; base62: characters) whose exact entropy is at least N bits.
    #[arg(long, value_name = "N", conflicts_with_all = ["bytes", "checksum"],
          value_parser = value_parser!(u64).range(1..=crate::bits::MAX_BITS))]
    pub bits: Option<u64>,

    /// Also print "entropy: X bits" and the size chosen on stderr.
    #[arg(long, help_heading = "Output")]
    pub entropy: bool,

    /// With --verify, say nothing on standard error when the key is invalid.
    #[arg(short = 'q', long, requires = "verify")]
    pub quiet: bool,

    /// Check the checksum of the key read from SOURCE: exit 0 if valid, 1 if not (and why,
    /// on standard error).
    #[arg(long, value_name = "SOURCE",
          conflicts_with_all = ["bytes", "encoding", "checksum", "count", "json", "output",
                                "force", "no_newline", "clip", "bits", "entropy"])]
    pub verify: Option<String>,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
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

/// Options of `secrets passphrase`.
#[derive(Debug, Clone, Args)]
pub struct PassphraseArgs {
    /// Number of words in each passphrase.
    #[arg(short = 'w', long, value_name = "N", default_value_t = 6,
          value_parser = value_parser!(u64).range(1..=MAX_WORDS),
          help_heading = "Passphrase")]
    pub words: u64,

    /// The number of words as an operand: `secrets passphrase 8` is `-w 8`.
    #[arg(value_name = "WORDS", conflicts_with = "words",
          value_parser = value_parser!(u64).range(1..=MAX_WORDS))]
    pub words_operand: Option<u64>,

    /// Size by entropy: the shortest number of words whose exact entropy is at least N bits.
    #[arg(long, value_name = "N", conflicts_with_all = ["words", "words_operand"],
          value_parser = value_parser!(u64).range(1..=crate::bits::MAX_BITS),
          help_heading = "Passphrase")]
    pub bits: Option<u64>,

    /// Text between the words (may be empty).
    #[arg(
        short = 's',
        long,
        value_name = "SEP",
        default_value = "-",
        allow_hyphen_values = true,
        help_heading = "Passphrase"
    )]
    pub separator: String,

    /// Capitalise words: none, first (a bare --capitalize), all, or random (each word or its
    /// capitalised form, uniformly).
    #[arg(long, value_enum, value_name = "HOW", num_args = 0..=1, default_value = "none",
          default_missing_value = "first", help_heading = "Passphrase")]
    pub capitalize: crate::passphrase::Capitalize,

    /// Append one random digit to one randomly chosen word (adds log2(10 * words) bits).
    #[arg(long = "digit", visible_alias = "number", help_heading = "Passphrase")]
    pub number: bool,

    /// Append one random symbol (one of !#$%&*+=?@) to one randomly chosen word (adds
    /// log2(10 * words) bits).
    #[arg(long, help_heading = "Passphrase")]
    pub symbol: bool,

    /// Use only the list's words of at least N characters.
    #[arg(long, value_name = "N", help_heading = "Passphrase")]
    pub min_word_length: Option<usize>,

    /// Use only the list's words of at most N characters.
    #[arg(long, value_name = "N", help_heading = "Passphrase")]
    pub max_word_length: Option<usize>,

    /// The word list: eff-large, eff-short, eff-short2, or a file with one word per line.
    #[arg(
        long,
        value_name = "NAME|FILE",
        default_value = "eff-large",
        value_hint = clap::ValueHint::FilePath,
        help_heading = "Passphrase"
    )]
    pub wordlist: String,

    /// Also print "entropy: X bits" (log2 of the number of possible passphrases) on stderr.
    #[arg(long, help_heading = "Output")]
    pub entropy: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Options of `secrets int`.
#[derive(Debug, Clone, Args)]
#[command(group(ArgGroup::new("bounds").required(true).args(["below", "range", "bits"])))]
pub struct IntArgs {
    /// A uniform integer 0 <= x < N, like Python's secrets.randbelow(N).
    #[arg(long, value_name = "N", value_parser = big_positive, allow_negative_numbers = true,
          help_heading = "Range")]
    pub below: Option<BigUint>,

    /// A uniform integer A <= x < B, like Python's randrange(A, B); A and B may be negative.
    #[arg(long, num_args = 2, value_names = ["A", "B"], allow_negative_numbers = true,
          value_parser = big_int, help_heading = "Range")]
    pub range: Option<Vec<BigInt>>,

    /// A uniform integer 0 <= x < 2^K (K random bits), like Python's secrets.randbits(K).
    #[arg(long, value_name = "K", value_parser = value_parser!(u64).range(0..=MAX_INT_BITS),
          help_heading = "Range")]
    pub bits: Option<u64>,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Options of `secrets choice`.
#[derive(Debug, Clone, Args)]
pub struct ChoiceArgs {
    /// The items to choose from [default: the lines of standard input, as with -].
    #[arg(value_name = "ITEM")]
    pub items: Vec<String>,

    /// Draw without replacement: the --count items are all different.
    #[arg(short = 'u', long)]
    pub unique: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
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

    /// Print the verdict and the estimate as one JSON object.
    ///
    /// Fields: "ok", "score", "guesses_log10", "length", "common", "min_length",
    /// "min_score", "crack_times", "warning", "suggestions", "reasons".
    #[arg(long)]
    pub json: bool,
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
    pub fn digest(self) -> crate::mac::Digest {
        match self {
            DigestName::Sha1 => crate::mac::Digest::Sha1,
            DigestName::Sha256 => crate::mac::Digest::Sha256,
            DigestName::Sha512 => crate::mac::Digest::Sha512,
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
          value_parser = crate::totp::time::parse_time, conflicts_with = "counter")]
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
          value_parser = value_parser!(u64).range(0..=crate::totp::verify::MAX_WINDOW))]
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

/// Kinds of `secrets keygen`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KeyKind {
    /// A WireGuard private key (wg genkey).
    Wireguard,
    /// A WireGuard preshared key (wg genpsk).
    #[value(alias = "psk")]
    WireguardPsk,
    /// An age X25519 identity (age-keygen).
    Age,
    /// An OpenSSH Ed25519 key pair (ssh-keygen -t ed25519).
    SshEd25519,
}

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
    pub framework: Option<crate::keys::framework::Framework>,

    /// Print the presets and their formats.
    #[arg(long, conflicts_with = "framework")]
    pub list: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Options of `secrets uuid`.
#[derive(Debug, Clone, Args)]
pub struct UuidArgs {
    /// Version 7: a millisecond timestamp, then 74 random bits (sorts by time).
    #[arg(long)]
    pub v7: bool,

    /// Version 4: 122 random bits (the default).
    #[arg(long, conflicts_with = "v7")]
    pub v4: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Options of `secrets ulid`.
#[derive(Debug, Clone, Args)]
pub struct UlidArgs {
    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Options of `secrets nanoid`.
#[derive(Debug, Clone, Args)]
pub struct NanoidArgs {
    /// Characters in each ID.
    #[arg(long, value_name = "N", default_value_t = crate::ids::NANOID_SIZE as u64,
          value_parser = value_parser!(u64).range(1..=MAX_PASSWORD_LENGTH as u64))]
    pub size: u64,

    /// The characters to draw from, each listed once [default: A-Za-z0-9_-].
    #[arg(long, value_name = "CHARS")]
    pub alphabet: Option<String>,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// The subcommands of `secrets env`.
#[derive(Debug, Subcommand)]
pub enum EnvCommand {
    /// Write a .env file from a template, generating the values its comments ask for.
    #[command(
        long_about = "Write FILE (default: .env beside TEMPLATE) from TEMPLATE, a dotenv file such \
as .env.example. A comment line `# secrets: GENERATOR ARGS` generates the value of the key \
below it with that command line of this tool (e.g. `# secrets: password -l 32 --no-symbols`); \
--spec KEY='GENERATOR ARGS' does the same from the command line. Output options (-o, --clip, \
--json, -n, --github-*) are refused.

FILE keeps the template's comments and order and is written atomically with mode 0600. Keys \
already set in FILE keep their value, so running fill twice changes nothing and a key added \
to the template later is filled on the next run. Keys without a generator keep the \
template's value, or stay empty and are reported. Keys of FILE that the template lacks are \
kept at the end.

Each format is a dialect with an exact set of values it carries, so every value reads back \
byte for byte: --format dotenv (the default; python-dotenv, Node's dotenv, Docker Compose \
env_file) writes KEY='VALUE' and carries every printable character except ' and \\, and not \
$ together with { (python-dotenv expands ${...} even in single quotes); --format shell \
(sourced by sh or bash, e.g. `set -a; . ./.env`) carries every printable character. A \
generator whose alphabet could produce a value the format cannot carry is refused before \
anything is generated, naming the characters to exclude (-x). The symbols \
!#%&()*+,-./:;<=>?@[]^_|~ are carried by every format: `password --symbols \
'!#%&()*+,-./:;<=>?@[]^_|~'`.",
        after_long_help = "\
Examples:
  secrets env fill .env.example                 .env beside it
  secrets env fill .env.example -o .env.local
  secrets env fill .env.example --spec 'SESSION_KEY=token-hex 32'
  secrets env fill deploy.env.example --format shell -o deploy.env

A template:
  # secrets: password -l 32 -x \"'\\\\$\"
  DB_PASSWORD=
  # secrets: apikey --prefix sk_test_ --checksum
  API_KEY=
  DB_HOST=localhost"
    )]
    Fill(EnvFillArgs),

    /// Check a .env file: keys set, no placeholders or common passwords, private, git-ignored.
    #[command(
        long_about = "A gate for CI and pre-commit hooks: exit 0 if FILE is fine, 1 with one \
reason per line on standard output (key names, never values) if a key of the template is \
missing or empty, a value is still a placeholder (changeme, TODO, xxx, <...>, or the \
template's own example value), a secret's value is a common password, FILE is readable by \
group or others, or FILE (inside a git work tree) is tracked by git or not git-ignored.

The template defaults to FILE.example when it exists. Common passwords are looked for in the \
keys with a generator and the keys whose name says secret (PASSWORD, SECRET, TOKEN, KEY, \
PASS, PWD, CREDENTIAL, AUTH).",
        after_long_help = "\
Examples:
  secrets env check .env                      with .env.example when it exists
  secrets env check .env --template config/.env.example"
    )]
    Check(EnvCheckArgs),

    /// Regenerate keys of a .env file with their recorded generators, atomically.
    #[command(
        long_about = "Regenerate the named keys of FILE with their generator, recorded in FILE's \
own `# secrets:` comments (fill copies them from the template), in --template, or given with \
--spec; a key without one is an error (exit 2). FILE is replaced atomically (mode 0600). \
--keep-previous also writes KEY_PREVIOUS with the old value, so services can accept both \
during a grace period.",
        after_long_help = "\
Examples:
  secrets env rotate .env API_KEY
  secrets env rotate .env JWT_SECRET SESSION_KEY --keep-previous
  secrets env rotate .env DB_PASSWORD --spec 'DB_PASSWORD=password -l 40 --no-symbols'"
    )]
    Rotate(EnvRotateArgs),
}

/// File formats of `env fill` and `env rotate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EnvFormat {
    /// Single-quoted values, for python-dotenv, the Node dotenv package and Docker Compose.
    //
    // (No quote characters in these two lines: they become fish completion strings.)
    Dotenv,
    /// Single-quoted values with shell-escaped quotes, for sh and bash (set -a; . ./.env).
    Shell,
}

/// Extra escaping of written values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EnvEscape {
    /// Write $ as $$, for values that Docker Compose interpolates.
    Compose,
}

/// Options of `secrets env fill`.
#[derive(Debug, Clone, Args)]
pub struct EnvFillArgs {
    /// The template, e.g. .env.example.
    #[arg(value_name = "TEMPLATE")]
    pub template: PathBuf,

    /// The file to write [default: .env beside TEMPLATE].
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Generate KEY with SPEC, a generator command line (overrides the template's comment).
    #[arg(long, value_name = "KEY=SPEC")]
    pub spec: Vec<String>,

    /// The dialect of the written values.
    #[arg(long, value_enum, default_value_t = EnvFormat::Dotenv)]
    pub format: EnvFormat,

    /// Escape values for a consumer that interpolates them.
    #[arg(long, value_enum, value_name = "CONSUMER")]
    pub escape: Option<EnvEscape>,
}

/// Options of `secrets env check`.
#[derive(Debug, Clone, Args)]
pub struct EnvCheckArgs {
    /// The .env file to check.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The template whose keys FILE must set [default: FILE.example if it exists].
    #[arg(long, value_name = "TEMPLATE")]
    pub template: Option<PathBuf>,
}

/// Options of `secrets env rotate`.
#[derive(Debug, Clone, Args)]
pub struct EnvRotateArgs {
    /// The .env file to update.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The keys to regenerate.
    #[arg(value_name = "KEY", required = true)]
    pub keys: Vec<String>,

    /// Also write KEY_PREVIOUS with the old value.
    #[arg(long)]
    pub keep_previous: bool,

    /// A template whose `# secrets:` comments give generators [default: FILE.example if it
    /// exists].
    #[arg(long, value_name = "TEMPLATE")]
    pub template: Option<PathBuf>,

    /// Generate KEY with SPEC, a generator command line.
    #[arg(long, value_name = "KEY=SPEC")]
    pub spec: Vec<String>,

    /// The dialect of the written values.
    #[arg(long, value_enum, default_value_t = EnvFormat::Dotenv)]
    pub format: EnvFormat,

    /// Escape values for a consumer that interpolates them.
    #[arg(long, value_enum, value_name = "CONSUMER")]
    pub escape: Option<EnvEscape>,
}

/// Options of `secrets run`.
#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// Add the variables of FILE (repeatable; later files win) [default: .env].
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,

    /// Pass COMMAND's stdout and stderr through the redactor, masking every value.
    #[arg(long)]
    pub mask: bool,

    /// With --mask, write <redacted:KEY> instead of ***.
    #[arg(long, requires = "mask")]
    pub label: bool,

    /// The command and its arguments (after --).
    #[arg(value_name = "COMMAND", required = true, num_args = 1.., trailing_var_arg = true,
          allow_hyphen_values = true)]
    pub command: Vec<std::ffi::OsString>,
}

/// Options of `secrets redact`.
#[derive(Debug, Clone, Args)]
pub struct RedactArgs {
    /// Secrets to mask: env:VAR, file:PATH, fd:N, pass:VALUE.
    #[arg(value_name = "SOURCE")]
    pub sources: Vec<String>,

    /// Also mask every value of FILE (repeatable).
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,

    /// Also mask checkable credentials by pattern (checksummed keys, GitHub tokens, AWS key
    /// ids, PEM private keys, JWTs).
    #[arg(long)]
    pub detect: bool,

    /// Write <redacted:NAME> (the variable, key or pattern) instead of ***.
    #[arg(long)]
    pub label: bool,

    /// Flush after each line, even when standard output is not a terminal.
    #[arg(long)]
    pub line_buffered: bool,

    /// Accept secrets shorter than 6 bytes.
    #[arg(long)]
    pub allow_short: bool,
}

/// The command families, in the order `secrets --help` lists them. Every subcommand is in
/// exactly one family (a unit test checks it), so the help shows the tool's architecture.
pub const FAMILIES: &[(&str, &[&str])] = &[
    (
        "Generate",
        &[
            "password",
            "passphrase",
            "token-hex",
            "token-urlsafe",
            "token-bytes",
            "otp",
            "apikey",
            "int",
            "choice",
            "uuid",
            "ulid",
            "nanoid",
        ],
    ),
    (
        "Read and verify",
        &["compare", "check", "hash", "verify", "hmac", "totp"],
    ),
    ("Keys", &["keygen", "key"]),
    ("Environment and CI", &["env", "run", "redact"]),
    ("Shell", &["completions"]),
];

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
    for (family, names) in FAMILIES {
        let present: Vec<&clap::Command> = names
            .iter()
            .filter_map(|n| cmd.get_subcommands().find(|c| c.get_name() == *n))
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
            let homes = FAMILIES
                .iter()
                .filter(|(_, names)| names.contains(&sub.get_name()))
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
