//! The typed secrets kept in the vault, and the redacting newtype that holds every value.
//!
//! This module owns the shapes and the validation rules of each type (names, header
//! syntax, key sizes). Storage lives in [`crate::vault`]; header rendering in
//! [`crate::http_header`].

use std::fmt;

use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

/// A secret text value (password, token, key material).
///
/// No `Display`; `Debug` prints `[redacted]`. It serializes only because the vault
/// format opts in here: the vault is the one place a value is written.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct SecretValue(SecretString);

impl SecretValue {
    /// Wraps a value; the `String`'s buffer is zeroized when the value is dropped.
    pub fn new(value: String) -> Self {
        SecretValue(SecretString::from(value))
    }

    /// The value. Call sites are few and reviewed: vault crypto, headers, JOSE, output.
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for SecretValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl Serialize for SecretValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.expose_secret())
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
    /// A value is empty.
    #[error("the {0} is empty")]
    Empty(&'static str),
    /// An HS256 key is shorter than 32 bytes (RFC 7518 §3.2).
    #[error("an HS256 key must be at least 32 bytes; this one has {0}")]
    KeyTooShort(usize),
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
}

impl fmt::Display for SecretKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A static password or API token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Password {
    /// The value.
    pub value: SecretValue,
    /// A custom header name (e.g. `X-API-KEY`); `None` means `Authorization: Bearer`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_name: Option<String>,
}

/// HTTP basic auth credentials (RFC 7617).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BasicAuth {
    /// The user-id; never contains `:`.
    pub username: String,
    /// The password.
    pub password: SecretValue,
}

/// One header line of a [`Headers`] secret.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HeaderPair {
    /// The field name (an RFC 9110 token).
    pub name: String,
    /// The field value (no controls).
    pub value: SecretValue,
}

/// An ordered list of custom HTTP headers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Headers {
    /// The headers, in the order they are printed.
    pub headers: Vec<HeaderPair>,
}

/// An HS256 shared secret, stored base64url (no padding).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hs256Key {
    /// The key bytes, base64url without padding (RFC 4648 §5).
    pub key: SecretValue,
}

/// An RSA key pair for RS256 and RSA-OAEP, stored as a PKCS#8 PEM private key.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Rs256KeyPair {
    /// The private key, PKCS#8 PEM.
    pub private_key: SecretValue,
    /// The public key, SPKI PEM (not secret; kept so reads need no RSA work).
    pub public_key: String,
    /// The modulus size in bits.
    pub bits: u32,
}

/// Database credentials for MySQL/MariaDB or PostgreSQL.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Database {
    /// Host name or address (or a socket directory for PostgreSQL).
    pub host: String,
    /// TCP port; `None` means the client's default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    /// The user name.
    pub user: String,
    /// The password.
    pub password: SecretValue,
    /// The database name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// Connection options such as `sslmode=require`, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<(String, String)>,
}

/// How the OAuth2 client authenticates at the token endpoint (RFC 6749 §2.3.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum ClientAuth {
    /// HTTP basic with the client id and secret (`client_secret_basic`).
    #[default]
    Basic,
    /// Client id and secret in the form body (`client_secret_post`).
    Post,
    /// A public client: only `client_id` in the body.
    None,
}

/// The token set of an OAuth2 secret, as obtained from the token endpoint.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenSet {
    /// The access token.
    pub access_token: SecretValue,
    /// The refresh token, when the provider issued one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<SecretValue>,
    /// When the access token expires, Unix seconds; `None` when the provider did not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The granted scope (RFC 6749 §5.1), space-separated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// The OpenID Connect ID token, when issued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<SecretValue>,
    /// When this token set was obtained, Unix seconds.
    pub obtained_at: i64,
}

/// An OAuth2 client registration (Authorization Code + PKCE) and its tokens.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OAuth2 {
    /// The provider preset used, if any (e.g. `github`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// The OpenID issuer used for discovery, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// The client_id.
    pub client_id: String,
    /// The client secret; `None` for public clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<SecretValue>,
    /// The authorization endpoint.
    pub auth_url: String,
    /// The token endpoint.
    pub token_url: String,
    /// The RFC 7009 revocation endpoint, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_url: Option<String>,
    /// The OpenID userinfo endpoint, if discovered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub userinfo_url: Option<String>,
    /// Requested scopes.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Extra authorize-request parameters, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub auth_params: Vec<(String, String)>,
    /// The loopback redirect port; 0 = any free port.
    pub redirect_port: u16,
    /// The loopback redirect host (RFC 8252 §7.3: `127.0.0.1`).
    pub redirect_host: String,
    /// Client authentication at the token endpoint.
    #[serde(default)]
    pub client_auth: ClientAuth,
    /// The current token set, after `token request`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<TokenSet>,
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

