//! What a mysql/postgres secret becomes for a client: a connection URL (`url`), libpq's
//! environment variables, and a MySQL/MariaDB option file (`run --db`).
//!
//! It depends on [`crate::secret`] (the [`Database`] type lives in `secret/database.rs`),
//! never the reverse. This module renders text only. Creating the private option file, setting the child's
//! environment and running it belong to the command layer (`cmd::db::run`).

use std::fmt::Write as _;

use zeroize::Zeroizing;

use crate::secret::{Database, SecretData, SecretValue};

/// Errors turning a database secret into client settings.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DatabaseError {
    /// A field holds a NUL byte, which neither environment variables nor option files carry.
    #[error("the {0} contains a NUL byte, which a database client cannot receive")]
    NulByte(&'static str),
    /// An option name that cannot be written as an option-file key.
    #[error("invalid option name {0:?}: use letters, digits, _ and -")]
    InvalidOptionName(String),
}

pub use crate::secret::Dialect;

/// `scheme://user:password@host:port/database?k=v`: see [`Database::url`], which owns
/// the rule (the `url` field of a database secret).
pub fn connection_url(dialect: Dialect, d: &Database) -> Zeroizing<String> {
    d.url(dialect)
}

/// libpq connection parameters and the environment variables that set them
/// (PostgreSQL documentation, libpq "Environment Variables", §34.15 in PostgreSQL 16).
const LIBPQ_ENV: &[(&str, &str)] = &[
    ("application_name", "PGAPPNAME"),
    ("channel_binding", "PGCHANNELBINDING"),
    ("client_encoding", "PGCLIENTENCODING"),
    ("connect_timeout", "PGCONNECT_TIMEOUT"),
    ("gssdelegation", "PGGSSDELEGATION"),
    ("gssencmode", "PGGSSENCMODE"),
    ("gsslib", "PGGSSLIB"),
    ("hostaddr", "PGHOSTADDR"),
    ("krbsrvname", "PGKRBSRVNAME"),
    ("load_balance_hosts", "PGLOADBALANCEHOSTS"),
    ("options", "PGOPTIONS"),
    ("passfile", "PGPASSFILE"),
    ("require_auth", "PGREQUIREAUTH"),
    ("requiressl", "PGREQUIRESSL"),
    ("service", "PGSERVICE"),
    ("sslcert", "PGSSLCERT"),
    ("sslcertmode", "PGSSLCERTMODE"),
    ("sslcompression", "PGSSLCOMPRESSION"),
    ("sslcrl", "PGSSLCRL"),
    ("sslcrldir", "PGSSLCRLDIR"),
    ("sslkey", "PGSSLKEY"),
    ("ssl_max_protocol_version", "PGSSLMAXPROTOCOLVERSION"),
    ("ssl_min_protocol_version", "PGSSLMINPROTOCOLVERSION"),
    ("sslmode", "PGSSLMODE"),
    ("sslrootcert", "PGSSLROOTCERT"),
    ("sslsni", "PGSSLSNI"),
    ("target_session_attrs", "PGTARGETSESSIONATTRS"),
];

/// Connection variables that `run --db` removes from the inherited environment before
/// setting its own, so a stale `PGPORT` or `PGSERVICE` (whose service-file values
/// override the environment in libpq) cannot redirect the client.
pub fn postgres_env_to_clear() -> impl Iterator<Item = &'static str> {
    ["PGHOST", "PGPORT", "PGUSER", "PGPASSWORD", "PGDATABASE"]
        .into_iter()
        .chain(LIBPQ_ENV.iter().map(|(_, v)| *v))
}

/// The libpq variables for a postgres secret: `PGHOST PGPORT PGUSER PGPASSWORD
/// PGDATABASE`, plus one variable per option libpq has one for (`sslmode` ->
/// `PGSSLMODE`, ...). Returns the variables and the options that have no variable
/// (those still reach the client through `DATABASE_URL`).
pub fn postgres_env(d: &Database) -> (Vec<(String, SecretValue)>, Vec<String>) {
    let plain = |k: &str, v: &str| (k.to_string(), SecretValue::new(v.to_string()));
    let mut vars = vec![plain("PGHOST", &d.host)];
    if let Some(p) = d.port {
        vars.push(plain("PGPORT", &p.to_string()));
    }
    vars.push(plain("PGUSER", &d.user));
    vars.push(("PGPASSWORD".into(), d.password.clone()));
    if let Some(db) = &d.database {
        vars.push(plain("PGDATABASE", db));
    }
    let mut unknown = Vec::new();
    for (k, v) in &d.options {
        match LIBPQ_ENV.iter().find(|(opt, _)| opt == k) {
            Some((_, var)) => vars.push(plain(var, v)),
            None => unknown.push(k.clone()),
        }
    }
    (vars, unknown)
}

