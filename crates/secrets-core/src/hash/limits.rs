//! What a password hash may cost, decided from its parameters alone, before anything is
//! allocated or computed: the policy on top of the parsers, which accept any costs their
//! formats can write.
//!
//! Two caps, because a stored hash is input, and input must not choose unbounded work:
//! * **memory**, always: at most [`MAX_MEMORY_BYTES`] (4 GiB), counting every buffer the KDF
//!   allocates (for scrypt, `V`, `B` and the scratch block, not only `V`);
//! * **work**, unless the caller trusts the hash ([`WorkCap::Lifted`]): at most
//!   [`MAX_WORK_FACTOR`] (64) times the work of what [`hash`](super::hash) makes by default
//!   for the same algorithm. Argon2's work is `m·t` (blocks filled), bcrypt's `2^cost`
//!   (key-schedule rounds), scrypt's `N·r·p` (BlockMix calls); scrypt's `r` and `p` are also
//!   capped one by one at 64 times our default (512 and 64), so no single parameter is far
//!   outside what is in use even where the product is small.
//!
//! Every product is formed in `u128` from `u32`/`u8` operands (at most 2^63 · 2^32 · 2^32
//! · 128 < 2^128), so no parameter can overflow it.

use super::crypt::{SHA_CRYPT_ROUNDS, YESCRYPT_N, YESCRYPT_R};
use super::error::HashError;
use super::{
    ARGON2_MEMORY_KIB, ARGON2_TIME_COST, BCRYPT_COST, MAX_MEMORY_KIB, SCRYPT_LOG_N, SCRYPT_P,
    SCRYPT_R,
};

/// The most memory one hash computation may use: 4 GiB.
pub const MAX_MEMORY_BYTES: u64 = MAX_MEMORY_KIB * 1024;

/// The most work one hash may ask for, as a multiple of what [`hash`](super::hash) makes by
/// default for the same algorithm (unless the work cap is lifted).
pub const MAX_WORK_FACTOR: u32 = 64;

/// The largest scrypt block size `r` under the work cap: 64 × our default 8.
pub const SCRYPT_MAX_R: u32 = SCRYPT_R * MAX_WORK_FACTOR;

/// The largest scrypt parallelism `p` under the work cap: 64 × our default 1.
pub const SCRYPT_MAX_P: u32 = SCRYPT_P * MAX_WORK_FACTOR;

/// The largest bcrypt cost under the work cap: 2^18 = 64 × 2^12.
pub const BCRYPT_MAX_COST: u32 = BCRYPT_COST + MAX_WORK_FACTOR.ilog2();

/// Whether the work cap applies. The memory cap always does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WorkCap {
    /// At most [`MAX_WORK_FACTOR`] times our default work for the algorithm.
    #[default]
    Capped,
    /// No work cap: the caller trusts the hash (it came from its own configuration, say).
    Lifted,
}

/// The cost parameters of one hash computation, as they appear in a hash string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cost {
    /// Argon2.
    Argon2 {
        /// Memory in KiB.
        m: u32,
        /// Passes.
        t: u32,
        /// Lanes.
        p: u32,
    },
    /// bcrypt.
    Bcrypt {
        /// log2 of the rounds.
        cost: u32,
    },
    /// scrypt.
    Scrypt {
        /// log2(N).
        log_n: u8,
        /// Block size.
        r: u32,
        /// Parallelism.
        p: u32,
    },
    /// SHA-crypt (`$6$`, `$5$`).
    ShaCrypt {
        /// Rounds.
        rounds: u32,
    },
    /// yescrypt (`$y$`).
    Yescrypt {
        /// N, the memory and CPU cost.
        n: u64,
        /// Block size.
        r: u32,
        /// Parallelism.
        p: u32,
    },
}

/// Bytes the `scrypt` crate allocates for (ln, r, p): `V` (128·r·N), `B` (128·r·p) and its
/// scratch block (128·r in scrypt 0.12; counted as the reference implementation's 256·r
/// `XY`, so the count is at most 128·r bytes high and stays right if the crate changes).
/// `None` if ln is 64 or more (no such N exists in any implementation).
pub(crate) fn scrypt_memory_bytes(log_n: u8, r: u32, p: u32) -> Option<u128> {
    if log_n >= 64 {
        return None;
    }
    let (n, r, p) = (1u128 << log_n, u128::from(r), u128::from(p));
    Some(128 * r * (n + p) + 256 * r)
}

