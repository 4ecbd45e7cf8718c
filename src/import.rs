//! `import --format dotenv|json FILE`: a file of `NAME=value` pairs (see [`crate::dotenv`])
//! or a flat JSON object of strings (RFC 8259), checked whole into ordered
//! (secret name, value) pairs for password secrets.
//!
//! Every problem in the file is collected (bad lines, invalid or repeated names, empty
//! values, non-string JSON values), and no pair is returned when there is one, so the
//! caller writes all or nothing. Errors name lines and secret names, never values: for a
//! JSON syntax error only serde_json's category and position are kept, because its
//! messages quote input.

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::de::{Deserializer as _, MapAccess, Visitor};
use serde_json::Value;

use crate::dotenv::{self, DotenvError};

/// The input formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// python-dotenv's format, without interpolation.
    Dotenv,
    /// A JSON object whose values are all strings.
    Json,
}

/// One problem in an import file.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum ImportError {
    /// A dotenv line that is not a binding.
    #[error(transparent)]
    Dotenv(#[from] DotenvError),
    /// Not JSON at all.
    #[error("not JSON: {0} at line {1} column {2}")]
    JsonSyntax(&'static str, usize, usize),
    /// JSON, but not an object at the top level.
    #[error("the JSON must be one object of \"NAME\": \"value\" pairs")]
    JsonNotObject,
    /// A JSON value that is not a string.
    #[error("the value of {0:?} is not a JSON string")]
    NotString(String),
    /// A key breaks the secret-name rule.
    #[error(
        "{at}invalid secret name {name:?}: use 1-128 of A-Z a-z 0-9 _ . - starting with a letter or digit"
    )]
    InvalidName {
        /// `line N: ` for dotenv, empty for JSON.
        at: String,
        /// The key, shortened.
        name: String,
    },
    /// A name appears twice.
    #[error("{0:?} appears more than once")]
    Duplicate(String),
    /// An empty value (a password secret cannot be empty).
    #[error("the value of {0:?} is empty")]
    EmptyValue(String),
}

/// Pairs in file order, or every problem found.
pub type ImportResult = Result<Vec<(String, SecretString)>, Vec<ImportError>>;

/// Parses and checks an import file.
///
/// # Errors
///
/// Every [`ImportError`] in the file; no pair is returned then.
pub fn parse(format: Format, bytes: &[u8]) -> ImportResult {
    let (pairs, mut errors): Pairs = match format {
        Format::Dotenv => match dotenv::parse(bytes) {
            Ok(entries) => (
                entries
                    .into_iter()
                    .map(|e| (Some(e.line), e.key, e.value))
                    .collect(),
                Vec::new(),
            ),
            Err(errors) => return Err(errors.into_iter().map(Into::into).collect()),
        },
        Format::Json => json_pairs(bytes)?,
    };
    for (i, (line, name, value)) in pairs.iter().enumerate() {
        if crate::secret::validate_name(name).is_err() {
            errors.push(ImportError::InvalidName {
                at: line.map(|l| format!("line {l}: ")).unwrap_or_default(),
                name: name.chars().take(140).collect(),
            });
            continue;
        }
        // Reported once, at the second occurrence.
        if pairs[..i].iter().filter(|(_, n, _)| n == name).count() == 1 {
            errors.push(ImportError::Duplicate(name.clone()));
        }
        if value.expose_secret().is_empty() {
            errors.push(ImportError::EmptyValue(name.clone()));
        }
    }
    if errors.is_empty() {
        Ok(pairs.into_iter().map(|(_, n, v)| (n, v)).collect())
    } else {
        Err(errors)
    }
}

/// (line for dotenv, name, value) in file order, and the problems found so far.
type Pairs = (Vec<(Option<usize>, String, SecretString)>, Vec<ImportError>);

fn json_pairs(bytes: &[u8]) -> Result<Pairs, Vec<ImportError>> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let members = de
        .deserialize_map(Members)
        .and_then(|m| de.end().map(|()| m))
        .map_err(|e| {
            vec![match e.classify() {
                serde_json::error::Category::Data => ImportError::JsonNotObject,
                c => ImportError::JsonSyntax(
                    match c {
                        serde_json::error::Category::Eof => "unexpected end",
                        serde_json::error::Category::Io => "unreadable",
                        _ => "syntax error",
                    },
                    e.line(),
                    e.column(),
                ),
            }]
        })?;
    let mut pairs = Vec::new();
    let mut errors = Vec::new();
    for (name, value) in members {
        match value {
            Value::String(s) => pairs.push((None, name, SecretString::from(s))),
            mut other => {
                zeroize_value(&mut other);
                errors.push(ImportError::NotString(name.chars().take(140).collect()));
            }
        }
    }
    Ok((pairs, errors))
}

