//! The vault's files: paths, the exclusive lock, atomic writes and the backup.
//!
//! Every change takes an exclusive lock on `vault.lock`, re-reads `vault.age`, applies
//! the change, writes a temp file in the same directory, fsyncs it, links the current
//! file to `vault.age.bak`, renames the temp file over `vault.age` and fsyncs the
//! directory. A crash at any instant leaves `vault.age` decrypting to the old or the new
//! state. Readers take no lock: a rename is atomic, so they see one or the other.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::crypto::{self, CryptoError};
use super::format::{self, FormatError, VaultDoc};
use super::trust::{self, Distrust};
use super::unlock::Keys;
use crate::secret::Entry;

/// The vault file name inside the vault directory.
pub const VAULT_FILE: &str = "vault.age";
/// The passphrase-encrypted identity file name.
pub const IDENTITY_FILE: &str = "identity.age";
/// The previous version of the vault, kept after every write.
pub const BACKUP_FILE: &str = "vault.age.bak";
/// The lock file serialising writers.
pub const LOCK_FILE: &str = "vault.lock";

/// Errors of the vault's files.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    /// No `vault.age` in the directory.
    #[error("no vault at {0}")]
    NotFound(PathBuf),
    /// `init` found an existing vault or identity.
    #[error("a vault already exists at {0}")]
    AlreadyExists(PathBuf),
    /// `identity.age` is missing.
    #[error("no identity file at {0}")]
    IdentityMissing(PathBuf),
    /// The vault does not decrypt; it is left untouched.
    #[error("cannot decrypt {path}")]
    Decrypt {
        /// The vault file.
        path: PathBuf,
        /// Why.
        #[source]
        source: CryptoError,
    },
    /// The vault decrypts but does not parse; it is left untouched.
    #[error("cannot read {path}")]
    Format {
        /// The vault file.
        path: PathBuf,
        /// Why.
        #[source]
        source: FormatError,
    },
    /// Encryption of the new state failed.
    #[error("cannot encrypt the vault")]
    Encrypt(#[source] CryptoError),
    /// Serialising the new state failed.
    #[error("cannot write the vault")]
    Render(#[source] FormatError),
    /// This machine may not write this team vault yet (docs/team.md); the text says why.
    #[error("{0}")]
    WritesBlocked(String),
    /// The vault directory or one of its files is not trusted (see [`super::trust`]);
    /// nothing was read or changed.
    #[error("refusing to use {}: {why}", path.display())]
    Untrusted {
        /// The directory or file.
        path: PathBuf,
        /// Why (part of the message: the error is one line).
        why: Distrust,
    },
    /// A filesystem operation failed.
    #[error("{what} {path}")]
    Io {
        /// What was being done ("cannot write", "cannot lock", …).
        what: &'static str,
        /// The path involved.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
}

fn io_err(what: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> VaultError + use<> {
    let path = path.to_path_buf();
    move |source| VaultError::Io { what, path, source }
}

/// Opens a file of the vault with [`trust::open_regular`]; `missing` builds the error
/// for a file that does not exist.
fn open_vault_file(
    path: &Path,
    opts: &mut OpenOptions,
    what: &'static str,
    missing: impl FnOnce(PathBuf) -> VaultError,
) -> Result<File, VaultError> {
    trust::open_regular(path, opts).map_err(|e| match e {
        Ok(why) => VaultError::Untrusted {
            path: path.to_path_buf(),
            why,
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => missing(path.to_path_buf()),
        Err(e) => io_err(what, path)(e),
    })
}

/// The files of one vault directory.
#[derive(Debug, Clone)]
pub struct VaultPaths {
    /// The directory (0700).
    pub dir: PathBuf,
    /// Where the lock and the backup live when not in `dir`: a team vault keeps them in
    /// the per-machine state directory, out of the repository (docs/team.md).
    pub state: Option<PathBuf>,
}

impl VaultPaths {
    /// The paths of the vault in `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        VaultPaths {
            dir: dir.into(),
            state: None,
        }
    }
    /// `vault.age`.
    pub fn vault(&self) -> PathBuf {
        self.dir.join(VAULT_FILE)
    }
    /// `identity.age`.
    pub fn identity(&self) -> PathBuf {
        self.dir.join(IDENTITY_FILE)
    }
    /// `vault.age.bak`.
    pub fn backup(&self) -> PathBuf {
        self.state.as_ref().unwrap_or(&self.dir).join(BACKUP_FILE)
    }
    /// `vault.lock`.
    pub fn lock(&self) -> PathBuf {
        self.state.as_ref().unwrap_or(&self.dir).join(LOCK_FILE)
    }
    /// True when something is at `vault.age` (a symlink or FIFO too: opening it then
    /// reports why it is refused, rather than "no vault").
    pub fn exists(&self) -> bool {
        fs::symlink_metadata(self.vault()).is_ok()
    }

    /// Checks that the directory, its parents and its files may be trusted (ssh
    /// `StrictModes`, see [`super::trust`]). A few `stat` calls.
    ///
    /// # Errors
    /// [`VaultError::Untrusted`] naming the path and why.
    pub fn check_trusted(&self) -> Result<(), VaultError> {
        trust::check_vault_dir(
            &self.dir,
            &[VAULT_FILE, IDENTITY_FILE, BACKUP_FILE, LOCK_FILE],
        )
        .map_err(|(path, why)| VaultError::Untrusted { path, why })
    }

    /// A stable key naming this vault in the OS keyring: its canonical directory path.
    pub fn keyring_user(&self) -> String {
        let dir = fs::canonicalize(&self.dir).unwrap_or_else(|_| self.dir.clone());
        format!("identity:{}", dir.display())
    }

    /// Reads `identity.age`.
    ///
    /// # Errors
    /// [`VaultError::IdentityMissing`] when it does not exist.
    pub fn read_identity_file(&self) -> Result<Vec<u8>, VaultError> {
        let p = self.identity();
        let mut f = open_vault_file(
            &p,
            OpenOptions::new().read(true),
            "cannot read",
            VaultError::IdentityMissing,
        )?;
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut f, &mut out).map_err(io_err("cannot read", &p))?;
        Ok(out)
    }
}

/// An unlocked vault: its paths and the keys that read and write it.
pub struct Vault {
    paths: VaultPaths,
    keys: Keys,
    write_block: Option<String>,
    writer: Option<String>,
    /// The plaintext of the last [`Vault::read_doc_and_keep`], for the next read only.
    kept: std::sync::Mutex<Option<Zeroizing<Vec<u8>>>>,
}

/// Writes `bytes` to `dest` atomically: temp file (0600) in the same directory, fsync,
/// optional hard link of the current file to `backup`, rename, directory fsync.
pub(crate) fn atomic_write(
    dest: &Path,
    bytes: &[u8],
    backup: Option<&Path>,
) -> Result<(), VaultError> {
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(dir)
        .map_err(io_err("cannot create a temp file in", dir))?;
    tmp.write_all(bytes)
        .map_err(io_err("cannot write", tmp.path()))?;
    tmp.as_file()
        .sync_all()
        .map_err(io_err("cannot sync", tmp.path()))?;
    if let Some(backup) = backup
        && dest.exists()
    {
        {
            // Link, then rename the link over the old backup: the backup is always a
            // complete file, and no copy of the (possibly large) vault is made.
            let link = backup.with_extension("bak-link");
            let _ = fs::remove_file(&link);
            // A state directory on another filesystem cannot hold a link: copy then.
            fs::hard_link(dest, &link)
                .or_else(|_| fs::copy(dest, &link).map(|_| ()))
                .map_err(io_err("cannot back up", dest))?;
            fs::rename(&link, backup).map_err(io_err("cannot back up", backup))?;
        }
    }
    tmp.persist(dest)
        .map_err(|e| io_err("cannot replace", dest)(e.error))?;
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err("cannot sync", dir))?;
    Ok(())
}

