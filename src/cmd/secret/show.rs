//! `show NAME`: a secret's fields, with secret values hidden unless `--reveal`.

use crate::cli::{GlobalArgs, ShowArgs};
use crate::cmd::vault::open_vault;
use crate::error::{CliResult, failure};
use crate::secret::{Entry, now_unix};
use crate::term;

use super::list::{format_time, token_state};
use super::read_entry;

/// The vault fields that hold secret values; hidden unless `--reveal`.
const SECRET_KEYS: &[&str] = &[
    "value",
    "password",
    "key",
    "private_key",
    "client_secret",
    "access_token",
    "refresh_token",
    "id_token",
];

fn redact(v: &mut serde_json::Value, key: Option<&str>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                redact(x, Some(k));
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| redact(x, key)),
        serde_json::Value::String(s) if key.is_some_and(|k| SECRET_KEYS.contains(&k)) => {
            s.zeroize_in_place();
            *v = serde_json::Value::String("(hidden)".into());
        }
        _ => {}
    }
}

trait ZeroizeInPlace {
    fn zeroize_in_place(&mut self);
}
impl ZeroizeInPlace for String {
    fn zeroize_in_place(&mut self) {
        zeroize::Zeroize::zeroize(self);
    }
}

/// The JSON form of an entry, secret values hidden unless `reveal`: `name` first, then
/// the type's fields, then the times (RFC 3339, as `list` prints them).
pub fn entry_json(name: &str, e: &Entry, reveal: bool) -> CliResult<serde_json::Value> {
    let mut v = serde_json::to_value(e).map_err(|e| failure(e.to_string()))?;
    if !reveal {
        redact(&mut v, None);
    }
    let serde_json::Value::Object(fields) = v else {
        return Err(failure("a secret did not serialize to an object"));
    };
    let mut out = serde_json::Map::new();
    out.insert("name".into(), name.into());
    for (k, mut x) in fields {
        if k == "created" || k == "updated" {
            continue;
        }
        if k == "token" {
            for t in ["expires_at", "obtained_at"] {
                if let Some(secs) = x.get(t).and_then(|s| s.as_i64()) {
                    x[t] = format_time(secs).into();
                }
            }
        }
        out.insert(k, x);
    }
    out.insert("created".into(), format_time(e.created).into());
    out.insert("updated".into(), format_time(e.updated).into());
    if let Some(s) = token_state(e, now_unix()) {
        out.insert("token_state".into(), s.into());
    }
    Ok(serde_json::Value::Object(out))
}

fn render_text(v: &serde_json::Value, indent: usize, out: &mut String) {
    if let serde_json::Value::Object(m) = v {
        for (k, x) in m {
            match x {
                serde_json::Value::Object(_) => {
                    out.push_str(&format!("{:indent$}{k}:\n", ""));
                    render_text(x, indent + 2, out);
                }
                serde_json::Value::Array(a) => {
                    out.push_str(&format!("{:indent$}{k}:\n", ""));
                    for item in a {
                        let line = match item {
                            serde_json::Value::String(s) => s.clone(),
                            // Header pairs and KEY=VALUE options read as they are written.
                            serde_json::Value::Object(o) if o.contains_key("name") => format!(
                                "{}: {}",
                                o["name"].as_str().unwrap_or_default(),
                                o.get("value").and_then(|v| v.as_str()).unwrap_or_default()
                            ),
                            serde_json::Value::Array(kv) if kv.len() == 2 => format!(
                                "{}={}",
                                kv[0].as_str().unwrap_or_default(),
                                kv[1].as_str().unwrap_or_default()
                            ),
                            other => other.to_string(),
                        };
                        out.push_str(&format!("{:indent$}  - {}\n", "", term::sanitize(&line)));
                    }
                }
                // Multi-line values (PEM keys) print as an indented block.
                serde_json::Value::String(s) if s.contains('\n') => {
                    out.push_str(&format!("{:indent$}{k}:\n", ""));
                    for line in s.lines() {
                        out.push_str(&format!("{:indent$}  {}\n", "", term::sanitize(line)));
                    }
                }
                serde_json::Value::String(s) => {
                    out.push_str(&format!("{:indent$}{k}: {}\n", "", term::sanitize(s)))
                }
                serde_json::Value::Null => {}
                other => out.push_str(&format!("{:indent$}{k}: {other}\n", "")),
            }
        }
    }
}

/// `show`.
pub fn cmd_secret_show(g: &GlobalArgs, a: ShowArgs) -> CliResult {
    let vault = open_vault(g)?;
    let e = read_entry(&vault, &a.name)?;
    let v = entry_json(&a.name, &e, a.reveal)?;
    let out = zeroize::Zeroizing::new(if a.json {
        let mut s = serde_json::to_string_pretty(&v).map_err(|e| failure(e.to_string()))?;
        s.push('\n');
        s
    } else {
        let mut s = String::new();
        render_text(&v, 0, &mut s);
        s
    });
    term::write_stdout(out.as_bytes())?;
    Ok(())
}
