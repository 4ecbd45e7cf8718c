//! `git setup|merge-driver|textconv`: git carries the team vault (docs/team.md).

use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::process::Command;

use crate::cli::GlobalArgs;
use crate::cli::team::{GitMergeDriverArgs, GitSetupArgs, GitTextconvArgs};
use crate::error::{CliResult, failure, no_error, user_error};
use crate::term;
use crate::vault::{VaultDoc, crypto, format, store, team};

use super::member_identity;

const DRIVER: &str = "flowlet-secrets";

fn git(root: &Path, args: &[&str]) -> CliResult {
    let st = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .status()
        .map_err(|e| failure(format!("cannot run git: {e}")))?;
    if st.success() {
        Ok(())
    } else {
        Err(failure(format!("git {} failed ({st})", args.join(" "))))
    }
}

/// `git setup`: `.gitattributes` and the drivers in `.git/config`. Works for a
/// non-member (it decrypts nothing).
pub fn cmd_team_git_setup(g: &GlobalArgs, _a: GitSetupArgs) -> CliResult {
    let paths = crate::cmd::vault::vault_paths(g)?;
    let root = super::repo_root(&paths.dir).ok_or_else(|| {
        user_error(format!(
            "{} is not inside a git repository",
            paths.dir.display()
        ))
        .hinted("run it inside the repository's work tree, with --vault-dir the team vault")
    })?;
    let dir = fs::canonicalize(&paths.dir)?;
    let rel = paths_relative(&root, &dir.join(store::VAULT_FILE));
    let attrs_path = root.join(".gitattributes");
    let attrs = fs::read_to_string(&attrs_path).unwrap_or_default();
    let line = format!("/{rel} -text merge={DRIVER} diff={DRIVER}");
    if !attrs.lines().any(|l| l.trim() == line) {
        let mut f = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&attrs_path)?;
        if !attrs.is_empty() && !attrs.ends_with('\n') {
            writeln!(f)?;
        }
        writeln!(f, "{line}")?;
        eprintln!("Wrote {}", attrs_path.display());
    }
    let exe = std::env::current_exe()
        .map_err(|e| failure(format!("cannot find this program's path: {e}")))?;
    let exe = shell_words::quote(&exe.to_string_lossy()).into_owned();
    git(
        &root,
        &[
            "config",
            "merge.flowlet-secrets.name",
            "flowlet-secrets vault merge",
        ],
    )?;
    git(
        &root,
        &[
            "config",
            "merge.flowlet-secrets.driver",
            &format!("{exe} git merge-driver %O %A %B %P"),
        ],
    )?;
    git(
        &root,
        &[
            "config",
            "diff.flowlet-secrets.textconv",
            &format!("{exe} git textconv"),
        ],
    )?;
    git(&root, &["config", "diff.flowlet-secrets.binary", "true"])?;
    eprintln!("Configured the merge and diff drivers in .git/config");
    Ok(())
}

fn paths_relative(root: &Path, p: &Path) -> String {
    p.strip_prefix(root)
        .unwrap_or(p)
        .to_string_lossy()
        .into_owned()
}

/// Decrypts one version git hands over; an empty file (no common ancestor) is an
/// empty vault.
fn read_version(path: &Path, id: &age::x25519::Identity) -> CliResult<VaultDoc> {
    let ct = fs::read(path).map_err(|e| failure(format!("cannot read {}: {e}", path.display())))?;
    if ct.is_empty() {
        return Ok(VaultDoc::default());
    }
    let pt = crypto::decrypt_with(id, &ct[..], ct.len())
        .map_err(|e| failure(format!("cannot decrypt {}: {e}", path.display())))?;
    format::parse(&pt).map_err(|e| failure(format!("cannot read {}: {e}", path.display())))
}

/// `git merge-driver %O %A %B %P`: the merged vault replaces %A, encrypted to every
/// member; conflicts exit 1 naming the secrets, with ours in place and theirs kept
/// (encrypted) for `resolve`.
pub fn cmd_team_git_merge_driver(g: &GlobalArgs, a: GitMergeDriverArgs) -> CliResult {
    let id = member_identity(g, true)?;
    let base = read_version(&a.base, &id)?;
    let ours = read_version(&a.ours, &id)?;
    let theirs = read_version(&a.theirs, &id)?;
    let merged =
        team::merge(&base, &ours, &theirs).map_err(|e| failure(format!("cannot merge: {e}")))?;
    let render = |d: &VaultDoc| format::render(d).map_err(|e| failure(e.to_string()));
    // Rewrite %A only when the result differs from ours: no churn in git.
    if *render(&merged.doc)? != *render(&ours)? {
        let ct = match &merged.doc.team {
            Some(_) => team::encrypt_doc(&merged.doc)?,
            None => crypto::encrypt_to(&id.to_public(), render(&merged.doc)?.as_bytes())
                .map_err(|e| failure(e.to_string()))?,
        };
        store::atomic_write(&a.ours, &ct, None)?;
    }
    let path = a
        .path
        .as_deref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "vault.age".into());
    if merged.team_conflict {
        return Err(no_error(format!(
            "{path}: both branches changed the team's members; ours were kept"
        ))
        .hinted("re-add or remove the members theirs changed with `flowlet-secrets recipients`, then commit"));
    }
    if !merged.conflicts.is_empty() {
        let names: Vec<_> = merged
            .conflicts
            .iter()
            .map(|n| format!("{:?}", term::sanitize(n)))
            .collect();
        return Err(no_error(format!(
            "{path}: both branches changed the same secrets: {}",
            names.join(", ")
        ))
        .hinted(format!(
            "vault.age holds our versions; run `flowlet-secrets resolve NAME --ours|--theirs` for each, then `git add {path}`"
        )));
    }
    Ok(())
}

/// `git textconv FILE`: names, types, times, who and fingerprints; never a value. A
/// non-member (or a machine with no identity at hand) gets a placeholder, exit 0.
pub fn cmd_team_git_textconv(g: &GlobalArgs, a: GitTextconvArgs) -> CliResult {
    let ct = fs::read(&a.file)?;
    let placeholder = || {
        println!(
            "flowlet-secrets vault: {} bytes, encrypted (not readable with your keys)",
            ct.len()
        )
    };
    if ct.is_empty() {
        return Ok(());
    }
    let Ok(id) = member_identity(g, false) else {
        placeholder();
        return Ok(());
    };
    let Ok(pt) = crypto::decrypt_with(&id, &ct[..], ct.len()) else {
        placeholder();
        return Ok(());
    };
    let doc = format::parse(&pt).map_err(|e| failure(e.to_string()))?;
    drop(pt);
    let text = team::textconv(&doc, term::sanitize).map_err(|e| failure(e.to_string()))?;
    print!("{text}");
    Ok(())
}
