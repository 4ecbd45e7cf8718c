//! Database connection URLs for mysql/postgres secrets.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use zeroize::Zeroizing;

use crate::secret::Database;

/// Which URL scheme and defaults to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// `mysql://`
    Mysql,
    /// `postgres://`
    Postgres,
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

/// `scheme://user:password@host:port/database?k=v`, every component percent-encoded
/// (RFC 3986 §3.2.1, §3.3, §3.4). IPv6 hosts are bracketed (§3.2.2).
pub fn connection_url(dialect: Dialect, d: &Database) -> Zeroizing<String> {
    let scheme = match dialect {
        Dialect::Mysql => "mysql",
        Dialect::Postgres => "postgres",
    };
    let host = if d.host.contains(':') && !d.host.starts_with('[') {
        format!("[{}]", d.host)
    } else if d.host.starts_with('/') {
        // A PostgreSQL socket directory goes in the query (libpq's `host=` parameter).
        String::new()
    } else {
        enc(&d.host)
    };
    let mut url = Zeroizing::new(format!(
        "{scheme}://{}:{}@{host}",
        enc(&d.user),
        enc(d.password.expose_secret())
    ));
    if let Some(p) = d.port {
        url.push_str(&format!(":{p}"));
    }
    url.push('/');
    if let Some(db) = &d.database {
        url.push_str(&enc(db));
    }
    let mut query: Vec<(String, String)> = d.options.clone();
    if d.host.starts_with('/') {
        query.insert(0, ("host".into(), d.host.clone()));
    }
    for (i, (k, v)) in query.iter().enumerate() {
        url.push(if i == 0 { '?' } else { '&' });
        url.push_str(&enc(k));
        url.push('=');
        url.push_str(&enc(v));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::SecretValue;

    #[test]
    fn encodes_every_reserved_character() {
        let d = Database {
            host: "db.example".into(),
            port: Some(5432),
            user: "a@b".into(),
            password: SecretValue::new("p@:/%#?&=+ é".into()),
            database: Some("my db".into()),
            options: vec![("sslmode".into(), "require".into())],
        };
        assert_eq!(
            connection_url(Dialect::Postgres, &d).as_str(),
            "postgres://a%40b:p%40%3A%2F%25%23%3F%26%3D%2B%20%C3%A9@db.example:5432/my%20db?sslmode=require"
        );
    }
}
