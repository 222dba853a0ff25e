//! PHC strings: `$argon2id$v=19$m=..,t=..,p=..$salt$hash` (also `argon2i` and `argon2d`,
//! `v=16`, or no `v=`) and `$scrypt$ln=..,r=..,p=..$salt$hash`, read and written by
//! RustCrypto's parser (`password_hash::phc`, the one the `argon2` and `scrypt` crates use).
//!
//! The parser checks the grammar: identifiers, canonical decimals (no leading zeros, at most
//! 2^32 − 1), unpadded standard base64 with no stray bits, salts of 8 to 48 bytes and hash
//! values of 10 to 64. What is ours is the policy on top:
//! * exactly the parameters each algorithm defines, in the order its reference writes them
//!   (`m,t,p`; `ln,r,p`), and nothing else (no `keyid` or `data`, no `v=` for scrypt);
//! * the version (16 or 19, and 16 when absent, as in the reference implementation) and the
//!   ranges the algorithms define (Argon2 t ≥ 1, 1 ≤ p < 2^24, m ≥ 8p; scrypt ln 1 to 63,
//!   r and p at least 1);
//! * hash values of at least [`MIN_HASH_LEN`] bytes, not the parser's 10: a truncated value
//!   lets a wrong password match by chance.
//!
//! The costs themselves are judged afterwards, by [`super::limits`].

use password_hash::phc::{self, Ident, Output, ParamsString, Salt};

use super::error::{HashError, malformed};
use super::{Argon2Variant, MAX_HASH_LEN, MAX_SALT_LEN, MIN_HASH_LEN, MIN_SALT_LEN, PasswordHash};

const ARGON2_SHAPE: &str = "$argon2id$v=19$m=..,t=..,p=..$salt$hash";
const SCRYPT_SHAPE: &str = "$scrypt$ln=..,r=..,p=..$salt$hash";
// Evaluated at compile time: a typo would fail the build, not a run.
const ARGON2ID: Ident = Ident::new_unwrap("argon2id");
const SCRYPT: Ident = Ident::new_unwrap("scrypt");

/// The Argon2 hash in `text`, whose identifier is `variant`'s.
pub(super) fn parse_argon2(text: &str, variant: Argon2Variant) -> Result<PasswordHash, HashError> {
    let parsed = parse(text, ARGON2_SHAPE, "v=19 (or v=16) and m,t,p")?;
    let version = match parsed.version {
        None | Some(16) => 16,
        Some(19) => 19,
        Some(_) => return malformed("the Argon2 version must be v=16 or v=19"),
    };
    let [m, t, p] = decimals(&parsed.params, ["m", "t", "p"])?;
    if t < 1 || !(1..=0xFF_FFFF).contains(&p) || u64::from(m) < 8 * u64::from(p) {
        return malformed("Argon2 parameters out of range (t >= 1, 1 <= p, m >= 8p)");
    }
    let (salt, hash) = salt_and_value(&parsed, ARGON2_SHAPE)?;
    Ok(PasswordHash::Argon2 {
        variant,
        version,
        m,
        t,
        p,
        salt,
        hash,
    })
}

/// The scrypt hash in `text`.
pub(super) fn parse_scrypt(text: &str) -> Result<PasswordHash, HashError> {
    let parsed = parse(text, SCRYPT_SHAPE, "ln,r,p")?;
    if parsed.version.is_some() {
        return malformed(format!("expected {SCRYPT_SHAPE}"));
    }
    let [ln, r, p] = decimals(&parsed.params, ["ln", "r", "p"])?;
    let log_n = match u8::try_from(ln) {
        Ok(log_n) if (1..64).contains(&log_n) && r >= 1 && p >= 1 => log_n,
        _ => {
            return malformed("scrypt parameters out of range (ln 1 to 63, r and p at least 1)");
        }
    };
    let (salt, hash) = salt_and_value(&parsed, SCRYPT_SHAPE)?;
    Ok(PasswordHash::Scrypt {
        log_n,
        r,
        p,
        salt,
        hash,
    })
}

/// `$argon2id$v=19$m=..,t=..,p=..$salt$value`, as argon2-cffi writes it.
pub(super) fn argon2id_string(
    (m, t, p): (u32, u32, u32),
    salt: &[u8],
    value: &[u8],
) -> Result<String, HashError> {
    format(
        ARGON2ID,
        Some(19),
        &[("m", m), ("t", t), ("p", p)],
        salt,
        value,
    )
}

