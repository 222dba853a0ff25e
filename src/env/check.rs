//! `secrets env check FILE [--template TEMPLATE]`: a gate for CI and pre-commit hooks.
//!
//! Guarantees: the reasons name keys and files, never values; git's own answers decide
//! whether FILE is tracked or ignored (`git ls-files`, `git check-ignore`), so every rule
//! git applies (nested .gitignore, info/exclude, core.excludesFile) counts.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use secrets_core::dotenv::{Dialect, Document, Entry};

use super::files;
use crate::cli::EnvCheckArgs;
use crate::commands::Outcome;
use crate::io::Sink;

/// Placeholders that mean "not filled in yet" (compared without case).
const PLACEHOLDERS: &[&str] = &[
    "changeme",
    "change-me",
    "change_me",
    "todo",
    "tbd",
    "fixme",
    "placeholder",
    "replaceme",
    "replace-me",
    "replace_me",
    "secret",
    "password",
    "your-secret-here",
    "your_secret_here",
];

/// Words in a key's name that say its value is a secret.
const SECRET_WORDS: &[&str] = &[
    "PASSWORD",
    "SECRET",
    "TOKEN",
    "KEY",
    "PASS",
    "PWD",
    "CREDENTIAL",
    "AUTH",
];

/// Whether a value is a placeholder: a known word, only x's (3 or more), or `<...>`.
pub fn is_placeholder(value: &str) -> bool {
    let v = value.trim();
    let lower = v.to_ascii_lowercase();
    PLACEHOLDERS.contains(&lower.as_str())
        || (v.len() >= 3 && lower.bytes().all(|b| b == b'x'))
        || (v.len() >= 2 && v.starts_with('<') && v.ends_with('>'))
}

fn looks_secret(key: &str) -> bool {
    let upper = key.to_ascii_uppercase();
    SECRET_WORDS.iter().any(|w| upper.contains(w))
}

/// Runs the checks; writes one reason per line on stdout and answers Negative if any.
pub fn check(args: &EnvCheckArgs) -> Result<Outcome> {
    secrets_core::strength::ensure_memory()
        .context("loading the strength estimator's dictionaries")?;
    let file = &args.file;
    let shown = file.display().to_string();
    let template_path = args
        .template
        .clone()
        .or_else(|| super::default_template(file));
    let template = match &template_path {
        Some(path) => match files::load(path, None)? {
            Some(doc) => Some(doc),
            None => bail!("{}: no such template", path.display()),
        },
        None => None,
    };
    let mut reasons = Vec::new();
    let Some(text) = files::read(file)? else {
        bail!("{shown}: no such file");
    };
    // A gate answers: a file its consumers cannot read exactly is a reason, not an error.
    let parsed = match args.format {
        Some(format) => Document::parse(&text, format.into()),
        None => Document::parse_auto(&text),
    };
    let doc = parsed.unwrap_or_else(|e| {
        reasons.push(e.to_string());
        Document::new(Dialect::Dotenv)
    });
    let specs = match &template {
        Some(t) => super::collect_specs(&[t, &doc], &[])?,
        None => super::collect_specs(&[&doc], &[])?,
    };
    if let Some(t) = &template {
        for entry in t.entries() {
            let Some(key) = entry.key() else { continue };
            match doc.get(key).and_then(Entry::value) {
                None => reasons.push(format!("{key}: missing")),
                Some("") => reasons.push(format!("{key}: empty")),
                Some(_) => {}
            }
        }
    }
    for (key, value) in doc.iter() {
        if value.is_empty() {
            continue;
        }
        let example = template
            .as_ref()
            .and_then(|t| t.get(key))
            .and_then(Entry::value)
            .filter(|v| !v.is_empty());
        if is_placeholder(value) {
            reasons.push(format!("{key}: still a placeholder"));
        } else if example.is_some_and(|e| e == value)
            && (specs.contains_key(key) || looks_secret(key))
        {
            reasons.push(format!("{key}: still the template's example value"));
        } else if (specs.contains_key(key) || looks_secret(key))
            && secrets_core::strength::check(
                value,
                secrets_core::strength::Policy {
                    min_length: 0,
                    min_score: 0,
                },
            )
            .common
        {
            reasons.push(format!("{key}: a common password"));
        }
    }
    reasons.extend(permission_reason(file));
    reasons.extend(git_reasons(file));
    let mut sink = Sink::open(None, false)?;
    for r in &reasons {
        writeln!(sink, "{shown}: {r}")?;
    }
    sink.finish()?;
    Ok(if reasons.is_empty() {
        Outcome::Success
    } else {
        Outcome::Negative
    })
}

