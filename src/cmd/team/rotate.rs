//! `rotate NAME... | --due`: new key material where flowlet-secrets owns it (hs256,
//! rs256); the rest (passwords, client secrets, database logins) is listed to rotate
//! at its source, then store with `edit NAME --value`.

use crate::cli::GlobalArgs;
use crate::cli::team::RotateArgs;
use crate::error::{CliError, CliResult, failure};
use crate::secret::{self, SecretData, now_unix};
use crate::term;
use crate::vault::store::Change;

use super::confirm;

/// New material for the types we own; `None` for the rest.
fn renew(data: &SecretData) -> CliResult<Option<SecretData>> {
    Ok(match data {
        SecretData::Hs256(_) => {
            use rand::RngCore;
            let mut bytes = zeroize::Zeroizing::new([0u8; 32]);
            rand::rngs::OsRng.fill_bytes(bytes.as_mut());
            let k = secret::hs256_from_bytes(bytes.as_ref()).map_err(|e| failure(e.to_string()))?;
            Some(SecretData::Hs256(k))
        }
        SecretData::Rs256(k) => {
            let k = secret::rs256_generate(k.bits.max(2048)).map_err(|e| failure(e.to_string()))?;
            Some(SecretData::Rs256(k))
        }
        _ => None,
    })
}

/// `rotate NAME... | --due`.
pub fn cmd_team_rotate(g: &GlobalArgs, a: RotateArgs) -> CliResult {
    let vault = crate::cmd::vault::open_vault(g)?;
    let doc = vault.read_doc()?;
    let names: Vec<String> = if a.due {
        doc.secrets
            .iter()
            .filter(|(_, e)| e.rotation_due)
            .map(|(n, _)| n.clone())
            .collect()
    } else {
        for n in &a.names {
            if !doc.secrets.contains_key(n) {
                return Err(crate::cmd::not_found(n));
            }
        }
        a.names.clone()
    };
    if names.is_empty() {
        eprintln!("No secrets are due for rotation");
        return Ok(());
    }
    confirm(
        &format!(
            "Rotate {} secrets (new keys replace the old ones)?",
            names.len()
        ),
        a.yes,
    )?;
    let now = now_unix();
    let (renewed, at_source) = vault.update_maybe(|doc| {
        let (mut renewed, mut at_source) = (Vec::new(), Vec::new());
        for n in &names {
            let Some(e) = doc.secrets.get_mut(n) else {
                continue;
            };
            match renew(&e.data)? {
                Some(d) => {
                    e.data = d;
                    e.updated = now;
                    e.rotation_due = false;
                    renewed.push(n.clone());
                }
                None => at_source.push((n.clone(), e.data.kind())),
            }
        }
        // Nothing renewed: the vault is not rewritten (no churn in git).
        let change = if renewed.is_empty() {
            Change::Keep
        } else {
            Change::Write
        };
        Ok::<_, CliError>(((renewed, at_source), change))
    })?;
    for n in &renewed {
        eprintln!("Rotated {:?}: new key material", term::sanitize(n));
    }
    for (n, kind) in &at_source {
        println!(
            "{}\t{kind}\trotate at its source, then `flowlet-secrets edit {} --value`",
            term::sanitize(n),
            term::sanitize(n)
        );
    }
    Ok(())
}
