//! Random bytes as text: `token-hex`, `token-urlsafe`, one-time codes (`otp`) and API keys
//! (`apikey`).

use serde::Deserialize;

use super::password::{check_bits, length_of};
use super::plan::{Plan, small, zeroed};
use super::{Entropy, Info, Problem, SpecError};
use crate::RandomSource;
use crate::apikey;
use crate::otp::OTP_ALPHANUMERIC;
use crate::policy::MAX_PASSWORD_LENGTH;

/// Bytes in a token when none are asked for, as Python's `secrets` module.
pub const DEFAULT_TOKEN_BYTES: u64 = 32;
/// Digits in a one-time code when none are asked for.
pub const DEFAULT_OTP_LENGTH: u64 = 6;
/// The longest API key prefix.
pub const MAX_PREFIX: usize = 128;
/// The most random bytes in an API key.
pub const MAX_APIKEY_BYTES: u64 = 1024 * 1024;

/// How `token-hex` and `token-urlsafe` write their bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TokenEncoding {
    /// Lowercase hex, like Python's `token_hex`.
    #[default]
    Hex,
    /// Unpadded base64url, like Python's `token_urlsafe`.
    Base64Url,
}

/// Options of `token-hex` and `token-urlsafe`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct TokenSpec {
    /// Bytes of entropy in each token [default: 32].
    #[cfg_attr(feature = "clap", arg(value_name = "NBYTES", value_parser = parse_positive,
          allow_negative_numbers = true))]
    pub nbytes: Option<u64>,

    /// Size by entropy: the shortest token (whole bytes) whose exact entropy is at least N bits.
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", conflicts_with = "nbytes",
          value_parser = clap::value_parser!(u64).range(1..=crate::bits::MAX_BITS)))]
    pub bits: Option<u64>,

    /// Hex or base64url: set by the command, not an option.
    #[cfg_attr(feature = "clap", arg(skip))]
    #[serde(skip)]
    pub encoding: TokenEncoding,
}

impl Default for TokenSpec {
    fn default() -> Self {
        TokenSpec {
            nbytes: None,
            bits: None,
            encoding: TokenEncoding::Hex,
        }
    }
}

/// A whole number of at least 1 (the sizes that are operands: `token-hex 16`).
pub fn parse_positive(s: &str) -> Result<u64, String> {
    match s.parse::<u64>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(_) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => {
            Err(format!("must be at most {}", u64::MAX))
        }
        Err(_) => Err("must be a whole number of at least 1".into()),
    }
}

impl TokenSpec {
    /// Bytes per token: `nbytes`, or with `bits` the fewest whole bytes that hold them.
    pub fn bytes(&self) -> u64 {
        let asked = self.nbytes.unwrap_or(DEFAULT_TOKEN_BYTES);
        self.bits.map_or(asked, |b| b.div_ceil(8))
    }

    pub(super) fn plan(&self) -> Result<Plan, SpecError> {
        check_bits(self.bits)?;
        if self.nbytes.is_some() && self.bits.is_some() {
            return Err(SpecError::new("bits", Problem::Conflict("nbytes")));
        }
        if let Some(n) = self.nbytes {
            super::check_limit(super::TOKEN_LIMITS, "nbytes", n)?;
        }
        let nbytes = self.bytes();
        let (kind, name, len, chars) = match self.encoding {
            TokenEncoding::Hex => ("token-hex", "hex", nbytes.saturating_mul(2), HEX),
            TokenEncoding::Base64Url => (
                "token-urlsafe",
                "base64url",
                nbytes.saturating_mul(4).div_ceil(3),
                BASE64URL,
            ),
        };
        let entropy = nbytes as f64 * 8.0;
        let mut info = Info::new(kind, entropy);
        info.bytes = Some(nbytes);
        info.target_bits = self.bits;
        info.encoding = Some(name.into());
        let encoding = self.encoding;
        let mut plan = Plan::new(
            info,
            Entropy::exact(entropy),
            len,
            std::sync::Arc::new(move |_| {
                let n = usize::try_from(nbytes).map_err(|_| too_big("nbytes", nbytes))?;
                let mut raw = zeroed(n, "nbytes")?;
                let mut hexed = match encoding {
                    TokenEncoding::Hex => zeroed(n.saturating_mul(2), "nbytes")?,
                    TokenEncoding::Base64Url => zeroed(0, "nbytes")?,
                };
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    src.fill(&mut raw)?;
                    match encoding {
                        TokenEncoding::Hex => {
                            // Cannot fail: the output is exactly twice the input's length.
                            let _ = hex::encode_to_slice(raw.as_slice(), &mut hexed);
                            out.extend(hexed.iter().map(|&b| char::from(b)));
                        }
                        TokenEncoding::Base64Url => {
                            use base64::Engine as _;
                            base64::engine::general_purpose::URL_SAFE_NO_PAD
                                .encode_string(raw.as_slice(), out);
                        }
                    }
                    Ok(())
                }))
            }),
        )
        .with_alphabet(chars.chars());
        if self.bits.is_some() {
            plan.chosen = Some((nbytes, "bytes"));
        }
        Ok(plan)
    }
}

