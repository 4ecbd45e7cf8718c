//! Unlocking: which identities open the vault, and which recipients a write encrypts to.
//!
//! A vault is opened with a list of age identities and written to a list of age
//! recipients ([`Keys`]), as rage does (`age::Identity`/`age::Recipient` trait objects),
//! so recipient kinds other than X25519 and several members fit without touching the
//! store. Today's vaults hold one member: the recipients are the public half of the one
//! X25519 identity ([`Keys::from_identity`]).
//!
//! [`unlock`] resolves the sources in the order of product.md §3: the identity file the
//! caller read (`FLOWLET_SECRETS_IDENTITY_FILE`), else the identity cached in the OS
//! keyring, else the passphrase decrypting `identity.age`. The caller supplies what
//! only the command layer may do through [`UnlockUi`]: asking for the passphrase and
//! reporting progress. Nothing here prompts, prints or reads the environment.

use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use zeroize::Zeroizing;

use super::crypto::{self, CryptoError};
use super::keyring::{IdentityCache, KeyringError};
use super::store::{VaultError, VaultPaths};

/// An identity that can open a vault file (any age identity kind).
pub type BoxedIdentity = Box<dyn age::Identity + Send + Sync>;
/// A recipient every write encrypts to (any age recipient kind).
pub type BoxedRecipient = Box<dyn age::Recipient + Send + Sync>;

/// The key material of an unlocked vault: the identities tried on a read (in order) and
/// the recipients of every write. Holds no plaintext; the identities are zeroized by
/// age when dropped.
pub struct Keys {
    identities: Vec<BoxedIdentity>,
    recipients: Vec<BoxedRecipient>,
    personal: Option<age::x25519::Identity>,
}

/// Errors building [`Keys`].
#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    /// No identity to read with.
    #[error("no identity to open the vault with")]
    NoIdentity,
    /// No recipient to write to.
    #[error("no recipient to encrypt the vault to")]
    NoRecipient,
}

impl Keys {
    /// The keys of a one-member vault: `identity` reads, its public key is the one recipient.
    pub fn from_identity(identity: age::x25519::Identity) -> Keys {
        Keys {
            recipients: vec![Box::new(identity.to_public())],
            identities: vec![Box::new(identity.clone())],
            personal: Some(identity),
        }
    }

    /// Keys from explicit lists (several members, other recipient kinds).
    ///
    /// # Errors
    /// [`KeysError`] when either list is empty.
    pub fn new(
        identities: Vec<BoxedIdentity>,
        recipients: Vec<BoxedRecipient>,
    ) -> Result<Keys, KeysError> {
        if identities.is_empty() {
            return Err(KeysError::NoIdentity);
        }
        if recipients.is_empty() {
            return Err(KeysError::NoRecipient);
        }
        Ok(Keys {
            identities,
            recipients,
            personal: None,
        })
    }

    /// The identities, in the order a read tries them.
    pub fn identities(&self) -> impl Iterator<Item = &dyn age::Identity> {
        self.identities
            .iter()
            .map(|i| i.as_ref() as &dyn age::Identity)
    }

    /// The recipients of every write.
    pub fn recipients(&self) -> impl Iterator<Item = &dyn age::Recipient> {
        self.recipients
            .iter()
            .map(|r| r.as_ref() as &dyn age::Recipient)
    }

    /// The user's own X25519 identity, when the keys came from one: what the OS keyring
    /// caches and `identity.age` holds.
    pub fn personal(&self) -> Option<&age::x25519::Identity> {
        self.personal.as_ref()
    }
}

impl From<age::x25519::Identity> for Keys {
    fn from(identity: age::x25519::Identity) -> Keys {
        Keys::from_identity(identity)
    }
}

/// Where the identity came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A plain age identity file.
    IdentityFile(PathBuf),
    /// The OS keyring cache.
    Keyring,
    /// `identity.age`, decrypted with the passphrase.
    Passphrase,
}

