//! Password generation for `add password NAME --generate [--length N] [--charset …]`.
//!
//! Characters are drawn from the operating system's random source (`getrandom(2)` through
//! `rand::rngs::OsRng`) with `gen_range`, which rejects out-of-zone samples instead of
//! reducing modulo the charset size, so every character is equally likely. A charset made
//! of classes (lower, upper, digit, symbol) guarantees one of each by drawing whole
//! passwords until one has them all: this keeps every qualifying password equally likely,
//! where "insert one of each, then shuffle" would favour some. Drawing is cheap and a
//! redraw rare (under 1 in 4 at the minimum length, about 1 in 200 at the default).

use rand::rngs::OsRng;
use rand::{CryptoRng, Rng};
use secrecy::SecretString;
use zeroize::Zeroizing;

/// The length when none is asked for: 32 alphanumerics carry about 190 bits.
pub const DEFAULT_LENGTH: usize = 32;
/// The shortest password generated: below 8 characters most services refuse it anyway.
pub const MIN_LENGTH: usize = 8;
/// The longest password generated, in characters.
pub const MAX_LENGTH: usize = 4096;
/// The most distinct characters a custom charset may have.
pub const MAX_CUSTOM_CHARS: usize = 1024;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const HEX: &str = "0123456789abcdef";
/// ASCII punctuation without the quotes, backslash and backtick, so a generated value
/// pastes into a shell, a dotenv file or a JSON string without quoting surprises.
pub const SYMBOLS: &str = "!#$%&()*+,-./:;<=>?@[]^_{|}~";

/// Which characters a password is drawn from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Charset {
    /// `A-Z a-z 0-9`, at least one of each.
    Alnum,
    /// `A-Z a-z 0-9` and [`SYMBOLS`], at least one of each of the four.
    AlnumSymbols,
    /// `0-9 a-f`, no class guarantee (a hex key is uniform bytes).
    Hex,
    /// The given characters, deduplicated in order; no class guarantee.
    Custom(Vec<char>),
}

/// Why no password was generated.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PassgenError {
    /// The length is outside [`MIN_LENGTH`]..=[`MAX_LENGTH`].
    #[error("a generated password has {MIN_LENGTH} to {MAX_LENGTH} characters, not {0}")]
    Length(usize),
    /// A custom charset has fewer than two distinct characters.
    #[error("a custom charset needs at least two distinct characters")]
    CharsetTooSmall,
    /// A custom charset has more than [`MAX_CUSTOM_CHARS`] distinct characters.
    #[error("a custom charset has at most {MAX_CUSTOM_CHARS} distinct characters")]
    CharsetTooLarge,
    /// A custom charset holds a control character or whitespace.
    #[error("a custom charset may not contain whitespace or control characters ({0:?})")]
    CharsetBadChar(char),
    /// The charset name is none of `alnum`, `symbols`, `hex`.
    #[error("unknown charset {0:?}: use alnum, symbols or hex")]
    UnknownCharset(String),
}

impl Charset {
    /// Parses a charset name: `alnum`, `symbols` (alnum and symbols) or `hex`.
    pub fn from_name(name: &str) -> Result<Self, PassgenError> {
        match name {
            "alnum" => Ok(Charset::Alnum),
            "symbols" => Ok(Charset::AlnumSymbols),
            "hex" => Ok(Charset::Hex),
            other => Err(PassgenError::UnknownCharset(
                other.chars().take(40).collect(),
            )),
        }
    }

    /// A custom charset from `chars`: duplicates dropped, whitespace and control
    /// characters refused, 2 to [`MAX_CUSTOM_CHARS`] distinct characters.
    pub fn custom(chars: &str) -> Result<Self, PassgenError> {
        let mut set: Vec<char> = Vec::new();
        for c in chars.chars() {
            if c.is_control() || c.is_whitespace() {
                return Err(PassgenError::CharsetBadChar(c));
            }
            if !set.contains(&c) {
                set.push(c);
            }
        }
        if set.len() < 2 {
            return Err(PassgenError::CharsetTooSmall);
        }
        if set.len() > MAX_CUSTOM_CHARS {
            return Err(PassgenError::CharsetTooLarge);
        }
        Ok(Charset::Custom(set))
    }

    /// The classes a password must each draw from at least once.
    fn classes(&self) -> &'static [&'static str] {
        match self {
            Charset::Alnum => &[LOWER, UPPER, DIGITS],
            Charset::AlnumSymbols => &[LOWER, UPPER, DIGITS, SYMBOLS],
            Charset::Hex | Charset::Custom(_) => &[],
        }
    }

    /// Every character, each once.
    fn chars(&self) -> Vec<char> {
        match self {
            Charset::Hex => HEX.chars().collect(),
            Charset::Custom(c) => c.clone(),
            _ => self.classes().concat().chars().collect(),
        }
    }

    /// The entropy of one character in bits (log2 of the charset size).
    pub fn bits_per_char(&self) -> f64 {
        (self.chars().len() as f64).log2()
    }
}

/// A password of `length` characters from `charset`, drawn from the OS random source.
///
/// # Errors
///
/// [`PassgenError::Length`] outside [`MIN_LENGTH`]..=[`MAX_LENGTH`].
pub fn generate(length: usize, charset: &Charset) -> Result<SecretString, PassgenError> {
    generate_with(&mut OsRng, length, charset)
}

