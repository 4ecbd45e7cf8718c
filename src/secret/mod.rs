//! The typed secrets kept in the vault, and the redacting newtype that holds every value.
//!
//! Each secret type is one module that owns its fields, which of them are secret, its
//! validating constructors and its field table ([`Field`]): `password`, `basic`,
//! `headers`, `oauth2`, `hs256`, `rs256` and `database` (mysql and postgres). This module
//! holds what they share: [`SecretValue`], the name rules, [`SecretData`] (one enum arm
//! per type) and [`Entry`]. Every `match` over [`SecretData`] lives here, so adding a
//! type is one new module plus one arm in each `match` below.
//!
//! Storage lives in [`crate::vault`]; header rendering in [`crate::http_header`]; what a
//! database secret becomes for a client (environment, option file) in [`crate::database`].

mod basic;
mod database;
mod headers;
mod hs256;
mod oauth2;
mod password;
mod rs256;

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

pub use basic::BasicAuth;
pub use basic::check_username;
pub use database::{Database, Dialect};
pub use headers::HeaderLinesError;
pub use headers::{HeaderPair, Headers};
pub use hs256::{Hs256Key, KeyEncoding, hs256_from_bytes, hs256_from_text};
pub use oauth2::{AuthorizationCode, ClientAuth, Grant, OAuth2, TokenSet};
pub use password::Password;
pub use rs256::{Rs256KeyPair, rs256_from_pem, rs256_generate};

/// A secret text value (password, token, key material).
///
/// No `Display`, no `Serialize`; `Debug` prints `[redacted]`. The vault format opts in
/// to writing a value field by field with [`vault_value`] (`serialize_with`), the one
/// place a value is serialized.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct SecretValue(SecretString);

impl SecretValue {
    /// Wraps a value; the `String`'s buffer is zeroized when the value is dropped.
    pub fn new(value: String) -> Self {
        SecretValue(SecretString::from(value))
    }

    /// The value. Call sites are few and reviewed: where a value leaves the process
    /// (vault crypto, headers, JOSE, OAuth requests, `get`/`run`/`export` output).
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }

    /// True when the value is the empty string.
    pub fn is_empty(&self) -> bool {
        self.expose_secret().is_empty()
    }

    /// True when any character of the value satisfies `pred` (the answer says nothing
    /// about the value beyond that).
    pub fn contains_any(&self, pred: impl Fn(char) -> bool) -> bool {
        self.expose_secret().chars().any(pred)
    }
}

impl fmt::Debug for SecretValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl PartialEq for SecretValue {
    fn eq(&self, other: &Self) -> bool {
        use subtle::ConstantTimeEq;
        bool::from(
            self.expose_secret()
                .as_bytes()
                .ct_eq(other.expose_secret().as_bytes()),
        )
    }
}

/// `serialize_with` for a [`SecretValue`] field of the vault format: the vault is the
/// one document that stores values, so it opts in here, field by field.
pub fn vault_value<S: serde::Serializer>(v: &SecretValue, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(v.expose_secret())
}

/// `serialize_with` for an optional [`SecretValue`] field of the vault format (used with
/// `skip_serializing_if = "Option::is_none"`).
pub fn vault_value_opt<S: serde::Serializer>(
    v: &Option<SecretValue>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => vault_value(v, s),
        None => s.serialize_none(),
    }
}

