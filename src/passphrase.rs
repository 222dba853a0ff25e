//! Diceware-style passphrases: words drawn exactly uniformly, with replacement, from a word
//! list (the EFF lists built in, or a file), joined by a separator.
//!
//! The entropy reported is log2 of the number of equally likely draws:
//! `words * log2(list size)`, plus `log2(10 * words)` with `--number` (one of 10 digits
//! appended to one of the words). It is also the entropy of the *printed* passphrase exactly
//! when different draws always print differently, which [`Generator::entropy_is_exact`]
//! checks; otherwise it is an upper bound.

use std::collections::HashSet;

use diceware_wordlists::{EFF_LONG_WORDLIST, EFF_SHORT_WORDLIST_1, EFF_SHORT_WORDLIST_2_0};

use crate::secrets::{Error, RandomSource, Result, Uniform};

/// The names of the built-in word lists, the default first.
pub const BUILTIN_LISTS: [&str; 3] = ["eff-large", "eff-short", "eff-short2"];

/// The most words in one passphrase.
pub const MAX_WORDS: u64 = 1024;

/// A list of distinct, non-empty words.
#[derive(Debug, Clone)]
pub struct Wordlist {
    words: Vec<String>,
}

impl Wordlist {
    /// A built-in list by name: `eff-large` (7,776 words), `eff-short` (1,296 words) or
    /// `eff-short2` (1,296 words with unique three-letter prefixes).
    pub fn builtin(name: &str) -> Option<Wordlist> {
        let words: &[&str] = match name {
            "eff-large" => &EFF_LONG_WORDLIST,
            "eff-short" => &EFF_SHORT_WORDLIST_1,
            "eff-short2" => &EFF_SHORT_WORDLIST_2_0,
            _ => return None,
        };
        Some(Wordlist {
            words: words.iter().map(|w| (*w).to_owned()).collect(),
        })
    }

    /// A list from text, one word per line. Surrounding whitespace is trimmed and blank
    /// lines are skipped; a diceware-numbered line (`11111<TAB>abacus`) gives its word.
    /// Duplicates are removed (the first occurrence stays). Fewer than 2 distinct words is
    /// an error.
    pub fn from_text(text: &str) -> Result<Wordlist> {
        let words = text.lines().filter_map(|line| {
            let line = line.trim();
            match line.split_once(char::is_whitespace) {
                Some((dice, word)) if dice.bytes().all(|b| b.is_ascii_digit()) => Some(word.trim()),
                _ => Some(line),
            }
            .filter(|w| !w.is_empty())
        });
        let list = Wordlist {
            words: distinct(words.map(str::to_owned)),
        };
        if list.words.len() < 2 {
            return Err(Error::InvalidArgument(format!(
                "the word list has {} distinct word{}; a passphrase needs at least 2",
                list.words.len(),
                if list.words.len() == 1 { "" } else { "s" }
            )));
        }
        Ok(list)
    }

    /// The distinct words.
    pub fn words(&self) -> &[String] {
        &self.words
    }
}

/// The words in their first order of appearance, each once.
fn distinct(words: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen = HashSet::new();
    words.filter(|w| seen.insert(w.clone())).collect()
}

/// The first character in uppercase (Unicode's full mapping: `ß` becomes `SS`), the rest
/// unchanged.
pub fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// How passphrases are put together.
#[derive(Debug, Clone)]
pub struct PassphraseOptions {
    /// Words per passphrase (at least 1).
    pub words: usize,
    /// Text between words.
    pub separator: String,
    /// Uppercase the first letter of every word.
    pub capitalize: bool,
    /// Append one uniform digit to one uniformly chosen word.
    pub number: bool,
}

/// Draws passphrases: every word uniform over the list, independently; with `number`, the
/// word that gets the digit and the digit are uniform too.
#[derive(Debug, Clone)]
pub struct Generator {
    words: Vec<String>,
    pick: Uniform,
    options: PassphraseOptions,
    place: Uniform,
    digit: Uniform,
}

