//! Compact JWE (RFC 7516 §7.1) to and from an `rs256` key pair.
//!
//! Encryption always uses RSA-OAEP-256 key wrapping with A256GCM content encryption
//! (RFC 7518 §4.3, §5.3). Decryption also accepts RSA-OAEP and A128GCM, and refuses
//! RSA1_5 (RFC 8725 §3.2: PKCS #1 v1.5 key transport invites padding-oracle attacks)
//! and `zip` (compression before encryption leaks plaintext through length, and a
//! small token can inflate to a huge one). Header policy is checked before the private
//! key is touched; after that, every failure is the one [`JoseError::DecryptFailed`].

use josekit::jwe::{JweContext, JweHeader};
use zeroize::Zeroizing;

use super::{JoseError, b64_decode, jwk, parse_json_object, truncate};
use crate::secret::{Rs256KeyPair, SecretData};

/// The largest compact JWE accepted, bytes (16 MiB): `jwe` carries files, not just
/// tokens, so the cap is larger than [`super::MAX_TOKEN_BYTES`].
pub const MAX_JWE_BYTES: usize = 16 * 1024 * 1024;

/// The largest plaintext `encrypt` takes, bytes: what still fits [`MAX_JWE_BYTES`]
/// after base64url expansion (4/3) and the header, key and tag.
pub const MAX_PLAINTEXT_BYTES: usize = 12 * 1024 * 1024;

fn key_pair(key: &SecretData) -> Result<&Rs256KeyPair, JoseError> {
    match key {
        SecretData::Rs256(k) => Ok(k),
        other => Err(JoseError::WrongKeyType(other.kind())),
    }
}

/// Encrypts `plaintext` to the public key of an `rs256` secret: RSA-OAEP-256 +
/// A256GCM, with `kid` = the key's RFC 7638 thumbprint.
pub fn encrypt(key: &SecretData, plaintext: &[u8]) -> Result<String, JoseError> {
    let pair = key_pair(key)?;
    if plaintext.len() > MAX_PLAINTEXT_BYTES {
        return Err(JoseError::TooLarge {
            max: MAX_PLAINTEXT_BYTES,
        });
    }
    let encrypter = josekit::jwe::RSA_OAEP_256
        .encrypter_from_pem(pair.public_key.as_bytes())
        .map_err(|_| JoseError::KeyUnusable)?;
    let mut header = JweHeader::new();
    header.set_content_encryption("A256GCM");
    header.set_key_id(jwk::key_id(pair)?);
    josekit::jwe::serialize_compact(plaintext, &header, &encrypter).map_err(|_| JoseError::Crypto)
}

