//! Compact JWS signing (RFC 7515 §7.1) and JWT claims building (RFC 7519 §4.1) with an
//! `hs256`, `rs256`, `es256` or `ed25519` key.
//!
//! The algorithm is the key's own. Asymmetric headers carry `kid` = the RFC 7638
//! thumbprint of the public key, so verifiers holding our JWKS can pick the key.

use josekit::jws::JwsSigner;
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use super::ed25519::Ed25519Key;
use super::es256::Es256Key;
use super::{JoseError, algorithm_of, b64_encode, jwk};
use crate::secret::SecretData;

/// A key loaded once for signing many times (the benchmark, long-running callers).
pub struct SigningKey {
    alg: &'static str,
    kid: Option<String>,
    /// The minimal public JWK of an asymmetric key (RFC 9449 §4.2 `jwk`).
    public_jwk: Option<Map<String, Value>>,
    signer: Signer,
}

enum Signer {
    Hs256(Zeroizing<Vec<u8>>),
    Rs256(josekit::jws::alg::rsassa::RsassaJwsSigner),
    Es256(Es256Key),
    Ed25519(Ed25519Key),
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("alg", &self.alg)
            .field("kid", &self.kid)
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// Loads the signing key of an `hs256` or `rs256` secret.
    pub fn new(key: &SecretData) -> Result<Self, JoseError> {
        let alg = algorithm_of(key)?;
        match key {
            SecretData::Hs256(k) => Ok(SigningKey {
                alg,
                kid: None,
                public_jwk: None,
                signer: Signer::Hs256(super::hs256_key_bytes(k)?),
            }),
            SecretData::Rs256(k) => {
                let signer = josekit::jws::RS256
                    .signer_from_pem(k.private_key.expose_secret().as_bytes())
                    .map_err(|_| JoseError::KeyUnusable)?;
                let (n, e) = jwk::public_params(k)?;
                let mut public = Map::new();
                public.insert("kty".into(), json!("RSA"));
                public.insert("n".into(), json!(n));
                public.insert("e".into(), json!(e));
                Ok(SigningKey {
                    alg,
                    kid: Some(jwk::rsa_thumbprint(&n, &e)),
                    public_jwk: Some(public),
                    signer: Signer::Rs256(signer),
                })
            }
            other => Err(JoseError::WrongKeyType(other.kind())),
        }
    }

    /// An ES256 signing key (RFC 7518 §3.4).
    pub fn es256(key: Es256Key) -> Self {
        let public = key.public_key();
        SigningKey {
            alg: super::es256::ALG,
            kid: Some(public.thumbprint()),
            public_jwk: Some(public.minimal_jwk()),
            signer: Signer::Es256(key),
        }
    }

    /// An EdDSA signing key with Ed25519 (RFC 8037 §3.1).
    pub fn ed25519(key: Ed25519Key) -> Self {
        let public = key.public_key();
        SigningKey {
            alg: super::ed25519::ALG,
            kid: Some(public.thumbprint()),
            public_jwk: Some(public.minimal_jwk()),
            signer: Signer::Ed25519(key),
        }
    }

    /// The RFC 7638 thumbprint of an asymmetric key's public half; `None` for HS256.
    pub fn key_id(&self) -> Option<&str> {
        self.kid.as_deref()
    }

    /// The public key as a minimal JWK (required members only, no `kid`): what a DPoP
    /// proof embeds (RFC 9449 §4.2). `None` for HS256, which has no public half.
    pub fn public_jwk(&self) -> Option<&Map<String, Value>> {
        self.public_jwk.as_ref()
    }

