//! `keygen` (WireGuard, age and OpenSSH keys) and `key --for` (framework secret keys).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde_json::json;
use zeroize::Zeroizing;

use crate::cli::{KeyArgs, KeyKind, KeygenArgs};
use crate::io::Sink;
use crate::source::{Secret, Source, StdinLines};
use secrets_core::RandomSource;
use secrets_core::keys::framework::Framework;
use secrets_core::keys::{KeyError, age, ssh, wireguard};

use super::Outcome;
use super::emit::emit;

pub(super) fn keygen(args: &KeygenArgs) -> Result<Outcome> {
    let ssh = args.kind == KeyKind::SshEd25519;
    if !ssh && (args.comment.is_some() || args.passphrase.is_some() || args.fingerprint) {
        bail!(
            "--comment, --passphrase and --fingerprint apply to ssh-ed25519 keys only\n\
             hint: see `secrets keygen --help`"
        );
    }
    if args.kind == KeyKind::WireguardPsk && args.public.is_some() {
        bail!("a preshared key has no public key\nhint: drop --pub");
    }
    if args.public.is_some() && args.comment.is_some() {
        bail!("--comment applies to new keys; a key read by --pub keeps its own comment");
    }
    crate::hygiene::protect_process();
    let mut stdin = StdinLines::new();
    if let Some(source) = &args.public {
        let key = read(source, &mut stdin).context("reading the private key")?;
        return public(args, &key, &mut stdin);
    }
    // Opened first: an existing FILE or a terminal is refused before anything is made.
    let mut sink = Sink::open(args.output.as_deref(), args.force)?;
    if sink.is_terminal() && !args.show {
        bail!(
            "refusing to print a private key to a terminal\n\
             hint: write it to a file with --output FILE (mode 0600), redirect or pipe it, \
             or add --show"
        );
    }
    let mut src = RandomSource::new();
    let (kind, entropy) = (args.kind.name(), args.kind.entropy_bits());
    let mut object = json!({ "kind": kind, "entropy_bits": entropy });
    // What goes to the sink in plain mode, and the public key for stderr and JSON.
    let (text, public) = match args.kind {
        KeyKind::Wireguard => {
            let key = wireguard::private_key(&mut src)?;
            let public = wireguard::public_key(key.as_bytes())?;
            (line(&key), Some(public))
        }
        KeyKind::WireguardPsk => (line(&wireguard::preshared_key(&mut src)?), None),
        KeyKind::Age => {
            let identity = age::Identity::generate(&mut src)?;
            let created = secrets_core::keys::rfc3339_utc(secrets_core::ids::now_millis()? / 1000);
            object["created"] = created.clone().into();
            object["secret"] = identity.secret.as_str().into();
            (identity.file_text(&created), Some(identity.recipient))
        }
        KeyKind::SshEd25519 => {
            let passphrase = match &args.passphrase {
                Some(s) => {
                    let pass = read(s, &mut stdin).context("reading the passphrase")?;
                    if pass.is_empty() {
                        bail!(
                            "the passphrase is empty\n\
                             hint: drop --passphrase for an unencrypted key"
                        );
                    }
                    Some(pass)
                }
                None => None,
            };
            let comment = args.comment.as_deref().unwrap_or("");
            let pair =
                ssh::generate(&mut src, comment, passphrase.as_deref()).map_err(key_error)?;
            object["fingerprint"] = pair.fingerprint.clone().into();
            object["encrypted"] = passphrase.is_some().into();
            if let Some(path) = &args.output {
                write_public_file(&pub_path(path), &pair.public, args.force)?;
            }
            let _ = writeln!(std::io::stderr(), "fingerprint: {}", pair.fingerprint);
            (pair.private, Some(pair.public))
        }
    };
    if object.get("secret").is_none() {
        object["secret"] = text.trim_end().into();
    }
    if let Some(public) = &public {
        object["public"] = public.as_str().into();
        if args.kind != KeyKind::Wireguard {
            // As age-keygen does: the public key is not secret, and saves a second command.
            let _ = writeln!(std::io::stderr(), "public key: {public}");
        }
    }
    if args.json {
        let text = Zeroizing::new(serde_json::to_string(&object)?);
        writeln!(sink, "{}", text.as_str())?;
        wipe(object);
    } else {
        sink.write_all(text.as_bytes())?;
        wipe(object);
    }
    sink.finish()?;
    Ok(Outcome::Success)
}

