//! Password policy: which characters may appear, and how many of each class must.
//!
//! A [`Policy`] is validated when it is built, so every policy that exists has at least one
//! valid password; the sampler never has to fail on a policy.

use std::fmt;

/// The longest password we generate. Exact sampling under minimums needs big-integer
/// arithmetic whose cost grows with the length; up to this length every policy is drawn
/// in milliseconds.
pub const MAX_PASSWORD_LENGTH: usize = 1024;

/// The 26 ASCII lowercase letters.
pub const LOWERCASE: &str = "abcdefghijklmnopqrstuvwxyz";
/// The 26 ASCII uppercase letters.
pub const UPPERCASE: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/// The ten ASCII digits.
pub const DIGITS: &str = "0123456789";
/// The 32 ASCII punctuation characters (`string.punctuation` in Python).
pub const SYMBOLS: &str = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;
/// Characters easily mistaken for one another in print or on a phone screen:
/// zero and the letter O, one and the letters l and I, the pipe, and the quotes.
pub const AMBIGUOUS: &str = "0Oo1lI|'\"`";

/// A class of characters that a minimum can be set for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Lowercase letters.
    Lower,
    /// Uppercase letters.
    Upper,
    /// Digits.
    Digit,
    /// Everything else: punctuation, symbols, other scripts' characters without case.
    Symbol,
}

impl Class {
    /// The four classes, in the order passwords' alphabets list them.
    pub const ALL: [Class; 4] = [Class::Lower, Class::Upper, Class::Digit, Class::Symbol];

    /// The class of any character: by Unicode case and numeric property, so `--charset`
    /// alphabets in any script get sensible classes.
    pub fn of(c: char) -> Class {
        if c.is_lowercase() {
            Class::Lower
        } else if c.is_uppercase() {
            Class::Upper
        } else if c.is_numeric() {
            Class::Digit
        } else {
            Class::Symbol
        }
    }

    /// Position of the class in [`Class::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// What a person calls the class, for messages.
    pub fn noun(self) -> &'static str {
        match self {
            Class::Lower => "lowercase letters",
            Class::Upper => "uppercase letters",
            Class::Digit => "digits",
            Class::Symbol => "symbols",
        }
    }

    /// The command-line flag that sets the minimum for this class.
    pub fn min_flag(self) -> &'static str {
        match self {
            Class::Lower => "--min-lower",
            Class::Upper => "--min-upper",
            Class::Digit => "--min-digits",
            Class::Symbol => "--min-symbols",
        }
    }

    fn off_flag(self) -> &'static str {
        match self {
            Class::Lower => "--no-lower",
            Class::Upper => "--no-upper",
            Class::Digit => "--no-digits",
            Class::Symbol => "--no-symbols",
        }
    }
}

/// The choices a user makes, before validation. Mirrors the `password` command's flags.
#[derive(Debug, Clone)]
pub struct PolicyOptions {
    /// Number of characters.
    pub length: usize,
    /// Classes turned off, indexed like [`Class::ALL`].
    pub disabled: [bool; 4],
    /// A replacement for the 32 ASCII symbols.
    pub symbols: Option<String>,
    /// An exact alphabet replacing the classes; its characters are classed by kind.
    pub charset: Option<String>,
    /// Characters removed from the alphabet.
    pub exclude: String,
    /// Remove [`AMBIGUOUS`] too.
    pub no_ambiguous: bool,
    /// Per-class minimums; `None` means "at least one if the class has characters".
    pub minimums: [Option<usize>; 4],
}

impl Default for PolicyOptions {
    fn default() -> Self {
        PolicyOptions {
            length: 20,
            disabled: [false; 4],
            symbols: None,
            charset: None,
            exclude: String::new(),
            no_ambiguous: false,
            minimums: [None; 4],
        }
    }
}

