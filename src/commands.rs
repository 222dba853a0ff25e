//! One function per subcommand: turn parsed arguments into calls to the engine and write the
//! results. Every secret goes through one [`Framing`], so plain lines, JSON Lines and the
//! `--no-newline` rule are the same for every generator.

use std::io::{IsTerminal, Write};

use anyhow::{Context, Result, bail};
use base64::Engine as _;
use clap::ValueEnum as _;
use serde::Serialize;
use zeroize::Zeroizing;

use crate::apikey;
use crate::check;
use crate::choice::{Drawer, Items};
use crate::cli::{
    ApikeyArgs, CheckArgs, ChoiceArgs, Cli, Command, CompareArgs, CompletionShell, HashAlgorithm,
    HashArgs, IntArgs, OtpArgs, OutputArgs, PassphraseArgs, PasswordArgs, TokenArgs,
    TokenBytesArgs, VerifyArgs,
};
use crate::cli::{HmacArgs, KeyEncoding, MacFormat, TotpArgs};
use crate::hashing::{self, PasswordHash};
use crate::mac::{self, Tag};
use crate::output::{Sink, write_json_str};
use crate::passphrase::{BUILTIN_LISTS, Generator, PassphraseOptions, Wordlist};
use crate::policy::{Policy, PolicyOptions};
use crate::sampler::PasswordSampler;
use crate::secrets::{self, IntRange, OTP_ALPHANUMERIC, RandomSource};
use crate::source::{self, Source, StdinLines};
use crate::totp;

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
        Command::Totp(args) => totp_command(&args),
        Command::Completions { shell } => completions(shell),
    }
}

/// The JSON fields after `"secret"`, in this order. Field names are part of the interface.
#[derive(Debug, Serialize)]
struct Meta<'a> {
    kind: &'a str,
    entropy_bits: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    length: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    alphabet_size: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bytes: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    encoding: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    prefix: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    words: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    wordlist_size: Option<usize>,
    /// Decimal strings: integers of any size do not survive JSON number parsers.
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stop: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bits: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    items: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unique: Option<bool>,
    checksum: Option<&'a str>,
}

impl<'a> Meta<'a> {
    fn new(kind: &'a str, entropy_bits: f64) -> Self {
        Meta {
            kind,
            entropy_bits,
            length: None,
            alphabet_size: None,
            bytes: None,
            encoding: None,
            prefix: None,
            words: None,
            wordlist_size: None,
            start: None,
            stop: None,
            bits: None,
            items: None,
            unique: None,
            checksum: None,
        }
    }
}

/// How each secret is wrapped on output: a JSON object, a newline, or nothing.
struct Framing {
    /// For `--json`: the serialized fields after the secret, as `,"kind":...}`.
    json_tail: Option<String>,
    newline: bool,
    count: u64,
}

impl Framing {
    fn new(out: &OutputArgs, meta: &Meta<'_>) -> Result<Framing> {
        if out.no_newline && out.count > 1 {
            bail!(
                "--no-newline needs a single secret, but --count is {}\n\
                 hint: drop --no-newline to get one secret per line",
                out.count
            );
        }
        let json_tail = if out.json {
            let fields = serde_json::to_string(meta)?;
            Some(format!(",{}", &fields[1..]))
        } else {
            None
        };
        Ok(Framing {
            json_tail,
            // The clipboard gets the secret alone, without a line ending.
            newline: !(out.no_newline || out.clip),
            count: out.count,
        })
    }

    fn begin(&self, w: &mut impl Write) -> std::io::Result<()> {
        if self.json_tail.is_some() {
            w.write_all(b"{\"secret\":\"")?;
        }
        Ok(())
    }

    /// Writes a secret's text, escaped for JSON when needed.
    fn body(&self, w: &mut impl Write, text: &str) -> std::io::Result<()> {
        if self.json_tail.is_some() {
            write_json_str(w, text)
        } else {
            w.write_all(text.as_bytes())
        }
    }

    fn end(&self, w: &mut impl Write) -> std::io::Result<()> {
        if let Some(tail) = &self.json_tail {
            w.write_all(b"\"")?;
            w.write_all(tail.as_bytes())?;
        }
        if self.newline {
            w.write_all(b"\n")?;
        }
        Ok(())
    }
}

