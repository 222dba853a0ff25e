//! Process-level protection for secrets read from outside (operands of `compare`, …).

/// Marks the process as not dumpable: no core file, and other unprivileged processes of the
/// same user can no longer ptrace it or read its memory through /proc. Called before a
/// secret is read, so a crash while it is in memory does not write it to disk.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
pub fn protect_process() {
    // SAFETY: PR_SET_DUMPABLE takes an integer argument and touches no memory of ours.
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}

/// Elsewhere, core dumps are left to the system's configuration.
#[cfg(not(target_os = "linux"))]
pub fn protect_process() {}

/// Whether the process is currently dumpable (for tests).
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
pub fn is_dumpable() -> bool {
    // SAFETY: PR_GET_DUMPABLE reads a flag and touches no memory of ours.
    unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) == 1 }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn protecting_the_process_makes_it_non_dumpable() {
        protect_process();
        assert!(!is_dumpable());
    }
}
