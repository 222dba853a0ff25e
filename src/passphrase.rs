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

use num_bigint::BigUint;

use crate::lines::Lines;
use crate::secrets::{Error, RandomSource, Result, Uniform};

/// The names of the built-in word lists, the default first.
pub const BUILTIN_LISTS: [&str; 3] = ["eff-large", "eff-short", "eff-short2"];

/// The most words in one passphrase.
pub const MAX_WORDS: u64 = 1024;

/// A list of distinct, non-empty words (one text plus offsets, however long the list).
#[derive(Debug, Clone)]
pub struct Wordlist {
    words: Lines,
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
            words: Lines::from_strings(words),
        })
    }

    /// A list from text, one word per line. Surrounding whitespace is trimmed and blank
    /// lines are skipped; a diceware-numbered line (`11111<TAB>abacus`) gives its word.
    /// Duplicates are removed. A word with a control character, or fewer than 2 distinct
    /// words, is an error. Memory: the text and 8 bytes per line.
    pub fn from_text(text: impl Into<String>) -> Result<Wordlist> {
        let words = Lines::distinct(
            text.into(),
            |line| {
                let line = line.trim();
                Some(match line.split_once(char::is_whitespace) {
                    Some((dice, word)) if dice.bytes().all(|b| b.is_ascii_digit()) => word.trim(),
                    _ => line,
                })
            },
            |word| crate::text::check_printable("a word", word).map_err(anyhow::Error::msg),
        )
        .map_err(|e| Error::InvalidArgument(e.to_string()))?;
        if words.len() < 2 {
            return Err(Error::InvalidArgument(format!(
                "the word list has {} distinct word{}; a passphrase needs at least 2",
                words.len(),
                if words.len() == 1 { "" } else { "s" }
            )));
        }
        Ok(Wordlist { words })
    }

    /// The distinct words (in sorted order).
    pub fn words(&self) -> impl Iterator<Item = &str> + '_ {
        self.words.iter()
    }

    /// The number of distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the list is empty (never true for a constructed list).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
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
    words: Lines,
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
        crate::text::check_printable("--separator", &options.separator)
            .map_err(Error::InvalidArgument)?;
        let words = if options.capitalize {
            Lines::from_strings(list.words().map(capitalize))
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

    /// Words per passphrase.
    pub fn words(&self) -> usize {
        self.options.words
    }

    /// log2 of the number of equally likely draws, in bits:
    /// `words * log2(list_len)`, plus `log2(10 * words)` with `number`.
    pub fn entropy_bits(&self) -> f64 {
        self.bits_with_words(self.options.words)
    }

    /// [`Generator::entropy_bits`] as if each passphrase had `words` words.
    pub fn bits_with_words(&self, words: usize) -> f64 {
        let n = words as f64;
        let mut bits = n * (self.words.len() as f64).log2();
        if self.options.number {
            bits += (10.0 * n).log2();
        }
        bits
    }

    /// The exact number of equally likely draws with `words` words (for `--bits`):
    /// `list_len^words`, times `10 * words` with `number`. Never decreases as `words` grows.
    pub fn count_with_words(&self, words: usize) -> BigUint {
        let mut count = num_traits::pow(BigUint::from(self.words.len()), words);
        if self.options.number {
            count *= BigUint::from(10 * words);
        }
        count
    }

    /// Whether different draws always print different passphrases, so that
    /// [`Generator::entropy_bits`] is the entropy of the passphrase itself (otherwise it is an
    /// upper bound).
    ///
    /// Decided by unique decodability: a passphrase followed by one more separator is a
    /// concatenation of codewords `word + separator` (and, with `number`, `word + digit +
    /// separator`). If that code is uniquely decodable (the Sardinas–Patterson test), every
    /// passphrase parses back into exactly one draw. A single word always does. When the
    /// test cannot finish within its work budget (huge lists), the answer is "not known to
    /// be exact", and the entropy is reported as an upper bound.
    pub fn entropy_is_exact(&self) -> bool {
        if self.options.words == 1 {
            return true;
        }
        let sep = self.options.separator.as_bytes();
        let mut code: Vec<Vec<u8>> = Vec::new();
        for w in self.words.iter() {
            let digits: &[&[u8]] = if self.options.number {
                &[
                    b"", b"0", b"1", b"2", b"3", b"4", b"5", b"6", b"7", b"8", b"9",
                ]
            } else {
                &[b""]
            };
            for d in digits {
                if code.len() >= SARDINAS_PATTERSON_MAX_CODEWORDS {
                    return false;
                }
                code.push([w.as_bytes(), d, sep].concat());
            }
        }
        uniquely_decodable(code, SARDINAS_PATTERSON_BUDGET).unwrap_or(false)
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
            out.push_str(self.words.get(self.pick.sample_index(src)?));
            if let Some(d) = digit.filter(|_| i == place) {
                out.push(char::from(b"0123456789"[d]));
            }
        }
        Ok(())
    }
}

