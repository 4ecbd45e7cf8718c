//! `header NAME`: the header line(s) a secret authenticates with.

use crate::cli::GlobalArgs;
use crate::cli::secret::HeaderArgs;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, no_error};
use crate::http_header::{self, HeaderLine};
use crate::secret::{Credential, SecretKind};
use crate::term;

use super::read_entry;

/// `header`.
pub fn cmd_header(g: &GlobalArgs, a: HeaderArgs) -> CliResult {
    let vault = open_vault(g)?;
    let mut entry = read_entry(&vault, &a.name)?;
    if entry.data.kind() == SecretKind::Oauth2 {
        entry = crate::cmd::token::fresh_entry(&vault, &a.name, entry)?;
    }
    let lines: Vec<HeaderLine> = match entry.data.credential() {
        Credential::Password(p) => vec![http_header::for_password(p)],
        Credential::Basic(b) => vec![http_header::for_basic(b)],
        Credential::Headers(h) => http_header::for_headers(h),
        Credential::Bearer(Some(token)) => vec![http_header::bearer_value(token)],
        Credential::Bearer(None) => {
            return Err(
                no_error(format!("secret {:?} has no access token yet", a.name))
                    .hinted(format!("run `flowlet-secrets token request {}`", a.name)),
            );
        }
        Credential::SignedJwt => {
            let jwt = crate::cmd::jose::sign_jwt_for_header(&entry, &a.claims)?;
            vec![http_header::bearer_value(&jwt)]
        }
        Credential::None => {
            return Err(crate::cmd::wrong_type(
                &a.name,
                entry.data.kind(),
                "password, basic, headers, oauth2, hs256 or rs256",
            )
            .hinted(format!(
                "use `flowlet-secrets url {}` for database secrets",
                a.name
            )));
        }
    };
    let out = http_header::render(&lines, a.format).map_err(|e| {
        super::secret_error(e).hinted(format!(
            "the stored value of {:?} cannot be a header; fix it with `flowlet-secrets edit`",
            a.name
        ))
    })?;
    term::write_stdout(out.as_bytes())?;
    Ok(())
}
