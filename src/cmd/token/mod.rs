//! `token request|show|refresh|revoke|clear` and the oauth2 parts of `add`, `get` and
//! `header`: resolving `add oauth2` options (discovery, presets), opening the browser,
//! status lines, and the refresh under the vault lock.

pub mod add;
pub mod browser;
pub mod refresh;
pub mod request;
pub mod revoke;
pub mod show;

use crate::cli::GlobalArgs;
use crate::cli::oauth::TokenCommand;
use crate::error::{CliError, CliResult, ErrorKind};
use crate::oauth::OAuthError;
use crate::secret::{Entry, OAuth2};

pub use add::{after_add, build_oauth2};
pub use refresh::fresh_entry;

/// `token …`.
pub fn run(g: &GlobalArgs, c: TokenCommand) -> CliResult {
    match c {
        TokenCommand::Request(a) => request::cmd_token_request(g, a),
        TokenCommand::Show(a) => show::cmd_token_show(g, a),
        TokenCommand::Refresh(a) => refresh::cmd_token_refresh(g, a),
        TokenCommand::Revoke(a) => revoke::cmd_token_revoke(g, a),
        TokenCommand::Clear(a) => revoke::cmd_token_clear(g, a),
    }
}

/// The oauth2 part of an entry, or a usage error naming the type it has.
pub fn oauth2_of<'a>(name: &str, e: &'a Entry) -> CliResult<&'a OAuth2> {
    let kind = e.data.kind();
    e.data
        .as_oauth2()
        .ok_or_else(|| crate::cmd::wrong_type(name, kind, "an oauth2 secret"))
}

/// Mutable variant of [`oauth2_of`].
pub fn oauth2_of_mut<'a>(name: &str, e: &'a mut Entry) -> CliResult<&'a mut OAuth2> {
    let kind = e.data.kind();
    e.data
        .as_oauth2_mut()
        .ok_or_else(|| crate::cmd::wrong_type(name, kind, "an oauth2 secret"))
}

/// The hint that sends the user back through the browser login.
pub fn request_hint(name: &str) -> String {
    format!("run `flowlet-secrets token request {name}` to log in again")
}

/// Maps an OAuth error to the user-facing error, with the kind and hints it calls for.
pub fn oauth_error(name: &str, e: OAuthError) -> CliError {
    let (kind, hint): (ErrorKind, Option<String>) = match &e {
        _ if e.is_invalid_grant() => (
            ErrorKind::No,
            Some(format!(
                "the provider no longer accepts the stored refresh token (revoked, expired or already used); {}",
                request_hint(name)
            )),
        ),
        OAuthError::AuthorizationDenied { .. } => (
            ErrorKind::No,
            Some("the login was cancelled or refused at the provider; nothing was stored".into()),
        ),
        OAuthError::StateMismatch => (
            ErrorKind::Failure,
            Some(format!(
                "paste the URL this login's browser was redirected to, or start over with `flowlet-secrets token request {name}`"
            )),
        ),
        OAuthError::PortInUse(p) => (
            ErrorKind::Failure,
            Some(format!(
                "stop the program using port {p} (e.g. another `token request`), or pick another port with `--port` and register http://127.0.0.1:PORT/callback/{name} with the provider"
            )),
        ),
        OAuthError::Timeout(_) => (
            ErrorKind::Failure,
            Some(
                "run again with a longer --timeout; on a remote host use --manual and paste the redirected URL"
                    .into(),
            ),
        ),
        OAuthError::Interrupted => (ErrorKind::Interrupted, None),
        OAuthError::Http { .. } => (
            ErrorKind::Failure,
            Some("check the network connection and the provider's URLs (`flowlet-secrets show NAME`)".into()),
        ),
        OAuthError::Provider { error, .. } if error == "invalid_client" => (
            ErrorKind::Failure,
            Some("check --client-id, the client secret and --client-auth (basic, post or none)".into()),
        ),
        OAuthError::IssuerMismatch { .. } => (
            ErrorKind::Usage,
            Some("give the issuer exactly as the provider states it".into()),
        ),
        _ => (ErrorKind::Failure, None),
    };
    let err = CliError::new(kind, e);
    match hint {
        Some(h) => err.hinted(h),
        None => err,
    }
}

/// "1h 2m" for a number of seconds (negative counts as 0).
pub fn human_secs(s: i64) -> String {
    humantime::format_duration(std::time::Duration::from_secs(s.max(0) as u64)).to_string()
}
