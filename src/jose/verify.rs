//! Verification of compact JWS/JWT (RFC 7515 §5.2, RFC 7519 §7.2) under a claims policy.
//!
//! The order of checks is fixed: size cap, shape, canonical base64url, header (the
//! `alg` must be the secret's own, no `none`, no unknown `crit`), signature, and only
//! then the claims: `exp`/`nbf`/`iat` with leeway, `aud`, `iss`, scopes. Nothing from
//! the token selects a key or an algorithm. Used by `jws verify`, `authorize` and `gate`.

use serde_json::{Map, Value};

use super::{JoseError, MAX_TOKEN_BYTES, algorithm_of, b64_decode, parse_json_object, truncate};
use crate::secret::SecretData;

/// What a verified JWT must satisfy besides its signature.
#[derive(Debug, Clone)]
pub struct VerifyPolicy {
    /// Reject tokens without `exp` (the default: an unbounded bearer token is a risk).
    pub require_exp: bool,
    /// Clock skew tolerated on `exp`, `nbf` and `iat`, seconds (default 60).
    pub leeway_secs: u64,
    /// The audience this verifier answers to; `None` rejects tokens that carry `aud`
    /// (RFC 7519 §4.1.3).
    pub audience: Option<String>,
    /// The required `iss`; `None` accepts any issuer.
    pub issuer: Option<String>,
    /// Scopes that must all be present as whole, case-sensitive tokens.
    pub scopes: Vec<String>,
    /// The claim holding scopes; `None` looks at `scope` (RFC 8693 §4.2, a
    /// space-separated string) and `scp` (array or string).
    pub scope_claim: Option<String>,
    /// The time to verify as of, Unix seconds.
    pub now: i64,
}

impl VerifyPolicy {
    /// The default policy at time `now` (Unix seconds): `exp` required, 60 s leeway,
    /// no audience, issuer or scope requirements.
    pub fn at(now: i64) -> Self {
        VerifyPolicy {
            require_exp: true,
            leeway_secs: 60,
            audience: None,
            issuer: None,
            scopes: Vec::new(),
            scope_claim: None,
            now,
        }
    }
}

/// A token whose signature verified: its header and claims. Claims are not yet
/// checked against a policy.
#[derive(Debug, Clone)]
pub struct VerifiedJws {
    /// The protected header.
    pub header: Map<String, Value>,
    /// The payload bytes.
    pub payload: Vec<u8>,
}

/// Verifies a compact JWS `token` with `key` (an `hs256` or `rs256` secret) and checks
/// its claims against `policy`; returns the claims.
///
/// Every failure is a [`JoseError`] whose `Display` is one short reason. A missing
/// scope is [`JoseError::InsufficientScope`] (HTTP 403); every other failure means the
/// token is invalid (HTTP 401). Loads the key on every call; a server verifying many
/// tokens should build a [`VerifyingKey`] once.
pub fn verify_jwt(
    key: &SecretData,
    token: &str,
    policy: &VerifyPolicy,
) -> Result<Map<String, Value>, JoseError> {
    VerifyingKey::new(key)?.verify_jwt(token, policy)
}

/// Verifies the signature of a compact JWS with `key`; the payload may be any bytes.
pub fn verify_jws(key: &SecretData, token: &str) -> Result<VerifiedJws, JoseError> {
    VerifyingKey::new(key)?.verify_jws(token)
}

/// A verification key loaded once (parsing an RSA public key costs about as much as
/// ten signature checks), for servers such as `gate`.
pub struct VerifyingKey {
    alg: &'static str,
    key: KeyMaterial,
}

enum KeyMaterial {
    Hs256(zeroize::Zeroizing<Vec<u8>>),
    Rs256(josekit::jws::alg::rsassa::RsassaJwsVerifier),
}

impl std::fmt::Debug for VerifyingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyingKey")
            .field("alg", &self.alg)
            .finish_non_exhaustive()
    }
}

