//! `secrets run [--env-file FILE]... [--mask] -- COMMAND [ARGS...]`.
//!
//! Guarantees:
//! * COMMAND is executed directly (no shell), with the files' variables added to the
//!   inherited environment; nothing is printed but COMMAND's own output;
//! * standard input is inherited; without `--mask` so are standard output and error (the
//!   command keeps the terminal);
//! * the exit status is COMMAND's, or 128+N when it died of signal N, as shells report it;
//! * INT, TERM and HUP sent to us by another process (`kill`, a CI runner cancelling a job)
//!   are forwarded to COMMAND; those the terminal generates already reach COMMAND, which
//!   is in the same foreground process group, and are not sent twice;
//! * with `--mask`, both output streams pass through the redactor, flushed after every
//!   read so live output stays live.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use crate::cli::RunArgs;
use crate::commands::Outcome;
use crate::env::files;
use secrets_core::dotenv::{Dialect, Precedence};
use secrets_core::redact::SecretSet;
use zeroize::Zeroizing;

/// Runs the command; returns its exit status.
pub fn run(args: &RunArgs) -> Result<Outcome> {
    let paths = if args.env_file.is_empty() {
        vec![PathBuf::from(".env")]
    } else {
        args.env_file.clone()
    };
    let mut docs = Vec::new();
    for path in &paths {
        match files::load(path, args.format.map(Dialect::from))? {
            Some(doc) => docs.push((path, doc)),
            None => bail!(
                "{}: no such file\nhint: create it with `secrets env fill .env.example`, or \
                 name another with --env-file",
                path.display()
            ),
        }
    }
    let Some((program, rest)) = args.command.split_first() else {
        bail!("no COMMAND given");
    };
    let mut cmd = Command::new(program);
    cmd.args(rest);
    let mut secrets = SecretSet::default();
    let mut short = Vec::new();
    // The values as the files' consumers hold them. Without --override the inherited
    // environment wins (python-dotenv's `load_dotenv()`, Node's dotenv) and `${NAME}`
    // expands from it first; with --override the files' values win and expand first.
    let precedence = if args.override_env {
        Precedence::File
    } else {
        Precedence::Environment
    };
    let mut given: BTreeMap<String, Zeroizing<String>> = BTreeMap::new();
    for (path, doc) in &docs {
        let values = doc
            .expand(
                |name| {
                    let inherited = || std::env::var(name).ok().map(Zeroizing::new);
                    if args.override_env {
                        given.get(name).cloned().or_else(inherited)
                    } else {
                        inherited().or_else(|| given.get(name).cloned())
                    }
                },
                precedence,
            )
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        for (key, value) in values.iter() {
            given.insert(key.to_owned(), Zeroizing::new(value.to_owned()));
        }
    }
    // The engine refuses NUL in values: every value fits an environment.
    for (key, value) in &given {
        // Masked either way: the file's value is a secret even where the environment's wins.
        if args.override_env || std::env::var_os(key).is_none() {
            cmd.env(key, value.as_str());
        }
        if args.mask {
            if value.len() < secrets_core::redact::MIN_SECRET {
                if !value.is_empty() {
                    short.push(key.clone());
                }
            } else {
                secrets
                    .add(value.as_bytes(), key, false)
                    .map_err(crate::commands::redact_error)?;
            }
        }
    }
    if !short.is_empty() {
        crate::note!(
            "not masked (shorter than {} bytes): {}",
            secrets_core::redact::MIN_SECRET,
            short.join(", ")
        );
    }
    let closed = [
        crate::io::stdout_closed_at_start(),
        crate::io::stderr_closed_at_start(),
    ];
    if args.mask && closed[0] {
        bail!("standard output is closed: the masked output of the command would be lost");
    }
    let patterns = if args.mask {
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        Some(
            secrets
                .patterns(args.label)
                .map_err(crate::commands::redact_error)?,
        )
    } else {
        None
    };
    let forwarder = Forwarder::new()?;
    let shown = program.to_string_lossy();
    // The command gets the core limit the user gave us, not our protective 0, and the
    // descriptors closed when we started are closed for it too, as if it ran alone (the
    // runtime reopened ours on /dev/null, where its output would vanish without an error).
    #[cfg(unix)]
    crate::hygiene::prepare_child(&mut cmd, [closed[0] && !args.mask, closed[1] && !args.mask]);
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        // As a shell reports them: 127 for a command not found, 126 for one it cannot run.
        Err(e) if matches!(e.kind(), std::io::ErrorKind::NotFound) => {
            crate::note!("error: running {shown}: {e}");
            return Ok(Outcome::Exit(127));
        }
        Err(e) if matches!(e.kind(), std::io::ErrorKind::PermissionDenied) => {
            crate::note!("error: running {shown}: {e}");
            return Ok(Outcome::Exit(126));
        }
        Err(e) => return Err(e).with_context(|| format!("running {shown}")),
    };
    forwarder.forward_to(child.id());
    let failed = std::sync::Mutex::new(None);
    let status = match &patterns {
        Some(patterns) => {
            let out = child.stdout.take();
            let err = child.stderr.take();
            std::thread::scope(|scope| {
                let mut started = Ok(());
                let failed = &failed;
                if let Some(mut out) = out {
                    started = std::thread::Builder::new()
                        .spawn_scoped(scope, move || {
                            let mut sink = std::io::stdout().lock();
                            let done = secrets_core::redact::redact(
                                patterns, false, args.label, &mut out, &mut sink, true,
                            );
                            note_failure(failed, "standard output", done);
                        })
                        .map(drop);
                }
                if let (Ok(()), Some(mut err)) = (&started, err) {
                    started = std::thread::Builder::new()
                        .spawn_scoped(scope, move || {
                            let mut sink = std::io::stderr().lock();
                            let done = secrets_core::redact::redact(
                                patterns, false, args.label, &mut err, &mut sink, true,
                            );
                            note_failure(failed, "standard error", done);
                        })
                        .map(drop);
                }
                if let Err(e) = started {
                    // Nothing unmasked may pass: the command's output has nowhere to go,
                    // so it is stopped.
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(std::io::Error::other(format!(
                        "cannot start a thread to mask the output: {e}"
                    )));
                }
                child.wait()
            })
        }
        None => child.wait(),
    }
    .with_context(|| format!("waiting for {shown}"))?;
    if let Some(e) = failed.into_inner().ok().flatten() {
        // The command's output was cut short; its own status would hide that.
        crate::note!("error: writing the command's {e}");
        return Ok(Outcome::Exit(2));
    }
    Ok(Outcome::Exit(exit_code(status)))
}