/// [`generate`] with a given cryptographic RNG (tests use a seeded one).
///
/// # Errors
///
/// As [`generate`].
pub fn generate_with<R: Rng + CryptoRng>(
    rng: &mut R,
    length: usize,
    charset: &Charset,
) -> Result<SecretString, PassgenError> {
    if !(MIN_LENGTH..=MAX_LENGTH).contains(&length) {
        return Err(PassgenError::Length(length));
    }
    let chars = charset.chars();
    let classes = charset.classes();
    let mut picks: Zeroizing<Vec<char>> = Zeroizing::new(vec!['\0'; length]);
    loop {
        for p in picks.iter_mut() {
            *p = chars[rng.gen_range(0..chars.len())];
        }
        if classes
            .iter()
            .all(|class| picks.iter().any(|&c| class.contains(c)))
        {
            break;
        }
    }
    // Exactly sized, so turning it into a boxed str does not reallocate and leave a copy.
    let size = picks.iter().map(|c| c.len_utf8()).sum();
    let mut out = String::with_capacity(size);
    out.extend(picks.iter());
    Ok(SecretString::from(out))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::collections::HashMap;

    use rand::SeedableRng;
    use rand::rngs::StdRng;
    use secrecy::ExposeSecret;

    use super::*;

    fn counts(charset: &Charset, length: usize, n: usize) -> HashMap<char, usize> {
        let mut rng = StdRng::seed_from_u64(7);
        let mut counts = HashMap::new();
        for _ in 0..n {
            let p = generate_with(&mut rng, length, charset).unwrap();
            assert_eq!(p.expose_secret().chars().count(), length);
            for c in p.expose_secret().chars() {
                *counts.entry(c).or_default() += 1;
            }
        }
        counts
    }

    /// Every character of the charset appears, each within 6 standard deviations of a
    /// uniform draw's mean (deterministic: the RNG is seeded).
    fn assert_uniform(charset: &Charset, length: usize, n: usize) {
        let counts = counts(charset, length, n);
        let k = charset.chars().len();
        assert_eq!(counts.len(), k, "every character drawn, nothing else");
        let total = (length * n) as f64;
        let p = 1.0 / k as f64;
        let (mean, sd) = (total * p, (total * p * (1.0 - p)).sqrt());
        for (c, &got) in &counts {
            assert!(
                (got as f64 - mean).abs() < 6.0 * sd,
                "{c:?}: {got} vs {mean:.0}±{sd:.0}"
            );
            assert!(charset.chars().contains(c));
        }
    }

    #[test]
    fn length_bounds() {
        for bad in [0, 1, MIN_LENGTH - 1, MAX_LENGTH + 1, usize::MAX] {
            assert_eq!(
                generate(bad, &Charset::Alnum).unwrap_err(),
                PassgenError::Length(bad)
            );
        }
        for ok in [MIN_LENGTH, DEFAULT_LENGTH, MAX_LENGTH] {
            for cs in [Charset::Alnum, Charset::AlnumSymbols, Charset::Hex] {
                assert_eq!(generate(ok, &cs).unwrap().expose_secret().len(), ok);
            }
        }
    }

    #[test]
    fn distributions_are_uniform() {
        assert_uniform(&Charset::Alnum, 32, 2000);
        assert_uniform(&Charset::AlnumSymbols, 32, 2000);
        assert_uniform(&Charset::Hex, 64, 1000);
        // Three characters: a modulo reduction of a byte would favour the first (256 % 3).
        assert_uniform(&Charset::custom("xyz").unwrap(), 64, 1000);
        assert_uniform(&Charset::custom("αβγδ€").unwrap(), 16, 1000);
    }

    #[test]
    fn every_class_appears_even_at_the_minimum_length() {
        let mut rng = StdRng::seed_from_u64(1);
        for cs in [Charset::Alnum, Charset::AlnumSymbols] {
            for _ in 0..2000 {
                let p = generate_with(&mut rng, MIN_LENGTH, &cs).unwrap();
                for class in cs.classes() {
                    assert!(p.expose_secret().chars().any(|c| class.contains(c)));
                }
            }
        }
    }

    #[test]
    fn os_randomness_differs_between_calls() {
        let a = generate(DEFAULT_LENGTH, &Charset::Alnum).unwrap();
        let b = generate(DEFAULT_LENGTH, &Charset::Alnum).unwrap();
        assert_ne!(a.expose_secret(), b.expose_secret());
    }

    #[test]
    fn charset_names_and_custom_rules() {
        assert_eq!(Charset::from_name("alnum").unwrap(), Charset::Alnum);
        assert_eq!(
            Charset::from_name("symbols").unwrap(),
            Charset::AlnumSymbols
        );
        assert_eq!(Charset::from_name("hex").unwrap(), Charset::Hex);
        for bad in ["", "ALNUM", "base64", "alnum "] {
            assert!(matches!(
                Charset::from_name(bad),
                Err(PassgenError::UnknownCharset(_))
            ));
        }
        assert_eq!(
            Charset::custom("abca").unwrap(),
            Charset::Custom(vec!['a', 'b', 'c'])
        );
        for small in ["", "a", "aaaa"] {
            assert_eq!(Charset::custom(small), Err(PassgenError::CharsetTooSmall));
        }
        for bad in ["ab c", "ab\n", "ab\t", "ab\u{7f}", "ab\u{a0}"] {
            assert!(matches!(
                Charset::custom(bad),
                Err(PassgenError::CharsetBadChar(_))
            ));
        }
        let big: String = ('\u{4e00}'..).take(MAX_CUSTOM_CHARS + 1).collect();
        assert_eq!(Charset::custom(&big), Err(PassgenError::CharsetTooLarge));
        assert!(SYMBOLS.chars().all(|c| !"'\"\\` ".contains(c)));
        assert!((Charset::Hex.bits_per_char() - 4.0).abs() < 1e-9);
    }
}
