//! Whether the vault directory may be trusted, as ssh's `StrictModes` decides for
//! `~/.ssh` (sshd `auth.c` `safe_path`).
//!
//! Whoever can write into the vault directory can roll `vault.age` back to
//! `vault.age.bak`, plant a symlink at `vault.lock` that a writer would follow with
//! `O_CREAT`, or a FIFO at `vault.age` that hangs every reader. So before a vault is
//! used:
//! - the directory and each of its parents must be a directory owned by this user or
//!   root and not writable by group or others; a parent with the sticky bit (`/tmp`)
//!   may be writable by others, since they cannot rename or remove what they do not own;
//! - each of `vault.age`, `identity.age`, `vault.lock` and `vault.age.bak` that exists
//!   must be a regular file (not a symlink, FIFO, socket, device or directory), owned
//!   by this user or root and not writable by group or others.
//!
//! The files are then opened with `O_NOFOLLOW | O_NONBLOCK` and checked again on the
//! open descriptor ([`open_regular`]), so a file swapped in after the check is refused
//! too, and a FIFO never blocks the open.

use std::fs::{self, File, Metadata, OpenOptions};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Why a path of the vault is not trusted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Distrust {
    /// Owned by another user (not this one, not root).
    #[error("it is owned by uid {owner}, not by uid {me} or root")]
    ForeignOwner {
        /// The owner's uid.
        owner: u32,
        /// This process's effective uid.
        me: u32,
    },
    /// Writable by its group or by others.
    #[error("it is writable by {who} (mode {mode:04o})")]
    Writable {
        /// "its group", "others" or "its group and others".
        who: &'static str,
        /// The permission bits.
        mode: u32,
    },
    /// A symbolic link where a file or directory must be.
    #[error("it is a symbolic link")]
    Symlink,
    /// Not a regular file (a FIFO, socket, device or directory).
    #[error("it is a {0}, not a regular file")]
    NotRegular(&'static str),
    /// Not a directory.
    #[error("it is not a directory")]
    NotDirectory,
}

/// This process's effective uid.
fn euid() -> u32 {
    nix::unistd::geteuid().as_raw()
}

fn kind(m: &Metadata) -> &'static str {
    let t = m.file_type();
    if t.is_dir() {
        "directory"
    } else if t.is_fifo() {
        "FIFO"
    } else if t.is_socket() {
        "socket"
    } else if t.is_symlink() {
        "symbolic link"
    } else if t.is_block_device() || t.is_char_device() {
        "device"
    } else {
        "special file"
    }
}

fn owner_ok(m: &Metadata) -> Result<(), Distrust> {
    let me = euid();
    match m.uid() {
        owner if owner == me || owner == 0 => Ok(()),
        owner => Err(Distrust::ForeignOwner { owner, me }),
    }
}

fn not_writable(m: &Metadata, sticky_ok: bool) -> Result<(), Distrust> {
    let mode = m.mode() & 0o7777;
    if sticky_ok && mode & 0o1000 != 0 {
        return Ok(());
    }
    let who = match (mode & 0o020 != 0, mode & 0o002 != 0) {
        (false, false) => return Ok(()),
        (true, false) => "its group",
        (false, true) => "others",
        (true, true) => "its group and others",
    };
    Err(Distrust::Writable { who, mode })
}

/// Checks a vault file's metadata (from `lstat` or `fstat`).
fn check_file_meta(m: &Metadata) -> Result<(), Distrust> {
    if m.file_type().is_symlink() {
        return Err(Distrust::Symlink);
    }
    if !m.is_file() {
        return Err(Distrust::NotRegular(kind(m)));
    }
    owner_ok(m)?;
    not_writable(m, false)
}

fn check_dir_meta(m: &Metadata, is_vault_dir: bool) -> Result<(), Distrust> {
    if !m.is_dir() {
        return Err(Distrust::NotDirectory);
    }
    owner_ok(m)?;
    not_writable(m, !is_vault_dir)
}

