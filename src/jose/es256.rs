//! ES256 keys (RFC 7518 §3.4: ECDSA with P-256 and SHA-256): generation, import from
//! PEM (PKCS#8 or SEC1) and JWK, public export as PEM and JWK with the RFC 7638 `kid`,
//! and the raw signature operations.
//!
//! RustCrypto's `p256` does the arithmetic rather than josekit/OpenSSL: it needs no
//! library initialisation, which is most of what a one-shot process spends on a
//! signature (figures in `benches/jose.rs` and the issue 12 notes). Signatures are the
//! fixed 64-byte `R || S` of RFC 7518 §3.4, never ASN.1 DER; signing is deterministic
//! (RFC 6979). The algorithm is the key's own: nothing here reads a token's `alg`.

use p256::ecdsa::signature::{Signer as _, Verifier as _};
use p256::ecdsa::{Signature, SigningKey, VerifyingKey};
use p256::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use super::jwk::{self, KeyUse};
use super::{JoseError, b64_encode};

/// The JWS `alg` of these keys.
pub const ALG: &str = "ES256";

/// Bytes of a P-256 scalar or coordinate.
const FIELD_BYTES: usize = 32;

/// An ES256 private key. `Debug` shows only the `kid`; the scalar is zeroized on drop
/// (p256's `SigningKey` is `ZeroizeOnDrop`).
#[derive(Clone)]
pub struct Es256Key {
    signing: SigningKey,
}

/// An ES256 public key.
#[derive(Clone, PartialEq, Eq)]
pub struct Es256PublicKey {
    verifying: VerifyingKey,
}

impl std::fmt::Debug for Es256Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Es256Key")
            .field("kid", &self.public_key().thumbprint())
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Es256PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Es256PublicKey")
            .field("kid", &self.thumbprint())
            .finish()
    }
}

impl Es256Key {
    /// A new random key from the operating system's generator.
    pub fn generate() -> Self {
        Es256Key {
            signing: SigningKey::random(&mut rand::rngs::OsRng),
        }
    }

    /// The key whose private scalar is `d`, 32 bytes big-endian (RFC 7518 §6.2.2.1);
    /// zero and values not below the group order are refused.
    pub fn from_private_bytes(d: &[u8]) -> Result<Self, JoseError> {
        if d.len() != FIELD_BYTES {
            return Err(JoseError::InvalidKey(
                "a P-256 private key is 32 bytes".into(),
            ));
        }
        SigningKey::from_slice(d)
            .map(|signing| Es256Key { signing })
            .map_err(|_| JoseError::InvalidKey("the P-256 scalar is out of range".into()))
    }

    /// The private scalar, 32 bytes big-endian, zeroized on drop: the compact form to
    /// store, loaded again without any parsing by [`Self::from_private_bytes`].
    pub fn private_bytes(&self) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(self.signing.to_bytes().to_vec())
    }

    /// Imports a private key from PEM: PKCS#8 (`BEGIN PRIVATE KEY`) or SEC1
    /// (`BEGIN EC PRIVATE KEY`, what `openssl ecparam -genkey` writes), on P-256 only.
    pub fn from_pem(pem: &str) -> Result<Self, JoseError> {
        let pem = pem.trim();
        let secret = if pem.starts_with("-----BEGIN EC PRIVATE KEY-----") {
            p256::SecretKey::from_sec1_pem(pem).map_err(|_| {
                JoseError::InvalidKey("not a SEC1 private key on the P-256 curve".into())
            })?
        } else if pem.starts_with("-----BEGIN PRIVATE KEY-----") {
            p256::SecretKey::from_pkcs8_pem(pem).map_err(|_| {
                JoseError::InvalidKey("not a PKCS#8 private key on the P-256 curve".into())
            })?
        } else {
            return Err(JoseError::InvalidKey(
                "expected a PEM private key (BEGIN PRIVATE KEY or BEGIN EC PRIVATE KEY)".into(),
            ));
        };
        Ok(Es256Key {
            signing: SigningKey::from(secret),
        })
    }

    /// Imports a private JWK (`kty` EC, `crv` P-256, `d`, `x`, `y`); `x` and `y` must be
    /// the public point of `d`, so a spliced key is refused.
    pub fn from_jwk(jwk: &Map<String, Value>) -> Result<Self, JoseError> {
        let public = Es256PublicKey::from_jwk(jwk)?;
        let d = jwk::fixed_member(jwk, "d", FIELD_BYTES)?.ok_or_else(|| {
            JoseError::InvalidKey("the JWK has no \"d\": it is a public key".into())
        })?;
        let key = Self::from_private_bytes(&d)?;
        if key.public_key() != public {
            return Err(JoseError::InvalidKey(
                "the JWK's \"x\"/\"y\" are not the public key of its \"d\"".into(),
            ));
        }
        Ok(key)
    }

    /// The private key as PKCS#8 PEM, zeroized on drop (for export to other tools).
    pub fn to_pkcs8_pem(&self) -> Result<Zeroizing<String>, JoseError> {
        p256::SecretKey::from(&self.signing)
            .to_pkcs8_pem(p256::pkcs8::LineEnding::LF)
            .map_err(|_| JoseError::Crypto)
    }

    /// The public half.
    pub fn public_key(&self) -> Es256PublicKey {
        Es256PublicKey {
            verifying: *self.signing.verifying_key(),
        }
    }

    /// The JWS signature of `input`: `R || S`, 64 bytes (RFC 7518 §3.4).
    pub fn sign(&self, input: &[u8]) -> Vec<u8> {
        let sig: Signature = self.signing.sign(input);
        sig.to_bytes().to_vec()
    }
}

