//! Vault passphrase strength: a new passphrase (`init`, `passwd`) must reach zxcvbn score
//! [`MIN_SCORE`], the estimate Dropbox published (Wheeler, USENIX Security 2016).
//!
//! zxcvbn looks at the first 100 characters only (a longer passphrase is judged by them)
//! and knows English words, names, keyboard walks, dates, repeats and l33t. The hint is
//! built from its fixed feedback sentences, so it never contains the passphrase.

use secrecy::{ExposeSecret, SecretString};
use zxcvbn::zxcvbn;

/// The lowest acceptable score: 3 means "safely unguessable: moderate protection from
/// offline slow-hash scenario" (more than 10^8 guesses; scrypt makes each one costly).
pub const MIN_SCORE: u8 = 3;

/// Words that make a passphrase easier to guess here, penalised like dictionary words.
const CONTEXT_WORDS: &[&str] = &[
    "flowlet",
    "flowlet-secrets",
    "secrets",
    "vault",
    "passphrase",
];

/// Why a passphrase was refused. Neither variant holds the passphrase.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum PassphraseError {
    /// The passphrase is empty.
    #[error("the passphrase is empty")]
    Empty,
    /// zxcvbn scored it below [`MIN_SCORE`].
    #[error("the passphrase is too easy to guess (strength {score} of 4, {MIN_SCORE} needed)")]
    Weak {
        /// zxcvbn's score, 0-4.
        score: u8,
        /// zxcvbn's warning and suggestions as one sentence, for a `hint:` line.
        hint: String,
    },
}

impl PassphraseError {
    /// Advice for a `hint:` line.
    pub fn hint(&self) -> &str {
        match self {
            PassphraseError::Empty => "choose a passphrase of a few uncommon words",
            PassphraseError::Weak { hint, .. } => hint,
        }
    }
}

/// Checks a new passphrase; `extra_words` (the user name, say) count as guessable too.
///
/// # Errors
///
/// [`PassphraseError::Empty`], or [`PassphraseError::Weak`] with zxcvbn's advice.
pub fn check_strength(
    passphrase: &SecretString,
    extra_words: &[&str],
) -> Result<(), PassphraseError> {
    let p = passphrase.expose_secret();
    if p.is_empty() {
        return Err(PassphraseError::Empty);
    }
    let words: Vec<&str> = CONTEXT_WORDS.iter().chain(extra_words).copied().collect();
    let estimate = zxcvbn(p, &words);
    let score = u8::from(estimate.score());
    if score >= MIN_SCORE {
        return Ok(());
    }
    let mut hint = String::new();
    if let Some(f) = estimate.feedback() {
        if let Some(w) = f.warning() {
            hint.push_str(&w.to_string());
        }
        for s in f.suggestions() {
            if !hint.is_empty() {
                hint.push(' ');
            }
            hint.push_str(&s.to_string());
        }
    }
    if hint.is_empty() {
        hint.push_str("Add another word or two. Uncommon words are better.");
    }
    Err(PassphraseError::Weak { score, hint })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn check(p: &str) -> Result<(), PassphraseError> {
        check_strength(&SecretString::from(p.to_string()), &["alice"])
    }

    #[test]
    fn empty_is_refused() {
        assert_eq!(check(""), Err(PassphraseError::Empty));
        assert!(!PassphraseError::Empty.hint().is_empty());
    }

    #[test]
    fn weak_ones_are_refused_with_advice_that_never_echoes_them() {
        for weak in [
            "letmein",
            "Letmein1",
            "qwertyuiop",
            "123456789012",
            "aaaaaaaaaaaaaaaa",
            "flowlet-secrets",
            "vault2024",
            "alice1990",
            "correct",
            "abcdefgh",
        ] {
            let err = check(weak).unwrap_err();
            let PassphraseError::Weak { score, hint } = &err else {
                panic!("{weak:?}: {err:?}")
            };
            assert!(*score < MIN_SCORE, "{weak:?}");
            assert!(!hint.is_empty(), "{weak:?}");
            let lower = weak.to_lowercase();
            for shown in [
                hint.to_lowercase(),
                err.to_string().to_lowercase(),
                format!("{err:?}").to_lowercase(),
            ] {
                assert!(!shown.contains(&lower), "{weak:?} echoed in {shown:?}");
            }
        }
    }

    #[test]
    fn strong_ones_pass() {
        for strong in [
            "correct horse battery staple",
            "velvet-otter-quarry-lantern",
            "Tq8#vL2!pZ9w",
        ] {
            assert_eq!(check(strong), Ok(()), "{strong:?}");
        }
    }
}
