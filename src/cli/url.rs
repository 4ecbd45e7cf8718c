//! `url` (handler in `cmd/url.rs`).

use clap::Args;

/// `url`.
#[derive(Debug, Args)]
pub struct UrlArgs {
    /// The mysql/postgres secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
}