impl Cost {
    /// Bytes this computation allocates, at most. Argon2 fills at most `m` blocks of 1 KiB (the
    /// `argon2` crate rounds `m` down to a multiple of 4p, and requires m ≥ 8p); bcrypt's state
    /// is a fixed 4 KiB, not counted. `None` when no machine could have them.
    pub fn memory_bytes(self) -> Option<u128> {
        match self {
            Cost::Argon2 { m, .. } => Some(u128::from(m) * 1024),
            Cost::Bcrypt { .. } => Some(0),
            Cost::Scrypt { log_n, r, p } => scrypt_memory_bytes(log_n, r, p),
            // SHA-crypt's state is a few hundred bytes, not counted.
            Cost::ShaCrypt { .. } => Some(0),
            // yescrypt, like scrypt: V is 128·r·N bytes, B 128·r·p.
            Cost::Yescrypt { n, r, p } => {
                let (n, r, p) = (u128::from(n), u128::from(r), u128::from(p));
                Some(128 * r * (n + p) + 256 * r)
            }
        }
    }

    /// Refuses the computation if it is over the memory cap, or over the work cap when
    /// `cap` is [`WorkCap::Capped`]: [`HashError::OverMemoryCap`] or
    /// [`HashError::OverWorkCap`]. Pure arithmetic: nothing is allocated.
    pub fn check(self, cap: WorkCap) -> Result<(), HashError> {
        self.check_memory()?;
        if cap == WorkCap::Capped {
            self.check_work()?;
        }
        Ok(())
    }

    fn check_memory(self) -> Result<(), HashError> {
        let bytes = self.memory_bytes();
        if bytes.is_some_and(|b| b <= u128::from(MAX_MEMORY_BYTES)) {
            return Ok(());
        }
        let parameter = match self {
            // Argon2's memory is m alone, whatever t and p are.
            Cost::Argon2 { .. } => "m",
            _ => self.furthest_above_default(),
        };
        Err(HashError::OverMemoryCap {
            parameter,
            bytes,
            cost: self,
        })
    }

    fn check_work(self) -> Result<(), HashError> {
        let over = |work: u128, default: u128| HashError::OverWorkCap {
            parameter: self.furthest_above_default(),
            multiple: work as f64 / default as f64,
            alone: false,
            cost: self,
        };
        let cap = u128::from(MAX_WORK_FACTOR);
        match self {
            Cost::Argon2 { m, t, .. } => {
                let work = u128::from(m) * u128::from(t);
                let default = u128::from(ARGON2_MEMORY_KIB) * u128::from(ARGON2_TIME_COST);
                if work > default * cap {
                    return Err(over(work, default));
                }
            }
            Cost::Bcrypt { cost } => {
                if cost > BCRYPT_MAX_COST {
                    // 2^cost / 2^12, exact for every cost bcrypt has (4 to 31).
                    return Err(over(1u128 << cost.min(127), 1u128 << BCRYPT_COST));
                }
            }
            Cost::Scrypt { log_n, r, p } => {
                for (parameter, value, default, max) in [
                    ("r", r, SCRYPT_R, SCRYPT_MAX_R),
                    ("p", p, SCRYPT_P, SCRYPT_MAX_P),
                ] {
                    if value > max {
                        return Err(HashError::OverWorkCap {
                            parameter,
                            multiple: f64::from(value) / f64::from(default),
                            alone: true,
                            cost: self,
                        });
                    }
                }
                // ln < 64 here: check_memory ran first.
                let work = (1u128 << log_n.min(127)) * u128::from(r) * u128::from(p);
                let default = (1u128 << SCRYPT_LOG_N) * u128::from(SCRYPT_R * SCRYPT_P);
                if work > default * cap {
                    return Err(over(work, default));
                }
            }
            Cost::ShaCrypt { rounds } => {
                let default = u128::from(SHA_CRYPT_ROUNDS);
                if u128::from(rounds) > default * cap {
                    return Err(over(u128::from(rounds), default));
                }
            }
            Cost::Yescrypt { n, r, p } => {
                let work = u128::from(n) * u128::from(r) * u128::from(p);
                let default = u128::from(YESCRYPT_N) * u128::from(YESCRYPT_R);
                if work > default * cap {
                    return Err(over(work, default));
                }
            }
        }
        Ok(())
    }