/// Progress of [`unlock`], for the caller to log or warn about.
#[derive(Debug)]
pub enum Note<'a> {
    /// Unlocking with the identity file at this path.
    UsingIdentityFile(&'a Path),
    /// Unlocking with the identity cached in the OS keyring.
    UsingKeyring,
    /// The keyring answered and holds no identity for this vault.
    NotCached,
    /// The keyring entry is not an age identity; it is ignored.
    CachedEntryInvalid,
    /// No keyring could be asked; falling back to the passphrase.
    KeyringUnavailable(&'a KeyringError),
    /// Decrypting `identity.age` with the passphrase.
    DecryptingIdentity,
}

/// What only the command layer may do during an unlock.
pub trait UnlockUi {
    /// The caller's error type; unlock errors convert into it.
    type Error: From<UnlockError>;
    /// Reports progress (debug output, warnings).
    fn note(&mut self, note: Note<'_>);
    /// The passphrase of `identity.age` (asked only when that source is reached).
    ///
    /// # Errors
    /// Whatever stopped the caller from getting one (no terminal, a failed command).
    fn passphrase(&mut self) -> Result<SecretString, Self::Error>;
}

/// The unlock inputs the command layer gathered.
pub struct UnlockRequest<'a> {
    /// `FLOWLET_SECRETS_IDENTITY_FILE`: its path and the bytes the caller read from it.
    pub identity_file: Option<(&'a Path, &'a [u8])>,
    /// The keyring slot to try before the passphrase; `None` skips the keyring
    /// (`unlock` itself, which exists to fill it).
    pub cache: Option<&'a IdentityCache>,
}

/// Errors of an unlock. None carries key material.
#[derive(Debug, thiserror::Error)]
pub enum UnlockError {
    /// The identity file is not text.
    #[error("cannot read the identity file {}: it is not UTF-8 text", .0.display())]
    IdentityFileNotText(PathBuf),
    /// The identity file holds no identity.
    #[error("{}: {reason}", path.display())]
    IdentityFileInvalid {
        /// The identity file.
        path: PathBuf,
        /// What is wrong with it (part of the message: the error is one line).
        reason: CryptoError,
    },
    /// The passphrase does not decrypt `identity.age`.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// `identity.age` decrypts with the passphrase but is damaged.
    #[error("cannot decrypt {}", path.display())]
    IdentityDamaged {
        /// `identity.age`.
        path: PathBuf,
        /// Why.
        #[source]
        source: CryptoError,
    },
    /// The vault directory or `identity.age` cannot be used.
    #[error(transparent)]
    Vault(#[from] VaultError),
}

/// The outcome of [`unlock`].
pub struct Unlocked {
    /// The keys that open (and write) the vault.
    pub keys: Keys,
    /// Where they came from.
    pub source: Source,
}

/// Resolves the identity of the vault in `paths` (see the module docs for the order).
/// The vault directory is checked first ([`VaultPaths::check_trusted`]). Whether the
/// identity actually opens `vault.age` is found out by the first read.
///
/// # Errors
/// [`UnlockError`] converted into the caller's error, or the caller's own error from
/// [`UnlockUi::passphrase`].
pub fn unlock<U: UnlockUi>(
    paths: &VaultPaths,
    req: &UnlockRequest<'_>,
    ui: &mut U,
) -> Result<Unlocked, U::Error> {
    paths.check_trusted().map_err(UnlockError::from)?;
    if let Some((path, bytes)) = req.identity_file {
        ui.note(Note::UsingIdentityFile(path));
        let identity = identity_from_file(path, bytes)?;
        return Ok(Unlocked {
            keys: Keys::from_identity(identity),
            source: Source::IdentityFile(path.to_path_buf()),
        });
    }
    if let Some(cache) = req.cache {
        match cache.get() {
            Ok(Some(text)) => {
                ui.note(Note::UsingKeyring);
                match crypto::parse_identity(&text) {
                    Ok(identity) => {
                        return Ok(Unlocked {
                            keys: Keys::from_identity(identity),
                            source: Source::Keyring,
                        });
                    }
                    Err(_) => ui.note(Note::CachedEntryInvalid),
                }
            }
            Ok(None) => ui.note(Note::NotCached),
            Err(e) => ui.note(Note::KeyringUnavailable(&e)),
        }
    }
    let encrypted = paths.read_identity_file().map_err(UnlockError::from)?;
    let passphrase = ui.passphrase()?;
    ui.note(Note::DecryptingIdentity);
    let identity = crypto::decrypt_identity(&encrypted, passphrase).map_err(|e| match e {
        CryptoError::WrongPassphrase => UnlockError::WrongPassphrase,
        source => UnlockError::IdentityDamaged {
            path: paths.identity(),
            source,
        },
    })?;
    Ok(Unlocked {
        keys: Keys::from_identity(identity),
        source: Source::Passphrase,
    })
}

/// Parses a plain age identity file's bytes.
fn identity_from_file(path: &Path, bytes: &[u8]) -> Result<age::x25519::Identity, UnlockError> {
    let text = Zeroizing::new(
        String::from_utf8(bytes.to_vec())
            .map_err(|_| UnlockError::IdentityFileNotText(path.to_path_buf()))?,
    );
    crypto::parse_identity(&text).map_err(|reason| UnlockError::IdentityFileInvalid {
        path: path.to_path_buf(),
        reason,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_member_keys_read_and_write_with_the_one_identity() {
        let id = age::x25519::Identity::generate();
        let keys = Keys::from_identity(id.clone());
        let ct = crypto::encrypt_to_all(keys.recipients(), b"x").unwrap();
        assert_eq!(&crypto::decrypt_with(&id, &ct[..], 1).unwrap()[..], b"x");
        assert_eq!(
            keys.personal().map(|p| p.to_public().to_string()),
            Some(id.to_public().to_string())
        );
    }

    #[test]
    fn several_recipients_each_decrypt_and_any_identity_reads() {
        let (a, b) = (
            age::x25519::Identity::generate(),
            age::x25519::Identity::generate(),
        );
        let keys = Keys::new(
            vec![Box::new(a.clone())],
            vec![Box::new(a.to_public()), Box::new(b.to_public())],
        )
        .unwrap();
        let ct = crypto::encrypt_to_all(keys.recipients(), b"both").unwrap();
        for id in [&a, &b] {
            assert_eq!(&crypto::decrypt_with(id, &ct[..], 4).unwrap()[..], b"both");
        }
        let other = age::x25519::Identity::generate();
        let reader = Keys::new(
            vec![Box::new(other), Box::new(b.clone())],
            vec![Box::new(b.to_public())],
        )
        .unwrap();
        assert_eq!(
            &crypto::decrypt_with_any(reader.identities(), &ct[..], 4).unwrap()[..],
            b"both"
        );
        assert!(keys.personal().is_none());
        assert!(matches!(
            Keys::new(Vec::new(), vec![Box::new(b.to_public())]),
            Err(KeysError::NoIdentity)
        ));
        assert!(matches!(
            Keys::new(vec![Box::new(b)], Vec::new()),
            Err(KeysError::NoRecipient)
        ));
    }
}
