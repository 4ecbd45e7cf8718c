//! DPoP proofs (RFC 9449): the proof JWT a client sends with each token request and each
//! call to a resource server, and the server-nonce handshake (§8, §9).
//!
//! A proof is a JWT with header `{typ: "dpop+jwt", alg, jwk}` (the public key only) and
//! claims `{jti, htm, htu, iat}`, plus `nonce` when the server asked for one and `ath`
//! when an access token goes along (§4.2). The key is an asymmetric [`SigningKey`]; its
//! algorithm is its own. Sending the request is the caller's business (`flow` for the
//! token endpoint, the command layer for `header`).

use std::sync::Mutex;

use serde_json::{Map, Value, json};
use sha2::Digest as _;

use super::OAuthError;
use crate::jose::b64_encode;
use crate::jose::sign::SigningKey;

/// The `typ` of a DPoP proof (RFC 9449 §4.2).
pub const PROOF_TYP: &str = "dpop+jwt";

/// The request header that carries a proof, and the response header with a server nonce
/// (RFC 9449 §4.1, §8.1).
pub const DPOP_HEADER: &str = "DPoP";

/// The response header with a server-provided nonce (RFC 9449 §8.1).
pub const NONCE_HEADER: &str = "DPoP-Nonce";

/// The error code of a server that wants a (new) nonce (RFC 9449 §8, §9).
pub const USE_DPOP_NONCE: &str = "use_dpop_nonce";

/// One proof, and its `jti` (for logs and tests; it is not secret).
#[derive(Debug, Clone)]
pub struct DpopProof {
    /// The compact JWS to send in the `DPoP` header.
    pub jwt: String,
    /// Its `jti`.
    pub jti: String,
}

/// A random `jti`: 128 bits, base64url (RFC 9449 §4.2 asks for at least 96 bits, or a
/// UUID v4, so a server can detect replays).
pub fn random_jti() -> String {
    use rand::RngCore;
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    b64_encode(&bytes)
}

/// The `htu` of a request URL: scheme, authority and path, without query and fragment
/// (RFC 9449 §4.2). Only `http` and `https` URLs are accepted.
pub fn htu(url: &str) -> Result<String, OAuthError> {
    let mut u = url::Url::parse(url).map_err(|source| OAuthError::InvalidUrl {
        what: "DPoP target",
        source,
    })?;
    if !matches!(u.scheme(), "http" | "https") {
        return Err(OAuthError::Dpop("the URL is not http or https"));
    }
    u.set_query(None);
    u.set_fragment(None);
    Ok(u.into())
}

/// The `ath` of an access token: base64url of its SHA-256 over the ASCII bytes (RFC 9449
/// §4.2).
pub fn ath(access_token: &str) -> String {
    b64_encode(&sha2::Sha256::digest(access_token.as_bytes()))
}

/// True for an HTTP method token (RFC 9110 §5.6.2 `tchar`).
fn is_method(m: &str) -> bool {
    !m.is_empty()
        && m.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// True for a nonce a server may send: `1*NQCHAR` (RFC 9449 §8.1, §12.1).
pub fn is_valid_nonce(nonce: &str) -> bool {
    !nonce.is_empty()
        && nonce.len() <= 1024
        && nonce
            .bytes()
            .all(|b| b == 0x21 || (0x23..=0x5b).contains(&b) || (0x5d..=0x7e).contains(&b))
}

/// Builds a proof for `method` `url` at `now` (Unix seconds).
///
/// `nonce` is the server's latest `DPoP-Nonce`; `access_token` adds `ath` (calls to a
/// resource server, §7). The key must be asymmetric (HS256 has no public JWK to send).
pub fn proof(
    key: &SigningKey,
    method: &str,
    url: &str,
    now: i64,
    nonce: Option<&str>,
    access_token: Option<&str>,
) -> Result<DpopProof, OAuthError> {
    let jwk = key.public_jwk().ok_or(OAuthError::Dpop(
        "DPoP needs an rs256, es256 or ed25519 key",
    ))?;
    if !is_method(method) {
        return Err(OAuthError::Dpop("the HTTP method is not a method name"));
    }
    if nonce.is_some_and(|n| !is_valid_nonce(n)) {
        return Err(OAuthError::Dpop("the server's nonce is malformed"));
    }
    let mut header = Map::new();
    header.insert("typ".into(), json!(PROOF_TYP));
    header.insert("alg".into(), json!(key.algorithm()));
    header.insert("jwk".into(), Value::Object(jwk.clone()));
    let jti = random_jti();
    let mut claims = Map::new();
    claims.insert("jti".into(), json!(jti));
    claims.insert("htm".into(), json!(method));
    claims.insert("htu".into(), json!(htu(url)?));
    claims.insert("iat".into(), json!(now));
    if let Some(n) = nonce {
        claims.insert("nonce".into(), json!(n));
    }
    if let Some(t) = access_token {
        claims.insert("ath".into(), json!(ath(t)));
    }
    let header = serde_json::to_vec(&header).map_err(|_| OAuthError::Dpop("encoding failed"))?;
    let payload = serde_json::to_vec(&claims).map_err(|_| OAuthError::Dpop("encoding failed"))?;
    let jwt = key
        .sign_raw(&header, &payload)
        .map_err(|source| OAuthError::Signing {
            what: "DPoP proof",
            source,
        })?;
    Ok(DpopProof { jwt, jti })
}

/// The nonce to retry with, when an answer is a nonce challenge: the token endpoint's
/// HTTP 400 `{"error":"use_dpop_nonce"}` (§8) or a resource server's 401 with
/// `WWW-Authenticate: DPoP error="use_dpop_nonce"` (§9), either with a valid
/// `DPoP-Nonce` header. Anything else is `None`.
pub fn nonce_challenge(
    status: u16,
    dpop_nonce: Option<&str>,
    body_error: Option<&str>,
    www_authenticate: Option<&str>,
) -> Option<String> {
    let nonce = dpop_nonce.map(str::trim).filter(|n| is_valid_nonce(n))?;
    let asked = match status {
        400 => body_error == Some(USE_DPOP_NONCE),
        401 => www_authenticate.is_some_and(|w| {
            let w = w.trim_start();
            w.len() > 4
                && w[..4].eq_ignore_ascii_case("dpop")
                && w.contains(&format!("error=\"{USE_DPOP_NONCE}\""))
        }),
        _ => false,
    };
    asked.then(|| nonce.to_string())
}

/// A DPoP key with the latest server nonce (RFC 9449 §8.2: a server may send a new
/// nonce with any answer; the client uses the latest one).
pub struct DpopSession {
    key: SigningKey,
    nonce: Mutex<Option<String>>,
}

impl std::fmt::Debug for DpopSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DpopSession")
            .field("key", &self.key)
            .finish_non_exhaustive()
    }
}

