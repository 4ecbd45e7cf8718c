//! `init`, `unlock`, `lock`, and opening the vault for every other command.
//!
//! Unlock order (product.md §3): `FLOWLET_SECRETS_IDENTITY_FILE`, else the identity
//! cached in the OS keyring, else the passphrase (file, command, or terminal prompt)
//! decrypting `identity.age`. Without a terminal and without these: fail at once.
//! The order and the key handling live in [`crate::vault::unlock`]; this module reads
//! the environment's files, prompts, and turns the outcome into messages.

use std::io::Read;
use std::process::{Command, Stdio};

use zeroize::Zeroizing;

use crate::cli::GlobalArgs;
use crate::cli::vault::{InitArgs, LockArgs, UnlockArgs};
use crate::debug;
use crate::error::{CliError, CliResult, ErrorKind, failure, user_error};
use crate::secret::SecretValue;
use crate::term;
use crate::vault::crypto;
use crate::vault::keyring::IdentityCache;
use crate::vault::unlock::{self, Note, UnlockError, UnlockRequest, UnlockUi, Unlocked};
use crate::vault::{Vault, VaultPaths, store};

use super::input;

/// The vault directory: `--vault-dir`/`FLOWLET_SECRETS_DIR`, else the platform data dir.
pub fn vault_paths(g: &GlobalArgs) -> CliResult<VaultPaths> {
    if let Some(d) = &g.vault_dir {
        return Ok(VaultPaths::new(d.clone()));
    }
    let dirs = directories::ProjectDirs::from("", "", "flowlet-secrets").ok_or_else(|| {
        user_error("cannot find a home directory for the vault")
            .hinted("set FLOWLET_SECRETS_DIR to the vault directory")
    })?;
    Ok(VaultPaths::new(dirs.data_dir().to_path_buf()))
}

pub(crate) fn identity_cache(paths: &VaultPaths) -> IdentityCache {
    let session_bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
    IdentityCache::new(paths.keyring_user(), session_bus)
}

/// Opens and unlocks the vault (see the module docs for the order).
pub fn open_vault(g: &GlobalArgs) -> CliResult<Vault> {
    let paths = vault_paths(g)?;
    if !paths.exists() {
        return Err(crate::vault::VaultError::NotFound(paths.vault()).into());
    }
    if super::team::is_shared(&paths) {
        return super::team::open_shared(g, paths);
    }
    // The keyring is asked only without an identity file (its key is a canonicalize).
    let cache = g.identity_file.is_none().then(|| identity_cache(&paths));
    let unlocked = resolve_keys(g, &paths, cache.as_ref())?;
    Ok(Vault::new(paths, unlocked.keys))
}

/// The largest identity or passphrase file read (they are a few hundred bytes).
const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;

/// The command layer's side of [`unlock::unlock`]: logging and the passphrase.
struct Ui<'a> {
    g: &'a GlobalArgs,
}

impl UnlockUi for Ui<'_> {
    type Error = CliError;

    fn note(&mut self, note: Note<'_>) {
        match note {
            Note::UsingIdentityFile(f) => {
                debug!("unlocking with the identity file {}", f.display())
            }
            Note::UsingKeyring => debug!("unlocking with the identity cached in the OS keyring"),
            Note::NotCached => debug!("no identity cached in the OS keyring"),
            Note::CachedEntryInvalid => {
                term::warn("the keyring entry for this vault is not an age identity; ignoring it")
            }
            Note::KeyringUnavailable(e) => {
                if has_passphrase_source(self.g) {
                    debug!("keyring: {e}");
                } else {
                    term::warn(format!("{e}; falling back to the passphrase"));
                }
            }
            Note::DecryptingIdentity => debug!("decrypting identity.age with the passphrase"),
        }
    }

    fn passphrase(&mut self) -> CliResult<age::secrecy::SecretString> {
        let p = read_passphrase(self.g, false)?;
        Ok(input::to_secret_string(&p))
    }
}

