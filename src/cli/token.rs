//! `token request|show|refresh|revoke|clear` (handlers in `cmd/token/<subcommand>.rs`).
//! `add oauth2`'s args are in [`super::secret`] with the other `add` types.

use clap::{Args, Subcommand};

/// `token …`.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// Run the Authorization Code + PKCE flow in the browser and store the tokens
    ///
    /// Listens on 127.0.0.1 first, then opens the browser ($BROWSER if set). Without a
    /// display, over SSH or with --no-browser it prints the URL instead. Exits 130 on Ctrl-C.
    Request(TokenRequestArgs),
    /// Show which tokens exist, their expiry and scope (values only with --reveal)
    Show(TokenShowArgs),
    /// Refresh the access token now
    Refresh(TokenNameArgs),
    /// Revoke the tokens at the provider (RFC 7009), then clear them
    Revoke(TokenNameArgs),
    /// Forget the stored tokens
    Clear(TokenNameArgs),
}

/// `token request`.
#[derive(Debug, Args)]
pub struct TokenRequestArgs {
    /// The oauth2 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Print the authorization URL instead of opening a browser
    #[arg(long)]
    pub no_browser: bool,
    /// Listen on this port instead of the secret's redirect port
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// Print the URL and read the redirected URL pasted back on stdin (remote hosts)
    #[arg(long)]
    pub manual: bool,
    /// Give up after this long
    #[arg(long, value_name = "DURATION", default_value = "5m")]
    pub timeout: humantime::Duration,
}

/// `token show`.
#[derive(Debug, Args)]
pub struct TokenShowArgs {
    /// The oauth2 secret's name (all oauth2 secrets when omitted)
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
    /// Show token values too
    #[arg(long)]
    pub reveal: bool,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

/// `token refresh|revoke|clear NAME`.
#[derive(Debug, Args)]
pub struct TokenNameArgs {
    /// The oauth2 secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
}
