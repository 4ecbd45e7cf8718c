//! Public key export for `rs256` secrets: PEM, JWK (RFC 7517 §4, RFC 7518 §6.3.1) and
//! JWK Set, with a `kid` that is the RFC 7638 thumbprint of the key.
//!
//! Only public parameters (`n`, `e`) ever leave this module; the private key is never
//! read here. The EC (RFC 7518 §6.2) and OKP (RFC 8037 §2) thumbprints and the JWK member
//! readers shared by `es256` and `ed25519` live here too.

use openssl::sha::sha256;
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use super::{JoseError, b64_encode};
use crate::secret::Rs256KeyPair;

/// What a published JWK is meant for (RFC 7517 §4.2 `use`), which also fixes `alg`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyUse {
    /// Verifying RS256 signatures: `"use":"sig","alg":"RS256"`.
    Sig,
    /// Encrypting to us with RSA-OAEP-256: `"use":"enc","alg":"RSA-OAEP-256"`.
    Enc,
}

/// The RSA public parameters, base64url big-endian without leading zeros (RFC 7518
/// §6.3.1.1–2).
pub(crate) fn public_params(pair: &Rs256KeyPair) -> Result<(String, String), JoseError> {
    let rsa = openssl::rsa::Rsa::public_key_from_pem(pair.public_key.as_bytes())
        .map_err(|_| JoseError::KeyUnusable)?;
    Ok((b64_encode(&rsa.n().to_vec()), b64_encode(&rsa.e().to_vec())))
}

/// The RFC 7638 thumbprint of an RSA public key given as its `n` and `e` members:
/// SHA-256 over `{"e":…,"kty":"RSA","n":…}` with members in lexicographic order and
/// no whitespace (§3.2), base64url-encoded.
pub fn rsa_thumbprint(n: &str, e: &str) -> String {
    // serde_json escapes nothing in base64url text, so the format is exact.
    let canonical = format!(r#"{{"e":"{e}","kty":"RSA","n":"{n}"}}"#);
    b64_encode(&sha256(canonical.as_bytes()))
}

/// The RFC 7638 thumbprint of a P-256 public key given as its `x` and `y` members
/// (§3.2: `crv`, `kty`, `x`, `y` in that order).
pub fn ec_thumbprint(x: &str, y: &str) -> String {
    let canonical = format!(r#"{{"crv":"P-256","kty":"EC","x":"{x}","y":"{y}"}}"#);
    b64_encode(&sha256(canonical.as_bytes()))
}

/// The RFC 7638 thumbprint of an Ed25519 public key given as its `x` member (RFC 8037
/// §2: the required members are `crv`, `kty` and `x`).
pub fn okp_thumbprint(x: &str) -> String {
    let canonical = format!(r#"{{"crv":"Ed25519","kty":"OKP","x":"{x}"}}"#);
    b64_encode(&sha256(canonical.as_bytes()))
}

/// A string member of a JWK, or [`JoseError::InvalidKey`] naming it.
pub(crate) fn str_member<'a>(
    jwk: &'a Map<String, Value>,
    name: &'static str,
) -> Result<Option<&'a str>, JoseError> {
    match jwk.get(name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(JoseError::InvalidKey(format!(
            "JWK member {name:?} is not a string"
        ))),
    }
}

/// Checks `kty` and `crv` of a JWK against the expected ones.
pub(crate) fn expect_type(
    jwk: &Map<String, Value>,
    kty: &'static str,
    crv: &'static str,
) -> Result<(), JoseError> {
    let got_kty = str_member(jwk, "kty")?;
    let got_crv = str_member(jwk, "crv")?;
    if got_kty != Some(kty) || got_crv != Some(crv) {
        return Err(JoseError::InvalidKey(format!(
            "the JWK is not kty {kty:?} with crv {crv:?} (found {:?}, {:?})",
            got_kty.map(super::truncate).unwrap_or_default(),
            got_crv.map(super::truncate).unwrap_or_default()
        )));
    }
    Ok(())
}

/// A base64url member of exactly `len` bytes (RFC 7518 §6.2.1.2, §6.2.2.1; RFC 8037 §2:
/// coordinates and keys have their full fixed length, leading zeros included).
pub(crate) fn fixed_member(
    jwk: &Map<String, Value>,
    name: &'static str,
    len: usize,
) -> Result<Option<Zeroizing<Vec<u8>>>, JoseError> {
    let Some(text) = str_member(jwk, name)? else {
        return Ok(None);
    };
    let bytes = super::b64_decode(text, name)
        .map(Zeroizing::new)
        .map_err(|_| JoseError::InvalidKey(format!("JWK member {name:?} is not base64url")))?;
    if bytes.len() != len {
        return Err(JoseError::InvalidKey(format!(
            "JWK member {name:?} is {} bytes, not {len}",
            bytes.len()
        )));
    }
    Ok(Some(bytes))
}

/// Parses JWK text: one JSON object without duplicate members.
pub fn parse_jwk(text: &[u8]) -> Result<Map<String, Value>, JoseError> {
    super::parse_json_object(text)
        .map_err(|_| JoseError::InvalidKey("the JWK is not a JSON object".into()))
}

/// The `kid` of an `rs256` secret: its RFC 7638 thumbprint.
pub fn key_id(pair: &Rs256KeyPair) -> Result<String, JoseError> {
    let (n, e) = public_params(pair)?;
    Ok(rsa_thumbprint(&n, &e))
}

/// The public JWK of an `rs256` secret, with `kid`; with `key_use`, also `use` and `alg`.
pub fn public_jwk(
    pair: &Rs256KeyPair,
    key_use: Option<KeyUse>,
) -> Result<Map<String, Value>, JoseError> {
    let (n, e) = public_params(pair)?;
    let mut jwk = Map::new();
    jwk.insert("kty".into(), json!("RSA"));
    jwk.insert("kid".into(), json!(rsa_thumbprint(&n, &e)));
    match key_use {
        Some(KeyUse::Sig) => {
            jwk.insert("use".into(), json!("sig"));
            jwk.insert("alg".into(), json!("RS256"));
        }
        Some(KeyUse::Enc) => {
            jwk.insert("use".into(), json!("enc"));
            jwk.insert("alg".into(), json!("RSA-OAEP-256"));
        }
        None => {}
    }
    jwk.insert("n".into(), json!(n));
    jwk.insert("e".into(), json!(e));
    Ok(jwk)
}

/// A JWK Set (RFC 7517 §5) holding the one public key.
pub fn public_jwks(pair: &Rs256KeyPair, key_use: Option<KeyUse>) -> Result<Value, JoseError> {
    Ok(json!({ "keys": [Value::Object(public_jwk(pair, key_use)?)] }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 7638 §3.1: the example RSA key and its published thumbprint.
    #[test]
    fn rfc7638_example_thumbprint() {
        let n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        assert_eq!(
            rsa_thumbprint(n, "AQAB"),
            "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        );
    }
}