/// Why a policy cannot be built. Each says how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicyError {
    /// A length of zero.
    ZeroLength,
    /// A length above [`MAX_PASSWORD_LENGTH`].
    TooLong(usize),
    /// No character is left once classes are off and exclusions are applied.
    EmptyAlphabet,
    /// A positive minimum for a class that has no characters in the alphabet.
    MinimumOfAbsentClass(Class),
    /// `--charset` or `--symbols` holds a character that cannot be in a password: a control
    /// character, or one that joins its neighbours (the message says which).
    BadCharacter(String),
    /// `--symbols` holds a letter or a digit, which would silently join (or duplicate) that
    /// class instead of being a symbol.
    NotASymbol(char),
    /// One character is left: every password would be the same, with 0 bits of entropy.
    SingleCharacter(char),
    /// The minimums add up to more characters than the password has.
    MinimumsExceedLength {
        /// Sum of all minimums.
        required: usize,
        /// Password length.
        length: usize,
    },
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PolicyError::ZeroLength => f.write_str("the password length must be at least 1"),
            PolicyError::TooLong(n) => write!(
                f,
                "a password length of {n} is above the maximum of {MAX_PASSWORD_LENGTH}\n\
                 hint: for a longer secret use `secrets token-urlsafe`"
            ),
            PolicyError::EmptyAlphabet => f.write_str(
                "no characters are left to choose from\n\
                 hint: turn a character class back on, or exclude fewer characters",
            ),
            PolicyError::MinimumOfAbsentClass(class) => write!(
                f,
                "{} asks for {} but the alphabet has none\n\
                 hint: drop {} or {}, or put {} back into the alphabet",
                class.min_flag(),
                class.noun(),
                class.min_flag(),
                class.off_flag(),
                class.noun()
            ),
            PolicyError::BadCharacter(why) => f.write_str(why),
            PolicyError::NotASymbol(c) => write!(
                f,
                "--symbols holds {c:?}, a {}, not a symbol\n\
                 hint: give --symbols only punctuation and other symbols, or use --charset for \
                 an alphabet of your own",
                Class::of(*c).noun().trim_end_matches('s')
            ),
            PolicyError::SingleCharacter(c) => write!(
                f,
                "the alphabet is the one character {c:?}, so every password would be the same \
                 (0 bits of entropy)\n\
                 hint: give --charset at least two characters, or exclude fewer"
            ),
            PolicyError::MinimumsExceedLength { required, length } => write!(
                f,
                "the minimums ask for {required} characters but the password has only {length}\n\
                 hint: raise --length to at least {required}, or lower a --min-* option"
            ),
        }
    }
}

impl std::error::Error for PolicyError {}

/// A validated password policy: a length, the alphabet split into the four classes
/// (disjoint, no duplicates), and a minimum per class that the length can accommodate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    length: usize,
    classes: [Vec<char>; 4],
    minimums: [usize; 4],
}

impl Policy {
    /// Builds and validates a policy from the user's choices.
    pub fn new(opts: &PolicyOptions) -> Result<Policy, PolicyError> {
        if opts.length == 0 {
            return Err(PolicyError::ZeroLength);
        }
        if opts.length > MAX_PASSWORD_LENGTH {
            return Err(PolicyError::TooLong(opts.length));
        }
        for (flag, text) in [("--charset", &opts.charset), ("--symbols", &opts.symbols)] {
            if let Some(text) = text {
                crate::text::check_alphabet(flag, text).map_err(PolicyError::BadCharacter)?;
            }
        }
        if opts.charset.is_none() {
            if let Some(c) = opts
                .symbols
                .as_deref()
                .and_then(|s| s.chars().find(|&c| Class::of(c) != Class::Symbol))
            {
                return Err(PolicyError::NotASymbol(c));
            }
        }
        let removed =
            |c: char| opts.exclude.contains(c) || (opts.no_ambiguous && AMBIGUOUS.contains(c));
        let mut classes: [Vec<char>; 4] = Default::default();
        let mut seen = std::collections::HashSet::new();
        let mut add = |class: Class, c: char, classes: &mut [Vec<char>; 4]| {
            if !removed(c) && seen.insert(c) {
                classes[class.index()].push(c);
            }
        };
        match &opts.charset {
            Some(charset) => {
                for c in charset.chars() {
                    add(Class::of(c), c, &mut classes);
                }
            }
            None => {
                let symbols = opts.symbols.as_deref().unwrap_or(SYMBOLS);
                for (class, chars) in Class::ALL
                    .into_iter()
                    .zip([LOWERCASE, UPPERCASE, DIGITS, symbols])
                {
                    if !opts.disabled[class.index()] {
                        for c in chars.chars() {
                            add(class, c, &mut classes);
                        }
                    }
                }
            }
        }
        if classes.iter().all(Vec::is_empty) {
            return Err(PolicyError::EmptyAlphabet);
        }
        if let [only] = classes.concat()[..] {
            return Err(PolicyError::SingleCharacter(only));
        }
        let mut minimums = [0usize; 4];
        for class in Class::ALL {
            let i = class.index();
            minimums[i] = match opts.minimums[i] {
                Some(n) if n > 0 && classes[i].is_empty() => {
                    return Err(PolicyError::MinimumOfAbsentClass(class));
                }
                Some(n) => n,
                None => usize::from(!classes[i].is_empty()),
            };
        }
        let required = minimums.iter().fold(0usize, |a, &m| a.saturating_add(m));
        if required > opts.length {
            return Err(PolicyError::MinimumsExceedLength {
                required,
                length: opts.length,
            });
        }
        Ok(Policy {
            length: opts.length,
            classes,
            minimums,
        })
    }