/// The most codewords the exactness test takes on (a larger list is reported "at most").
const SARDINAS_PATTERSON_MAX_CODEWORDS: usize = 2_000_000;
/// The most steps the exactness test takes (a few hundred milliseconds at worst).
const SARDINAS_PATTERSON_BUDGET: u64 = 50_000_000;

/// The Sardinas–Patterson test: whether every concatenation of codewords splits into them in
/// exactly one way. `None` when the work budget runs out first.
///
/// Dangling suffixes start from pairs where one codeword is a proper prefix of another; from
/// a dangling suffix `s`, a codeword that is a prefix of `s` leaves the rest of `s`, and a
/// codeword that `s` is a proper prefix of leaves the rest of the codeword. The code is
/// ambiguous exactly when some dangling suffix is itself a codeword. Every dangling suffix is
/// a suffix of a codeword, so the search ends.
pub fn uniquely_decodable(mut code: Vec<Vec<u8>>, budget: u64) -> Option<bool> {
    code.sort_unstable();
    code.dedup();
    let members: HashSet<&[u8]> = code.iter().map(Vec::as_slice).collect();
    let mut work = 0u64;
    let mut spend = |n: usize| {
        work += n as u64 + 1;
        work <= budget
    };
    // Codewords that have `s` as a proper prefix: a contiguous run of the sorted code.
    fn extensions<'c>(code: &'c [Vec<u8>], s: &[u8]) -> impl Iterator<Item = &'c [u8]> {
        let first = code.partition_point(|w| w.as_slice() <= s);
        let run = code[first..].partition_point(|w| w.starts_with(s));
        let len = s.len();
        code[first..first + run].iter().map(move |w| &w[len..])
    }
    let mut seen: HashSet<&[u8]> = HashSet::new();
    let mut queue: Vec<&[u8]> = Vec::new();
    for w in &code {
        for suffix in extensions(&code, w) {
            if !spend(suffix.len()) {
                return None;
            }
            if seen.insert(suffix) {
                queue.push(suffix);
            }
        }
    }
    while let Some(s) = queue.pop() {
        if members.contains(s) {
            return Some(false);
        }
        // Codewords that are proper prefixes of `s`.
        for k in 1..s.len() {
            if !spend(k) {
                return None;
            }
            if members.contains(&s[..k]) && seen.insert(&s[k..]) {
                queue.push(&s[k..]);
            }
        }
        for suffix in extensions(&code, s) {
            if !spend(suffix.len()) {
                return None;
            }
            if seen.insert(suffix) {
                queue.push(suffix);
            }
        }
    }
    Some(true)
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
            assert_eq!(list.len(), size, "{name}");
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
        }
        // The large list is prefix-free, so even without a separator it splits back.
        let list = Wordlist::builtin("eff-large").expect("built in");
        let g = Generator::new(&list, options(6, "", false)).expect("valid");
        assert!(g.entropy_is_exact());
    }

    /// The review's counterexample: no word contains the separator `aa`, yet `x aa ay` and
    /// `xa aa y` print the same `xaaay`.
    #[test]
    fn a_separator_inside_no_word_can_still_be_ambiguous() {
        let list = Wordlist::from_text("x\nay\nxa\ny\n").expect("valid");
        let g = Generator::new(&list, options(2, "aa", false)).expect("valid");
        assert!(!g.entropy_is_exact());
    }

    #[test]
    fn sardinas_patterson_on_textbook_codes() {
        let code = |words: &[&str]| words.iter().map(|w| w.as_bytes().to_vec()).collect();
        assert_eq!(
            uniquely_decodable(code(&["0", "10", "110"]), 1000),
            Some(true)
        );
        assert_eq!(
            uniquely_decodable(code(&["1", "011", "01110", "1110", "10011"]), 1000),
            Some(false)
        );
        assert_eq!(
            uniquely_decodable(code(&["0", "01", "11"]), 1000),
            Some(true)
        );
        assert_eq!(
            uniquely_decodable(code(&["a", "ab", "b"]), 1000),
            Some(false)
        );
        assert_eq!(uniquely_decodable(code(&["a", "ab", "b"]), 1), None);
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
            ("x\nay\nxa\ny\n", "aa", false),
            ("ab\ncd\nabc\n", "", true),
            ("a\nba\nb\n", "a", false),
        ];
        for (text, sep, number) in cases {
            let list = Wordlist::from_text(text).expect("valid");
            let g = Generator::new(&list, options(3, sep, number)).expect("valid");
            let w: Vec<&str> = g.words.iter().collect();
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
        assert_eq!(list.words().collect::<Vec<_>>(), ["apple", "pear", "plum"]);
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
