//! Database and environment commands: `url`, `run`, `export`.

use clap::Args;

/// `url`.
#[derive(Debug, Args)]
pub struct UrlArgs {
    /// The mysql/postgres secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
}

/// `run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Set the database client's standard variables from this mysql/postgres secret
    ///
    /// postgres: PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE, PGSSLMODE and the other libpq
    /// variables for the secret's options. mysql: a private option file (0600, removed
    /// when COMMAND exits) found through MYSQL_HOME and MARIADB_HOME, so the password
    /// is in no argv. Both: DATABASE_URL.
    #[arg(long, value_name = "NAME")]
    pub db: Option<String>,
    /// Set VAR to a secret's value: VAR=NAME or VAR=NAME:FIELD (repeatable)
    ///
    /// NAME alone takes the field `get` prints (an oauth2 access token is refreshed
    /// first); mysql/postgres secrets also have the field `url`. Wins over --db.
    #[arg(long, value_name = "VAR=NAME[:FIELD]")]
    pub env: Vec<String>,
    /// Allow --env to set variables that change how COMMAND is loaded
    ///
    /// Refused by default, in any letter case: LD_* and DYLD_* (the dynamic loaders'
    /// LD_PRELOAD, LD_LIBRARY_PATH, LD_AUDIT, DYLD_INSERT_LIBRARIES...), GCONV_PATH,
    /// GETCONF_DIR, GLIBC_TUNABLES, LOCPATH, MALLOC_TRACE and NLSPATH, since the secret's
    /// value would then choose code that COMMAND runs.
    #[arg(long)]
    pub allow_loader_env: bool,
    /// The command and its arguments
    ///
    /// COMMAND inherits stdin, stdout and stderr, gets every terminating signal sent to
    /// `run` (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGALRM, SIGPIPE...), and `run`
    /// exits with its status: 128+N when signal N killed it, 127 when COMMAND is not
    /// found, 126 when it cannot be executed.
    #[arg(value_name = "COMMAND", trailing_var_arg = true, required = true, num_args = 1.., value_hint = clap::ValueHint::CommandWithArguments)]
    pub command: Vec<std::ffi::OsString>,
}

/// `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format
    ///
    /// dotenv values are quoted so that POSIX sh (`set -a; . ./file`) and python-dotenv
    /// both read them exactly and run nothing; a value no quoting carries for both (`$`
    /// with `'` or `\`, a CR, `${`) is refused: use json for those.
    #[arg(long, value_name = "FORMAT", default_value = "dotenv", value_parser = ["dotenv", "json"])]
    pub format: String,
    /// The secrets to export: NAME (as the variable NAME upper-cased, `.`/`-` -> `_`) or
    /// VAR=NAME[:FIELD] as in `run --env`
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
}