impl Es256PublicKey {
    /// Imports an SPKI PEM public key (`BEGIN PUBLIC KEY`) on P-256.
    pub fn from_pem(pem: &str) -> Result<Self, JoseError> {
        VerifyingKey::from_public_key_pem(pem.trim())
            .map(|verifying| Es256PublicKey { verifying })
            .map_err(|_| JoseError::InvalidKey("not a P-256 public key in SPKI PEM".into()))
    }

    /// Imports the public part of a JWK (`kty` EC, `crv` P-256, `x`, `y`); the point must
    /// be on the curve (RFC 7518 §6.2.1, and the invalid-curve attacks it prevents).
    pub fn from_jwk(jwk: &Map<String, Value>) -> Result<Self, JoseError> {
        jwk::expect_type(jwk, "EC", "P-256")?;
        let missing = |m: &str| JoseError::InvalidKey(format!("the JWK has no {m:?}"));
        let x = jwk::fixed_member(jwk, "x", FIELD_BYTES)?.ok_or_else(|| missing("x"))?;
        let y = jwk::fixed_member(jwk, "y", FIELD_BYTES)?.ok_or_else(|| missing("y"))?;
        let point = p256::EncodedPoint::from_affine_coordinates(
            p256::FieldBytes::from_slice(&x),
            p256::FieldBytes::from_slice(&y),
            false,
        );
        VerifyingKey::from_encoded_point(&point)
            .map(|verifying| Es256PublicKey { verifying })
            .map_err(|_| JoseError::InvalidKey("the JWK's point is not on P-256".into()))
    }

    /// The key as SPKI PEM (`BEGIN PUBLIC KEY`).
    pub fn to_pem(&self) -> Result<String, JoseError> {
        self.verifying
            .to_public_key_pem(p256::pkcs8::LineEnding::LF)
            .map_err(|_| JoseError::Crypto)
    }

    /// `x` and `y`, base64url of the 32-byte big-endian coordinates.
    fn coordinates(&self) -> (String, String) {
        let point = self.verifying.to_encoded_point(false);
        // An uncompressed, non-identity point always has both coordinates.
        let x = point.x().map(|x| b64_encode(x)).unwrap_or_default();
        let y = point.y().map(|y| b64_encode(y)).unwrap_or_default();
        (x, y)
    }

    /// The RFC 7638 thumbprint, used as `kid`.
    pub fn thumbprint(&self) -> String {
        let (x, y) = self.coordinates();
        jwk::ec_thumbprint(&x, &y)
    }

    /// The minimal public JWK (`kty`, `crv`, `x`, `y`), as embedded in a DPoP proof
    /// header (RFC 9449 §4.2).
    pub fn minimal_jwk(&self) -> Map<String, Value> {
        let (x, y) = self.coordinates();
        let mut m = Map::new();
        m.insert("kty".into(), json!("EC"));
        m.insert("crv".into(), json!("P-256"));
        m.insert("x".into(), json!(x));
        m.insert("y".into(), json!(y));
        m
    }

    /// The public JWK to publish, with `kid` = thumbprint and, for [`KeyUse::Sig`],
    /// `use: sig` and `alg: ES256`. ES256 keys do not encrypt: `Enc` is refused.
    pub fn jwk(&self, key_use: Option<KeyUse>) -> Result<Map<String, Value>, JoseError> {
        let mut m = self.minimal_jwk();
        m.insert("kid".into(), json!(self.thumbprint()));
        match key_use {
            Some(KeyUse::Sig) => {
                m.insert("use".into(), json!("sig"));
                m.insert("alg".into(), json!(ALG));
            }
            Some(KeyUse::Enc) => {
                return Err(JoseError::InvalidKey(
                    "an ES256 key is for signatures only".into(),
                ));
            }
            None => {}
        }
        Ok(m)
    }

