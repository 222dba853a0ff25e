//! `passphrase`: words drawn uniformly from a list, with an exact entropy or an honest
//! upper bound.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::Deserialize;

use super::password::check_bits;
use super::plan::{Plan, small};
use super::{Entropy, Info, Problem, SpecError};
use crate::RandomSource;
use crate::passphrase::{
    BUILTIN_LISTS, Capitalize, Generator, MAX_WORDS, MIN_LIST_WORDS, PASSPHRASE_SYMBOLS,
    PassphraseOptions, WARN_LIST_WORDS, Wordlist, capitalize,
};

/// Words in a passphrase when none is asked for.
pub const DEFAULT_WORDS: u64 = 6;

/// Options of `secrets passphrase`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, rename_all = "kebab-case", deny_unknown_fields)]
#[cfg_attr(feature = "clap", derive(clap::Args))]
pub struct PassphraseSpec {
    /// Number of words in each passphrase [default: 6].
    #[cfg_attr(feature = "clap", arg(short = 'w', long, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=MAX_WORDS),
          help_heading = "Passphrase"))]
    pub words: Option<u64>,

    /// Size by entropy: the shortest number of words whose exact entropy is at least N bits.
    #[cfg_attr(feature = "clap", arg(long, value_name = "N", conflicts_with = "words",
          value_parser = clap::value_parser!(u64).range(1..=crate::bits::MAX_BITS),
          help_heading = "Passphrase"))]
    pub bits: Option<u64>,

    /// Text between the words (may be empty).
    #[cfg_attr(
        feature = "clap",
        arg(
            short = 's',
            long,
            value_name = "SEP",
            default_value = "-",
            allow_hyphen_values = true,
            help_heading = "Passphrase"
        )
    )]
    pub separator: String,

    /// Capitalise words: none, first (a bare --capitalize), all, or random (each word or its
    /// capitalised form, uniformly).
    #[cfg_attr(feature = "clap", arg(long, value_enum, value_name = "HOW", num_args = 0..=1,
          default_value = "none", default_missing_value = "first",
          help_heading = "Passphrase"))]
    pub capitalize: Capitalize,

    /// Append one random digit to one randomly chosen word (adds log2(10 * words) bits).
    #[cfg_attr(
        feature = "clap",
        arg(long = "digit", visible_alias = "number", help_heading = "Passphrase")
    )]
    #[serde(rename = "digit", alias = "number")]
    pub number: bool,

    /// Append one random symbol (one of !#$%&*+=?@) to one randomly chosen word (adds
    /// log2(10 * words) bits).
    #[cfg_attr(feature = "clap", arg(long, help_heading = "Passphrase"))]
    pub symbol: bool,

    /// Use only the list's words of at least N characters.
    #[cfg_attr(
        feature = "clap",
        arg(long, value_name = "N", help_heading = "Passphrase")
    )]
    pub min_word_length: Option<usize>,

    /// Use only the list's words of at most N characters.
    #[cfg_attr(
        feature = "clap",
        arg(long, value_name = "N", help_heading = "Passphrase")
    )]
    pub max_word_length: Option<usize>,

    /// The word list: eff-large, eff-short, eff-short2, or a file with one word per line.
    #[cfg_attr(
        feature = "clap",
        arg(
            long,
            value_name = "NAME|FILE",
            default_value = "eff-large",
            value_hint = clap::ValueHint::FilePath,
            help_heading = "Passphrase"
        )
    )]
    pub wordlist: String,
}

impl Default for PassphraseSpec {
    fn default() -> Self {
        PassphraseSpec {
            words: None,
            bits: None,
            separator: "-".into(),
            capitalize: Capitalize::None,
            number: false,
            symbol: false,
            min_word_length: None,
            max_word_length: None,
            wordlist: "eff-large".into(),
        }
    }
}

/// Where word lists that are not built in come from. A front end decides which names (if
/// any) may name files: the command line reads them, the HTTP API refuses them.
pub trait WordlistSource {
    /// The list named `name` (not one of [`BUILTIN_LISTS`]).
    fn load(&self, name: &str) -> Result<Wordlist, SpecError>;
}

/// Only the built-in lists: any other name is refused.
#[derive(Debug, Clone, Copy, Default)]
pub struct Builtin;

impl WordlistSource for Builtin {
    fn load(&self, name: &str) -> Result<Wordlist, SpecError> {
        let shown: String = name.chars().take(64).collect();
        Err(SpecError::with_value(
            "wordlist",
            format!("{shown:?}"),
            Problem::NotAllowed(format!("must be one of {}", BUILTIN_LISTS.join(", "))),
        ))
    }
}

const NOT_EXACT_BOUND: &str = "(not proven that different draws print different passphrases: \
the separator is empty or occurs in words, or --digit or --symbol meets digits or symbols in \
words, or the proof is beyond its bound)";

