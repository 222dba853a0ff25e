//! The no-echo prompt for a secret typed at a terminal.
//!
//! Guarantees: the typed text is not echoed, the result is held in a wiped buffer, and the
//! terminal's settings are restored however the prompt ends — Enter, Ctrl-D, or Ctrl-C and
//! other fatal signals (see [`crate::signals`]): an interrupted prompt never leaves the
//! terminal without echo.

use std::fs::{File, OpenOptions};

use anyhow::{Result, bail};
use zeroize::Zeroizing;

/// Asks `prompt` on the terminal and reads one line without echo.
pub fn hidden(prompt: &str) -> Result<Zeroizing<Vec<u8>>> {
    let _restore =
        terminal().map(|(tty, termios)| crate::signals::restore_terminal_on_signal(tty, termios));
    match rpassword::prompt_password(prompt) {
        Ok(line) => Ok(Zeroizing::new(line.into_bytes())),
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            // Ctrl-C: die of SIGINT like any interrupted command, with the terminal restored.
            #[cfg(unix)]
            crate::signals::die_of(signal_hook::consts::SIGINT);
            #[cfg(not(unix))]
            bail!("interrupted")
        }
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            bail!("the prompt ended (Ctrl-D) before a line was entered")
        }
        Err(e) => Err(e.into()),
    }
}

/// The controlling terminal and its current settings, to restore after an interruption.
fn terminal() -> Option<(File, rustix::termios::Termios)> {
    let tty = OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")
        .ok()?;
    let termios = rustix::termios::tcgetattr(&tty).ok()?;
    Some((tty, termios))
}
