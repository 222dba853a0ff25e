//! `secrets env fill TEMPLATE [-o FILE]`: write FILE from TEMPLATE, generating what the
//! template's comments ask for and keeping every value FILE already has.
//!
//! Guarantees: idempotent (a second run writes nothing: the text would be the same); the
//! template's comments and order are kept; keys FILE has beyond the template are kept at
//! the end; every generator is checked before the first value is drawn; every value copied
//! from the template is read in the template's dialect and written again in FILE's, so no
//! template line reaches FILE as text its consumer would run or expand (a value FILE's
//! dialect cannot carry is refused); no value reaches standard output or standard error.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Result, bail};
use secrets_core::dotenv::{Dialect, Document, DotenvError, Entry, Kind, is_portable_key};

use super::files;
use super::generator::Generator;
use crate::cli::EnvFillArgs;

/// Fills the file; reports on stderr what was filled, kept and left empty.
pub fn fill(args: &EnvFillArgs) -> Result<()> {
    let template_path = &args.template;
    let Some(template_text) = files::read(template_path)? else {
        bail!("{}: no such template", template_path.display());
    };
    let template = files::parse(
        template_path,
        &template_text,
        Some(Dialect::detect(&template_text)),
    )?;
    let target = args.output.clone().unwrap_or_else(|| {
        template_path
            .parent()
            .map_or_else(|| PathBuf::from(".env"), |p| p.join(".env"))
    });
    if target == *template_path {
        bail!("the output would replace the template; name another file with -o");
    }
    let dialect = Dialect::from(args.format);
    let escape = files::escape(args.escape);
    let existing_text = files::read_replaceable(&target)?;
    let existing = match &existing_text {
        Some(text) => files::parse(&target, text, Some(dialect))?,
        None => Document::new(dialect),
    };
    let specs = super::collect_specs(&[&template], &args.spec)?;
    for key in specs.keys() {
        if template.get(key).is_none() {
            bail!("--spec {key}: the template has no key {key}");
        }
    }
    // Check every generator that will run before drawing anything: first how many there
    // are (cheap), then each distinct one once.
    let wanted = specs
        .keys()
        .filter(|key| {
            existing
                .get(key)
                .and_then(Entry::value)
                .is_none_or(str::is_empty)
        })
        .count();
    Generator::check_count(wanted)?;
    let mut generators: BTreeMap<&str, Generator> = BTreeMap::new();
    let mut planned = super::generator::Planned::default();
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
            generators.insert(key, planned.generator(key, spec, dialect)?);
        }
    }
    Generator::check_budget(generators.values())?;
    let shown = target.display();
    let copy_error = |e: DotenvError| {
        anyhow::anyhow!(
            "{}: {e}; {shown} cannot hold it as the template has it\nhint: fix that line of the \
             template, or choose the other --format",
            template_path.display()
        )
    };
    let mut out = Document::new(dialect);
    let (mut filled, mut kept, mut empty) = (Vec::new(), Vec::new(), Vec::new());
    let mut seen = std::collections::BTreeSet::new();
    for entry in template.entries() {
        let Some(key) = entry.key() else {
            out.push(entry.clone()).map_err(copy_error)?;
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
            out.push(old.clone())?;
        } else if let Some(generator) = generators.get_mut(key) {
            let value = generator.generate(key)?;
            // The alphabet was checked; this guards a generator we misjudged.
            let fresh = Entry::assign(key, &value, dialect, escape)
                .and_then(|e| e.with_export(entry.is_exported()))
                .map_err(|_| {
                    anyhow::anyhow!(
                        "the value drawn for {key} cannot be written in this format; nothing \
                         was written"
                    )
                })?;
            filled.push(key.to_owned());
            out.push(fresh)?;
        } else if entry.kind() == Kind::Bare || entry.value().is_none_or(str::is_empty) {
            // A bare `KEY` has no value in either dialect: written as `KEY=''`.
            empty.push(key.to_owned());
            let blank =
                Entry::assign(key, "", dialect, escape)?.with_export(entry.is_exported())?;
            out.push(blank)?;
        } else {
            out.push(entry.clone()).map_err(copy_error)?;
        }
    }
    // Keys FILE has beyond the template stay, after it.
    let extra: Vec<&Entry> = existing
        .entries()
        .iter()
        .filter(|e| e.key().is_some_and(|k| !seen.contains(k)))
        .collect();
    for e in extra {
        out.push(e.clone())?;
    }
    let text = out.render();
    let unchanged = existing_text.as_deref().is_some_and(|t| *t == *text);
    if !unchanged {
        super::write_file(&target, &text)?;
    }
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
