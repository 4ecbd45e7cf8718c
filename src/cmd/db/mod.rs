//! `url`, `run`, `export`.

use crate::cli::GlobalArgs;
use crate::cli::db::{ExportArgs, RunArgs, UrlArgs};
use crate::cmd::secret::read_entry;
use crate::cmd::vault::open_vault;
use crate::database;
use crate::error::{CliResult, failure};
use crate::secret::SecretData;
use crate::term;

/// `url`.
pub fn cmd_db_url(g: &GlobalArgs, a: UrlArgs) -> CliResult {
    let vault = open_vault(g)?;
    let e = read_entry(&vault, &a.name)?;
    let url = match &e.data {
        SecretData::Mysql(d) => database::connection_url(database::Dialect::Mysql, d),
        SecretData::Postgres(d) => database::connection_url(database::Dialect::Postgres, d),
        _ => {
            return Err(crate::cmd::wrong_type(
                &a.name,
                e.data.kind(),
                "mysql or postgres",
            ));
        }
    };
    let mut out = zeroize::Zeroizing::new(url.as_bytes().to_vec());
    if term::stdout_is_terminal() {
        out.push(b'\n');
    }
    term::write_stdout(&out)?;
    Ok(())
}

/// `run`.
pub fn cmd_db_run(_g: &GlobalArgs, _a: RunArgs) -> CliResult {
    Err(failure("run is not implemented yet"))
}

/// `export`.
pub fn cmd_db_export(_g: &GlobalArgs, _a: ExportArgs) -> CliResult {
    Err(failure("export is not implemented yet"))
}
