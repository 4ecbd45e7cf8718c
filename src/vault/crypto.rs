//! The age calls: the vault encrypted to its recipients and decrypted with any of the
//! unlocked identities, the personal identity encrypted with a passphrase (age
//! scrypt), and reading plain age identity files.
//!
//! The identity is written in `age-keygen`'s format, so `age -d identity.age` yields a
//! file the stock `age -d -i` accepts: users are never locked in.

use std::io::{Read, Write};
use std::iter;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

/// Errors of the age layer. None of them carries key or plaintext material.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    /// The passphrase does not decrypt `identity.age`.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The identity does not decrypt the vault (it belongs to another vault).
    #[error("the identity does not decrypt this vault")]
    WrongIdentity,
    /// The ciphertext is not an age file or is damaged (truncated, altered).
    #[error("not a valid age file ({0})")]
    Corrupt(String),
    /// The identity text holds no `AGE-SECRET-KEY-1…` line.
    #[error("no X25519 age identity (AGE-SECRET-KEY-1...) found")]
    NoIdentity,
    /// An I/O error while encrypting.
    #[error("encryption failed")]
    Encrypt(#[source] std::io::Error),
}

/// Encrypts `plaintext` to `recipient` (binary age format).
pub fn encrypt_to(
    recipient: &age::x25519::Recipient,
    plaintext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    encrypt_to_all(iter::once(recipient as &dyn age::Recipient), plaintext)
}

/// Encrypts `plaintext` to every recipient (binary age format): each of them alone
/// decrypts the result. age refuses an empty list and recipients it cannot mix (a
/// passphrase with anything else); that is [`CryptoError::Corrupt`] here, and nothing
/// is encrypted.
pub fn encrypt_to_all<'a>(
    recipients: impl Iterator<Item = &'a dyn age::Recipient>,
    plaintext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let encryptor = age::Encryptor::with_recipients(recipients)
        .map_err(|e| CryptoError::Corrupt(e.to_string()))?;
    let mut out = Vec::with_capacity(plaintext.len() + 512);
    let mut w = encryptor
        .wrap_output(&mut out)
        .map_err(CryptoError::Encrypt)?;
    w.write_all(plaintext).map_err(CryptoError::Encrypt)?;
    w.finish().map_err(CryptoError::Encrypt)?;
    Ok(out)
}

/// Decrypts an age file read from `input` with `identity`; the plaintext is zeroized on drop.
pub fn decrypt_with(
    identity: &age::x25519::Identity,
    input: impl Read,
    size_hint: usize,
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    decrypt_with_any(iter::once(identity as &dyn age::Identity), input, size_hint)
}

/// Decrypts an age file read from `input` with the first of `identities` that opens one
/// of its stanzas (age tries them in order); the plaintext is zeroized on drop.
/// `size_hint` (bytes) sizes the output buffer.
///
/// # Errors
/// [`CryptoError::WrongIdentity`] when none of them fits, [`CryptoError::Corrupt`]
/// when the input is not an intact age file.
pub fn decrypt_with_any<'a>(
    identities: impl Iterator<Item = &'a dyn age::Identity>,
    input: impl Read,
    size_hint: usize,
) -> Result<Zeroizing<Vec<u8>>, CryptoError> {
    let decryptor = age::Decryptor::new_buffered(std::io::BufReader::new(input))
        .map_err(|e| CryptoError::Corrupt(e.to_string()))?;
    let mut reader = decryptor.decrypt(identities).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys => CryptoError::WrongIdentity,
        e => CryptoError::Corrupt(e.to_string()),
    })?;
    let mut out = Zeroizing::new(Vec::with_capacity(size_hint));
    reader
        .read_to_end(&mut out)
        .map_err(|e| CryptoError::Corrupt(e.to_string()))?;
    Ok(out)
}

/// The identity in `age-keygen` format: two comment lines and the secret key line.
pub fn identity_file_text(identity: &age::x25519::Identity) -> Zeroizing<String> {
    Zeroizing::new(format!(
        "# created by flowlet-secrets\n# public key: {}\n{}\n",
        identity.to_public(),
        identity.to_string().expose_secret()
    ))
}

/// Encrypts the identity with a passphrase (age scrypt, work factor tuned by age to
/// about one second on this machine).
pub fn encrypt_identity(
    identity: &age::x25519::Identity,
    passphrase: SecretString,
) -> Result<Vec<u8>, CryptoError> {
    let encryptor = age::Encryptor::with_user_passphrase(passphrase);
    let text = identity_file_text(identity);
    let mut out = Vec::new();
    let mut w = encryptor
        .wrap_output(&mut out)
        .map_err(CryptoError::Encrypt)?;
    w.write_all(text.as_bytes()).map_err(CryptoError::Encrypt)?;
    w.finish().map_err(CryptoError::Encrypt)?;
    Ok(out)
}

/// Decrypts `identity.age` with a passphrase.
pub fn decrypt_identity(
    ciphertext: &[u8],
    passphrase: SecretString,
) -> Result<age::x25519::Identity, CryptoError> {
    let decryptor =
        age::Decryptor::new(ciphertext).map_err(|e| CryptoError::Corrupt(e.to_string()))?;
    let scrypt = age::scrypt::Identity::new(passphrase);
    let mut reader = decryptor
        .decrypt(iter::once(&scrypt as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                CryptoError::WrongPassphrase
            }
            e => CryptoError::Corrupt(e.to_string()),
        })?;
    let mut text = Zeroizing::new(String::new());
    reader
        .read_to_string(&mut text)
        .map_err(|e| CryptoError::Corrupt(e.to_string()))?;
    parse_identity(&text)
}

/// Reads the first `AGE-SECRET-KEY-1…` line of an age identity file (comments and
/// blank lines are skipped, as `age -i` does).
pub fn parse_identity(text: &str) -> Result<age::x25519::Identity, CryptoError> {
    text.lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .and_then(|l| age::x25519::Identity::from_str(l).ok())
        .ok_or(CryptoError::NoIdentity)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vault_round_trip_and_wrong_identity() {
        let id = age::x25519::Identity::generate();
        let ct = encrypt_to(&id.to_public(), b"hello").unwrap();
        assert_eq!(&decrypt_with(&id, &ct[..], 5).unwrap()[..], b"hello");
        let other = age::x25519::Identity::generate();
        assert!(matches!(
            decrypt_with(&other, &ct[..], 5),
            Err(CryptoError::WrongIdentity)
        ));
        assert!(matches!(
            decrypt_with(&id, &ct[..ct.len() - 3], 5),
            Err(CryptoError::Corrupt(_))
        ));
    }

    #[test]
    fn identity_text_parses_back() {
        let id = age::x25519::Identity::generate();
        let text = identity_file_text(&id);
        let back = parse_identity(&text).unwrap();
        assert_eq!(back.to_public().to_string(), id.to_public().to_string());
        assert!(matches!(
            parse_identity("# nothing\n"),
            Err(CryptoError::NoIdentity)
        ));
    }
}