/// Keeps the first failure of a masking thread other than a reader that went away (a
/// closed pipe is the reader's choice, as for every command).
fn note_failure(failed: &std::sync::Mutex<Option<String>>, what: &str, done: std::io::Result<()>) {
    let Err(e) = done else { return };
    if e.kind() != std::io::ErrorKind::BrokenPipe {
        if let Ok(mut slot) = failed.lock() {
            slot.get_or_insert_with(|| format!("{what}: {e}"));
        }
    }
}

/// The status a shell would report: the exit code, or 128+N for a death by signal N.
fn exit_code(status: std::process::ExitStatus) -> u8 {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            return u8::try_from(128 + signal).unwrap_or(255);
        }
    }
    status
        .code()
        .and_then(|c| u8::try_from(c & 0xff).ok())
        .unwrap_or(1)
}

/// Forwards INT, TERM and HUP sent by other processes to the child.
struct Forwarder {
    #[cfg(unix)]
    signals:
        Option<signal_hook::iterator::SignalsInfo<signal_hook::iterator::exfiltrator::WithOrigin>>,
}

impl Forwarder {
    fn new() -> Result<Forwarder> {
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            let signals = signal_hook::iterator::SignalsInfo::new([SIGINT, SIGTERM, SIGHUP])
                .context("watching signals")?;
            Ok(Forwarder {
                signals: Some(signals),
            })
        }
        #[cfg(not(unix))]
        Ok(Forwarder {})
    }

    fn forward_to(mut self, pid: u32) {
        #[cfg(unix)]
        if let Some(mut signals) = self.signals.take() {
            use signal_hook::low_level::siginfo::Cause;
            let Some(pid) = i32::try_from(pid)
                .ok()
                .and_then(rustix::process::Pid::from_raw)
            else {
                return;
            };
            let _ = std::thread::Builder::new()
                .name("forward-signals".into())
                .spawn(move || {
                    for origin in signals.forever() {
                        // The terminal's signals (sent by the kernel) reached the child too.
                        if matches!(origin.cause, Cause::Kernel) {
                            continue;
                        }
                        if let Some(sig) = rustix::process::Signal::from_named_raw(origin.signal) {
                            let _ = rustix::process::kill_process(pid, sig);
                        }
                    }
                });
        }
    }
}