    /// The JWS `alg` of this key.
    pub fn algorithm(&self) -> &'static str {
        self.alg
    }

    /// Signs the exact protected-header and payload bytes given; returns the compact
    /// serialization `BASE64URL(header).BASE64URL(payload).BASE64URL(signature)`.
    ///
    /// The caller vouches that `header` is a JSON object whose `alg` is
    /// [`Self::algorithm`]; used for the RFC 7515 Appendix A vectors.
    pub fn sign_raw(&self, header: &[u8], payload: &[u8]) -> Result<String, JoseError> {
        let mut out = b64_encode(header);
        out.push('.');
        out.push_str(&b64_encode(payload));
        let sig = match &self.signer {
            Signer::Hs256(key) => {
                use hmac::Mac;
                super::hs256_mac(key, out.as_bytes())
                    .finalize()
                    .into_bytes()
                    .to_vec()
            }
            Signer::Rs256(s) => s.sign(out.as_bytes()).map_err(|_| JoseError::Crypto)?,
            Signer::Es256(k) => k.sign(out.as_bytes()),
            Signer::Ed25519(k) => k.sign(out.as_bytes()),
        };
        out.push('.');
        out.push_str(&b64_encode(&sig));
        Ok(out)
    }

    /// Signs `payload` under a header of `alg`, `kid` (asymmetric keys) and `typ` when
    /// given.
    pub fn sign(&self, payload: &[u8], typ: Option<&str>) -> Result<String, JoseError> {
        let mut header = Map::new();
        header.insert("alg".into(), json!(self.alg));
        if let Some(kid) = &self.kid {
            header.insert("kid".into(), json!(kid));
        }
        if let Some(typ) = typ {
            header.insert("typ".into(), json!(typ));
        }
        let header = serde_json::to_vec(&header).map_err(|_| JoseError::Crypto)?;
        self.sign_raw(&header, payload)
    }

    /// Signs a JWT claims set (`typ: JWT`, RFC 7519 §5.1).
    pub fn sign_jwt(&self, claims: &Map<String, Value>) -> Result<String, JoseError> {
        let payload = serde_json::to_vec(claims).map_err(|_| JoseError::Crypto)?;
        self.sign(&payload, Some("JWT"))
    }
}

/// What a new JWT says, resolved from the command line (times are absolute here).
#[derive(Debug, Clone, Default)]
pub struct ClaimsSpec {
    /// `iss`.
    pub iss: Option<String>,
    /// `sub`.
    pub sub: Option<String>,
    /// `aud`: one value is written as a string, several as an array (RFC 7519 §4.1.3).
    pub aud: Vec<String>,
    /// `exp`, Unix seconds.
    pub exp: Option<i64>,
    /// `nbf`, Unix seconds.
    pub nbf: Option<i64>,
    /// `iat`, Unix seconds.
    pub iat: Option<i64>,
    /// `jti`.
    pub jti: Option<String>,
    /// Scope tokens, written space-separated into `scope` (RFC 8693 §4.2).
    pub scopes: Vec<String>,
    /// Further claims (`--claims-json` first, then each `--claim`).
    pub extra: Vec<(String, Value)>,
}

/// Registered claims whose JSON type we enforce when they come in as free claims.
const NUMERIC_DATES: [&str; 3] = ["exp", "nbf", "iat"];

