//! `secrets`: parse the command line, run it, map the outcome to an exit status.

use std::io::{self, Write};
use std::process::ExitCode;

use secrets_cli::cli::{EXIT_ERROR, EXIT_NO, EXIT_OK, EXIT_REHASH};
use secrets_cli::commands::{self, Outcome};
use secrets_cli::io::clipboard;

fn main() -> ExitCode {
    // Before anything secret exists: no core file, no /proc/PID/mem for other processes.
    secrets_cli::hygiene::protect_process();
    let args: Vec<_> = std::env::args_os().collect();
    if let Some(timeout) = clipboard::holder_request(&args) {
        // The detached process that serves `--clip`; it reports to its parent on stdout.
        return match clipboard::hold(timeout) {
            Ok(()) => ExitCode::from(EXIT_OK),
            Err(_) => ExitCode::from(EXIT_ERROR),
        };
    }
    // Usage errors exit 2 with clap's message (its misleading hints removed); help and
    // version exit 0, except where a received operand could have asked for them
    // (src/parse.rs).
    let cli = match secrets_cli::parse::parse(args) {
        Ok(cli) => cli,
        Err(status) => return ExitCode::from(status),
    };
    match commands::run(cli) {
        Ok(Outcome::Success) => ExitCode::from(EXIT_OK),
        Ok(Outcome::Negative) => ExitCode::from(EXIT_NO),
        Ok(Outcome::Rehash) => ExitCode::from(EXIT_REHASH),
        Ok(Outcome::Exit(code)) => ExitCode::from(code),
        Err(err) if is_broken_pipe(&err) => ExitCode::from(EXIT_OK),
        Err(err) => {
            // The messages name what failed (a flag, a file, env:VAR), never a secret's value.
            let _ = writeln!(io::stderr(), "error: {err:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// A reader that went away (`secrets password -n 1000000 | head -1`) is not an error.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// Notes whether standard output was closed when the process started (`secrets password
/// >&-`), so that the secret is not silently lost.
///
/// Rust's runtime reopens a closed descriptor 0-2 as `/dev/null` before `main`, and then a
/// closed stdout cannot be told from a deliberate `/dev/null` (Python's
/// `subprocess.DEVNULL`, systemd's `StandardOutput=null`), which must work. Functions in
/// `.init_array` run before the runtime's set-up, when the descriptor is still closed.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
mod stdout_at_start {
    extern "C" fn check() {
        // SAFETY: fcntl(F_GETFD) takes two integers and touches no memory.
        let closed = unsafe { libc::fcntl(1, libc::F_GETFD) } == -1;
        secrets_cli::io::set_stdout_closed_at_start(closed);
        // SAFETY: as above, for descriptor 2 (`--mask` writes its registrations there).
        let closed = unsafe { libc::fcntl(2, libc::F_GETFD) } == -1;
        secrets_cli::io::set_stderr_closed_at_start(closed);
    }

    // SAFETY: the loader calls the functions of .init_array before main. This one makes one
    // system call and stores to an atomic, which need nothing of the Rust runtime.
    #[used]
    #[unsafe(link_section = ".init_array")]
    static CHECK: extern "C" fn() = check;
}
