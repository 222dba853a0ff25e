//! The generators: passwords, passphrases, tokens, one-time codes, API keys, integers and
//! choices. Each builds its engine call and its JSON fields, then writes through [`emit`].

use std::io::Write;

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

use crate::apikey;
use crate::choice::{Drawer, Items};
use crate::cli::KeyEncoding;
use crate::cli::{
    ApikeyArgs, ChoiceArgs, IntArgs, OtpArgs, PassphraseArgs, PasswordArgs, TokenArgs,
    TokenBytesArgs,
};
use crate::lines::Lines;
use crate::output::Sink;
use crate::passphrase::{BUILTIN_LISTS, Generator, PassphraseOptions, Wordlist};
use crate::policy::{Policy, PolicyOptions};
use crate::sampler::PasswordSampler;
use crate::secrets::{self, IntRange, OTP_ALPHANUMERIC, RandomSource};
use crate::source::{self, Source, StdinLines};

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
    let policy = Policy::new(&policy_options(args)?)?;
    let needs_entropy = args.entropy || args.output.json;
    let entropy = if needs_entropy {
        policy.entropy_bits()
    } else {
        f64::NAN
    };
    if args.entropy {
        crate::note!("entropy: {entropy:.2} bits");
    }
    let mut meta = Meta::new("password", entropy);
    meta.length = Some(args.length());
    meta.alphabet_size = Some(policy.alphabet_len());
    emit_parallel(&args.output, &meta, || {
        let mut sampler = PasswordSampler::new(&policy)?;
        Ok(move |src: &mut RandomSource, buf: &mut String| sampler.sample_into(src, buf))
    })
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
    let length = usize::try_from(args.length())?;
    let mut meta = Meta::new("otp", length as f64 * (alphabet.len() as f64).log2());
    meta.length = Some(args.length());
    meta.alphabet_size = Some(alphabet.len());
    emit(&args.output, &meta, |src, buf| {
        secrets::otp_into(src, length, &alphabet, buf)
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

pub(super) fn passphrase(args: &PassphraseArgs) -> Result<Outcome> {
    let list = match Wordlist::builtin(&args.wordlist) {
        Some(list) => list,
        None => read_wordlist(&args.wordlist)?,
    };
    let generator = Generator::new(
        &list,
        PassphraseOptions {
            words: usize::try_from(args.words())?,
            separator: args.separator.clone(),
            capitalize: args.capitalize,
            number: args.number,
        },
    )
    .with_context(|| format!("word list {}", args.wordlist))?;
    let entropy = generator.entropy_bits();
    if args.entropy {
        if generator.entropy_is_exact() {
            crate::note!("entropy: {entropy:.2} bits");
        } else {
            crate::note!(
                "entropy: at most {entropy:.2} bits (some different draws print the same \
                 passphrase: the separator is empty or occurs in words, or --number meets digits)"
            );
        }
    }
    let mut meta = Meta::new("passphrase", entropy);
    meta.words = Some(args.words());
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
        crate::text::check_printable("an ITEM", item).map_err(anyhow::Error::msg)?;
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
        |item| crate::text::check_printable("an item", item).map_err(anyhow::Error::msg),
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
