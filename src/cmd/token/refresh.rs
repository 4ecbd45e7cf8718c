//! Automatic refresh for `get`/`header` and `token refresh`.
//!
//! The fast path (token still valid) costs nothing beyond the one decrypt the caller
//! already did: no lock, no network. Otherwise the refresh runs inside
//! [`Vault::update_maybe`]: under the exclusive vault lock it re-reads the vault, refreshes
//! only if no other process has done so meanwhile, and writes the new token set (with
//! the new refresh token) before anyone uses the new access token.

use crate::cli::GlobalArgs;
use crate::cli::token::TokenNameArgs;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, no_error};
use crate::oauth::{flow, refresh};
use crate::secret::{Entry, now_unix};
use crate::vault::Vault;
use crate::vault::store::Change;
use crate::{debug, term};

use super::{human_secs, oauth_error, oauth2_of, oauth2_of_mut, request_hint};

/// Returns the entry with a fresh access token, refreshing under the vault lock if needed.
pub fn fresh_entry(vault: &Vault, name: &str, entry: Entry) -> CliResult<Entry> {
    let Some(o) = entry.data.as_oauth2() else {
        return Ok(entry);
    };
    let Some(t) = &o.token else {
        return Ok(entry);
    };
    let now = now_unix();
    if !refresh::needs_refresh(t, now) {
        return Ok(entry);
    }
    if t.refresh_token.is_none() {
        if refresh::is_expired(t, now) {
            return Err(
                no_error(format!("the access token of {name:?} has expired")).hinted(format!(
                    "the provider issued no refresh token; {}",
                    request_hint(name)
                )),
            );
        }
        return Ok(entry);
    }
    let seen = t.access_token.clone();
    refresh_locked(vault, name, Some(seen.expose_secret()), false)
}

/// Refreshes under the vault lock and returns the updated entry. With `force` it
/// refreshes even when the token is valid (`token refresh`); otherwise only when
/// [`refresh::still_needed`] after re-reading.
pub fn refresh_locked(
    vault: &Vault,
    name: &str,
    seen: Option<&str>,
    force: bool,
) -> CliResult<Entry> {
    vault.update_maybe(|doc| {
        let entry = doc
            .secrets
            .get_mut(name)
            .ok_or_else(|| crate::cmd::not_found(name))?;
        let now = now_unix();
        let o = oauth2_of_mut(name, entry)?;
        let Some(t) = &o.token else {
            return Err(no_error(format!("secret {name:?} has no tokens"))
                .hinted(format!("run `flowlet-secrets token request {name}` first")));
        };
        if !force && !refresh::still_needed(t, seen, now) {
            debug!("another process refreshed {name:?} already");
            return Ok((entry.clone(), Change::Keep));
        }
        let Some(rt) = &t.refresh_token else {
            return Err(
                no_error(format!("secret {name:?} has no refresh token")).hinted(format!(
                    "the provider issued none at login; {}",
                    request_hint(name)
                )),
            );
        };
        debug!("refreshing {name:?} at {}", o.token_url);
        let http = flow::HttpClient::new().map_err(|e| oauth_error(name, e))?;
        let resp = flow::refresh(&http, o, rt).map_err(|e| oauth_error(name, e))?;
        let merged = refresh::merge(t, resp, now_unix());
        o.token = Some(merged);
        entry.updated = now;
        Ok((entry.clone(), Change::Write))
    })
}

/// `token refresh NAME`.
pub fn cmd_token_refresh(g: &GlobalArgs, a: TokenNameArgs) -> CliResult {
    let vault = open_vault(g)?;
    let entry = crate::cmd::secret::read_entry(&vault, &a.name)?;
    oauth2_of(&a.name, &entry)?;
    let entry = refresh_locked(&vault, &a.name, None, true)?;
    let o = oauth2_of(&a.name, &entry)?;
    let valid = o
        .token
        .as_ref()
        .and_then(|t| t.expires_at)
        .map(|at| format!("; valid for {}", human_secs(at - now_unix())))
        .unwrap_or_default();
    eprintln!("Refreshed {}{valid}", term::sanitize(&a.name));
    Ok(())
}
