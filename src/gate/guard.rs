//! [`Guard`]: the check of one secret, prepared once, deciding one request at a time.
//!
//! Secrets are compared in constant time over SHA-256 digests of both sides, so neither
//! the content nor the length of a stored value leaks through timing. JWT signatures and
//! claims are checked by the JOSE verification policy ([`VerifyPolicy`]); this module
//! maps its verdicts to [`Denial`]s.

use subtle::ConstantTimeEq;

use super::credentials::{MAX_CREDENTIAL_LEN, Presented, parse_authorization};
use super::{Denial, GateError, Grant, Scheme};
use crate::jose::verify::{VerifyingKey, granted_scopes};
use crate::jose::{JoseError, VerifyPolicy};
use crate::secret::SecretData;

/// The check of one secret, prepared once: digests for static credentials, the key for
/// JWTs. `Debug` never shows key material.
pub struct Guard {
    check: Check,
}

enum Check {
    Basic {
        username: String,
        user_digest: [u8; 32],
        pass_digest: [u8; 32],
    },
    Token {
        header: Option<String>,
        digest: [u8; 32],
    },
    Jwt {
        // Parsed once per vault load: parsing the PEM costs ten times the RSA
        // verification itself (OpenSSL 3 decoders).
        key: Box<VerifyingKey>,
        policy: VerifyPolicy,
    },
}

impl std::fmt::Debug for Guard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match &self.check {
            Check::Basic { .. } => "basic",
            Check::Token { .. } => "password",
            Check::Jwt { .. } => "jwt",
        };
        write!(f, "Guard({kind})")
    }
}

fn digest(bytes: &[u8]) -> [u8; 32] {
    openssl::sha::sha256(bytes)
}

/// Constant-time equality of two digests.
fn same(a: &[u8; 32], b: &[u8; 32]) -> bool {
    bool::from(a.ct_eq(b))
}

impl Guard {
    /// Prepares the check of the secret `name`.
    ///
    /// `policy` applies to hs256/rs256 secrets (its `now` is replaced by the time of
    /// each request); basic and password secrets carry no scopes and ignore it.
    ///
    /// # Errors
    /// [`GateError::UnsupportedType`] for headers, oauth2 and database secrets.
    pub fn new(name: &str, data: &SecretData, policy: VerifyPolicy) -> Result<Guard, GateError> {
        // `add` refuses empty values; a hand-edited vault must not turn one into an
        // open door (`Basic Og==`, an empty bearer).
        let empty = |what: &str| GateError::KeyUnusable {
            name: name.to_string(),
            reason: format!("its {what} is empty"),
        };
        let check = match data {
            SecretData::Basic(b) if b.password.expose_secret().is_empty() => {
                return Err(empty("password"));
            }
            SecretData::Password(p) if p.value.expose_secret().is_empty() => {
                return Err(empty("value"));
            }
            SecretData::Basic(b) => Check::Basic {
                username: b.username.clone(),
                user_digest: digest(b.username.as_bytes()),
                pass_digest: digest(b.password.expose_secret().as_bytes()),
            },
            SecretData::Password(p) => Check::Token {
                header: p.header_name.clone(),
                digest: digest(p.value.expose_secret().as_bytes()),
            },
            SecretData::Hs256(_) | SecretData::Rs256(_) => Check::Jwt {
                key: Box::new(VerifyingKey::new(data).map_err(|e| GateError::KeyUnusable {
                    name: name.to_string(),
                    reason: e.to_string(),
                })?),
                policy,
            },
            other => {
                return Err(GateError::UnsupportedType {
                    name: name.to_string(),
                    kind: other.kind(),
                });
            }
        };
        Ok(Guard { check })
    }

    /// The request header that carries the credentials: `Authorization`, or the custom
    /// header of a password secret added with `--header-name`.
    pub fn header_name(&self) -> &str {
        match &self.check {
            Check::Token {
                header: Some(h), ..
            } => h,
            _ => "Authorization",
        }
    }

    /// The scheme of this guard's challenges.
    pub fn scheme(&self) -> Scheme {
        match self.check {
            Check::Basic { .. } => Scheme::Basic,
            _ => Scheme::Bearer,
        }
    }

    /// Decides one request from the value of its credential header (see
    /// [`Guard::header_name`]); `None` when the header is absent. `now` is Unix seconds.
    ///
    /// # Errors
    /// The [`Denial`] when the request is refused.
    pub fn check(&self, value: Option<&str>, now: i64) -> Result<Grant, Denial> {
        let value = match value.map(str::trim) {
            None | Some("") => return Err(Denial::NoCredentials),
            Some(v) => v,
        };
        if value.len() > MAX_CREDENTIAL_LEN {
            return Err(Denial::Malformed("credentials too long"));
        }
        match &self.check {
            Check::Token {
                header: Some(_),
                digest: want,
            } => {
                // A custom header (X-API-KEY: VALUE) carries the bare value.
                if same(&digest(value.as_bytes()), want) {
                    Ok(Grant::default())
                } else {
                    Err(Denial::WrongCredentials)
                }
            }
            Check::Token { header: None, .. } | Check::Basic { .. } | Check::Jwt { .. } => {
                let presented = parse_authorization(value)?;
                self.check_presented(&presented, now)
            }
        }
    }

