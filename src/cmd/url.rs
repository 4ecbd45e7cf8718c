//! `url NAME`: a mysql/postgres secret's connection URL, user and password percent-encoded.

use crate::cli::GlobalArgs;
use crate::cli::url::UrlArgs;
use crate::cmd::secret::read_entry;
use crate::cmd::session::connection_url;
use crate::cmd::vault::open_vault;
use crate::error::CliResult;

/// `url`.
pub fn cmd_url(g: &GlobalArgs, a: UrlArgs) -> CliResult {
    let vault = open_vault(g)?;
    let e = read_entry(&vault, &a.name)?;
    let url = connection_url(&a.name, &e)?;
    crate::cmd::secret::get::write_value(&url)
}
