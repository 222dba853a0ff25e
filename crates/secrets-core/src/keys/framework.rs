//! Secret keys in the exact shape each framework generates and validates.
//!
//! Every character or byte is drawn exactly uniformly (Django's characters through the
//! engine's `Uniform`), so each preset's entropy is exact: characters × log2(alphabet), or
//! bytes × 8.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, URL_SAFE, URL_SAFE_NO_PAD};
use zeroize::Zeroizing;

use crate::RandomSource;

/// Django's `get_random_secret_key()` alphabet (`django/core/management/utils.py`).
pub const DJANGO_CHARS: &str = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
/// Characters in a Django secret key.
pub const DJANGO_LENGTH: usize = 50;

/// The frameworks whose secret keys `secrets key --for` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum Framework {
    /// Django SECRET_KEY: 50 characters of get_random_secret_key()'s alphabet.
    Django,
    /// Rails secret_key_base: 128 hex digits (64 bytes), as `bin/rails secret`.
    Rails,
    /// Laravel APP_KEY: `base64:` and 32 bytes in base64, as `php artisan key:generate`.
    Laravel,
    /// Fernet key (Python cryptography): 32 bytes in padded urlsafe base64.
    Fernet,
    /// Flask SECRET_KEY: 64 hex digits (32 bytes), as Flask's documentation suggests.
    Flask,
    /// JWT HS256 secret: 32 bytes in unpadded base64url (43 characters, RFC 7518 3.2).
    JwtHs256,
    /// JWT HS384 secret: 48 bytes in unpadded base64url (64 characters).
    JwtHs384,
    /// JWT HS512 secret: 64 bytes in unpadded base64url (86 characters).
    JwtHs512,
}

impl Framework {
    /// The preset's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Framework::Django => "django",
            Framework::Rails => "rails",
            Framework::Laravel => "laravel",
            Framework::Fernet => "fernet",
            Framework::Flask => "flask",
            Framework::JwtHs256 => "jwt-hs256",
            Framework::JwtHs384 => "jwt-hs384",
            Framework::JwtHs512 => "jwt-hs512",
        }
    }

    /// Every preset, in `--list` order.
    pub fn all() -> &'static [Framework] {
        &[
            Framework::Django,
            Framework::Rails,
            Framework::Laravel,
            Framework::Fernet,
            Framework::Flask,
            Framework::JwtHs256,
            Framework::JwtHs384,
            Framework::JwtHs512,
        ]
    }

    /// What the key looks like and where it goes, for `--list`.
    pub fn format(self) -> &'static str {
        match self {
            Framework::Django => "50 chars of a-z0-9!@#$%^&*(-_=+)  SECRET_KEY (settings.py)",
            Framework::Rails => {
                "128 hex digits                     secret_key_base (bin/rails secret)"
            }
            Framework::Laravel => {
                "base64: + 32 bytes base64          APP_KEY (php artisan key:generate)"
            }
            Framework::Fernet => {
                "32 bytes urlsafe base64, padded    cryptography.fernet.Fernet(key)"
            }
            Framework::Flask => "64 hex digits (32 bytes)           SECRET_KEY (app.config)",
            Framework::JwtHs256 => {
                "32 bytes base64url, no padding     HS256 key (RFC 7518: >= 256 bits)"
            }
            Framework::JwtHs384 => "48 bytes base64url, no padding     HS384 key (>= 384 bits)",
            Framework::JwtHs512 => "64 bytes base64url, no padding     HS512 key (>= 512 bits)",
        }
    }

    /// The random bytes behind a byte-based key (None for Django's characters).
    pub fn bytes(self) -> Option<usize> {
        match self {
            Framework::Django => None,
            Framework::Rails | Framework::JwtHs512 => Some(64),
            Framework::JwtHs384 => Some(48),
            Framework::Laravel | Framework::Fernet | Framework::Flask | Framework::JwtHs256 => {
                Some(32)
            }
        }
    }

    /// The text encoding, for `--json`.
    pub fn encoding(self) -> &'static str {
        match self {
            Framework::Django => "django",
            Framework::Rails | Framework::Flask => "hex",
            Framework::Laravel => "base64",
            Framework::Fernet => "base64url-padded",
            Framework::JwtHs256 | Framework::JwtHs384 | Framework::JwtHs512 => "base64url",
        }
    }

    /// Exact entropy of one key in bits.
    pub fn entropy_bits(self) -> f64 {
        match self.bytes() {
            Some(n) => n as f64 * 8.0,
            None => DJANGO_LENGTH as f64 * (DJANGO_CHARS.len() as f64).log2(),
        }
    }

    /// Appends a new key to `out`.
    pub fn generate_into(self, src: &mut RandomSource, out: &mut String) -> crate::Result<()> {
        let Some(n) = self.bytes() else {
            let alphabet: Vec<char> = DJANGO_CHARS.chars().collect();
            return crate::otp::otp_into(src, DJANGO_LENGTH, &alphabet, out);
        };
        let mut raw = Zeroizing::new(vec![0u8; n]);
        src.fill(&mut raw)?;
        let text = Zeroizing::new(match self {
            Framework::Rails | Framework::Flask => hex::encode(raw.as_slice()),
            Framework::Laravel => format!("base64:{}", STANDARD.encode(raw.as_slice())),
            Framework::Fernet => URL_SAFE.encode(raw.as_slice()),
            _ => URL_SAFE_NO_PAD.encode(raw.as_slice()),
        });
        out.push_str(&text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_has_its_documented_shape() {
        let mut src = RandomSource::new();
        let make = |f: Framework, src: &mut RandomSource| {
            let mut s = String::new();
            f.generate_into(src, &mut s).expect("draws");
            s
        };
        let django = make(Framework::Django, &mut src);
        assert_eq!(django.len(), 50);
        assert!(django.chars().all(|c| DJANGO_CHARS.contains(c)));
        assert_eq!(DJANGO_CHARS.len(), 50);
        let rails = make(Framework::Rails, &mut src);
        assert!(rails.len() == 128 && rails.bytes().all(|b| b.is_ascii_hexdigit()));
        let laravel = make(Framework::Laravel, &mut src);
        assert_eq!(
            STANDARD
                .decode(&laravel["base64:".len()..])
                .map(|v| v.len()),
            Ok(32)
        );
        assert_eq!(
            URL_SAFE
                .decode(make(Framework::Fernet, &mut src))
                .map(|v| v.len()),
            Ok(32)
        );
        assert_eq!(make(Framework::Flask, &mut src).len(), 64);
        assert_eq!(make(Framework::JwtHs256, &mut src).len(), 43);
        assert_eq!(make(Framework::JwtHs384, &mut src).len(), 64);
        assert_eq!(make(Framework::JwtHs512, &mut src).len(), 86);
        assert_eq!(Framework::all().len(), 8);
    }
}