impl Generator {
    /// A generator over `list`. With `capitalize`, words that become equal once capitalized
    /// count once, so the list size (and the entropy) is that of the words as printed.
    pub fn new(list: &Wordlist, options: PassphraseOptions) -> Result<Generator> {
        if options.words == 0 || options.words as u64 > MAX_WORDS {
            return Err(Error::InvalidArgument(format!(
                "a passphrase has 1 to {MAX_WORDS} words"
            )));
        }
        let words = if options.capitalize {
            distinct(list.words.iter().map(|w| capitalize(w)))
        } else {
            list.words.clone()
        };
        if words.len() < 2 {
            return Err(Error::InvalidArgument(
                "the word list has fewer than 2 distinct words".into(),
            ));
        }
        Ok(Generator {
            pick: Uniform::new(words.len() as u64)?,
            place: Uniform::new(options.words as u64)?,
            digit: Uniform::new(10)?,
            words,
            options,
        })
    }

    /// The number of distinct words a position is drawn from.
    pub fn list_len(&self) -> usize {
        self.words.len()
    }

    /// log2 of the number of equally likely draws, in bits:
    /// `words * log2(list_len)`, plus `log2(10 * words)` with `number`.
    pub fn entropy_bits(&self) -> f64 {
        let n = self.options.words as f64;
        let mut bits = n * (self.words.len() as f64).log2();
        if self.options.number {
            bits += (10.0 * n).log2();
        }
        bits
    }

    /// Whether different draws always print different passphrases, so that
    /// [`Generator::entropy_bits`] is the entropy of the passphrase itself (otherwise it is an
    /// upper bound).
    ///
    /// True when the passphrase splits back into its words: the separator is not empty, and
    /// either no word contains it, or it is one character and no word's pieces (the word
    /// split at the separator) begin another word's pieces; with `number`, no word and not
    /// the separator contains an ASCII digit, so the one digit shows where it went. The EFF
    /// lists with the default `-` pass: their hyphenated words (`drop-down`, `t-shirt`, ...)
    /// start with pieces that are not words.
    pub fn entropy_is_exact(&self) -> bool {
        let sep = self.options.separator.as_str();
        if sep.is_empty() {
            return false;
        }
        if self.options.number
            && (sep.bytes().any(|b| b.is_ascii_digit())
                || self
                    .words
                    .iter()
                    .any(|w| w.bytes().any(|b| b.is_ascii_digit())))
        {
            return false;
        }
        if !self.words.iter().any(|w| w.contains(sep)) {
            return true;
        }
        if sep.chars().count() != 1 {
            return false;
        }
        // Splitting at a one-character separator commutes with joining, so a passphrase is a
        // sequence of pieces; it parses one way when the words' piece sequences are
        // prefix-free.
        let pieces: HashSet<Vec<&str>> =
            self.words.iter().map(|w| w.split(sep).collect()).collect();
        self.words.iter().all(|w| {
            let p: Vec<&str> = w.split(sep).collect();
            (1..p.len()).all(|k| !pieces.contains(&p[..k]))
        })
    }

