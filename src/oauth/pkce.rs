//! PKCE (RFC 7636) with the S256 method, and the random `state` (RFC 6749 §10.12).

use crate::secret::SecretValue;

/// A PKCE code_verifier and its S256 code_challenge (the `oauth2` crate does the work).
#[derive(Debug)]
pub struct Pkce {
    /// The code_verifier: 43 characters of base64url (32 random bytes, RFC 7636 §4.1).
    pub verifier: SecretValue,
    /// `BASE64URL(SHA256(ASCII(code_verifier)))` (RFC 7636 §4.2).
    pub challenge: String,
}

impl Pkce {
    /// A fresh verifier from 32 bytes of OS randomness, as RFC 7636 §4.1 recommends.
    pub fn generate() -> Pkce {
        let (challenge, verifier) = oauth2::PkceCodeChallenge::new_random_sha256();
        Pkce {
            verifier: SecretValue::new(verifier.into_secret()),
            challenge: challenge.as_str().to_string(),
        }
    }

    /// The S256 challenge of a given verifier.
    pub fn from_verifier(verifier: SecretValue) -> Pkce {
        let challenge = s256(verifier.expose_secret());
        Pkce {
            verifier,
            challenge,
        }
    }
}

/// `BASE64URL-ENCODE(SHA256(ASCII(code_verifier)))` (RFC 7636 §4.2).
pub fn s256(verifier: &str) -> String {
    let v = oauth2::PkceCodeVerifier::new(verifier.to_string());
    oauth2::PkceCodeChallenge::from_code_verifier_sha256(&v)
        .as_str()
        .to_string()
}

/// A fresh `state` (RFC 6749 §10.12): 16 random bytes, base64url; independent of the verifier.
pub fn random_state() -> String {
    oauth2::CsrfToken::new_random().into_secret()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc7636_appendix_b_vector() {
        let p = Pkce::from_verifier(SecretValue::new(
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk".into(),
        ));
        assert_eq!(p.challenge, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    #[test]
    fn fresh_values_are_long_and_distinct() {
        let a = Pkce::generate();
        let b = Pkce::generate();
        assert_eq!(a.verifier.expose_secret().len(), 43);
        assert_ne!(a.verifier.expose_secret(), b.verifier.expose_secret());
        assert_ne!(random_state(), random_state());
        assert!(!format!("{a:?}").contains(a.verifier.expose_secret()));
    }
}
