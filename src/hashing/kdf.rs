//! Running the KDFs within the limits: Argon2 in memory allocated here, scrypt after a probe,
//! so that memory the system refuses is an error (exit 2), never an abort.

use anyhow::Result;
use zeroize::Zeroizing;

use super::Argon2Variant;
use super::limits::{self, Cost, WorkCap};

/// The error for memory that the allocator (or `RLIMIT_AS`) refuses: exit 2, never an abort.
fn out_of_memory(what: &str, bytes: u128) -> anyhow::Error {
    anyhow::anyhow!(
        "cannot allocate the {bytes} bytes ({}) of memory that {what} needs",
        limits::human_bytes(bytes)
    )
}

/// Argon2 of `password` and `salt` into `out` (its length is the hash length), over blocks
/// allocated fallibly here and wiped when dropped.
pub(super) fn argon2_into(
    variant: Argon2Variant,
    version: u32,
    (m, t, p): (u32, u32, u32),
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<()> {
    // Callers checked the limits; checking again costs nothing and keeps this function safe.
    Cost::Argon2 { m, t, p }.check(WorkCap::Lifted)?;
    let version = if version == 0x10 {
        argon2::Version::V0x10
    } else {
        argon2::Version::V0x13
    };
    if u64::from(m) < 8 * u64::from(p) {
        anyhow::bail!(
            "Argon2 needs at least 8 KiB of memory per lane: m={m} with p={p} is below the \
             minimum of {} KiB\nhint: raise --memory-cost to at least {}, or lower --parallelism",
            8 * u64::from(p),
            8 * u64::from(p)
        );
    }
    let params = argon2::Params::new(m, t, p, Some(out.len()))
        .map_err(|e| anyhow::anyhow!("invalid Argon2 parameters m={m}, t={t}, p={p}: {e}"))?;
    // The blocks are allocated here rather than by `hash_password_into`, so that memory the
    // allocator refuses is an error, not an abort, and so that they are wiped when dropped.
    let blocks = params.block_count();
    let mut memory: Zeroizing<Vec<argon2::Block>> = Zeroizing::new(Vec::new());
    memory
        .try_reserve_exact(blocks)
        .map_err(|_| out_of_memory(&format!("Argon2 m={m}"), blocks as u128 * 1024))?;
    memory.resize(blocks, argon2::Block::new());
    argon2::Argon2::new(variant.algorithm(), version, params)
        .hash_password_into_with_memory(password, salt, out, memory.as_mut_slice())
        .map_err(|e| anyhow::anyhow!("Argon2 failed: {e}"))
}

/// scrypt of `password` and `salt` into `out`, once a probe showed its memory can be had.
pub(super) fn scrypt_into(
    log_n: u8,
    r: u32,
    p: u32,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<()> {
    Cost::Scrypt { log_n, r, p }.check(WorkCap::Lifted)?;
    let params = scrypt::Params::new(log_n, r, p)
        .map_err(|_| anyhow::anyhow!("invalid scrypt parameters ln={log_n}, r={r}, p={p}"))?;
    // The `scrypt` crate allocates with `vec!`, which aborts when the allocator says no. So
    // probe first: reserve the total it will allocate, as one block, and release it. This is
    // sound enough: under `RLIMIT_AS` (or a heuristic-overcommit refusal) the same request
    // fails the same way a moment later, and one contiguous block is harder to place than the
    // crate's three separate ones. `black_box` keeps the optimiser from removing the unused
    // allocation (it may assume an unused allocation succeeds).
    let bytes = limits::scrypt_memory_bytes(log_n, r, p).unwrap_or(u128::MAX);
    probe(bytes, &format!("scrypt ln={log_n}, r={r}, p={p}"))?;
    scrypt::scrypt(password, salt, &params, out).map_err(|_| anyhow::anyhow!("scrypt failed"))
}

/// Fails (exit 2) if `bytes` of memory cannot be had right now, for a KDF that allocates
/// with `vec!` (scrypt, yescrypt), which would abort instead.
pub(super) fn probe(bytes: u128, what: &str) -> Result<()> {
    let size = usize::try_from(bytes).map_err(|_| out_of_memory(what, bytes))?;
    secrets_core::secret::probe(size).map_err(|_| out_of_memory(what, bytes))
}