/// The public half of a private key read from a SOURCE.
fn public(args: &KeygenArgs, key: &Secret, stdin: &mut StdinLines) -> Result<Outcome> {
    let lines: Vec<String> = match args.kind {
        KeyKind::Wireguard => vec![wireguard::public_key(key)?],
        KeyKind::Age => age::recipients(key).map_err(key_error)?,
        KeyKind::SshEd25519 => {
            let passphrase = match &args.passphrase {
                Some(s) => Some(read(s, stdin).context("reading the passphrase")?),
                None => None,
            };
            let (public, fingerprint) =
                ssh::public_of(key, passphrase.as_deref()).map_err(key_error)?;
            vec![if args.fingerprint {
                fingerprint
            } else {
                public
            }]
        }
        KeyKind::WireguardPsk => bail!("a preshared key has no public key"),
    };
    let mut sink = Sink::open(args.output.as_deref(), args.force)?;
    for l in &lines {
        if args.json {
            serde_json::to_writer(&mut sink, &json!({ "public": l }))?;
            sink.write_all(b"\n")?;
        } else {
            writeln!(sink, "{l}")?;
        }
    }
    sink.finish()?;
    Ok(Outcome::Success)
}

fn read(source: &str, stdin: &mut StdinLines) -> Result<Secret> {
    Source::parse(source)?.read(stdin)
}

fn line(text: &str) -> Zeroizing<String> {
    Zeroizing::new(format!("{text}\n"))
}

/// Overwrites the JSON strings that held the private key before they are freed.
fn wipe(value: serde_json::Value) {
    if let serde_json::Value::Object(map) = value {
        for (_, v) in map {
            if let serde_json::Value::String(s) = v {
                drop(Zeroizing::new(s));
            }
        }
    }
}

fn pub_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".pub");
    PathBuf::from(name)
}

/// Writes FILE.pub: through the same atomic, no-symlink writer, then made world-readable
/// (0644, as ssh-keygen makes it): a public key is meant to be shared.
fn write_public_file(path: &Path, public: &str, force: bool) -> Result<()> {
    let mut sink = Sink::open(Some(path), force)?;
    writeln!(sink, "{public}")?;
    sink.finish()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o644))
            .with_context(|| format!("making {} readable", path.display()))?;
    }
    Ok(())
}

pub(super) fn key(args: &KeyArgs) -> Result<Outcome> {
    let Some(framework) = args.framework else {
        let mut sink = Sink::open(None, false)?;
        for f in Framework::all() {
            writeln!(sink, "{:<10} {}", f.name(), f.format())?;
        }
        sink.finish()?;
        return Ok(Outcome::Success);
    };
    let spec = secrets_core::spec::Spec::Key(secrets_core::spec::KeySpec::Framework(framework));
    let plan = spec
        .plan(&secrets_core::spec::Builtin)
        .map_err(super::spec_error)?;
    let mut sampler = plan.sampler(args.output.count).map_err(super::spec_error)?;
    emit(&args.output, plan.info(), |src, buf| {
        sampler.sample_into(src, buf)
    })
}

/// A key error, with what to do about it where the command line has the answer.
fn key_error(e: KeyError) -> anyhow::Error {
    let hint = match e {
        KeyError::NoIdentity | KeyError::NotOpenssh => {
            "\nhint: `-` reads one line only; pass the whole file as file:PATH or fd:0"
        }
        KeyError::Encrypted => "\nhint: give its passphrase with --passphrase SOURCE",
        KeyError::Comment(_) => "\nhint: --comment takes one line of printable text",
        _ => "",
    };
    anyhow::anyhow!("{e}{hint}")
}
