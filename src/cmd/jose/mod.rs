//! `jws`, `jwe`, `pubkey`, and JWT minting for `header`.
// Placeholder until the JOSE work (issue 4) lands.

use crate::cli::GlobalArgs;
use crate::cli::jose::{ClaimsArgs, JweCommand, JwsCommand, PubkeyArgs};
use crate::error::{CliResult, failure};
use crate::secret::{Entry, SecretValue};

fn not_yet() -> crate::error::CliError {
    failure("JOSE is not implemented yet")
}

/// Signs a fresh JWT with an hs256/rs256 entry for `header`.
pub fn sign_jwt_for_header(_e: &Entry, _claims: &ClaimsArgs) -> CliResult<SecretValue> {
    Err(not_yet())
}

/// `jws …`.
pub fn run_jws(_g: &GlobalArgs, _c: JwsCommand) -> CliResult {
    Err(not_yet())
}

/// `jwe …`.
pub fn run_jwe(_g: &GlobalArgs, _c: JweCommand) -> CliResult {
    Err(not_yet())
}

/// `pubkey`.
pub fn cmd_jose_pubkey(_g: &GlobalArgs, _a: PubkeyArgs) -> CliResult {
    Err(not_yet())
}
