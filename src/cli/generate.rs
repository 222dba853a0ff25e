//! The generators: passwords, passphrases, tokens, one-time codes, API keys, numbers,
//! choices and identifiers.

use std::path::PathBuf;

use clap::{Args, Subcommand, value_parser};

use super::{OutputArgs, json_help, positive};
use secrets_core::passphrase::MAX_WORDS;
use secrets_core::policy::MAX_PASSWORD_LENGTH;
pub use secrets_core::spec::{
    ApikeySpec, ChoiceSpec, DEFAULT_PASSWORD_LENGTH, IntSpec, KeyEncoding, NanoidSpec, OtpSpec,
    PassphraseSpec, PasswordSpec, TokenSpec, UuidSpec,
};

/// The subcommands of the "Generate" family of `secrets --help`.
#[derive(Debug, Clone, Subcommand)]
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
(log2 of the exact number of passwords it allows) is at least N bits; --entropy says which.

--rules RULES takes a website's password rules in Apple's passwordrules language (the HTML \
attribute Safari, iCloud Keychain and 1Password read): required, allowed, max-consecutive, \
minlength, maxlength. They are read exactly as Apple's reference parser reads them (its \
diagnostics are shown; a text it discards as a whole is refused), and the password is drawn \
exactly uniformly from every string of the chosen length that satisfies them, overlapping \
required sets and max-consecutive included; --entropy reports log2 of that exact count. The \
length is the rules' maxlength (at most 1024), else 20 moved into their range; --length must \
lie in the range, and --bits N picks the shortest length in it with at least N bits. \
allowed: unicode is drawn from the 95 printable ASCII characters. --rules replaces the \
character-class options and minimums.",
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
                                            (20 characters by default: 130.93 bits)
  secrets password --rules 'minlength: 12; maxlength: 24; required: lower; required: upper;
    required: digit; required: [-!@#]; max-consecutive: 2'
                                            24 characters a website with these rules accepts"
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
dropped, diceware numbers such as 11111<TAB>word ignored).

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
}

/// Options of `secrets password`.
#[derive(Debug, Clone, Args)]
pub struct PasswordArgs {
    /// The length as an operand, as pwgen takes it: `secrets password 32` is `-l 32`.
    #[arg(value_name = "LENGTH", conflicts_with_all = ["length", "bits"],
          value_parser = value_parser!(u64).range(1..=MAX_PASSWORD_LENGTH as u64))]
    pub length_operand: Option<u64>,

    /// The options every front end shares.
    #[command(flatten)]
    pub spec: PasswordSpec,

    /// Also print "entropy: X bits" (log2 of the number of possible passwords) on stderr.
    #[arg(long, help_heading = "Output")]
    pub entropy: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

impl PasswordArgs {
    /// The spec, with the length operand in place.
    pub fn spec(&self) -> PasswordSpec {
        let mut spec = self.spec.clone();
        if let Some(n) = self.length_operand {
            spec.length = Some(n);
        }
        spec
    }
}

/// Options of the text token commands.
#[derive(Debug, Clone, Args)]
pub struct TokenArgs {
    /// The options every front end shares.
    #[command(flatten)]
    pub spec: TokenSpec,

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
    /// The length as an operand: `secrets otp 8` is `-l 8`.
    #[arg(value_name = "LENGTH", conflicts_with_all = ["length", "bits"],
          value_parser = value_parser!(u64).range(1..=MAX_PASSWORD_LENGTH as u64))]
    pub length_operand: Option<u64>,

    /// The options every front end shares.
    #[command(flatten)]
    pub spec: OtpSpec,

    /// Also print "entropy: X bits" and the size chosen on stderr.
    #[arg(long, help_heading = "Output")]
    pub entropy: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

impl OtpArgs {
    /// The spec, with the length operand in place.
    pub fn spec(&self) -> OtpSpec {
        let mut spec = self.spec.clone();
        if let Some(n) = self.length_operand {
            spec.length = Some(n);
        }
        spec
    }
}

/// Options of `secrets apikey`.
#[derive(Debug, Clone, Args)]
pub struct ApikeyArgs {
    /// The options every front end shares.
    #[command(flatten)]
    pub spec: ApikeySpec,

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

/// Options of `secrets passphrase`.
#[derive(Debug, Clone, Args)]
pub struct PassphraseArgs {
    /// The number of words as an operand: `secrets passphrase 8` is `-w 8`.
    #[arg(value_name = "WORDS", conflicts_with_all = ["words", "bits"],
          value_parser = value_parser!(u64).range(1..=MAX_WORDS))]
    pub words_operand: Option<u64>,

    /// The options every front end shares.
    #[command(flatten)]
    pub spec: PassphraseSpec,

    /// Also print "entropy: X bits" (log2 of the number of possible passphrases) on stderr.
    #[arg(long, help_heading = "Output")]
    pub entropy: bool,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

impl PassphraseArgs {
    /// The spec, with the words operand in place.
    pub fn spec(&self) -> PassphraseSpec {
        let mut spec = self.spec.clone();
        if let Some(n) = self.words_operand {
            spec.words = Some(n);
        }
        spec
    }
}

/// Options of `secrets int`.
#[derive(Debug, Clone, Args)]
pub struct IntArgs {
    /// The options every front end shares.
    #[command(flatten)]
    pub spec: IntSpec,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Options of `secrets choice`.
#[derive(Debug, Clone, Args)]
pub struct ChoiceArgs {
    /// The options every front end shares.
    #[command(flatten)]
    pub spec: ChoiceSpec,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Options of `secrets uuid`.
#[derive(Debug, Clone, Args)]
pub struct UuidArgs {
    /// The options every front end shares.
    #[command(flatten)]
    pub spec: UuidSpec,

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
    /// The options every front end shares.
    #[command(flatten)]
    pub spec: NanoidSpec,

    /// Where and how the results are written.
    #[command(flatten)]
    pub output: OutputArgs,
}
