//! `password`: a static password or API token, sent as `Authorization: Bearer VALUE` or
//! under a custom header name.

use serde::{Deserialize, Serialize};

use super::{Field, FieldValue, SecretError, SecretValue, validate_header_name, vault_value};

/// A static password or API token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Password {
    /// The value.
    #[serde(serialize_with = "vault_value")]
    pub value: SecretValue,
    /// A custom header name (e.g. `X-API-KEY`); `None` means `Authorization: Bearer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_name: Option<String>,
}

impl Password {
    /// A password secret whose value can travel in the header it is sent with.
    ///
    /// # Errors
    /// [`SecretError::InvalidHeaderName`] for a header name that is not an RFC 9110
    /// token; [`SecretError::InvalidHeaderValue`] when the value holds a control
    /// character (RFC 9110 §5.5).
    pub fn new(value: SecretValue, header_name: Option<String>) -> Result<Self, SecretError> {
        let p = Password { value, header_name };
        p.validate()?;
        Ok(p)
    }

    /// Checks the rules of [`Password::new`] again after an edit.
    ///
    /// # Errors
    /// As [`Password::new`].
    pub fn validate(&self) -> Result<(), SecretError> {
        if let Some(h) = &self.header_name {
            validate_header_name(h)?;
        }
        super::validate_header_secret(self.header(), &self.value)
    }

    /// The header the value is sent in.
    pub fn header(&self) -> &str {
        self.header_name.as_deref().unwrap_or("Authorization")
    }
}

/// The field table of a password secret (default first).
pub(super) const FIELDS: &[Field<Password>] = &[
    Field {
        name: "value",
        secret: true,
        get: true,
        about: "the password or token",
        value: |p| Some(FieldValue::Secret(&p.value)),
    },
    Field {
        name: "header-name",
        secret: false,
        get: true,
        about: "the header it is sent in, when not `Authorization: Bearer`",
        value: |p| p.header_name.clone().map(FieldValue::Plain),
    },
];
