//! `export` (handler in `cmd/export.rs`).

use clap::Args;

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