/// Errors of the secret types' validation rules.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SecretError {
    /// The name breaks `[A-Za-z0-9][A-Za-z0-9_.-]{0,127}`.
    #[error(
        "invalid secret name {0:?}: use 1-128 of A-Z a-z 0-9 _ . - starting with a letter or digit"
    )]
    InvalidName(String),
    /// A header name is not an RFC 9110 §5.6.2 token.
    #[error("invalid header name {0:?}: a header name is letters, digits and !#$%&'*+-.^_`|~ only")]
    InvalidHeaderName(String),
    /// A header value contains CR, LF, NUL or another control character (RFC 9110 §5.5).
    #[error("header value for {0:?} contains a control character (CR, LF, NUL...)")]
    InvalidHeaderValue(String),
    /// A basic-auth username contains `:` (RFC 7617 §2 forbids it) or a control character.
    #[error("a basic-auth username may not contain ':' or control characters")]
    InvalidUsername,
    /// A basic-auth password holds CR, LF or NUL: it travels in one header line.
    #[error("the password contains a line break or NUL")]
    PasswordLineBreak,
    /// A value is empty.
    #[error("the {0} is empty")]
    Empty(&'static str),
    /// An HS256 key is shorter than 32 bytes (RFC 7518 §3.2).
    #[error("an HS256 key must be at least 32 bytes; this one has {0}")]
    KeyTooShort(usize),
    /// An encoded key does not decode. The message names the encoding and the reason,
    /// never the key text.
    #[error("the key is not valid {encoding}: {reason}")]
    KeyEncoding {
        /// `hex`, `base64` or `base64url`.
        encoding: &'static str,
        /// What is wrong (a position or a length, no key text).
        reason: String,
    },
    /// An RSA key is smaller than 2048 bits.
    #[error("an RS256 key must have at least 2048 bits; this one has {0}")]
    RsaTooSmall(u32),
    /// The RSA key material could not be read.
    #[error("not an RSA private key in PKCS#1 or PKCS#8 PEM")]
    RsaUnreadable,
    /// The type has no default field (headers): the caller must name one.
    #[error("a {kind} secret has no default value; name a field: {fields}")]
    NoDefaultField {
        /// The secret's type word.
        kind: &'static str,
        /// The fields that exist, comma-separated.
        fields: String,
    },
    /// A field name that the secret type does not have.
    #[error("a {kind} secret has no field {field:?}; its fields are: {fields}")]
    UnknownField {
        /// The secret's type word.
        kind: &'static str,
        /// The requested field.
        field: String,
        /// The fields that exist, comma-separated.
        fields: String,
    },
}

/// Checks a secret name against `[A-Za-z0-9][A-Za-z0-9_.-]{0,127}` (product.md §1).
pub fn validate_name(name: &str) -> Result<(), SecretError> {
    let b = name.as_bytes();
    let ok = !b.is_empty()
        && b.len() <= 128
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'));
    if ok {
        Ok(())
    } else {
        Err(SecretError::InvalidName(name.chars().take(140).collect()))
    }
}

/// Checks a header field name: an RFC 9110 §5.6.2 `token`.
pub fn validate_header_name(name: &str) -> Result<(), SecretError> {
    let ok = !name.is_empty()
        && name
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&c));
    if ok {
        Ok(())
    } else {
        Err(SecretError::InvalidHeaderName(
            name.chars().take(80).collect(),
        ))
    }
}

/// Checks a header field value: no CR, LF, NUL or other controls except HTAB
/// (RFC 9110 §5.5), so a value can never inject a second header.
pub fn validate_header_value(header: &str, value: &str) -> Result<(), SecretError> {
    if value.chars().any(|c| c.is_control() && c != '\t') {
        return Err(SecretError::InvalidHeaderValue(header.to_string()));
    }
    Ok(())
}

/// [`validate_header_value`] for a stored value.
pub fn validate_header_secret(header: &str, value: &SecretValue) -> Result<(), SecretError> {
    if value.contains_any(|c| c.is_control() && c != '\t') {
        return Err(SecretError::InvalidHeaderValue(header.to_string()));
    }
    Ok(())
}

/// The type word of each secret type, as used on the command line and in the vault.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecretKind {
    /// A static password or API token.
    Password,
    /// HTTP basic auth: username and password.
    Basic,
    /// An ordered list of custom HTTP headers.
    Headers,
    /// OAuth2 Authorization Code + PKCE client and its token set.
    Oauth2,
    /// An HS256 shared secret (≥ 32 bytes).
    Hs256,
    /// An RS256 RSA key pair (≥ 2048 bits).
    Rs256,
    /// MySQL/MariaDB credentials.
    Mysql,
    /// PostgreSQL credentials.
    Postgres,
}

