//! `pubkey NAME --format pem|jwk|jwks`: the public half of an rs256 secret.

use crate::cli::GlobalArgs;
use crate::cli::jose::{PubkeyArgs, PubkeyFormat, PubkeyUse};
use crate::cmd::secret::read_entry;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, user_error};
use crate::jose::jwk::{KeyUse, public_jwk, public_jwks};
use crate::term;

use super::jose_error;

/// `pubkey`.
pub fn cmd_pubkey(g: &GlobalArgs, a: PubkeyArgs) -> CliResult {
    if a.format == PubkeyFormat::Pem && a.key_use.is_some() {
        return Err(user_error("--use applies to --format jwk or jwks only"));
    }
    let vault = open_vault(g)?;
    let entry = read_entry(&vault, &a.name)?;
    let Some(pair) = entry.data.as_rs256() else {
        return Err(crate::cmd::wrong_type(
            &a.name,
            entry.data.kind(),
            "an rs256 secret",
        ));
    };
    let key_use = a.key_use.map(|u| match u {
        PubkeyUse::Sig => KeyUse::Sig,
        PubkeyUse::Enc => KeyUse::Enc,
    });
    let out = match a.format {
        PubkeyFormat::Pem => pair.public_key.clone(),
        PubkeyFormat::Jwk => {
            let jwk = public_jwk(pair, key_use).map_err(|e| jose_error(e, &a.name))?;
            serde_json::to_string_pretty(&jwk).unwrap_or_default() + "\n"
        }
        PubkeyFormat::Jwks => {
            let set = public_jwks(pair, key_use).map_err(|e| jose_error(e, &a.name))?;
            serde_json::to_string_pretty(&set).unwrap_or_default() + "\n"
        }
    };
    term::write_stdout(out.as_bytes())?;
    Ok(())
}
