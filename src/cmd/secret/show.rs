//! `show NAME`: a secret's fields, with secret values hidden unless `--reveal`.
//!
//! An allow-list view: it prints exactly the fields the type's field table declares
//! (`crate::secret::<type>::FIELDS`), in table order, with the values the table marks
//! secret replaced by `(hidden)`. A field nobody declared is never printed.

use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::cli::GlobalArgs;
use crate::cli::secret::ShowArgs;
use crate::cmd::vault::open_vault;
use crate::error::CliResult;
use crate::secret::{Entry, FieldValue, FieldView, SecretValue, now_unix};
use crate::term;

use super::list::{format_time, token_state};
use super::read_entry;

/// What `show` prints in place of a secret value.
const HIDDEN: &str = "(hidden)";

/// The JSON of one value: secrets only when `reveal`.
fn value_json(v: &FieldValue<'_>, secret: bool, reveal: bool) -> Value {
    let text = |s: &SecretValue| {
        if reveal {
            Value::String(s.expose_secret().to_string())
        } else {
            Value::String(HIDDEN.into())
        }
    };
    match v {
        FieldValue::Secret(s) => text(s),
        FieldValue::SecretOwned(s) => text(s),
        FieldValue::Plain(_) | FieldValue::Int(_) | FieldValue::List(_) if secret && !reveal => {
            Value::String(HIDDEN.into())
        }
        FieldValue::Plain(s) => Value::String(s.clone()),
        FieldValue::Int(i) => Value::from(*i),
        FieldValue::Time(t) => Value::String(format_time(*t)),
        FieldValue::List(l) => Value::from(l.clone()),
        FieldValue::Pairs(p) => Value::Array(
            p.iter()
                .map(|(name, value)| {
                    let mut m = Map::new();
                    m.insert("name".into(), Value::String((*name).to_string()));
                    m.insert("value".into(), text(value));
                    Value::Object(m)
                })
                .collect(),
        ),
    }
}

/// The JSON form of an entry, secret values hidden unless `reveal`: `name` and `type`
/// first, then the type's declared fields (snake_case keys), then the description and
/// the times (RFC 3339, as `list` prints them).
pub fn entry_json(name: &str, e: &Entry, reveal: bool) -> Value {
    let mut out = Map::new();
    out.insert("name".into(), name.into());
    out.insert("type".into(), e.data.kind().as_str().into());
    for FieldView { info, value } in e.data.view() {
        if let Some(v) = value {
            out.insert(
                info.name.replace('-', "_"),
                value_json(&v, info.secret, reveal),
            );
        }
    }
    if let Some(d) = &e.description {
        out.insert("description".into(), d.as_str().into());
    }
    out.insert("created".into(), format_time(e.created).into());
    out.insert("updated".into(), format_time(e.updated).into());
    if let Some(s) = token_state(e, now_unix()) {
        out.insert("token_state".into(), s.into());
    }
    Value::Object(out)
}

/// `key: value` lines; lists and pairs as `- item` lines, multi-line text as a block.
/// Every string goes through [`term::sanitize`].
fn render_text(v: &Value, out: &mut String) {
    let Value::Object(m) = v else { return };
    for (k, x) in m {
        match x {
            Value::Array(a) => {
                out.push_str(&format!("{k}:\n"));
                for item in a {
                    let line = match item {
                        Value::String(s) => s.clone(),
                        // Header pairs read as they are written.
                        Value::Object(o) => format!(
                            "{}: {}",
                            o.get("name").and_then(Value::as_str).unwrap_or_default(),
                            o.get("value").and_then(Value::as_str).unwrap_or_default()
                        ),
                        other => other.to_string(),
                    };
                    out.push_str(&format!("  - {}\n", term::sanitize(&line)));
                }
            }
            // Multi-line values (PEM keys) print as an indented block.
            Value::String(s) if s.contains('\n') => {
                out.push_str(&format!("{k}:\n"));
                for line in s.lines() {
                    out.push_str(&format!("  {}\n", term::sanitize(line)));
                }
            }
            Value::String(s) => out.push_str(&format!("{k}: {}\n", term::sanitize(s))),
            Value::Null => {}
            other => out.push_str(&format!("{k}: {other}\n")),
        }
    }
}

/// `show`.
pub fn cmd_show(g: &GlobalArgs, a: ShowArgs) -> CliResult {
    let vault = open_vault(g)?;
    let e = read_entry(&vault, &a.name)?;
    let v = entry_json(&a.name, &e, a.reveal);
    let out = Zeroizing::new(if a.json {
        term::terminal_safe_json(&v)
    } else {
        let mut s = String::new();
        render_text(&v, &mut s);
        s
    });
    term::write_stdout(out.as_bytes())?;
    Ok(())
}
