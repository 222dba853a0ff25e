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
/// the command it starts the core limit it would have had ([`restore_core_limit`]). Nothing
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

/// Gives the process `pid` (a command `run` started, which inherited our soft limit of 0)
/// the core limit this process started with. Errors are ignored: the command then runs with
/// a soft limit of 0, which it may raise itself up to the unchanged hard limit.
#[cfg(unix)]
pub fn restore_core_limit(pid: u32) {
    use rustix::process::{Pid, Resource, prlimit};
    let (Some(limit), Some(pid)) = (
        ORIGINAL_CORE_LIMIT.get(),
        i32::try_from(pid).ok().and_then(Pid::from_raw),
    ) else {
        return;
    };
    let _ = prlimit(Some(pid), Resource::Core, *limit);
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