/// Creates the vault directory (0700) and writes `identity.age` and an empty `vault.age`.
///
/// # Errors
/// [`VaultError::AlreadyExists`] when either file exists: nothing is overwritten.
pub fn init(
    paths: &VaultPaths,
    identity: &age::x25519::Identity,
    encrypted_identity: &[u8],
) -> Result<(), VaultError> {
    paths.check_trusted()?;
    if paths.exists() || fs::symlink_metadata(paths.identity()).is_ok() {
        return Err(VaultError::AlreadyExists(paths.dir.clone()));
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&paths.dir)
        .map_err(io_err("cannot create", &paths.dir))?;
    let _ = fs::set_permissions(&paths.dir, fs::Permissions::from_mode(0o700));
    let lock = lock_exclusive(paths)?;
    if paths.exists() || fs::symlink_metadata(paths.identity()).is_ok() {
        return Err(VaultError::AlreadyExists(paths.dir.clone()));
    }
    let text = format::render(&VaultDoc::default()).map_err(VaultError::Render)?;
    let keys = Keys::from_identity(identity.clone());
    let ct =
        crypto::encrypt_to_all(keys.recipients(), text.as_bytes()).map_err(VaultError::Encrypt)?;
    atomic_write(&paths.identity(), encrypted_identity, None)?;
    atomic_write(&paths.vault(), &ct, None)?;
    drop(lock);
    Ok(())
}

