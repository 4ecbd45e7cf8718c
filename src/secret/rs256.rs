//! `rs256`: an RSA key pair (≥ 2048 bits) for RS256 signatures and RSA-OAEP.

use serde::{Deserialize, Serialize};

use super::{Field, FieldValue, SecretError, SecretValue, vault_value};

/// An RSA key pair for RS256 and RSA-OAEP, stored as a PKCS#8 PEM private key.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Rs256KeyPair {
    /// The private key, PKCS#8 PEM.
    #[serde(serialize_with = "vault_value")]
    pub private_key: SecretValue,
    /// The public key, SPKI PEM (not secret; kept so reads need no RSA work).
    pub public_key: String,
    /// The modulus size in bits.
    pub bits: u32,
}

/// Reads a PKCS#1 or PKCS#8 PEM RSA private key, refusing keys under 2048 bits.
///
/// # Errors
/// [`SecretError::RsaUnreadable`], [`SecretError::RsaTooSmall`].
pub fn rs256_from_pem(pem: &[u8]) -> Result<Rs256KeyPair, SecretError> {
    let pkey = openssl::pkey::PKey::private_key_from_pem(pem)
        .or_else(|_| {
            openssl::rsa::Rsa::private_key_from_pem(pem).and_then(openssl::pkey::PKey::from_rsa)
        })
        .map_err(|_| SecretError::RsaUnreadable)?;
    let rsa = pkey.rsa().map_err(|_| SecretError::RsaUnreadable)?;
    rs256_from_rsa(rsa)
}

/// Generates an RSA key pair of `bits` bits (2048, 3072 or 4096).
///
/// # Errors
/// [`SecretError::RsaTooSmall`] under 2048 bits; [`SecretError::RsaUnreadable`] when
/// OpenSSL fails.
pub fn rs256_generate(bits: u32) -> Result<Rs256KeyPair, SecretError> {
    if bits < 2048 {
        return Err(SecretError::RsaTooSmall(bits));
    }
    let rsa = openssl::rsa::Rsa::generate(bits).map_err(|_| SecretError::RsaUnreadable)?;
    rs256_from_rsa(rsa)
}

fn rs256_from_rsa(
    rsa: openssl::rsa::Rsa<openssl::pkey::Private>,
) -> Result<Rs256KeyPair, SecretError> {
    let bits = rsa.size() * 8;
    if bits < 2048 {
        return Err(SecretError::RsaTooSmall(bits));
    }
    if !rsa.check_key().unwrap_or(false) {
        return Err(SecretError::RsaUnreadable);
    }
    let pkey = openssl::pkey::PKey::from_rsa(rsa).map_err(|_| SecretError::RsaUnreadable)?;
    let mut private = pkey
        .private_key_to_pem_pkcs8()
        .map_err(|_| SecretError::RsaUnreadable)?;
    let public = pkey
        .public_key_to_pem()
        .map_err(|_| SecretError::RsaUnreadable)?;
    let private_str =
        String::from_utf8(std::mem::take(&mut private)).map_err(|_| SecretError::RsaUnreadable)?;
    Ok(Rs256KeyPair {
        private_key: SecretValue::new(private_str),
        public_key: String::from_utf8(public).map_err(|_| SecretError::RsaUnreadable)?,
        bits,
    })
}

/// The field table of an rs256 secret (default first: the public key, product.md §1).
pub(super) const FIELDS: &[Field<Rs256KeyPair>] = &[
    Field {
        name: "public-key",
        secret: false,
        get: true,
        about: "the public key, SPKI PEM",
        value: |k| Some(FieldValue::Plain(k.public_key.clone())),
    },
    Field {
        name: "private-key",
        secret: true,
        get: true,
        about: "the private key, PKCS#8 PEM",
        value: |k| Some(FieldValue::Secret(&k.private_key)),
    },
    Field {
        name: "bits",
        secret: false,
        get: false,
        about: "the modulus size in bits",
        value: |k| Some(FieldValue::Int(k.bits.into())),
    },
];
