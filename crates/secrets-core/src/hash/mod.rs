//! Password hashing: hash a password under a chosen algorithm and cost ([`hash`]), verify a
//! password against a stored hash string ([`verify`], or [`PasswordHash`] to check the
//! limits before the password is read), and say whether a hash is weaker than our defaults
//! ([`needs_rehash`]). Argon2 (PHC strings as written by `argon2-cffi` and the reference
//! implementation), bcrypt (`$2b$`, as Python's `bcrypt`), scrypt (PHC strings as passlib
//! and RustCrypto write them), SHA-crypt and yescrypt ([`crypt`]).
//!
//! PHC strings are read and written by RustCrypto's parser (`password_hash::phc`); ours is
//! only the policy on top: which parameters each algorithm takes and in which ranges, the
//! shortest salt and hash value, and the caps on work and memory ([`limits`]).
//!
//! Guarantees:
//! * hashes made here verify with those libraries and theirs verify here, byte for byte
//!   (checked against committed vectors in `tests/vectors/`);
//! * verification compares the recomputed hash with `subtle`'s constant-time equality (bcrypt
//!   through the `bcrypt` crate's own `ct_eq`);
//! * a bcrypt password longer than 72 bytes is an error, never silently truncated;
//! * a hash whose costs would take more than 4 GiB of memory, or (unless the caller lifts the
//!   work cap) more than 64 times the work of our default for its algorithm, is refused
//!   before anything is allocated or computed ([`limits`]), so a hostile hash can exhaust
//!   neither memory nor time;
//! * memory that cannot be had is an error ([`HashError::OutOfMemory`]), never an abort:
//!   Argon2's blocks are allocated here with `try_reserve_exact`, scrypt's and yescrypt's are
//!   probed first;
//! * Argon2 and scrypt hash values shorter than 16 bytes and salts shorter than 8 bytes are
//!   malformed: a truncated value would let wrong passwords match by chance;
//! * no error contains the password, and errors name parameters as hash strings spell them
//!   (`m`, `t`, `p`, `ln`, `r`, `cost`, `rounds`), so each front end can add its own words;
//! * nothing here reads a terminal or prints: the caller brings the password.
//!
//! ```
//! use secrets_core::hash::{self, Params, WorkCap};
//!
//! let cheap = Params::Argon2id { memory_kib: 64, time_cost: 1, parallelism: 1 };
//! let stored = hash::hash(b"correct horse", cheap)?;
//! assert!(hash::verify(&stored, b"correct horse", WorkCap::Capped)?);
//! assert!(!hash::verify(&stored, b"wrong horse", WorkCap::Capped)?);
//! assert!(hash::needs_rehash(&stored)?); // 64 KiB is below our default of 64 MiB
//! # Ok::<(), secrets_core::hash::HashError>(())
//! ```

use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::RandomSource;

pub mod crypt;
mod error;
mod kdf;
pub mod limits;
mod params;
mod phc;

pub use error::HashError;
pub use limits::{Cost, WorkCap};
pub use params::Params;

use error::malformed;
use kdf::{argon2_into, scrypt_into};

/// Argon2 memory cost in KiB: argon2-cffi's default (64 MiB).
pub const ARGON2_MEMORY_KIB: u32 = 65536;
/// Argon2 passes: argon2-cffi's default.
pub const ARGON2_TIME_COST: u32 = 3;
/// Argon2 lanes: argon2-cffi's default.
pub const ARGON2_PARALLELISM: u32 = 4;
/// bcrypt cost (log2 of the rounds): Python `bcrypt.gensalt()`'s default.
pub const BCRYPT_COST: u32 = 12;
/// The longest password bcrypt uses in full; longer ones are refused, never truncated.
pub const BCRYPT_MAX_PASSWORD: usize = 72;
/// scrypt log2(N): 2^17, OWASP's recommendation (128 MiB with r = 8).
pub const SCRYPT_LOG_N: u8 = 17;
/// scrypt block size r.
pub const SCRYPT_R: u32 = 8;
/// scrypt parallelism p.
pub const SCRYPT_P: u32 = 1;
/// Salt length of new hashes (argon2-cffi's and passlib's default).
pub const SALT_LEN: usize = 16;
/// Hash (output) length of new Argon2 and scrypt hashes (argon2-cffi's default).
pub const HASH_LEN: usize = 32;
/// The most memory a hash string may ask for: 4 GiB.
pub const MAX_MEMORY_KIB: u64 = 4 * 1024 * 1024;
/// The shortest Argon2 or scrypt hash value accepted: 16 bytes (128 bits). Shorter values
/// make a wrong password match with probability 2^-(8·len): 1 in 256 for one byte.
pub const MIN_HASH_LEN: usize = 16;
/// The shortest Argon2 or scrypt salt accepted: 8 bytes (the Argon2 specification's minimum).
pub const MIN_SALT_LEN: usize = 8;
/// The longest Argon2 or scrypt hash value accepted: 64 bytes, the PHC parser's bound (and
/// the PHC specification's for Argon2).
pub const MAX_HASH_LEN: usize = password_hash::phc::Output::MAX_LENGTH;
/// The longest Argon2 or scrypt salt accepted: 48 bytes, the PHC parser's bound (and the PHC
/// specification's for Argon2).
pub const MAX_SALT_LEN: usize = password_hash::phc::Salt::MAX_LENGTH;

