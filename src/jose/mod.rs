//! JOSE: compact JWS signing and verification (RFC 7515/7519), JWE (RFC 7516/7518) and
//! public JWK export with RFC 7638 thumbprints, for the `hs256` and `rs256` secrets.
//!
//! josekit and OpenSSL do the cryptography; this module owns the policy: which
//! algorithm a key may use (always the secret's own, never the token's choice), the
//! parsing rules for hostile input (canonical base64url, no duplicate JSON members,
//! size caps, no unknown `crit`) and the JWT claim checks. It never prints; the command
//! layer (`cmd::jose`) turns [`JoseError`] into user-facing errors.

pub mod ed25519;
pub mod es256;
pub mod jwe;
pub mod jwk;
pub mod sign;
pub mod verify;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::secret::{SecretData, SecretKind};

pub use verify::{VerifyPolicy, verify_jwt};

/// The largest compact JWS or JWE accepted, in bytes (64 KiB). Real JWTs are a few
/// hundred bytes; the cap bounds the work a hostile token can cause before any check.
pub const MAX_TOKEN_BYTES: usize = 64 * 1024;

/// Errors of signing, verification, encryption and key export.
///
/// `Display` is one short reason, lowercase, that never contains key material. Text
/// taken from a token (such as a foreign `alg`) is truncated and quoted; the command
/// layer still sanitises it before it reaches a terminal.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum JoseError {
    /// The token is longer than [`MAX_TOKEN_BYTES`].
    #[error("token is larger than {max} bytes")]
    TooLarge {
        /// The cap, bytes.
        max: usize,
    },
    /// The token is not a well-formed compact serialization (RFC 7515 §7.1).
    #[error("malformed token: {0}")]
    Malformed(String),
    /// The header says `alg: none` (RFC 7518 §3.6): an unsecured JWS is never accepted.
    #[error("unsecured token (alg \"none\") refused")]
    AlgNone,
    /// The header's `alg` is not the key's algorithm (key confusion, downgrade).
    #[error("token algorithm {found:?} does not match the key's {expected}")]
    AlgorithmMismatch {
        /// The secret's algorithm.
        expected: &'static str,
        /// The token's `alg`, truncated.
        found: String,
    },
    /// The header lists a `crit` extension we do not implement (RFC 7515 §4.1.11).
    #[error("unsupported critical header parameter {0:?}")]
    UnsupportedCrit(String),
    /// The signature does not verify with the key.
    #[error("signature is invalid")]
    SignatureInvalid,
    /// The payload is not a JSON object, so it is not a JWT claims set (RFC 7519 §7.2).
    #[error("claims are not a JSON object")]
    ClaimsNotJson,
    /// A registered claim has the wrong JSON type (e.g. `exp` as a string).
    #[error("claim {0:?} has the wrong type")]
    ClaimType(&'static str),
    /// `exp` is required by the policy and absent.
    #[error("token has no \"exp\" claim")]
    MissingExp,
    /// `exp` is in the past, beyond the leeway (RFC 7519 §4.1.4).
    #[error("token expired at {0} (unix time)")]
    Expired(i64),
    /// `nbf` is in the future, beyond the leeway (RFC 7519 §4.1.5).
    #[error("token is not valid before {0} (unix time)")]
    NotYetValid(i64),
    /// `iat` is in the future, beyond the leeway (RFC 7519 §4.1.6).
    #[error("token is issued in the future ({0}, unix time)")]
    IssuedInFuture(i64),
    /// The `aud` claim does not contain the expected audience (RFC 7519 §4.1.3).
    #[error("token audience does not include {0:?}")]
    AudienceMismatch(String),
    /// The token has an `aud` claim but the verifier named no audience; RFC 7519
    /// §4.1.3 says such a token MUST be rejected.
    #[error("token has an audience but none was expected")]
    UnexpectedAudience,
    /// The `iss` claim is absent or not the expected issuer (RFC 7519 §4.1.1).
    #[error("token issuer is not {0:?}")]
    IssuerMismatch(String),
    /// The token is valid but lacks a required scope: a gate answers 403, not 401.
    #[error("token lacks required scope {0:?}")]
    InsufficientScope(String),
    /// The secret is not an `hs256`/`rs256` key.
    #[error("this command cannot use a {0} secret")]
    WrongKeyType(SecretKind),
    /// A key given for import (PEM, JWK) is not a usable key of the expected type.
    #[error("invalid key: {0}")]
    InvalidKey(String),
    /// The stored key could not be loaded (a damaged vault entry).
    #[error("the stored key is unusable")]
    KeyUnusable,
    /// Signing or encryption failed inside the crypto library.
    #[error("cryptographic operation failed")]
    Crypto,
    /// The claims or payload given to sign are not acceptable.
    #[error("invalid claims: {0}")]
    InvalidClaims(String),
    /// A JWE uses an algorithm or feature we refuse (RSA1_5, `zip`, unknown `enc`).
    #[error("unsupported JWE: {0}")]
    JweUnsupported(String),
    /// Every JWE decryption failure after the header checks: one message, so the
    /// error cannot serve as a padding or validity oracle (RFC 7516 §11.5).
    #[error("decryption failed")]
    DecryptFailed,
}

