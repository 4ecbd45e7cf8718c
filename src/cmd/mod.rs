//! The command layer: the only code that prompts, reads the environment or stdin, and
//! prints. Each handler resolves its arguments into domain calls and maps domain
//! errors to [`CliError`]s with hints.
//!
//! Layout: mirrors `cli/` name for name (see [`crate::cli`]): the args of
//! `Command::X(group::XArgs)` are in `cli/group.rs`, its handler `cmd_x` is in
//! `cmd/group/x.rs` (or `cmd/group.rs`); `run`, `export` and `url` belong to no group and
//! are `cmd/run.rs`, `cmd/export.rs`, `cmd/url.rs`. Handlers are named after the CLI path
//! (`cmd_token_request`). Services several commands share live in [`session`], helpers for
//! reading values in [`input`]; command modules do not call each other.

pub mod export;
pub mod gate;
pub mod generate;
pub mod input;
pub mod jose;
pub mod run;
pub mod secret;
pub mod session;
pub mod team;
pub mod token;
pub mod url;
pub mod vault;

use crate::cli::{Cli, Command};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::vault::VaultError;
use crate::vault::crypto::CryptoError;

/// Runs one parsed command line.
pub fn run(cli: Cli) -> CliResult {
    let g = &cli.global;
    match cli.command {
        Command::Init(a) => vault::cmd_init(g, a),
        Command::Unlock(a) => vault::cmd_unlock(g, a),
        Command::Lock(a) => vault::cmd_lock(g, a),
        Command::Add(c) => secret::add::cmd_add(g, c),
        Command::List(a) => secret::list::cmd_list(g, a),
        Command::Show(a) => secret::show::cmd_show(g, a),
        Command::Get(a) => secret::get::cmd_get(g, a),
        Command::Edit(a) => secret::edit::cmd_edit(g, a),
        Command::Rm(a) => secret::rm::cmd_rm(g, a),
        Command::Rename(a) => secret::rename::cmd_rename(g, a),
        Command::Header(a) => secret::header::cmd_header(g, a),
        Command::Url(a) => url::cmd_url(g, a),
        Command::Token(c) => token::cmd_token(g, c),
        Command::Jws(c) => jose::cmd_jws(g, c),
        Command::Jwe(c) => jose::cmd_jwe(g, c),
        Command::Pubkey(a) => jose::pubkey::cmd_pubkey(g, a),
        Command::Run(a) => run::cmd_run(g, a),
        Command::Export(a) => export::cmd_export(g, a),
        Command::Authorize(a) => gate::authorize::cmd_authorize(g, a),
        Command::Gate(a) => gate::serve::cmd_gate(g, a),
        Command::Recipients(c) => team::run_recipients(g, c),
        Command::Git(c) => team::run_git(g, c),
        Command::Resolve(a) => team::resolve::cmd_team_resolve(g, a),
        Command::Rotate(a) => team::rotate::cmd_team_rotate(g, a),
        Command::Completions(a) => generate::cmd_completions(a),
        Command::Generate(c) => generate::cmd_generate(c),
    }
}

impl From<VaultError> for CliError {
    fn from(e: VaultError) -> Self {
        let mut hints = Vec::new();
        let mut kind = ErrorKind::Failure;
        match &e {
            VaultError::NotFound(_) => {
                kind = ErrorKind::Usage;
                hints.push("run `flowlet-secrets init` to create a vault, or set FLOWLET_SECRETS_DIR to an existing one".into());
            }
            VaultError::AlreadyExists(_) => {
                kind = ErrorKind::Usage;
                hints.push("nothing was changed; use another --vault-dir for a new vault".into());
            }
            VaultError::IdentityMissing(_) => hints.push(
                "restore identity.age from a backup, or unlock with FLOWLET_SECRETS_IDENTITY_FILE".into(),
            ),
            VaultError::Decrypt { source, .. } => match source {
                CryptoError::WrongIdentity => hints.push(
                    "the cached or given identity belongs to another vault; run `flowlet-secrets lock`, then `flowlet-secrets unlock`".into(),
                ),
                _ => hints.push(
                    "the vault is damaged and was not changed; the previous version is vault.age.bak in the vault directory".into(),
                ),
            },
            VaultError::WritesBlocked(_) => hints.push(
                "check the change with `flowlet-secrets recipients list`, then run `flowlet-secrets recipients ack`".into(),
            ),
            VaultError::Format { .. } => hints.push(
                "the vault was not changed; the previous version is vault.age.bak in the vault directory".into(),
            ),
            VaultError::Untrusted { path, why } => {
                use crate::vault::trust::Distrust;
                kind = ErrorKind::Usage;
                hints.push(match why {
                    Distrust::Writable { .. } => format!(
                        "nothing was read or changed; whoever can write there can replace the vault: run `chmod go-w {}` if the directory is yours",
                        path.display()
                    ),
                    Distrust::ForeignOwner { .. } => "nothing was read or changed; keep the vault in a directory that you own (set FLOWLET_SECRETS_DIR)".into(),
                    Distrust::Symlink | Distrust::NotRegular(_) | Distrust::NotDirectory => format!(
                        "nothing was read or changed; vault files must be regular files: remove or replace {}",
                        path.display()
                    ),
                });
            }
            _ => {}
        }
        CliError {
            kind,
            error: Box::new(e),
            hints,
        }
    }
}

/// A definite "no" for a missing secret, with a hint.
pub fn not_found(name: &str) -> CliError {
    crate::error::no_error(format!("no secret named {name:?}"))
        .hinted("`flowlet-secrets list` shows the secrets in this vault")
}

/// A usage error for a secret of the wrong type.
pub fn wrong_type(name: &str, have: crate::secret::SecretKind, want: &str) -> CliError {
    crate::error::user_error(format!(
        "secret {name:?} is a {have} secret; this command needs {want}"
    ))
}