impl SecretData {
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

    /// The field names `get --field` accepts for this type, default first.
    pub fn fields(&self) -> &'static [&'static str] {
        match self {
            SecretData::Password(_) => &["value", "header-name"],
            SecretData::Basic(_) => &["password", "username"],
            SecretData::Headers(_) => &[],
            SecretData::Oauth2(_) => &[
                "access-token",
                "refresh-token",
                "id-token",
                "client-id",
                "client-secret",
                "scope",
                "expires-at",
            ],
            SecretData::Hs256(_) => &["key"],
            SecretData::Rs256(_) => &["public-key", "private-key"],
            SecretData::Mysql(_) | SecretData::Postgres(_) => {
                &["password", "host", "port", "user", "database", "url"]
            }
        }
    }

    /// The value of `field` (or of the default field when `None`), for `get`.
    ///
    /// Headers have no default field: the error lists what exists. OAuth2 access
    /// tokens are returned as stored; refreshing is the caller's job.
    pub fn field(&self, field: Option<&str>) -> Result<Option<FieldValue<'_>>, SecretError> {
        let fields = self.fields();
        let want = match field {
            Some(f) => f,
            None => match fields.first() {
                Some(f) => f,
                None => {
                    return Err(SecretError::NoDefaultField {
                        kind: self.kind().as_str(),
                        fields: self.header_names_hint(),
                    });
                }
            },
        };
        fn secret(v: &SecretValue) -> Option<FieldValue<'_>> {
            Some(FieldValue::Secret(v.expose_secret()))
        }
        let plain = |v: String| Some(FieldValue::Plain(v));
        let v = match (self, want) {
            (SecretData::Password(p), "value") => secret(&p.value),
            (SecretData::Password(p), "header-name") => {
                p.header_name.clone().map(FieldValue::Plain)
            }
            (SecretData::Basic(b), "password") => secret(&b.password),
            (SecretData::Basic(b), "username") => plain(b.username.clone()),
            (SecretData::Headers(h), name) => h
                .headers
                .iter()
                .find(|p| p.name.eq_ignore_ascii_case(name))
                .and_then(|p| secret(&p.value)),
            (SecretData::Oauth2(o), "access-token") => {
                o.token.as_ref().and_then(|t| secret(&t.access_token))
            }
            (SecretData::Oauth2(o), "refresh-token") => o
                .token
                .as_ref()
                .and_then(|t| t.refresh_token.as_ref())
                .and_then(secret),
            (SecretData::Oauth2(o), "id-token") => o
                .token
                .as_ref()
                .and_then(|t| t.id_token.as_ref())
                .and_then(secret),
            (SecretData::Oauth2(o), "client-id") => plain(o.client_id.clone()),
            (SecretData::Oauth2(o), "client-secret") => o.client_secret.as_ref().and_then(secret),
            (SecretData::Oauth2(o), "scope") => o
                .token
                .as_ref()
                .and_then(|t| t.scope.clone())
                .map(FieldValue::Plain),
            (SecretData::Oauth2(o), "expires-at") => o
                .token
                .as_ref()
                .and_then(|t| t.expires_at)
                .map(|t| FieldValue::Plain(t.to_string())),
            (SecretData::Hs256(k), "key") => secret(&k.key),
            (SecretData::Rs256(k), "public-key") => plain(k.public_key.clone()),
            (SecretData::Rs256(k), "private-key") => secret(&k.private_key),
            (SecretData::Mysql(d) | SecretData::Postgres(d), f) => match f {
                "password" => secret(&d.password),
                "host" => plain(d.host.clone()),
                "port" => d.port.map(|p| FieldValue::Plain(p.to_string())),
                "user" => plain(d.user.clone()),
                "database" => d.database.clone().map(FieldValue::Plain),
                "url" => crate::database::connection_url_of(self).map(FieldValue::SecretOwned),
                _ => return Err(self.unknown_field(f)),
            },
            (_, f) => return Err(self.unknown_field(f)),
        };
        if v.is_none() && matches!(self, SecretData::Headers(_)) {
            return Err(self.unknown_field(want));
        }
        Ok(v)
    }

    fn unknown_field(&self, field: &str) -> SecretError {
        let fields = match self {
            SecretData::Headers(_) => self.header_names_hint(),
            _ => self.fields().join(", "),
        };
        SecretError::UnknownField {
            kind: self.kind().as_str(),
            field: field.chars().take(80).collect(),
            fields,
        }
    }

    fn header_names_hint(&self) -> String {
        match self {
            SecretData::Headers(h) => h
                .headers
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            _ => self.fields().join(", "),
        }
    }
}

