//! Team vaults over git (product.md §9, docs/team.md): opening a shared vault with a
//! member's identity, the per-machine state (lock, backup, pin, acknowledged members),
//! and the `recipients`, `git` and `resolve` commands.

pub mod git;
pub mod init;
pub mod recipients;
pub mod resolve;
pub mod rotate;

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use crate::cli::GlobalArgs;
use crate::cli::team::{GitCommand, RecipientsCommand};
use crate::error::{CliResult, failure, user_error};
use crate::term;
use crate::vault::team::{PinCheck, Team};
use crate::vault::{Vault, VaultDoc, VaultPaths, crypto, store};

use super::input;

/// `recipients …`.
pub fn run_recipients(g: &GlobalArgs, c: RecipientsCommand) -> CliResult {
    match c {
        RecipientsCommand::List(a) => recipients::cmd_team_recipients_list(g, a),
        RecipientsCommand::Add(a) => recipients::cmd_team_recipients_add(g, a),
        RecipientsCommand::Rm(a) => recipients::cmd_team_recipients_rm(g, a),
        RecipientsCommand::Ack(a) => recipients::cmd_team_recipients_ack(g, a),
    }
}

/// `git …`.
pub fn run_git(g: &GlobalArgs, c: GitCommand) -> CliResult {
    match c {
        GitCommand::Setup(a) => git::cmd_team_git_setup(g, a),
        GitCommand::MergeDriver(a) => git::cmd_team_git_merge_driver(g, a),
        GitCommand::Textconv(a) => git::cmd_team_git_textconv(g, a),
    }
}

/// True for a shared vault directory: `vault.age` without `identity.age`, inside a git
/// work tree. (A personal vault that lost `identity.age` keeps its own error.)
pub fn is_shared(paths: &VaultPaths) -> bool {
    paths.exists() && !paths.identity().exists() && repo_root(&paths.dir).is_some()
}

const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;

/// A member's identity (product.md §9): `FLOWLET_SECRETS_IDENTITY_FILE`, else
/// `FLOWLET_SECRETS_IDENTITY` (the identity text), else the personal vault's identity
/// (keyring, then passphrase when `prompt`).
pub fn member_identity(g: &GlobalArgs, prompt: bool) -> CliResult<age::x25519::Identity> {
    if let Some(f) = &g.identity_file {
        let hint = "FLOWLET_SECRETS_IDENTITY_FILE must name a plain age identity file";
        let bytes = input::read_file_capped(f, MAX_KEY_FILE_BYTES, "the identity file")
            .map_err(|e| e.hinted(hint))?;
        let text =
            Zeroizing::new(String::from_utf8(bytes.to_vec()).map_err(|_| {
                user_error(format!("{} is not UTF-8 text", f.display())).hinted(hint)
            })?);
        return crypto::parse_identity(&text)
            .map_err(|e| user_error(format!("{}: {e}", f.display())).hinted(hint));
    }
    if let Some(text) = std::env::var_os("FLOWLET_SECRETS_IDENTITY") {
        let text = Zeroizing::new(text.into_string().unwrap_or_default());
        return crypto::parse_identity(&text).map_err(|e| {
            user_error(format!("FLOWLET_SECRETS_IDENTITY: {e}"))
                .hinted("set it to the AGE-SECRET-KEY-1... line of an age identity")
        });
    }
    let dirs = directories::ProjectDirs::from("", "", "flowlet-secrets")
        .ok_or_else(|| user_error("cannot find a home directory for the personal vault"))?;
    let personal = VaultPaths::new(dirs.data_dir());
    let no_source = || {
        user_error("no identity to open the team vault with")
            .hinted("set FLOWLET_SECRETS_IDENTITY_FILE or FLOWLET_SECRETS_IDENTITY, or `flowlet-secrets unlock` your personal vault")
    };
    if !personal.identity().exists() {
        return Err(no_source());
    }
    let cache = super::vault::identity_cache(&personal);
    if !prompt {
        let cached = cache.get().ok().flatten();
        return cached
            .and_then(|t| crypto::parse_identity(&t).ok())
            .ok_or_else(no_source);
    }
    let unlocked = super::vault::resolve_keys(g, &personal, Some(&cache))?;
    unlocked.keys.personal().cloned().ok_or_else(no_source)
}

