//! Environment variables made from secrets: the `VAR=NAME[:FIELD]` mapping of `run --env`
//! and `export`, and the dotenv / JSON renderings of `export`.
//!
//! This module owns names and quoting only. Reading the vault, refreshing OAuth2 tokens
//! and starting processes belong to the command layer (`cmd::db`).

use std::fmt::Write as _;

use zeroize::Zeroizing;

use crate::secret::SecretValue;

/// Errors of the `VAR=NAME[:FIELD]` syntax and of variable values.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EnvError {
    /// The variable name is not `[A-Za-z_][A-Za-z0-9_]*`.
    #[error(
        "invalid environment variable name {0:?}: use letters, digits and _, not starting with a digit"
    )]
    InvalidVarName(String),
    /// `--env` is not `VAR=NAME` or `VAR=NAME:FIELD`.
    #[error("expected VAR=NAME or VAR=NAME:FIELD, got {0:?}")]
    BadSpec(String),
    /// Two mappings set the same variable.
    #[error("the variable {0} is set twice")]
    Duplicate(String),
    /// A value holds a NUL byte, which no environment (or C string) can carry.
    #[error("the value for {0} contains a NUL byte, which an environment variable cannot hold")]
    NulInValue(String),
}

/// One requested variable: `VAR=NAME[:FIELD]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvSpec {
    /// The variable to set.
    pub var: String,
    /// The secret's name.
    pub name: String,
    /// The field; `None` means the secret type's default field (as `get` prints it).
    pub field: Option<String>,
}

/// Checks a POSIX-portable variable name: `[A-Za-z_][A-Za-z0-9_]*` (POSIX.1-2017
/// XBD §8.1: "uppercase letters, digits, and the underscore ... not begin with a digit";
/// lowercase letters are accepted too, as every shell does).
pub fn validate_var_name(var: &str) -> Result<(), EnvError> {
    let b = var.as_bytes();
    let ok = !b.is_empty()
        && !b[0].is_ascii_digit()
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_');
    if ok {
        Ok(())
    } else {
        Err(EnvError::InvalidVarName(var.chars().take(80).collect()))
    }
}

/// Parses `VAR=NAME` or `VAR=NAME:FIELD` (the secret name itself is checked by the caller).
pub fn parse_env_spec(s: &str) -> Result<EnvSpec, EnvError> {
    let (var, rest) = s
        .split_once('=')
        .ok_or_else(|| EnvError::BadSpec(s.chars().take(80).collect()))?;
    validate_var_name(var)?;
    let (name, field) = match rest.split_once(':') {
        Some((n, f)) if !f.is_empty() => (n, Some(f.to_string())),
        Some(_) => return Err(EnvError::BadSpec(s.chars().take(80).collect())),
        None => (rest, None),
    };
    if name.is_empty() {
        return Err(EnvError::BadSpec(s.chars().take(80).collect()));
    }
    Ok(EnvSpec {
        var: var.to_string(),
        name: name.to_string(),
        field,
    })
}

/// The variable `export NAME` uses: the name upper-cased, `.` and `-` turned into `_`,
/// and `_` in front when it starts with a digit (`prod.db` -> `PROD_DB`).
pub fn default_var_name(secret_name: &str) -> String {
    let mut v: String = secret_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if v.starts_with(|c: char| c.is_ascii_digit()) {
        v.insert(0, '_');
    }
    v
}

/// Checks that no variable is set twice and no value holds a NUL byte.
pub fn check_vars(vars: &[(String, SecretValue)]) -> Result<(), EnvError> {
    for (i, (k, v)) in vars.iter().enumerate() {
        if vars[..i].iter().any(|(k2, _)| k2 == k) {
            return Err(EnvError::Duplicate(k.clone()));
        }
        if v.contains_any(|c| c == '\0') {
            return Err(EnvError::NulInValue(k.clone()));
        }
    }
    Ok(())
}

/// A value in dotenv double quotes.
///
/// The escapes are the ones python-dotenv decodes in double quotes (`\\ \" \' \a \b \f
/// \n \r \t \v`, its `_double_quote_escapes`); `$`, `'` and `#` need no escape inside
/// double quotes. One sequence cannot be protected: python-dotenv expands `${VAR}` by
/// default (load with interpolation off). Ruby dotenv and docker compose also expand
/// `$VAR`; there is no escape all parsers share, which is why `export` offers JSON.
pub fn dotenv_quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0b' => out.push_str("\\v"),
            '\x0c' => out.push_str("\\f"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `VAR="value"` lines, one per variable, in the given order.
pub fn render_dotenv(vars: &[(String, SecretValue)]) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::new());
    for (k, v) in vars {
        let q = Zeroizing::new(dotenv_quote(v.expose_secret()));
        let _ = writeln!(out, "{k}={}", q.as_str());
    }
    out
}

/// A JSON object `{"VAR": "value", ...}` (RFC 8259), keys in the given order.
pub fn render_json(vars: &[(String, SecretValue)]) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::from("{"));
    for (i, (k, v)) in vars.iter().enumerate() {
        out.push_str(if i == 0 { "\n  " } else { ",\n  " });
        // Serialising a &str cannot fail.
        out.push_str(&serde_json::to_string(k).unwrap_or_default());
        out.push_str(": ");
        let q = Zeroizing::new(serde_json::to_string(v.expose_secret()).unwrap_or_default());
        out.push_str(&q);
    }
    out.push_str(if vars.is_empty() { "}\n" } else { "\n}\n" });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs() {
        assert_eq!(
            parse_env_spec("DATABASE_URL=reporting:url").unwrap(),
            EnvSpec {
                var: "DATABASE_URL".into(),
                name: "reporting".into(),
                field: Some("url".into())
            }
        );
        assert_eq!(parse_env_spec("T=gh").unwrap().field, None);
        for bad in ["T", "=gh", "1T=gh", "T-X=gh", "T=", "T=gh:", "T=:f"] {
            assert!(parse_env_spec(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn default_names() {
        assert_eq!(default_var_name("prod.db-main"), "PROD_DB_MAIN");
        assert_eq!(default_var_name("1password"), "_1PASSWORD");
    }

    #[test]
    fn dotenv_quoting() {
        assert_eq!(
            dotenv_quote("a$b \"q\" 'x' #h\nl\\"),
            r#""a$b \"q\" 'x' #h\nl\\""#
        );
    }

    #[test]
    fn duplicates_and_nul() {
        let v = |s: &str| SecretValue::new(s.into());
        assert_eq!(
            check_vars(&[("A".into(), v("1")), ("A".into(), v("2"))]),
            Err(EnvError::Duplicate("A".into()))
        );
        assert_eq!(
            check_vars(&[("A".into(), v("a\0b"))]),
            Err(EnvError::NulInValue("A".into()))
        );
    }

    #[test]
    fn json_keeps_order() {
        let v = |s: &str| SecretValue::new(s.into());
        let out = render_json(&[("B".into(), v("x\"y")), ("A".into(), v("é"))]);
        assert_eq!(out.as_str(), "{\n  \"B\": \"x\\\"y\",\n  \"A\": \"é\"\n}\n");
    }
}
