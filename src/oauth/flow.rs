//! The HTTP side of the grant: the authorization URL (RFC 6749 §4.1.1 + RFC 7636 §4.3),
//! the code exchange (§4.1.3), the refresh (§6) and revocation (RFC 7009).
//!
//! Every token-endpoint request sends `Accept: application/json` (GitHub answers
//! form-encoded without it) and follows no redirects.

use std::time::Duration;

use base64::Engine;
use url::Url;

use super::token_response::{self, TokenResponse};
use super::{OAuthError, shorten};
use crate::secret::{ClientAuth, Grant, OAuth2, SecretValue};

/// An endpoint's answer: status, content type, body (zeroized on drop).
type RawResponse = (u16, Option<String>, zeroize::Zeroizing<Vec<u8>>);

/// The blocking HTTP client used for every OAuth2 request.
pub struct HttpClient {
    inner: reqwest::blocking::Client,
}

/// The timeout of one OAuth2 HTTP request.
pub const HTTP_TIMEOUT: Duration = Duration::from_secs(30);

/// The largest answer read from an OAuth2 endpoint. Real token responses and discovery
/// documents are a few KiB; a bigger one is refused instead of being stored in the vault.
pub const MAX_RESPONSE_BYTES: u64 = 1024 * 1024;

/// Reads at most [`MAX_RESPONSE_BYTES`] of a body (zeroized on drop); the error says why
/// the body is unusable.
fn read_capped(
    resp: reqwest::blocking::Response,
) -> Result<zeroize::Zeroizing<Vec<u8>>, &'static str> {
    use std::io::Read as _;
    let mut buf = zeroize::Zeroizing::new(Vec::with_capacity(16 * 1024));
    resp.take(MAX_RESPONSE_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|_| "the answer was cut off")?;
    if buf.len() as u64 > MAX_RESPONSE_BYTES {
        return Err("the answer is larger than 1 MiB");
    }
    Ok(buf)
}

impl HttpClient {
    /// A client with a 30 s timeout and no redirects.
    pub fn new() -> Result<HttpClient, OAuthError> {
        let inner = reqwest::blocking::Client::builder()
            .timeout(HTTP_TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("flowlet-secrets/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|source| OAuthError::Http {
                what: "network",
                source,
            })?;
        Ok(HttpClient { inner })
    }

    /// GET a JSON document.
    pub(crate) fn get_json(
        &self,
        what: &'static str,
        url: &str,
    ) -> Result<serde_json::Value, OAuthError> {
        let resp = self
            .inner
            .get(url)
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .map_err(|source| OAuthError::Http { what, source })?;
        let status = resp.status().as_u16();
        if !(200..300).contains(&status) {
            return Err(OAuthError::HttpStatus { what, status });
        }
        let body = read_capped(resp).map_err(OAuthError::Discovery)?;
        serde_json::from_slice(&body).map_err(|_| OAuthError::Discovery("the document is not JSON"))
    }

    /// POSTs a form to `url` with the client's authentication; returns status,
    /// content type and body (zeroized on drop).
    fn post_form<'a>(
        &self,
        what: &'static str,
        url: &str,
        cfg: &'a OAuth2,
        mut form: Vec<(&'a str, &'a str)>,
    ) -> Result<RawResponse, OAuthError> {
        let mut req = self
            .inner
            .post(url)
            .header(reqwest::header::ACCEPT, "application/json");
        let secret = cfg.client_secret.as_ref().map(SecretValue::expose_secret);
        match (cfg.client_auth, secret) {
            (ClientAuth::Basic, Some(secret)) => {
                req = req.header(
                    reqwest::header::AUTHORIZATION,
                    basic_auth(&cfg.client_id, secret),
                );
            }
            (ClientAuth::Post, Some(secret)) => {
                form.push(("client_id", &cfg.client_id));
                form.push(("client_secret", secret));
            }
            // A public client identifies itself in the body (RFC 6749 §4.1.3).
            _ => form.push(("client_id", &cfg.client_id)),
        }
        let body = zeroize::Zeroizing::new(
            url::form_urlencoded::Serializer::new(String::new())
                .extend_pairs(form)
                .finish(),
        );
        let resp = req
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(body.as_bytes().to_vec())
            .send()
            .map_err(|source| OAuthError::Http { what, source })?;
        let status = resp.status().as_u16();
        let ct = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let bytes = read_capped(resp).map_err(OAuthError::MalformedResponse)?;
        Ok((status, ct, bytes))
    }
}

/// `client_secret_basic` (RFC 6749 §2.3.1): both parts form-urlencoded, then Basic.
fn basic_auth(id: &str, secret: &str) -> String {
    let enc = |s: &str| url::form_urlencoded::byte_serialize(s.as_bytes()).collect::<String>();
    let raw = zeroize::Zeroizing::new(format!("{}:{}", enc(id), enc(secret)));
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(raw.as_bytes())
    )
}

/// Parameters an `--auth-param` may not override: the flow sets them itself.
pub const RESERVED_AUTH_PARAMS: &[&str] = &[
    "response_type",
    "client_id",
    "redirect_uri",
    "state",
    "code_challenge",
    "code_challenge_method",
];

/// The loopback redirect URI for secret `name` on `port` (RFC 8252 §7.3: `127.0.0.1`,
/// not `localhost`, so no resolver or firewall rule can send it elsewhere).
pub fn redirect_uri(host: &str, port: u16, name: &str) -> String {
    format!("http://{host}:{port}/callback/{name}")
}