impl SecretKind {
    /// Every type, in the order the help lists them.
    pub const ALL: [SecretKind; 8] = [
        SecretKind::Password,
        SecretKind::Basic,
        SecretKind::Headers,
        SecretKind::Oauth2,
        SecretKind::Hs256,
        SecretKind::Rs256,
        SecretKind::Mysql,
        SecretKind::Postgres,
    ];

    /// The lowercase word used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            SecretKind::Password => "password",
            SecretKind::Basic => "basic",
            SecretKind::Headers => "headers",
            SecretKind::Oauth2 => "oauth2",
            SecretKind::Hs256 => "hs256",
            SecretKind::Rs256 => "rs256",
            SecretKind::Mysql => "mysql",
            SecretKind::Postgres => "postgres",
        }
    }

    /// The type's field table, type-erased: names, secrecy and descriptions.
    pub fn fields(self) -> Vec<FieldInfo> {
        fn infos<T: 'static>(t: &'static [Field<T>]) -> Vec<FieldInfo> {
            t.iter().map(Field::info).collect()
        }
        match self {
            SecretKind::Password => infos(password::FIELDS),
            SecretKind::Basic => infos(basic::FIELDS),
            SecretKind::Headers => infos(headers::FIELDS),
            SecretKind::Oauth2 => infos(oauth2::FIELDS),
            SecretKind::Hs256 => infos(hs256::FIELDS),
            SecretKind::Rs256 => infos(rs256::FIELDS),
            SecretKind::Mysql => infos(database::MYSQL_FIELDS),
            SecretKind::Postgres => infos(database::POSTGRES_FIELDS),
        }
    }

    /// The fields `get --field` accepts, default first, as help text names them.
    fn gettable(self) -> Vec<FieldInfo> {
        self.fields().into_iter().filter(|f| f.get).collect()
    }
}

impl fmt::Display for SecretKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One row of a secret type's field table: the single description of a field that
/// `get --field`, `show`, `show --json`, `export` and `run --env` read.
///
/// A field that no table declares is never shown, exported or printed by `get`.
pub struct Field<T: 'static> {
    /// The field's name as `get --field` takes it (kebab-case); `show --json` writes it
    /// in snake_case.
    pub name: &'static str,
    /// True when the value is secret: `show` hides it unless `--reveal`.
    pub secret: bool,
    /// True when `get --field` (and `run --env`/`export`) may name it; `false` for
    /// fields that only `show` lists (endpoints, scopes, parameters).
    pub get: bool,
    /// One line for `get --help` and readers of the code.
    pub about: &'static str,
    /// The value; `None` when the field is not set.
    pub value: fn(&T) -> Option<FieldValue<'_>>,
}

impl<T> Field<T> {
    fn info(&self) -> FieldInfo {
        FieldInfo {
            name: self.name,
            secret: self.secret,
            get: self.get,
            about: self.about,
        }
    }
}

/// A field table row without its accessor (see [`Field`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldInfo {
    /// See [`Field::name`].
    pub name: &'static str,
    /// See [`Field::secret`].
    pub secret: bool,
    /// See [`Field::get`].
    pub get: bool,
    /// See [`Field::about`].
    pub about: &'static str,
}

/// One value read through a field table.
pub enum FieldValue<'a> {
    /// A stored secret value.
    Secret(&'a SecretValue),
    /// A secret value computed from the fields (a connection URL).
    SecretOwned(SecretValue),
    /// A non-secret text.
    Plain(String),
    /// A non-secret number (a port, a key size).
    Int(i64),
    /// A point in time, Unix seconds (`get` prints the number, `show` RFC 3339).
    Time(i64),
    /// A non-secret list (scopes; `KEY=VALUE` parameters).
    List(Vec<String>),
    /// Named secret values, in order (the pairs of a headers secret).
    Pairs(Vec<(&'a str, &'a SecretValue)>),
}