    /// The parameter furthest above our default, relative to it: the one a caller would
    /// lower first. Ties go to the first named.
    fn furthest_above_default(self) -> &'static str {
        // Ratios as f64: exact enough to rank, and no product can overflow.
        let pick = |ratios: &[(&'static str, f64)]| {
            let mut best = ratios[0];
            for &this in &ratios[1..] {
                if this.1 > best.1 {
                    best = this;
                }
            }
            best.0
        };
        match self {
            Cost::Argon2 { m, t, .. } => pick(&[
                ("m", f64::from(m) / f64::from(ARGON2_MEMORY_KIB)),
                ("t", f64::from(t) / f64::from(ARGON2_TIME_COST)),
            ]),
            Cost::Bcrypt { .. } => "cost",
            Cost::Scrypt { log_n, r, p } => pick(&[
                ("ln", 2f64.powi(i32::from(log_n) - i32::from(SCRYPT_LOG_N))),
                ("r", f64::from(r) / f64::from(SCRYPT_R)),
                ("p", f64::from(p) / f64::from(SCRYPT_P)),
            ]),
            Cost::ShaCrypt { .. } => "rounds",
            Cost::Yescrypt { n, r, p } => pick(&[
                ("N", n as f64 / YESCRYPT_N as f64),
                ("r", f64::from(r) / f64::from(YESCRYPT_R)),
                ("p", f64::from(p)),
            ]),
        }
    }
}

/// The message of [`HashError::OverWorkCap`].
pub(super) fn work_message(
    cost: &Cost,
    parameter: &&'static str,
    alone: &bool,
    multiple: &f64,
) -> String {
    let times = self::multiple(*multiple);
    // Only scrypt's r and p have caps of their own.
    if let (true, Cost::Scrypt { r, p, .. }) = (*alone, *cost) {
        let (name, value, default, max) = match *parameter {
            "r" => ("r", r, SCRYPT_R, SCRYPT_MAX_R),
            _ => ("p", p, SCRYPT_P, SCRYPT_MAX_P),
        };
        return format!(
            "scrypt {name}={value} is {times} our default ({name}={default}); \
             the most accepted is {MAX_WORK_FACTOR}× ({name} at most {max})"
        );
    }
    let (what, ours) = match *cost {
        Cost::Argon2 { m, t, .. } => (
            format!("Argon2 m={m}, t={t} (work m·t)"),
            format!("m={ARGON2_MEMORY_KIB}, t={ARGON2_TIME_COST}"),
        ),
        Cost::Bcrypt { cost } => (
            format!("bcrypt cost {cost} (work 2^cost)"),
            format!("cost {BCRYPT_COST}"),
        ),
        Cost::Scrypt { log_n, r, p } => (
            format!("scrypt ln={log_n}, r={r}, p={p} (work N·r·p)"),
            format!("ln={SCRYPT_LOG_N}, r={SCRYPT_R}, p={SCRYPT_P}"),
        ),
        Cost::ShaCrypt { rounds } => (
            format!("SHA-crypt rounds={rounds}"),
            format!("rounds={SHA_CRYPT_ROUNDS}"),
        ),
        Cost::Yescrypt { n, r, p } => (
            format!("yescrypt N={n}, r={r}, p={p} (work N·r·p)"),
            format!("N={YESCRYPT_N}, r={YESCRYPT_R}, p=1"),
        ),
    };
    format!(
        "{what} is {times} the work of our default ({ours}); \
         the most accepted is {MAX_WORK_FACTOR}×"
    )
}

/// The message of [`HashError::OverMemoryCap`].
pub(super) fn memory_message(cost: &Cost, bytes: &Option<u128>) -> String {
    let needs = match *bytes {
        Some(b) => format!("{b} bytes ({}) of memory", human_bytes(b)),
        None => "more memory than any machine has".to_owned(),
    };
    let what = match *cost {
        Cost::Argon2 { m, .. } => format!("Argon2 m={m} KiB needs {needs}"),
        // bcrypt's fixed 4 KiB is never over the cap.
        Cost::Bcrypt { .. } => format!("bcrypt needs {needs}"),
        Cost::Scrypt { log_n, r, p } => {
            format!("scrypt ln={log_n}, r={r}, p={p} needs {needs} (128·r·(N+p) + 256·r bytes)")
        }
        Cost::ShaCrypt { .. } => format!("SHA-crypt needs {needs}"),
        Cost::Yescrypt { n, r, p } => {
            format!("yescrypt N={n}, r={r}, p={p} needs {needs} (128·r·(N+p) + 256·r bytes)")
        }
    };
    format!("{what}, above the limit of {} GiB", MAX_MEMORY_BYTES >> 30)
}