/// Checks the vault directory `dir`, its parents and the `files` in it (names) that
/// exist. A directory that does not exist yet is fine when its nearest existing
/// ancestor and that one's parents are (`init` creates it 0700).
///
/// # Errors
/// The path that failed and why; I/O errors other than "not found" are reported as
/// the path's failure to be checked.
pub fn check_vault_dir(dir: &Path, files: &[&str]) -> Result<(), (PathBuf, Distrust)> {
    // ssh checks the real path: a symlinked vault directory is judged where it points.
    let (real, exists) = match fs::canonicalize(dir) {
        Ok(real) => (real, true),
        Err(_) => {
            // Not there yet (or a dangling link): judge the nearest existing ancestor.
            let abs = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
            match abs
                .ancestors()
                .skip(1)
                .find_map(|a| fs::canonicalize(a).ok())
            {
                Some(real) => (real.join("_"), false),
                None => return Ok(()),
            }
        }
    };
    if exists {
        let m = fs::metadata(&real).map_err(|_| (real.clone(), Distrust::NotDirectory))?;
        check_dir_meta(&m, true).map_err(|d| (real.clone(), d))?;
    }
    for parent in real.ancestors().skip(1) {
        if let Ok(m) = fs::metadata(parent) {
            check_dir_meta(&m, false).map_err(|d| (parent.to_path_buf(), d))?;
        }
    }
    if exists {
        for name in files {
            let p = real.join(name);
            if let Ok(m) = fs::symlink_metadata(&p) {
                check_file_meta(&m).map_err(|d| (dir.join(name), d))?;
            }
        }
    }
    Ok(())
}

/// Opens a vault file without following a symlink and without blocking on a FIFO,
/// and accepts it only if the open descriptor is a trusted regular file. `opts` gives
/// the access mode (and `create`); the flags are added here.
///
/// # Errors
/// `Err(Ok(distrust))` when the path is not a trusted regular file,
/// `Err(Err(io))` for other I/O errors (not found, permission denied).
pub fn open_regular(
    path: &Path,
    opts: &mut OpenOptions,
) -> Result<File, Result<Distrust, std::io::Error>> {
    let f = opts
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
        .map_err(|e| {
            // O_NOFOLLOW on a symlink fails with ELOOP.
            if e.raw_os_error() == Some(libc::ELOOP) {
                Ok(Distrust::Symlink)
            } else if e.raw_os_error() == Some(libc::EISDIR) {
                Ok(Distrust::NotRegular("directory"))
            } else {
                Err(e)
            }
        })?;
    let m = f.metadata().map_err(Err)?;
    check_file_meta(&m).map_err(Ok)?;
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn modes_and_kinds() {
        let dir = tempfile::tempdir().unwrap();
        let v = dir.path().join("v");
        // Not there yet: fine (the temp dir and its parents are).
        assert_eq!(check_vault_dir(&v, &["f"]), Ok(()));
        fs::create_dir(&v).unwrap();
        fs::set_permissions(&v, fs::Permissions::from_mode(0o700)).unwrap();
        fs::write(v.join("f"), b"x").unwrap();
        fs::set_permissions(v.join("f"), fs::Permissions::from_mode(0o600)).unwrap();
        assert_eq!(check_vault_dir(&v, &["f", "missing"]), Ok(()));
        for (mode, who) in [
            (0o770, "its group"),
            (0o707, "others"),
            (0o777, "its group and others"),
            (0o1777, "its group and others"),
        ] {
            fs::set_permissions(&v, fs::Permissions::from_mode(mode)).unwrap();
            assert_eq!(
                check_vault_dir(&v, &[]),
                Err((v.clone(), Distrust::Writable { who, mode })),
                "{mode:o}"
            );
        }
        fs::set_permissions(&v, fs::Permissions::from_mode(0o755)).unwrap();
        fs::set_permissions(v.join("f"), fs::Permissions::from_mode(0o620)).unwrap();
        assert!(matches!(
            check_vault_dir(&v, &["f"]),
            Err((_, Distrust::Writable { .. }))
        ));
        fs::remove_file(v.join("f")).unwrap();
        std::os::unix::fs::symlink("/etc/passwd", v.join("f")).unwrap();
        assert_eq!(
            check_vault_dir(&v, &["f"]),
            Err((v.join("f"), Distrust::Symlink))
        );
        let e = open_regular(&v.join("f"), OpenOptions::new().read(true)).unwrap_err();
        assert_eq!(e.unwrap(), Distrust::Symlink);
        fs::remove_file(v.join("f")).unwrap();
        fs::create_dir(v.join("f")).unwrap();
        assert_eq!(
            check_vault_dir(&v, &["f"]),
            Err((v.join("f"), Distrust::NotRegular("directory")))
        );
    }
}