impl FieldValue<'_> {
    /// The value as `get`, `run --env` and `export` hand it out: the text of the value,
    /// numbers in decimal, list items one per line, pairs as `Name: value` lines.
    pub fn to_secret_value(&self) -> SecretValue {
        match self {
            FieldValue::Secret(v) => (*v).clone(),
            FieldValue::SecretOwned(v) => v.clone(),
            FieldValue::Plain(s) => SecretValue::new(s.clone()),
            FieldValue::Int(i) | FieldValue::Time(i) => SecretValue::new(i.to_string()),
            FieldValue::List(l) => SecretValue::new(l.join("\n")),
            FieldValue::Pairs(p) => {
                let mut out = zeroize::Zeroizing::new(String::new());
                for (i, (k, v)) in p.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    out.push_str(k);
                    out.push_str(": ");
                    out.push_str(v.expose_secret());
                }
                SecretValue::new(std::mem::take(&mut *out))
            }
        }
    }
}

/// One field of a secret as a view shows it: the table row and the value (if set).
pub struct FieldView<'a> {
    /// The table row.
    pub info: FieldInfo,
    /// The value; `None` when not set.
    pub value: Option<FieldValue<'a>>,
}

/// The help of `get --field`, generated from the field tables.
pub fn field_help() -> String {
    let mut out = String::from("The field to print [default: the type's main value]\n\n");
    let mut i = 0;
    while i < SecretKind::ALL.len() {
        let kind = SecretKind::ALL[i];
        // mysql and postgres share one table: list them together.
        let (label, skip) = match kind {
            SecretKind::Mysql => ("mysql/postgres".to_string(), 2),
            SecretKind::Postgres => (kind.as_str().to_string(), 1),
            _ => (kind.as_str().to_string(), 1),
        };
        let fields = kind.gettable();
        let list = if fields.is_empty() {
            "a header name".to_string()
        } else {
            fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
        };
        out.push_str(&format!("{label}: {list}"));
        out.push_str(if i + skip < SecretKind::ALL.len() {
            "; "
        } else {
            "."
        });
        i += skip;
    }
    out
}