/// What [`HashError::OutOfMemory`] says needs the memory.
pub(super) fn allocation_label(cost: &Cost) -> String {
    match *cost {
        Cost::Argon2 { m, .. } => format!("Argon2 m={m}"),
        Cost::Bcrypt { .. } => "bcrypt".to_owned(),
        Cost::Scrypt { log_n, r, p } => format!("scrypt ln={log_n}, r={r}, p={p}"),
        Cost::ShaCrypt { .. } => "SHA-crypt".to_owned(),
        Cost::Yescrypt { .. } => "yescrypt".to_owned(),
    }
}

/// "1431655765×", "128×", "64.02×": whole above 100, two decimals below, never rounded to 64.
fn multiple(times: f64) -> String {
    if times >= 100.0 {
        format!("{times:.0}×")
    } else {
        format!("{:.2}×", (times * 100.0).ceil() / 100.0)
    }
}

/// "128 GiB", "1.5 GiB", "512 MiB": whole or one decimal, to the nearest tenth (messages give
/// the exact byte count beside it).
pub(super) fn human_bytes(bytes: u128) -> String {
    let (unit, name) = if bytes >= 1 << 30 {
        (1u128 << 30, "GiB")
    } else {
        (1u128 << 20, "MiB")
    };
    let tenths = (bytes.saturating_mul(10) + unit / 2) / unit;
    if tenths % 10 == 0 {
        format!("{} {name}", tenths / 10)
    } else {
        format!("{}.{} {name}", tenths / 10, tenths % 10)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_defaults_and_the_caps_themselves_are_accepted() {
        for cost in [
            Cost::Argon2 {
                m: 65536,
                t: 3,
                p: 4,
            },
            Cost::Argon2 {
                m: 4 * 1024 * 1024,
                t: 3,
                p: 1,
            },
            Cost::Argon2 {
                m: 65536,
                t: 192,
                p: 1,
            },
            Cost::Bcrypt { cost: 12 },
            Cost::Bcrypt { cost: 18 },
            Cost::Scrypt {
                log_n: 17,
                r: 8,
                p: 1,
            },
            Cost::Scrypt {
                log_n: 20,
                r: 8,
                p: 8,
            },
            Cost::Scrypt {
                log_n: 1,
                r: 512,
                p: 64,
            },
        ] {
            assert!(cost.check(WorkCap::Capped).is_ok(), "{cost:?}");
        }
    }

    #[test]
    fn work_above_64_times_the_default_is_refused_unless_lifted() {
        for cost in [
            Cost::Argon2 {
                m: 65536,
                t: 4294967295,
                p: 1,
            },
            Cost::Argon2 {
                m: 65536,
                t: 193,
                p: 1,
            },
            Cost::Argon2 {
                m: 8,
                t: u32::MAX,
                p: 1,
            },
            Cost::Bcrypt { cost: 19 },
            Cost::Bcrypt { cost: 31 },
            Cost::Scrypt {
                log_n: 10,
                r: 1,
                p: 65535,
            },
            Cost::Scrypt {
                log_n: 1,
                r: 513,
                p: 1,
            },
            Cost::Scrypt {
                log_n: 20,
                r: 8,
                p: 9,
            },
        ] {
            let err = cost.check(WorkCap::Capped).expect_err("over the work cap");
            assert!(matches!(err, HashError::OverWorkCap { .. }), "{cost:?}");
            assert!(
                err.to_string().contains("the most accepted is 64×"),
                "{err}"
            );
            assert!(err.to_string().contains("our default ("), "{err}");
            assert!(cost.check(WorkCap::Lifted).is_ok(), "{cost:?}");
        }
    }

    #[test]
    fn the_message_gives_the_multiple_of_our_default() {
        let err = Cost::Argon2 {
            m: 65536,
            t: 4294967295,
            p: 1,
        }
        .check(WorkCap::Capped)
        .expect_err("refused");
        assert!(err.to_string().contains("t=4294967295"), "{err}");
        assert!(err.to_string().contains("1431655765×"), "{err}");
        let err = Cost::Bcrypt { cost: 31 }
            .check(WorkCap::Capped)
            .expect_err("refused");
        assert!(err.to_string().contains("524288×"), "{err}");
        // Just over the cap is never shown as exactly 64×.
        let err = Cost::Argon2 {
            m: 65537,
            t: 192,
            p: 1,
        }
        .check(WorkCap::Capped)
        .expect_err("refused");
        assert!(err.to_string().contains("64.01×"), "{err}");
    }

    #[test]
    fn the_refusal_names_the_parameter_furthest_above_our_default() {
        let named = |cost: Cost, cap| match cost.check(cap) {
            Err(HashError::OverWorkCap { parameter, .. })
            | Err(HashError::OverMemoryCap { parameter, .. }) => parameter,
            other => panic!("{cost:?}: {other:?}"),
        };
        let argon2 = |m, t| Cost::Argon2 { m, t, p: 1 };
        let scrypt = |log_n, r, p| Cost::Scrypt { log_n, r, p };
        assert_eq!(named(argon2(65536, u32::MAX), WorkCap::Capped), "t");
        assert_eq!(named(argon2(4 << 20, 100), WorkCap::Capped), "m");
        assert_eq!(named(argon2(u32::MAX, 1), WorkCap::Lifted), "m");
        assert_eq!(named(Cost::Bcrypt { cost: 31 }, WorkCap::Capped), "cost");
        assert_eq!(named(scrypt(10, 1, 65535), WorkCap::Capped), "p");
        assert_eq!(named(scrypt(1, 513, 1), WorkCap::Capped), "r");
        assert_eq!(named(scrypt(24, 8, 1), WorkCap::Capped), "ln");
        assert_eq!(named(scrypt(40, 8, 1), WorkCap::Lifted), "ln");
        assert_eq!(named(scrypt(1, 1, 1 << 30), WorkCap::Lifted), "p");
        let rounds = Cost::ShaCrypt {
            rounds: 999_999_999,
        };
        assert_eq!(named(rounds, WorkCap::Capped), "rounds");
    }

    #[test]
    fn scrypt_memory_counts_v_b_and_the_scratch_block() {
        // ln=17, r=8, p=1: V = 128 MiB, B = 1 KiB, scratch 2 KiB.
        assert_eq!(
            scrypt_memory_bytes(17, 8, 1),
            Some((128 << 20) + 1024 + 2048)
        );
        // p alone can ask for 128 GiB: the old check counted only V (256 bytes here).
        let cost = Cost::Scrypt {
            log_n: 1,
            r: 1,
            p: 1073741823,
        };
        assert!(cost.memory_bytes().is_some_and(|b| b > 127 << 30));
        for cap in [WorkCap::Capped, WorkCap::Lifted] {
            let err = cost.check(cap).expect_err("over the memory cap");
            assert!(matches!(err, HashError::OverMemoryCap { .. }), "{err}");
            assert!(
                err.to_string().contains("137438953856 bytes (128 GiB)"),
                "{err}"
            );
        }
        // Exactly V at the cap is over it once B and the scratch block are counted.
        let at = Cost::Scrypt {
            log_n: 22,
            r: 8,
            p: 1,
        };
        assert!(matches!(
            at.check(WorkCap::Lifted),
            Err(HashError::OverMemoryCap { .. })
        ));
    }

    #[test]
    fn memory_is_capped_even_when_work_is_lifted() {
        for cost in [
            Cost::Argon2 {
                m: u32::MAX,
                t: 1,
                p: 1,
            },
            Cost::Argon2 {
                m: 4 * 1024 * 1024 + 1,
                t: 1,
                p: 1,
            },
            Cost::Scrypt {
                log_n: 63,
                r: u32::MAX,
                p: u32::MAX,
            },
            Cost::Scrypt {
                log_n: 40,
                r: 8,
                p: 1,
            },
            Cost::Scrypt {
                log_n: 200,
                r: 1,
                p: 1,
            },
        ] {
            let err = cost
                .check(WorkCap::Lifted)
                .expect_err("over the memory cap");
            assert!(matches!(err, HashError::OverMemoryCap { .. }), "{cost:?}");
            assert!(
                err.to_string().contains("above the limit of 4 GiB"),
                "{err}"
            );
        }
    }

    #[test]
    fn human_sizes_round_to_the_nearest_tenth() {
        assert_eq!(human_bytes(128 << 30), "128 GiB");
        assert_eq!(human_bytes((4 << 30) + 1), "4 GiB");
        assert_eq!(human_bytes(3 << 29), "1.5 GiB");
        assert_eq!(human_bytes(512 << 20), "512 MiB");
    }
}