/// Builds the claims object; a claim set twice (by a flag and `--claim`, or twice by
/// `--claim`) is refused rather than silently overwritten.
pub fn build_claims(spec: &ClaimsSpec) -> Result<Map<String, Value>, JoseError> {
    let mut claims = Map::new();
    let mut put = |k: &str, v: Value| -> Result<(), JoseError> {
        if claims.contains_key(k) {
            return Err(JoseError::InvalidClaims(format!(
                "claim {k:?} is given twice"
            )));
        }
        claims.insert(k.to_string(), v);
        Ok(())
    };
    for (k, v) in [("iss", &spec.iss), ("sub", &spec.sub), ("jti", &spec.jti)] {
        if let Some(v) = v {
            put(k, json!(v))?;
        }
    }
    match spec.aud.as_slice() {
        [] => {}
        [one] => put("aud", json!(one))?,
        many => put("aud", json!(many))?,
    }
    for (k, v) in [("exp", spec.exp), ("nbf", spec.nbf), ("iat", spec.iat)] {
        if let Some(v) = v {
            put(k, json!(v))?;
        }
    }
    if !spec.scopes.is_empty() {
        for s in &spec.scopes {
            // RFC 6749 §3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).
            if s.is_empty()
                || !s
                    .bytes()
                    .all(|b| b == 0x21 || (0x23..=0x7e).contains(&b) && b != 0x5c)
            {
                return Err(JoseError::InvalidClaims(format!(
                    "scope {:?} is not a scope token (no spaces, quotes or backslashes)",
                    super::truncate(s)
                )));
            }
        }
        put("scope", json!(spec.scopes.join(" ")))?;
    }
    for (k, v) in &spec.extra {
        if NUMERIC_DATES.contains(&k.as_str()) && !v.is_number() {
            return Err(JoseError::InvalidClaims(format!(
                "claim {k:?} must be a number"
            )));
        }
        put(k, v.clone())?;
    }
    Ok(claims)
}

