//! The lenient parser of token-endpoint answers (RFC 6749 §5.1 success, §5.2 error), as
//! real providers send them: JSON or form-encoded bodies, `expires_in` as a number or a
//! numeric string, `token_type` in any case or missing, and errors with HTTP 200.
//! Anything else fails closed, and no error ever contains the body.

use serde_json::Value;

use super::{OAuthError, shorten};
use crate::secret::{SecretValue, TokenSet};

/// A successful token response; secret fields are redacted in `Debug`.
#[derive(Debug)]
pub struct TokenResponse {
    /// The access token.
    pub access_token: SecretValue,
    /// The refresh token, if the provider issued one.
    pub refresh_token: Option<SecretValue>,
    /// Lifetime of the access token in seconds, if given.
    pub expires_in: Option<i64>,
    /// The granted scope (RFC 6749 §5.1: omitted when identical to the requested one).
    pub scope: Option<String>,
    /// The OpenID Connect ID token.
    pub id_token: Option<SecretValue>,
}

impl TokenResponse {
    /// The token set to store, obtained at `now` (Unix seconds).
    pub fn into_token_set(self, now: i64) -> TokenSet {
        TokenSet {
            access_token: self.access_token,
            refresh_token: self.refresh_token,
            expires_at: self.expires_in.map(|s| now.saturating_add(s)),
            scope: self.scope,
            id_token: self.id_token,
            obtained_at: now,
        }
    }
}

/// Parses a token-endpoint answer.
///
/// `what` names the endpoint in errors. A body with `error` is an error whatever the
/// status (GitHub and Slack answer errors with 200); a non-2xx answer without one is
/// [`OAuthError::HttpStatus`]; a 2xx body that is neither JSON nor form-encoded, or lacks
/// an access token, is [`OAuthError::MalformedResponse`].
pub fn parse(
    what: &'static str,
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
) -> Result<TokenResponse, OAuthError> {
    let fields = match fields(content_type, body) {
        Some(f) => ZeroizingFields(f),
        None if !(200..300).contains(&status) => {
            return Err(OAuthError::HttpStatus { what, status });
        }
        None => {
            return Err(OAuthError::MalformedResponse(
                "the body is neither JSON nor form-encoded",
            ));
        }
    };
    if let Some(err) = fields.get("error") {
        let error = match err {
            Value::String(s) if !s.is_empty() => shorten(s, 80),
            _ => "(unnamed error)".into(),
        };
        let description = fields
            .get("error_description")
            .and_then(Value::as_str)
            .map(|d| shorten(d, 300));
        return Err(OAuthError::Provider { error, description });
    }
    if !(200..300).contains(&status) {
        return Err(OAuthError::HttpStatus { what, status });
    }
    let secret = |k: &str| -> Result<Option<SecretValue>, OAuthError> {
        match fields.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.is_empty() => Ok(None),
            Some(Value::String(s)) => {
                if s.chars().any(char::is_control) {
                    return Err(OAuthError::MalformedResponse(
                        "a token contains control characters",
                    ));
                }
                Ok(Some(SecretValue::new(s.clone())))
            }
            Some(_) => Err(OAuthError::MalformedResponse("a token is not a string")),
        }
    };
    let access_token =
        secret("access_token")?.ok_or(OAuthError::MalformedResponse("it has no access_token"))?;
    // RFC 6749 §5.1: token_type is case-insensitive; some providers omit it, and an
    // omitted type is used as Bearer by every client in practice.
    match fields.get("token_type") {
        None | Some(Value::Null) => {}
        Some(Value::String(t)) if t.eq_ignore_ascii_case("bearer") => {}
        Some(Value::String(t)) => return Err(OAuthError::UnsupportedTokenType(shorten(t, 40))),
        Some(_) => return Err(OAuthError::MalformedResponse("token_type is not a string")),
    }
    let expires_in = match fields.get("expires_in") {
        None | Some(Value::Null) => None,
        Some(Value::Number(n)) => Some(
            n.as_i64()
                .or_else(|| n.as_f64().filter(|f| f.is_finite()).map(|f| f as i64))
                .ok_or(OAuthError::MalformedResponse("expires_in is not a number"))?,
        ),
        Some(Value::String(s)) => Some(
            s.trim()
                .parse::<i64>()
                .ok()
                .or_else(|| {
                    // Rust also reads "inf", "infinity" and "NaN" as floats: a token that
                    // never expires, or one read as expiring now. Only finite numbers count.
                    s.trim()
                        .parse::<f64>()
                        .ok()
                        .filter(|f| f.is_finite())
                        .map(|f| f as i64)
                })
                .ok_or(OAuthError::MalformedResponse("expires_in is not a number"))?,
        ),
        Some(_) => return Err(OAuthError::MalformedResponse("expires_in is not a number")),
    };
    if expires_in.is_some_and(|s| s < 0) {
        return Err(OAuthError::MalformedResponse("expires_in is negative"));
    }
    let scope = match fields.get("scope") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        // A few providers send an array; RFC 6749 §3.3 says space-delimited.
        Some(Value::Array(a)) => Some(
            a.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join(" "),
        ),
        Some(_) => return Err(OAuthError::MalformedResponse("scope is not a string")),
    };
    Ok(TokenResponse {
        access_token,
        refresh_token: secret("refresh_token")?,
        expires_in,
        scope: scope.filter(|s| !s.is_empty()),
        id_token: secret("id_token")?,
    })
}

