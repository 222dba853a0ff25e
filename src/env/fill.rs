//! `secrets env fill TEMPLATE [-o FILE]`: write FILE from TEMPLATE, generating what the
//! template's comments ask for and keeping every value FILE already has.
//!
//! Guarantees: idempotent (a second run writes nothing: the text would be the same); the
//! template's comments and order are kept; keys FILE has beyond the template are kept at
//! the end; every generator is checked before the first value is drawn; no value reaches
//! standard output or standard error.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Result, bail};
use zeroize::Zeroizing;

use super::dialect;
use super::dotenv::{Document, Entry, Kind, is_portable_key};
use super::generator::Generator;
use crate::cli::{EnvFillArgs, EnvFormat};

/// Fills the file; returns the keys left empty (reported on stderr).
pub fn fill(args: &EnvFillArgs) -> Result<()> {
    let template_path = &args.template;
    let Some(template) = Document::read(template_path)? else {
        bail!("{}: no such template", template_path.display());
    };
    let target = args.output.clone().unwrap_or_else(|| {
        template_path
            .parent()
            .map_or_else(|| PathBuf::from(".env"), |p| p.join(".env"))
    });
    if target == *template_path {
        bail!("the output would replace the template; name another file with -o");
    }
    let existing = Document::read_replaceable(&target)?.unwrap_or_default();
    let specs = super::collect_specs(&[&template], &args.spec)?;
    for key in specs.keys() {
        if template.get(key).is_none() {
            bail!("--spec {key}: the template has no key {key}");
        }
    }
    // Check every generator that will run before drawing anything.
    let mut generators: BTreeMap<&str, Generator> = BTreeMap::new();
    for (key, spec) in &specs {
        let set = existing
            .get(key)
            .and_then(Entry::value)
            .is_some_and(|v| !v.is_empty());
        if !set {
            if !is_portable_key(key) {
                bail!(
                    "{key}: a generated key must be letters, digits and _ (not starting with a digit)"
                );
            }
            generators.insert(key, Generator::new(key, spec, args.format)?);
        }
    }
    let mut out = Document::default();
    let (mut filled, mut kept, mut empty) = (Vec::new(), Vec::new(), Vec::new());
    let mut seen = std::collections::BTreeSet::new();
    for entry in &template.entries {
        let Some(key) = entry.key() else {
            // dotenv parsers skip a line that is no assignment, but a shell sourcing the file
            // runs it: never copy such a line into a file meant for `. ./.env`.
            if args.format == EnvFormat::Shell && matches!(entry.kind, Kind::Other) {
                bail!(
                    "the template has a line that is neither KEY=VALUE, a comment nor blank; \
                     with --format shell it would run as a command when the file is sourced\n\
                     hint: fix or remove that line of the template"
                );
            }
            out.entries.push(copy(entry));
            continue;
        };
        if !seen.insert(key.to_owned()) {
            continue;
        }
        if let Some(old) = existing
            .get(key)
            .filter(|e| e.value().is_some_and(|v| !v.is_empty()))
        {
            kept.push(key.to_owned());
            out.entries.push(copy(old));
        } else if let Some(generator) = generators.get_mut(key) {
            let value = generator.generate(key)?;
            // The alphabet was checked; this guards a generator we misjudged.
            if !dialect::carries(args.format, &value) {
                bail!(
                    "the value drawn for {key} cannot be written in this format; nothing was written"
                );
            }
            let written = dialect::write(args.format, args.escape, &value);
            filled.push(key.to_owned());
            out.entries
                .push(Entry::assign(key, &written, value).exported_if(entry.is_exported()));
        } else {
            if entry.value().is_none_or(str::is_empty) {
                empty.push(key.to_owned());
            }
            out.entries.push(copy(entry));
        }
    }
    // Keys FILE has beyond the template stay, after it.
    let extra: Vec<&Entry> = existing
        .entries
        .iter()
        .filter(|e| e.key().is_some_and(|k| !seen.contains(k)))
        .collect();
    if !extra.is_empty() {
        if !out.render().ends_with('\n') && !out.entries.is_empty() {
            out.entries.push(raw_entry("\n"));
        }
        for e in extra {
            out.entries.push(copy(e));
        }
    }
    let text = out.render();
    let unchanged = Document::read_replaceable(&target)?.is_some_and(|d| *d.render() == *text);
    if !unchanged {
        super::write_file(&target, &text)?;
    }
    let shown = target.display();
    report("filled", &filled, &shown);
    report("kept", &kept, &shown);
    if !empty.is_empty() {
        crate::note!(
            "left empty (no value and no generator) in {shown}: {}",
            empty.join(", ")
        );
    }
    if unchanged {
        crate::note!("{shown} is up to date");
    }
    Ok(())
}

fn report(what: &str, keys: &[String], file: &impl std::fmt::Display) {
    if !keys.is_empty() {
        crate::note!("{what} in {file}: {}", keys.join(", "));
    }
}

/// A copy of an entry (its text and meaning), ending with a line feed so that entries
/// taken from the end of another file do not run into the next one.
pub(super) fn copy(e: &Entry) -> Entry {
    let mut text = Zeroizing::new(String::with_capacity(e.raw.len() + 1));
    text.push_str(&e.raw);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Document::parse(&text)
        .entries
        .into_iter()
        .next()
        .unwrap_or_else(|| raw_entry(&text))
}

fn raw_entry(text: &str) -> Entry {
    Entry {
        kind: Kind::Other,
        raw: Zeroizing::new(text.to_owned()),
    }
}