/// One value returned by [`SecretData::field`].
pub enum FieldValue<'a> {
    /// A secret value (printed only on request).
    Secret(&'a str),
    /// A non-secret value.
    Plain(String),
    /// A secret value computed from the fields (a connection URL), zeroized on drop.
    SecretOwned(zeroize::Zeroizing<String>),
}

impl FieldValue<'_> {
    /// The text of the value.
    pub fn as_str(&self) -> &str {
        match self {
            FieldValue::Secret(s) => s,
            FieldValue::Plain(s) => s,
            FieldValue::SecretOwned(s) => s,
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
}

/// The current time in Unix seconds.
pub fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Decodes and checks an HS256 key given as raw bytes; returns it base64url-encoded.
///
/// RFC 7518 §3.2: "A key of the same size as the hash output (for instance, 256 bits
/// for HS256) or larger MUST be used".
pub fn hs256_from_bytes(bytes: &[u8]) -> Result<Hs256Key, SecretError> {
    use base64::Engine;
    if bytes.len() < 32 {
        return Err(SecretError::KeyTooShort(bytes.len()));
    }
    Ok(Hs256Key {
        key: SecretValue::new(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)),
    })
}

/// Reads a PKCS#1 or PKCS#8 PEM RSA private key, refusing keys under 2048 bits.
pub fn rs256_from_pem(pem: &[u8]) -> Result<Rs256KeyPair, SecretError> {
    let pkey = openssl::pkey::PKey::private_key_from_pem(pem)
        .or_else(|_| {
            openssl::rsa::Rsa::private_key_from_pem(pem).and_then(openssl::pkey::PKey::from_rsa)
        })
        .map_err(|_| SecretError::RsaUnreadable)?;
    let rsa = pkey.rsa().map_err(|_| SecretError::RsaUnreadable)?;
    rs256_from_rsa(rsa)
}

/// Generates an RSA key pair of `bits` bits (2048, 3072 or 4096).
pub fn rs256_generate(bits: u32) -> Result<Rs256KeyPair, SecretError> {
    let rsa = openssl::rsa::Rsa::generate(bits).map_err(|_| SecretError::RsaUnreadable)?;
    rs256_from_rsa(rsa)
}

fn rs256_from_rsa(
    rsa: openssl::rsa::Rsa<openssl::pkey::Private>,
) -> Result<Rs256KeyPair, SecretError> {
    let bits = rsa.size() * 8;
    if bits < 2048 {
        return Err(SecretError::RsaTooSmall(bits));
    }
    if !rsa.check_key().unwrap_or(false) {
        return Err(SecretError::RsaUnreadable);
    }
    let pkey = openssl::pkey::PKey::from_rsa(rsa).map_err(|_| SecretError::RsaUnreadable)?;
    let mut private = pkey
        .private_key_to_pem_pkcs8()
        .map_err(|_| SecretError::RsaUnreadable)?;
    let public = pkey
        .public_key_to_pem()
        .map_err(|_| SecretError::RsaUnreadable)?;
    let private_str =
        String::from_utf8(std::mem::take(&mut private)).map_err(|_| SecretError::RsaUnreadable)?;
    Ok(Rs256KeyPair {
        private_key: SecretValue::new(private_str),
        public_key: String::from_utf8(public).map_err(|_| SecretError::RsaUnreadable)?,
        bits,
    })
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
    fn hs256_minimum() {
        assert_eq!(
            hs256_from_bytes(&[0; 16]).unwrap_err(),
            SecretError::KeyTooShort(16)
        );
        assert!(hs256_from_bytes(&[0; 32]).is_ok());
    }
}
