//! `secrets env rotate FILE KEY... [--keep-previous]`: regenerate keys with their recorded
//! generators and replace FILE atomically.
//!
//! Guarantees: every key's generator is found and checked before anything is drawn (a key
//! without one is an error and FILE is untouched); `KEY_PREVIOUS` gets the old value's
//! exact text, so it reads back as the same value; no value is printed.

use std::collections::BTreeMap;

use anyhow::{Result, bail};

use super::dialect;
use super::dotenv::{Document, Entry};
use super::fill::copy;
use super::generator::Generator;
use crate::cli::EnvRotateArgs;

/// Rotates the keys.
pub fn rotate(args: &EnvRotateArgs) -> Result<()> {
    let file = &args.file;
    let shown = file.display().to_string();
    let Some(doc) = Document::read_replaceable(file)? else {
        bail!("{shown}: no such file");
    };
    let template_path = args
        .template
        .clone()
        .or_else(|| super::default_template(file));
    let template = match &template_path {
        Some(p) => Document::read(p)?,
        None => None,
    };
    let specs = match &template {
        Some(t) => super::collect_specs(&[t, &doc], &args.spec)?,
        None => super::collect_specs(&[&doc], &args.spec)?,
    };
    let mut generators: BTreeMap<&str, Generator> = BTreeMap::new();
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
        generators.insert(key, Generator::new(key, spec, args.format)?);
    }
    let previous = |key: &str| format!("{key}_PREVIOUS");
    let mut out = Document::default();
    for entry in &doc.entries {
        let key = entry.key();
        // Old KEY_PREVIOUS entries of rotated keys are replaced.
        if args.keep_previous && key.is_some_and(|k| args.keys.iter().any(|r| previous(r) == k)) {
            continue;
        }
        let Some(generator) = key.and_then(|k| generators.get_mut(k)) else {
            out.entries.push(copy(entry));
            continue;
        };
        let key = key.unwrap_or_default();
        // Only the last assignment counts for consumers; earlier ones are dropped.
        if !std::ptr::eq(
            doc.get(key).map_or(std::ptr::null(), |e| e as *const Entry),
            entry,
        ) {
            continue;
        }
        let value = generator.generate(key)?;
        if !dialect::carries(args.format, &value) {
            bail!(
                "the value drawn for {key} cannot be written in this format; {shown} is unchanged"
            );
        }
        let written = dialect::write(args.format, args.escape, &value);
        let export = entry.is_exported();
        out.entries
            .push(Entry::assign(key, &written, value).exported_if(export));
        if args.keep_previous {
            if let Some(old) = entry.value_text().filter(|t| !t.trim().is_empty()) {
                let name = previous(key);
                let old_value = entry.value().map(str::to_owned).unwrap_or_default();
                out.entries.push(
                    Entry::assign(&name, old, zeroize::Zeroizing::new(old_value))
                        .exported_if(export),
                );
            }
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
