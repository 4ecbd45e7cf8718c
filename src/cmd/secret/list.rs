//! `list`: a table (or JSON) of names, types, update times and descriptions.

use comfy_table::{ContentArrangement, Table, presets};

use crate::cli::GlobalArgs;
use crate::cli::secret::ListArgs;
use crate::cmd::vault::open_vault;
use crate::error::CliResult;
use crate::secret::{Entry, SecretKind, now_unix};
use crate::term;

/// A short, value-free description of an oauth2 secret's tokens ("valid 42m", "expired").
pub fn token_state(e: &Entry, now: i64) -> Option<String> {
    let o = e.data.as_oauth2()?;
    Some(match &o.token {
        None => "no token".into(),
        Some(t) => {
            let refresh = if t.refresh_token.is_some() {
                ", refreshable"
            } else {
                ""
            };
            match t.expires_at {
                Some(at) if at <= now => format!("expired{refresh}"),
                Some(at) => format!(
                    "valid {}{refresh}",
                    humantime::format_duration(std::time::Duration::from_secs((at - now) as u64))
                ),
                None => format!("valid (no expiry given){refresh}"),
            }
        }
    })
}

/// The last second RFC 3339 can write: 9999-12-31T23:59:59Z.
const MAX_RFC3339_SECS: i64 = 253_402_300_799;

/// Formats Unix seconds as RFC 3339 UTC, clamped to 1970..=9999 (a hand-edited vault or
/// an IdP can hold any i64; humantime panics past year 9999).
pub fn format_time(t: i64) -> String {
    let secs = t.clamp(0, MAX_RFC3339_SECS) as u64;
    let st = std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs);
    humantime::format_rfc3339_seconds(st).to_string()
}

/// `list`.
pub fn cmd_list(g: &GlobalArgs, a: ListArgs) -> CliResult {
    let vault = open_vault(g)?;
    let doc = vault.read_doc()?;
    let now = now_unix();
    let rows = doc
        .secrets
        .iter()
        .filter(|(_, e)| a.kind.is_none_or(|k| e.data.kind() == k));
    if a.json {
        let items: Vec<_> = rows
            .map(|(name, e)| {
                let mut v = serde_json::json!({
                    "name": name,
                    "type": e.data.kind().as_str(),
                    "created": format_time(e.created),
                    "updated": format_time(e.updated),
                    "description": e.description,
                });
                if let Some(s) = token_state(e, now) {
                    v["token"] = s.into();
                }
                if e.rotation_due {
                    v["rotation_due"] = true.into();
                }
                v
            })
            .collect();
        let s = term::terminal_safe_json(&serde_json::Value::Array(items));
        return Ok(term::write_stdout(s.as_bytes())?);
    }
    let rows: Vec<_> = rows.collect();
    if rows.is_empty() {
        match a.kind {
            Some(k) if !doc.secrets.is_empty() => eprintln!("No {k} secrets."),
            _ => eprintln!("No secrets yet. Add one with `flowlet-secrets add password NAME`."),
        }
        return Ok(());
    }
    // The token column appears only when oauth2 secrets are listed (product.md §2).
    let with_tokens = rows
        .iter()
        .any(|(_, e)| e.data.kind() == SecretKind::Oauth2);
    let mut table = Table::new();
    table.load_preset(presets::NOTHING);
    // A terminal that reports no width (a pty without a size) would get one character
    // per column: wrap only to a known width.
    let arrangement = match table.width() {
        Some(w) if w > 0 => ContentArrangement::Dynamic,
        _ => ContentArrangement::Disabled,
    };
    table.set_content_arrangement(arrangement);
    let mut header = vec!["NAME", "TYPE", "UPDATED"];
    if with_tokens {
        header.push("TOKEN");
    }
    header.push("DESCRIPTION");
    table.set_header(header);
    for (name, e) in rows {
        // `*`: a removed team member could read it (docs/team.md).
        let mark = if e.rotation_due { " *" } else { "" };
        let mut row = vec![
            term::sanitize(name) + mark,
            e.data.kind().to_string(),
            format_time(e.updated),
        ];
        if with_tokens {
            row.push(token_state(e, now).unwrap_or_default());
        }
        row.push(term::sanitize(e.description.as_deref().unwrap_or_default()));
        table.add_row(row);
    }
    let mut text = String::new();
    for line in table.to_string().lines() {
        text.push_str(line.strip_prefix(' ').unwrap_or(line).trim_end());
        text.push('\n');
    }
    term::write_stdout(text.as_bytes())?;
    if doc.secrets.values().any(|e| e.rotation_due) {
        eprintln!("* rotation due: a removed member could read it; `flowlet-secrets rotate --due`");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::format_time;

    #[test]
    fn format_time_never_panics() {
        assert_eq!(format_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_time(i64::MIN), "1970-01-01T00:00:00Z");
        assert_eq!(format_time(i64::MAX), "9999-12-31T23:59:59Z");
        assert_eq!(format_time(253_402_300_800), "9999-12-31T23:59:59Z");
    }
}