const HEX: &str = "0123456789abcdef";
const BASE64URL: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn too_big(field: &'static str, n: u64) -> SpecError {
    SpecError::with_value(field, n, Problem::Invalid("is too large for memory".into()))
}

/// Options of `secrets otp`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct OtpSpec {
    /// Number of characters in each code [default: 6].
    #[cfg_attr(feature = "clap", arg(short = 'l', long, visible_alias = "digits",
          value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=MAX_PASSWORD_LENGTH as u64)))]
    #[serde(alias = "digits")]
    pub length: Option<u64>,

    /// Size by entropy: the shortest code whose exact entropy is at least N bits.
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", conflicts_with = "length",
          value_parser = clap::value_parser!(u64).range(1..=crate::bits::MAX_BITS)))]
    pub bits: Option<u64>,

    /// Use uppercase letters and digits without look-alikes: ABCDEFGHJKLMNPQRSTUVWXYZ23456789.
    #[cfg_attr(feature = "clap", arg(long))]
    pub alphanumeric: bool,
}

/// The shortest `n` with `base^n >= 2^bits`, at most `max`.
fn power_length_for(base: usize, bits: u64, max: u64) -> Result<u64, SpecError> {
    let n = crate::bits::shortest_power(base as u64, bits);
    if n > max {
        return Err(SpecError::with_value(
            "bits",
            bits,
            Problem::Invalid(format!("needs {n} characters, more than the {max} allowed")),
        ));
    }
    Ok(n)
}

impl OtpSpec {
    pub(super) fn plan(&self) -> Result<Plan, SpecError> {
        check_bits(self.bits)?;
        let alphabet: Vec<char> = if self.alphanumeric {
            OTP_ALPHANUMERIC.chars().collect()
        } else {
            ('0'..='9').collect()
        };
        let length = match (self.bits, self.length) {
            (Some(_), Some(_)) => {
                return Err(SpecError::new("bits", Problem::Conflict("length")));
            }
            (Some(bits), None) => {
                power_length_for(alphabet.len(), bits, MAX_PASSWORD_LENGTH as u64)?
            }
            (None, asked) => length_of(asked.unwrap_or(DEFAULT_OTP_LENGTH), "length")? as u64,
        };
        let entropy = length as f64 * (alphabet.len() as f64).log2();
        let mut info = Info::new("otp", entropy);
        info.length = Some(length);
        info.target_bits = self.bits;
        info.alphabet_size = Some(alphabet.len());
        let chars = alphabet.clone();
        let mut plan = Plan::new(
            info,
            Entropy::exact(entropy),
            length,
            std::sync::Arc::new(move |_| {
                let alphabet = alphabet.clone();
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    crate::otp::otp_into(src, small(length), &alphabet, out)
                }))
            }),
        )
        .with_alphabet(chars);
        if self.bits.is_some() {
            plan.chosen = Some((length, "characters"));
        }
        Ok(plan)
    }
}

/// Encodings of an API key's random part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum KeyEncoding {
    /// Lowercase hex, two characters per byte.
    Hex,
    /// 0-9A-Za-z, each character exactly uniform.
    Base62,
}

/// Options of `secrets apikey`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct ApikeySpec {
    /// Text before the random part; only A-Z, a-z, 0-9, '_' and '-' (may be empty)
    /// [default: sk_live_].
    #[cfg_attr(feature = "clap", arg(long, value_name = "P"))]
    pub prefix: Option<String>,

    /// Bytes of entropy in the random part [default: 32].
    #[cfg_attr(feature = "clap", arg(long, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=MAX_APIKEY_BYTES)))]
    pub bytes: Option<u64>,

    /// How the random part is written [default: hex; base62 with --checksum].
    #[cfg_attr(feature = "clap", arg(long, value_enum, value_name = "ENCODING"))]
    pub encoding: Option<KeyEncoding>,

    /// GitHub's token shape: 30 random base62 characters and a 6-character CRC32 checksum.
    #[cfg_attr(feature = "clap", arg(long, conflicts_with = "bytes"))]
    pub checksum: bool,

    /// Size by entropy: the shortest random part (hex: whole bytes; base62: characters) whose exact entropy is at least N bits.
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", conflicts_with_all = ["bytes", "checksum"],
          value_parser = clap::value_parser!(u64).range(1..=crate::bits::MAX_BITS)))]
    pub bits: Option<u64>,
}

/// The prefix of an API key when none is given.
pub const DEFAULT_PREFIX: &str = "sk_live_";