/// The Argon2 variants, as named in PHC strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Argon2Variant {
    /// `argon2id`: the recommended hybrid.
    Id,
    /// `argon2i`: data-independent.
    I,
    /// `argon2d`: data-dependent.
    D,
}

impl Argon2Variant {
    fn name(self) -> &'static str {
        match self {
            Argon2Variant::Id => "argon2id",
            Argon2Variant::I => "argon2i",
            Argon2Variant::D => "argon2d",
        }
    }

    fn algorithm(self) -> argon2::Algorithm {
        match self {
            Argon2Variant::Id => argon2::Algorithm::Argon2id,
            Argon2Variant::I => argon2::Algorithm::Argon2i,
            Argon2Variant::D => argon2::Algorithm::Argon2d,
        }
    }
}

/// A parsed hash string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordHash {
    /// `$argon2id$v=19$m=..,t=..,p=..$salt$hash` (also argon2i/argon2d, v=16, or no `v=`).
    Argon2 {
        /// Which Argon2.
        variant: Argon2Variant,
        /// 16 or 19.
        version: u32,
        /// Memory in KiB.
        m: u32,
        /// Passes.
        t: u32,
        /// Lanes.
        p: u32,
        /// Raw salt.
        salt: Vec<u8>,
        /// Raw hash.
        hash: Vec<u8>,
    },
    /// `$2b$12$` + 53 characters (also `$2a$`, `$2y$`); kept as text for the `bcrypt` crate.
    Bcrypt {
        /// Cost.
        cost: u32,
        /// The whole string.
        text: String,
    },
    /// `$scrypt$ln=..,r=..,p=..$salt$hash`.
    Scrypt {
        /// log2(N).
        log_n: u8,
        /// Block size.
        r: u32,
        /// Parallelism.
        p: u32,
        /// Raw salt.
        salt: Vec<u8>,
        /// Raw hash.
        hash: Vec<u8>,
    },
    /// `$6$`, `$5$` or `$y$`, the `crypt(3)` formats of `/etc/shadow` ([`crypt`]).
    Crypt(crypt::CryptHash),
}

/// Hashes `password` with a fresh 16-byte salt from the OS CSPRNG. Costs outside what the
/// algorithm defines ([`HashError::OutOfRange`]) or over the memory cap or the work cap
/// ([`limits`]) are refused before anything is computed, so that every hash made here
/// verifies under [`WorkCap::Capped`].
pub fn hash(password: &[u8], params: Params) -> Result<String, HashError> {
    params.check_limits()?;
    let mut salt = Zeroizing::new([0u8; SALT_LEN]);
    RandomSource::new()
        .fill(salt.as_mut_slice())
        .map_err(HashError::Random)?;
    match params {
        Params::Argon2id {
            memory_kib,
            time_cost,
            parallelism,
        } => {
            let mut out = [0u8; HASH_LEN];
            argon2_into(
                Argon2Variant::Id,
                0x13,
                (memory_kib, time_cost, parallelism),
                password,
                salt.as_slice(),
                &mut out,
            )?;
            phc::argon2id_string((memory_kib, time_cost, parallelism), salt.as_slice(), &out)
        }
        Params::Bcrypt { cost } => crypt::bcrypt(password, cost, *salt),
        Params::Scrypt { log_n, r, p } => {
            let mut out = [0u8; HASH_LEN];
            scrypt_into(log_n, r, p, password, salt.as_slice(), &mut out)?;
            phc::scrypt_string((log_n, r, p), salt.as_slice(), &out)
        }
        Params::Sha512Crypt { rounds } => {
            crypt::sha512_crypt(password, rounds, &mut RandomSource::new())
        }
        Params::Yescrypt => crypt::yescrypt(password, &mut RandomSource::new()),
    }
}