/// The JWS algorithm a secret signs with (RFC 7518 §3.1): the secret decides, never
/// the token.
pub fn algorithm_of(key: &SecretData) -> Result<&'static str, JoseError> {
    match key {
        SecretData::Hs256(_) => Ok("HS256"),
        SecretData::Rs256(_) => Ok("RS256"),
        other => Err(JoseError::WrongKeyType(other.kind())),
    }
}

/// The raw bytes of an HS256 key, zeroized on drop. A key under 32 bytes (which `add`
/// refuses, but a hand-edited vault can hold, down to an empty one) is unusable for
/// signing and verifying alike (RFC 7518 §3.2).
pub(crate) fn hs256_key_bytes(
    k: &crate::secret::Hs256Key,
) -> Result<Zeroizing<Vec<u8>>, JoseError> {
    URL_SAFE_NO_PAD
        .decode(k.key.expose_secret())
        .map(Zeroizing::new)
        .ok()
        .filter(|b| b.len() >= 32)
        .ok_or(JoseError::KeyUnusable)
}

/// HMAC-SHA-256 of `input` under `key` (RFC 7518 §3.2, RFC 2104).
///
/// RustCrypto's `hmac` (already linked for age) rather than josekit/OpenSSL: the first
/// OpenSSL call in a process costs about a millisecond of provider set-up, which would
/// double the run time of `header` and `jws sign` for HS256 keys.
pub(crate) fn hs256_mac(key: &[u8], input: &[u8]) -> hmac::Hmac<sha2::Sha256> {
    use hmac::Mac;
    let mut mac = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(key)
        .expect("HMAC accepts keys of any length");
    mac.update(input);
    mac
}

/// Decodes one segment of a compact serialization, accepting only canonical unpadded
/// base64url (RFC 7515 §2, §C): no padding, no whitespace, no `+`/`/`, and no
/// non-zero trailing bits, so each token has exactly one encoding.
pub fn b64_decode(segment: &str, what: &str) -> Result<Vec<u8>, JoseError> {
    let bytes = URL_SAFE_NO_PAD
        .decode(segment)
        .map_err(|_| JoseError::Malformed(format!("{what} is not canonical base64url")))?;
    // The base64 crate already refuses non-zero trailing bits; re-encoding makes the
    // canonical-form rule explicit and independent of that default.
    if URL_SAFE_NO_PAD.encode(&bytes) != segment {
        return Err(JoseError::Malformed(format!(
            "{what} is not canonical base64url"
        )));
    }
    Ok(bytes)
}

/// Encodes bytes as unpadded base64url.
pub fn b64_encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Parses a JOSE header or claims set: a UTF-8 JSON object with no duplicate member
/// names at any depth (RFC 7515 §5.2 step 4 allows rejecting duplicates; we do, so two
/// parsers can never disagree about which `alg` or `exp` counts).
pub fn parse_json_object(bytes: &[u8]) -> Result<Map<String, Value>, JoseError> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let v = StrictValue::deserialize(&mut de).map_err(|_| JoseError::ClaimsNotJson)?;
    de.end().map_err(|_| JoseError::ClaimsNotJson)?;
    match v.0 {
        Value::Object(m) => Ok(m),
        _ => Err(JoseError::ClaimsNotJson),
    }
}

/// Shortens text taken from a token before it goes into an error message.
pub(crate) fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

/// A `serde_json::Value` whose objects refuse duplicate member names.
struct StrictValue(Value);

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        serde_json::Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("non-finite number"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(StrictValue(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(k) = map.next_key::<String>()? {
            if out.contains_key(&k) {
                return Err(de::Error::custom("duplicate member name"));
            }
            let StrictValue(v) = map.next_value()?;
            out.insert(k, v);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_stored_hs256_keys_are_unusable() {
        let key = |b64: &str| crate::secret::Hs256Key {
            key: crate::secret::SecretValue::new(b64.into()),
        };
        for short in ["", "c2hvcnQ", &URL_SAFE_NO_PAD.encode([7u8; 31])] {
            assert!(matches!(
                hs256_key_bytes(&key(short)),
                Err(JoseError::KeyUnusable)
            ));
        }
        assert_eq!(
            hs256_key_bytes(&key(&URL_SAFE_NO_PAD.encode([7u8; 32])))
                .unwrap()
                .len(),
            32
        );
    }

    #[test]
    fn base64url_must_be_canonical() {
        assert_eq!(b64_decode("eyJ9", "x").unwrap(), b"{\"}");
        // Padding, standard-alphabet characters, whitespace and non-zero trailing bits.
        for bad in ["eyJ9=", "ab+/", "ey J9", "QR", "QUF"] {
            assert!(b64_decode(bad, "x").is_err(), "{bad}");
        }
        assert!(b64_decode("QQ", "x").is_ok());
    }

    #[test]
    fn json_objects_refuse_duplicates() {
        assert!(parse_json_object(br#"{"a":1,"b":{"c":2}}"#).is_ok());
        assert!(parse_json_object(br#"{"a":1,"a":2}"#).is_err());
        assert!(parse_json_object(br#"{"b":{"c":1,"c":1}}"#).is_err());
        assert!(parse_json_object(br#"[1]"#).is_err());
        assert!(parse_json_object(b"{} x").is_err());
        assert!(parse_json_object(b"\xff").is_err());
    }
}