impl VerifyingKey {
    /// Loads the verification key of an `hs256` or `rs256` secret.
    pub fn new(key: &SecretData) -> Result<Self, JoseError> {
        let alg = algorithm_of(key)?;
        let key = match key {
            SecretData::Hs256(k) => KeyMaterial::Hs256(super::hs256_key_bytes(k)?),
            SecretData::Rs256(k) => KeyMaterial::Rs256(
                josekit::jws::RS256
                    .verifier_from_pem(k.public_key.as_bytes())
                    .map_err(|_| JoseError::KeyUnusable)?,
            ),
            other => return Err(JoseError::WrongKeyType(other.kind())),
        };
        Ok(VerifyingKey { alg, key })
    }

    /// The JWS `alg` this key accepts, and the only one.
    pub fn algorithm(&self) -> &'static str {
        self.alg
    }

    /// Verifies a JWT's signature and checks its claims against `policy`; see
    /// [`verify_jwt`].
    pub fn verify_jwt(
        &self,
        token: &str,
        policy: &VerifyPolicy,
    ) -> Result<Map<String, Value>, JoseError> {
        let jws = self.verify_jws(token)?;
        let claims = parse_json_object(&jws.payload)?;
        check_claims(&claims, policy)?;
        Ok(claims)
    }

    /// Verifies the signature of a compact JWS; the payload may be any bytes.
    pub fn verify_jws(&self, token: &str) -> Result<VerifiedJws, JoseError> {
        if token.len() > MAX_TOKEN_BYTES {
            return Err(JoseError::TooLarge {
                max: MAX_TOKEN_BYTES,
            });
        }
        let parts: Vec<&str> = token.split('.').collect();
        if parts.len() != 3 {
            return Err(JoseError::Malformed(format!(
                "expected 3 dot-separated parts, found {}",
                parts.len()
            )));
        }
        let header_bytes = b64_decode(parts[0], "header")?;
        let header = parse_json_object(&header_bytes)
            .map_err(|_| JoseError::Malformed("header is not a JSON object".into()))?;
        check_header(&header, self.alg)?;
        let payload = b64_decode(parts[1], "payload")?;
        let signature = b64_decode(parts[2], "signature")?;
        // RFC 7515 §5.2 step 8: the signing input is the ASCII of `header.payload` as sent.
        let signing_input = &token.as_bytes()[..parts[0].len() + 1 + parts[1].len()];
        self.check_signature(signing_input, &signature)?;
        Ok(VerifiedJws { header, payload })
    }

    fn check_signature(&self, input: &[u8], signature: &[u8]) -> Result<(), JoseError> {
        match &self.key {
            KeyMaterial::Hs256(bytes) => {
                use hmac::Mac;
                // `verify_slice` compares in constant time (josekit's HMAC verifier uses `!=`).
                super::hs256_mac(bytes, input)
                    .verify_slice(signature)
                    .map_err(|_| JoseError::SignatureInvalid)
            }
            KeyMaterial::Rs256(verifier) => {
                use josekit::jws::JwsVerifier;
                verifier
                    .verify(input, signature)
                    .map_err(|_| JoseError::SignatureInvalid)
            }
        }
    }
}

fn check_header(header: &Map<String, Value>, expected: &'static str) -> Result<(), JoseError> {
    let alg = match header.get("alg") {
        Some(Value::String(a)) => a,
        Some(_) => return Err(JoseError::Malformed("\"alg\" is not a string".into())),
        None => return Err(JoseError::Malformed("header has no \"alg\"".into())),
    };
    if alg.eq_ignore_ascii_case("none") {
        return Err(JoseError::AlgNone);
    }
    if alg != expected {
        return Err(JoseError::AlgorithmMismatch {
            expected,
            found: truncate(alg),
        });
    }
    // RFC 7515 §4.1.11: a recipient MUST reject a JWS whose `crit` lists an extension
    // it does not understand; we implement none (e.g. RFC 7797 `b64`), and an empty or
    // malformed list is itself invalid.
    if let Some(crit) = header.get("crit") {
        let first = match crit {
            Value::Array(items) => match items.first() {
                Some(Value::String(s)) => truncate(s),
                Some(_) => {
                    return Err(JoseError::Malformed("\"crit\" is not a string list".into()));
                }
                None => return Err(JoseError::Malformed("\"crit\" is empty".into())),
            },
            _ => return Err(JoseError::Malformed("\"crit\" is not a list".into())),
        };
        return Err(JoseError::UnsupportedCrit(first));
    }
    Ok(())
}