impl DpopSession {
    /// A session with `key` and the nonce last remembered (`None` at first).
    pub fn new(key: SigningKey, nonce: Option<String>) -> Result<Self, OAuthError> {
        if key.public_jwk().is_none() {
            return Err(OAuthError::Dpop(
                "DPoP needs an rs256, es256 or ed25519 key",
            ));
        }
        Ok(DpopSession {
            key,
            nonce: Mutex::new(nonce),
        })
    }

    /// The signing key.
    pub fn key(&self) -> &SigningKey {
        &self.key
    }

    /// The latest nonce, to store for the next process.
    pub fn nonce(&self) -> Option<String> {
        self.nonce.lock().map(|n| n.clone()).unwrap_or(None)
    }

    /// Remembers a `DPoP-Nonce` header value when it is valid.
    pub fn remember(&self, dpop_nonce: Option<&str>) {
        if let Some(n) = dpop_nonce.map(str::trim).filter(|n| is_valid_nonce(n))
            && let Ok(mut slot) = self.nonce.lock()
        {
            *slot = Some(n.to_string());
        }
    }

    /// A fresh proof with the latest nonce.
    pub fn proof(
        &self,
        method: &str,
        url: &str,
        now: i64,
        access_token: Option<&str>,
    ) -> Result<DpopProof, OAuthError> {
        proof(
            &self.key,
            method,
            url,
            now,
            self.nonce().as_deref(),
            access_token,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jose::ed25519::Ed25519Key;
    use crate::jose::es256::Es256Key;
    use crate::jose::verify::VerifyingKey;
    use crate::jose::{b64_decode, parse_json_object};

    fn parts(jwt: &str) -> (Map<String, Value>, Map<String, Value>) {
        let p: Vec<&str> = jwt.split('.').collect();
        let h = parse_json_object(&b64_decode(p[0], "h").unwrap()).unwrap();
        let c = parse_json_object(&b64_decode(p[1], "c").unwrap()).unwrap();
        (h, c)
    }

    #[test]
    fn proof_has_every_member_and_verifies_with_its_jwk() {
        let es = Es256Key::generate();
        let verifier = VerifyingKey::es256(es.public_key());
        let key = SigningKey::es256(es);
        let p = proof(
            &key,
            "POST",
            "https://Server.example:443/token?x=1#frag",
            1_700_000_000,
            Some("eyJ7S_zG.eyJH0-Z.HX4w-7v"),
            Some("Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU"),
        )
        .unwrap();
        let (h, c) = parts(&p.jwt);
        assert_eq!(h["typ"], json!("dpop+jwt"));
        assert_eq!(h["alg"], json!("ES256"));
        let jwk = h["jwk"].as_object().unwrap();
        let mut members: Vec<_> = jwk.keys().collect();
        members.sort();
        assert_eq!(members, ["crv", "kty", "x", "y"]);
        assert!(!jwk.contains_key("d"));
        assert_eq!(c["htm"], json!("POST"));
        assert_eq!(c["htu"], json!("https://server.example/token"));
        assert_eq!(c["iat"], json!(1_700_000_000));
        assert_eq!(c["nonce"], json!("eyJ7S_zG.eyJH0-Z.HX4w-7v"));
        // RFC 9449 §7.1 example: this access token's ath.
        assert_eq!(
            c["ath"],
            json!("fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo")
        );
        assert_eq!(c["jti"], json!(p.jti));
        assert!(b64_decode(&p.jti, "jti").unwrap().len() >= 12);
        verifier.verify_jws(&p.jwt).unwrap();
        // Token-endpoint proofs carry neither ath nor, before a challenge, nonce.
        let bare = proof(&key, "POST", "https://a.example/t", 1, None, None).unwrap();
        let (_, c) = parts(&bare.jwt);
        assert!(!c.contains_key("ath") && !c.contains_key("nonce"));
        assert_ne!(bare.jti, p.jti);
    }

    #[test]
    fn eddsa_and_rsa_keys_and_hs256_refused() {
        let ed = SigningKey::ed25519(Ed25519Key::generate());
        let (h, _) = parts(
            &proof(&ed, "GET", "http://127.0.0.1:1/me", 1, None, None)
                .unwrap()
                .jwt,
        );
        assert_eq!(h["alg"], json!("EdDSA"));
        assert_eq!(h["jwk"]["kty"], json!("OKP"));
        let pem = include_str!("../../tests/fixtures/jose/rfc7515-a2-private.pem");
        let rs = crate::secret::SecretData::Rs256(
            crate::secret::rs256_from_pem(pem.as_bytes()).unwrap(),
        );
        let rs = SigningKey::new(&rs).unwrap();
        let (h, _) = parts(
            &proof(&rs, "GET", "https://a.example/", 1, None, None)
                .unwrap()
                .jwt,
        );
        assert_eq!(h["alg"], json!("RS256"));
        let mut members: Vec<_> = h["jwk"].as_object().unwrap().keys().collect();
        members.sort();
        assert_eq!(members, ["e", "kty", "n"]);
        let hs =
            crate::secret::SecretData::Hs256(crate::secret::hs256_from_bytes(&[7; 32]).unwrap());
        let hs = SigningKey::new(&hs).unwrap();
        assert!(proof(&hs, "GET", "https://a.example/", 1, None, None).is_err());
        assert!(DpopSession::new(hs, None).is_err());
    }

    #[test]
    fn bad_inputs_are_refused() {
        let key = SigningKey::es256(Es256Key::generate());
        for (m, u, n) in [
            ("GET", "ftp://a.example/x", None),
            ("GET", "not a url", None),
            ("GET", "/relative", None),
            ("", "https://a.example/", None),
            ("GE T", "https://a.example/", None),
            ("GET", "https://a.example/", Some("")),
            ("GET", "https://a.example/", Some("a b")),
            ("GET", "https://a.example/", Some("quote\"")),
        ] {
            assert!(proof(&key, m, u, 1, n, None).is_err(), "{m:?} {u:?} {n:?}");
        }
    }

    #[test]
    fn nonce_challenges() {
        let n = Some("abc.DEF-1");
        assert_eq!(
            nonce_challenge(400, n, Some("use_dpop_nonce"), None).as_deref(),
            Some("abc.DEF-1")
        );
        assert_eq!(
            nonce_challenge(
                401,
                n,
                None,
                Some(r#"DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof""#)
            )
            .as_deref(),
            Some("abc.DEF-1")
        );
        for (status, nonce, err, www) in [
            (400, None, Some("use_dpop_nonce"), None),
            (400, Some("bad nonce"), Some("use_dpop_nonce"), None),
            (400, n, Some("invalid_dpop_proof"), None),
            (401, n, None, Some(r#"Bearer error="use_dpop_nonce""#)),
            (401, n, None, Some(r#"DPoP error="invalid_token""#)),
            (200, n, None, None),
            (500, n, Some("use_dpop_nonce"), None),
        ] {
            assert_eq!(
                nonce_challenge(status, nonce, err, www),
                None,
                "{status} {err:?} {www:?}"
            );
        }
    }

    #[test]
    fn session_remembers_the_latest_valid_nonce() {
        let s = DpopSession::new(SigningKey::es256(Es256Key::generate()), None).unwrap();
        assert_eq!(s.nonce(), None);
        s.remember(Some("n1"));
        s.remember(Some("not valid"));
        s.remember(None);
        assert_eq!(s.nonce().as_deref(), Some("n1"));
        s.remember(Some("n2"));
        let (_, c) = parts(&s.proof("POST", "https://a.example/t", 5, None).unwrap().jwt);
        assert_eq!(c["nonce"], json!("n2"));
    }
}
