//! `authorize` and `gate`: resolve the arguments into [`crate::gate`] rules and guards,
//! read stdin or serve HTTP, and report the verdicts.

pub mod authorize;
pub mod serve;

pub use authorize::cmd_authorize;
pub use serve::cmd_gate;

use crate::cli::jose::JwtPolicyArgs;
use crate::error::{CliError, CliResult, user_error};
use crate::gate::{GateError, validate_scope};
use crate::jose::VerifyPolicy;

/// Maps a configuration error to a usage error (exit 2) with a hint.
pub fn gate_error(e: GateError) -> CliError {
    let hint = match &e {
        GateError::UnsupportedType { .. } => Some(
            "use a basic, password, hs256 or rs256 secret; `flowlet-secrets list` shows the types",
        ),
        GateError::MissingSecret { .. } => {
            Some("`flowlet-secrets list` shows the secrets in this vault")
        }
        GateError::RuleSyntax(_) | GateError::BadPrefix(_) => {
            Some("e.g. `--rule /admin=signer:admin,orders:write --rule /=staff`")
        }
        GateError::NoRules => Some("give `--secret NAME`, `--rule PREFIX=NAME` or `--config FILE`"),
        GateError::KeyUnusable { .. } => {
            Some("replace the secret with `flowlet-secrets add … --force`")
        }
        GateError::BadScope(_) => {
            Some("scopes are separated by commas in --rule; each is one token")
        }
        _ => None,
    };
    let err = user_error(e.to_string());
    match hint {
        Some(h) => err.hinted(h),
        None => err,
    }
}

/// The JWT policy given on the command line, its scopes checked as RFC 6749 §3.3
/// scope-tokens (a challenge names them). Its `now` is set per request.
pub fn jwt_policy(a: &JwtPolicyArgs) -> CliResult<VerifyPolicy> {
    for s in &a.scope {
        validate_scope(s).map_err(gate_error)?;
    }
    Ok(a.to_policy(0))
}
