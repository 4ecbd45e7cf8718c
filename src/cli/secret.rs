//! Secret commands: `add TYPE`, `list`, `show`, `get`, `edit`, `rm`, `rename`, `header`
//! (handlers in `cmd/secret/<command>.rs`).

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueHint};

use crate::http_header::HeaderFormat;
use crate::secret::{ClientAuth, SecretKind};

/// Where a secret value comes from when it is not typed at the prompt.
#[derive(Debug, Args, Clone, Default)]
pub struct ValueSourceArgs {
    /// Read the secret value from standard input (one trailing newline is dropped)
    #[arg(long, conflicts_with = "from_file")]
    pub from_stdin: bool,
    /// Read the secret value from this file (one trailing newline is dropped)
    #[arg(long, value_name = "PATH", value_hint = ValueHint::FilePath)]
    pub from_file: Option<PathBuf>,
}

/// Options shared by every `add` subcommand.
#[derive(Debug, Args, Clone)]
pub struct AddCommonArgs {
    /// The secret's name: letters, digits, `_`, `.`, `-`, up to 128, starting with a letter or digit
    #[arg(value_name = "NAME")]
    pub name: String,
    /// A description shown by `list` (not secret)
    #[arg(long, short = 'd', value_name = "TEXT")]
    pub description: Option<String>,
    /// Replace an existing secret of the same name
    #[arg(long)]
    pub force: bool,
}

/// `add TYPE NAME`.
#[derive(Debug, Subcommand)]
pub enum AddCommand {
    /// A static password or API token; `header` prints `Authorization: Bearer VALUE`
    Password(AddPasswordArgs),
    /// HTTP basic auth; `header` prints `Authorization: Basic …` (RFC 7617)
    Basic(AddBasicArgs),
    /// Custom HTTP headers, read as `Name: value` lines
    Headers(AddHeadersArgs),
    /// An OAuth2 client (Authorization Code + PKCE); tokens come from `token request`
    Oauth2(AddOauth2Args),
    /// An HS256 shared secret (at least 32 bytes)
    Hs256(AddHs256Args),
    /// An RS256 RSA key pair (at least 2048 bits)
    Rs256(AddRs256Args),
    /// MySQL/MariaDB credentials
    Mysql(AddDatabaseArgs),
    /// PostgreSQL credentials
    Postgres(AddDatabaseArgs),
}

/// `add password`.
#[derive(Debug, Args)]
pub struct AddPasswordArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub common: AddCommonArgs,
    /// Send the value in this header instead of `Authorization: Bearer` (e.g. X-API-KEY)
    #[arg(long, value_name = "HEADER")]
    pub header_name: Option<String>,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub source: ValueSourceArgs,
}

/// `add basic`.
#[derive(Debug, Args)]
pub struct AddBasicArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub common: AddCommonArgs,
    /// The user name (not secret; may not contain `:`)
    #[arg(long, short = 'u', value_name = "USER")]
    pub username: String,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub source: ValueSourceArgs,
}

/// `add headers`.
#[derive(Debug, Args)]
pub struct AddHeadersArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub common: AddCommonArgs,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub source: ValueSourceArgs,
}

pub use crate::secret::KeyEncoding;

/// `add hs256`.
#[derive(Debug, Args)]
pub struct AddHs256Args {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub common: AddCommonArgs,
    /// Generate 32 random bytes instead of importing a key
    #[arg(long, conflicts_with_all = ["from_stdin", "from_file"])]
    pub generate: bool,
    /// How the imported key is encoded
    #[arg(long, value_name = "ENCODING", default_value = "raw")]
    pub key_encoding: KeyEncoding,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub source: ValueSourceArgs,
}

/// `add rs256`.
#[derive(Debug, Args)]
pub struct AddRs256Args {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub common: AddCommonArgs,
    /// Generate a new key pair instead of importing a PEM
    #[arg(long, conflicts_with_all = ["from_stdin", "from_file"])]
    pub generate: bool,
    /// The modulus size for --generate
    #[arg(long, value_name = "BITS", default_value = "2048", value_parser = ["2048", "3072", "4096"], requires = "generate")]
    pub bits: String,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub source: ValueSourceArgs,
}

