//! `private_key_jwt` client authentication (RFC 7523 §2.2 and §3, OpenID Connect Core
//! §9): a short-lived JWT signed with the client's private key replaces the client
//! secret at the token endpoint.
//!
//! A fresh assertion (new `jti`) is built for every request, device polls and DPoP nonce
//! retries included: providers reject a `jti` they have seen (OIDC Core §9).

use serde_json::{Map, json};

use super::OAuthError;
use super::dpop::random_jti;
use crate::jose::sign::SigningKey;

/// The `client_assertion_type` of a JWT assertion (RFC 7523 §2.2).
pub const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// How long an assertion is valid, seconds: long enough for clock skew and a slow
/// network, short enough that a captured one is soon useless.
pub const DEFAULT_LIFETIME_SECS: i64 = 60;

/// Which `aud` an assertion names (RFC 7523 §3 point 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AudienceChoice {
    /// The issuer identifier (OIDC Core §9 allows it; RFC 7523 §3 recommends it when the
    /// server has one, and it is the value every provider accepts).
    #[default]
    Issuer,
    /// The token endpoint URL (OIDC Core §9's original rule; some providers insist).
    TokenEndpoint,
}

/// A signing key and the claims that do not change between requests.
#[derive(Debug)]
pub struct ClientAssertionKey {
    key: SigningKey,
    client_id: String,
    audience: String,
    lifetime_secs: i64,
}

/// One assertion and its `jti` (for logs and tests).
#[derive(Debug, Clone)]
pub struct ClientAssertion {
    /// The compact JWS to send as `client_assertion`.
    pub jwt: String,
    /// Its `jti`.
    pub jti: String,
}

impl ClientAssertionKey {
    /// An assertion key for `client_id`, naming `audience` (resolved from an
    /// [`AudienceChoice`] by the caller). HS256 is refused: a shared key would be
    /// `client_secret_jwt`, not `private_key_jwt`.
    pub fn new(key: SigningKey, client_id: &str, audience: &str) -> Result<Self, OAuthError> {
        if key.public_jwk().is_none() {
            return Err(OAuthError::ClientAssertion(
                "private_key_jwt needs an rs256, es256 or ed25519 key",
            ));
        }
        if client_id.is_empty() || audience.is_empty() {
            return Err(OAuthError::ClientAssertion(
                "the client id and the audience must not be empty",
            ));
        }
        Ok(ClientAssertionKey {
            key,
            client_id: client_id.to_string(),
            audience: audience.to_string(),
            lifetime_secs: DEFAULT_LIFETIME_SECS,
        })
    }

    /// Sets the lifetime (`exp` − `iat`), seconds, at least 1.
    pub fn with_lifetime(mut self, secs: i64) -> Self {
        self.lifetime_secs = secs.max(1);
        self
    }

    /// The audience the assertions name.
    pub fn audience(&self) -> &str {
        &self.audience
    }

    /// A new assertion at `now` (Unix seconds): `iss` = `sub` = client id, `aud`, `iat`,
    /// `exp` = `iat` + lifetime, a random `jti`.
    pub fn assertion(&self, now: i64) -> Result<ClientAssertion, OAuthError> {
        let jti = random_jti();
        let mut claims = Map::new();
        claims.insert("iss".into(), json!(self.client_id));
        claims.insert("sub".into(), json!(self.client_id));
        claims.insert("aud".into(), json!(self.audience));
        claims.insert("jti".into(), json!(jti));
        claims.insert("iat".into(), json!(now));
        claims.insert("exp".into(), json!(now.saturating_add(self.lifetime_secs)));
        let jwt = self
            .key
            .sign_jwt(&claims)
            .map_err(|source| OAuthError::Signing {
                what: "client assertion",
                source,
            })?;
        Ok(ClientAssertion { jwt, jti })
    }
}

/// The audience for `choice`: the issuer when there is one, else the token endpoint.
pub fn resolve_audience<'a>(
    choice: AudienceChoice,
    issuer: Option<&'a str>,
    token_endpoint: &'a str,
) -> &'a str {
    match (choice, issuer) {
        (AudienceChoice::Issuer, Some(iss)) => iss,
        _ => token_endpoint,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jose::es256::Es256Key;
    use crate::jose::verify::{VerifyPolicy, VerifyingKey};

    #[test]
    fn claims_and_fresh_jti() {
        let es = Es256Key::generate();
        let verifier = VerifyingKey::es256(es.public_key());
        let k =
            ClientAssertionKey::new(SigningKey::es256(es), "svc", "https://idp.example").unwrap();
        let a = k.assertion(1000).unwrap();
        let b = k.assertion(1000).unwrap();
        assert_ne!(a.jti, b.jti);
        let mut p = VerifyPolicy::at(1000);
        p.audience = Some("https://idp.example".into());
        p.issuer = Some("svc".into());
        let c = verifier.verify_jwt(&a.jwt, &p).unwrap();
        assert_eq!(c["sub"], json!("svc"));
        assert_eq!(c["exp"], json!(1060));
        assert_eq!(c["iat"], json!(1000));
        assert_eq!(c["jti"], json!(a.jti));
        // Short-lived: expired a minute later (the verifier's leeway is 60 s).
        p.now = 1121;
        assert!(verifier.verify_jwt(&a.jwt, &p).is_err());
        let short = ClientAssertionKey::new(SigningKey::es256(Es256Key::generate()), "svc", "aud")
            .unwrap()
            .with_lifetime(0);
        let jwt = short.assertion(5).unwrap().jwt;
        let claims = crate::jose::b64_decode(jwt.split('.').nth(1).unwrap(), "c").unwrap();
        let claims = crate::jose::parse_json_object(&claims).unwrap();
        assert_eq!(claims["exp"], json!(6));
    }

    #[test]
    fn audience_choice_and_refusals() {
        assert_eq!(
            resolve_audience(AudienceChoice::Issuer, Some("https://i"), "https://i/token"),
            "https://i"
        );
        assert_eq!(
            resolve_audience(AudienceChoice::Issuer, None, "https://i/token"),
            "https://i/token"
        );
        assert_eq!(
            resolve_audience(
                AudienceChoice::TokenEndpoint,
                Some("https://i"),
                "https://i/t"
            ),
            "https://i/t"
        );
        let hs =
            crate::secret::SecretData::Hs256(crate::secret::hs256_from_bytes(&[7; 32]).unwrap());
        assert!(ClientAssertionKey::new(SigningKey::new(&hs).unwrap(), "a", "b").is_err());
        let es = || SigningKey::es256(Es256Key::generate());
        assert!(ClientAssertionKey::new(es(), "", "b").is_err());
        assert!(ClientAssertionKey::new(es(), "a", "").is_err());
    }
}
