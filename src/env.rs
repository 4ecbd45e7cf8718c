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
    /// The variable changes how a program is loaded (see [`is_loader_var`]).
    #[error("{0} changes how COMMAND is loaded; a secret's value would choose its code")]
    LoaderVar(String),
    /// A value no single dotenv quoting makes both POSIX sh and python-dotenv read exactly.
    #[error(
        "the value for {var} cannot be written to a dotenv file that sh and python-dotenv both read exactly: {why}"
    )]
    NotDotenvSafe {
        /// The variable.
        var: String,
        /// What the value holds.
        why: &'static str,
    },
}

/// Variables that glibc's dynamic loader or C library read at program start to find
/// code or data to load, besides every `LD_*` and `DYLD_*` (macOS dyld) name. They are
/// the loading-related names of glibc's `UNSECURE_ENVVARS` (`sysdeps/generic/unsecvars.h`,
/// the list ld.so strips for set-user-ID programs): `GCONV_PATH` (iconv modules are
/// shared objects), `GLIBC_TUNABLES`, `LOCPATH`, `NLSPATH`, `MALLOC_TRACE`, `GETCONF_DIR`.
const LOADER_VARS: &[&str] = &[
    "GCONV_PATH",
    "GETCONF_DIR",
    "GLIBC_TUNABLES",
    "LOCPATH",
    "MALLOC_TRACE",
    "NLSPATH",
];

/// True when setting `var` changes how a program is loaded: `LD_*`, `DYLD_*` and
/// [`LOADER_VARS`], compared without regard to case (a lower-case `ld_preload` is refused
/// too, so no platform or wrapper that folds case can be used to slip one through).
pub fn is_loader_var(var: &str) -> bool {
    let up = var.to_ascii_uppercase();
    up.starts_with("LD_") || up.starts_with("DYLD_") || LOADER_VARS.contains(&up.as_str())
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

/// A value as a dotenv value that POSIX `sh` (`set -a; . ./file`) and python-dotenv
/// (with its default interpolation) both read as exactly `value`, running nothing.
///
/// - No `$` or backquote: double quotes, escaping only `\\` and `"` (both decode `\\\\` and
///   `\\"` alike; `'`, `#` and newlines are literal in both).
/// - Else, no `'` or `\\`: single quotes, where neither sh nor python-dotenv expands
///   anything (python-dotenv decodes only `\\\\` and `\\'` there).
///
/// # Errors
///
/// [`EnvError::NotDotenvSafe`] for a value no form carries: one with both (`$` or a
/// backquote) and (`'` or `\\`); a CR (python reads files with universal newlines, turning
/// it into a newline); `${` (python-dotenv interpolates `${VAR}` in every quoting); a
/// trailing `\\` (python-dotenv's quoted-value pattern is not escape-aware).
pub fn dotenv_quote(var: &str, value: &str) -> Result<String, EnvError> {
    let refuse = |why| {
        Err(EnvError::NotDotenvSafe {
            var: var.to_string(),
            why,
        })
    };
    if value.contains('\r') {
        return refuse("a carriage return");
    }
    if value.contains("${") {
        return refuse("`${`, which python-dotenv interpolates");
    }
    if value.ends_with('\\') {
        // python-dotenv's `"((?:\\"|[^"])*)"` takes the closing quote after an escaped
        // backslash for an escaped quote and reads on into the next lines.
        return refuse("a backslash at the end");
    }
    let expands = value.contains(['$', '`']);
    if !expands {
        let mut out = String::with_capacity(value.len() + 2);
        out.push('"');
        for c in value.chars() {
            if matches!(c, '\\' | '"') {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('"');
        return Ok(out);
    }
    if value.contains(['\'', '\\']) {
        return refuse("both `$` or a backquote and `'` or a backslash");
    }
    Ok(format!("'{value}'"))
}

/// `VAR=value` lines, one per variable, in the given order, quoted by [`dotenv_quote`].
///
/// # Errors
///
/// The first value [`dotenv_quote`] refuses.
pub fn render_dotenv(vars: &[(String, SecretValue)]) -> Result<Zeroizing<String>, EnvError> {
    let mut out = Zeroizing::new(String::new());
    for (k, v) in vars {
        let q = Zeroizing::new(dotenv_quote(k, v.expose_secret())?);
        let _ = writeln!(out, "{k}={}", q.as_str());
    }
    Ok(out)
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
        let q = |v: &str| dotenv_quote("V", v);
        assert_eq!(
            q("a \"q\" 'x' #h\nl\\ x").unwrap(),
            "\"a \\\"q\\\" 'x' #h\nl\\\\ x\""
        );
        assert_eq!(q("$(id) `id` $HOME #").unwrap(), "'$(id) `id` $HOME #'");
        for bad in ["$x'", "`a\\", "a\rb", "${HOME}", "x${", "a\\"] {
            assert!(q(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn loader_variables() {
        for v in [
            "LD_PRELOAD",
            "ld_preload",
            "Ld_Library_Path",
            "LD_AUDIT",
            "DYLD_INSERT_LIBRARIES",
            "GCONV_PATH",
            "glibc_tunables",
        ] {
            assert!(is_loader_var(v), "{v}");
        }
        for v in ["OLD_PRELOAD", "LDAP_URI", "PATH", "GITHUB_TOKEN"] {
            assert!(!is_loader_var(v), "{v}");
        }
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
