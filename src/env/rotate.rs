//! `secrets env rotate FILE KEY... [--keep-previous]`: regenerate keys with their recorded
//! generators and replace FILE atomically.
//!
//! Guarantees: FILE is read in its dialect (`--format`, or the one it is written in), and
//! written back in it; every key's generator is found and checked before anything is drawn
//! (a key without one is an error and FILE is untouched); `KEY_PREVIOUS` gets the old
//! value's exact text, so it reads back as the same value; no value is printed.

use std::collections::BTreeMap;

use anyhow::{Result, bail};
use secrets_core::dotenv::{Dialect, Document, Entry};

use super::files;
use super::generator::Generator;
use crate::cli::EnvRotateArgs;

/// Rotates the keys.
pub fn rotate(args: &EnvRotateArgs) -> Result<()> {
    let file = &args.file;
    let shown = file.display().to_string();
    let Some(text) = files::read_replaceable(file)? else {
        bail!("{shown}: no such file");
    };
    let doc = files::parse(file, &text, args.format.map(Dialect::from))?;
    let dialect = doc.dialect();
    let escape = files::escape(args.escape);
    let template_path = args
        .template
        .clone()
        .or_else(|| super::default_template(file));
    let template = match &template_path {
        Some(p) => files::load(p, None)?,
        None => None,
    };
    let specs = match &template {
        Some(t) => super::collect_specs(&[t, &doc], &args.spec)?,
        None => super::collect_specs(&[&doc], &args.spec)?,
    };
    Generator::check_count(args.keys.len())?;
    let mut generators: BTreeMap<&str, Generator> = BTreeMap::new();
    let mut planned = super::generator::Planned::default();
    for key in &args.keys {
        if doc.get(key).is_none() {
            bail!("{shown} has no key {key}");
        }
        let Some(spec) = specs.get(key) else {
            bail!(
                "{key} has no generator: no `# secrets:` comment above it in {shown} or the \
                 template\nhint: give one with --spec '{key}=GENERATOR ARGS'"
            );
        };
        generators.insert(key, planned.generator(key, spec, dialect)?);
    }
    Generator::check_budget(generators.values())?;
    let previous = |key: &str| format!("{key}_PREVIOUS");
    let mut out = Document::new(dialect);
    for entry in doc.entries() {
        let key = entry.key();
        // Old KEY_PREVIOUS entries of rotated keys are replaced.
        if args.keep_previous && key.is_some_and(|k| args.keys.iter().any(|r| previous(r) == k)) {
            continue;
        }
        let (Some(key), Some(generator)) = (key, key.and_then(|k| generators.get_mut(k))) else {
            out.push(entry.clone())?;
            continue;
        };
        // Only the last assignment counts for consumers; earlier ones are dropped.
        if doc.get(key).map(Entry::line) != Some(entry.line()) {
            continue;
        }
        let value = generator.generate(key)?;
        let export = entry.is_exported();
        let fresh = Entry::assign(key, &value, dialect, escape)
            .and_then(|e| e.with_export(export))
            .map_err(|_| {
                anyhow::anyhow!(
                    "the value drawn for {key} cannot be written in this format; {shown} is \
                     unchanged"
                )
            })?;
        out.push(fresh)?;
        if args.keep_previous && entry.value_text().is_some_and(|t| !t.trim().is_empty()) {
            out.push(entry.with_key(&previous(key))?)?;
        }
    }
    super::write_file(file, &out.render())?;
    crate::note!(
        "rotated in {shown}: {}{}",
        args.keys.join(", "),
        if args.keep_previous {
            " (old values kept as KEY_PREVIOUS)"
        } else {
            ""
        }
    );
    Ok(())
}
