//! The vault: one directory holding `vault.age` (the secrets, a versioned TOML document
//! encrypted with age to the vault's recipients — today the one X25519 key of its
//! owner) and `identity.age` (that identity, encrypted with the user's passphrase via
//! age scrypt).
//!
//! [`format`] owns the document, [`crypto`] the age calls, [`store`] the files
//! (locking, atomic writes, backups), [`trust`] the checks of the directory (ssh
//! `StrictModes`), [`unlock`] the identities and recipients and where they come from,
//! and [`keyring`] the OS keyring cache.
//! Nothing here prompts or reads the environment: the command layer passes inputs in.

pub mod crypto;
pub mod format;
pub mod keyring;
pub mod store;
pub mod team;
pub mod trust;
pub mod unlock;

pub use format::VaultDoc;
pub use store::{Vault, VaultError, VaultPaths};
pub use unlock::Keys;
