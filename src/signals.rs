//! What happens to secrets when a fatal signal arrives (INT, TERM, HUP, QUIT, and every
//! other catchable signal whose default action ends the process: USR1, USR2, ALRM, VTALRM,
//! PROF, XCPU, XFSZ).
//!
//! A process killed by a signal runs no destructors, so two things would be left behind: a
//! terminal with echo off (a no-echo prompt interrupted by Ctrl-C) and a temporary output
//! file holding a secret (where the system cannot create unnamed files). While either
//! exists, a thread waits for those signals; when one arrives it restores the terminal,
//! removes the temporary files, and then dies of the same signal, as the shell expects.
//! The thread starts only when first needed, so commands that need neither pay nothing.

use std::fs::File;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, OnceLock};

/// What to undo if a fatal signal arrives.
struct Cleanup {
    terminal: Option<(File, rustix::termios::Termios)>,
    temp_files: Vec<PathBuf>,
}

static CLEANUP: Mutex<Cleanup> = Mutex::new(Cleanup {
    terminal: None,
    temp_files: Vec::new(),
});

fn cleanup() -> MutexGuard<'static, Cleanup> {
    CLEANUP
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Starts the watching thread once; false if signals cannot be watched here.
fn watch() -> bool {
    static WATCHING: OnceLock<bool> = OnceLock::new();
    *WATCHING.get_or_init(|| {
        #[cfg(unix)]
        {
            use signal_hook::consts::{
                SIGALRM, SIGHUP, SIGINT, SIGPROF, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGVTALRM,
                SIGXCPU, SIGXFSZ,
            };
            // Every signal whose default action ends the process and that can be caught.
            let fatal = [
                SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF,
                SIGXCPU, SIGXFSZ,
            ];
            let Ok(mut signals) = signal_hook::iterator::Signals::new(fatal) else {
                return false;
            };
            std::thread::Builder::new()
                .name("signals".into())
                .spawn(move || {
                    if let Some(signal) = signals.forever().next() {
                        die_of(signal);
                    }
                })
                .is_ok()
        }
        #[cfg(not(unix))]
        false
    })
}

/// Undoes what is registered, then ends the process with `signal`'s default action.
#[cfg(unix)]
pub fn die_of(signal: i32) -> ! {
    undo();
    let _ = signal_hook::low_level::emulate_default_handler(signal);
    // Not reached for INT, TERM, HUP and QUIT, whose default action ends the process.
    std::process::exit(128 + signal)
}

fn undo() {
    let mut state = cleanup();
    if let Some((tty, termios)) = state.terminal.take() {
        let _ = rustix::termios::tcsetattr(&tty, rustix::termios::OptionalActions::Now, &termios);
    }
    for path in state.temp_files.drain(..) {
        let _ = std::fs::remove_file(path);
    }
}

/// While the returned guard lives, a fatal signal first restores `tty` to `termios`.
pub fn restore_terminal_on_signal(tty: File, termios: rustix::termios::Termios) -> TerminalGuard {
    watch();
    cleanup().terminal = Some((tty, termios));
    TerminalGuard(())
}

/// Forgets the terminal to restore when dropped.
#[derive(Debug)]
pub struct TerminalGuard(());

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        cleanup().terminal = None;
    }
}

/// While the returned guard lives, a fatal signal first removes `path`. Returns `None` if
/// signals cannot be watched on this system.
pub fn remove_on_signal(path: PathBuf) -> Option<TempFileGuard> {
    if !watch() {
        return None;
    }
    cleanup().temp_files.push(path.clone());
    Some(TempFileGuard(path))
}

/// Forgets the file to remove when dropped (the caller removes or renames it).
#[derive(Debug)]
pub struct TempFileGuard(PathBuf);

impl Drop for TempFileGuard {
    fn drop(&mut self) {
        cleanup().temp_files.retain(|p| p != &self.0);
    }
}
