//! A template's generator: `# secrets: GENERATOR ARGS`, read by the command line's own clap
//! definitions (which flatten the engine's specs), turned into the engine's spec and
//! planned before anything is drawn: the same options, defaults and limits as the command
//! line and the HTTP API.
//!
//! Guarantees: every generator whose value is one line of text is accepted (password,
//! passphrase, tokens, otp, apikey, int, choice, uuid, ulid, nanoid, `key --for`, and
//! `keygen wireguard|wireguard-psk|age`); output options (`-o`, `--clip`, `--json`, `-n`,
//! `--github-*`, `--mask`) are refused; word lists are the built-in ones only (a template
//! does not choose files to read); a value is at most [`MAX_VALUE`] bytes; the set of
//! characters a generator can produce comes from its plan (never from a sample), so a
//! dialect that cannot carry one of them is refused before any value exists, naming the
//! characters to exclude.

use anyhow::{Result, bail};
use clap::Parser;
use zeroize::Zeroizing;

use crate::cli::generate::Command as Gen;
use crate::cli::keys::Command as Keys;
use crate::cli::{Cli, Command, OutputArgs};
use secrets_core::RandomSource;
use secrets_core::dotenv::{Dialect, PORTABLE_SYMBOLS, is_portable_key};
use secrets_core::spec::{Builtin, KeySpec, Plan, Spec, TokenEncoding, UlidSpec};

/// The largest value a template's generator may make, in bytes.
pub const MAX_VALUE: u64 = 64 * 1024;
/// The most generators one command runs (`env fill`, `env rotate`).
pub const MAX_GENERATORS: usize = 1000;
/// The most bytes all of one command's generators may make together: the largest `.env`
/// this toolkit reads back.
pub const MAX_TOTAL: u64 = secrets_core::dotenv::MAX_FILE as u64;

/// A checked generator for one key: its plan, shared by every key with the same generator
/// text (each distinct generator is planned once).
#[derive(Clone)]
pub struct Generator {
    plan: std::sync::Arc<Plan>,
    max_len: u64,
}

/// The generators planned so far in one command, by their text.
#[derive(Default)]
pub struct Planned(std::collections::HashMap<String, Generator>);

impl Planned {
    /// The generator of `spec` for `key`: planned the first time this text is seen.
    pub fn generator(&mut self, key: &str, spec: &str, dialect: Dialect) -> Result<Generator> {
        if let Some(g) = self.0.get(spec) {
            return Ok(g.clone());
        }
        let g = Generator::new(key, spec, dialect)?;
        self.0.insert(spec.to_owned(), g.clone());
        Ok(g)
    }
}

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Generator")
    }
}

/// Splits `KEY=SPEC` (from `--spec`).
pub fn split_spec(arg: &str) -> Result<(String, String)> {
    match arg.split_once('=') {
        Some((key, spec)) if is_portable_key(key) => Ok((key.to_owned(), spec.to_owned())),
        _ => bail!(
            "--spec takes KEY='GENERATOR ARGS', e.g. --spec 'API_KEY=token-hex 32' (KEY is \
             letters, digits and _)"
        ),
    }
}

/// The output options a template refuses, by flag.
fn refused(out: &OutputArgs) -> Option<&'static str> {
    [
        (out.count != 1, "-n"),
        (out.json, "--json"),
        (out.output.is_some(), "-o"),
        (out.clip, "--clip"),
        (out.no_newline, "--no-newline"),
        (out.github_output.is_some(), "--github-output"),
        (out.github_env.is_some(), "--github-env"),
        (out.mask, "--mask"),
    ]
    .into_iter()
    .find_map(|(on, flag)| on.then_some(flag))
}

/// The engine's spec a parsed template line stands for.
fn spec_of(command: Command) -> Result<Spec> {
    let not_text = || anyhow::anyhow!("not a generator of one line of text");
    let (spec, out) = match command {
        Command::Generate(generator) => match generator {
            Gen::Password(a) => (Spec::Password(a.spec()), a.output),
            Gen::Passphrase(a) => (Spec::Passphrase(a.spec()), a.output),
            Gen::TokenHex(a) => {
                let mut spec = a.spec.clone();
                spec.encoding = TokenEncoding::Hex;
                (Spec::Token(spec), a.output)
            }
            Gen::TokenUrlsafe(a) => {
                let mut spec = a.spec.clone();
                spec.encoding = TokenEncoding::Base64Url;
                (Spec::Token(spec), a.output)
            }
            Gen::Otp(a) => (Spec::Otp(a.spec()), a.output),
            Gen::Apikey(a) if a.verify.is_none() => (Spec::Apikey(a.spec), a.output),
            Gen::Int(a) => (Spec::Int(a.spec), a.output),
            Gen::Choice(a) => {
                if a.spec.items.is_empty() || a.spec.items.iter().any(|i| i == "-") {
                    bail!("choice in a template needs its items as arguments, not stdin");
                }
                (Spec::Choice(a.spec), a.output)
            }
            Gen::Uuid(a) => (Spec::Uuid(a.spec), a.output),
            Gen::Ulid(a) => (Spec::Ulid(UlidSpec::default()), a.output),
            Gen::Nanoid(a) => (Spec::Nanoid(a.spec), a.output),
            Gen::Apikey(_) | Gen::TokenBytes(_) => return Err(not_text()),
        },
        Command::Keys(Keys::Key(a)) => match a.framework {
            Some(f) => (Spec::Key(KeySpec::Framework(f)), a.output),
            None => return Err(not_text()),
        },
        Command::Keys(Keys::Keygen(a)) => {
            let extra = [
                (a.public.is_some(), "--pub"),
                (a.comment.is_some(), "--comment"),
                (a.passphrase.is_some(), "--passphrase"),
                (a.fingerprint, "--fingerprint"),
                (a.output.is_some(), "-o"),
                (a.json, "--json"),
                (a.show, "--show"),
            ];
            if let Some((_, flag)) = extra.iter().find(|(on, _)| *on) {
                bail!("{flag} does not apply here; the private key goes into the file");
            }
            return Ok(Spec::Key(KeySpec::Private(a.kind)));
        }
        _ => return Err(not_text()),
    };
    if let Some(flag) = refused(&out) {
        bail!("{flag} is an output option; the value goes into the file");
    }
    Ok(spec)
}

