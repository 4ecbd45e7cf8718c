//! OAuth2 commands: `add oauth2` and `token request|show|refresh|revoke|clear`.

use clap::{Args, Subcommand, ValueHint};

use super::AddCommonArgs;
use crate::secret::ClientAuth;

/// `add oauth2`.
#[derive(Debug, Args)]
pub struct AddOauth2Args {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub common: AddCommonArgs,
    /// The OpenID issuer; discovery fills the endpoints
    ///
    /// Fetches URL/.well-known/openid-configuration; its `issuer` must equal URL.
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub issuer: Option<String>,
    /// A provider preset with known endpoints and quirks: google, github, microsoft, slack, dropbox
    #[arg(long, value_name = "PROVIDER")]
    pub provider: Option<String>,
    /// The authorization endpoint
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub auth_url: Option<String>,
    /// The token endpoint
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub token_url: Option<String>,
    /// The RFC 7009 revocation endpoint
    #[arg(long, value_name = "URL", value_hint = ValueHint::Url)]
    pub revocation_url: Option<String>,
    /// The client_id
    #[arg(long, value_name = "ID")]
    pub client_id: String,
    /// Read a client secret (confidential clients) from the prompt, stdin or file
    ///
    /// --from-stdin and --from-file imply it. Public clients have no secret.
    #[arg(long)]
    pub client_secret: bool,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub source: super::ValueSourceArgs,
    /// Requested scope (repeatable, or space-separated)
    #[arg(long, value_name = "SCOPE")]
    pub scope: Vec<String>,
    /// An extra authorize parameter KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE", value_parser = super::parse_key_value)]
    pub auth_param: Vec<(String, String)>,
    /// How the client authenticates at the token endpoint
    ///
    /// Default: basic with a client secret (or the preset's method), none without.
    #[arg(long, value_name = "METHOD")]
    pub client_auth: Option<ClientAuth>,
    /// The loopback redirect port (0 = any free port) [default: 47813]
    ///
    /// The redirect URI to register is http://127.0.0.1:PORT/callback/NAME (RFC 8252 §7.3).
    /// Use 0 only with providers that accept any loopback port.
    #[arg(long, value_name = "PORT")]
    pub redirect_port: Option<u16>,
}

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