    /// Appends one passphrase to `out`.
    pub fn sample_into(&self, src: &mut RandomSource, out: &mut String) -> Result<()> {
        let (place, digit) = if self.options.number {
            (
                self.place.sample_index(src)?,
                Some(self.digit.sample_index(src)?),
            )
        } else {
            (0, None)
        };
        for i in 0..self.options.words {
            if i > 0 {
                out.push_str(&self.options.separator);
            }
            out.push_str(&self.words[self.pick.sample_index(src)?]);
            if let Some(d) = digit.filter(|_| i == place) {
                out.push(char::from(b"0123456789"[d]));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(words: usize, separator: &str, number: bool) -> PassphraseOptions {
        PassphraseOptions {
            words,
            separator: separator.into(),
            capitalize: false,
            number,
        }
    }

    #[test]
    fn builtin_lists_have_the_eff_sizes_and_distinct_words() {
        for (name, size) in [
            ("eff-large", 7776),
            ("eff-short", 1296),
            ("eff-short2", 1296),
        ] {
            let list = Wordlist::builtin(name).expect("built in");
            assert_eq!(list.words().len(), size, "{name}");
            assert_eq!(distinct(list.words().iter().cloned()).len(), size, "{name}");
        }
        assert!(Wordlist::builtin("eff-huge").is_none());
    }

    #[test]
    fn default_passphrase_entropy_is_six_times_log2_7776() {
        let list = Wordlist::builtin("eff-large").expect("built in");
        let g = Generator::new(&list, options(6, "-", false)).expect("valid");
        assert!((g.entropy_bits() - 6.0 * 7776f64.log2()).abs() < 1e-9);
        assert!((g.entropy_bits() - 77.55).abs() < 0.01);
        let g = Generator::new(&list, options(6, "-", true)).expect("valid");
        // 7776^6 word sequences, 6 places, 10 digits.
        assert!((g.entropy_bits() - (7776f64.powi(6) * 60.0).log2()).abs() < 1e-9);
    }

    #[test]
    fn eff_lists_split_back_into_words_with_the_default_separator() {
        for name in BUILTIN_LISTS {
            let list = Wordlist::builtin(name).expect("built in");
            for sep in ["-", " ", "_", "."] {
                let g = Generator::new(&list, options(6, sep, true)).expect("valid");
                assert!(g.entropy_is_exact(), "{name} with {sep:?}");
            }
            let g = Generator::new(&list, options(6, "", false)).expect("valid");
            assert!(!g.entropy_is_exact(), "{name} without a separator");
        }
    }

    /// Brute force on a tiny list: the number of distinct printed passphrases equals 2^bits
    /// when `entropy_is_exact`, and is smaller when it is not.
    #[test]
    fn exactness_agrees_with_brute_force_counting() {
        let cases = [
            ("a\nb\nc-d\n", "-", true),
            ("a\na-b\nb\n", "-", false),
            ("ab\na\nb\n", "", false),
            ("x1\nx\ny\n", "-", false),
        ];
        for (text, sep, number) in cases {
            let list = Wordlist::from_text(text).expect("valid");
            let g = Generator::new(&list, options(3, sep, number)).expect("valid");
            let w = g.words.clone();
            let mut printed = HashSet::new();
            for a in &w {
                for b in &w {
                    for c in &w {
                        let words = [a, b, c];
                        let digits: Vec<Option<(usize, usize)>> = if number {
                            (0..3)
                                .flat_map(|p| (0..10).map(move |d| Some((p, d))))
                                .collect()
                        } else {
                            vec![None]
                        };
                        for choice in digits {
                            let mut s = String::new();
                            for (i, word) in words.iter().enumerate() {
                                if i > 0 {
                                    s.push_str(sep);
                                }
                                s.push_str(word);
                                if let Some((_, d)) = choice.filter(|(p, _)| *p == i) {
                                    s.push_str(&d.to_string());
                                }
                            }
                            printed.insert(s);
                        }
                    }
                }
            }
            let distinct_bits = (printed.len() as f64).log2();
            if g.entropy_is_exact() {
                assert!((distinct_bits - g.entropy_bits()).abs() < 1e-9, "{text:?}");
            } else {
                assert!(distinct_bits < g.entropy_bits(), "{text:?}");
            }
        }
    }

    #[test]
    fn word_files_drop_duplicates_blanks_and_dice_numbers() {
        let list =
            Wordlist::from_text("11111\tapple\n pear \n\napple\n11112 plum\r\n").expect("valid");
        assert_eq!(list.words(), ["apple", "pear", "plum"]);
        assert!(Wordlist::from_text("one\none\n\n").is_err());
        assert!(Wordlist::from_text("").is_err());
    }

    #[test]
    fn capitalize_uses_unicode_uppercase_and_merges_equal_words() {
        assert_eq!(capitalize("apple"), "Apple");
        assert_eq!(capitalize("élan"), "Élan");
        assert_eq!(capitalize("ßtraße"), "SStraße");
        let list = Wordlist::from_text("apple\nApple\npear\n").expect("valid");
        let mut o = options(2, "-", false);
        o.capitalize = true;
        let g = Generator::new(&list, o).expect("valid");
        assert_eq!(g.list_len(), 2);
    }

    #[test]
    fn number_puts_exactly_one_digit_in_one_word() {
        let list = Wordlist::builtin("eff-short").expect("built in");
        let g = Generator::new(&list, options(4, "-", true)).expect("valid");
        let mut src = RandomSource::new();
        for _ in 0..200 {
            let mut s = String::new();
            g.sample_into(&mut src, &mut s).expect("random");
            assert_eq!(s.bytes().filter(u8::is_ascii_digit).count(), 1, "{s}");
            let words: Vec<&str> = s.split('-').collect();
            assert!(words.len() >= 4);
        }
    }
}