/// What a secret authenticates an HTTP request with ([`SecretData::credential`]).
pub enum Credential<'a> {
    /// `Authorization: Bearer VALUE`, or `HEADER-NAME: VALUE`.
    Password(&'a Password),
    /// `Authorization: Basic …` (RFC 7617).
    Basic(&'a BasicAuth),
    /// Every pair, in order.
    Headers(&'a Headers),
    /// `Authorization: Bearer ACCESS_TOKEN`; `None` before the first `token request`.
    Bearer(Option<&'a SecretValue>),
    /// A JWT signed with the key, as a bearer token.
    SignedJwt,
    /// No HTTP credential (database secrets).
    None,
}

/// A secret's type-specific data; the vault's `type` field selects the variant.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum SecretData {
    /// See [`Password`].
    Password(Password),
    /// See [`BasicAuth`].
    Basic(BasicAuth),
    /// See [`Headers`].
    Headers(Headers),
    /// See [`OAuth2`] (boxed: it is much larger than the other types).
    Oauth2(Box<OAuth2>),
    /// See [`Hs256Key`].
    Hs256(Hs256Key),
    /// See [`Rs256KeyPair`].
    Rs256(Rs256KeyPair),
    /// See [`Database`].
    Mysql(Database),
    /// See [`Database`].
    Postgres(Database),
}

impl From<Password> for SecretData {
    fn from(v: Password) -> Self {
        SecretData::Password(v)
    }
}
impl From<BasicAuth> for SecretData {
    fn from(v: BasicAuth) -> Self {
        SecretData::Basic(v)
    }
}
impl From<Headers> for SecretData {
    fn from(v: Headers) -> Self {
        SecretData::Headers(v)
    }
}
impl From<OAuth2> for SecretData {
    fn from(v: OAuth2) -> Self {
        SecretData::Oauth2(Box::new(v))
    }
}
impl From<Hs256Key> for SecretData {
    fn from(v: Hs256Key) -> Self {
        SecretData::Hs256(v)
    }
}
impl From<Rs256KeyPair> for SecretData {
    fn from(v: Rs256KeyPair) -> Self {
        SecretData::Rs256(v)
    }
}

impl SecretData {
    /// A database secret of the given dialect.
    pub fn database(dialect: Dialect, d: Database) -> Self {
        match dialect {
            Dialect::Mysql => SecretData::Mysql(d),
            Dialect::Postgres => SecretData::Postgres(d),
        }
    }

    /// The type word.
    pub fn kind(&self) -> SecretKind {
        match self {
            SecretData::Password(_) => SecretKind::Password,
            SecretData::Basic(_) => SecretKind::Basic,
            SecretData::Headers(_) => SecretKind::Headers,
            SecretData::Oauth2(_) => SecretKind::Oauth2,
            SecretData::Hs256(_) => SecretKind::Hs256,
            SecretData::Rs256(_) => SecretKind::Rs256,
            SecretData::Mysql(_) => SecretKind::Mysql,
            SecretData::Postgres(_) => SecretKind::Postgres,
        }
    }

    /// The OAuth2 data, when this is an oauth2 secret.
    pub fn as_oauth2(&self) -> Option<&OAuth2> {
        match self {
            SecretData::Oauth2(o) => Some(o),
            _ => None,
        }
    }

    /// Mutable variant of [`SecretData::as_oauth2`].
    pub fn as_oauth2_mut(&mut self) -> Option<&mut OAuth2> {
        match self {
            SecretData::Oauth2(o) => Some(o),
            _ => None,
        }
    }

    /// The RSA key pair, when this is an rs256 secret.
    pub fn as_rs256(&self) -> Option<&Rs256KeyPair> {
        match self {
            SecretData::Rs256(k) => Some(k),
            _ => None,
        }
    }

    /// The credentials and dialect, when this is a mysql or postgres secret.
    pub fn as_database(&self) -> Option<(Dialect, &Database)> {
        match self {
            SecretData::Mysql(d) => Some((Dialect::Mysql, d)),
            SecretData::Postgres(d) => Some((Dialect::Postgres, d)),
            _ => None,
        }
    }

    /// Mutable variant of [`SecretData::as_database`].
    pub fn as_database_mut(&mut self) -> Option<&mut Database> {
        match self {
            SecretData::Mysql(d) | SecretData::Postgres(d) => Some(d),
            _ => None,
        }
    }

    /// What `header` sends for this secret (product.md §1, the `header` column).
    pub fn credential(&self) -> Credential<'_> {
        match self {
            SecretData::Password(p) => Credential::Password(p),
            SecretData::Basic(b) => Credential::Basic(b),
            SecretData::Headers(h) => Credential::Headers(h),
            SecretData::Oauth2(o) => Credential::Bearer(o.token.as_ref().map(|t| &t.access_token)),
            SecretData::Hs256(_) | SecretData::Rs256(_) => Credential::SignedJwt,
            SecretData::Mysql(_) | SecretData::Postgres(_) => Credential::None,
        }
    }

    /// Every declared field of this secret with its value, in table order: the
    /// allow-list that `show` prints.
    pub fn view(&self) -> Vec<FieldView<'_>> {
        fn rows<'a, T>(t: &'static [Field<T>], v: &'a T) -> Vec<FieldView<'a>> {
            t.iter()
                .map(|f| FieldView {
                    info: f.info(),
                    value: (f.value)(v),
                })
                .collect()
        }
        match self {
            SecretData::Password(p) => rows(password::FIELDS, p),
            SecretData::Basic(b) => rows(basic::FIELDS, b),
            SecretData::Headers(h) => rows(headers::FIELDS, h),
            SecretData::Oauth2(o) => rows(oauth2::FIELDS, o),
            SecretData::Hs256(k) => rows(hs256::FIELDS, k),
            SecretData::Rs256(k) => rows(rs256::FIELDS, k),
            SecretData::Mysql(d) => rows(database::MYSQL_FIELDS, d),
            SecretData::Postgres(d) => rows(database::POSTGRES_FIELDS, d),
        }
    }

    /// The field names `get --field` accepts for this type, default first.
    pub fn fields(&self) -> Vec<&'static str> {
        self.kind().gettable().iter().map(|f| f.name).collect()
    }

    /// The value of `field` (or of the default field when `None`), for `get`, `run --env`
    /// and `export`.
    ///
    /// Headers have no default field: the error lists what exists. OAuth2 access
    /// tokens are returned as stored; refreshing is the caller's job.
    ///
    /// # Errors
    /// [`SecretError::NoDefaultField`], [`SecretError::UnknownField`].
    pub fn field(&self, field: Option<&str>) -> Result<Option<FieldValue<'_>>, SecretError> {
        if let SecretData::Headers(h) = self {
            // A headers secret's fields are its header names.
            let Some(want) = field else {
                return Err(SecretError::NoDefaultField {
                    kind: self.kind().as_str(),
                    fields: h.names(),
                });
            };
            return match h.get(want) {
                Some(v) => Ok(Some(FieldValue::Secret(v))),
                None => Err(self.unknown_field(want)),
            };
        }
        let view = self.view();
        let row = match field {
            None => view.into_iter().find(|r| r.info.get),
            Some(f) => view.into_iter().find(|r| r.info.get && r.info.name == f),
        };
        match row {
            Some(r) => Ok(r.value),
            None => Err(self.unknown_field(field.unwrap_or_default())),
        }
    }

    fn unknown_field(&self, field: &str) -> SecretError {
        let fields = match self {
            SecretData::Headers(h) => h.names(),
            _ => self.fields().join(", "),
        };
        SecretError::UnknownField {
            kind: self.kind().as_str(),
            field: field.chars().take(80).collect(),
            fields,
        }
    }
}

