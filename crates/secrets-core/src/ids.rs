//! Identifiers: UUIDs (RFC 9562, version 4 and the time-ordered version 7), ULIDs and Nano
//! IDs. IDs are not secrets, but they come from the same CSPRNG, and their random parts are
//! exactly uniform: UUIDv4 has 122 random bits, UUIDv7 74 (after a 48-bit millisecond
//! timestamp), a ULID 80 (after a 48-bit millisecond timestamp), and a Nano ID
//! `size × log2(alphabet)` bits, each character drawn through the engine's `Uniform`.
//!
//! Several IDs made in the same millisecond share their timestamp and are ordered by their
//! random part, not by creation (no monotonic counter), so every ID keeps its full entropy.

use std::fmt::Write as _;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::rng::RandomSource;

/// What making an identifier can fail at.
#[derive(Debug, thiserror::Error)]
pub enum IdError {
    /// The clock reads before 1970 or past the year 500 million.
    #[error("the system clock is outside 1970 to the year 500 million")]
    Clock,
    /// The alphabet has a character that may not enter a secret.
    #[error("{0}")]
    Alphabet(String),
    /// The alphabet lists a character twice.
    #[error("the alphabet has {0:?} more than once")]
    Repeated(char),
    /// The alphabet has fewer than 2 characters.
    #[error("the alphabet needs at least 2 distinct characters")]
    TooSmall,
}

/// Random bits of a version 4 UUID.
pub const UUID_V4_BITS: u32 = 122;
/// Random bits of a version 7 UUID.
pub const UUID_V7_BITS: u32 = 74;
/// Random bits of a ULID.
pub const ULID_BITS: u32 = 80;
/// Nano ID's default alphabet: A-Za-z0-9_- (its `urlAlphabet`, in this order).
pub const NANOID_ALPHABET: &str =
    "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";
/// Nano ID's default size: 21 characters (126 bits).
pub const NANOID_SIZE: usize = 21;

/// Milliseconds since the UNIX epoch, for the time-ordered IDs.
pub fn now_millis() -> Result<u64, IdError> {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|_| IdError::Clock)?;
    u64::try_from(since.as_millis()).map_err(|_| IdError::Clock)
}

/// Appends a version 4 UUID (lowercase, hyphenated) to `out`.
pub fn uuid_v4_into(src: &mut RandomSource, out: &mut String) -> crate::Result<()> {
    let mut bytes = [0u8; 16];
    src.fill(&mut bytes)?;
    let id = uuid::Builder::from_random_bytes(bytes).into_uuid();
    // Writing to a String cannot fail.
    let _ = write!(out, "{}", id.hyphenated());
    Ok(())
}

/// Appends a version 7 UUID with timestamp `millis` to `out`.
pub fn uuid_v7_into(src: &mut RandomSource, millis: u64, out: &mut String) -> crate::Result<()> {
    let mut bytes = [0u8; 10];
    src.fill(&mut bytes)?;
    let id = uuid::Builder::from_unix_timestamp_millis(millis, &bytes).into_uuid();
    let _ = write!(out, "{}", id.hyphenated());
    Ok(())
}

/// Appends a ULID (26 characters of Crockford base32) with timestamp `millis` to `out`.
pub fn ulid_into(src: &mut RandomSource, millis: u64, out: &mut String) -> crate::Result<()> {
    let mut bytes = [0u8; 16];
    src.fill(&mut bytes[6..])?;
    let id = ulid::Ulid::from_parts(millis, u128::from_be_bytes(bytes));
    let _ = write!(out, "{id}");
    Ok(())
}

/// A Nano ID alphabet: distinct characters, no control characters, at least 2.
#[derive(Debug, Clone)]
pub struct NanoidAlphabet(Vec<char>);

impl NanoidAlphabet {
    /// Checks `text` as an alphabet. Duplicates are refused rather than removed: Nano ID's
    /// own libraries would make them more likely, and silently changing the alphabet would
    /// change the entropy the user counted on.
    pub fn new(text: &str) -> Result<NanoidAlphabet, IdError> {
        crate::text::check_alphabet("the alphabet", text).map_err(IdError::Alphabet)?;
        let chars: Vec<char> = text.chars().collect();
        let mut seen = std::collections::HashSet::new();
        if let Some(c) = chars.iter().find(|c| !seen.insert(**c)) {
            return Err(IdError::Repeated(*c));
        }
        if chars.len() < 2 {
            return Err(IdError::TooSmall);
        }
        Ok(NanoidAlphabet(chars))
    }

    /// The number of characters.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Never true: an alphabet has at least 2 characters.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Appends a Nano ID of `size` characters, each exactly uniform over the alphabet.
    pub fn generate_into(
        &self,
        src: &mut RandomSource,
        size: usize,
        out: &mut String,
    ) -> crate::Result<()> {
        crate::otp::otp_into(src, size, &self.0, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_have_their_version_and_variant() {
        let mut src = RandomSource::new();
        let (mut v4, mut v7) = (String::new(), String::new());
        uuid_v4_into(&mut src, &mut v4).expect("draws");
        uuid_v7_into(&mut src, 1_700_000_000_000, &mut v7).expect("draws");
        for (id, version) in [(&v4, '4'), (&v7, '7')] {
            assert_eq!(id.len(), 36);
            assert_eq!(id.as_bytes()[14], version as u8, "{id}");
            assert!("89ab".contains(char::from(id.as_bytes()[19])), "{id}");
        }
        // 1_700_000_000_000 ms is 0x018bcfe56800.
        assert!(v7.starts_with("018bcfe5-6800-7"), "{v7}");
    }

    #[test]
    fn ulids_start_with_their_timestamp() {
        let mut id = String::new();
        ulid_into(&mut RandomSource::new(), 1_700_000_000_000, &mut id).expect("draws");
        assert_eq!(id.len(), 26);
        assert!(id.starts_with("01HF7YAT00"), "{id}");
    }

    #[test]
    fn nanoid_alphabets_are_checked() {
        assert_eq!(
            NanoidAlphabet::new(NANOID_ALPHABET).map(|a| a.len()).ok(),
            Some(64)
        );
        assert!(NanoidAlphabet::new("aa").is_err());
        assert!(NanoidAlphabet::new("a").is_err());
        assert!(NanoidAlphabet::new("ab\n").is_err());
    }
}
