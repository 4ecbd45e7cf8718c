//! `jws verify NAME [TOKEN]`: exit 0 and the claims as JSON, or exit 1 and one reason.

use crate::cli::GlobalArgs;
use crate::cli::jose::JwsVerifyArgs;
use crate::cmd::secret::read_entry;
use crate::cmd::vault::open_vault;
use crate::error::CliResult;
use crate::jose::verify::{VerifyPolicy, verify_jws, verify_jwt};
use crate::jose::{MAX_TOKEN_BYTES, algorithm_of};
use crate::secret::now_unix;
use crate::term;

use super::{jose_error, parse_time, read_token, terminal_safe_json};

/// `jws verify`.
pub fn cmd_jws_verify(g: &GlobalArgs, a: JwsVerifyArgs) -> CliResult {
    let now = match &a.at {
        Some(t) => parse_time(t)?,
        None => now_unix(),
    };
    let token = read_token(a.token.clone(), MAX_TOKEN_BYTES)?;
    let vault = open_vault(g)?;
    let entry = read_entry(&vault, &a.name)?;
    algorithm_of(&entry.data).map_err(|e| jose_error(e, &a.name))?;
    if a.raw {
        let jws = verify_jws(&entry.data, &token).map_err(|e| jose_error(e, &a.name))?;
        term::write_stdout(&jws.payload)?;
        return Ok(());
    }
    let policy = VerifyPolicy {
        require_exp: !a.allow_missing_exp,
        scope_claim: a.scope_claim,
        ..a.policy.to_policy(now)
    };
    let claims = verify_jwt(&entry.data, &token, &policy).map_err(|e| jose_error(e, &a.name))?;
    term::write_stdout(terminal_safe_json(&serde_json::Value::Object(claims)).as_bytes())?;
    Ok(())
}
