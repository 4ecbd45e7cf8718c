//! `rename OLD NEW`.

use crate::cli::GlobalArgs;
use crate::cli::secret::RenameArgs;
use crate::cmd::not_found;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, user_error};
use crate::secret::{SecretKind, now_unix};

use super::check_name;

/// `rename`.
pub fn cmd_rename(g: &GlobalArgs, a: RenameArgs) -> CliResult {
    check_name(&a.old)?;
    check_name(&a.new)?;
    if a.old == a.new {
        return Err(user_error("the old and new names are the same"));
    }
    let vault = open_vault(g)?;
    let is_oauth = vault.update(|doc| {
        if doc.secrets.contains_key(&a.new) && !a.force {
            return Err(
                user_error(format!("a secret named {:?} already exists", a.new))
                    .hinted("use --force to replace it"),
            );
        }
        let mut e = doc
            .secrets
            .remove(&a.old)
            .ok_or_else(|| not_found(&a.old))?;
        e.updated = now_unix();
        let is_oauth = e.data.kind() == SecretKind::Oauth2;
        doc.secrets.insert(a.new.clone(), e);
        Ok(is_oauth)
    })?;
    eprintln!("Renamed {:?} to {:?}", a.old, a.new);
    if is_oauth {
        crate::term::warn(format!(
            "the redirect URI of an oauth2 secret contains its name: register /callback/{} at the provider",
            a.new
        ));
    }
    Ok(())
}