    /// Number of characters in every password.
    pub fn length(&self) -> usize {
        self.length
    }

    /// The characters of one class that the alphabet holds.
    pub fn class_chars(&self, class: Class) -> &[char] {
        &self.classes[class.index()]
    }

    /// How many characters of `class` every password contains at least.
    pub fn minimum(&self, class: Class) -> usize {
        self.minimums[class.index()]
    }

    /// The whole alphabet, class by class.
    pub fn alphabet(&self) -> Vec<char> {
        self.classes.iter().flatten().copied().collect()
    }

    /// Number of distinct characters in the alphabet.
    pub fn alphabet_len(&self) -> usize {
        self.classes.iter().map(Vec::len).sum()
    }

    /// log2 of the number of valid passwords: the entropy of a uniform draw, in bits.
    pub fn entropy_bits(&self) -> f64 {
        log_count(
            self.length,
            &self
                .classes
                .iter()
                .zip(self.minimums)
                .map(|(chars, min)| (chars.len(), min))
                .collect::<Vec<_>>(),
        ) / std::f64::consts::LN_2
    }
}

/// Natural log of the number of strings of `length` characters over disjoint classes
/// `(size, minimum)` that meet every minimum.
///
/// Computed in log space (every term is positive, so nothing cancels): classes without a
/// minimum merge into one free pool, then each constrained class is added with
/// `W_j(t) = sum_{c >= m_j} C(t, c) s_j^c W_{j-1}(t - c)`.
pub fn log_count(length: usize, classes: &[(usize, usize)]) -> f64 {
    let ln_fact = ln_factorials(length);
    let ln_choose = |t: usize, c: usize| ln_fact[t] - ln_fact[c] - ln_fact[t - c];
    let pool: usize = classes.iter().filter(|c| c.1 == 0).map(|c| c.0).sum();
    let constrained: Vec<(usize, usize)> = classes.iter().copied().filter(|c| c.1 > 0).collect();
    let ln_pool = (pool as f64).ln();
    let mut level: Vec<f64> = (0..=length)
        .map(|t| if t == 0 { 0.0 } else { t as f64 * ln_pool })
        .collect();
    for (j, &(size, min)) in constrained.iter().enumerate() {
        let ln_s = (size as f64).ln();
        let last = j + 1 == constrained.len();
        let mut next = vec![f64::NEG_INFINITY; length + 1];
        let ts = if last { length..=length } else { 0..=length };
        for t in ts {
            let terms = (min..=t)
                .map(|c| ln_choose(t, c) + c as f64 * ln_s + level[t - c])
                .filter(|x| x.is_finite());
            next[t] = log_sum_exp(terms);
        }
        level = next;
    }
    level[length]
}

/// `ln(k!)` for `k = 0..=n`.
pub(crate) fn ln_factorials(n: usize) -> Vec<f64> {
    let mut out = Vec::with_capacity(n + 1);
    let mut acc = 0.0;
    out.push(0.0);
    for k in 1..=n {
        acc += (k as f64).ln();
        out.push(acc);
    }
    out
}

