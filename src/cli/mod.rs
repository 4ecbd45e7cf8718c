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
//!
//! Layout (one hop from [`Command`] to its code): `cli/` and `cmd/` are mirrored name for
//! name. A variant's args type names its file: `Command::Show(secret::ShowArgs)` has its
//! args in `cli/secret.rs` and its handler `cmd_show` in `cmd/secret/show.rs`. A group of
//! commands is one `cli/<group>.rs` and one `cmd/<group>/` (or `cmd/<group>.rs` when
//! small); a command that belongs to no group (`run`, `export`, `url`) is one
//! `cli/<command>.rs` and one `cmd/<command>.rs`. Handlers are named after the CLI path:
//! `token request` is `cmd_token_request`, `gate` is `cmd_gate`.

pub mod export;
pub mod gate;
pub mod generate;
pub mod jose;
pub mod run;
pub mod secret;
pub mod team;
pub mod token;
pub mod url;
pub mod vault;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueHint};

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
    Init(vault::InitArgs),
    /// Cache the vault key in the OS keyring so later commands need no passphrase
    Unlock(vault::UnlockArgs),
    /// Remove the vault key from the OS keyring
    Lock(vault::LockArgs),
    /// Add a secret (values by prompt, --from-stdin or --from-file, never as arguments)
    #[command(subcommand)]
    Add(secret::AddCommand),
    /// List secrets: name, type, updated, description, token state
    List(secret::ListArgs),
    /// Show one secret's fields; values hidden unless --reveal
    Show(secret::ShowArgs),
    /// Print one value of a secret, exactly (no newline added when piped)
    Get(secret::GetArgs),
    /// Change a secret's description, settings or value
    Edit(secret::EditArgs),
    /// Remove a secret
    Rm(secret::RmArgs),
    /// Rename a secret
    Rename(secret::RenameArgs),
    /// Print the HTTP header(s) a secret authenticates with, for `curl -H @-`
    Header(secret::HeaderArgs),
    /// Print a database connection URL (user and password percent-encoded)
    Url(url::UrlArgs),
    /// Request, show, refresh, revoke or clear OAuth2 tokens
    #[command(subcommand)]
    Token(token::TokenCommand),
    /// Sign, verify or inspect JWS/JWT (RFC 7515, RFC 7519)
    #[command(subcommand)]
    Jws(jose::JwsCommand),
    /// Encrypt or decrypt JWE with an RS256 key pair (RFC 7516)
    #[command(subcommand)]
    Jwe(jose::JweCommand),
    /// Export an rs256 secret's public key as PEM, JWK or JWKS
    Pubkey(jose::PubkeyArgs),
    /// Run a command with secrets in its environment
    Run(run::RunArgs),
    /// Write secrets as a dotenv or JSON file for tools that need one
    Export(export::ExportArgs),
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
    Completions(generate::CompletionsArgs),
    /// Generate completions and man pages (for packagers)
    #[command(subcommand, hide = true)]
    Generate(generate::GenerateCommand),
}

/// Parses `KEY=VALUE`.
pub fn parse_key_value(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("expected KEY=VALUE, got {s:?}")),
    }
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
