//! Messages on standard error that can never fail the command.
//!
//! `eprintln!` panics when standard error cannot be written (`2>/dev/full`, a closed
//! pipe), which would turn a note into exit 101 and lose the result. Here a failed write is
//! ignored: a diagnostic changes neither the output nor the exit status.

use std::io::Write;

/// Writes one line to standard error, ignoring failure.
pub fn line(args: std::fmt::Arguments<'_>) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.write_all(b"\n"));
}

/// `note!("...", args)`: one line on standard error, never a panic.
#[macro_export]
macro_rules! note {
    ($($arg:tt)*) => {
        $crate::diag::line(format_args!($($arg)*))
    };
}