    fn check_presented(&self, presented: &Presented, now: i64) -> Result<Grant, Denial> {
        match (&self.check, presented) {
            (
                Check::Basic {
                    username,
                    user_digest,
                    pass_digest,
                },
                Presented::Basic {
                    username: u,
                    password: p,
                },
            ) => {
                // Both comparisons always run: the time does not tell which one failed.
                let user_ok = same(&digest(u), user_digest);
                let pass_ok = same(&digest(p), pass_digest);
                if user_ok & pass_ok {
                    Ok(Grant {
                        subject: Some(username.clone()),
                        scopes: Vec::new(),
                    })
                } else {
                    Err(Denial::WrongCredentials)
                }
            }
            (Check::Token { digest: want, .. }, Presented::Bearer(t)) => {
                if same(&digest(t.expose_secret().as_bytes()), want) {
                    Ok(Grant::default())
                } else {
                    Err(Denial::WrongCredentials)
                }
            }
            (Check::Jwt { key, policy }, Presented::Bearer(t)) => {
                verify_jwt(key, t.expose_secret(), policy, now)
            }
            (_, _) => Err(Denial::WrongScheme {
                expected: self.scheme().as_str(),
            }),
        }
    }
}

/// Checks a JWT with the JOSE verification policy (`exp` required) and maps its
/// verdict: a missing scope is 403 `insufficient_scope`, anything else 401
/// `invalid_token` (RFC 6750 §3.1).
fn verify_jwt(
    key: &VerifyingKey,
    token: &str,
    policy: &VerifyPolicy,
    now: i64,
) -> Result<Grant, Denial> {
    let policy = VerifyPolicy {
        now,
        ..policy.clone()
    };
    match key.verify_jwt(token, &policy) {
        Ok(claims) => Ok(Grant {
            subject: claims
                .get("sub")
                .and_then(|v| v.as_str())
                .map(str::to_string),
            // For `X-Auth-Scopes`: the scopes as the JOSE policy reads them.
            scopes: granted_scopes(&claims, None)
                .unwrap_or_default()
                .into_iter()
                .map(str::to_string)
                .collect(),
        }),
        Err(JoseError::InsufficientScope(first)) => Err(Denial::InsufficientScope {
            missing: vec![first],
            required: policy.scopes.clone(),
        }),
        Err(e) => Err(Denial::InvalidToken(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use base64::Engine;

    use super::*;
    use crate::gate::parse_authorization;
    use crate::secret::{BasicAuth, Password, SecretValue};

    fn basic() -> Guard {
        let data = SecretData::Basic(BasicAuth {
            username: "Aladdin".into(),
            password: SecretValue::new("open sesame".into()),
        });
        Guard::new("b", &data, VerifyPolicy::at(0)).unwrap()
    }

    fn token(header: Option<&str>) -> Guard {
        let data = SecretData::Password(Password {
            value: SecretValue::new("tok-123".into()),
            header_name: header.map(str::to_string),
        });
        Guard::new("p", &data, VerifyPolicy::at(0)).unwrap()
    }

    #[test]
    fn empty_stored_credentials_guard_nothing() {
        let basic = SecretData::Basic(BasicAuth {
            username: String::new(),
            password: SecretValue::new(String::new()),
        });
        let password = SecretData::Password(Password {
            value: SecretValue::new(String::new()),
            header_name: None,
        });
        for data in [basic, password] {
            assert!(matches!(
                Guard::new("e", &data, VerifyPolicy::at(0)),
                Err(GateError::KeyUnusable { .. })
            ));
        }
    }

    #[test]
    fn basic_rfc7617_example() {
        let g = basic();
        let grant = g
            .check(Some("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="), 0)
            .unwrap();
        assert_eq!(grant.subject.as_deref(), Some("Aladdin"));
        // The whole line, any case of the scheme, no padding.
        assert!(
            g.check(
                Some("authorization: basic QWxhZGRpbjpvcGVuIHNlc2FtZQ\r\n"),
                0
            )
            .is_ok()
        );
        // Wrong password, wrong user.
        let wrong = base64::engine::general_purpose::STANDARD.encode("Aladdin:open sesam");
        assert_eq!(
            g.check(Some(&format!("Basic {wrong}")), 0),
            Err(Denial::WrongCredentials)
        );
        let wrong = base64::engine::general_purpose::STANDARD.encode("aladdin:open sesame");
        assert_eq!(
            g.check(Some(&format!("Basic {wrong}")), 0),
            Err(Denial::WrongCredentials)
        );
    }

    #[test]
    fn malformed_and_missing() {
        let g = basic();
        assert_eq!(g.check(None, 0), Err(Denial::NoCredentials));
        assert_eq!(g.check(Some("  "), 0), Err(Denial::NoCredentials));
        assert!(matches!(
            g.check(Some("Basic !!!not-base64!!!"), 0),
            Err(Denial::Malformed(_))
        ));
        let nocolon = base64::engine::general_purpose::STANDARD.encode("nocolon");
        assert!(matches!(
            g.check(Some(&format!("Basic {nocolon}")), 0),
            Err(Denial::Malformed(_))
        ));
        assert!(matches!(
            g.check(Some("Digest x"), 0),
            Err(Denial::Malformed(_))
        ));
        assert_eq!(
            g.check(Some("Bearer abc"), 0),
            Err(Denial::WrongScheme { expected: "Basic" })
        );
        let huge = format!("Basic {}", "A".repeat(MAX_CREDENTIAL_LEN + 1));
        assert!(matches!(g.check(Some(&huge), 0), Err(Denial::Malformed(_))));
    }

    #[test]
    fn bearer_tokens() {
        let g = token(None);
        assert!(g.check(Some("Bearer tok-123"), 0).is_ok());
        assert_eq!(
            g.check(Some("Bearer tok-124"), 0),
            Err(Denial::WrongCredentials)
        );
        assert!(matches!(
            g.check(Some("Bearer a b"), 0),
            Err(Denial::Malformed(_))
        ));
        let h = token(Some("X-API-KEY"));
        assert_eq!(h.header_name(), "X-API-KEY");
        assert!(h.check(Some("tok-123"), 0).is_ok());
        assert_eq!(h.check(Some("tok-12"), 0), Err(Denial::WrongCredentials));
    }

    fn hs256_token(claims: &str) -> String {
        use josekit::jws::JwsSigner;
        let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
        let input = format!(
            "{}.{}",
            b64(br#"{"alg":"HS256","typ":"JWT"}"#),
            b64(claims.as_bytes())
        );
        let signer = josekit::jws::HS256.signer_from_bytes([7u8; 32]).unwrap();
        let sig = signer.sign(input.as_bytes()).unwrap();
        format!("{input}.{}", b64(&sig))
    }

    #[test]
    fn jwt_verdicts_map_to_401_and_403() {
        let key = SecretData::Hs256(crate::secret::hs256_from_bytes(&[7u8; 32]).unwrap());
        let req = VerifyPolicy {
            scopes: vec!["orders:read".into()],
            leeway_secs: 0,
            ..VerifyPolicy::at(0)
        };
        let g = Guard::new("k", &key, req).unwrap();
        assert_eq!(g.scheme(), Scheme::Bearer);
        let good = hs256_token(r#"{"sub":"svc","exp":2000,"scope":"a orders:read"}"#);
        let grant = g.check(Some(&format!("Bearer {good}")), 1000).unwrap();
        assert_eq!(grant.subject.as_deref(), Some("svc"));
        assert_eq!(grant.scopes, ["a", "orders:read"]);
        let noscope = hs256_token(r#"{"sub":"svc","exp":2000,"scp":["a"]}"#);
        assert_eq!(
            g.check(Some(&format!("Bearer {noscope}")), 1000),
            Err(Denial::InsufficientScope {
                missing: vec!["orders:read".into()],
                required: vec!["orders:read".into()]
            })
        );
        // The claims are checked at the time of each request: later, the token is expired.
        assert!(g.check(Some(&format!("Bearer {good}")), 1500).is_ok());
        assert!(matches!(
            g.check(Some(&format!("Bearer {good}")), 3000),
            Err(Denial::InvalidToken(e)) if e.contains("expired")
        ));
        let mut forged = good.clone();
        forged.pop();
        forged.push(if good.ends_with('A') { 'B' } else { 'A' });
        assert!(matches!(
            g.check(Some(&format!("Bearer {forged}")), 1000),
            Err(Denial::InvalidToken(_))
        ));
        assert_eq!(
            g.check(Some("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="), 1000),
            Err(Denial::WrongScheme { expected: "Bearer" })
        );
    }

    #[test]
    fn debug_hides_credentials() {
        let p = parse_authorization("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==").unwrap();
        assert!(!format!("{p:?}").contains("open"));
        assert!(!format!("{:?}", token(None)).contains("tok-123"));
    }
}