/// Whether `password` matches the stored hash string `stored`, compared in constant time:
/// [`PasswordHash::parse`], then [`PasswordHash::verify`] (which checks the limits first).
pub fn verify(stored: &str, password: &[u8], cap: WorkCap) -> Result<bool, HashError> {
    PasswordHash::parse(stored)?.verify(password, cap)
}

/// Whether the stored hash string `stored` is weaker than what [`hash`] makes by default for
/// its algorithm ([`PasswordHash::weaknesses`] says why). Check it after a successful
/// [`verify`], when the password is at hand to hash again.
pub fn needs_rehash(stored: &str) -> Result<bool, HashError> {
    Ok(PasswordHash::parse(stored)?.needs_rehash())
}

impl PasswordHash {
    /// Parses a PHC or modular-crypt string (or an htpasswd line, `user:$2y$...`); the
    /// algorithm is taken from its first field. [`HashError::Unsupported`] for another
    /// scheme, [`HashError::Malformed`] for a string that is not one of its scheme. Costs are
    /// not judged here: see [`PasswordHash::check_limits`].
    pub fn parse(text: &str) -> Result<PasswordHash, HashError> {
        let text = text.trim();
        // An htpasswd line, `user:$2y$...`: the hash is after the first colon.
        let text = match text.split_once(':') {
            Some((_, hash)) if !text.starts_with('$') && hash.starts_with('$') => hash,
            _ => text,
        };
        let fields: Vec<&str> = text.split('$').collect();
        if fields.len() < 4 || !fields[0].is_empty() {
            return malformed("expected a string such as $argon2id$..., $2b$... or $scrypt$...");
        }
        match fields[1] {
            "argon2id" => phc::parse_argon2(text, Argon2Variant::Id),
            "argon2i" => phc::parse_argon2(text, Argon2Variant::I),
            "argon2d" => phc::parse_argon2(text, Argon2Variant::D),
            "2a" | "2b" | "2y" => Ok(PasswordHash::Bcrypt {
                cost: crypt::parse_bcrypt(text)?,
                text: text.to_owned(),
            }),
            "scrypt" => phc::parse_scrypt(text),
            "6" | "5" | "y" => crypt::CryptHash::parse(text).map(PasswordHash::Crypt),
            other => Err(HashError::Unsupported {
                // The scheme is not secret; name it when it is short, plain text.
                scheme: (other.len() <= 24
                    && other.bytes().all(|b| b.is_ascii_graphic() && b != b'$'))
                .then(|| other.to_owned()),
            }),
        }
    }