/// Checks a claims set against `policy` (RFC 7519 §4.1); the signature must already
/// have been verified.
pub fn check_claims(claims: &Map<String, Value>, policy: &VerifyPolicy) -> Result<(), JoseError> {
    let leeway = policy.leeway_secs.min(i64::MAX as u64) as f64;
    let now = policy.now as f64;
    match numeric_date(claims, "exp")? {
        // RFC 7519 §4.1.4: the current time MUST be before `exp`.
        Some(exp) if now >= exp + leeway => return Err(JoseError::Expired(clamp(exp))),
        Some(_) => {}
        None if policy.require_exp => return Err(JoseError::MissingExp),
        None => {}
    }
    if let Some(nbf) = numeric_date(claims, "nbf")?
        && now + leeway < nbf
    {
        return Err(JoseError::NotYetValid(clamp(nbf)));
    }
    if let Some(iat) = numeric_date(claims, "iat")?
        && iat > now + leeway
    {
        return Err(JoseError::IssuedInFuture(clamp(iat)));
    }
    check_audience(claims, policy.audience.as_deref())?;
    if let Some(want) = &policy.issuer {
        match claims.get("iss") {
            Some(Value::String(iss)) if iss == want => {}
            Some(Value::String(_)) | None => return Err(JoseError::IssuerMismatch(want.clone())),
            Some(_) => return Err(JoseError::ClaimType("iss")),
        }
    }
    if !policy.scopes.is_empty() {
        let granted = granted_scopes(claims, policy.scope_claim.as_deref())?;
        for want in &policy.scopes {
            if !granted.iter().any(|g| g == want) {
                return Err(JoseError::InsufficientScope(want.clone()));
            }
        }
    }
    Ok(())
}

/// A NumericDate claim (RFC 7519 §2: a JSON number of seconds, possibly fractional).
fn numeric_date(claims: &Map<String, Value>, name: &'static str) -> Result<Option<f64>, JoseError> {
    match claims.get(name) {
        None => Ok(None),
        Some(Value::Number(n)) => n.as_f64().map(Some).ok_or(JoseError::ClaimType(name)),
        Some(_) => Err(JoseError::ClaimType(name)),
    }
}

fn clamp(t: f64) -> i64 {
    t.clamp(i64::MIN as f64, i64::MAX as f64) as i64
}

fn check_audience(claims: &Map<String, Value>, want: Option<&str>) -> Result<(), JoseError> {
    // RFC 7519 §4.1.3: `aud` is a string or an array of strings.
    let auds: Vec<&str> = match claims.get("aud") {
        None => Vec::new(),
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().ok_or(JoseError::ClaimType("aud")))
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(JoseError::ClaimType("aud")),
    };
    match want {
        Some(w) if auds.contains(&w) => Ok(()),
        Some(w) => Err(JoseError::AudienceMismatch(w.to_string())),
        None if claims.contains_key("aud") => Err(JoseError::UnexpectedAudience),
        None => Ok(()),
    }
}