impl ApikeySpec {
    pub(super) fn plan(&self) -> Result<Plan, SpecError> {
        check_bits(self.bits)?;
        let prefix = self.prefix.clone().unwrap_or_else(|| DEFAULT_PREFIX.into());
        if prefix.len() > MAX_PREFIX {
            return Err(SpecError::new(
                "prefix",
                Problem::Invalid(format!("is longer than {MAX_PREFIX} characters")),
            ));
        }
        apikey::validate_apikey_prefix(&prefix)
            .map_err(|e| SpecError::new("prefix", Problem::Engine(e)))?;
        if let Some(n) = self.bytes {
            super::check_limit(super::APIKEY_LIMITS, "bytes", n)?;
        }
        if self.checksum && self.bits.is_some() {
            return Err(SpecError::new("bits", Problem::Conflict("checksum")));
        }
        if self.bytes.is_some() && self.bits.is_some() {
            return Err(SpecError::new("bits", Problem::Conflict("bytes")));
        }
        if self.bytes.is_some() && self.checksum {
            return Err(SpecError::new("checksum", Problem::Conflict("bytes")));
        }
        let asked = self.bytes.unwrap_or(DEFAULT_TOKEN_BYTES);
        let encoding = match (self.encoding, self.checksum) {
            (Some(KeyEncoding::Hex), true) => {
                return Err(SpecError::new(
                    "checksum",
                    Problem::Invalid("keys are base62 (GitHub's token shape)".into()),
                ));
            }
            (Some(e), _) => e,
            (None, true) => KeyEncoding::Base62,
            (None, false) => KeyEncoding::Hex,
        };
        let mut alphabet: Vec<char> = prefix.chars().collect();
        if self.checksum {
            let entropy = apikey::RANDOM_CHARS as f64 * 62f64.log2();
            let mut info = Info::new("apikey", entropy);
            info.length = Some(apikey::RANDOM_CHARS as u64);
            info.encoding = Some("base62".into());
            info.prefix = Some(prefix.clone());
            info.checksum = Some("crc32".into());
            alphabet.extend(apikey::BASE62.chars());
            let len = (prefix.len() + apikey::RANDOM_CHARS + apikey::CHECKSUM_CHARS) as u64;
            return Ok(Plan::new(
                info,
                Entropy::exact(entropy),
                len,
                std::sync::Arc::new(move |_| {
                    let prefix = prefix.clone();
                    Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                        apikey::checksummed_into(src, &prefix, out)
                    }))
                }),
            )
            .with_alphabet(alphabet));
        }
        // bits: whole bytes in hex; in base62 the fewest characters, with no byte count.
        let bytes = self.bits.map_or(asked, |b| b.div_ceil(8));
        let mut info = Info::new("apikey", bytes as f64 * 8.0);
        info.bytes = Some(bytes);
        info.prefix = Some(prefix.clone());
        info.target_bits = self.bits;
        if encoding == KeyEncoding::Base62 {
            let chars = match self.bits {
                Some(bits) => {
                    info.bytes = None;
                    power_length_for(62, bits, u64::MAX)?
                }
                None => apikey::base62_chars_for_bytes(asked),
            };
            info.encoding = Some("base62".into());
            info.length = Some(chars);
            info.entropy_bits = chars as f64 * 62f64.log2();
            alphabet.extend(apikey::BASE62.chars());
            let entropy = Entropy::exact(info.entropy_bits);
            let mut plan = Plan::new(
                info,
                entropy,
                (prefix.len() as u64).saturating_add(chars),
                std::sync::Arc::new(move |_| {
                    let prefix = prefix.clone();
                    let n = usize::try_from(chars).map_err(|_| too_big("bits", chars))?;
                    Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                        out.push_str(&prefix);
                        apikey::base62_into(src, n, out)
                    }))
                }),
            )
            .with_alphabet(alphabet);
            if self.bits.is_some() {
                plan.chosen = Some((chars, "base62 characters"));
            }
            return Ok(plan);
        }
        info.encoding = Some("hex".into());
        alphabet.extend(HEX.chars());
        let entropy = Entropy::exact(info.entropy_bits);
        let n = usize::try_from(bytes).map_err(|_| too_big("bits", bytes))?;
        let mut plan = Plan::new(
            info,
            entropy,
            (prefix.len() as u64).saturating_add(bytes.saturating_mul(2)),
            std::sync::Arc::new(move |_| {
                let prefix = prefix.clone();
                let mut raw = zeroed(n, "bytes")?;
                let mut hexed = zeroed(n.saturating_mul(2), "bytes")?;
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    src.fill(&mut raw)?;
                    // Cannot fail: the output is exactly twice the input's length.
                    let _ = hex::encode_to_slice(raw.as_slice(), &mut hexed);
                    out.push_str(&prefix);
                    out.extend(hexed.iter().map(|&b| char::from(b)));
                    Ok(())
                }))
            }),
        )
        .with_alphabet(alphabet);
        if self.bits.is_some() {
            plan.chosen = Some((bytes, "bytes"));
        }
        Ok(plan)
    }
}
