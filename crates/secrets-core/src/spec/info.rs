//! What a plan's values are, as the JSON fields that follow `"secret"` in `--json` output
//! and in the HTTP API's answers.

use serde::Serialize;

/// The JSON fields after `"secret"`, in this order. Field names are part of the interface.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Info {
    /// The generator (`password`, `token-hex`, `django-key`, ...).
    pub kind: String,
    /// log2 of the number of values drawn from (see [`super::Plan::entropy`] for whether
    /// it is exact).
    pub entropy_bits: f64,
    /// Characters (or units of the encoding) in a value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub length: Option<u64>,
    /// Characters drawn from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub alphabet_size: Option<usize>,
    /// Random bytes behind a value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    /// How the bytes are written (`hex`, `base64url`, `v4`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
    /// The API key prefix.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Words in a passphrase.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub words: Option<u64>,
    /// Distinct words drawn from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wordlist_size: Option<usize>,
    /// Decimal strings: integers of any size do not survive JSON number parsers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// The (exclusive) end of an integer range, in decimal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop: Option<String>,
    /// Random bits of `int --bits`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bits: Option<u64>,
    /// The `bits` a size was chosen for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_bits: Option<u64>,
    /// Distinct items drawn from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<usize>,
    /// Whether items are drawn without replacement.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unique: Option<bool>,
    /// The checksum of an API key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checksum: Option<String>,
}

impl Info {
    /// A description with only the kind and the entropy.
    pub fn new(kind: impl Into<String>, entropy_bits: f64) -> Info {
        Info {
            kind: kind.into(),
            entropy_bits,
            length: None,
            alphabet_size: None,
            bytes: None,
            encoding: None,
            prefix: None,
            words: None,
            wordlist_size: None,
            start: None,
            stop: None,
            bits: None,
            target_bits: None,
            items: None,
            unique: None,
            checksum: None,
        }
    }
}
