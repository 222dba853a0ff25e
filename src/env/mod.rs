//! `.env` files: reading them from disk into the engine's model ([`files`]), generators
//! from templates ([`generator`]), and the commands `env fill`, `env check` and `env rotate`.
//!
//! Guarantees shared by the commands: no value is ever printed (messages name keys only);
//! files are written through [`crate::io::Sink`] (mode 0600, atomically); every
//! generator is checked against the file's dialect before anything is generated.

pub mod check;
pub mod files;
pub mod fill;
pub mod generator;
pub mod rotate;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Result;

use secrets_core::dotenv::Document;

/// `FILE.example` beside FILE, the conventional template, if it exists.
pub fn default_template(file: &Path) -> Option<PathBuf> {
    let mut name = file.file_name()?.to_os_string();
    name.push(".example");
    let path = file.with_file_name(name);
    path.is_file().then_some(path)
}

/// The generator specs: annotations of `docs` (later documents win), then `--spec`.
pub fn collect_specs(docs: &[&Document], specs: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for doc in docs {
        out.extend(doc.specs());
    }
    for arg in specs {
        let (key, spec) = generator::split_spec(arg)?;
        out.insert(key, spec);
    }
    Ok(out)
}

/// Writes `text` to `path` atomically with mode 0600, replacing it.
pub fn write_file(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    if path.as_os_str() == "-" {
        anyhow::bail!("env commands write files, never standard output: name a FILE");
    }
    let mut sink = crate::io::Sink::open(Some(path), true)?;
    sink.write_all(text.as_bytes())?;
    sink.finish()
}