/// Writes `out.count` secrets made by `generate` into a reused, wiped buffer.
fn emit(
    out: &OutputArgs,
    meta: &Meta<'_>,
    mut generate: impl FnMut(&mut RandomSource, &mut String) -> secrets::Result<()>,
) -> Result<Outcome> {
    let framing = Framing::new(out, meta)?;
    let mut sink = Sink::for_output(out)?;
    let mut src = RandomSource::new();
    let mut buf = Zeroizing::new(String::new());
    for _ in 0..framing.count {
        buf.clear();
        generate(&mut src, &mut buf)?;
        framing.begin(&mut sink)?;
        framing.body(&mut sink, &buf)?;
        framing.end(&mut sink)?;
    }
    sink.finish()?;
    Ok(Outcome::Success)
}

/// The policy options a `password` command line asks for (also used by the fuzz targets).
pub fn policy_options(args: &PasswordArgs) -> Result<PolicyOptions> {
    Ok(PolicyOptions {
        length: usize::try_from(args.length)?,
        disabled: [
            args.no_lower,
            args.no_upper,
            args.no_digits,
            args.no_symbols,
        ],
        symbols: args.symbols.clone(),
        charset: args.charset.clone(),
        exclude: args.exclude.clone(),
        no_ambiguous: args.no_ambiguous,
        minimums: [
            args.min_lower,
            args.min_upper,
            args.min_digits,
            args.min_symbols,
        ],
    })
}

fn password(args: &PasswordArgs) -> Result<Outcome> {
    let policy = Policy::new(&policy_options(args)?)?;
    let needs_entropy = args.entropy || args.output.json;
    let entropy = if needs_entropy {
        policy.entropy_bits()
    } else {
        f64::NAN
    };
    if args.entropy {
        eprintln!("entropy: {entropy:.2} bits");
    }
    let mut meta = Meta::new("password", entropy);
    meta.length = Some(args.length);
    meta.alphabet_size = Some(policy.alphabet_len());
    let mut sampler = PasswordSampler::new(&policy)?;
    emit(&args.output, &meta, |src, buf| {
        sampler.sample_into(src, buf)
    })
}

/// Text encodings of random bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Hex,
    Base64Url,
}

/// Random bytes encoded in chunks: a multiple of 3 bytes, so that concatenated base64 chunks
/// equal the encoding of the whole, and large enough to go straight to the OS.
const TOKEN_CHUNK: usize = 48 * 1024;

fn token(args: &TokenArgs, encoding: Encoding) -> Result<Outcome> {
    let (kind, name) = match encoding {
        Encoding::Hex => ("token-hex", "hex"),
        Encoding::Base64Url => ("token-urlsafe", "base64url"),
    };
    let mut meta = Meta::new(kind, args.nbytes as f64 * 8.0);
    meta.bytes = Some(args.nbytes);
    meta.encoding = Some(name);
    let out = &args.output;
    let framing = Framing::new(out, &meta)?;
    let mut sink = Sink::for_output(out)?;
    let mut src = RandomSource::new();
    let chunk = usize::try_from(args.nbytes.min(TOKEN_CHUNK as u64))?;
    let mut raw = Zeroizing::new(vec![0u8; chunk]);
    let mut text = Zeroizing::new(vec![0u8; chunk * 2 + 4]);
    for _ in 0..framing.count {
        framing.begin(&mut sink)?;
        let mut left = args.nbytes;
        while left > 0 {
            let n = usize::try_from(left.min(chunk as u64))?;
            src.fill(&mut raw[..n])?;
            let encoded = match encoding {
                Encoding::Hex => {
                    const_hex::encode_to_slice(&raw[..n], &mut text[..2 * n])?;
                    2 * n
                }
                Encoding::Base64Url => base64::engine::general_purpose::URL_SAFE_NO_PAD
                    .encode_slice(&raw[..n], &mut text[..])?,
            };
            sink.write_all(&text[..encoded])?;
            left -= n as u64;
        }
        framing.end(&mut sink)?;
    }
    sink.finish()?;
    Ok(Outcome::Success)
}

