//! `edit NAME`: change the description, the type's settings, or (with `--value`) the value.

use crate::cli::GlobalArgs;
use crate::cli::secret::EditArgs;
use crate::cmd::not_found;
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, user_error};
use crate::secret::{SecretData, now_unix, validate_header_name};

use super::add::{check_username, read_headers};
use super::{check_name, secret_error};
use crate::cmd::input::read_value;

fn not_for(kind: crate::secret::SecretKind, opt: &str) -> crate::error::CliError {
    user_error(format!("{opt} does not apply to a {kind} secret"))
}

/// `edit`.
pub fn cmd_edit(g: &GlobalArgs, a: EditArgs) -> CliResult {
    check_name(&a.name)?;
    let db_opts = a.host.is_some()
        || a.port.is_some()
        || a.user.is_some()
        || a.database.is_some()
        || !a.options.is_empty();
    if a.description.is_none()
        && a.header_name.is_none()
        && a.username.is_none()
        && !db_opts
        && !a.value
    {
        return Err(user_error("nothing to change")
            .hinted("give --description, a type's options (see --help), or --value"));
    }
    if let Some(h) = a.header_name.as_deref().filter(|h| !h.is_empty()) {
        validate_header_name(h).map_err(secret_error)?;
    }
    if let Some(u) = &a.username {
        check_username(u)?;
    }
    let vault = open_vault(g)?;
    // Read the kind first so the new value is asked for with the right word, before the lock.
    let kind = vault
        .read_entry(&a.name)?
        .ok_or_else(|| not_found(&a.name))?
        .data
        .kind();
    let new_value = if a.value {
        use crate::secret::SecretKind as K;
        Some(match kind {
            K::Headers => NewValue::Headers(read_headers(&a.source)?),
            K::Password => NewValue::Text(read_value(&a.source, "value")?),
            K::Basic | K::Mysql | K::Postgres => NewValue::Text(read_value(&a.source, "password")?),
            K::Oauth2 => NewValue::Text(read_value(&a.source, "client secret")?),
            K::Hs256 | K::Rs256 => {
                return Err(
                    user_error("keys are replaced with `add --force`, not edited")
                        .hinted("`flowlet-secrets add hs256 NAME --force --generate`"),
                );
            }
        })
    } else {
        None
    };
    vault.update(|doc| {
        let e = doc
            .secrets
            .get_mut(&a.name)
            .ok_or_else(|| not_found(&a.name))?;
        let kind = e.data.kind();
        if let Some(d) = &a.description {
            e.description = (!d.is_empty()).then(|| d.clone());
        }
        match &mut e.data {
            SecretData::Password(p) => {
                if let Some(h) = &a.header_name {
                    p.header_name = (!h.is_empty()).then(|| h.clone());
                }
                if let Some(NewValue::Text(v)) = &new_value {
                    p.value = v.clone();
                }
                p.validate().map_err(secret_error)?;
            }
            SecretData::Basic(b) => {
                if let Some(u) = &a.username {
                    b.username = u.clone();
                }
                if let Some(NewValue::Text(v)) = &new_value {
                    b.password = v.clone();
                }
            }
            SecretData::Headers(h) => {
                if let Some(NewValue::Headers(v)) = &new_value {
                    h.headers = v.clone();
                }
            }
            SecretData::Oauth2(o) => {
                if let Some(NewValue::Text(v)) = &new_value {
                    o.client_secret = Some(v.clone());
                }
            }
            SecretData::Mysql(d) | SecretData::Postgres(d) => {
                if let Some(h) = &a.host {
                    d.host = h.clone();
                }
                if a.port.is_some() {
                    d.port = a.port;
                }
                if let Some(u) = &a.user {
                    d.user = u.clone();
                }
                if let Some(db) = &a.database {
                    d.database = (!db.is_empty()).then(|| db.clone());
                }
                if !a.options.is_empty() {
                    d.options = a.options.clone();
                }
                if let Some(NewValue::Text(v)) = &new_value {
                    d.password = v.clone();
                }
            }
            SecretData::Hs256(_) | SecretData::Rs256(_) => {}
        }
        let pw = matches!(kind, crate::secret::SecretKind::Password);
        let basic = matches!(kind, crate::secret::SecretKind::Basic);
        let db = matches!(
            kind,
            crate::secret::SecretKind::Mysql | crate::secret::SecretKind::Postgres
        );
        if a.header_name.is_some() && !pw {
            return Err(not_for(kind, "--header-name"));
        }
        if a.username.is_some() && !basic {
            return Err(not_for(kind, "--username"));
        }
        if db_opts && !db {
            return Err(not_for(kind, "--host/--port/--user/--database/--option"));
        }
        e.updated = now_unix();
        Ok(())
    })?;
    eprintln!("Updated {:?}", a.name);
    Ok(())
}

enum NewValue {
    Text(crate::secret::SecretValue),
    Headers(Vec<crate::secret::HeaderPair>),
}
