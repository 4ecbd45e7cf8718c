//! `jwe encrypt NAME` and `jwe decrypt NAME` (stdin to stdout).

use crate::cli::GlobalArgs;
use crate::cli::jose::JweArgs;
use crate::cmd::secret::read_entry;
use crate::cmd::vault::open_vault;
use crate::error::CliResult;
use crate::jose::jwe::{MAX_JWE_BYTES, MAX_PLAINTEXT_BYTES, decrypt, encrypt};
use crate::term;

use super::{jose_error, read_stdin_capped, read_token};

/// `jwe encrypt`.
pub fn cmd_jwe_encrypt(g: &GlobalArgs, a: JweArgs) -> CliResult {
    let plaintext = read_stdin_capped(MAX_PLAINTEXT_BYTES)?;
    let vault = open_vault(g)?;
    let entry = read_entry(&vault, &a.name)?;
    let token = encrypt(&entry.data, &plaintext).map_err(|e| jose_error(e, &a.name))?;
    term::write_stdout(format!("{token}\n").as_bytes())?;
    Ok(())
}

/// `jwe decrypt`.
pub fn cmd_jwe_decrypt(g: &GlobalArgs, a: JweArgs) -> CliResult {
    let token = read_token(None, MAX_JWE_BYTES)?;
    let vault = open_vault(g)?;
    let entry = read_entry(&vault, &a.name)?;
    let plain = decrypt(&entry.data, &token).map_err(|e| jose_error(e, &a.name))?;
    term::write_stdout(&plain)?;
    Ok(())
}
