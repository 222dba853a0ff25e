//! `otpauth://` Key URIs (Google Authenticator's format): the one a new secret is shown as,
//! and the one `totp --uri SOURCE` reads.
//!
//! Guarantees: a URI is a secret (it carries the key), so it is read only from a SOURCE, its
//! secret is decoded into wiped memory, and no error quotes any part of it (parameters are
//! named, never shown). Every parameter is read strictly: an unknown algorithm, digits outside
//! 6 to 8, a zero period, a repeated parameter or an HOTP URI without its counter is an error,
//! never a silent default that would print wrong codes. Parameters we do not use (`image`,
//! vendor extensions) are ignored, as authenticator apps ignore them.

use zeroize::Zeroizing;

use crate::mac::Digest;

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
/// What a new `otpauth://totp/` URI carries.
#[derive(Debug, Clone)]
pub struct UriParams<'a> {
    /// Who issued the secret (shown by the app), if given.
    pub issuer: Option<&'a str>,
    /// The account name, if given.
    pub account: Option<&'a str>,
    /// The hash function.
    pub digest: Digest,
    /// Code length.
    pub digits: u32,
    /// Seconds per code.
    pub period: u64,
}

/// The Key URI (Google Authenticator's format): label `issuer:account`, the secret in
/// unpadded base32, `issuer=`, and `algorithm`, `digits`, `period` only when they differ
/// from the defaults every app assumes (SHA1, 6, 30), since some apps ignore them.
pub fn otpauth_uri(secret_b32: &str, p: &UriParams<'_>) -> String {
    let label = match (p.issuer, p.account) {
        (Some(i), Some(a)) => format!("{}:{}", percent_encode(i), percent_encode(a)),
        (Some(i), None) => percent_encode(i),
        (None, Some(a)) => percent_encode(a),
        (None, None) => "secrets".to_owned(),
    };
    let mut uri = format!("otpauth://totp/{label}?secret={secret_b32}");
    if let Some(i) = p.issuer {
        uri.push_str(&format!("&issuer={}", percent_encode(i)));
    }
    if p.digest != Digest::Sha1 {
        uri.push_str(&format!("&algorithm={}", p.digest.name().to_uppercase()));
    }
    if p.digits != 6 {
        uri.push_str(&format!("&digits={}", p.digits));
    }
    if p.period != 30 {
        uri.push_str(&format!("&period={}", p.period));
    }
    uri
}

/// Which code a Key URI is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtpKind {
    /// `otpauth://totp/`: time-based codes.
    Totp,
    /// `otpauth://hotp/`: counter-based codes, starting at the URI's `counter`.
    Hotp {
        /// The `counter` parameter (required for HOTP).
        counter: u64,
    },
}

/// What `otpauth://` URI holds, read strictly.
pub struct KeyUri {
    /// TOTP or HOTP (with its counter).
    pub kind: OtpKind,
    /// The decoded secret key (wiped when dropped).
    pub key: Zeroizing<Vec<u8>>,
    /// The `issuer` parameter, or else the part of the label before `:`.
    pub issuer: Option<String>,
    /// The account: the label after `issuer:` (or the whole label).
    pub account: Option<String>,
    /// `algorithm`: SHA1 (default), SHA256 or SHA512.
    pub digest: Digest,
    /// `digits`: 6 (default) to 8.
    pub digits: u32,
    /// `period`: seconds per TOTP code, 30 by default.
    pub period: u64,
}

impl std::fmt::Debug for KeyUri {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyUri")
            .field("kind", &self.kind)
            .field("key", &"[REDACTED]")
            .field("issuer", &self.issuer)
            .field("account", &self.account)
            .field("digest", &self.digest)
            .field("digits", &self.digits)
            .field("period", &self.period)
            .finish()
    }
}