/// A named secret as stored: its data plus metadata.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    /// The type-specific data (carries the `type` field).
    #[serde(flatten)]
    pub data: SecretData,
    /// An optional human description (not secret).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Creation time, Unix seconds.
    pub created: i64,
    /// Last update time, Unix seconds.
    pub updated: i64,
    /// A stable id that survives renames: the key of the team merge (docs/team.md).
    /// Absent in vaults written before it existed; the vault format derives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The label of the team member who last changed the secret (team vaults only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_by: Option<String>,
    /// Set when a removed team member could read the value; cleared by a new value.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rotation_due: bool,
}

/// The current time in Unix seconds.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        for ok in ["a", "api", "A.b-c_d", "0", &"x".repeat(128)] {
            assert!(validate_name(ok).is_ok(), "{ok}");
        }
        for bad in ["", ".a", "-a", "a b", "a/b", "é", &"x".repeat(129)] {
            assert!(validate_name(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn header_rules() {
        assert!(validate_header_name("X-API-KEY").is_ok());
        assert!(validate_header_name("X API").is_err());
        assert!(validate_header_name("X:").is_err());
        assert!(validate_header_value("X", "a\tb é").is_ok());
        assert!(validate_header_value("X", "a\r\nEvil: 1").is_err());
    }

    #[test]
    fn debug_is_redacted() {
        let p = Password {
            value: SecretValue::new("hunter2".into()),
            header_name: None,
        };
        assert!(!format!("{p:?}").contains("hunter2"));
    }

    #[test]
    fn every_type_has_a_table_and_get_finds_its_default() {
        for kind in SecretKind::ALL {
            let fields = kind.fields();
            for f in &fields {
                assert!(!f.about.is_empty(), "{kind} {}", f.name);
                assert!(
                    f.name.bytes().all(|c| c.is_ascii_lowercase() || c == b'-'),
                    "{kind} {}",
                    f.name
                );
            }
            if kind != SecretKind::Headers {
                assert!(fields.iter().any(|f| f.get), "{kind}");
            }
        }
        let help = field_help();
        assert!(help.contains("mysql/postgres: password, host, port, user, database, url"));
        assert!(help.contains("headers: a header name"));
    }
}