/// Reads `FLOWLET_SECRETS_IDENTITY_FILE` (when set) and resolves the keys in `vault/`.
pub(crate) fn resolve_keys(
    g: &GlobalArgs,
    paths: &VaultPaths,
    cache: Option<&IdentityCache>,
) -> CliResult<Unlocked> {
    let id_bytes = match &g.identity_file {
        Some(f) => Some(
            input::read_file_capped(f, MAX_KEY_FILE_BYTES, "the identity file")
                .map_err(|e| e.hinted(IDENTITY_FILE_HINT))?,
        ),
        None => None,
    };
    let req = UnlockRequest {
        identity_file: g
            .identity_file
            .as_deref()
            .zip(id_bytes.as_deref().map(|b| &b[..])),
        cache,
    };
    unlock::unlock(paths, &req, &mut Ui { g })
}

fn has_passphrase_source(g: &GlobalArgs) -> bool {
    g.passphrase_file.is_some() || g.passphrase_command.is_some()
}

/// The passphrase, from `--passphrase-file`, `--passphrase-command` or the terminal
/// (asked twice when `confirm`).
fn read_passphrase(g: &GlobalArgs, confirm: bool) -> CliResult<SecretValue> {
    let p = if let Some(f) = &g.passphrase_file {
        let mut bytes = input::read_file_capped(f, MAX_KEY_FILE_BYTES, "the passphrase file")?;
        first_line(&mut bytes, "passphrase file")?
    } else if let Some(cmd) = &g.passphrase_command {
        run_passphrase_command(cmd)?
    } else if term::can_prompt() {
        let first = input::prompt("Vault passphrase: ", "passphrase")?;
        if confirm {
            let second = input::prompt("Retype the passphrase: ", "passphrase")?;
            if first != second {
                return Err(user_error("the passphrases differ; nothing was changed"));
            }
        }
        first
    } else {
        return Err(user_error("the vault is locked and there is no terminal to ask for the passphrase")
            .hinted("set FLOWLET_SECRETS_IDENTITY_FILE, FLOWLET_SECRETS_PASSPHRASE_FILE or FLOWLET_SECRETS_PASSPHRASE_COMMAND, or run `flowlet-secrets unlock` on a terminal"));
    };
    if p.expose_secret().is_empty() {
        return Err(user_error("the passphrase is empty"));
    }
    Ok(p)
}

fn first_line(bytes: &mut Zeroizing<Vec<u8>>, what: &str) -> CliResult<SecretValue> {
    let end = bytes
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(bytes.len());
    let mut line = Zeroizing::new(bytes[..end].to_vec());
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    String::from_utf8(line.to_vec())
        .map(SecretValue::new)
        .map_err(|_| user_error(format!("the {what} is not UTF-8 text")))
}

fn run_passphrase_command(cmd: &str) -> CliResult<SecretValue> {
    debug!("running the passphrase command");
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| failure(format!("cannot run the passphrase command: {e}")))?;
    let mut out = Zeroizing::new(Vec::new());
    if let Some(mut so) = child.stdout.take() {
        so.read_to_end(&mut out)?;
    }
    let status = child.wait()?;
    if !status.success() {
        return Err(
            user_error(format!("the passphrase command failed ({status})"))
                .hinted("check FLOWLET_SECRETS_PASSPHRASE_COMMAND / --passphrase-command"),
        );
    }
    first_line(&mut out, "passphrase command's output")
}

