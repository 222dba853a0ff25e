//! Character classes of the password rules language, as Apple's parser canonicalises them.
//!
//! Every class the language can name is a set of printable ASCII characters (U+0020 to
//! U+007E, 95 of them), except `unicode`. A set is a 95-bit mask; rendering it gives exactly
//! the canonical form Apple's `_canonicalizedPropertyValues` prints (named classes for
//! complete ranges, then one custom class with the remaining characters in its order).

/// The first printable ASCII character (space).
const FIRST: u8 = b' ';
/// The last printable ASCII character (tilde).
const LAST: u8 = b'~';
/// The number of printable ASCII characters.
pub const PRINTABLE: u32 = (LAST - FIRST + 1) as u32;

/// A set of printable ASCII characters; bit `i` stands for the character `0x20 + i`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct AsciiSet(u128);

impl AsciiSet {
    /// No characters.
    pub const EMPTY: AsciiSet = AsciiSet(0);
    /// All 95 printable ASCII characters, space included.
    pub const ALL: AsciiSet = AsciiSet((1u128 << PRINTABLE) - 1);

    /// The characters `from..=to` (both printable ASCII, `from <= to`).
    const fn range(from: u8, to: u8) -> AsciiSet {
        let lo = (from - FIRST) as u32;
        let hi = (to - FIRST) as u32;
        AsciiSet(((1u128 << (hi + 1)) - 1) & !((1u128 << lo) - 1))
    }

    /// `A`-`Z`.
    pub const UPPER: AsciiSet = AsciiSet::range(b'A', b'Z');
    /// `a`-`z`.
    pub const LOWER: AsciiSet = AsciiSet::range(b'a', b'z');
    /// `0`-`9`.
    pub const DIGIT: AsciiSet = AsciiSet::range(b'0', b'9');
    /// Apple's `special`: space and the 32 ASCII punctuation characters.
    pub const SPECIAL: AsciiSet = AsciiSet(
        AsciiSet::range(b' ', b'/').0
            | AsciiSet::range(b':', b'@').0
            | AsciiSet::range(b'[', b'`').0
            | AsciiSet::range(b'{', b'~').0,
    );

    /// Whether `c` is printable ASCII (the only characters a set can hold).
    pub fn is_printable(c: char) -> bool {
        (' '..='~').contains(&c)
    }

    /// Adds `c`; characters outside printable ASCII are ignored, as Apple's parser does.
    pub fn insert(&mut self, c: char) {
        if Self::is_printable(c) {
            self.0 |= 1u128 << (u32::from(c) - u32::from(FIRST));
        }
    }

    /// Whether `c` is in the set.
    pub fn contains(self, c: char) -> bool {
        Self::is_printable(c) && self.0 & (1u128 << (u32::from(c) - u32::from(FIRST))) != 0
    }

    /// The union of two sets.
    pub fn union(self, other: AsciiSet) -> AsciiSet {
        AsciiSet(self.0 | other.0)
    }

    /// The intersection of two sets.
    pub fn intersection(self, other: AsciiSet) -> AsciiSet {
        AsciiSet(self.0 & other.0)
    }

    /// Whether every character of `self` is in `other`.
    pub fn is_subset(self, other: AsciiSet) -> bool {
        self.0 & !other.0 == 0
    }

    /// Whether the set holds no character.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The number of characters in the set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The characters in ASCII order.
    pub fn chars(self) -> impl Iterator<Item = char> {
        (FIRST..=LAST)
            .map(char::from)
            .filter(move |&c| self.contains(c))
    }

    /// Apple's canonical form of this set (`keepCustomCharacterClassFormatCompliant` off):
    /// `ascii-printable` if complete; else `upper`, `lower`, `digit`, `special` for each
    /// complete range, then `[...]` holding the rest (partial upper, lower, digits, then
    /// specials, each in ASCII order). Empty for the empty set.
    pub fn canonical(self) -> Vec<String> {
        if self == AsciiSet::ALL {
            return vec!["ascii-printable".to_owned()];
        }
        let mut named = Vec::new();
        let mut rest = String::new();
        for (set, name) in [
            (AsciiSet::UPPER, "upper"),
            (AsciiSet::LOWER, "lower"),
            (AsciiSet::DIGIT, "digit"),
            (AsciiSet::SPECIAL, "special"),
        ] {
            if set.is_subset(self) {
                named.push(name.to_owned());
            } else {
                rest.extend(self.intersection(set).chars());
            }
        }
        if !rest.is_empty() {
            named.push(format!("[{rest}]"));
        }
        named
    }
}

/// A canonical character class: what one `required` or the `allowed` rule admits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CharClass {
    /// Any Unicode character (`unicode`).
    Unicode,
    /// These printable ASCII characters (`ascii-printable` when all 95).
    Ascii(AsciiSet),
}

impl CharClass {
    /// Apple's canonical rendering: `["unicode"]`, or [`AsciiSet::canonical`].
    pub fn canonical(self) -> Vec<String> {
        match self {
            CharClass::Unicode => vec!["unicode".to_owned()],
            CharClass::Ascii(set) => set.canonical(),
        }
    }

    /// Whether a password character `c` belongs to the class.
    pub fn contains(self, c: char) -> bool {
        match self {
            CharClass::Unicode => true,
            CharClass::Ascii(set) => set.contains(c),
        }
    }

    /// The ASCII characters of the class (all 95 for `unicode`).
    pub fn ascii(self) -> AsciiSet {
        match self {
            CharClass::Unicode => AsciiSet::ALL,
            CharClass::Ascii(set) => set,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_ranges_have_their_sizes() {
        assert_eq!(AsciiSet::ALL.len(), 95);
        assert_eq!(AsciiSet::UPPER.len(), 26);
        assert_eq!(AsciiSet::LOWER.len(), 26);
        assert_eq!(AsciiSet::DIGIT.len(), 10);
        assert_eq!(AsciiSet::SPECIAL.len(), 33);
        let union = AsciiSet::UPPER
            .union(AsciiSet::LOWER)
            .union(AsciiSet::DIGIT)
            .union(AsciiSet::SPECIAL);
        assert_eq!(union, AsciiSet::ALL);
    }

    #[test]
    fn canonical_form_names_complete_ranges_then_the_rest() {
        let mut set = AsciiSet::LOWER;
        for c in "Z!-0".chars() {
            set.insert(c);
        }
        assert_eq!(set.canonical(), ["lower", "[Z0!-]"]);
        assert_eq!(AsciiSet::ALL.canonical(), ["ascii-printable"]);
        assert!(AsciiSet::EMPTY.canonical().is_empty());
    }

    #[test]
    fn only_printable_ascii_is_inserted() {
        let mut set = AsciiSet::EMPTY;
        set.insert('é');
        set.insert('\t');
        set.insert('\u{7f}');
        assert!(set.is_empty());
        set.insert('~');
        set.insert(' ');
        assert_eq!(set.len(), 2);
        assert!(set.contains('~') && set.contains(' ') && !set.contains('é'));
    }
}