impl Generator {
    /// Parses `spec` for `key` and checks it against `dialect`.
    pub fn new(key: &str, spec: &str, dialect: Dialect) -> Result<Generator> {
        let what = || format!("the generator of {key}");
        let Some(words) = shlex::split(spec) else {
            bail!("{}: unbalanced quotes or a trailing backslash", what());
        };
        if words.is_empty() {
            bail!("{}: empty; write e.g. `# secrets: token-hex 32`", what());
        }
        let mut argv = vec!["secrets".to_owned()];
        argv.extend(words);
        let cli = Cli::try_parse_from(&argv).map_err(|e| {
            // clap's rendering names the bad option; keep its first line.
            let text = e.to_string();
            let first = text.lines().next().unwrap_or("invalid").trim().to_owned();
            anyhow::anyhow!("{}: {}", what(), first.trim_start_matches("error: "))
        })?;
        let spec = spec_of(cli.command).map_err(|e| anyhow::anyhow!("{}: {e}", what()))?;
        let plan = spec
            .plan(&Builtin)
            .map_err(|e| anyhow::anyhow!("{}: {:#}", what(), crate::commands::spec_error(e)))?;
        if plan.max_len() > MAX_VALUE {
            bail!(
                "{}: its values may take {} bytes, more than the {MAX_VALUE} a template allows",
                what(),
                plan.max_len()
            );
        }
        let bad = dialect.uncarried(plan.alphabet());
        if !bad.is_empty() {
            let shown: String = bad.iter().collect();
            let names: Vec<String> = bad.iter().map(char::to_string).collect();
            bail!(
                "{}: the {} format cannot carry {} (which the generator can draw); nothing was \
                 generated\nhint: exclude them, e.g. `-x {}` for password, or use --symbols \
                 '{}' (carried by every format){}",
                what(),
                dialect,
                names.join(" "),
                double_quoted(&shown),
                PORTABLE_SYMBOLS,
                if dialect == Dialect::Dotenv {
                    ", or --format shell for a file sourced by sh"
                } else {
                    ""
                }
            );
        }
        Ok(Generator {
            max_len: plan.max_len(),
            plan: std::sync::Arc::new(plan),
        })
    }

    /// Refuses more than [`MAX_GENERATORS`] keys to generate, before any is planned.
    pub fn check_count(n: usize) -> Result<()> {
        if n > MAX_GENERATORS {
            bail!("{n} keys to generate, more than the {MAX_GENERATORS} one command makes");
        }
        Ok(())
    }

    /// Refuses a set of generators that could make more than [`MAX_TOTAL`] bytes together,
    /// or more than [`MAX_GENERATORS`] of them, before anything is drawn.
    pub fn check_budget<'a>(generators: impl IntoIterator<Item = &'a Generator>) -> Result<()> {
        let (mut n, mut total) = (0usize, 0u64);
        for g in generators {
            n += 1;
            total = total.saturating_add(g.max_len);
        }
        Generator::check_count(n)?;
        if total > MAX_TOTAL {
            bail!(
                "the generators could make {total} bytes together, more than the {MAX_TOTAL} \
                 a .env file may hold here; nothing was generated"
            );
        }
        Ok(())
    }

    /// Draws one value, exactly as the command would print it.
    pub fn generate(&mut self, key: &str) -> Result<Zeroizing<String>> {
        let context = || format!("generating {key}");
        let plan = &self.plan;
        let mut sampler = plan
            .sampler(1)
            .map_err(|e| anyhow::anyhow!("{}: {e}", context()))?;
        let mut value = Zeroizing::new(String::with_capacity(
            usize::try_from(plan.max_len()).unwrap_or(0),
        ));
        sampler
            .sample_into(&mut RandomSource::new(), &mut value)
            .map_err(|e| anyhow::anyhow!("{}: {e}", context()))?;
        Ok(value)
    }
}

/// `text` in double quotes for sh (`\`, `$`, `"` and backquote escaped).
fn double_quoted(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        if matches!(c, '\\' | '$' | '"' | '`') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}