/// `ln(sum(exp(x)))` without overflow; `-inf` for no terms.
pub(crate) fn log_sum_exp(terms: impl Iterator<Item = f64> + Clone) -> f64 {
    let max = terms.clone().fold(f64::NEG_INFINITY, f64::max);
    if max == f64::NEG_INFINITY {
        return max;
    }
    max + terms.map(|x| (x - max).exp()).sum::<f64>().ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(length: usize) -> PolicyOptions {
        PolicyOptions {
            length,
            ..PolicyOptions::default()
        }
    }

    #[test]
    fn default_alphabet_is_the_94_printable_ascii_characters() {
        let p = Policy::new(&opts(20)).expect("valid");
        assert_eq!(p.alphabet_len(), 94);
        assert!(p.alphabet().iter().all(|c| c.is_ascii_graphic()));
        assert_eq!(Class::ALL.map(|c| p.minimum(c)), [1, 1, 1, 1]);
    }

    #[test]
    fn exclusions_and_ambiguous_characters_are_removed() {
        let mut o = opts(20);
        o.exclude = "abc".into();
        o.no_ambiguous = true;
        let p = Policy::new(&o).expect("valid");
        let alphabet = p.alphabet();
        for c in "abc0Oo1lI|'\"`".chars() {
            assert!(!alphabet.contains(&c), "{c} should be gone");
        }
        assert_eq!(p.alphabet_len(), 94 - 3 - 10);
    }

    #[test]
    fn charset_is_deduplicated_and_classed_by_kind() {
        let mut o = opts(8);
        o.charset = Some("aabB9!é€Ж".into());
        let p = Policy::new(&o).expect("valid");
        assert_eq!(p.class_chars(Class::Lower), &['a', 'b', 'é']);
        assert_eq!(p.class_chars(Class::Upper), &['B', 'Ж']);
        assert_eq!(p.class_chars(Class::Digit), &['9']);
        assert_eq!(p.class_chars(Class::Symbol), &['!', '€']);
    }

    #[test]
    fn bad_policies_are_refused_with_the_reason() {
        assert_eq!(Policy::new(&opts(0)), Err(PolicyError::ZeroLength));
        assert_eq!(
            Policy::new(&opts(MAX_PASSWORD_LENGTH + 1)),
            Err(PolicyError::TooLong(MAX_PASSWORD_LENGTH + 1))
        );
        let mut o = opts(8);
        o.disabled = [true; 4];
        assert_eq!(Policy::new(&o), Err(PolicyError::EmptyAlphabet));
        let mut o = opts(8);
        o.disabled[Class::Digit.index()] = true;
        o.minimums[Class::Digit.index()] = Some(2);
        assert_eq!(
            Policy::new(&o),
            Err(PolicyError::MinimumOfAbsentClass(Class::Digit))
        );
        let mut o = opts(4);
        o.minimums[Class::Symbol.index()] = Some(2);
        assert_eq!(
            Policy::new(&o),
            Err(PolicyError::MinimumsExceedLength {
                required: 5,
                length: 4
            })
        );
    }

    #[test]
    fn an_excluded_class_drops_its_default_minimum() {
        let mut o = opts(8);
        o.exclude = DIGITS.into();
        let p = Policy::new(&o).expect("valid");
        assert_eq!(p.minimum(Class::Digit), 0);
    }

    #[test]
    fn entropy_without_minimums_is_length_times_log2_alphabet() {
        let mut o = opts(16);
        o.minimums = [Some(0); 4];
        let p = Policy::new(&o).expect("valid");
        assert!((p.entropy_bits() - 16.0 * 94f64.log2()).abs() < 1e-9);
    }

    /// Length 2 over lowercase + digits with at least one of each: 2 * 26 * 10 = 520.
    #[test]
    fn entropy_counts_the_valid_strings() {
        let mut o = opts(2);
        o.disabled = [false, true, false, true];
        let p = Policy::new(&o).expect("valid");
        assert!((p.entropy_bits() - 520f64.log2()).abs() < 1e-9);
    }
}
