//! Ed25519 keys for JWS `alg: EdDSA` (RFC 8037 §3.1): generation, import from PKCS#8
//! PEM and OKP JWK (RFC 8037 §2), public export as PEM and JWK with the RFC 7638 `kid`,
//! and the raw signature operations.
//!
//! `ed25519-dalek` does the arithmetic (no OpenSSL initialisation in the process).
//! Verification is `verify_strict`: non-canonical and small-order points, which let a
//! signature verify under several keys or messages, are refused. The algorithm is the
//! key's own: nothing here reads a token's `alg`.

use ed25519_dalek::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use super::jwk::{self, KeyUse};
use super::{JoseError, b64_encode};

/// The JWS `alg` of these keys (RFC 8037 §3.1).
pub const ALG: &str = "EdDSA";

/// Bytes of an Ed25519 private key (seed) or public key.
const KEY_BYTES: usize = 32;

/// An Ed25519 private key. `Debug` shows only the `kid`; the seed is zeroized on drop.
#[derive(Clone)]
pub struct Ed25519Key {
    signing: SigningKey,
}

/// An Ed25519 public key.
#[derive(Clone, PartialEq, Eq)]
pub struct Ed25519PublicKey {
    verifying: VerifyingKey,
}

impl std::fmt::Debug for Ed25519Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ed25519Key")
            .field("kid", &self.public_key().thumbprint())
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Ed25519PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ed25519PublicKey")
            .field("kid", &self.thumbprint())
            .finish()
    }
}

impl Ed25519Key {
    /// A new random key from the operating system's generator.
    pub fn generate() -> Self {
        Ed25519Key {
            signing: SigningKey::generate(&mut rand::rngs::OsRng),
        }
    }

    /// The key with the 32-byte private key (seed) `d` (RFC 8032 §5.1.5, RFC 8037 §2).
    pub fn from_private_bytes(d: &[u8]) -> Result<Self, JoseError> {
        let seed: &[u8; KEY_BYTES] = d
            .try_into()
            .map_err(|_| JoseError::InvalidKey("an Ed25519 private key is 32 bytes".into()))?;
        Ok(Ed25519Key {
            signing: SigningKey::from_bytes(seed),
        })
    }

    /// The 32-byte private key (seed), zeroized on drop: the compact form to store.
    pub fn private_bytes(&self) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(self.signing.to_bytes().to_vec())
    }

    /// Imports a PKCS#8 PEM private key (`BEGIN PRIVATE KEY`, what `openssl genpkey
    /// -algorithm ed25519` writes).
    pub fn from_pem(pem: &str) -> Result<Self, JoseError> {
        SigningKey::from_pkcs8_pem(pem.trim())
            .map(|signing| Ed25519Key { signing })
            .map_err(|_| JoseError::InvalidKey("not a PKCS#8 Ed25519 private key".into()))
    }

    /// Imports a private OKP JWK (`kty` OKP, `crv` Ed25519, `d`, `x`); `x` must be the
    /// public key of `d`.
    pub fn from_jwk(jwk: &Map<String, Value>) -> Result<Self, JoseError> {
        let public = Ed25519PublicKey::from_jwk(jwk)?;
        let d = jwk::fixed_member(jwk, "d", KEY_BYTES)?.ok_or_else(|| {
            JoseError::InvalidKey("the JWK has no \"d\": it is a public key".into())
        })?;
        let key = Self::from_private_bytes(&d)?;
        if key.public_key() != public {
            return Err(JoseError::InvalidKey(
                "the JWK's \"x\" is not the public key of its \"d\"".into(),
            ));
        }
        Ok(key)
    }

    /// The private key as PKCS#8 v1 PEM (RFC 8410 §7, without the optional public key:
    /// the form `openssl genpkey` writes and every reader, josekit included, accepts),
    /// zeroized on drop.
    pub fn to_pkcs8_pem(&self) -> Result<Zeroizing<String>, JoseError> {
        ed25519_dalek::pkcs8::KeypairBytes {
            secret_key: self.signing.to_bytes(),
            public_key: None,
        }
        .to_pkcs8_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
        .map_err(|_| JoseError::Crypto)
    }

    /// The public half.
    pub fn public_key(&self) -> Ed25519PublicKey {
        Ed25519PublicKey {
            verifying: self.signing.verifying_key(),
        }
    }

    /// The JWS signature of `input`, 64 bytes (RFC 8032 §5.1.6; deterministic).
    pub fn sign(&self, input: &[u8]) -> Vec<u8> {
        self.signing.sign(input).to_bytes().to_vec()
    }
}

impl Ed25519PublicKey {
    /// Checks a public key: small-order (weak) keys are refused.
    fn checked(verifying: VerifyingKey) -> Result<Self, JoseError> {
        if verifying.is_weak() {
            return Err(JoseError::InvalidKey(
                "the Ed25519 public key is a small-order point".into(),
            ));
        }
        Ok(Ed25519PublicKey { verifying })
    }

    /// Imports an SPKI PEM public key (`BEGIN PUBLIC KEY`) of type Ed25519.
    pub fn from_pem(pem: &str) -> Result<Self, JoseError> {
        let verifying = VerifyingKey::from_public_key_pem(pem.trim())
            .map_err(|_| JoseError::InvalidKey("not an Ed25519 public key in SPKI PEM".into()))?;
        Self::checked(verifying)
    }