/// The parsed body; its string values (tokens among them) are zeroized on drop.
struct ZeroizingFields(serde_json::Map<String, Value>);

impl std::ops::Deref for ZeroizingFields {
    type Target = serde_json::Map<String, Value>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Drop for ZeroizingFields {
    fn drop(&mut self) {
        for v in self.0.values_mut() {
            if let Value::String(s) = v {
                zeroize::Zeroize::zeroize(s);
            }
        }
    }
}

/// The body's fields: JSON when it is declared or looks like an object, form-encoded
/// when declared so or when it is `k=v&…` text (GitHub without `Accept`).
fn fields(content_type: Option<&str>, body: &[u8]) -> Option<serde_json::Map<String, Value>> {
    let ct = content_type
        .and_then(|c| c.split(';').next())
        .map(|c| c.trim().to_ascii_lowercase())
        .unwrap_or_default();
    let trimmed = body.trim_ascii_start();
    if ct.ends_with("json") || ct.ends_with("+json") || trimmed.starts_with(b"{") {
        return match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(m)) => Some(m),
            _ => None,
        };
    }
    let text = std::str::from_utf8(body).ok()?.trim();
    let looks_form = ct == "application/x-www-form-urlencoded"
        || (!text.is_empty()
            && !text.contains(char::is_whitespace)
            && text.split('&').all(|kv| kv.contains('=')));
    if !looks_form {
        return None;
    }
    let mut m = serde_json::Map::new();
    for (k, v) in url::form_urlencoded::parse(text.as_bytes()) {
        m.insert(k.into_owned(), Value::String(v.into_owned()));
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: Option<&str> = Some("application/json");

    #[test]
    fn standard_json() {
        let r = parse(
            "token endpoint",
            200,
            JSON,
            br#"{"access_token":"at","token_type":"Bearer","expires_in":3600,"refresh_token":"rt","scope":"a b"}"#,
        )
        .unwrap();
        assert_eq!(r.access_token.expose_secret(), "at");
        assert_eq!(r.refresh_token.unwrap().expose_secret(), "rt");
        assert_eq!(r.expires_in, Some(3600));
        assert_eq!(r.scope.as_deref(), Some("a b"));
    }

    #[test]
    fn quirks() {
        let r = parse(
            "t",
            200,
            JSON,
            br#"{"access_token":"at","token_type":"bearer","expires_in":"3599"}"#,
        )
        .unwrap();
        assert_eq!(r.expires_in, Some(3599));
        let r = parse("t", 200, JSON, br#"{"access_token":"at"}"#).unwrap();
        assert_eq!(r.expires_in, None);
        let r = parse(
            "t",
            200,
            Some("application/x-www-form-urlencoded; charset=utf-8"),
            b"access_token=gho_x&scope=repo%2Cuser&token_type=bearer",
        )
        .unwrap();
        assert_eq!(r.access_token.expose_secret(), "gho_x");
        assert_eq!(r.scope.as_deref(), Some("repo,user"));
        let r = parse(
            "t",
            200,
            Some("text/plain"),
            b"access_token=a&expires_in=10",
        )
        .unwrap();
        assert_eq!(r.expires_in, Some(10));
        let r = parse(
            "t",
            200,
            None,
            br#" {"access_token":"at","expires_in":60.0}"#,
        )
        .unwrap();
        assert_eq!(r.expires_in, Some(60));
    }

    #[test]
    fn errors_whatever_the_status() {
        let e = parse("t", 200, JSON, br#"{"error":"bad_verification_code","error_description":"The code passed is incorrect or expired."}"#).unwrap_err();
        assert!(
            matches!(e, OAuthError::Provider { ref error, .. } if error == "bad_verification_code")
        );
        let e = parse("t", 400, JSON, br#"{"error":"invalid_grant"}"#).unwrap_err();
        assert!(e.is_invalid_grant());
        let e = parse(
            "t",
            200,
            Some("application/x-www-form-urlencoded"),
            b"error=invalid_grant",
        )
        .unwrap_err();
        assert!(e.is_invalid_grant());
    }

    #[test]
    fn fails_closed_without_echoing() {
        for (status, ct, body) in [
            (200, JSON, &br#"{"token_type":"bearer"}"#[..]),
            (
                200,
                JSON,
                br#"{"access_token":"s3cr3t","token_type":"mac"}"#,
            ),
            (
                200,
                JSON,
                br#"{"access_token":"s3cr3t","expires_in":"soon"}"#,
            ),
            (200, JSON, br#"{"access_token":"s3cr3t","expires_in":-5}"#),
            // Found by the properties below: text that Rust's float parser reads as
            // infinity (a token that never expires) or NaN (read as 0).
            (
                200,
                JSON,
                br#"{"access_token":"s3cr3t","expires_in":"inf"}"#,
            ),
            (
                200,
                JSON,
                br#"{"access_token":"s3cr3t","expires_in":"-Infinity"}"#,
            ),
            (
                200,
                JSON,
                br#"{"access_token":"s3cr3t","expires_in":" NaN "}"#,
            ),
            (
                200,
                Some("application/x-www-form-urlencoded"),
                b"access_token=s3cr3t&expires_in=infinity",
            ),
            (200, JSON, br#"["access_token","s3cr3t"]"#),
            (200, Some("text/html"), b"<html>s3cr3t</html>"),
            (500, Some("text/html"), b"<html>s3cr3t</html>"),
            (502, JSON, br#"{"access_token":"s3cr3t"}"#),
            (200, JSON, br#"{"access_token":"s3cr3t"#),
        ] {
            let e = parse("t", status, ct, body).unwrap_err();
            assert!(!e.to_string().contains("s3cr3t"), "{e}");
            assert!(!format!("{e:?}").contains("s3cr3t"), "{e:?}");
        }
    }
}

/// Properties over generated bodies (`PROPTEST_CASES` sets the number of cases, 256 by
/// default; e.g. `PROPTEST_CASES=100000 cargo test --lib props` for a longer run).
#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    const SECRET: &str = "SECRET-t0k3n";

    fn content_type() -> impl Strategy<Value = Option<String>> {
        prop_oneof![
            Just(None),
            Just(Some("application/json".to_string())),
            Just(Some("application/x-www-form-urlencoded".to_string())),
            Just(Some("text/plain".to_string())),
            Just(Some("text/html; charset=utf-8".to_string())),
            ".{0,40}".prop_map(Some),
        ]
    }

    /// Any JSON value a provider could put in a field.
    fn json_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            ".{0,12}".prop_map(Value::String),
            prop_oneof![
                Just("inf"),
                Just("-inf"),
                Just("NaN"),
                Just("infinity"),
                Just("1e400"),
                Just("-0"),
                Just(" 60 "),
                Just("Bearer"),
                Just("bEaReR"),
                Just("mac"),
                Just(""),
            ]
            .prop_map(|s| Value::String(s.into())),
        ];
        leaf.prop_recursive(2, 8, 3, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
                prop::collection::btree_map(".{0,4}", inner, 0..3)
                    .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// A token-endpoint-like JSON object: the known fields, each maybe present with any
    /// value, plus an access token that is a recognisable secret.
    fn token_object() -> impl Strategy<Value = serde_json::Map<String, Value>> {
        let field =
            |name: &'static str| prop::option::of(json_value()).prop_map(move |v| (name, v));
        (
            prop::option::of(prop_oneof![
                Just(Value::String(SECRET.into())),
                json_value()
            ]),
            field("token_type"),
            field("expires_in"),
            field("refresh_token"),
            field("scope"),
            field("id_token"),
            prop::option::of(prop_oneof![
                Just(Value::String("invalid_grant".into())),
                json_value()
            ]),
        )
            .prop_map(|(at, tt, ei, rt, sc, it, err)| {
                let mut m = serde_json::Map::new();
                if let Some(at) = at {
                    m.insert("access_token".into(), at);
                }
                for (k, v) in [tt, ei, rt, sc, it] {
                    if let Some(v) = v {
                        m.insert(k.into(), v);
                    }
                }
                if let Some(e) = err {
                    m.insert("error".into(), e);
                }
                m
            })
    }

    /// What must hold of every answer, whatever the input. `shown` says whether the
    /// secret stood in `error`, `error_description` or `token_type`, which are shown
    /// (shortened and sanitised) by design.
    fn check(status: u16, body: &[u8], shown: bool, r: &Result<TokenResponse, OAuthError>) {
        match r {
            Ok(t) => {
                assert!((200..300).contains(&status), "accepted HTTP {status}");
                let at = t.access_token.expose_secret();
                assert!(!at.is_empty(), "an empty access token was accepted");
                assert!(!at.chars().any(char::is_control));
                assert!(t.expires_in.is_none_or(|s| s >= 0));
            }
            Err(e) => {
                // No error ever echoes the token (or the body around it).
                if !shown && body.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()) {
                    assert!(!e.to_string().contains(SECRET), "{e}");
                    assert!(!format!("{e:?}").contains(SECRET), "{e:?}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(status in 100u16..600, ct in content_type(),
                                       body in prop::collection::vec(any::<u8>(), 0..256)) {
            let r = parse("t", status, ct.as_deref(), &body);
            let shown = [&b"error"[..], b"token_type"].iter().any(|n| body.windows(n.len()).any(|w| w == *n));
            check(status, &body, shown, &r);
        }

        #[test]
        fn json_bodies_fail_closed(status in prop_oneof![Just(200u16), Just(201), Just(400), Just(401), 100u16..600],
                                   ct in content_type(), obj in token_object()) {
            let body = serde_json::to_vec(&Value::Object(obj.clone())).unwrap();
            let r = parse("t", status, ct.as_deref(), &body);
            let shown = ["error", "error_description", "token_type"].iter().any(|k| obj.get(*k) == Some(&Value::String(SECRET.into())));
            check(status, &body, shown, &r);
            if obj.contains_key("error") {
                prop_assert!(matches!(r, Err(OAuthError::Provider { .. })), "an error body was not an error");
            }
            if let Ok(t) = &r {
                // Only a Bearer (or unnamed) token of the body's own access_token.
                prop_assert_eq!(Some(&Value::String(t.access_token.expose_secret().to_string())), obj.get("access_token"));
                match obj.get("token_type") {
                    None | Some(Value::Null) => {}
                    Some(Value::String(tt)) => prop_assert!(tt.eq_ignore_ascii_case("bearer")),
                    Some(other) => prop_assert!(false, "token_type {other:?} accepted"),
                }
                // expires_in, when given as text, is a finite number.
                if let Some(Value::String(s)) = obj.get("expires_in") {
                    prop_assert!(s.trim().parse::<f64>().is_ok_and(f64::is_finite), "expires_in {s:?} accepted");
                }
            }
        }

        /// `expires_in` is accepted only as a finite, non-negative number of seconds,
        /// as a JSON number or as text.
        #[test]
        fn expires_in_is_a_finite_number(v in prop_oneof![
            json_value(),
            "[ +-]{0,2}([iI][nN][fF]([iI][nN][iI][tT][yY])?|[nN][aA][nN]|[0-9.eE+-]{1,8}) ?"
                .prop_map(Value::String),
        ]) {
            let mut m = serde_json::Map::new();
            m.insert("access_token".into(), Value::String(SECRET.into()));
            m.insert("expires_in".into(), v.clone());
            let body = serde_json::to_vec(&Value::Object(m)).unwrap();
            if let Ok(t) = parse("t", 200, Some("application/json"), &body) {
                let finite = match &v {
                    Value::Null => true,
                    Value::Number(n) => n.as_f64().is_some_and(f64::is_finite),
                    Value::String(s) => s.trim().parse::<f64>().is_ok_and(f64::is_finite),
                    _ => false,
                };
                prop_assert!(finite, "expires_in {v:?} accepted as {:?}", t.expires_in);
            }
        }

        #[test]
        fn form_bodies_fail_closed(status in 100u16..600, ct in content_type(),
                                   pairs in prop::collection::vec((
                                       prop_oneof![Just("access_token".to_string()), Just("token_type".to_string()),
                                                   Just("expires_in".to_string()), Just("error".to_string()),
                                                   Just("refresh_token".to_string()), ".{0,6}".prop_map(String::from)],
                                       prop_oneof![Just(SECRET.to_string()), Just("inf".to_string()), Just(String::new()),
                                                   ".{0,10}".prop_map(String::from)]), 0..6)) {
            let body = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(&pairs).finish();
            let r = parse("t", status, ct.as_deref(), body.as_bytes());
            let shown = pairs.iter().any(|(k, v)| {
                (k.starts_with("error") || k == "token_type") && v == SECRET
            });
            check(status, body.as_bytes(), shown, &r);
        }
    }
}
