//! The command-line surface (clap derive only; no I/O here).
//!
//! clap conventions:
//! - `///` text is user interface: the first line is an imperative fragment without a
//!   trailing period; further paragraphs become `--help` text.
//! - Every option with a value has an uppercase `value_name`, and a `value_hint` for
//!   paths and URLs, so completions are useful.
//! - No option takes a secret value: secrets come from a no-echo prompt, stdin
//!   (`--from-stdin`) or a file (`--from-file`).
//! - Arg structs are `<Group><Verb>Args`, subcommand enums `<Group>Command`.
//! - Each group of commands owned by one area lives in its own file: [`oauth`], [`jose`],
//!   [`gate`], [`db`].

pub mod db;
pub mod gate;
pub mod jose;
pub mod oauth;
pub mod team;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueHint};

use crate::http_header::HeaderFormat;
use crate::secret::SecretKind;

/// Typed secrets in an age-encrypted vault, used by name from scripts, curl and databases
///
/// Keep passwords, API tokens, basic auth, custom headers, OAuth2 clients and tokens,
/// HS256/RS256 keys and database credentials in one vault, and hand them to scripts by
/// name, so a script can be shared without the credential inside it.
#[derive(Debug, Parser)]
#[command(
    name = "flowlet-secrets",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Options that apply to every command.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted by every command: where the vault is and how it unlocks.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Use the vault in this directory [default: ~/.local/share/flowlet-secrets]
    #[arg(long, global = true, value_name = "DIR", value_hint = ValueHint::DirPath, env = "FLOWLET_SECRETS_DIR")]
    pub vault_dir: Option<PathBuf>,

    /// Unlock with this plain age identity file instead of the keyring or passphrase
    #[arg(long, global = true, value_name = "PATH", value_hint = ValueHint::FilePath, env = "FLOWLET_SECRETS_IDENTITY_FILE")]
    pub identity_file: Option<PathBuf>,

    /// Read the vault passphrase from the first line of this file
    #[arg(long, global = true, value_name = "PATH", value_hint = ValueHint::FilePath, env = "FLOWLET_SECRETS_PASSPHRASE_FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// Run this shell command and read the vault passphrase from its stdout
    ///
    /// For password managers and agents, e.g. `--passphrase-command 'pass show vault'`.
    #[arg(long, global = true, value_name = "COMMAND", value_hint = ValueHint::CommandString, env = "FLOWLET_SECRETS_PASSPHRASE_COMMAND")]
    pub passphrase_command: Option<String>,

    /// Print debug lines on stderr (never secret values)
    #[arg(long, global = true)]
    pub debug: bool,
}

/// Every command.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the vault and its key; asks for a passphrase
    Init(InitArgs),
    /// Cache the vault key in the OS keyring so later commands need no passphrase
    Unlock(UnlockArgs),
    /// Remove the vault key from the OS keyring
    Lock(LockArgs),
    /// Add a secret (values by prompt, --from-stdin or --from-file, never as arguments)
    #[command(subcommand)]
    Add(AddCommand),
    /// List secrets: name, type, updated, description, token state
    List(ListArgs),
    /// Show one secret's fields; values hidden unless --reveal
    Show(ShowArgs),
    /// Print one value of a secret, exactly (no newline added when piped)
    Get(GetArgs),
    /// Change a secret's description, settings or value
    Edit(EditArgs),
    /// Remove a secret
    Rm(RmArgs),
    /// Rename a secret
    Rename(RenameArgs),
    /// Print the HTTP header(s) a secret authenticates with, for `curl -H @-`
    Header(HeaderArgs),
    /// Print a database connection URL (user and password percent-encoded)
    Url(db::UrlArgs),
    /// Request, show, refresh, revoke or clear OAuth2 tokens
    #[command(subcommand)]
    Token(oauth::TokenCommand),
    /// Sign, verify or inspect JWS/JWT (RFC 7515, RFC 7519)
    #[command(subcommand)]
    Jws(jose::JwsCommand),
    /// Encrypt or decrypt JWE with an RS256 key pair (RFC 7516)
    #[command(subcommand)]
    Jwe(jose::JweCommand),
    /// Export an rs256 secret's public key as PEM, JWK or JWKS
    Pubkey(jose::PubkeyArgs),
    /// Run a command with secrets in its environment
    Run(db::RunArgs),
    /// Write secrets as a dotenv or JSON file for tools that need one
    Export(db::ExportArgs),
    /// Check one incoming Authorization header against a secret (exit 0 allow, 1 deny)
    Authorize(gate::AuthorizeArgs),
    /// Serve the nginx auth_request / Traefik forwardAuth / Caddy forward_auth contract
    Gate(gate::GateArgs),
    /// Manage the members of a team vault
    #[command(subcommand)]
    Recipients(team::RecipientsCommand),
    /// Git integration of a team vault: setup, merge driver, textconv
    #[command(subcommand)]
    Git(team::GitCommand),
    /// Finish a merge conflict on one secret
    Resolve(team::ResolveArgs),
    /// New key material where flowlet-secrets owns it (hs256, rs256); lists the rest
    Rotate(team::RotateArgs),
    /// Print a shell completion script
    Completions(CompletionsArgs),
    /// Generate completions and man pages (for packagers)
    #[command(subcommand, hide = true)]
    Generate(GenerateCommand),
}

/// `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Do not cache the vault key in the OS keyring
    #[arg(long)]
    pub no_keyring: bool,
    /// A team vault for a git repository: only vault.age is shared (docs/team.md)
    #[arg(long)]
    pub shared: bool,
    /// Your label in a team vault [default: the login name]
    #[arg(long, value_name = "LABEL", requires = "shared")]
    pub label: Option<String>,
}

/// `unlock`.
#[derive(Debug, Args)]
pub struct UnlockArgs {
    /// Forget the key after this long, e.g. 8h or 30m [default: until `lock`]
    ///
    /// Applies to the kernel keyring; the Secret Service keeps entries until `lock`.
    #[arg(long, value_name = "DURATION")]
    pub timeout: Option<humantime::Duration>,
}

/// `lock`.
#[derive(Debug, Args)]
pub struct LockArgs {}

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
    Oauth2(oauth::AddOauth2Args),
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
    #[arg(long = "option", short = 'o', value_name = "KEY=VALUE", value_parser = parse_key_value)]
    pub options: Vec<(String, String)>,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub source: ValueSourceArgs,
}

/// Parses `KEY=VALUE`.
pub fn parse_key_value(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("expected KEY=VALUE, got {s:?}")),
    }
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
    #[arg(long = "option", value_name = "KEY=VALUE", value_parser = parse_key_value)]
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
    pub claims: jose::ClaimsArgs,
}

/// `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_name = "SHELL")]
    pub shell: clap_complete::Shell,
}

/// `generate` (hidden).
#[derive(Debug, Subcommand)]
pub enum GenerateCommand {
    /// Print a completion script
    Completions(CompletionsArgs),
    /// Write one man page per command into DIR
    Man(GenerateManArgs),
}

/// `generate man`.
#[derive(Debug, Args)]
pub struct GenerateManArgs {
    /// The directory to write into
    #[arg(value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub dir: PathBuf,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