    /// Imports the public part of an OKP JWK (`kty` OKP, `crv` Ed25519, `x`).
    pub fn from_jwk(jwk: &Map<String, Value>) -> Result<Self, JoseError> {
        jwk::expect_type(jwk, "OKP", "Ed25519")?;
        let x = jwk::fixed_member(jwk, "x", KEY_BYTES)?
            .ok_or_else(|| JoseError::InvalidKey("the JWK has no \"x\"".into()))?;
        let bytes: &[u8; KEY_BYTES] = x.as_slice().try_into().map_err(|_| JoseError::Crypto)?;
        let verifying = VerifyingKey::from_bytes(bytes)
            .map_err(|_| JoseError::InvalidKey("the JWK's \"x\" is not an Ed25519 point".into()))?;
        Self::checked(verifying)
    }

    /// The key as SPKI PEM (`BEGIN PUBLIC KEY`).
    pub fn to_pem(&self) -> Result<String, JoseError> {
        self.verifying
            .to_public_key_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
            .map_err(|_| JoseError::Crypto)
    }

    /// The RFC 7638 thumbprint (RFC 8037 §2 members), used as `kid`.
    pub fn thumbprint(&self) -> String {
        jwk::okp_thumbprint(&b64_encode(self.verifying.as_bytes()))
    }

    /// The minimal public JWK (`kty`, `crv`, `x`), as embedded in a DPoP proof header.
    pub fn minimal_jwk(&self) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert("kty".into(), json!("OKP"));
        m.insert("crv".into(), json!("Ed25519"));
        m.insert("x".into(), json!(b64_encode(self.verifying.as_bytes())));
        m
    }

    /// The public JWK to publish, with `kid` and, for [`KeyUse::Sig`], `use: sig` and
    /// `alg: EdDSA`. Ed25519 keys do not encrypt: `Enc` is refused.
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
                    "an Ed25519 key is for signatures only".into(),
                ));
            }
            None => {}
        }
        Ok(m)
    }

    /// Checks a 64-byte signature over `input` with the strict rules.
    pub fn verify(&self, input: &[u8], signature: &[u8]) -> Result<(), JoseError> {
        let sig = Signature::from_slice(signature).map_err(|_| JoseError::SignatureInvalid)?;
        self.verifying
            .verify_strict(input, &sig)
            .map_err(|_| JoseError::SignatureInvalid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 8037 Appendix A.1: the private key.
    const A1_JWK: &str = r#"{"kty":"OKP","crv":"Ed25519",
        "d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",
        "x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#;

    fn a1() -> Ed25519Key {
        Ed25519Key::from_jwk(&jwk::parse_jwk(A1_JWK.as_bytes()).unwrap()).unwrap()
    }

    /// RFC 8037 A.2 (public key), A.3 (thumbprint), A.4 (signing, byte-exact) and A.5
    /// (verification).
    #[test]
    fn rfc8037_a1_to_a5() {
        let key = a1();
        let public = key.public_key();
        assert_eq!(
            Value::Object(public.minimal_jwk()),
            json!({"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})
        );
        assert_eq!(
            public.thumbprint(),
            "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
        );
        let input = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
        let sig = key.sign(input.as_bytes());
        let expected = "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";
        assert_eq!(b64_encode(&sig), expected);
        public.verify(input.as_bytes(), &sig).unwrap();
        assert!(public.verify(b"eyJhbGciOiJFZERTQSJ9.x", &sig).is_err());
        assert!(public.verify(input.as_bytes(), &sig[..63]).is_err());
    }

    #[test]
    fn pem_and_jwk_round_trips() {
        let key = Ed25519Key::generate();
        let pem = key.to_pkcs8_pem().unwrap();
        assert_eq!(
            Ed25519Key::from_pem(&pem).unwrap().private_bytes(),
            key.private_bytes()
        );
        // OpenSSL (through josekit) reads it and signs exactly as we do (Ed25519 is
        // deterministic).
        use josekit::jws::JwsSigner;
        let openssl = josekit::jws::EdDSA.signer_from_pem(pem.as_bytes()).unwrap();
        assert_eq!(openssl.sign(b"x").unwrap(), key.sign(b"x"));
        let public_pem = key.public_key().to_pem().unwrap();
        assert_eq!(
            Ed25519PublicKey::from_pem(&public_pem).unwrap(),
            key.public_key()
        );
        let jwk = key.public_key().jwk(Some(KeyUse::Sig)).unwrap();
        assert_eq!(jwk["alg"], json!("EdDSA"));
        assert_eq!(Ed25519PublicKey::from_jwk(&jwk).unwrap(), key.public_key());
        assert!(!format!("{key:?}").contains(&b64_encode(&key.private_bytes())));
    }

    #[test]
    fn bad_keys_are_refused() {
        let good = jwk::parse_jwk(A1_JWK.as_bytes()).unwrap();
        let with = |k: &str, v: Value| {
            let mut m = good.clone();
            m.insert(k.into(), v);
            m
        };
        // The identity point (small order) and a wrong curve, type, length or pairing.
        let mut identity = [0u8; 32];
        identity[0] = 1;
        for bad in [
            with("crv", json!("X25519")),
            with("kty", json!("EC")),
            with("x", json!(b64_encode(&identity))),
            with("x", json!("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHUR")),
            with(
                "d",
                json!(b64_encode(&Ed25519Key::generate().private_bytes())),
            ),
            with("d", json!(b64_encode(&[1u8; 33]))),
        ] {
            assert!(
                matches!(Ed25519Key::from_jwk(&bad), Err(JoseError::InvalidKey(_))),
                "{bad:?}"
            );
        }
        let es = crate::jose::es256::Es256Key::generate()
            .to_pkcs8_pem()
            .unwrap();
        assert!(Ed25519Key::from_pem(&es).is_err());
    }
}