pub(crate) fn lock_exclusive(paths: &VaultPaths) -> Result<File, VaultError> {
    let p = paths.lock();
    let f = open_vault_file(
        &p,
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600),
        "cannot open the lock file",
        |p| io_err("cannot open the lock file", &p)(std::io::ErrorKind::NotFound.into()),
    )?;
    f.lock().map_err(io_err("cannot lock", &p))?;
    Ok(f)
}

/// Whether an [`Vault::update_maybe`] closure changed the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Write the new state.
    Write,
    /// Nothing changed; do not write.
    Keep,
}

impl Vault {
    /// An unlocked vault. Whether the keys fit is found out at the first read.
    /// An `age::x25519::Identity` converts into the keys of a one-member vault.
    pub fn new(paths: VaultPaths, keys: impl Into<Keys>) -> Self {
        Vault {
            paths,
            keys: keys.into(),
            write_block: None,
            writer: None,
            kept: std::sync::Mutex::new(None),
        }
    }

    /// Keeps the lock and the backup in `dir` (a team vault's state directory).
    pub fn set_state_dir(&mut self, dir: PathBuf) {
        self.paths.state = Some(dir);
    }

    /// Decrypts and parses the whole vault, and keeps the plaintext for the next read
    /// (not for a write, which re-reads under the lock): a team vault's pin check and
    /// the `get` after it cost one decrypt, not two.
    pub fn read_doc_and_keep(&self) -> Result<VaultDoc, VaultError> {
        let text = self.read_plaintext()?;
        let doc = format::parse(&text).map_err(|source| VaultError::Format {
            path: self.paths.vault(),
            source,
        })?;
        if let Ok(mut k) = self.kept.lock() {
            *k = Some(text);
        }
        Ok(doc)
    }

    fn take_kept(&self) -> Option<Zeroizing<Vec<u8>>> {
        self.kept.lock().ok().and_then(|mut k| k.take())
    }

    /// The team member label written as `updated_by` on the secrets a write changes.
    pub fn set_writer(&mut self, label: String) {
        self.writer = Some(label);
    }

    /// Refuses every later write with [`VaultError::WritesBlocked`]`(why)`: a team
    /// vault whose member change this machine has not accepted.
    pub fn block_writes(&mut self, why: String) {
        self.write_block = Some(why);
    }

    /// The vault's paths.
    pub fn paths(&self) -> &VaultPaths {
        &self.paths
    }

    /// The keys (identities and recipients).
    pub fn keys(&self) -> &Keys {
        &self.keys
    }

    fn read_plaintext(&self) -> Result<Zeroizing<Vec<u8>>, VaultError> {
        let p = self.paths.vault();
        let f = open_vault_file(
            &p,
            OpenOptions::new().read(true),
            "cannot read",
            VaultError::NotFound,
        )?;
        let size = f.metadata().map(|m| m.len() as usize).unwrap_or(0);
        crypto::decrypt_with_any(self.keys.identities(), f, size).map_err(|source| {
            VaultError::Decrypt {
                path: p.clone(),
                source,
            }
        })
    }

    /// Decrypts the vault, hands the plaintext to `f`, then wipes it.
    fn with_plaintext<T>(&self, f: impl FnOnce(&[u8]) -> T) -> Result<T, VaultError> {
        let mut text = match self.take_kept() {
            Some(t) => t,
            None => self.read_plaintext()?,
        };
        let out = f(&text);
        // `Zeroizing<Vec<u8>>` wipes the elements one volatile byte at a time (zeroize
        // 1.9), a tenth of `get` at 100,000 secrets; with the length at 0 the drop wipes
        // the whole allocation as spare capacity: one memset behind an optimisation barrier.
        text.clear();
        Ok(out)
    }

