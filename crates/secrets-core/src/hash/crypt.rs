//! The modular-crypt formats: the `crypt(3)` formats of `/etc/shadow`, SHA-crypt (`$6$`, and
//! `$5$` for verification) and yescrypt (`$y$`, Debian's and Fedora's default), through
//! RustCrypto's `sha-crypt` and `yescrypt`, so that libxcrypt, `mkpasswd` and
//! `openssl passwd -6` read our hashes and we read theirs; and bcrypt (`$2b$`, also `$2a$`
//! and `$2y$`), through the `bcrypt` crate, as Python's `bcrypt` and `htpasswd -B` write it.
//!
//! Guarantees, as for the other schemes:
//! * salts come from the engine's CSPRNG: 16 characters of crypt's base64 (96 bits) for
//!   SHA-crypt, 16 bytes for yescrypt and bcrypt, as libxcrypt and Python's `bcrypt` make
//!   them;
//! * a bcrypt password longer than 72 bytes is an error, never silently truncated;
//! * a hash string is refused before any work by the shared caps of `super::limits`: more
//!   than 64 times our default work (SHA-crypt rounds, yescrypt `N·r·p`) unless the caller
//!   trusts it, and always when yescrypt would need more than 4 GiB;
//! * salts shorter than 8 characters (SHA-crypt) or 8 bytes (yescrypt) and yescrypt hashes
//!   shorter than 16 bytes are refused, as for the other schemes;
//! * comparison is constant-time (the crates use `ctutils`, bcrypt its own `ct_eq`); no
//!   error contains the password.

use password_hash::{PasswordHasher, PasswordVerifier};
use sha_crypt::{Algorithm, ShaCrypt};
use yescrypt::Yescrypt;

use super::error::{HashError, malformed};
use super::limits::Cost;
use super::{BCRYPT_MAX_PASSWORD, SALT_LEN};
use crate::RandomSource;

/// SHA-crypt rounds of new hashes: glibc's, `mkpasswd`'s and `openssl passwd -6`'s default.
pub const SHA_CRYPT_ROUNDS: u32 = 5000;
/// The fewest rounds SHA-crypt defines (glibc raises smaller values to it).
pub const SHA_CRYPT_MIN_ROUNDS: u32 = 1000;
/// The most rounds SHA-crypt defines.
pub const SHA_CRYPT_MAX_ROUNDS: u32 = 999_999_999;
/// yescrypt's N (libxcrypt's default cost 5, written `j9T`).
pub const YESCRYPT_N: u64 = 4096;
/// yescrypt's r (libxcrypt's default).
pub const YESCRYPT_R: u32 = 32;
/// Random bytes in a SHA-crypt salt: 12 bytes are exactly 16 characters of crypt's base64.
const SHA_CRYPT_SALT_BYTES: usize = 12;
/// Random bytes in a yescrypt salt (libxcrypt's).
const YESCRYPT_SALT_BYTES: usize = 16;

/// A parsed `crypt(3)` hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CryptHash {
    /// `$6$[rounds=N$]salt$hash` (SHA-512) or `$5$...` (SHA-256).
    ShaCrypt {
        /// SHA-512 (`$6$`) or SHA-256 (`$5$`).
        sha512: bool,
        /// Rounds (5000 when the string has none).
        rounds: u32,
        /// The whole string.
        text: String,
    },
    /// `$y$params$salt$hash`.
    Yescrypt {
        /// N, the memory and CPU cost.
        n: u64,
        /// r, the block size.
        r: u32,
        /// p, the parallelism.
        p: u32,
        /// The whole string.
        text: String,
    },
}

/// A new `$6$` hash with `rounds` rounds (1000 to 999,999,999) and a fresh salt.
pub fn sha512_crypt(
    password: &[u8],
    rounds: u32,
    src: &mut RandomSource,
) -> Result<String, HashError> {
    let params = sha_crypt::Params::new(rounds).map_err(|_| HashError::OutOfRange {
        algorithm: "sha512-crypt",
        parameter: "rounds",
        value: u64::from(rounds),
        min: u64::from(SHA_CRYPT_MIN_ROUNDS),
        max: u64::from(SHA_CRYPT_MAX_ROUNDS),
    })?;
    let mut salt = [0u8; SHA_CRYPT_SALT_BYTES];
    src.fill(&mut salt).map_err(HashError::Random)?;
    let hash = ShaCrypt::new(Algorithm::Sha512Crypt, params)
        .hash_password_with_salt(password, &salt)
        .map_err(|e| failed("sha512-crypt", e))?
        .to_string();
    // glibc, mkpasswd and openssl leave out the default rounds; the hash is the same.
    Ok(match hash.strip_prefix("$6$rounds=5000$") {
        Some(rest) => format!("$6${rest}"),
        None => hash,
    })
}

