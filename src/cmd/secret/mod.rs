//! The everyday secret commands: add, list, show, get, edit, rm, rename, header.

pub mod add;
pub mod add_oauth2;
pub mod edit;
pub mod get;
pub mod header;
pub mod list;
pub mod rename;
pub mod rm;
pub mod show;

use crate::error::{CliError, CliResult, user_error};
use crate::secret::{Entry, SecretError, validate_name};
use crate::vault::Vault;

use super::not_found;

/// Maps a validation error to a usage error (exit 2) with a hint.
pub fn secret_error(e: SecretError) -> CliError {
    let hint = match &e {
        SecretError::InvalidName(_) => Some("e.g. `github`, `prod.db`, `api-key_2`"),
        SecretError::InvalidHeaderName(_) => Some("header names cannot contain spaces or ':'"),
        SecretError::InvalidHeaderValue(_) => {
            Some("a header value must be one line; nothing was changed")
        }
        SecretError::KeyTooShort(_) => {
            Some("use `--generate` for 32 random bytes (RFC 7518 §3.2 requires at least 32)")
        }
        SecretError::PasswordLineBreak => {
            Some("basic auth passwords travel in one header line; nothing was changed")
        }
        SecretError::KeyEncoding { .. } => Some(
            "check --key-encoding: hex is pairs of 0-9 a-f A-F with nothing in between; nothing was changed",
        ),
        SecretError::RsaTooSmall(_) => Some("use `--generate --bits 2048` or import a larger key"),
        SecretError::NoDefaultField { .. } | SecretError::UnknownField { .. } => {
            Some("e.g. `flowlet-secrets get NAME --field FIELD`")
        }
        SecretError::RsaUnreadable => {
            Some("expected a PEM `BEGIN PRIVATE KEY` or `BEGIN RSA PRIVATE KEY` block")
        }
        _ => None,
    };
    let err = user_error(e.to_string());
    match hint {
        Some(h) => err.hinted(h),
        None => err,
    }
}

/// Checks a name given on the command line.
pub fn check_name(name: &str) -> CliResult {
    validate_name(name).map_err(secret_error)
}

/// Reads one secret by name (the fast path: one decrypt, one fragment parse).
pub fn read_entry(vault: &Vault, name: &str) -> CliResult<Entry> {
    check_name(name)?;
    vault.read_entry(name)?.ok_or_else(|| not_found(name))
}
