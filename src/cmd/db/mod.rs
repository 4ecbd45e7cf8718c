//! `url`, `run`, `export`: database URLs and secrets handed to other programs.
//!
//! The shared part here resolves `VAR=NAME[:FIELD]` requests into values: one vault
//! decrypt for all the names, OAuth2 access tokens refreshed first, and the pseudo-field
//! `url` of mysql/postgres secrets.

pub mod export;
pub mod run;

use std::collections::BTreeMap;

pub use export::cmd_db_export;
pub use run::cmd_db_run;

use crate::cli::GlobalArgs;
use crate::cli::db::UrlArgs;
use crate::cmd::secret::{check_name, read_entry};
use crate::cmd::vault::open_vault;
use crate::database::{self, DatabaseError};
use crate::env::{EnvError, EnvSpec};
use crate::error::{CliError, CliResult, user_error};
use crate::secret::{Entry, SecretKind, SecretValue};
use crate::vault::Vault;

/// `url`.
pub fn cmd_db_url(g: &GlobalArgs, a: UrlArgs) -> CliResult {
    let vault = open_vault(g)?;
    let e = read_entry(&vault, &a.name)?;
    let url = connection_url(&a.name, &e)?;
    crate::cmd::secret::get::write_value(&url)
}

/// The connection URL of a mysql/postgres entry, or a wrong-type error.
fn connection_url(name: &str, e: &Entry) -> CliResult<SecretValue> {
    let url = database::connection_url_of(&e.data)
        .ok_or_else(|| crate::cmd::wrong_type(name, e.data.kind(), "mysql or postgres"))?;
    Ok(SecretValue::new(url.to_string()))
}

/// Reads every named secret with one decrypt: the one-entry fast path for a single
/// name, else one parse of the whole document.
fn load_entries(vault: &Vault, names: &[&str]) -> CliResult<BTreeMap<String, Entry>> {
    let mut unique: Vec<&str> = names.to_vec();
    unique.sort_unstable();
    unique.dedup();
    for n in &unique {
        check_name(n)?;
    }
    let mut out = BTreeMap::new();
    if let [only] = unique.as_slice() {
        out.insert(only.to_string(), read_entry(vault, only)?);
        return Ok(out);
    }
    let mut doc = vault.read_doc()?;
    for n in unique {
        let e = doc
            .secrets
            .remove(n)
            .ok_or_else(|| crate::cmd::not_found(n))?;
        out.insert(n.to_string(), e);
    }
    Ok(out)
}

/// Loads the entries `specs` (and `extra`, e.g. `--db`) name, refreshing OAuth2 access
/// tokens that a spec asks for.
fn load_for_specs(
    vault: &Vault,
    specs: &[EnvSpec],
    extra: Option<&str>,
) -> CliResult<BTreeMap<String, Entry>> {
    let mut names: Vec<&str> = specs.iter().map(|s| s.name.as_str()).collect();
    names.extend(extra);
    let mut entries = load_entries(vault, &names)?;
    for s in specs {
        let wants_token = matches!(s.field.as_deref(), None | Some("access-token"));
        let Some(e) = entries.remove(&s.name) else {
            continue;
        };
        let e = if wants_token && e.data.kind() == SecretKind::Oauth2 {
            crate::cmd::token::fresh_entry(vault, &s.name, e)?
        } else {
            e
        };
        entries.insert(s.name.clone(), e);
    }
    Ok(entries)
}

/// The value one spec asks for.
fn spec_value(spec: &EnvSpec, e: &Entry) -> CliResult<SecretValue> {
    crate::cmd::secret::get::field_value(&spec.name, e, spec.field.as_deref())
}

/// Resolves every spec to `(VAR, value)`, in order.
fn resolve_specs(
    specs: &[EnvSpec],
    entries: &BTreeMap<String, Entry>,
) -> CliResult<Vec<(String, SecretValue)>> {
    specs
        .iter()
        .map(|s| {
            let e = entries
                .get(&s.name)
                .ok_or_else(|| crate::cmd::not_found(&s.name))?;
            Ok((s.var.clone(), spec_value(s, e)?))
        })
        .collect()
}

fn env_error(e: EnvError) -> CliError {
    let hint = match &e {
        EnvError::InvalidVarName(_) | EnvError::BadSpec(_) => {
            "e.g. --env GITHUB_TOKEN=github or --env DATABASE_URL=reporting:url"
        }
        EnvError::Duplicate(_) => "give each variable once",
        EnvError::NulInValue(_) => {
            "store the value without NUL bytes (`flowlet-secrets edit NAME --value`)"
        }
        EnvError::LoaderVar(_) => {
            "pick another variable name, or pass --allow-loader-env if you mean it"
        }
        EnvError::NotDotenvSafe { .. } => {
            "use `export --format json`, or `run --env` to skip the file altogether"
        }
    };
    user_error(e.to_string()).hinted(hint)
}

fn database_error(name: &str, e: DatabaseError) -> CliError {
    let hint = match &e {
        DatabaseError::BadInclude => {
            "MARIADB_HOME/MYSQL_HOME must name a short directory path without line breaks"
                .to_string()
        }
        DatabaseError::OptionNotAllowed(_) => format!(
            "mysql secrets may carry only {}; fix it with `flowlet-secrets edit {name}`",
            database::mysql_client_options().join(", ")
        ),
        _ => format!("fix it with `flowlet-secrets edit {name}`"),
    };
    user_error(format!("secret {name:?}: {e}")).hinted(hint)
}
