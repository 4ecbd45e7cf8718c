//! Parsing what a client presents: an `Authorization` value (`Basic`, RFC 7617;
//! `Bearer`, RFC 6750) or the credential line picked out of `authorize`'s input.

use base64::Engine;
use zeroize::Zeroizing;

use super::Denial;
use crate::secret::SecretValue;

/// The longest `Authorization` value looked at; longer ones are refused unread (a
/// proxy's whole header block is usually limited to 8–32 KiB).
pub const MAX_CREDENTIAL_LEN: usize = 16 * 1024;

/// What was presented for a check, as parsed from an `Authorization` value.
pub enum Presented {
    /// `Basic base64(user-id ":" password)` (RFC 7617 §2).
    Basic {
        /// The user-id bytes.
        username: Zeroizing<Vec<u8>>,
        /// The password bytes.
        password: Zeroizing<Vec<u8>>,
    },
    /// `Bearer b64token` (RFC 6750 §2.1).
    Bearer(SecretValue),
}

impl std::fmt::Debug for Presented {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Presented::Basic { .. } => f.write_str("Basic [redacted]"),
            Presented::Bearer(_) => f.write_str("Bearer [redacted]"),
        }
    }
}

/// Parses an `Authorization` value, or a whole `Authorization: …` line.
///
/// The scheme is matched case-insensitively (RFC 9110 §11.1). Basic credentials are
/// base64 with or without padding; the user-id ends at the first `:` (RFC 7617 §2).
///
/// # Errors
/// [`Denial::Malformed`] or [`Denial::NoCredentials`].
pub fn parse_authorization(input: &str) -> Result<Presented, Denial> {
    let mut v = input.trim();
    if let Some((name, rest)) = v.split_once(':')
        && name.trim().eq_ignore_ascii_case("authorization")
    {
        v = rest.trim();
    }
    if v.is_empty() {
        return Err(Denial::NoCredentials);
    }
    if v.len() > MAX_CREDENTIAL_LEN {
        return Err(Denial::Malformed("credentials too long"));
    }
    let (scheme, cred) = match v.split_once([' ', '\t']) {
        Some((s, c)) => (s, c.trim()),
        None => (v, ""),
    };
    if scheme.eq_ignore_ascii_case("basic") {
        let decoded = Zeroizing::new(
            BASE64_LENIENT
                .decode(cred.as_bytes())
                .map_err(|_| Denial::Malformed("basic credentials are not base64"))?,
        );
        let colon = decoded
            .iter()
            .position(|&b| b == b':')
            .ok_or(Denial::Malformed("basic credentials have no ':'"))?;
        Ok(Presented::Basic {
            username: Zeroizing::new(decoded[..colon].to_vec()),
            password: Zeroizing::new(decoded[colon + 1..].to_vec()),
        })
    } else if scheme.eq_ignore_ascii_case("bearer") {
        if !is_b64token(cred) {
            return Err(Denial::Malformed("a bearer token is not a b64token"));
        }
        Ok(Presented::Bearer(SecretValue::new(cred.to_string())))
    } else {
        Err(Denial::Malformed("unknown authentication scheme"))
    }
}

/// Picks the credential out of what `authorize` read: a bare value, a `Name: value`
/// line for `header` (the guard's header, e.g. `Authorization`), or, among several
/// lines (the output of `flowlet-secrets header`), the line for `header`.
///
/// Returns `None` when there is nothing, or only lines for other headers.
///
/// # Errors
/// [`Denial::Malformed`] when the header appears on more than one line: which one a
/// server would use is not ours to guess (`gate` refuses a repeated header too).
pub fn value_from_input<'a>(input: &'a str, header: &str) -> Result<Option<&'a str>, Denial> {
    let lines: Vec<&str> = input
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let named = |l: &'a str| -> Option<(&'a str, &'a str)> {
        let (name, value) = l.split_once(':')?;
        let is_token = !name.is_empty()
            && name
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&c));
        is_token.then(|| (name, value.trim()))
    };
    if let [only] = lines.as_slice() {
        return Ok(match named(only) {
            Some((name, value)) if name.eq_ignore_ascii_case(header) => Some(value),
            // A bare value that happens to contain ':' (an API key) is still a value,
            // unless it is plainly an Authorization line meant for another header.
            Some((name, _)) if name.eq_ignore_ascii_case("authorization") => None,
            _ => Some(only),
        });
    }
    let mut found = lines
        .iter()
        .filter_map(|l| named(l))
        .filter(|(name, _)| name.eq_ignore_ascii_case(header))
        .map(|(_, v)| v);
    let first = found.next();
    if found.next().is_some() {
        return Err(Denial::Malformed("the credential header is sent twice"));
    }
    Ok(first)
}

