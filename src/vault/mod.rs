//! The vault: one directory holding `vault.age` (the secrets, a versioned TOML document
//! encrypted with age to an X25519 recipient) and `identity.age` (that identity,
//! encrypted with the user's passphrase via age scrypt).
//!
//! [`format`] owns the document, [`crypto`] the age calls, [`store`] the files
//! (locking, atomic writes, backups) and [`keyring`] the OS keyring cache.
//! Nothing here prompts or reads the environment: the command layer passes inputs in.

pub mod crypto;
pub mod format;
pub mod keyring;
pub mod store;
pub mod team;

pub use format::VaultDoc;
pub use store::{Vault, VaultError, VaultPaths};
