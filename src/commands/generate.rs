//! The generators: passwords, passphrases, tokens, one-time codes, API keys, integers and
//! choices. Each builds its engine call and its JSON fields, then writes through [`emit`].

use std::io::Write;

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

use crate::cli::KeyEncoding;
use crate::cli::{
    ApikeyArgs, ChoiceArgs, IntArgs, OtpArgs, PassphraseArgs, PasswordArgs, TokenArgs,
    TokenBytesArgs,
};
use crate::output::Sink;
use crate::source::{self, Source, StdinLines};
use secrets_core::apikey;
use secrets_core::choice::{Drawer, Items};
use secrets_core::lines::Lines;
use secrets_core::otp::OTP_ALPHANUMERIC;
use secrets_core::passphrase::{
    BUILTIN_LISTS, Generator, MAX_WORDS, MIN_LIST_WORDS, PassphraseOptions, WARN_LIST_WORDS,
    Wordlist,
};
use secrets_core::policy::{Class, MAX_PASSWORD_LENGTH, Policy, PolicyOptions};
use secrets_core::sampler::{PasswordSampler, count_valid};
use secrets_core::{IntRange, RandomSource};

use super::Outcome;
use super::emit::{Framing, Meta, emit, emit_parallel};

/// The policy options a `password` command line asks for (also used by the fuzz targets).
pub fn policy_options(args: &PasswordArgs) -> Result<PolicyOptions> {
    Ok(PolicyOptions {
        length: usize::try_from(args.length())?,
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

pub(super) fn password(args: &PasswordArgs) -> Result<Outcome> {
    if let Some(rules) = &args.rules {
        return super::rules::password_rules(args, rules);
    }
    let mut options = policy_options(args)?;
    if let Some(bits) = args.bits {
        options.length = password_length_for(&options, bits)?;
    }
    let policy = Policy::new(&options)?;
    let needs_entropy = args.entropy || args.output.json;
    let entropy = if needs_entropy {
        policy.entropy_bits()
    } else {
        f64::NAN
    };
    if args.entropy {
        note_entropy(entropy, args.bits, policy.length(), "characters");
    }
    let mut meta = Meta::new("password", entropy);
    meta.length = Some(policy.length() as u64);
    meta.target_bits = args.bits;
    meta.alphabet_size = Some(policy.alphabet_len());
    emit_parallel(&args.output, &meta, || {
        let mut sampler = PasswordSampler::new(&policy)?;
        Ok(move |src: &mut RandomSource, buf: &mut String| sampler.sample_into(src, buf))
    })
}

/// `--entropy`: the entropy, and with `--bits` the size it chose (without, the size is the
/// one asked for, and the line stays as it always was).
pub(super) fn note_entropy(entropy: f64, bits: Option<u64>, size: usize, unit: &str) {
    match bits {
        Some(bits) => crate::note!(
            "entropy: {entropy:.2} bits ({size} {unit}, the fewest for at least {bits} bits)"
        ),
        None => crate::note!("entropy: {entropy:.2} bits"),
    }
}

/// `password --bits N`: the shortest length at which the number of passwords the policy
/// allows is at least 2^N, counted exactly (the count never falls as the length grows).
fn password_length_for(options: &PolicyOptions, bits: u64) -> Result<usize> {
    let at = |length: u64| -> Result<Policy> {
        Ok(Policy::new(&PolicyOptions {
            length: usize::try_from(length)?,
            ..options.clone()
        })?)
    };
    let max = MAX_PASSWORD_LENGTH as u64;
    // Validates everything but the length; the minimums set the shortest possible length.
    let longest = at(max)?;
    let lo = Class::ALL
        .iter()
        .map(|&c| longest.minimum(c) as u64)
        .sum::<u64>()
        .max(1);
    // Where to start: bisection on the floating-point entropy (cheap); the exact counts
    // then decide.
    let (mut a, mut b) = (lo, max);
    while a < b {
        let mid = a + (b - a) / 2;
        if at(mid)?.entropy_bits() >= bits as f64 {
            b = mid;
        } else {
            a = mid + 1;
        }
    }
    let length = secrets_core::bits::shortest(bits, lo, max, a, |len| {
        Ok::<_, anyhow::Error>(count_valid(&at(len)?))
    })?;
    match length {
        Some(n) => Ok(usize::try_from(n)?),
        None => bail!(
            "--bits {bits}: even {max} characters (the longest password) give {:.2} bits \
             under this policy\nhint: widen the alphabet, or ask for fewer bits",
            longest.entropy_bits()
        ),
    }
}

/// The shortest `n` with `base^n >= 2^bits`, at most `max` (for `otp` and base62 keys).
fn power_length_for(base: usize, bits: u64, max: u64, what: &str) -> Result<u64> {
    let n = secrets_core::bits::shortest_power(base as u64, bits);
    if n > max {
        bail!(
            "--bits {bits} needs {n} {what}, more than the {max} allowed\n\
             hint: ask for fewer bits"
        );
    }
    Ok(n)
}

/// Text encodings of random bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Encoding {
    Hex,
    Base64Url,
}

/// Random bytes encoded in chunks: a multiple of 3 bytes, so that concatenated base64 chunks
/// equal the encoding of the whole, and large enough to go straight to the OS.
const TOKEN_CHUNK: usize = 48 * 1024;

pub(super) fn token(args: &TokenArgs, encoding: Encoding) -> Result<Outcome> {
    let (kind, name) = match encoding {
        Encoding::Hex => ("token-hex", "hex"),
        Encoding::Base64Url => ("token-urlsafe", "base64url"),
    };
    // --bits N: whole bytes, so ceil(N / 8) (N is at most 2^20).
    let nbytes = args.bits.map_or(args.nbytes, |b| b.div_ceil(8));
    if args.entropy {
        note_entropy(
            nbytes as f64 * 8.0,
            args.bits,
            usize::try_from(nbytes)?,
            "bytes",
        );
    }
    let mut meta = Meta::new(kind, nbytes as f64 * 8.0);
    meta.bytes = Some(nbytes);
    meta.target_bits = args.bits;
    meta.encoding = Some(name);
    let out = &args.output;
    let framing = Framing::new(out, &meta)?;
    let mut sink = Sink::for_output(out)?;
    let mut src = RandomSource::new();
    let chunk = usize::try_from(nbytes.min(TOKEN_CHUNK as u64))?;
    let mut raw = Zeroizing::new(vec![0u8; chunk]);
    let mut text = Zeroizing::new(vec![0u8; chunk * 2 + 4]);
    for _ in 0..framing.count {
        framing.begin(&mut sink)?;
        let mut left = nbytes;
        while left > 0 {
            let n = usize::try_from(left.min(chunk as u64))?;
            src.fill(&mut raw[..n])?;
            let encoded = match encoding {
                Encoding::Hex => {
                    const_hex::encode_to_slice(&raw[..n], &mut text[..2 * n])?;
                    2 * n
                }
                Encoding::Base64Url => {
                    let b64 = base64_simd::URL_SAFE_NO_PAD;
                    let len = b64.encoded_length(n);
                    b64.encode(&raw[..n], base64_simd::Out::from_slice(&mut text[..len]))
                        .len()
                }
            };
            sink.write_all(&text[..encoded])?;
            left -= n as u64;
        }
        framing.end(&mut sink)?;
    }
    sink.finish()?;
    Ok(Outcome::Success)
}

pub(super) fn token_bytes(args: &TokenBytesArgs) -> Result<Outcome> {
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
    // Straight from the generator's buffer to the sink: no intermediate copy.
    src.stream(total, |bytes| {
        sink.write_all(bytes).map_err(anyhow::Error::from)
    })?;
    sink.finish()?;
    Ok(Outcome::Success)
}

pub(super) fn otp(args: &OtpArgs) -> Result<Outcome> {
    let alphabet: Vec<char> = if args.alphanumeric {
        OTP_ALPHANUMERIC.chars().collect()
    } else {
        ('0'..='9').collect()
    };
    let length = match args.bits {
        Some(bits) => power_length_for(
            alphabet.len(),
            bits,
            MAX_PASSWORD_LENGTH as u64,
            "characters",
        )?,
        None => args.length(),
    };
    let entropy = length as f64 * (alphabet.len() as f64).log2();
    if args.entropy {
        note_entropy(entropy, args.bits, usize::try_from(length)?, "characters");
    }
    let mut meta = Meta::new("otp", entropy);
    meta.length = Some(length);
    meta.target_bits = args.bits;
    let length = usize::try_from(length)?;
    meta.alphabet_size = Some(alphabet.len());
    emit(&args.output, &meta, |src, buf| {
        secrets_core::otp::otp_into(src, length, &alphabet, buf)
    })
}

pub(super) fn apikey(args: &ApikeyArgs) -> Result<Outcome> {
    if let Some(source) = &args.verify {
        let key = Source::parse(source)
            .context("--verify")?
            .read(&mut StdinLines::new())
            .context("reading the key")?;
        let Some(why) = apikey::why_invalid(&key, args.prefix.as_deref()) else {
            return Ok(Outcome::Success);
        };
        if !args.quiet {
            crate::note!("invalid: {why}");
        }
        return Ok(Outcome::Negative);
    }
    let prefix = args.prefix.as_deref().unwrap_or("sk_live_");
    secrets_core::apikey::validate_apikey_prefix(prefix)?;
    let encoding = match (args.encoding, args.checksum) {
        (Some(KeyEncoding::Hex), true) => {
            bail!("--checksum keys are base62 (GitHub's token shape)\nhint: drop --encoding hex")
        }
        (Some(e), _) => e,
        (None, true) => KeyEncoding::Base62,
        (None, false) => KeyEncoding::Hex,
    };
    if args.checksum {
        let entropy = apikey::RANDOM_CHARS as f64 * 62f64.log2();
        if args.entropy {
            note_entropy(entropy, None, apikey::RANDOM_CHARS, "base62 characters");
        }
        let mut meta = Meta::new("apikey", entropy);
        meta.length = Some(apikey::RANDOM_CHARS as u64);
        meta.encoding = Some("base62");
        meta.prefix = Some(prefix);
        meta.checksum = Some("crc32");
        return emit(&args.output, &meta, |src, buf| {
            apikey::checksummed_into(src, prefix, buf)
        });
    }
    // --bits N: whole bytes in hex; in base62 the fewest characters, with no byte count.
    let bytes = args.bits.map_or(args.bytes, |b| b.div_ceil(8));
    let nbytes = usize::try_from(bytes)?;
    let mut meta = Meta::new("apikey", bytes as f64 * 8.0);
    meta.bytes = Some(bytes);
    meta.prefix = Some(prefix);
    meta.target_bits = args.bits;
    if encoding == KeyEncoding::Base62 {
        let chars = match args.bits {
            Some(bits) => {
                meta.bytes = None;
                power_length_for(62, bits, u64::MAX, "characters")?
            }
            None => apikey::base62_chars_for_bytes(args.bytes),
        };
        meta.encoding = Some("base62");
        meta.length = Some(chars);
        meta.entropy_bits = chars as f64 * 62f64.log2();
        let chars = usize::try_from(chars)?;
        if args.entropy {
            note_entropy(meta.entropy_bits, args.bits, chars, "base62 characters");
        }
        return emit(&args.output, &meta, |src, buf| {
            buf.push_str(prefix);
            apikey::base62_into(src, chars, buf)
        });
    }
    meta.encoding = Some("hex");
    if args.entropy {
        note_entropy(meta.entropy_bits, args.bits, nbytes, "bytes");
    }
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

pub(super) fn passphrase(args: &PassphraseArgs) -> Result<Outcome> {
    let list = match Wordlist::builtin(&args.wordlist) {
        Some(list) => list,
        None => read_wordlist(&args.wordlist)?,
    };
    let list = filter_and_size(list, args)?;
    let options = PassphraseOptions {
        words: usize::try_from(args.words())?,
        separator: args.separator.clone(),
        capitalize: args.capitalize,
        number: args.number,
        symbol: args.symbol,
    };
    let mut generator = Generator::new(&list, options.clone())
        .with_context(|| format!("word list {}", args.wordlist))?;
    if let Some(bits) = args.bits {
        // A count that is only an upper bound cannot promise N bits.
        if !generator.entropy_is_exact() {
            bail!(
                "--bits {bits} needs an exact entropy, but it is not proven that different \
                 draws print different passphrases (the separator is empty or occurs in \
                 words, or --digit or --symbol meets digits or symbols in words, or the \
                 proof is beyond its bound)\nhint: use a separator such as '-' or ' '"
            );
        }
        let guess =
            secrets_core::bits::approx_length(bits as f64, (generator.list_len() as f64).log2());
        let words = secrets_core::bits::shortest(bits, 1, MAX_WORDS, guess, |w| {
            Ok::<_, anyhow::Error>(generator.count_with_words(usize::try_from(w)?))
        })?
        .with_context(|| {
            format!(
                "--bits {bits}: even {MAX_WORDS} words give {:.2} bits\nhint: ask for fewer bits",
                generator.bits_with_words(usize::try_from(MAX_WORDS).unwrap_or(usize::MAX))
            )
        })?;
        generator = Generator::new(
            &list,
            PassphraseOptions {
                words: usize::try_from(words)?,
                ..options
            },
        )?;
    }
    let words = generator.words();
    let entropy = generator.entropy_bits();
    if args.entropy {
        if generator.entropy_is_exact() {
            note_entropy(entropy, args.bits, words, "words");
        } else {
            crate::note!(
                "entropy: at most {entropy:.2} bits (not proven that different draws print \
                 different passphrases: the separator is empty or occurs in words, or --digit \
                 or --symbol meets digits or symbols in words, or the proof is beyond its \
                 bound)"
            );
        }
    }
    let mut meta = Meta::new("passphrase", entropy);
    meta.words = Some(words as u64);
    meta.target_bits = args.bits;
    meta.wordlist_size = Some(generator.list_len());
    emit(&args.output, &meta, |src, buf| {
        generator.sample_into(src, buf)
    })
}

/// Applies `--min-word-length`/`--max-word-length`, then refuses a list under
/// [`MIN_LIST_WORDS`] words and warns under [`WARN_LIST_WORDS`].
fn filter_and_size(list: Wordlist, args: &PassphraseArgs) -> Result<Wordlist> {
    let (min, max) = (
        args.min_word_length.unwrap_or(0),
        args.max_word_length.unwrap_or(usize::MAX),
    );
    if min > max {
        bail!("--min-word-length {min} is more than --max-word-length {max}");
    }
    let list = if args.min_word_length.is_some() || args.max_word_length.is_some() {
        list.with_lengths(min, max)
    } else {
        list
    };
    let filtered = if list.len() < MIN_LIST_WORDS && (min > 0 || max < usize::MAX) {
        " after --min-word-length/--max-word-length"
    } else {
        ""
    };
    if list.len() < MIN_LIST_WORDS {
        bail!(
            "the word list has {} words{filtered}; at least {MIN_LIST_WORDS} are required \
             (each word must add at least 10 bits)\nhint: use eff-large (7,776 words) or a \
             longer list",
            list.len()
        );
    }
    if list.len() < WARN_LIST_WORDS {
        crate::note!(
            "warning: the word list has {} words, so each word adds only {:.2} bits \
             (eff-large: 12.92); use more words or a longer list",
            list.len(),
            (list.len() as f64).log2()
        );
    }
    Ok(list)
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
    let text = source::read_text(file, &format!("the word list {path}"))?;
    Wordlist::from_text(text).with_context(|| format!("word list {path}"))
}

pub(super) fn int(args: &IntArgs) -> Result<Outcome> {
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

pub(super) fn choice(args: &ChoiceArgs) -> Result<Outcome> {
    let given = args.items.iter().filter(|i| *i != "-");
    for item in given.clone() {
        secrets_core::text::check_printable("an ITEM", item).map_err(anyhow::Error::msg)?;
    }
    // One text holds every item: the lines of standard input (with `-` or no ITEM), then
    // the arguments, one per line (they hold no line feed: checked above).
    let mut text = String::new();
    if args.items.is_empty() || args.items.iter().any(|i| i == "-") {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            crate::note!("reading the items from the terminal, one per line; end with Ctrl-D");
        }
        text = source::read_text(std::io::stdin().lock(), "standard input")?;
        text.push('\n');
    }
    for item in given {
        text.push_str(item);
        text.push('\n');
    }
    let lines = Lines::distinct(
        text,
        |line| Some(line.strip_suffix('\r').unwrap_or(line)),
        |item| secrets_core::text::check_printable("an item", item),
    )?;
    let items = Items::from_lines(lines).context(
        "nothing to choose from\n\
         hint: give the items as arguments, or as lines on standard input",
    )?;
    let mut meta = Meta::new("choice", (items.len() as f64).log2());
    meta.items = Some(items.len());
    meta.unique = Some(args.unique);
    let mut drawer = Drawer::new(items, args.unique, args.output.count)?;
    emit(&args.output, &meta, |src, buf| drawer.draw_into(src, buf))
}
