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
    #[arg(long, value_name = "NAME")]
    pub db: Option<String>,
    /// Set VAR to a secret's value: VAR=NAME or VAR=NAME:FIELD (repeatable)
    #[arg(long, value_name = "VAR=NAME[:FIELD]")]
    pub env: Vec<String>,
    /// The command and its arguments
    #[arg(value_name = "COMMAND", trailing_var_arg = true, required = true, num_args = 1..)]
    pub command: Vec<std::ffi::OsString>,
}

/// `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format
    #[arg(long, value_name = "FORMAT", default_value = "dotenv", value_parser = ["dotenv", "json"])]
    pub format: String,
    /// The secrets to export
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
}