fn token_bytes(args: &TokenBytesArgs) -> Result<Outcome> {
    if args.clip {
        bail!(
            "token-bytes writes raw binary data, which the clipboard cannot hold\n\
             hint: use `secrets token-hex --clip` or `secrets token-urlsafe --clip`"
        );
    }
    let mut sink = Sink::open(args.output.as_deref(), args.force)?;
    if sink.is_terminal() {
        bail!(
            "refusing to write raw random bytes to a terminal\n\
             hint: redirect (> key.bin) or pipe (| base64), or use `secrets token-hex`"
        );
    }
    let mut src = RandomSource::new();
    let total = args
        .nbytes
        .checked_mul(args.count)
        .context("NBYTES times --count is larger than 2^64 bytes")?;
    let chunk = usize::try_from(total.min(TOKEN_CHUNK as u64))?;
    let mut raw = Zeroizing::new(vec![0u8; chunk]);
    let mut left = total;
    while left > 0 {
        let n = usize::try_from(left.min(chunk as u64))?;
        src.fill(&mut raw[..n])?;
        sink.write_all(&raw[..n])?;
        left -= n as u64;
    }
    sink.finish()?;
    Ok(Outcome::Success)
}

fn otp(args: &OtpArgs) -> Result<Outcome> {
    let alphabet: Vec<char> = if args.alphanumeric {
        OTP_ALPHANUMERIC.chars().collect()
    } else {
        ('0'..='9').collect()
    };
    let length = usize::try_from(args.length)?;
    let mut meta = Meta::new("otp", args.length as f64 * (alphabet.len() as f64).log2());
    meta.length = Some(args.length);
    meta.alphabet_size = Some(alphabet.len());
    emit(&args.output, &meta, |src, buf| {
        secrets::otp_into(src, length, &alphabet, buf)
    })
}

fn apikey(args: &ApikeyArgs) -> Result<Outcome> {
    if let Some(source) = &args.verify {
        let key = Source::parse(source)?
            .read(&mut StdinLines::new())
            .context("reading the key")?;
        return Ok(if apikey::checksum_is_valid(&key, args.prefix.as_deref()) {
            Outcome::Success
        } else {
            Outcome::Negative
        });
    }
    let prefix = args.prefix.as_deref().unwrap_or("sk_live_");
    secrets::validate_apikey_prefix(prefix)?;
    let encoding = match (args.encoding, args.checksum) {
        (Some(KeyEncoding::Hex), true) => {
            bail!("--checksum keys are base62 (GitHub's token shape)\nhint: drop --encoding hex")
        }
        (Some(e), _) => e,
        (None, true) => KeyEncoding::Base62,
        (None, false) => KeyEncoding::Hex,
    };
    if args.checksum {
        let mut meta = Meta::new("apikey", apikey::RANDOM_CHARS as f64 * 62f64.log2());
        meta.length = Some(apikey::RANDOM_CHARS as u64);
        meta.encoding = Some("base62");
        meta.prefix = Some(prefix);
        meta.checksum = Some("crc32");
        return emit(&args.output, &meta, |src, buf| {
            apikey::checksummed_into(src, prefix, buf)
        });
    }
    let nbytes = usize::try_from(args.bytes)?;
    let mut meta = Meta::new("apikey", args.bytes as f64 * 8.0);
    meta.bytes = Some(args.bytes);
    meta.prefix = Some(prefix);
    if encoding == KeyEncoding::Base62 {
        let chars = apikey::base62_chars_for_bytes(args.bytes);
        meta.encoding = Some("base62");
        meta.length = Some(chars);
        meta.entropy_bits = chars as f64 * 62f64.log2();
        let chars = usize::try_from(chars)?;
        return emit(&args.output, &meta, |src, buf| {
            buf.push_str(prefix);
            apikey::base62_into(src, chars, buf)
        });
    }
    meta.encoding = Some("hex");
    let mut raw = Zeroizing::new(vec![0u8; nbytes]);
    let mut hexed = Zeroizing::new(vec![0u8; nbytes * 2]);
    emit(&args.output, &meta, |src, buf| {
        src.fill(&mut raw)?;
        // Cannot fail: the output is exactly twice the input's length.
        let _ = const_hex::encode_to_slice(raw.as_slice(), &mut hexed);
        buf.push_str(prefix);
        buf.extend(hexed.iter().map(|&b| char::from(b)));
        Ok(())
    })
}

fn passphrase(args: &PassphraseArgs) -> Result<Outcome> {
    let list = match Wordlist::builtin(&args.wordlist) {
        Some(list) => list,
        None => read_wordlist(&args.wordlist)?,
    };
    let generator = Generator::new(
        &list,
        PassphraseOptions {
            words: usize::try_from(args.words)?,
            separator: args.separator.clone(),
            capitalize: args.capitalize,
            number: args.number,
        },
    )
    .with_context(|| format!("word list {}", args.wordlist))?;
    let entropy = generator.entropy_bits();
    if args.entropy {
        if generator.entropy_is_exact() {
            eprintln!("entropy: {entropy:.2} bits");
        } else {
            eprintln!(
                "entropy: at most {entropy:.2} bits (some different draws print the same \
                 passphrase: the separator is empty or occurs in words, or --number meets digits)"
            );
        }
    }
    let mut meta = Meta::new("passphrase", entropy);
    meta.words = Some(args.words);
    meta.wordlist_size = Some(generator.list_len());
    emit(&args.output, &meta, |src, buf| {
        generator.sample_into(src, buf)
    })
}

