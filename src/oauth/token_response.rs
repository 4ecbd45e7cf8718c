//! The lenient parser of token-endpoint answers (RFC 6749 §5.1 success, §5.2 error), as
//! real providers send them: JSON or form-encoded bodies, `expires_in` as a number or a
//! numeric string, `token_type` in any case or missing, and errors with HTTP 200.
//! Anything else fails closed, and no error ever contains the body.

use serde_json::Value;

use super::{OAuthError, shorten};
use crate::secret::{SecretValue, TokenSet};

/// How an access token is presented (RFC 6749 §7.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TokenType {
    /// `Authorization: Bearer` (RFC 6750).
    #[default]
    Bearer,
    /// `Authorization: DPoP` with a proof (RFC 9449 §7.1): never to be sent as Bearer.
    Dpop,
}

/// A successful token response; secret fields are redacted in `Debug`.
#[derive(Debug)]
pub struct TokenResponse {
    /// The access token.
    pub access_token: SecretValue,
    /// Bearer, or DPoP when the request carried a proof and the token is bound to it.
    pub token_type: TokenType,
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
    parse_token(what, status, content_type, body, false)
}

/// [`parse`], also accepting `token_type` DPoP when `dpop_sent` (RFC 9449 §5: only an
/// answer to a request with a proof can be DPoP-bound).
pub fn parse_token(
    what: &'static str,
    status: u16,
    content_type: Option<&str>,
    body: &[u8],
    dpop_sent: bool,
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
    let token_type = match fields.get("token_type") {
        None | Some(Value::Null) => TokenType::Bearer,
        Some(Value::String(t)) if t.eq_ignore_ascii_case("bearer") => TokenType::Bearer,
        Some(Value::String(t)) if dpop_sent && t.eq_ignore_ascii_case("dpop") => TokenType::Dpop,
        Some(Value::String(t)) => return Err(OAuthError::UnsupportedTokenType(shorten(t, 40))),
        Some(_) => return Err(OAuthError::MalformedResponse("token_type is not a string")),
    };
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
                .or_else(|_| s.trim().parse::<f64>().map(|f| f as i64))
                .map_err(|_| OAuthError::MalformedResponse("expires_in is not a number"))?,
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
        token_type,
        refresh_token: secret("refresh_token")?,
        expires_in,
        scope: scope.filter(|s| !s.is_empty()),
        id_token: secret("id_token")?,
    })
}

/// The `error` code of an error body (RFC 6749 §5.2), if the body is one; for the
/// DPoP nonce handshake and the device-grant polling, which look at it before parsing.
pub fn error_code(content_type: Option<&str>, body: &[u8]) -> Option<String> {
    let f = ZeroizingFields(fields(content_type, body)?);
    f.get("error")
        .and_then(Value::as_str)
        .map(|e| shorten(e, 80))
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
    fn dpop_token_type_only_after_a_proof() {
        let body = br#"{"access_token":"at","token_type":"DPoP","expires_in":60}"#;
        assert!(matches!(
            parse("t", 200, JSON, body),
            Err(OAuthError::UnsupportedTokenType(_))
        ));
        let r = parse_token("t", 200, JSON, body, true).unwrap();
        assert_eq!(r.token_type, TokenType::Dpop);
        let r = parse_token(
            "t",
            200,
            JSON,
            br#"{"access_token":"at","token_type":"Bearer"}"#,
            true,
        )
        .unwrap();
        assert_eq!(r.token_type, TokenType::Bearer);
        assert_eq!(
            error_code(JSON, br#"{"error":"use_dpop_nonce"}"#).as_deref(),
            Some("use_dpop_nonce")
        );
        assert_eq!(error_code(JSON, br#"{"access_token":"x"}"#), None);
        assert_eq!(error_code(Some("text/html"), b"<html>"), None);
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
