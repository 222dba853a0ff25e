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

use std::path::PathBuf;
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};

use crate::cli::RunArgs;
use crate::commands::Outcome;
use crate::env::files;
use crate::redact::SecretSet;
use secrets_core::dotenv::Dialect;

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
            Some(doc) => docs.push(doc),
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
    for doc in &docs {
        // The engine refuses NUL in values: every value fits an environment.
        for (key, value) in doc.iter() {
            cmd.env(key, value);
            if args.mask {
                if value.len() < crate::redact::MIN_SECRET {
                    if !value.is_empty() {
                        short.push(key.to_owned());
                    }
                } else {
                    secrets.add(value.as_bytes(), key, false)?;
                }
            }
        }
    }
    if !short.is_empty() {
        crate::note!(
            "not masked (shorter than {} bytes): {}",
            crate::redact::MIN_SECRET,
            short.join(", ")
        );
    }
    let patterns = if args.mask {
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        Some(secrets.patterns(args.label)?)
    } else {
        None
    };
    let forwarder = Forwarder::new()?;
    let shown = program.to_string_lossy();
    // The command gets the core limit the user gave us, not our protective 0.
    #[cfg(unix)]
    crate::hygiene::give_original_core_limit(&mut cmd);
    let mut child = cmd.spawn().with_context(|| format!("running {shown}"))?;
    forwarder.forward_to(child.id());
    let status = match &patterns {
        Some(patterns) => {
            let out = child.stdout.take();
            let err = child.stderr.take();
            std::thread::scope(|scope| {
                let mut started = Ok(());
                if let Some(mut out) = out {
                    started = std::thread::Builder::new()
                        .spawn_scoped(scope, move || {
                            let mut sink = std::io::stdout().lock();
                            let _ = crate::redact::redact(
                                patterns, false, args.label, &mut out, &mut sink, true,
                            );
                        })
                        .map(drop);
                }
                if let (Ok(()), Some(mut err)) = (&started, err) {
                    started = std::thread::Builder::new()
                        .spawn_scoped(scope, move || {
                            let mut sink = std::io::stderr().lock();
                            let _ = crate::redact::redact(
                                patterns, false, args.label, &mut err, &mut sink, true,
                            );
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
    Ok(Outcome::Exit(exit_code(status)))
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