/// Reads a word list file (at most 64 MiB of UTF-8, one word per line).
fn read_wordlist(path: &str) -> Result<Wordlist> {
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "no word list named {path:?}, and no such file\n\
             hint: use {}, or the path of a file with one word per line",
            BUILTIN_LISTS.join(", ")
        ),
        Err(e) => return Err(e).with_context(|| format!("reading the word list {path}")),
    };
    let lines = source::read_lines(file, &format!("the word list {path}"))?;
    Wordlist::from_text(&lines.join("\n")).with_context(|| format!("word list {path}"))
}

fn int(args: &IntArgs) -> Result<Outcome> {
    if let Some(k) = args.bits {
        let mut meta = Meta::new("int", k as f64);
        meta.bits = Some(k);
        return emit(&args.output, &meta, |src, buf| {
            use std::fmt::Write as _;
            // Writing to a String cannot fail.
            let _ = write!(buf, "{}", src.bits(k)?);
            Ok(())
        });
    }
    let (range, start, stop) = match (&args.below, args.range.as_deref()) {
        (Some(n), _) => (IntRange::below(n)?, "0".to_string(), n.to_string()),
        (None, Some([a, b])) => (
            IntRange::new(a, b).map_err(|e| {
                anyhow::anyhow!(
                    "--range {a} {b}: {e}\nhint: give the lower bound first, as in --range 1 7"
                )
            })?,
            a.to_string(),
            b.to_string(),
        ),
        _ => bail!("one of --below N, --range A B or --bits K is required"),
    };
    let mut meta = Meta::new("int", range.entropy_bits());
    meta.start = Some(start);
    meta.stop = Some(stop);
    emit(&args.output, &meta, |src, buf| range.sample_into(src, buf))
}

fn choice(args: &ChoiceArgs) -> Result<Outcome> {
    let mut items = Vec::new();
    if args.items.is_empty() || args.items.iter().any(|i| i == "-") {
        items = source::read_lines(std::io::stdin().lock(), "standard input")?;
    }
    items.extend(args.items.iter().filter(|i| *i != "-").cloned());
    let items = Items::new(items).context(
        "nothing to choose from\n\
         hint: give the items as arguments, or as lines on standard input",
    )?;
    let mut meta = Meta::new("choice", (items.len() as f64).log2());
    meta.items = Some(items.len());
    meta.unique = Some(args.unique);
    let mut drawer = Drawer::new(items, args.unique, args.output.count)?;
    emit(&args.output, &meta, |src, buf| drawer.draw_into(src, buf))
}

fn compare(args: &CompareArgs) -> Result<Outcome> {
    let a = Source::parse(&args.a).context("the first operand")?;
    let b = match &args.b {
        Some(b) => Source::parse(b).context("the second operand")?,
        None => Source::Stdin,
    };
    crate::hygiene::protect_process();
    let mut stdin = StdinLines::new();
    let a = a.read(&mut stdin)?;
    let b = b.read(&mut stdin)?;
    Ok(if secrets::compare_digest(&a, &b) {
        Outcome::Success
    } else {
        Outcome::Negative
    })
}

fn check_password(args: &CheckArgs) -> Result<Outcome> {
    let source = match &args.source {
        Some(s) => Source::parse(s).context("the SOURCE operand")?,
        None => Source::Stdin,
    };
    let mut stdin = StdinLines::with_prompt("password");
    let bytes = source.read(&mut stdin)?;
    let password = std::str::from_utf8(&bytes).map_err(|_| {
        anyhow::anyhow!(
            "the password from {} is not valid UTF-8\n\
             hint: zxcvbn estimates text; convert it to UTF-8 first",
            source.describe()
        )
    })?;
    let report = check::check(
        password,
        check::Policy {
            min_length: args.min_length,
            min_score: args.min_score,
        },
    );
    let mut sink = Sink::open(None, false)?;
    if args.json {
        serde_json::to_writer(&mut sink, &report)?;
        sink.write_all(b"\n")?;
    } else {
        report.write_text(&mut sink)?;
    }
    sink.finish()?;
    Ok(if report.ok {
        Outcome::Success
    } else {
        Outcome::Negative
    })
}