/// `add mysql` / `add postgres`.
#[derive(Debug, Args)]
pub struct AddDatabaseArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub common: AddCommonArgs,
    /// The server host (or, for PostgreSQL, a socket directory)
    #[arg(long, value_name = "HOST", default_value = "127.0.0.1", value_hint = ValueHint::Hostname)]
    pub host: String,
    /// The server port [default: the client's]
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// The user name
    #[arg(long, short = 'u', value_name = "USER")]
    pub user: String,
    /// The database name
    #[arg(long, value_name = "DATABASE")]
    pub database: Option<String>,
    /// A connection option KEY=VALUE, e.g. sslmode=require (repeatable)
    #[arg(long = "option", short = 'o', value_name = "KEY=VALUE", value_parser = super::parse_key_value)]
    pub options: Vec<(String, String)>,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub source: ValueSourceArgs,
}

/// `list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only secrets of this type
    #[arg(long = "type", short = 't', value_name = "TYPE")]
    pub kind: Option<SecretKind>,
    /// Print JSON instead of a table
    #[arg(long)]
    pub json: bool,
}

/// `show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Show secret values too
    #[arg(long)]
    pub reveal: bool,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

/// `get`.
#[derive(Debug, Args)]
pub struct GetArgs {
    /// The secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The field to print; the help lists each type's fields from the field tables
    /// (`crate::secret::field_help`).
    #[arg(
        long,
        short = 'f',
        value_name = "FIELD",
        help = "The field to print [default: the type's main value]",
        long_help = crate::secret::field_help()
    )]
    pub field: Option<String>,
}

/// `edit`.
#[derive(Debug, Args)]
pub struct EditArgs {
    /// The secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Set the description (an empty string removes it)
    #[arg(long, short = 'd', value_name = "TEXT")]
    pub description: Option<String>,
    /// password: send the value in this header (an empty string restores Authorization: Bearer)
    #[arg(long, value_name = "HEADER")]
    pub header_name: Option<String>,
    /// basic: the user name
    #[arg(long, value_name = "USER")]
    pub username: Option<String>,
    /// mysql/postgres: the host
    #[arg(long, value_name = "HOST", value_hint = ValueHint::Hostname)]
    pub host: Option<String>,
    /// mysql/postgres: the port
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// mysql/postgres: the user name
    #[arg(long, value_name = "USER")]
    pub user: Option<String>,
    /// mysql/postgres: the database
    #[arg(long, value_name = "DATABASE")]
    pub database: Option<String>,
    /// mysql/postgres: replace the options with these KEY=VALUE pairs (repeatable)
    #[arg(long = "option", value_name = "KEY=VALUE", value_parser = super::parse_key_value)]
    pub options: Vec<(String, String)>,
    /// Replace the secret value (password, basic password, database password, headers,
    /// oauth2 client secret): by prompt, --from-stdin or --from-file
    #[arg(long)]
    pub value: bool,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub source: ValueSourceArgs,
}

/// `rm`.
#[derive(Debug, Args)]
pub struct RmArgs {
    /// The secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Do not ask for confirmation (required when not on a terminal)
    #[arg(long, short = 'y')]
    pub yes: bool,
}

/// `rename`.
#[derive(Debug, Args)]
pub struct RenameArgs {
    /// The current name
    #[arg(value_name = "OLD")]
    pub old: String,
    /// The new name
    #[arg(value_name = "NEW")]
    pub new: String,
    /// Replace an existing secret named NEW
    #[arg(long)]
    pub force: bool,
}

/// `header`.
#[derive(Debug, Args)]
pub struct HeaderArgs {
    /// The secret's name
    #[arg(value_name = "NAME")]
    pub name: String,
    /// Output format
    #[arg(long, value_name = "FORMAT", default_value = "lines")]
    pub format: HeaderFormat,
    /// Claims for hs256/rs256 secrets (a freshly signed JWT)
    #[command(flatten)]
    pub claims: super::jose::ClaimsArgs,
}

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
    pub source: ValueSourceArgs,
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
