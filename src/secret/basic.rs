//! `basic`: HTTP basic auth credentials (RFC 7617).

use serde::{Deserialize, Serialize};

use super::{Field, FieldValue, SecretError, SecretValue, vault_value};

/// HTTP basic auth credentials (RFC 7617).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BasicAuth {
    /// The user-id; never contains `:`.
    pub username: String,
    /// The password.
    #[serde(serialize_with = "vault_value")]
    pub password: SecretValue,
}

impl BasicAuth {
    /// Basic-auth credentials that can travel in one `Authorization` line.
    ///
    /// # Errors
    /// As [`check_username`]; [`SecretError::PasswordLineBreak`] when the password holds
    /// CR, LF or NUL (RFC 7617 allows any text, but it travels in one header line).
    pub fn new(username: String, password: SecretValue) -> Result<Self, SecretError> {
        check_username(&username)?;
        if password.contains_any(|c| matches!(c, '\r' | '\n' | '\0')) {
            return Err(SecretError::PasswordLineBreak);
        }
        Ok(BasicAuth { username, password })
    }
}

/// RFC 7617 §2: "a user-id containing a colon character is invalid"; no controls either.
///
/// # Errors
/// [`SecretError::Empty`] for an empty name, [`SecretError::InvalidUsername`] otherwise.
pub fn check_username(u: &str) -> Result<(), SecretError> {
    if u.is_empty() {
        return Err(SecretError::Empty("username"));
    }
    if u.contains(':') || u.chars().any(char::is_control) {
        return Err(SecretError::InvalidUsername);
    }
    Ok(())
}

/// The field table of a basic secret (default first).
pub(super) const FIELDS: &[Field<BasicAuth>] = &[
    Field {
        name: "password",
        secret: true,
        get: true,
        about: "the password",
        value: |b| Some(FieldValue::Secret(&b.password)),
    },
    Field {
        name: "username",
        secret: false,
        get: true,
        about: "the user-id",
        value: |b| Some(FieldValue::Plain(b.username.clone())),
    },
];