#[cfg(unix)]
fn permission_reason(file: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(file).ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then(|| {
        format!(
            "readable by group or others (mode {mode:04o}); run chmod 600 {}",
            file.display()
        )
    })
}

#[cfg(not(unix))]
fn permission_reason(_file: &Path) -> Option<String> {
    None
}

/// Whether FILE is tracked, or not ignored, in the git work tree around it.
fn git_reasons(file: &Path) -> Vec<String> {
    let dir = match file.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let Some(name) = file.file_name() else {
        return Vec::new();
    };
    let git = |args: &[&std::ffi::OsStr]| {
        Command::new("git")
            // A hostile repository's config must not run programs (core.fsmonitor).
            .args(["-c", "core.fsmonitor=false"])
            .arg("-C")
            .arg(&dir)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .output()
    };
    // A gate must not pass because git could not answer: "not a work tree" is the one
    // failure that means "nothing to check"; any other (dubious ownership, a broken
    // config, a bad GIT_DIR) is a reason. Outside a git work tree, rev-parse prints
    // "false" or fails with "not a git repository".
    let inside = Command::new("git")
        .args(["-c", "core.fsmonitor=false"])
        .arg("-C")
        .arg(&dir)
        .args(["rev-parse", "--is-inside-work-tree"])
        .stdin(Stdio::null())
        .output();
    match inside {
        Ok(o) if o.status.success() && o.stdout.starts_with(b"true") => {}
        Ok(o) if o.status.success() => return Vec::new(),
        // Only git's own "no repository here or above" means there is nothing to check;
        // "not a git repository: '/nonexistent'" (a bad GIT_DIR) is a failure.
        Ok(o)
            if String::from_utf8_lossy(&o.stderr)
                .contains("not a git repository (or any of the parent directories)") =>
        {
            return Vec::new();
        }
        Ok(_) => {
            return vec![
                "git could not say whether the file is tracked or ignored (git rev-parse \
                 failed: dubious ownership, a broken config or GIT_DIR?)"
                    .to_owned(),
            ];
        }
        Err(_) => {
            crate::note!("git is not installed: not checking whether the file is git-ignored");
            return Vec::new();
        }
    }
    let mut reasons = Vec::new();
    let listed = git(&[
        "ls-files".as_ref(),
        "--error-unmatch".as_ref(),
        "--".as_ref(),
        name,
    ]);
    let tracked = listed.as_ref().is_ok_and(|o| o.status.success());
    if listed
        .as_ref()
        .is_ok_and(|o| o.status.code() != Some(0) && o.status.code() != Some(1))
    {
        reasons.push("git ls-files failed: cannot tell whether the file is tracked".to_owned());
    }
    if tracked {
        reasons.push(format!(
            "tracked by git; run git rm --cached {} and rotate every secret in it",
            file.display()
        ));
    }
    let ignored = git(&["check-ignore".as_ref(), "-q".as_ref(), "--".as_ref(), name])
        .map(|o| o.status.code());
    match ignored {
        Ok(Some(0)) => {}
        Ok(Some(1)) => reasons.push(format!(
            "not git-ignored; add {} to .gitignore",
            name.to_string_lossy()
        )),
        _ => {
            reasons.push("git check-ignore failed: cannot tell whether the file is ignored".into())
        }
    }
    reasons
}
