//! Process-level protection: nothing outside this process can read a secret from its memory.
//!
//! [`protect_process`] runs first thing in `main`, before any secret exists, for every
//! command (generators hold the secrets they make; readers hold what they read; the
//! clipboard holder holds its text):
//! * the process is not dumpable (`PR_SET_DUMPABLE` 0): other processes of the same user can
//!   neither ptrace it nor read `/proc/PID/mem` or `/proc/PID/environ`, and no core file is
//!   written;
//! * the core file size limit is 0 (`RLIMIT_CORE`), so a crash writes no core even where
//!   the kernel's `core_pattern` pipes cores to a helper.
//!
//! Two system calls, a few microseconds of start-up.

/// Makes the process non-dumpable (Linux) and sets its core size limit to zero (every
/// Unix). Failures are ignored: there is nothing better to do than to go on (and both
/// succeed on Linux).
///
/// Only the soft limit is lowered: the hard limit stays the user's, so that `run` can give
/// the command it starts the core limit it would have had ([`prepare_child`]). Nothing
/// in this process raises its own soft limit.
#[cfg(unix)]
pub fn protect_process() {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let before = getrlimit(Resource::Core);
    let _ = ORIGINAL_CORE_LIMIT.set(before);
    let _ = setrlimit(
        Resource::Core,
        Rlimit {
            current: Some(0),
            maximum: before.maximum,
        },
    );
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, set_dumpable_behavior};
        let _ = set_dumpable_behavior(DumpableBehavior::NotDumpable);
    }
}

/// The core limit the process started with.
#[cfg(unix)]
static ORIGINAL_CORE_LIMIT: std::sync::OnceLock<rustix::process::Rlimit> =
    std::sync::OnceLock::new();

/// Prepares the child `cmd` starts: it gets the core limit this process started with,
/// instead of the protective soft limit 0 it would inherit, and standard output and error
/// are closed in it where `close` says (those that were closed when this process started,
/// which the runtime reopened here on `/dev/null`).
///
/// Both happen in the child between `fork` and `exec`, so the command never runs, not even
/// its first instruction, otherwise: setting the limit from the parent after `spawn` raced
/// with the command's own start (under load it read 0 about half the time).
#[cfg(unix)]
pub fn prepare_child(cmd: &mut std::process::Command, close: [bool; 2]) {
    use std::os::unix::process::CommandExt;
    let limit = ORIGINAL_CORE_LIMIT.get().copied();
    #[allow(unsafe_code)]
    // SAFETY: the closure runs in the forked child, where only async-signal-safe work is
    // allowed: it reads values captured before the fork and makes at most three system
    // calls (`setrlimit`, `close`), none of which allocates or takes a lock. Failures are
    // ignored: the command then runs with soft limit 0, which it may raise up to the
    // unchanged hard limit, or with the descriptor on /dev/null.
    unsafe {
        cmd.pre_exec(move || {
            if let Some(limit) = limit {
                let _ = rustix::process::setrlimit(rustix::process::Resource::Core, limit);
            }
            for (fd, close) in [1, 2].into_iter().zip(close) {
                if close {
                    libc::close(fd);
                }
            }
            Ok(())
        });
    }
}

/// Elsewhere, core dumps are left to the system's configuration.
#[cfg(not(unix))]
pub fn protect_process() {}

/// Whether the process is currently dumpable (for tests).
#[cfg(target_os = "linux")]
pub fn is_dumpable() -> bool {
    !matches!(
        rustix::process::dumpable_behavior(),
        Ok(rustix::process::DumpableBehavior::NotDumpable)
    )
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn protecting_the_process_makes_it_non_dumpable_without_cores() {
        protect_process();
        assert!(!is_dumpable());
        let core = rustix::process::getrlimit(rustix::process::Resource::Core);
        assert_eq!(core.current, Some(0));
    }
}
