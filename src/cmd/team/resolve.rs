//! `resolve NAME --ours|--theirs`: finishes a merge conflict on one secret.

use crate::cli::GlobalArgs;
use crate::cli::team::ResolveArgs;
use crate::error::{CliError, CliResult, user_error};
use crate::vault::format::Conflict;

/// `resolve NAME --ours|--theirs`.
pub fn cmd_team_resolve(g: &GlobalArgs, a: ResolveArgs) -> CliResult {
    let vault = crate::cmd::vault::open_vault(g)?;
    let name = a.name.clone();
    let left = vault.update(|doc| {
        let Some(c) = doc.conflicts.remove(&name) else {
            return Err(user_error(format!("no merge conflict on {name:?}"))
                .hinted("`flowlet-secrets git textconv vault.age` lists the conflicts left"));
        };
        if a.theirs {
            match c {
                Conflict::Theirs(e) => {
                    doc.secrets.insert(name.clone(), *e);
                }
                Conflict::Deleted { .. } => {
                    doc.secrets.remove(&name);
                }
            }
        }
        Ok::<_, CliError>(doc.conflicts.len())
    })?;
    eprintln!(
        "Resolved {name:?} with {} version; {left} conflicts left",
        if a.theirs { "their" } else { "our" }
    );
    Ok(())
}
