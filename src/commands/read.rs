//! The commands that read a secret (from a SOURCE or a no-echo prompt) and answer about it
//! or derive from it: compare, check, hash, verify, hmac (totp is in [`super::totp`]).

use std::io::{IsTerminal, Write};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use base64::Engine as _;
use clap::ValueEnum as _;

use crate::breach::{self, Breaches};
use crate::cli::{CheckArgs, CompareArgs, HashAlgorithm, HashArgs, VerifyArgs};
use crate::cli::{HmacArgs, MacFormat};
use crate::io::Sink;
use crate::source::{Secret, SecretStream, Source, StdinLines};
use secrets_core as secrets;
use secrets_core::hash::{self as hashing, HashError, PasswordHash, WorkCap};
use secrets_core::mac::{self, Tag};
use secrets_core::strength;

use super::Outcome;

pub(super) fn compare(args: &CompareArgs) -> Result<Outcome> {
    let a = Source::parse(&args.a).context("the first operand")?;
    let b = match &args.b {
        Some(b) => Source::parse(b).context("the second operand")?,
        None => Source::Stdin,
    };
    // Two files or descriptors are compared as streams, in constant memory.
    // (Decided before opening anything: a FIFO opened twice would lose its writer.)
    if a.streams() && b.streams() {
        if let (Some(sa), Some(sb)) = (a.open_stream()?, b.open_stream()?) {
            return compare_streams(sa, sb, [&a, &b]);
        }
    }
    let mut stdin = StdinLines::new();
    let a = read_non_empty(&a, &mut stdin, "the first operand")?;
    let b = read_non_empty(&b, &mut stdin, "the second operand")?;
    Ok(if secrets::compare_digest(&a, &b) {
        Outcome::Success
    } else {
        Outcome::Negative
    })
}

/// Compares two streamed secrets: the time depends on the lengths only (like
/// `compare_digest`, a length difference ends the comparison, and lengths are not hidden).
fn compare_streams(
    mut a: SecretStream,
    mut b: SecretStream,
    sources: [&Source; 2],
) -> Result<Outcome> {
    let mut acc = 0u64;
    let mut compared = 0u64;
    loop {
        let (x, y) = (a.available()?, b.available()?);
        if compared == 0 {
            for (bytes, (source, what)) in [x, y].iter().zip(
                sources
                    .iter()
                    .zip(["the first operand", "the second operand"]),
            ) {
                if bytes.is_empty() {
                    bail!(
                        "{what} ({}) is empty; an empty secret is refused\n\
                         hint: check that the variable or file is set and not empty",
                        source.describe()
                    );
                }
            }
        }
        if x.is_empty() || y.is_empty() {
            let same_length = x.is_empty() && y.is_empty();
            return Ok(
                if same_length && bool::from(subtle::ConstantTimeEq::ct_eq(&acc, &0)) {
                    Outcome::Success
                } else {
                    Outcome::Negative
                },
            );
        }
        let n = x.len().min(y.len());
        acc = std::hint::black_box(acc | secrets::difference(&x[..n], &y[..n]));
        a.consume(n);
        b.consume(n);
        compared += n as u64;
    }
}

/// Reads a secret that may not be empty: an empty expected token would match an empty
/// submission, and an empty key authenticates nothing.
fn read_non_empty(source: &Source, stdin: &mut StdinLines, what: &str) -> Result<Secret> {
    let secret = source.read(stdin).with_context(|| what.to_owned())?;
    if secret.is_empty() {
        bail!(
            "{what} ({}) is empty; an empty secret is refused\n\
             hint: check that the variable or file is set and not empty",
            source.describe()
        );
    }
    Ok(secret)
}

