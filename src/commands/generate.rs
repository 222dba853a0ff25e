//! The generators: passwords, passphrases, tokens, one-time codes, API keys, integers,
//! choices and identifiers. Each turns its arguments into the engine's spec, plans it (the
//! same validation and limits as the HTTP API and `.env` templates), and writes the plan's
//! values through [`emit`].

use std::io::Write;

use anyhow::{Context, Result, bail};
use zeroize::Zeroizing;

use crate::cli::{
    ApikeyArgs, ChoiceArgs, IntArgs, NanoidArgs, OtpArgs, PassphraseArgs, PasswordArgs, TokenArgs,
    TokenBytesArgs, UlidArgs, UuidArgs,
};
use crate::io::Sink;
use crate::source::{self, Source, StdinLines};
use secrets_core::RandomSource;
use secrets_core::apikey;
use secrets_core::choice::Items;
use secrets_core::lines::Lines;
use secrets_core::passphrase::{BUILTIN_LISTS, Wordlist};
use secrets_core::policy::PolicyOptions;
use secrets_core::spec::{
    Builtin, PassphraseSpec, Plan, Problem, Spec, SpecError, TokenEncoding, WordlistSource,
};

use super::Outcome;
use super::emit::{Framing, emit, emit_parallel};

/// The policy options a `password` command line asks for (also used by the fuzz targets).
pub fn policy_options(args: &PasswordArgs) -> Result<PolicyOptions> {
    args.spec().policy_options().map_err(spec_error)
}

/// A spec's error as the command line says it: the option as a flag, and what to do.
pub fn spec_error(e: SpecError) -> anyhow::Error {
    let hint = match (&e.problem, e.field) {
        (Problem::Unreachable { under, .. }, _) if *under == " under this policy" => {
            "\nhint: widen the alphabet, or ask for fewer bits"
        }
        (Problem::Unreachable { .. }, _) => "\nhint: ask for fewer bits",
        (Problem::Invalid(_), "bits") => "\nhint: ask for fewer bits",
        (Problem::NotExact, _) => "\nhint: use a separator such as '-' or ' '",
        (Problem::Invalid(m), "rules") if m.starts_with("Apple's parser discards") => {
            "\nhint: the properties are required, allowed, max-consecutive, minlength and \
             maxlength (lowercase), each `name: value`, separated by `;`"
        }
        (Problem::Invalid(m), "rules") if m.starts_with("only one password") => {
            "\nhint: the allowed set needs at least two characters"
        }
        (Problem::Invalid(m), "wordlist") if m.contains("are required") => {
            "\nhint: use eff-large (7,776 words) or a longer list"
        }
        (Problem::Invalid(_), "checksum") => "\nhint: drop --encoding hex",
        (Problem::Engine(_), "range") => "\nhint: give the lower bound first, as in --range 1 7",
        (Problem::Id(secrets_core::ids::IdError::Repeated(_)), _) => {
            "\nhint: list each character once"
        }
        _ => "",
    };
    let text = match (e.field, &e.value, &e.problem) {
        ("", _, problem) => problem.to_string(),
        // The engine's own messages already say what they are about.
        ("separator" | "item" | "unique", _, Problem::Engine(engine)) => engine.to_string(),
        (field, None, problem) => format!("--{field}: {problem}"),
        (field, Some(value), problem) => format!("--{field} {value}: {problem}"),
    };
    anyhow::anyhow!("{text}{hint}")
}

/// Plans a spec, printing its notes (a short word list, how rules were read) on stderr.
fn plan(spec: &Spec, words: &dyn WordlistSource) -> Result<Plan> {
    let plan = spec.plan(words).map_err(spec_error)?;
    for note in plan.notes() {
        crate::note!("{note}");
    }
    Ok(plan)
}

/// `--entropy`: the entropy, and with `--bits` the size it chose (without, the size is the
/// one asked for, and the line stays as it always was).
fn note_entropy(plan: &Plan) {
    let entropy = plan.entropy();
    match (plan.chosen(), plan.info().target_bits) {
        (Some((size, unit)), Some(bits)) => crate::note!(
            "entropy: {:.2} bits ({size} {unit}, the fewest for at least {bits} bits)",
            entropy.bits()
        ),
        _ if !entropy.is_exact() => crate::note!(
            "entropy: at most {:.2} bits {}",
            entropy.bits(),
            PassphraseSpec::not_exact_reason()
        ),
        _ => crate::note!("entropy: {:.2} bits", entropy.bits()),
    }
}

