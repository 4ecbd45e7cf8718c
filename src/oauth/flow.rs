//! The HTTP side of the grants: the authorization URL (RFC 6749 §4.1.1 + RFC 7636 §4.3),
//! the code exchange (§4.1.3), client credentials (§4.4), the device-code poll (RFC 8628
//! §3.4), the refresh (§6) and revocation (RFC 7009).
//!
//! Every token-endpoint request goes through one helper, which sends `Accept:
//! application/json` (GitHub answers form-encoded without it), follows no redirects, and
//! can carry a fresh `private_key_jwt` assertion (RFC 7523) and a fresh DPoP proof with
//! one nonce retry (RFC 9449 §8) — see [`TokenRequestOptions`].

use std::time::Duration;

use base64::Engine;
use url::Url;

use super::client_assertion::{self, ClientAssertionKey};
use super::dpop::{self, DpopSession};
use super::token_response::{self, TokenResponse};
use super::{OAuthError, shorten};
use crate::secret::{ClientAuth, Grant, OAuth2, SecretValue};

/// An endpoint's answer (the body is zeroized on drop).
pub(crate) struct RawResponse {
    /// The HTTP status.
    pub status: u16,
    /// `Content-Type`.
    pub content_type: Option<String>,
    /// `DPoP-Nonce` (RFC 9449 §8.1).
    pub dpop_nonce: Option<String>,
    /// The body.
    pub body: zeroize::Zeroizing<Vec<u8>>,
}

/// What a token-endpoint request carries besides its form and the stored client
/// registration. The default is a plain request with the stored client authentication.
#[derive(Clone, Copy)]
pub struct TokenRequestOptions<'a> {
    /// `private_key_jwt` (RFC 7523 §2.2): a fresh assertion on every request replaces
    /// the stored client authentication.
    pub client_assertion: Option<&'a ClientAssertionKey>,
    /// DPoP (RFC 9449): a fresh proof on every request; the latest server nonce is kept
    /// in the session, and a `use_dpop_nonce` answer is retried once with it.
    pub dpop: Option<&'a DpopSession>,
    /// The clock for `iat`/`exp`, Unix seconds.
    pub clock: fn() -> i64,
}

impl Default for TokenRequestOptions<'_> {
    fn default() -> Self {
        TokenRequestOptions {
            client_assertion: None,
            dpop: None,
            clock: crate::secret::now_unix,
        }
    }
}