/// `$scrypt$ln=..,r=..,p=..$salt$value`, as passlib writes it.
pub(super) fn scrypt_string(
    (log_n, r, p): (u8, u32, u32),
    salt: &[u8],
    value: &[u8],
) -> Result<String, HashError> {
    let params = [("ln", u32::from(log_n)), ("r", r), ("p", p)];
    format(SCRYPT, None, &params, salt, value)
}

/// A PHC string through the parser's own types, so that what we write is what it reads.
fn format(
    algorithm: Ident,
    version: Option<u32>,
    params: &[(&str, u32)],
    salt: &[u8],
    value: &[u8],
) -> Result<String, HashError> {
    // Not expected: our salts, values and parameter lists are well within the parser's bounds.
    let failed = |e: phc::Error| HashError::Failed {
        algorithm: if algorithm == SCRYPT {
            "scrypt"
        } else {
            "argon2id"
        },
        reason: e.to_string(),
    };
    let mut list = ParamsString::new();
    for &(name, decimal) in params {
        list.add_decimal(name, decimal).map_err(failed)?;
    }
    let hash = phc::PasswordHash {
        algorithm,
        version,
        params: list,
        salt: Some(Salt::new(salt).map_err(failed)?),
        hash: Some(Output::new(value).map_err(failed)?),
    };
    Ok(hash.to_string())
}

/// `text` through the parser; `shape` and `params` describe what was expected.
fn parse(text: &str, shape: &str, params: &str) -> Result<phc::PasswordHash, HashError> {
    phc::PasswordHash::new(text).map_err(|e| HashError::Malformed {
        reason: explain(e, text, shape, params),
    })
}

/// The parser's error in our words, naming the field.
fn explain(e: phc::Error, text: &str, shape: &str, params: &str) -> String {
    use phc::Error as E;
    match e {
        E::SaltTooShort | E::SaltTooLong => salt_length(),
        E::OutputSize { .. } => value_length(),
        // The value is decoded into the parser's 64-byte buffer: a longer one is a length
        // error, told by the length of the last field.
        E::Base64(_)
            if text
                .rsplit('$')
                .next()
                .is_some_and(|value| value.len() > Output::B64_MAX_LENGTH) =>
        {
            value_length()
        }
        E::Base64(_) => "the salt or the hash value is not unpadded base64".to_owned(),
        E::ParamNameDuplicated
        | E::ParamNameInvalid
        | E::ParamValueInvalid
        | E::ParamValueTooLong
        | E::ParamsMaxExceeded
        | E::ValueTooLong => format!("expected {params}, each =<number>"),
        // MissingField, TrailingData, and whatever a later parser adds.
        _ => format!("expected {shape}"),
    }
}

fn salt_length() -> String {
    format!("the salt must be {MIN_SALT_LEN} to {MAX_SALT_LEN} bytes")
}

fn value_length() -> String {
    format!("the hash value must be {MIN_HASH_LEN} to {MAX_HASH_LEN} bytes")
}

/// The parameters `names`, exactly and in that order, as decimal numbers.
fn decimals<const N: usize>(
    params: &ParamsString,
    names: [&str; N],
) -> Result<[u32; N], HashError> {
    let mut values = [0u32; N];
    let mut pairs = params.iter();
    for (slot, name) in values.iter_mut().zip(names) {
        match pairs.next() {
            Some((ident, value)) if ident.as_str() == name => match value.decimal() {
                Ok(decimal) => *slot = decimal,
                Err(_) => return malformed(format!("expected {name}=<number>")),
            },
            _ => return malformed(format!("expected the parameters {}", names.join(","))),
        }
    }
    if pairs.next().is_some() {
        return malformed(format!("expected the parameters {}", names.join(",")));
    }
    Ok(values)
}

