//! A template's generator: `# secrets: GENERATOR ARGS` parsed by the same clap definition as
//! the command line, checked against the file's dialect before anything is drawn.
//!
//! Guarantees: output options (`-o`, `--clip`, `--json`, `-n`, `--github-*`, `--mask`) are
//! refused; the set of characters a generator can produce is computed from its options
//! (never from a sample), so a dialect that cannot carry one of them is refused before any
//! value exists, naming the characters to exclude; a value is drawn exactly as the command
//! would draw it (the same code, its output taken in memory).

use std::collections::BTreeSet;

use anyhow::{Context, Result, bail};
use clap::Parser;
use zeroize::Zeroizing;

use crate::cli::generate::Command as Gen;
use crate::cli::{Cli, Command, KeyEncoding, OutputArgs};
use crate::collect::Capture;
use secrets_core::dotenv::{Dialect, PORTABLE_SYMBOLS, is_portable_key};
use secrets_core::passphrase::Wordlist;
use secrets_core::policy::Policy;

/// A checked generator for one key.
pub struct Generator {
    cli: Cli,
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

impl Generator {
    /// Parses `spec` for `key` and checks it against `format`.
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
        let mut generator = Generator { cli };
        let out = generator
            .output_mut()
            .with_context(|| format!("{}: not a generator of text", what()))?;
        let refused = [
            (out.count != 1, "-n"),
            (out.json, "--json"),
            (out.output.is_some(), "-o"),
            (out.clip, "--clip"),
            (out.no_newline, "--no-newline"),
            (out.github_output.is_some(), "--github-output"),
            (out.github_env.is_some(), "--github-env"),
            (out.mask, "--mask"),
        ];
        if let Some((_, flag)) = refused.iter().find(|(on, _)| *on) {
            bail!(
                "{}: {flag} is an output option; the value goes into the file",
                what()
            );
        }
        let alphabet = generator.alphabet().with_context(what)?;
        let bad = dialect.uncarried(&alphabet);
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
        Ok(generator)
    }

    fn output_mut(&mut self) -> Option<&mut OutputArgs> {
        let Command::Generate(command) = &mut self.cli.command else {
            return None;
        };
        match command {
            Gen::Password(a) => Some(&mut a.output),
            Gen::Passphrase(a) => Some(&mut a.output),
            Gen::TokenHex(a) | Gen::TokenUrlsafe(a) => Some(&mut a.output),
            Gen::Otp(a) => Some(&mut a.output),
            Gen::Apikey(a) if a.verify.is_none() => Some(&mut a.output),
            Gen::Int(a) => Some(&mut a.output),
            Gen::Choice(a) => Some(&mut a.output),
            _ => None,
        }
    }

    /// Every character the generator can produce.
    fn alphabet(&self) -> Result<BTreeSet<char>> {
        let chars = |s: &str| s.chars().collect::<BTreeSet<char>>();
        let Command::Generate(command) = &self.cli.command else {
            bail!("not a generator of text");
        };
        Ok(match command {
            Gen::Password(a) if a.rules.is_some() => {
                let text = a.rules.as_deref().unwrap_or_default();
                let rules =
                    secrets_core::rules::Rules::parse_checked(text).map_err(anyhow::Error::msg)?;
                rules.allowed.ascii().chars().collect()
            }
            Gen::Password(a) => {
                let policy = Policy::new(&crate::commands::policy_options(a)?)?;
                policy.alphabet().into_iter().collect()
            }
            Gen::Passphrase(a) => {
                let list = match Wordlist::builtin(&a.wordlist) {
                    Some(list) => list,
                    None => {
                        let file = std::fs::File::open(&a.wordlist)
                            .with_context(|| format!("reading the word list {}", a.wordlist))?;
                        let text = crate::source::read_text(file, "the word list")?;
                        Wordlist::from_text(text)?
                    }
                };
                let mut set = BTreeSet::new();
                use secrets_core::passphrase::Capitalize;
                for word in list.words() {
                    set.extend(word.chars());
                    match a.capitalize {
                        Capitalize::None => {}
                        Capitalize::First | Capitalize::Random => {
                            set.extend(secrets_core::passphrase::capitalize(word).chars());
                        }
                        Capitalize::All => set.extend(word.to_uppercase().chars()),
                    }
                }
                set.extend(a.separator.chars());
                if a.number {
                    set.extend('0'..='9');
                }
                if a.symbol {
                    set.extend(secrets_core::passphrase::PASSPHRASE_SYMBOLS.chars());
                }
                set
            }
            Gen::TokenHex(_) => chars("0123456789abcdef"),
            Gen::TokenUrlsafe(_) => {
                chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            }
            Gen::Otp(a) if a.alphanumeric => chars(secrets_core::otp::OTP_ALPHANUMERIC),
            Gen::Otp(_) | Gen::Int(_) => chars("-0123456789"),
            Gen::Apikey(a) => {
                let mut set = chars(a.prefix.as_deref().unwrap_or("sk_live_"));
                let base62 = a.checksum || a.encoding == Some(KeyEncoding::Base62);
                set.extend(
                    if base62 {
                        secrets_core::apikey::BASE62
                    } else {
                        "0123456789abcdef"
                    }
                    .chars(),
                );
                set
            }
            Gen::Choice(a) => {
                if a.items.is_empty() || a.items.iter().any(|i| i == "-") {
                    bail!("choice in a template needs its items as arguments, not stdin");
                }
                a.items.iter().flat_map(|i| i.chars()).collect()
            }
            _ => bail!("not a generator of text"),
        })
    }

    /// Draws one value, exactly as the command would print it.
    pub fn generate(&mut self, key: &str) -> Result<Zeroizing<String>> {
        let capture = Capture::default();
        if let Some(out) = self.output_mut() {
            out.capture = Some(capture.clone());
        }
        let cli = Cli {
            command: clone_command(&self.cli.command)
                .with_context(|| format!("the generator of {key}"))?,
        };
        crate::commands::run(cli).with_context(|| format!("generating {key}"))?;
        let mut bytes = capture.take();
        match String::from_utf8(std::mem::take(&mut *bytes)) {
            Ok(s) => Ok(Zeroizing::new(s)),
            Err(e) => {
                let mut raw = e.into_bytes();
                zeroize::Zeroize::zeroize(&mut raw);
                bail!("the generator of {key} made a value that is not UTF-8")
            }
        }
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

/// Only generators reach here; the other families need not be `Clone`.
fn clone_command(cmd: &Command) -> Option<Command> {
    match cmd {
        Command::Generate(g) => Some(Command::Generate(g.clone())),
        _ => None,
    }
}