impl PassphraseSpec {
    pub(super) fn plan(&self, source: &dyn WordlistSource) -> Result<Plan, SpecError> {
        check_bits(self.bits)?;
        if self.words.is_some() && self.bits.is_some() {
            return Err(SpecError::new("bits", Problem::Conflict("words")));
        }
        let asked = self.words.unwrap_or(DEFAULT_WORDS);
        super::check_limit(super::PASSPHRASE_LIMITS, "words", asked)?;
        for (field, value) in [
            ("min-word-length", self.min_word_length),
            ("max-word-length", self.max_word_length),
        ] {
            if let Some(n) = value {
                super::check_limit(super::PASSPHRASE_LIMITS, field, n as u64)?;
            }
        }
        let list = match Wordlist::builtin(&self.wordlist) {
            Some(list) => list,
            None => source.load(&self.wordlist)?,
        };
        let mut notes = Vec::new();
        let list = self.filter_and_size(list, &mut notes)?;
        let options = PassphraseOptions {
            words: small(asked),
            separator: self.separator.clone(),
            capitalize: self.capitalize,
            number: self.number,
            symbol: self.symbol,
        };
        let engine = |e| SpecError::new("separator", Problem::Engine(e));
        let mut generator = Generator::new(&list, options.clone()).map_err(engine)?;
        if let Some(bits) = self.bits {
            // A count that is only an upper bound cannot promise N bits.
            if !generator.entropy_is_exact() {
                return Err(SpecError::with_value("bits", bits, Problem::NotExact));
            }
            let guess =
                crate::bits::approx_length(bits as f64, (generator.list_len() as f64).log2());
            let words = crate::bits::shortest(bits, 1, MAX_WORDS, guess, |w| {
                Ok::<_, SpecError>(generator.count_with_words(small(w)))
            })?
            .ok_or_else(|| {
                SpecError::with_value(
                    "bits",
                    bits,
                    Problem::Unreachable {
                        longest: MAX_WORDS,
                        unit: "words",
                        bits: generator.bits_with_words(small(MAX_WORDS)),
                        under: "",
                    },
                )
            })?;
            generator = Generator::new(
                &list,
                PassphraseOptions {
                    words: small(words),
                    ..options
                },
            )
            .map_err(engine)?;
        }
        let words = generator.words();
        let bits = generator.entropy_bits();
        let entropy = if generator.entropy_is_exact() {
            Entropy::exact(bits)
        } else {
            Entropy::at_most(bits)
        };
        let mut info = Info::new("passphrase", bits);
        info.words = Some(words as u64);
        info.target_bits = self.bits;
        info.wordlist_size = Some(generator.list_len());
        let alphabet = self.alphabet(&list);
        let widest_word = list
            .words()
            .map(|w| w.len().max(w.to_uppercase().len()).max(capitalize(w).len()))
            .max()
            .unwrap_or(0) as u64;
        let max_len = (words as u64)
            .saturating_mul(widest_word)
            .saturating_add((words as u64).saturating_mul(self.separator.len() as u64))
            .saturating_add(2);
        let generator = Arc::new(generator);
        let mut plan = Plan::new(
            info,
            entropy,
            max_len,
            Arc::new(move |_| {
                let generator = Arc::clone(&generator);
                Ok(Box::new(move |src: &mut RandomSource, out: &mut String| {
                    generator.sample_into(src, out)
                }))
            }),
        )
        .with_alphabet(alphabet);
        plan.notes = notes;
        if self.bits.is_some() {
            plan.chosen = Some((words as u64, "words"));
        }
        Ok(plan)
    }

    /// Why an entropy is only an upper bound, for a person.
    pub fn not_exact_reason() -> &'static str {
        NOT_EXACT_BOUND
    }

    /// Every character a passphrase can hold.
    fn alphabet(&self, list: &Wordlist) -> BTreeSet<char> {
        let mut set = BTreeSet::new();
        for word in list.words() {
            set.extend(word.chars());
            match self.capitalize {
                Capitalize::None => {}
                Capitalize::First | Capitalize::Random => set.extend(capitalize(word).chars()),
                Capitalize::All => set.extend(word.to_uppercase().chars()),
            }
        }
        set.extend(self.separator.chars());
        if self.number {
            set.extend('0'..='9');
        }
        if self.symbol {
            set.extend(PASSPHRASE_SYMBOLS.chars());
        }
        set
    }

    /// Applies the word length limits, then refuses a list under [`MIN_LIST_WORDS`] words
    /// and warns under [`WARN_LIST_WORDS`].
    fn filter_and_size(
        &self,
        list: Wordlist,
        notes: &mut Vec<String>,
    ) -> Result<Wordlist, SpecError> {
        let (min, max) = (
            self.min_word_length.unwrap_or(0),
            self.max_word_length.unwrap_or(usize::MAX),
        );
        if min > max {
            return Err(SpecError::with_value(
                "min-word-length",
                min,
                Problem::Invalid(format!("is more than --max-word-length {max}")),
            ));
        }
        let filtering = self.min_word_length.is_some() || self.max_word_length.is_some();
        let list = if filtering {
            list.with_lengths(min, max)
        } else {
            list
        };
        if list.len() < MIN_LIST_WORDS {
            let filtered = if filtering {
                " after --min-word-length/--max-word-length"
            } else {
                ""
            };
            return Err(SpecError::new(
                "wordlist",
                Problem::Invalid(format!(
                    "the word list has {} words{filtered}; at least {MIN_LIST_WORDS} are \
                     required (each word must add at least 10 bits)",
                    list.len()
                )),
            ));
        }
        if list.len() < WARN_LIST_WORDS {
            notes.push(format!(
                "warning: the word list has {} words, so each word adds only {:.2} bits \
                 (eff-large: 12.92); use more words or a longer list",
                list.len(),
                (list.len() as f64).log2()
            ));
        }
        Ok(list)
    }
}
