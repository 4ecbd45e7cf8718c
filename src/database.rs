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
    /// An option the generated MySQL/MariaDB option file does not pass on, because it
    /// loads code, runs SQL or reads client files (`plugin-dir`, `init-command`...).
    #[error("the option {0:?} is not passed to MySQL/MariaDB clients")]
    OptionNotAllowed(String),
    /// A field too long for one option-file line (the clients read lines in 4 KiB chunks
    /// and would parse the rest as a new option).
    #[error("the {what} is too long for a MySQL/MariaDB option file ({len} bytes, at most {max})")]
    TooLong {
        /// Which field.
        what: &'static str,
        /// Its length in bytes, escaped.
        len: usize,
        /// The largest length accepted.
        max: usize,
    },
    /// A path that cannot be written after `!include` (too long, or with a line break).
    #[error("the option file to include cannot be named in an option file")]
    BadInclude,
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

/// The longest option-file line we write, newline excluded. MariaDB's and MySQL's
/// `search_default_file_with_ext` (mysys `my_default.c`) read a line with
/// `fgets(buff, 4095)` into `char buff[4096]`: the rest of a longer line is parsed as a
/// new line, so a long value could carry `plugin-dir=...` onto a line of its own. 4000
/// leaves room for the key and the decoding buffer (`char option[4096 + 2]`).
pub const MYSQL_OPTION_LINE_MAX: usize = 4000;

/// The longest `!include` path: mysys copies it into `char name[FN_REFLEN + 10]` with
/// `FN_REFLEN` 512, truncating longer ones.
const MYSQL_INCLUDE_MAX: usize = 500;

/// Options a mysql secret may carry into `[client]`: connection, TLS and character-set
/// settings, in MariaDB's `-` spelling. Everything that loads code (`plugin-dir`,
/// `default-auth`), runs statements (`init-command`), reads client files for the server
/// (`local-infile`) or reads more option files (`defaults-*`) is left out, as are the
/// prefixes `loose-`, `skip-`, `enable-`, `disable-` and `maximum-`, which are other names.
const MYSQL_CLIENT_OPTIONS: &[&str] = &[
    "compress",
    "connect-timeout",
    "default-character-set",
    "max-allowed-packet",
    "net-buffer-length",
    "protocol",
    "read-timeout",
    "ssl",
    "ssl-ca",
    "ssl-capath",
    "ssl-cert",
    "ssl-cipher",
    "ssl-crl",
    "ssl-crlpath",
    "ssl-key",
    "ssl-mode",
    "ssl-verify-server-cert",
    "tls-version",
    "write-timeout",
];

/// The option names a mysql secret may carry (see `docs/db.md`).
pub fn mysql_client_options() -> &'static [&'static str] {
    MYSQL_CLIENT_OPTIONS
}

/// A value in option-file double quotes. mysys `my_default.c` strips one pair of matching
/// quotes around the value, ignores `#` inside them (`remove_end_comment`), and decodes
/// `\\ \" \' \n \r \t \b \s`; every other byte is taken as it is. So `\` and `"` are
/// escaped, and `\n` (which ends the line for `fgets`) and `\r` (trimmed as space at a
/// line end) are written as escapes. NUL cannot be carried (the file is read as C strings).
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

/// One `key="value"` line, refused when longer than [`MYSQL_OPTION_LINE_MAX`].
fn option_line(
    out: &mut String,
    key: &str,
    value: &str,
    what: &'static str,
) -> Result<(), DatabaseError> {
    let quoted = Zeroizing::new(option_quote(value, what)?);
    let len = key.len() + 1 + quoted.len();
    if len > MYSQL_OPTION_LINE_MAX {
        return Err(DatabaseError::TooLong {
            what,
            len,
            max: MYSQL_OPTION_LINE_MAX,
        });
    }
    out.push_str(key);
    out.push('=');
    out.push_str(&quoted);
    out.push('\n');
    Ok(())
}

