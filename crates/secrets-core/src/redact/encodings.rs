//! The forms in which a secret shows up in logs: itself, hex (both cases), URL encoding
//! (RFC 3986 in both hex cases; HTML forms' and Python's `quote_plus`, with `+` for a space;
//! JavaScript's `encodeURIComponent`, which leaves `!'()*` as they are), and base64 and base64url at each of the three alignments a secret can
//! have inside a longer encoded text (an `Authorization: Basic` header encodes
//! `user:password`, so the password starts at any byte offset).
//!
//! Guarantee: for every alignment k in 0..3, the characters of the encoding of
//! `k bytes ++ secret ++ anything` that depend on the secret alone are a pattern, so a secret
//! encoded inside any longer text is found (the at most 2 characters at each end that mix
//! with the neighbouring bytes are left out, so patterns shorter than [`MIN_ENCODED`] are
//! dropped: they would mask innocent text).

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use zeroize::Zeroizing;

/// Encoded patterns shorter than this are not used (the raw secret always is).
pub const MIN_ENCODED: usize = 8;

/// The secret and its encodings, distinct.
pub fn variants(secret: &[u8]) -> Vec<Zeroizing<Vec<u8>>> {
    let mut out: Vec<Zeroizing<Vec<u8>>> = vec![Zeroizing::new(secret.to_vec())];
    let add = |v: Zeroizing<Vec<u8>>, out: &mut Vec<Zeroizing<Vec<u8>>>| {
        if v.len() >= MIN_ENCODED && !out.iter().any(|o| **o == *v) {
            out.push(v);
        }
    };
    add(Zeroizing::new(hex::encode(secret).into_bytes()), &mut out);
    add(
        Zeroizing::new(hex::encode_upper(secret).into_bytes()),
        &mut out,
    );
    for upper in [true, false] {
        add(percent_encode(secret, upper, RFC3986, false), &mut out);
        if secret.contains(&b' ') {
            add(percent_encode(secret, upper, RFC3986, true), &mut out);
        }
    }
    add(percent_encode(secret, true, URI_COMPONENT, false), &mut out);
    for engine in [&STANDARD_NO_PAD, &URL_SAFE_NO_PAD] {
        for k in 0..3usize {
            let mut shifted = Zeroizing::new(vec![0u8; k]);
            shifted.extend_from_slice(secret);
            let encoded = Zeroizing::new(engine.encode(&*shifted).into_bytes());
            // Characters [ceil(8k/6), floor(8(k+n)/6)) depend on the secret's bits only.
            let start = (8 * k).div_ceil(6);
            let end = 8 * (k + secret.len()) / 6;
            if end > start {
                add(Zeroizing::new(encoded[start..end].to_vec()), &mut out);
            }
        }
    }
    out
}

/// RFC 3986's unreserved characters besides letters and digits.
const RFC3986: &[u8] = b"-._~";
/// What JavaScript's `encodeURIComponent` leaves as it is besides letters and digits.
const URI_COMPONENT: &[u8] = b"-._~!'()*";

/// Percent-encoding: everything but letters, digits and `keep` as %XX (a space as `+` with
/// `plus`, as `application/x-www-form-urlencoded` has it).
fn percent_encode(secret: &[u8], upper: bool, keep: &[u8], plus: bool) -> Zeroizing<Vec<u8>> {
    let digits: &[u8; 16] = if upper {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut out = Zeroizing::new(Vec::with_capacity(secret.len() * 3));
    for &b in secret {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(b);
        } else if plus && b == b' ' {
            out.push(b'+');
        } else {
            out.extend_from_slice(&[
                b'%',
                digits[usize::from(b >> 4)],
                digits[usize::from(b & 15)],
            ]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn every_alignment_inside_longer_base64_is_caught() {
        let secret = b"hunter2-correct-horse";
        let vs = variants(secret);
        for prefix in ["", "a", "ab", "abc", "user:", "admin:"] {
            for suffix in ["", "x", "xy", "@host"] {
                let text = [prefix.as_bytes(), secret, suffix.as_bytes()].concat();
                for engine in [&STANDARD_NO_PAD, &URL_SAFE_NO_PAD] {
                    let enc = engine.encode(&text);
                    assert!(
                        vs.iter().any(|v| contains(enc.as_bytes(), v)),
                        "{prefix:?} {suffix:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn hex_and_url_forms_are_included() {
        let vs = variants(b"p@ss word/1");
        let has = |s: &str| vs.iter().any(|v| **v == *s.as_bytes());
        assert!(has("p%40ss%20word%2F1"));
        assert!(has("p%40ss%20word%2f1"));
        assert!(has(&hex::encode("p@ss word/1")));
        assert!(has(&hex::encode_upper("p@ss word/1")));
        // Forms and Python's quote_plus: a space is `+`.
        assert!(has("p%40ss+word%2F1"));
        assert!(has("p%40ss+word%2f1"));
        // encodeURIComponent leaves !'()* alone.
        let vs = variants(b"it's (a) secret!");
        let has = |s: &str| vs.iter().any(|v| **v == *s.as_bytes());
        assert!(has("it's%20(a)%20secret!"));
    }
}