/// The scopes a token grants: whole tokens of the `scope` string (RFC 6749 §3.3,
/// space-delimited) and of `scp` (an array of strings, or a space-delimited string),
/// or of the one claim the policy names.
pub fn granted_scopes<'a>(
    claims: &'a Map<String, Value>,
    only: Option<&str>,
) -> Result<Vec<&'a str>, JoseError> {
    let names: Vec<&str> = match only {
        Some(c) => vec![c],
        None => vec!["scope", "scp"],
    };
    let mut out = Vec::new();
    for name in names {
        match claims.get(name) {
            None => {}
            Some(Value::String(s)) => out.extend(s.split(' ').filter(|t| !t.is_empty())),
            Some(Value::Array(items)) => {
                for v in items {
                    match v.as_str() {
                        Some(s) => out.push(s),
                        None => return Err(JoseError::ClaimType("scope")),
                    }
                }
            }
            Some(_) => return Err(JoseError::ClaimType("scope")),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::secret::hs256_from_bytes;

    fn hs_key() -> SecretData {
        SecretData::Hs256(hs256_from_bytes(&[7u8; 32]).unwrap())
    }

    fn sign_hs(header: &str, claims: &str) -> String {
        use josekit::jws::JwsSigner;
        let h = crate::jose::b64_encode(header.as_bytes());
        let p = crate::jose::b64_encode(claims.as_bytes());
        let input = format!("{h}.{p}");
        let signer = josekit::jws::HS256.signer_from_bytes([7u8; 32]).unwrap();
        let sig = signer.sign(input.as_bytes()).unwrap();
        format!("{input}.{}", crate::jose::b64_encode(&sig))
    }

    const HDR: &str = r#"{"alg":"HS256","typ":"JWT"}"#;

    #[test]
    fn accepts_a_good_token() {
        let t = sign_hs(HDR, r#"{"sub":"a","exp":2000,"scope":"read write"}"#);
        let mut p = VerifyPolicy::at(1000);
        p.scopes = vec!["write".into()];
        let c = verify_jwt(&hs_key(), &t, &p).unwrap();
        assert_eq!(c["sub"], json!("a"));
    }

    #[test]
    fn time_claims_with_leeway() {
        let t = sign_hs(HDR, r#"{"exp":1000,"nbf":900,"iat":900}"#);
        let k = hs_key();
        assert!(verify_jwt(&k, &t, &VerifyPolicy::at(1059)).is_ok());
        assert_eq!(
            verify_jwt(&k, &t, &VerifyPolicy::at(1060)),
            Err(JoseError::Expired(1000))
        );
        assert!(verify_jwt(&k, &t, &VerifyPolicy::at(840)).is_ok());
        assert_eq!(
            verify_jwt(&k, &t, &VerifyPolicy::at(839)),
            Err(JoseError::NotYetValid(900))
        );
        let no_exp = sign_hs(HDR, r#"{"sub":"x"}"#);
        assert_eq!(
            verify_jwt(&k, &no_exp, &VerifyPolicy::at(0)),
            Err(JoseError::MissingExp)
        );
        let mut relaxed = VerifyPolicy::at(0);
        relaxed.require_exp = false;
        assert!(verify_jwt(&k, &no_exp, &relaxed).is_ok());
        let str_exp = sign_hs(HDR, r#"{"exp":"2000"}"#);
        assert_eq!(
            verify_jwt(&k, &str_exp, &VerifyPolicy::at(0)),
            Err(JoseError::ClaimType("exp"))
        );
    }

    #[test]
    fn scopes_are_whole_case_sensitive_tokens() {
        let k = hs_key();
        let mut p = VerifyPolicy::at(0);
        p.scopes = vec!["admin".into()];
        for (claims, ok) in [
            (r#"{"exp":9,"scope":"superadmin"}"#, false),
            (r#"{"exp":9,"scope":"Admin"}"#, false),
            (r#"{"exp":9,"scope":"read admin"}"#, true),
            (r#"{"exp":9,"scp":["read","admin"]}"#, true),
            (r#"{"exp":9,"scp":"admin"}"#, true),
            (r#"{"exp":9,"scp":["read admin"]}"#, false),
            (r#"{"exp":9}"#, false),
        ] {
            let r = verify_jwt(&k, &sign_hs(HDR, claims), &p);
            if ok {
                assert!(r.is_ok(), "{claims}");
            } else {
                assert_eq!(
                    r,
                    Err(JoseError::InsufficientScope("admin".into())),
                    "{claims}"
                );
            }
        }
        p.scope_claim = Some("roles".into());
        let t = sign_hs(HDR, r#"{"exp":9,"scope":"admin","roles":["x"]}"#);
        assert!(matches!(
            verify_jwt(&k, &t, &p),
            Err(JoseError::InsufficientScope(_))
        ));
    }

    #[test]
    fn audience_and_issuer() {
        let k = hs_key();
        let t = sign_hs(HDR, r#"{"exp":9,"aud":["a","b"],"iss":"me"}"#);
        let mut p = VerifyPolicy::at(0);
        assert_eq!(verify_jwt(&k, &t, &p), Err(JoseError::UnexpectedAudience));
        p.audience = Some("b".into());
        assert!(verify_jwt(&k, &t, &p).is_ok());
        p.audience = Some("c".into());
        assert!(matches!(
            verify_jwt(&k, &t, &p),
            Err(JoseError::AudienceMismatch(_))
        ));
        p.audience = Some("a".into());
        p.issuer = Some("you".into());
        assert!(matches!(
            verify_jwt(&k, &t, &p),
            Err(JoseError::IssuerMismatch(_))
        ));
    }

    #[test]
    fn hostile_headers() {
        let k = hs_key();
        let p = VerifyPolicy::at(0);
        let c = r#"{"exp":9}"#;
        assert_eq!(
            verify_jwt(&k, &sign_hs(r#"{"alg":"none"}"#, c), &p),
            Err(JoseError::AlgNone)
        );
        assert!(matches!(
            verify_jwt(&k, &sign_hs(r#"{"alg":"RS256"}"#, c), &p),
            Err(JoseError::AlgorithmMismatch { .. })
        ));
        assert!(matches!(
            verify_jwt(
                &k,
                &sign_hs(r#"{"alg":"HS256","crit":["exp"],"exp":1}"#, c),
                &p
            ),
            Err(JoseError::UnsupportedCrit(_))
        ));
        assert!(matches!(
            verify_jwt(&k, &sign_hs(r#"{"alg":"HS256","alg":"HS256"}"#, c), &p),
            Err(JoseError::Malformed(_))
        ));
        let good = sign_hs(HDR, c);
        assert!(matches!(
            verify_jwt(&k, &format!("{good}.x"), &p),
            Err(JoseError::Malformed(_))
        ));
        let mut bad_sig = good.clone();
        let last = bad_sig.pop().unwrap();
        bad_sig.push(if last == 'A' { 'Q' } else { 'A' });
        assert!(verify_jwt(&k, &bad_sig, &p).is_err());
        assert!(matches!(
            verify_jwt(&k, &"a".repeat(MAX_TOKEN_BYTES + 1), &p),
            Err(JoseError::TooLarge { .. })
        ));
    }
}

/// Properties over arbitrary and mutated tokens (`PROPTEST_CASES`, default 256; e.g.
/// `PROPTEST_CASES=20000 cargo test --lib jose` for a longer run).
#[cfg(test)]
mod props {
    use super::*;
    use crate::jose::sign::SigningKey;
    use crate::secret::{Hs256Key, SecretValue};
    use proptest::prelude::*;

    fn hs256() -> SecretData {
        SecretData::Hs256(Hs256Key {
            key: SecretValue::new(super::super::b64_encode(&[7u8; 32])),
        })
    }

    /// The RS256 fixture key, its signer and verifier, loaded once (RSA key loading
    /// would otherwise dominate the run time).
    fn rs256() -> &'static (SecretData, SigningKey, VerifyingKey) {
        static KEY: std::sync::OnceLock<(SecretData, SigningKey, VerifyingKey)> =
            std::sync::OnceLock::new();
        KEY.get_or_init(|| {
            let pem = include_str!("../../tests/fixtures/jose/rfc7515-a2-private.pem");
            let key = SecretData::Rs256(crate::secret::rs256_from_pem(pem.as_bytes()).unwrap());
            let signer = SigningKey::new(&key).unwrap();
            let verifier = VerifyingKey::new(&key).unwrap();
            (key, signer, verifier)
        })
    }

    fn hs_signer() -> SigningKey {
        SigningKey::new(&hs256()).unwrap()
    }

    fn hs_verifier() -> VerifyingKey {
        VerifyingKey::new(&hs256()).unwrap()
    }

    /// Token-shaped text: base64url characters and dots, and a few others.
    fn token_text() -> impl Strategy<Value = String> {
        prop_oneof![
            "[A-Za-z0-9_.-]{0,120}",
            "[A-Za-z0-9_=+/. -]{0,60}",
            ".{0,80}",
            "eyJ[A-Za-z0-9_-]{0,40}\\.[A-Za-z0-9_-]{0,40}\\.[A-Za-z0-9_-]{0,60}",
        ]
    }

    /// One edit of a token: replace, insert or delete a character, swap two, truncate.
    #[derive(Debug, Clone)]
    enum Mutation {
        Replace(usize, char),
        Insert(usize, char),
        Delete(usize),
        Swap(usize, usize),
        Truncate(usize),
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        let c = prop_oneof![
            prop::char::ranges(vec!['A'..='Z', 'a'..='z', '0'..='9'].into()),
            Just('-'),
            Just('_'),
            Just('.'),
            Just('='),
            Just('+'),
            any::<char>(),
        ];
        prop_oneof![
            (any::<usize>(), c.clone()).prop_map(|(i, c)| Mutation::Replace(i, c)),
            (any::<usize>(), c).prop_map(|(i, c)| Mutation::Insert(i, c)),
            any::<usize>().prop_map(Mutation::Delete),
            (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Mutation::Swap(i, j)),
            any::<usize>().prop_map(Mutation::Truncate),
        ]
    }

    fn mutate(token: &str, m: &Mutation) -> String {
        let mut chars: Vec<char> = token.chars().collect();
        let n = chars.len();
        match *m {
            Mutation::Replace(i, c) => chars[i % n] = c,
            Mutation::Insert(i, c) => chars.insert(i % (n + 1), c),
            Mutation::Delete(i) => {
                chars.remove(i % n);
            }
            Mutation::Swap(i, j) => chars.swap(i % n, j % n),
            Mutation::Truncate(i) => chars.truncate(i % n),
        }
        chars.into_iter().collect()
    }

    fn claims() -> impl Strategy<Value = Map<String, Value>> {
        (
            "[a-z]{1,8}",
            prop::option::of(0i64..4_000_000_000),
            ".{0,20}",
        )
            .prop_map(|(sub, exp, note)| {
                let mut m = Map::new();
                m.insert("sub".into(), Value::String(sub));
                m.insert("exp".into(), Value::from(exp.unwrap_or(4_000_000_000)));
                m.insert("note".into(), Value::String(note));
                m
            })
    }

    proptest! {
        /// Arbitrary text never panics the verifier and never verifies.
        #[test]
        fn arbitrary_tokens_never_verify(token in token_text()) {
            let hs = VerifyingKey::new(&hs256()).unwrap();
            for v in [&hs, &rs256().2] {
                prop_assert!(v.verify_jws(&token).is_err());
                prop_assert!(v.verify_jwt(&token, &VerifyPolicy::at(0)).is_err());
            }
        }

        /// A signed token verifies; any edit of it that changes the text never does
        /// (canonical base64url leaves no second spelling of the same bytes).
        #[test]
        fn mutated_tokens_never_verify(c in claims(), m in mutation(), rsa in any::<bool>()) {
            let payload = serde_json::to_vec(&c).unwrap();
            let (signer, v) = if rsa { (&rs256().1, &rs256().2) } else { (&hs_signer(), &hs_verifier()) };
            let token = signer.sign(&payload, Some("JWT")).unwrap();
            prop_assert_eq!(v.verify_jws(&token).unwrap().payload, payload);
            let bad = mutate(&token, &m);
            if bad != token {
                prop_assert!(v.verify_jws(&bad).is_err(), "{:?} -> {} verified", m, bad);
            }
        }

        /// A token signed under the other algorithm, or with another key, never verifies.
        #[test]
        fn foreign_tokens_never_verify(c in claims(), key_byte in 0u8..=255) {
            let payload = serde_json::to_vec(&c).unwrap();
            let other = SecretData::Hs256(Hs256Key {
                key: SecretValue::new(super::super::b64_encode(&[key_byte; 33])),
            });
            let by_other = SigningKey::new(&other).unwrap().sign(&payload, None).unwrap();
            let by_rsa = rs256().1.sign(&payload, None).unwrap();
            let hs = VerifyingKey::new(&hs256()).unwrap();
            prop_assert!(hs.verify_jws(&by_other).is_err());
            prop_assert!(hs.verify_jws(&by_rsa).is_err());
        }
    }
}