const BASE64_LENIENT: base64::engine::GeneralPurpose = base64::engine::GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    base64::engine::GeneralPurposeConfig::new()
        .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
);

/// RFC 6750 §2.1: `b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="`.
fn is_b64token(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    !body.is_empty()
        && body
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || b"-._~+/".contains(&c))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// No `Authorization` value or `authorize` input panics, whatever its bytes.
        #[test]
        fn parsing_never_panics(input in "\\PC{0,64}|(?i:(authorization: )?(basic|bearer) )[ -~\t]{0,64}") {
            let _ = parse_authorization(&input);
            let _ = value_from_input(&input, "Authorization");
            let _ = value_from_input(&input, "X-API-KEY");
        }

        /// Basic credentials round-trip (RFC 7617 §2): any user-id without `:`, any
        /// password bytes, any case of the scheme, padded or not, as a value or a line.
        #[test]
        fn basic_round_trips(
            user in proptest::collection::vec(any::<u8>().prop_filter("no colon", |b| *b != b':'), 0..20),
            pass in proptest::collection::vec(any::<u8>(), 0..40),
            scheme in "[bB][aA][sS][iI][cC]",
            line in any::<bool>(),
            pad in any::<bool>(),
        ) {
            let mut joined = user.clone();
            joined.push(b':');
            joined.extend_from_slice(&pass);
            let mut b64 = base64::engine::general_purpose::STANDARD.encode(&joined);
            if !pad {
                b64 = b64.trim_end_matches('=').to_string();
            }
            let value = format!("{scheme} {b64}");
            let input = if line { format!("Authorization: {value}\r\n") } else { value };
            match parse_authorization(&input) {
                Ok(Presented::Basic { username, password }) => {
                    prop_assert_eq!(&username[..], &user[..]);
                    prop_assert_eq!(&password[..], &pass[..]);
                }
                other => prop_assert!(false, "{:?}", other),
            }
        }

        /// A bearer value is accepted exactly when it is an RFC 6750 §2.1 b64token.
        #[test]
        fn bearer_is_b64token(tok in "[ -~]{1,40}") {
            let parsed = parse_authorization(&format!("Bearer {tok}"));
            let t = tok.trim();
            let expect = !t.is_empty() && is_b64token(t);
            prop_assert_eq!(matches!(parsed, Ok(Presented::Bearer(_))), expect, "{:?}", tok);
        }
    }

    #[test]
    fn input_lines() {
        assert_eq!(
            value_from_input("Basic x\n", "Authorization"),
            Ok(Some("Basic x"))
        );
        assert_eq!(
            value_from_input("Authorization: Bearer t\r\n", "Authorization"),
            Ok(Some("Bearer t"))
        );
        assert_eq!(value_from_input("X-API-KEY: k", "x-api-key"), Ok(Some("k")));
        assert_eq!(value_from_input("a:b", "X-API-KEY"), Ok(Some("a:b")));
        assert_eq!(value_from_input("Authorization: k", "X-API-KEY"), Ok(None));
        assert_eq!(
            value_from_input("Accept: */*\nAuthorization: Basic y\n", "Authorization"),
            Ok(Some("Basic y"))
        );
        assert_eq!(value_from_input("\n\n", "Authorization"), Ok(None));
        assert_eq!(
            value_from_input(
                "Authorization: Basic y\nAuthorization: Basic z\n",
                "Authorization"
            ),
            Err(Denial::Malformed("the credential header is sent twice"))
        );
    }
}