    /// Checks a JWS signature over `input`: exactly 64 bytes `R || S` (a DER signature
    /// is refused, RFC 7518 §3.4), `R` and `S` in range.
    pub fn verify(&self, input: &[u8], signature: &[u8]) -> Result<(), JoseError> {
        let sig = Signature::from_slice(signature).map_err(|_| JoseError::SignatureInvalid)?;
        self.verifying
            .verify(input, &sig)
            .map_err(|_| JoseError::SignatureInvalid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key of RFC 7515 Appendix A.3.1.
    const A3_JWK: &str = r#"{"kty":"EC","crv":"P-256",
        "x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
        "y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
        "d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}"#;

    fn a3() -> Es256Key {
        Es256Key::from_jwk(&jwk::parse_jwk(A3_JWK.as_bytes()).unwrap()).unwrap()
    }

    /// RFC 7515 A.3: ECDSA signatures are randomised in the RFC, so the vector is a
    /// verification vector; our own signatures must verify too and be raw R||S.
    #[test]
    fn rfc7515_a3_verifies() {
        let jws = include_str!("../../tests/fixtures/jose/rfc7515-a3.jws").trim_end();
        let parts: Vec<&str> = jws.split('.').collect();
        let input = &jws.as_bytes()[..parts[0].len() + 1 + parts[1].len()];
        let sig = super::super::b64_decode(parts[2], "s").unwrap();
        let public = a3().public_key();
        public.verify(input, &sig).unwrap();
        let mut bad = sig.clone();
        bad[10] ^= 1;
        assert_eq!(public.verify(input, &bad), Err(JoseError::SignatureInvalid));
        let ours = a3().sign(b"abc");
        assert_eq!(ours.len(), 64);
        public.verify(b"abc", &ours).unwrap();
        assert!(public.verify(b"abd", &ours).is_err());
    }

    #[test]
    fn der_signatures_are_refused() {
        let key = Es256Key::generate();
        let raw = key.sign(b"msg");
        let der = Signature::from_slice(&raw).unwrap().to_der();
        assert_ne!(der.as_bytes().len(), 64);
        assert_eq!(
            key.public_key().verify(b"msg", der.as_bytes()),
            Err(JoseError::SignatureInvalid)
        );
        for len in [0, 63, 65, 128] {
            assert!(key.public_key().verify(b"msg", &vec![1u8; len]).is_err());
        }
    }

    #[test]
    fn pem_and_jwk_round_trips() {
        let key = Es256Key::generate();
        let pkcs8 = key.to_pkcs8_pem().unwrap();
        assert!(pkcs8.starts_with("-----BEGIN PRIVATE KEY-----"));
        let again = Es256Key::from_pem(&pkcs8).unwrap();
        assert_eq!(again.private_bytes(), key.private_bytes());
        let sec1 = p256::SecretKey::from_slice(&key.private_bytes())
            .unwrap()
            .to_sec1_pem(p256::pkcs8::LineEnding::LF)
            .unwrap();
        assert_eq!(
            Es256Key::from_pem(&sec1).unwrap().private_bytes(),
            key.private_bytes()
        );
        let public_pem = key.public_key().to_pem().unwrap();
        assert_eq!(
            Es256PublicKey::from_pem(&public_pem).unwrap(),
            key.public_key()
        );
        let jwk = key.public_key().jwk(Some(KeyUse::Sig)).unwrap();
        assert_eq!(jwk["alg"], json!("ES256"));
        assert_eq!(jwk["kid"], json!(key.public_key().thumbprint()));
        assert_eq!(Es256PublicKey::from_jwk(&jwk).unwrap(), key.public_key());
        assert!(key.public_key().jwk(Some(KeyUse::Enc)).is_err());
        assert!(!format!("{key:?}").contains(&b64_encode(&key.private_bytes())));
    }

    #[test]
    fn bad_keys_are_refused() {
        let good = jwk::parse_jwk(A3_JWK.as_bytes()).unwrap();
        let with = |k: &str, v: Value| {
            let mut m = good.clone();
            m.insert(k.into(), v);
            m
        };
        let other_d = b64_encode(&Es256Key::generate().private_bytes());
        for bad in [
            with("crv", json!("P-384")),
            with("kty", json!("RSA")),
            with("x", json!("f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVE")),
            with("y", json!(b64_encode(&[0u8; 32]))),
            with("d", json!(other_d)),
            with("d", json!(b64_encode(&[0u8; 32]))),
            with("d", json!(b64_encode(&[0xffu8; 32]))),
            with("x", json!(7)),
        ] {
            assert!(
                matches!(Es256Key::from_jwk(&bad), Err(JoseError::InvalidKey(_))),
                "{bad:?}"
            );
        }
        let mut public_only = good.clone();
        public_only.remove("d");
        assert!(Es256Key::from_jwk(&public_only).is_err());
        assert!(Es256PublicKey::from_jwk(&public_only).is_ok());
        let rsa = include_str!("../../tests/fixtures/jose/rfc7515-a2-private.pem");
        for pem in [
            rsa,
            "",
            "-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----",
        ] {
            assert!(Es256Key::from_pem(pem).is_err());
        }
        assert!(Es256Key::from_private_bytes(&[1u8; 31]).is_err());
    }
}
