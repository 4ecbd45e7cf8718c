//! `rm NAME`: remove a secret, after confirmation on a terminal.

use crate::cli::GlobalArgs;
use crate::cli::secret::RmArgs;
use crate::cmd::not_found;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, user_error};
use crate::term;

use super::check_name;

/// `rm`.
pub fn cmd_rm(g: &GlobalArgs, a: RmArgs) -> CliResult {
    check_name(&a.name)?;
    let vault = open_vault(g)?;
    if !a.yes {
        let e = vault
            .read_entry(&a.name)?
            .ok_or_else(|| not_found(&a.name))?;
        if !term::can_prompt() {
            return Err(
                user_error("refusing to remove a secret without confirmation")
                    .hinted("pass --yes when not on a terminal"),
            );
        }
        eprint!("Remove the {} secret {:?}? [y/N] ", e.data.kind(), a.name);
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            eprintln!("Nothing removed");
            return Ok(());
        }
    }
    vault.update(|doc| {
        doc.secrets
            .remove(&a.name)
            .map(|_| ())
            .ok_or_else(|| not_found(&a.name))
    })?;
    eprintln!("Removed {:?}", a.name);
    Ok(())
}
