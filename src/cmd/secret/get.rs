//! `get NAME [--field F]`: one value, byte-exact; a newline only when stdout is a terminal.

use crate::cli::{GetArgs, GlobalArgs};
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, no_error};
use crate::secret::SecretData;
use crate::term;

use super::{read_entry, secret_error};

/// `get`.
pub fn cmd_secret_get(g: &GlobalArgs, a: GetArgs) -> CliResult {
    let vault = open_vault(g)?;
    let mut entry = read_entry(&vault, &a.name)?;
    if matches!(entry.data, SecretData::Oauth2(_))
        && matches!(a.field.as_deref(), None | Some("access-token"))
    {
        entry = crate::cmd::token::fresh_entry(&vault, &a.name, entry)?;
    }
    let value = entry.data.field(a.field.as_deref()).map_err(secret_error)?;
    let Some(value) = value else {
        return Err(no_error(format!(
            "secret {:?} has no {} set",
            a.name,
            a.field.as_deref().unwrap_or("value")
        )));
    };
    let mut out = zeroize::Zeroizing::new(value.as_str().as_bytes().to_vec());
    if term::stdout_is_terminal() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    term::write_stdout(&out)?;
    Ok(())
}
