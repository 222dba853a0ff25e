//! `secrets apikey`: prefixed keys.

use crate::util::{fails, lines};

fn is_lower_hex(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[test]
fn default_is_sk_live_and_64_hex_digits() {
    let key = &lines(&["apikey"])[0];
    let rest = key.strip_prefix("sk_live_").expect("default prefix");
    assert_eq!(rest.len(), 64);
    assert!(is_lower_hex(rest));
}

#[test]
fn prefix_and_bytes_are_configurable() {
    let key = &lines(&["apikey", "--prefix", "pk-Test_9", "--bytes", "16"])[0];
    let rest = key.strip_prefix("pk-Test_9").expect("prefix");
    assert_eq!(rest.len(), 32);
    assert!(is_lower_hex(rest));
    let bare = &lines(&["apikey", "--prefix", "", "--bytes", "4"])[0];
    assert_eq!(bare.len(), 8);
}

#[test]
fn prefixes_outside_the_safe_set_are_refused() {
    for bad in ["a.b", "sk live", "ключ_", "a/b", "$x"] {
        let err = fails(&["apikey", "--prefix", bad]);
        assert!(err.contains("may only contain"), "{bad}: {err}");
    }
}

#[test]
fn zero_bytes_are_refused() {
    assert!(fails(&["apikey", "--bytes", "0"]).contains("--bytes"));
}
