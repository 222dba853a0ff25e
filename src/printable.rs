//! User-supplied text that ends up in our output (comments, alphabets, user names) must not
//! carry control characters: a newline would forge an extra line (an extra `.pub` key, an
//! extra htpasswd user), an escape sequence would rewrite the terminal.

use anyhow::{Result, bail};

/// Whether `c` is a control character: C0 (with tab and newline), DEL, C1, or the Unicode
/// line and paragraph separators U+2028 and U+2029.
pub fn is_control(c: char) -> bool {
    c.is_control() || c == '\u{2028}' || c == '\u{2029}'
}

/// Refuses `text` if it holds a control character; `what` names the option in the error.
/// The error shows the position, not the text.
pub fn ensure_printable(what: &str, text: &str) -> Result<()> {
    if let Some(i) = text.chars().position(is_control) {
        bail!(
            "{what} must not contain control characters (newlines, tabs, escapes), but \
             character {} is one",
            i + 1
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_of_every_kind_are_refused() {
        for bad in [
            "a\nb",
            "\t",
            "\u{1b}[2J",
            "\u{7f}",
            "\u{85}",
            "x\u{2028}",
            "\u{2029}",
        ] {
            assert!(ensure_printable("--x", bad).is_err(), "{bad:?}");
        }
        for good in ["", "plain", "émoji 🔑", "$y$ and spaces"] {
            assert!(ensure_printable("--x", good).is_ok(), "{good:?}");
        }
    }
}