/// Writes the plan's values; with `parallel`, many values are made on two threads.
fn write(plan: &Plan, out: &crate::cli::OutputArgs, parallel: bool) -> Result<Outcome> {
    let count = out.count;
    let make = || {
        let mut sampler = plan.sampler(count).map_err(spec_error)?;
        Ok(move |src: &mut RandomSource, buf: &mut String| sampler.sample_into(src, buf))
    };
    if parallel {
        emit_parallel(out, plan.info(), make)
    } else {
        emit(out, plan.info(), make()?)
    }
}

pub(super) fn password(args: &PasswordArgs) -> Result<Outcome> {
    let plan = plan(&Spec::Password(args.spec()), &Builtin)?;
    if args.entropy {
        note_entropy(&plan);
    }
    write(&plan, &args.output, true)
}

/// Random bytes encoded in chunks: a multiple of 3 bytes, so that concatenated base64 chunks
/// equal the encoding of the whole, and large enough to go straight to the OS.
const TOKEN_CHUNK: usize = 48 * 1024;

pub(super) fn token(args: &TokenArgs, encoding: TokenEncoding) -> Result<Outcome> {
    let mut spec = args.spec.clone();
    spec.encoding = encoding;
    let plan = plan(&Spec::Token(spec.clone()), &Builtin)?;
    if args.entropy {
        note_entropy(&plan);
    }
    // Streamed in chunks, so a token of any size takes little memory.
    let nbytes = spec.bytes();
    let out = &args.output;
    let framing = Framing::new(out, plan.info())?;
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
                TokenEncoding::Hex => {
                    const_hex::encode_to_slice(&raw[..n], &mut text[..2 * n])?;
                    2 * n
                }
                TokenEncoding::Base64Url => {
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
    let plan = plan(&Spec::Otp(args.spec()), &Builtin)?;
    if args.entropy {
        note_entropy(&plan);
    }
    write(&plan, &args.output, false)
}

pub(super) fn apikey(args: &ApikeyArgs) -> Result<Outcome> {
    if let Some(source) = &args.verify {
        let key = Source::parse(source)
            .context("--verify")?
            .read(&mut StdinLines::new())
            .context("reading the key")?;
        let Some(why) = apikey::why_invalid(&key, args.spec.prefix.as_deref()) else {
            return Ok(Outcome::Success);
        };
        if !args.quiet {
            crate::note!("invalid: {why}");
        }
        return Ok(Outcome::Negative);
    }
    let plan = plan(&Spec::Apikey(args.spec.clone()), &Builtin)?;
    if args.entropy {
        note_entropy(&plan);
    }
    write(&plan, &args.output, false)
}

/// Word lists named by path, read from files (the command line's own; templates and the
/// HTTP API take the built-in lists only).
pub struct WordlistFiles;

impl WordlistSource for WordlistFiles {
    fn load(&self, path: &str) -> Result<Wordlist, SpecError> {
        read_wordlist(path)
            .map_err(|e| SpecError::new("wordlist", Problem::Invalid(format!("{e:#}"))))
    }
}

pub(super) fn passphrase(args: &PassphraseArgs) -> Result<Outcome> {
    let plan = plan(&Spec::Passphrase(args.spec()), &WordlistFiles)?;
    if args.entropy {
        note_entropy(&plan);
    }
    write(&plan, &args.output, false)
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
    let plan = plan(&Spec::Int(args.spec.clone()), &Builtin)?;
    write(&plan, &args.output, false)
}

pub(super) fn choice(args: &ChoiceArgs) -> Result<Outcome> {
    let given = args.spec.items.iter().filter(|i| *i != "-");
    for item in given.clone() {
        secrets_core::text::check_printable("an ITEM", item).map_err(anyhow::Error::msg)?;
    }
    // One text holds every item: the lines of standard input (with `-` or no ITEM), then
    // the arguments, one per line (they hold no line feed: checked above).
    let mut text = String::new();
    let items = &args.spec.items;
    if items.is_empty() || items.iter().any(|i| i == "-") {
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
    let plan = args.spec.plan_items(items).map_err(spec_error)?;
    write(&plan, &args.output, false)
}

pub(super) fn uuid(args: &UuidArgs) -> Result<Outcome> {
    write(
        &plan(&Spec::Uuid(args.spec.clone()), &Builtin)?,
        &args.output,
        false,
    )
}

pub(super) fn ulid(args: &UlidArgs) -> Result<Outcome> {
    let spec = Spec::Ulid(secrets_core::spec::UlidSpec::default());
    write(&plan(&spec, &Builtin)?, &args.output, false)
}

pub(super) fn nanoid(args: &NanoidArgs) -> Result<Outcome> {
    write(
        &plan(&Spec::Nanoid(args.spec.clone()), &Builtin)?,
        &args.output,
        false,
    )
}