/// The raw salt and hash value, both present, the value at least [`MIN_HASH_LEN`] bytes.
fn salt_and_value(
    parsed: &phc::PasswordHash,
    shape: &str,
) -> Result<(Vec<u8>, Vec<u8>), HashError> {
    let (Some(salt), Some(value)) = (&parsed.salt, &parsed.hash) else {
        return malformed(format!("expected {shape}"));
    };
    // The parser already holds salts to 8 bytes; said again, the policy does not rest on it.
    if salt.len() < MIN_SALT_LEN {
        return malformed(salt_length());
    }
    if value.len() < MIN_HASH_LEN {
        return malformed(value_length());
    }
    Ok((salt.to_vec(), value.as_bytes().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_we_write_is_what_the_formats_spell() {
        let salt = b"saltsaltsaltsalt";
        let value = [7u8; 32];
        assert_eq!(
            argon2id_string((65536, 3, 4), salt, &value).expect("formats"),
            "$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0c2FsdA\
             $BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc"
        );
        assert_eq!(
            scrypt_string((17, 8, 1), salt, &value).expect("formats"),
            "$scrypt$ln=17,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA\
             $BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc"
        );
    }

    #[test]
    fn parameters_must_be_exactly_the_algorithms_in_order() {
        let tail = "$c2FsdHNhbHRzYWx0c2FsdA$BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc";
        for (params, why) in [
            ("m=64,t=1", "expected the parameters m,t,p"),
            ("t=1,m=64,p=1", "expected the parameters m,t,p"),
            ("m=64,t=1,p=1,keyid=AAAA", "expected the parameters m,t,p"),
            ("m=064,t=1,p=1", "expected m=<number>"),
            ("M=64,t=1,p=1", "m,t,p, each =<number>"),
            ("m=64,t=1,p=x", "expected p=<number>"),
            ("m=64,t=1,p=4294967296", "expected p=<number>"),
            ("m=64,t=0,p=1", "out of range"),
        ] {
            let text = format!("$argon2id$v=19${params}{tail}");
            match parse_argon2(&text, Argon2Variant::Id) {
                Err(e @ HashError::Malformed { .. }) => {
                    assert!(e.to_string().contains(why), "{params}: {e}")
                }
                other => panic!("{params}: {other:?}"),
            }
        }
        let ok = format!("$argon2id$v=19$m=64,t=1,p=1{tail}");
        assert!(parse_argon2(&ok, Argon2Variant::Id).is_ok());
        // No version means 16, as in the reference implementation.
        let old = format!("$argon2i$m=64,t=1,p=1{tail}");
        match parse_argon2(&old, Argon2Variant::I) {
            Ok(PasswordHash::Argon2 { version, .. }) => assert_eq!(version, 16),
            other => panic!("{other:?}"),
        }
        let versioned = format!("$scrypt$v=1$ln=4,r=8,p=1{tail}");
        assert!(parse_scrypt(&versioned).is_err());
    }

    #[test]
    fn the_parsers_bounds_are_named_with_the_field() {
        let b64 = |n: usize| {
            use base64::Engine as _;
            base64::engine::general_purpose::STANDARD_NO_PAD.encode(vec![0x5a; n])
        };
        let text = |salt: usize, value: usize| {
            format!("$scrypt$ln=4,r=8,p=1${}${}", b64(salt), b64(value))
        };
        for (salt, value, why) in [
            (7, 32, "the salt must be 8 to 48 bytes"),
            (49, 32, "the salt must be 8 to 48 bytes"),
            (16, 9, "the hash value must be 16 to 64 bytes"),
            (16, 15, "the hash value must be 16 to 64 bytes"),
            (16, 65, "the hash value must be 16 to 64 bytes"),
            (16, 1024, "the hash value must be 16 to 64 bytes"),
        ] {
            let err = parse_scrypt(&text(salt, value)).expect_err("out of bounds");
            assert!(err.to_string().contains(why), "{salt}, {value}: {err}");
        }
        for (salt, value) in [(8, 16), (48, 64)] {
            assert!(parse_scrypt(&text(salt, value)).is_ok(), "{salt}, {value}");
        }
        let not_b64 = format!("$scrypt$ln=4,r=8,p=1$!!!!!!!!!!!!${}", b64(32));
        let err = parse_scrypt(&not_b64).expect_err("not base64");
        assert!(err.to_string().contains("not unpadded base64"), "{err}");
        let no_value = format!("$scrypt$ln=4,r=8,p=1${}", b64(16));
        let err = parse_scrypt(&no_value).expect_err("no value");
        assert!(err.to_string().contains(SCRYPT_SHAPE), "{err}");
    }
}