/// The per-machine state directory of a team vault: `$XDG_STATE_HOME/flowlet-secrets/
/// team/VAULT_ID` (0700), created on demand. Never inside the repository.
pub fn state_dir(vault_id: &str) -> CliResult<PathBuf> {
    if vault_id.is_empty() || !vault_id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(failure(
            "the team vault's id is not hex; the vault is damaged",
        ));
    }
    let dirs = directories::ProjectDirs::from("", "", "flowlet-secrets")
        .ok_or_else(|| user_error("cannot find a home directory for the state directory"))?;
    let root = dirs.state_dir().unwrap_or(dirs.data_local_dir());
    let dir = root.join("team").join(vault_id);
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&dir)
        .map_err(|e| failure(format!("cannot create {}: {e}", dir.display())))?;
    let _ = fs::set_permissions(&dir, fs::Permissions::from_mode(0o700));
    Ok(dir)
}

/// What this machine has accepted: the pin of the team key and the member set.
pub struct Accepted {
    /// The pinned team key's pin.
    pub pin: String,
    /// `label recipient` lines.
    pub members: BTreeSet<String>,
}

fn read_accepted(state: &Path) -> Option<Accepted> {
    let text = fs::read_to_string(state.join("accepted")).ok()?;
    let mut lines = text.lines();
    let pin = lines.next()?.strip_prefix("pin ")?.to_string();
    Some(Accepted {
        pin,
        members: lines
            .filter_map(|l| l.strip_prefix("member "))
            .map(str::to_string)
            .collect(),
    })
}

/// Records the team's current key and members as accepted by this machine.
pub fn accept(state: &Path, team: &Team) -> CliResult {
    let mut text = format!("pin {}\n", team.pin());
    for m in team.member_set() {
        text.push_str(&format!("member {m}\n"));
    }
    store::atomic_write(&state.join("accepted"), text.as_bytes(), None)?;
    Ok(())
}

/// "added bob (age1…), removed carol (…)".
pub fn member_change(old: &BTreeSet<String>, team: &Team) -> String {
    let new = team.member_set();
    let show = |s: &String| {
        let (l, r) = s.split_once(' ').unwrap_or((s, ""));
        format!("{} ({})", term::sanitize(l), term::sanitize(r))
    };
    let mut parts = Vec::new();
    let added: Vec<_> = new.difference(old).map(show).collect();
    let removed: Vec<_> = old.difference(&new).map(show).collect();
    if !added.is_empty() {
        parts.push(format!("added {}", added.join(", ")));
    }
    if !removed.is_empty() {
        parts.push(format!("removed {}", removed.join(", ")));
    }
    if parts.is_empty() {
        "the team key changed".into()
    } else {
        parts.join("; ")
    }
}

/// An opened team vault: the vault (lock and backup in the state directory), its
/// decrypted document as read at open time, and the state directory.
pub struct Opened {
    /// The vault.
    pub vault: Vault,
    /// The document read while checking the pin.
    pub doc: VaultDoc,
    /// The per-machine state directory.
    pub state: PathBuf,
    /// This machine's member identity.
    pub identity: age::x25519::Identity,
}