/// Why an `otpauth://` URI cannot be read. Never quotes the secret.
#[derive(Debug, thiserror::Error)]
pub enum UriError {
    /// Not `otpauth://` at the start.
    #[error("the URI does not start with otpauth://")]
    Scheme,
    /// No `totp/` or `hotp/`.
    #[error("the otpauth URI has no type (totp or hotp) followed by '/'")]
    NoType,
    /// A type other than `totp` or `hotp`.
    #[error("the otpauth URI's type is neither totp nor hotp")]
    Type,
    /// A parameter given twice.
    #[error("the otpauth URI gives the parameter {0} twice")]
    Twice(String),
    /// No `secret=`.
    #[error("the otpauth URI has no secret parameter")]
    NoSecret,
    /// The secret is not base32.
    #[error(transparent)]
    Secret(#[from] super::SecretError),
    /// An algorithm other than SHA1, SHA256, SHA512.
    #[error("the otpauth URI's algorithm is not SHA1, SHA256 or SHA512")]
    Algorithm,
    /// `digits`, `period` or `counter` is not a whole number.
    #[error("the otpauth URI's {0} is not a whole number")]
    NotNumber(&'static str),
    /// `digits` outside 6 to 8.
    #[error("the otpauth URI's digits must be 6, 7 or 8")]
    Digits,
    /// `period=0`.
    #[error("the otpauth URI's period must be at least 1 second")]
    Period,
    /// HOTP without `counter`.
    #[error("the otpauth URI is for HOTP but has no counter parameter")]
    NoCounter,
    /// A `%` not followed by two hex digits.
    #[error("the otpauth URI's {0} has a '%' not followed by two hex digits")]
    Percent(&'static str),
    /// Label or issuer not UTF-8.
    #[error("the otpauth URI's {0} is not UTF-8")]
    NotUtf8(&'static str),
    /// Label or issuer with a control or invisible character.
    #[error("{0}")]
    Unprintable(String),
}

impl UriError {
    /// Whether the URI is so far from the form that an example of the form helps.
    pub fn shows_the_form(&self) -> bool {
        matches!(
            self,
            UriError::Scheme | UriError::NoType | UriError::Type | UriError::NoSecret
        )
    }
}

/// The value of one hex digit.
fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Percent-decodes `text` into wiped memory (`+` stays `+`: base32 has none, and labels
/// written by apps use `%20`). `what` names the part for the error.
fn percent_decode(text: &[u8], what: &'static str) -> Result<Zeroizing<Vec<u8>>, UriError> {
    let mut out = Zeroizing::new(Vec::with_capacity(text.len()));
    let mut i = 0;
    while i < text.len() {
        if text[i] == b'%' {
            let pair = text.get(i + 1..i + 3);
            match pair.and_then(|p| Some(hex_value(p[0])? << 4 | hex_value(p[1])?)) {
                Some(b) => out.push(b),
                None => return Err(UriError::Percent(what)),
            }
            i += 3;
        } else {
            out.push(text[i]);
            i += 1;
        }
    }
    Ok(out)
}

/// A percent-decoded, printable UTF-8 text parameter (issuer, account).
fn text_param(raw: &[u8], what: &'static str) -> Result<String, UriError> {
    let bytes = percent_decode(raw, what)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| UriError::NotUtf8(what))?;
    crate::text::check_printable(&format!("the otpauth URI's {what}"), text)
        .map_err(UriError::Unprintable)?;
    Ok(text.to_owned())
}

/// Reads an `otpauth://totp/LABEL?secret=...` or `otpauth://hotp/LABEL?secret=...&counter=N`
/// URI. Scheme, type, parameter names and the algorithm are matched without regard to case.
pub fn parse_uri(text: &[u8]) -> Result<KeyUri, UriError> {
    const SCHEME: &[u8] = b"otpauth://";
    let text = text.trim_ascii();
    if text.len() < SCHEME.len() || !text[..SCHEME.len()].eq_ignore_ascii_case(SCHEME) {
        return Err(UriError::Scheme);
    }
    let rest = &text[SCHEME.len()..];
    // A fragment is never part of a Key URI; drop it as URI parsers do.
    let rest = rest.split(|&b| b == b'#').next().unwrap_or_default();
    let Some(slash) = rest.iter().position(|&b| b == b'/') else {
        return Err(UriError::NoType);
    };
    let (kind, rest) = (&rest[..slash], &rest[slash + 1..]);
    let is_hotp = if kind.eq_ignore_ascii_case(b"totp") {
        false
    } else if kind.eq_ignore_ascii_case(b"hotp") {
        true
    } else {
        return Err(UriError::Type);
    };
    let (label, query) = match rest.iter().position(|&b| b == b'?') {
        Some(q) => (&rest[..q], &rest[q + 1..]),
        None => (rest, &b""[..]),
    };

    let mut secret: Option<&[u8]> = None;
    let mut issuer: Option<&[u8]> = None;
    let mut algorithm: Option<&[u8]> = None;
    let mut digits: Option<&[u8]> = None;
    let mut period: Option<&[u8]> = None;
    let mut counter: Option<&[u8]> = None;
    for pair in query.split(|&b| b == b'&').filter(|p| !p.is_empty()) {
        let (name, value) = match pair.iter().position(|&b| b == b'=') {
            Some(e) => (&pair[..e], &pair[e + 1..]),
            None => (pair, &b""[..]),
        };
        let slot = match name.to_ascii_lowercase().as_slice() {
            b"secret" => &mut secret,
            b"issuer" => &mut issuer,
            b"algorithm" => &mut algorithm,
            b"digits" => &mut digits,
            b"period" => &mut period,
            b"counter" => &mut counter,
            _ => continue,
        };
        if slot.replace(value).is_some() {
            return Err(UriError::Twice(
                String::from_utf8_lossy(&name.to_ascii_lowercase()).into_owned(),
            ));
        }
    }

    let Some(secret) = secret else {
        return Err(UriError::NoSecret);
    };
    let key = super::decode_secret(&percent_decode(secret, "secret")?)?;
    let digest = match algorithm.map(|a| a.to_ascii_uppercase()).as_deref() {
        None | Some(b"SHA1") => Digest::Sha1,
        Some(b"SHA256") => Digest::Sha256,
        Some(b"SHA512") => Digest::Sha512,
        Some(_) => return Err(UriError::Algorithm),
    };
    let number = |raw: Option<&[u8]>, what: &'static str| -> Result<Option<u64>, UriError> {
        raw.map(|r| {
            std::str::from_utf8(r)
                .ok()
                .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|s| s.parse::<u64>().ok())
                .ok_or(UriError::NotNumber(what))
        })
        .transpose()
    };
    let digits = match number(digits, "digits")? {
        None => 6,
        Some(d @ 6..=8) => u32::try_from(d).unwrap_or(6),
        Some(_) => return Err(UriError::Digits),
    };
    let period = match number(period, "period")? {
        None => 30,
        Some(0) => return Err(UriError::Period),
        Some(p) => p,
    };
    let kind = match (is_hotp, number(counter, "counter")?) {
        (false, _) => OtpKind::Totp,
        (true, Some(counter)) => OtpKind::Hotp { counter },
        (true, None) => return Err(UriError::NoCounter),
    };

    let label = text_param(label, "label")?;
    let (label_issuer, account) = match label.split_once(':') {
        Some((i, a)) => (Some(i.trim().to_owned()), a.trim().to_owned()),
        None => (None, label.trim().to_owned()),
    };
    let issuer = match issuer {
        Some(raw) => Some(text_param(raw, "issuer")?),
        None => label_issuer,
    }
    .filter(|i| !i.is_empty());
    Ok(KeyUri {
        kind,
        key,
        issuer,
        account: Some(account).filter(|a| !a.is_empty()),
        digest,
        digits,
        period,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_percent_encode_and_omit_defaults() {
        let p = UriParams {
            issuer: Some("ACME Co"),
            account: Some("jane@example.com"),
            digest: Digest::Sha1,
            digits: 6,
            period: 30,
        };
        assert_eq!(
            otpauth_uri("ABC", &p),
            "otpauth://totp/ACME%20Co:jane%40example.com?secret=ABC&issuer=ACME%20Co"
        );
        let p = UriParams {
            digest: Digest::Sha256,
            digits: 8,
            period: 60,
            ..p
        };
        assert!(otpauth_uri("ABC", &p).ends_with("&algorithm=SHA256&digits=8&period=60"));
    }

    #[test]
    fn uris_we_write_read_back() {
        let p = UriParams {
            issuer: Some("ACME Co"),
            account: Some("jane@example.com"),
            digest: Digest::Sha512,
            digits: 8,
            period: 60,
        };
        let uri = otpauth_uri("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", &p);
        let k = parse_uri(uri.as_bytes()).expect("parses");
        assert_eq!(k.key.as_slice(), b"12345678901234567890");
        assert_eq!(k.issuer.as_deref(), Some("ACME Co"));
        assert_eq!(k.account.as_deref(), Some("jane@example.com"));
        assert_eq!((k.digest, k.digits, k.period), (Digest::Sha512, 8, 60));
        assert_eq!(k.kind, OtpKind::Totp);
    }

    #[test]
    fn uris_are_read_strictly_and_errors_do_not_quote_them() {
        let s = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        let ok = |u: &str| parse_uri(u.as_bytes()).map(|k| k.kind);
        assert_eq!(
            ok(&format!("OTPAUTH://HOTP/x?SECRET={s}&counter=7")).expect("hotp"),
            OtpKind::Hotp { counter: 7 }
        );
        assert!(ok(&format!("otpauth://totp/a:b?secret={s}&image=x#frag")).is_ok());
        for bad in [
            format!("https://totp/x?secret={s}"),
            format!("otpauth://motp/x?secret={s}"),
            "otpauth://totp/x?issuer=a".to_owned(),
            format!("otpauth://totp/x?secret={s}&secret={s}"),
            format!("otpauth://totp/x?secret={s}&algorithm=MD5"),
            format!("otpauth://totp/x?secret={s}&digits=9"),
            format!("otpauth://totp/x?secret={s}&period=0"),
            format!("otpauth://totp/x?secret={s}&period=-1"),
            format!("otpauth://hotp/x?secret={s}"),
            format!("otpauth://totp/a%0Ab?secret={s}"),
            format!("otpauth://totp/a%zz?secret={s}"),
        ] {
            let err = format!("{:#}", ok(&bad).expect_err(&bad));
            assert!(!err.contains(s) && !err.contains("GEZD"), "{err}");
        }
    }
}