/// Wipes the strings of a value that was refused (it may still be a secret).
fn zeroize_value(v: &mut Value) {
    match v {
        Value::String(s) => zeroize::Zeroize::zeroize(s),
        Value::Array(a) => a.iter_mut().for_each(zeroize_value),
        Value::Object(o) => o.values_mut().for_each(zeroize_value),
        _ => {}
    }
}

/// The members of a JSON object, in document order (serde_json's `Map` sorts them).
struct Members;

impl<'de> Visitor<'de> for Members {
    type Value = Vec<(String, Value)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some((k, v)) = map.next_entry::<String, Value>()? {
            out.push((k, v));
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn pairs(format: Format, text: &str) -> Vec<(String, String)> {
        parse(format, text.as_bytes())
            .unwrap()
            .into_iter()
            .map(|(n, v)| (n, v.expose_secret().to_string()))
            .collect()
    }

    fn errors(format: Format, text: &str) -> Vec<ImportError> {
        parse(format, text.as_bytes()).unwrap_err()
    }

    #[test]
    fn dotenv_pairs_in_order_byte_exact() {
        let text = "zeta=\"q\\\"uote # not a comment = $HOME \\\\ end\"\nalpha='a$b#c=d'\nmid.db-1=plain\n";
        assert_eq!(
            pairs(Format::Dotenv, text),
            [
                (
                    "zeta".into(),
                    "q\"uote # not a comment = $HOME \\ end".into()
                ),
                ("alpha".into(), "a$b#c=d".into()),
                ("mid.db-1".into(), "plain".into()),
            ]
        );
    }

    #[test]
    fn json_pairs_keep_document_order() {
        let text = r#"{"zeta": "q\"uote #=$ \\ \n end", "alpha": "1", "mid.db-1": "é"}"#;
        assert_eq!(
            pairs(Format::Json, text),
            [
                ("zeta".into(), "q\"uote #=$ \\ \n end".into()),
                ("alpha".into(), "1".into()),
                ("mid.db-1".into(), "é".into()),
            ]
        );
        assert_eq!(pairs(Format::Json, "{}"), []);
    }

    #[test]
    fn every_problem_is_collected_and_no_value_is_shown() {
        let text =
            "ok=1\n-bad=SECRETVALUE1\nok=SECRETVALUE2\nempty=\nok=3\nbad line SECRETVALUE3\n";
        let errs = errors(Format::Dotenv, text);
        // A syntax error stops before names are checked: the file is not what was meant.
        assert_eq!(errs, [ImportError::Dotenv(DotenvError::Syntax(6))]);
        let errs = errors(Format::Dotenv, &text.replace("bad line SECRETVALUE3\n", ""));
        assert_eq!(
            errs,
            [
                ImportError::InvalidName {
                    at: "line 2: ".into(),
                    name: "-bad".into()
                },
                ImportError::Duplicate("ok".into()),
                ImportError::EmptyValue("empty".into()),
            ]
        );
        let json = r#"{"a": "x", "b": 1234567, "c": ["SECRETVALUE4"], "d d": "SECRETVALUE5", "e": null, "a": "y"}"#;
        let errs = errors(Format::Json, json);
        assert_eq!(
            errs,
            [
                ImportError::NotString("b".into()),
                ImportError::NotString("c".into()),
                ImportError::NotString("e".into()),
                ImportError::InvalidName {
                    at: String::new(),
                    name: "d d".into()
                },
                ImportError::Duplicate("a".into()),
            ]
        );
        for e in errs.iter().chain(&errors(Format::Dotenv, text)) {
            let shown = format!("{e} {e:?}");
            assert!(
                !shown.contains("SECRETVALUE") && !shown.contains("1234567"),
                "{shown}"
            );
        }
    }

    #[test]
    fn json_that_is_not_an_object_of_strings() {
        for bad in ["[\"SECRET1\"]", "\"SECRET1\"", "42", "null", "true"] {
            assert_eq!(
                errors(Format::Json, bad),
                [ImportError::JsonNotObject],
                "{bad}"
            );
        }
        for bad in [
            "",
            "{",
            "{\"a\": \"SECRET1",
            "{\"a\": SECRET1}",
            "{} {}",
            "{\"a\":\"x\",}",
        ] {
            let errs = errors(Format::Json, bad);
            assert!(
                matches!(errs[..], [ImportError::JsonSyntax(..)]),
                "{bad}: {errs:?}"
            );
            assert!(!errs[0].to_string().contains("SECRET1"));
        }
    }
}