/// `init`.
pub fn cmd_init(g: &GlobalArgs, a: InitArgs) -> CliResult {
    if a.shared {
        return super::team::init::cmd_team_init(g, a);
    }
    let paths = vault_paths(g)?;
    // Before the passphrase is asked: a directory others control is refused at once.
    paths.check_trusted()?;
    if paths.exists() || std::fs::symlink_metadata(paths.identity()).is_ok() {
        return Err(crate::vault::VaultError::AlreadyExists(paths.dir.clone()).into());
    }
    let passphrase = read_passphrase(g, true)?;
    let identity = age::x25519::Identity::generate();
    eprintln!("Encrypting the vault key with the passphrase (age scrypt, about a second)...");
    let encrypted = crypto::encrypt_identity(&identity, input::to_secret_string(&passphrase))
        .map_err(|e| failure(e.to_string()))?;
    store::init(&paths, &identity, &encrypted)?;
    eprintln!("Created a vault in {}", paths.dir.display());
    eprintln!("Public key: {}", identity.to_public());
    if !a.no_keyring {
        cache_identity(&paths, &identity, None);
    }
    Ok(())
}

fn cache_identity(
    paths: &VaultPaths,
    identity: &age::x25519::Identity,
    timeout: Option<std::time::Duration>,
) -> bool {
    let text = crypto::identity_file_text(identity);
    match identity_cache(paths).set(&text, timeout) {
        Ok(backend) => {
            match timeout {
                Some(t) if backend == crate::vault::keyring::Backend::KernelKeyring => eprintln!(
                    "Unlocked: the vault key is cached in the {backend} for {}",
                    humantime::format_duration(t)
                ),
                Some(_) => {
                    eprintln!("Unlocked: the vault key is cached in the {backend}");
                    term::warn(
                        "the Secret Service has no expiry: run `flowlet-secrets lock` when done",
                    );
                }
                None => eprintln!(
                    "Unlocked: the vault key is cached in the {backend} until `flowlet-secrets lock`"
                ),
            }
            true
        }
        Err(e) => {
            term::warn(format!(
                "{e}; the vault stays locked and commands will ask for the passphrase"
            ));
            false
        }
    }
}

/// `unlock`.
pub fn cmd_unlock(g: &GlobalArgs, a: UnlockArgs) -> CliResult {
    let paths = vault_paths(g)?;
    if !paths.exists() {
        return Err(crate::vault::VaultError::NotFound(paths.vault()).into());
    }
    // The keyring is skipped: `unlock` exists to fill it.
    let unlocked = resolve_keys(g, &paths, None)?;
    let vault = Vault::new(paths.clone(), unlocked.keys);
    vault.verify()?;
    let Some(identity) = vault.keys().personal() else {
        return Err(failure("these keys cannot be cached in the OS keyring"));
    };
    if cache_identity(&paths, identity, a.timeout.map(Into::into)) {
        Ok(())
    } else {
        Err(failure("no OS keyring is available to cache the vault key")
            .hinted("use FLOWLET_SECRETS_PASSPHRASE_FILE or FLOWLET_SECRETS_IDENTITY_FILE for non-interactive use"))
    }
}

/// `lock`.
pub fn cmd_lock(g: &GlobalArgs, _a: LockArgs) -> CliResult {
    let paths = vault_paths(g)?;
    match identity_cache(&paths).delete() {
        Ok(0) => eprintln!("Already locked: no vault key was cached"),
        Ok(_) => eprintln!("Locked: the vault key was removed from the OS keyring"),
        Err(e) => return Err(failure(e.to_string())),
    }
    Ok(())
}

const IDENTITY_FILE_HINT: &str =
    "FLOWLET_SECRETS_IDENTITY_FILE must name a plain age identity file";

impl From<UnlockError> for CliError {
    fn from(e: UnlockError) -> Self {
        match e {
            UnlockError::IdentityFileNotText(_) | UnlockError::IdentityFileInvalid { .. } => {
                CliError::new(ErrorKind::Usage, e).hinted(IDENTITY_FILE_HINT)
            }
            UnlockError::WrongPassphrase => CliError::new(ErrorKind::Usage, e)
                .hinted("check the passphrase (file, command or typed); nothing was changed"),
            UnlockError::IdentityDamaged { path, source } => {
                failure(format!("cannot decrypt {}", path.display()))
                    .hinted(format!("{source}; restore identity.age from a backup"))
            }
            UnlockError::Vault(e) => e.into(),
        }
    }
}
