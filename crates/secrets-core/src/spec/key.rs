//! Secret keys as one line of text: web frameworks' secret keys (`key --for`) and, with
//! the `keys` feature, the one-line private keys of `keygen` (WireGuard, age).

#[cfg(feature = "keys")]
use super::Problem;
use super::plan::Plan;
use super::{Entropy, Info, SpecError};
use crate::RandomSource;
use crate::keys::framework::{DJANGO_CHARS, DJANGO_LENGTH, Framework};
#[cfg(feature = "keys")]
use crate::keys::{age, wireguard};

/// Kinds of `secrets keygen`.
#[cfg(feature = "keys")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum KeyKind {
    /// A WireGuard private key (wg genkey).
    Wireguard,
    /// A WireGuard preshared key (wg genpsk).
    #[cfg_attr(feature = "clap", value(alias = "psk"))]
    WireguardPsk,
    /// An age X25519 identity (age-keygen).
    Age,
    /// An OpenSSH Ed25519 key pair (ssh-keygen -t ed25519).
    SshEd25519,
}

#[cfg(feature = "keys")]
impl KeyKind {
    /// The name `keygen` takes and `--json` reports.
    pub fn name(self) -> &'static str {
        match self {
            KeyKind::Wireguard => "wireguard",
            KeyKind::WireguardPsk => "wireguard-psk",
            KeyKind::Age => "age",
            KeyKind::SshEd25519 => "ssh-ed25519",
        }
    }

    /// Exact entropy of the private key, in bits.
    pub fn entropy_bits(self) -> u32 {
        match self {
            KeyKind::Wireguard => wireguard::PRIVATE_KEY_BITS,
            KeyKind::WireguardPsk => wireguard::PSK_BITS,
            KeyKind::Age => age::IDENTITY_BITS,
            KeyKind::SshEd25519 => crate::keys::ssh::SEED_BITS,
        }
    }
}

/// `key --for FRAMEWORK` as the HTTP API takes it (`?for=django`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrameworkKeySpec {
    /// The framework whose secret key to make.
    #[serde(rename = "for")]
    pub framework: Framework,
}

/// A secret key that is one line of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeySpec {
    /// A web framework's secret key.
    Framework(Framework),
    /// The private half of a key pair (its public half is not part of the value).
    #[cfg(feature = "keys")]
    Private(KeyKind),
}

const BASE64: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

impl KeySpec {
    pub(super) fn plan(&self) -> Result<Plan, SpecError> {
        match *self {
            KeySpec::Framework(framework) => Ok(framework_plan(framework)),
            #[cfg(feature = "keys")]
            KeySpec::Private(kind) => private_plan(kind),
        }
    }
}

fn framework_plan(framework: Framework) -> Plan {
    let mut info = Info::new(
        format!("{}-key", framework.name()),
        framework.entropy_bits(),
    );
    info.encoding = Some(framework.encoding().into());
    let (max_len, alphabet): (u64, String) = match framework.bytes() {
        Some(n) => {
            info.bytes = Some(n as u64);
            let n = n as u64;
            match framework.encoding() {
                "hex" => (2 * n, "0123456789abcdef".into()),
                _ => (7 + n.div_ceil(3) * 4, format!("{BASE64}-_:{}", "base64")),
            }
        }
        None => {
            info.length = Some(DJANGO_LENGTH as u64);
            info.alphabet_size = Some(DJANGO_CHARS.len());
            (DJANGO_LENGTH as u64, DJANGO_CHARS.into())
        }
    };
    Plan::new(
        info,
        Entropy::exact(framework.entropy_bits()),
        max_len,
        std::sync::Arc::new(move |_| {
            Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                framework.generate_into(src, out)
            }))
        }),
    )
    .with_alphabet(alphabet.chars())
}

#[cfg(feature = "keys")]
fn private_plan(kind: KeyKind) -> Result<Plan, SpecError> {
    let bits = f64::from(kind.entropy_bits());
    let info = Info::new(kind.name(), bits);
    let (max_len, alphabet): (u64, String) = match kind {
        KeyKind::Wireguard | KeyKind::WireguardPsk => (44, BASE64.into()),
        KeyKind::Age => (74, "AGE-SCRT1QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".into()),
        KeyKind::SshEd25519 => {
            return Err(SpecError::with_value(
                "kind",
                kind.name(),
                Problem::NotAllowed(
                    "is a file of several lines, not a value for one line (write it with \
                     `secrets keygen ssh-ed25519 -o FILE`)"
                        .into(),
                ),
            ));
        }
    };
    Ok(Plan::new(
        info,
        Entropy::exact(bits),
        max_len,
        std::sync::Arc::new(move |_| {
            Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                let key = match kind {
                    KeyKind::Wireguard => wireguard::private_key(src),
                    KeyKind::WireguardPsk => wireguard::preshared_key(src),
                    _ => age::Identity::generate(src).map(|id| id.secret),
                }
                .map_err(|e| crate::Error::InvalidArgument(e.to_string()))?;
                out.push_str(key.trim_end());
                Ok(())
            }))
        }),
    )
    .with_alphabet(alphabet.chars()))
}
