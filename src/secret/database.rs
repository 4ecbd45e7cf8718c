//! `mysql` and `postgres`: database credentials, and the connection URL they stand for.
//!
//! What a client needs beyond the URL (libpq's environment, a MariaDB option file) is
//! rendered by [`crate::database`], which depends on this module, never the reverse.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{Field, FieldValue, SecretError, SecretValue, vault_value};

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
    #[serde(serialize_with = "vault_value")]
    pub password: SecretValue,
    /// The database name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// Connection options such as `sslmode=require`, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<(String, String)>,
}

/// Which URL scheme and defaults to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `mysql://`
    Mysql,
    /// `postgres://`
    Postgres,
}

impl Database {
    /// Credentials with a non-empty user.
    ///
    /// # Errors
    /// [`SecretError::Empty`] when `user` is empty.
    pub fn new(
        host: String,
        port: Option<u16>,
        user: String,
        password: SecretValue,
        database: Option<String>,
        options: Vec<(String, String)>,
    ) -> Result<Self, SecretError> {
        if user.is_empty() {
            return Err(SecretError::Empty("user"));
        }
        Ok(Database {
            host,
            port,
            user,
            password,
            database,
            options,
        })
    }

    /// `scheme://user:password@host:port/database?k=v`, every component
    /// percent-encoded (RFC 3986 §3.2.1, §3.3, §3.4). IPv6 hosts are bracketed
    /// (§3.2.2); a PostgreSQL socket directory goes in the query (libpq's `host=`).
    pub fn url(&self, dialect: Dialect) -> Zeroizing<String> {
        let scheme = match dialect {
            Dialect::Mysql => "mysql",
            Dialect::Postgres => "postgres",
        };
        let host = if self.host.contains(':') && !self.host.starts_with('[') {
            format!("[{}]", self.host)
        } else if self.host.starts_with('/') {
            String::new()
        } else {
            enc(&self.host)
        };
        let mut url = Zeroizing::new(format!("{scheme}://{}:", enc(&self.user)));
        url.push_str(&Zeroizing::new(enc(self.password.expose_secret())));
        url.push('@');
        url.push_str(&host);
        if let Some(p) = self.port {
            url.push_str(&format!(":{p}"));
        }
        url.push('/');
        if let Some(db) = &self.database {
            url.push_str(&enc(db));
        }
        let mut query: Vec<(String, String)> = self.options.clone();
        if self.host.starts_with('/') {
            query.insert(0, ("host".into(), self.host.clone()));
        }
        for (i, (k, v)) in query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(&enc(k));
            url.push('=');
            url.push_str(&enc(v));
        }
        url
    }
}

/// RFC 3986 §2.3: only unreserved characters stay as they are in userinfo and path.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn enc(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

fn url_field(d: &Database, dialect: Dialect) -> Option<FieldValue<'_>> {
    let url = d.url(dialect);
    Some(FieldValue::SecretOwned(SecretValue::new(url.to_string())))
}

macro_rules! database_fields {
    ($dialect:expr) => {
        &[
            Field {
                name: "password",
                secret: true,
                get: true,
                about: "the password",
                value: |d| Some(FieldValue::Secret(&d.password)),
            },
            Field {
                name: "host",
                secret: false,
                get: true,
                about: "host name, address, or socket path",
                value: |d| Some(FieldValue::Plain(d.host.clone())),
            },
            Field {
                name: "port",
                secret: false,
                get: true,
                about: "TCP port (unset: the client's default)",
                value: |d| d.port.map(|p| FieldValue::Int(p.into())),
            },
            Field {
                name: "user",
                secret: false,
                get: true,
                about: "the user name",
                value: |d| Some(FieldValue::Plain(d.user.clone())),
            },
            Field {
                name: "database",
                secret: false,
                get: true,
                about: "the database name",
                value: |d| d.database.clone().map(FieldValue::Plain),
            },
            Field {
                name: "url",
                secret: true,
                get: true,
                about: "the connection URL, password included",
                value: |d| url_field(d, $dialect),
            },
            Field {
                name: "options",
                secret: false,
                get: false,
                about: "connection options, KEY=VALUE",
                value: |d| {
                    (!d.options.is_empty()).then(|| {
                        FieldValue::List(
                            d.options.iter().map(|(k, v)| format!("{k}={v}")).collect(),
                        )
                    })
                },
            },
        ]
    };
}

/// The field table of a mysql secret (default first).
pub(super) const MYSQL_FIELDS: &[Field<Database>] = database_fields!(Dialect::Mysql);
/// The field table of a postgres secret (default first).
pub(super) const POSTGRES_FIELDS: &[Field<Database>] = database_fields!(Dialect::Postgres);
