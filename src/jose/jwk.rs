//! Public key export for `rs256` secrets: PEM, JWK (RFC 7517 §4, RFC 7518 §6.3.1) and
//! JWK Set, with a `kid` that is the RFC 7638 thumbprint of the key.
//!
//! Only public parameters (`n`, `e`) ever leave this module; the private key is never
//! read here.

use openssl::sha::sha256;
use serde_json::{Map, Value, json};

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
fn public_params(pair: &Rs256KeyPair) -> Result<(String, String), JoseError> {
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
