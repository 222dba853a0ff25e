//! Identifiers from the same CSPRNG: UUIDs (v4, v7), ULIDs and Nano IDs.

use serde::Deserialize;

use super::password::length_of;
use super::plan::{Plan, chars_len};
use super::{Entropy, Info, Problem, SpecError};
use crate::RandomSource;
use crate::ids::{self, NanoidAlphabet};

/// Options of `secrets uuid`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct UuidSpec {
    /// Version 7: a millisecond timestamp, then 74 random bits (sorts by time).
    #[cfg_attr(feature = "clap", arg(long))]
    pub v7: bool,

    /// Version 4: 122 random bits (the default).
    #[cfg_attr(feature = "clap", arg(long, conflicts_with = "v7"))]
    pub v4: bool,
}

impl UuidSpec {
    pub(super) fn plan(&self) -> Result<Plan, SpecError> {
        if self.v4 && self.v7 {
            return Err(SpecError::new("v4", Problem::Conflict("v7")));
        }
        let v7 = self.v7;
        let bits = f64::from(if v7 {
            ids::UUID_V7_BITS
        } else {
            ids::UUID_V4_BITS
        });
        let mut info = Info::new("uuid", bits);
        info.encoding = Some(if v7 { "v7" } else { "v4" }.into());
        Ok(Plan::new(
            info,
            Entropy::exact(bits),
            36,
            std::sync::Arc::new(move |_| {
                if !v7 {
                    return Ok(Box::new(ids::uuid_v4_into));
                }
                let start = ids::now_millis().map_err(clock)?;
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    ids::uuid_v7_into(src, ids::now_millis().unwrap_or(start), out)
                }))
            }),
        )
        .with_alphabet("0123456789abcdef-".chars()))
    }
}

fn clock(e: ids::IdError) -> SpecError {
    SpecError::whole(Problem::Id(e))
}

/// Options of `secrets ulid` (none).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct UlidSpec {}

impl UlidSpec {
    pub(super) fn plan(&self) -> Plan {
        let bits = f64::from(ids::ULID_BITS);
        Plan::new(
            Info::new("ulid", bits),
            Entropy::exact(bits),
            26,
            std::sync::Arc::new(move |_| {
                let start = ids::now_millis().map_err(clock)?;
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    ids::ulid_into(src, ids::now_millis().unwrap_or(start), out)
                }))
            }),
        )
        .with_alphabet("0123456789ABCDEFGHJKMNPQRSTVWXYZ".chars())
    }
}

/// Options of `secrets nanoid`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct NanoidSpec {
    /// Characters in each ID.
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", default_value_t = ids::NANOID_SIZE as u64,
          value_parser = clap::value_parser!(u64).range(1..=crate::policy::MAX_PASSWORD_LENGTH as u64)))]
    pub size: u64,

    /// The characters to draw from, each listed once [default: A-Za-z0-9_-].
    #[cfg_attr(feature = "clap", arg(long, value_name = "CHARS"))]
    pub alphabet: Option<String>,
}

impl Default for NanoidSpec {
    fn default() -> Self {
        NanoidSpec {
            size: ids::NANOID_SIZE as u64,
            alphabet: None,
        }
    }
}

impl NanoidSpec {
    pub(super) fn plan(&self) -> Result<Plan, SpecError> {
        let text = self.alphabet.as_deref().unwrap_or(ids::NANOID_ALPHABET);
        let alphabet =
            NanoidAlphabet::new(text).map_err(|e| SpecError::new("alphabet", Problem::Id(e)))?;
        let size = length_of(self.size, "size")?;
        let bits = size as f64 * (alphabet.len() as f64).log2();
        let mut info = Info::new("nanoid", bits);
        info.length = Some(size as u64);
        info.alphabet_size = Some(alphabet.len());
        let max_len = chars_len(size as u64, text.chars());
        let chars: Vec<char> = text.chars().collect();
        let alphabet = std::sync::Arc::new(alphabet);
        Ok(Plan::new(
            info,
            Entropy::exact(bits),
            max_len,
            std::sync::Arc::new(move |_| {
                let alphabet = std::sync::Arc::clone(&alphabet);
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    alphabet.generate_into(src, size, out)
                }))
            }),
        )
        .with_alphabet(chars))
    }
}
