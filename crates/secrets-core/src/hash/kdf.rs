//! Running the KDFs within the limits: Argon2 in memory allocated here, scrypt after a probe,
//! so that memory the system refuses is an error ([`HashError::OutOfMemory`]), never an
//! abort.

use zeroize::Zeroizing;

use super::Argon2Variant;
use super::error::HashError;
use super::limits::{Cost, WorkCap};

/// Argon2 of `password` and `salt` into `out` (its length is the hash length), over blocks
/// allocated fallibly here and wiped when dropped. `version` is 0x10 or 0x13.
pub(super) fn argon2_into(
    variant: Argon2Variant,
    version: u32,
    (m, t, p): (u32, u32, u32),
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), HashError> {
    // Callers checked the limits; checking again costs nothing and keeps this function safe.
    let cost = Cost::Argon2 { m, t, p };
    cost.check(WorkCap::Lifted)?;
    let version = if version == 0x10 {
        argon2::Version::V0x10
    } else {
        argon2::Version::V0x13
    };
    let failed = |reason: String| HashError::Failed {
        algorithm: variant.name(),
        reason,
    };
    let params = argon2::Params::new(m, t, p, Some(out.len()))
        .map_err(|e| failed(format!("invalid parameters m={m}, t={t}, p={p}: {e}")))?;
    // The blocks are allocated here rather than by `hash_password_into`, so that memory the
    // allocator refuses is an error, not an abort, and so that they are wiped when dropped.
    let blocks = params.block_count();
    let mut memory: Zeroizing<Vec<argon2::Block>> = Zeroizing::new(Vec::new());
    memory
        .try_reserve_exact(blocks)
        .map_err(|_| HashError::OutOfMemory {
            bytes: blocks as u128 * 1024,
            cost,
        })?;
    memory.resize(blocks, argon2::Block::new());
    argon2::Argon2::new(variant.algorithm(), version, params)
        .hash_password_into_with_memory(password, salt, out, memory.as_mut_slice())
        .map_err(|e| failed(e.to_string()))
}

/// scrypt of `password` and `salt` into `out`, once a probe showed its memory can be had.
pub(super) fn scrypt_into(
    log_n: u8,
    r: u32,
    p: u32,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> Result<(), HashError> {
    let cost = Cost::Scrypt { log_n, r, p };
    cost.check(WorkCap::Lifted)?;
    let failed = |reason: String| HashError::Failed {
        algorithm: "scrypt",
        reason,
    };
    let params = scrypt::Params::new(log_n, r, p)
        .map_err(|_| failed(format!("invalid parameters ln={log_n}, r={r}, p={p}")))?;
    // The `scrypt` crate allocates with `vec!`, which aborts when the allocator says no. So
    // probe first: reserve the total it will allocate, as one block, and release it. This is
    // sound enough: under `RLIMIT_AS` (or a heuristic-overcommit refusal) the same request
    // fails the same way a moment later, and one contiguous block is harder to place than the
    // crate's three separate ones.
    probe(cost)?;
    scrypt::scrypt(password, salt, &params, out).map_err(|e| failed(e.to_string()))
}

/// Fails with [`HashError::OutOfMemory`] if the memory `cost` needs cannot be had right now,
/// for a KDF that allocates with `vec!` (scrypt, yescrypt), which would abort instead.
pub(super) fn probe(cost: Cost) -> Result<(), HashError> {
    let bytes = cost.memory_bytes().unwrap_or(u128::MAX);
    let refused = || HashError::OutOfMemory { bytes, cost };
    let size = usize::try_from(bytes).map_err(|_| refused())?;
    crate::secret::probe(size).map_err(|_| refused())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_that_cannot_exist_is_an_error_naming_the_costs() {
        // 2^62 bytes, beyond any address space (even 57-bit): refused, never touched.
        let cost = Cost::Yescrypt {
            n: 1 << 50,
            r: 32,
            p: 1,
        };
        let err = probe(cost).expect_err("refused");
        assert!(matches!(err, HashError::OutOfMemory { .. }), "{err}");
        assert!(err.to_string().starts_with("cannot allocate the "), "{err}");
        assert!(err.to_string().contains("that yescrypt needs"), "{err}");
    }
}