    /// Decrypts and parses the whole vault.
    pub fn read_doc(&self) -> Result<VaultDoc, VaultError> {
        self.with_plaintext(format::parse)?
            .map_err(|source| VaultError::Format {
                path: self.paths.vault(),
                source,
            })
    }

    /// Reads one secret: one decrypt, and a parse of that secret's lines only.
    pub fn read_entry(&self, name: &str) -> Result<Option<Entry>, VaultError> {
        self.with_plaintext(|text| format::find_entry(text, name))?
            .map_err(|source| VaultError::Format {
                path: self.paths.vault(),
                source,
            })
    }

    /// Checks that the identity decrypts the vault and the document parses.
    pub fn verify(&self) -> Result<(), VaultError> {
        self.read_doc().map(|_| ())
    }

    /// Read-modify-write under the exclusive lock; always writes when `f` succeeds.
    ///
    /// # Errors
    /// `f`'s error (nothing is written), or a [`VaultError`] converted into `E`.
    pub fn update<T, E>(&self, f: impl FnOnce(&mut VaultDoc) -> Result<T, E>) -> Result<T, E>
    where
        E: From<VaultError>,
    {
        self.update_maybe(|doc| f(doc).map(|t| (t, Change::Write)))
    }

    /// Read-modify-write under the exclusive lock; writes only when `f` says
    /// [`Change::Write`]. The lock is held while `f` runs, so `f` may do slow work
    /// (an OAuth2 refresh) that must not run twice at once.
    pub fn update_maybe<T, E>(
        &self,
        f: impl FnOnce(&mut VaultDoc) -> Result<(T, Change), E>,
    ) -> Result<T, E>
    where
        E: From<VaultError>,
    {
        if let Some(why) = &self.write_block {
            return Err(VaultError::WritesBlocked(why.clone()).into());
        }
        drop(self.take_kept());
        let _lock = lock_exclusive(&self.paths)?;
        let mut doc = self.read_doc()?;
        let before = doc.team.as_ref().map(|_| doc.clone());
        let (t, change) = f(&mut doc)?;
        if change == Change::Write {
            if let Some(before) = &before {
                super::team::stamp_changes(before, &mut doc, self.writer.as_deref())
                    .map_err(VaultError::Render)?;
            }
            self.write_doc(&doc)?;
        }
        Ok(t)
    }

    fn write_doc(&self, doc: &VaultDoc) -> Result<(), VaultError> {
        let ct = match &doc.team {
            // A team vault is encrypted to every member (docs/team.md).
            Some(_) => super::team::encrypt_doc(doc)?,
            None => {
                let text = format::render(doc).map_err(VaultError::Render)?;
                crypto::encrypt_to_all(self.keys.recipients(), text.as_bytes())
                    .map_err(VaultError::Encrypt)?
            }
        };
        atomic_write(&self.paths.vault(), &ct, Some(&self.paths.backup()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secret::{Password, SecretData, SecretValue};

    #[test]
    fn init_update_read_backup() {
        let dir = tempfile::tempdir().unwrap();
        let paths = VaultPaths::new(dir.path().join("v"));
        let id = age::x25519::Identity::generate();
        init(&paths, &id, b"not really encrypted").unwrap();
        assert!(matches!(
            init(&paths, &id, b"x"),
            Err(VaultError::AlreadyExists(_))
        ));
        let mode = fs::metadata(&paths.dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700);
        let vault = Vault::new(paths.clone(), id.clone());
        vault
            .update(|doc| {
                doc.secrets.insert(
                    "a".into(),
                    Entry {
                        data: SecretData::Password(Password {
                            value: SecretValue::new("v".into()),
                            header_name: None,
                        }),
                        description: None,
                        created: 0,
                        updated: 0,
                        id: None,
                        updated_by: None,
                        rotation_due: false,
                    },
                );
                Ok::<_, VaultError>(())
            })
            .unwrap();
        assert!(vault.read_entry("a").unwrap().is_some());
        assert!(vault.read_entry("b").unwrap().is_none());
        for f in [paths.vault(), paths.backup(), paths.identity()] {
            let mode = fs::metadata(&f).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{}", f.display());
        }
        // The backup is the previous (empty) state.
        let backup = Vault::new(VaultPaths::new(dir.path().join("b")), id);
        fs::create_dir(dir.path().join("b")).unwrap();
        fs::copy(paths.backup(), backup.paths().vault()).unwrap();
        assert!(backup.read_doc().unwrap().secrets.is_empty());
    }
}