/// Signs a JWT with claims built from `spec`.
pub fn sign_jwt(key: &SecretData, spec: &ClaimsSpec) -> Result<String, JoseError> {
    SigningKey::new(key)?.sign_jwt(&build_claims(spec)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jose::verify::{VerifyPolicy, verify_jwt};
    use crate::secret::{Hs256Key, SecretValue};

    /// RFC 7515 Appendix A.1: the JWS Protected Header, exactly as its octets are given
    /// (with CRLF line breaks), the payload, and the HMAC key from the JWK `k`.
    #[test]
    fn rfc7515_a1_hs256_byte_for_byte() {
        let key = SecretData::Hs256(Hs256Key {
            key: SecretValue::new(
                "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow".into(),
            ),
        });
        let header = b"{\"typ\":\"JWT\",\r\n \"alg\":\"HS256\"}";
        let payload =
            b"{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
        let jws = SigningKey::new(&key)
            .unwrap()
            .sign_raw(header, payload)
            .unwrap();
        assert_eq!(
            jws,
            "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9\
             .eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ\
             .dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
        );
        let claims = verify_jwt(&key, &jws, &VerifyPolicy::at(1300819300)).unwrap();
        assert_eq!(claims["iss"], json!("joe"));
    }

    /// RFC 7515 Appendix A.2: RSASSA-PKCS1-v1_5 is deterministic, so signing the RFC's
    /// header and payload octets with its published key reproduces its JWS exactly.
    #[test]
    fn rfc7515_a2_rs256_byte_for_byte() {
        let pem = include_str!("../../tests/fixtures/jose/rfc7515-a2-private.pem");
        let key = SecretData::Rs256(crate::secret::rs256_from_pem(pem.as_bytes()).unwrap());
        let payload =
            b"{\"iss\":\"joe\",\r\n \"exp\":1300819380,\r\n \"http://example.com/is_root\":true}";
        let jws = SigningKey::new(&key)
            .unwrap()
            .sign_raw(br#"{"alg":"RS256"}"#, payload)
            .unwrap();
        let expected = include_str!("../../tests/fixtures/jose/rfc7515-a2.jws").trim_end();
        assert_eq!(jws, expected);
        assert!(verify_jwt(&key, expected, &VerifyPolicy::at(1300819300)).is_ok());
        // Our own tokens carry kid = the RFC 7638 thumbprint (jwcrypto agrees on it).
        let ours = SigningKey::new(&key).unwrap().sign(b"{}", None).unwrap();
        let header = crate::jose::b64_decode(ours.split('.').next().unwrap(), "h").unwrap();
        assert_eq!(
            header,
            br#"{"alg":"RS256","kid":"IsUn6_e04MaShXFIISMp4kG62LWzMIPy_MvSA5pJgX8"}"#
        );
    }

    /// RFC 8037 A.4 through the JWS layer (byte-exact) and RFC 7515 A.3 (ES256 verify),
    /// with the algorithm fixed by the key type whatever the token says.
    #[test]
    fn es256_and_eddsa_through_the_jws_layer() {
        use crate::jose::ed25519::Ed25519Key;
        use crate::jose::es256::Es256Key;
        use crate::jose::jwk::parse_jwk;
        use crate::jose::verify::VerifyingKey;

        let ed = Ed25519Key::from_jwk(
            &parse_jwk(br#"{"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}"#).unwrap(),
        )
        .unwrap();
        let ed_verifier = VerifyingKey::ed25519(ed.public_key());
        let signer = SigningKey::ed25519(ed);
        assert_eq!(
            signer
                .sign_raw(br#"{"alg":"EdDSA"}"#, b"Example of Ed25519 signing")
                .unwrap(),
            "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg"
        );
        assert_eq!(
            signer.key_id(),
            Some("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k")
        );
        assert_eq!(signer.public_jwk().unwrap().len(), 3);

        let es = Es256Key::from_jwk(
            &parse_jwk(br#"{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}"#).unwrap(),
        )
        .unwrap();
        let es_verifier = VerifyingKey::es256(es.public_key());
        let a3 = include_str!("../../tests/fixtures/jose/rfc7515-a3.jws").trim_end();
        let claims = es_verifier
            .verify_jwt(a3, &VerifyPolicy::at(1300819300))
            .unwrap();
        assert_eq!(claims["iss"], json!("joe"));

        let mut claims = Map::new();
        claims.insert("exp".into(), json!(2000));
        let es_signer = SigningKey::es256(es);
        let es_token = es_signer.sign_jwt(&claims).unwrap();
        let ed_token = signer.sign_jwt(&claims).unwrap();
        let p = VerifyPolicy::at(1000);
        assert!(es_verifier.verify_jwt(&es_token, &p).is_ok());
        assert!(ed_verifier.verify_jwt(&ed_token, &p).is_ok());
        // Cross-algorithm and relabelled tokens: the key decides, never the header.
        assert!(matches!(
            es_verifier.verify_jwt(&ed_token, &p),
            Err(JoseError::AlgorithmMismatch { .. })
        ));
        assert!(matches!(
            ed_verifier.verify_jwt(&es_token, &p),
            Err(JoseError::AlgorithmMismatch { .. })
        ));
        let ed_sig = ed_token.rsplit('.').next().unwrap();
        let relabelled = format!(
            "{}.{}.{ed_sig}",
            b64_encode(br#"{"alg":"ES256"}"#),
            b64_encode(br#"{"exp":2000}"#)
        );
        assert!(es_verifier.verify_jwt(&relabelled, &p).is_err());
        let none = format!(
            "{}.{}.",
            b64_encode(br#"{"alg":"none"}"#),
            b64_encode(b"{}")
        );
        assert_eq!(es_verifier.verify_jwt(&none, &p), Err(JoseError::AlgNone));
    }

    #[test]
    fn claims_are_built_and_conflicts_refused() {
        let spec = ClaimsSpec {
            iss: Some("me".into()),
            aud: vec!["a".into()],
            exp: Some(100),
            iat: Some(40),
            scopes: vec!["read".into(), "write".into()],
            extra: vec![("n".into(), json!(1))],
            ..ClaimsSpec::default()
        };
        let c = build_claims(&spec).unwrap();
        assert_eq!(
            Value::Object(c),
            json!({"iss":"me","aud":"a","exp":100,"iat":40,"scope":"read write","n":1})
        );
        let mut twice = spec.clone();
        twice.extra.push(("exp".into(), json!(5)));
        assert!(build_claims(&twice).is_err());
        let mut bad = ClaimsSpec::default();
        bad.extra.push(("nbf".into(), json!("soon")));
        assert!(build_claims(&bad).is_err());
        bad = ClaimsSpec {
            scopes: vec!["a b".into()],
            ..ClaimsSpec::default()
        };
        assert!(build_claims(&bad).is_err());
    }
}
