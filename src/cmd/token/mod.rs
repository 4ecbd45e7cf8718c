//! `token request|show|refresh|revoke|clear` and the oauth2 parts of `add`, `get`, `header`.
// Placeholder until the OAuth2 work (issue 3) lands.

use crate::cli::GlobalArgs;
use crate::cli::oauth::{AddOauth2Args, TokenCommand};
use crate::error::{CliResult, failure};
use crate::secret::{Entry, SecretData};
use crate::vault::Vault;

fn not_yet() -> crate::error::CliError {
    failure("OAuth2 is not implemented yet")
}

/// Builds an oauth2 secret from `add oauth2` options.
pub fn build_oauth2(_a: &AddOauth2Args) -> CliResult<SecretData> {
    Err(not_yet())
}

/// Runs after an oauth2 secret is stored (prints the redirect URI to register).
pub fn after_add(_g: &GlobalArgs, _name: &str) -> CliResult {
    Ok(())
}

/// Returns the entry with a fresh access token, refreshing under the vault lock if needed.
pub fn fresh_entry(_vault: &Vault, _name: &str, entry: Entry) -> CliResult<Entry> {
    Ok(entry)
}

/// `token …`.
pub fn run(_g: &GlobalArgs, _c: TokenCommand) -> CliResult {
    Err(not_yet())
}