/// The text of a MySQL/MariaDB option file (`my.cnf`) for a mysql secret.
///
/// `[client]` (read by every client program) gets `host` (or `socket` when the host is
/// an absolute path), `port`, `user`, `password` and the secret's options that
/// [`mysql_client_options`] lists (`_` may stand for `-`); `[mysql]` (read by the
/// `mysql`/`mariadb` shell only, since `mysqldump` and others reject it) gets `database`.
/// `include`, when given, is an existing `my.cnf` read first, so settings it holds still
/// apply unless ours override them.
///
/// Every value is quoted and escaped and every line is at most
/// [`MYSQL_OPTION_LINE_MAX`] bytes, so no value can start an option line of its own.
///
/// # Errors
///
/// [`DatabaseError::NulByte`], [`DatabaseError::TooLong`],
/// [`DatabaseError::InvalidOptionName`], [`DatabaseError::OptionNotAllowed`],
/// [`DatabaseError::BadInclude`] (an include path with a line break or over 500 bytes).
pub fn mysql_option_file(
    d: &Database,
    include: Option<&str>,
) -> Result<Zeroizing<String>, DatabaseError> {
    let mut out = Zeroizing::new(String::new());
    out.push_str("# Written by flowlet-secrets run --db; removed when the command exits.\n");
    if let Some(inc) = include {
        // `!include` takes the rest of the line unquoted, trailing spaces stripped.
        if inc.len() > MYSQL_INCLUDE_MAX
            || inc.contains(['\n', '\r', '\0'])
            || inc.trim_end() != inc
        {
            return Err(DatabaseError::BadInclude);
        }
        let _ = writeln!(out, "!include {inc}");
    }
    out.push_str("[client]\n");
    let host_key = if d.host.starts_with('/') {
        "socket"
    } else {
        "host"
    };
    option_line(&mut out, host_key, &d.host, "host")?;
    if let Some(p) = d.port {
        let _ = writeln!(out, "port={p}");
    }
    option_line(&mut out, "user", &d.user, "user")?;
    option_line(&mut out, "password", d.password.expose_secret(), "password")?;
    for (k, v) in &d.options {
        let ok = !k.is_empty()
            && k.len() <= 64
            && k.bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-');
        if !ok {
            return Err(DatabaseError::InvalidOptionName(
                k.chars().take(80).collect(),
            ));
        }
        // my_getopt treats `_` and `-` alike; option names are ASCII and case-sensitive.
        let name = k.replace('_', "-");
        if !MYSQL_CLIENT_OPTIONS.contains(&name.as_str()) {
            return Err(DatabaseError::OptionNotAllowed(k.clone()));
        }
        option_line(&mut out, &name, v, "option value")?;
    }
    if let Some(db) = &d.database {
        out.push_str("[mysql]\n");
        option_line(&mut out, "database", db, "database")?;
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

    #[test]
    fn option_file_lines_are_bounded_in_every_field() {
        let long = format!("{}\ndefault-auth=evil", "x".repeat(5000));
        for field in ["host", "user", "password", "database", "option value"] {
            let mut d = db();
            d.options = vec![("ssl-ca".into(), "/ca.pem".into())];
            match field {
                "host" => d.host = long.clone(),
                "user" => d.user = long.clone(),
                "password" => d.password = SecretValue::new(long.clone()),
                "database" => d.database = Some(long.clone()),
                _ => d.options[0].1 = long.clone(),
            }
            match mysql_option_file(&d, None).unwrap_err() {
                DatabaseError::TooLong { what, .. } => assert_eq!(what, field),
                e => panic!("{field}: {e}"),
            }
        }
        // Escapes count: 2000 backslashes are 4000 bytes in the file.
        let mut d = db();
        d.options.clear();
        d.password = SecretValue::new("\\".repeat(2000));
        assert!(matches!(
            mysql_option_file(&d, None),
            Err(DatabaseError::TooLong { .. })
        ));
        d.password = SecretValue::new("\\".repeat(1900));
        let text = mysql_option_file(&d, None).unwrap();
        assert!(text.lines().all(|l| l.len() <= MYSQL_OPTION_LINE_MAX));
    }

    #[test]
    fn option_file_passes_only_listed_options() {
        for bad in [
            "plugin-dir",
            "plugin_dir",
            "default-auth",
            "init-command",
            "local-infile",
            "loose-plugin-dir",
            "defaults-extra-file",
            "pager",
        ] {
            let mut d = db();
            d.options = vec![(bad.into(), "/tmp/x".into())];
            assert_eq!(
                mysql_option_file(&d, None).unwrap_err(),
                DatabaseError::OptionNotAllowed(bad.into()),
                "{bad}"
            );
        }
        let mut d = db();
        d.options = vec![("ssl_ca".into(), "/etc/ssl/ca.pem".into())];
        let text = mysql_option_file(&d, Some("/home/u/my.cnf")).unwrap();
        assert!(
            text.contains("ssl-ca=\"/etc/ssl/ca.pem\"\n"),
            "{}",
            text.as_str()
        );
        assert!(text.contains("!include /home/u/my.cnf\n"));
        for inc in ["/a\nplugin-dir=/x", "/a ", &format!("/{}", "a".repeat(600))] {
            assert_eq!(
                mysql_option_file(&d, Some(inc)).unwrap_err(),
                DatabaseError::BadInclude
            );
        }
    }
}
