//! `token request NAME`: the Authorization Code + PKCE dance in the browser.

use std::io::BufRead;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::cli::GlobalArgs;
use crate::cli::oauth::TokenRequestArgs;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, failure, user_error};
use crate::oauth::loopback::{self, Expected, Listener};
use crate::oauth::pkce::{self, Pkce};
use crate::oauth::{OAuthError, flow};
use crate::secret::{Grant, SecretValue, now_unix};
use crate::term;
use crate::vault::store::Change;

use super::browser::{self, Launch};
use super::{human_secs, oauth_error, oauth2_of, oauth2_of_mut};

/// How many ignored requests to the loopback listener are reported one by one.
const MAX_IGNORED_SHOWN: usize = 20;

/// `token request`.
pub fn cmd_token_request(g: &GlobalArgs, a: TokenRequestArgs) -> CliResult {
    let name = a.name.as_str();
    let vault = open_vault(g)?;
    let entry = crate::cmd::secret::read_entry(&vault, name)?;
    let cfg = oauth2_of(name, &entry)?.clone();
    let Grant::AuthorizationCode(code) = &cfg.grant;
    let port = a.port.unwrap_or(code.redirect_port);

    // RFC 8252 §7.3 / §8.3: listen on the loopback IP *before* the browser is sent to the
    // provider, so the redirect always finds us. In --manual mode the browser is on
    // another machine; a port 0 is resolved by a throw-away bind.
    let listener = if a.manual {
        None
    } else {
        Some(Listener::bind(&code.redirect_host, port).map_err(|e| oauth_error(name, e))?)
    };
    let port = match &listener {
        Some(l) => l.port(),
        None if port == 0 => Listener::bind(&code.redirect_host, 0)
            .map_err(|e| oauth_error(name, e))?
            .port(),
        None => port,
    };
    let redirect = flow::redirect_uri(&code.redirect_host, port, name);
    let pkce = Pkce::generate();
    let state = pkce::random_state();
    let url = flow::authorize_url(&cfg, &redirect, &pkce.challenge, &state)
        .map_err(|e| oauth_error(name, e))?;
    let path = format!("/callback/{name}");
    let expected = Expected {
        path: &path,
        state: &state,
        issuer: cfg.issuer.as_deref(),
    };
    let timeout = *a.timeout;

    let code = match listener {
        None => {
            eprintln!("Open this URL in a browser and log in:\n\n  {url}\n");
            eprintln!(
                "The browser then fails to load {redirect}?… — that is expected. Copy that whole URL from the address bar and paste it here:"
            );
            let mut line = zeroize::Zeroizing::new(String::new());
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| failure(format!("cannot read standard input: {e}")))?;
            if line.trim().is_empty() {
                return Err(user_error("no redirected URL was given")
                    .hinted("paste the URL the browser was sent to after the login"));
            }
            loopback::check_pasted_url(&line, expected).map_err(|e| oauth_error(name, e))?
        }
        Some(mut listener) => {
            // Ctrl-C flips the flag (registered before anything is shown, so there is no
            // window where it kills the process); the wait notices within 200 ms, exit 130.
            let cancel = Arc::new(AtomicBool::new(false));
            signal_hook::flag::register(signal_hook::consts::SIGINT, Arc::clone(&cancel))
                .map_err(|e| failure(format!("cannot watch for Ctrl-C: {e}")))?;
            match browser::launch(url.as_str(), a.no_browser) {
                Launch::Opened(how) => eprintln!(
                    "Opened {how} to log in. If no browser window appeared, open this URL on this machine:\n\n  {url}\n"
                ),
                Launch::NotOpened(why) => eprintln!(
                    "Not opening a browser ({why}). Open this URL in a browser on this machine:\n\n  {url}\n\nOn a remote host, use --manual, or forward the port with `ssh -L {port}:127.0.0.1:{port}`."
                ),
            }
            eprintln!(
                "Waiting for the login to finish at {redirect} (times out in {}; Ctrl-C cancels)…",
                humantime::format_duration(timeout)
            );
            let mut shown = 0usize;
            let mut on_ignored = |why: &loopback::Ignored| {
                // Any local program or web page can send these; say so, without letting
                // a flood of them bury the terminal.
                shown += 1;
                if shown <= MAX_IGNORED_SHOWN {
                    eprintln!(
                        "Ignored a request to {redirect}: {} (the login goes on)",
                        term::sanitize(&why.to_string())
                    );
                } else if shown == MAX_IGNORED_SHOWN + 1 {
                    eprintln!("Ignoring more requests to {redirect} without showing them");
                }
            };
            listener
                .wait(expected, timeout, &cancel, &mut on_ignored)
                .map_err(|e| oauth_error(name, e))?
        }
    };
    exchange_and_store(&vault, name, &cfg, &code, &pkce.verifier, &redirect)
}

fn exchange_and_store(
    vault: &crate::vault::Vault,
    name: &str,
    cfg: &crate::secret::OAuth2,
    code: &SecretValue,
    verifier: &SecretValue,
    redirect: &str,
) -> CliResult {
    let http = flow::HttpClient::new().map_err(|e| oauth_error(name, e))?;
    let resp = flow::exchange_code(&http, cfg, code, verifier, redirect).map_err(|e| {
        let hint = matches!(e, OAuthError::Provider { .. })
            .then(|| "the code is single-use and short-lived; run `token request` again");
        let err = oauth_error(name, e);
        match hint {
            Some(h) => err.hinted(h),
            None => err,
        }
    })?;
    let now = now_unix();
    let tokens = resp.into_token_set(now);
    let has_refresh = tokens.refresh_token.is_some();
    let expires_at = tokens.expires_at;
    let scope = tokens.scope.clone();
    vault.update_maybe(|doc| {
        let entry = doc
            .secrets
            .get_mut(name)
            .ok_or_else(|| crate::cmd::not_found(name))?;
        oauth2_of_mut(name, entry)?.token = Some(tokens);
        entry.updated = now;
        Ok::<_, crate::error::CliError>(((), Change::Write))
    })?;
    let valid = expires_at
        .map(|at| format!("valid for {}", human_secs(at - now)))
        .unwrap_or_else(|| "no expiry given".into());
    let scope = scope
        .map(|s| format!(", scope {:?}", term::sanitize(&s)))
        .unwrap_or_default();
    eprintln!(
        "Logged in: stored the tokens of {} ({valid}{scope})",
        term::sanitize(name)
    );
    if !has_refresh {
        term::warn(
            "the provider returned no refresh token, so you must log in again when the access token expires",
        );
        eprintln!(
            "hint: providers issue one only when asked: scope offline_access (OpenID, Microsoft; often with --auth-param prompt=consent), access_type=offline (Google), token_access_type=offline (Dropbox); GitHub OAuth apps issue non-expiring tokens instead"
        );
    }
    Ok(())
}