/// Variables that `run --db` removes for a mysql secret: `MYSQL_PWD` (deprecated, and
/// visible to other users on some systems) and the connection defaults that would
/// compete with the option file.
pub const MYSQL_ENV_TO_CLEAR: &[&str] = &[
    "MYSQL_PWD",
    "MYSQL_HOST",
    "MYSQL_TCP_PORT",
    "MYSQL_UNIX_PORT",
];

/// A value in option-file double quotes. MariaDB/MySQL `my_default.c` strips one pair of
/// matching quotes, ignores `#` inside them, and decodes `\\ \" \' \n \r \t \b \s`
/// (MariaDB KB "Configuring MariaDB with Option Files", "Option File Syntax").
fn option_quote(value: &str, what: &'static str) -> Result<String, DatabaseError> {
    if value.contains('\0') {
        return Err(DatabaseError::NulByte(what));
    }
    let mut out = String::with_capacity(value.len() + 2);
    out.push('"');
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            c => out.push(c),
        }
    }
    out.push('"');
    Ok(out)
}

/// The text of a MySQL/MariaDB option file (`my.cnf`) for a mysql secret.
///
/// `[client]` (read by every client program) gets `host` (or `socket` when the host is
/// an absolute path), `port`, `user`, `password` and the secret's options verbatim
/// (option-file names such as `ssl-ca`); `[mysql]` (read by the `mysql`/`mariadb` shell
/// only, since `mysqldump` and others reject it) gets `database`. `include`, when given,
/// is an existing `my.cnf` read first, so settings it holds still apply unless ours
/// override them.
pub fn mysql_option_file(
    d: &Database,
    include: Option<&str>,
) -> Result<Zeroizing<String>, DatabaseError> {
    let mut out = Zeroizing::new(String::new());
    out.push_str("# Written by flowlet-secrets run --db; removed when the command exits.\n");
    if let Some(inc) = include.filter(|p| !p.contains(['\n', '\r', '\0'])) {
        let _ = writeln!(out, "!include {inc}");
    }
    out.push_str("[client]\n");
    if d.host.starts_with('/') {
        let _ = writeln!(out, "socket={}", option_quote(&d.host, "host")?);
    } else {
        let _ = writeln!(out, "host={}", option_quote(&d.host, "host")?);
    }
    if let Some(p) = d.port {
        let _ = writeln!(out, "port={p}");
    }
    let _ = writeln!(out, "user={}", option_quote(&d.user, "user")?);
    let pw = Zeroizing::new(option_quote(d.password.expose_secret(), "password")?);
    out.push_str("password=");
    out.push_str(&pw);
    out.push('\n');
    for (k, v) in &d.options {
        let ok = !k.is_empty()
            && k.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-');
        if !ok {
            return Err(DatabaseError::InvalidOptionName(
                k.chars().take(80).collect(),
            ));
        }
        let _ = writeln!(out, "{k}={}", option_quote(v, "option value")?);
    }
    if let Some(db) = &d.database {
        let _ = writeln!(out, "[mysql]\ndatabase={}", option_quote(db, "database")?);
    }
    Ok(out)
}

/// The connection URL of a mysql/postgres secret; `None` for any other type.
pub fn connection_url_of(data: &SecretData) -> Option<Zeroizing<String>> {
    data.as_database().map(|(dialect, d)| d.url(dialect))
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

    fn db() -> Database {
        Database {
            host: "127.0.0.1".into(),
            port: Some(3306),
            user: "u".into(),
            password: SecretValue::new("a#b \"c\" \\ 'd'\n é".into()),
            database: Some("app db".into()),
            options: vec![
                ("sslmode".into(), "require".into()),
                ("x".into(), "y".into()),
            ],
        }
    }

    #[test]
    fn postgres_variables() {
        let (vars, unknown) = postgres_env(&db());
        let names: Vec<&str> = vars.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            names,
            [
                "PGHOST",
                "PGPORT",
                "PGUSER",
                "PGPASSWORD",
                "PGDATABASE",
                "PGSSLMODE"
            ]
        );
        assert_eq!(vars[3].1.expose_secret(), db().password.expose_secret());
        assert_eq!(unknown, ["x"]);
    }

    #[test]
    fn option_file_quotes_the_password() {
        let mut d = db();
        d.options.clear();
        let text = mysql_option_file(&d, None).unwrap();
        assert!(
            text.contains("password=\"a#b \\\"c\\\" \\\\ 'd'\\n é\"\n"),
            "{}",
            text.as_str()
        );
        assert!(text.contains("[mysql]\ndatabase=\"app db\"\n"));
        d.password = SecretValue::new("a\0b".into());
        assert_eq!(
            mysql_option_file(&d, None).unwrap_err(),
            DatabaseError::NulByte("password")
        );
    }
}
