//! `token revoke` (RFC 7009, then clear) and `token clear`.

use crate::cli::GlobalArgs;
use crate::cli::token::TokenNameArgs;
use crate::cmd::vault::open_vault;
use crate::error::CliResult;
use crate::oauth::flow;
use crate::secret::now_unix;
use crate::term;
use crate::vault::store::Change;

use super::{oauth_error, oauth2_of_mut};

/// `token revoke NAME`: revokes the refresh token, then the access token, at the
/// provider's RFC 7009 endpoint, and forgets both. Runs under the vault lock so no
/// concurrent refresh can store a token this revocation would miss.
pub fn cmd_token_revoke(g: &GlobalArgs, a: TokenNameArgs) -> CliResult {
    crate::cmd::secret::check_name(&a.name)?;
    let vault = open_vault(g)?;
    let name = a.name.as_str();
    let outcome = vault.update_maybe(|doc| -> CliResult<(&str, Change)> {
        let entry = doc
            .secrets
            .get_mut(name)
            .ok_or_else(|| crate::cmd::not_found(name))?;
        let o = oauth2_of_mut(name, entry)?;
        let Some(t) = o.token.take() else {
            return Ok(("none", Change::Keep));
        };
        let Some(url) = o.revocation_url.clone() else {
            entry.updated = now_unix();
            return Ok(("local", Change::Write));
        };
        let http = flow::HttpClient::new().map_err(|e| oauth_error(name, e))?;
        // RFC 7009 §2.1: revoking the refresh token should revoke the grant's access
        // tokens too; the access token is revoked as well for providers that do not.
        let rt_done = match &t.refresh_token {
            Some(rt) => flow::revoke(&http, o, &url, rt, "refresh_token"),
            None => Ok(()),
        };
        let at_done = flow::revoke(&http, o, &url, &t.access_token, "access_token");
        rt_done.and(at_done).map_err(|e| {
            oauth_error(name, e).hinted(format!(
                "the tokens were kept; retry, or forget them with `flowlet-secrets token clear {name}`"
            ))
        })?;
        entry.updated = now_unix();
        Ok(("revoked", Change::Write))
    })?;
    let n = term::sanitize(name);
    match outcome {
        "none" => eprintln!("No tokens stored for {n}; nothing to revoke"),
        "local" => {
            eprintln!("Cleared the tokens of {n}");
            term::warn(
                "the provider has no RFC 7009 revocation endpoint, so the tokens were only forgotten here; revoke the app's access in the provider's account settings",
            );
        }
        _ => eprintln!("Revoked and cleared the tokens of {n}"),
    }
    Ok(())
}

/// `token clear NAME`: forgets the tokens without contacting the provider.
pub fn cmd_token_clear(g: &GlobalArgs, a: TokenNameArgs) -> CliResult {
    crate::cmd::secret::check_name(&a.name)?;
    let vault = open_vault(g)?;
    let name = a.name.as_str();
    let had = vault.update_maybe(|doc| -> CliResult<(bool, Change)> {
        let entry = doc
            .secrets
            .get_mut(name)
            .ok_or_else(|| crate::cmd::not_found(name))?;
        let o = oauth2_of_mut(name, entry)?;
        if o.token.take().is_none() {
            return Ok((false, Change::Keep));
        }
        entry.updated = now_unix();
        Ok((true, Change::Write))
    })?;
    let n = term::sanitize(name);
    if had {
        eprintln!("Cleared the tokens of {n} (they were not revoked at the provider)");
    } else {
        eprintln!("No tokens stored for {n}");
    }
    Ok(())
}