/// Reads a password from SOURCE; without one (or with `-`) a terminal gets a no-echo prompt,
/// asked twice when `confirm`, and anything else gives one line of standard input.
fn read_password(source: Option<&str>, confirm: bool) -> Result<Zeroizing<Vec<u8>>> {
    let source = match source {
        Some(s) => Source::parse(s)?,
        None => Source::Stdin,
    };
    if source == Source::Stdin && std::io::stdin().is_terminal() {
        let first = Zeroizing::new(rpassword::prompt_password("password: ")?.into_bytes());
        if confirm {
            let again = Zeroizing::new(rpassword::prompt_password("again: ")?.into_bytes());
            if !secrets::compare_digest(&first, &again) {
                bail!("the two passwords differ\nhint: run the command again");
            }
        }
        return Ok(first);
    }
    source.read(&mut StdinLines::new())
}

fn hash(args: &HashArgs) -> Result<Outcome> {
    let given = |name: &str, set: bool, algorithms: &[HashAlgorithm]| -> Result<()> {
        if set && !algorithms.contains(&args.algorithm) {
            bail!(
                "--{name} does not apply to --algorithm {}\n\
                 hint: see `secrets hash --help` for each algorithm's options",
                args.algorithm
                    .to_possible_value()
                    .map(|v| v.get_name().to_owned())
                    .unwrap_or_default()
            );
        }
        Ok(())
    };
    use HashAlgorithm::{Argon2id, Bcrypt, Scrypt};
    given("memory-cost", args.memory_cost.is_some(), &[Argon2id])?;
    given("time-cost", args.time_cost.is_some(), &[Argon2id])?;
    given(
        "parallelism",
        args.parallelism.is_some(),
        &[Argon2id, Scrypt],
    )?;
    given("cost", args.cost.is_some(), &[Bcrypt])?;
    given("log-n", args.log_n.is_some(), &[Scrypt])?;
    given("block-size", args.block_size.is_some(), &[Scrypt])?;
    let params = match args.algorithm {
        Argon2id => hashing::Params::Argon2id {
            memory_kib: args.memory_cost.unwrap_or(hashing::ARGON2_MEMORY_KIB),
            time_cost: args.time_cost.unwrap_or(hashing::ARGON2_TIME_COST),
            parallelism: args.parallelism.unwrap_or(hashing::ARGON2_PARALLELISM),
        },
        Bcrypt => hashing::Params::Bcrypt {
            cost: args.cost.unwrap_or(hashing::BCRYPT_COST),
        },
        Scrypt => hashing::Params::Scrypt {
            log_n: args.log_n.unwrap_or(hashing::SCRYPT_LOG_N),
            r: args.block_size.unwrap_or(hashing::SCRYPT_R),
            p: args.parallelism.unwrap_or(hashing::SCRYPT_P),
        },
    };
    let password = read_password(args.source.as_deref(), true).context("reading the password")?;
    if password.is_empty() {
        bail!("the password is empty\nhint: check the SOURCE (an unset or empty variable?)");
    }
    let text = hashing::hash(&password, params)?;
    let mut sink = Sink::open(None, false)?;
    writeln!(sink, "{text}")?;
    sink.finish()?;
    Ok(Outcome::Success)
}

fn verify(args: &VerifyArgs) -> Result<Outcome> {
    let parsed = PasswordHash::parse(&args.hash).map_err(|e| {
        anyhow::anyhow!("{e}\nhint: quote the hash in single quotes so the shell keeps its '$'")
    })?;
    let password = read_password(args.source.as_deref(), false).context("reading the password")?;
    if !parsed.verify(&password)? {
        return Ok(Outcome::Negative);
    }
    if args.needs_rehash {
        let why = parsed.weaknesses();
        if !why.is_empty() {
            eprintln!(
                "needs rehash: {} hash with {}",
                parsed.algorithm(),
                why.join(", ")
            );
            return Ok(Outcome::Rehash);
        }
    }
    Ok(Outcome::Success)
}

