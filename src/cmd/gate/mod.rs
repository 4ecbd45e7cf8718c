//! `authorize` and `gate`: resolve the arguments into [`crate::gate`] rules and guards,
//! read stdin or serve HTTP, and report the verdicts.

pub mod authorize;
pub mod serve;

pub use authorize::cmd_authorize;
pub use serve::cmd_gate;

use crate::cli::gate::GateJwtArgs;
use crate::error::{CliError, CliResult, user_error};
use crate::gate::{GateError, JwtRequirements, validate_scope};

/// The JWT leeway when none is given, seconds.
pub const DEFAULT_LEEWAY_SECS: u64 = 60;

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

/// The JWT requirements given on the command line.
pub fn jwt_requirements(a: &GateJwtArgs, leeway_secs: u64) -> CliResult<JwtRequirements> {
    for s in &a.scope {
        validate_scope(s).map_err(gate_error)?;
    }
    Ok(JwtRequirements {
        scopes: a.scope.clone(),
        audience: a.aud.clone(),
        issuer: a.iss.clone(),
        leeway_secs,
    })
}
