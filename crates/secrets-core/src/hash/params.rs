//! The costs of a new hash, [`Params`], and the ranges each algorithm defines for them.

use super::crypt;
use super::error::HashError;
use super::limits::{Cost, WorkCap};

/// The costs of a new hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Params {
    /// Argon2id, version 19, with memory in KiB, passes and lanes.
    Argon2id {
        /// Memory cost in KiB (`m`).
        memory_kib: u32,
        /// Passes (`t`).
        time_cost: u32,
        /// Lanes (`p`).
        parallelism: u32,
    },
    /// bcrypt `$2b$` with log2 rounds.
    Bcrypt {
        /// Cost, 4 to 31.
        cost: u32,
    },
    /// scrypt with N = 2^log_n.
    Scrypt {
        /// log2(N).
        log_n: u8,
        /// Block size.
        r: u32,
        /// Parallelism.
        p: u32,
    },
    /// SHA-crypt `$6$` ([`crypt`]).
    Sha512Crypt {
        /// Rounds, 1000 to 999,999,999.
        rounds: u32,
    },
    /// yescrypt `$y$` with libxcrypt's default parameters ([`crypt`]).
    Yescrypt,
}

impl Params {
    /// Refuses costs outside what the algorithm defines ([`HashError::OutOfRange`]) or over
    /// the memory cap or the work cap ([`limits`](super::limits)), as [`hash`](super::hash) does: pure arithmetic, to call
    /// before reading the password.
    pub fn check_limits(self) -> Result<(), HashError> {
        self.check_ranges()?;
        self.cost().check(WorkCap::Capped)
    }

    /// The costs, for the caps.
    pub fn cost(self) -> Cost {
        match self {
            Params::Argon2id {
                memory_kib,
                time_cost,
                parallelism,
            } => Cost::Argon2 {
                m: memory_kib,
                t: time_cost,
                p: parallelism,
            },
            Params::Bcrypt { cost } => Cost::Bcrypt { cost },
            Params::Scrypt { log_n, r, p } => Cost::Scrypt { log_n, r, p },
            Params::Sha512Crypt { rounds } => Cost::ShaCrypt { rounds },
            Params::Yescrypt => Cost::Yescrypt {
                n: crypt::YESCRYPT_N,
                r: crypt::YESCRYPT_R,
                p: 1,
            },
        }
    }

    /// Refuses a parameter outside the range its algorithm defines (Argon2 needs t ≥ 1, at
    /// most 2^24 − 1 lanes and 8 KiB per lane; scrypt ln 1 to 63, r and p at least 1).
    fn check_ranges(self) -> Result<(), HashError> {
        let range = |algorithm, parameter, value: u32, min: u64, max: u64| {
            let value = u64::from(value);
            if (min..=max).contains(&value) {
                Ok(())
            } else {
                Err(HashError::OutOfRange {
                    algorithm,
                    parameter,
                    value,
                    min,
                    max,
                })
            }
        };
        let most = u64::from(u32::MAX);
        match self {
            Params::Argon2id {
                memory_kib,
                time_cost,
                parallelism,
            } => {
                range("argon2id", "t", time_cost, 1, most)?;
                range("argon2id", "p", parallelism, 1, 0xFF_FFFF)?;
                range(
                    "argon2id",
                    "m",
                    memory_kib,
                    8 * u64::from(parallelism),
                    most,
                )
            }
            Params::Bcrypt { cost } => range("bcrypt", "cost", cost, 4, 31),
            Params::Scrypt { log_n, r, p } => {
                range("scrypt", "ln", u32::from(log_n), 1, 63)?;
                range("scrypt", "r", r, 1, most)?;
                range("scrypt", "p", p, 1, most)
            }
            Params::Sha512Crypt { rounds } => range(
                "sha512-crypt",
                "rounds",
                rounds,
                u64::from(crypt::SHA_CRYPT_MIN_ROUNDS),
                u64::from(crypt::SHA_CRYPT_MAX_ROUNDS),
            ),
            Params::Yescrypt => Ok(()),
        }
    }
}
