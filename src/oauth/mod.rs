//! OAuth2 for native apps and headless hosts: the Authorization Code grant with PKCE
//! (RFC 6749 §4.1, RFC 7636, RFC 8252) and its RFC 9207 issuer check, the device grant
//! (RFC 8628), client credentials (RFC 6749 §4.4), `private_key_jwt` (RFC 7523), DPoP
//! (RFC 9449); PKCE values, OpenID discovery, provider presets, the loopback listener,
//! the token-endpoint calls, the lenient token-response parser and the refresh rules.
//!
//! Nothing here prints, prompts or reads the environment: `cmd::token` opens the browser,
//! shows status lines, holds the vault lock around a refresh and maps [`OAuthError`] to
//! user-facing errors with hints.

pub mod client_assertion;
pub mod device;
pub mod discovery;
pub mod dpop;
pub mod flow;
pub mod iss;
pub mod loopback;
pub mod pkce;
pub mod providers;
pub mod refresh;
pub mod token_response;

/// Everything that can go wrong in an OAuth2 exchange.
///
/// No variant carries a token, a code, a verifier or a response body: errors are
/// printed, and secrets must never be.
#[derive(Debug, thiserror::Error)]
pub enum OAuthError {
    /// An HTTP request failed before an answer came back.
    #[error("cannot reach the {what}")]
    Http {
        /// Which endpoint ("token endpoint", "discovery document", …).
        what: &'static str,
        /// The transport error (it names the URL, never the body).
        #[source]
        source: reqwest::Error,
    },
    /// A non-success HTTP status without an OAuth error body.
    #[error("the {what} answered HTTP {status}")]
    HttpStatus {
        /// Which endpoint.
        what: &'static str,
        /// The status code.
        status: u16,
    },
    /// The provider answered with an OAuth error (RFC 6749 §5.2), whatever the status.
    #[error("the provider refused: {error}{}", description.as_deref().map(|d| format!(" ({d})")).unwrap_or_default())]
    Provider {
        /// The `error` code, e.g. `invalid_grant`.
        error: String,
        /// The `error_description`, shortened; untrusted text (sanitised when printed).
        description: Option<String>,
    },
    /// The token response is not one we can use; we fail closed.
    #[error("the token endpoint's answer is not a usable token response: {0}")]
    MalformedResponse(&'static str),
    /// A `token_type` other than Bearer (RFC 6750).
    #[error("the provider issued a {0:?} token; only Bearer tokens are supported")]
    UnsupportedTokenType(String),
    /// The discovery document is unusable.
    #[error("the OpenID discovery document is unusable: {0}")]
    Discovery(&'static str),
    /// OpenID Connect Discovery §4.3: the document's issuer must equal the one asked for.
    #[error("the discovery document names issuer {got:?}, not {expected:?}")]
    IssuerMismatch {
        /// What the user gave.
        expected: String,
        /// What the document says.
        got: String,
    },
    /// A URL is malformed.
    #[error("invalid {what} URL")]
    InvalidUrl {
        /// Which URL.
        what: &'static str,
        /// Why.
        #[source]
        source: url::ParseError,
    },
    /// The loopback redirect port is in use.
    #[error("port {0} on 127.0.0.1 is already in use, so the redirect cannot be received")]
    PortInUse(u16),
    /// Binding or serving the loopback listener failed.
    #[error("cannot listen on 127.0.0.1:{port}")]
    Listen {
        /// The port.
        port: u16,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// The callback's `state` differs from ours (RFC 6749 §10.12): possible CSRF.
    #[error(
        "the redirect's state does not match this login (possible cross-site request forgery); the code was not used"
    )]
    StateMismatch,
    /// The provider redirected back with an error (RFC 6749 §4.1.2.1).
    #[error("the authorization was refused: {error}{}", description.as_deref().map(|d| format!(" ({d})")).unwrap_or_default())]
    AuthorizationDenied {
        /// The `error` code, e.g. `access_denied`.
        error: String,
        /// The `error_description`, untrusted.
        description: Option<String>,
    },
    /// The callback carries neither a code nor an error.
    #[error("the redirect is malformed: {0}")]
    MalformedCallback(&'static str),
    /// No callback arrived in time.
    #[error("no redirect arrived within {0} seconds")]
    Timeout(u64),
    /// The user pressed Ctrl-C.
    #[error("interrupted")]
    Interrupted,
    /// A DPoP proof cannot be built (RFC 9449).
    #[error("cannot build a DPoP proof: {0}")]
    Dpop(&'static str),
    /// A `private_key_jwt` client assertion cannot be built (RFC 7523).
    #[error("cannot build the client assertion: {0}")]
    ClientAssertion(&'static str),
    /// Signing a proof or an assertion failed.
    #[error("cannot sign the {what}")]
    Signing {
        /// "DPoP proof" or "client assertion".
        what: &'static str,
        /// Why.
        #[source]
        source: crate::jose::JoseError,
    },
    /// The device authorization response is unusable (RFC 8628 §3.2).
    #[error("the device authorization answer is unusable: {0}")]
    MalformedDeviceAuthorization(&'static str),
    /// The user refused the device login (RFC 8628 §3.5 `access_denied`).
    #[error("the login on the device page was refused{}", description.as_deref().map(|d| format!(" ({d})")).unwrap_or_default())]
    DeviceAccessDenied {
        /// The `error_description`, untrusted.
        description: Option<String>,
    },
    /// The device code expired before the user finished (RFC 8628 §3.5 `expired_token`,
    /// or `expires_in` passed while polling).
    #[error("the device code expired before the login was finished")]
    DeviceCodeExpired,
    /// RFC 9207: the authorization response's `iss` is not the issuer, or is missing
    /// although the provider advertises it; the code is not exchanged.
    #[error("the authorization response {0} (RFC 9207 mix-up protection); the code was not used")]
    AuthorizationIssuer(&'static str),
}

impl OAuthError {
    /// True for `invalid_grant` (RFC 6749 §5.2): the refresh token or code is dead.
    pub fn is_invalid_grant(&self) -> bool {
        matches!(self, OAuthError::Provider { error, .. } if error == "invalid_grant")
    }
}

/// Shortens untrusted provider text to `max` characters.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().count() > max {
        out.push('…');
    }
    out
}
