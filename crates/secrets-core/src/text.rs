//! Text from the command line that ends up in output: one secret per line, really.
//!
//! Guarantees: no C0 or C1 control character (line feeds, carriage returns, escapes that
//! reach the terminal), no DEL and no Unicode line or paragraph separator (U+2028, U+2029)
//! is ever accepted in text that is copied into secrets (alphabets, symbol sets, separators,
//! items, word lists). And every character of an alphabet prints as one character of its
//! own: a code point that combines with its neighbours (a combining accent, a skin-tone
//! modifier, a joiner, a regional indicator, conjoining Hangul jamo) is refused, since a
//! password drawn from it would print fewer characters than counted, or a bare accent.

use unicode_segmentation::UnicodeSegmentation;

/// Whether `c` may not appear in output text: a control (C0, DEL, C1), a line/paragraph
/// separator, or an invisible format character (Unicode category Cf: bidirectional
/// overrides and isolates that reorder the rest of the line, zero-width spaces, the byte
/// order mark, soft hyphens, tags). The zero-width joiner and non-joiner are allowed in
/// text (emoji sequences, Persian); alphabets refuse them as joining characters.
pub fn is_forbidden(c: char) -> bool {
    c.is_control() || c == '\u{2028}' || c == '\u{2029}' || is_format(c)
}

/// Unicode's format characters (general category Cf, Unicode 15), less ZWNJ and ZWJ.
fn is_format(c: char) -> bool {
    matches!(u32::from(c),
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890..=0x891 | 0x8E2 | 0x180E
        | 0x200B | 0x200E..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F)
}

/// `U+000A (line feed)`, for messages.
pub fn code_point(c: char) -> String {
    let name = match c {
        '\n' => " (line feed)",
        '\r' => " (carriage return)",
        '\t' => " (tab)",
        '\u{1b}' => " (escape)",
        '\0' => " (NUL)",
        '\u{7f}' => " (delete)",
        '\u{2028}' => " (line separator)",
        '\u{2029}' => " (paragraph separator)",
        _ => "",
    };
    format!("U+{:04X}{name}", u32::from(c))
}

/// Refuses `text` if it holds a forbidden character; the message names `what` and the code
/// point (never the rest of the text).
pub fn check_printable(what: &str, text: &str) -> Result<(), String> {
    match text.chars().find(|&c| is_forbidden(c)) {
        Some(c) => Err(format!(
            "{what} contains the control or invisible format character {}; secrets are \
             printed one per line, as they are, so control characters, line separators and \
             invisible format characters (bidirectional overrides, zero-width spaces) are \
             refused",
            code_point(c)
        )),
        None => Ok(()),
    }
}

/// Whether `c` would merge with a neighbour into one user-perceived character.
fn combines(c: char) -> bool {
    let graphemes = |s: &str| s.graphemes(true).count();
    let mut buf = String::with_capacity(12);
    let mut count = |a: char, b: char| {
        buf.clear();
        buf.push(a);
        buf.push(b);
        graphemes(&buf)
    };
    // Extend, ZWJ and SpacingMark attach to what precedes; Prepend to what follows;
    // regional indicators and conjoining jamo (L, V, T) pair with themselves.
    count('a', c) == 1 || count(c, 'a') == 1 || count(c, c) == 1
}

/// Refuses an alphabet holding a forbidden character or one that combines with others.
pub fn check_alphabet(what: &str, alphabet: &str) -> Result<(), String> {
    check_printable(what, alphabet)?;
    match alphabet.chars().find(|&c| combines(c)) {
        Some(c) => Err(format!(
            "{what} contains {}, which joins its neighbour into one printed character (a \
             combining accent, modifier, joiner, regional indicator or conjoining jamo), so \
             a password would print fewer characters than it has\n\
             hint: write accented letters precomposed (NFC, e.g. with `uconv -x nfc`), or \
             leave {} out",
            code_point(c),
            code_point(c)
        )),
        None => Ok(()),
    }
}

/// Writes `s` as the inside of a JSON string (no quotes), escaping what JSON requires and
/// DEL; the command line's `--json` and the HTTP API write every secret through it.
pub fn write_json_str(w: &mut impl std::io::Write, s: &str) -> std::io::Result<()> {
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: Option<&[u8]> = match b {
            b'"' => Some(b"\\\""),
            b'\\' => Some(b"\\\\"),
            b'\n' => Some(b"\\n"),
            b'\r' => Some(b"\\r"),
            b'\t' => Some(b"\\t"),
            0..=0x1F | 0x7F => None,
            _ => continue,
        };
        w.write_all(&bytes[start..i])?;
        match escape {
            Some(e) => w.write_all(e)?,
            None => write!(w, "\\u{b:04x}")?,
        }
        start = i + 1;
    }
    w.write_all(&bytes[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_escape_quotes_backslashes_and_controls() {
        let mut out = Vec::new();
        write_json_str(&mut out, "a\"b\\c\nd\u{1}\u{7f}é").expect("in memory");
        assert_eq!(
            String::from_utf8(out).expect("utf-8"),
            "a\\\"b\\\\c\\nd\\u0001\\u007fé"
        );
    }

    #[test]
    fn controls_and_separators_are_refused() {
        for bad in [
            "ab\n",
            "\r",
            "\t",
            "\u{1b}[31m",
            "\u{7f}",
            "\u{85}",
            "\u{2028}",
            "\u{9b}",
        ] {
            assert!(check_printable("--x", bad).is_err(), "{bad:?}");
        }
        assert!(check_printable("--x", "héllo wörld !@#").is_ok());
        assert!(
            check_printable("--x", "\u{1F468}\u{200D}\u{1F469}").is_ok(),
            "ZWJ in text"
        );
        let msg = check_printable("--separator", "a\nb").expect_err("refused");
        assert!(msg.contains("U+000A"), "{msg}");
    }

    #[test]
    fn characters_that_join_neighbours_are_refused_in_alphabets() {
        for bad in [
            "e\u{301}",           // NFD é: a combining acute accent
            "\u{301}ab",          // a bare combining accent
            "\u{1F44D}\u{1F3FD}", // a thumb with a skin tone modifier
            "a\u{200D}b",         // a zero-width joiner
            "\u{1F1FA}\u{1F1F8}", // regional indicators (a flag)
            "\u{1100}\u{1161}",   // conjoining jamo
            "\u{93F}",            // a Devanagari vowel sign (SpacingMark)
        ] {
            assert!(check_alphabet("--charset", bad).is_err(), "{bad:?}");
        }
        for good in [
            "abc",
            "é",
            "\u{1F44D}",
            "가각간",
            "日本語",
            "αβγ",
            "!@#$%^&*()",
        ] {
            assert!(check_alphabet("--charset", good).is_ok(), "{good:?}");
        }
    }
}