    /// The algorithm's name: `argon2id`, `argon2i`, `argon2d`, `bcrypt`, `scrypt`,
    /// `sha512-crypt`, `sha256-crypt` or `yescrypt`.
    pub fn algorithm(&self) -> &'static str {
        match self {
            PasswordHash::Argon2 { variant, .. } => variant.name(),
            PasswordHash::Bcrypt { .. } => "bcrypt",
            PasswordHash::Scrypt { .. } => "scrypt",
            PasswordHash::Crypt(h) => h.algorithm(),
        }
    }

    /// The cost parameters of this hash.
    pub fn cost(&self) -> Cost {
        match self {
            PasswordHash::Argon2 { m, t, p, .. } => Cost::Argon2 {
                m: *m,
                t: *t,
                p: *p,
            },
            PasswordHash::Bcrypt { cost, .. } => Cost::Bcrypt { cost: *cost },
            PasswordHash::Scrypt { log_n, r, p, .. } => Cost::Scrypt {
                log_n: *log_n,
                r: *r,
                p: *p,
            },
            PasswordHash::Crypt(h) => h.cost(),
        }
    }

    /// Refuses this hash if verifying it would need more than 4 GiB of memory
    /// ([`HashError::OverMemoryCap`]) or, with [`WorkCap::Capped`], more than 64 times our
    /// default work for its algorithm ([`HashError::OverWorkCap`]). Pure arithmetic on the
    /// parameters: call it before reading the password.
    pub fn check_limits(&self, cap: WorkCap) -> Result<(), HashError> {
        self.cost().check(cap)
    }

    /// Whether `password` matches, compared in constant time. The limits are checked first
    /// ([`PasswordHash::check_limits`]). A bcrypt password longer than 72 bytes is an error
    /// ([`HashError::PasswordTooLong`]: it could only match by truncation).
    pub fn verify(&self, password: &[u8], cap: WorkCap) -> Result<bool, HashError> {
        self.check_limits(cap)?;
        match self {
            PasswordHash::Argon2 {
                variant,
                version,
                m,
                t,
                p,
                salt,
                hash,
            } => {
                let mut out = Zeroizing::new(vec![0u8; hash.len()]);
                let version = if *version == 16 { 0x10 } else { 0x13 };
                argon2_into(*variant, version, (*m, *t, *p), password, salt, &mut out)?;
                Ok(out.ct_eq(hash).into())
            }
            PasswordHash::Bcrypt { text, .. } => crypt::bcrypt_verify(password, text),
            PasswordHash::Scrypt {
                log_n,
                r,
                p,
                salt,
                hash,
            } => {
                let mut out = Zeroizing::new(vec![0u8; hash.len()]);
                scrypt_into(*log_n, *r, *p, password, salt, &mut out)?;
                Ok(out.ct_eq(hash).into())
            }
            PasswordHash::Crypt(h) => h.verify(password),
        }
    }

    /// Why this hash is weaker than what [`hash`] makes by default for its algorithm; empty
    /// when it is not. Compared: Argon2's variant (argon2id), version (19), memory, passes,
    /// salt and hash lengths; bcrypt's cost; scrypt's ln, r, salt and hash lengths.
    /// Parallelism is not a cost to an attacker and is not compared; switching algorithms
    /// (say bcrypt to argon2id) is the caller's decision and is not reported.
    pub fn weaknesses(&self) -> Vec<String> {
        let mut why = Vec::new();
        let mut below = |name: &str, have: u64, want: u64| {
            if have < want {
                why.push(format!("{name}={have} is below {want}"));
            }
        };
        match self {
            PasswordHash::Argon2 {
                variant,
                version,
                m,
                t,
                salt,
                hash,
                ..
            } => {
                below("v", u64::from(*version), 19);
                below("m", u64::from(*m), u64::from(ARGON2_MEMORY_KIB));
                below("t", u64::from(*t), u64::from(ARGON2_TIME_COST));
                below("salt length", salt.len() as u64, SALT_LEN as u64);
                below("hash length", hash.len() as u64, HASH_LEN as u64);
                if *variant != Argon2Variant::Id {
                    why.insert(0, format!("{} is not argon2id", variant.name()));
                }
            }
            PasswordHash::Bcrypt { cost, .. } => {
                below("cost", u64::from(*cost), u64::from(BCRYPT_COST));
            }
            PasswordHash::Scrypt {
                log_n,
                r,
                salt,
                hash,
                ..
            } => {
                below("ln", u64::from(*log_n), u64::from(SCRYPT_LOG_N));
                below("r", u64::from(*r), u64::from(SCRYPT_R));
                below("salt length", salt.len() as u64, SALT_LEN as u64);
                below("hash length", hash.len() as u64, HASH_LEN as u64);
            }
            PasswordHash::Crypt(h) => why = h.weaknesses(),
        }
        why
    }

    /// Whether this hash is weaker than what [`hash`] makes by default for its algorithm
    /// ([`PasswordHash::weaknesses`] is not empty).
    pub fn needs_rehash(&self) -> bool {
        !self.weaknesses().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use base64::Engine as _;
    use base64::engine::general_purpose::STANDARD_NO_PAD;

    use super::*;

    /// Which cap an error is: "memory", "work", or another error's Display.
    fn cap(err: &HashError) -> String {
        match err {
            HashError::OverMemoryCap { .. } => "memory".to_owned(),
            HashError::OverWorkCap { .. } => "work".to_owned(),
            other => other.to_string(),
        }
    }

    const CAPPED: WorkCap = WorkCap::Capped;
    /// 16 bytes of salt and 32 of hash, in unpadded base64.
    const SALT: &str = "c2FsdHNhbHRzYWx0c2FsdA";
    const HASH: &str = "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";

    const CHEAP_ARGON2: Params = Params::Argon2id {
        memory_kib: 64,
        time_cost: 1,
        parallelism: 1,
    };

    #[test]
    fn each_algorithm_round_trips_and_rejects_a_wrong_password() {
        for params in [
            CHEAP_ARGON2,
            Params::Bcrypt { cost: 4 },
            Params::Scrypt {
                log_n: 4,
                r: 8,
                p: 1,
            },
        ] {
            let text = hash(b"correct horse", params).expect("hashes");
            let parsed = PasswordHash::parse(&text).expect("parses its own output");
            assert!(parsed.verify(b"correct horse", CAPPED).expect("verifies"));
            assert!(!parsed.verify(b"correct horsf", CAPPED).expect("verifies"));
            assert!(!parsed.verify(b"", CAPPED).expect("verifies"));
        }
    }

    #[test]
    fn salts_are_fresh() {
        let a = hash(b"pw", CHEAP_ARGON2).expect("hashes");
        let b = hash(b"pw", CHEAP_ARGON2).expect("hashes");
        assert_ne!(a, b);
    }

    #[test]
    fn bcrypt_takes_72_bytes_and_refuses_73() {
        let ok = hash(&[b'a'; 72], Params::Bcrypt { cost: 4 }).expect("72 bytes hash");
        let parsed = PasswordHash::parse(&ok).expect("parses");
        assert!(parsed.verify(&[b'a'; 72], CAPPED).expect("verifies"));
        assert!(!parsed.verify(&[b'a'; 71], CAPPED).expect("verifies"));
        assert!(hash(&[b'a'; 73], Params::Bcrypt { cost: 4 }).is_err());
        assert!(parsed.verify(&[b'a'; 73], CAPPED).is_err());
    }

    #[test]
    fn malformed_strings_are_rejected() {
        for bad in [
            "",
            "argon2id",
            "$md5$x$y$z",
            "$argon2id$v=19$m=64,t=1$c2FsdHNhbHQ$aGFzaGhhc2g",
            "$argon2id$v=18$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
            "$argon2id$v=19$m=64,t=1,p=1$!!!$aGFzaGhhc2g",
            "$argon2id$v=19$t=1,m=64,p=1$c2FsdHNhbHQ$aGFzaGhhc2g",
            "$2b$12$short",
            "$2b$99$abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyza",
            "$scrypt$ln=0,r=8,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            "$scrypt$ln=64,r=8,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
            // From the phc_parse fuzz target: ln and r large enough to overflow 128 bits.
            "$scrypt$ln=000004000000,r=5161500,p=1020000$n               cry:6$!",
        ] {
            assert!(PasswordHash::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn truncated_values_and_short_salts_are_malformed() {
        let b64 = |n: usize| STANDARD_NO_PAD.encode(vec![7u8; n]);
        for (algorithm, params) in [
            ("argon2id$v=19", "m=64,t=1,p=1"),
            ("scrypt", "ln=4,r=8,p=1"),
        ] {
            let text = |salt: usize, hash: usize| {
                format!("${algorithm}${params}${}${}", b64(salt), b64(hash))
            };
            for (salt, hash) in [(8, 15), (8, 4), (8, 1), (7, 16), (1, 32)] {
                let err = PasswordHash::parse(&text(salt, hash)).expect_err("too short");
                assert!(matches!(err, HashError::Malformed { .. }), "{err}");
                assert!(err.to_string().contains("bytes"), "{err}");
            }
            assert!(PasswordHash::parse(&text(8, 16)).is_ok());
        }
    }

    #[test]
    fn a_one_byte_scrypt_value_no_longer_lets_wrong_passwords_match() {
        // The old parser took this; a random wrong password then matched 1 time in 256.
        let good = hash(
            b"right",
            Params::Scrypt {
                log_n: 1,
                r: 1,
                p: 1,
            },
        )
        .expect("hashes");
        let (head, value) = good.rsplit_once('$').expect("PHC");
        let raw = STANDARD_NO_PAD.decode(value).expect("base64");
        let one = format!("{head}${}", STANDARD_NO_PAD.encode(&raw[..1]));
        assert!(PasswordHash::parse(&one).is_err());
    }

    #[test]
    fn over_limit_hashes_parse_but_are_refused_before_any_work() {
        for (params, limit) in [
            ("$argon2id$v=19$m=4294967295,t=1,p=1", "memory"),
            ("$argon2id$v=19$m=65536,t=4294967295,p=1", "work"),
            ("$scrypt$ln=40,r=8,p=1", "memory"),
            ("$scrypt$ln=63,r=4294967295,p=1", "memory"),
            ("$scrypt$ln=1,r=1,p=1073741823", "memory"),
            ("$scrypt$ln=10,r=1,p=65535", "work"),
        ] {
            let text = format!("{params}${SALT}${HASH}");
            let parsed = PasswordHash::parse(&text).expect("well formed");
            let err = parsed.check_limits(CAPPED).expect_err("over a limit");
            assert_eq!(cap(&err), limit, "{text}");
            // verify refuses the same way, before computing anything (these would run for
            // hours or abort on a 128 GiB allocation).
            let err = parsed.verify(b"pw", CAPPED).expect_err("refused");
            assert_eq!(cap(&err), limit, "{text}");
        }
        let bcrypt = "$2b$31$5dPA4joHzv39x9WTMcGAR.C84uvaA4rPKmp2N/uEqy96Hhs.WmW2i";
        let parsed = PasswordHash::parse(bcrypt).expect("well formed");
        let err = parsed.check_limits(CAPPED).expect_err("over the work cap");
        assert_eq!(cap(&err), "work");
        assert!(parsed.verify(b"pw", CAPPED).is_err());
    }

    #[test]
    fn hash_refuses_what_verify_would_refuse() {
        for params in [
            Params::Argon2id {
                memory_kib: 65536,
                time_cost: 1000,
                parallelism: 1,
            },
            Params::Bcrypt { cost: 19 },
            Params::Scrypt {
                log_n: 25,
                r: 8,
                p: 1,
            },
            Params::Scrypt {
                log_n: 4,
                r: 8,
                p: 255,
            },
        ] {
            let err = hash(b"pw", params).expect_err("over a limit");
            assert!(
                ["memory", "work"].contains(&cap(&err).as_str()),
                "{params:?}: {err}"
            );
        }
    }

    #[test]
    fn costs_outside_the_algorithm_are_refused_naming_the_parameter() {
        for (params, parameter) in [
            (
                Params::Argon2id {
                    memory_kib: 16,
                    time_cost: 1,
                    parallelism: 4,
                },
                "m",
            ),
            (
                Params::Argon2id {
                    memory_kib: 64,
                    time_cost: 0,
                    parallelism: 1,
                },
                "t",
            ),
            (Params::Bcrypt { cost: 3 }, "cost"),
            (
                Params::Scrypt {
                    log_n: 0,
                    r: 8,
                    p: 1,
                },
                "ln",
            ),
            (Params::Sha512Crypt { rounds: 999 }, "rounds"),
        ] {
            match hash(b"pw", params) {
                Err(HashError::OutOfRange { parameter: p, .. }) => {
                    assert_eq!(p, parameter, "{params:?}")
                }
                other => panic!("{params:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn unsupported_schemes_are_named_only_when_short_and_printable() {
        let scheme = |text: &str| match PasswordHash::parse(text) {
            Err(HashError::Unsupported { scheme }) => scheme,
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(scheme("$1$saltsalt$hash").as_deref(), Some("1"));
        assert_eq!(
            scheme("$pbkdf2-sha256$29000$c2FsdA$aGFzaA").as_deref(),
            Some("pbkdf2-sha256")
        );
        assert_eq!(scheme(&format!("${}$a$b", "x".repeat(25))), None);
        assert_eq!(scheme("$a\u{7}b$a$b"), None);
    }

    #[test]
    fn the_free_functions_verify_and_judge_a_stored_string() {
        let stored = hash(b"pw", CHEAP_ARGON2).expect("hashes");
        assert!(verify(&stored, b"pw", CAPPED).expect("verifies"));
        assert!(!verify(&stored, b"pW", CAPPED).expect("verifies"));
        assert!(needs_rehash(&stored).expect("parses"));
        assert!(matches!(
            verify("$2b$12$short", b"pw", CAPPED),
            Err(HashError::Malformed { .. })
        ));
    }

    #[test]
    fn weaknesses_compare_with_the_defaults() {
        let weak = PasswordHash::parse(
            "$argon2i$v=19$m=4096,t=3,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
        )
        .expect("parses");
        let why = weak.weaknesses();
        assert!(why.iter().any(|w| w.contains("argon2i is not argon2id")));
        assert!(why.iter().any(|w| w.starts_with("m=4096")));
        assert!(!why.iter().any(|w| w.starts_with("t=")));
        let text = hash(
            b"x",
            Params::Argon2id {
                memory_kib: ARGON2_MEMORY_KIB,
                time_cost: ARGON2_TIME_COST,
                parallelism: ARGON2_PARALLELISM,
            },
        )
        .expect("hashes");
        assert!(
            PasswordHash::parse(&text)
                .expect("parses")
                .weaknesses()
                .is_empty()
        );
    }
}
