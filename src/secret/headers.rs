//! `headers`: an ordered list of custom HTTP header lines. Its `get` fields are its
//! header names.

use serde::{Deserialize, Serialize};

use super::{
    Field, FieldValue, SecretError, SecretValue, validate_header_name, validate_header_secret,
    vault_value,
};

/// One header line of a [`Headers`] secret.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HeaderPair {
    /// The field name (an RFC 9110 token).
    pub name: String,
    /// The field value (no controls).
    #[serde(serialize_with = "vault_value")]
    pub value: SecretValue,
}

/// An ordered list of custom HTTP headers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Headers {
    /// The headers, in the order they are printed.
    pub headers: Vec<HeaderPair>,
}

/// Why [`Headers::parse`] refused its input. Never holds a value.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum HeaderLinesError {
    /// A line without `:`.
    #[error("line {0}: expected `Name: value`")]
    NoColon(usize),
    /// A name or a value breaks the header rules.
    #[error(transparent)]
    Invalid(#[from] SecretError),
    /// The same name twice (names compare case-insensitively, RFC 9110 §5.1).
    #[error("header {0:?} is given twice")]
    Duplicate(String),
    /// No line at all.
    #[error("no headers given")]
    Empty,
}

impl Headers {
    /// Parses `Name: value` lines (CRLF or LF, blank lines skipped; spaces and tabs
    /// around the value trimmed as RFC 9110 §5.5 does) into validated pairs.
    ///
    /// # Errors
    /// [`HeaderLinesError`]; the message names the line or the header, never a value.
    pub fn parse(text: &str) -> Result<Self, HeaderLinesError> {
        let mut out: Vec<HeaderPair> = Vec::new();
        for (i, line) in text.split('\n').enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim().is_empty() {
                continue;
            }
            let Some((name, value)) = line.split_once(':') else {
                return Err(HeaderLinesError::NoColon(i + 1));
            };
            let value = value
                .trim_start_matches([' ', '\t'])
                .trim_end_matches([' ', '\t']);
            validate_header_name(name)?;
            let value = SecretValue::new(value.to_string());
            validate_header_secret(name, &value)?;
            if out.iter().any(|p| p.name.eq_ignore_ascii_case(name)) {
                return Err(HeaderLinesError::Duplicate(name.to_string()));
            }
            out.push(HeaderPair {
                name: name.to_string(),
                value,
            });
        }
        if out.is_empty() {
            return Err(HeaderLinesError::Empty);
        }
        Ok(Headers { headers: out })
    }

    /// [`Headers::parse`] of lines read one by one (a prompt per header).
    ///
    /// # Errors
    /// As [`Headers::parse`].
    pub fn from_lines(lines: &[SecretValue]) -> Result<Self, HeaderLinesError> {
        let mut text = zeroize::Zeroizing::new(String::new());
        for l in lines {
            text.push_str(l.expose_secret());
            text.push('\n');
        }
        Self::parse(&text)
    }

    /// The value of header `name` (case-insensitive).
    pub fn get(&self, name: &str) -> Option<&SecretValue> {
        self.headers
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(name))
            .map(|p| &p.value)
    }

    /// The header names, comma-separated, for error messages.
    pub fn names(&self) -> String {
        self.headers
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The field table of a headers secret: the pairs, for `show`. `get` takes a header
/// name instead (see [`super::SecretData::field`]).
pub(super) const FIELDS: &[Field<Headers>] = &[Field {
    name: "headers",
    secret: true,
    get: false,
    about: "the header lines, in order",
    value: |h| {
        Some(FieldValue::Pairs(
            h.headers
                .iter()
                .map(|p| (p.name.as_str(), &p.value))
                .collect(),
        ))
    },
}];