pub(super) fn check_password(args: &CheckArgs) -> Result<Outcome> {
    // Rules first: a mistake in them should not cost the password typed at a prompt.
    let rules = args
        .rules
        .as_deref()
        .map(super::website_rules::read_rules)
        .transpose()?;
    if let Some(rules) = &rules {
        super::website_rules::refuse_impossible(rules)?;
    }
    let source = match &args.source {
        Some(s) => Source::parse(s).context("the SOURCE operand")?,
        None => Source::Stdin,
    };
    // --breached: the file or URL is checked before the password is asked for.
    let breaches = match (&args.hibp_file, args.hibp) {
        (Some(path), _) => Some(Breaches::file(path)?),
        (None, true) => Some(Breaches::range(
            args.hibp_url.as_deref(),
            args.hibp_timeout
                .map_or(breach::range::DEFAULT_TIMEOUT, Duration::from_secs),
        )?),
        (None, false) => None,
    };
    if rules.is_none() {
        strength::ensure_memory().context("loading the strength estimator's dictionaries")?;
    }
    let mut stdin = StdinLines::with_prompt("password");
    let bytes = source.read(&mut stdin)?;
    let password = std::str::from_utf8(&bytes).map_err(|_| {
        anyhow::anyhow!(
            "the password from {} is not valid UTF-8\n\
             hint: zxcvbn estimates text; convert it to UTF-8 first",
            source.describe()
        )
    })?;
    if let Some(rules) = &rules {
        let breach_count = match &breaches {
            Some(breaches) => Some(breaches.count(password.as_bytes())?),
            None => None,
        };
        return super::website_rules::check_rules(rules, password, breach_count, args.json);
    }
    let mut report = strength::check(
        password,
        strength::Policy {
            min_length: args.min_length,
            min_score: args.min_score,
        },
    );
    if let Some(breaches) = &breaches {
        report.add_breach_count(breaches.count(password.as_bytes())?);
    }
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
fn read_password(source: Option<&str>, confirm: bool) -> Result<Secret> {
    let source = match source {
        Some(s) => Source::parse(s).context("the SOURCE operand")?,
        None => Source::Stdin,
    };
    if source.is_stdin() && std::io::stdin().is_terminal() {
        let first = crate::prompt::hidden("password: ")?;
        if confirm {
            let again = crate::prompt::hidden("again: ")?;
            if !secrets::compare_digest(&first, &again) {
                bail!("the two passwords differ\nhint: run the command again");
            }
        }
        return Ok(Secret::new(first));
    }
    source.read(&mut StdinLines::new())
}

pub(super) fn hash(args: &HashArgs) -> Result<Outcome> {
    use HashAlgorithm::{Argon2id, Bcrypt, Scrypt, Sha512Crypt, Yescrypt};
    let htpasswd = super::hash_format::htpasswd_user(args)?;
    // htpasswd lines are bcrypt $2y$, as `htpasswd -B` writes them; argon2id (the default)
    // is not something Apache or nginx can read.
    let algorithm = match (htpasswd.is_some(), args.algorithm) {
        (true, Argon2id) => Bcrypt,
        (_, a) => a,
    };
    let given = |name: &str, set: bool, algorithms: &[HashAlgorithm]| -> Result<()> {
        if set && !algorithms.contains(&algorithm) {
            bail!(
                "--{name} does not apply to --algorithm {}\n\
                 hint: see `secrets hash --help` for each algorithm's options",
                algorithm
                    .to_possible_value()
                    .map(|v| v.get_name().to_owned())
                    .unwrap_or_default()
            );
        }
        Ok(())
    };
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
    given("rounds", args.rounds.is_some(), &[Sha512Crypt])?;
    let params = match algorithm {
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
        Sha512Crypt => hashing::Params::Sha512Crypt {
            rounds: args.rounds.unwrap_or(hashing::crypt::SHA_CRYPT_ROUNDS),
        },
        Yescrypt => hashing::Params::Yescrypt,
    };
    // Refused before the password is asked for.
    if let hashing::Params::Argon2id {
        memory_kib,
        parallelism,
        ..
    } = params
    {
        if u64::from(memory_kib) < 8 * u64::from(parallelism) {
            bail!(
                "--memory-cost {memory_kib} is below Argon2's minimum of 8 KiB per lane, \
                 {} KiB with --parallelism {parallelism}\n\
                 hint: raise --memory-cost to at least {}, or lower --parallelism",
                8 * u64::from(parallelism),
                8 * u64::from(parallelism)
            );
        }
    }
    params.check_limits().map_err(|e| match e {
        HashError::OverWorkCap { .. } => anyhow::anyhow!(
            "{e}\nhint: `secrets verify` refuses hashes above this cap unless given \
             --allow-expensive, so `hash` does not make them; choose lower costs"
        ),
        e => e.into(),
    })?;
    let password = read_password(args.source.as_deref(), true).context("reading the password")?;
    if password.is_empty() {
        let prompted = args
            .source
            .as_deref()
            .is_none_or(|s| s == "-" || s == "stdin")
            && std::io::stdin().is_terminal();
        if prompted {
            bail!("the password is empty\nhint: type a password at the prompt");
        }
        bail!("the password is empty\nhint: check the SOURCE (an unset or empty variable?)");
    }
    let text = hashing::hash(&password, params).map_err(|e| match e {
        HashError::PasswordTooLong { .. } => anyhow::anyhow!(
            "{e}\nhint: use --algorithm argon2id (no length limit), or a shorter password"
        ),
        e => e.into(),
    })?;
    let mut sink = Sink::open(None, false)?;
    super::hash_format::write(&mut sink, &text, htpasswd, args.escape)?;
    sink.finish()?;
    Ok(Outcome::Success)
}

pub(super) fn verify(args: &VerifyArgs) -> Result<Outcome> {
    let parsed = PasswordHash::parse(&args.hash).map_err(|e| {
        if looks_expanded_by_a_shell(&args.hash) {
            anyhow::anyhow!(
                "{e}\nhint: the shell expands '$' inside double quotes; put the hash in single \
                 quotes ('$2b$12$...'), or read it with \"$(cat FILE)\""
            )
        } else {
            e.into()
        }
    })?;
    let cap = if args.allow_expensive {
        WorkCap::Lifted
    } else {
        WorkCap::Capped
    };
    // Refused before the password is read, and so before anything is allocated or computed.
    parsed.check_limits(cap).map_err(refused_hash)?;
    let password = read_password(args.source.as_deref(), false).context("reading the password")?;
    if !parsed.verify(&password, cap)? {
        if !args.quiet {
            crate::note!("wrong password: it does not match the hash");
        }
        return Ok(Outcome::Negative);
    }
    if args.needs_rehash {
        let why = parsed.weaknesses();
        if !why.is_empty() {
            crate::note!(
                "needs rehash: {} hash with {}",
                parsed.algorithm(),
                why.join(", ")
            );
            return Ok(Outcome::Rehash);
        }
    }
    Ok(Outcome::Success)
}

/// Whether a hash that failed to parse looks like one whose `$name` parts a shell replaced
/// (double quotes, or none): it no longer starts with '$', or lost its '$' separators. A
/// well-formed but unsupported or over-limit hash gets no quoting hint.
fn looks_expanded_by_a_shell(hash: &str) -> bool {
    let hash = hash.trim();
    !hash.starts_with('$') || hash.matches('$').count() < 3
}

/// The message for a stored hash over a limit: the flag that lifts the work cap, and nothing
/// for the memory cap, which nothing lifts.
fn refused_hash(e: HashError) -> anyhow::Error {
    match e {
        HashError::OverWorkCap { .. } => anyhow::anyhow!(
            "refusing the hash: {e}\n\
             hint: if you trust this hash, --allow-expensive verifies it anyway \
             (the 4 GiB memory cap stays)"
        ),
        HashError::OverMemoryCap { .. } => anyhow::anyhow!("refusing the hash: {e}"),
        e => e.into(),
    }
}

pub(super) fn hmac(args: &HmacArgs) -> Result<Outcome> {
    let digest = args.algorithm.digest();
    // Parse the signature first: a malformed one is an error before anything is read.
    let expected = match &args.verify {
        Some(sig) => Some(mac::parse_signature(digest, sig).map_err(|e| match &e {
            mac::SignatureError::OtherAlgorithm { named, .. } => {
                anyhow::anyhow!("{e}\nhint: add --algorithm {named}")
            }
            mac::SignatureError::Undecodable { .. } => anyhow::anyhow!(e),
        })?),
        None => None,
    };
    let key_source = Source::parse(&args.key).context("--key")?;
    let message_path = args.file.as_ref().filter(|p| p.as_os_str() != "-");
    let key_reads_stdin = key_source.is_stdin() || key_source == Source::Fd(0);
    if key_reads_stdin && message_path.is_none() {
        bail!(
            "the key and the message cannot both come from standard input\n\
             hint: give the message as FILE, or the key as env:VAR, file:PATH or fd:N"
        );
    }
    let key = read_non_empty(&key_source, &mut StdinLines::new(), "--key")?;
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
        if tag.verify(&expected) {
            return Ok(Outcome::Success);
        }
        if !args.quiet {
            crate::note!("wrong signature: it is not the HMAC of the message with this key");
        }
        return Ok(Outcome::Negative);
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