/// A new `$y$` hash with libxcrypt's default parameters (`j9T`) and a fresh salt.
pub fn yescrypt(password: &[u8], src: &mut RandomSource) -> Result<String, HashError> {
    super::kdf::probe(Cost::Yescrypt {
        n: YESCRYPT_N,
        r: YESCRYPT_R,
        p: 1,
    })?;
    let mut salt = [0u8; YESCRYPT_SALT_BYTES];
    src.fill(&mut salt).map_err(HashError::Random)?;
    Ok(Yescrypt::default()
        .hash_password_with_salt(password, &salt)
        .map_err(|e| failed("yescrypt", e))?
        .to_string())
}

/// A new `$2b$` hash of `password` with `cost` (4 to 31) and `salt`; a password longer than
/// [`BCRYPT_MAX_PASSWORD`] bytes is refused.
pub(super) fn bcrypt(
    password: &[u8],
    cost: u32,
    salt: [u8; SALT_LEN],
) -> Result<String, HashError> {
    check_bcrypt_length(password)?;
    if !(4..=31).contains(&cost) {
        return Err(HashError::OutOfRange {
            algorithm: "bcrypt",
            parameter: "cost",
            value: u64::from(cost),
            min: 4,
            max: 31,
        });
    }
    let parts = bcrypt::hash_with_salt(password, cost, salt).map_err(|e| failed("bcrypt", e))?;
    Ok(parts.format_for_version(bcrypt::Version::TwoB))
}

/// Whether `password` matches the bcrypt hash `text` (checked by [`parse_bcrypt`]), in
/// constant time; a password longer than [`BCRYPT_MAX_PASSWORD`] bytes is an error (it could
/// only match by truncation).
pub(super) fn bcrypt_verify(password: &[u8], text: &str) -> Result<bool, HashError> {
    check_bcrypt_length(password)?;
    bcrypt::verify(password, text).map_err(|e| failed("bcrypt", e))
}

fn check_bcrypt_length(password: &[u8]) -> Result<(), HashError> {
    if password.len() > BCRYPT_MAX_PASSWORD {
        return Err(HashError::PasswordTooLong {
            length: password.len(),
            max: BCRYPT_MAX_PASSWORD,
        });
    }
    Ok(())
}

/// The cost of a `$2a$`, `$2b$` or `$2y$` string, once its shape is checked:
/// `$2b$<cost>$<53 characters>`.
pub(super) fn parse_bcrypt(text: &str) -> Result<u32, HashError> {
    const ALPHABET: &[u8] = b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let fields: Vec<&str> = text.split('$').collect();
    let [_, _, cost, rest] = fields[..] else {
        return malformed("expected $2b$<cost>$<53 characters>");
    };
    let cost = match cost.parse::<u32>() {
        Ok(c)
            if cost.len() == 2
                && cost.bytes().all(|b| b.is_ascii_digit())
                && (4..=31).contains(&c) =>
        {
            c
        }
        _ => return malformed("the bcrypt cost must be two digits from 04 to 31"),
    };
    if rest.len() != 53 || !rest.bytes().all(|b| ALPHABET.contains(&b)) {
        return malformed("a bcrypt salt and hash are 53 characters of ./A-Za-z0-9");
    }
    Ok(cost)
}

/// The error for an implementation's refusal of what our checks passed.
fn failed(algorithm: &'static str, e: impl std::fmt::Display) -> HashError {
    HashError::Failed {
        algorithm,
        reason: e.to_string(),
    }
}

impl CryptHash {
    /// Parses a `$6$`, `$5$` or `$y$` string; [`HashError::Malformed`] says what is wrong.
    pub fn parse(text: &str) -> Result<CryptHash, HashError> {
        let fields: Vec<&str> = text.split('$').collect();
        let parsed = match fields.get(1) {
            Some(&"6") | Some(&"5") => Self::parse_sha(text, &fields),
            Some(&"y") => Self::parse_yescrypt(text, &fields),
            _ => Err("not a $6$, $5$ or $y$ hash".into()),
        };
        parsed.map_err(|reason| HashError::Malformed { reason })
    }