/// Decrypts a compact JWE with the private key of an `rs256` secret.
pub fn decrypt(key: &SecretData, token: &str) -> Result<Zeroizing<Vec<u8>>, JoseError> {
    let pair = key_pair(key)?;
    if token.len() > MAX_JWE_BYTES {
        return Err(JoseError::TooLarge { max: MAX_JWE_BYTES });
    }
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 5 {
        return Err(JoseError::DecryptFailed);
    }
    let header = b64_decode(parts[0], "header")
        .and_then(|h| parse_json_object(&h))
        .map_err(|_| JoseError::DecryptFailed)?;
    let str_param = |name: &str| match header.get(name) {
        Some(serde_json::Value::String(s)) => Ok(Some(s.as_str())),
        Some(_) => Err(JoseError::DecryptFailed),
        None => Ok(None),
    };
    let oaep = match str_param("alg")? {
        Some("RSA-OAEP-256") => josekit::jwe::RSA_OAEP_256,
        Some("RSA-OAEP") => josekit::jwe::RSA_OAEP,
        Some("RSA1_5") => {
            return Err(JoseError::JweUnsupported(
                "RSA1_5 key transport is refused; use RSA-OAEP-256".into(),
            ));
        }
        Some(other) => {
            return Err(JoseError::JweUnsupported(format!(
                "algorithm {:?} (accepted: RSA-OAEP-256, RSA-OAEP)",
                truncate(other)
            )));
        }
        None => return Err(JoseError::DecryptFailed),
    };
    let enc = match str_param("enc")? {
        Some(e @ ("A256GCM" | "A128GCM")) => e,
        Some(other) => {
            return Err(JoseError::JweUnsupported(format!(
                "content encryption {:?} (accepted: A256GCM, A128GCM)",
                truncate(other)
            )));
        }
        None => return Err(JoseError::DecryptFailed),
    };
    if header.contains_key("zip") {
        return Err(JoseError::JweUnsupported(
            "compressed (zip) content is refused".into(),
        ));
    }
    if header.contains_key("crit") {
        return Err(JoseError::JweUnsupported(
            "critical header extensions".into(),
        ));
    }
    // Canonical base64url for every part, a 96-bit IV and a 128-bit tag (RFC 7518 §5.3).
    let decoded: Vec<Vec<u8>> = parts[1..]
        .iter()
        .map(|p| b64_decode(p, "part"))
        .collect::<Result<_, _>>()
        .map_err(|_| JoseError::DecryptFailed)?;
    if decoded[0].is_empty() || decoded[1].len() != 12 || decoded[3].len() != 16 {
        return Err(JoseError::DecryptFailed);
    }
    let decrypter = oaep
        .decrypter_from_pem(pair.private_key.expose_secret().as_bytes())
        .map_err(|_| JoseError::KeyUnusable)?;
    let mut ctx = JweContext::new();
    ctx.remove_compression("DEF");
    for other in [
        "A128CBC-HS256",
        "A192CBC-HS384",
        "A256CBC-HS512",
        "A192GCM",
        "A128GCM",
        "A256GCM",
    ] {
        if other != enc {
            ctx.remove_content_encryption(other);
        }
    }
    ctx.deserialize_compact(token, &decrypter)
        .map(|(plain, _)| Zeroizing::new(plain))
        .map_err(|_| JoseError::DecryptFailed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SecretData {
        let pem = include_str!("../../tests/fixtures/jose/rfc7515-a2-private.pem");
        SecretData::Rs256(crate::secret::rs256_from_pem(pem.as_bytes()).unwrap())
    }

    fn foreign(alg: josekit::jwe::alg::rsaes::RsaesJweAlgorithm, enc: &str, zip: bool) -> String {
        let SecretData::Rs256(pair) = key() else {
            unreachable!()
        };
        let e = alg.encrypter_from_pem(pair.public_key.as_bytes()).unwrap();
        let mut h = JweHeader::new();
        h.set_content_encryption(enc);
        if zip {
            h.set_compression("DEF");
        }
        josekit::jwe::serialize_compact(b"hello", &h, &e).unwrap()
    }

    #[test]
    fn round_trip_and_accepted_variants() {
        let k = key();
        let t = encrypt(&k, b"attack at dawn").unwrap();
        assert_eq!(&*decrypt(&k, &t).unwrap(), b"attack at dawn");
        let oaep = foreign(josekit::jwe::RSA_OAEP, "A128GCM", false);
        assert_eq!(&*decrypt(&k, &oaep).unwrap(), b"hello");
    }

    #[test]
    #[allow(deprecated)] // RSA1_5 is built only to prove we refuse it.
    fn refusals_and_one_failure_message() {
        let k = key();
        assert!(matches!(
            decrypt(&k, &foreign(josekit::jwe::RSA1_5, "A256GCM", false)),
            Err(JoseError::JweUnsupported(_))
        ));
        assert!(matches!(
            decrypt(&k, &foreign(josekit::jwe::RSA_OAEP_256, "A256GCM", true)),
            Err(JoseError::JweUnsupported(_))
        ));
        assert!(matches!(
            decrypt(
                &k,
                &foreign(josekit::jwe::RSA_OAEP_256, "A128CBC-HS256", false)
            ),
            Err(JoseError::JweUnsupported(_))
        ));
        let t = encrypt(&k, b"attack at dawn").unwrap();
        let mut parts: Vec<String> = t.split('.').map(String::from).collect();
        for i in 1..5 {
            let mut p = parts.clone();
            let c = p[i].remove(0);
            p[i].insert(0, if c == 'A' { 'B' } else { 'A' });
            assert_eq!(
                decrypt(&k, &p.join(".")),
                Err(JoseError::DecryptFailed),
                "part {i}"
            );
        }
        parts.push("x".into());
        assert_eq!(decrypt(&k, &parts.join(".")), Err(JoseError::DecryptFailed));
    }
}

/// Properties over arbitrary and mutated JWEs (`PROPTEST_CASES`, default 256).
#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    /// The fixture key, loaded once.
    fn key() -> &'static SecretData {
        static KEY: std::sync::OnceLock<SecretData> = std::sync::OnceLock::new();
        KEY.get_or_init(|| {
            let pem = include_str!("../../tests/fixtures/jose/rfc7515-a2-private.pem");
            SecretData::Rs256(crate::secret::rs256_from_pem(pem.as_bytes()).unwrap())
        })
    }

    proptest! {
        /// Five-part text of base64url characters never panics and never decrypts.
        #[test]
        fn arbitrary_jwes_never_decrypt(parts in prop::collection::vec("[A-Za-z0-9_-]{0,40}", 1..7),
                                        header in prop::option::of(".{0,60}")) {
            let mut parts = parts;
            if let Some(h) = header {
                parts[0] = crate::jose::b64_encode(h.as_bytes());
            }
            prop_assert!(decrypt(key(), &parts.join(".")).is_err());
        }

        /// A JWE decrypts to its plaintext; changing any one character of it makes
        /// decryption fail (AES-GCM authenticates the header, IV, ciphertext and tag).
        #[test]
        fn mutated_jwes_never_decrypt(plain in prop::collection::vec(any::<u8>(), 0..64),
                                      at in any::<usize>(), c in "[A-Za-z0-9_.=-]") {
            let k = key();
            let token = encrypt(k, &plain).unwrap();
            prop_assert_eq!(&decrypt(k, &token).unwrap()[..], &plain[..]);
            let mut chars: Vec<char> = token.chars().collect();
            let i = at % chars.len();
            chars[i] = c.chars().next().unwrap();
            let bad: String = chars.into_iter().collect();
            if bad != token {
                prop_assert!(decrypt(k, &bad).is_err(), "{bad}");
            }
        }
    }
}
