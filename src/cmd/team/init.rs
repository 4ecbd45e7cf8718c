//! `init --shared`: a team vault whose shared part is `vault.age` alone.

use std::fs;
use std::os::unix::fs::DirBuilderExt;

use crate::cli::GlobalArgs;
use crate::cli::vault::InitArgs;
use crate::error::{CliResult, failure, user_error};
use crate::secret::now_unix;
use crate::vault::team::{self, Team};
use crate::vault::{VaultDoc, VaultError, store};

use super::{accept, member_identity, repo_root, state_dir};

/// `init --shared [--label L]`.
pub fn cmd_team_init(g: &GlobalArgs, a: InitArgs) -> CliResult {
    let paths = crate::cmd::vault::vault_paths(g)?;
    if paths.exists() || paths.identity().exists() {
        return Err(VaultError::AlreadyExists(paths.dir.clone()).into());
    }
    let label = match a.label {
        Some(l) => l,
        None => std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .map_err(|_| user_error("cannot tell your login name").hinted("pass --label"))?,
    };
    check_label(&label)?;
    let identity = member_identity(g, true)?;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&paths.dir)
        .map_err(|e| failure(format!("cannot create {}: {e}", paths.dir.display())))?;
    if repo_root(&paths.dir).is_none() {
        crate::term::warn(format!(
            "{} is not inside a git repository; commit it to one to share it",
            paths.dir.display()
        ));
    }
    let recipient = identity.to_public().to_string();
    let t = Team::new(label.clone(), recipient.clone(), now_unix());
    let state = state_dir(&t.vault_id)?;
    let mut paths = paths;
    paths.state = Some(state.clone());
    let doc = VaultDoc {
        team: Some(t),
        ..VaultDoc::default()
    };
    let ct = team::encrypt_doc(&doc)?;
    let lock = store::lock_exclusive(&paths)?;
    if paths.exists() {
        return Err(VaultError::AlreadyExists(paths.dir.clone()).into());
    }
    store::atomic_write(&paths.vault(), &ct, None)?;
    drop(lock);
    let t = doc.team.as_ref().expect("set above");
    accept(&state, t)?;
    eprintln!("Created a team vault in {}", paths.dir.display());
    eprintln!("Member {label}: {recipient}");
    eprintln!(
        "Team pin: {} (give it to CI as FLOWLET_SECRETS_TEAM_PIN)",
        t.pin()
    );
    eprintln!("Next: `flowlet-secrets git setup`, then commit vault.age and .gitattributes");
    Ok(())
}

/// A member label: 1-64 of `A-Z a-z 0-9 _ . @ -`.
pub fn check_label(label: &str) -> CliResult {
    let ok = !label.is_empty()
        && label.len() <= 64
        && label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.@-".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(user_error(format!("invalid member label {label:?}"))
            .hinted("use 1-64 of A-Z a-z 0-9 _ . @ -"))
    }
}