    fn parse_sha(text: &str, fields: &[&str]) -> Result<CryptHash, String> {
        let (rounds, salt, hash) = match fields {
            [_, _, rounds, salt, hash] => {
                let Some(n) = rounds.strip_prefix("rounds=") else {
                    return Err("expected $6$rounds=N$salt$hash or $6$salt$hash".into());
                };
                if n.is_empty() || n.len() > 10 || !n.bytes().all(|b| b.is_ascii_digit()) {
                    return Err("rounds= must be a number".into());
                }
                let n: u64 = n.parse().map_err(|_| "rounds= must be a number")?;
                let n = u32::try_from(n.clamp(
                    u64::from(SHA_CRYPT_MIN_ROUNDS),
                    u64::from(SHA_CRYPT_MAX_ROUNDS),
                ))
                .map_err(|_| "rounds= is out of range")?;
                (n, *salt, *hash)
            }
            [_, _, salt, hash] => (SHA_CRYPT_ROUNDS, *salt, *hash),
            _ => return Err("expected $6$rounds=N$salt$hash or $6$salt$hash".into()),
        };
        let sha512 = fields[1] == "6";
        if rounds < SHA_CRYPT_MIN_ROUNDS || !(8..=16).contains(&salt.len()) {
            return Err("the salt must be 8 to 16 characters".into());
        }
        let crypt64 = |s: &str| {
            s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'/')
        };
        if !crypt64(salt) || !crypt64(hash) {
            return Err("the salt and hash must be crypt's base64 (./0-9A-Za-z)".into());
        }
        if hash.len() != if sha512 { 86 } else { 43 } {
            return Err(format!(
                "the hash part must be {} characters",
                if sha512 { 86 } else { 43 }
            ));
        }
        Ok(CryptHash::ShaCrypt {
            sha512,
            rounds,
            text: text.to_owned(),
        })
    }

    fn parse_yescrypt(text: &str, fields: &[&str]) -> Result<CryptHash, String> {
        let [_, _, params, salt, hash] = fields else {
            return Err("expected $y$params$salt$hash".into());
        };
        let parsed: yescrypt::Params = params
            .parse()
            .map_err(|_| "the yescrypt parameters are malformed")?;
        // Only the parameters libxcrypt writes: default flags and no t, g or ROM. Anything
        // else could hide extra work that N, r and p do not show.
        let plain = yescrypt::Params::new_with_all_params(
            yescrypt::Mode::default(),
            parsed.n(),
            parsed.r(),
            parsed.p(),
            0,
            0,
        );
        if plain != Ok(parsed) {
            return Err(
                "unsupported yescrypt parameters (only the flags libxcrypt writes, \
                        with t = 0 and no ROM)"
                    .into(),
            );
        }
        // crypt's base64: 6 bits per character, so the byte counts are exact enough for limits.
        if salt.len() * 6 / 8 < 8 {
            return Err("the salt must be at least 8 bytes".into());
        }
        if hash.len() * 6 / 8 < 16 {
            return Err("the hash must be at least 16 bytes".into());
        }
        Ok(CryptHash::Yescrypt {
            n: parsed.n(),
            r: parsed.r(),
            p: parsed.p(),
            text: text.to_owned(),
        })
    }

    /// `sha512-crypt`, `sha256-crypt` or `yescrypt`.
    pub fn algorithm(&self) -> &'static str {
        match self {
            CryptHash::ShaCrypt { sha512: true, .. } => "sha512-crypt",
            CryptHash::ShaCrypt { sha512: false, .. } => "sha256-crypt",
            CryptHash::Yescrypt { .. } => "yescrypt",
        }
    }

    /// The cost parameters, for the shared memory and work caps ([`super::limits`]).
    pub fn cost(&self) -> Cost {
        match self {
            CryptHash::ShaCrypt { rounds, .. } => Cost::ShaCrypt { rounds: *rounds },
            CryptHash::Yescrypt { n, r, p, .. } => Cost::Yescrypt {
                n: *n,
                r: *r,
                p: *p,
            },
        }
    }

    /// Whether `password` matches, in constant time. The caller checks the limits first
    /// ([`PasswordHash::check_limits`](super::PasswordHash::check_limits)).
    pub fn verify(&self, password: &[u8]) -> Result<bool, HashError> {
        let outcome = match self {
            CryptHash::ShaCrypt { text, sha512, .. } => {
                let alg = if *sha512 {
                    Algorithm::Sha512Crypt
                } else {
                    Algorithm::Sha256Crypt
                };
                ShaCrypt::from(alg).verify_password(password, text.as_str())
            }
            CryptHash::Yescrypt { text, .. } => {
                // The crate allocates with `vec!`, which aborts when memory is refused.
                super::kdf::probe(self.cost())?;
                Yescrypt::default().verify_password(password, text.as_str())
            }
        };
        match outcome {
            Ok(()) => Ok(true),
            Err(password_hash::Error::PasswordInvalid) => Ok(false),
            Err(e) => Err(failed(self.algorithm(), e)),
        }
    }

    /// Why this hash is weaker than what [`hash`](super::hash) makes by default (empty if it
    /// is not).
    pub fn weaknesses(&self) -> Vec<String> {
        let mut why = Vec::new();
        match self {
            CryptHash::ShaCrypt { sha512, rounds, .. } => {
                if !sha512 {
                    why.push("SHA-256 is below SHA-512".into());
                }
                if *rounds < SHA_CRYPT_ROUNDS {
                    why.push(format!("rounds={rounds} is below {SHA_CRYPT_ROUNDS}"));
                }
            }
            CryptHash::Yescrypt { n, r, .. } => {
                if u128::from(*n) * u128::from(*r) < u128::from(YESCRYPT_N) * u128::from(YESCRYPT_R)
                {
                    why.push(format!(
                        "N*r={} is below {}",
                        u128::from(*n) * u128::from(*r),
                        YESCRYPT_N * u64::from(YESCRYPT_R)
                    ));
                }
            }
        }
        why
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hash::limits::WorkCap;

    /// glibc's own test vector (crypt-sha512.c, "Hello world!" with rounds=10000).
    const GLIBC_6: &str = "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v.";

    #[test]
    fn glibcs_vector_verifies() {
        let h = CryptHash::parse(GLIBC_6).expect("parses");
        assert!(h.cost().check(WorkCap::Capped).is_ok());
        assert!(h.verify(b"Hello world!").expect("runs"));
        assert!(!h.verify(b"Hello world?").expect("runs"));
    }

    #[test]
    fn new_hashes_round_trip() {
        let mut src = RandomSource::new();
        let six = sha512_crypt(b"pw", SHA_CRYPT_ROUNDS, &mut src).expect("hashes");
        assert!(six.starts_with("$6$") && !six.contains("rounds="), "{six}");
        assert_eq!(six.split('$').nth(2).map(str::len), Some(16));
        assert!(
            CryptHash::parse(&six)
                .expect("parses")
                .verify(b"pw")
                .expect("runs")
        );
        let more = sha512_crypt(b"pw", 6000, &mut src).expect("hashes");
        assert!(more.starts_with("$6$rounds=6000$"), "{more}");
        let y = yescrypt(b"pw", &mut src).expect("hashes");
        assert!(y.starts_with("$y$j9T$"), "{y}");
        let parsed = CryptHash::parse(&y).expect("parses");
        assert!(parsed.verify(b"pw").expect("runs"));
        assert!(!parsed.verify(b"pW").expect("runs"));
        assert!(parsed.weaknesses().is_empty());
    }

    #[test]
    fn expensive_and_short_hashes_are_refused_before_work() {
        let h = GLIBC_6.replace("rounds=10000", "rounds=999999999");
        let parsed = CryptHash::parse(&h).expect("parses");
        assert!(parsed.cost().check(WorkCap::Capped).is_err());
        assert!(parsed.cost().check(WorkCap::Lifted).is_ok());
        let short_salt = "$6$abc$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/y3RnOaw5v.";
        assert!(CryptHash::parse(short_salt).is_err());
        // N = 2^30 with r = 32: 4 TiB, refused even when trusted.
        let huge = "$y$jIT$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        if let Ok(h) = CryptHash::parse(huge) {
            assert!(h.cost().check(WorkCap::Lifted).is_err());
        }
    }
}