fn hmac(args: &HmacArgs) -> Result<Outcome> {
    let digest = args.algorithm.digest();
    // Parse the signature first: a malformed one is an error before anything is read.
    let expected = match &args.verify {
        Some(sig) => Some(mac::parse_signature(digest, sig)?),
        None => None,
    };
    let key_source = Source::parse(&args.key).context("--key")?;
    let message_path = args.file.as_ref().filter(|p| p.as_os_str() != "-");
    if key_source == Source::Stdin && message_path.is_none() {
        bail!(
            "the key and the message cannot both come from standard input\n\
             hint: give the message as FILE, or the key as env:VAR, file:PATH or fd:N"
        );
    }
    let key = key_source.read(&mut StdinLines::new()).context("--key")?;
    let mut tag = Tag::new(digest, &key);
    match message_path {
        Some(path) => {
            let file =
                std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
            tag.update_reader(file)
                .with_context(|| format!("reading {}", path.display()))?;
        }
        None => tag
            .update_reader(std::io::stdin().lock())
            .context("reading standard input")?,
    }
    if let Some(expected) = expected {
        return Ok(if tag.verify(&expected) {
            Outcome::Success
        } else {
            Outcome::Negative
        });
    }
    let raw = tag.finalize();
    let text = match args.format {
        MacFormat::Hex => hex::encode(&raw),
        MacFormat::Base64 => base64::engine::general_purpose::STANDARD.encode(&raw),
        MacFormat::Github => format!("{}={}", digest.name(), hex::encode(&raw)),
    };
    let mut sink = Sink::open(None, false)?;
    writeln!(sink, "{text}")?;
    sink.finish()?;
    Ok(Outcome::Success)
}

fn totp_command(args: &TotpArgs) -> Result<Outcome> {
    let digest = args.algorithm.digest();
    let mut sink = Sink::open(None, false)?;
    if args.new {
        let mut raw = Zeroizing::new([0u8; totp::NEW_SECRET_BYTES]);
        RandomSource::new().fill(raw.as_mut_slice())?;
        let secret = totp::encode_secret(raw.as_slice());
        let params = totp::UriParams {
            issuer: args.issuer.as_deref(),
            account: args.account.as_deref(),
            digest,
            digits: args.digits,
            period: args.period,
        };
        let uri = Zeroizing::new(totp::otpauth_uri(&secret, &params));
        if args.json {
            let value = Zeroizing::new(serde_json::to_string(&serde_json::json!({
                "secret": secret.as_str(),
                "uri": uri.as_str(),
                "algorithm": digest.name(),
                "digits": args.digits,
                "period": args.period,
                "issuer": args.issuer,
                "account": args.account,
            }))?);
            writeln!(sink, "{}", value.as_str())?;
        } else {
            writeln!(sink, "{}", secret.as_str())?;
            writeln!(sink, "{}", uri.as_str())?;
            if sink.is_terminal() {
                let qr = Zeroizing::new(totp::qr_text(&uri)?);
                writeln!(sink, "{}", qr.as_str())?;
            }
        }
        sink.finish()?;
        return Ok(Outcome::Success);
    }
    let source = Source::parse(args.source.as_deref().unwrap_or("-"))?;
    let text = source
        .read(&mut StdinLines::new())
        .context("reading the TOTP secret")?;
    let key = totp::decode_secret(&text)?;
    let (counter, now) = match (args.counter, args.time) {
        (Some(c), _) => (c, None),
        (None, time) => {
            let now = match time {
                Some(t) => t,
                None => std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .context("the system clock is before 1970")?
                    .as_secs(),
            };
            (totp::time_step(now, args.period), Some(now))
        }
    };
    let code = Zeroizing::new(totp::code(digest, &key, counter, args.digits));
    if args.json {
        let mut value = serde_json::json!({
            "code": code.as_str(),
            "kind": if now.is_some() { "totp" } else { "hotp" },
            "counter": counter,
            "digits": args.digits,
            "algorithm": digest.name(),
        });
        if let Some(now) = now {
            value["period"] = args.period.into();
            value["time"] = now.into();
            value["remaining_seconds"] = (args.period - now % args.period).into();
        }
        let text = Zeroizing::new(serde_json::to_string(&value)?);
        writeln!(sink, "{}", text.as_str())?;
    } else {
        writeln!(sink, "{}", code.as_str())?;
    }
    sink.finish()?;
    Ok(Outcome::Success)
}

fn completions(shell: CompletionShell) -> Result<Outcome> {
    let mut sink = Sink::open(None, false)?;
    sink.write_all(&crate::completions::render(shell))?;
    sink.finish()?;
    Ok(Outcome::Success)
}