impl std::fmt::Debug for TokenRequestOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRequestOptions")
            .field("client_assertion", &self.client_assertion.is_some())
            .field("dpop", &self.dpop.is_some())
            .finish_non_exhaustive()
    }
}

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

    /// POSTs a form to `url` with the client's authentication (a fresh assertion and a
    /// fresh DPoP proof when `opts` asks for them); returns the raw answer.
    pub(crate) fn post_form<'a>(
        &self,
        what: &'static str,
        url: &str,
        cfg: &'a OAuth2,
        form: Vec<(&'a str, &'a str)>,
        opts: &TokenRequestOptions<'_>,
    ) -> Result<RawResponse, OAuthError> {
        let mut req = self
            .inner
            .post(url)
            .header(reqwest::header::ACCEPT, "application/json");
        let now = (opts.clock)();
        if let Some(session) = opts.dpop {
            let proof = session.proof("POST", url, now, None)?;
            req = req.header(dpop::DPOP_HEADER, proof.jwt);
        }
        let assertion = opts
            .client_assertion
            .map(|k| k.assertion(now))
            .transpose()?;
        // A shorter lifetime, so the form can borrow the assertion.
        let mut form: Vec<(&str, &str)> = form;
        let secret = cfg.client_secret.as_ref().map(SecretValue::expose_secret);
        if let Some(a) = &assertion {
            // RFC 7523 §2.2 / OIDC Core §9: the assertion replaces the secret; client_id
            // is sent too, as RFC 6749 §3.2.1 allows and several providers require.
            form.push(("client_id", &cfg.client_id));
            form.push(("client_assertion_type", client_assertion::ASSERTION_TYPE));
            form.push(("client_assertion", &a.jwt));
        } else {
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
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header(reqwest::header::CONTENT_TYPE.as_str());
        let dpop_nonce = header(dpop::NONCE_HEADER);
        let body = read_capped(resp).map_err(OAuthError::MalformedResponse)?;
        Ok(RawResponse {
            status,
            content_type,
            dpop_nonce,
            body,
        })
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
    exchange_code_with(
        http,
        cfg,
        code,
        verifier,
        redirect_uri,
        &TokenRequestOptions::default(),
    )
}

/// [`exchange_code`] with a client assertion and/or DPoP.
pub fn exchange_code_with(
    http: &HttpClient,
    cfg: &OAuth2,
    code: &SecretValue,
    verifier: &SecretValue,
    redirect_uri: &str,
    opts: &TokenRequestOptions<'_>,
) -> Result<TokenResponse, OAuthError> {
    token_request(
        http,
        cfg,
        opts,
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
    refresh_with(http, cfg, refresh_token, &TokenRequestOptions::default())
}

/// [`refresh`] with a client assertion and/or DPoP (a DPoP-bound refresh token must be
/// presented with a proof of the same key, RFC 9449 §5.2).
pub fn refresh_with(
    http: &HttpClient,
    cfg: &OAuth2,
    refresh_token: &SecretValue,
    opts: &TokenRequestOptions<'_>,
) -> Result<TokenResponse, OAuthError> {
    token_request(
        http,
        cfg,
        opts,
        vec![
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh_token.expose_secret()),
        ],
    )
}

/// The client credentials grant (RFC 6749 §4.4.2): the client's own token, for the
/// `scopes` given (none: the provider's default). A refresh token is not expected
/// (§4.4.3), so callers request a new token when this one expires.
pub fn client_credentials(
    http: &HttpClient,
    cfg: &OAuth2,
    scopes: &[String],
    opts: &TokenRequestOptions<'_>,
) -> Result<TokenResponse, OAuthError> {
    let scope = scopes.join(" ");
    let mut form = vec![("grant_type", "client_credentials")];
    if !scope.is_empty() {
        form.push(("scope", &scope));
    }
    token_request(http, cfg, opts, form)
}

/// One token-endpoint request (RFC 6749 §3.2) with the client's authentication, parsed
/// leniently by [`token_response::parse_token`].
///
/// With DPoP, a `DPoP-Nonce` in any answer is remembered, and an answer asking for a
/// nonce (`use_dpop_nonce`, RFC 9449 §8) is retried once, with a new proof and a new
/// client assertion (a `jti` is never reused).
pub(crate) fn token_request(
    http: &HttpClient,
    cfg: &OAuth2,
    opts: &TokenRequestOptions<'_>,
    form: Vec<(&str, &str)>,
) -> Result<TokenResponse, OAuthError> {
    let what = "token endpoint";
    let mut raw = http.post_form(what, &cfg.token_url, cfg, form.clone(), opts)?;
    if let Some(session) = opts.dpop {
        let challenge = dpop::nonce_challenge(
            raw.status,
            raw.dpop_nonce.as_deref(),
            token_response::error_code(raw.content_type.as_deref(), &raw.body).as_deref(),
            None,
        );
        session.remember(raw.dpop_nonce.as_deref());
        if challenge.is_some() {
            raw = http.post_form(what, &cfg.token_url, cfg, form, opts)?;
            session.remember(raw.dpop_nonce.as_deref());
        }
    }
    token_response::parse_token(
        what,
        raw.status,
        raw.content_type.as_deref(),
        &raw.body,
        opts.dpop.is_some(),
    )
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
    let RawResponse {
        status,
        content_type: ct,
        body,
        ..
    } = http.post_form(
        what,
        url,
        cfg,
        vec![("token", token.expose_secret()), ("token_type_hint", hint)],
        &TokenRequestOptions::default(),
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
