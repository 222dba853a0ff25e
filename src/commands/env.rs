//! `env fill|check|rotate`, `run` and `redact`: secrets in .env files, processes and logs.

use std::io::IsTerminal;

use anyhow::{Context, Result, bail};

use crate::cli::{EnvCommand, RedactArgs};
use crate::env::files;
use crate::io::Sink;
use crate::source::{Source, StdinLines};
use secrets_core::dotenv::{Dialect, Document};
use secrets_core::redact::SecretSet;

use super::Outcome;

pub(super) fn env(cmd: &EnvCommand) -> Result<Outcome> {
    match cmd {
        EnvCommand::Fill(args) => crate::env::fill::fill(args).map(|()| Outcome::Success),
        EnvCommand::Check(args) => crate::env::check::check(args),
        EnvCommand::Rotate(args) => crate::env::rotate::rotate(args).map(|()| Outcome::Success),
    }
}

pub(super) fn redact(args: &RedactArgs) -> Result<Outcome> {
    let mut secrets = SecretSet::default();
    for operand in &args.sources {
        let source = Source::parse(operand)?;
        if source.is_stdin() {
            bail!(
                "standard input is the stream to redact, so it cannot also hold a secret\n\
                 hint: read the secret from env:VAR, file:PATH or fd:N"
            );
        }
        let what = source.describe();
        let secret = source
            .read(&mut StdinLines::new())
            .with_context(|| format!("reading {what}"))?;
        let name = match &source {
            Source::Env(var) => var.to_string_lossy().into_owned(),
            Source::File(path) => path
                .file_name()
                .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned()),
            Source::Fd(n) => format!("fd{n}"),
            _ => "secret".into(),
        };
        if secret.is_empty() {
            bail!("{what} is empty: there is nothing to mask");
        }
        secrets
            .add(&secret, &name, args.allow_short)
            .map_err(redact_error)?;
    }
    let mut short = Vec::new();
    for path in &args.env_file {
        let Some(text) = files::read(path)? else {
            bail!("{}: no such file", path.display());
        };
        // Without --format, every dialect that reads the text counts: masking the values
        // of both readings hides whatever either consumer would see.
        let docs: Vec<Document> = match args.format {
            Some(format) => vec![files::parse(path, &text, Some(format.into()))?],
            None => {
                let mut read = Vec::new();
                for dialect in Dialect::ALL {
                    match Document::parse(&text, dialect) {
                        Ok(doc) => read.push(doc),
                        Err(e) => crate::note!(
                            "{}: the {dialect} dialect cannot read it ({e}); values its \
                             consumer would see may go unmasked (--format names the one \
                             consumer)",
                            path.display()
                        ),
                    }
                }
                if read.is_empty() {
                    files::parse(path, &text, Some(Dialect::detect(&text)))?;
                }
                read
            }
        };
        // The values as written, and as python-dotenv expands them (from the environment).
        let mut pairs: Vec<(String, zeroize::Zeroizing<String>)> = Vec::new();
        for doc in &docs {
            pairs.extend(
                doc.iter()
                    .map(|(k, v)| (k.to_owned(), zeroize::Zeroizing::new(v.to_owned()))),
            );
            let expanded = doc
                .expand(
                    |name| std::env::var(name).ok().map(zeroize::Zeroizing::new),
                    secrets_core::dotenv::Precedence::File,
                )
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            pairs.extend(
                expanded
                    .iter()
                    .map(|(k, v)| (k.to_owned(), zeroize::Zeroizing::new(v.to_owned()))),
            );
        }
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.as_str().cmp(b.1.as_str())));
        pairs.dedup_by(|a, b| a.0 == b.0 && a.1.as_str() == b.1.as_str());
        for (key, value) in &pairs {
            let (key, value) = (key.as_str(), value.as_str());
            if !args.allow_short
                && !value.is_empty()
                && value.len() < secrets_core::redact::MIN_SECRET
            {
                short.push(key.to_owned());
                continue;
            }
            secrets
                .add(value.as_bytes(), key, args.allow_short)
                .map_err(redact_error)?;
        }
    }
    short.sort_unstable();
    short.dedup();
    if !short.is_empty() {
        crate::note!(
            "not masked (shorter than {} bytes; --allow-short masks them): {}",
            secrets_core::redact::MIN_SECRET,
            short.join(", ")
        );
    }
    if secrets.is_empty() && !args.detect {
        bail!(
            "nothing to mask: give SOURCEs (env:VAR, file:PATH, fd:N), --env-file FILE or \
             --detect"
        );
    }
    let patterns = secrets.patterns(args.label).map_err(redact_error)?;
    // Refuses a standard output that was closed at start-up.
    drop(Sink::open(None, false)?);
    let live = args.line_buffered || std::io::stdout().is_terminal();
    let mut input = std::io::stdin().lock();
    if args.detect {
        let mut sink = Sink::open(None, false)?;
        secrets_core::redact::redact(&patterns, true, args.label, &mut input, &mut sink, live)
            .context("redacting standard input")?;
        sink.finish()?;
    } else {
        // The masked text goes out with one vectored write per read, straight from the
        // input buffer: no copy into an output buffer, and nothing waits in one.
        let fd = std::os::fd::AsFd::as_fd(&std::io::stdout()).try_clone_to_owned()?;
        let mut out = std::fs::File::from(fd);
        secrets_core::redact::redact(&patterns, false, args.label, &mut input, &mut out, live)
            .context("redacting standard input")?;
    }
    Ok(Outcome::Success)
}

/// A redaction error as the command line says it, with what to do about it.
pub(crate) fn redact_error(e: secrets_core::redact::RedactError) -> anyhow::Error {
    use secrets_core::redact::RedactError;
    let hint = match e {
        RedactError::Short(_) => "\nhint: --allow-short masks it anyway",
        RedactError::TooLong(_) => "\nhint: a longer value is not a secret one masks in a log",
        _ => "",
    };
    anyhow::anyhow!("{e}{hint}")
}
