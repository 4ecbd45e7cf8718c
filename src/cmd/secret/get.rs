//! `get NAME [--field F]`: one value, byte-exact; a newline only when stdout is a terminal.

use crate::cli::GlobalArgs;
use crate::cli::secret::GetArgs;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, no_error};
use crate::secret::{Entry, SecretKind, SecretValue};
use crate::term;

use super::{read_entry, secret_error};

/// `get`.
pub fn cmd_get(g: &GlobalArgs, a: GetArgs) -> CliResult {
    let vault = open_vault(g)?;
    let mut entry = read_entry(&vault, &a.name)?;
    if entry.data.kind() == SecretKind::Oauth2
        && matches!(a.field.as_deref(), None | Some("access-token"))
    {
        entry = crate::cmd::token::fresh_entry(&vault, &a.name, entry)?;
    }
    let value = field_value(&a.name, &entry, a.field.as_deref())?;
    write_value(&value)
}

/// Prints one value byte-exact, as `get` and `url` do: a newline is added only when
/// stdout is a terminal (and the value does not end with one).
pub fn write_value(value: &SecretValue) -> CliResult {
    let mut out = zeroize::Zeroizing::new(value.expose_secret().as_bytes().to_vec());
    if term::stdout_is_terminal() && !out.ends_with(b"\n") {
        out.push(b'\n');
    }
    term::write_stdout(&out)?;
    Ok(())
}

/// The value of `field` (the type's default field when `None`) of the secret `name`,
/// as `get`, `run --env` and `export` print it. Database secrets also have `url`
/// (the connection URL of `flowlet-secrets url`).
///
/// # Errors
/// Exit 2 for a field the type does not have (the hint lists the fields); exit 1 when
/// the field exists but is not set.
pub fn field_value(name: &str, e: &Entry, field: Option<&str>) -> CliResult<SecretValue> {
    match e.data.field(field).map_err(secret_error)? {
        Some(v) => Ok(v.to_secret_value()),
        None => Err(no_error(format!(
            "secret {name:?} has no {} set",
            field.unwrap_or("value")
        ))),
    }
}