/// Opens a team vault and checks it against this machine's pin (docs/team.md,
/// Authenticity): a vault whose key chain lacks the pin is refused; a member change not
/// yet accepted warns and blocks writes.
pub fn open_team(g: &GlobalArgs, paths: VaultPaths, prompt: bool) -> CliResult<Opened> {
    // The repository's directory gets the same trust checks as a personal vault's.
    paths.check_trusted()?;
    let identity = member_identity(g, prompt)?;
    let mut vault = Vault::new(paths.clone(), identity.clone());
    let doc = vault.read_doc_and_keep()?;
    let Some(team) = &doc.team else {
        return Err(
            user_error(format!("{} is not a team vault", paths.vault().display()))
                .hinted("create one with `flowlet-secrets init --shared`"),
        );
    };
    warn_missing_git_config(&paths);
    let state = state_dir(&team.vault_id)?;
    vault.set_state_dir(state.clone());
    let me = identity.to_public().to_string();
    match team.members.iter().find(|m| m.recipient == me) {
        Some(m) => vault.set_writer(m.label.clone()),
        // Refuse a write that would leave the writer out (docs/team.md).
        None => vault.block_writes(
            "your identity is not a member of this team vault: a write would lock you out".into(),
        ),
    }
    let refuse = || {
        user_error(format!(
            "refusing {}: it was not written by a member of the team this machine trusts (its team key does not match the pin)",
            vault_display(&vault)
        ))
        .hinted("if the vault is genuine, check the pin shown by `flowlet-secrets recipients list` on a trusted machine; nothing was changed")
    };
    if let Some(pin) = std::env::var("FLOWLET_SECRETS_TEAM_PIN")
        .ok()
        .filter(|p| !p.is_empty())
        && team.check_pin(pin.trim()) == PinCheck::Unknown
    {
        return Err(refuse());
    }
    match read_accepted(&state) {
        None => accept(&state, team)?,
        Some(acc) => match team.check_pin(&acc.pin) {
            PinCheck::Current => {}
            PinCheck::Unknown => return Err(refuse()),
            PinCheck::Stepped => {
                let change = member_change(&acc.members, team);
                term::warn(format!(
                    "the team vault's members changed since this machine accepted them: {change}; run `flowlet-secrets recipients ack` to accept"
                ));
                vault.block_writes(format!(
                    "this machine has not accepted the team vault's member change ({change})"
                ));
            }
        },
    }
    Ok(Opened {
        vault,
        doc,
        state,
        identity,
    })
}

fn vault_display(v: &Vault) -> String {
    v.paths().vault().display().to_string()
}

/// The hook of `open_vault` for shared vaults.
pub fn open_shared(g: &GlobalArgs, paths: VaultPaths) -> CliResult<Vault> {
    Ok(open_team(g, paths, true)?.vault)
}

/// The repository holding `dir`: the nearest ancestor with a `.git` directory.
pub fn repo_root(dir: &Path) -> Option<PathBuf> {
    let dir = fs::canonicalize(dir).ok()?;
    dir.ancestors()
        .find(|d| d.join(".git").is_dir())
        .map(Path::to_path_buf)
}

/// Warns when `.gitattributes` names our drivers and `.git/config` lacks them (a fresh
/// clone: `.git/config` is not cloned).
pub fn warn_missing_git_config(paths: &VaultPaths) {
    let Some(root) = repo_root(&paths.dir) else {
        return;
    };
    let attrs = fs::read_to_string(root.join(".gitattributes")).unwrap_or_default();
    if !attrs.contains("merge=flowlet-secrets") {
        return;
    }
    let config = fs::read_to_string(root.join(".git/config")).unwrap_or_default();
    if !config.contains("[merge \"flowlet-secrets\"]") {
        term::warn(
            ".gitattributes names the flowlet-secrets merge driver but .git/config lacks it (a fresh clone?): run `flowlet-secrets git setup`",
        );
    }
}

/// Reads a file of at most 64 KiB as text (recipient files).
pub fn read_small_text(path: &Path, what: &str) -> CliResult<String> {
    let bytes = input::read_file_capped(path, MAX_KEY_FILE_BYTES, what)?;
    String::from_utf8(bytes.to_vec())
        .map_err(|_| user_error(format!("{} is not UTF-8 text", path.display())))
}

/// Asks "PROMPT [y/N]" on a terminal; elsewhere requires `--yes`.
pub fn confirm(question: &str, yes: bool) -> CliResult {
    if yes {
        return Ok(());
    }
    if !term::can_prompt() {
        return Err(
            user_error(format!("{question}: confirmation needed")).hinted("pass --yes to confirm")
        );
    }
    eprint!("{question} [y/N] ");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    if matches!(line.trim(), "y" | "Y" | "yes") {
        Ok(())
    } else {
        Err(user_error("not confirmed; nothing was changed"))
    }
}
