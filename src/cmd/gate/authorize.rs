//! `authorize NAME`: one `Authorization` value from stdin, one verdict as the exit status.

use std::io::IsTerminal;

use zeroize::Zeroizing;

use crate::cli::GlobalArgs;
use crate::cli::gate::AuthorizeArgs;
use crate::cmd::secret::read_entry;
use crate::cmd::vault::open_vault;
use crate::debug;
use crate::error::{CliResult, ErrorKind, failure, no_error, user_error};
use crate::gate::{Denial, Guard, MAX_CREDENTIAL_LEN, value_from_input};
use crate::secret::now_unix;

use super::{gate_error, jwt_policy};

/// `authorize`: exit 0 allow, 1 deny (reason on stderr), 2 usage or vault error.
pub fn cmd_authorize(g: &GlobalArgs, a: AuthorizeArgs) -> CliResult {
    let policy = jwt_policy(&a.jwt)?;
    let vault = open_vault(g)?;
    // Exit 1 means "denied"; a secret that is not there is a configuration error (2).
    let entry = read_entry(&vault, &a.name).map_err(|e| match e.kind {
        ErrorKind::No => e.with_kind(ErrorKind::Usage),
        _ => e,
    })?;
    let guard = Guard::new(&a.name, &entry.data, policy).map_err(gate_error)?;
    let input = read_stdin()?;
    let verdict = match std::str::from_utf8(&input) {
        Ok(text) => value_from_input(text, guard.header_name())
            .and_then(|value| guard.check(value, now_unix())),
        Err(_) => Err(Denial::Malformed("the input is not UTF-8 text")),
    };
    match verdict {
        Ok(grant) => {
            debug!(
                "allowed{}",
                grant
                    .subject
                    .map(|s| format!(" subject {}", crate::term::sanitize(&s)))
                    .unwrap_or_default()
            );
            Ok(())
        }
        Err(denial) => {
            let err = no_error(format!("denied: {denial}"));
            Err(match denial {
                Denial::NoCredentials => err.hinted(format!(
                    "pipe one `{}: …` line or value into stdin",
                    guard.header_name()
                )),
                _ => err,
            })
        }
    }
}

/// Reads stdin, bounded: a credential is never longer than a few KiB.
fn read_stdin() -> CliResult<Zeroizing<Vec<u8>>> {
    if std::io::stdin().is_terminal() {
        return Err(
            user_error("authorize reads the credentials from standard input")
                .hinted("e.g. `printf 'Authorization: Basic …' | flowlet-secrets authorize NAME`"),
        );
    }
    let limit = (4 * MAX_CREDENTIAL_LEN) as u64;
    crate::cmd::input::read_capped(std::io::stdin().lock(), limit)
        .map_err(|e| failure("cannot read standard input").hinted(e.to_string()))?
        .ok_or_else(|| no_error("denied: malformed credentials: the input is too long"))
}
