//! `export --format dotenv|json NAME...`: secrets as an env file for tools that need one.

use crate::cli::GlobalArgs;
use crate::cli::db::ExportArgs;
use crate::cmd::vault::open_vault;
use crate::env::{self, EnvSpec};
use crate::error::CliResult;
use crate::term;

use super::{env_error, load_for_specs, resolve_specs};

/// `export`.
pub fn cmd_db_export(g: &GlobalArgs, a: ExportArgs) -> CliResult {
    // `NAME` exports the default field as the upper-cased name; `VAR=NAME[:FIELD]` as `run --env`.
    let specs = a
        .names
        .iter()
        .map(|item| {
            if item.contains('=') {
                env::parse_env_spec(item)
            } else {
                Ok(EnvSpec {
                    var: env::default_var_name(item),
                    name: item.clone(),
                    field: None,
                })
            }
        })
        .collect::<Result<Vec<_>, _>>()
        .map_err(env_error)?;
    let vault = open_vault(g)?;
    let entries = load_for_specs(&vault, &specs, None)?;
    let vars = resolve_specs(&specs, &entries)?;
    env::check_vars(&vars).map_err(env_error)?;
    let out = match a.format.as_str() {
        "json" => env::render_json(&vars),
        _ => env::render_dotenv(&vars).map_err(env_error)?,
    };
    term::write_stdout(out.as_bytes())?;
    Ok(())
}