/// The authorization request URL (RFC 6749 §4.1.1, RFC 7636 §4.3).
pub fn authorize_url(
    cfg: &OAuth2,
    redirect_uri: &str,
    challenge: &str,
    state: &str,
) -> Result<Url, OAuthError> {
    let Grant::AuthorizationCode(code) = &cfg.grant;
    let mut url = Url::parse(&code.auth_url).map_err(|source| OAuthError::InvalidUrl {
        what: "authorization",
        source,
    })?;
    {
        let mut q = url.query_pairs_mut();
        q.append_pair("response_type", "code")
            .append_pair("client_id", &cfg.client_id)
            .append_pair("redirect_uri", redirect_uri);
        if !cfg.scopes.is_empty() {
            q.append_pair("scope", &cfg.scopes.join(" "));
        }
        q.append_pair("state", state)
            .append_pair("code_challenge", challenge)
            .append_pair("code_challenge_method", "S256");
        for (k, v) in &code.auth_params {
            q.append_pair(k, v);
        }
    }
    Ok(url)
}

/// Exchanges an authorization code (RFC 6749 §4.1.3) with the PKCE verifier
/// (RFC 7636 §4.5) and the same redirect_uri as the authorization request.
pub fn exchange_code(
    http: &HttpClient,
    cfg: &OAuth2,
    code: &SecretValue,
    verifier: &SecretValue,
    redirect_uri: &str,
) -> Result<TokenResponse, OAuthError> {
    token_request(
        http,
        cfg,
        vec![
            ("grant_type", "authorization_code"),
            ("code", code.expose_secret()),
            ("redirect_uri", redirect_uri),
            ("code_verifier", verifier.expose_secret()),
        ],
    )
}

/// Refreshes the access token (RFC 6749 §6). The scope is not sent, so the provider
/// keeps the granted one.
pub fn refresh(
    http: &HttpClient,
    cfg: &OAuth2,
    refresh_token: &SecretValue,
) -> Result<TokenResponse, OAuthError> {
    token_request(
        http,
        cfg,
        vec![
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token.expose_secret()),
        ],
    )
}

/// One token-endpoint request (RFC 6749 §3.2) with the client's authentication, parsed
/// leniently by [`token_response::parse`].
fn token_request(
    http: &HttpClient,
    cfg: &OAuth2,
    form: Vec<(&str, &str)>,
) -> Result<TokenResponse, OAuthError> {
    let what = "token endpoint";
    let (status, ct, body) = http.post_form(what, &cfg.token_url, cfg, form)?;
    token_response::parse(what, status, ct.as_deref(), &body)
}

/// Revokes one token at the RFC 7009 endpoint. `hint` is `refresh_token` or
/// `access_token` (§2.1). RFC 7009 §2.2: an already invalid token is a success.
pub fn revoke(
    http: &HttpClient,
    cfg: &OAuth2,
    url: &str,
    token: &SecretValue,
    hint: &str,
) -> Result<(), OAuthError> {
    let what = "revocation endpoint";
    let (status, ct, body) = http.post_form(
        what,
        url,
        cfg,
        vec![("token", token.expose_secret()), ("token_type_hint", hint)],
    )?;
    if (200..300).contains(&status) {
        return Ok(());
    }
    let is_json = ct.as_deref().is_some_and(|c| c.contains("json"));
    if let Some(serde_json::Value::Object(m)) = is_json
        .then(|| serde_json::from_slice::<serde_json::Value>(&body).ok())
        .flatten()
        && let Some(serde_json::Value::String(error)) = m.get("error")
    {
        return Err(OAuthError::Provider {
            error: shorten(error, 80),
            description: m
                .get("error_description")
                .and_then(|d| d.as_str())
                .map(|d| shorten(d, 300)),
        });
    }
    Err(OAuthError::HttpStatus { what, status })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::AuthorizationCode;

    fn cfg() -> OAuth2 {
        OAuth2 {
            provider: None,
            issuer: None,
            client_id: "my app".into(),
            client_secret: None,
            token_url: "https://idp.example/token".into(),
            revocation_url: None,
            userinfo_url: None,
            scopes: vec!["openid".into(), "offline_access".into()],
            grant: Grant::AuthorizationCode(AuthorizationCode {
                auth_url: "https://idp.example/authorize?tenant=x".into(),
                auth_params: vec![("prompt".into(), "consent".into())],
                redirect_port: 8765,
                redirect_host: "127.0.0.1".into(),
            }),
            client_auth: ClientAuth::None,
            token: None,
        }
    }

    #[test]
    fn authorize_url_has_every_parameter() {
        let u = authorize_url(&cfg(), "http://127.0.0.1:8765/callback/x", "CH", "ST").unwrap();
        let q: Vec<(String, String)> = u.query_pairs().into_owned().collect();
        let get = |k: &str| q.iter().find(|(a, _)| a == k).map(|(_, b)| b.as_str());
        assert_eq!(get("tenant"), Some("x"));
        assert_eq!(get("response_type"), Some("code"));
        assert_eq!(get("client_id"), Some("my app"));
        assert_eq!(get("scope"), Some("openid offline_access"));
        assert_eq!(get("code_challenge_method"), Some("S256"));
        assert_eq!(get("state"), Some("ST"));
        assert_eq!(get("prompt"), Some("consent"));
        assert!(u.as_str().contains("client_id=my+app"));
    }

    #[test]
    fn basic_auth_encodes_both_parts() {
        // RFC 6749 §2.3.1: application/x-www-form-urlencoded before base64.
        let h = basic_auth("a:b", "p w");
        let raw = base64::engine::general_purpose::STANDARD
            .decode(h.strip_prefix("Basic ").unwrap())
            .unwrap();
        assert_eq!(raw, b"a%3Ab:p+w");
    }
}
