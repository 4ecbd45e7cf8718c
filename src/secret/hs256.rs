//! `hs256`: a shared HMAC-SHA-256 key (RFC 7518 §3.2), stored base64url, and the
//! decoders of the encodings it is imported in.

use base64::Engine;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{Field, FieldValue, SecretError, SecretValue, vault_value};

/// An HS256 shared secret, stored base64url (no padding).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Hs256Key {
    /// The key bytes, base64url without padding (RFC 4648 §5).
    #[serde(serialize_with = "vault_value")]
    pub key: SecretValue,
}

/// How an imported HS256 key is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum KeyEncoding {
    /// The bytes as they are.
    #[default]
    Raw,
    /// Standard base64 (RFC 4648 §4), padding optional.
    Base64,
    /// base64url (RFC 4648 §5), as in a JWK `k`.
    Base64url,
    /// Hexadecimal.
    Hex,
}

/// Decodes and checks an HS256 key given as raw bytes; returns it base64url-encoded.
///
/// RFC 7518 §3.2: "A key of the same size as the hash output (for instance, 256 bits
/// for HS256) or larger MUST be used".
///
/// # Errors
/// [`SecretError::KeyTooShort`] under 32 bytes.
pub fn hs256_from_bytes(bytes: &[u8]) -> Result<Hs256Key, SecretError> {
    if bytes.len() < 32 {
        return Err(SecretError::KeyTooShort(bytes.len()));
    }
    Ok(Hs256Key {
        key: SecretValue::new(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)),
    })
}

/// Decodes an imported key in `encoding`, then checks it as [`hs256_from_bytes`] does.
///
/// Text encodings accept ASCII whitespace around the text (a trailing newline) and
/// nothing else: hex is exactly pairs of `0-9a-fA-F` (RFC 4648 §8 base16, either case;
/// no sign, no `0x`, no inner whitespace); base64 per RFC 4648 §4/§5 with optional
/// padding.
///
/// # Errors
/// [`SecretError::KeyEncoding`] with a reason that never quotes the input;
/// [`SecretError::KeyTooShort`].
pub fn hs256_from_text(input: &[u8], encoding: KeyEncoding) -> Result<Hs256Key, SecretError> {
    let decoded = decode_key(input, encoding)?;
    hs256_from_bytes(&decoded)
}

fn decode_key(input: &[u8], encoding: KeyEncoding) -> Result<Zeroizing<Vec<u8>>, SecretError> {
    use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
    let text = input.trim_ascii();
    let config =
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
    let b64 = |alphabet, encoding| {
        GeneralPurpose::new(alphabet, config)
            .decode(text)
            .map_err(|e| SecretError::KeyEncoding {
                encoding,
                reason: base64_reason(&e),
            })
    };
    let v = match encoding {
        KeyEncoding::Raw => input.to_vec(),
        KeyEncoding::Base64 => b64(&base64::alphabet::STANDARD, "base64")?,
        KeyEncoding::Base64url => b64(&base64::alphabet::URL_SAFE, "base64url")?,
        KeyEncoding::Hex => hex::decode(text).map_err(|e| SecretError::KeyEncoding {
            encoding: "hex",
            reason: match e {
                hex::FromHexError::InvalidHexCharacter { index, .. } => {
                    format!("byte {} is not a hex digit (0-9, a-f, A-F)", index + 1)
                }
                hex::FromHexError::OddLength => "it has an odd number of digits".into(),
                hex::FromHexError::InvalidStringLength => "wrong length".into(),
            },
        })?,
    };
    Ok(Zeroizing::new(v))
}

/// base64's errors quote the offending byte; this keeps only its position.
fn base64_reason(e: &base64::DecodeError) -> String {
    match e {
        base64::DecodeError::InvalidByte(at, _) => {
            format!("byte {} is not in its alphabet", at + 1)
        }
        base64::DecodeError::InvalidLength(_) => "wrong length".into(),
        base64::DecodeError::InvalidLastSymbol(at, _) => {
            format!("byte {} ends the text impossibly", at + 1)
        }
        base64::DecodeError::InvalidPadding => "bad padding".into(),
    }
}

/// The field table of an hs256 secret.
pub(super) const FIELDS: &[Field<Hs256Key>] = &[Field {
    name: "key",
    secret: true,
    get: true,
    about: "the key, base64url without padding",
    value: |k| Some(FieldValue::Secret(&k.key)),
}];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minimum_size() {
        assert_eq!(
            hs256_from_bytes(&[0; 16]).unwrap_err(),
            SecretError::KeyTooShort(16)
        );
        assert!(hs256_from_bytes(&[0; 32]).is_ok());
    }

    #[test]
    fn hex_is_strict_and_never_quotes_the_key() {
        let good = "ab".repeat(32);
        assert!(hs256_from_text(good.as_bytes(), KeyEncoding::Hex).is_ok());
        assert!(
            hs256_from_text(
                format!(" {}\n", good.to_uppercase()).as_bytes(),
                KeyEncoding::Hex
            )
            .is_ok()
        );
        let bad = [
            format!("+f{}", "ab".repeat(31)),
            format!("-f{}", "ab".repeat(31)),
            format!("{}a", "ab".repeat(32)),
            format!("é{}", "ab".repeat(31)),
            format!("ab{}é", "ab".repeat(31)),
            format!("ab {}", "ab".repeat(31)),
            format!("ab\t{}", "ab".repeat(31)),
            format!("0x{}", "ab".repeat(31)),
            format!("{}\u{a0}", "ab".repeat(32)),
        ];
        for b in &bad {
            let e = hs256_from_text(b.as_bytes(), KeyEncoding::Hex).unwrap_err();
            let msg = e.to_string();
            assert!(matches!(e, SecretError::KeyEncoding { .. }), "{b:?}: {msg}");
            assert!(
                !msg.contains("abab") && !msg.contains('é') && !msg.contains('+'),
                "{msg}"
            );
        }
    }
}
