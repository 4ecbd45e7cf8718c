//! `token show [NAME]`: the "Manage tokens" view — which tokens exist, their expiry and
//! granted scope; the values only with `--reveal`.

use crate::cli::GlobalArgs;
use crate::cli::token::TokenShowArgs;
use crate::cmd::secret::list::{format_time, token_state};
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, failure};
use crate::secret::{Entry, now_unix};
use crate::term;

fn token_json(name: &str, e: &Entry, reveal: bool, now: i64) -> Option<serde_json::Value> {
    let o = e.data.as_oauth2()?;
    let mut v = serde_json::json!({
        "name": name,
        "state": token_state(e, now),
        "provider": o.provider.as_deref().or(o.issuer.as_deref()).unwrap_or(&o.token_url),
    });
    if let Some(t) = &o.token {
        v["expires_at"] = t.expires_at.map(format_time).into();
        v["expires_in_secs"] = t.expires_at.map(|at| at.saturating_sub(now).max(0)).into();
        v["obtained_at"] = format_time(t.obtained_at).into();
        v["scope"] = t.scope.clone().into();
        v["refresh_token"] = t.refresh_token.is_some().into();
        v["id_token"] = t.id_token.is_some().into();
        if reveal {
            v["access_token_value"] = t.access_token.expose_secret().into();
            if let Some(r) = &t.refresh_token {
                v["refresh_token_value"] = r.expose_secret().into();
            }
            if let Some(i) = &t.id_token {
                v["id_token_value"] = i.expose_secret().into();
            }
        }
    }
    Some(v)
}

/// `token show`.
pub fn cmd_token_show(g: &GlobalArgs, a: TokenShowArgs) -> CliResult {
    let vault = open_vault(g)?;
    let now = now_unix();
    let items: Vec<serde_json::Value> = match &a.name {
        Some(name) => {
            let e = crate::cmd::secret::read_entry(&vault, name)?;
            super::oauth2_of(name, &e)?;
            token_json(name, &e, a.reveal, now).into_iter().collect()
        }
        None => vault
            .read_doc()?
            .secrets
            .iter()
            .filter_map(|(n, e)| token_json(n, e, a.reveal, now))
            .collect(),
    };
    let out = zeroize::Zeroizing::new(if a.json {
        let v = if a.name.is_some() {
            items.into_iter().next().unwrap_or_default()
        } else {
            serde_json::Value::Array(items)
        };
        let mut s = serde_json::to_string_pretty(&v).map_err(|e| failure(e.to_string()))?;
        s.push('\n');
        s
    } else {
        if items.is_empty() {
            eprintln!("No oauth2 secrets. Add one with `flowlet-secrets add oauth2 NAME`.");
            return Ok(());
        }
        let mut s = String::new();
        for v in &items {
            let f = |k: &str| v.get(k).and_then(|x| x.as_str()).map(term::sanitize);
            s.push_str(&format!("{}\n", f("name").unwrap_or_default()));
            s.push_str(&format!("  state:    {}\n", f("state").unwrap_or_default()));
            s.push_str(&format!(
                "  provider: {}\n",
                f("provider").unwrap_or_default()
            ));
            if let Some(x) = f("expires_at") {
                s.push_str(&format!("  expires:  {x}\n"));
            }
            if let Some(x) = f("obtained_at") {
                s.push_str(&format!("  obtained: {x}\n"));
            }
            if let Some(x) = f("scope") {
                s.push_str(&format!("  scope:    {x}\n"));
            }
            if v.get("refresh_token").is_some() {
                let yes = |k: &str| if v[k] == true { "yes" } else { "no" };
                s.push_str(&format!(
                    "  refresh token: {}, id token: {}\n",
                    yes("refresh_token"),
                    yes("id_token")
                ));
            }
            for (k, label) in [
                ("access_token_value", "access token"),
                ("refresh_token_value", "refresh token value"),
                ("id_token_value", "id token value"),
            ] {
                if let Some(x) = f(k) {
                    s.push_str(&format!("  {label}: {x}\n"));
                }
            }
        }
        s
    });
    term::write_stdout(out.as_bytes())?;
    Ok(())
}
